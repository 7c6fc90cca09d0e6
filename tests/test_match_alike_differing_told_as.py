"""Tests for the guards of ``match._alike_differing`` on how a lone sum is told (``match._told_as``): a
rate, a hope or a condition, a part of a whole joins no group of the whole sum others give, however
alike the words (invented texts; a reviewer's probes found each a false conflict)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.models import ClaimKind, Report

OWED = {
    "a.txt": "Skellan Rovers sack manager Alvo Vospar\n\nKestrel Rovers dismissed manager Alvo Vospar on Friday after"
    " a run of defeats.\nThe club owes Vospar £4.2 million under his contract, which ran until 2030.\n",
    "b.txt": "Rovers part ways with Vospar\n\nKestrel Rovers fired Alvo Vospar on Friday.\nThe club owes Vospar"
    " £4.2 million under his contract, a club official said.\n",
}


def _check(folder: Path, third: str) -> Report:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in {**OWED, "c.txt": "Vospar gone at Skellan\n\n" + third + "\n"}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return check([folder])


def _conflicted(report: Report, surface: str) -> bool:
    return any(
        f.kind is ClaimKind.QUANTITY and f.verdict.value == "conflict" and any(surface in c.surface for c in f.claims)
        for f in report.findings
    )


def test_the_whole_sum_told_differently_still_joins(tmp_path: Path) -> None:
    report = _check(tmp_path, "Paying off Vospar's contract will cost the club about £3.1 million, the official said.")
    assert _conflicted(report, "£3.1 million")


@pytest.mark.parametrize(
    "sentence",
    [
        # a rate: a successor's pay by the season, not the sum owed
        "Hiring a successor on a similar contract will cost the club about £3.1 million a season, the official said.",
        # a hope: what the club wished it would cost, not what it owes
        "The club had hoped paying off Vospar's contract would cost it no more than £3.1 million, the official said.",
        # a part: the first instalment of the sum, not the sum
        "The first instalment of Vospar's contract payoff will cost the club about £1.4 million, the official said.",
    ],
)
def test_a_sum_told_as_a_rate_a_hope_or_a_part_is_not_joined(tmp_path: Path, sentence: str) -> None:
    report = _check(tmp_path, sentence)
    assert not _conflicted(report, "£4.2 million")


def test_told_as() -> None:
    from factcheck.match import _told_as
    from tests.test_match_alike_differing import _claim

    def told(sentence: str, surface: str, unit: str = "GBP") -> frozenset[str]:
        return _told_as(_claim(sentence, surface, unit, "money"))

    assert told("It will cost about £3.1 million a season.", "£3.1 million") == {"rate"}
    assert told("He earns an annual salary of £3.1 million.", "£3.1 million") == {"rate"}
    assert told("It costs £40 per seat.", "£40") == {"rate"}
    assert told("They had hoped it would cost £3.1 million.", "£3.1 million") == {"hope"}
    assert told("The first instalment will cost £1.4 million.", "£1.4 million") == {"part"}
    assert told("Paying off his contract will cost £3.1 million.", "£3.1 million") == frozenset()
    assert told("It would probably total £11 million.", "£11 million") == frozenset()  # a modal: an estimate
    # a length: part of a tunnel is not part of the depth
    assert told("Part of a tunnel collapsed 1,200 feet below ground.", "1,200 feet", "kilometer") == frozenset()
