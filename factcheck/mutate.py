"""The mutation self-test: change one article's claim in an agreeing group and require a conflict.

For each gold finding of verdict ``agree`` (docs/gold-format.md), one article's claim is changed in
a copy of the corpus, the way a careless rewrite (or a FactCC-style mutation) changes it: a number
raised by 60% ("46" -> "74", "five" -> "eight", "11th" -> "18th"), a date moved (a weekday two days
on, a day of the month five days on, a month four on, a year three on, a clock time three hours
on), a surname swapped for another, a town for another town of the same region. The copy is
checked, and the mutation is *caught* when a finding of verdict ``conflict`` holds both the
changed claim (a claim overlapping the changed text) and a claim of another article of the gold
finding (a claim overlapping its anchor, as ``factcheck evaluate`` matches claims).

Mutations of several findings share one check of the corpus when none changes an article of
another's finding (``batches``); ``run_story(..., single=True)`` checks each on its own instead
(``bench/mutation.py --single``: the same outcomes on the dev stories, in twice the checks).

The value to change is found inside the gold claim's anchor, guided by the gold ``value`` (the
number "46" of "46 new substances"; the day of "2024-03-05"); a finding none of whose claims has a
value that can be found and changed is skipped, with the reason.
"""

from __future__ import annotations

import enum
import gzip
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from factcheck.evaluate import Gold, GoldFinding, load_gold
from factcheck.models import Finding, Report, Verdict

__all__ = [
    "KINDS",
    "SAME_AREA_KM",
    "Change",
    "Edit",
    "Mutation",
    "MutationRun",
    "NoEdit",
    "Outcome",
    "Skip",
    "Tally",
    "Tried",
    "batches",
    "grouping",
    "move_date",
    "mutate_claim",
    "plan",
    "raise_number",
    "run",
    "run_story",
    "swap_place",
    "swap_surname",
]

RAISE = 1.6
"""Numbers are multiplied by this (+60%)."""


@enum.unique
class Change(str, enum.Enum):
    """What an edit changed."""

    NUMBER = "number"
    NUMBER_WORD = "number-word"
    ORDINAL = "ordinal"
    WEEKDAY = "weekday"
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    TIME = "time"
    SURNAME = "surname"
    PLACE = "place"


@dataclass(frozen=True)
class Edit:
    """One replacement in a text."""

    start: int
    """Offset of the first character replaced."""
    end: int
    """Offset just past the last character replaced."""
    original: str
    """The text replaced (``text[start:end]``)."""
    replacement: str
    """What replaces it."""
    change: Change
    """What sort of value was changed."""

    def shifted(self, by: int) -> Edit:
        return replace(self, start=self.start + by, end=self.end + by)

    def apply(self, text: str) -> str:
        assert text[self.start : self.end] == self.original, (text[self.start : self.end], self.original)
        return text[: self.start] + self.replacement + text[self.end :]


@dataclass(frozen=True)
class NoEdit:
    """Why no edit was made."""

    reason: str


@dataclass(frozen=True)
class Mutation:
    """A planned change of one gold claim."""

    story: str
    """The corpus: the gold file's folder name."""
    finding: str
    """The gold finding's id."""
    kind: str
    """The gold finding's kind (quantity, date, person-role, place)."""
    article: str
    """The article changed."""
    edit: Edit
    """The change, with offsets into the article's text."""
    others: tuple[tuple[str, int, int], ...]
    """(article, start, end) of the gold finding's anchors in its other articles."""

    @property
    def articles(self) -> frozenset[str]:
        """Every article of the gold finding."""
        return frozenset([self.article, *(a for a, _, _ in self.others)])


@dataclass(frozen=True)
class Skip:
    """A gold finding left out, and why."""

    story: str
    finding: str
    kind: str
    reason: str


@enum.unique
class Outcome(str, enum.Enum):
    """What became of a mutation in the check of the changed corpus."""

    CAUGHT = "caught"
    """A conflict holds the changed claim and a claim of another article of the gold finding."""
    NOT_EXTRACTED = "not-extracted"
    """No claim overlaps the changed text."""
    NOT_GROUPED = "not-grouped"
    """The changed claim shares no finding with a claim of another article of the gold finding."""
    WRONG_VERDICT = "wrong-verdict"
    """It does, but that finding's verdict is not conflict."""


