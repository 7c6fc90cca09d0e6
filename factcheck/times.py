"""Times of day: find the clock times of one English sentence as intervals of minutes.

``find_times(text)`` returns ``TimeMatch`` objects in order of appearance, never overlapping. A
value is a closed ``Interval`` of minutes after midnight (0 to 1439), with the zone it is given in:

- ``10:30 a.m.``, ``4.30pm``, ``11: 41am``, ``7:15pm PST``: hour and minutes (granularity
  ``minute``); ``7 p.m.``, ``9pm``, ``6 o'clock``, ``noon``, ``midnight``: the hour (``hour``);
- ``17:06``, ``09:10 hours``, ``20:49 GMT``: the 24-hour clock, which needs a cue (a zone,
  "hours", "local time", or "at/about/around/by/until/after/before/from/since" before it) so that
  a score or a ratio is not read as a time;
- ``1100 hours``, ``2045 GMT``, ``1336 GMT``: four digits with "hours"/"hrs" or a zone.

"a.m."/"p.m." in any spelling ("a. m.", "am", "AM", "p.m") turn the hour to the 24-hour clock
("12 a.m." is midnight, "12 p.m." noon); "17:06 pm" stays 17:06.

Qualifiers widen the value, and are kept in ``qualifier``: "about", "around", "approximately",
"roughly", "some", "circa" ±5 minutes for a time given to the minute and ±15 for a full hour;
"just after" [t, t+15], "shortly after" [t, t+30], "after"/"past" [t, t+60]; "just before" [t-15, t],
"shortly before" [t-30, t], "before"/"by"/"until" [t-60, t]. Everything stays inside one day.

Zones: GMT, UTC and Z are one zone (``GMT``); "local time", "local" or none is ``local``; other
abbreviations (EST, PDT, ET, PT, IST, BST...) are kept as written, and so are zones spelled out
("Pacific time" is ``PT``, "Eastern Standard Time" ``EST``, "UK time" ``UK``). Times of one group
given in zones of known offset (``gmt_offset``: by the day's daylight saving, a standard or summer
abbreviation read as its region's clock; fixed for JST) are read on one zone's clock
(``match._in_one_zone``); a local time never is: the offset between a local clock and another zone
is not known.

Parts of the day (``find_day_parts``): "Thursday evening", "early Sunday afternoon", "late on
Friday", "this morning", "last night", "tonight", "the early hours", "overnight Friday" are times
too, of granularity ``part of day``, as intervals of what English means by them (``DAY_PARTS``).
A part of the day is said only with a day ("Thursday", "yesterday", "this", "last"), so that "Good
morning", "the morning newspaper", "every morning" or "the night before" are none.

Every regex is linear (bounded repetitions, no nested quantifiers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.models import Claim, Interval, Step
from factcheck.words import NOT_CLOCK_BEFORE, STOPWORDS, ascii_lowered, trie_pattern

__all__ = [
    "DAY_MINUTES",
    "DAY_PARTS",
    "DAY_RULE",
    "PART_OF_DAY",
    "TimeMatch",
    "day_words",
    "days_apart",
    "find_day_parts",
    "find_times",
    "format_minutes",
    "time_day",
]

DAY_MINUTES = 24 * 60

APPROXIMATE = {"minute": 5, "hour": 15}
"""Minutes either side that "about 10:32" and "about 10 a.m." may be off by: how precise a
writer is when rounding a clock time ("about 8.40pm" is not 8.49pm, "about 10 a.m." not 10:30)."""
AFTER = {"just after": 15, "shortly after": 30, "after": 60, "past": 60}
"""How long after the stated time "just after", "shortly after" and "after" reach."""
BEFORE = {"just before": 15, "shortly before": 30, "before": 60, "by": 60, "until": 60}
"""How long before the stated time "just before", "shortly before", "before" and "by" reach."""

_ZONES = {
    "gmt": "GMT", "utc": "GMT", "z": "GMT", "bst": "BST", "ist": "IST", "est": "EST", "edt": "EDT",
    "cst": "CST", "cdt": "CDT", "mst": "MST", "mdt": "MDT", "pst": "PST", "pdt": "PDT", "cet": "CET",
    "cest": "CEST", "eet": "EET", "eest": "EEST", "jst": "JST", "aest": "AEST", "msk": "MSK",
}  # fmt: skip
_US_ZONES = {"et": "ET", "ct": "CT", "mt": "MT", "pt": "PT"}
"""The United States' zones as news writes them after a clock ("9:40 p.m. ET", "6:40 p.m. PT"), standard
or daylight time alike: kept as written, so that two zones' clocks are never compared. Only after a
clock with its minutes or a.m./p.m.: four digits before them are as often a year ("in 2015 CT scans")."""
_NOT_A_NOUN_AFTER = frozenset(
    "on at in and or the to for from with when after before as by but that which while until till today tonight"
    " tomorrow yesterday this last next local time".split()
)


def _noun_after(text: str, end: int) -> bool:
    """Whether a lower-case word other than a function word follows ``end``: "PT" before it is no
    zone but a word of its own ("a 6 a.m. PT session", "CT scans")."""
    m = re.match(r"[ ]+([a-z]+)", text[end : end + 30])
    return m is not None and m.group(1) not in _NOT_A_NOUN_AFTER


_ALL_ZONES = _ZONES | _US_ZONES

_SPELLED_ZONE = (
    r"(?P<spelled>(?:US[ ])?(?P<region>Eastern|Pacific|Central|Mountain)(?:[ ](?P<season>Standard|Daylight))?"
    r"(?:[ ][Tt]ime)?(?![\w-])(?![ ][A-Z])|(?:UK|British|London)[ ]time\b)"
)
"""A zone spelled out after a clock: "11 a.m. Pacific time", "2 p.m. Eastern", "9 p.m. Eastern Standard
Time", "7pm UK time"; not "10 a.m. Central Park" (a name goes on)."""
_REGIONS = {"eastern": "E", "pacific": "P", "central": "C", "mountain": "M"}


