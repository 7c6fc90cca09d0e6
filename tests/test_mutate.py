"""The mutation self-test (factcheck.mutate): its edits, its batches, its verdicts, and the catch
rate on the dev stories, which must never fall (issue 19)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck.evaluate import gold_files, load_gold
from factcheck.models import Claim, ClaimKind, Finding, Location, Report, Severity, Verdict
from factcheck.mutate import (
    SAME_AREA_KM,
    SURNAMES,
    Change,
    Edit,
    Mutation,
    NoEdit,
    Outcome,
    batches,
    grouping,
    move_date,
    raise_number,
    run,
    run_story,
    swap_place,
    swap_surname,
)

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev-corpora"


def _applied(anchor: str, edit: Edit | NoEdit) -> str:
    assert isinstance(edit, Edit), edit
    assert anchor[edit.start : edit.end] == edit.original
    return edit.apply(anchor)


@pytest.mark.parametrize(
    ("anchor", "value", "expected", "change"),
    [
        ("added 46 new substances", "46", "added 74 new substances", Change.NUMBER),
        ("killed five people", "5", "killed eight people", Change.NUMBER_WORD),
        ("Forty-six people", "46", "Seventy-four people", Change.NUMBER_WORD),
        ("twenty one guns", "21", "thirty four guns", Change.NUMBER_WORD),
        ("seventy people", "70", "112 people", Change.NUMBER_WORD),
        ("the crowd of 22,000", "22000", "the crowd of 35,200", Change.NUMBER),
        ("scoring (15.9) points", "15.9", "scoring (25.4) points", Change.NUMBER),
        ("110 billion euros in loans", "EUR 110bn", "176 billion euros in loans", Change.NUMBER),
        ("an 11th-round stoppage", "11", "an 18th-round stoppage", Change.ORDINAL),
        ("the 21st head coach", "21st", "the 34th head coach", Change.ORDINAL),
        ("in the seventh round", "7", "in the eleventh round", Change.ORDINAL),
        ("one of six children", "6", "one of ten children", Change.NUMBER_WORD),
        ("a 2013 model", "2013", "a 2016 model", Change.YEAR),
        ("about 1 in 10", "1", "about 2 in 10", Change.NUMBER),
    ],
)
def test_raise_number_raises_the_gold_value_by_sixty_percent(anchor, value, expected, change):
    edit = raise_number(anchor, value)
    assert _applied(anchor, edit) == expected
    assert isinstance(edit, Edit) and edit.change is change


@pytest.mark.parametrize(
    ("anchor", "value", "reason"),
    [
        ("hundreds of police officers", "hundreds", "no number in the gold value"),
        ("had no children", "0", "zero"),
        ("ending the bout at 2:56", "2:56", "value not found in anchor"),
        ("half a century ago", "~50 years", "value not found in anchor"),
        ("faced more than 50 charges", ">50", "a bound"),
        ("killing at least 10 people", ">=10", "a bound"),
        ("up to 20 people", "20", "a bound"),
    ],
)
def test_raise_number_skips_what_it_cannot_change_into_a_contradiction(anchor, value, reason):
    edit = raise_number(anchor, value)
    assert isinstance(edit, NoEdit) and edit.reason.startswith(reason)


@pytest.mark.parametrize(
    ("anchor", "value", "expected", "change"),
    [
        (
            "on November 18, the ferry was refloated",
            "2008-11-18",
            "on November 23, the ferry was refloated",
            Change.DAY,
        ),
        ("shooting Dec. 6 in Athens", "2008-12-06", "shooting Dec. 11 in Athens", Change.DAY),
        ("on 6 December", "2008-12-06", "on 11 December", Change.DAY),
        ("on December 29th", "2008-12-29", "on December 24th", Change.DAY),
        ("in Athens Saturday night", "Saturday (6 Dec)", "in Athens Monday night", Change.WEEKDAY),
        ("died on Friday, December 12", "Friday", "died on Sunday, December 12", Change.WEEKDAY),
        ("lasted from 1943 to 1947", "1947", "lasted from 1943 to 1950", Change.YEAR),
        ("moved to Leeds in May 1984", "1984-05", "moved to Leeds in September 1984", Change.MONTH),
        ("around 10 a. m. Monday", "10:00", "around 1 p. m. Monday", Change.TIME),
        ("just after 6:00 p.m.", "just after 6 p.m.", "just after 9:00 p.m.", Change.TIME),
        ("at about 10am today", "10:00", "at about 1pm today", Change.TIME),
        ("at 23:30 local time", "23:30", "at 02:30 local time", Change.TIME),
        # the first year of a span moves the span whole: a span ending before it starts is no slip
        ("since the 2031-32 season", "2031-32", "since the 2034-35 season", Change.YEAR),
        ("under coach Ada Merrow (1981-86)", "1981", "under coach Ada Merrow (1984-89)", Change.YEAR),
        ("signed through the 2031-2032 season", "2031-32", "signed through the 2034-2035 season", Change.YEAR),
        ("the 2027/28 campaign", "2027", "the 2030/31 campaign", Change.YEAR),
        # a full date or a year and month is no span: the year moves alone
        ("on 2009-10-15 at noon", "2009", "on 2012-10-15 at noon", Change.YEAR),
        ("in the 2005-11 report", "2005", "in the 2008-11 report", Change.YEAR),
    ],
)
def test_move_date_moves_the_part_the_gold_value_gives(anchor, value, expected, change):
    edit = move_date(anchor, value)
    assert _applied(anchor, edit) == expected
    assert isinstance(edit, Edit) and edit.change is change


def test_move_date_skips_relative_dates_and_the_modal_may():
    assert isinstance(move_date("last week", "last week"), NoEdit)
    assert isinstance(move_date("officials may return", "2008-05"), NoEdit)


def test_swap_surname_uses_a_surname_the_story_never_mentions():
    anchor, name = "customs officer Petra Halloway", "Petra Halloway"
    assert _applied(anchor, swap_surname(anchor, name, "nothing alike")) == f"customs officer Petra {SURNAMES[0]}"
    story = f"{SURNAMES[0]} and {SURNAMES[1]} were there"
    assert _applied(anchor, swap_surname(anchor, name, story)) == f"customs officer Petra {SURNAMES[2]}"
    assert isinstance(swap_surname("the general accountant", "general accountant", ""), NoEdit)
    assert isinstance(swap_surname("the officer", "Petra Halloway", ""), NoEdit)


def test_swap_place_picks_another_town_of_the_same_region():
    from factcheck.places import gazetteer, prominence

    anchor = "in Freiburg, Germany on Tuesday"
    edit = swap_place(anchor, "Freiburg", anchor)
    assert isinstance(edit, Edit) and edit.original == "Freiburg" and edit.replacement != "Freiburg"
    gaz = gazetteer()
    original = min(gaz.lookup("Freiburg"), key=prominence)
    substitute = min(gaz.lookup(edit.replacement), key=prominence)
    assert substitute.parent == original.parent
    assert isinstance(swap_place("off the Bay of Biscay", "Bay of Biscay", ""), NoEdit)
    assert isinstance(swap_place("in Freiburg", "Berlin", ""), NoEdit)


def test_swap_place_skips_towns_of_the_same_area():
    from factcheck.places import distance_km, gazetteer, prominence

    # Brooklyn holds Coney Island, Los Angeles borders Beverly Hills: no contradiction
    gaz = gazetteer()
    for anchor, value in (("born in Coney Island", "Coney Island"), ("died in Beverly Hills", "Beverly Hills")):
        edit = swap_place(anchor, value, anchor)
        assert isinstance(edit, Edit) and edit.replacement not in ("Brooklyn", "Los Angeles")
        original, substitute = (min(gaz.lookup(n), key=prominence) for n in (value, edit.replacement))
        far = distance_km(original.id, substitute.id)
        assert far is None or far > SAME_AREA_KM


def _mutation(finding: str, article: str, start: int, others: tuple[tuple[str, int, int], ...]) -> Mutation:
    return Mutation("s", finding, "quantity", article, Edit(start, start + 2, "46", "74", Change.NUMBER), others)


def test_batches_never_change_an_article_of_anothers_finding():
    a = _mutation("a", "1.txt", 10, (("2.txt", 0, 20),))
    b = _mutation("b", "1.txt", 50, (("3.txt", 0, 20),))  # the same article as a
    c = _mutation("c", "3.txt", 100, (("4.txt", 0, 20),))  # apart from a; changes an article of b's
    d = _mutation("d", "4.txt", 5, (("1.txt", 300, 320),))  # its finding has an article a (and b) change
    e = _mutation("e", "5.txt", 5, (("6.txt", 0, 20),))
    groups = batches([a, b, c, d, e])
    assert [[m.finding for m in g] for g in groups] == [["a", "c", "e"], ["b"], ["d"]]
    assert [[m.finding for m in g] for g in batches([a, b, c], single=True)] == [["a"], ["b"], ["c"]]


def _claim(article: str, start: int, end: int, kind: ClaimKind = ClaimKind.QUANTITY) -> Claim:
    return Claim(
        kind=kind,
        key="worker",
        value=None,
        display="",
        unit="",
        location=Location(article, start, end, 1, start + 1),
        sentence="",
        surface="x" * (end - start),
    )


def _finding(verdict: Verdict, *claims: Claim) -> Finding:
    return Finding(str(id(claims)), verdict, Severity.NONE, ClaimKind.QUANTITY, "worker", claims, verdict.value)


def test_grouping_names_why_a_mutation_was_missed():
    changed, other, stray = _claim("a.txt", 10, 13), _claim("b.txt", 40, 43), _claim("c.txt", 0, 3)
    others = [("b.txt", 35, 50)]

    def outcome(*findings: Finding, claims: tuple[Claim, ...] = (changed, other, stray)) -> Outcome:
        report = Report(articles=(), claims=claims, findings=findings)
        return grouping(report, "a.txt", 10, 13, others)[0]

    assert outcome(claims=(other,)) is Outcome.NOT_EXTRACTED
    assert outcome(_finding(Verdict.CONFLICT, changed, stray)) is Outcome.NOT_GROUPED
    assert outcome(_finding(Verdict.SINGLE_SOURCE, changed)) is Outcome.NOT_GROUPED
    assert outcome(_finding(Verdict.COMPATIBLE, changed, other)) is Outcome.WRONG_VERDICT
    conflict = _finding(Verdict.CONFLICT, changed, other)
    assert outcome(_finding(Verdict.AGREE, changed, other), conflict) is Outcome.CAUGHT
    # a claim overlapping the changed text by one character counts, as evaluate matches anchors
    report = Report(articles=(), claims=(changed, other), findings=(conflict,))
    assert grouping(report, "a.txt", 12, 20, others) == (Outcome.CAUGHT, conflict)
    assert grouping(report, "a.txt", 13, 20, others) == (Outcome.NOT_EXTRACTED, None)


def test_tally_leaves_out_mutations_of_claims_already_in_conflict():
    from factcheck.mutate import MutationRun, Skip, Tried

    m = _mutation("a", "1.txt", 0, ())
    conflict, agree = Verdict.CONFLICT, Verdict.AGREE
    tried = (
        Tried(m, Outcome.CAUGHT, conflict, "", Outcome.CAUGHT, conflict),  # a false alarm already
        Tried(m, Outcome.CAUGHT, conflict, "", Outcome.WRONG_VERDICT, agree),
        Tried(m, Outcome.NOT_GROUPED, None, "", Outcome.WRONG_VERDICT, agree),
        Tried(m, Outcome.NOT_EXTRACTED, None, "", Outcome.NOT_EXTRACTED, None),
    )
    tally = MutationRun(tried, (Skip("s", "b", "quantity", "zero"),), 1).tally("quantity")
    assert (tally.tried, tally.caught, tally.skipped, tally.rate) == (4, 2, 1, 0.5)
    assert (tally.conflict_before, tally.caught_new, tally.new_rate) == (1, 1, 1 / 3)
    assert (tally.grouped_before, tally.grouped_rate) == (2, 0.5)
    assert MutationRun(tried, (), 1).tally("date").new_rate is None


def _small_corpus(folder: Path) -> None:
    (folder / "a.txt").write_text(
        "Storm repairs continue\n\nThe operator sent 120 workers to the valley to repair the lines.\n"
    )
    (folder / "b.txt").write_text(
        "Crews in the valley\n\n"
        "The operator has sent 120 workers to the valley to repair the lines, a spokesperson said.\n"
    )
    (folder / "gold.toml").write_text(
        '[[finding]]\nid = "workers"\nkind = "quantity"\nverdict = "agree"\nclaims = [\n'
        '  { article = "a.txt", anchor = "sent 120 workers", value = "120" },\n'
        '  { article = "b.txt", anchor = "sent 120 workers", value = "120" },\n]\n'
        '[[finding]]\nid = "no-number"\nkind = "quantity"\nverdict = "agree"\nclaims = [\n'
        '  { article = "a.txt", anchor = "the valley", value = "valley" },\n'
        '  { article = "b.txt", anchor = "the valley", value = "valley" },\n]\n'
    )


def test_run_story_catches_a_raised_figure_and_leaves_the_corpus_alone(tmp_path):
    _small_corpus(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run_story(load_gold(tmp_path / "gold.toml"))
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    [tried] = result.tried
    assert (tried.mutation.finding, tried.mutation.edit.replacement) == ("workers", "192")
    assert tried.outcome is Outcome.CAUGHT and tried.verdict is Verdict.CONFLICT
    assert tried.before_verdict is Verdict.AGREE  # the agreement was found before the change
    [skipped] = result.skipped
    assert (skipped.finding, skipped.reason) == ("no-number", "no number in the gold value")
    tally = result.tally("quantity")
    assert (tally.tried, tally.caught, tally.skipped, tally.rate) == (1, 1, 1, 1.0)
    assert (tally.conflict_before, tally.new_rate, tally.grouped_before, tally.grouped_rate) == (0, 1.0, 1, 1.0)
    assert run_story(load_gold(tmp_path / "gold.toml"), single=True).tried == result.tried


def test_bench_script_lists_rates_and_misses(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import mutation
    finally:
        sys.path.pop(0)
    _small_corpus(tmp_path)
    text = mutation.render(run([tmp_path / "gold.toml"]))
    assert "| quantity | 1 | 1 | 1.000 |" in text
    assert "quantity: no number in the gold value" in text


# The ratchet, on the rate of mutations caught among those whose original claim was not in a
# conflict already (Tally.new_rate: a fix of false alarms cannot lower it; caught/tried can). Measured
# at a56d113 (2026-12-03, python bench/mutation.py), new conflicts / mutations not conflicting
# before: quantity 65/221 (0.294), date 5/119 (0.042), person-role 0/54, place 0/23, all 70/417
# (0.168); caught/tried: all 82/436 (0.188); the same outcomes one mutation per check (--single).
# The target is 0.90. Raise a level when the rate rises; never lower one without saying
# why in the commit. Lowered for quantities to 0.27 (62/222) when a conflict came to need two
# articles reporting one event (factcheck/events.py): three mutations in articles that share few
# facts with the others are no longer conflicts, for 25 fewer conflicts between two events.
# Lowered again, for quantities to 0.21 and in all to 0.13 (measured 0.213-0.236 and 0.141,
# depending on which mutations share a check), when articles came to be grouped into events by
# complete linkage: a changed figure is one shared fact less, and an article that shared facts
# enough with each of the others only just can leave their event. For that, dev conflict
# precision rose from 0.45 to 0.61 (11 fewer false alarms, one true conflict lost) and the
# conflicts spanning two events of one topic fell from 17 to 3.
# Raised for person-role to 0.35 and in all to 0.18 (measured 0.407 and 0.201-0.209) when one
# person named two ways became a conflict (judge_roles.name_conflicts), with no new false alarm on
# the dev stories. Raised for dates to 0.15 and in all to 0.21 (measured 0.178-0.227 and 0.234,
# depending on which mutations share a check) when two
# dates said in nearly the same words came to be of one event (judge.DATE_SAME_WORDS).
# Place added at 0.18 (measured 0.217-0.261, 5-6 of 23, depending on which mutations share a
# check) when one town given as another for one slot became a conflict
# (judge_place_conflicts.place_conflicts); one new conflict on the dev stories, which gold agrees with.
# Raised for quantities to 0.29 and in all to 0.27 (measured 0.328 and 0.297) when the extraction of
# quantities grew (records, votes, areas...) and fragments of events joined their core (events.CORE).
# Raised for quantities to 0.31 and in all to 0.29 (measured 0.35 and 0.317) with
# judge.CONFLICT_LINK_SHORT.
# Raised for person-role to 0.70, place to 0.35 and in all to 0.33 (measured 0.759 41/54, 0.391
# 9/23 and 0.381; --single 42/54 and 11/23) when names came to be linked by role nouns, ages,
# middle names, a lone surname, a rarely named thing or a slip within one article, and a town far
# from a city stopped passing for its suburb (judge_roles.name_conflicts, judge_place_conflicts),
# with no new false alarm on the dev stories.
# Raised for dates to 0.27 and in all to 0.38 (measured 0.314 and 0.413; main 0.186 and 0.378)
# when dates of one named event, a lone date against two or more agreeing articles and reports
# split two against two over one named event became conflicts (judge_dates), with no new false
# alarm on the dev stories.
# Raised for dates to 0.31 (measured 0.331, 39/118 new; caught 40/119, main 38/119; --kind date
# alone picks other articles: 50/119, main 46/119) when one verb outside the lexicon beside two
# resolved dates in alike words, and a lone day of a named event against two or more agreeing
# articles in other groups, became conflicts (judge_dates), with no new conflict on the dev
# stories nor in the 2,225 unrelated reports of bench/bench_scale.py.
# Raised for person-role to 0.78 and place to 0.42 (measured 0.815 44/54 and 0.478 11/23; main
# 41/54 and 9/23; --single --kind person-role / place alone: 46/54 and 14/23) when a lone surname
# in the text, names read inside an organisation's, homes said with "lived in", birthplaces, homes
# of two ages and towns read inside a name came to link names and towns (judge_roles,
# judge_place_conflicts); the two new dev conflicts are correct.
# Raised for quantities to 0.40 and in all to 0.41 (measured 0.412 93/226 and 0.425; main 0.385 and
# 0.411; --single quantity 102/240, main 95/240) when a figure one article alone gives against the
# value the others agree on, or the only other value of a counted thing, became a conflict in few
# shared words (judge.lone_value_links), for three true conflicts more and no false one.
# Raised for quantities to 0.42 and in all to 0.44 (measured 0.434 and 0.457; --single quantity
# 107/240, main 102/240) when ages two people share, parts of a whole, records after "he was",
# counts before a hyphened measure and ages a rule sets came to be extracted (extract.quantities).
# Raised for dates to 0.36 (measured 0.364, 43/118 new; caught 44/119, main cf6f091 40/119;
# --kind date 53/119, main 50/119) when dates of one key, clause events through "which" and accusations, years
# of one background fact in alike words, and one event word between articles sharing facts as a
# pair became conflicts (judge_dates, date_events).
# Raised for quantities to 0.44 and in all to 0.46 (measured 0.464 102/220 and 0.483; main c92f11f
# 0.439 and 0.470) when a figure changed in a near copy of another article's sentence, a lone record one part
# apart and ordinals one of whose modifiers adds to the other's became conflicts (judge.NEAR_COPY,
# judge._one_part_apart, judge._one_ranking), for one true conflict more and no false one.
# Raised for quantities to 0.48 (measured new rate 0.486 107/220, caught 123/240, all 222/436; main
# 3876b17 0.468 103/220, 119/240 and 218/436) when a lone measure against a backed one
# (judge._measure), records beside an age ("the 41-year-old X, 30-2": judge._COMPOUND_SPAN) and
# scores of one game whose sentence names a season (judge._scores) became conflicts; no dev
# finding changed.
# Raised for dates to 0.38 and in all to 0.49 (measured 0.390 46/118 and 0.502 208/414; main 8ed8b8e
# 0.364 and 0.495) when days came to be judged with cores in which facts every article states weigh
# a little (events.CORE_SMOOTH), with dev scores, noise and spanning unchanged.
# Kept at 0.48 when judge._measure was removed (two players' contracts became a conflict): measured
# new rate 0.491 108/220, caught 124/240, all 228/436 (main b70e389 0.495, 125/240, 229/436).
# Raised after the tenth session (2026-12-05): measured new rates quantity 0.514 (113/220), date 0.475
# (56/118), person-role 0.830 (44/53), place 0.682 (15/22), all 0.552 (228/413) at main after its reviews.
DEV_CATCH_RATES = {"quantity": 0.50, "date": 0.46, "person-role": 0.81, "place": 0.65, None: 0.54}
DEV_MIN_TRIED = 400  # the instrument itself must not quietly stop mutating


def test_dev_mutation_catch_rate_does_not_fall():
    if not DEV.is_dir():
        pytest.skip(f"no dev corpora at {DEV}")
    result = run(gold_files([DEV]))
    assert len(result.tried) >= DEV_MIN_TRIED, len(result.tried)
    for kind, level in DEV_CATCH_RATES.items():
        tally = result.tally(kind)
        assert tally.new_rate is not None and tally.new_rate >= level, tally
