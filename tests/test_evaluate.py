"""Scoring a report against a gold file: hand-made corpora and hand-built reports, exact numbers."""

from __future__ import annotations

import dataclasses
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.evaluate import (
    Gold,
    GoldAnchors,
    GoldClaim,
    GoldFinding,
    evaluate,
    evaluation_json,
    load_gold,
    render_evaluation_text,
    texts_of,
)
from factcheck.load import load_paths
from factcheck.models import Claim, ClaimKind, Finding, Interval, Location, Report, Severity, Verdict

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "evaluate"
BASIC = DATA / "basic"
ERRORS = DATA / "errors"


# -- helpers ---------------------------------------------------------------------------------------


def _texts(corpus: Path = BASIC) -> dict[str, str]:
    return {a.name: a.text for a in load_paths([corpus]).articles}


TEXTS = _texts()


def claim(article: str, surface: str, kind: ClaimKind = ClaimKind.QUANTITY, texts: dict[str, str] = TEXTS) -> Claim:
    """A claim on the first occurrence of ``surface`` in ``article``."""
    text = texts[article]
    start = text.index(surface)
    end = start + len(surface)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Claim(
        kind=kind,
        key="k",
        value=None,
        display=surface,
        unit="",
        location=Location(article, start, end, line, column),
        sentence=surface,
        surface=surface,
    )


def span_claim(article: str, start: int, end: int) -> Claim:
    return Claim(
        kind=ClaimKind.QUANTITY,
        key="k",
        value=None,
        display="x",
        unit="",
        location=Location(article, start, end, 1, start + 1),
        sentence="x",
        surface=TEXTS[article][start:end],
    )


def finding(fid: str, verdict: Verdict, *claims: Claim) -> Finding:
    return Finding(
        id=fid,
        verdict=verdict,
        severity=Severity.HIGH if verdict is Verdict.CONFLICT else Severity.NONE,
        kind=claims[0].kind,
        key="k",
        claims=tuple(claims),
        explanation=f"explanation of {fid}",
    )


def report(findings: list[Finding], extra: tuple[Claim, ...] | list[Claim] = ()) -> Report:
    claims: dict[str, Claim] = {}
    for f in findings:
        for c in f.claims:
            claims.setdefault(c.id, c)
    for c in extra:
        claims.setdefault(c.id, c)
    articles = load_paths([BASIC]).articles
    return Report(articles=articles, claims=tuple(claims.values()), findings=tuple(findings))


# The claims the basic report is built from.
A46 = claim("a.txt", "46")
B45 = claim("b.txt", "45")
A300 = claim("a.txt", "300")
C300 = claim("c.txt", "300")
B_HUNDREDS = claim("b.txt", "Hundreds")
A_GUPTA = claim("a.txt", "Rahul Gupta", ClaimKind.PERSON_ROLE)
B_GUPTA = claim("b.txt", "Gupta", ClaimKind.PERSON_ROLE)
A_YEAR = claim("a.txt", "this year", ClaimKind.DATE)
B_LIST = claim("b.txt", "control list", ClaimKind.ORGANISATION)
C_OFFICIALS = claim("c.txt", "12 officials")
B_OPENING = claim("b.txt", "the opening", ClaimKind.DATE)
A_REUTERS = claim("a.txt", "Reuters", ClaimKind.ORGANISATION)
B_DOLLAR = claim("b.txt", "1 dollar")


def basic_report() -> Report:
    return report(
        [
            finding("T1", Verdict.CONFLICT, A46, B45),  # finds 'substances'
            finding("T2", Verdict.CONFLICT, A300, C300),  # 'attendance' is agree: wrong verdict, false alarm
            finding("T3", Verdict.AGREE, A_GUPTA, B_GUPTA),  # finds 'speaker'
            finding("T4", Verdict.CONFLICT, B_HUNDREDS, C300),  # covers only the either finding: ignored
            finding("T5", Verdict.CONFLICT, A_YEAR, B_LIST),  # matches no gold claim: wrong
            finding("T6", Verdict.SINGLE_SOURCE, C_OFFICIALS),  # never scored
        ],
        extra=[B_OPENING, A_REUTERS, B_DOLLAR],
    )


@pytest.fixture(scope="module")
def gold() -> Gold:
    return load_gold(BASIC / "gold.toml")


