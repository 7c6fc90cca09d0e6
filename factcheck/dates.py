"""Dates: find the date expressions of one English sentence and resolve them to day intervals.

``find_dates(text, published)`` returns ``DateMatch`` objects in order of appearance, never
overlapping. Every value is a closed ``Interval`` of proleptic Gregorian day ordinals
(``date.toordinal()``) from the first to the last day the expression covers, with a granularity:

- ``day``: "November 15, 2023", "15 November 2023", "2024-01-30", "yesterday", "on Tuesday";
- ``week``: "last week", "this week", "two weeks ago" (Monday to Sunday, shown as ``2024-W04``);
- ``month``: "August 2022", "Aug. 2022", "2022 August", "in November", "two months ago";
- ``year``: "in 2019", "the 2023 summit", "last year", "three years ago"; "early 2024", "mid-2024"
  and "late 2023" keep the whole year (a step notes it) so that they never contradict a precise
  date inside that year;
- ``decade``: "the 1990s", "mid-1990s";
- ``range``: "January 30-31", "30-31 January", "2019-2021", "the 2023-24 season".

Years are four-digit numbers 1000-2100 in a date context only: after a preposition or determiner
(in, since, of, by, from, until, during, the, a...), after a comma or an opening bracket, at the
start of the sentence, after early/mid/late, after a month name, before an event noun ("summit",
"election") or as a possessive ("2023's"); "and"/"or"/"to" count only right after another year
("between 2019 and 2021" gives two years). A number followed by a counted noun ("2000 people",
"in 2000 homes", "2000 more") is a count, not a year; "1,985", "$2000", "room 1985" are no years.
"YYYY-MM" is a month unless the two years are consecutive ("2011-12" is a season, a range).
Numeric dates such as "01/02/2024" are left alone: their day/month order is ambiguous.

Relative expressions are resolved against ``published`` and flagged ``relative``; without a
publication date they are kept as what they say (``DateMatch.symbol``: a weekday, "last Friday"
too, as that weekday; "last month", "this year" as their words; a day-month or a month as itself)
or, when that says nothing comparable (yesterday, "two months ago"), skipped. They are weekdays
("on Tuesday", "Tuesday's meeting", "last/next/this Friday"), yesterday/today/tomorrow/tonight/
last night, last/this/next week/month/year ("the last year", "the next week" are durations and
skipped), "N days/weeks/months/years ago", and day-months or months without a year ("November
15", "in November").

*Tense rule.* A weekday, a month or a day-month without a year is taken in the past by default:
the most recent such day (or month) on or before publication, the current one included. When the
sentence has a future marker (will, won't, 'll, shall, would, is/are to, is/are set/scheduled/
expected/slated/due to, next (not "the next"), starting from, onward(s), later this, upcoming) in the
date's own clause (not a relative clause after a comma, one joined by ", but", nor one after a
semicolon, a colon (not a clock time's) or a lone dash; an aside between two dashes is skipped:
``_OTHER_CLAUSE_RE``) it is taken in the future: the nearest one on or
after publication. A weekday or date right after an active verb of saying ("said on Tuesday that
it will...", "reported October 14", "told reporters on Friday", "said in a statement Monday") is
the day of the statement (``DateMatch.said``): it stays in the past, and is no date of the event
the statement is about. "last"/"next" force the direction strictly before/after publication; "this
Tuesday" is the Tuesday of the publication week and "this March" the March of the publication
year.

Month names must be capitalised. "May", "March", "June", "August" and abbreviations ("Jan.")
standing alone need a date context (in, since, by, until, during, early, last...) so that the
modal "may", the verb "march" or "Theresa May" are not dates; "every May" is a recurrence, skipped.

The expression's span includes qualifiers that change its meaning: since, before, after, until
(till, through, "until the end of"), by ("by the end of"), as early as, from, "prior to" (read as
before); they are returned in ``qualifier`` while the value stays the date itself. An open
qualifier of a clock time just before the date ("until about 4 a.m. Sunday", "since 10:30 p.m.
Friday") is the date's too, its span left to the time. Plain "in", "on", "at"
and "the" are left out. Every regex is linear (bounded repetitions, no nested quantifiers), so
hostile input such as a megabyte of digits is scanned in linear time.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from factcheck.models import Interval, Step
from factcheck.numbers import hyphened_measure
from factcheck.words import STOPWORDS, event_class, trie_pattern

__all__ = [
    "GRANULARITIES",
    "REPORT_KEY",
    "DateMatch",
    "Dateline",
    "date_interval_display",
    "dateline",
    "day_interval",
    "find_dates",
    "format_day",
    "is_future_sentence",
    "month_interval",
    "planned",
    "said_before",
    "symbols_overlap",
    "year_interval",
]

GRANULARITIES = ("day", "week", "month", "year", "decade", "range")
"""The granularities ``find_dates`` returns, finest first."""


@dataclass(frozen=True)
class DateMatch:
    """One date expression of a sentence and the day interval it stands for."""

    start: int
    """Offset of the first character, qualifier included (not when a clock time stands between
    them: "until 5 a.m. Saturday" starts at "Saturday", its qualifier "until")."""
    end: int
    """Offset just past the last character."""
    value: Interval
    """Closed interval of day ordinals: [first day, last day]."""
    granularity: str
    """day, week, month, year, decade or range."""
    display: str
    """ISO-like value: ``2023-11-15``, ``2022-08``, ``2019``, ``2024-W04``, ``2010s``, ``a/b``."""
    relative: bool
    """True when resolved against the publication date."""
    qualifier: str = ""
    """since, before, after, until, by, as early as, from; empty for a plain date."""
    steps: tuple[Step, ...] = ()
    """How the value was derived."""
    surface: str = field(default="", compare=False)
    """``text[start:end]``."""
    symbol: str = ""
    """For a relative expression met without a publication date: what it says, unresolved
    (``weekday:5`` for Saturday, ``monthday:11-18``, ``month:09``, ``relative:last month``); ``value``
    is then unbounded."""
    said: bool = False
    """True when the date is the day of a statement ("officials said Saturday", "reported September
    26", "told reporters on Friday": ``said_before``), not of the event the statement is about."""


# --- interval helpers --------------------------------------------------------------------------


def format_day(ordinal: float) -> str:
    """``2024-01-30`` for a day ordinal."""
    return date.fromordinal(int(ordinal)).isoformat()


def day_interval(first: date, last: date | None = None) -> Interval:
    """The closed interval of ordinals from ``first`` to ``last`` (default: the day itself)."""
    return Interval(first.toordinal(), (last or first).toordinal())


def month_interval(year: int, month: int) -> Interval:
    """All days of one month."""
    return day_interval(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def year_interval(first: int, last: int | None = None) -> Interval:
    """All days of the years ``first`` to ``last`` (default: one year)."""
    return day_interval(date(first, 1, 1), date(last or first, 12, 31))


def _is_year_aligned(lo: date, hi: date) -> bool:
    return (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31)


def _is_month_aligned(lo: date, hi: date) -> bool:
    return lo.day == 1 and hi.day == calendar.monthrange(hi.year, hi.month)[1]


def date_interval_display(value: Interval, granularity: str) -> str:
    """Print a day interval ISO-like at its granularity.

    ``2023-11-15``, ``2024-W04``, ``2022-08``, ``2019``, ``2010s``; ranges at the coarsest
    precision both ends share: ``2024-01-30/2024-01-31``, ``2023-11/2024-02``, ``2019/2021``.
    """
    if value.low is None or value.high is None:
        lo_s = ".." if value.low is None else format_day(value.low)
        hi_s = ".." if value.high is None else format_day(value.high)
        return f"{lo_s}/{hi_s}"
    lo = date.fromordinal(int(value.low))
    hi = date.fromordinal(int(value.high))
    if granularity == "decade" and _is_year_aligned(lo, hi) and lo.year % 10 == 0 and hi.year == lo.year + 9:
        return f"{lo.year}s"
    if granularity == "week" and lo.weekday() == 0 and (hi - lo).days == 6:
        iso = lo.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if granularity == "day" and lo == hi:
        return lo.isoformat()
    if _is_year_aligned(lo, hi) and granularity != "day":
        return f"{lo.year:04d}" if lo.year == hi.year else f"{lo.year:04d}/{hi.year:04d}"
    if _is_month_aligned(lo, hi) and granularity != "day":
        lo_m, hi_m = f"{lo.year:04d}-{lo.month:02d}", f"{hi.year:04d}-{hi.month:02d}"
        return lo_m if lo_m == hi_m else f"{lo_m}/{hi_m}"
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"


_ANY = Interval(None, None)
RELATIVE_KIND = "relative"
RELATIVE_SYMBOL = f"{RELATIVE_KIND}:"
"""The symbol's prefix of "last month", "this year", "next week" met without a publication date."""


def _valid_month_day(month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(2000, month)[1]  # a leap year: February 29 exists


def symbols_overlap(sym_a: str, value_a: Interval | None, sym_b: str, value_b: Interval | None) -> bool | None:
    """Whether two dates, one or both kept as symbols (``DateMatch.symbol``), can be the same day:
    True when they can, False when they cannot, None when they cannot be compared ("Saturday"
    against "November 18" with no year; "Saturday" against a whole month)."""
    if sym_a and sym_b:
        kind_a, _, a = sym_a.partition(":")
        kind_b, _, b = sym_b.partition(":")
        if kind_a == kind_b == RELATIVE_KIND:
            return True if a == b else None  # "last month" / "this month" of two undated reports: which months?
        if kind_a == kind_b:
            return a == b
        pair = {kind_a: a, kind_b: b}
        if pair.get(RELATIVE_KIND) == "this year" and set(pair) & {"monthday", "month"}:
            return True  # "earlier this year" / "in September" of undated reports: it can be this September
        if set(pair) == {"monthday", "month"}:
            return pair["monthday"][:2] == pair["month"]
        if set(pair) == {"weekend", "weekday"}:
            return True if int(pair["weekday"]) >= 5 else None  # a weekend said loosely may take in a Friday night
        return None
    sym, value = (sym_a, value_b) if sym_a else (sym_b, value_a)
    if value is None or value.low is None or value.high is None or sym.startswith(RELATIVE_SYMBOL):
        return None
    lo, hi = date.fromordinal(int(value.low)), date.fromordinal(int(value.high))
    kind, _, what = sym.partition(":")
    if kind == "weekend":
        if (hi - lo).days >= 6:
            return None
        return True if any((lo + timedelta(days=k)).weekday() >= 5 for k in range((hi - lo).days + 1)) else None
    if kind == "weekday":
        if (hi - lo).days >= 6:
            return None  # a week or more holds every weekday: nothing to compare
        return any((lo + timedelta(days=k)).weekday() == int(what) for k in range((hi - lo).days + 1))
    if (hi - lo).days >= 365:
        return None
    if kind == "monthday":
        month, day = int(what[:2]), int(what[3:])
        for year in range(lo.year, hi.year + 1):
            try:
                if lo <= date(year, month, day) <= hi:
                    return True
            except ValueError:
                continue
        return False
    month = int(what)
    return any(lo <= date(y, month, calendar.monthrange(y, month)[1]) and date(y, month, 1) <= hi
               for y in range(lo.year, hi.year + 1))  # fmt: skip


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + k, 12)
    return y, m + 1


def _week_of(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return day_interval(monday, monday + timedelta(days=6))


# --- vocabulary --------------------------------------------------------------------------------

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# fmt: off
_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7,
    "Aug": 8, "Sept": 9, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
# fmt: on
_MONTH_NUMBER = {name: i for i, name in enumerate(_MONTHS, start=1)} | _ABBREVIATIONS
_AMBIGUOUS_MONTHS = frozenset({"May", "March", "June", "August"} | set(_ABBREVIATIONS))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The weekdays in the order of ``date.weekday()``."""

# fmt: off
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}
# fmt: on

_YEAR_PREV_WORDS = frozenset(
    """in since of by from until till before after during early late mid the a an through throughout
    between circa c ca copyright year fiscal spring summer autumn fall winter for end start beginning
    middle""".split()
)
"""A four-digit number after one of these words is a year."""
RELATIVE_RULE = "relative to publication"
"""The opening of the rule of a date's step read against its report's publication day ("Tuesday")."""
WEEKDAY_YEAR_DAYS = 180
"""Days from publication within which a day-month keeps the year the tense rule gives it, whatever
weekday is written beside it (a weekday a day or two off is a slip); further off, the year in which
the weekday agrees is taken when it lies nearer ("moved to Monday, June 14" in a report of June 2:
this year's, not last year's)."""
_YEAR_COUNT_NOUNS = frozenset("workforce staff crew personnel team squad strong members people".split())
"""Nouns of a count a possessive's four-digit number may be ("the firm's 2000 workforce")."""
_YEAR_CHAIN_WORDS = frozenset("and or to through till until vs nor".split())
"""...after one of these only when another year ends just before ("2019 and 2021")."""
_EVENT_NOUNS = frozenset(
    """summit election elections census season budget report olympics games campaign midterm midterms
    vote referendum war crisis pandemic law act tournament championship conference survey study
    edition festival agreement accord accords treaty deal protest protests riots floods flood
    earthquake attack attacks talks poll polls hearing hearings race primary primaries convention
    film movie album book award awards prize revolution uprising coup invasion visit meeting
    ceremony rally strike strikes levels level figures figure numbers data estimates estimate
    rates prices emissions target goal deadline plan forecast filing return crash collapse
    recession season's world cup""".split()
)
"""A four-digit number before one of these nouns is a year used as an adjective."""
_COUNT_WORDS = frozenset(
    """people children men women police personnel staff cattle feet more other additional extra new
    fewer km kg m mi ft lb mph percent per million billion thousand hundred euro yuan yen baht""".split()
)
"""A four-digit number before one of these words is a count."""
_NOT_PLURAL = frozenset(
    """does this thus plus always perhaps whereas hers ours yours theirs towards besides afterwards
    onwards sometimes nevertheless""".split()
)
_MONTH_PREV_WORDS = frozenset(
    """in since by until till before after during from of early late mid last next this through
    throughout between end start beginning middle""".split()
)
"""An ambiguous month name ("May", "March") standing alone is a month after one of these words."""
_RECURRENCE_WORDS = frozenset({"every", "each"})

# --- regexes -----------------------------------------------------------------------------------
# Every scanning regex starts with a literal or a character class, so that the regex engine skips
# to the next possible start in C, and uses bounded repetitions only: hostile input (a megabyte of
# digits) is scanned in linear time. What comes before a match (a weekday, "early", "last", the
# preceding word) is read afterwards from a window of a few characters.

_MONTH_ALTS = "|".join(
    [rf"{name}\b" for name in _MONTHS] + [rf"{a}\b\.?" for a in sorted(_ABBREVIATIONS, key=len, reverse=True)]
)
_FULL = "|".join(_MONTHS)
_WD = "|".join(WEEKDAYS)
_ORD = r"(?:st|nd|rd|th)?"
_RANGE_SEP = r"(?:[ ]?[-–—][ ]?|[ ](?:to|through)[ ])"
_CLOSE = r"(?![\w]|[.,:/-]\d)"
"""No word character nor separator-and-digit glued after a number."""
_YEAR = rf"(?:1\d{{3}}|20\d{{2}}|2100){_CLOSE}"

_MONTH_FIRST_RE = re.compile(
    rf"(?P<m1>{_MONTH_ALTS})(?:"
    rf"[ ]{{1,2}}(?P<d1>\d\d?){_ORD}(?:{_RANGE_SEP}(?:(?P<m2>{_MONTH_ALTS})[ ]{{1,2}})?(?P<d2>\d\d?){_ORD})?"
    rf"(?![\w]|[.,:]\d)(?:,?[ ](?P<y>{_YEAR}))?"
    rf"|(?:,[ ]?|[ ])(?:of[ ])?(?P<my>{_YEAR}))?"
)
"""Month day (year), month day-day, month year, or a month alone."""
_DAY_FIRST_RE = re.compile(
    rf"(?P<d1>\d\d?){_ORD}(?:{_RANGE_SEP}(?P<d2>\d\d?){_ORD})?[ ](?:of[ ])?(?P<m1>{_MONTH_ALTS})"
    rf"(?:,?[ ](?P<y>{_YEAR}))?"
)
"""Day month (year), day-day month."""
_YEAR_FIRST_RE = re.compile(
    rf"(?P<y>[12]\d{{3}})(?:-(?P<mo>\d\d)-(?P<d>\d\d)|(?P<sep>[ ]?[-–—][ ]?|/)(?P<y2>\d{{4}}|\d\d)"
    rf"|(?P<s>s|['’]s)|[ ](?P<ym>{_FULL})\b(?![ ]?\d))?{_CLOSE}"
)
"""ISO date, ISO year-month or year range, decade, year possessive, year month, or a year alone."""
_WEEKDAY_RE = re.compile(rf"(?P<wd>{_WD})(?!\w)")
_RELATIVE_RE = re.compile(
    r"(?P<w>yesterday|Yesterday|today|Today|tomorrow|Tomorrow|tonight|Tonight|last|Last|this|This|next|Next)"
    r"\b(?:[ ](?P<unit>week|month|year|night|morning|afternoon|evening)\b)?"
)
_AGO_RE = re.compile(r"ago(?!\w)")
_WEEKEND_RE = re.compile(r"(?:(?P<the>[Tt]he(?:[ ]past)?)|(?P<dir>[Ll]ast|[Tt]his|[Nn]ext))[ ]weekend\b(?!-\w)")
"""A weekend ("at the weekend", "over the weekend", "last weekend", "this weekend"): Saturday and
Sunday of one week; "the past weekend" is the last one."""
_AGO_BEFORE_RE = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})[ -](?P<unit>day|week|month|year)s?[ ]\Z",
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(r"(?<![\w-])(?:(?P<dir>last|next|this)[ ]|(?P<mod>early|mid|late)[- ])\Z", re.IGNORECASE)
"""A direction ("last March") or a modifier ("mid-2024") just before a date."""
_WD_BEFORE_RE = re.compile(rf"(?<![\w])(?P<wd>{_WD})(?:,[ ]?|[ ])\Z")
"""A weekday just before a full date: "Tuesday, January 30, 2024"."""
_DUE_VERBS = (
    r"be|appear|stand|face|reopen|resume|attend|arrive|depart|testify|undergo|expire|retire|deliver|submit"
    r"|address|decide|hear|sit|speak|meet|visit|fly|sail|travel|publish|announce"
)
"""Verbs after "due to" that make it a plan ("is due to appear", "is due to be sentenced"), seldom a
noun after it: before an article, a noun or an -ing word "due to" is a cause ("is due to a pay deal
agreed in March")."""
_DUE_EITHER = (
    r"open|start|begin|return|hold|host|land|leave|take|give|make|sign|vote|rule|close|end|finish|launch"
    r"|release|report|present|go|come"
)
"""Verbs after "due to" as often nouns ("is due to land sales agreed in March", "due to rule changes",
"due to leave taken in May", "due to release of water"): a plan only before a word a verb takes
there (``_DUE_NEXT``: "is due to return to court", "due to go on trial", "due to open again")."""
_DUE_NEXT = (
    r"to|the|a|an|on|in|at|for|with|from|by|into|place|up|out|back|off|again|over|before|after|next|this|later"
    r"|its|his|her|their|our|office|power|\d+"
)
_DUE_PLAN = rf"due[ ]to[ ](?:(?:{_DUE_VERBS})(?![\w-])|(?:{_DUE_EITHER})(?=[ ](?:{_DUE_NEXT})\b|[.,;]|$))"
"""A plan told by "due to" and a verb (``_DUE_VERBS``, ``_DUE_EITHER``)."""
DUE_PLAN_RE = re.compile(_DUE_PLAN, re.IGNORECASE)
"""``_DUE_PLAN`` alone: "due to open at 7" is a plan, "due to heavy snow" a cause."""
_WEEK_AFTER = re.compile(r",?[ ]+(?:of[ ]+)?(?P<which>last|this|next)[ ]+week\b(?!['’])", re.IGNORECASE)
"""A week named right after a weekday ("on Wednesday last week", "Tuesday of last week", "Friday next
week"): the weekday of that week; not "On Wednesday, last week's winner ..."."""
_FUTURE_RE = re.compile(
    r"\b(?:will|won['’]t|shall|would|(?:is|are)[ ]to|(?:is|are)[ ](?:set|scheduled|expected|slated)[ ]to"
    rf"|(?:is|are)[ ]{_DUE_PLAN}"
    r"|(?<!the[ ])next|starting[ ]from|onwards?|later[ ]this|upcoming)\b|\w['’]ll\b",
    re.IGNORECASE,
)
REPORT_KEY = "report"
"""The key of a date that is the day of a statement ("said Saturday", "reported October 14"),
never the day of the event the statement is about: it contradicts no event's date."""


SAY_VERBS = frozenset(
    """said says told tells reported reports announced announces stated states confirmed confirms added adds
    declared declares disclosed discloses revealed reveals wrote writes testified""".split()
)
"""Verbs of saying: a date right after one ("said Tuesday", "reported October 14") is the day of
a statement (``DateMatch.said``)."""
SPEECH_VERBS = SAY_VERBS | frozenset(
    "heard ruled warned claimed claims insisted insists admitted admits denied denies alleged alleges explained".split()
)
"""Verbs of saying and of what was found or alleged: what follows one is what someone said, of
whatever or whomever it is."""
_TELL_VERBS = frozenset({"told", "tells"})
"""Verbs of saying that take a hearer before the date: "told reporters on Friday"."""
_SAID_MEDIA = frozenset(
    "statement interview release briefing conference letter email e-mail message post broadcast video".split()
)
"""What a statement was made in: "said in a statement Friday", "told CNN in an interview on Monday"."""
_BE_FORMS = frozenset("be been being is are was were am".split())
"""Before a verb of saying, a passive: "the results will be announced Friday" is the event itself."""
_SAID_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
SAID_LOOKBACK = 80
"""Characters before a date searched for a verb of saying."""
_QUALIFIER_RE = re.compile(
    r"(?<![\w])(?P<q>as[ ]early[ ]as|since|before|after|until|till|through|by|from|prior[ ]to"
    r"|(?:by|until|before)[ ]the[ ]end[ ]of)[ \t]{1,3}(?P<the>the[ \t]{1,3})?\Z",
    re.IGNORECASE,
)
_POSSESSIVE = ("'s", "’s")
"""What follows a date that names the day of a thing ("Monday's quake"): "from" before it is no bound."""
_POSSESSIVE_FIGURE = re.compile(
    r"['’]s[ \t]{1,3}(?:[£$€¥]|\d|(?:figure|total|level|rate|reading|tally|high|low|peak|record)\b)", re.IGNORECASE
)
"""A possessive date before a figure ("down from October's 2.9%", "from October's figure"): another
period's value, which "from" bounds, not a day told of the event."""
_QUALIFIER_NAMES = {"till": "until", "prior to": "before", "through": "until"}
_CLOCK_QUALIFIER_RE = re.compile(
    r"(?<![\w])(?P<q>[Uu]ntil|[Tt]ill|[Tt]hrough|[Ss]ince|[Ff]rom|[Bb]y)[ \t]{1,3}"
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost)[ \t]{1,3})?"
    r"(?:\d{1,2}(?:[:.][ ]?\d\d)?[ ]?(?:[AaPp]\.?[ ]?[Mm]\b\.?|o['’]clock)|\d{1,2}[:.]\d\d|noon|midnight)"
    r"(?:[ ](?:[A-Z]{2,4}|local[ ]time))?,?[ \t]{1,3}(?:on[ \t]{1,3})?\Z"
)
"""An open qualifier before a clock time that comes just before a date ("until about 6 a.m.
Saturday", "since 10:30 p.m. Friday"): it bounds the date too, which is then no event's day alone.
"before"/"after" a clock time ("shortly after 10 p.m. Friday") only place the moment in that day."""
_NEXT_WORD_RE = re.compile(r"[ ]{1,3}([A-Za-z]{1,30})")
_OPENERS = " \t\n\"'“”‘’([{«—–-"
_GLUED_BEFORE_NUMBER = frozenset("$€£¥#.,:/-")