def _spelled_zone(m: re.Match[str]) -> str:
    """The zone a spelled-out match names: "ET", "EST", "EDT"..., or "UK"."""
    if not m["region"]:
        return "UK"
    letter = _REGIONS[m["region"].lower()]
    season = m["season"]
    return letter + ("ST" if season == "Standard" else "DT" if season == "Daylight" else "T")


ZONE_NAMES = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "UK": "Europe/London", "BST": "Europe/London",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Athens", "EEST": "Europe/Athens",
}  # fmt: skip
"""Zones whose offset from GMT depends on the date (daylight saving): their IANA names. A standard
or summer abbreviation is read as its region's clock on the day ("9:30 a.m. EST" in July is Eastern
time, as news often writes it). CST (the United States' or China's) and IST (India's or Ireland's)
are left unconverted."""
REGIONS = {
    "EST": "ET", "EDT": "ET", "CDT": "CT", "MST": "MT", "MDT": "MT", "PST": "PT", "PDT": "PT",
    "BST": "UK", "CEST": "CET", "EEST": "EET",
}  # fmt: skip
"""The clock a standard or summer abbreviation is of (``ZONE_NAMES``): the zone times are read in."""
FIXED_OFFSETS = {"GMT": 0, "JST": 540, "AEST": 600, "MSK": 180}
"""Minutes ahead of GMT of the zones that keep one offset all year."""
SHIFT_WEEK = 7
"""Days either side of the publication date within which a clock change makes it no guide to a
time's zone offset: a time with no day of its own is then left unconverted."""


def gmt_offset(zone: str, day: date | None, own_day: bool = True) -> int | None:
    """Minutes ``zone`` is ahead of GMT on ``day`` (at noon), or None: a zone of no known offset,
    or one of daylight saving with no day to tell it by. ``own_day``: ``day`` is the time's own, not
    its article's publication date, which tells the offset only when no clock change falls within
    ``SHIFT_WEEK`` days of it."""
    if zone in FIXED_OFFSETS:
        return FIXED_OFFSETS[zone]
    name = ZONE_NAMES.get(zone)
    if name is None or day is None:
        return None
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    def at(d: date) -> int | None:
        offset = datetime(d.year, d.month, d.day, 12, tzinfo=ZoneInfo(name)).utcoffset()
        return None if offset is None else int(offset.total_seconds()) // 60

    offset = at(day)
    if not own_day and {at(day - timedelta(days=SHIFT_WEEK)), at(day + timedelta(days=SHIFT_WEEK))} != {offset}:
        return None  # a clock change near publication: which side of it the time falls, the words do not say
    return offset