@pytest.fixture(scope="module")
def basic(gold: Gold):
    return evaluate(basic_report(), gold, TEXTS)


# -- load_gold -------------------------------------------------------------------------------------


def test_load_basic_gold(gold: Gold) -> None:
    assert gold.corpus == BASIC
    assert [f.id for f in gold.findings] == ["substances", "venue", "attendance", "speaker", "crowd-vague", "talks-day"]
    assert [f.verdict for f in gold.findings] == ["conflict", "conflict", "agree", "agree", "either", "distinct"]
    assert gold.findings[0].claims[0] == GoldClaim("a.txt", "46 new substances", "46")
    assert gold.findings[0].kind == "quantity"
    assert gold.findings[2].note == "'about 300' and 'roughly 300' agree"
    assert gold.findings[1].note == ""
    assert [(s.article, s.anchors) for s in gold.singles] == [
        ("c.txt", ("12 officials", "good start")),
        ("b.txt", ("the opening",)),
    ]
    assert [(j.article, j.anchors) for j in gold.junk] == [
        ("a.txt", ("Photo: Reuters",)),
        ("b.txt", ("subscribe for 1 dollar",)),
    ]


def test_seed_gold_loads() -> None:
    gold = load_gold(ROOT / "corpus" / "gold.toml")
    assert gold.corpus.resolve() == (ROOT / "corpus").resolve()
    assert len(gold.findings) == 21
    assert sum(len(s.anchors) for s in gold.singles) == 12
    assert sum(len(j.anchors) for j in gold.junk) == 11


def test_corpus_override_wins(tmp_path: Path) -> None:
    gold_file = tmp_path / "gold.toml"
    gold_file.write_text((BASIC / "gold.toml").read_text(encoding="utf-8").replace('path = "."', 'path = "nowhere"'))
    with pytest.raises(FactcheckError, match="nowhere"):
        load_gold(gold_file)
    assert load_gold(gold_file, corpus=BASIC).corpus == BASIC


def test_corpus_path_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # gold in tmp/golds/gold.toml, path = "corpus": tried golds/corpus, then ./corpus, then tmp/corpus
    golds = tmp_path / "golds"
    golds.mkdir()
    gold_file = golds / "gold.toml"
    gold_file.write_text((BASIC / "gold.toml").read_text(encoding="utf-8").replace('path = "."', 'path = "corpus"'))
    shutil.copytree(BASIC, tmp_path / "corpus")
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    assert load_gold(gold_file).corpus == tmp_path / "corpus"  # the gold file's parent folder
    shutil.copytree(BASIC, cwd / "corpus")
    assert load_gold(gold_file).corpus == cwd / "corpus"  # the current directory comes before
    shutil.copytree(BASIC, golds / "corpus")
    assert load_gold(gold_file).corpus == golds / "corpus"  # the gold file's folder comes first


def test_missing_corpus_table_means_gold_folder(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        shutil.copy(BASIC / name, tmp_path / name)
    gold_file = tmp_path / "gold.toml"
    gold_file.write_text(
        '[[finding]]\nid = "x"\nkind = "quantity"\nverdict = "conflict"\n'
        'claims = [{ article = "a.txt", anchor = "46" }, { article = "b.txt", anchor = "45" }]\n'
    )
    gold = load_gold(gold_file)
    assert gold.corpus == tmp_path
    assert gold.singles == () and gold.junk == ()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("malformed.toml", "malformed.toml: malformed TOML: Invalid value (at line 6, column 11)"),
        (
            "bad-anchor.toml",
            "bad-anchor.toml:10: finding 'substances': anchor '47 new substances' is not an exact substring of b.txt",
        ),
        ("missing-article.toml", "missing-article.toml:10: finding 'substances': article 'd.txt' not found in corpus"),
        ("unknown-verdict.toml", "unknown-verdict.toml:7: finding 'substances': unknown verdict 'contradiction'"),
        ("missing-field.toml", "missing-field.toml:4: [[finding]] #1: missing 'id'"),
        ("wrong-type.toml", "wrong-type.toml:15: [[single]] #1: 'anchors' must be an array of strings"),
        (
            "bad-junk-anchor.toml",
            "bad-junk-anchor.toml:10: [[junk]] #2: anchor 'Photo: AP' is not an exact substring of b.txt",
        ),
    ],
)
def test_load_errors(name: str, message: str) -> None:
    path = ERRORS / name
    with pytest.raises(FactcheckError) as info:
        load_gold(path)
    text = str(info.value)
    assert text.startswith(str(path))
    assert message in text
    assert "\n" not in text


