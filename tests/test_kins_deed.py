"""A deed's date told of a kin of the person another report dates it for is another person's deed
(``judge._kins_deed``): "Her husband was born in 1964" is no birth year of hers told otherwise."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Verdict


def _date_conflicts(folder: Path, texts: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [f.explanation for f in check([folder]).by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.DATE]


_SINGER = {
    "a.txt": "The singer Mara Rissby was born in 1961 in a fishing town, her agent said.\n",
    "b.txt": "Rissby, who was born in 1961, died on Tuesday, her agent said.\n",
}


def test_a_kins_birth_year_is_no_conflict(tmp_path: Path) -> None:
    texts = dict(_SINGER, **{"c.txt": "Rissby's husband, Tomas Aldery, was born in 1964 and managed her tours.\n"})
    assert _date_conflicts(tmp_path / "kin", texts) == []


def test_her_own_birth_year_told_otherwise_still_conflicts(tmp_path: Path) -> None:
    texts = dict(_SINGER, **{"c.txt": "Rissby was born in 1964 and began singing at the age of nine.\n"})
    assert any("1964" in e and "1961" in e for e in _date_conflicts(tmp_path / "own", texts))


def test_a_deed_done_with_a_kin_or_a_kin_describing_her_still_conflicts(tmp_path: Path) -> None:
    # "she and her husband married": her marriage too; "a fisherman's daughter born in": herself
    married = {
        "a.txt": "Dancer Mara Rissby dies\n\nMara Rissby, the ballet dancer, has died aged 80.\n"
        "Rissby married in 1990 in Tarnby, the year she left the stage.\n",
        "b.txt": "Rissby dies\n\nThe dancer Mara Rissby has died, her company said.\n"
        "Rissby, who married in 1990, later taught in Tarnby.\n",
        "c.txt": "Tarnby dancer dies\n\nMara Rissby has died aged 80, her company said.\n"
        "Rissby and her husband married in 1992 in a small chapel in Tarnby.\n",
    }
    assert any("1992" in e and "1990" in e for e in _date_conflicts(tmp_path / "married", married))
    described = {
        "a.txt": "Singer Mara Rissby dies\n\nMara Rissby, the singer, was born in 1961 in a fishing town, "
        "her agent said.\n",
        "b.txt": "Rissby dies at 65\n\nMara Rissby, a fisherman's daughter born in 1964 in Tarnby, has died.\n",
    }
    assert any("1964" in e and "1961" in e for e in _date_conflicts(tmp_path / "described", described))