@dataclass(frozen=True)
class Tried:
    """A mutation checked."""

    mutation: Mutation
    outcome: Outcome
    verdict: Verdict | None
    """Verdict of the finding grouping the changed claim with the others (None: not grouped)."""
    explanation: str
    """That finding's explanation."""
    before: Outcome
    """The same for the original claim in the unchanged corpus (``caught``: it was a conflict
    already, a false alarm on the original)."""
    before_verdict: Verdict | None
    """The verdict grouping the original claim with the others (agree: the agreement was found)."""


@dataclass(frozen=True)
class Tally:
    """Counts of one kind (or of all)."""

    kind: str
    tried: int = 0
    caught: int = 0
    skipped: int = 0
    outcomes: Mapping[str, int] = field(default_factory=dict)
    """Outcome value -> count."""
    conflict_before: int = 0
    """Mutations whose original claim was in a conflict with the others already: a false alarm of
    the unchanged corpus, after which a caught mutation tells nothing."""
    caught_new: int = 0
    """Mutations caught whose original claim was not in a conflict with the others."""
    grouped_before: int = 0
    """Mutations whose original claim a finding grouped with the others under another verdict than
    conflict (the agreement, or a compatibility, was found)."""
    caught_grouped_before: int = 0
    """Of those, the mutations caught."""

    @property
    def rate(self) -> float | None:
        """Caught / tried; None when nothing was tried."""
        return self.caught / self.tried if self.tried else None

    @property
    def new_rate(self) -> float | None:
        """The rate over the mutations whose original was not a conflict already: what the
        mutations themselves made conflicts of (the measure a fix of false alarms cannot lower)."""
        informative = self.tried - self.conflict_before
        return self.caught_new / informative if informative else None

    @property
    def grouped_rate(self) -> float | None:
        """The rate over the mutations whose original agreement (or compatibility) was found."""
        return self.caught_grouped_before / self.grouped_before if self.grouped_before else None


@dataclass(frozen=True)
class MutationRun:
    """Mutations tried and skipped over one or more corpora."""

    tried: tuple[Tried, ...]
    skipped: tuple[Skip, ...]
    checks: int
    """Checks run on changed copies (not counting the check of each unchanged corpus)."""

    def tally(self, kind: str | None = None) -> Tally:
        tried = [t for t in self.tried if kind is None or t.mutation.kind == kind]
        outcomes = Counter(t.outcome.value for t in tried)
        new = [t for t in tried if t.before is not Outcome.CAUGHT]
        grouped = [t for t in new if t.before is Outcome.WRONG_VERDICT]
        return Tally(
            kind=kind or "all",
            tried=len(tried),
            caught=outcomes[Outcome.CAUGHT.value],
            skipped=sum(1 for s in self.skipped if kind is None or s.kind == kind),
            outcomes=dict(outcomes),
            conflict_before=len(tried) - len(new),
            caught_new=sum(1 for t in new if t.outcome is Outcome.CAUGHT),
            grouped_before=len(grouped),
            caught_grouped_before=sum(1 for t in grouped if t.outcome is Outcome.CAUGHT),
        )

    @property
    def kinds(self) -> list[str]:
        return sorted({t.mutation.kind for t in self.tried} | {s.kind for s in self.skipped})

    def __add__(self, other: MutationRun) -> MutationRun:
        return MutationRun(self.tried + other.tried, self.skipped + other.skipped, self.checks + other.checks)


