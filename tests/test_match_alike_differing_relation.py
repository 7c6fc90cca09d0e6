"""Tests for the guards of ``match._alike_differing`` on what a length or a sum is of: a place from
another ("east of the town", "downstream"), how far a thing is moved, or an income ("brought in") joins
no group of a size or a cost, however alike the words (invented texts; a reviewer's probes found each a
false conflict)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.models import ClaimKind, Report


def _check(folder: Path, texts: dict[str, str]) -> Report:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(f"Report {name[0]}\n\n{text}\n", encoding="utf-8")
    return check([folder])


def _conflicts(report: Report) -> list[list[str]]:
    return [
        sorted(c.surface for c in f.claims)
        for f in report.findings
        if f.kind is ClaimKind.QUANTITY and f.verdict.value == "conflict"
    ]


@pytest.mark.parametrize(
    ("told", "third"),
    [
        (
            "The new Parrow tunnel is 4 kilometres long, the builder said.",
            "The new Parrow tunnel starts 9 kilometres west of the village, the builder said.",
        ),
        (
            "The new Parrow tunnel is 4 kilometres long, the builder said.",
            "The new Parrow tunnel will be shifted 2 kilometres, the builder said.",
        ),
        (
            "The new Parrow weir will be 200 metres wide, the builder said.",
            "The new Parrow weir will be built 700 metres upstream, the builder said.",
        ),
        (
            "The new Parrow arena cost $300 million to build, the council said.",
            "The new Parrow arena generated $700 million for the county, the council said.",
        ),
    ],
)
def test_a_place_a_move_or_an_income_joins_no_size_or_cost(tmp_path: Path, told: str, third: str) -> None:
    report = _check(tmp_path, {"a.txt": told, "b.txt": told, "c.txt": third})
    assert _conflicts(report) == []
