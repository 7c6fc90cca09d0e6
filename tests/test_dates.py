"""Tests for factcheck.dates: table-driven rows from tests/data/dates.json, API details, hostile input."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from factcheck.dates import DateMatch, date_interval_display, find_dates, format_day, is_future_sentence
from factcheck.models import Interval

ROWS = json.loads((Path(__file__).parent / "data" / "dates.json").read_text(encoding="utf-8"))


def _row_id(row: dict) -> str:
    return f"{row['text'][:60]}@{row['published'] or 'none'}"


def _as_row(m: DateMatch) -> dict:
    return {
        "surface": m.surface,
        "display": m.display,
        "granularity": m.granularity,
        "relative": m.relative,
        "qualifier": m.qualifier,
    }


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 50
    assert len({_row_id(r) for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_rows(row: dict) -> None:
    published = date.fromisoformat(row["published"]) if row["published"] else None
    found = find_dates(row["text"], published)
    assert [_as_row(m) for m in found] == row["expected"]
    previous_end = 0
    for m in found:
        assert row["text"][m.start : m.end] == m.surface
        assert m.start >= previous_end
        previous_end = m.end
        assert m.value.low is not None and m.value.high is not None
        assert m.value.low <= m.value.high
        assert date_interval_display(m.value, m.granularity) == m.display
        assert m.steps, "every match explains how it was derived"


def test_values_are_day_ordinals() -> None:
    (m,) = find_dates("Exports fell two months ago.", date(2024, 1, 30))
    assert m.value == Interval(date(2023, 11, 1).toordinal(), date(2023, 11, 30).toordinal())
    assert m.steps[0].source == "two months ago"
    assert m.steps[0].result == "2023-11"
    assert "2024-01-30" in m.steps[0].rule


def test_qualifier_keeps_the_date_value() -> None:
    (since,) = find_dates("Prices have doubled since 2019.", None)
    (plain,) = find_dates("Prices doubled in 2019.", None)
    assert since.qualifier == "since" and plain.qualifier == ""
    assert since.value == plain.value
    assert since.surface == "since 2019" and plain.surface == "2019"


def test_offsets_with_prefix() -> None:
    text = "Officials said the talks, held on 30-31 January 2024, failed."
    (m,) = find_dates(text, None)
    assert (m.start, m.end) == (text.index("30-31"), text.index(", failed"))
    assert m.granularity == "range"
    assert m.value.width() == 1


def test_weekday_mismatch_is_noted() -> None:
    (m,) = find_dates("On Monday, January 30, 2024, they met.", None)
    assert m.display == "2024-01-30"
    assert any("does not match" in step.rule for step in m.steps)


def test_leap_day_without_year_goes_back_to_a_leap_year() -> None:
    (m,) = find_dates("The law was passed on February 29.", date(2024, 1, 30))
    assert m.display == "2020-02-29"


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (date(2024, 1, 29), "They met last Monday.", "2024-01-22"),
        (date(2024, 1, 29), "They will meet next Monday.", "2024-02-05"),
        (date(2024, 1, 31), "They meet this Friday.", "2024-02-02"),
        (date(2024, 1, 30), "The result will be told on Tuesday.", "2024-01-30"),
        (date(2024, 2, 1), "Officials said on Tuesday they will appeal.", "2024-01-30"),
    ],
)
def test_weekday_directions(published: date, text: str, expected: str) -> None:
    (m,) = find_dates(text, published)
    assert m.display == expected


def test_future_markers() -> None:
    assert is_future_sentence("The court will rule soon.")
    assert is_future_sentence("The vote is to take place next month.")
    assert is_future_sentence("Prices should fall later this year.")
    assert not is_future_sentence("The next day, police arrived.")
    assert not is_future_sentence("The court ruled on Monday.")


def test_display_helpers() -> None:
    day = date(2024, 1, 30).toordinal()
    assert format_day(day) == "2024-01-30"
    assert date_interval_display(Interval(day, day), "day") == "2024-01-30"
    jan = Interval(date(2024, 1, 1).toordinal(), date(2024, 1, 31).toordinal())
    assert date_interval_display(jan, "month") == "2024-01"
    years = Interval(date(2019, 1, 1).toordinal(), date(2021, 12, 31).toordinal())
    assert date_interval_display(years, "range") == "2019/2021"
    decade = Interval(date(2010, 1, 1).toordinal(), date(2019, 12, 31).toordinal())
    assert date_interval_display(decade, "decade") == "2010s"
    week = Interval(date(2024, 1, 15).toordinal(), date(2024, 1, 21).toordinal())
    assert date_interval_display(week, "week") == "2024-W03"
    assert date_interval_display(Interval(None, day), "range") == "../2024-01-30"


def test_megabyte_of_digits_and_commas_is_linear() -> None:
    text = "1234567890," * 100_000
    started = time.perf_counter()
    assert find_dates(text, date(2024, 1, 30)) == []
    assert time.perf_counter() - started < 5


def test_repeated_qualifiers_are_linear() -> None:
    text = "since since " * 10_000 + "2019"
    started = time.perf_counter()
    found = find_dates(text, date(2024, 1, 30))
    assert time.perf_counter() - started < 5
    assert [(m.surface, m.qualifier) for m in found] == [("since 2019", "since")]