def test_missing_gold_file() -> None:
    with pytest.raises(FactcheckError, match=r"nope\.toml: no such gold file"):
        load_gold(ERRORS / "nope.toml")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('id = "x"\nkind = "quantity"\nverdict = "agree"\nclaims = [{ article = "a.txt", anchor = "46" }]', "two"),
        ('id = "x"\nkind = "number"\nverdict = "agree"\nclaims = []', "unknown kind 'number'"),
        ('id = 3\nkind = "quantity"\nverdict = "agree"\nclaims = []', "'id' must be a string, got an integer"),
        ('id = "x"\nkind = "quantity"\nverdict = "agree"\nclaims = [{ article = "a.txt", anchr = "46" }]', "'anchr'"),
        ('id = "x"\nkind = "quantity"\nverdict = "agree"\nclaims = [{ article = "a.txt", anchor = "" }]', "empty"),
    ],
)
def test_field_errors(tmp_path: Path, body: str, message: str) -> None:
    gold_file = tmp_path / "g.toml"
    gold_file.write_text(f'[corpus]\npath = "{BASIC.as_posix()}"\n\n[[finding]]\n{body}\n')
    with pytest.raises(FactcheckError) as info:
        load_gold(gold_file)
    assert str(info.value).startswith(str(gold_file))
    assert message in str(info.value)


def test_duplicate_id(tmp_path: Path) -> None:
    entry = (
        '[[finding]]\nid = "x"\nkind = "quantity"\nverdict = "agree"\n'
        'claims = [{ article = "a.txt", anchor = "46" }, { article = "b.txt", anchor = "45" }]\n'
    )
    gold_file = tmp_path / "g.toml"
    gold_file.write_text(f'[corpus]\npath = "{BASIC.as_posix()}"\n\n{entry}\n{entry}')
    with pytest.raises(FactcheckError, match=r"g\.toml:11: finding 'x': duplicate id"):
        load_gold(gold_file)


# -- evaluate: the basic corpus --------------------------------------------------------------------


def test_conflict_scores(basic) -> None:
    s = basic.score(Verdict.CONFLICT)
    assert (s.correct, s.tool, s.ignored, s.found, s.gold) == (1, 3, 1, 1, 2)
    assert s.precision == pytest.approx(1 / 3)
    assert s.recall == pytest.approx(1 / 2)
    assert s.f1 == pytest.approx(0.4)


def test_agree_scores(basic) -> None:
    s = basic.score(Verdict.AGREE)
    assert (s.correct, s.tool, s.ignored, s.found, s.gold) == (1, 1, 0, 1, 2)
    assert s.precision == 1.0
    assert s.recall == 0.5
    assert s.f1 == pytest.approx(2 / 3)


def test_empty_denominators_are_none(basic) -> None:
    compatible = basic.score(Verdict.COMPATIBLE)
    assert (compatible.precision, compatible.recall, compatible.f1) == (None, None, None)
    distinct = basic.score(Verdict.DISTINCT)
    assert (distinct.precision, distinct.recall, distinct.f1) == (None, 0.0, None)


def test_statuses(basic) -> None:
    got = [(r.gold.id, r.status, r.tool.id if r.tool else None) for r in basic.results]
    assert got == [
        ("substances", "found", "T1"),
        ("venue", "missed", None),
        ("attendance", "wrong-verdict", "T2"),
        ("speaker", "found", "T3"),
        ("crowd-vague", "unscored", "T4"),
        ("talks-day", "missed", None),
    ]


def test_tool_outcomes(basic) -> None:
    got = [(t.finding.id, t.outcome, t.covers) for t in basic.tool_results]
    assert got == [
        ("T1", "correct", ("substances",)),
        ("T2", "wrong", ("attendance",)),
        ("T3", "correct", ("speaker",)),
        ("T4", "ignored", ("crowd-vague",)),  # it also touches 'attendance', but in one article only
        ("T5", "wrong", ()),
    ]


