"""The quality ratchet: scores on the seed gold (corpus/gold.toml) and, pooled, on the 24 real
stories of ../shared/dev-corpora never fall below these levels.

Raise a threshold when quality improves; never lower one without saying why in the commit.
"""

from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.evaluate import evaluate, load_gold, texts_of
from factcheck.models import Verdict

ROOT = Path(__file__).parent.parent

# verdict: (precision, recall), the levels reached on the seed corpus
THRESHOLDS = {
    Verdict.CONFLICT: (1.0, 1.0),
    # 15 of 36: the others are real agreements the seed gold does not list: articles naming the same
    # people, places and organisations (China, Beijing, Wang Xiaohong...), printing the same
    # unattributed quotation, giving November 2023 for the summit inside a group the gold calls
    # compatible as a whole. The dev gold lists such agreements (see DEV_THRESHOLDS).
    Verdict.AGREE: (0.4, 1.0),
    # 4 of 8: 'more than 100,000' against '100,000' is compatible, as docs/gold-format.md and the
    # dev gold have it (the seed gold calls it agree); the others are plausible, unlisted pairs
    Verdict.COMPATIBLE: (0.5, 1.0),
    Verdict.DISTINCT: (1.0, 1.0),
}
SINGLE_RECALL = 1.0
MAX_JUNK = 0
MAX_FALSE_ALARMS = 0


@pytest.fixture(scope="module")
def seed():
    gold = load_gold(ROOT / "corpus" / "gold.toml", ROOT / "corpus")
    report = check([gold.corpus])
    return evaluate(report, gold, texts_of(report))


@pytest.mark.parametrize("verdict", list(THRESHOLDS), ids=lambda v: v.value)
def test_precision_and_recall_do_not_fall(seed, verdict):
    precision, recall = THRESHOLDS[verdict]
    score = seed.score(verdict)
    assert score.precision is not None and score.precision >= precision, (verdict, score)
    assert score.recall is not None and score.recall >= recall, (verdict, score)


def test_single_recall_junk_and_false_alarms(seed):
    assert seed.single_recall >= SINGLE_RECALL
    assert seed.junk <= MAX_JUNK
    assert seed.false_alarm_count <= MAX_FALSE_ALARMS


