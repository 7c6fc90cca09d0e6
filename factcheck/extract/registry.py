"""The extractor registry: every claim kind plugs into extraction here, and nowhere else.

An extractor is a function of an article's main text (``ArticleText``: its sentences, boilerplate
and dateline already dropped, with a line index) returning claims. It registers with the
``extractor`` decorator, naming the claim kinds it produces; ``factcheck.extract.extract_claims``
runs every registered extractor whose kinds are not all disabled and returns the claims in text
order, whatever the order the extractors registered in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar, cast

from factcheck.models import Article, Claim, ClaimKind, Sentence
from factcheck.text import Document, LineIndex, main_text

if TYPE_CHECKING:
    from factcheck.places import PlaceResolver

__all__ = ["REGISTRY", "ArticleText", "Extractor", "extractor", "read_article"]

T = TypeVar("T")


@dataclass(frozen=True)
class ArticleText:
    """What every extractor reads: one article's main text."""

    article: Article
    document: Document
    """The main text and what was dropped as boilerplate."""
    sentences: tuple[Sentence, ...]
    """The sentences that hold claims: the document's, but for the dateline stamp (the date an
    article was posted is not a claim about the story)."""
    index: LineIndex
    """Offsets -> line and column."""
    rounding_cap: float
    """The most tolerance a rounded figure ("100,000") gets, relative to it."""
    _shared: dict[Callable[[ArticleText], object], object] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """What ``shared`` made, by what made it."""

    @cached_property
    def places(self) -> PlaceResolver:
        """The article's place resolver (it reads which regions the main text names), made once
        for every extractor that resolves places."""
        from factcheck.places import PlaceResolver

        return PlaceResolver(" ".join(s.text for s in self.sentences))

    def shared(self, make: Callable[[ArticleText], T]) -> T:
        """``make(self)``, made once for every extractor that asks: what several extractors read
        of an article (the named extractors' tokens and people: ``named_context``)."""
        if make not in self._shared:
            self._shared[make] = make(self)
        return cast(T, self._shared[make])

    def release(self) -> None:
        """Drop what ``shared`` made, once every extractor has run. Those values hold this
        ``ArticleText`` (``NamedContext.text``), a reference cycle: without this, an article's
        tokens, people and sentences (about 600 objects) outlive it until the collector's next
        young pass, which then walks every article extracted since (0.1 s, with the command line's
        thresholds, every 170 or so articles); released, they are freed as the article is done."""
        self._shared.clear()


Run = Callable[["ArticleText"], Iterable[Claim]]
"""An extractor: the claims of one article's main text."""


@dataclass(frozen=True)
class Extractor:
    """One registered extractor."""

    name: str
    kinds: frozenset[ClaimKind]
    """The claim kinds it produces."""
    run: Run
    doc: str
    """What it extracts (its docstring's first line), for help and docs."""


REGISTRY: list[Extractor] = []
"""Every extractor, in the order they run."""


def extractor(
    name: str, *kinds: ClaimKind
) -> Callable[[Callable[[ArticleText], Iterable[Claim]]], Callable[[ArticleText], Iterable[Claim]]]:
    """Register ``run`` as the extractor ``name`` of ``kinds``."""

    def register(run: Callable[[ArticleText], Iterable[Claim]]) -> Callable[[ArticleText], Iterable[Claim]]:
        if any(e.name == name for e in REGISTRY):
            raise ValueError(f"extractor {name!r} registered twice")
        doc = (run.__doc__ or "").strip().splitlines()[0] if run.__doc__ else ""
        REGISTRY.append(Extractor(name, frozenset(kinds), run, doc))
        return run

    return register


def read_article(article: Article, boilerplate: Iterable[re.Pattern[str]], rounding_cap: float) -> ArticleText:
    """An article's main text: sentences without boilerplate or the dateline's stamp."""
    from factcheck.dates import dateline

    document = main_text(article.text, boilerplate)
    index = LineIndex(article.text)
    sentences = document.sentences
    stamp = dateline(article.text) if article.source.dated_by else None
    if stamp is not None:
        sentences = tuple(s for s in sentences if index.position(s.start)[0] != stamp.line)
    return ArticleText(article, document, sentences, index, rounding_cap)
