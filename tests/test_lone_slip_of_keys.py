"""A crowd's figure with its digits in another order, in a report that also gives the crowd's figure
(``judge._slip_of_keys``): a slip of the keys, set against the crowd; a second count is not."""

from __future__ import annotations

from pathlib import Path

import pytest
from folder_check import quantity_conflicts

CROWD = {
    "a.txt": "Brellwick Motors said on Tuesday it would cut 1,470 jobs at its plants in the north as demand for"
    " its vans fell.\n",
    "b.txt": "Van maker Brellwick Motors will cut 1,470 jobs, the company said on Tuesday, blaming weak demand"
    " for vans.\n",
    "c.txt": "Brellwick Motors is to cut 1,470 jobs after van demand fell, the firm announced on Tuesday.\n",
}


def test_a_slip_in_a_report_giving_the_crowds_figure_too(tmp_path: Path) -> None:
    blog = "Brellwick Motors said on Tuesday it would cut 1,470 jobs at its plants.\n\n- 1,740 jobs to be cut\n"
    found = quantity_conflicts(tmp_path / "f", {**CROWD, "d.txt": blog})
    assert len(found) == 1
    assert sorted({c.surface for c in found[0].claims}) == ["1,470 jobs", "1,740 jobs"]
    assert "has its digits in another order" in found[0].explanation


@pytest.mark.parametrize(
    "other",
    [
        "A rival, Tamsett Vans, is cutting 1,740 jobs.",  # another firm named: another count
        "In 2009 it shed 1,740 jobs.",  # another year's
        "Unions had feared as many as 1,740 jobs could go.",  # a bound
        "It had cut 1,480 jobs in a first round.",  # not the same digits (nor a crowd's figure)
    ],
)
def test_a_second_count_stays_apart(tmp_path: Path, other: str) -> None:
    text = f"Brellwick Motors said on Tuesday it would cut 1,470 jobs. {other}\n"
    assert quantity_conflicts(tmp_path / "f", {**CROWD, "d.txt": text}) == []


def test_two_digits_are_no_slip(tmp_path: Path) -> None:
    crowd = {name: text.replace("1,470", "14") for name, text in CROWD.items()}
    text = "Brellwick Motors said on Tuesday it would cut 14 jobs at its plants.\n\n- 41 jobs to be cut\n"
    assert quantity_conflicts(tmp_path / "f", {**crowd, "d.txt": text}) == []


SEATS = {
    "a.txt": "A total of 312 candidates are running for the 140 seats in the Vellan parliament on Sunday.\n",
    "b.txt": "Voters in Vellan will choose among 312 candidates for 140 seats on Sunday.\n",
    "c.txt": "Officials said 312 candidates are standing for the 140 seats on Sunday.\n",
}


def test_a_report_giving_the_crowds_figure_too_stays_apart(tmp_path: Path) -> None:
    """A report that gives the crowd's figure too, here as a share's base, tells two counts apart: no
    slip of the keys joins them (a share's base was tried as one and dropped: "fielded 499 candidates
    over the past decade" beside it became a false conflict)."""
    text = (
        "Turnout was high in the vote for 499 candidates in Vellan on Sunday. Two-thirds of the 312"
        " candidates belong to the ruling party.\n"
    )
    assert quantity_conflicts(tmp_path / "f", {**SEATS, "d.txt": text}) == []


@pytest.mark.parametrize(
    "text",
    [
        # the share's base narrowed ("approved"): the report tells two counts apart
        "The commission said 499 candidates had applied to stand in Sunday's vote in Vellan. Two-thirds of"
        " the 312 approved candidates belong to the ruling party.",
        # another election's figure
        "Vellan's parliament had 499 candidates at the previous election. Most of the 312 candidates this time"
        " are independents.",
        # another year's figure
        "In 2015, 499 candidates stood in Vellan. Two-thirds of the 312 candidates on Sunday belong to the"
        " ruling party.",
    ],
)
def test_a_shares_base_beside_another_count(tmp_path: Path, text: str) -> None:
    assert quantity_conflicts(tmp_path / "f", {**SEATS, "d.txt": text + "\n"}) == []


def test_no_crowd_without_the_lone_report(tmp_path: Path) -> None:
    seats = {name: text for name, text in SEATS.items() if name != "c.txt"}
    text = (
        "Turnout was high in the vote for 499 candidates in Vellan on Sunday. Two-thirds of the 312"
        " candidates belong to the ruling party.\n"
    )
    assert quantity_conflicts(tmp_path / "f", {**seats, "d.txt": text}) == []