DEV = ROOT.parent / "shared" / "dev-corpora"
# pooled over the dev stories: verdict -> (precision, recall)
DEV_THRESHOLDS = {
    # recall 0.16 -> 0.15 (22 -> 21 of 133) when a conflict stopped showing claims of articles
    # placed in an event of their own: one gold conflict was covered only through such a claim;
    # with both halves of each dev topic in one folder no conflict spans two events any more
    # precision 0.62 -> 0.60 (27/43 -> 26/43) when "the death toll stood at 5" became a death
    # count: one dev article moved to another event and its true conflict went with it
    # 0.62 -> 0.65 when a figure of an earlier dated event stopped contradicting the reported one's
    # (judge._dated_apart): 0.67 (28/42) measured
    # 0.65 -> 0.70 with bounds ("as of 4 p.m."), fragments framed by the reporter and unattributed
    # quotes needing near-equal words: 0.72 (28/39) measured
    # recall 0.16 -> 0.17, agree (0.69, 0.77) -> (0.70, 0.78), extracted 0.87 -> 0.89 when
    # quantities learnt records where a side stands, votes, others, measures and areas
    # 0.70 -> 0.74 when the verb nearest a count of people says what it counts: 0.77 (30/39)
    # recall 0.17 -> 0.20 when fragments of complete linkage joined their event's core
    # (events.CORE) and a figure of an earlier event named the sentence before stopped conflicting:
    # 0.76 (34/45) / 0.21 (28/133) measured
    # precision 0.70 -> 0.75 when a statement's day ("said Saturday"), a date bounded through a
    # clock time ("until about 5 a.m. Saturday") and event places tied to another noun stopped
    # conflicting: 0.77 (30/39) measured
    # both together: 0.81 (34/42) / 0.21 (28/133) measured at the merge of dp
    # recall 0.20 -> 0.22 when figures said in few alike words became comparable
    # (judge.CONFLICT_LINK_SHORT): 0.78 (36/46) / 0.23 (30/133) measured
    # 0.80 (36/45) / 0.23 once a duration after another event was keyed apart
    # (0.78, 0.22) -> (0.80, 0.28) when quotations over several lines (one sentence a line) were
    # read to their closing line, with their speaker, and a short phrase quoted with a word put
    # into it became a conflict: 0.87 (45/52) / 0.29 (39/133) measured (main 0.85 (39/46) / 0.25);
    # leave-one-story-out 0.83 (43/52) / 0.28 (37/133)
    # recall 0.28 -> 0.30 when two names beside one rarely named thing became one person named two
    # ways (judge_roles.RARE_THING): 0.87 (46/53) / 0.30 (40/133) measured
    # recall 0.30 -> 0.31 when reports split two against two over one named event's date became
    # a conflict (judge_dates.split_links): 0.87 (48/55) / 0.32 (42/133) measured (main 0.87
    # (47/54) / 0.31); leave-one-story-out 0.84 (46/55) / 0.30 (40/133)
    # precision 0.80 -> 0.85 with the ordinal and role rules (judge._shared_beyond_names,
    # judge._AS_ROLE), quantity similarity 0.2, durations by activity, temperatures and the dates
    # merge: 0.87 (48/55) / 0.32 (42/133) measured; leave-one-story-out 0.84 (46/55) / 0.30
    # recall 0.31 -> 0.33 with names, homes, birthplaces, colours and unnamed speakers' quotes
    # (judge_roles, judge_place_conflicts, judge_colours, judge_quotations.UNNAMED_RUN):
    # 0.88 (51/58) / 0.34 (45/133) measured
    # recall 0.33 -> 0.35 with telephone numbers, vessel classes and quotes sharing half their words
    # (judge_designations, judge_colours, quotes.MIN_SHARED_FRACTION): 0.89 (54/61) / 0.36 (48/133)
    # measured; leave-one-story-out 0.85 (52/61) / 0.35 (46/133) (main 0.84 (46/55) / 0.30)
    # recall 0.31 -> 0.33 when a figure one article alone gives against the value the others agree
    # on, or the only other value of a counted thing, became a conflict in fewer shared words
    # (judge.lone_value_links): 0.88 (51/58) / 0.34 (45/133) measured; leave-one-story-out 0.84
    # (49/58) / 0.32 (43/133)
    # recall 0.35 -> 0.37 with both of the above together: 0.89 (57/64) / 0.38 (51/133) measured;
    # leave-one-story-out 0.86 (55/64) / 0.37 (49/133)
    # (0.85, 0.37) -> (0.87, 0.38) when cores of one event most of whose pairs share facts were
    # joined (events._merge) with guards for what that exposed: 0.894 (59/66), recall 0.391 measured
    # recall 0.38 -> 0.39 when people sent "to monitor" a vote became observers: 0.896 (60/67),
    # 0.398 (53/133) measured
    # recall 0.39 -> 0.41 with a part counted as more than the whole (judge._part_exceeds_whole):
    # 0.886 (62/70), 0.414 (55/133) measured; leave-one-story-out 0.87 (61/70) / 0.41 (54/133)
    # recall 0.41 -> 0.42 with a surname given without its joined particle (judge_roles
    # ._particle_dropped) and an organisation's two initials transposed (judge_mentions
    # .transposed_initials), two gold conflicts: 0.889 (64/72), 0.429 (57/133) measured
    # kept at 0.42 when the particle came to need the usual links between two names (mendC): the
    # particle conflict lost, 0.889 (64/72), 0.429 (57/133); leave-one-story-out 0.88 (63/72) / 0.42
    # (56/133) (main b70e389 0.890 (65/73), 0.436 (58/133); 0.88 / 0.43)
    # 0.42 -> 0.46 when a vague figure fitting both sides no longer hides a lone figure
    # (judge.lone_value_links): 0.896 (69/77), 0.466 (62/133); leave-one-story-out the same (main
    # 40bdc4c 0.893, 0.451)
    Verdict.CONFLICT: (0.87, 0.46),
    # agree recall 0.78 -> 0.79, compatible 0.22 -> 0.26 when words after a number that are no
    # nouns stopped keying quantities ("10,000 gathered", "about 30 years old", "deal worth
    # nearly"): 0.79 (600/755), 0.26 (57/217) measured
    # agree recall 0.79 -> 0.80 with durations keyed by their activity, "a pair of", "one-seat":
    # 0.81 (608/755) measured after the quotes merge
    # 0.813 (614/755) -> 0.816 (616/755) with streets abbreviated or numbered in words and a
    # sentence-opening "Former" kept out of names (judge_mentions._street, extract.mentions)
    # 0.816 (616/755) -> 0.826 (624/755) with counted-noun classes (riot / rioting / clash, booth /
    # polling station), magnitudes said with "strength" / "degree", more nouns of people wounded,
    # a length beside a weight read as a height, a lone figure repeating another's value in alike
    # words (match._repeated_figures), "a half century" / "an hour and a half" read (qk branch)
    # 0.830 (627/755) -> 0.832 (628/755) when one day, month or year of one event named in other
    # words is grouped (match._same_date_links)
    # -> 0.834 (630/755) with charges read ("charged with arson": extract.roles._charge_claims,
    # judge_roles.judge_charges; every new agree finding correct, precision 0.718 -> 0.720)
    # -> 0.840 with where a shot struck and a fire began (extract.event_places._spot_claims)
    Verdict.AGREE: (0.71, 0.83),
    # compatible recall 0.26 -> 0.27 when a whole sentence quoted trimmed of words the other article
    # quotes became compatible (quotes.compare_quotes: trimmed): 0.28 (60/217), precision 0.33
    # compatible recall 0.26 -> 0.27 when a town written with its country after it ("Town,
    # Country") made an article naming only the country vaguer, and a country closing a sentence
    # counted as named for resolving namesakes: 0.33 (73/220) / 0.27 (59/217) measured
    # both merged: 0.29 (62/217) measured
    # compatible recall 0.29 -> 0.33, precision 0.34 -> 0.36 with named things said more or less
    # precisely (judge_mentions: an organisation's short form, a street without its corner, a
    # shorter list of names, near a city / in a town beside it): 0.37 (85/232) / 0.34 (73/217)
    # measured (main 0.35 (77/222) / 0.29 (64/217))
    # compatible recall 0.34 -> 0.35 with places said more or less precisely in alike sentences
    # (judge_mentions: a country alone / a city in it, a hedged place, near / a distance from a
    # place): 0.38 (90/239) / 0.35 (76/217) measured (main 0.37 (85/232) / 0.34 (73/217))
    # precision 0.38 -> 0.39 when a country named alone made an article vaguer only about where
    # someone is from (judge_mentions._place_containment): 0.39 (91/232) / 0.35 (77/217) measured;
    # the one gold lost was covered only through the finer place's own mentions
    # compatible recall 0.35 -> 0.37 when agreements some articles hedge ("possibly two", "believed
    # to be") were reported once more as compatible (hedges.hedged_agreements; it replaces
    # judge_mentions' hedged places): 0.40 (93/234) / 0.37 (80/217) measured
    # and with a bound the value was read without ("until at least Monday"): 0.40 (94/235) /
    # 0.37 (81/217) measured
    # 0.36 (79/217) at main 4a6825e -> 0.38 (82/217), precision 0.41 (96/234), with two lone figures
    # of one thing told with different precision (hedges.near_figures: "about"/"nearly" one value,
    # a figure and a bound on it, a decimal and its whole part)
    # 0.38 (83/217), precision 0.41 (97/235), with a decade agreed on that some articles give as the
    # start of a span ("the 1960s and 1970s": hedges.widened_spans)
    # 0.39 (84/217) -> 0.41 (88/217), precision 0.41 -> 0.43 (103/240), with overlapping parts of
    # a city and an unnamed building beside a named one (judge_mentions._city_parts,
    # unnamed_facilities), and a title with its jurisdiction left out joining the full title's
    # agreement, not a compatible (judge_roles._title_classes: 7 wrong compatibles, gold agreements)
    # 0.41 -> 0.41 (90/217), precision 0.43 (105/242), with "a nearby clinic" / "a suburban
    # prison" forms beside a named one (judge_mentions.unnamed_facilities reads the article texts)
    # 0.41, precision 0.43 (2 more tool compatibles, not gold): unnamed buildings read from the main text's
    # sentences; a plain title two different narrower titles narrow joins neither (judge_roles)
    # 0.419 (91/217) -> 0.429 (93/217), precision 0.431 -> 0.438 (110/251), with weekends read as
    # dates ("at the weekend": its Saturday and Sunday, or a symbol holding them; dates.scan_weekends)
    # 0.429 -> 0.433 (94/217): one named person's home given as a city and as a small town beside it
    # (judge_place_conflicts._home_in_district)
    Verdict.COMPATIBLE: (0.35, 0.41),
}
DEV_EXTRACTED = 0.90  # 0.905 -> 0.913: charges and spots read (extract.roles, extract.event_places)
DEV_MAX_JUNK = 14
DEV_MAX_FALSE_ALARMS = 15
"""Conflicts that set against each other two claims a gold agree, compatible or distinct finding
holds (``factcheck.evaluate``). Until the twelfth session the evaluator counted any conflict covering
such a finding, so a correct conflict ("80 vs 70") listing both reports of its majority value
counted as an alarm for their gold agreement: 53 at 40bdc4c, 38 of them correct conflicts. The 15 now are
five quotes given in other words by one speaker, three hauls of one raid against its total, two
names (a company spelled two ways, a suspect named two ways), a town of one suspect's home, a
record, two pairs of counts and a magnitude a report gives for another agency."""


