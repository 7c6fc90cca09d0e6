"""Verdicts on small hand-made groups."""

from pathlib import Path

from factcheck.api import check
from factcheck.models import Verdict


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_exact_figures_that_differ_are_a_high_conflict(tmp_path):
    report = check(
        [
            _corpus(
                tmp_path,
                {
                    "a.txt": "The ministry added 31 new chemicals to its list of banned substances on Friday.",
                    "b.txt": "On Friday the ministry added 30 new chemicals to the list of banned substances.",
                },
            )
        ]
    )
    conflicts = report.by_verdict(Verdict.CONFLICT)
    assert len(conflicts) == 1
    assert conflicts[0].severity.value == "high"
    assert {c.surface for c in conflicts[0].claims} == {"31 new chemicals", "30 new chemicals"}


def test_unlike_claims_with_one_key_stay_listed_as_single_source(tmp_path):
    report = check(
        [
            _corpus(
                tmp_path,
                {
                    "a.txt": "Rescuers pulled 12 survivors from the rubble of the collapsed mall.",
                    "b.txt": "A charity appeal has helped 40 survivors of last year's flood rebuild homes.",
                },
            )
        ]
    )
    assert not report.by_verdict(Verdict.CONFLICT)
    singles = {c.surface for f in report.by_verdict(Verdict.SINGLE_SOURCE) for c in f.claims}
    assert {"12 survivors", "40 survivors"} <= singles


def test_rounded_and_qualified_figures_agree(tmp_path):
    report = check(
        [
            _corpus(
                tmp_path,
                {
                    "a.txt": "The floods have displaced more than 200,000 people across the province, officials said.",
                    "b.txt": "Officials said floods across the province had displaced 200,000 people.",
                },
            )
        ]
    )
    agree = report.by_verdict(Verdict.AGREE)
    assert len(agree) == 1
    assert len(agree[0].articles) == 2


def test_relative_tolerance_setting_narrows_rounded_figures(tmp_path):
    from factcheck.api import Options

    corpus = _corpus(
        tmp_path,
        {
            "a.txt": "The regional government said the floods displaced 100,000 people in the river delta.",
            "b.txt": "The regional government said floods in the river delta displaced 95,000 people.",
        },
    )
    loose = check([corpus])
    tight = check([corpus], Options(tolerances={"relative": 0.01}))
    assert [f.verdict for f in loose.findings if f.key == "people"] == [Verdict.COMPATIBLE]
    assert [f.verdict for f in tight.findings if f.key == "people"] == [Verdict.CONFLICT]
