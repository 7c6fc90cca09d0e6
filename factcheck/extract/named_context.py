"""What the extractors of named claims share about one article: its sentences' tokens
(``name_tokens``), the people it names (``persons``), and its event words with their dates.

Made once per article (``context_of``, through ``ArticleText.shared``) and read by the extractors
of titles and roles (``roles``), event places (``event_places``), quotes (``quotations``) and
designations (``designations``). Each returns its claims in text order (``in_text_order``).

An event is a noun or verb of a small lexicon (summit, meeting, talks, met, crash...; see
``words.EVENT_CLASSES``); "travelled to", "arrived in" take the class of the event they are for
("for three days of talks", "to attend the summit"), else they are a visit. Each event word gets
the nearest date of its sentence that is nearer to it than to another event word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from factcheck import dates
from factcheck.extract.name_tokens import Tok, tokens
from factcheck.extract.persons import Mention, People
from factcheck.extract.registry import ArticleText
from factcheck.models import Article, Claim, Location, Sentence, Step
from factcheck.places import fold
from factcheck.text import LineIndex
from factcheck.words import EVENT_CLASSES

if TYPE_CHECKING:
    from factcheck.places import PlaceResolver

__all__ = [
    "NO_PLACE_NOUNS",
    "TRAVEL_VERBS",
    "Event",
    "NamedContext",
    "context_of",
    "event_class",
    "gap",
    "in_text_order",
    "lead_dates",
]

TRAVEL_VERBS = frozenset(
    "travelled traveled travels travel flew fly arrived arrives arrive arriving went headed came".split()
)
"""Verbs whose destination ("to X", "in X" for arrived) is where the event they are for took place."""
NO_PLACE_NOUNS = frozenset({"visit", "trip", "tour"})
"""Nouns whose "to X" is a destination, not where a comparable event was held."""

DATE_REACH = 90
"""Characters between an event word and a date of its sentence, at most, for the date to be the
event's: a date further away belongs to another clause."""
PURPOSE_REACH = 12
"""Words between a travel verb and the event it is for ("travelled to Lima on Monday for three days
of talks"), at most."""

_TEXT_ORDER = attrgetter("location.start", "location.end", "kind", "key")
"""The order claims are returned in: by span, then kind and key (kinds compare as their values:
see ``factcheck.extract.TEXT_ORDER``)."""
_LOW = itemgetter(4)
"""A token's folded word (`Tok.low`), read without a Python call."""


@dataclass
class Event:
    """An event word of a sentence (offsets into the sentence's text)."""

    sent: int
    start: int
    end: int
    cls: str
    """Its event class (``words.EVENT_CLASSES``), or "travel" for a travel verb."""
    word: str
    date: dates.DateMatch | None = None
    """The nearest date of its sentence, when nearer to it than to another event word."""


@dataclass
class NamedContext:
    """One article's main text as the extractors of named claims read it."""

    text: ArticleText
    article: Article
    sentences: Sequence[Sentence]
    index: LineIndex
    toks: list[list[Tok]]
    """The tokens of each sentence."""
    people: People
    """The people each sentence names, with the title before each."""
    _dates: dict[int, list[dates.DateMatch]] = field(default_factory=dict)

    @classmethod
    def of(cls, text: ArticleText) -> NamedContext:
        toks = [tokens(s.text) for s in text.sentences]
        return cls(text, text.article, text.sentences, text.index, toks, People(text.sentences, toks))

    @property
    def name(self) -> str:
        return self.article.name

    @property
    def resolver(self) -> PlaceResolver:
        """The article's place resolver (shared with every extractor that resolves places)."""
        return self.text.places

    @cached_property
    def events(self) -> list[list[Event]]:
        """The event words of each sentence."""
        return [_events(self, si) for si in range(len(self.sentences))]

    def location(self, si: int, start: int, end: int) -> Location:
        s = self.sentences[si]
        line, col = self.index.position(s.start + start)
        return Location(self.name, s.start + start, s.start + end, line, col)

    def dates_of(self, si: int) -> list[dates.DateMatch]:
        if si not in self._dates:
            self._dates[si] = dates.find_dates(self.sentences[si].text, self.article.source.published)
        return self._dates[si]

    def persons_in(self, si: int) -> list[Mention]:
        return self.people.mentions[si]

    def participants(self, si: int) -> tuple[str, ...]:
        seen: list[str] = []
        for m in self.persons_in(si):
            key = fold(m.name)
            if key not in seen:
                seen.append(key)
        return tuple(seen)

    def name_steps(self, m: Mention) -> tuple[Step, ...]:
        if m.resolved_from and m.surface != m.name:
            return (Step(m.surface, m.name, f"{m.resolved_from} resolved to the full name given in the article"),)
        return ()


