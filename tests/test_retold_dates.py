"""Dates of one event two reports give otherwise: one long sentence retold with its calendar date
changed, and one person's deed dated to the day and year (invented sentences)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.judge import conflict_candidate
from factcheck.judge_dates import one_event_told_otherwise
from factcheck.models import Claim, ClaimKind

RETOLD_A = (
    "Harbour officer Lena Voss says the council had warned the ferry company twice about the worn mooring "
    "ropes on the east jetty before the old pier was closed to all visitors on {day}, according to minutes "
    "released by the town hall."
)
RETOLD_B = (
    "Speaking at a packed meeting, Voss said the council warned the ferry firm twice about the worn mooring "
    "ropes on the east jetty before the old pier was closed to all visitors on {day}, and that the owners "
    "ignored both letters."
)


def _dates(tmp_path: Path, texts: dict[str, str]) -> dict[str, Claim]:
    for name, text in texts.items():
        (tmp_path / name).write_text(f"A headline\n\n{text}\n", encoding="utf-8")
    claims = [c for c in check([tmp_path]).claims if c.kind is ClaimKind.DATE]
    return {c.location.article: c for c in claims}


def test_a_long_sentence_retold_with_its_calendar_date_changed_is_a_conflict(tmp_path: Path) -> None:
    dates = _dates(tmp_path, {"a.txt": RETOLD_A.format(day="Sept. 14"), "b.txt": RETOLD_B.format(day="Sept. 19")})
    assert conflict_candidate(dates["a.txt"], dates["b.txt"])
    report = check([tmp_path])
    assert any(f.verdict.value == "conflict" and f.kind is ClaimKind.DATE for f in report.findings)


def test_a_long_sentence_retold_with_a_weekday_changed_is_no_conflict(tmp_path: Path) -> None:
    """Weekdays are read against each report's own day: a report a day later retells the sentence."""
    dates = _dates(tmp_path, {"a.txt": RETOLD_A.format(day="Friday"), "b.txt": RETOLD_B.format(day="Saturday")})
    assert not conflict_candidate(dates["a.txt"], dates["b.txt"])


HIRED_BY = (
    "Two weeks after the regatta the club board dismissed Vell, who had a season to run on the deal he agreed "
    "from the day the Rovers hired him on March 4, 2011."
)


def test_one_persons_hiring_dated_to_the_day_and_year_otherwise_is_one_event(tmp_path: Path) -> None:
    dates = _dates(tmp_path, {"a.txt": HIRED_BY, "b.txt": "Vell was hired as coach of Harbridge on March 9, 2011."})
    assert one_event_told_otherwise(dates["a.txt"], dates["b.txt"])


def test_two_peoples_hirings_dated_to_the_day_are_two_events(tmp_path: Path) -> None:
    dates = _dates(tmp_path, {"a.txt": HIRED_BY, "b.txt": "Lund was hired as coach of Harbridge on March 9, 2011."})
    assert not one_event_told_otherwise(dates["a.txt"], dates["b.txt"])


def test_a_hiring_told_again_is_no_other_day_of_one(tmp_path: Path) -> None:
    dates = _dates(
        tmp_path, {"a.txt": HIRED_BY, "b.txt": "Vell was hired again as coach of Harbridge on March 9, 2011."}
    )
    assert not one_event_told_otherwise(dates["a.txt"], dates["b.txt"])