def _zone_pattern(zones: dict[str, str]) -> str:
    """The abbreviations of ``zones``, longest first, as one alternation ending a word."""
    return r"(?:" + "|".join(sorted((z.upper() for z in zones), key=len, reverse=True)) + r")\b"


_ZONE = _zone_pattern(_ALL_ZONES)
_ZONE_FOUR = _zone_pattern(_ZONES)
_MERIDIEM = r"(?P<mer>[aApP])(?:\.[ ]?[mM]\b\.?|[ ]?[mM]\b)"
"""a.m., a. m., am, AM, p.m: a final dot belongs to it only when a dot follows the a or p."""
_AFTER_TIME = (
    rf"(?:[ ]?{_MERIDIEM})?(?:[ ]?(?P<hours>hours|hrs)\b)?"
    rf"(?:[ ]?\(?(?P<zone>{_ZONE})|[ ](?P<local>local[ ]time|local)\b|[ ]{_SPELLED_ZONE})?"
)
_CLOCK_RE = re.compile(
    r"(?<![\w.:/-])(?<!\d\.[ ])(?P<h>[01]?\d|2[0-3])"
    r"(?:(?P<sep>:[ ]?|\.(?:[ ](?=[0-5]\d[ ]?[aApP]\.?[ ]?[mM]\b))?)(?P<m>[0-5]\d)(?![\d:])"
    r"|(?=[ ]?[aApP]\.?[ ]?[mM]\b))" + _AFTER_TIME
)
"""10:30, 10.30pm, 11: 41am, 7. 15am (a space typed after the dot), 7 p.m., 9pm, each with a zone or
"hours" after it; never the minutes of "10. 15pm" read as an hour."""
_FOUR_RE = re.compile(
    rf"(?<![\w.:/,-])(?P<hm>(?:[01]\d|2[0-3])[0-5]\d)[ ]?(?:(?P<hours>hours|hrs)\b|(?P<zone>{_ZONE_FOUR}))"
    rf"(?:[ ]?\(?(?P<zone2>{_ZONE_FOUR}))?"
)
"""1100 hours, 2045 GMT, 1100 hrs IST."""
HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
"""The hours of a clock in words ("five o'clock", "a quarter to three")."""
_HOUR = r"(?:[1-9]|1[0-2]|" + "|".join(HOUR_WORDS) + r")"
_WORD_RE = re.compile(
    rf"(?<![\w-])(?P<w>noon|midday|midnight|(?P<oh>{_HOUR})[ ]o['’]clock"
    rf"|(?:a[ ])?(?P<part>quarter|half)[ ](?P<way>past|to)[ ](?P<ph>{_HOUR}))\b",
    re.IGNORECASE,
)
"""Times told in words: "noon", "midnight", "six o'clock", "a quarter to three", "half past ten"; read only
with words that say morning or evening ("in the afternoon", "this morning"), but noon, midnight and an hour
in digits ("6 o'clock", taken before noon as "6:00" is)."""
_PARTS_OF_HOUR = {"quarter": 15, "half": 30}
_WORD_ZONE_RE = re.compile(rf"[ ]\(?(?P<zone>{_ZONE})|[ ]{_SPELLED_ZONE}")
"""A zone right after a time told in words: "noon ET", "midnight (GMT)", "noon Eastern time"; a bare
region word only with "time" or "Standard"/"Daylight" ("noon Central" may go on: "Central Park")."""
_QUALIFIER_RE = re.compile(
    r"(?<![\w])(?P<q>just[ ]after|shortly[ ]after|just[ ]before|shortly[ ]before|just[ ]past|about|around|"
    r"approximately|approx\.|roughly|some|circa|after|past|before|by|as[ ]of|until|till)[ ]{1,2}(?:at[ ])?\Z",
    re.IGNORECASE,
)
_CUE_RE = re.compile(r"(?<![\w])(?:at|from|since|to|and|between|by|until|till|around|about|after|before)[ ]\Z", re.I)
"""A word that makes a bare 24-hour "17:06" a time."""
_MAY_HAVE_TIME = re.compile(
    r"[0-9]|[Nn]oon|[Mm]idday|[Mm]idnight|o['’]clock|NOON|MIDNIGHT|[Qq]uarter (?:past|to)|[Hh]alf past"
)
"""A sentence without any of these holds no clock time (most sentences: one search, in C)."""
_ANY_DIGIT = re.compile(r"[0-9]")
_TIME_WORDS = re.compile(
    trie_pattern(
        ["Noon", "noon", "Midday", "midday", "Midnight", "midnight", "o'clock", "o’clock", "NOON", "MIDNIGHT"]
        + ["quarter past", "quarter to", "Quarter past", "Quarter to", "half past", "Half past"]
    )
)
"""`_MAY_HAVE_TIME` apart: digits, then its words as a trie of literals (each search skips to what
can start a match, where the alternation tries every position)."""
_TIME_WORD_PARTS = ("oon", "OON", "idday", "idnight", "IDNIGHT", "clock", "uarter ", "alf past")
"""A part of each of `_TIME_WORDS`' words: looked for with ``in`` (a fast scan in C) before it."""


