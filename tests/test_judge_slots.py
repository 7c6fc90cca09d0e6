"""Two organisations or named facilities given for one role (``judge_slots``), on invented folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.models import Finding, Verdict


def _slot_conflicts(folder: Path, texts: list[str]) -> list[Finding]:
    """The conflicts of a new folder holding ``texts`` as 01.txt, 02.txt... that name two bodies."""
    folder.mkdir()
    for i, text in enumerate(texts, 1):
        (folder / f"{i:02d}.txt").write_text(f"Report {i}\n\n{text}\n", encoding="utf-8")
    return [f for f in check([folder]).by_verdict(Verdict.CONFLICT) if f.explanation.startswith("two bodies")]


def _names(f: Finding) -> set[str]:
    return {c.display for c in f.claims}


ORGANISED = "The march on Saturday was organised by the {}. Police said about 9,000 people attended."
TAKEN = "He was taken to {} with head injuries on Monday, police said. The lorry hit a wall."
DIVERTED = "The flight was diverted to {} after a warning light came on. All 120 passengers were safe."
OWNS = "{}, which owns the quarry, said work had stopped. Two men were hurt on Monday."


@pytest.mark.parametrize(
    ("template", "many", "few", "role"),
    [
        (ORGANISED, "Fair Wage Union", "Halbrook Workers League", "organiser"),
        (TAKEN, "Ossington Park Hospital", "Fernhill General Hospital", "hospital"),
        (DIVERTED, "Tindle Field Airport", "Pellwick International Airport", "airport"),
        (OWNS, "Quarvey Stone Group", "Brellow Holdings", "owner"),
    ],
)
def test_one_role_two_bodies(tmp_path: Path, template: str, many: str, few: str, role: str) -> None:
    found = _slot_conflicts(tmp_path / "f", [template.format(many), template.format(many), template.format(few)])
    assert len(found) == 1
    assert _names(found[0]) == {many, few}
    assert role in found[0].explanation
    assert {c.location.article for c in found[0].claims} == {"01.txt", "02.txt", "03.txt"}


def test_investigation_led(tmp_path: Path) -> None:
    lead = "The {} is leading the investigation into the crash. Nine people died."
    found = _slot_conflicts(
        tmp_path / "f",
        [
            lead.format("Transport Safety Board"),
            lead.format("Transport Safety Board"),
            lead.format("Quarvey Rail Office"),
        ],
    )
    assert [_names(f) for f in found] == [{"Transport Safety Board", "Quarvey Rail Office"}]


@pytest.mark.parametrize(
    "third",
    [
        # another patient, another hospital
        "A passenger was flown to Fernhill General Hospital with head injuries on Monday. The lorry hit a wall.",
        # moved on to a second hospital
        "He was later transferred to Fernhill General Hospital on Monday, police said. The lorry hit a wall.",
        # the one article names both: it tells them apart
        "He was taken to Fernhill General Hospital on Monday; Ossington Park Hospital was full. The lorry hit a wall.",
        # two hospitals in one list
        "He was taken to Fernhill General Hospital and Ossington Park Hospital on Monday. The lorry hit a wall.",
        # another time
        "In 2019 he was taken to Fernhill General Hospital after a fall. The lorry hit a wall on Monday.",
    ],
)
def test_hospitals_apart(tmp_path: Path, third: str) -> None:
    texts = [TAKEN.format("Ossington Park Hospital"), TAKEN.format("Ossington Park Hospital"), third]
    assert _slot_conflicts(tmp_path / "f", texts) == []


@pytest.mark.parametrize(
    ("template", "third"),
    [
        # an investigation into another thing: the inquest
        (
            "The Transport Safety Board is leading the investigation into the crash. Nine people died.",
            "The Westshire Coroners Office is leading the investigation into the deaths. Nine people died.",
        ),
        # a counter-protest has its own organiser
        (
            ORGANISED.format("Fair Wage Union"),
            "A counter-protest on Saturday was organised by the Halbrook Workers League.",
        ),
        # owners of two things
        (
            OWNS.format("Quarvey Stone Group"),
            "Brellow Holdings, which owns the land next to the site, said it would help.",
        ),
        # rallies in two towns
        (
            "The march in Port Elm on Saturday was organised by the Fair Wage Union. About 9,000 attended.",
            "The rally in Pellwick on Saturday was organised by the Halbrook Workers League.",
        ),
        # one body beside others
        (ORGANISED.format("Fair Wage Union"), "The Halbrook Workers League also organised the march on Saturday."),
    ],
)
def test_roles_of_many(tmp_path: Path, template: str, third: str) -> None:
    assert _slot_conflicts(tmp_path / "f", [template, template, third]) == []


def test_one_body_two_names(tmp_path: Path) -> None:
    """A shorter name of the body (part of it) is no second body."""
    texts = [ORGANISED.format("Fair Wage Union"), ORGANISED.format("Fair Wage Union"), ORGANISED.format("Wage Union")]
    assert _slot_conflicts(tmp_path / "f", texts) == []


def test_owner_named_before(tmp_path: Path) -> None:
    """ "The quarry's owner, X" holds what "X, which owns the quarry" holds."""
    texts = [OWNS.format("Quarvey Stone Group"), OWNS.format("Quarvey Stone Group")]
    texts.append("The quarry's owner, Brellow Holdings, said work had stopped. Two men were hurt on Monday.")
    found = _slot_conflicts(tmp_path / "f", texts)
    assert [_names(f) for f in found] == [{"Quarvey Stone Group", "Brellow Holdings"}]
