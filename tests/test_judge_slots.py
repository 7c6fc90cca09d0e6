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


MARCH = "The march on Saturday was organised by the {}. Police said about 9,000 people attended."
LEADS = "The {} is leading the investigation into the collision. Six people died."


@pytest.mark.parametrize(
    ("first", "third"),
    [
        # a second march in another town
        (
            MARCH.format("Brisk Porters Union"),
            "In the hill town of Omsby, a smaller march was organised by the Omsby Health Workers Union.",
        ),
        # another event after the march
        (
            MARCH.format("Brisk Porters Union"),
            "The festival in the square after the march was organised by the Omsby Music Society.",
        ),
        # organised by two
        (MARCH.format("Brisk Porters Union"), "The march on Saturday was co-organised by the Tarrant Trades Council."),
        # an umbrella of the groups
        (
            MARCH.format("Brisk Porters Union"),
            "The march on Saturday was organised by the Clean Air Coalition, an umbrella of 30 groups.",
        ),
        # one body, its words reordered, a possessive
        (MARCH.format("Morrow Federation of Nurses"), MARCH.format("Morrow Nurses' Federation")),
        # owners of a building and of a part of it
        (
            "The building is owned by Grenmore Properties Ltd, the council said. Firefighters were there all night.",
            "The cafe building is owned by Lintel Leisure Group, the council said. Firefighters left at dawn.",
        ),
        # the owner that leases it out and the one that leases it
        (
            "The aircraft is owned by Skyhire Finance Corporation, records show. No one was hurt.",
            "The aircraft's owner, Tarn Air Holdings, leases it to the carrier, a spokesman said.",
        ),
        # initials of the name's last words
        (LEADS.format("Morrow Transport Safety Board"), LEADS.format("TSB")),
        # a criminal inquiry beside the safety inquiry
        (
            LEADS.format("Morrow Rail Accident Investigation Branch"),
            LEADS.format("Morrow Bureau of Criminal Investigation"),
        ),
        # the ministry over the body
        (LEADS.format("Morrow Marine Accident Board"), LEADS.format("Ministry of Shipping")),
        # a body that investigates such accidents by trade, not said to lead this one
        (
            LEADS.format("Morrow Civil Aviation Authority"),
            "The Morrow Air Safety Bureau, which investigates air accidents, has sent a team to the site.",
        ),
        # the inquest into the victims' deaths
        (
            "The Morrow Road Safety Authority is leading the investigation into the crash. Six people died.",
            "The Wray Coroners Office is leading the investigation into the crash victims' deaths.",
        ),
        # the main contractor and the crane contractor
        (
            "Gallow Construction Ltd, the main contractor for the bridge, said no one was hurt on Monday.",
            "Tarn Lifting Ltd, the crane contractor for the bridge, said it was checking its equipment.",
        ),
        # insurers, advisers, auditors and operators of two things
        (
            "Brimley Marine Insurance, which insures the ship's hull, said it would pay. The ship sank on Monday.",
            "Oakfold Mutual Insurance, which insures the ship's cargo, said it would pay. The ship sank on Monday.",
        ),
        (
            "Ravel Capital, which advised the buyer, said the deal closed on Monday. Shares rose.",
            "Corvin Capital, which advised the seller, said the deal closed on Monday. Shares rose.",
        ),
        (
            "Marden Audit Group, which audits the company's accounts, said it had found nothing wrong.",
            "Penn Assurance Ltd, which audits the company's pension fund, said it had found nothing wrong.",
        ),
        (
            "Morrow Health Services Ltd, which runs the hospital, said wards were open.",
            "Tarn Catering Ltd, which runs the hospital's kitchens, said meals would be served.",
        ),
        # a body renamed: the article tells both names apart only in time
        (
            "The line is operated by Coastway Railways, which said buses would run. A landslip closed it.",
            "The line is operated by Morrow Coast Railways, which said buses would run. "
            "The company traded as Coastway Railways until 2025.",
        ),
        # airports: the flight's destination, another flight
        (
            DIVERTED.format("Tindle Field Airport"),
            "The flight was diverted on its way to Pellwick International Airport after a warning light came on.",
        ),
        (DIVERTED.format("Tindle Field Airport"), DIVERTED.format("Pellwick International Airport")),
    ],
)
def test_bodies_apart(tmp_path: Path, first: str, third: str) -> None:
    assert _slot_conflicts(tmp_path / "f", [first, first, third]) == []


@pytest.mark.parametrize(
    ("first", "third"),
    [
        # two drivers
        (
            "The driver of the van was flown to Ossington Park Hospital with leg injuries. A car hit the van.",
            "The driver of the bus was taken to Fernhill General Hospital with cuts. A car hit the van.",
        ),
        # "he" and a woman
        (TAKEN.format("Ossington Park Hospital"), "Ms Dallow was taken to Fernhill General Hospital on Monday."),
        # a man named in a longer subject beside "he"
        (
            TAKEN.format("Ossington Park Hospital"),
            "Mr Pardew, who was waiting for a bus, was taken to Fernhill General Hospital with cuts.",
        ),
        # many patients
        (
            "The injured were taken to Ossington Park Hospital, the ambulance service said. A bus overturned.",
            "The injured were taken to Fernhill General Hospital, officials said. A bus overturned.",
        ),
        (
            "Four people were treated at Ossington Park Hospital for smoke, the fire service said.",
            "Two people were taken to Fernhill General Hospital with burns, a spokesman said.",
        ),
        # evacuees taken to halls, not a hospital
        (
            "Residents were taken to the Tolland Sports Centre overnight, the council said. The river rose.",
            "Residents of the estate were taken to the Wray Community Centre, the council said.",
        ),
        # treated there before, at another time
        (
            TAKEN.format("Ossington Park Hospital"),
            "He had been treated at the Fernhill Clinic for anxiety in the months before the attack.",
        ),
        # taken to one hospital, now treated at another
        (
            TAKEN.format("Ossington Park Hospital"),
            "He is being treated at the Morrow Regional Burns Centre, a spokesman said.",
        ),
        # a facility named with and without its kind
        (TAKEN.format("Eastgate Medical Centre"), TAKEN.format("Eastgate Hospital")),
        # two women who died
        (
            "A woman, 84, died at Ossington Park Hospital on Friday evening, police said. A fire broke out.",
            "A woman, 91, died at Fernhill General Hospital on Saturday, the health board said.",
        ),
        # someone else's death, long ago
        (
            "Pellow died at St Anselm's Hospice on Sunday, his family said. He was 88.",
            "His father died at Wray Royal Infirmary when he was ten, an event that shaped his work.",
        ),
    ],
)
def test_patients_apart(tmp_path: Path, first: str, third: str) -> None:
    assert _slot_conflicts(tmp_path / "f", [first, first, third]) == []


def test_died_named_and_pronoun(tmp_path: Path) -> None:
    """ "Her agent said she died at X" and "Pellow died at Y" tell of one death."""
    texts = ["Pellow died on Sunday at the Anselm Cross Hospice, her family said."] * 2
    texts.append("Her agent said she died on Sunday at the Anselm Green Hospice.")
    found = _slot_conflicts(tmp_path / "f", texts)
    assert [_names(f) for f in found] == [{"Anselm Cross Hospice", "Anselm Green Hospice"}]
