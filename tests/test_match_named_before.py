"""Tests for ``match._named_before``: an age no name goes with, in a sentence that names a person
in full and then calls them "he" or "she", is that person's (invented texts)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Verdict

ARRESTED = {
    "a.txt": "Police in Harlow Vale said they had arrested Marco DeRossi, 41, on the coast road north of the"
    " town on Monday.\nThe shop owner, Tessa Brill, 57, was treated in hospital for a broken arm.\n",
    "b.txt": "The gunman, Marco DeRossi, 41, was held after a chase on the coast road, officers said on Monday.\n"
    "Tessa Brill, 57, who owns the shop, was taken to hospital.\n",
}


def _age_conflicts(folder: Path, third: str) -> list[list[str]]:
    for name, text in {**ARRESTED, "c.txt": third}.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = check([folder])
    return [
        sorted(c.display for c in f.claims)
        for f in report.findings
        if f.verdict is Verdict.CONFLICT and f.kind is ClaimKind.QUANTITY and f.key == "age"
    ]


def test_an_age_of_the_man_named_and_called_he_is_his(tmp_path: Path) -> None:
    """ "Rossi" is the tail of "DeRossi", "Marco" his given name: the 63-year-old is the 41-year-old."""
    third = (
        "A search began on Monday after the robbery at a shop in Harlow Vale.\nOfficers are hunting Marco"
        " Rossi, and he is thought to be a tall 63-year-old man with grey hair.\n"
        "Tessa Brill, 57, was hurt in the raid.\n"
    )
    found = _age_conflicts(tmp_path, third)
    assert any("63-year-old" in f and "41" in f for f in found), found


def test_an_age_he_speaks_of_is_not_his(tmp_path: Path) -> None:
    """A verb of saying between the name and the age: he tells of someone else."""
    third = (
        "A search began on Monday after the robbery at a shop in Harlow Vale.\nMarco Rossi said he had seen"
        " a tall 63-year-old man with grey hair near the shop.\nTessa Brill, 57, was hurt in the raid.\n"
    )
    found = _age_conflicts(tmp_path, third)
    assert not any("63-year-old" in f and "41" in f for f in found), found


def test_an_age_of_whom_he_attacks_is_not_his(tmp_path: Path) -> None:
    """The age is no predicate of "he" but the object of another verb: the victim's age."""
    third = (
        "A search began on Monday after the robbery in Harlow Vale.\nOfficers are hunting Marco Rossi after"
        " he attacked a 63-year-old cyclist near the quay.\nTessa Brill, 57, was hurt in the raid.\n"
    )
    found = _age_conflicts(tmp_path, third)
    assert not any("63-year-old" in f and "41" in f for f in found), found


def test_an_age_of_whom_he_is_confronted_by_is_not_his(tmp_path: Path) -> None:
    """ "he was confronted by a 63-year-old": a verb and "by" between: whoever confronted him."""
    third = (
        "A search began on Monday after the robbery in Harlow Vale.\nMarco Rossi fled when he was confronted"
        " by a 63-year-old neighbour.\nTessa Brill, 57, was hurt in the raid.\n"
    )
    found = _age_conflicts(tmp_path, third)
    assert not any("63-year-old" in f and "41" in f for f in found), found


def test_an_age_he_is_described_as_with_a_height_between_is_his(tmp_path: Path) -> None:
    """ "he was described by officers as a 6 foot, 2 inch 63-year-old": a height between is his too."""
    third = (
        "A search began on Monday after the robbery in Harlow Vale.\nThe man sought is Marco Rossi and he was"
        " described by officers as a 6 foot, 2 inch 63-year-old man.\nTessa Brill, 57, was hurt in the raid.\n"
    )
    found = _age_conflicts(tmp_path, third)
    assert any("63-year-old" in f and "41" in f for f in found), found
