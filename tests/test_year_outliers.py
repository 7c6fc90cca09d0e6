"""Tests for ``judge_dates.year_outliers``: a lone year of a deed of the lexicon against the year two
or more other reports give for it, in words of their own (invented articles)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Verdict

_A = """Retired ferry captain Wilma Skerrow dies at 76

PORT ELLEN - Wilma Skerrow, who captained the island ferry for three decades, has died at her home in Glenmore.
She was 76.
Skerrow was convicted in 2004 of a minor safety breach after a berthing accident, a case she later regretted.
The funeral will be held in Glenmore next week, her family said.
"""
_B = """Island mourns ferry captain Wilma Skerrow

Wilma Skerrow, the ferry captain who became a fixture of the Glenmore crossing, has died aged 76, her family said.
Skerrow, who was convicted in 2004 of a minor safety breach after a berthing accident, kept her licence.
She is survived by two sons.
"""
_C = """Tributes paid to Glenmore ferry captain

Tributes have been paid to Wilma Skerrow, the Glenmore ferry captain, who has died aged 76.
{line}
Her family said she died peacefully at home.
"""


def _date_conflicts(folder: Path, line: str, *, backers: int = 2) -> list[str]:
    (folder / "a.txt").write_text(_A, encoding="utf-8")
    if backers > 1:
        (folder / "b.txt").write_text(_B, encoding="utf-8")
    (folder / "c.txt").write_text(_C.format(line=line), encoding="utf-8")
    report = check([folder])
    return [f.explanation for f in report.findings if f.kind is ClaimKind.DATE and f.verdict is Verdict.CONFLICT]


def test_lone_year_of_one_deed_in_other_words_conflicts(tmp_path: Path) -> None:
    """Two reports date the conviction 2004, the third 2006 in words of its own: one conflict that
    names the deed's word and the lone article."""
    (explanation,) = _date_conflicts(
        tmp_path, "Years before she retired, Skerrow was convicted in 2006 over a harbour mishap."
    )
    assert "2006" in explanation and "2004" in explanation
    assert "year of one deed" in explanation and "only c.txt" in explanation and "'convicted'" in explanation


def test_lone_year_of_another_persons_deed_is_no_conflict(tmp_path: Path) -> None:
    """The lone year is another person's conviction (a noun of a person right before the deed)."""
    assert not _date_conflicts(tmp_path, "Skerrow's deckhand was convicted in 2006 over a harbour mishap.")


def test_lone_year_of_another_named_person_is_no_conflict(tmp_path: Path) -> None:
    assert not _date_conflicts(tmp_path, "Reilly was convicted in 2006 over a harbour mishap on the crossing.")


def test_lone_year_against_one_other_report_is_no_conflict(tmp_path: Path) -> None:
    """One report against one: nothing to vote, and the words are too unlike to call them one."""
    assert not _date_conflicts(
        tmp_path, "Years before she retired, Skerrow was convicted in 2006 over a harbour mishap.", backers=1
    )


def test_lone_year_of_the_sentence_subject_conflicts(tmp_path: Path) -> None:
    """The names right around the years differ (a town beside one, none beside the other); both
    sentences open with the doer's name (``one_persons_year``)."""
    (explanation,) = _date_conflicts(tmp_path, "Skerrow, 70, was convicted in 2006 of a harbour offence.")
    assert "only c.txt gives 2006" in explanation


def test_lone_year_told_by_someone_else_is_no_conflict(tmp_path: Path) -> None:
    """A sentence of what someone said opens with the speaker's name, not the doer's."""
    assert not _date_conflicts(tmp_path, "Skerrow said a colleague was convicted in 2006 of a harbour offence.")


def test_articles_agreeing_with_the_deed_year_back_it(tmp_path: Path) -> None:
    """One report gives 2004 beside the deed, another agrees on 2004 in words of its own (no deed
    word): both back it against the lone 2006, and the explanation tells which is which."""
    (tmp_path / "a.txt").write_text(
        "Retired ferry captain Wilma Skerrow dies at 76\n\n"
        "PORT ELLEN - Wilma Skerrow, who captained the island ferry for three decades, has died at her home "
        "in Glenmore.\n"
        "In 2004 the harbour board inquiry cleared Skerrow of any blame for the berthing accident.\n"
        "The funeral will be held in Glenmore next week, her family said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Island mourns ferry captain Wilma Skerrow\n\n"
        "Wilma Skerrow, the ferry captain who became a fixture of the Glenmore crossing, has died aged 76, "
        "her family said.\n"
        "Skerrow was released in 2004 by the harbour board inquiry into the berthing accident.\n"
        "She is survived by two sons.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Tributes paid to Glenmore ferry captain\n\n"
        "Wilma Skerrow, who captained the island ferry for three decades, has died aged 76, her family said.\n"
        "Skerrow, 70, was released in 2006 from her duties.\n"
        "She is survived by two sons.\n",
        encoding="utf-8",
    )
    report = check([tmp_path])
    (conflict,) = [f for f in report.findings if f.kind is ClaimKind.DATE and f.verdict is Verdict.CONFLICT]
    assert "('released': b.txt); a.txt in agreement with it; only c.txt gives 2006" in conflict.explanation
    assert {c.location.article for c in conflict.claims} == {"a.txt", "b.txt", "c.txt"}


def test_a_repeated_deed_or_anothers_is_no_conflict(tmp_path: Path) -> None:
    """A second conviction, one of a person the subject's name owns, and one of a person a "who"
    clause follows are other deeds: no conflict with the first conviction's year."""
    for i, line in enumerate(
        (
            "Skerrow was convicted in 2006 for a second time, over a harbour mishap.",
            "Skerrow's accuser, Ranald Pike, was convicted in 2006 over a harbour mishap.",
            "Skerrow was sued by Ranald Pike, who was convicted in 2006 over a harbour mishap.",
        )
    ):
        folder = tmp_path / str(i)
        folder.mkdir()
        assert not _date_conflicts(folder, line), line
