"""A possessive date is the day of the thing it names, whatever preposition opens its phrase ("the toll
from Monday's landslide"); "was set by" is a deed, no plan (invented reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factcheck.api import check
from factcheck.dates import find_dates, planned
from factcheck.models import ClaimKind, Verdict


def test_a_possessive_date_keeps_no_qualifier() -> None:
    text = "The toll from Monday's landslide rose after Tuesday's storm, and the road stays shut until Friday."
    found = {m.surface: m.qualifier for m in find_dates(text, date(2026, 6, 17))}
    # "from" tells what the toll is of; "after Tuesday's storm" dates another event the rise came after
    assert found == {"Monday": "", "after Tuesday": "after", "until Friday": "until"}


def test_a_possessive_date_before_a_figure_keeps_from() -> None:
    # "up from October's 2.9%": another period's figure, no day told of the event
    for text in (
        "Unemployment in Tarnia rose to 3.4%, up from October's 2.9%.",
        "Unemployment in Tarnia rose from October's figure of 3.6%.",
    ):
        found = {m.surface: m.qualifier for m in find_dates(text, date(2026, 6, 17))}
        assert found == {"from October": "from"}, text


_STRIKE = {
    "a.txt": "Bus drivers in Harlow began a strike on Wednesday over pay, the Vale Transport union said.",
    "b.txt": "The Harlow bus strike began on Wednesday, with no buses running in the town.",
    "c.txt": "Harlow's bus drivers went on strike on Wednesday after pay talks broke down.",
}


def test_a_day_after_another_events_possessive_is_no_conflict(tmp_path: Path) -> None:
    # "went on strike after Monday's talks broke down": Monday is the talks' day, the strike came after
    texts = _STRIKE | {"d.txt": "Harlow's bus drivers went on strike after Monday's talks broke down."}
    assert not _date_conflicts(tmp_path, texts)


def test_a_figure_from_last_months_possessive_is_no_conflict(tmp_path: Path) -> None:
    told = "Unemployment in Tarnia rose to 3.4% in November, the statistics office said."
    texts = {
        "a.txt": told,
        "b.txt": "Tarnia's jobless rate rose to 3.4% in November.",
        "c.txt": "Unemployment in Tarnia climbed to 4.1% in November, official figures show.",
        "d.txt": "Unemployment in Tarnia rose to 3.4%, up from October's 2.9%, the statistics office said.",
    }
    assert not _date_conflicts(tmp_path, texts)


def test_set_is_a_plan_only_before_to_or_for() -> None:
    assert not planned("The old mark was set by Ann Voss in 2011.", "2011")
    assert not planned("The pool record was set in 2011 by Ann Voss.", "2011")
    assert planned("The final is set for Friday in Dunmere.", "Friday")
    assert planned("The bridge was set to reopen on Friday.", "Friday")


def _date_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[set[str]]:
    toml = ""
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        toml += f'["{name}"]\noutlet = "{name[0].upper()}"\npublished = 2026-06-17\n\n'
    (tmp_path / "sources.toml").write_text(toml, encoding="utf-8")
    report = check([tmp_path])
    return [{c.surface for c in f.claims} for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


def test_a_day_moved_in_a_possessive_after_from_is_a_conflict(tmp_path: Path) -> None:
    told = "The death toll from Sunday's landslide in the hill town of Orvik has risen to 12, officials said."
    texts = {
        "a.txt": told,
        "b.txt": told.replace("officials said", "the regional office said"),
        "c.txt": told.replace("has risen to 12", "rose to 12 overnight"),
        "d.txt": "The death toll from Monday's landslide in the hill town of Orvik has risen to 12, officials said.",
    }
    assert any("Monday" in surfaces for surfaces in _date_conflicts(tmp_path, texts))


def test_a_record_set_by_its_holder_in_another_year_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Ann Voss set the old pool record of 51.20 seconds in 2011 at the Dunmere baths.",
        "b.txt": "Ann Voss set the old pool record of 51.20 seconds at the Dunmere baths in 2011.",
        "c.txt": "Ann Voss had set the old pool record of 51.20 seconds in 2011 at the Dunmere baths.",
        "d.txt": "The old pool record of 51.20 seconds was set by Ann Voss in 2009 at the Dunmere baths.",
    }
    assert any("2009" in surfaces for surfaces in _date_conflicts(tmp_path, texts))