def test_false_alarms(basic) -> None:
    assert basic.false_alarm_count == 1
    assert [(a.finding.id, a.gold) for a in basic.false_alarms] == [("T2", ("attendance",))]


def test_single_recall(basic) -> None:
    assert (basic.single_found, basic.single_total) == (2, 3)
    assert basic.single_recall == pytest.approx(2 / 3)
    assert basic.single_missed == (("c.txt", "good start"),)


def test_junk(basic) -> None:
    assert basic.junk == 2
    assert sorted((h.claim.surface, h.anchor) for h in basic.junk_claims) == [
        ("1 dollar", "subscribe for 1 dollar"),
        ("Reuters", "Photo: Reuters"),
    ]


def test_a_claim_read_again_at_judging_as_another_kind_is_junk_once(gold: Gold) -> None:
    # a name extracted as a person and judged as a place (judge_mentions.one_kind_per_name): two
    # claims by id, one claim of the text
    person = claim("a.txt", "Reuters", ClaimKind.PERSON_ROLE)
    reread = dataclasses.replace(person, kind=ClaimKind.PLACE)
    assert person.id != reread.id
    ev = evaluate(report([finding("T7", Verdict.AGREE, reread)], extra=[person, B_DOLLAR]), gold, TEXTS)
    assert ev.junk == 2
    assert sorted(h.claim.surface for h in ev.junk_claims) == ["1 dollar", "Reuters"]


def test_json(basic) -> None:
    data = evaluation_json(basic)
    json.dumps(data)  # serialisable
    assert list(data["scores"]) == ["conflict", "agree", "compatible", "distinct"]
    assert data["scores"]["conflict"] == {
        "precision": pytest.approx(1 / 3),
        "recall": 0.5,
        "f1": pytest.approx(0.4),
        "tp": 1,
        "tool": 3,
        "ignored": 1,
        "found": 1,
        "gold": 2,
    }
    assert data["scores"]["compatible"]["precision"] is None
    assert data["scores"]["compatible"]["f1"] is None
    assert data["single_recall"] == pytest.approx(2 / 3)
    assert data["junk"] == 2
    assert data["false_alarms"] == 1
    assert data["false_alarm_findings"] == [
        {"id": "T2", "verdict": "conflict", "explanation": "explanation of T2", "gold": ["attendance"]}
    ]
    t1 = {"id": "T1", "verdict": "conflict", "explanation": "explanation of T1"}
    t2 = {"id": "T2", "verdict": "conflict", "explanation": "explanation of T2"}
    t3 = {"id": "T3", "verdict": "agree", "explanation": "explanation of T3"}
    venue = [{"article": "a.txt", "anchor": "held in Beijing"}, {"article": "b.txt", "anchor": "held in Shanghai"}]
    days = [{"article": "a.txt", "anchor": "on Tuesday"}, {"article": "b.txt", "anchor": "on Monday"}]
    assert data["findings"] == [
        {"id": "substances", "kind": "quantity", "verdict": "conflict", "status": "found", "lost": None,
         "unextracted": [], "tool": t1},
        {"id": "venue", "kind": "place", "verdict": "conflict", "status": "missed", "lost": "not-extracted",
         "unextracted": venue, "tool": None},
        {"id": "attendance", "kind": "quantity", "verdict": "agree", "status": "wrong-verdict",
         "lost": "wrong-verdict", "unextracted": [], "tool": t2},
        {"id": "speaker", "kind": "person-role", "verdict": "agree", "status": "found", "lost": None,
         "unextracted": [], "tool": t3},
        {"id": "talks-day", "kind": "date", "verdict": "distinct", "status": "missed", "lost": "not-extracted",
         "unextracted": days, "tool": None},
    ]  # fmt: skip
    assert data["unscored"] == [
        {
            "id": "crowd-vague",
            "verdict": "either",
            "tool": {"id": "T4", "verdict": "conflict", "explanation": "explanation of T4"},
        }
    ]
    assert '"precision": null' in json.dumps(data)


