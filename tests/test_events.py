"""Two events of one kind in one folder: figures of one are never a contradiction of the other's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from factcheck import events as events_module
from factcheck.events import MIN_ARTICLES, MIN_FACTS, SAME_EVENT, ArticleFacts
from factcheck.models import Verdict

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "dev-corpora"

QUAKE_A = (
    "A 5.6 magnitude earthquake hit Alderney island on Sunday, injuring five people, Governor Mark Vella said. "
    "Walls collapsed in the villages of Tarnow and Beligrad, and 2,000 tents were sent to the island. "
    "The quake struck at 17:06 local time, the geophysics institute said."
)
QUAKE_A2 = (
    "Governor Mark Vella said five people were injured when a 5.6 magnitude earthquake hit Alderney island on Sunday. "
    "Houses in Tarnow and Beligrad were damaged; 2,000 tents were ready. It struck at 17:06 local time."
)
QUAKE_A3 = (
    "A 5.6 magnitude earthquake hit Alderney island on Sunday, injuring seven people, Governor Mark Vella said. "
    "Walls collapsed in Tarnow and Beligrad, and 2,000 tents were sent. It struck at 17:06 local time."
)
QUAKE_B = (
    "A 5.9 magnitude earthquake hit Alderney island on Saturday, killing 13 people, Governor Ana Petrova said. "
    "The villages of Korsk and Vilna were flattened, and 900 tents were flown in. "
    "The quake struck at 10:23 local time, the geophysics institute said."
)
QUAKE_B2 = (
    "Governor Ana Petrova said 13 people died when a 5.9 magnitude earthquake hit Alderney island on Saturday. "
    "Korsk and Vilna were flattened and 900 tents were flown in. It struck at 10:23 local time."
)


def _check(tmp_path: Path, texts: dict[str, str]):
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path])


def test_two_quakes_on_one_island_are_never_compared(tmp_path: Path) -> None:
    report = _check(
        tmp_path, {"a1.txt": QUAKE_A, "a2.txt": QUAKE_A2, "a3.txt": QUAKE_A3, "b1.txt": QUAKE_B, "b2.txt": QUAKE_B2}
    )
    conflicts = report.by_verdict(Verdict.CONFLICT)
    for f in conflicts:
        events = {a[0] for a in f.articles}
        assert len(events) == 1, (f.explanation, f.articles)  # never one quake against the other
    # the real contradiction inside the first quake's reports is still found, and says why
    (injured,) = [f for f in conflicts if f.key == "injury"]
    assert set(injured.articles) <= {"a1.txt", "a2.txt", "a3.txt"} and "a3.txt" in injured.articles
    assert any("report one event: they share" in d for d in injured.details)


def test_shared_facts_weigh_by_rarity(tmp_path: Path) -> None:
    from factcheck.api import check

    for name, text in {"a1.txt": QUAKE_A, "a2.txt": QUAKE_A2, "b1.txt": QUAKE_B, "b2.txt": QUAKE_B2}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    facts = ArticleFacts(check([tmp_path]).claims)
    assert facts.weight("a1.txt", "a2.txt") >= SAME_EVENT and facts.same_event("a1.txt", "a2.txt")
    assert facts.weight("a1.txt", "b1.txt") < SAME_EVENT and not facts.same_event("a1.txt", "b1.txt")
    assert facts.weight("a1.txt", "a2.txt") == facts.weight("a2.txt", "a1.txt")
    explained = facts.explain("a1.txt", "a2.txt")
    assert explained.startswith("a1.txt and a2.txt report one event: they share '") and "(weight " in explained


def test_an_article_with_few_facts_is_taken_to_report_any_event(tmp_path: Path) -> None:
    report = _check(tmp_path, {"a1.txt": QUAKE_A, "note.txt": "Officials said seven people were injured by the quake."})
    facts = ArticleFacts(report.claims)
    assert len(facts.facts.get("note.txt", ())) < MIN_FACTS
    assert facts.same_event("a1.txt", "note.txt")


def _facts(table: dict[str, str]) -> ArticleFacts:
    """Articles with the named facts given as letters ("pqrs": four facts p, q, r, s)."""
    facts = ArticleFacts([])
    facts.facts = {a: {("named", x) for x in xs} for a, xs in table.items()}
    facts.df = Counter(f for fs in facts.facts.values() for f in fs)
    facts.n = max(len(table), MIN_ARTICLES)
    return facts


BRIDGED = {"a1": "pqrs", "a2": "pqrs", "a3": "pqrstu", "b1": "tuvw", "b2": "tuvw", "c1": "xyz"}
"""Two events: a3 reports the first (p, q, r, s) but also names two facts of the second (t, u)."""


def test_articles_are_grouped_into_events_by_what_all_of_them_share() -> None:
    facts = _facts(BRIDGED)
    # as a pair, a3 and b1 share facts enough to be one event ...
    assert facts.weight("a3", "b1") >= SAME_EVENT
    # ... but a1 and b1 share nothing, and a3 shares more with the first event's reports
    assert not facts.same_event("a3", "b1") and not facts.same_event("a3", "b2")
    assert facts.same_event("a1", "a3") and facts.same_event("b1", "b2")
    events = facts.events()
    assert events["a1"] == events["a2"] == events["a3"] != events["b1"] == events["b2"] != events["c1"]


def test_large_runs_fall_back_to_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_module, "GROUPED_UP_TO", 5)  # six articles with facts enough
    facts = _facts(BRIDGED)
    assert facts.events() == {}
    assert facts.same_event("a3", "b1")  # the pair shares facts enough
    assert not facts.same_event("a1", "b1")


SHIP_A = (
    "The frigate INS Kaveri captured 14 pirates in the Gulf of Aden on Tuesday, navy spokesman Rahul Menon "
    "said. The pirates had fired on a tanker near Socotra."
)
SHIP_A2 = (
    "Navy spokesman Rahul Menon said the frigate INS Kaveri seized 14 pirates on Tuesday after they fired "
    "on a tanker near Socotra in the Gulf of Aden."
)
SHIP_A3 = "Navy spokesman Rahul Menon said the frigate INS Kauvery seized 14 pirates near Socotra on Tuesday."
SHIP_B = (
    "The frigate INS Narmada freed a cargo ship off Mombasa on Friday, commander Vikram Shah said. "
    "Nine hijackers surrendered near Lamu."
)
SHIP_B2 = (
    "Commander Vikram Shah said the frigate INS Narmada freed a cargo ship off Mombasa on Friday after "
    "nine hijackers surrendered near Lamu."
)


def test_two_ships_of_two_operations_are_not_one_ship_named_two_ways(tmp_path: Path) -> None:
    texts = {"a1.txt": SHIP_A, "a2.txt": SHIP_A2, "b1.txt": SHIP_B, "b2.txt": SHIP_B2}
    report = _check(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "vessel"]
    # within one operation, a second name for the ship is still a conflict
    (tmp_path / "a3.txt").write_text(SHIP_A3, encoding="utf-8")
    report = _check(tmp_path, {})
    (vessel,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key == "vessel"]
    assert "different designations" in vessel.explanation and "a3.txt" in vessel.articles
    assert not {"b1.txt", "b2.txt"} & set(vessel.articles)


def test_an_article_of_its_own_event_is_placed_apart() -> None:
    facts = _facts(BRIDGED)
    # b1 reports the second event with b2: never about what a1 or a3 say
    assert facts.placed_apart("b1", "a1", "a3")
    assert not facts.placed_apart("b1", "b2", "a1")  # one of them reports b1's event
    assert not facts.placed_apart("c1", "a1", "a3")  # alone in its event: it may be either's


def test_a_fragment_joins_the_core_it_shares_most_with() -> None:
    # d1 shares facts enough with a1 and a2, not with a3: complete linkage leaves it alone, but on
    # average it shares enough with the core a1-a3 (CORE articles) to be one of its reports
    facts = _facts({"a1": "pqrs", "a2": "pqrs", "a3": "pqst", "d1": "pqrx", "c1": "xyz"})
    assert facts.weight("d1", "a3") < SAME_EVENT <= facts.weight("d1", "a1")
    events = facts.events()
    assert events["d1"] == events["a1"] == events["a3"]
    assert events["c1"] != events["a1"]  # too little in common: still an event of its own
    # two cores (the two events of one folder) never join, however a fragment leans
    assert _facts(BRIDGED).events()["b1"] != _facts(BRIDGED).events()["a1"]


SPLIT = {"a1": "pqrsxy", "a2": "pqrsxz", "a3": "pqrsyz", "b1": "pquvwy", "b2": "pquvwz", "b3": "pqrsvw"}
"""One event whose reports complete linkage splits in two cores (a1 and b2 share only p and q), though
most pairs across them share facts enough; c1-c3 report another event."""


def test_two_cores_most_of_whose_pairs_share_facts_are_one_event() -> None:
    facts = _facts({**SPLIT, "c1": "ijklm", "c2": "ijklm", "c3": "ijklmo"})
    assert facts.weight("a1", "b2") < SAME_EVENT  # so complete linkage keeps a1-a3 and b1-b3 apart
    events = facts.events()
    assert events["a1"] == events["b2"] == events["b3"]
    assert events["c1"] != events["a1"]  # nothing shared: still another event
    # the cores before joining are kept for what needs the closer evidence (days)
    cores = facts.cores().events()
    assert cores["a1"] != cores["b1"] and cores["a1"] == cores["a3"]
    assert facts.same_event("a1", "b2") and not facts.cores().same_event("a1", "b2")


def test_years_are_judged_with_the_cores_joined_days_with_the_cores() -> None:
    from types import SimpleNamespace

    facts = _facts({**SPLIT, "c1": "ijklm", "c2": "ijklm", "c3": "ijklmo"})
    cores = facts.cores()

    def dated(article: str, granularity: str) -> SimpleNamespace:
        return SimpleNamespace(
            location=SimpleNamespace(article=article, start=0, end=0),
            granularity=granularity,
            key="",
            kind=None,
            text_value="",
        )

    # a film's release year in two reports of one story that the cores of its days keep apart
    assert cores.one_event(dated("a1", "year"), dated("b2", "year"))  # type: ignore[arg-type]
    assert not cores.one_event(dated("a1", "day"), dated("b2", "day"))  # type: ignore[arg-type]
    assert not cores.one_event(dated("a1", "year"), dated("c1", "year"))  # type: ignore[arg-type]  # another event


def _counted(table: dict[str, str], figures: dict[str, dict[str, str]]) -> ArticleFacts:
    """``_facts``, each article also stating the figures of its name ("a1", else its letter "a"), as
    ``{"death": "4"}``."""
    facts = _facts(table)
    for article, fs in facts.facts.items():
        mine = figures.get(article, figures.get(article[0], {}))
        fs.update(("figure", key, value) for key, value in mine.items())
        facts.counted[article] = {(key, ""): {value} for key, value in mine.items()}
    facts.df = Counter(f for fs in facts.facts.values() for f in fs)
    return facts


def test_two_cores_counting_the_same_things_alike_are_one_event() -> None:
    # two cores that name different things (one report names the ministers, another the villages)
    table = {"a1": "pqrs", "a2": "pqrs", "a3": "pqrs", "b1": "uvwt", "b2": "uvwt", "b3": "uvwt"}
    alike = {"death": "4", "injury": "12", "home": "300"}
    facts = _counted(table, {"a": alike, "b": alike})
    assert facts.weight("a1", "b1") < SAME_EVENT  # so complete linkage keeps them apart
    assert facts.events()["a1"] == facts.events()["b1"]  # but they count the same things alike
    assert facts.cores().events()["a1"] != facts.cores().events()["b1"]  # days keep the closer evidence
    # two quakes of one island: alike in their background, apart in their own tolls and magnitudes
    other = {"death": "9", "injury": "30", "home": "300", "village": "4", "magnitude": "5.9"}
    mine = {"death": "4", "injury": "12", "home": "300", "village": "4", "magnitude": "5.6", "tent": "900"}
    facts = _counted(table, {"a": mine, "b": {**other, "tent": "900"}})
    assert facts.events()["a1"] != facts.events()["b1"]
    # fewer than three things counted alike say too little
    facts = _counted(table, {"a": {"death": "4", "injury": "12"}, "b": {"death": "4", "injury": "12"}})
    assert facts.events()["a1"] != facts.events()["b1"]
    # background every report of both gives (a town's people, its stations) is alike, their tolls not
    town = {"people": "240000", "station": "14", "school": "9"}
    facts = _counted(table, {"a": {**town, "death": "4"}, "b": {**town, "death": "9"}})
    assert facts.events()["a1"] != facts.events()["b1"]
    # a toll one report of each recalls (an earlier quake's 410) is no core's usual value: the tolls differ
    facts = _counted(table, {"a": {"people": "240000", "death": "4"}, "b": {"people": "240000", "death": "9"}})
    for article in ("a1", "b1"):
        facts.facts[article].add(("figure", "death", "410"))
        facts.counted[article][("death", "")].add("410")
    facts.df = Counter(f for fs in facts.facts.values() for f in fs)
    assert facts.events()["a1"] != facts.events()["b1"]


def test_two_cores_sharing_few_pairs_stay_two_events() -> None:
    # two events of one kind: a few reports of each name a fact of the other (one pair in three)
    facts = _facts({"a1": "pqrsxy", "a2": "pqrsxz", "a3": "pqrsyz", "b1": "uvwtxy", "b2": "uvwtk", "b3": "uvwtl"})
    assert facts.weight("a1", "b1") >= SAME_EVENT
    assert facts.events()["a1"] != facts.events()["b1"]


def test_vessels_of_two_classes_are_two_ships(tmp_path: Path) -> None:
    said = "The navy said the {} fired warning shots at the pirate skiff off Port Avel on Monday."
    texts = {"a.txt": said.format("frigate Aster"), "b.txt": said.format("destroyer Corvin")}
    assert not [f for f in _check(tmp_path, texts).by_verdict(Verdict.CONFLICT) if f.key == "vessel"]
    # a ship of no class named otherwise may be the frigate: still a conflict
    (tmp_path / "b.txt").write_text(said.format("ship Corvin"), encoding="utf-8")
    assert [f for f in _check(tmp_path, {}).by_verdict(Verdict.CONFLICT) if f.key == "vessel"]


def test_days_are_judged_with_the_cores_before_joining(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import judge as judge_module
    from factcheck.models import ClaimKind

    passed: dict[ClaimKind, list[ArticleFacts | None]] = {}
    real = judge_module.judge_group

    def spy(group, published, facts=None):  # type: ignore[no-untyped-def]
        passed.setdefault(group.kind, []).append(facts)
        return real(group, published, facts)

    monkeypatch.setattr(judge_module, "judge_group", spy)
    said = "Rescuers in Port Avel pulled {} survivors from the rubble on Monday, Mayor Ida Vance said on Tuesday."
    _check(tmp_path, {"a.txt": said.format(12), "b.txt": said.format(14)})
    (figures,), days = {id(f) for f in passed[ClaimKind.QUANTITY]}, {id(f) for f in passed[ClaimKind.DATE]}
    assert days and figures not in days  # days get the view of ``ArticleFacts.cores``
    assert all(f is not None and f._events == f._core_events for f in passed[ClaimKind.DATE])


def test_facts_every_article_states_weigh_a_little_in_the_cores() -> None:
    # ten reports all name the same twelve facts (the victim, the town...); two halves share two
    # rarer facts each. Weighed log(N / n), what all state weighs nothing and no pair is one event;
    # in the cores (days) it weighs log((N + CORE_SMOOTH) / n) and each half is one core
    table = {f"a{i}": "pqrstuvwjklmxz" for i in range(5)} | {f"b{i}": "pqrstuvwjklmyo" for i in range(5)}
    facts = _facts(table)
    assert facts.weight("a0", "a1") < SAME_EVENT and not facts.same_event("a0", "a1")
    cores = facts.cores()
    assert cores.weight("a0", "a1") >= SAME_EVENT > cores.weight("a0", "b0")
    assert cores.same_event("a0", "a1") and cores.same_event("b0", "b4")
    assert not cores.same_event("a0", "b0")  # what every report states does not make one event
    assert facts.weight("a0", "a1") < SAME_EVENT  # the events for figures keep the plain weights


def _merged_afresh(facts: ArticleFacts, arts: list[str], members: dict[int, list[int]]) -> dict[int, list[int]]:
    """``ArticleFacts._merge`` as first written: every cross pair weighed again after each join."""
    from itertools import combinations

    from factcheck.events import CORE, MERGE_RATIO, MERGE_SHARE

    while True:
        best = None
        cores = sorted(g for g, ms in members.items() if len(ms) >= CORE)
        inside = {g: facts._inside(arts, members[g]) for g in cores}
        for x, y in combinations(cores, 2):
            ws = [facts.weight(arts[i], arts[j]) for i in members[x] for j in members[y]]
            mean, share = sum(ws) / len(ws), sum(w >= SAME_EVENT for w in ws) / len(ws)
            joinable = share >= MERGE_SHARE and mean >= MERGE_RATIO * min(inside[x], inside[y])
            if joinable and (best is None or mean > best[0]):
                best = (mean, x, y)
        if best is None:
            return members
        _, x, y = best
        members[x] = members[x] + members.pop(y)


@pytest.mark.parametrize("seed", range(12))
def test_joining_cores_from_summed_cross_pairs_joins_as_weighing_them_again(seed: int) -> None:
    """``_merge`` keeps each pair of groups' cross-pair sums and adds them when two groups join; it
    must join exactly the groups that weighing every cross pair again after each join would."""
    import random

    rng = random.Random(seed)
    stories = ["abcdefgh", "ijklmnop", "qrstuvwx"]
    table = {}
    for k in range(30):
        story = stories[k % 3]
        own = "".join(rng.sample(story, rng.randint(3, 6)))
        table[f"a{k:02}"] = own + "".join(rng.sample("".join(stories), rng.randint(0, 3)))
    facts = _facts(table)
    arts = sorted(table)
    members = {i: [i, i + 1, i + 2] for i in range(0, 30, 3)}  # ten cores of three articles
    expected = _merged_afresh(facts, arts, {g: list(ms) for g, ms in members.items()})
    assert facts._merge(arts, {g: list(ms) for g, ms in members.items()}) == expected
    assert len(expected) < len(members) or seed  # some seeds join cores (seed 0 does)


def test_a_value_counted_as_agreed_does_not_bridge_two_events() -> None:
    # a3 reports the first event and names two facts of the second: given b1's value of the thing
    # compared (v) as well, it would still report the first, so the two are not one event
    facts = _facts(BRIDGED)
    assert facts.weight("a3", "b1") >= SAME_EVENT and not facts.same_event("a3", "b1")
    assert not facts.agreed_event("a3", "b1", ("named", "p"), ("named", "v"))
    assert facts.agreed_event("a1", "a3", ("named", "p"), ("named", "q"))  # one event already


def _mutation_tried(story: str, kind: str, finding: str):
    """How bench/mutation.py's change of one gold finding of a dev story fares (skipped without the dev corpus)."""
    from factcheck.evaluate import gold_files, load_gold
    from factcheck.mutate import run_story

    folder = DEV / "ecb" / story
    if not folder.is_dir():
        pytest.skip(f"no dev corpus at {folder}")
    (gold,) = [load_gold(p) for p in gold_files([folder])]
    return {t.mutation.finding: t for t in run_story(gold, kinds=(kind,), single=True).tried}[finding]


