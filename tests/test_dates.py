"""Tests for factcheck.dates: table-driven rows from tests/data/dates.json, API details, hostile input."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest

from factcheck.dates import (
    DateMatch,
    date_interval_display,
    day_interval,
    find_dates,
    format_day,
    is_future_sentence,
    symbols_overlap,
)
from factcheck.models import Interval

ROWS = json.loads((Path(__file__).parent / "data" / "dates.json").read_text(encoding="utf-8"))


def _row_id(row: dict) -> str:
    return f"{row['text'][:60]}@{row['published'] or 'none'}"


def _as_row(m: DateMatch) -> dict:
    row = {
        "surface": m.surface,
        "display": m.display,
        "granularity": m.granularity,
        "relative": m.relative,
        "qualifier": m.qualifier,
    }
    if m.symbol:
        row["symbol"] = m.symbol
    if m.said:
        row["said"] = True
    return row


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
        assert m.steps, "every match explains how it was derived"
        if m.symbol:  # kept as written: no publication date to resolve it against
            assert published is None and m.relative and m.value == Interval(None, None)
            continue
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
        # a week named after the weekday: that week's day (2 February 2024 is a Friday)
        (date(2024, 2, 2), "He was arrested on Wednesday last week.", "2024-01-24"),
        (date(2024, 2, 2), "The hearing is on Monday next week.", "2024-02-05"),
        (date(2024, 2, 2), "She left on Tuesday this week.", "2024-01-30"),
        (date(2024, 2, 2), "He was arrested on Tuesday of last week.", "2024-01-23"),
    ],
)
def test_weekday_directions(published: date, text: str, expected: str) -> None:
    (m,) = find_dates(text, published)
    assert m.display == expected


def test_last_weeks_after_a_weekday_names_no_week_of_it() -> None:
    # "On Wednesday, last week's winner ...": this week's Wednesday, and last week apart
    found = find_dates("On Wednesday, last week's winner withdrew.", date(2024, 2, 2))
    assert [(m.surface, m.display) for m in found] == [("Wednesday", "2024-01-31"), ("last week", "2024-W04")]


def test_future_markers() -> None:
    assert is_future_sentence("The court will rule soon.")
    assert is_future_sentence("The vote is to take place next month.")
    assert is_future_sentence("Prices should fall later this year.")
    assert not is_future_sentence("The next day, police arrived.")
    assert not is_future_sentence("The court ruled on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a future marker of a relative clause or of a clause joined by "but" does not date the month
        ("Vale was turned down for a loan in March, said the clerk, who will retire soon.", "2024-03"),
        ("Vale was refused a permit in March but will appeal.", "2024-03"),
        # in the date's own clause it does, before or after the date
        ("In March, the team will play again.", "2025-03"),
        ("The sergeant, who was hired last year, will retire in March.", "2025-03"),
        # a clock time's colon opens no clause, nor an aside between two dashes, nor a bare "but"
        ("The hearing will begin at 9:30 a.m. in March.", "2025-03"),
        ("The band will play – weather permitting – in March.", "2025-03"),
        ("The fair will be held not in May but in March.", "2025-03"),
        # a lone dash and a colon of a sentence still do
        ("Vale will appeal – the loan was refused in March.", "2024-03"),
        ("Vale will appeal: the loan was refused in March.", "2024-03"),
        # a date inside an aside is of the aside's clause
        ("Vale will appeal – the loan was refused in March – next week.", "2024-03"),
        # a relative clause set off by commas has its own tense, and the sentence's has none in it
        ("The clerk, who was robbed in March, will retire next week.", "2024-03"),
        ("The clerk, who would have retired next week, was robbed in March.", "2024-03"),
        ("The barge, on which the owners will hold a wake next week, sank in March.", "2024-03"),
        ("The clerk, who will retire in March, was robbed last week.", "2025-03"),
        # so has one of time after a comma: the date outside it is read without it, the date in it with it
        ("The strike began in March, when drivers would not take out the buses.", "2024-03"),
        ("The drivers will strike in March, when the contract ends.", "2025-03"),
        ("The contract was signed last year, when the drivers will strike in March.", "2025-03"),
    ],
)
def test_future_markers_of_another_clause(text: str, expected: str) -> None:
    (m,) = [m for m in find_dates(text, date(2024, 4, 11)) if "March" in m.surface]
    assert m.display == expected


def test_a_clock_time_colon_keeps_a_weekday_in_the_future() -> None:
    (m,) = find_dates("The hearing will begin at 9:30 a.m. on Tuesday.", date(2024, 1, 31))
    assert m.display == "2024-02-06"


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


# -- datelines and dates kept as written ----------------------------------------------------------

DATELINES = [
    ("Harbour reopens\nPosted: June 13, 2006\nDock chief Ina Roe swung the gate open yesterday.", date(2006, 6, 13), 2),
    ("Saturday, July 12, 2014\nThe painter died on Friday.", date(2014, 7, 12), 1),
    ("Headline\nLast Updated: Tuesday, 14 March 2006, 03:18 GMT\nText.", date(2006, 3, 14), 2),
    ("Headline\nUpdated 6 / 6 / 2011 2:15 PM\nText.", date(2011, 6, 6), 2),
    ("Headline\nPosted 11 / 23 / 2006 8:10 AM\nText.", date(2006, 11, 23), 2),
    ("Headline\nOn behalf of B, PLLC. posted in Mishaps on Thursday, October 9, 2014.", date(2014, 10, 9), 2),
    # no stamp: a sentence that merely holds a date, a stamp without a year, an ambiguous numeric date
    ("Lorne was born on March 3, 1931, in Dunmore, Ohio, and grew up on a farm.", None, 0),
    ("Kochi, Nov 14 -\nThe coast guard said on Friday.", None, 0),
    ("Headline\nUpdated 3 / 8 / 2008 5:17\nText.", None, 0),
    ("First line\nSecond\nThird\nFourth\nJune 6, 2011", None, 0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "line"), DATELINES, ids=[t[:30] for t, _, _ in DATELINES])
def test_dateline(text: str, day: date | None, line: int) -> None:
    from factcheck.dates import dateline

    found = dateline(text)
    if day is None:
        assert found is None
    else:
        assert found is not None and (found.day, found.line) == (day, line)
        assert found.describe().startswith(f"line {line}: ")


def test_a_dateline_resolves_the_articles_relative_dates(tmp_path: Path) -> None:
    from factcheck.api import check

    (tmp_path / "a.txt").write_text("Headline\nPosted: June 13, 2006\nThe coach was fired on Monday.\n")
    report = check([tmp_path])
    (article,) = report.articles
    assert article.source.published == date(2006, 6, 13)
    assert article.source.dated_by == "line 2: 'Posted: June 13, 2006'"
    (claim,) = [c for c in report.claims if c.kind.value == "date"]  # the stamp itself is no claim
    assert claim.display == "2006-06-12"
    assert any("dateline (line 2)" in s.rule for s in claim.steps)


@pytest.mark.parametrize(
    ("a", "value_a", "b", "value_b", "expected"),
    [
        ("weekday:5", None, "weekday:5", None, True),
        ("weekday:5", None, "weekday:4", None, False),
        ("monthday:11-18", None, "monthday:11-19", None, False),
        ("monthday:11-18", None, "month:11", None, True),
        ("weekday:5", None, "monthday:11-18", None, None),
        ("weekday:5", None, "", (date(2008, 12, 13), date(2008, 12, 13)), True),  # a Saturday
        ("weekday:4", None, "", (date(2008, 12, 13), date(2008, 12, 13)), False),
        ("weekday:4", None, "", (date(2008, 12, 1), date(2008, 12, 31)), None),  # a month holds every weekday
        ("monthday:11-18", None, "", (date(2008, 11, 1), date(2008, 11, 30)), True),
        ("monthday:11-18", None, "", (date(2008, 11, 19), date(2008, 11, 19)), False),
        ("month:09", None, "", (date(2008, 1, 1), date(2008, 12, 31)), None),  # a whole year: nothing said
        ("month:09", None, "", (date(2008, 10, 1), date(2008, 10, 31)), False),
    ],
)
def test_symbols_overlap(a, value_a, b, value_b, expected) -> None:
    from factcheck.dates import day_interval, symbols_overlap

    def interval(v):
        return None if v is None else day_interval(*v)

    assert symbols_overlap(a, interval(value_a), b, interval(value_b)) is expected
    assert symbols_overlap(b, interval(value_b), a, interval(value_a)) is expected


def _date_findings(tmp_path: Path, texts: dict[str, str]) -> list:
    """The date findings of a check of ``texts`` (name -> text) written to ``tmp_path``."""
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in check([tmp_path]).findings if f.kind.value == "date"]


@pytest.mark.parametrize(
    ("texts", "agreed", "never"),
    [
        (  # a weekday of an undated report meets another Saturday, and no Friday
            {
                "a.txt": "Brask was sentenced Saturday to 12 years in prison by Judge Ollen in Tarvik.",
                "b.txt": "Judge Ollen sentenced Brask to 12 years in prison Saturday in Tarvik.",
                "c.txt": "Brask was sentenced Friday to 12 years in prison by Judge Ollen in Tarvik.",
            },
            "Saturday",
            ("compatible",),
        ),
        (  # "last month" meets the same words only, and never conflicts
            {
                "a.txt": "Brask, 37, was convicted last month of fraud at the Tarvik court.",
                "b.txt": "Brask, 37, who was convicted last month of fraud, was sentenced in Tarvik.",
                "c.txt": "Brask, 37, was convicted this month of fraud at the Tarvik court.",
            },
            "last month",
            ("conflict", "compatible"),
        ),
    ],
)
def test_dates_of_undated_reports_are_compared_as_written(
    tmp_path: Path, texts: dict[str, str], agreed: str, never: tuple[str, ...]
) -> None:
    from factcheck.models import Verdict

    dated = _date_findings(tmp_path, texts)
    (agree,) = [f for f in dated if f.verdict is Verdict.AGREE]
    assert agree.articles == ("a.txt", "b.txt") and agree.explanation.endswith(agreed)
    assert not [f for f in dated if f.verdict.value in never]


def test_relative_dates_without_publication_are_kept_as_written() -> None:
    (d,) = find_dates("Brask was convicted last month of fraud.", None)
    assert (d.symbol, d.display, d.granularity) == ("relative:last month", "last month", "month")
    assert d.surface == "last month"
    (d,) = find_dates("Brask will face the magistrates next Monday.", None)
    assert (d.symbol, d.display, d.surface) == ("weekday:0", "next Monday", "next Monday")
    assert find_dates("Prices rose over the last year.", None) == []  # a span up to publication
    # the same words agree; other words, or a resolved date, say nothing of them
    month = day_interval(date(2021, 3, 1), date(2021, 3, 31))
    assert symbols_overlap("relative:last month", None, "relative:last month", None) is True
    assert symbols_overlap("relative:last month", None, "relative:this month", None) is None
    assert symbols_overlap("relative:last month", None, "", month) is None


def test_weekend_resolved_against_publication_is_its_saturday_and_sunday() -> None:
    (d,) = find_dates("The rescue package was agreed at the weekend.", date(2021, 3, 10))  # a Wednesday
    assert (d.granularity, d.display, d.surface) == ("weekend", "2021-03-06/2021-03-07", "the weekend")
    (d,) = find_dates("Trains will not run next weekend.", date(2021, 3, 10))
    assert d.display == "2021-03-13/2021-03-14"
    (d,) = find_dates("The road stays closed through the weekend.", date(2021, 3, 10))
    assert d.qualifier == "until"
    assert find_dates("They sail every weekends.", date(2021, 3, 10)) == []


def test_weekend_without_publication_is_kept_as_a_symbol_holding_saturday_and_sunday() -> None:
    (d,) = find_dates("The rescue package was agreed over the weekend.", None)
    assert (d.symbol, d.display) == ("weekend:", "weekend")
    assert symbols_overlap("weekend:", d.value, "weekday:6", d.value) is True
    assert symbols_overlap("weekday:1", d.value, "weekend:", d.value) is None  # never a contradiction
    sunday = day_interval(date(2021, 3, 7))
    assert symbols_overlap("weekend:", d.value, "", sunday) is True
    assert symbols_overlap("weekend:", d.value, "", day_interval(date(2021, 3, 9))) is None


def test_a_relative_clause_lends_no_future_to_the_verb_after_it() -> None:
    from datetime import date

    from factcheck.dates import find_dates

    pub = date(2026, 3, 5)  # a Thursday
    text = (
        "Investigators will try to establish why the ferry, which was carrying 40 passengers, ran aground on Tuesday."
    )
    (found,) = find_dates(text, pub)
    assert found.value is not None and found.value.low == date(2026, 3, 3).toordinal()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a date opening its sentence, then a subject and a verb of saying: the statement's day
        ("On Monday, police said the fire that killed three people began Sunday.", [True, False]),
        ("Monday, a spokesman for the hospital said she was stable.", [True]),
        ("Late Friday, the coroner confirmed the driver had died.", [True]),
        # the event's own day
        ("On Monday, police arrested two men.", [False]),
        ("On Monday, the results were announced.", [False]),  # a passive: the announcement itself
        ("The fire began on Monday, police said.", [False]),
        ("After the crash on Monday, police said the road would stay shut.", [False]),  # not opening
        ("On Saturday, police said, the gunman opened fire.", [False]),  # an aside: the event's day
        ("On Monday, a spokesman for the city fire brigade said it began Sunday.", [True, False]),
        ("On Monday, the brigade's spokesman, Jonas Reuter, said the fire began Sunday.", [True, False]),
        ("On Monday, the suspect, Dale Mercer, fled the scene.", [False]),  # no statement
    ],
)
def test_a_date_opening_a_statement_is_its_day(text: str, said: list[bool]) -> None:
    assert [m.said for m in find_dates(text, None)] == said


def test_the_day_a_statement_opens_with_is_not_the_events(tmp_path: Path) -> None:
    from factcheck.api import check
    from factcheck.models import Verdict

    fire = "at the Orrin Street flats in Malvern"
    texts = {
        "a.txt": f"Posted: January 14, 2025\n\nA fire killed three people Sunday {fire}, the fire department said.\n",
        "b.txt": f"Posted: January 14, 2025\n\nThree residents were killed on Sunday when fire swept {fire}.\n",
        "c.txt": f"Posted: January 14, 2025\n\nThe blaze that killed three people {fire} on Sunday began in"
        " a kitchen.\n",
        "d.txt": f"Posted: January 14, 2025\n\nOn Monday, police said the fire that killed three people {fire}"
        " began Sunday in a kitchen.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    assert not report.by_verdict(Verdict.CONFLICT)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The 1000-member church burned down.", []),
        ("The 1500-seat hall was full.", []),
        ("The 2008-era rules were dropped.", ["2008"]),
        ("A 1999-built ferry sank.", ["1999"]),
        ("The 2008-09 season was his last.", ["2008-09"]),
    ],
)
def test_a_four_digit_number_hyphened_to_a_noun_is_no_year(text: str, years: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_dates(text, None)] == years


def test_a_day_month_given_with_its_weekday_takes_the_year_in_which_they_agree() -> None:
    from factcheck.dates import find_dates

    pub = date(2027, 3, 17)
    (moved,) = find_dates("The funeral has been moved to Monday, March 29, the family said.", pub)
    assert moved.value is not None and moved.display == "2027-03-29"  # a Monday in 2027, not in 2026
    (died,) = find_dates("She died on Sunday, March 14, the family said.", pub)
    assert died.display == "2027-03-14"
    (wrong,) = find_dates("It happened on Tuesday, March 29.", pub)  # no year near makes it a Tuesday
    assert wrong.display == "2026-03-29"
    # near publication a weekday a day off is the writer's slip: the tense rule's year stays
    (vote,) = find_dates("Councillors will vote on Wednesday, March 12.", date(2026, 3, 10))
    assert vote.display == "2026-03-12"
    (back,) = find_dates("Trains returned to service on Thursday, January 2.", date(2026, 1, 8))
    assert back.display == "2026-01-02"


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("The band's 1974 single reached number one.", ["1974"]),
        ("Smith's 2019 film won the prize.", ["2019"]),
        ("The club's 1500 members voted.", []),  # a count before a plural
        ("The firm's 2000 workforce will not be affected.", []),  # or before a collective noun
    ],
)
def test_a_year_after_a_possessive(sentence: str, years: list[str]) -> None:
    from factcheck.dates import find_dates

    assert [d.display for d in find_dates(sentence, date(2027, 3, 17))] == years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The studio has pushed back production on "The Glass Orchard" to September, it said.', "2027-09"),
        ("The hearing was postponed until Monday.", "2027-06-14"),
        ("He moved to Boston in March.", "2027-03"),  # no plan moved: the past tense reads it
    ],
)
def test_a_plan_moved_to_a_day_is_still_to_come(text: str, expected: str) -> None:
    (m,) = find_dates(text, date(2027, 6, 9))
    assert m.display == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the sentence goes on to say the moved day came
        (
            "The vote was postponed until Monday, when MPs approved the bill by 301 votes to 260.",
            date(2027, 3, 10),
            "2027-03-08",
        ),
        (
            "The launch, delayed from Tuesday to Wednesday because of high winds, went ahead.",
            date(2027, 5, 14),
            "2027-05-12",
        ),
        # "moved" is no plan moved: the search went on until the day the body was found
        (
            "Rescuers, who moved the search downstream, kept looking until Tuesday, when the body was found.",
            date(2027, 6, 11),
            "2027-06-08",
        ),
    ],
)
def test_a_moved_day_the_sentence_says_came_is_past(text: str, published: date, expected: str) -> None:
    assert find_dates(text, published)[-1].display == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a marker after the date, of a clause of a past verb of the date's own
        ("For the first three rounds on Saturday night it did not look like that would be easy.", "2027-10-09"),
        ("On Monday, he will appear in court.", "2027-10-11"),  # the marker is the date's verb's
    ],
)
def test_a_future_marker_after_a_past_verb_dates_nothing_to_come(text: str, expected: str) -> None:
    (m,) = find_dates(text, date(2027, 10, 10))
    assert m.display == expected
