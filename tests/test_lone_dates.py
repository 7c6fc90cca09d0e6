"""Tests for the lone dates of ``judge_dates``: months of one past event told in alike words
(``_months_told_alike``) and a lone day against a crowd of other articles (``day_outliers``)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.judge_dates import _again_before, _later, day_outliers
from factcheck.models import ClaimGroup, ClaimKind, Verdict

_MONTHS = {
    "a.txt": "Crews pumped water from Dunmere after the river burst its banks and swamped 120 homes.\n\n"
    "A great flood drowned more than 900 cattle on the lowland farms of Keswall in {month} 2011.\n",
    "b.txt": "Crews pumped out Dunmere after the river swamped 120 homes.\n\n"
    "Farmers still speak of the great flood of October 2011, which drowned more than 900 cattle on the "
    "lowland farms of Keswall.\n",
    "c.txt": "The river swamped 120 homes in Dunmere, officials said.\n\n"
    "In October 2011, a great flood swept the lowland farms of Keswall and drowned more than 900 cattle.\n",
}


def _month_conflicts(tmp_path: Path, month: str) -> list[set[str]]:
    for name, text in _MONTHS.items():
        (tmp_path / name).write_text(text.format(month=month), encoding="utf-8")
    report = check([tmp_path])
    return [{c.surface for c in f.claims} for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


def test_a_past_events_month_against_two_reports_in_alike_words_is_a_conflict(tmp_path: Path) -> None:
    """Seven months apart (beyond half a year), no event word beside either month: the same
    words around them, one place named in all three, and two reports back the other month."""
    assert {"March 2011", "October 2011"} in _month_conflicts(tmp_path, "March")


class _Facts:
    """The run's facts as ``day_outliers`` reads them: every pair may share an event."""

    def __init__(self, articles: list[str]) -> None:
        self.facts = {a: set() for a in articles}

    def may_share(self, a: str, b: str) -> bool:
        return True

    def explain(self, a: str, b: str) -> str:
        return f"{a} and {b} report one event"


_CROWD = {
    "b.txt": "The Halvard picked up a mayday Saturday morning from the ferry Ostrel off the Brenmoor coast.",
    "c.txt": "The chase off the Brenmoor coast on Saturday began when the cutter Halvard picked up a mayday.",
    "d.txt": "The coastguard on Saturday detained 14 smugglers in the Narrow Sea.",
    "e.txt": "Fourteen smugglers were detained in the Narrow Sea on Saturday, the coastguard said.",
    "f.txt": "The coastguard seized two speedboats on Saturday and detained 14 smugglers.",
}


def _day_conflicts(tmp_path: Path, lone: str) -> list[set[str]]:
    """``day_outliers`` with the lone article's day in a group of its own, the crowd's in another."""
    for name, text in {"a.txt": lone, **_CROWD}.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    dates = [c for c in check([tmp_path]).claims if c.kind is ClaimKind.DATE]
    groups = [
        ClaimGroup(ClaimKind.DATE, "event", tuple(c for c in dates if c.location.article == "a.txt"), "test"),
        ClaimGroup(ClaimKind.DATE, "event", tuple(c for c in dates if c.location.article != "a.txt"), "test"),
    ]
    facts = _Facts(["a.txt", *_CROWD])
    return [{c.surface for c in f.claims} for f in day_outliers(groups, [], facts)]  # type: ignore[arg-type]


def test_a_lone_day_in_a_group_of_its_own_against_a_crowd_is_a_conflict(tmp_path: Path) -> None:
    lone = (
        "A coastguard cutter, the Halvard, was escorting two trawlers off the Brenmoor coast Monday when it "
        "picked up a mayday from the ferry Ostrel."
    )
    assert _day_conflicts(tmp_path, lone) == [{"Monday", "Saturday"}]


def test_one_more_of_the_event_against_a_crowd_is_no_conflict(tmp_path: Path) -> None:
    lone = "The Halvard again picked up a mayday Monday morning from the ferry Ostrel off the Brenmoor coast."
    assert _day_conflicts(tmp_path, lone) == []


