"""Tests for ``match._class_in_context``: counted nouns that name one thing in their setting (days of
riots / of clashes; booths of an election / polling stations) are one key (invented texts)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.match import match
from factcheck.models import ClaimKind, Report


def _run(folder: Path, texts: dict[str, str]) -> Report:
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return check([folder])


def _keys(report: Report, surface: str) -> set[str]:
    claims = [c for c in report.claims if c.kind is ClaimKind.QUANTITY and surface in c.surface]
    assert claims
    groups = match(claims).groups
    return {g.key for g in groups for c in g.claims if c in claims}


def _agreeing(report: Report) -> list[list[str]]:
    return [
        sorted(c.location.article for c in f.claims)
        for f in report.findings
        if f.kind is ClaimKind.QUANTITY and f.verdict.value == "agree"
    ]


def test_days_of_riots_and_of_clashes_are_one_span(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a.txt": "Shops in Arlen reopened on Monday after six days of riots over the port closure.\n",
            "b.txt": "Six days of clashes over the port closure left the centre of Arlen in ruins.\n",
        },
    )
    assert _keys(report, "days of") == {"riot"}
    assert ["a.txt", "b.txt"] in _agreeing(report)


def test_count_of_clashes_is_no_span(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a.txt": "Police in Arlen reported three clashes with dock workers on Monday.\n",
            "b.txt": "Three riots broke out near the docks of Arlen on Monday, police said.\n",
        },
    )
    assert _keys(report, "hree") == {"clash", "riot"}


def test_booths_of_an_election_are_polling_stations(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a.txt": "Voters in Ostley district can cast ballots at 40 booths from Monday.\n",
            "b.txt": "Ostley district has 40 polling stations open from Monday, the election office said.\n",
        },
    )
    assert _keys(report, "40") == {"polling station"}
    assert ["a.txt", "b.txt"] in _agreeing(report)


def test_booths_of_a_fair_stay_booths(tmp_path: Path) -> None:
    report = _run(
        tmp_path,
        {
            "a.txt": "The spring fair in Ostley opened with 40 booths selling crafts.\n",
            "b.txt": "Visitors to Ostley found 40 booths of local food at the spring fair.\n",
        },
    )
    assert _keys(report, "40") == {"booth"}
