"""Generic misreadings that are no conflict: a part named in the figure's own words, a bound or a
target, a figure of an earlier event of the kind, one hospital's count, two named people's ages.
All texts invented."""

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from factcheck.api import check
from factcheck.judge import _bound_told, _figure_dates, _part_named, conflict_candidate
from factcheck.models import Verdict


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _conflicts(tmp_path: Path, texts: dict[str, str]) -> list[list[str]]:
    report = check([_corpus(tmp_path, texts)])
    return [sorted(c.surface for c in f.claims) for f in report.by_verdict(Verdict.CONFLICT)]


def _figure(surface: str, value: float) -> SimpleNamespace:
    return SimpleNamespace(surface=surface, stated=value, sentence=surface)


def test_a_part_named_in_the_figure_is_no_conflict_with_the_whole(tmp_path):
    texts = {
        "a.txt": "The 31 survivors of the Brenlow ferry sinking were taken to Ardley General Hospital on Sunday, "
        "a hospital spokeswoman said.",
        "b.txt": "Nine of the survivors of the Brenlow ferry sinking are in critical condition at Ardley General "
        "Hospital, a hospital spokeswoman said on Sunday.",
    }
    assert _conflicts(tmp_path, texts) == []


def test_a_part_named_in_the_figure_is_told_apart_from_the_whole():
    assert _part_named(_figure("Nine of the survivors", 9), _figure("31 survivors", 31))
    assert _part_named(_figure("three of its ferries", 3), _figure("22 ferries", 22))
    # a part above the whole, two parts, or a part of a whole given as a figure are still compared
    assert not _part_named(_figure("Forty of the survivors", 40), _figure("31 survivors", 31))
    assert not _part_named(_figure("Nine of the survivors", 9), _figure("Seven of the survivors", 7))
    assert not _part_named(_figure("nine of 14 miners", 9), _figure("13 miners", 13))
    assert not _part_named(_figure("39 of the 75 seats", 39), _figure("50 of 75 seats", 50))


def test_a_figure_of_an_earlier_one_of_its_kind_is_no_conflict(tmp_path):
    texts = {
        "a.txt": "Nurses at Ravensholt hospitals walked out on Tuesday, and 2,600 operations were cancelled across "
        "the region, managers said.",
        "b.txt": "Nurses at Ravensholt hospitals walked out on Tuesday. The last time Ravensholt nurses walked out, "
        "in 2019, about 900 operations were cancelled across the region, managers said.",
    }
    assert _conflicts(tmp_path, texts) == []


@pytest.mark.parametrize(
    ("sentence", "surface", "dates"),
    [
        (
            "The last time the Orne burst its banks, in 1998, about 400 homes were flooded.",
            "about 400 homes",
            {"1998"},
        ),
        (
            "Abroad, the collapse of the Dunmore viaduct in 2019, in which six people died, led to checks.",
            "six people",
            {"2019"},
        ),
        ("It is the worst fire in the hills since 2017, when 9,000 hectares burned.", "9,000 hectares", {"2017"}),
        # a bare "since" is a span, not the figure's date; a date after a semicolon is another clause's
        ("About 9,000 hectares have burned since 2017 in the hills.", "About 9,000 hectares", set()),
        ("The last strike, in May 2027, lasted two days; this time 400 workers walked out.", "400 workers", set()),
    ],
)
def test_the_date_of_an_earlier_event_a_figure_is_of(sentence, surface, dates):
    assert set(_figure_dates(sentence, surface, date(2030, 3, 5))) == dates


def test_a_bound_is_no_conflict_with_what_was_done(tmp_path):
    report = check(
        [
            _corpus(
                tmp_path,
                {
                    "a.txt": "The Line 9 tram derailed on the Halvor Street curve at 42 km/h on Friday morning.",
                    "b.txt": "The Line 9 tram derailed on the Halvor Street curve, which has a limit of 20 km/h, on "
                    "Friday morning.",
                },
            )
        ]
    )
    x, y = [c for c in report.claims if c.kind.value == "quantity"]
    assert not conflict_candidate(x, y)


@pytest.mark.parametrize(
    ("sentence", "surface", "bound"),
    [
        ("The train was doing 70 mph as it entered the curve, where the limit is 50 mph.", "50 mph", True),
        ("The train was doing 70 mph as it entered the curve, where the limit is 50 mph.", "70 mph", False),
        ("It entered a curve which has a limit of 80 km/h (50 mph).", "50 mph", True),
        (
            "The bridge was designed to carry 20,000 vehicles a day but carried 31,000 vehicles.",
            "20,000 vehicles",
            True,
        ),
        (
            "The bridge was designed to carry 20,000 vehicles a day but carried 31,000 vehicles.",
            "31,000 vehicles",
            False,
        ),
        ("Velko raised its sales target for the phone to 7 million units on Monday.", "7 million units", True),
        ("The tram was going round a curve with a 20 km/h speed limit.", "20 km/h", True),
        ("The tram was travelling at 38 km/h, more than twice the limit.", "38 km/h", False),
    ],
)
def test_a_bound_told_before_or_after_a_figure(sentence, surface, bound):
    assert _bound_told(SimpleNamespace(sentence=sentence, surface=surface)) is bound


def test_one_hospitals_count_is_a_part_of_the_injured(tmp_path):
    texts = {
        "a.txt": "Nineteen people were treated in hospital for injuries after Cyclone Orla struck Wendle Bay on "
        "Monday, police said.",
        "b.txt": "Carrow Base Hospital says it has treated six people injured after Cyclone Orla struck Wendle Bay on "
        "Monday.",
    }
    assert _conflicts(tmp_path, texts) == []


