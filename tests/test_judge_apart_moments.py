"""Two figures or days of one story that are no conflict: a closure's day and its reopening's, a
figure of an earlier event pointed back at ("in that strike"), one day's count against a total,
and a share's moves on two days. All texts invented."""

from pathlib import Path
from types import SimpleNamespace

from factcheck.api import check
from factcheck.models import Verdict


def _corpus(tmp_path: Path, texts: dict[str, str], published: dict[str, str] | None = None) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    if published:
        rows = [f'["{n}"]\noutlet = "Outlet {i}"\npublished = {d}\n' for i, (n, d) in enumerate(published.items())]
        (tmp_path / "sources.toml").write_text("\n".join(rows), encoding="utf-8")
    return tmp_path


def _conflicts(tmp_path: Path, texts: dict[str, str], published: dict[str, str] | None = None) -> list[list[str]]:
    report = check([_corpus(tmp_path, texts, published)])
    return [sorted(c.surface for c in f.claims) for f in report.by_verdict(Verdict.CONFLICT)]


def _said(sentence: str, surface: str, kind: str = "date") -> SimpleNamespace:
    from factcheck.models import ClaimKind

    return SimpleNamespace(sentence=sentence, surface=surface, kind=ClaimKind(kind))


def test_a_reopening_day_is_no_other_day_of_the_closure():
    from factcheck.judge import _start_and_end

    shut = _said("Yarnfold Airport was closed on Monday after ash settled on the runway.", "Monday")
    opened = _said("Yarnfold Airport reopened at 6 a.m. on Wednesday after the runway was swept.", "Wednesday")
    lifted = _said("Evacuation orders for Strathen were lifted on Thursday.", "Thursday")
    assert _start_and_end(shut, opened)
    assert _start_and_end(shut, lifted)
    # two reopening days, or two closure days, are still one moment told twice
    assert not _start_and_end(opened, _said("The airport reopened on Tuesday.", "Tuesday"))
    assert not _start_and_end(shut, _said("The airport shut on Sunday.", "Sunday"))


def test_an_evacuation_order_and_its_lifting_are_no_conflict(tmp_path):
    texts = {
        "a.txt": "2:15 p.m. - Evacuation order for Quorlby and Strathen.\n\nFire crews from four counties are "
        "fighting the Carrow Ridge fire, which has burned 2,000 acres.",
        "b.txt": "Evacuation orders for Quorlby were lifted at 9 a.m. on Wednesday, and residents returned to "
        "find ash on their cars. The Carrow Ridge fire has burned 2,000 acres.",
    }
    published = {"a.txt": "2031-07-14", "b.txt": "2031-07-18"}
    assert not [c for c in _conflicts(tmp_path, texts, published) if "9 a.m." in c]


def test_a_figure_of_that_earlier_event_is_no_conflict():
    from factcheck.judge import _one_of_that_event
    from factcheck.models import ClaimKind

    def fig(sentence: str, surface: str, key: str = "operation") -> SimpleNamespace:
        return SimpleNamespace(kind=ClaimKind.QUANTITY, key=key, sentence=sentence, surface=surface)

    then = fig("About 900 operations were cancelled in that strike.", "About 900 operations")
    now = fig("The strike cancelled 3,400 operations across Marrow.", "3,400 operations")
    ballot = fig("Turnout in the ballot that time was 64 percent.", "64 percent", "percent")
    assert _one_of_that_event(then, now)
    assert _one_of_that_event(ballot, now)
    assert not _one_of_that_event(now, now)
    # "in that area" points at a place, not an event
    area = fig("About 900 homes in that area lost power.", "About 900 homes", "home")
    assert not _one_of_that_event(area, now)


def test_one_days_count_is_no_conflict_with_the_total(tmp_path):
    texts = {
        "a.txt": "At Venlow Airport, 48 flights were cancelled on Monday as ash from Mount Orrin drifted over "
        "the runway, the airport operator said.",
        "b.txt": "About 75 flights were cancelled in total while Venlow Airport was shut by ash from Mount Orrin, "
        "the airport operator said.",
    }
    assert not [c for c in _conflicts(tmp_path, texts) if "48 flights" in c]


