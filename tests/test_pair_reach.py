"""Two figures each told by one report, far apart: two counts, not one told wrongly (``judge.PAIR_REACH``)."""

from __future__ import annotations

from folder_check import quantity_conflicts


def _buses(first: str, second: str) -> dict[str, str]:
    return {
        "a.txt": f"Storm Lenna forced Yarnfold Transit to cancel {first} buses across the Vellmoor valley, "
        "the operator said.\nCrews were clearing fallen trees from the main roads.",
        "b.txt": f"Yarnfold Transit cancelled {second} buses across the Vellmoor valley as Storm Lenna "
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


def test_a_toll_far_apart_in_two_reports_still_conflicts(tmp_path):
    # a death toll of 4 in one report and "at least 25" in one other: the count editors most need
    # to see told two ways, however far apart
    found = quantity_conflicts(
        tmp_path / "toll",
        {
            "a.txt": "A fire at a textile factory in Marrowdale killed 4 people on Tuesday, officials said.\n"
            "The blaze broke out on the third floor shortly after noon.",
            "b.txt": "At least 25 people were killed when fire swept through a textile factory in Marrowdale "
            "on Tuesday, officials said.\nFirefighters battled the flames for six hours.",
            "c.txt": "A fire tore through a textile factory in Marrowdale on Tuesday afternoon.",
        },
    )
    assert any("4 people" in f.explanation and "25 people" in f.explanation for f in found)


def test_a_crowd_far_apart_in_two_reports_still_conflicts(tmp_path):
    # some 5,000 marchers in one report, around 40,000 in one other: a crowd's size told two ways
    found = quantity_conflicts(
        tmp_path / "crowd",
        {
            "a.txt": "Some 5,000 protesters marched through central Ostrava Vale on Saturday demanding the "
            "resignation of mayor Dita Kerrow.\nPolice said the march passed off peacefully.",
            "b.txt": "Around 40,000 protesters marched through central Ostrava Vale on Saturday to demand that "
            "mayor Dita Kerrow resign.\nOrganisers said it was the largest protest in the city in a decade.",
        },
    )
    assert any("5,000" in f.explanation and "40,000" in f.explanation for f in found)


def test_one_persons_ages_far_apart_still_conflict(tmp_path):
    # "Mara Vintrey, 8," / "Mara Vintrey, 48,": one person's age with a digit dropped, six times apart
    found = quantity_conflicts(
        tmp_path / "age",
        {
            "a.txt": "Mara Vintrey, 8, was pulled from the Tessel river by a passer-by on Sunday and taken to "
            "hospital, police said.",
            "b.txt": "Mara Vintrey, 48, was rescued from the Tessel river by a passer-by on Sunday, police said.",
        },
    )
    assert any("'8'" in f.explanation and "'48'" in f.explanation for f in found)
