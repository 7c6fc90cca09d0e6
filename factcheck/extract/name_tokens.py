"""Tokens of a sentence for finding names: words with what name-finding asks of each (its bare
form, folded form, capital, possessive) worked out once per distinct word.

Shared by the extractors of named claims (``factcheck.extract.named_context``): people and their
titles, functional roles, event places, quotes.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import NamedTuple

from factcheck import people
from factcheck.places import fold

__all__ = ["MEMO_MAX", "Tok", "index_of", "tokens"]

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F’']*\.?|\d[\w.-]*|[^\sA-Za-z\u00C0-\u024F\d]")
"""A word (letters, apostrophes, a full stop at its end), a run starting with a digit, or any other
single character but whitespace."""


class Tok(NamedTuple):
    """A token of a sentence, with what name-finding asks of it worked out once per distinct word.

    bare: the word without a possessive or a sentence-final full stop; low: ``bare`` folded;
    cap: starts with a capital; possessive: ends in 's or s'; word: starts with a letter.
    """

    text: str
    start: int
    end: int
    bare: str
    low: str
    cap: bool
    possessive: bool
    word: bool


def _token_facts(t: str) -> tuple[str, str, bool, bool, bool]:
    """(bare, low, cap, possessive, word) of a token's text (see `Tok`)."""
    bare = t
    if bare.endswith(".") and not (len(bare) == 2 and bare[0].isupper()):
        bare = bare[:-1]
    for suffix in ("’s", "'s", "’", "'"):
        if bare.endswith(suffix) and len(bare) > len(suffix) + 1:
            bare = bare[: -len(suffix)]
            break
    return bare, fold(bare), t[0].isupper(), t.endswith(("’s", "'s", "s’", "s'")), t[0].isalpha()


def _tok(text: str, start: int, end: int) -> Tok:
    return tuple.__new__(Tok, (text, start, end) + _facts_of(text))


def index_of(toks: list[Tok], start: int) -> int | None:
    """Index of the token starting at ``start`` (tokens are sorted by offset)."""
    i = bisect.bisect_left(toks, start, key=_START)
    return i if i < len(toks) and toks[i].start == start else None


_START = itemgetter(1)
"""A token's start offset (`Tok.start`), read without a Python call."""

MEMO_MAX = 1 << 16
"""Entries a memo of facts by distinct word holds before it is cleared: bounded memory, whatever
the corpus, while the words of a story (a few thousand) stay known."""

_FACTS: dict[str, tuple[str, str, bool, bool, bool]] = {}
"""`_token_facts` by token text, worked out once per distinct token (bounded: cleared when full).
Never a text `tokens` splits: those are looked up as their two parts."""


def _facts_of(t: str) -> tuple[str, str, bool, bool, bool]:
    facts = _FACTS.get(t)
    if facts is None:
        if len(_FACTS) >= MEMO_MAX:
            _FACTS.clear()
        facts = _FACTS[t] = _token_facts(t)
    return facts


_SPACE_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern}|\Z)")
"""The whitespace before a token, and the token: every other character starts a `_TOKEN`, so these
matches follow each other without gaps, and offsets are running sums of lengths. Trailing
whitespace ends in an empty token (no search failing at each of its positions)."""


def tokens(text: str) -> list[Tok]:
    """The tokens of a sentence, in order."""
    out: list[Tok] = []
    append = out.append  # the innermost loop of name finding: kept lean
    new = tuple.__new__  # what Tok(...) calls, without the Python-level __new__
    known = _FACTS.get
    end = 0
    for space, t in _SPACE_TOKEN.findall(text):
        if not t:
            break  # the end
        start = end + len(space)
        end = start + len(t)
        facts = known(t)
        if facts is None:
            split = _SPLITS.get(t)
            # a full stop after a word is the sentence's, except after an initial or an abbreviation
            if split is None and not (
                t[-1] == "." and len(t) > 2 and "." not in t[:-1] and t[:-1].lower() not in people.HONORIFICS
            ):
                facts = _facts_of(t)
            else:
                if split is None:
                    if len(_SPLITS) >= MEMO_MAX:
                        _SPLITS.clear()
                    split = _SPLITS[t] = (t[:-1], _facts_of(t[:-1]))
                word, word_facts = split
                append(new(Tok, (word, start, end - 1) + word_facts))
                append(new(Tok, (".", end - 1, end) + _DOT_FACTS))
                continue
        append(new(Tok, (t, start, end) + facts))
    return out


_SPLITS: dict[str, tuple[str, tuple[str, str, bool, bool, bool]]] = {}
"""Tokens `tokens` splits in two ("said." at a sentence's end: the word and its full stop), with
the word and its facts, once per distinct token (bounded: cleared when full)."""
_DOT_FACTS = _token_facts(".")
