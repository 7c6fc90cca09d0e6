"""Tests for the guards of ``judge._floor_raised``: a later figure of a whole ("across the province"),
a floor of a closed period ("in the first day"), and a plan against a deed ("plans to send about 200")
are no update of an earlier floor (invented texts; a reviewer's probes found each a false conflict)."""

from pathlib import Path

import pytest
from folder_check import later_conflicts

SOURCES = """["a.txt"]
published = 2029-06-14

["b.txt"]
published = 2029-06-14

["c.txt"]
published = 2029-06-17
"""


def _conflicts(tmp_path: Path, earlier: str, later: str) -> list[list[str]]:
    return later_conflicts(tmp_path, SOURCES, earlier, later)


def test_a_later_floor_of_the_same_count_is_still_an_update(tmp_path: Path) -> None:
    earlier = "More than 90 cattle have died in the flooding around Brankley, the farmers' union said."
    later = "More than 250 cattle have died in the flooding around Brankley, the farmers' union said."
    assert _conflicts(tmp_path, earlier, later)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # a part, then the whole it is part of
        (
            "More than 90 cattle have died in the flooding around Brankley, the farmers' union said.",
            "More than 250 cattle have died in the flooding across the province, including around Brankley,"
            " the farmers' union said.",
        ),
        # a floor of a closed period, then a count of a longer one
        (
            "More than 90 cattle died in the first week of the flooding around Brankley, the farmers' union said.",
            "More than 250 cattle have died since the flooding around Brankley began, the farmers' union said.",
        ),
        # a deed, then a plan
        (
            "More than 90 volunteers have been sent to the flooding around Brankley, the farmers' union said.",
            "The farmers' union said it plans to send about 250 volunteers to the flooding around Brankley.",
        ),
    ],
)
def test_a_whole_a_closed_period_or_a_plan_is_no_update(tmp_path: Path, earlier: str, later: str) -> None:
    assert _conflicts(tmp_path, earlier, later) == []
