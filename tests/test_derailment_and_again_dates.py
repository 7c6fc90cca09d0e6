"""Tests for two date rules: a derailment is an event of the lexicon in its verb and its noun
(``date_events.EVENT_WORDS``), and a day told as one more of its deed ("arrested ... again on
Sunday") is no conflict with a day told without (``judge_dates._repeated_before``)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.date_events import date_event, same_event
from factcheck.models import ClaimKind, Verdict


def _date_conflicts(tmp_path: Path, texts: list[str]) -> list[set[str]]:
    for i, text in enumerate(texts):
        (tmp_path / f"{i + 1:02d}.txt").write_text(text + "\n", encoding="utf-8")
    report = check([tmp_path])
    return [{c.surface for c in f.claims} for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


def test_the_noun_and_the_verb_of_a_derailment_are_one_event() -> None:
    verb = date_event("A passenger train derailed outside Brackwell on Thursday morning.", "Thursday")
    noun = date_event("Investigators said a cracked rail caused Wednesday's derailment outside Brackwell.", "Wednesday")
    assert verb == noun == "derail"
    assert same_event(verb, noun)


def test_two_days_of_one_derailment_in_other_words_are_a_conflict(tmp_path: Path) -> None:
    conflicts = _date_conflicts(
        tmp_path,
        [
            "A passenger train derailed outside Brackwell on Thursday morning, injuring 14 people, the operator said.",
            "Investigators said a cracked rail caused Wednesday's derailment outside Brackwell, in which 14 people "
            "were hurt.",
        ],
    )
    assert {"Thursday", "Wednesday"} in conflicts


def test_two_derailments_told_apart_are_no_conflict(tmp_path: Path) -> None:
    """A freight train "four days before the passenger train derailed": two events."""
    conflicts = _date_conflicts(
        tmp_path,
        [
            "A passenger train derailed outside Brackwell on Thursday morning, injuring 14 people, the operator said.",
            "A freight train derailed outside Brackwell on Monday, four days before the passenger train "
            "derailed there.",
        ],
    )
    assert not conflicts


_ARREST = "Police arrested the union leader outside the parliament {} on Sunday, officers said."


def test_a_day_told_again_is_no_conflict_with_a_day_told_once(tmp_path: Path) -> None:
    """The two sentences differ in their day and in "again" only: two arrests, not one told otherwise."""
    told = "Police arrested the union leader outside the parliament on Saturday, officers said."
    conflicts = _date_conflicts(tmp_path, [told, _ARREST.format("again")])
    assert not conflicts


def test_the_same_day_without_again_is_a_conflict(tmp_path: Path) -> None:
    """The control: the same two sentences without "again" are one arrest told on two days."""
    told = "Police arrested the union leader outside the parliament on Saturday, officers said."
    conflicts = _date_conflicts(tmp_path, [told, _ARREST.format("").replace("  ", " ")])
    assert {"Saturday", "Sunday"} in conflicts


def test_what_tells_a_deed_again() -> None:
    from factcheck.judge_dates import _repeated_before

    assert _repeated_before(_ARREST.format("again"), "Sunday")
    assert _repeated_before("He was arrested for a second time on Friday, police said.", "Friday")
    # a bare ordinal or "another" is not the deed told again
    assert not _repeated_before("His second novel, Salt Lanterns, came out in 2009.", "2009")
    assert not _repeated_before("The league moved another inch closer to a deal on Tuesday.", "Tuesday")
    # "again" in another clause, before a bracket or a semicolon, is not this date's
    assert not _repeated_before("The river rose again; the bridge reopened on Monday.", "Monday")
    # nor "again" of another verb, before the date's clause opens ("when", "after")
    assert not _repeated_before("Water rose again when the levee gave way on Tuesday.", "Tuesday")
    assert not _repeated_before("Prices climbed again after the mill shut on Friday, traders said.", "Friday")
