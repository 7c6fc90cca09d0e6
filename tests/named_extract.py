"""The claims the extractors of named claims give for one article, for the tests of extraction and
judging that look at those claims alone (no mentions, no numbers)."""

from __future__ import annotations

from operator import attrgetter

from factcheck.extract import REGISTRY
from factcheck.extract.registry import ArticleText
from factcheck.models import Article, Claim
from factcheck.numbers import ROUNDING_CAP
from factcheck.text import LineIndex, main_text

NAMED = ("roles", "event-places", "quotations", "designations", "weapons")
"""The extractors of titles and roles, event places, quotes, designations and weapons."""


def named_claims(article: Article) -> list[Claim]:
    """The named claims of ``article``'s main text (every sentence, the dateline's too), in text order."""
    document = main_text(article.text)
    text = ArticleText(article, document, document.sentences, LineIndex(article.text), ROUNDING_CAP)
    claims = [c for entry in REGISTRY if entry.name in NAMED for c in entry.run(text)]
    return sorted(claims, key=attrgetter("location.start", "location.end", "kind.value", "key"))