def test_text_rendering(basic) -> None:
    text = render_evaluation_text(basic)
    assert "\x1b[" not in text
    assert all(len(line) <= 100 for line in text.splitlines())
    lines = [" ".join(line.replace("│", " ").replace("┃", " ").split()) for line in text.splitlines()]
    assert "conflict 0.333 0.500 0.400 1/3 1/2 1" in lines
    assert "agree 1.000 0.500 0.667 1/1 1/2 0" in lines
    assert "compatible - - - 0/0 0/0 0" in lines
    assert "distinct - 0.000 - 0/0 0/1 0" in lines
    assert "single recall: 0.667 (2/3)" in lines
    assert "junk: 2" in lines
    assert "false alarms: 1" in lines
    assert "substances conflict found T1 conflict: explanation of T1" in lines
    assert "venue conflict missed: not-extracted -" in lines
    assert "attendance agree wrong-verdict T2 conflict: explanation of T2" in lines
    assert "crowd-vague either unscored T4 conflict: explanation of T4" in lines


# -- evaluate: single rules ------------------------------------------------------------------------


def test_nothing_found() -> None:
    gold = load_gold(BASIC / "gold.toml")
    ev = evaluate(report([]), gold, TEXTS)
    assert [r.status for r in ev.results] == ["missed", "missed", "missed", "missed", "unscored", "missed"]
    conflict = ev.score(Verdict.CONFLICT)
    assert (conflict.precision, conflict.recall, conflict.f1) == (None, 0.0, None)
    assert (ev.single_recall, ev.junk, ev.false_alarm_count) == (0.0, 0, 0)


def test_precision_and_recall_zero_give_f1_zero(gold: Gold) -> None:
    ev = evaluate(report([finding("X", Verdict.CONFLICT, A_YEAR, B_LIST)]), gold, TEXTS)
    s = ev.score(Verdict.CONFLICT)
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)


def test_one_article_is_not_enough(gold: Gold) -> None:
    # 'speaker' is matched in a.txt only (c.txt's "Dr Gupta" is not a gold claim of it)
    ev = evaluate(report([finding("X", Verdict.AGREE, A_GUPTA, claim("c.txt", "Dr Gupta"))]), gold, TEXTS)
    assert ev.results[3].status == "missed"
    s = ev.score(Verdict.AGREE)
    assert (s.correct, s.tool, s.precision) == (0, 1, 0.0)


def test_touching_only_either_claims_is_ignored(gold: Gold) -> None:
    ev = evaluate(report([finding("X", Verdict.AGREE, B_HUNDREDS, claim("c.txt", "Dr Gupta"))]), gold, TEXTS)
    assert [t.outcome for t in ev.tool_results] == ["ignored"]
    s = ev.score(Verdict.AGREE)
    assert (s.correct, s.tool, s.ignored, s.precision) == (0, 0, 1, None)


def test_covering_either_and_scored_counts(gold: Gold) -> None:
    # claims in a, b and c: covers 'attendance' (agree, a + c) and 'crowd-vague' (either, b + c)
    ev = evaluate(report([finding("X", Verdict.AGREE, A300, B_HUNDREDS, C300)]), gold, TEXTS)
    assert [(t.outcome, t.covers) for t in ev.tool_results] == [("correct", ("attendance", "crowd-vague"))]
    assert ev.results[2].status == "found"
    assert ev.results[4].status == "unscored"


def test_conflict_covering_conflict_and_agree_is_correct_and_a_false_alarm(gold: Gold) -> None:
    ev = evaluate(report([finding("X", Verdict.CONFLICT, A46, B45, A300, C300)]), gold, TEXTS)
    assert [t.outcome for t in ev.tool_results] == ["correct"]
    assert [(a.finding.id, a.gold) for a in ev.false_alarms] == [("X", ("attendance",))]
    assert ev.score(Verdict.CONFLICT).precision == 1.0


def test_figures_inside_the_anchors_of_an_agreed_name_are_no_false_alarm(gold: Gold) -> None:
    # two figures set against each other inside the anchors of the agreed name ("Rahul Gupta" /
    # "Gupta, the drug policy director"), as an age is in "Tom Reed, 34,": no second value of the name
    a, b = (
        replace(claim(art, text), value=Interval(v, v))
        for art, text, v in (("a.txt", "Gupta", 34.0), ("b.txt", "Gupta", 43.0))
    )
    ev = evaluate(report([finding("X", Verdict.CONFLICT, a, b)]), gold, TEXTS)
    assert ev.false_alarms == ()
    # two names set against each other there are
    a, b = (
        replace(claim(art, "Gupta", ClaimKind.PERSON_ROLE), text_value=t)
        for art, t in (("a.txt", "gupta"), ("b.txt", "gupte"))
    )
    ev = evaluate(report([finding("X", Verdict.CONFLICT, a, b)]), gold, TEXTS)
    assert [(f.finding.id, f.gold) for f in ev.false_alarms] == [("X", ("speaker",))]


