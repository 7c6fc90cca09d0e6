"""Tests for ``judge.HEADLINE_LINES``: a report opening with its outlet's banner line and a blank line
has its headline on the third line; the headline's figure sums up, and a body figure the other
reports contradict is set against theirs all the same (invented texts)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.judge import _headline
from factcheck.models import Claim, ClaimKind, Interval, Location, Verdict


def _claim(sentence: str, surface: str, line: int) -> Claim:
    at = sentence.index(surface)
    return Claim(
        kind=ClaimKind.QUANTITY,
        key="job",
        value=Interval(900, 900),
        display=surface,
        unit="",
        location=Location("a.txt", at, at + len(surface), line, at + 1),
        sentence=sentence,
        surface=surface,
    )


def test_a_headline_under_a_banner_line_is_a_headline() -> None:
    line = "Torvane to shed 900 jobs as Leswick plant shuts"
    assert _headline(_claim(line, "900 jobs", line=3))
    assert not _headline(_claim(line, "900 jobs", line=4))
    assert not _headline(_claim("Torvane will cut 900 jobs.", "900 jobs", line=3))


def test_a_key_facts_line_against_the_crowd_under_a_banner_headline(tmp_path: Path) -> None:
    texts = {
        "a.txt": "MARKET WIRE | Live\n\nTorvane to shed 900 jobs as Leswick plant shuts\n\n"
        "14:20 | At a glance\n- 1,900 jobs will go\n- Plant in Leswick to close\n",
        "b.txt": "Torvane to cut jobs\n\nTorvane said on Tuesday it would cut 900 jobs and close its plant"
        " in Leswick.\n",
        "c.txt": "Leswick plant to close\n\nTorvane will close its Leswick plant and cut 900 jobs, the company said"
        " on Tuesday.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    conflicts = [f for f in report.findings if f.kind is ClaimKind.QUANTITY and f.verdict is Verdict.CONFLICT]
    assert [sorted({c.location.article for c in f.claims}) for f in conflicts] == [["a.txt", "b.txt", "c.txt"]]
    assert "only a.txt gives 1,900 jobs" in conflicts[0].explanation