# ---------------------------------------------------------------------------------------- numbers

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = (
    "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()

_DIGITS = re.compile(r"(?<![\d.,:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d:]|[.,]\d)(?:(st|nd|rd|th)\b)?")
_WORD = re.compile(
    r"\b(?:(" + "|".join(_TENS[2:]) + r")(?:([- ])(" + "|".join(_ONES[1:10]) + r"))?|(" + "|".join(_ONES) + r"))\b",
    re.IGNORECASE,
)
_ORDINAL_WORD = re.compile(r"\b(" + "|".join(_ORDINALS[1:]) + r")\b", re.IGNORECASE)
_VALUE_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_BOUND = re.compile(
    r"\b(?:more than|over|above|at least|upwards of|in excess of|fewer than|less than|under|below|up to|at most"
    r"|no more than|as many as|as few as)\s+(?:[$€£]\s?)?$",
    re.IGNORECASE,
)


def _suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _words(n: int, sep: str = "-") -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (sep + _ONES[ones] if ones else "")


def _cased(like: str, word: str) -> str:
    if len(like) > 1 and like.isupper():
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _raised(n: int) -> int:
    return round(n * RAISE)  # n * 8/5 never ends in .5, so rounding is never a tie


@dataclass(frozen=True)
class _Number:
    start: int
    end: int
    value: float
    render: Callable[[], tuple[str, Change]]


def _numbers(text: str) -> list[_Number]:
    """Every number of ``text`` with how to write it raised by 60%, in text order."""
    out: list[_Number] = []
    for m in _DIGITS.finditer(text):
        whole, decimals, ordinal = m.group(1), m.group(2) or "", m.group(3)
        if len(whole) > 1 and whole.startswith("0"):
            continue  # a code or a phone number, not a count

        def digits(whole: str = whole, decimals: str = decimals, ordinal: str | None = ordinal) -> tuple[str, Change]:
            places = len(decimals) - 1 if decimals else 0
            raised = round(float(whole.replace(",", "") + decimals) * RAISE, places)
            text = f"{raised:,.{places}f}" if "," in whole else f"{raised:.{places}f}"
            if ordinal:
                return text + _suffix(int(raised)), Change.ORDINAL
            return text, Change.NUMBER

        out.append(_Number(m.start(), m.end(), float(whole.replace(",", "") + decimals), digits))
    for m in _WORD.finditer(text):
        if m.group(4):
            n = _ONES.index(m.group(4).lower())
        else:
            n = _TENS.index(m.group(1).lower()) * 10 + (_ONES.index(m.group(3).lower()) if m.group(3) else 0)
        if n == 0:
            continue

        def word(n: int = n, surface: str = m.group(0), sep: str = m.group(2) or "-") -> tuple[str, Change]:
            raised = _raised(n)
            return (_cased(surface, _words(raised, sep)) if raised < 100 else str(raised)), Change.NUMBER_WORD

        out.append(_Number(m.start(), m.end(), float(n), word))
    for m in _ORDINAL_WORD.finditer(text):
        n = _ORDINALS.index(m.group(1).lower())

        def ordinal(n: int = n, surface: str = m.group(0)) -> tuple[str, Change]:
            raised = _raised(n)
            if raised < len(_ORDINALS):
                return _cased(surface, _ORDINALS[raised]), Change.ORDINAL
            return f"{raised}{_suffix(raised)}", Change.ORDINAL

        out.append(_Number(m.start(), m.end(), float(n), ordinal))
    out.sort(key=lambda n: n.start)
    return out


def raise_number(anchor: str, value: str) -> Edit | NoEdit:
    """Raise by 60% the number of ``anchor`` equal to the first number of the gold ``value``.

    Digits keep their separators, decimals and ordinal suffix ("12,000" -> "19,200", "12.5" ->
    "20.0", "11th" -> "18th"); number words stay words below a hundred ("five" -> "eight",
    "Forty-six" -> "Seventy-four"); scale words after the number are kept ("120 billion" -> "192
    billion"). A bound is left alone: "more than 80" does not contradict "more than 50". A year
    ("a 2019 model") is moved three years on, as in ``move_date``.
    """
    found = _VALUE_NUMBER.search(value)
    if found is None:
        return NoEdit("no number in the gold value")
    target = float(found.group(0).replace(",", ""))
    if target == 0:
        return NoEdit("zero")
    for number in _numbers(anchor):
        if number.value == target:
            if _BOUND.search(anchor[: number.start]):
                return NoEdit("a bound (more than, up to...): raised, it can still be true")
            surface = anchor[number.start : number.end]
            if _YEAR.fullmatch(surface):  # a model year or a season: moved as a date is
                return Edit(number.start, number.end, surface, str(int(surface) + 3), Change.YEAR)
            replacement, change = number.render()
            return Edit(number.start, number.end, anchor[number.start : number.end], replacement, change)
    return NoEdit("value not found in anchor")


# ------------------------------------------------------------------------------------------ dates

_MONTHS = "January February March April May June July August September October November December".split()
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9}
_MONTH_ABBR |= {"oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTH_NAME = "(?:" + "|".join(_MONTHS) + "|" + "|".join(m.capitalize() for m in _MONTH_ABBR) + ")"
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH_NAME})\.?\s+(\d{{1,2}})(st|nd|rd|th)?\b(?![:.]\d)")
_DAY_MONTH = re.compile(rf"(?<![\d.,:])\b(\d{{1,2}})(st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAME})\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_YEAR = re.compile(r"(?<![\d,.$£€])\b(1[6-9]\d\d|20\d\d)\b(?![\d,]|\.\d)")
_CLOCK = re.compile(r"\b(\d{1,2})(:\d\d)?\s*([aApP])(\.?\s?)([mM])\b\.?")
_CLOCK_24 = re.compile(r"(?<![\d:.])\b([01]?\d|2[0-3])(:[0-5]\d)\b(?!\s*[aApP]\.?\s?[mM]\b)(?![:\d])")
_ISO = re.compile(r"\b(\d{4})-(\d\d)(?:-(\d\d))?\b")
_VALUE_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")


def _month_of(name: str) -> int:
    name = name.rstrip(".").lower()
    for i, full in enumerate(_MONTHS, 1):
        if name == full.lower():
            return i
    return _MONTH_ABBR[name]


def _day_edits(anchor: str, day: int | None) -> list[Edit]:
    out = []
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(anchor):
            d = int(m.group(1))
            if not 1 <= d <= 31 or (day is not None and d != day):
                continue
            moved = d + 5 if d + 5 <= 28 else d - 5
            end = m.end(2) if m.group(2) else m.end(1)
            text = str(moved) + (_suffix(moved) if m.group(2) else "")
            out.append(Edit(m.start(1), end, anchor[m.start(1) : end], text, Change.DAY))
    return sorted(out, key=lambda e: e.start)


def _weekday_edits(anchor: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), m.group(0), _WEEKDAYS[(_WEEKDAYS.index(m.group(0)) + 2) % 7], Change.WEEKDAY)
        for m in _WEEKDAY.finditer(anchor)
    ]


