"""A vehicle's model year written after a colour or other adjective ("a silver 2011 Toyota
Marlin") is read as a year, so two reports giving one car two model years conflict (invented
sentences)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.dates import find_dates
from factcheck.models import ClaimKind, Verdict


def _years(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_dates(text, None) if m.granularity == "year"]


def test_a_model_year_after_a_colour_is_a_year() -> None:
    assert _years("Police said the thief drove off in a silver 2011 Toyota Marlin.") == ["2011"]
    assert _years("Witnesses saw a dark blue 2009 Ford Fallon leave Brenton.") == ["2009"]


def test_a_count_before_a_makers_name_and_a_plural_is_no_year() -> None:
    assert _years("Some 2000 Ford Fallon workers walked out in Brenton.") == []
    assert _years("Some 2000 Toyota Marlins were recalled in Brenton.") == []
    assert _years("A black 2015 Toyota Prius was found.") == ["2015"]
    # a count, an address, a flight number before a maker's name: no model year without a determiner
    assert _years("Some 2000 Boeing 737 Max jets were grounded at Brenton.") == []
    assert _years("About 1500 Ford Motor Company workers walked out.") == []
    assert _years("The fire started in a house at 2100 Ford Street.") == []
    assert _years("Flight 1549 Airbus A320 landed safely.") == []
    assert _years("The firm built 1500 Toyota Hilux last month.") == []
    assert _years("Police found the suspect's 2011 Toyota Marlin in Brenton.") == ["2011"]


def test_two_model_years_of_one_car_conflict(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Police said the suspect drove a silver 2011 Toyota Marlin when he fled from Brenton on Monday.\n"
    )
    (tmp_path / "b.txt").write_text("The suspect fled Brenton on Monday in a 2014 Toyota Marlin, police said.\n")
    found = [
        {c.surface for c in f.claims}
        for f in check([tmp_path]).findings
        if f.verdict is Verdict.CONFLICT and f.kind is ClaimKind.DATE
    ]
    assert {"2011", "2014"} in found
