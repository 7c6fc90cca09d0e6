"""The kind of gun an attack used: extraction (``extract.weapons``) and judging (``judge_weapons``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from named_extract import named_claims

from factcheck.api import check
from factcheck.models import Article, ClaimKind, Source, Verdict


def weapons_of(text: str) -> list[tuple[str, str]]:
    article = Article(Path("a.txt"), "a.txt", "0" * 64, text, Source(published=date(2025, 3, 12)))
    return [(c.surface, c.text_value) for c in named_claims(article) if c.key == "weapon"]


@pytest.mark.parametrize(
    ("sentence", "weapons"),
    [
        (
            "The gunman walked in with a sawn-off double-barrelled shotgun.",
            [("a sawn-off double-barrelled shotgun", "shotgun")],
        ),
        ("Police said he carried his pistol in a bag.", [("his pistol", "handgun")]),
        ("He used either a rifle or a shotgun, police said.", [("either a rifle or a shotgun", "rifle or shotgun")]),
        # the gun a shell went into, not the shell
        ("He pushed a cartridge into the shotgun.", [("the shotgun", "shotgun")]),
        # no firearm, or the gun's word naming something else
        ("The boy had a toy pistol and an air rifle.", []),
        ("He got a handgun licence in March and bought shotgun shells.", []),
        # guns counted are a figure
        ("Police seized two rifles.", []),
    ],
)
def test_guns_named(sentence: str, weapons: list[tuple[str, str]]) -> None:
    assert weapons_of(sentence) == weapons


def _weapon_findings(folder: Path, texts: dict[str, str]) -> list:
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [f for f in check([folder]).findings if f.key.startswith("weapon:") and f.kind is ClaimKind.PERSON_ROLE]


_SHOTGUN = {
    "a.txt": "A sacked warehouse worker opened fire with a shotgun at the Dunmore office on Monday, killing one.",
    "b.txt": "Police said the gunman at the Dunmore office used a sawn-off shotgun.",
    "c.txt": "The man fired the shotgun twice in the Dunmore office, police said on Monday.",
}


def test_a_gun_one_report_alone_names_otherwise_is_a_conflict(tmp_path: Path) -> None:
    texts = _SHOTGUN | {"d.txt": "Workers said the man carried a rifle into the Dunmore office on Monday."}
    findings = _weapon_findings(tmp_path / "lone", texts)
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert conflict.explanation.startswith("only d.txt name a rifle; 3 other articles name a shotgun")
    (agree,) = [f for f in findings if f.verdict is Verdict.AGREE]
    assert agree.articles == ("a.txt", "b.txt", "c.txt")
    # an article naming two guns: the story has several, no one gun told otherwise
    texts["c.txt"] = "The man carried a shotgun and a pistol into the Dunmore office, police said."
    assert not [f for f in _weapon_findings(tmp_path / "two", texts) if f.verdict is Verdict.CONFLICT]
    # two reports are no crowd
    del texts["c.txt"]
    assert not [f for f in _weapon_findings(tmp_path / "pair", texts) if f.verdict is Verdict.CONFLICT]


def test_a_gun_named_as_one_of_two_is_compatible(tmp_path: Path) -> None:
    texts = _SHOTGUN | {"d.txt": "Police first said the man used either a rifle or a shotgun."}
    findings = _weapon_findings(tmp_path / "either", texts)
    (compatible,) = [f for f in findings if f.verdict is Verdict.COMPATIBLE]
    assert compatible.explanation.startswith("d.txt names 'either a rifle or a shotgun', which a.txt, b.txt, c.txt say")
    assert not [f for f in findings if f.verdict is Verdict.CONFLICT]
