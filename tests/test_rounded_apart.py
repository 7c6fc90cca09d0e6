"""Two plain round figures that meet only at the bound of their roundings cannot both be true
(``judge._rounded_apart``): "$50,000" stands for 45,000 to 55,000, "$60,000" for 55,000 to 65,000."""

from __future__ import annotations

from folder_check import quantity_conflicts


def _prize(first: str, second: str) -> dict[str, str]:
    return {
        "a.txt": f"The winner of the Ostrand city marathon will receive {first} in prize money, "
        "organisers said on Sunday.\nThe course runs along the river.",
        "b.txt": f"Organisers said on Sunday the Ostrand city marathon winner will take home {first} "
        "in prize money.\nRoads close at dawn.",
        "c.txt": f"The Ostrand city marathon winner will receive {second} in prize money, organisers "
        "said on Sunday.\nAbout 9,000 runners are expected.",
    }


def test_round_figures_a_rounding_apart_conflict(tmp_path):
    found = quantity_conflicts(tmp_path / "prize", _prize("$50,000", "$60,000"))
    hits = [f for f in found if "$50,000" in f.explanation and "$60,000" in f.explanation]
    assert hits
    assert "meet only at a rounding bound" in hits[0].explanation  # the reason a gap of 0 is a conflict


def test_a_hedged_figure_still_overlaps(tmp_path):
    # "about $55,000" reaches both: no conflict
    found = quantity_conflicts(tmp_path / "hedged", _prize("$50,000", "about $55,000"))
    assert not any("$50,000" in f.explanation and "55,000" in f.explanation for f in found)


def test_overlapping_roundings_still_agree_or_fit(tmp_path):
    # "$1.2 million" (1.15m to 1.25m) and "$1,220,000": one inside the other, no conflict
    found = quantity_conflicts(tmp_path / "inside", _prize("$1.2 million", "$1,220,000"))
    assert not found


def test_a_hedged_round_figure_is_no_round_figure(tmp_path):
    # "about $50,000" reaches past its rounding (to $55,000 and beyond): no conflict with "$60,000"
    found = quantity_conflicts(tmp_path / "about", _prize("about $50,000", "$60,000"))
    assert not any("50,000" in f.explanation and "60,000" in f.explanation for f in found)


def test_the_spans_are_told_in_the_unit_written(tmp_path):
    texts = {
        "a.txt": "The new Ostrand tower is 150 metres tall, the council said on Monday.\nWork ends in May.",
        "b.txt": "The council said on Monday the new Ostrand tower is 150 metres tall.\nCranes left the site.",
        "c.txt": "The new Ostrand tower is 160 metres tall, the council said on Monday.\nIt has 40 floors.",
    }
    [found] = [f for f in quantity_conflicts(tmp_path / "tower", texts) if "160 metres" in f.explanation]
    assert "145 to 155 and 155 to 165" in found.explanation