def context_of(text: ArticleText) -> NamedContext:
    """The article's context, made by the first extractor that asks for it."""
    return text.shared(NamedContext.of)


def in_text_order(claims: Iterable[Claim]) -> list[Claim]:
    """``claims`` by span, then kind and key, each span, kind and key once (the first found)."""
    seen: set[str] = set()
    out = []
    for c in sorted(claims, key=_TEXT_ORDER):
        if c.id + c.key not in seen:
            seen.add(c.id + c.key)
            out.append(c)
    return out


# ----------------------------------------------------------------------------------------- events

_EVENT_WORDS = frozenset(EVENT_CLASSES) | TRAVEL_VERBS


def _events(ctx: NamedContext, si: int) -> list[Event]:
    """Event words of a sentence, each with the nearest date that is nearer to it than to another."""
    text = ctx.sentences[si].text
    out: list[Event] = []
    toks = ctx.toks[si]
    if _EVENT_WORDS.isdisjoint(map(_LOW, toks)):
        return out  # most sentences: one pass in C, no comprehension
    for i in [i for i, t in enumerate(toks) if t.low in _EVENT_WORDS]:
        t = toks[i]
        low = t.low
        cls = EVENT_CLASSES.get(low)
        if low in TRAVEL_VERBS:
            cls = "travel"
        if cls is None:
            continue
        prev = toks[i - 1].low if i > 0 else ""
        if prev == "to" and low in ("talk", "address", "fire", "strike", "launch", "attack", "visit", "tour"):
            continue  # an infinitive: "to address the concerns"
        if low == "address" and i + 1 < len(toks) and toks[i + 1].low not in ("to", "at", "in", "by", "on"):
            continue
        out.append(Event(si, t.start, t.end, cls, low))
    if not out:
        return out
    for d in ctx.dates_of(si):
        if d.qualifier:
            continue
        # a date right after "said"/"told" is when something was said, not an event's date
        if re.search(r"\b(?:said|told|says|announced)\s+(?:on\s+)?$", text[: d.start]) or re.search(
            r"\b(?:told (?:the )?(?:press|reporters|journalists))\s+(?:on\s+)?$", text[: d.start]
        ):
            continue
        best = min(out, key=lambda e: gap(e.start, e.end, d.start, d.end))
        if gap(best.start, best.end, d.start, d.end) > DATE_REACH:
            continue
        if best.date is None or gap(best.start, best.end, d.start, d.end) < gap(
            best.start, best.end, best.date.start, best.date.end
        ):
            best.date = d
    return out


def gap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Characters between the spans [a0, a1) and [b0, b1); 0 when they overlap."""
    if a1 <= b0:
        return b0 - a1
    if b1 <= a0:
        return a0 - b1
    return 0


def event_class(ctx: NamedContext, si: int, ev: Event) -> str:
    """A travel verb takes the class of the event it is for ("for three days of talks")."""
    if ev.cls != "travel":
        return ev.cls
    text = ctx.sentences[si].text
    for other in ctx.events[si]:
        if other.start > ev.start and other.cls not in ("travel",) and other.word not in NO_PLACE_NOUNS:
            between = text[ev.end : other.start]
            if _PURPOSE.search(between) and len(between.split()) <= PURPOSE_REACH:
                return other.cls
            break
    return "visit"


_PURPOSE = re.compile(r"\b(?:for|to\s+(?:attend|join|hold|open|take\s+part\s+in))\b")
"""What introduces the event a traveller travels for: "for three days of talks", "to attend the summit"."""


def lead_dates(ctx: NamedContext) -> dict[str, tuple[dates.DateMatch, int]]:
    """For each event class, the article's first dated event of it (sentence index kept)."""
    lead: dict[str, tuple[dates.DateMatch, int]] = {}
    for si, evs in enumerate(ctx.events):
        for ev in evs:
            cls = event_class(ctx, si, ev)
            if ev.date is not None and cls not in lead:
                lead[cls] = (ev.date, si)
    return lead