def said_before(text: str, pos: int) -> bool:
    """Whether the date starting at ``pos`` is the day of a statement: right after an active verb of
    saying ("said Tuesday", "said on Tuesday", "said here Monday", "ITAR-TASS reported October 14"), after a medium
    ("said in a statement on Friday") or a hearer ("told reporters on Friday", at most three words,
    no event word among them). A passive ("will be announced Friday", "the fire was reported on
    Sunday") dates the event itself; so does a date after a comma ("said, on Friday, ...")."""
    words = [w.lower() for w in _SAID_WORD.findall(text, max(0, pos - SAID_LOOKBACK), pos)]
    if words[-1:] == ["on"]:
        words.pop()
    if words[-1:] in (["here"], ["there"]):  # "a harbour clerk said here Monday"
        words.pop()
    if len(words) >= 3 and words[-1] in _SAID_MEDIA:  # "in a statement", "in a news release"
        for k in (3, 4):
            if len(words) > k and words[-k] == "in" and words[-k + 1] in ("a", "an", "its", "his", "her", "their"):
                words = words[:-k]
                break
    for hearer in range(4):  # "told reporters", "told the Associated Press"
        if len(words) <= hearer:
            return False
        verb = words[-1 - hearer]
        if verb in SAY_VERBS and (hearer == 0 or verb in _TELL_VERBS):
            return len(words) == hearer + 1 or words[-2 - hearer] not in _BE_FORMS
        if not verb[0].isalpha() or verb == "that" or event_class(verb):
            return False
    return False


