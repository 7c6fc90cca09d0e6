"""Numbers: find every number expression in one sentence of English news text, as intervals.

``find_numbers(text)`` returns, in order of appearance and never overlapping, one ``NumberMatch``
per expression. ``start``/``end`` index into ``text``: the span covers the qualifier ("more
than"), a leading currency symbol, the number, its scale word ("million", "bn") and a percent
sign or "per cent", never the counted noun. Every value is an ``Interval``; ``steps`` records
each normalisation applied, in order.

What is a number
    - Digits: "46", "2.5", "0.75", "1,016", "1,00,000" (Indian grouping), and "100 000" where the
      separator is one space, no-break space (U+00A0), narrow no-break space (U+202F) or thin space
      (U+2009) and every later group has exactly three digits (a plain space does not join a group
      with a letter or hyphen glued to it: "2 100m" is 2 and 100m). A dot is always a decimal point
      ("1.016" is 1.016), also before the digits after a space, a lower-case word or an opening
      bracket (".41" is 0.41). A minus sign is read only when it is clearly a sign: "-3" after a
      space, the start of the text or an opening bracket; so is the word "minus" ("minus 20",
      "minus-20") unless a number stands before it ("ten minus three").
    - Number words: zero..nineteen, the tens, hyphenated tens ("forty-six"), "hundred" ("a
      hundred", "two hundred and five"), thousand/million/billion/trillion in descending order,
      "a dozen", "two dozen" (24), "half a million", "half a dozen", "two and a half million",
      "a pair of" (2).
      "a"/"an" alone is never one ("a year"), but is after a qualifier and before a unit of time,
      length, mass or volume ("more than a week", "nearly an hour", "less than a mile"; "about",
      "around", "over" and "under", also prepositions, only after "for", "in", "lasted"... or
      before "ago", "later", "away"...: "for about a minute", "about a week ago"); "one of", "one
      another" and "no one" are not counts; any other "one" is 1 ("one day"). Fractions ("a
      quarter", "two-thirds", "one half") and ordinals ("first", "twenty-first", "21st") are not
      numbers. In a hyphen compound ("two-day", "10-year-old") the number is returned alone and
      the match ends after it.
    - Scales: "1.2 million", "3 billion", "5 thousand", "3 dozen", "1.5 lakh", "2 crore" and the
      suffixes "100k", "2.3m", "5bn", "5b", "1tn" (also spaced "5 bn"). A unit suffix glued to the
      digits is left to the caller: "5km" gives 5 ending before "km".
    - Vague quantities (granularity "vague", half-open intervals, "at least two" of the unit):
      "dozens" [24, 100), "tens of" [20, 100), "hundreds" [200, 1,000), "thousands" [2,000,
      10,000), "millions" [2e6, 1e7), likewise billions/trillions; "tens of thousands" [20,000,
      100,000), "hundreds of thousands" [200,000, 1e6) and every "<plural> of <larger plural>".
      "a few" is [2, 5] and "several" [3, 9] (closed), each scalable: "several hundred" [300, 900].
      ``stated`` is the unit the phrase counts in (10,000 for "tens of thousands", 100 for
      "hundreds"), or the low end for "a few"/"several". "a number of" and "few" are skipped.
    - Ranges (granularity "range", closed [low, high], ``stated`` = low): "18 to 49", "18-49"
      (hyphen touching both numbers), "18–49" (en dash, spaces allowed), "between 10 and 20",
      "from 5 to 7". A scale, percent or currency written on one end applies to both ("10 to 20
      million", "$5-10bn", "10-20%"); a scale is shared only when the low end is not above the high
      end's mantissa ("500 to 3 million" stays [500, 3,000,000]). "X to Y" and "X-Y" need X < Y:
      "a 3-2 win" is a score and skipped, "a 7 to 2 vote" gives two numbers. "between" sorts its
      ends. "from X to Y" after a verb of change ("rose from 5 to 7") is two numbers, not a range.
    - Percent: "88%", "88 %", "88 per cent", "88 percent", "88 pct", "88pc" give 88 (percent units) with
      unit_hint "percent". Percentages are never widened by the rounding tolerance.
    - Currency: a leading "$" (USD), "£" (GBP), "€" (EUR), "¥" (JPY), "₹" (INR), "US$"/"A$"/
      "C$"/"HK$"/"S$"/"NZ$" (also "$US1", "$A5"), "euro" glued to the digits ("euro90 billion"),
      or an ISO code written before the number ("USD 5m"), gives unit_hint.
    - One unit of time as an adjective: "a weeklong strike", "an hour-long speech", "a decade-long
      war" (hour, day, week, month, year, decade; not after a number: "two-week-long") is about
      one of the unit, [0.7, 1.5] (qualifier "about", granularity "vague"), the unit's word as
      unit_hint.

Qualifiers (normalised name -> interval for a stated x; ranges and vague use their low/high end)
    - "more than": more than, over, above, in excess of, upwards of, greater than, just/well
      over, just above, ">" -> (x, inf)
    - "at least": at least, no fewer than, no/not less than, a minimum of, "≥" -> [x, inf)
    - "less than": less than, fewer than, under, below, well under/below, "<" -> [0, x)
    - "at most": at most, no/not more than, a maximum of, "≤" -> [0, x]
    - "up to": up to, as many as, as much as -> [0, x]
    - "nearly": nearly, almost, just under, just below, just shy of -> [0.9x, x); this and
      "about" reach a tenth of x, but no more than ten units of its last digit stated ("some
      61.37 percent" -> [61.27, 61.47])
    - "about": about, around, some, roughly, approximately, approx., an estimated, estimated, an approximate,
      close to, circa, "~" -> [0.9x, 1.1x]
    - "exactly": exactly, precisely -> the stated value, never widened (granularity "exact")
    The lower bound 0 becomes unbounded when x <= 0. Of stacked qualifiers ("more than more than
    5") the one nearest the number wins. A qualifier replaces the rounding tolerance.

Rounding tolerance
    An integer value (after scale) of at least three digits ending in zeros, with no qualifier
    and no percent, is "rounded": [x - t, x + t] with t = min(half a unit of the last significant
    digit, x / 10). "100,000" -> [90,000, 110,000], "80,000" -> [75,000, 85,000], "1.2 million" ->
    [1,150,000, 1,250,000]. A sum of money (a sign before it, or a currency's name after it) of one
    or two digits before a scale word is rounded to the scale's unit, no more ("$40 million" ->
    [39,500,000, 40,500,000], not [36m, 44m]: a report giving "$43 million" contradicts it), unless
    a sum in another currency stands beside it (one of the two is converted at a rate). Other
    numbers ("46", "1,016", "2.5", "twenty") are "exact" points.

Not numbers (skipped entirely)
    Years: a plain four-digit 1000-2100 with no currency, scale or percent ("in 2019", "2022
    August", "2019-20"), unless a counting qualifier precedes it: "more than 1500" and "some 2000"
    are numbers, "1500 people" and "around 2000" (also over, under, about...) are not, while
    "1,500 people" always is. Decades ("1990s");
    clock times ("01:44", "10:30", "3 pm", "3.30pm", "10 a.m.", "3 o'clock"); day numbers 1-31
    next to a capitalised month name ("November 15", "15 November", "Nov. 15", "January 30-31");
    ordinals; "24/7", "9/11" and other slashed or colon forms; designations where digits touch
    letters or a letter-hyphen ("A320neo", "COVID-19", "F-16", "G7", "5G") or follow "#", "No.",
    "p.", "+" or a capitalised word that is not a function word, month or weekday ("Boeing 737",
    "Windows 10"); phone-like strings ("555-123-4567", "555-1234", "+44 20 7946 0958"); plain
    integers with a leading zero ("007") or more than seven digits; any digit run longer than 40
    characters; malformed groupings ("1,1,1", "1.000.000").

Complexity: one compiled regex without nested quantifiers tokenises the text (words, digit runs
joined by . , : /, single punctuation marks), then a hand-written scanner with bounded look-ahead
walks the tokens. Every rejected digit run is skipped as a whole, so the scan is linear in the
length of the text, whatever the input.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter, or_
from typing import Any, NamedTuple

from factcheck.models import Interval, Step
from factcheck.units import (
    CURRENCIES,
    DIMENSION_ADJECTIVES,
    METRE_CUES,
    PENCE,
    SIGN_CHARACTERS,
    SPACE_SEPS,
    SUPERSCRIPTS,
    UNIT_WORDS,
    currency_code,
    currency_sign,
    fall_before,
    glued_symbol,
)
from factcheck.words import NOT_CLOCK_BEFORE, ascii_lowered, trie_pattern

__all__ = ["NUMBER_WORDS", "NumberMatch", "find_numbers", "parse_number_words"]


@dataclass(frozen=True)
class NumberMatch:
    """One number expression found in a sentence."""

    start: int
    """Offset of the first character of the expression (qualifier included)."""
    end: int
    """Offset just past it (scale word and percent included, the counted noun not)."""
    value: Interval
    """The normalised value: qualifier and rounding tolerance applied."""
    stated: float
    """The number as stated; the low end of a range; a representative for vague quantities."""
    qualifier: str
    """Normalised qualifier ("more than", "at least", "less than", "at most", "up to", "nearly",
    "about", "exactly") or ""."""
    granularity: str
    """"exact", "rounded", "vague" or "range"."""
    unit_hint: str
    """"percent", a currency code from a leading symbol ("USD"), a unit of time ("week") for one
    said as an adjective ("weeklong"), or ""."""
    steps: tuple[Step, ...] = ()
    """Each normalisation applied, in order."""


# --- lexicons ------------------------------------------------------------------------------------

COUNT_NOT_YEAR_BELOW = 1900
"""Four-digit numbers from this on, between a verb and a plural noun, stay years ("set 2030 targets",
"won 2019 titles"): news prints counts of thousands with a comma, and the years of the last two
centuries as these."""
NOT_COUNTING_VERBS = frozenset("was were is are be been being has have had do does did since".split())
"""Words that are verbs but put no count after them: "profits were 2019 levels" tells a year."""

_HYPHEN_WORD_RE = re.compile(r"-([a-z]{2,30})\b")
YEAR_COMPOUNDS = frozenset("era vintage style born built model present season".split())
"""Words a year is hyphened to ("2008-era", "1990-born", "2019-present"); other words hyphened to a
four-digit number make a measure ("the 1000-member church", "a 1500-seat hall")."""


def hyphened_measure(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is hyphened to a word other than those a year is
    hyphened to (``YEAR_COMPOUNDS``): then a four-digit number is a count, not a year."""
    m = _HYPHEN_WORD_RE.match(text, end)
    return m is not None and m.group(1) not in YEAR_COMPOUNDS