def _bare_region(m: re.Match[str]) -> bool:
    """Whether a spelled-out zone is a region word alone ("Central", not "Central time" nor "Eastern
    Standard Time"): a name may go on ("Central Park", "the Central line")."""
    return bool(m["spelled"] and m["region"] and not m["season"] and not m["spelled"].lower().endswith("time"))


def _zone_after_words(text: str, end: int) -> re.Match[str] | None:
    """The zone right after a time told in words (``_WORD_ZONE_RE``), or None: not a bare region word
    ("noon Central Park"), nor a US zone before a noun ("a noon PT session")."""
    zm = _WORD_ZONE_RE.match(text, end)
    if zm is None or _bare_region(zm):
        return None
    if zm["zone"] and zm["zone"].lower() in _US_ZONES and _noun_after(text, zm.end()):
        return None
    return zm


def _hour_of(hour: str) -> int:
    """An hour of the clock written in digits or in words ("5", "five")."""
    return int(hour) if hour.isdigit() else HOUR_WORDS.index(hour.lower()) + 1


def _may_have_time_word(text: str) -> bool:
    return any(map(text.__contains__, _TIME_WORD_PARTS)) and _TIME_WORDS.search(text) is not None


_EVENING_RE = re.compile(
    r"[ ]{1,2}(?:last[ ]night|tonight|this[ ]evening|this[ ]afternoon|in[ ]the[ ]evening|in[ ]the[ ]afternoon"
    r"|at[ ]night)\b",
    re.I,
)
"""After a 12-hour time with no a.m./p.m., these put it after noon."""
_MORNING_RE = re.compile(r"[ ]{1,2}(?:this[ ]morning|that[ ]morning|in[ ]the[ ]morning)\b", re.I)
"""After a time told in words ("a quarter to three"), these say it is before noon."""
_QUALIFIER_NAMES = {"till": "until", "approx.": "about", "approximately": "about", "roughly": "about",
                    "some": "about", "circa": "about", "around": "about", "just past": "just after",
                    "as of": "by"}  # fmt: skip


@dataclass(frozen=True)
class TimeMatch:
    """One clock time of a sentence."""

    start: int
    """Offset of the first character, qualifier included."""
    end: int
    """Offset just past the last character."""
    value: Interval
    """Minutes after midnight, closed."""
    granularity: str
    """``minute`` or ``hour``."""
    zone: str
    """``GMT``, ``local``, or the abbreviation written (``PST``)."""
    display: str
    """``19:00``, ``about 20:40 GMT``."""
    qualifier: str = ""
    """about, just after, shortly after, after, just before, shortly before, before, by, until."""
    stated: int = 0
    """The time as written, in minutes after midnight."""
    steps: tuple[Step, ...] = ()


def format_minutes(minutes: float) -> str:
    """``07:05`` for 425."""
    m = int(minutes)
    return f"{m // 60:02d}:{m % 60:02d}"