def test_a_part_below_a_total_only():
    from factcheck.judge import _part_of_total
    from factcheck.models import ClaimKind, Interval

    def fig(sentence: str, surface: str, n: float, key: str = "flight") -> SimpleNamespace:
        return SimpleNamespace(
            kind=ClaimKind.QUANTITY, key=key, sentence=sentence, surface=surface, value=Interval(n, n)
        )

    total = fig("About 75 flights were cancelled in total.", "About 75 flights", 75)
    assert _part_of_total(fig("48 flights were cancelled on Monday.", "48 flights", 48), total)
    # a figure above the total is no part of it; two totals are compared
    assert not _part_of_total(fig("90 flights were cancelled on Monday.", "90 flights", 90), total)
    assert not _part_of_total(fig("In total 48 flights were cancelled.", "48 flights", 48), total)
    # a toll told as a total is one toll told two ways: "a total of 40 people died" / "32 died"
    dead = fig("A total of 40 people died in the fire.", "40 people", 40, "death")
    assert not _part_of_total(fig("32 people died in the fire.", "32 people", 32, "death"), dead)


def test_a_shares_moves_two_days_apart_are_no_conflict(tmp_path):
    texts = {
        "a.txt": "Shares in Dovecote Systems fell 4.2% to $61.30 after the Harlow Group agreed to buy the "
        "software maker for $2.1 billion, the companies said.",
        "b.txt": "Shares in Dovecote Systems rose 1.1% to $61.97 as investors weighed the Harlow Group's "
        "$2.1 billion offer for the software maker.",
    }
    published = {"a.txt": "2031-03-10", "b.txt": "2031-03-11"}
    assert _conflicts(tmp_path, texts, published) == []


def test_a_count_of_that_earlier_strike_is_no_conflict(tmp_path):
    texts = {
        "a.txt": "Nurses at the 19 hospitals of the Carrowdale Health Board walked out on Tuesday, and 3,400 "
        "operations were cancelled, managers said.",
        "b.txt": "Nurses at the 19 hospitals of the Carrowdale Health Board walked out on Tuesday. They last "
        "struck in 2027. About 900 operations were cancelled in that strike, managers said.",
    }
    assert not [c for c in _conflicts(tmp_path, texts) if "About 900 operations" in c]


def test_only_the_day_of_the_undoing_clause_is_undone():
    from factcheck.judge import _start_and_end

    # "Storm Kell struck on Saturday, and ferries resumed on Monday": Saturday is the storm's day
    struck = _said("Storm Kell struck Orrby on Saturday, and ferries resumed only on Monday.", "Saturday")
    other = _said("Storm Kell struck Orrby on Friday, bringing down power lines.", "Friday")
    assert not _start_and_end(struck, other)
    resumed = _said("Storm Kell struck Orrby on Saturday, and ferries resumed only on Monday.", "Monday")
    assert _start_and_end(resumed, other)
    # one day only, but in the clause before the verb: the fire's day, not the power's
    fire = _said("A fire broke out at the Brannock depot on Monday and power was restored to the town.", "Monday")
    assert not _start_and_end(fire, _said("A fire broke out at the Brannock depot on Sunday.", "Sunday"))
    # an order's clock time, not the one it was lifted at
    issued = _said("An evacuation order was issued for Merrow at 3 p.m. and lifted at 9 p.m.", "3 p.m.", "time")
    assert not _start_and_end(issued, _said("An evacuation order was issued for Merrow at 5 p.m.", "5 p.m.", "time"))


def test_a_storms_day_beside_a_resumed_service_still_conflicts(tmp_path):
    texts = {
        "a.txt": "Storm Ilsa made landfall near Carrick on Saturday, and rail services resumed only on Monday, "
        "the operator said.\n\nWinds of 90 mph were recorded at the Carrick lighthouse.",
        "b.txt": "Storm Ilsa made landfall near Carrick on Friday, bringing down trees and power lines.\n\n"
        "Winds of 90 mph were recorded at the Carrick lighthouse, forecasters said.",
    }
    assert ["Friday", "Saturday"] in _conflicts(tmp_path, texts)