_TOKEN = re.compile(r"(?P<n>[0-9]+(?:[.,:/][0-9]+)*)|(?P<w>[^\W\d_]+)|(?P<p>\S)")
"""Digit runs (with inner separators), words (letters only) and single other characters."""

_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SIMPLE_FRACTION = re.compile(r"([1-9]|1[0-5])/(2|3|4|8|16)")
"""A proper fraction after a whole number: "2 1/2", "5 3/4", "2 7/16" (halves to sixteenths: "400
9/11 responders" is no fraction)."""
_COMMA = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_INDIAN = re.compile(r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?")
_GROUP3 = re.compile(r"[0-9]{3}(?:\.[0-9]+)?")

_MAX_RUN = 40
"""Longer digit runs are identifiers or junk, never numbers."""
_MAX_PLAIN_DIGITS = 7
"""Ungrouped integers with more digits are identifiers (phone numbers, codes)."""
_MAX_INT_DIGITS = 21

_DASHES = frozenset("-–")
_MINUS = frozenset("-−")
_EXPONENT_STARTS = frozenset({"e", "E", "×", "x", "*"})

_CURRENCY_SYMBOLS = SIGN_CHARACTERS
"""Unicode's currency signs: "$", "£", "€", "₩", "₽"... (``units.currency_sign`` names their currency)."""
_RUPEE_WORDS = frozenset({"Rs", "Rs."})
"""Written before an amount in lakh or crore, rupees (Indian: the scale words say so)."""
_DOLLAR_PREFIXES = {
    "US": "USD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "HK": "HKD",
    "S": "SGD",
    "NZ": "NZD",
}
_AFTER_DOLLAR = frozenset(w.lower() for w in _DOLLAR_PREFIXES)
"""What may follow "$" to say whose dollars ("$US1 million", "$A5")."""
_CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR"}
"""Currency words glued before the digits ("euro90 billion", as some wires print "€")."""
_CURRENCY_CODES = frozenset(
    {"USD", "EUR", "GBP", "JPY", "CNY", "INR", "HKD", "AUD", "CAD", "CHF", "SGD", "MYR", "PHP", "NZD"}
)

_TEN = Decimal(10)
_ZERO = Decimal(0)
_HALF = Decimal("0.5")
_THOUSAND, _MILLION, _BILLION, _TRILLION = _TEN**3, _TEN**6, _TEN**9, _TEN**12

_ATTACHED_SCALES = {
    "k": _THOUSAND,
    "K": _THOUSAND,
    "m": _MILLION,
    "M": _MILLION,
    "mn": _MILLION,
    "mln": _MILLION,
    "bn": _BILLION,
    "b": _BILLION,
    "B": _BILLION,
    "bln": _BILLION,
    "tn": _TRILLION,
    "trn": _TRILLION,
}
"""Scale suffixes glued to digits ("100k", "2.3m", "5bn")."""
_HYPHENED_SCALES = frozenset({"thousand", "million", "billion", "trillion"})
"""Scale words that may follow digits after a hyphen ("a 90-billion loan", "$120-million")."""

_SPACED_SCALES = {
    "hundred": Decimal(100),
    "thousand": _THOUSAND,
    "million": _MILLION,
    "billion": _BILLION,
    "trillion": _TRILLION,
    "dozen": Decimal(12),
    "lakh": _TEN**5,
    "lakhs": _TEN**5,
    "crore": _TEN**7,
    "crores": _TEN**7,
    "bn": _BILLION,
    "mn": _MILLION,
    "mln": _MILLION,
    "tn": _TRILLION,
}
"""Scale words after digits and a space (lower case)."""

_PENCE_CONTEXT = re.compile(r"\b(?:shares?|stock|offer|bid|price|pence|closed|traded|valued)\b", re.IGNORECASE)
"""Words of a sentence in which digits glued to "p" are pence ("closed at 468p"), not a video's lines
("1080p") nor a page."""

_ATTACHED_UNITS = frozenset(
    """km kg cm mm mg ml ft lb lbs mph kph kmh kw kW kWh kwh MW MWh GW GWh ha C bp bps hr hrs yr yrs
    min mins sq""".split()
)
"""Unit suffixes glued to digits ("5km"): the number stands and the caller reads the unit."""

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SMALL = frozenset(_TEENS) | frozenset(_TENS) | (frozenset(_UNITS) - {"zero"})
_SCALE_WORDS = {"thousand": _THOUSAND, "million": _MILLION, "billion": _BILLION, "trillion": _TRILLION}
_PAIRED_THINGS = frozenset(
    """jeans trousers pants shorts tights scissors shears pliers tongs tweezers glasses spectacles
    goggles binoculars handcuffs headphones earphones shoes boots socks gloves""".split()
)
"""Things named as "a pair of" that are one thing, or counted in pairs: "a pair of jeans" counts no
two of anything."""
_NUMBER_WORDS = _SMALL | {"zero", "hundred"} | frozenset(_SCALE_WORDS)
"""Words of a number: "minus" after one is a subtraction ("ten minus three")."""
NUMBER_WORDS = _NUMBER_WORDS
_COMPLETE = frozenset({"unit", "teen", "tens", "hundred", "scale", "andhalf"})

_FRACTIONS = frozenset(
    """half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths seventh
    sevenths eighth eighths ninth ninths tenth tenths hundredth hundredths thousandth thousandths""".split()
)
_ORDINALS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth
    fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth""".split()
)

_PLURALS = {
    "tens": (Decimal(20), Decimal(100), Decimal(10)),
    "dozens": (Decimal(24), Decimal(100), Decimal(12)),
    "hundreds": (Decimal(200), Decimal(1000), Decimal(100)),
    "thousands": (2 * _THOUSAND, 10 * _THOUSAND, _THOUSAND),
    "millions": (2 * _MILLION, 10 * _MILLION, _MILLION),
    "billions": (2 * _BILLION, 10 * _BILLION, _BILLION),
    "trillions": (2 * _TRILLION, 10 * _TRILLION, _TRILLION),
}
"""Vague plural -> (low, high exclusive, the unit it counts in)."""

_FEW_SCALES = {
    "dozen": Decimal(12),
    "hundred": Decimal(100),
    "thousand": _THOUSAND,
    "million": _MILLION,
    "billion": _BILLION,
    "trillion": _TRILLION,
}

_MONTHS = frozenset(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MEASURED_BEFORE = frozenset({"magnitude"})
"""Words that a hyphen joins to the value they measure ("a magnitude-6.1 temblor"), unlike the name
of a code ("COVID-19", "F-16")."""
GAPPED_WINDOW = 12
"""Tokens back from a name to the figure whose noun a gapped list repeats ("Ana Ruiz had 21
points, Lena Moss 17 points")."""
_CAPITAL_OK = (
    frozenset(
        """a an the in on at of for to by with from and but or nor so yet as than that this these those
        only just all some about around over under nearly almost roughly approximately exactly
        precisely more less fewer least most up since until after before during among another every
        each per via both last next here there then now today yesterday tomorrow also if when while
        where although though because including plus another total overall it its their his her our
        we they he she i category age aged""".split()
    )
    | _MONTHS
    | _WEEKDAYS
)
"""Capitalised words that may stand right before a number without making it a designation ("a
Category 5 hurricane" is rated, as "a category five" is)."""

_CODE_LETTERS = re.compile(r"[A-Z]{1,4}")
"""Capital letters before a spaced dash and digits that make a code when a count or "a"/"an" stands
before them ("six SKS - 45 rifles", "an F - 16"); after anything else the dash may open a clause ("the
WHO - 12 of them children")."""

_ABBREVIATIONS = frozenset({"no", "nos", "nr", "vol", "art", "fig", "p", "pp", "ch", "sec", "para"})
"""Abbreviations with a full stop that introduce a designation ("No. 10")."""

_CHANGE_WORDS = frozenset(
    """rose risen rise rises rising fell fall falls fallen falling increased increase increases
    increasing decreased decrease decreases decreasing declined decline declines declining dropped drop
    drops dropping jumped jump jumps jumping climbed climb climbs climbing grew grow grows growing
    grown soared soar surged surge slipped slip slid plunged plummeted tumbled sank shrank shrunk
    swelled expanded contracted doubled tripled halved up down raised raise cut cuts reduced reduce
    lowered lower went gone moved changed revised upgraded downgraded""".split()
)
"""Words before "from X to Y" that make it a change between two values, not a range."""

_OVER_VERBS = frozenset(
    """handed hand hands handing turned turn turns turning pulled pull pulls pulling signed sign signs
    signing knocked knock tipped flipped rolled spread spreads spreading scattered""".split()
)
"""Verbs that "over" right after belongs to ("handed over 40 rifles", "spread over 9 sites":
across them): it bounds nothing. Not "took", "ran": "it took over 3 hours" is more than three; nor
"distributed", "split", "divided": "split over $10 billion in profits" is more than $10 billion."""
_PULL_VERBS = frozenset("pulled pull pulls pulling".split())
"""Verbs whose particle "over" may follow the object ("pulled the van over 300 metres further on")."""

_PARTICLES = frozenset("back out up down away off in ahead forward".split())
"""Words after "pulled" that take the place of an object ("pulled back over 20 miles")."""

_TIME_QUALIFIERS = frozenset(
    {
        "over",
        "under",
        "above",
        "below",
        "around",
        "about",
        "circa",
        "~",
        "just over",
        "just under",
        "well over",
        "well under",
        "just above",
        "just below",
        "well above",
        "well below",
    }
)
"""Qualifiers that also read as time prepositions: after them a four-digit 1000-2100 is a year."""
_QUALIFIER_PHRASES = {
    "more than": (
        "more than",
        "over",
        "above",
        "in excess of",
        "upwards of",
        "greater than",
        "just over",
        "well over",
        "just above",
        "well above",
        "slightly more than",
        ">",
    ),
    "at least": ("at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "≥"),
    "less than": (
        "less than",
        "fewer than",
        "under",
        "below",
        "well under",
        "well below",
        "slightly less than",
        "slightly fewer than",
        "<",
    ),
    "at most": ("at most", "no more than", "not more than", "a maximum of", "≤"),
    "up to": ("up to", "as many as", "as much as"),
    "nearly": ("nearly", "almost", "just under", "just below", "just shy of"),
    "about": (
        "about",
        "around",
        "some",
        "roughly",
        "approximately",
        "approx .",
        "approx",
        "an estimated",
        "estimated",
        "an approximate",
        "close to",
        "circa",
        "~",
    ),
    "exactly": ("exactly", "precisely"),
}


QUALIFIER_PHRASES = _QUALIFIER_PHRASES
"""Each normalised qualifier and the phrases that say it ("about": "around", "roughly", ...)."""


def _qualifier_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for norm, phrases in _QUALIFIER_PHRASES.items():
        for phrase in phrases:
            key = tuple(phrase.split())
            index.setdefault(key[0], []).append((key, norm))
    for options in index.values():
        options.sort(key=lambda kv: -len(kv[0]))
    return index


_QUALIFIERS = _qualifier_index()
"""First token -> (token sequence, normalised qualifier), longest first."""


# --- helpers -------------------------------------------------------------------------------------


class _Tok(NamedTuple):
    kind: str  # "n" digit run, "w" word, "p" other single character
    text: str
    low: str
    start: int
    end: int


@dataclass
class _Num:
    """A parsed number expression before the qualifier and tolerance are applied."""

    start: int
    end: int
    end_tok: int
    lo: Decimal
    hi: Decimal
    stated: Decimal
    granularity: str
    unit: str = ""
    lo_open: bool = False
    hi_open: bool = False
    kind: str = "point"  # point | vague | range
    steps: list[Step] = field(default_factory=list)
    tol: Decimal | None = None
    num_start: int = 0
    scale: Decimal | None = None
    from_digits: bool = False
    plain_len: int = 0  # digits of a plain (ungrouped, integer, unscaled) number, else 0


@dataclass
class _Skip:
    """Tokens that must not be read as a number; scanning resumes at ``next``."""

    next: int


@dataclass
class _Digits:
    value: Decimal
    end_tok: int
    grouped: bool
    plain_len: int


def _fmt(x: Decimal) -> str:
    return str(Interval.point(float(x)))


ROUNDING_CAP = 0.1
"""The most a rounded figure's tolerance may be, relative to it (configuration ``tolerances.relative``)."""


_MONEY_NAMES = frozenset(
    {word for word, unit in UNIT_WORDS.items() if unit in CURRENCIES and word.isalpha()}
    | {"pound", "pounds", "franc", "francs", "rouble", "roubles", "ruble", "rubles"}
)
"""Currencies written as words (``units.UNIT_WORDS``' money, and names it holds as something else or
not at all: a pound is a weight there)."""
_CURRENCY_NAMES = r"(?:US\s+|U\.S\.\s+)?(?:" + "|".join(sorted(_MONEY_NAMES, key=len, reverse=True)) + ")"
_CURRENCY_WORD_AFTER = re.compile(r"\s+" + _CURRENCY_NAMES + r"\b", re.IGNORECASE)
"""A currency written as a word after a sum ("40 million pounds", "40 million US dollars")."""
_BESIDE_CONVERSION = re.compile(
    r"(?:\s+" + _CURRENCY_NAMES + r")?\s*(?:\(|,?\s+or\s+)(?:about\s+|around\s+|some\s+)?[$£€¥\d]", re.IGNORECASE
)
"""A sum in another currency right after a sum ("$38 million (£30 million)", "£30 million, or $40
million"): one of them is the other converted, rounded to a rate, so neither is read to the unit."""
_AFTER_CONVERSION = re.compile(
    r"(?:[$£€¥]\s?[\d.,]+\s*(?:m|bn|million|billion)?|[\d.,]+\s*(?:m|bn|million|billion)?\s+"
    + _CURRENCY_NAMES
    + r")\s*(?:\(|,?\s+or\s+)\s*(?:about\s+)?\Z",
    re.IGNORECASE,
)
"""A sum in another currency right before a sum, as ``_BESIDE_CONVERSION``."""


def _tolerance(x: Decimal, cap: Decimal) -> Decimal | None:
    """Half a unit of the last significant digit, at most ``cap`` of x; None when x is not rounded."""
    if x == 0 or x != x.to_integral_value():
        return None
    digits = str(abs(int(x)))
    zeros = len(digits) - len(digits.rstrip("0"))
    if len(digits) < 3 or zeros == 0:
        return None
    return min(5 * _TEN ** (zeros - 1), abs(x) * cap)


def _apply_qualifier(norm: str, x: _Num) -> Interval:
    lo, hi = x.lo, x.hi
    floor = 0.0 if hi > 0 else None
    if norm == "more than":
        return Interval(float(lo), None, True, False)
    if norm == "at least":
        return Interval(float(lo), None, x.lo_open, False)
    if norm == "less than":
        return Interval(floor, float(hi), False, True)
    if norm in ("at most", "up to"):
        return Interval(floor, float(hi), False, x.hi_open)
    if norm == "exactly":
        return Interval(float(lo), float(hi), x.lo_open, x.hi_open)
    if norm == "nearly":
        return Interval(float(lo - _reach(lo, x.stated)), float(hi), False, True)
    # about
    return Interval(float(lo - _reach(lo, x.stated)), float(hi + _reach(hi, x.stated)))


def _reach(bound: Decimal, stated: Decimal) -> Decimal:
    """How far "about" or "nearly" reaches from a bound: a tenth of it, but no more than ten units
    of the last nonzero digit stated (a trailing zero is not told from a rounding: "about 6.0" keeps
    its tenth; "some 61.37 percent" is within 0.1 of it, not 6.1; "about 7,000" and
    "about 150" keep their tenth)."""
    tenth = abs(bound) / 10
    if not stated.is_finite() or stated == 0:
        return tenth
    exponent = stated.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return tenth
    return min(tenth, Decimal(10).scaleb(exponent))


# --- scanner -------------------------------------------------------------------------------------


_SPACE_TOKEN = re.compile(rf"(\s*)(?:{_TOKEN.pattern}|\Z)")
"""The whitespace before a `_TOKEN`, and the token by kind: every other character is a token, so
these matches follow each other without gaps, and offsets are running sums of lengths. Trailing
whitespace ends in an empty token (no search failing at each of its positions)."""


def _tokens(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    new = tuple.__new__  # what _Tok(...) calls, without the Python-level __new__
    end = 0
    for space, number, word, other in _SPACE_TOKEN.findall(text):
        t = number or word or other
        if not t:
            break  # the end
        start = end + len(space)
        end = start + len(t)
        append(new(_Tok, ("n" if number else "w" if word else "p", t, t.lower(), start, end)))
    return toks


def _decimal(cap: float) -> Decimal:
    """``Decimal(str(cap))``, once per rounding cap (every sentence with a number asks); 0.0 and
    -0.0, equal keys of different text, are not kept."""
    return Decimal(str(cap)) if cap == 0 else _nonzero_decimal(cap)


@lru_cache(maxsize=64, typed=True)  # typed: 1 and 1.0 are written differently
def _nonzero_decimal(cap: float) -> Decimal:
    return Decimal(str(cap))


class _Scanner:
    def __init__(self, text: str, cap: float = ROUNDING_CAP) -> None:
        self.cap = _decimal(cap)
        self.text = text
        self.toks = _tokens(text)
        self.n = len(self.toks)

    # token tests

    def hyphened_scale(self, last: int, e: int) -> bool:
        """Whether a scale word is joined to the digits by a hyphen ("a 90-billion bailout",
        "($120-million)", or spaced as some feeds print it: "$120 - million"): the amount, not a
        count of millions."""
        toks = self.toks
        return (
            e + 1 < self.n
            and toks[e].text in ("-", "–")  # a hyphen or an en dash ("$120 – million")
            and toks[e + 1].low in _HYPHENED_SCALES
            and (
                (self.adjacent(last, e) and self.adjacent(e, e + 1))
                or (self.gap(last, e) == " " and self.gap(e, e + 1) == " ")  # "$120 - million", spaced
            )
        )

    def adjacent(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.toks[i].end == self.toks[j].start

    def gap(self, i: int, j: int) -> str:
        return self.text[self.toks[i].end : self.toks[j].start]

    def low(self, i: int | None) -> str:
        return self.toks[i].low if i is not None and 0 <= i < self.n else ""

    def next_word(self, p: int) -> int | None:
        """The word after word ``p``: after whitespace, or after one hyphen touching both."""
        q = p + 1
        if q >= self.n:
            return None
        t = self.toks[q]
        if t.kind == "w":
            return q
        if t.text == "-" and self.adjacent(p, q) and self.adjacent(q, q + 1) and self.toks[q + 1].kind == "w":
            return q + 1
        return None

    def chain_end(self, j: int) -> int:
        """Index past digit run ``j`` and any dash-joined digit runs touching it ("555-123-4567")."""
        e = j + 1
        while (
            e + 1 < self.n
            and self.toks[e].text in _DASHES
            and self.adjacent(e - 1, e)
            and self.adjacent(e, e + 1)
            and self.toks[e + 1].kind == "n"
        ):
            e += 2
        return e

    def phone_end(self, j: int) -> int:
        """Index past an international phone number starting at digit run ``j``."""
        e = j + 1
        while e < self.n and (self.toks[e].kind == "n" or self.toks[e].text in "-()"):
            if len(self.gap(e - 1, e)) > 1:
                break
            e += 1
        return e

    def is_month(self, i: int) -> bool:
        if not 0 <= i < self.n:
            return False
        t = self.toks[i]
        return t.kind == "w" and t.text[0].isupper() and t.low in _MONTHS

    def counted_by_verb(self, j: int, e: int, value: Decimal) -> bool:
        """Whether the four-digit number of tokens ``j``..``e`` stands between a verb and a plural
        noun, each one space away, and is no year of the last two centuries: a count ("will cut 1850
        jobs", "employs 1200 workers"), not a year ("in 1850 workers built", "the 1995 elections",
        "missed 2020 targets", "reported 2025 results")."""
        if (
            value >= COUNT_NOT_YEAR_BELOW
            or j < 1
            or e >= self.n
            or self.gap(j - 1, j) != " "
            or self.gap(e - 1, e) != " "
        ):
            return False
        verb, noun = self.toks[j - 1], self.toks[e]
        if verb.kind != "w" or noun.kind != "w" or verb.text != verb.low or noun.text != noun.low:
            return False
        if verb.low in NOT_COUNTING_VERBS or len(noun.low) < 4 or not noun.low.endswith("s"):
            return False
        from factcheck.words import readings

        plural = readings(noun.low).get("NOUN", ())
        return "VERB" in readings(verb.low) and bool(plural) and noun.low not in plural

    def month_before(self, j: int) -> bool:
        if self.is_month(j - 1):
            return True
        return self.low(j - 1) == "." and self.adjacent(j - 2, j - 1) and self.is_month(j - 2)

    def number_follows(self, p: int) -> bool:
        """A digit run follows token ``p``, touching it or after one space."""
        q = p + 1
        if q >= self.n or self.toks[q].kind != "n":
            return False
        return self.adjacent(p, q) or self.gap(p, q) in SPACE_SEPS

    def spaced_number_follows(self, p: int) -> bool:
        """A digit run follows token ``p`` after one space ("USD 5")."""
        return self.number_follows(p) and not self.adjacent(p, p + 1)

    def sign_ok(self, k: int) -> bool:
        if not (self.adjacent(k, k + 1) and self.toks[k + 1].kind == "n"):
            return False
        if k == 0:
            return True
        prev = self.toks[k - 1]
        if prev.text in "([":
            return True
        return not self.adjacent(k - 1, k) and prev.kind != "n"

    def scale_after(self, last: int) -> bool:
        """Whether a scale word follows the digits ending at token ``last`` ("2.2 million"): an amount,
        never a name's number."""
        scale = last + 1
        if self.low(scale) not in ("million", "billion", "trillion") or self.adjacent(last, scale):
            return False
        return not (self.low(scale + 1) == "-" and self.adjacent(scale, scale + 1))  # "Line 2 billion-euro extension"

    def designation_before(self, j: int, after_prefix: bool) -> bool:
        """Digits at ``j`` belong to a name or code ("G7", "COVID-19", "#3", "Boeing 737")."""
        if j == 0:
            return False
        prev = self.toks[j - 1]
        if self.adjacent(j - 1, j):
            if prev.kind == "w" or prev.text in "#№.'’":
                return True
            return (
                prev.text in _DASHES
                and self.adjacent(j - 2, j - 1)
                and self.toks[j - 2].kind == "w"
                and self.toks[j - 2].low not in _MEASURED_BEFORE
            )
        if prev.text == "." and self.adjacent(j - 2, j - 1) and self.toks[j - 2].low in _ABBREVIATIONS:
            return True  # "No. 10", "p. 5"
        if prev.text in _DASHES and j >= 3 and _CODE_LETTERS.fullmatch(self.toks[j - 2].text):
            count = self.toks[j - 3]  # "six SKS - 45 rifles", "an F - 16" (wire copy spacing a code's hyphen)
            if count.kind == "n" or count.low in ("a", "an") or count.low in _NUMBER_WORDS:
                return True
        if not after_prefix and prev.kind == "w" and prev.text[0].isupper() and prev.low not in _CAPITAL_OK:
            gap = self.gap(j - 1, j)
            # "Injured\t45": a table's next column, no name's number; "Ana Ruiz had 21 points, Lena
            # Moss 17 points": a list with its verb left out, no name's number
            return "\t" not in gap and not self.gapped_figure(j)
        return False

    def gapped_figure(self, j: int) -> bool:
        """Whether digits ``j`` after a name repeat the noun of a figure before the name, the verb
        left out: "Ana Ruiz had 21 points, Lena Moss 17 points" (after a comma or "and"; some
        earlier figure of the noun not itself after a capitalised word: "Model 3 cars and Model 5
        cars" stays two names). Measured (``GAPPED_WINDOW``): on the dev stories one gold count of a player's
        points is extracted."""
        noun = self.low(j + 1)
        if not noun or self.toks[j + 1].kind != "w" or not noun.isalpha():
            return False
        i = j - 1
        while i > 0 and j - i <= 3 and self.toks[i].kind == "w" and self.toks[i].text[0].isupper():
            i -= 1
        if self.toks[i].text != "," and self.toks[i].low != "and":
            return False
        for k in range(i - 1, max(0, i - GAPPED_WINDOW), -1):
            t = self.toks[k]
            if t.text in ".;!?":
                return False
            if t.kind == "n" and self.low(k + 1) == noun:
                before = self.toks[k - 1] if k else None
                if before is None or not (before.kind == "w" and before.text[0].isupper()):
                    return True  # (a figure after a name is passed over: a gapped one of the list, or a name's)
        return False

    def clock_phrase_before(self, k: int) -> bool:
        """Whether "quarter past", "quarter to" or "half past" comes right before token ``k``: the
        hour of a time told in words ("a quarter to three"); not a quarter or half of a year or a
        game ("in the third quarter to 9 points", "the first half to three goals")."""
        if k < 2 or self.low(k - 2) not in ("quarter", "half") or self.low(k - 1) not in ("past", "to"):
            return False
        if self.low(k - 2) == "half" and self.low(k - 1) == "to":
            return False
        return k < 3 or self.low(k - 3) not in NOT_CLOCK_BEFORE

    def clock_after(self, e: int) -> bool:
        """Token ``e`` starts "am", "pm", "a.m.", "p.m." or "o'clock"."""
        w = self.low(e)
        if w in ("am", "pm"):
            return True
        if w in ("a", "p") and self.low(e + 1) == "." and self.low(e + 2) == "m" and self.adjacent(e, e + 1):
            return True
        return w == "o" and self.low(e + 1) in ("'", "’") and self.low(e + 2) == "clock"

    # parsing

    def qualifier(self, i: int) -> tuple[str, int, str] | None:
        options = _QUALIFIERS.get(self.toks[i].low)
        if not options:
            return None
        if self.toks[i].low == "over" and (self.particle_over(i) or self.window_over(i)):
            return None
        for key, norm in options:
            m = len(key)
            if i + m <= self.n and all(self.toks[i + x].low == key[x] for x in range(1, m)):
                return norm, i + m, self.text[self.toks[i].start : self.toks[i + m - 1].end]
        return None

    def window_over(self, i: int) -> bool:
        """Whether "over" at ``i`` opens the window a figure before it was counted in ("killed 40
        people over three days", "scored 41 goals over two seasons"), not a bound: a number of one
        word and a span of time after it, the figure and its noun right before it, and no word of
        lasting ("for over three days", "lasted over two hours", "took over 3 hours" are bounds, and
        so are "sentences over ten years", "residents over 65 years": no figure before)."""
        if i + 2 >= self.n or self.toks[i + 2].low not in _WINDOW_SPANS:
            return False
        nxt = self.toks[i + 1]
        if not (nxt.kind == "n" or nxt.low in _SMALL):
            return False
        prev = self.toks[i - 1] if i > 0 else None
        if prev is None or prev.low in _SPAN_BEFORE or prev.low in _BOUND_BEFORE:
            return False
        if prev.kind == "n":
            return True  # "arrested 40 over three nights"
        # right after what was counted: a plural noun with its figure just before it ("41 goals",
        # "2.3 million people"); not a noun alone ("sentences over ten years", "residents over 65")
        plural = prev.low.isalpha() and (prev.low.endswith("s") or prev.low in _PLURAL_NOUNS)
        if not plural or i < 2:
            return False
        figure = self.toks[i - 2]  # the figure right before its noun
        return figure.kind == "n" or figure.low in _SMALL or figure.low in _WINDOW_SCALES

    def particle_over(self, i: int) -> bool:
        """Whether "over" at ``i`` ends a verb ("handed over 40 crates", "pulled the van over 300
        metres on"), not a bound ("over 40")."""
        if i > 0 and self.toks[i - 1].low in _OVER_VERBS:
            return True
        for k in range(i - 2, max(-1, i - 10), -1):
            if self.toks[k].low in _PULL_VERBS:
                return not any(self.toks[x].low in _PARTICLES for x in range(k + 1, i))
            if self.toks[k].kind == "p" and self.toks[k].text not in _DASHES:
                return False  # "the 19-year-old rider" may stand between, not a comma
        return False

    def digits(self, j: int) -> _Digits | _Skip:
        """Validate the digit run at ``j`` and join space-separated thousands groups."""
        s = self.toks[j].text
        if len(s) > _MAX_RUN or ":" in s or "/" in s:
            return _Skip(self.chain_end(j))
        end_tok = j + 1
        grouped = False
        if _PLAIN.fullmatch(s):
            if len(s) > 1 and s[0] == "0" and s[1] != ".":
                return _Skip(self.chain_end(j))
            digits = s
            if "." not in s and len(s) <= 3 and not self.month_before(j):
                k = j
                parts = [s]
                while (
                    k + 1 < self.n
                    and self.toks[k + 1].kind == "n"
                    and self.gap(k, k + 1) in SPACE_SEPS
                    and len(self.gap(k, k + 1)) == 1
                    and _GROUP3.fullmatch(self.toks[k + 1].text)
                    and not (self.gap(k, k + 1) == " " and self.suffixed(k + 1))
                ):
                    k += 1
                    parts.append(self.toks[k].text)
                    if "." in self.toks[k].text:
                        break
                if k > j:
                    digits, grouped, end_tok = "".join(parts), True, k + 1
                    if len(digits) > _MAX_RUN:
                        return _Skip(end_tok)
        elif _COMMA.fullmatch(s) or (len(s) <= 24 and _INDIAN.fullmatch(s)):
            digits, grouped = s.replace(",", ""), True
        else:
            return _Skip(self.chain_end(j))
        int_digits = len(digits.split(".")[0])
        plain_int = not grouped and "." not in digits
        if int_digits > _MAX_INT_DIGITS or (plain_int and int_digits > _MAX_PLAIN_DIGITS):
            return _Skip(self.chain_end(end_tok - 1))
        plain_len = len(digits) if plain_int else 0
        if plain_int and not grouped and len(digits) <= 3 and (part := self.fraction_after(end_tok - 1)) is not None:
            return _Digits(Decimal(digits) + part, end_tok + 1, False, 0)  # "2 1/2 inches"
        return _Digits(Decimal(digits), end_tok, grouped, plain_len)

    def fraction_after(self, j: int) -> Decimal | None:
        """The proper fraction written after a whole number at ``j`` and one space ("2 1/2",
        "10 3/4"), or None."""
        if j + 1 >= self.n or self.gap(j, j + 1) != " ":
            return None
        m = _SIMPLE_FRACTION.fullmatch(self.toks[j + 1].text)
        if m is None or int(m[1]) >= int(m[2]):
            return None
        return Decimal(m[1]) / Decimal(m[2])

    def suffixed(self, j: int) -> bool:
        """A letter or hyphen touches the end of token ``j`` ("100m", "100-metre")."""
        nxt = self.toks[j + 1] if j + 1 < self.n else None
        return nxt is not None and self.adjacent(j, j + 1) and (nxt.kind == "w" or nxt.text == "-")

    def percent_at(self, e: int, prev: int) -> int:
        """Tokens of a percent marker at ``e`` (0 when there is none)."""
        if e >= self.n:
            return 0
        t = self.toks[e]
        gap = self.gap(prev, e)
        if t.text == "%" and (gap == "" or gap in SPACE_SEPS):
            return 1
        if t.text == "pc" and gap == "":
            return 1  # "27.2pc higher", as some British papers print a percentage
        if not gap or t.kind != "w":
            return 0
        if t.low in ("percent", "pct"):
            return 1
        if t.low == "per" and self.low(e + 1) == "cent":
            return 2
        return 0

    def single(self, k: int, after_prefix: bool, counting: bool = False) -> _Num | _Skip | None:
        """One number at token ``k``: currency, sign, digits or words, scale, percent."""
        t = self.toks[k]
        j = k
        currency = ""
        dollar = self.low(k + 1) == "$" and self.adjacent(k, k + 1)
        if t.kind == "w" and t.text in _DOLLAR_PREFIXES and dollar:
            if self.number_follows(k + 1):
                currency, j = _DOLLAR_PREFIXES[t.text], k + 2
        elif t.text == "$" and self.low(k + 1) in _AFTER_DOLLAR and self.glued_number(k + 1):
            currency, j = _DOLLAR_PREFIXES.get(self.toks[k + 1].text, ""), k + 2  # "$US1 million", "$A5"
            if not currency:
                return None
        elif t.kind == "p" and t.text in _CURRENCY_SYMBOLS and self.number_follows(k):
            currency, j = currency_sign(t.text), k + 1
            if not currency:
                return None
        elif t.kind == "w" and t.text.isupper() and self.spaced_number_follows(k):
            currency = currency_code(t.text)
            if not currency:
                return None
            j = k + 1
        elif t.text == "Rs" and self.rupees(k):
            currency, j = "INR", k + (2 if self.low(k + 1) == "." else 1)
        elif t.low in _CURRENCY_WORDS and self.adjacent(k, k + 1) and self.toks[k + 1].kind == "n":
            currency, j = _CURRENCY_WORDS[t.low], k + 1  # "euro90 billion"
        negative = False
        if not currency and t.kind == "p" and t.text in _MINUS and self.sign_ok(k):
            negative, j = True, k + 1
        elif not currency and t.low == "minus" and self.minus_sign(k):
            negative, j = True, k + (2 if self.toks[k + 1].text == "-" else 1)  # "minus 20", "minus-20"
        elif not currency and t.text == "." and self.leading_point(k):
            return self.digit_single(k, k + 1, "", False, after_prefix, counting, leading_point=True)
        if j >= self.n:
            return None
        if self.toks[j].kind == "n":
            return self.digit_single(k, j, currency, negative, after_prefix, counting)
        if j == k and t.kind == "w":
            return self.word_single(k)
        return None

    def glued_number(self, k: int) -> bool:
        """Token ``k`` touches the token before it and a digit run after it ("$US1")."""
        return self.adjacent(k - 1, k) and self.adjacent(k, k + 1) and k + 1 < self.n and self.toks[k + 1].kind == "n"

    def minus_sign(self, k: int) -> bool:
        """ "minus 20", "minus-20": the word is a sign, not a subtraction ("10 minus 3")."""
        if k > 0 and (self.toks[k - 1].kind == "n" or self.toks[k - 1].low in _NUMBER_WORDS):
            return False
        q = k + 1
        if q < self.n and self.toks[q].text == "-" and self.adjacent(k, q):
            return self.adjacent(q, q + 1) and q + 1 < self.n and self.toks[q + 1].kind == "n"
        return self.spaced_number_follows(k)

    def leading_point(self, k: int) -> bool:
        """ ".41": a decimal point before the digits, after a space or an opening bracket."""
        if not (self.adjacent(k, k + 1) and self.toks[k + 1].kind == "n" and self.toks[k + 1].text.isdigit()):
            return False
        if k == 0:
            return True
        prev = self.toks[k - 1]
        return prev.text in "([" or (not self.adjacent(k - 1, k) and prev.kind == "w" and prev.text.islower())

    def rupees(self, k: int) -> bool:
        """ "Rs 500 crore", "Rs. 2 lakh": "Rs" before a number and a scale of Indian numbering."""
        j = k + 2 if self.low(k + 1) == "." and self.adjacent(k, k + 1) else k + 1
        if not self.number_follows(j - 1) or j + 1 >= self.n:
            return False
        return self.low(j + 1) in ("lakh", "lakhs", "crore", "crores")

    def exponent(self, last: int) -> tuple[Decimal, int] | None:
        """ "3.2e6", "3.2 × 10^6", "1.5×10⁶", "2 x 10^-3" after digit run ``last``: (power of ten,
        token after it)."""
        toks, e = self.toks, last + 1
        if e + 1 >= self.n:
            return None
        t = toks[e]
        if t.low == "e" and self.adjacent(last, e):
            sign, d = 1, e + 1
            if toks[d].text in "-+−" and self.adjacent(e, d):
                sign, d = (-1 if toks[d].text != "+" else 1), d + 1
            if d < self.n and toks[d].kind == "n" and self.adjacent(d - 1, d) and toks[d].text.isdigit():
                return _TEN ** (sign * int(toks[d].text)), d + 1
            return None
        if t.text not in ("×", "x", "*") or toks[e + 1].text != "10" or len(self.gap(e, e + 1)) > 1:
            return None
        d = e + 2
        if d < self.n and toks[d].text == "^" and self.adjacent(d - 1, d):
            d += 1
        elif d < self.n and toks[d].text == "*" and self.low(d + 1) == "*":
            d += 2
        if d >= self.n or (not self.adjacent(e + 1, d) and not self.adjacent(d - 1, d)):
            return None
        raw = toks[d].text.translate(SUPERSCRIPTS)
        sign = -1 if raw[:1] == "-" else 1
        if raw[:1] == "-":
            raw = raw[1:]
            if not raw and d + 1 < self.n and self.adjacent(d, d + 1):
                d += 1
                raw = toks[d].text.translate(SUPERSCRIPTS)
        if not raw.isdigit() or len(raw) > 3:
            return None
        return _TEN ** (sign * int(raw)), d + 1

    def uncertainty(self, e: int) -> tuple[Decimal, int, str] | None:
        """ "± 0.2", "+/- 0.2", "+/-0.2" at token ``e``: (the uncertainty, token after it, text)."""
        toks = self.toks
        if e >= self.n:
            return None
        d = e + 1
        if toks[e].text == "±":
            pass
        elif toks[e].text == "+" and self.low(e + 1) in ("/", "-") and self.adjacent(e, e + 1):
            d = e + 2 if toks[e + 1].text == "-" else e + 3
            if toks[e + 1].text == "/" and self.low(e + 2) != "-":
                return None
        else:
            return None
        if d >= self.n or toks[d].kind != "n" or len(self.gap(d - 1, d)) > 1:
            return None
        u = self.digits(d)
        if isinstance(u, _Skip):
            return None
        return u.value, u.end_tok, self.text[toks[e].start : toks[u.end_tok - 1].end]

    def digit_single(
        self,
        k: int,
        j: int,
        currency: str,
        negative: bool,
        after_prefix: bool,
        counting: bool,
        leading_point: bool = False,
    ) -> _Num | _Skip:
        toks = self.toks
        if j > 0 and toks[j - 1].text == "+" and self.adjacent(j - 1, j):
            return _Skip(self.phone_end(j))
        d = self.digits(j)
        if isinstance(d, _Skip):
            return d
        if leading_point:  # ".41" is 0.41
            d = _Digits(Decimal("0." + toks[j].text), j + 1, False, 0)
        last = d.end_tok - 1
        if j == k and self.designation_before(j, after_prefix) and not self.scale_after(last):
            return _Skip(self.chain_end(last))  # "Boeing 737"; not "fined the Trust 2.2 million euros"
        steps: list[Step] = []
        if currency:
            steps.append(Step(self.text[toks[k].start : toks[j].start].strip(), currency, "currency symbol"))
        if d.grouped:
            steps.append(Step(self.text[toks[j].start : toks[last].end], _fmt(d.value), "digit grouping"))
        e = d.end_tok
        scale: Decimal | None = None
        power = self.exponent(last) if e < self.n and toks[e].text in _EXPONENT_STARTS else None
        if power is not None:
            scale, e = power[0], power[1]
            steps.append(Step(self.text[toks[j].start : toks[e - 1].end], _fmt(d.value * scale), "scientific notation"))
        elif e < self.n and toks[e].kind == "w":
            nt = toks[e]
            if self.adjacent(last, e):
                if nt.text in _ATTACHED_SCALES and not (nt.text == "m" and self.dimension_after(e, bool(currency))):
                    scale, e = _ATTACHED_SCALES[nt.text], e + 1
                elif nt.text == "p" and not currency and _PENCE_CONTEXT.search(self.text):
                    currency, e = PENCE, e + 1  # "closed at 468p", "a 540p-a-share offer": pence
                    steps.append(Step(self.text[toks[j].start : nt.end], "pence", "pence after the digits"))
                elif nt.text not in _ATTACHED_UNITS and nt.text != "pc" and not glued_symbol(nt.text):
                    return _Skip(e + 1)  # 21st, 1990s, 5G, 3pm, A320neo ("35pc" is read by ``percent_at``)
            elif nt.low in _SPACED_SCALES:
                scale, e = _SPACED_SCALES[nt.low], e + 1
        elif self.hyphened_scale(last, e):
            scale, e = _SPACED_SCALES[toks[e + 1].low], e + 2  # "a 90-billion bailout"
        value = d.value * scale if scale is not None else d.value
        if scale is not None and power is None:
            steps.append(Step(self.text[toks[j].start : toks[e - 1].end], _fmt(value), "scale word"))
        spread = self.uncertainty(e) if e < self.n and toks[e].text in "±+" else None
        if spread is not None:
            u, e, utext = spread
            lo, hi = value - u, value + u
            pct = self.percent_at(e, e - 1)
            steps.append(Step(utext, f"[{_fmt(lo)}, {_fmt(hi)}]", "uncertainty (±)"))
            if pct:
                steps.append(Step(self.text[toks[j].start : toks[e + pct - 1].end], "percent", "percent"))
                e += pct
            return _Num(
                start=toks[k].start,
                end=toks[e - 1].end,
                end_tok=e,
                lo=-hi if negative else lo,
                hi=-lo if negative else hi,
                stated=-value if negative else value,
                granularity="range",
                unit="percent" if pct else currency,
                kind="range",
                steps=steps,
                num_start=toks[j].start,
                from_digits=True,
            )
        pct = self.percent_at(e, e - 1)
        if pct:
            steps.append(Step(self.text[toks[j].start : toks[e + pct - 1].end], "percent", "percent"))
            e += pct
        bare = not currency and scale is None and not pct and not negative
        if bare and (self.clock_after(e) or (d.value <= 12 and self.clock_phrase_before(j))):
            return _Skip(e + 1)
        year = bare and not counting and d.plain_len == 4 and 1000 <= d.value <= 2100
        if year and not hyphened_measure(self.text, toks[e - 1].end) and not self.counted_by_verb(j, e, d.value):
            return _Skip(self.chain_end(last))  # a year
        if bare and d.plain_len and 1 <= d.value <= 31 and (self.month_before(j) or self.is_month(e)):
            return _Skip(self.chain_end(last))  # a day of the month
        if negative:
            value = -value
        return self.point(
            k,
            e,
            value,
            pct,
            currency,
            steps,
            num_start=toks[j].start,
            scale=scale,
            from_digits=True,
            plain_len=d.plain_len if scale is None and not pct else 0,
        )

    def dimension_after(self, e: int, currency: bool = False) -> bool:
        """A dimension adjective follows token ``e`` ("240m long", "a 30m-high wall"), or with no
        currency, after a verb of falling, a word of going down or into (``units.METRE_CUES``,
        ``units.FALL_BEFORE``: "fell 45m into a gorge"): "m" is metres."""
        nxt = e + 2 if self.low(e + 1) == "-" else e + 1
        if self.low(nxt) in DIMENSION_ADJECTIVES:
            return True
        if currency or self.low(nxt) not in METRE_CUES:
            return False
        return fall_before(self.text, self.toks[e - 1].start if e > 0 else 0)

    def word_single(self, k: int) -> _Num | _Skip | None:
        vague = self.vague(k)
        if vague is not None:
            return vague
        parsed = self.word_number(k)
        if parsed is None:
            return None
        value, end_tok, top = parsed
        toks = self.toks
        if end_tok == k + 1 and value <= 12 and (self.clock_after(end_tok) or self.clock_phrase_before(k)):
            return _Skip(end_tok)  # "five o'clock", "a quarter to three": a time (``times``)
        if end_tok == k + 1 and toks[k].low == "one":
            if self.low(self.next_word(k)) in ("of", "another"):
                return None
            if k > 0 and toks[k - 1].low == "no":
                return None
        nx = self.next_word(end_tok - 1)
        if nx is not None:
            w = toks[nx].low
            if (w in _FRACTIONS and value < 100) or (nx == end_tok + 1 and w in _ORDINALS):
                return _Skip(nx + 1)
        surface = self.text[toks[k].start : toks[end_tok - 1].end]
        steps = [Step(surface, _fmt(value), "number words")]
        e = end_tok
        pct = self.percent_at(e, e - 1)
        if pct:
            steps.append(Step(self.text[toks[k].start : toks[e + pct - 1].end], "percent", "percent"))
            e += pct
        return self.point(k, e, value, pct, "", steps, num_start=toks[k].start, scale=top)

    def sum_to_the_unit(self, k: int, e: int, currency: str) -> bool:
        """Whether the scaled figure over tokens [k, e) is a sum of money (a sign before it, or a
        currency's name after it: "40 million pounds") with no sum in another currency beside it
        ("$38 million (£30 million)", "£30 million, or $40 million": one of them is the other
        converted at a rate): read to the unit of its scale."""
        end, start = self.toks[e - 1].end, self.toks[k].start
        if not (currency or _CURRENCY_WORD_AFTER.match(self.text, end)):
            return False
        return not (
            _BESIDE_CONVERSION.match(self.text, end) or _AFTER_CONVERSION.search(self.text, max(0, start - 30), start)
        )

    def point(self, k: int, e: int, value: Decimal, pct: int, currency: str, steps: list[Step], **extra: Any) -> _Num:
        """A single value over tokens [k, e): exact, or rounded with its tolerance."""
        tol = None if pct else _tolerance(value, self.cap)
        scale: Decimal | None = extra.get("scale")
        if tol is not None and scale is not None and abs(value / scale) < 100 and self.sum_to_the_unit(k, e, currency):
            # "$40 million": forty millions, to the million; "$1.2 million" to the hundred thousand
            places = min(0, int((value / scale).normalize().as_tuple().exponent))
            tol = min(tol, scale * Decimal(10) ** places / 2)
        return _Num(
            start=self.toks[k].start,
            end=self.toks[e - 1].end,
            end_tok=e,
            lo=value,
            hi=value,
            stated=value,
            granularity="rounded" if tol is not None else "exact",
            unit="percent" if pct else currency,
            steps=steps,
            tol=tol,
            **extra,
        )

    def word_number(self, j: int) -> tuple[Decimal, int, Decimal | None] | None:
        """Longest number spelled in words from token ``j``: (value, end token, final scale)."""
        toks = self.toks
        total = cur = _ZERO
        last = ""
        top: Decimal | None = None
        best: tuple[Decimal, int, Decimal | None] | None = None
        p: int | None = j
        while p is not None and toks[p].kind == "w":
            w = toks[p].low
            nx = self.next_word(p)
            if w == "a" and not last:
                last = "a"
            elif w == "half" and not last and self.low(nx) == "a":
                last = "half"
                p = self.next_word(nx) if nx is not None else None
                continue
            elif w == "zero":
                return (_ZERO, p + 1, None) if not last else best
            elif w in _UNITS:
                if last not in ("", "hundred", "scale", "and", "tens"):
                    break
                cur += _UNITS[w]
                last = "unit"
            elif w in _TEENS or w in _TENS:
                if last not in ("", "hundred", "scale", "and"):
                    break
                cur += _TEENS.get(w) or _TENS[w]
                last = "teen" if w in _TEENS else "tens"
            elif w == "hundred":
                if last == "a":
                    cur = Decimal(100)
                elif last == "unit" and cur < 10:
                    cur *= 100
                else:
                    break
                last = "hundred"
            elif w in _SCALE_WORDS:
                s = _SCALE_WORDS[w]
                if top is not None and s >= top:
                    break
                if last == "a":
                    m = Decimal(1)
                elif last == "half":
                    m = _HALF
                elif last in ("unit", "teen", "tens", "hundred", "andhalf"):
                    m = cur
                else:
                    break
                total += m * s
                cur, top, last = _ZERO, s, "scale"
            elif w == "pair" and last == "a" and self.low(nx) == "of":
                if nx is not None and self.low(self.next_word(nx)) in _PAIRED_THINGS:
                    break  # "a pair of jeans" is one thing
                return Decimal(2), p + 1, None  # "a pair of shots"
            elif w == "dozen":
                if total or last not in ("a", "half", "unit", "teen"):
                    break
                m = Decimal(1) if last == "a" else _HALF if last == "half" else cur
                return m * 12, p + 1, None
            elif w == "and":
                if last in ("hundred", "scale") and self.low(nx) in _SMALL:
                    last = "and"
                elif last in ("unit", "teen", "tens") and self.low(nx) == "a" and nx is not None:
                    nh = self.next_word(nx)
                    if self.low(nh) != "half" or nh is None:
                        break
                    cur += _HALF
                    last = "andhalf"
                    best = (total + cur, nh + 1, None)
                    p = self.next_word(nh)
                    continue
                else:
                    break
            else:
                break
            if last in _COMPLETE:
                best = (total + cur, p + 1, top if last == "scale" else None)
            p = nx
        return best

    def vague(self, k: int) -> _Num | None:
        """ "dozens", "tens of thousands", "a few", "several hundred" at token ``k``."""
        toks = self.toks
        w = toks[k].low
        if w in _PLURALS:
            lo, hi, base = _PLURALS[w]
            nx = self.next_word(k)
            end = k + 1
            if w == "tens" and self.low(nx) != "of":
                return None
            if nx is not None and self.low(nx) == "of":
                ny = self.next_word(nx)
                if ny is not None and toks[ny].low in _PLURALS:
                    base2 = _PLURALS[toks[ny].low][2]
                    if base2 >= _THOUSAND and base2 > base:
                        lo, hi, base, end = lo * base2, hi * base2, base * base2, ny + 1
            closed = False
        elif w == "several" or (w == "a" and self.low(self.next_word(k)) == "few"):
            end = k + 1 if w == "several" else (self.next_word(k) or k) + 1
            lo, hi = (Decimal(3), Decimal(9)) if w == "several" else (Decimal(2), Decimal(5))
            s1 = self.next_word(end - 1)
            if self.low(s1) in _FEW_SCALES and s1 is not None:
                f = _FEW_SCALES[toks[s1].low]
                s2 = self.next_word(s1)
                if self.low(s2) in _SCALE_WORDS and s2 is not None and _SCALE_WORDS[toks[s2].low] > f:
                    f, s1 = f * _SCALE_WORDS[toks[s2].low], s2
                lo, hi, end = lo * f, hi * f, s1 + 1
            base = lo
            closed = True
        else:
            return None
        iv = Interval(float(lo), float(hi), False, not closed)
        surface = self.text[toks[k].start : toks[end - 1].end]
        return _Num(
            start=toks[k].start,
            end=toks[end - 1].end,
            end_tok=end,
            lo=lo,
            hi=hi,
            stated=base,
            granularity="vague",
            hi_open=not closed,
            kind="vague",
            steps=[Step(surface, str(iv), "vague quantity")],
            num_start=toks[k].start,
        )

    def make_range(self, a: _Num, b: _Num, start: int, between: bool) -> _Num | None:
        if a.kind != "point" or b.kind != "point":
            return None
        if a.unit and b.unit and a.unit != b.unit:
            return None
        if a.unit == "percent" and b.unit != "percent":
            return None  # "rose 14 percent to 96 million euros": a change, then the new level
        lo, hi = a.lo, b.lo
        if a.scale is None and b.scale is not None and a.unit != "percent" and lo <= hi / b.scale:
            lo = lo * b.scale
        if between:
            lo, hi = min(lo, hi), max(lo, hi)
        elif not lo < hi:
            return None
        surface = self.text[start : b.end]
        iv = Interval(float(lo), float(hi))
        return _Num(
            start=start,
            end=b.end,
            end_tok=b.end_tok,
            lo=lo,
            hi=hi,
            stated=lo,
            granularity="range",
            unit=a.unit or b.unit,
            kind="range",
            steps=[*a.steps, *b.steps, Step(surface, str(iv), "range")],
            num_start=a.num_start,
        )

    def expression(self, k: int, after_prefix: bool, block_to: bool, counting: bool = False) -> _Num | _Skip | None:
        """A number at ``k``, extended to a range by "-", "–" or "to".

        ``counting``: a counting qualifier ("more than") precedes, so "1500" is not a year.
        """
        a = self.single(k, after_prefix, counting)
        if not isinstance(a, _Num) or a.kind != "point":
            return a
        e = a.end_tok
        if e + 1 >= self.n:
            return a
        sep = self.toks[e]
        nxt = self.toks[e + 1]
        if sep.text in _DASHES and a.from_digits and (nxt.kind == "n" or nxt.text in _CURRENCY_SYMBOLS):
            touching = self.adjacent(e - 1, e) and self.adjacent(e, e + 1)
            spaced = sep.text == "–" and len(self.gap(e - 1, e)) <= 1 and len(self.gap(e, e + 1)) <= 1
            if not (touching or spaced):
                return a
            b = self.single(e + 1, True, counting)
            if isinstance(b, _Skip):
                return _Skip(max(b.next, e + 2))
            if b is None or not b.from_digits:
                return a
            r = self.make_range(a, b, a.start, between=False)
            phone = (
                a.plain_len
                and b.plain_len
                and not a.unit
                and not b.unit
                and a.plain_len + b.plain_len >= 7
                and a.plain_len != b.plain_len
            )
            more = b.end_tok
            if (
                more + 1 < self.n
                and self.toks[more].text in _DASHES
                and self.adjacent(more - 1, more)
                and self.adjacent(more, more + 1)
                and self.toks[more + 1].kind == "n"
            ):
                phone = True  # a third dash-joined part
            if r is None or phone:
                return _Skip(self.chain_end(b.end_tok - 1))
            return r
        if sep.kind == "w" and sep.low == "to" and not block_to:
            b = self.single(e + 1, True, counting)
            if isinstance(b, _Num):
                r = self.make_range(a, b, a.start, between=False)
                if r is not None:
                    return r
        return a

    def prefixed_range(self, i: int) -> _Num | None:
        """ "between X and Y", "from X to Y" at token ``i``."""
        kw = self.toks[i].low
        if kw == "from" and i > 0 and self.toks[i - 1].low in _CHANGE_WORDS:
            return None
        if i + 1 >= self.n:
            return None
        a = self.single(i + 1, True)
        if not isinstance(a, _Num) or a.kind != "point" or a.end_tok + 1 >= self.n:
            return None
        sep = self.toks[a.end_tok]
        if not (sep.low == "and" if kw == "between" else sep.low == "to" or sep.text in _DASHES):
            return None
        b = self.single(a.end_tok + 1, True)
        if not isinstance(b, _Num):
            return None
        return self.make_range(a, b, self.toks[i].start, between=kw == "between")

    def parse_at(self, i: int) -> tuple[NumberMatch | None, int]:
        t = self.toks[i]
        if t.kind == "w" and t.low in ("between", "from"):
            r = self.prefixed_range(i)
            if r is not None:
                return self.finish(r, None), r.end_tok
            return None, i + 1
        q = self.qualifier(i)
        if q is not None:
            norm, j, qtext = q
            counting = " ".join(qtext.lower().split()) not in _TIME_QUALIFIERS
            x = self.expression(j, True, False, counting) if j < self.n else None
            if isinstance(x, _Num):
                x.start = t.start
                return self.finish(x, (norm, qtext)), x.end_tok
            if isinstance(x, _Skip):
                return None, x.next
            return None, i + 1
        block_to = i > 0 and self.toks[i - 1].low == "from"
        x = self.expression(i, False, block_to)
        if isinstance(x, _Num):
            return self.finish(x, None), x.end_tok
        if isinstance(x, _Skip):
            return None, x.next
        return None, i + 1

    def finish(self, x: _Num, qualifier: tuple[str, str] | None) -> NumberMatch:
        steps = list(x.steps)
        if qualifier is not None:
            iv = _apply_qualifier(qualifier[0], x)
            if qualifier[0] == "exactly" and x.granularity == "rounded":
                x.granularity = "exact"
            steps.append(Step(qualifier[1], str(iv), "qualifier"))
        elif x.tol is not None:
            iv = Interval(float(x.lo - x.tol), float(x.hi + x.tol))
            steps.append(Step(self.text[x.num_start : x.end], str(iv), "rounding tolerance"))
        else:
            iv = Interval(float(x.lo), float(x.hi), x.lo_open, x.hi_open)
        return NumberMatch(
            start=x.start,
            end=x.end,
            value=iv,
            stated=float(x.stated),
            qualifier=qualifier[0] if qualifier else "",
            granularity=x.granularity,
            unit_hint=x.unit,
            steps=tuple(steps),
        )


# --- API -----------------------------------------------------------------------------------------


_LEAD = 5
"""A number expression starts at most this many tokens before its first digit or number word
("no more than a dozen", "in excess of 5"), so tokens further away are not tried."""

_ANCHOR_WORDS = (
    frozenset(_UNITS)
    | frozenset(_TEENS)
    | frozenset(_TENS)
    | frozenset(_SCALE_WORDS)
    | frozenset(_PLURALS)
    | frozenset(_FEW_SCALES)
    | frozenset({"few", "several", "half", "dozen", "pair"})
)


_MAY_HAVE_NUMBER = re.compile(
    # the lookahead of possible first characters lets the search skip other positions at once
    "(?=["
    + re.escape("".join(sorted({w[0] for w in _ANCHOR_WORDS} | set(_CURRENCY_SYMBOLS))))
    + "0-9])(?:[0-9]|["
    + re.escape("".join(_CURRENCY_SYMBOLS))
    + r"]|(?<![^\W\d_])(?:"
    + "|".join(sorted(map(re.escape, _ANCHOR_WORDS), key=len, reverse=True))
    + r")(?![^\W\d_]))",
    re.IGNORECASE,
)
"""Matches wherever ``find_numbers`` has an anchor (a digit, a currency symbol, a number word as
a whole word); a sentence without a match has no number, and is not tokenised at all."""


_DIGIT_OR_SYMBOL = re.compile("[0-9" + re.escape("".join(_CURRENCY_SYMBOLS)) + "]")
_ANCHOR_WORD = re.compile(r"(?<![^\W\d_])" + trie_pattern(_ANCHOR_WORDS) + r"(?![^\W\d_])")
"""A number word as a whole word, in lower-case text (a trie: a third faster than the flat
alternation of the words)."""


_START_WORDS = frozenset(
    {"between", "from", "several", "a", "half", "zero", "minus"} | set(_CURRENCY_WORDS) | set(_QUALIFIERS)
    | set(_PLURALS) | set(_UNITS)
    | set(_TEENS) | set(_TENS)
)  # fmt: skip
_START_TEXTS = frozenset(_CURRENCY_SYMBOLS) | _MINUS | {"."} | frozenset(_DOLLAR_PREFIXES) | _CURRENCY_CODES | {"Rs"}
"""What a number expression can start with besides a digit run (lower-case words, exact texts):
a prefixed range, a qualifier, a currency, a sign, a vague amount or a number in words. From any
other token `_Scanner.parse_at` finds nothing."""


_KIND, _LOW = itemgetter(0), itemgetter(2)
_IS_DIGITS = "n".__eq__
_ANCHOR_LOWS = _ANCHOR_WORDS | frozenset(_CURRENCY_SYMBOLS)
"""What a token that is not a digit run anchors a number with: a number word or a currency symbol."""


def _code_like(word: str) -> bool:
    """A word that may be an ISO 4217 code before an amount ("SEK 40 million")."""
    return len(word) == 3 and word.isupper()


def _may_have_number(text: str) -> bool:
    """`_MAY_HAVE_NUMBER`, searched faster: digits and symbols first, then words in the lowered text."""
    if _DIGIT_OR_SYMBOL.search(text):
        return True
    lowered = ascii_lowered(text)
    if lowered is None:
        return _MAY_HAVE_NUMBER.search(text) is not None
    return _ANCHOR_WORD.search(lowered) is not None


def find_numbers(text: str, rounding_cap: float = ROUNDING_CAP) -> list[NumberMatch]:
    """Every number expression in ``text`` (one sentence), in order, non-overlapping.

    ``rounding_cap`` bounds the tolerance of a rounded figure, relative to it.
    """
    if not _may_have_number(text):
        return _with_one_units(text, [])
    scanner = _Scanner(text, rounding_cap)
    # the digit runs, number words and currency symbols (whose lower case is themselves), in C
    toks = scanner.toks
    anchors = list(
        compress(count(), map(or_, map(_IS_DIGITS, map(_KIND, toks)), map(_ANCHOR_LOWS.__contains__, map(_LOW, toks))))
    )
    out: list[NumberMatch] = []
    toks, words, texts = scanner.toks, _START_WORDS, _START_TEXTS
    i = 0
    for k in anchors:
        i = max(i, k - _LEAD)
        while i <= k and i < scanner.n:
            t = toks[i]
            if (
                i < k
                and t.kind != "n"
                and t.low not in words
                and t.text not in texts
                and not (i == k - 1 and _code_like(t.text))  # "SEK 40 million"
            ):
                i += 1  # nothing starts here: parse_at would find nothing and move on by one
                continue
            match, nxt = scanner.parse_at(i)
            if match is not None and _finite(match.value):
                out.append(match)  # not "1E310": past what a float holds, no figure a report compares
            i = max(nxt, i + 1)
    return _with_one_units(text, out)


def _finite(value: Interval) -> bool:
    """Whether neither end of a number's interval overflowed to infinity."""
    return not any(end is not None and math.isinf(end) for end in (value.low, value.high))


UNIT_LONG_LOW, UNIT_LONG_HIGH = 0.7, 1.5
"""The span "weeklong" or "about a week" stands for, in its unit: about one, rounded either way (a
"weeklong" strike of five working days, a "weeklong" search of eight or nine days)."""
DAYLONG_LOW = 0.3
"""The low end of "daylong" or "a day-long", in days: a working day ("a daylong strike" of 12
hours), not only some 17 hours or more."""
_UNIT_LONG = re.compile(r"(?<![\w-])(hour|day|week|month|year|decade)-?long\b", re.IGNORECASE)
"""One unit of time as an adjective: "a weeklong manhunt", "an hour-long speech", "a decade-long
war". Not after a number or hyphen ("a two-week-long trial" is the number's)."""


ONE_UNITS = (
    "second minute hour day week fortnight month year decade century mile kilometre kilometer metre meter foot"
    " ton tonne kilogram litre liter"
).split()
"""Units one of which may be said with "a" after a qualifier ("nearly a week", "less than a mile")."""
_A_UNIT = re.compile(
    rf"\b(an?)\s+({'|'.join(ONE_UNITS)})\b(?![-’']|\s+and\s+a\s+half\b)",
    re.IGNORECASE,
)
"""One unit said with "a" ("a week", "an hour"; not "a year-old", "a mile and a half", "a day's
pay"): a number only after a qualifier (`_one_unit_qualifier`)."""
_PREPOSITION_QUALIFIERS = frozenset({"about", "around", "over", "under"})
"""Qualifiers that are also prepositions ("a film about a day at the zoo", "a row over a day's
pay"): read as one only where a span or distance is plainly meant (`_SPAN_BEFORE`, `_SPAN_AFTER`)."""
_SPAN_BEFORE = frozenset("for after in within lasted lasting lasts last took take takes spent spend waited".split())
_BOUND_BEFORE = frozenset("than of just well by is was are were be been".split())
"""Words before "over" that leave it a bound before a span of time ("just over two years", "was over
three hours")."""
_WINDOW_SPANS = frozenset(
    "seconds minutes hours days nights weeks weekends fortnights months years decades seasons games matches".split()
)
"""Spans of time (plural: "over three days") a window after a figure ("over three days") is counted in."""
_WINDOW_SCALES = frozenset("hundred thousand million billion dozen".split())
"""Scale words a figure may end with before its noun ("2.3 million people over seven days")."""
_PLURAL_NOUNS = frozenset("people police children men women".split())
"""Plural nouns without an "s" that a window may follow ("people over three days")."""
_SPAN_AFTER = frozenset("ago later earlier after before away long old".split())
_QUALIFIER_WORDS = re.compile(r"([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+\Z")


def _one_unit_qualifier(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """Where the qualifier before "a week" starts and what it normalises to ("more than a week",
    "nearly an hour", "for about a minute"), or None: "a" alone is no number."""
    words = _QUALIFIER_WORDS.search(text, max(0, m.start() - 40), m.start())
    if words is None:
        return None
    toks = words[1].lower().split()
    for k in range(len(toks)):
        phrase = tuple(toks[k:])
        norm = next((nm for key, nm in _QUALIFIERS.get(phrase[0], ()) if key == phrase), "")
        if not norm or phrase in (("some",), ("estimated",)):
            continue
        start = words.start(1) + len(" ".join(words[1].split()[:k])) + (1 if k else 0)
        if " ".join(phrase) in _PREPOSITION_QUALIFIERS:
            before = text[:start].split()
            after = text[m.end() :].split()
            span_before = bool(before) and before[-1].lower() in _SPAN_BEFORE
            span_after = bool(after) and after[0].lower().strip(".,;:") in _SPAN_AFTER
            if not (span_before or span_after):
                return None
        return start, norm
    return None


def _one_unit(norm: str) -> Interval:
    """One unit after a qualifier, as wide as the unit: "about a week" [0.7, 1.5] weeks (as
    "weeklong"; not a tenth either side, which "six days" would contradict), "nearly a week"
    [0.7, 1), "more than a week" > 1, "less than a week" < 1; "at least", "up to"... as for a number."""
    if norm == "about":
        return Interval(UNIT_LONG_LOW, UNIT_LONG_HIGH)
    if norm == "nearly":
        return Interval(UNIT_LONG_LOW, 1.0, False, True)
    one = _Num(0, 0, 0, Decimal(1), Decimal(1), Decimal(1), "exact")
    return _apply_qualifier(norm, one)


def _plural(unit: str) -> str:
    return unit[:-1] + "ies" if unit.endswith("ry") else "feet" if unit == "foot" else unit + "s"


def _unit_range(value: Interval) -> str:
    """ "0.7-1.5", ">1", "<1", "0.7 to under 1": an interval of one unit, for an explanation."""
    low = "" if value.low is None else f"{value.low:g}"
    high = "" if value.high is None else f"{value.high:g}"
    if not high:
        return (">" if value.low_open else ">=") + low
    if not low or low == "0":
        return ("<" if value.high_open else "<=") + high
    return low if low == high else f"{low} to under {high}" if value.high_open else f"{low}-{high}"


ONE_UNIT_HINTS = frozenset(ONE_UNITS)
"""The ``unit_hint`` of one unit said in words (`_with_one_units`): "weeklong", "nearly a week"."""


def is_one_unit(n: NumberMatch) -> bool:
    """Whether ``n`` is one unit said in words ("a weeklong search", "for about a minute")."""
    return n.unit_hint in ONE_UNIT_HINTS


def _with_one_units(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """``found`` and, where they overlap none of it, about one unit of time said as an adjective
    (`_UNIT_LONG`: "a weeklong strike") and one unit after a qualifier ("more than a week", "for
    about a minute"), in order; the unit's word (of ``UNIT_WORDS``) is the ``unit_hint``."""
    extra = []
    for m in _UNIT_LONG.finditer(text) if "long" in text else ():
        if any(n.start < m.end() and m.start() < n.end for n in found):
            continue
        unit = m[1].lower()
        value = Interval(DAYLONG_LOW if unit == "day" else UNIT_LONG_LOW, UNIT_LONG_HIGH)
        step = Step(m[0], f"{_unit_range(value)} {_plural(unit)}", f"'{m[0]}': about one {unit}")
        extra.append(NumberMatch(m.start(), m.end(), value, 1.0, "about", "vague", unit, (step,)))
    for m in _A_UNIT.finditer(text):
        if any(n.start < m.end() and m.start() < n.end for n in found) or (q := _one_unit_qualifier(text, m)) is None:
            continue
        start, norm = q
        value = _one_unit(norm)
        said = text[start : m.end()]
        unit = m[2].lower()
        step = Step(said, f"{_unit_range(value)} {_plural(unit)}", f"'{said}': {norm} one {unit}")
        vague = "vague" if norm in ("about", "nearly") else "exact"
        extra.append(NumberMatch(start, m.end(), value, 1.0, norm, vague, unit, (step,)))
    return sorted(found + extra, key=lambda n: n.start) if extra else found


def parse_number_words(words: str) -> float | None:
    """The value of a number written in words ("forty-six", "two hundred and five", "a dozen").

    The whole string must be the number; returns None otherwise (and for vague words).
    """
    scanner = _Scanner(words.strip())
    if scanner.n == 0 or any(t.kind != "w" and t.text != "-" for t in scanner.toks):
        return None
    parsed = scanner.word_number(0)
    if parsed is None or parsed[1] != scanner.n:
        return None
    return float(parsed[0])