def test_a_report_whose_figure_alone_changed_stays_in_its_event() -> None:
    # one report's figure changed (bench/mutation.py): the value it shared with a report of its event
    # was one of the facts the events are grouped by, and without it the report was grouped apart
    from factcheck.mutate import Outcome

    caught = _mutation_tried("ecb14_ecb", "quantity", "fire-engines")
    assert caught.outcome is Outcome.CAUGHT, caught
    assert caught.before is Outcome.NOT_GROUPED or caught.before_verdict is not Verdict.CONFLICT


def test_a_shared_fact_is_shown_as_each_article_words_it(tmp_path: Path) -> None:
    # one toll, worded two ways: the explanation shows both, so neither article is said to write
    # what only the other does
    from factcheck.api import check

    texts = {
        "a.txt": "Flood waters swept through Alder Falls on Monday, killing twelve people, Mayor Ellen Voss said.",
        "b.txt": "Flood waters swept through Alder Falls on Monday, killing 12 people, Mayor Ellen Voss said.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    explained = ArticleFacts(check([tmp_path]).claims).explain("a.txt", "b.txt")
    assert "'twelve people' / '12 people'" in explained
    assert "'Alder Falls' /" not in explained  # worded alike: shown once


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("Alder Falls", "alder falls", "'Alder Falls'"),
        # the words of one among the other's: the shorter is in both articles
        ("Sheriff Dana Whitlock", "County Sheriff Dana Whitlock", "'Sheriff Dana Whitlock'"),
        ("by Wednesday", "Wednesday", "'Wednesday'"),
        ("Monday", "March 4, 2024", "'Monday' / 'March 4, 2024'"),
        # a long quotation: its opening words, no escapes
        (
            "We don't know yet how many homes the river took from us last night",
            "We don't know yet how many homes the river took",
            "'We don't know yet how many homes the ri…'",
        ),
    ],
)
def test_two_wordings_of_one_fact_are_shown_as_a_user_can_find_them(first: str, second: str, shown: str) -> None:
    assert events_module.worded(first, second) == shown