def _hour24(hour: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return hour
    if hour > 12:
        return hour  # "17:06 pm"
    if hour == 0:
        return None
    return hour % 12 + (12 if meridiem.lower() == "p" else 0)


def _zone(raw: str | None, local: str | None) -> str:
    if raw:
        return _ALL_ZONES[raw.lower()]
    return "local"


def _widen(stated: int, granularity: str, qualifier: str) -> Interval:
    if qualifier == "about":
        d = APPROXIMATE[granularity]
        return Interval(max(0, stated - d), min(DAY_MINUTES - 1, stated + d))
    if qualifier in AFTER:
        return Interval(stated, min(DAY_MINUTES - 1, stated + AFTER[qualifier]))
    if qualifier in BEFORE:
        return Interval(max(0, stated - BEFORE[qualifier]), stated)
    return Interval.point(stated)


_CLOCK_HINT = re.compile(r"\d(?::|\.[ ]?[0-5]|[ ]?[aApP])")
"""What every match of `_CLOCK_RE` holds (its hour's last digit, then a separator before minutes or
an a.m./p.m.): a search that skips from digit to digit, before the pattern that tries every one."""
_FOUR_HINT = re.compile(r"\d{4}[ ]?[hA-Z]")
"""What every match of `_FOUR_RE` holds: four digits, then "hours"/"hrs" or a zone."""


def _may_have_word_time(text: str) -> bool:
    """Whether `_WORD_RE` may match: each of its matches holds noon, midday, midnight or clock, in
    any case (looked for in the lowered text, see `words.ascii_lowered`)."""
    lowered = ascii_lowered(text)
    return (
        lowered is None
        or "noon" in lowered
        or "midday" in lowered
        or "midnight" in lowered
        or "clock" in lowered
        or "quarter " in lowered
        or "half past" in lowered
    )


def find_times(text: str) -> list[TimeMatch]:
    """Clock times of one sentence, in order of appearance, non-overlapping (see the module docstring)."""
    if _ANY_DIGIT.search(text) is None and not _may_have_time_word(text):  # `_MAY_HAVE_TIME`, faster
        return []
    found: list[tuple[int, int, int, str, str, str]] = []  # start, end, minutes, granularity, zone, rule
    for m in _CLOCK_RE.finditer(text) if _CLOCK_HINT.search(text) else ():
        hour = _hour24(int(m["h"]), m["mer"])
        if hour is None:
            continue
        minute = int(m["m"]) if m["m"] else 0
        cued = (
            m["mer"] or m["hours"] or m["zone"] or m["local"] or _CUE_RE.search(text, max(0, m.start() - 9), m.start())
        )
        if not cued or (m["sep"] in (".", ". ") and not (m["mer"] or m["zone"] or m["hours"])):
            continue  # "17:06" alone may be a score; "4.30" alone a decimal
        if not m["mer"] and hour < 12 and _EVENING_RE.match(text, m.end()):
            hour += 12  # "6:41 last night"
        granularity = "minute" if m["m"] else "hour"
        end, zone = m.end(), m["zone"]
        if zone and zone.lower() in _US_ZONES and _noun_after(text, m.end()):
            end, zone = m.start("zone"), None  # "a 6 a.m. PT session", "at 9:30 a.m. CT scans showed"
        while end > m.start() and text[end - 1] in " (":
            end -= 1
        rule = "12-hour clock" if m["mer"] else "24-hour clock"
        if _bare_region(m) and _noun_after(text, m.end()):
            end = m.start("spelled")  # "the 6:30 p.m. Central line service": no zone
            while end > m.start() and text[end - 1] in " (":
                end -= 1
            named = _zone(None, None)
        else:
            named = _spelled_zone(m) if m["spelled"] else _zone(zone, m["local"])
        found.append((m.start(), end, hour * 60 + minute, granularity, named, rule))
    for m in _FOUR_RE.finditer(text) if _FOUR_HINT.search(text) else ():
        hm = m["hm"]
        zone = m["zone"] or m["zone2"]
        found.append((m.start(), m.end(), int(hm[:2]) * 60 + int(hm[2:]), "minute", _zone(zone, None), "military time"))
    for m in _WORD_RE.finditer(text) if _may_have_word_time(text) else ():
        word = m["w"].lower()
        granularity = "hour"
        if m["oh"]:
            minutes, rule = _hour_of(m["oh"]) * 60, "o'clock"
        elif m["part"]:
            part = _PARTS_OF_HOUR[m["part"].lower()]
            if m["way"].lower() == "to" and part == 30:
                continue  # "half to": no English clock
            if text[max(0, m.start() - 12) : m.start()].split()[-1:] in ([w] for w in NOT_CLOCK_BEFORE):
                continue  # "in the third quarter to five points": a part of a year or a game
            hour = _hour_of(m["ph"])
            minutes = hour * 60 + part if m["way"].lower() == "past" else (hour - 1) * 60 + part * 3
            granularity, rule = "minute", f"{m['part'].lower()} {m['way'].lower()} the hour"
        else:
            minutes, rule = (0 if word == "midnight" else 12 * 60), word
        evening = (m["oh"] or m["part"]) and _EVENING_RE.match(text, m.end())
        if evening and minutes < 12 * 60:
            minutes += 12 * 60  # "five o'clock in the afternoon", "a quarter to three this evening"
        elif (m["part"] or (m["oh"] and not m["oh"].isdigit())) and not _MORNING_RE.match(text, m.end()):
            continue  # "a quarter to three", "five o'clock": morning or afternoon, the words do not say
        end, zone = m.end(), "local"
        if zm := _zone_after_words(text, end):  # "noon Eastern time", "midnight GMT"
            end, zone = zm.end(), _spelled_zone(zm) if zm["spelled"] else _ALL_ZONES[zm["zone"].lower()]
        found.append((m.start(), end, minutes, granularity, zone, rule))
    out: list[TimeMatch] = []
    last_end = 0
    for start, end, minutes, granularity, zone, rule in sorted(found, key=lambda f: (f[0], -f[1])):
        if start < last_end:
            continue
        qualifier = ""
        q = _QUALIFIER_RE.search(text, max(last_end, start - 20), start)
        first = start
        if q:
            raw = " ".join(q["q"].lower().split())
            qualifier = _QUALIFIER_NAMES.get(raw, raw)
            first = q.start()
        value = _widen(minutes, granularity, qualifier)
        shown = format_minutes(minutes) + ("" if zone == "local" else f" {zone}")
        display = f"{qualifier} {shown}" if qualifier else shown
        steps = [Step(text[start:end], shown, rule + (f", zone {zone}" if zone != "local" else ""))]
        if qualifier:
            steps.append(
                Step(q["q"] if q else qualifier, str(_shown_interval(value)), f"'{qualifier}' widens the time")
            )
        out.append(TimeMatch(first, end, value, granularity, zone, display, qualifier, minutes, tuple(steps)))
        last_end = end
    return out


def _shown_interval(value: Interval) -> str:
    if value.low == value.high:
        return format_minutes(value.low or 0)
    return f"[{format_minutes(value.low or 0)}, {format_minutes(value.high or 0)}]"


# --------------------------------------------------------------------------- parts of the day

PART_OF_DAY = "part of day"
"""The granularity of a part of the day ("Thursday evening"): vaguer than any clock time."""

DAY_PARTS: dict[str, tuple[int, int]] = {
    "early hours": (0, 6 * 60 - 1),
    "early": (0, 9 * 60 - 1),
    "early morning": (5 * 60, 9 * 60 - 1),
    "morning": (5 * 60, 12 * 60 - 1),
    "late morning": (9 * 60, 12 * 60 - 1),
    "early afternoon": (12 * 60, 15 * 60 - 1),
    "afternoon": (12 * 60, 18 * 60 - 1),
    "late afternoon": (15 * 60, 18 * 60 - 1),
    "early evening": (17 * 60, 20 * 60 - 1),
    "evening": (17 * 60, DAY_MINUTES - 1),
    "late evening": (20 * 60, DAY_MINUTES - 1),
    "late": (15 * 60, DAY_MINUTES - 1),
    "night": (18 * 60, DAY_MINUTES - 1),
    "early night": (18 * 60, 21 * 60 - 1),
    "late night": (21 * 60, DAY_MINUTES - 1),
    "overnight": (0, 6 * 60 - 1),
}
"""Minutes after midnight (closed) that a part of the day spans, as English uses it in news:
the morning from 05:00 to noon, the afternoon from noon to 18:00, the evening from 17:00 to
midnight ("docked at 5:15 p.m. Tuesday evening"), the night from 18:00 ("a storm hit at 8 p.m.
Monday night"); "early"/"late" the first or last hours of each. "early <day>" ("landed early
Tuesday") is the first hours of that day, before 09:00; "late <day>" ("late on Friday", "late
yesterday") the end of the working day and after, from 15:00 to midnight, as "late in the day"
reaches back into the afternoon; "the early hours" from midnight to 06:00. A night crosses
midnight, and an interval holds one day: "night" is its evening side, of the day named ("Monday
night"), the hours after midnight being "early" on the next day; "overnight", which says the
night through, is the side the plain "night" leaves out, midnight to 06:00. Parts of the day are
vague, and their edges are a writer's: they are compared with clock times for agreement only, never to
make a conflict (``judge_dates.moment_links``)."""

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = rf"(?:{_WEEKDAY}|[Yy]esterday|[Tt]oday|[Tt]omorrow)"
PART_NAMES = "morning|afternoon|evening|night"
"""The parts of the day a day's name may be told with ("Sunday afternoon"), as a pattern's alternatives."""
_NOT_NOUN = (
    r"(?![ ](?:shifts?|shows?|newspapers?|papers?|news|newsletters?|editions?|briefings?|bulletins?|gowns?|"
    r"programmes?|programs?|lights|talk|routine|ritual)\b)"
)
"""A part of the day before one of these nouns names a kind of thing ("the Saturday morning show",
"a Friday night shift"), not when the thing reported happened."""
_PART_RE = re.compile(
    r"(?<![\w-])(?:"
    rf"(?P<mod>[Ee]arly|[Ll]ate)[ ](?:on[ ])?(?P<mday>{_DAY})(?:[ ](?P<mpart>{PART_NAMES})\b{_NOT_NOUN})?"
    rf"|(?P<day>{_DAY}|[Tt]his|[Ll]ast)[ ](?:(?P<dmod>early|late)[ ])?(?P<dpart>{PART_NAMES})\b{_NOT_NOUN}"
    r"|(?P<tonight>[Tt]onight)\b"
    rf"|(?P<hours>the[ ](?:early|small|wee)[ ]hours)\b(?P<hof>[ ]of[ ](?:{_DAY}|the[ ]morning)(?:[ ]morning\b)?)?"
    rf"|(?P<over>[Oo]vernight)(?=[ ](?:[a-z]{{1,20}}[ ])?(?:(?:on|into|to)[ ])?{_DAY}\b)"
    rf"|(?P<day2>{_WEEKDAY})[ ](?P<over2>overnight)\b"
    r")"
)
""""early Sunday", "late on Friday night", "Thursday evening", "this morning", "last night", "tonight",
"the early hours (of Sunday morning)", "overnight Friday", "an overnight fire Friday", "Friday overnight"."""
_HABIT_RE = re.compile(r"\b(?:every|each|most|all)[ ](?:\w+[ ])?\Z", re.IGNORECASE)
"""Before a part of the day, these make it a habit ("every Friday night"), not a moment."""
_PART_WORDS = ("orning", "fternoon", "vening", "night", "arly", "late", "Late", "hours")
"""A part of each match of `_PART_RE`: looked for with ``in`` before it."""


def find_day_parts(text: str) -> list[TimeMatch]:
    """Parts of the day a sentence names with a day, in order, non-overlapping (``DAY_PARTS``)."""
    if not any(map(text.__contains__, _PART_WORDS)):
        return []
    out: list[TimeMatch] = []
    for m in _PART_RE.finditer(text):
        if _HABIT_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "every Friday night", "each morning"
        if not m["over"] and _names_a_thing(text, m.end()):
            continue  # "the Saturday morning market", "a Friday night out", "late Friday edition"
        if m["hours"] and not m["hof"] and text.startswith(" of ", m.end()):
            continue  # "in the early hours of the rescue": the first hours of something else
        said = m["day"] or m["tonight"] or ""
        if said.lower() in ("this", "last", "tonight") and (_in_quote(text, m.start()) or _a_name(text, m)):
            continue  # a speaker's "tonight", "The Tonight Show": not the report's day
        if m["mod"]:
            mod = m["mod"].lower()
            name = f"{mod} {m['mpart']}" if m["mpart"] else mod
            if m["mpart"] and name not in DAY_PARTS:
                name = m["mpart"]
        elif m["dpart"]:
            if m["day"].lower() == "last" and m["dpart"] not in ("night", "evening"):
                continue  # "last morning" is no day's morning
            name = f"{m['dmod']} {m['dpart']}" if m["dmod"] else m["dpart"]
            if name not in DAY_PARTS:
                name = m["dpart"]
        elif m["tonight"]:
            name = "night"
        elif m["hours"]:
            name = "early hours"
        else:
            name = "overnight"
        low, high = DAY_PARTS[name]
        value = Interval(low, high)
        surface = text[m.start() : m.end()]
        shown = f"{name} ({format_minutes(low)}-{format_minutes(high)})"
        step = Step(surface, f"{format_minutes(low)}-{format_minutes(high)}", f"part of the day: {name}")
        out.append(TimeMatch(m.start(), m.end(), value, PART_OF_DAY, "local", shown, "", low, (step,)))
    return out


_QUOTES = '"“”'


def _names_a_thing(text: str, end: int) -> bool:
    """Whether the word after a part of the day makes it modify a noun ("Tuesday night football",
    "the Saturday morning market", "Sunday evening kick-off"): a lower-case word other than a
    function word (``words.STOPWORDS``). Punctuation, the end, a function word or a capitalised word
    after it leave it a time ("Thursday evening at a clinic", "on Friday, police said")."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is not None and m[1] == "out":  # "a Friday night out", not "out of"
        return not text.startswith(" of", m.end())
    if m is None or not m[1][0].islower() or m[1].lower() in STOPWORDS:
        return False
    return not _goes_on(m[1].lower())


_TIME_WORDS_AFTER = frozenset("local time shortly aboard".split())
_ING_NOUNS = frozenset(
    """meeting briefing screening opening gathering wedding building sitting training shopping reading hearing
    outing viewing setting evening morning trading""".split()
)
"""Nouns ending in -ing: "the Tuesday night meeting" is a kind of thing, not a participle after a time."""


def _goes_on(word: str) -> bool:
    """Whether the word after a part of the day goes on telling when or how the thing happened: a
    participle ("died Thursday night surrounded by her family", "on Monday night sending water",
    "Saturday night following reports"), an adverb ("Friday evening shortly after"), "local time",
    "aboard"; never a noun ending in -ing ("the Tuesday night meeting")."""
    if word in _TIME_WORDS_AFTER or (word.endswith("ly") and len(word) > 4):
        return True
    if word.endswith("ing") and len(word) > 5:
        return word not in _ING_NOUNS
    return word.endswith("ed") and len(word) > 4 and not word.endswith("eed")


_NEXT_WORD_RE = re.compile(r"[ ]([A-Za-z][\w'’-]{0,30})")


def _in_quote(text: str, at: int) -> bool:
    """Whether offset ``at`` lies inside a quotation (an odd number of quotation marks before it)."""
    return sum(text.count(q, 0, at) for q in _QUOTES) % 2 == 1


def _a_name(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised "Tonight"/"This" stands inside a sentence, as in a name ("The Tonight Show")."""
    return m.group()[0].isupper() and text[: m.start()].strip(" " + _QUOTES + "'‘") != ""


# --------------------------------------------------------------------------- the day of a time

DAY_RULE = "the day of the time"
"""The rule of the step that gives a time claim (clock time or part of the day) the day it is on: its
result is an ISO date ("2025-05-12") or, in a report with no publication date, the weekday a date
beside it names (``weekday:0`` for Monday); ``time_day`` reads it."""

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def time_day(c: Claim) -> str:
    """The day a time claim is on (``DAY_RULE``), or "" when its sentence does not say."""
    return next((s.result for s in c.steps if s.rule.startswith(DAY_RULE)), "")


def _weekday(day: str) -> int | None:
    if day.startswith("weekday:"):
        return int(day.removeprefix("weekday:"))
    try:
        return date.fromisoformat(day).weekday()
    except ValueError:
        return None


def days_apart(x: Claim, y: Claim) -> bool:
    """Whether two times are on different days, both days known: two dates that differ, or two
    weekdays that differ when one report's day is only a weekday ("Monday evening" / "Tuesday
    evening" are two evenings, never one value, nor a conflict of times)."""
    dx, dy = time_day(x), time_day(y)
    if not dx or not dy or dx == dy:
        return False
    if dx.startswith("weekday:") or dy.startswith("weekday:"):
        return _weekday(dx) != _weekday(dy)
    return True


def day_words(day: str) -> str:
    """A day as a reader says it: "Monday 12 May", or "Monday" for a weekday alone."""
    weekday = _weekday(day)
    if weekday is None:
        return day
    if day.startswith("weekday:"):
        return _WEEKDAY_NAMES[weekday]
    d = date.fromisoformat(day)
    return f"{_WEEKDAY_NAMES[weekday]} {d.day} {d.strftime('%B')}"