def test_ages_of_two_named_people_are_no_conflict(tmp_path):
    texts = {
        "a.txt": '"He was wonderful in Harbour Lights," said Morwenna Tresco, 67, who runs the bakery opposite '
        "the studios.",
        "b.txt": "Adebayo, the 43-year-old who won praise for Harbour Lights, will lead the new series.",
    }
    assert _conflicts(tmp_path, texts) == []


def test_a_count_of_what_was_built_is_no_bound():
    assert not _bound_told(
        SimpleNamespace(sentence="The firm built 40 homes on the Prewick estate.", surface="40 homes")
    )
    assert _bound_told(SimpleNamespace(sentence="The hall was built to hold 900 people.", surface="900 people"))


def test_a_forecast_told_as_a_clause_is_a_bound_a_report_is_not():
    forecast = "Analysts at Brenlow Research have predicted that tablet sales will grow by 38% next year."
    assert _bound_told(SimpleNamespace(sentence=forecast, surface="38%"))
    said = "The trade body said that tablet sales grew by 38% last year."
    assert not _bound_told(SimpleNamespace(sentence=said, surface="38%"))


def test_a_players_caps_are_no_bound():
    assert not _bound_told(SimpleNamespace(sentence="Orrin, a 45-cap midfielder, joined on Monday.", surface="45-cap"))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Zoltry Mining Limited said 12 miners were trapped underground on Tuesday.", "12 miners"),
        ("Police restricted access to the Prewick road after four people were killed in a crash.", "four people"),
        ("The Venner market was the target of a bomb attack that killed 40 people on Friday.", "40 people"),
        ("The target was a bus carrying 40 pilgrims near Osk on Friday, police said.", "40 pilgrims"),
        ("Injuries limited Jon Pellam to 10 games for the Herons this season.", "10 games"),
    ],
)
def test_a_count_after_a_company_a_clause_or_a_participle_is_no_bound(sentence, surface):
    assert not _bound_told(SimpleNamespace(sentence=sentence, surface=surface))


def test_a_bound_word_before_what_happened_keeps_the_conflict(tmp_path):
    texts = {
        "a.txt": "Zoltry Mining Limited said 12 miners were trapped underground on Tuesday after a tunnel "
        "collapsed near Brenlow.",
        "b.txt": "A tunnel collapsed at a Zoltry Mining pit near Brenlow on Tuesday, trapping 15 miners underground.",
    }
    assert _conflicts(tmp_path, texts) == [["12 miners", "15 miners"]]


def test_a_part_with_the_wholes_own_fate_is_no_part():
    died = SimpleNamespace(
        surface="Six of the passengers",
        stated=6,
        sentence="Six of the passengers died at the scene of the Osk bus crash on Monday.",
    )
    whole = SimpleNamespace(
        surface="Eight passengers",
        stated=8,
        sentence="Eight passengers died at the scene of the Osk bus crash on Monday.",
    )
    assert not _part_named(died, whole)


def test_a_part_told_with_the_same_fate_as_the_whole_keeps_the_conflict(tmp_path):
    texts = {
        "a.txt": "Six of the passengers died at the scene of the Osk bus crash on Monday, police said.",
        "b.txt": "Eight passengers died at the scene of the Osk bus crash on Monday.",
    }
    assert _conflicts(tmp_path, texts) == [["Eight passengers", "Six of the passengers"]]


def test_an_age_at_a_step_of_a_life_is_no_conflict_with_the_age_now(tmp_path):
    texts = {
        "a.txt": "Mara Vell, 81, died on Sunday at her home in Ostley, her agent said.",
        "b.txt": "Mara Vell moved to Ostley aged 22 and never left, her agent said on Sunday.",
        "c.txt": "Vell, who joined the band as a 23-year-old backing singer, died at her home on Sunday.",
        "d.txt": "Mara Vell died at her home on Sunday. Vell first came to Ostley as a 19-year-old student.",
    }
    assert _conflicts(tmp_path / "then", texts) == []
    # her age now told otherwise is still a conflict
    texts["b.txt"] = "Mara Vell, 83, died at her home in Ostley on Sunday, her agent said."
    assert _conflicts(tmp_path / "now", {"a.txt": texts["a.txt"], "b.txt": texts["b.txt"]}) == [["81", "83"]]


_QUAKE = {
    "a.txt": "A quake killed 27 people in Tesk on Friday, officials said.",
    "b.txt": "The quake struck Tesk on Friday, killing 27 people.",
    "c.txt": "Officials said 27 people died when the quake hit Tesk on Friday.",
    "d.txt": "The Friday quake in Tesk killed 27, officials said.",
}


def test_tolls_of_two_kinds_of_disaster_are_no_conflict(tmp_path):
    texts = _QUAKE | {"e.txt": "Floods in Tesk killed 31 people on Friday, officials said."}
    assert _conflicts(tmp_path / "flood", texts) == []
    # the quake's toll told otherwise is still a conflict
    texts["e.txt"] = "The quake in Tesk killed 31 people on Friday, officials said."
    assert any("31 people" in found for found in _conflicts(tmp_path / "quake", texts))


def test_a_storm_and_its_floods_or_a_bombing_and_its_blast_are_one_kind():
    from factcheck.judge import _disasters

    assert _disasters("Storm Vela's floods killed five people.") == _disasters("The storm killed seven people.")
    assert _disasters("The bombing killed 12 people.") == _disasters("The explosion killed 14 people.")
    assert _disasters("A quake killed 27 people.") != _disasters("Floods killed 31 people.")
