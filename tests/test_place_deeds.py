"""Towns the gazetteer does not know, and the place of one deed (judge_place_conflicts): a town one
report gives where the others give another, for the same deed, is a conflict; towns legitimately
apart (a region and a town in it, a part of a town, two nights, other people, a storm striking many
towns, "also") are not."""

from __future__ import annotations

from pathlib import Path

from factcheck.judge_place_conflicts import _containers, _days_apart, _deed_window, _deed_words
from factcheck.models import Verdict

_SHOOT = "Shooting starts in {when} in {town}, where the series is set, the producers said."
_SHOOT_OTHER = "Shooting is due to start in {when} in {town}, the port that stands in for the invented one."


def _town_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str]]:
    from factcheck.api import Options, check

    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    report = check([tmp_path], Options(jobs=1))
    return [(f.explanation, f.details[0]) for f in report.by_verdict(Verdict.CONFLICT) if "two towns" in f.explanation]


def test_a_lone_town_for_the_same_deed_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _SHOOT.format(when="February", town="Quarnby"),
        "b.txt": "The cast will spend the winter in Quarnby. " + _SHOOT.format(when="February", town="Quarnby"),
        "c.txt": _SHOOT_OTHER.format(when="February", town="Holtmere"),
    }
    (found,) = _town_conflicts(tmp_path, texts)
    assert found[0] == "one place named as two towns? 'Holtmere' (c.txt) vs 'Quarnby' (a.txt, b.txt)"
    assert "both say where the same happened: " in found[1]
    assert "'Shooting starts in February' (a.txt: 'Quarnby')" in found[1]
    assert "neither town is one the gazetteer knows" in found[1]


def test_the_same_deed_told_of_two_towns_in_a_storm_or_with_also_is_no_conflict(tmp_path: Path) -> None:
    line = "Falling trees brought down power lines in {town}, the utility said."
    storm = {
        "a.txt": "The storm hit overnight. " + line.format(town="Quarnby"),
        "b.txt": line.format(town="Quarnby"),
        "c.txt": "The storm hit overnight. " + line.format(town="Holtmere"),
    }
    assert _town_conflicts(tmp_path, storm) == []
    also = tmp_path / "also"
    also.mkdir()
    texts = {
        "a.txt": line.format(town="Quarnby"),
        "b.txt": line.format(town="Quarnby"),
        "c.txt": line.replace("brought", "also brought").format(town="Holtmere"),
    }
    assert _town_conflicts(also, texts) == []


def test_a_region_holding_the_town_or_a_part_of_a_town_is_no_other_town(tmp_path: Path) -> None:
    line = "A landslide buried three houses in {town} on Sunday, rescuers said."
    region = {
        "a.txt": line.format(town="Quarnby, Dellmoor"),
        "b.txt": line.format(town="Quarnby"),
        "c.txt": line.format(town="Dellmoor"),
    }
    assert _town_conflicts(tmp_path, region) == []
    part = tmp_path / "part"
    part.mkdir()
    texts = {
        "a.txt": line.format(town="Quarnby"),
        "b.txt": line.format(town="Quarnby"),
        "c.txt": line.format(town="the Holtmere district"),
    }
    assert _town_conflicts(part, texts) == []


def test_other_people_or_a_second_deed_give_no_slot(tmp_path: Path) -> None:
    arrest = "Police arrested {who} in {town} after the robbery at the post office."
    texts = {
        "a.txt": arrest.format(who="two men", town="Quarnby"),
        "b.txt": arrest.format(who="two men", town="Quarnby"),
        "c.txt": arrest.format(who="a woman", town="Holtmere"),
    }
    assert _town_conflicts(tmp_path, texts) == []
    second = tmp_path / "second"
    second.mkdir()
    fire = "{what} broke out at a furniture warehouse in {town}, firefighters said."
    texts = {
        "a.txt": fire.format(what="The fire", town="Quarnby"),
        "b.txt": fire.format(what="The fire", town="Quarnby"),
        "c.txt": fire.format(what="A second fire", town="Holtmere"),
    }
    assert _town_conflicts(second, texts) == []


def test_a_deeds_words_are_read_from_its_clause() -> None:
    window = _deed_window("The men were rescued at dawn, and the boat sank near the fishing village of ")
    assert window == "the boat sank"
    assert _deed_words(window) == frozenset({"boat", "sank"})
    assert _deed_words("Flames overran his engine on a Tuesday in April") == frozenset({"flame", "overran", "engin"})


def test_a_place_after_a_town_and_a_comma_holds_it_but_a_list_does_not() -> None:
    assert _containers([], {"a": "QUARNBY, Dellmoor, Nov 20 - The court ruled."}) == {"dellmoor"}
    assert _containers([], {"a": "Residents of Quarnby, Holtmere, Tarn and Mell were evacuated."}) == set()


def test_two_days_tell_two_deeds_apart() -> None:
    assert _days_apart("A bomb went off in X on Monday.", "A bomb went off in Y on Tuesday.")
    assert not _days_apart("A bomb went off in X on Monday.", "A bomb went off in Y.")