def test_a_fragment_leaning_on_the_one_core_of_a_folder_joins_it_with_less() -> None:
    # e1 shares less than SAME_EVENT on average with the one core: alone beside it before, a report of
    # its event now (its planted figures are what it shares less); beside two cores it stays apart
    facts = _facts({"a1": "pqrsxy", "a2": "pqrsxz", "a3": "pqrsyz", "e1": "pqvw"})
    weights = [facts.weight("e1", a) for a in ("a1", "a2", "a3")]
    assert SAME_EVENT * events_module.LONE_CORE_SHARE <= sum(weights) / 3 < SAME_EVENT
    assert facts.events()["e1"] == facts.events()["a1"]
    two = _facts(
        {"a1": "pqrsxy", "a2": "pqrsxz", "a3": "pqrsyz", "e1": "pqvw", "b1": "ijklm", "b2": "ijklm", "b3": "ijklmo"}
    )
    assert two.events()["e1"] != two.events()["a1"]


def test_the_facts_a_phrase_states_together_are_counted_as_agreed_together(tmp_path: Path) -> None:
    # "6 p.m. Thursday" states a day and a clock time: a report that gives another day moved both,
    # so the value compared is counted as agreed with every fact of its words, not the day alone
    from factcheck.api import check

    (tmp_path / "a.txt").write_text("The cyclist was hit at 6 p.m. Thursday near the bridge.\n", encoding="utf-8")
    claims = [c for c in check([tmp_path]).claims if c.kind.value in ("date", "time")]
    day = next(c for c in claims if c.surface == "Thursday")
    facts = ArticleFacts(claims)
    stated = facts._stated(day)
    assert {f[1] for f in stated} == {"date", "time"}, stated


