"""Extraction: an article's sentences -> numeric and date ``Claim`` objects.

A quantity claim is a number expression (``numbers.find_numbers``) with what it counts: the
noun phrase after it ("46 new psychoactive substances"), or after "of" ("tens of thousands of
deaths"), or a unit read through ``units.UNIT_WORDS`` ("5 km"). A verb of killing turns counted
people into deaths ("killed 80 people", "the deaths of 80 residents"). A rate ("a year",
"per month", "annually") and a time or place scope ("in 2021", "in the US") are read after it.
A number with nothing to count is not a claim.

A date claim is a date expression (``dates.find_dates``) resolved against the publication date,
keyed by the event near it ("summit", "visit", "launch").

Each claim keeps the words around it (``Claim.context``) for matching, and every step of its
normalisation (``Claim.steps``) for the report.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from factcheck import dates, numbers, times
from factcheck.extract.registry import ArticleText, extractor, read_article
from factcheck.models import Article, Claim, ClaimKind, Location, Sentence, Step
from factcheck.text import Document, LineIndex
from factcheck.units import RATE_WORDS, UNIT_WORDS
from factcheck.words import (
    AUXILIARIES,
    DEATH_WORDS,
    EVENT_NOUNS,
    INJURY_VERBS,
    KILL_VERBS,
    PEOPLE_NOUNS,
    STOPWORDS,
    Token,
    content_stems,
    lemma,
    tokens,
)

CONTEXT_WINDOW = 8
"""Words either side of a value that describe what it is about."""
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
NUMBER_IDIOMS = frozenset({"zero tolerance", "zero sum", "one another", "one side", "one hand", "one way"})
PAIR_NOUNS = frozenset(
    "side country nation power leader people military government president party capital neighbour".split()
)
"""With "two", these nouns refer to the parties of a story ("the two sides") rather than count."""
MAX_PHRASE = 4
"""Longest counted noun phrase, in words."""

_RATE_PERIODS = {"year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour"}
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ans|ians|ese|ish|is)$")


@dataclass(frozen=True)
class Extraction:
    """What extraction produced for one article."""

    article: Article
    claims: tuple[Claim, ...]
    document: Document
    sentences: tuple[Sentence, ...] = ()
    """The main text's sentences that hold claims (``ArticleText.sentences``)."""


def extract_article(
    article: Article, boilerplate: Iterable[re.Pattern[str]] = (), rounding_cap: float = numbers.ROUNDING_CAP
) -> Extraction:
    """All quantity, date and time claims of an article's main text.

    ``rounding_cap``: the most tolerance a rounded figure ("100,000") gets, relative to it.
    """
    text = read_article(article, boilerplate, rounding_cap)
    return Extraction(article, tuple(numeric_claims(text)), text.document, text.sentences)


@extractor("numbers", ClaimKind.QUANTITY, ClaimKind.DATE, ClaimKind.TIME)
def numeric_claims(text: ArticleText) -> list[Claim]:
    """Quantities, dates and clock times, sentence by sentence."""
    article = text.article
    source = article.source
    stamp = dates.dateline(article.text) if source.dated_by else None
    claims: list[Claim] = []
    for sentence in text.sentences:
        found = extract_sentence(article.name, sentence, source.published, text.index, text.rounding_cap)
        if stamp is not None:
            found = [_dated_by(c, stamp) for c in found]
        claims.extend(found)
    return claims


def _dated_by(claim: Claim, stamp: dates.Dateline) -> Claim:
    """A date resolved against a publication date read from the article's dateline says so."""
    if claim.kind is not ClaimKind.DATE or not any(s.rule.startswith("relative to publication") for s in claim.steps):
        return claim
    step = Step(stamp.text, stamp.day.isoformat(), f"publication date from the article's dateline (line {stamp.line})")
    return replace(claim, steps=(*claim.steps, step))


