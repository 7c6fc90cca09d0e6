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

    then = SimpleNamespace(kind=ClaimKind.QUANTITY, sentence="About 900 operations were cancelled in that strike.")
    now = SimpleNamespace(kind=ClaimKind.QUANTITY, sentence="The strike cancelled 3,400 operations across Marrow.")
    ballot = SimpleNamespace(kind=ClaimKind.QUANTITY, sentence="Turnout in the ballot that time was 64 percent.")
    assert _one_of_that_event(then, now)
    assert _one_of_that_event(ballot, now)
    assert not _one_of_that_event(now, now)
    # "in that area" points at a place, not an event
    area = SimpleNamespace(kind=ClaimKind.QUANTITY, sentence="About 900 homes in that area lost power.")
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
