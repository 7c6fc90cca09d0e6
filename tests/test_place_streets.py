"""One named building given on two streets (judge_place_conflicts.street_conflicts): "the X Bank on
Mill Street" in one report, "... on Quay Road" in another, is a conflict; a corner, another branch,
a move, two days, a building of a generic name or a person's name are not."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Verdict

_HELD = "A man held four staff at the Tolvey Savings Bank on {street} on Friday, police said."
_SIEGE = "The siege at the Tolvey Savings Bank on {street} ended on Friday evening when the man gave himself up."


def _street_conflicts(folder: Path, texts: dict[str, str]) -> list[tuple[str, tuple[str, ...]]]:
    from factcheck.api import Options, check

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    report = check([folder], Options(jobs=1))
    return [(f.explanation, f.details) for f in report.by_verdict(Verdict.CONFLICT) if "two streets" in f.explanation]


def test_one_building_on_two_streets_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Armed police surrounded the Tolvey Savings Bank branch on Quarry Street in Henbridge on Friday.",
        "b.txt": _HELD.format(street="Quarry Street"),
        "c.txt": _SIEGE.format(street="Linden Road"),
    }
    (found,) = _street_conflicts(tmp_path, texts)
    assert found[0] == (
        "one building on two streets? 'Tolvey Savings Bank' on 'Linden Road' (c.txt) "
        "vs on 'Quarry Street' (a.txt, b.txt)"
    )
    assert found[1][-1] == "1 article vs 2"


def test_a_club_and_a_row_read_from_the_text(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Volunteers served soup to relatives at the Dellby Social Club on Kiln Row through the night.",
        "b.txt": "At the Dellby Social Club on Pitman Road, volunteers served soup to relatives overnight.",
    }
    (found,) = _street_conflicts(tmp_path, texts)
    assert found[0].startswith("one building on two streets? 'Dellby Social Club' on ")
    assert "'Kiln Row' (a.txt)" in found[0] and "'Pitman Road' (b.txt)" in found[0]


def test_corners_branches_moves_days_and_generic_names_are_no_conflict(tmp_path: Path) -> None:
    cases = {
        "corner": {
            "a.txt": _HELD.format(street="Quarry Street"),
            "b.txt": _HELD.format(street="Quarry Street"),
            "c.txt": "The Tolvey Savings Bank on Linden Road, at the corner with Quarry Street, was shut on Friday.",
        },
        "also": {
            "a.txt": _HELD.format(street="Quarry Street"),
            "b.txt": "Staff at the Tolvey Savings Bank on Linden Road were also threatened on Friday.",
        },
        "days": {
            "a.txt": "Robbers raided the Tolvey Savings Bank on Quarry Street on Monday.",
            "b.txt": "The Tolvey Savings Bank on Linden Road was robbed on Tuesday, police said.",
        },
        "moved": {
            "a.txt": "The Halsey Arts Centre on Quarry Street hosted the count on Friday.",
            "b.txt": "The count was held at the Halsey Arts Centre on Linden Road on Friday; it moved last year.",
        },
        "generic": {
            "a.txt": "Firefighters from the Fire Station on Quarry Street arrived within minutes on Friday.",
            "b.txt": "Firefighters from the Fire Station on Linden Road arrived within minutes on Friday.",
        },
        "short head": {
            "a.txt": _HELD.format(street="Quarry Street"),
            "b.txt": _HELD.format(street="Quarry Street"),
            "c.txt": _SIEGE.format(street="Quarry St."),
        },
        "saint": {
            "a.txt": "Mourners filled St Agnes' Church on Quarry Street on Friday.",
            "b.txt": "Mourners filled St Agnes' Church on Linden Road on Friday.",
        },
        "person": {
            "a.txt": "Police spoke to Janet Hall on Quarry Street on Friday about the fire.",
            "b.txt": "Police spoke to Janet Hall on Linden Road on Friday about the fire.",
        },
    }
    for name, texts in cases.items():
        assert _street_conflicts(tmp_path / name, texts) == [], name


def test_a_comma_and_a_house_number_before_the_street_are_read(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Relatives waited on Friday at the Dellby Social Club, on Kiln Row, for news of the crew.",
        "b.txt": "Relatives waited on Friday at the Dellby Social Club at 12 Pitman Road for news of the crew.",
    }
    (found,) = _street_conflicts(tmp_path, texts)
    assert "'Kiln Row' (a.txt)" in found[0] and "'Pitman Road' (b.txt)" in found[0]


def test_street_conflicts_needs_texts() -> None:
    from factcheck.judge_place_conflicts import street_conflicts

    assert street_conflicts([], {}, None) == []