def _month_edits(anchor: str, month: int | None) -> list[Edit]:
    out = []
    for m in _MONTH.finditer(anchor):
        name = m.group(0)
        if name == "May" and not (re.match(r"\s+\d", anchor[m.end() :]) or re.search(r"\d\s+$", anchor[: m.start()])):
            continue  # the modal verb, not the month
        n = _MONTHS.index(name) + 1
        if month is not None and n != month:
            continue
        out.append(Edit(m.start(), m.end(), name, _MONTHS[(n + 3) % 12], Change.MONTH))
    return out


_RANGE_END = re.compile(r"([-\u2013/])(\d{2}|\d{4})\b(?![\d,]|[-/]\d)")
"""The end of a span of years after its first ("2031-32", "1981-1986", "2027/28")."""


def _year_edits(anchor: str, year: int | None) -> list[Edit]:
    """A year moved three on; the first year of a span moves the span whole ("the 2031-32 season"
    -> "the 2034-35 season"): a span ending before it starts is no plausible slip."""
    out = []
    for m in _YEAR.finditer(anchor):
        first = int(m.group(0))
        if year is not None and first != year:
            continue
        moved = first + 3
        end = _RANGE_END.match(anchor, m.end())
        last = None
        if end is not None:
            digits, n = end.group(2), int(end.group(2))
            season = len(digits) == 2 and n == (first + 1) % 100  # "2031-32"
            if season:
                last = f"{(moved + 1) % 100:02d}"
            elif len(digits) == 4 and n > first:  # "1994-1996"
                last = str(n + 3)
            elif len(digits) == 2 and n > first % 100 and not (end.group(1) == "-" and n <= 12):
                last = f"{(n + 3) % 100:02d}"  # "1994-96"; not "2010-12", a year and month (dates.year_pair)
        if end is None or last is None:
            out.append(Edit(m.start(), m.end(), m.group(0), str(moved), Change.YEAR))
            continue
        span = anchor[m.start() : end.end()]
        out.append(Edit(m.start(), end.end(), span, f"{moved}{end.group(1)}{last}", Change.YEAR))
    return out


