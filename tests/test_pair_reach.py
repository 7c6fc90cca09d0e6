"""Two figures each told by one report, far apart: two counts, not one told wrongly (``judge.PAIR_REACH``)."""

from __future__ import annotations

from folder_check import quantity_conflicts


def _buses(first: str, second: str) -> dict[str, str]:
    return {
        "a.txt": f"Storm Lenna forced Harrowgate Transit to cancel {first} buses across the Vellmoor valley, "
        "the operator said.\nCrews were clearing fallen trees from the main roads.",
        "b.txt": f"Harrowgate Transit cancelled {second} buses across the Vellmoor valley as Storm Lenna "
        "brought down trees, the operator said.\nSchools in the valley stayed shut.",
    }


def test_two_lone_figures_far_apart_are_no_conflict(tmp_path):
    # 27 and 190: seven times apart, each in one report only
    found = quantity_conflicts(tmp_path / "far", _buses("27", "190"))
    assert not any("27 buses" in f.explanation and "190 buses" in f.explanation for f in found)


def test_two_lone_figures_within_reach_still_conflict(tmp_path):
    found = quantity_conflicts(tmp_path / "near", _buses("27", "45"))
    assert any("27 buses" in f.explanation and "45 buses" in f.explanation for f in found)


def test_a_tenfold_figure_is_a_slip_and_still_conflicts(tmp_path):
    # "19 buses" / "190 buses": a dropped or added zero
    found = quantity_conflicts(tmp_path / "slip", _buses("19", "190"))
    assert any("19 buses" in f.explanation and "190 buses" in f.explanation for f in found)
