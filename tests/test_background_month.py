"""Figures told of an earlier event or an earlier telling, and a headline that sums up."""

from datetime import date

from factcheck.judge import _figure_dates, _headline, _of_another_event
from factcheck.models import Claim


def test_an_opening_month_before_the_publications_dates_an_earlier_event() -> None:
    sentence = "In March, a gale toppled six cranes at the Vellbury dock before the harbour closed."
    assert _figure_dates(sentence, "six cranes", date(2031, 5, 3))
    early = "In early April, a gale toppled six cranes at the Vellbury dock."
    assert _figure_dates(early, "six cranes", date(2031, 5, 3))


def test_a_month_of_publication_or_not_opening_is_the_storys_own() -> None:
    assert not _figure_dates("In May, a gale toppled six cranes at the dock.", "six cranes", date(2031, 5, 3))
    later = "The gale that toppled six cranes at the dock began in April."
    assert not _figure_dates(later, "six cranes", date(2031, 5, 3))


def _claim(sentence: str, surface: str, line: int = 5) -> Claim:
    from factcheck.models import ClaimKind, Interval, Location

    at = sentence.index(surface)
    return Claim(
        kind=ClaimKind.QUANTITY,
        key="climber",
        value=Interval(4, 4),
        display=surface,
        unit="",
        location=Location("a.txt", at, at + len(surface), line, at + 1),
        sentence=sentence,
        surface=surface,
    )


def test_an_earlier_telling_is_of_no_figure_of_the_report() -> None:
    told = _claim("The ferry line originally said that 40 cars were aboard.", "40 cars")
    assert _of_another_event(told, {})
    own = _claim("Four of the six climbers died on the ridge, the rescuers said.", "Four")
    assert not _of_another_event(own, {})


def test_a_headline_is_a_first_line_not_ended_as_a_sentence() -> None:
    assert _headline(_claim("Gale topples 4 cranes at Vellbury dock", "4", line=1))
    assert not _headline(_claim("A gale toppled 4 cranes at the dock.", "4", line=1))
    assert not _headline(_claim("Gale topples 4 cranes at Vellbury dock", "4", line=7))
    # a first paragraph ending in a closing quotation mark, a bracket or an ellipsis is a sentence
    for ending in ("\u201d", "\u2019", ")", "\u2026"):
        assert not _headline(_claim(f"The mayor said: \u201cA gale toppled 4 cranes{ending}", "4", line=2))