def _time_edits(anchor: str) -> list[Edit]:
    out = []
    for m in _CLOCK.finditer(anchor):
        hour = int(m.group(1))
        if not 1 <= hour <= 12:
            continue
        moved = (hour % 12 + (12 if m.group(3) in "pP" else 0) + 3) % 24
        letter = "p" if moved >= 12 else "a"
        letter = letter.upper() if m.group(3).isupper() else letter
        spacing = anchor[m.end(2) if m.group(2) else m.end(1) : m.start(3)]
        text = f"{moved % 12 or 12}{m.group(2) or ''}{spacing}{letter}"
        out.append(Edit(m.start(), m.end(3), anchor[m.start() : m.end(3)], text, Change.TIME))
    for m in _CLOCK_24.finditer(anchor):
        moved = (int(m.group(1)) + 3) % 24
        text = f"{moved:0{len(m.group(1))}d}{m.group(2)}"
        out.append(Edit(m.start(), m.end(), m.group(0), text, Change.TIME))
    return sorted(out, key=lambda e: e.start)


def move_date(anchor: str, value: str) -> Edit | NoEdit:
    """Move the date (or clock time) of ``anchor`` the gold ``value`` gives: a day of the month
    five days on (five back past the 28th), a weekday two days on, a month four on, a year three
    on, a clock time three hours on. The value picks which part is changed ("2024-03-05": the day;
    "2024-03": the month; "2019": that year; "14:00": the time)."""
    iso = _ISO.search(value)
    year_m = _VALUE_YEAR.search(value)
    year = int(year_m.group(1)) if year_m else None
    month = int(iso.group(2)) if iso else None
    day = int(iso.group(3)) if iso and iso.group(3) else None
    weekday = any(w.lower() in value.lower() for w in _WEEKDAYS)
    clock = bool(re.search(r"\d:\d\d|\b[ap]\.?\s?m\b", value, re.IGNORECASE))
    options: list[Callable[[], list[Edit]]]
    if clock:
        options = [lambda: _time_edits(anchor)]
    elif day is not None:
        options = [lambda: _day_edits(anchor, day), lambda: _weekday_edits(anchor), lambda: _month_edits(anchor, month)]
    elif weekday:
        options = [lambda: _weekday_edits(anchor), lambda: _day_edits(anchor, None)]
    elif month is not None:
        options = [lambda: _month_edits(anchor, month), lambda: _year_edits(anchor, year)]
    elif year is not None:
        options = [lambda: _year_edits(anchor, year)]
    else:
        options = [
            lambda: _day_edits(anchor, None),
            lambda: _weekday_edits(anchor),
            lambda: _month_edits(anchor, None),
            lambda: _year_edits(anchor, None),
            lambda: _time_edits(anchor),
        ]
    for option in options:
        edits = option()
        if edits:
            return edits[0]
    return NoEdit("no date or time of the gold value in anchor")


# ------------------------------------------------------------------------------------ names, places