def test_again_before_reads_the_clause_of_the_date() -> None:
    assert _again_before("Mount Orla erupted again at 4:10 a.m. on Thursday.", "Thursday")
    assert _again_before("A second ferry sank on Friday.", "Friday")
    assert not _again_before("The ferry sank on Friday; a second one was towed home.", "Friday")
    assert not _again_before("A third of the harbour flooded on Friday.", "Friday")


def test_later_wants_both_dates_resolved(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The dam burst on Friday. Repairs began on Tuesday.\n", encoding="utf-8")
    dates = [c for c in check([tmp_path]).claims if c.kind is ClaimKind.DATE]
    assert not any(_later(x, y) for x in dates for y in dates)  # no publication date: weekdays unresolved


_SHOOTING = {
    "b.txt": "Police said a gunman shot two clerks at the Pellow grain depot on Saturday.",
    "c.txt": "Two depot clerks were shot Saturday, according to a county statement.",
    "d.txt": "Mourners gathered outside the depot where a man opened fire and shot two workers on Saturday.",
    "e.txt": "The families of the victims of the shooting on Saturday asked for privacy.",
    "f.txt": "Investigators have not said why the suspect shot his former colleagues on Saturday.",
}


def _shooting_conflicts(tmp_path: Path, lone: str) -> list[set[str]]:
    """``day_outliers`` with a crowd that gives its day beside one event of the lexicon, in words
    unlike the lone article's."""
    for name, text in {"a.txt": lone, **_SHOOTING}.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    dates = [c for c in check([tmp_path]).claims if c.kind is ClaimKind.DATE]
    groups = [
        ClaimGroup(ClaimKind.DATE, "event", tuple(c for c in dates if c.location.article == "a.txt"), "test"),
        ClaimGroup(ClaimKind.DATE, "event", tuple(c for c in dates if c.location.article != "a.txt"), "test"),
    ]
    facts = _Facts(["a.txt", *_SHOOTING])
    return [{c.surface for c in f.claims} for f in day_outliers(groups, [], facts)]  # type: ignore[arg-type]


def test_a_lone_day_of_a_verb_of_the_lexicon_against_a_crowd_beside_that_event_is_a_conflict(tmp_path: Path) -> None:
    lone = "A sacked forklift driver shot dead one clerk and wounded a manager Monday in Tarrow, a sheriff said."
    assert _shooting_conflicts(tmp_path, lone) == [{"Monday", "Saturday"}]


def test_a_lone_day_beside_the_events_noun_against_such_a_crowd_is_no_conflict(tmp_path: Path) -> None:
    lone = "A forklift driver charged over the depot shooting was on hunger strike Monday in Tarrow jail."
    assert _shooting_conflicts(tmp_path, lone) == []


_PAIR = {
    "a.txt": "Lena Morrow, the Kelby singer, has died at 81.\n\nHer manager, Tom Varga, said Morrow died on "
    "Tuesday in a Brenton clinic after suffering {what} on March 9, 2024.\n",
    "b.txt": "The Kelby singer Lena Morrow has died at the age of 81, her family said.\n\nMorrow suffered a heart "
    "attack on March 4, 2024, and spent her last days in a Brenton clinic.\n",
}


def _pair_conflicts(tmp_path: Path, what: str) -> list[set[str]]:
    for name, text in _PAIR.items():
        (tmp_path / name).write_text(text.format(what=what), encoding="utf-8")
    report = check([tmp_path])
    return [{c.surface for c in f.claims} for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


def test_two_reports_dates_of_one_key_and_deed_are_a_conflict(tmp_path: Path) -> None:
    """Only one other report dates the heart attack (``outlier_links`` needs two): the key
    (attack) and the deed beside both dates ("suffering" / "suffered") stand in for the second."""
    assert {"March 9, 2024", "March 4, 2024"} in _pair_conflicts(tmp_path, "a heart attack")


def test_one_more_of_the_deed_against_a_reports_date_is_no_pair_conflict(tmp_path: Path) -> None:
    """ "after suffering a second heart attack on March 9": one more of them, not the first told otherwise."""
    assert _pair_conflicts(tmp_path, "a second heart attack") == []