def extract_sentence(
    name: str,
    sentence: Sentence,
    published: date | None,
    index: LineIndex,
    rounding_cap: float = numbers.ROUNDING_CAP,
) -> list[Claim]:
    """Claims of one sentence; offsets are article offsets."""
    text = sentence.text
    found_dates = dates.find_dates(text, published)
    found_times = times.find_times(text)
    if found_times:  # a date never takes a clock time's digits ("at 1100 hours", "2045 GMT")
        found_dates = [d for d in found_dates if not any(t.start < d.end and d.start < t.end for t in found_times)]
    found_numbers = numbers.find_numbers(text, rounding_cap)
    if not found_dates and not found_numbers and not found_times:
        return []  # most sentences: not worth tokenising
    toks = tokens(text)
    date_spans = [(d.start, d.end) for d in found_dates] + [(t.start, t.end) for t in found_times]
    claims: list[Claim] = []
    for t in found_times:
        claims.append(_time_claim(name, sentence, index, toks, t))
    for i, d in enumerate(found_dates):
        # A date's context is its part of the sentence: up to halfway to the neighbouring dates.
        lo = 0 if i == 0 else (found_dates[i - 1].end + d.start) // 2
        hi = len(text) if i + 1 == len(found_dates) else (d.end + found_dates[i + 1].start) // 2
        window = toks[_index(toks, lo) : _index(toks, hi)]
        segment = [t for t in window if t.end <= hi and not d.start <= t.start < d.end]
        claims.append(_date_claim(name, sentence, index, toks, d, segment))
    for n in found_numbers:
        if any(s < n.end and n.start < e for s, e in date_spans):
            continue
        claim = _quantity_claim(name, sentence, index, toks, n, found_dates)
        if claim is not None:
            claims.append(claim)
    claims.sort(key=lambda c: (c.location.start, c.kind.value))
    return claims


def _location(name: str, sentence: Sentence, index: LineIndex, start: int, end: int) -> Location:
    line, col = index.position(sentence.start + start)
    return Location(name, sentence.start + start, sentence.start + end, line, col)


