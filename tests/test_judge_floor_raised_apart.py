"""Tests for the guards of ``judge._floor_raised`` that tell two things counted (``judge._floor_apart``,
``judge._WHOLE_SCOPE``, ``judge._CLOSED_PERIOD``): a part of the people against "people", a new count
against a running total, a place against its province, a site against its sites, a first event against
more, and two means after "by" are no update of an earlier floor (invented texts; a reviewer's probes
found each a false conflict)."""

from pathlib import Path

import pytest
from folder_check import later_conflicts

SOURCES = """["a.txt"]
published = 2031-03-02

["b.txt"]
published = 2031-03-02

["c.txt"]
published = 2031-03-05
"""


def _conflicts(tmp_path: Path, earlier: str, later: str) -> list[list[str]]:
    return later_conflicts(tmp_path, SOURCES, earlier, later)


def test_a_later_floor_of_the_same_people_is_still_an_update(tmp_path: Path) -> None:
    earlier = "More than 40 people were hurt when the stand collapsed at the Quillan ground, medics said."
    later = "More than 120 people were hurt when the stand collapsed at the Quillan ground, medics said."
    assert _conflicts(tmp_path, earlier, later)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # a part of the people, then all the people
        (
            "More than 40 children were hurt when the stand collapsed at the Quillan ground, medics said.",
            "More than 120 people were hurt when the stand collapsed at the Quillan ground, medics said.",
        ),
        # a new count of one day, then the running total
        (
            "More than 50 new cases of measles were confirmed in Grelby on Tuesday, the clinic said.",
            "More than 600 cases of measles have been confirmed in Grelby, the clinic said.",
        ),
        # a town, then the province
        (
            "More than 70 shops shut in Corble during the blackout, traders said.",
            "More than 400 shops shut in the region during the blackout, traders said.",
        ),
        # one site, then the sites
        (
            "More than 60 posts will be cut at the Ysterholt depot, the firm said.",
            "The firm said more than 250 posts would be cut at its depots in the north.",
        ),
        # a first event, then two
        (
            "More than 30 homes were destroyed in the first blast at the Plaxby works, officials said.",
            "More than 90 homes were destroyed in the two blasts at the Plaxby works, officials said.",
        ),
        # two means
        (
            "More than 70 villagers were evacuated from the Sollan hills by truck, the army said.",
            "More than 260 villagers were evacuated from the Sollan hills by air, the army said.",
        ),
    ],
)
def test_two_things_counted_are_no_update(tmp_path: Path, earlier: str, later: str) -> None:
    assert _conflicts(tmp_path, earlier, later) == []


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # people after "by" are no means: one count seen by two kinds of staff
        (
            "More than 40 pupils were seen by doctors after the gas leak at Quillan High, the school said.",
            "More than 200 pupils were seen by nurses after the gas leak at Quillan High, the school said.",
        ),
        # a hospital is no site a body has several of: one count treated "in hospital" / "in hospitals"
        (
            "More than 40 pupils were treated in hospital after the gas leak at Quillan High, medics said.",
            "More than 200 pupils were treated in hospitals after the gas leak at Quillan High, medics said.",
        ),
    ],
)
def test_agents_and_hospitals_are_no_two_subsets(tmp_path: Path, earlier: str, later: str) -> None:
    """A reviewer's probes: a guard read any noun after "by" as a means and any plural as sites."""
    assert _conflicts(tmp_path, earlier, later)
