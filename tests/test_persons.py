"""The person finder's lone words before a speech verb: a surname, never a plural common noun."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.extract.named_context import context_of
from factcheck.extract.registry import ArticleText
from factcheck.models import Article, ClaimKind, Source
from factcheck.numbers import ROUNDING_CAP
from factcheck.text import LineIndex, main_text


def _persons(text: str) -> list[str]:
    article = Article(Path("a.txt"), "a.txt", "0" * 64, text, Source(published=date(2025, 3, 12)))
    document = main_text(text)
    ctx = context_of(ArticleText(article, document, document.sentences, LineIndex(text), ROUNDING_CAP))
    return [m.name for si in range(len(document.sentences)) for m in ctx.persons_in(si)]


@pytest.mark.parametrize(
    "text",
    [
        "Onlookers recalled the regatta of the old harbour.",
        "Spectators said the ferry left the quay late.",
        "The ferry left late on Friday, Volunteers said.",
        "Canadians told the inquiry about the ferry.",  # a nationality's plural
        "People said the ferry left late.",  # a word of people
        "Later, T&K said the ferry had been sold.",  # a letter of a firm's initials
    ],
)
def test_a_plural_common_noun_or_a_letter_before_a_speech_verb_is_no_person(text: str) -> None:
    assert _persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marwick said the ferry left the quay late.", "Marwick"),  # a surname no dictionary knows
        ("The ferry left late, Charles said.", "Charles"),  # a given name ending in -s
    ],
)
def test_a_lone_name_before_a_speech_verb_is_still_a_person(text: str, name: str) -> None:
    assert _persons(text) == [name]


def test_a_year_after_a_plural_noun_that_speaks_has_no_such_subject(tmp_path: Path) -> None:
    from factcheck.api import check

    text = "Onlookers recalled medals won long before his death in 1987 at the harbour.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = check([tmp_path])
    years = [c for c in report.claims if c.kind is ClaimKind.DATE and c.surface == "1987"]
    assert years
    assert all(c.subject != "Onlookers" for c in years)