def _index(toks: list[Token], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (tokens are sorted)."""
    return bisect.bisect_left(toks, offset, key=lambda t: t.start)


def _split_at(toks: list[Token], start: int, end: int) -> tuple[list[Token], list[Token]]:
    """All tokens before ``start`` and all from ``end`` on (views by bisection, no full scan)."""
    return toks[: _index(toks, start)], toks[_index(toks, end) :]


def _window(toks: list[Token], start: int, end: int) -> tuple[list[Token], list[Token]]:
    i, j = _index(toks, start), _index(toks, end)
    return toks[max(0, i - CONTEXT_WINDOW) : i], toks[j : j + CONTEXT_WINDOW]


# --------------------------------------------------------------------------- dates


def _date_claim(
    name: str, sentence: Sentence, index: LineIndex, toks: list[Token], d: dates.DateMatch, segment: list[Token]
) -> Claim:
    before, after = _window(toks, d.start, d.end)
    near = before[-5:] + after[:5]
    event = next((lemma(t.text) for t in near if t.lower in EVENT_NOUNS), "event")
    context = tuple(content_stems(segment)) + tuple(_names(segment))
    steps = d.steps or (Step(text_of(sentence, d.start, d.end), d.display, d.granularity),)
    return Claim(
        kind=ClaimKind.DATE,
        key=event,
        value=None if d.symbol else d.value,
        display=(f"{d.qualifier} " if d.qualifier else "") + d.display,
        unit="",
        text_value=d.symbol,
        location=_location(name, sentence, index, d.start, d.end),
        sentence=sentence.text,
        surface=sentence.text[d.start : d.end],
        steps=tuple(steps),
        context=context,
        qualifier=d.qualifier,
        granularity=d.granularity,
    )


def _time_claim(name: str, sentence: Sentence, index: LineIndex, toks: list[Token], t: times.TimeMatch) -> Claim:
    """A clock time, keyed like a date by the event named near it; its unit is its zone."""
    before, after = _window(toks, t.start, t.end)
    near = before[-5:] + after[:5]
    event = next((lemma(tok.text) for tok in near if tok.lower in EVENT_NOUNS), "event")
    window = before + after
    return Claim(
        kind=ClaimKind.TIME,
        key=event,
        value=t.value,
        display=t.display,
        unit=t.zone,
        location=_location(name, sentence, index, t.start, t.end),
        sentence=sentence.text,
        surface=sentence.text[t.start : t.end],
        steps=t.steps,
        context=tuple(content_stems(window)) + tuple(_names(window)),
        qualifier=t.qualifier,
        stated=float(t.stated),
        granularity=t.granularity,
    )


def text_of(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start:end]


def _names(toks: list[Token]) -> list[str]:
    """Capitalised words: a cheap stand-in for named entities.

    At the start of a sentence a capital says nothing, so only acronyms ("BA") and possessives
    ("Cairn's") count there.
    """
    out = []
    for t in toks:
        if not t.is_word or not t.text[0].isupper() or t.lower in STOPWORDS or t.lower in CALENDAR:
            continue
        word = t.text.replace("’", "'")
        if t.start == 0 and not (word.isupper() and len(word) > 1) and not word.endswith("'s"):
            continue
        out.append("@" + word.lower().removesuffix("'s"))
    return out


# --------------------------------------------------------------------------- quantities


def _quantity_claim(
    name: str,
    sentence: Sentence,
    index: LineIndex,
    toks: list[Token],
    n: numbers.NumberMatch,
    found_dates: list[dates.DateMatch],
) -> Claim | None:
    text = sentence.text
    steps: list[Step] = list(n.steps)
    before, after = _split_at(toks, n.start, n.end)
    if _is_conversion(text, n):
        return None
    unit = ""
    i = 0
    # "two-day talk": the unit is glued on with a hyphen.
    if after and after[0].text == "-" and len(after) > 1 and after[1].lower in UNIT_WORDS:
        unit = UNIT_WORDS[after[1].lower]
        i = 2
    elif after and after[0].lower in UNIT_WORDS and not _is_rate_start(after, 0):
        unit = UNIT_WORDS[after[0].lower]
        i = 1
    if n.unit_hint and n.unit_hint != "percent":
        unit = n.unit_hint
    phrase, j = _noun_phrase(after, i)
    if not phrase and j < len(after) and after[j].lower == "of":
        phrase, j = _noun_phrase(after, _skip_determiners(after, j + 1))
    key_words = [t.text for t in phrase]
    end = phrase[-1].end if phrase else (after[i - 1].end if i else n.end)

    per, j2 = _rate(after, j)
    if not per:
        # "deaths in the US each year": a rate may follow a short place or scope phrase.
        for k in range(j, min(len(after), j + 6)):
            if not after[k].is_word:
                break
            per, j2 = _rate(after, k)
            if per:
                j = k
                break
    if per:
        end = after[j2 - 1].end
        steps.append(Step(text[after[j].start : end], f"per {per}", "rate"))

    head = lemma(key_words[-1]) if key_words else ""
    if _referential(n, before, head, text):
        return None
    modifiers = [w.lower() for w in key_words[:-1]]
    left = [t.lower for t in before[-4:]]
    if n.unit_hint == "percent":
        if not head:
            return None
        unit = "percent"
        head = f"percent of {head}"
    elif not head and unit:
        head = _unit_key(before)
        if not head:
            return None
    elif head and unit and before and before[-1].lower in SPAN_WORDS:
        return None
    elif not head:
        if "aged" in left or "ages" in left:
            head = "age"
        else:
            return None

    # Verbs of killing or wounding turn counted people into deaths or injuries.
    plural = key_words[-1] if key_words else ""
    people = plural.lower() in PEOPLE_NOUNS or bool(_DEMONYM.match(plural))
    if people or head in ("people", "person"):
        window = [t.lower for t in before[-6:]] + [t.lower for t in after[j : j + 3]]
        death_of = len(before) >= 2 and before[-1].lower == "of" and before[-2].lower in DEATH_WORDS
        if death_of or any(w in KILL_VERBS for w in window) or any(w == "dead" for w in window):
            steps.append(Step(plural, "death", "people counted by a verb of killing"))
            modifiers.append(plural.lower())
            head = "death"
        elif any(w in INJURY_VERBS for w in window):
            steps.append(Step(plural, "injury", "people counted by a verb of wounding"))
            modifiers.append(plural.lower())
            head = "injury"
    elif head in ("dead", "fatality"):
        head = "death"

    scope_time, scope_place = _scope(text, after, j2 if per else j, found_dates)

    value = n.value
    stated = n.stated
    unit_label = ""
    if unit or per:
        from factcheck.units import canonical_factor

        pint_unit = unit if unit not in ("percent",) else ""
        label, factor = canonical_factor(pint_unit, per)
        if factor != 1.0:
            value = value.scaled(factor)
            stated = stated * factor
            steps.append(Step(f"{unit or 'count'}{' per ' + per if per else ''}", label, f"pint (x{factor:g})"))
        unit_label = label
        if unit == "percent":
            unit_label = "percent"
    display_unit = _display_unit(head, unit_label)

    before_ctx, after_ctx = _window(toks, n.start, end)
    context = tuple(content_stems(before_ctx + after_ctx)) + tuple(_names(before_ctx + after_ctx))
    return Claim(
        kind=ClaimKind.QUANTITY,
        key=head,
        value=value,
        display=f"{value} {display_unit}".strip(),
        unit=unit_label,
        location=_location(name, sentence, index, n.start, end),
        sentence=text,
        surface=text[n.start : end],
        steps=tuple(steps),
        context=context + tuple(f"+{m}" for m in modifiers),
        scope_time=scope_time,
        scope_place=scope_place,
        qualifier=n.qualifier,
        stated=stated,
        granularity=n.granularity,
    )


def _referential(n: numbers.NumberMatch, before: list[Token], head: str, text: str) -> bool:
    """ "the two sides", "both countries", "zero tolerance": numbers that refer or idioms, not counts."""
    phrase = (text[n.start : n.end] + " " + head).lower()
    if phrase in NUMBER_IDIOMS:
        return True
    small = n.value.is_point and n.value.low is not None and n.value.low <= 3 and not n.qualifier
    if small and before and before[-1].lower in ("the", "these", "those", "both", "their", "its", "our", "his", "her"):
        return True
    return small and n.value.low == 2 and head in PAIR_NOUNS


def _skip_determiners(toks: list[Token], i: int) -> int:
    while i < len(toks) and toks[i].lower in ("the", "those", "these", "them", "its", "their", "all"):
        i += 1
    return i


def _noun_phrase(toks: list[Token], i: int) -> tuple[list[Token], int]:
    """Up to MAX_PHRASE content words from ``i``; stops at function words and punctuation.

    Hyphenated modifiers ("China-based entities") are read as one word.
    """
    phrase: list[Token] = []
    while i < len(toks) and len(phrase) < MAX_PHRASE:
        t = toks[i]
        if not t.is_word or t.lower in STOPWORDS or t.lower in AUXILIARIES:
            joined = i + 1 < len(toks) and phrase and phrase[-1].end == t.start and t.end == toks[i + 1].start
            if t.text == "-" and joined and toks[i + 1].is_word:
                merged = Token(phrase[-1].text + "-" + toks[i + 1].text, phrase[-1].start, toks[i + 1].end)
                phrase[-1] = merged
                i += 2
                continue
            break
        if _is_rate_start(toks, i) or (not phrase and t.lower in SPAN_WORDS | TIME_WORDS):
            break
        if phrase and t.lower.endswith(("ed", "ing")) and not t.text[0].isupper():
            break  # "two sides discussed": a verb follows the noun
        phrase.append(t)
        i += 1
        if _is_plural(t.lower) and not (i < len(toks) and toks[i].text == "-"):
            break  # "46 new psychoactive substances": a plural noun ends the phrase
    return phrase, i


IRREGULAR_PLURALS = frozenset("people children men women police staff cattle personnel troops".split())


def _is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _is_rate_start(toks: list[Token], i: int) -> bool:
    return _rate(toks, i)[0] != ""


def _rate(toks: list[Token], i: int) -> tuple[str, int]:
    """A rate at ``toks[i]``: "a year", "per month", "each week", "every day", "annually"."""
    if i >= len(toks):
        return "", i
    w = toks[i].lower
    if w in RATE_WORDS:
        return RATE_WORDS[w], i + 1
    if w in ("a", "an", "per", "each", "every") and i + 1 < len(toks):
        nxt = toks[i + 1].lower
        if nxt in _RATE_PERIODS:
            return _RATE_PERIODS[nxt], i + 2
    if (
        w in ("in", "for")
        and i + 2 < len(toks)
        and toks[i + 1].lower in ("a", "one")
        and toks[i + 2].lower in _RATE_PERIODS
    ):
        return "", i
    return "", i


SCALE_WORDS = frozenset("k m bn tn million billion trillion thousand hundred".split())
SPAN_WORDS = frozenset("last past next previous coming first final recent".split())
TIME_WORDS = frozenset("year years month months week weeks day days today yesterday quarter".split())
"""Before a duration these make it a time span ("the last 20 years"), not a measured value."""


def _unit_key(before: list[Token]) -> str:
    """For "a profit of $3bn" or "a time of 5 minutes": the noun joined to the value by "of".

    Without one the measured thing is unknown and the quantity is not a claim: a bare "$3bn" or
    "20 minutes" could be about anything.
    """
    if len(before) < 2 or before[-1].lower not in ("of", "at", "worth"):
        return ""
    t = before[-2]
    low = t.lower
    if not t.is_word or low in STOPWORDS or low in AUXILIARIES or low in SPAN_WORDS or low.endswith(("ed", "ing")):
        return ""
    if numbers.parse_number_words(low) is not None or low in SCALE_WORDS or low in UNIT_WORDS:
        return ""
    return lemma(t.text)


_CONVERSION = re.compile(r"\d[\d.,]*\s*[A-Za-z£$€¥]{0,8}\s*[(;/]\s*$")


def _is_conversion(text: str, n: numbers.NumberMatch) -> bool:
    """ "540bn yen ($5.2bn; £2.77bn)": an amount restated in other units is not another claim."""
    return bool(_CONVERSION.search(text[max(0, n.start - 24) : n.start]))


def _scope(text: str, after: list[Token], j: int, found_dates: list[dates.DateMatch]) -> tuple[str, str]:
    """Time and place scope read just after the counted phrase: "in 2021", "in the US"."""
    scope_time = ""
    scope_place = ""
    k = j
    limit = min(len(after), j + 8)
    while k < limit:
        t = after[k]
        if t.text in (",", ";", "(") and k > j:
            nxt = after[k + 1].lower if k + 1 < len(after) else ""
            if nxt not in ("according",):
                break
        if t.lower in ("in", "during", "since", "by", "through") and k + 1 < len(after):
            d = next((d for d in found_dates if d.start == after[k + 1].start or d.start == t.start), None)
            if d is not None and not scope_time:
                qual = "since " if t.lower == "since" else ""
                scope_time = qual + d.display
            elif t.lower == "in" and not scope_place:
                m = k + 1
                if after[m].lower == "the" and m + 1 < len(after):
                    m += 1
                if after[m].is_word and after[m].text[0].isupper():
                    scope_place = place_name(after[m].text)
        k += 1
    return scope_time, scope_place


_PLACE_ALIASES = {
    "us": "united states",
    "u.s": "united states",
    "usa": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
}


def place_name(word: str) -> str:
    w = word.lower().strip(".")
    return _PLACE_ALIASES.get(w, w)


def _display_unit(head: str, unit_label: str) -> str:
    """How a quantity's unit prints: ``death / year``, ``% of death``, ``kilometer (road)``."""
    if not unit_label:
        return head
    if unit_label == "percent":
        return "% " + head.removeprefix("percent ")
    if unit_label.startswith("1 / "):
        return f"{head} / {unit_label[4:]}"
    return f"{unit_label} ({head})"