def test_a_report_whose_day_and_time_alone_changed_stays_in_its_event() -> None:
    # bench/mutation.py moves a surrender's time; the time and its day were two of the facts the
    # report shared with its event, and with only one of them counted as agreed it was grouped apart
    from factcheck.mutate import Outcome

    caught = _mutation_tried("ecb18_ecb", "date", "surrender-time")
    assert caught.outcome is Outcome.CAUGHT, caught


def test_two_articles_name_one_person_and_a_fact_more() -> None:
    from types import SimpleNamespace

    facts = ArticleFacts([])
    table = {
        "night1": {("person", "yarnick"), ("named", "P:1"), ("named", "p"), ("named", "q")},
        "night2": {("person", "yarnick"), ("named", "P:1"), ("named", "p"), ("named", "q")},
        "after": {("person", "yarnick"), ("named", "P:1"), ("named", "x"), ("named", "y")},
        "other": {("person", "yarnick"), ("named", "z"), ("named", "w"), ("named", "v")},
        "more": {("person", "yarnick"), ("named", "P:1"), ("named", "m"), ("named", "n")},  # the two less rare
    }
    facts.facts = table
    facts.df = Counter(f for fs in table.values() for f in fs)
    facts.n = max(len(table), MIN_ARTICLES)
    facts.shown = {(a, f): "Mayor Tom Yarnick" for a, fs in table.items() for f in fs if f[0] == "person"}
    at = {a: SimpleNamespace(location=SimpleNamespace(article=a)) for a in table}
    assert facts.events() and not facts.same_event("night1", "after")
    assert facts.name_one_person(at["night1"], at["after"])  # the mayor and the town
    assert not facts.name_one_person(at["night1"], at["other"])  # the mayor alone
    assert "both name 'Mayor Tom Yarnick'" in facts.explain_person("night1", "after")