def test_that_event_in_another_clause_or_a_toll_is_still_compared(tmp_path):
    texts = {
        "a.txt": "Quorlby councillors approved plans for a 30-storey tower on Wednesday. The council said 41 "
        "members voted in favour and 12 against, and after that vote the developer said work would begin.",
        "b.txt": "Quorlby councillors approved plans for a 30-storey tower on Wednesday, with 35 members voting in "
        "favour and 12 against.",
    }
    assert ["35 members", "41 members"] in _conflicts(tmp_path / "vote", texts)
    # the story's own storm pointed back at: one toll told two ways
    texts = {
        "a.txt": "Storm Orla tore through the coastal town of Vantry on Saturday night. Officials said 12 people "
        "died in that storm, most of them when a sea wall gave way.",
        "b.txt": "Nine people died when Storm Orla tore through the coastal town of Vantry on Saturday night, "
        "officials said.",
    }
    assert [c for c in _conflicts(tmp_path / "storm", texts) if "Nine people" in c]


def test_a_total_against_a_lower_count_of_no_part_still_conflicts(tmp_path):
    texts = {
        "a.txt": "A wildfire that swept through Lattery on Sunday destroyed a total of 45 homes, the fire chief "
        "said on Monday.",
        "b.txt": "The wildfire that swept through Lattery on Sunday destroyed 38 homes, the fire chief said on Monday.",
    }
    assert ["38 homes", "45 homes"] in _conflicts(tmp_path / "homes", texts)
    texts = {
        "a.txt": "The carmaker Pellerin will close its two plants in Dunmore next year, cutting a combined 450 "
        "jobs, the company said on Monday.",
        "b.txt": "The carmaker Pellerin said on Monday it will close its two plants in Dunmore next year, and 300 "
        "jobs will go.",
    }
    assert ["300 jobs", "450 jobs"] in _conflicts(tmp_path / "jobs", texts)


def test_a_shares_moves_opposite_ways_of_one_named_day_or_one_size_conflict(tmp_path):
    published = {"a.txt": "2031-03-10", "b.txt": "2031-03-11"}
    texts = {
        "a.txt": "Shares in Dovecote Systems rose 3% to $52.40 on Monday after the Harlow Group offered to buy "
        "the software maker for $2.4 billion.",
        "b.txt": "The board of Dovecote Systems met on Tuesday to weigh the Harlow Group's $2.4 billion offer. "
        "Dovecote shares fell 3% to $52.40 after the offer was announced.",
    }
    assert ["3%", "3%"] in _conflicts(tmp_path / "named", texts, published)
    # no day named, but one size told both ways: one move told the wrong way
    texts["a.txt"] = texts["a.txt"].replace(" on Monday", "")
    assert ["3%", "3%"] in _conflicts(tmp_path / "size", texts, published)


def test_by_that_time_is_a_point_of_the_story_not_another_event(tmp_path):
    texts = {
        "a.txt": "Aerolarn flight 212 left Pell International at 9:10 a.m. on Friday. Controllers lost contact 40 "
        "minutes later, and by that time the jet, which was carrying 146 passengers, had turned back towards "
        "the coast, the airline said.",
        "b.txt": "Aerolarn flight 212, which was carrying 152 passengers, left Pell International at 9:10 a.m. on "
        "Friday, the airline said.",
    }
    assert ["146 passengers", "152 passengers"] in _conflicts(tmp_path, texts)


def test_a_lift_of_no_order_and_a_restored_building_undo_nothing(tmp_path):
    texts = {
        "a.txt": "A coastguard helicopter lifted two climbers to safety from Sgor Ridge on Sunday after they were "
        "stranded by snow, mountain rescue said.",
        "b.txt": "Two climbers were lifted to safety from Sgor Ridge by a coastguard helicopter on Saturday after "
        "they were stranded by snow. Mountain rescue said both were unhurt.",
    }
    assert ["Saturday", "Sunday"] in _conflicts(tmp_path / "lift", texts)
    texts = {
        "a.txt": "The restored Harrow Hall in Wenlow opened to the public on Saturday, ten years after a fire gutted "
        "the building, the trust said.",
        "b.txt": "Harrow Hall in Wenlow opened to the public on Friday, ten years after a fire gutted the building. "
        "The trust spent 14 million pounds on the work.",
    }
    assert ["Friday", "Saturday"] in _conflicts(tmp_path / "hall", texts)