def test_a_conflict_listing_the_agreeing_claims_of_one_side_is_no_false_alarm(gold: Gold) -> None:
    # "46 vs 300": both reports of 300 stand on one side, as the gold agreement on them says
    a300, c300 = (replace(c, value=Interval(300.0, 300.0)) for c in (A300, C300))
    ev = evaluate(report([finding("X", Verdict.CONFLICT, A46, B45, a300, c300)]), gold, TEXTS)
    assert [t.outcome for t in ev.tool_results] == ["correct"]
    assert ev.false_alarms == ()
    # set against each other, they contradict it
    c3000 = replace(c300, value=Interval(3000.0, 3000.0))
    ev = evaluate(report([finding("X", Verdict.CONFLICT, A46, B45, a300, c3000)]), gold, TEXTS)
    assert [(a.finding.id, a.gold) for a in ev.false_alarms] == [("X", ("attendance",))]


def test_distinct_flagged_as_conflict_is_a_false_alarm(gold: Gold) -> None:
    tuesday, monday = claim("a.txt", "Tuesday", ClaimKind.DATE), claim("b.txt", "Monday", ClaimKind.DATE)
    ev = evaluate(report([finding("X", Verdict.CONFLICT, tuesday, monday)]), gold, TEXTS)
    assert ev.results[5].status == "wrong-verdict"
    assert ev.false_alarm_count == 1
    ev = evaluate(report([finding("Y", Verdict.DISTINCT, tuesday, monday)]), gold, TEXTS)
    assert ev.results[5].status == "found"
    assert ev.false_alarm_count == 0
    s = ev.score(Verdict.DISTINCT)
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_found_beats_wrong_verdict(gold: Gold) -> None:
    ev = evaluate(
        report([finding("W", Verdict.AGREE, A46, B45), finding("R", Verdict.CONFLICT, A46, B45)]), gold, TEXTS
    )
    assert (ev.results[0].status, ev.results[0].tool.id) == ("found", "R")
    assert [t.outcome for t in ev.tool_results] == ["wrong", "correct"]


def test_duplicate_tool_findings_both_count(gold: Gold) -> None:
    ev = evaluate(
        report([finding("R1", Verdict.CONFLICT, A46, B45), finding("R2", Verdict.CONFLICT, B45, A46)]), gold, TEXTS
    )
    s = ev.score(Verdict.CONFLICT)
    assert (s.correct, s.tool, s.found, s.gold) == (2, 2, 1, 2)


def test_overlap_is_half_open() -> None:
    text = TEXTS["a.txt"]
    start = text.index("46 new substances")
    end = start + len("46 new substances")
    b45 = B45
    gold = Gold(
        path=Path("g.toml"),
        corpus=BASIC,
        findings=(
            GoldFinding(
                "s", "quantity", "conflict", (GoldClaim("a.txt", "46 new substances"), GoldClaim("b.txt", "45"))
            ),
        ),
    )
    before = span_claim("a.txt", start - 5, start)  # ends where the anchor starts
    after = span_claim("a.txt", end, end + 3)  # starts where the anchor ends
    last = span_claim("a.txt", end - 1, end + 3)  # shares the anchor's last character
    assert evaluate(report([finding("X", Verdict.CONFLICT, before, b45)]), gold, TEXTS).results[0].status == "missed"
    assert evaluate(report([finding("X", Verdict.CONFLICT, after, b45)]), gold, TEXTS).results[0].status == "missed"
    assert evaluate(report([finding("X", Verdict.CONFLICT, last, b45)]), gold, TEXTS).results[0].status == "found"


