"""Tests for ``match._same_value_links``: dates both reports write with the same value need fewer
alike words to be one date (invented texts)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.match import _same_value_links, _written_date, similarity
from factcheck.models import Claim, ClaimKind, Report


def _dates(folder: Path, texts: dict[str, str], surface: str) -> tuple[Report, list[Claim]]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = check([folder])
    return report, [c for c in report.claims if c.kind is ClaimKind.DATE and surface in c.surface]


def test_same_year_in_few_alike_words_is_one_agreement(tmp_path: Path) -> None:
    """Two words shared ("military", "council"): too few for any two dates, enough for one year
    both give."""
    report, dates = _dates(
        tmp_path,
        {
            "a.txt": "Protesters marched through Velmora on Tuesday. The unrest is the worst since the fall"
            " of the military council in 1931, historians said.\n",
            "b.txt": "Shops stayed shut in Velmora. The military council was toppled in 1931 after weeks of marches.\n",
        },
        "1931",
    )
    assert len(dates) == 2
    assert similarity(*dates)[1] < 3  # below MIN_SHARED: only the same value joins them
    agree = [f for f in report.findings if f.kind is ClaimKind.DATE and f.verdict.value == "agree"]
    assert [sorted(c.location.article for c in f.claims) for f in agree] == [["a.txt", "b.txt"]]


def test_same_year_of_two_named_people_is_not_joined(tmp_path: Path) -> None:
    _, dates = _dates(
        tmp_path,
        {
            "a.txt": "Trainers said the boxer Vance has not won a title fight since 2019.\n",
            "b.txt": "Trainers said the boxer Ortiz has not fought for a title since 2019.\n",
        },
        "2019",
    )
    assert len(dates) == 2
    assert similarity(*dates) >= (0.2, 2)  # alike enough, were they not of two people
    assert not _same_value_links(dates)


def test_a_day_read_off_the_report_is_no_written_value() -> None:
    assert _written_date("in 1931") and _written_date("last September") and _written_date("Nov. 2")
    assert not _written_date("on Sunday") and not _written_date("this year") and not _written_date("this morning")


def test_same_year_in_one_alike_word_is_one_agreement_but_a_day_is_not(tmp_path: Path) -> None:
    """A past year both reports write is rare enough that one word shared ("championship") joins it;
    a day of the month, told of many events of a story, still needs two."""
    texts = {
        "a.txt": "Supporters lined the streets of Velmora. The parade recalled the championship of 1974.\n",
        "b.txt": "Crowds gathered in Velmora. In 1974 the team won its only championship, fans said.\n",
    }
    report, years = _dates(tmp_path / "years", texts, "1974")
    assert len(years) == 2
    assert similarity(*years)[1] == 1
    agree = [f for f in report.findings if f.kind is ClaimKind.DATE and f.verdict.value == "agree"]
    assert [sorted(c.location.article for c in f.claims) for f in agree] == [["a.txt", "b.txt"]]
    days = {name: text.replace("1974", "May 3, 1974") for name, text in texts.items()}
    _, dated = _dates(tmp_path / "days", days, "May 3")
    assert len(dated) == 2 and similarity(*dated)[1] == 1
    assert not _same_value_links(dated)
