"""Helpers every sentence-level extractor shares: token windows, locations, names in context."""

from __future__ import annotations

import bisect
from operator import itemgetter

from factcheck.models import Location, Sentence
from factcheck.text import BULLET_MARKS, LineIndex
from factcheck.words import STOPWORDS, Token

CONTEXT_WINDOW = 8
"""Words either side of a value that describe what it is about."""
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def location(name: str, sentence: Sentence, index: LineIndex, start: int, end: int) -> Location:
    """The location of ``[start, end)`` of a sentence (sentence offsets) in its article."""
    line, col = index.position(sentence.start + start)
    return Location(name, sentence.start + start, sentence.start + end, line, col)


def token_index(toks: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (tokens are sorted)."""
    return bisect.bisect_left(toks, offset, key=_START)


_START = itemgetter(1)
"""A token's start offset (`Token.start`), read without a Python call."""


def split_at(toks: list[Token], start: int, end: int) -> tuple[list[Token], list[Token]]:
    """All tokens before ``start`` and all from ``end`` on (views by bisection, no full scan)."""
    return toks[: token_index(toks, start)], toks[token_index(toks, end) :]


def window(toks: list[Token], start: int, end: int) -> tuple[list[Token], list[Token]]:
    """CONTEXT_WINDOW tokens before ``start`` and after ``end``."""
    i, j = token_index(toks, start), token_index(toks, end)
    return toks[max(0, i - CONTEXT_WINDOW) : i], toks[j : j + CONTEXT_WINDOW]


def names(toks: list[Token]) -> list[str]:
    """Capitalised words, lower case (``Claim.names``): a cheap stand-in for named entities.

    At the start of a sentence a capital says nothing, so only acronyms ("BA") and possessives
    ("Cairn's") count there.
    """
    out = []
    opening = 0  # where a line's first word starts: after a bullet or a table's pipe ("• Passengers on board: 186")
    for t in toks:
        text = t[0]  # t.text, t.is_word and t.lower without their Python-level properties
        if t.start == opening and text in _LINE_MARKS:
            opening = t.end + 1
            continue
        if not text[0].isalpha() or not text[0].isupper():
            continue
        low = text.lower()
        if low in STOPWORDS or low in CALENDAR:
            continue
        word = text.replace("’", "'")
        if t.start in (0, opening) and not (word.isupper() and len(word) > 1) and not word.endswith("'s"):
            continue
        out.append(word.lower().removesuffix("'s"))
    return out


_LINE_MARKS = frozenset(BULLET_MARKS + "|")
"""Bullets and a table's pipe that may open a line before its first word."""