def test_anchor_uses_first_occurrence() -> None:
    texts = {"x.txt": "300 here, then 300 there.", "y.txt": "about 300."}
    gold = Gold(
        path=Path("g.toml"),
        corpus=BASIC,
        findings=(GoldFinding("n", "quantity", "agree", (GoldClaim("x.txt", "300"), GoldClaim("y.txt", "300"))),),
    )
    y = claim("y.txt", "300", texts=texts)
    first = claim("x.txt", "300 here", texts=texts)
    second = claim("x.txt", "300 there", texts=texts)
    rep = Report(articles=(), claims=(), findings=(finding("F", Verdict.AGREE, first, y),))
    assert evaluate(rep, gold, texts).results[0].status == "found"
    rep = Report(articles=(), claims=(), findings=(finding("F", Verdict.AGREE, second, y),))
    assert evaluate(rep, gold, texts).results[0].status == "missed"


def test_junk_claim_counted_once() -> None:
    # "Reuters" overlaps both anchors but counts once; "2024" overlaps the second
    texts = {"x.txt": "Photo: Reuters 2024"}
    gold = Gold(
        path=Path("g.toml"),
        corpus=BASIC,
        findings=(),
        junk=(GoldAnchors("x.txt", ("Photo: Reuters", "Reuters 2024")),),
    )
    rep = Report(
        articles=(), claims=(claim("x.txt", "Reuters", texts=texts), claim("x.txt", "2024", texts=texts)), findings=()
    )
    ev = evaluate(rep, gold, texts)
    assert ev.junk == 2
    assert [h.anchor for h in ev.junk_claims] == ["Photo: Reuters", "Reuters 2024"]


def test_evaluate_rejects_texts_without_the_gold_article(gold: Gold) -> None:
    with pytest.raises(FactcheckError, match=r"'a\.txt' is not among the checked articles"):
        evaluate(report([]), gold, {"b.txt": TEXTS["b.txt"], "c.txt": TEXTS["c.txt"]})


def test_texts_of() -> None:
    assert texts_of(report([])) == TEXTS


def test_text_rendering_prints_brackets_literally(gold: Gold) -> None:
    odd = Finding(
        id="[bold]T1",
        verdict=Verdict.CONFLICT,
        severity=Severity.HIGH,
        kind=ClaimKind.QUANTITY,
        key="k",
        claims=(A46, B45),
        explanation="46 [red]vs[/red] 45",
    )
    text = render_evaluation_text(evaluate(report([odd]), gold, TEXTS))
    assert "[bold]T1 conflict: 46 [red]vs[/red] 45" in text


# -- where gold findings were lost, extraction per kind, several gold files ------------------------


def test_lost_findings_say_where(basic) -> None:
    lost = {r.gold.id: (r.lost, [(c.article, c.anchor) for c in r.unextracted]) for r in basic.results}
    assert lost["substances"] == ("", [])
    assert lost["attendance"] == ("wrong-verdict", [])
    assert lost["venue"] == ("not-extracted", [("a.txt", "held in Beijing"), ("b.txt", "held in Shanghai")])
    assert lost["talks-day"] == ("not-extracted", [("a.txt", "on Tuesday"), ("b.txt", "on Monday")])
    assert lost["crowd-vague"] == ("", [])  # either: unscored, never lost


def test_not_grouped_when_both_articles_have_claims(gold: Gold) -> None:
    # the venue's claims are extracted in both articles, but no finding puts them together
    beijing, shanghai = claim("a.txt", "Beijing", ClaimKind.PLACE), claim("b.txt", "Shanghai", ClaimKind.PLACE)
    ev = evaluate(report([finding("T1", Verdict.CONFLICT, A46, B45)], extra=[beijing, shanghai]), gold, TEXTS)
    venue = next(r for r in ev.results if r.gold.id == "venue")
    assert (venue.status, venue.lost, venue.unextracted) == ("missed", "not-grouped", ())
    # one article's claim alone is still lost at extraction
    ev = evaluate(report([finding("T1", Verdict.CONFLICT, A46, B45)], extra=[beijing]), gold, TEXTS)
    venue = next(r for r in ev.results if r.gold.id == "venue")
    assert venue.lost == "not-extracted"
    assert [c.article for c in venue.unextracted] == ["b.txt"]