def _dated(table: dict[str, str], days: dict[str, str]) -> ArticleFacts:
    """``_facts``, each article also stating the day of its name ("a1", else its letter "a"), as a
    date resolved to one day ("739,000"), or a weekday alone ("weekday:3")."""
    facts = _facts(table)
    for article, fs in facts.facts.items():
        day = days.get(article, days.get(article[0], ""))
        if day:
            fs.add(("when", "date", day))
    facts.df = Counter(f for fs in facts.facts.values() for f in fs)
    return facts


def test_a_fragment_stating_its_cores_day_joins_it() -> None:
    # e1 names one place the core names and the core's day: too little to weigh, enough to be its report
    table = {"a1": "pqrsxy", "a2": "pqrsxz", "a3": "pqrsyz", "e1": "pvw", "b1": "ijklm", "b2": "ijklm", "b3": "ijkm"}
    facts = _dated(table, {"a": "739,000", "e": "739,000", "b": "738,000"})
    assert sum(facts.weight("e1", a) for a in ("a1", "a2", "a3")) / 3 < SAME_EVENT  # too little beside two cores
    assert facts.events()["e1"] == facts.events()["a1"] != facts.events()["b1"]
    # a weekday alone is no day: any week has one
    facts = _dated(table, {"a": "weekday:3", "e": "weekday:3", "b": "weekday:5"})
    assert facts.events()["e1"] != facts.events()["a1"]
    # the day and nothing else shared: a report of another event of that day
    facts = _dated({**table, "e1": "tvw"}, {"a": "739,000", "e": "739,000", "b": "738,000"})
    assert facts.events()["e1"] != facts.events()["a1"]
    # a report telling of "another fire" stays apart, its day notwithstanding
    facts = _dated(table, {"a": "739,000", "e": "739,000", "b": "738,000"})
    facts.another.add("e1")
    assert facts.events()["e1"] != facts.events()["a1"]


def test_two_cores_of_one_usual_day_are_one_event() -> None:
    # one event whose reports name different things, all of one day; two events of two days stay apart
    table = {"a1": "pqrs", "a2": "pqrs", "a3": "pqrs", "b1": "uvwt", "b2": "uvwt", "b3": "uvwt"}
    facts = _dated(table, {"a": "739,000", "b": "739,000"})
    assert facts.weight("a1", "b1") < SAME_EVENT
    assert facts.events()["a1"] == facts.events()["b1"]
    assert (
        _dated(table, {"a": "739,000", "b": "738,990"}).events()["a1"]
        != _dated(table, {"a": "739,000", "b": "738,990"}).events()["b1"]
    )
    # a day one report of each core gives is no core's usual day
    assert (
        _dated(table, {"a1": "739,000", "b1": "739,000"}).events()["a1"]
        != _dated(table, {"a1": "739,000", "b1": "739,000"}).events()["b1"]
    )