SURNAMES = ("Whitaker", "Harrington", "Castellano", "Lindqvist", "Okafor", "Brennan", "Fairbanks", "Dunmore")
"""Generic substitutes for a surname; the first that the story never mentions is used."""

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def swap_surname(anchor: str, value: str, story: str) -> Edit | NoEdit:
    """Replace the surname of the person the gold ``value`` names ("Jane Smith") in ``anchor``
    by one of ``SURNAMES`` that ``story`` (the text of all its articles) never mentions."""
    words = value.split()
    if len(words) < 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return NoEdit("gold value is not a person's name")
    names = [w for w in words if w not in _SUFFIXES]
    surname = names[-1].rstrip(",")
    if len(surname.rstrip(".")) < 2:
        return NoEdit("gold value is not a person's name")
    found = re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", anchor)
    if found is None:
        return NoEdit("surname not in anchor")
    folded = story.casefold()
    substitute = next((s for s in SURNAMES if s.casefold() not in folded), None)
    if substitute is None:
        return NoEdit("every substitute surname is in the story")
    return Edit(found.start(), found.end(), surname, substitute, Change.SURNAME)


SAME_AREA_KM = 40.0
"""A town this close to the original is no substitute: it may hold or border it (a borough for a
neighbourhood of it, a city for a town it surrounds), and reports name the one for the other."""


@lru_cache(maxsize=1)
def _towns_by_parent() -> dict[str, tuple[tuple[str, int], ...]]:
    """Parent id (region or country) -> (name, population) of its towns, most populous first, from
    the packaged gazetteer (``scripts/build_places.py``: key, id, kind, name, parent, population)."""
    grouped: dict[str, list[tuple[str, int]]] = {}
    with (resources.files("factcheck") / "data" / "places.tsv.gz").open("rb") as raw:
        for line in gzip.decompress(raw.read()).decode("utf-8").split("\n"):
            parts = line.split("\t")
            if len(parts) == 6 and parts[5].isdigit():
                grouped.setdefault(parts[4], []).append((parts[3], int(parts[5])))
    return {k: tuple(sorted(v, key=lambda t: -t[1])[:40]) for k, v in grouped.items()}


def swap_place(anchor: str, value: str, story: str) -> Edit | NoEdit:
    """Replace the town the gold ``value`` names in ``anchor`` by the most populous other town of
    the same region (or country) of the gazetteer that ``story`` never mentions, whose name
    stands for no more prominent place elsewhere and that lies more than ``SAME_AREA_KM`` from it."""
    from factcheck.places import distance_km, fold, gazetteer, prominence

    found = re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", anchor)
    if found is None:
        return NoEdit("place not in anchor")
    gaz = gazetteer()
    candidates = gaz.lookup(value)
    if not candidates:
        return NoEdit("place not in the gazetteer")
    pick = min(candidates, key=prominence)
    if pick.kind not in ("city", "capital") or not pick.parent:
        return NoEdit("place is not a town")
    folded = fold(story)
    for name, _population in _towns_by_parent().get(pick.parent, ()):
        if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name) or fold(name) in folded or fold(name) == fold(value):
            continue
        others = gaz.lookup(name)
        if not others:
            continue
        other = min(others, key=prominence)
        if other.parent != pick.parent:
            continue
        near = distance_km(pick.id, other.id)
        if near is None or near > SAME_AREA_KM:
            return Edit(found.start(), found.end(), found.group(0), name, Change.PLACE)
    return NoEdit("no other town of its region")


# ------------------------------------------------------------------------------------- planning

KINDS = ("quantity", "date", "person-role", "place")
"""Gold finding kinds mutated by default."""


def mutate_claim(kind: str, anchor: str, value: str, story: str) -> Edit | NoEdit:
    """The edit of one gold claim's anchor (offsets into the anchor)."""
    if kind == "quantity":
        return raise_number(anchor, value)
    if kind == "date":
        return move_date(anchor, value)
    if kind == "person-role":
        return swap_surname(anchor, value, story)
    if kind == "place":
        return swap_place(anchor, value, story)
    return NoEdit(f"{kind} findings are not mutated")


def _plain(path: Path, text: str) -> bool:
    """Whether the file reads as ``text`` exactly, so that writing a changed text back as UTF-8
    changes nothing else (no front matter blanked, no HTML page)."""
    from factcheck.load import HTML_SUFFIXES, decode

    if path.suffix.lower() in HTML_SUFFIXES:
        return False
    try:
        decoded, _warning = decode(path.read_bytes())
    except OSError:
        return False
    return decoded is not None and decoded.replace("\r\n", "\n").replace("\r", "\n") == text