def test_extraction_recall_per_kind(basic) -> None:
    got = {k.kind: (k.extracted, k.total) for k in basic.extraction}
    # quantity: 46, 45, About 300, Roughly 300, Hundreds (5 distinct anchors, all extracted)
    assert got == {"quantity": (5, 5), "place": (0, 2), "person-role": (2, 2), "date": (0, 2)}
    data = evaluation_json(basic)
    assert data["extraction"]["place"] == {"recall": 0.0, "extracted": 0, "total": 2}
    venue = next(f for f in data["findings"] if f["id"] == "venue")
    assert venue["lost"] == "not-extracted"
    assert venue["unextracted"][0] == {"article": "a.txt", "anchor": "held in Beijing"}
    text = render_evaluation_text(basic)
    assert "not extracted: venue: a.txt: 'held in Beijing'" in text
    assert "not extracted: talks-day: b.txt: 'on Monday'" in text


def test_pooled_scores_are_micro_averaged(basic, gold: Gold) -> None:
    from factcheck.evaluate import pool, pooled_json, render_pooled_text

    other = evaluate(report([finding("T1", Verdict.AGREE, A300, C300)]), gold, TEXTS)
    pooled = pool([basic, other])
    conflict = pooled.scores[0]
    assert conflict.verdict is Verdict.CONFLICT
    # basic: T1 correct, T2 wrong, T4 ignored, T5 wrong; other: no conflicts
    assert (conflict.correct, conflict.tool, conflict.found, conflict.gold) == (1, 3, 1, 4)
    agree = pooled.scores[1]
    assert (agree.found, agree.gold) == (2, 4)  # speaker in basic, attendance in other
    assert pooled.false_alarms == 1
    # other extracts only the two 300s
    assert {k.kind: (k.extracted, k.total) for k in pooled.extraction}["quantity"] == (5 + 2, 10)
    rows = {(k, v): counts for k, v, counts in pooled.losses}
    assert rows[("place", "conflict")] == {"found": 0, "wrong-verdict": 0, "not-grouped": 0, "not-extracted": 2}
    assert rows[("quantity", "agree")] == {"found": 1, "wrong-verdict": 1, "not-grouped": 0, "not-extracted": 0}
    data = pooled_json(pooled)
    assert data["pooled"]["scores"]["conflict"]["precision"] == pytest.approx(1 / 3)
    assert len(data["corpora"]) == 2
    text = render_pooled_text(pooled)
    assert "pooled (2)" in text and "0.33 (1/3)" in text


def test_gold_files_from_folders(tmp_path: Path) -> None:
    from factcheck.evaluate import gold_files

    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "gold.toml").write_text("")
    (tmp_path / "two" / "notes.toml").write_text("")
    assert gold_files([tmp_path]) == [tmp_path / "one" / "gold.toml", tmp_path / "two" / "gold.toml"]
    flat = tmp_path / "flat"
    flat.mkdir()
    (flat / "b.toml").write_text("")
    (flat / "a.toml").write_text("")
    assert gold_files([flat, flat / "a.toml"]) == [flat / "a.toml", flat / "b.toml"]
    with pytest.raises(FactcheckError, match="no gold files"):
        gold_files([_empty(tmp_path)])
    with pytest.raises(FactcheckError, match="no such gold file or folder"):
        gold_files([tmp_path / "missing.toml"])


def _empty(root: Path) -> Path:
    folder = root / "empty"
    folder.mkdir()
    return folder


def test_cli_pools_several_gold_files(cli, tmp_path: Path) -> None:
    twice = tmp_path / "twice"
    for name in ("one", "two"):
        shutil.copytree(BASIC, twice / name)
    run = cli("evaluate", str(twice), "--format", "json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["pooled"]["corpora"] == 2
    one, two = data["corpora"]
    assert one["scores"] == two["scores"]  # the same corpus twice...
    for verdict, score in data["pooled"]["scores"].items():  # ...pools to twice its counts
        assert score["gold"] == 2 * one["scores"][verdict]["gold"]
        assert score["found"] == 2 * one["scores"][verdict]["found"]
    text = cli("evaluate", str(twice / "one" / "gold.toml"), str(twice / "two" / "gold.toml")).stdout
    assert "pooled (2)" in text and "where they were lost" in text
    run = cli("evaluate", str(twice), "--corpus", str(BASIC))
    assert run.code == 2 and "--corpus names one corpus, but 2 gold files were given" in run.stderr