_OPENING_BEFORE = frozenset({"on", "late", "early", "earlier", "later"})
"""Words that may stand before a date opening a sentence ("On Monday,", "Late Friday,")."""
SAID_SUBJECT_WORDS = 8
"""Words between a date that opens its sentence and a verb of saying for the date to be the
statement's day ("On Monday, a spokesman for the Kessel fire brigade said ...")."""


def said_after(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` opens its sentence and is then the day of the
    statement that follows it: "On Monday, police said the fire began Sunday", "Monday, the coroner
    confirmed ...": a comma after it, a subject of at most ``SAID_SUBJECT_WORDS`` words with no event
    word, no "that", then an active verb of saying."""
    opening = [w.lower() for w in _SAID_WORD.findall(text, 0, start)]
    if any(w not in _OPENING_BEFORE for w in opening if w not in _OPENERS):
        return False
    after = _SAID_WORD.findall(text, end, min(len(text), end + 80))
    if after[:1] != [","]:
        return False
    words = [w.lower() for w in _without_names_in_commas(after[1:])]
    for k, word in enumerate(words[: SAID_SUBJECT_WORDS + 1]):
        if word in SAY_VERBS:  # not "On Saturday, police said, the gunman opened fire": an aside
            return k > 0 and words[k - 1] not in _BE_FORMS and words[k + 1 : k + 2] != [","]
        if not word[0].isalpha() or word == "that":
            return False
        if event_class(word) and (words[k + 1] if k + 1 < len(words) else "") not in _SERVICE_NOUNS:
            return False  # "a spokesman for the fire brigade said": a service's name, no event
    return False


def _without_names_in_commas(words: list[str]) -> list[str]:
    """Words with a name set off by commas left out ("the brigade's spokesman, Jonas Reuter, said"):
    the subject's apposition, no clause of its own."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] == ",":
            close = next((j for j in range(k + 1, min(len(words), k + 5)) if words[j] == ","), None)
            if close is not None and close > k + 1 and all(w[:1].isupper() for w in words[k + 1 : close]):
                k = close + 1
                continue
        out.append(words[k])
        k += 1
    return out


_SERVICE_NOUNS = frozenset("brigade department service services chief crews crew station officials".split())
"""Nouns after an event word that make it a service's name ("fire brigade", "fire department")."""


_OTHER_CLAUSE_RE = re.compile(
    r",[ ](?:who|which|but)\b|[;—–]|(?<!\d):(?!\d)"
    r"|[ ]but[ ](?=(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|did|does"
    r"|i|you|he|she|it|we|they)\b)"
)
"""Where a clause of its own begins: a relative clause after a comma, one joined by ", but" (or
by a bare "but" before a verb or a subject: "was turned down in April but will try again"), or
after a semicolon, a colon (not a clock time's, "9:30") or a lone dash. A future marker there does
not date a date outside it. Any other bare "but" joins no clause ("will be held not in May but in
June")."""
_DASH = "—–"
_REL_CLAUSE_RE = re.compile(r",[ ](?:(?:in|at|on|of|for)[ ])?(?:who|whom|which)\b(?![ ]?,)")
"""A relative clause set off by commas ("A man, who was arrested on Monday, will appear in court next
week"; "Sarro, who would have turned 30 next week, was shot on Tuesday"): it has its own tense, closed
at the next comma, and a date outside it is read without it."""


def _own_clause(text: str, core: int) -> str:
    """The clause of ``text`` that holds the position ``core`` (``_OTHER_CLAUSE_RE``). A pair of
    dashes sets off an aside ("will play – rain or shine – in June"): blanked out, it splits
    nothing, unless it holds ``core``, which it then bounds."""
    dashes = [i for i, char in enumerate(text) if char in _DASH]
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        if not a < core < b:
            text = text[:a] + " " * (b + 1 - a) + text[b + 1 :]
    after_cut = 0
    for m in _REL_CLAUSE_RE.finditer(text, 0, core):
        close = text.find(",", m.end())
        if close < 0:
            continue  # runs to the end: ``_OTHER_CLAUSE_RE`` bounds it
        if core < close:
            return text[m.end() : close]  # the date is in the relative clause: its clause alone
        text = text[: m.start()] + " " * (close - m.start()) + text[close:]
        between = [w for w in re.findall(r"[A-Za-z]+", text[close:core]) if w.lower() not in STOPWORDS]
        if len(between) >= 2:  # a verb of the date's own after it: "will try to establish why the
            after_cut = close + 1  # ferry, which was carrying 40 passengers, ran aground on Tuesday"
    starts = [0, after_cut, *(m.end() for m in _OTHER_CLAUSE_RE.finditer(text, 0, core))]
    starts.sort()
    stop = _OTHER_CLAUSE_RE.search(text, core)
    return text[starts[-1] : stop.start() if stop else len(text)]


@functools.lru_cache(maxsize=1 << 14)
def planned(sentence: str, surface: str) -> bool:
    """Whether the date ``surface`` of ``sentence`` is of something still to come: a plan marker
    before it in its own clause (``_PLAN_RE``: "will appear in court on Thursday", "is expected to
    be charged Friday", "a hearing that is expected Friday", "is to be sentenced on Monday") and no
    past verb between the two ("will decide after the bridge collapsed on March 3"). Not "would"
    (said of the past: "said it would stay shut after it collapsed on March 3"), not "Will" (a
    name), not a plan word without a verb before it ("due to high winds", "than expected",
    "scheduled flights", "long-planned", "who had planned a sit-in")."""
    core = sentence.find(surface)
    if core < 0 or said_before(sentence, core):
        return False
    clause = _own_clause(sentence[:core], core)
    markers = list(_PLAN_RE.finditer(clause))
    if not markers:
        return False
    between = clause[markers[-1].end() :].split()
    return not any(
        (w.endswith("ed") or w in _PAST_VERBS) and (i == 0 or between[i - 1] not in _PASSIVE_AUX)
        for i, w in enumerate(w.lower().strip(",;") for w in between)
    )


_PLAN_RE = re.compile(
    r"\b(?:will|shall|won['’]t)\b|\w['’]ll\b|\b(?:[Ii]s|[Aa]re)[ ]to\b"
    r"|(?:\b(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere|be|been)|['’][sr]e?)[ ](?:expected|scheduled|slated"
    rf"|set(?=[ ](?:to|for)\b)|planned|due(?![ ]to\b)|{_DUE_PLAN})\b"
)
"""A plan: a future modal in lower case, "is to", or a plan word after a form of "be". "set" only
before "to" or "for" ("is set to open", "was set for Friday"): "the old mark was set by Ann Voss in
2011" is a record's deed, no plan (on the invented sets: +2 true conflicts, a record's year and its
holder, no wrong one; dev stories, noise and the mutation self-test unchanged)."""
_PAST_VERBS = frozenset("was were had did ran fell broke began sank struck shot hit took left came went made".split())
"""Past verbs that do not end in -ed: one between a plan marker and a date makes the date a deed's."""
_PASSIVE_AUX = frozenset("be been being is are get".split())
"""Words before a participle that keep it in the plan ("is expected to be charged Friday")."""


_PAST_BE = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
"""A past "was"/"were" after a future marker in a date's clause: the marker is of a clause before it
("a man who is due to stand trial was arrested on Monday", "who is to be tried was held Friday")."""


_MOVED_TO = re.compile(
    r"\b(?:push(?:ed|es|ing)?|postpon(?:e|ed|es|ing)|delay(?:ed|s|ing)?|reschedul(?:e|ed|es|ing)"
    r"|defer(?:red|s|ring)?|put[ ]off|brought[ ]forward)\b[^.;:!?,]*?"
    r"(?<!from[ ])\b(?:to|until|till)[ ](?:early[ ]|late[ ]|mid-?)?\Z",
    re.IGNORECASE,
)
"""A plan moved to a new day or month right before a relative date, in one clause: "pushed back
production on the film to September", "postponed the hearing until Monday". The new day is still
to come, unless the sentence goes on to say it came (``_CAME``)."""
_CAME = re.compile(
    r"[^.;!?]*?(?:,[ ]when\b|\b(?:went[ ]ahead|took[ ]place|was[ ]held|were[ ]held|opened|began|started|happened)\b)",
    re.IGNORECASE,
)
"""After a moved plan's day, words saying that day has come: "postponed until Monday, when MPs
approved the bill", "delayed from Tuesday to Wednesday ... went ahead"."""
MOVED_REACH = 80
"""Characters before a relative date searched for the verb of a plan moved (``_MOVED_TO``)."""


_PAST_BEFORE_MARKER = re.compile(r"\b(?:did|didn['’]t|was|were|had|looked|seemed|said|thought)\b", re.IGNORECASE)
"""A past verb between a date and a later future marker: the marker is of a clause of that past
("on Tuesday the road was shut and no one thought it would reopen soon"): the date is in the past."""


_WHEN_AFTER = re.compile(r",[ ]when\b", re.IGNORECASE)
"""A clause of time after a date and a comma (", when drivers would not take out the buses"): a future
marker in it is of its own tense."""
_PAST_MAIN = re.compile(
    r"\b(?:was|were|had|did|began|started|came|happened|broke|erupted|occurred|ended|struck|went)\b", re.IGNORECASE
)
"""A past verb of the clause a date is in, before it ("The strike began on Saturday, when ..."): the date
is of that past, whatever the clause of time after it says ("The strike starts on Saturday, when
drivers will ...": still to come)."""


def is_future_sentence(text: str) -> bool:
    """True when the sentence has a future marker (see the module's tense rule)."""
    return _FUTURE_RE.search(text) is not None


_MODEL_AFTER = re.compile(r"[ ]{1,3}([A-Z][a-z]+)[ ]{1,3}([A-Z][\w-]*|\d[\w-]*)(?:[ ]{1,3}([a-z]+))?")
"""A maker and a model after a four-digit number ("2007 Ford Fallon", "2013 Boeing 737"), and the
word after them, if lowercase."""


def _model_year(text: str, end: int) -> bool:
    """Whether the four-digit number ending at ``end`` is a vehicle's model year: a maker of
    ``designations.VEHICLE_MAKERS`` and a model name after it ("a silver 2011 Toyota Marlin"), a
    determiner or possessive before it (``_MODEL_DET``, with no count word between:
    ``_MODEL_NOT_ADJ``), a year of ``MODEL_YEARS``, the model not a plural and no plural after them
    (not "2000 Ford Fallon workers", "2000 Ford Fallons", "some 2000 Boeing 737 Max jets": counts).
    After a colour word ("silver") the number was left unread before. On the dev stories no pooled
    score changes (five more reports' vehicle year read); the mutation self-test catches two moved
    model years more and loses one moved town (its run now read as two events); invented sets,
    bench/noise.py (7) and the 2,225 BBC reports (777) unchanged."""
    from factcheck.extract.designations import VEHICLE_MAKERS

    m = _MODEL_AFTER.match(text, end)
    if m is None or m.group(1).lower() not in VEHICLE_MAKERS:
        return False
    if not MODEL_YEARS[0] <= int(text[end - 4 : end]) <= MODEL_YEARS[1]:
        return False  # "1500 Ford Motor Company workers", "Flight 1549 Airbus A320", "2100 Ford Street"
    det = _MODEL_DET.search(text, max(0, end - 64), end - 4)
    between = det.group("adj").split() if det is not None else []
    if det is None or _MODEL_NOT_ADJ & set(between) or any(_is_plural(w) for w in between):
        return False  # "some 2000 Boeing 737 Max jets", "a fleet of 2000 Airbus A320 aircraft": counts
    model = m.group(2)
    if model[0].isdigit() and model.endswith("s") and not model.endswith("ss"):
        return False  # "the 2000 Boeing 737s"
    # "2000 Toyota Corollas were recalled": a plural model is a count of cars too
    return not (m.group(3) and _is_plural(m.group(3))) and not (model.isalpha() and _is_plural(model.lower()))


MODEL_YEARS = (1900, 2035)
"""The years a vehicle's model year can be."""
_MODEL_DET = re.compile(
    r"(?:(?<![\w])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our|[Ww]hose)|['’]s)"
    r"(?P<adj>(?:[ ]{1,3}[a-z]+(?:-[a-z]+)?){0,2})[ ]{1,3}\Z"
)
"""A determiner or a possessive before a model year, with up to two lower-case words between
("a dark blue 2009 Ford Fallon", "the suspect's 2011 Toyota Marlin")."""
_MODEL_NOT_ADJ = frozenset(
    """of than to for with by and or about some nearly around over almost roughly approximately least
    built sold bought made had ordered delivered recalled stocked produced assembled shipped leased
    operated flew owned""".split()
)
"""Words between a determiner and a number that make the number a count ("a fleet of 2000 ...")."""


def _is_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL


# --- scanning ----------------------------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    value: Interval
    granularity: str
    relative: bool
    display: str
    steps: list[Step]
    symbol: str = ""


class _Scanner:
    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.pub = published
        self._future_sentence: bool | None = None
        self.found: list[_Candidate] = []
        self.month_names = 0
        """How many month names the text has: day-month forms are only looked for when some are."""

    # context helpers ----------------------------------------------------------------------------

    def word_start(self, pos: int) -> bool:
        """True when no letter or digit is glued before ``pos``."""
        return pos == 0 or not self.text[pos - 1].isalnum()

    def number_start(self, pos: int) -> bool:
        """True when nothing that belongs to a number is glued before ``pos``."""
        if pos == 0:
            return True
        char = self.text[pos - 1]
        return not (char.isalnum() or char == "_" or char in _GLUED_BEFORE_NUMBER)

    def prefix(self, pos: int) -> re.Match[str] | None:
        return _PREFIX_RE.search(self.text, max(0, pos - 6), pos)

    def prev_word(self, pos: int) -> tuple[str, str]:
        """The word just before ``pos`` (skipping blanks) and the character before ``pos``'s word."""
        text = self.text
        i = pos
        floor = max(0, pos - 40)
        while i > floor and text[i - 1] in " \t":
            i -= 1
        j = i
        while j > floor and j > i - 30 and text[j - 1].isalpha():
            j -= 1
        return text[j:i], (text[i - 1] if i > 0 else "")

    def at_sentence_start(self, pos: int) -> bool:
        return pos <= 12 and not self.text[:pos].strip(_OPENERS)

    def future(self, core: int) -> bool:
        """Tense for a relative date starting at ``core``: a statement's day is in the past; a
        future marker of a relative clause or of a clause joined by "but" does not date it ("was
        turned down for a loan in April, said the clerk, who will retire soon")."""
        if said_before(self.text, core):
            return False
        if _MOVED_TO.search(self.text, max(0, core - MOVED_REACH), core) and not _CAME.search(self.text, core):
            return True  # "pushed back filming to October": the new day of a plan, still to come
        if self._future_sentence is None:
            self._future_sentence = is_future_sentence(self.text)
        if not self._future_sentence:
            return False
        if not is_future_sentence(_own_clause(self.text, core)):
            return False
        head = _own_clause(self.text[:core], core)
        markers = list(_FUTURE_RE.finditer(head))
        if not markers:
            # the marker comes after the date: "On Monday, he will appear in court"; but not after a
            # past verb of the date's own: "on Tuesday no one thought it would reopen soon"
            tail = self.text[core:]
            after = _FUTURE_RE.search(tail)
            if after is None:
                return True
            if _WHEN_AFTER.search(tail, 0, after.start()) and _PAST_MAIN.search(head):
                return False  # "began on Saturday, when drivers would not ...": the when clause's own tense
            return _PAST_BEFORE_MARKER.search(tail, 0, after.start()) is None
        # "A man who is due to stand trial ... was arrested on Monday": the date is of the past verb
        return _PAST_BE.search(head, markers[-1].end()) is None

    def add(
        self,
        start: int,
        end: int,
        value: Interval,
        granularity: str,
        rule: str,
        *,
        relative: bool = False,
        mod: str | None = None,
        symbol: str = "",
        display: str = "",
    ) -> None:
        surface = self.text[start:end]
        display = display or date_interval_display(value, granularity)
        steps = [Step(surface, display, rule)]
        if mod:
            word = mod.strip(" -").lower()
            steps.append(Step(surface, display, f"'{word}' read as the whole {granularity}"))
        self.found.append(_Candidate(start, end, value, granularity, relative, display, steps, symbol))

    def add_symbol(self, start: int, end: int, symbol: str, display: str, granularity: str) -> None:
        """A relative date met without a publication date: kept as what it says (``symbol``)."""
        rule = "no publication date: kept as written, compared only with what it can be"
        self.add(start, end, _ANY, granularity, rule, relative=True, symbol=symbol, display=display)

    def resolve_day(self, month: int, day: int, year: int | None, core: int) -> tuple[date, str] | None:
        """The day of a day-month, the year taken from publication when it is missing."""
        if year is not None:
            try:
                return date(year, month, day), ""
            except ValueError:
                return None
        if self.pub is None:
            return None
        future = self.future(core)
        y = self.pub.year
        for _ in range(9):
            try:
                d = date(y, month, day)
            except ValueError:
                d = None
            if d is not None and (d >= self.pub if future else d <= self.pub):
                how = "future tense: nearest on or after" if future else "past tense: nearest on or before"
                return d, f"; year from publication {self.pub.isoformat()}, {how} it"
            y += 1 if future else -1
        return None

    def weekday_year(self, found: tuple[date, str], weekday: int) -> tuple[date, str]:
        """A day-month without a year given with its weekday ("Monday, June 14"): of the year the
        tense rule picked and the ones either side, the one in which the day is that weekday, the
        nearest publication (a funeral "moved to Monday, June 14" in a report of June 2 is this
        year's, whatever the tense)."""
        d = found[0]
        if d.weekday() == weekday or self.pub is None or abs((d - self.pub).days) <= WEEKDAY_YEAR_DAYS:
            return found  # near publication, a wrong weekday is the writer's slip: the date is kept
        pub = self.pub
        fits = []
        for year in (d.year - 1, d.year + 1):
            try:
                other = date(year, d.month, d.day)
            except ValueError:
                continue
            if other.weekday() == weekday:
                fits.append(other)
        if not fits:
            return found
        best = min(fits, key=lambda x: abs((x - pub).days))
        if abs((best - pub).days) >= abs((d - pub).days):
            return found
        return best, f"; year from publication {pub.isoformat()}, the one in which it is a {WEEKDAYS[weekday]}"

    # month names ----------------------------------------------------------------------------------

    def scan_month_first(self) -> None:
        for m in _MONTH_FIRST_RE.finditer(self.text):
            self.month_names += 1
            if not self.word_start(m.start()):
                continue
            mon1 = _MONTH_NUMBER[m["m1"].rstrip(".")]
            if m["d1"]:
                mon2 = _MONTH_NUMBER[m["m2"].rstrip(".")] if m["m2"] else mon1
                self.day_form(m, mon1, mon2, "month day")
            elif m["my"] and self.year_context(m.start("my"), m.end("my"), -100, after_month=True):
                pre = self.prefix(m.start())
                mod = pre["mod"] if pre else None
                start = pre.start() if pre is not None and mod else m.start()
                self.add(start, m.end(), month_interval(int(m["my"]), mon1), "month", "month year", mod=mod)
            else:
                self.month_alone(m.start(), m.end("m1"), m["m1"].rstrip("."))

    def scan_day_first(self) -> None:
        if not self.month_names:
            return
        for m in _DAY_FIRST_RE.finditer(self.text):
            if self.number_start(m.start()):
                mon = _MONTH_NUMBER[m["m1"].rstrip(".")]
                self.day_form(m, mon, mon, "day month")

    def day_form(self, m: re.Match[str], mon1: int, mon2: int, rule: str) -> None:
        year = int(m["y"]) if m["y"] else None
        first = self.resolve_day(mon1, int(m["d1"]), year, m.start())
        named = _WD_BEFORE_RE.search(self.text, max(0, m.start() - 11), m.start())
        if first is not None and year is None and named and not m["d2"]:
            first = self.weekday_year(first, WEEKDAYS.index(named["wd"]))
        if first is None:
            if year is None and self.pub is None and not m["d2"] and _valid_month_day(mon1, int(m["d1"])):
                symbol = f"monthday:{mon1:02d}-{int(m['d1']):02d}"
                self.add_symbol(m.start(), m.end(), symbol, f"{_MONTHS[mon1 - 1]} {int(m['d1'])}", "day")
            return
        d1, how = first
        d2 = d1
        if m["d2"]:
            try:
                d2 = date(d1.year + (1 if mon2 < mon1 else 0), mon2, int(m["d2"]))
            except ValueError:
                return
            if d2 <= d1:
                return
        start = m.start()
        wd = _WD_BEFORE_RE.search(self.text, max(0, start - 11), start)
        if wd:
            start = wd.start()
        granularity = "day" if d1 == d2 else "range"
        name = rule + (" year" if year else "") + (" range" if d2 != d1 else "")
        self.add(start, m.end(), day_interval(d1, d2), granularity, name + how, relative=year is None)
        if wd and WEEKDAYS.index(wd["wd"]) != d1.weekday():
            self.found[-1].steps.append(
                Step(wd["wd"], d1.strftime("%A"), "weekday does not match the date; the date is kept")
            )

    def month_alone(self, start: int, end: int, name: str) -> None:
        pub = self.pub
        month = _MONTH_NUMBER[name]
        pre = self.prefix(start)
        direction = (pre["dir"] or "").lower() if pre else ""
        mod = pre["mod"] if pre else None
        word, _ = self.prev_word(pre.start() if pre else start)
        if word.lower() in _RECURRENCE_WORDS:
            return
        if self.text.startswith("-", end) and self.text[end + 1 : end + 2].isalpha():
            return  # "Mar-a-Lago", "May-be"
        ambiguous = name in _AMBIGUOUS_MONTHS and not pre
        if ambiguous and (word.lower() not in _MONTH_PREV_WORDS or self.text.startswith(("'s", "’s"), end)):
            return
        if pub is None:
            if not direction and not mod:
                self.add_symbol(start, end, f"month:{month:02d}", _MONTHS[month - 1], "month")
            return
        if direction == "last":
            year, how = (pub.year if month < pub.month else pub.year - 1), "last: strictly before"
        elif direction == "next":
            year, how = (pub.year if month > pub.month else pub.year + 1), "next: strictly after"
        elif direction == "this":
            year, how = pub.year, "this: in the year of"
        elif self.future(start):
            year, how = (pub.year if month >= pub.month else pub.year + 1), "future tense: on or after"
        else:
            year, how = (pub.year if month <= pub.month else pub.year - 1), "past tense: on or before"
        rule = f"{RELATIVE_RULE} {pub.isoformat()}, {how} it"
        self.add(pre.start() if pre else start, end, month_interval(year, month), "month", rule, relative=True,
                 mod=mod)  # fmt: skip

    # numbers: years, decades, ISO dates -----------------------------------------------------------

    def scan_year_first(self) -> None:
        last_year_end = -100
        for m in _YEAR_FIRST_RE.finditer(self.text):
            start, y = m.start(), int(m["y"])
            if not 1000 <= y <= 2100:
                continue
            pre = self.prefix(start)
            mod = pre["mod"] if pre else None
            if not (self.number_start(start) or (mod and self.text[start - 1] in " -")):
                continue
            first = pre.start() if pre is not None and mod else start
            if m["mo"]:
                try:
                    d = date(y, int(m["mo"]), int(m["d"]))
                except ValueError:
                    continue
                self.add(start, m.end(), day_interval(d), "day", "ISO date")
            elif m["y2"]:
                self.year_pair(m, first, y, mod)
            elif m["ym"]:
                self.add(start, m.end(), month_interval(y, _MONTH_NUMBER[m["ym"]]), "month", "year month")
            elif m["s"] and y % 10 == 0 and (m["s"] == "s" or mod or self.prev_word(start)[0].lower() == "the"):
                self.add(first, m.end(), year_interval(y, y + 9), "decade", "decade", mod=mod)
            elif m["s"] == "s":
                continue  # "2019s"
            elif hyphened_measure(self.text, start + 4) and not mod:
                continue  # "the 1000-member church", "a 1500-seat hall": a count, not a year
            elif mod or self.year_context(start, start + 4, last_year_end):
                last_year_end = start + 4
                self.add(first, start + 4, year_interval(y), "year", "year", mod=mod)

    def year_pair(self, m: re.Match[str], first: int, y1: int, mod: str | None) -> None:
        """ "2019-2021", "2023-24", "2023/24" (ranges) or "2024-01" (ISO year-month)."""
        raw = m["y2"]
        if len(raw) == 4:
            y2 = int(raw)
        else:
            yy = int(raw)
            if (y1 + 1) % 100 != yy and m["sep"] == "-" and 1 <= yy <= 12 and not mod:
                self.add(m.start(), m.end(), month_interval(y1, yy), "month", "ISO year-month")
                return
            y2 = y1 - y1 % 100 + yy + (100 if yy <= y1 % 100 else 0)
        if y1 < y2 <= 2100 and y2 - y1 <= 100:
            self.add(first, m.end(), year_interval(y1, y2), "range", "year range", mod=mod)

    def year_context(self, start: int, end: int, last_year_end: int, *, after_month: bool = False) -> bool:
        """Whether the four-digit number at [start, end) is used as a year."""
        text = self.text
        if text.startswith(("'s", "’s"), end):
            return True
        nxt = _NEXT_WORD_RE.match(text, end)
        if nxt:
            word = nxt.group(1)
            low = word.lower()
            if low in _EVENT_NOUNS or word in _MONTH_NUMBER:
                return True
            if word[0].islower() and (low in _COUNT_WORDS or _is_plural(low)):
                return False
            if _model_year(text, end):
                return True  # "a silver 2011 Toyota Marlin": a vehicle's model year, after a colour word too
        if after_month or self.at_sentence_start(start):
            return True
        word, char = self.prev_word(start)
        low = word.lower()
        if not word:
            return char in ",;:([–—"
        if low in _YEAR_PREV_WORDS or word in _MONTH_NUMBER:
            return True
        if low == "s" and text[max(0, start - 4) : start].rstrip().endswith(("'s", "’s")):
            # "the band's 1983 album": a possessive's year; not a count ("the firm's 2000 workforce";
            # before a plural it is out above)
            return not (nxt and nxt.group(1).lower() in _YEAR_COUNT_NOUNS)
        if low in _YEAR_CHAIN_WORDS and start - last_year_end <= 25:
            return True
        return _QUALIFIER_RE.search(text, max(0, start - 30), start) is not None

    # relative expressions -----------------------------------------------------------------------

    def scan_relative(self) -> None:
        pub = self.pub
        self.scan_weekends()
        if pub is None:
            for m in _WEEKDAY_RE.finditer(self.text):
                if self.word_start(m.start()):
                    self.weekday_symbol(m.start(), m.end(), WEEKDAYS.index(m["wd"]))
            self.relative_symbols()
            return
        text = self.text
        base = f"{RELATIVE_RULE} {pub.isoformat()}"
        for m in _WEEKDAY_RE.finditer(text):
            if self.word_start(m.start()):
                self.weekday(m.start(), m.end(), WEEKDAYS.index(m["wd"]), base)
        for m in _RELATIVE_RE.finditer(text):
            if not self.word_start(m.start()):
                continue
            w, unit = m["w"].lower(), m["unit"]
            if m["w"][0].isupper() and self.prev_word(m.start())[0][:1].isupper():
                continue  # "USA Today": a name
            if w in ("yesterday", "today", "tomorrow", "tonight"):
                shift = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
                self.add(m.start(), m.end("w"), day_interval(pub + timedelta(days=shift)), "day", base, relative=True)
            elif (w, unit) == ("last", "night") or (w == "this" and unit in ("morning", "afternoon", "evening")):
                shift = -1 if w == "last" else 0
                self.add(m.start(), m.end(), day_interval(pub + timedelta(days=shift)), "day", base, relative=True)
            elif unit in ("week", "month", "year"):
                if self.prev_word(m.start())[0].lower() in ("the", "past", "over"):
                    continue  # "the last year": a duration up to publication
                self.add_shifted(m.start(), m.end(), unit, {"last": -1, "this": 0, "next": 1}[w], base)
        for m in _AGO_RE.finditer(text):
            if m.start() == 0 or text[m.start() - 1] != " ":
                continue
            before = _AGO_BEFORE_RE.search(text, max(0, m.start() - 25), m.start())
            if before:
                n_text = before["n"].lower()
                n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS[n_text]
                self.add_shifted(before.start(), m.end(), before["unit"].lower(), -n, base)

    def scan_weekends(self) -> None:
        """Weekends: with a publication date, the Saturday and Sunday they stand for (the most recent
        one on or before publication, or the nearest on or after it in the future tense; "last",
        "next" and "this" as for weekdays); without one, kept as the symbol ``weekend:``, which
        holds every Saturday and Sunday. "every weekend" is no date (it does not match)."""
        if "weekend" not in self.text:
            return
        pub = self.pub
        for m in _WEEKEND_RE.finditer(self.text):
            if not self.word_start(m.start()):
                continue
            direction = (m["dir"] or "").lower() or ("last" if m["the"] and " " in m["the"] else "")
            if pub is None:
                if direction in ("", "this"):
                    self.add_symbol(m.start(), m.end(), "weekend:", "weekend", "weekend")
                continue
            today = pub.weekday()
            saturday = pub - timedelta(days=(today - 5) % 7)  # the most recent Saturday, today's included
            if direction == "last":
                how = "last: the most recent before"
                if today >= 5:
                    saturday -= timedelta(days=7)
            elif direction == "next":
                how, saturday = "next: the first after", saturday + timedelta(days=7)
            elif direction == "this":
                how, saturday = "this: in the week of", pub + timedelta(days=5 - today)
            elif self.future(m.start()):
                how = "future tense: nearest on or after"
                if today < 5:
                    saturday += timedelta(days=7)
            else:
                how = "past tense: nearest on or before"
            rule = f"{RELATIVE_RULE} {pub.isoformat()}, {how} it: Saturday and Sunday"
            self.add(
                m.start(), m.end(), day_interval(saturday, saturday + timedelta(days=1)), "weekend", rule, relative=True
            )

    def weekday(self, start: int, end: int, wd: int, base: str) -> None:
        pub = self.pub
        assert pub is not None
        pre = self.prefix(start)
        direction = (pre["dir"] or "").lower() if pre else ""
        if self.prev_word(pre.start() if direction and pre else start)[0].lower() in _RECURRENCE_WORDS:
            return
        today = pub.weekday()
        week = _WEEK_AFTER.match(self.text, end) if not direction else None
        if week:  # "on Wednesday last week": that week's Wednesday, whatever the tense
            which = week["which"].lower()
            monday = pub - timedelta(days=today) + timedelta(days={"last": -7, "this": 0, "next": 7}[which])
            how = f"'{which} week': the {WEEKDAYS[wd]} of the week {which if which != 'this' else 'of publication'}"
            self.add(
                start, week.end(), day_interval(monday + timedelta(days=wd)), "day", f"{base}, {how}", relative=True
            )
            return
        if direction == "last":
            d, how = pub - timedelta(days=(today - wd - 1) % 7 + 1), "last: the most recent before"
        elif direction == "next":
            d, how = pub + timedelta(days=(wd - today - 1) % 7 + 1), "next: the first after"
        elif direction == "this":
            d, how = pub + timedelta(days=wd - today), "this: in the week of"
        elif self.future(start):
            d, how = pub + timedelta(days=(wd - today) % 7), "future tense: nearest on or after"
        else:
            d, how = pub - timedelta(days=(today - wd) % 7), "past tense: nearest on or before"
        first = pre.start() if direction and pre else start
        self.add(first, end, day_interval(d), "day", f"{base}, {how} it", relative=True)

    def weekday_symbol(self, start: int, end: int, wd: int) -> None:
        """A weekday without a publication date: "Saturday" is compared with other Saturdays; so is
        "next Saturday" (which week, no report can say without its date, but it is a Saturday)."""
        pre = self.prefix(start)
        direction = pre["dir"].lower() if pre and pre["dir"] else ""
        first = pre.start() if direction and pre else start
        if self.prev_word(first)[0].lower() in _RECURRENCE_WORDS:
            return
        shown = f"{direction} {WEEKDAYS[wd]}" if direction else WEEKDAYS[wd]
        self.add_symbol(first, end, f"weekday:{wd}", shown, "weekday")

    def relative_symbols(self) -> None:
        """Without a publication date, "last month", "this year", "next week" are kept as written
        (the symbol ``relative:last month``): the same words for one event in two undated reports
        agree; other words, or a resolved date, cannot be compared with them. "the last year" (a
        duration up to publication) and "USA Today" (a name) are no such date."""
        for m in _RELATIVE_RE.finditer(self.text):
            unit = m["unit"]
            if unit not in ("week", "month", "year") or not self.word_start(m.start()):
                continue
            if self.prev_word(m.start())[0].lower() in ("the", "past", "over"):
                continue
            words = f"{m['w'].lower()} {unit}"
            self.add_symbol(m.start(), m.end(), f"{RELATIVE_SYMBOL}{words}", words, unit)

    def add_shifted(self, start: int, end: int, unit: str, k: int, base: str) -> None:
        pub = self.pub
        assert pub is not None
        try:
            if unit == "day":
                value, granularity = day_interval(pub + timedelta(days=k)), "day"
            elif unit == "week":
                value, granularity = _week_of(pub + timedelta(days=7 * k)), "week"
            elif unit == "month":
                value, granularity = month_interval(*_add_months(pub.year, pub.month, k)), "month"
            else:
                value, granularity = year_interval(pub.year + k), "year"
        except (ValueError, OverflowError):
            return
        self.add(start, end, value, granularity, base, relative=True)

    # selection ----------------------------------------------------------------------------------

    def select(self) -> list[DateMatch]:
        """Longest candidates first, never overlapping; then qualifiers are attached."""
        if not self.found:
            return []  # most sentences
        covered = bytearray(len(self.text))
        chosen: list[_Candidate] = []
        for c in sorted(self.found, key=lambda c: (c.start - c.end, c.start)):
            if covered.find(1, c.start, c.end) != -1:
                continue
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        out: list[DateMatch] = []
        prev_end = 0
        for c in chosen:
            start, qualifier = c.start, ""
            q = _QUALIFIER_RE.search(self.text, max(prev_end, c.start - 30), c.start)
            if (
                q
                and q["q"].lower() == "from"
                and self.text.startswith(_POSSESSIVE, c.end)
                and not _POSSESSIVE_FIGURE.match(self.text, c.end)
            ):
                # "the toll from Monday's quake": "from" tells what the toll is of; the date is that
                # thing's day, no bound. "after Monday's talks", "before Monday's warning", "until
                # Sunday's drill" keep their bound: the thing is another event the story is dated by
                # (review: a strike "after Monday's talks broke down" stood against its Wednesday), and
                # "up from October's 2.9%" keeps "from": a figure of another period (November's against
                # October's). When landed (all prepositions, figures too): invented sets +1 true conflict
                # (a quake's day told "from Monday's"), no wrong one; BBC 777 to 778 (two months'
                # figures "from October's", which the figure guard now turns back).
                pass
            elif q and (not q["the"] or c.granularity == "decade"):
                raw = " ".join(q["q"].lower().split())
                qualifier = raw.split()[0] if raw.endswith("the end of") else _QUALIFIER_NAMES.get(raw, raw)
                start = q.start()
                c.steps.append(Step(q["q"], qualifier, "qualifier kept apart; the value is the date itself"))
            elif clock := _CLOCK_QUALIFIER_RE.search(self.text, max(prev_end, c.start - 45), c.start):
                # the span stays the date's own: the clock time between is a claim of its own
                qualifier = _QUALIFIER_NAMES.get(clock["q"].lower(), clock["q"].lower())
                rule = "qualifier of the clock time before the date bounds the date too; the value is the date itself"
                c.steps.append(Step(clock.group().strip(" \t,"), qualifier, rule))
            surface = self.text[start : c.end]
            out.append(
                DateMatch(
                    start,
                    c.end,
                    c.value,
                    c.granularity,
                    c.display,
                    c.relative,
                    qualifier,
                    tuple(c.steps),
                    surface,
                    c.symbol,
                    said_before(self.text, start) or said_after(self.text, start, c.end),
                )
            )
            prev_end = c.end
        return out


DATELINE_LINES = 4
"""Lines at the top of an article where a dateline or a "Posted"/"Updated" stamp is looked for."""
DATELINE_LENGTH = 90
"""Characters a dateline line holds at most: a longer line is a sentence that merely has a date."""
_STAMP_WORDS = frozenset(
    """posted published updated last first on at by am pm a p m et gmt utc bst cet edt est pdt pst cdt cst
    mdt mst aest ist uk local time hours hrs monday tuesday wednesday thursday friday saturday sunday mon
    tue tues wed thu thur thurs fri sat sun""".split()
)
"""Words a date stamp may hold besides the date: "Posted:", "Last Updated: ... 8:44 PM ET"."""
_STAMP_WORD = re.compile(r"[A-Za-z]+")
_STAMP_VERB = re.compile(r"\b(?:[Pp]osted|POSTED|[Pp]ublished|PUBLISHED|[Uu]pdated|UPDATED)\b")
"""A line that says it was posted, published or updated on a date is a stamp, whatever else it says
("... posted in Boating Mishaps on Tuesday, March 4, 2014")."""
_NUMERIC_STAMP = re.compile(r"(?<![\d/])(?P<a>\d{1,2})[ ]?/[ ]?(?P<b>\d{1,2})[ ]?/[ ]?(?P<y>(?:19|20)\d\d)(?![\d/])")
_US_CUES = frozenset("et edt est pdt pst cdt cst mdt mst pm am".split())


@dataclass(frozen=True)
class Dateline:
    """The publication date an article prints at its top."""

    day: date
    line: int
    """1-based line number of the stamp."""
    text: str
    """The stamp's line, stripped."""

    def describe(self) -> str:
        return f"line {self.line}: {self.text!r}"


def dateline(text: str) -> Dateline | None:
    """The publication date an article prints at its top ("Posted: June 13, 2006", "Saturday, July
    12, 2014", "Updated 6 / 6 / 2011 2:15 PM"), and how it was read (for the claims' steps); None when
    its first lines hold no such stamp. A stamp is a short line holding a full date and little else;
    a numeric date is read only when its order is clear (a part over 12) or its line gives US cues
    (ET, PDT, a.m.) for month/day."""
    for number, line in enumerate(text.split("\n", DATELINE_LINES)[:DATELINE_LINES], start=1):
        stripped = line.strip()
        stamped = _STAMP_VERB.search(stripped) is not None
        if not stripped or len(stripped) > (2 * DATELINE_LENGTH if stamped else DATELINE_LENGTH):
            continue
        for d in find_dates(stripped, None):
            if d.granularity != "day" or d.relative or d.value.low is None:
                continue
            rest = stripped[: d.start] + " " + stripped[d.end :]
            if stamped or _stamp_only(rest):
                return Dateline(date.fromordinal(int(d.value.low)), number, stripped)
        m = _NUMERIC_STAMP.search(stripped)
        if m and _stamp_only(stripped[: m.start()] + " " + stripped[m.end() :]):
            a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
            us = any(w.lower() in _US_CUES for w in _STAMP_WORD.findall(stripped))
            if a > 12 or (a == b):
                day, month = a, b
            elif b > 12 or us:
                month, day = a, b
            else:
                continue  # "4 / 9 / 2007": April 9 or 4 September
            try:
                return Dateline(date(y, month, day), number, stripped)
            except ValueError:
                continue
    return None


def _stamp_only(rest: str) -> bool:
    """Whether what a line holds besides its date is only a stamp's words (and times)."""
    words = [w for w in _STAMP_WORD.findall(rest) if w.lower() not in _STAMP_WORDS]
    return len(words) <= 1


def find_dates(text: str, published: date | None) -> list[DateMatch]:
    """Date expressions of one sentence, in order of appearance, non-overlapping.

    ``published`` resolves relative expressions ("on Tuesday", "two months ago", "in November");
    when it is None they are kept as what they say (a weekday, "last month") or skipped ("two
    months ago"). See the module docstring for the rules.
    """
    if (
        _YEAR_DIGITS.search(text) is None
        and _NAMED_DATE.search(text) is None
        and _RELATIVE_WORD.search(text) is None
        and "weekend" not in text
    ):
        return []  # most sentences: nothing any scan below starts with
    return _find_dates(text, published)


_YEAR_DIGITS = re.compile(r"[12]\d{3}")
"""Where every year-first date starts."""
_NAMED_DATE = re.compile(trie_pattern([m[:3] for m in _MONTHS] + [w[:3] for w in WEEKDAYS]))
"""What every month-first date and weekday starts with (every abbreviation starts a month's name);
a day-first date is looked for only after a month name was found."""
_RELATIVE_WORD = re.compile(
    trie_pattern(
        [
            w
            for word in ("yesterday", "today", "tomorrow", "tonight", "last", "this", "next")
            for w in (word, word.capitalize())
        ]
        + ["ago"]
    )
)
"""What `_RELATIVE_RE` and `_AGO_RE` matches start with."""


def _find_dates(text: str, published: date | None) -> list[DateMatch]:
    """`find_dates` without its pre-check."""
    scanner = _Scanner(text, published)
    scanner.scan_month_first()
    scanner.scan_day_first()
    scanner.scan_year_first()
    scanner.scan_relative()
    return scanner.select()
