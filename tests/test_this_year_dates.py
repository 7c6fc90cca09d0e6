""" "Earlier this year" of an undated report against a date with no year of another report, told of
one event: the vaguer telling, compatible (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.dates import symbols_overlap
from factcheck.models import ClaimKind, Verdict


def _date_findings(tmp_path: Path, texts: dict[str, str]) -> list[tuple[Verdict, set[str]]]:
    for name, text in texts.items():
        (tmp_path / name).write_text(f"A headline\n\n{text}\n", encoding="utf-8")
    report = check([tmp_path])
    return [
        (f.verdict, {c.surface for c in f.claims})
        for f in report.findings
        if f.kind is ClaimKind.DATE and f.verdict is not Verdict.SINGLE_SOURCE
    ]


def test_this_year_can_hold_a_month_or_a_day_with_no_year() -> None:
    assert symbols_overlap("relative:this year", None, "month:09", None) is True
    assert symbols_overlap("monthday:08-29", None, "relative:this year", None) is True
    assert symbols_overlap("relative:last year", None, "month:09", None) is None  # which September?
    assert symbols_overlap("relative:this month", None, "monthday:08-29", None) is None


def test_earlier_this_year_and_the_month_of_one_charter_are_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Voters in Marsby elect a larger town council on Sunday, the first vote since a new town "
        "charter approved by Marsby voters in September raised the number of council seats.",
        "b.txt": "The vote is the first since Marsby voters approved a new town charter earlier this year "
        "that raised the number of council seats.",
    }
    found = _date_findings(tmp_path, texts)
    assert (Verdict.COMPATIBLE, {"September", "this year"}) in found


def test_this_year_alike_to_no_date_of_another_report_stays_alone(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The Ostley bakery opened a second shop in September, its owner Rana Pell said.",
        "b.txt": "Marsby adopted a new charter earlier this year, which raised the number of council seats.",
    }
    assert not any("this year" in surfaces for _, surfaces in _date_findings(tmp_path, texts))