@pytest.fixture(scope="module")
def dev():
    from factcheck.api import Options
    from factcheck.evaluate import gold_files, pool

    if not DEV.is_dir():
        pytest.skip(f"no dev corpora at {DEV}")
    evaluations = []
    for path in gold_files([DEV]):
        gold = load_gold(path)
        report = check([gold.corpus], Options(jobs=1))
        evaluations.append(evaluate(report, gold, texts_of(report)))
    return pool(evaluations)


@pytest.mark.parametrize("verdict", list(DEV_THRESHOLDS), ids=lambda v: v.value)
def test_dev_scores_do_not_fall(dev, verdict):
    precision, recall = DEV_THRESHOLDS[verdict]
    score = next(s for s in dev.scores if s.verdict is verdict)
    if precision is not None:
        assert score.precision is not None and score.precision >= precision, (verdict, score)
    assert score.recall is not None and score.recall >= recall, (verdict, score)


def test_dev_extraction_junk_and_false_alarms(dev):
    extracted = sum(k.extracted for k in dev.extraction) / sum(k.total for k in dev.extraction)
    assert extracted >= DEV_EXTRACTED, dev.extraction
    assert dev.junk <= DEV_MAX_JUNK
    assert dev.false_alarms <= DEV_MAX_FALSE_ALARMS


DEV_MAX_SPANNING = 0
"""Conflicts whose claims belong to the two events of one dev topic, with both halves (``ecbNN_ecb``
and ``ecbNN_ecbplus``: two events of one kind) in one folder: none, as issue 19 asks."""


def test_two_events_of_one_kind_in_one_folder_are_rarely_compared(tmp_path):
    from factcheck.api import Options

    root = DEV / "ecb"
    if not root.is_dir():
        pytest.skip(f"no dev corpora at {root}")
    spanning = []
    for first in sorted(root.glob("ecb*_ecb")):
        second = first.with_name(first.name + "plus")
        if not second.is_dir():
            continue
        folder = tmp_path / first.name
        folder.mkdir()
        for half in (first, second):
            for article in half.glob("*.txt"):
                (folder / f"{half.name}-{article.name}").write_bytes(article.read_bytes())
        report = check([folder], Options(jobs=1))
        for f in report.by_verdict(Verdict.CONFLICT):
            halves = {c.location.article.endswith("plus.txt") for c in f.claims}
            if len(halves) == 2:
                spanning.append((first.name, f.explanation))
    assert len(spanning) <= DEV_MAX_SPANNING, spanning