def plan(gold: Gold, texts: Mapping[str, str], kinds: Collection[str] = KINDS) -> tuple[list[Mutation], list[Skip]]:
    """One mutation per gold finding of verdict ``agree`` and a kind in ``kinds``: of its claims
    whose anchor holds a value that can be changed, in an article whose file can be rewritten, the
    first (in the gold file's order) of an article changed least so far, so that the mutations
    spread over the articles and more of them share a copy (``batches``). ``texts``: the articles'
    texts by name."""
    story = gold.corpus.name
    whole = "\n".join(texts.values())
    plain: dict[str, bool] = {}
    used: Counter[str] = Counter()  # mutations per article: each finding changes the least changed one
    mutations: list[Mutation] = []
    skipped: list[Skip] = []
    for finding in gold.findings:
        if finding.verdict != "agree" or finding.kind not in kinds:
            continue
        mutation, reason = _plan_one(story, finding, texts, whole, gold.corpus, plain, used)
        if mutation is not None:
            mutations.append(mutation)
        else:
            skipped.append(Skip(story, finding.id, finding.kind, reason))
    return mutations, skipped


def _plan_one(
    story: str,
    finding: GoldFinding,
    texts: Mapping[str, str],
    whole: str,
    corpus: Path,
    plain: dict[str, bool],
    used: Counter[str],
) -> tuple[Mutation | None, str]:
    candidates: list[Mutation] = []
    reasons: list[str] = []
    for claim in finding.claims:
        others = tuple(
            (c.article, texts[c.article].find(c.anchor), texts[c.article].find(c.anchor) + len(c.anchor))
            for c in finding.claims
            if c.article != claim.article
        )
        if not others or any(m.article == claim.article for m in candidates):
            continue
        edit = mutate_claim(finding.kind, claim.anchor, claim.value, whole)
        if isinstance(edit, NoEdit):
            reasons.append(edit.reason)
            continue
        if claim.article not in plain:
            plain[claim.article] = _plain(corpus / claim.article, texts[claim.article])
        if not plain[claim.article]:
            reasons.append("article not plain text")
            continue
        at = texts[claim.article].find(claim.anchor)
        candidates.append(Mutation(story, finding.id, finding.kind, claim.article, edit.shifted(at), others))
    if not candidates:
        return None, reasons[0] if reasons else "no claim with another article"
    pick = min(candidates, key=lambda m: used[m.article])  # the first of the least changed articles
    used[pick.article] += 1
    return pick, ""


def batches(mutations: Sequence[Mutation], single: bool = False) -> list[list[Mutation]]:
    """Mutations in groups that share one check: none of a group changes an article of another's
    gold finding, so each gold finding's claims are unchanged but for its own mutation. Greedy, in
    order; ``single``: one mutation per group.

    Looser rules change outcomes: letting a mutation change an article of another's finding
    elsewhere than its anchors turned one conflict of 436 into a distinct finding on the dev
    stories (two counts of one noun changed at once), and a date changed in an article moves the
    time scope of its figures. With this rule every outcome is the one of a check per mutation
    (``bench/mutation.py --single``); only the explanations of a few findings that also hold claims
    of other changed articles differ."""
    if single:
        return [[m] for m in mutations]
    groups: list[list[Mutation]] = []
    for m in mutations:
        for members in groups:
            if all(_apart(m, n) for n in members):
                members.append(m)
                break
        else:
            groups.append([m])
    return groups


def _apart(m: Mutation, n: Mutation) -> bool:
    return m.article not in n.articles and n.article not in m.articles


# -------------------------------------------------------------------------------------- checking


def _overlaps(start: int, end: int, a_start: int, a_end: int) -> bool:
    """As ``factcheck evaluate`` matches a claim to an anchor (an empty span is its one position)."""
    return start < a_end and a_start < max(end, start + 1)


def grouping(
    report: Report, article: str, start: int, end: int, others: Iterable[tuple[str, int, int]]
) -> tuple[Outcome, Finding | None]:
    """How ``report`` treats the claim at ``article[start:end]``: in a conflict with a claim on one
    of ``others`` (article, anchor span), grouped with one under another verdict, not grouped, or
    not extracted; with the finding that groups them (a conflict first)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for a, s, e in others:
        spans.setdefault(a, []).append((s, e))
    changed = {
        c.id
        for c in report.claims
        if c.location.article == article and _overlaps(c.location.start, c.location.end, start, end)
    }
    if not changed:
        return Outcome.NOT_EXTRACTED, None
    grouped = [
        f
        for f in report.findings
        if f.verdict is not Verdict.SINGLE_SOURCE
        and any(c.id in changed for c in f.claims)
        and any(
            _overlaps(c.location.start, c.location.end, s, e)
            for c in f.claims
            for s, e in spans.get(c.location.article, ())
        )
    ]
    if not grouped:
        return Outcome.NOT_GROUPED, None
    conflict = next((f for f in grouped if f.verdict is Verdict.CONFLICT), None)
    if conflict is not None:
        return Outcome.CAUGHT, conflict
    return Outcome.WRONG_VERDICT, grouped[0]


def run_story(gold: Gold, kinds: Collection[str] = KINDS, single: bool = False, ledger: bool = True) -> MutationRun:
    """Plan, apply and check the mutations of one gold file's corpus. The corpus is copied to a
    temporary folder; each batch of mutations (``batches``) is written into the copy, checked with
    ``api.check`` on one process, and undone. With ``ledger``, the copy is first extracted into a
    claims ledger (``api.extract``) that the checks read, so that only the changed articles are
    extracted again (the same outcomes, in two thirds of the time)."""
    from factcheck.api import Options, check, extract

    if not gold.corpus.is_dir():
        return MutationRun((), (), 0)
    with tempfile.TemporaryDirectory(prefix="factcheck-mutate-") as tmp:
        copy = Path(tmp) / gold.corpus.name
        shutil.copytree(gold.corpus, copy)
        options = Options(jobs=1)
        if ledger:
            extract([copy], Path(tmp) / "claims", options)
            options = Options(jobs=1, ledger=Path(tmp) / "claims")
        original = check([copy], options)
        texts = {a.name: a.text for a in original.articles}
        mutations, skipped = plan(replace(gold, corpus=copy), texts, kinds)
        tried: list[Tried] = []
        groups = batches(mutations, single)
        for group in groups:
            saved = {m.article: (copy / m.article).read_bytes() for m in group}
            expected = {m.article: m.edit.apply(texts[m.article]) for m in group}
            try:
                for name, text in expected.items():
                    (copy / name).write_bytes(text.encode("utf-8"))
                report = check([copy], options)
            finally:
                for name, data in saved.items():
                    (copy / name).write_bytes(data)
            read = {a.name: a.text for a in report.articles}
            for m in group:
                if read.get(m.article) != expected[m.article]:
                    raise AssertionError(f"{m.story}/{m.article}: the changed copy does not read as written")
                end = m.edit.start + len(m.edit.replacement)
                outcome, finding = grouping(report, m.article, m.edit.start, end, m.others)
                before, was = grouping(original, m.article, m.edit.start, m.edit.end, m.others)
                verdict = finding.verdict if finding else None
                explanation = finding.explanation if finding else ""
                tried.append(Tried(m, outcome, verdict, explanation, before, was.verdict if was else None))
    order = {id(m): i for i, m in enumerate(mutations)}
    tried.sort(key=lambda t: order[id(t.mutation)])  # the plan's order (the gold file's), whatever the batches
    return MutationRun(tuple(tried), tuple(skipped), len(groups))


def run(
    gold_paths: Iterable[Path], kinds: Collection[str] = KINDS, single: bool = False, ledger: bool = True
) -> MutationRun:
    """``run_story`` over several gold files (``evaluate.gold_files`` finds them in folders)."""
    total = MutationRun((), (), 0)
    for path in gold_paths:
        total = total + run_story(load_gold(path), kinds, single, ledger)
    return total
