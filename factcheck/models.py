"""Plain data passed between the pipeline's stages.

Data flows one way: ``Article`` -> ``Sentence`` -> ``Claim`` -> ``ClaimGroup`` -> ``Finding`` ->
``Report``. Everything here is a frozen dataclass or a ``str`` enum so that stages stay pure and
the JSON report can be produced from these objects alone.
"""

from __future__ import annotations

import bisect
import dataclasses
import enum
import functools
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

_T = TypeVar("_T")


def _init_in_dict(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass an ``__init__`` that puts the fields straight into the new instance's
    ``__dict__``, in field order, with the same parameters and defaults: the generated one sets each
    field through ``object.__setattr__`` (what ``frozen`` asks), which makes building a claim take
    2.3 µs instead of 0.9. The same object either way (``tests/test_models.py``); only for classes
    whose ``__init__`` does nothing else (no ``__post_init__``, no default factory, no slots)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__") or "__init__" not in vars(cls):
        raise TypeError(f"{cls.__name__}: not a plain frozen dataclass")
    if any(not f.init or f.default_factory is not dataclasses.MISSING for f in fields):
        raise TypeError(f"{cls.__name__}: a field is not a plain parameter")
    params = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields)
    body = "".join(f"    d[{f.name!r}] = {f.name}\n" for f in fields)
    namespace = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    exec(f"def __init__(self, {params}):\n    d = self.__dict__\n{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@enum.unique
class ClaimKind(str, enum.Enum):
    """What sort of assertion a claim is."""

    QUANTITY = "quantity"
    DATE = "date"
    TIME = "time"
    PERSON_ROLE = "person-role"
    PLACE = "place"
    QUOTE = "quote"
    ORGANISATION = "organisation"


@enum.unique
class Verdict(str, enum.Enum):
    """The judgement on a finding; ordered here as reports list them."""

    CONFLICT = "conflict"
    COMPATIBLE = "compatible"
    AGREE = "agree"
    DISTINCT = "distinct"
    SINGLE_SOURCE = "single-source"


@enum.unique
class TitleForm(str, enum.Enum):
    """How a title claim's title is used: only descriptive titles are compared across articles."""

    DESCRIPTIVE = "descriptive"
    """An office or job that says what the person is ("Foreign Minister", "head of the agency")."""
    ADDRESS = "address"
    """A form of address or honorific ("Mr", "Dr", "Sir"): not compared."""


@enum.unique
class Severity(str, enum.Enum):
    """How much a conflict matters; only conflicts have a severity other than ``none``."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


@_init_in_dict
@dataclass(frozen=True)
class Step:
    """One normalisation step, kept so a report can say how a value was derived."""

    source: str
    """The surface text the step read, e.g. ``"two dozen"``."""
    result: str
    """What it became, e.g. ``"24"``."""
    rule: str
    """The rule that applied, e.g. ``"number words"``."""

    def __str__(self) -> str:
        return f"{self.source!r} -> {self.result} ({self.rule})"


@_init_in_dict
@dataclass(frozen=True)
class Interval:
    """A closed, open or half-open interval of real numbers; ``None`` bounds are unbounded.

    Every value in factcheck is an interval: "46" is [46, 46], "more than 100" is (100, inf).
    Dates are intervals of proleptic Gregorian day ordinals.
    """

    # (``int | float``: day ordinals and counts stay ints, as the result cache must keep them)
    low: int | float | None
    """Lower bound, or None for minus infinity."""
    high: int | float | None
    """Upper bound, or None for plus infinity."""
    low_open: bool = False
    """True when ``low`` itself is excluded."""
    high_open: bool = False
    """True when ``high`` itself is excluded."""

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high and not (self.low_open or self.high_open)

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one number (symmetric)."""
        return _below(self, other) and _below(other, self)

    def contains(self, other: Interval) -> bool:
        """True when every number of ``other`` is in ``self``."""
        lo_ok = self.low is None or (
            other.low is not None
            and (other.low > self.low or (other.low == self.low and (other.low_open or not self.low_open)))
        )
        hi_ok = self.high is None or (
            other.high is not None
            and (other.high < self.high or (other.high == self.high and (other.high_open or not self.high_open)))
        )
        return lo_ok and hi_ok

    def width(self) -> float:
        if self.low is None or self.high is None:
            return math.inf
        return self.high - self.low

    def midpoint(self) -> float | None:
        if self.low is None:
            return self.high
        if self.high is None:
            return self.low
        return (self.low + self.high) / 2

    def scaled(self, factor: float) -> Interval:
        """The interval multiplied by a positive factor."""
        return Interval(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.low_open,
            self.high_open,
        )

    def gap(self, other: Interval) -> float:
        """Relative gap between two disjoint intervals (0 when they overlap)."""
        if self.overlaps(other):
            return 0.0
        a, b = (self, other) if _upper(self) <= _lower(other) else (other, self)
        lo, hi = _upper(a), _lower(b)
        scale = max(abs(lo), abs(hi), 1e-9)
        return (hi - lo) / scale

    def __str__(self) -> str:
        return format_interval(self)


def _lower(i: Interval) -> float:
    return -math.inf if i.low is None else i.low


def _upper(i: Interval) -> float:
    return math.inf if i.high is None else i.high


def _below(a: Interval, b: Interval) -> bool:
    """True when a's lower end does not lie beyond b's upper end."""
    lo, hi = _lower(a), _upper(b)
    if lo < hi:
        return True
    if lo == hi:
        return not a.low_open and not b.high_open
    return False


def _num(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1 else f"{x:.6g}"


def format_interval(i: Interval) -> str:
    """Print an interval compactly: ``46``, ``>100,000``, ``[18, 49]``, ``[20,000, 100,000)``."""
    if i.is_point and i.low is not None:
        return _num(i.low)
    if i.high is None and i.low is not None:
        return (">" if i.low_open else ">=") + _num(i.low)
    if i.low is None and i.high is not None:
        return ("<" if i.high_open else "<=") + _num(i.high)
    if i.low is None and i.high is None:
        return "any"
    assert i.low is not None and i.high is not None
    return f"{'(' if i.low_open else '['}{_num(i.low)}, {_num(i.high)}{')' if i.high_open else ']'}"


_NUM = r"-?[\d,]*\.?\d+(?:e[+-]?\d+)?"


def parse_interval(text: str) -> Interval:
    """Read back what ``format_interval`` prints: ``46``, ``>=24``, ``[18, 49]``, ``(1, 2)``, ``any``."""
    import re

    t = text.strip()
    if t == "any":
        return Interval(None, None)

    def num(x: str) -> float:
        return float(x.replace(",", ""))

    m = re.fullmatch(rf"(>=|<=|>|<)({_NUM})", t)
    if m:
        op, v = m.group(1), num(m.group(2))
        if op.startswith(">"):
            return Interval(v, None, low_open=op == ">")
        return Interval(None, v, high_open=op == "<")
    m = re.fullmatch(rf"([\[(])({_NUM}), ({_NUM})([\])])", t)
    if m:
        return Interval(num(m.group(2)), num(m.group(3)), m.group(1) == "(", m.group(4) == ")")
    m = re.fullmatch(_NUM, t)
    if m:
        return Interval.point(num(t))
    raise ValueError(f"not an interval: {text!r}")


@dataclass(frozen=True)
class Source:
    """Where an article came from, as ``sources.toml`` or front matter tells."""

    outlet: str | None = None
    """The publisher, e.g. a news agency or newspaper."""
    via: str | None = None
    """The site that republished it, if any."""
    published: date | None = None
    """Publication date: resolves relative dates ("on Tuesday") and separates events."""
    url: str | None = None
    """Where it was read."""
    dated_by: str = ""
    """Where ``published`` was read when no metadata gave it: the article's own dateline
    (``line 2: 'Posted: May 24, 2005'``); empty when it comes from metadata or is unknown."""


@dataclass(frozen=True)
class SourceMap:
    """Where the characters of an article's text stand in the file it was read from: the text of an
    HTML page or a Markdown file is what was read out of the markup, and a claim's line and column
    are the file's (an editor's, a code-scanning annotation's), never the extracted text's.

    The text is cut into runs, each of which stands in the source character for character from
    where it begins there: ``text_starts[i]`` and ``source_starts[i]`` (an entity such as ``&amp;``
    is a run of one character; the markup between two words, a run's end).
    """

    text_starts: tuple[int, ...]
    """Offsets into ``Article.text`` at which the runs begin, ascending; the first is 0."""
    source_starts: tuple[int, ...]
    """Where each run begins in the source: the file's decoded text, newlines normalised."""
    line_starts: tuple[int, ...]
    """Offsets into the source at which its lines begin; the first is 0."""

    def source_offset(self, offset: int) -> int:
        """The source offset of the text's character at ``offset``."""
        i = max(bisect.bisect_right(self.text_starts, offset) - 1, 0)
        return self.source_starts[i] + offset - self.text_starts[i] if self.text_starts else offset

    def source_position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source of a source offset."""
        i = max(bisect.bisect_right(self.line_starts, offset) - 1, 0)
        return i + 1, offset - self.line_starts[i] + 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source of the text's character at ``offset``."""
        return self.source_position(self.source_offset(offset))

    def end_position(self, start: int, end: int) -> tuple[int, int]:
        """1-based (line, column) in the source just past the span ``[start, end)`` of the text:
        after its last character (not after the markup that may follow it: ``**150**``)."""
        if end <= start:
            return self.position(start)
        line, column = self.position(end - 1)
        return line, column + 1


@dataclass(frozen=True)
class Article:
    """One article of the corpus, decoded to text."""

    path: Path
    """The file it was read from."""
    name: str
    """The path shown in reports, relative to the corpus root when possible."""
    sha256: str
    """Hex digest of the file's bytes."""
    text: str
    """The decoded text, newlines normalised to ``\\n``."""
    source: Source = field(default_factory=Source)
    """Metadata from sources.toml or front matter."""
    source_map: SourceMap | None = field(default=None, compare=False, repr=False)
    """For an article read out of markup (HTML, Markdown): where ``text`` stands in the file, so
    that lines and columns are the file's; None when ``text`` is the file's text itself."""


@dataclass(frozen=True)
class Problem:
    """An input that could not be (fully) read; shown as a one-line warning."""

    path: str
    """The file or folder concerned."""
    message: str
    """What is wrong, in one line."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article's main text with its character offsets into ``Article.text``."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""
    text: str
    """The sentence itself (``article.text[start:end]``)."""
    paragraph: int
    """Index of the paragraph (block of lines) it belongs to."""


@_init_in_dict
@dataclass(frozen=True)
class Location:
    """Where a claim is: article, character span of its text, 1-based line and column in its file.

    ``start`` and ``end`` index into ``Article.text`` (for HTML and Markdown, the text read out of
    the markup); ``line``, ``column``, ``end_line`` and ``end_column`` are positions in the file
    itself (``SourceMap``), columns counted in characters (Unicode code points).
    """

    article: str
    start: int
    """Offset of the claim's first character in the article's text."""
    end: int
    """Offset just past its last character."""
    line: int
    """1-based line of its first character in the file."""
    column: int
    """1-based column of its first character in the file."""
    end_line: int = 0
    """1-based line in the file just past its last character; 0 when unknown (``end_position``)."""
    end_column: int = 0
    """1-based column in the file just past its last character (exclusive); 0 when unknown."""

    def end_position(self) -> tuple[int, int]:
        """(line, column) just past the claim in its file: ``end_line``/``end_column``, or for a
        location that does not know them, as far past ``column`` as the span is long."""
        if self.end_line:
            return self.end_line, self.end_column
        return self.line, self.column + self.end - self.start


_AT, _PLUS, _PERSON = "@".__add__, "+".__add__, "@p:".__add__
"""The markers of names, modifiers and people in ``Claim.matching_words``."""


@_init_in_dict
@dataclass(frozen=True)
class Claim:
    """One checkable assertion found in an article."""

    kind: ClaimKind
    """Quantity, date, ...."""
    key: str
    """What the claim is about, normalised: the counted noun, the event, the person."""
    value: Interval | None
    """The value as an interval (numbers, day ordinals); None for textual values."""
    display: str
    """The value as a report prints it first: the article's own words for a quantity ("about 12,000
    homes", "240 metres"), else the normalised value (``2022-08``, ``Mehdi Rahimzadeh``)."""
    unit: str
    """Normalised unit (``death``, ``death / year``, ``day``, ``percent``), empty for dates."""
    location: Location
    """Where it is."""
    sentence: str
    """The whole sentence, shown next to the claim."""
    surface: str
    """The exact text of the claim's span."""
    steps: tuple[Step, ...] = ()
    """How the value and key were normalised."""
    context: tuple[str, ...] = ()
    """Content words around the value (stems, lower case), used for matching (``matching_words``)."""
    names: tuple[str, ...] = ()
    """Capitalised words around the value, lower case, a possessive 's dropped (``cairn``, ``ba``):
    a cheap stand-in for the named entities a quantity, date or time is about. Figures whose names
    differ are not one figure (``judge.conflict_candidate``)."""
    modifiers: tuple[str, ...] = ()
    """For quantities: the words modifying the counted noun (``new`` in "46 new substances"; an
    ordinal's ``head`` in "the 21st head coach"), lower case."""
    people: tuple[str, ...] = ()
    """For places, roles and quotes: the people the claim is tied to (those its sentence names, a
    quote's speaker), each folded (``people.fold``), in the order first named."""
    title: str = ""
    """For title claims: the title as written ("Harlow Governor"), empty for other claims."""
    title_form: TitleForm | None = None
    """For title claims: a descriptive title or a form of address; None for other claims."""
    scope_time: str = ""
    """Time scope: ``per year``, ``2021``, ``since 2019``..."""
    scope_place: str = ""
    """Place scope, e.g. ``US``."""
    qualifier: str = ""
    """The qualifier read ("more than", "nearly"), empty for plain values."""
    stated: int | float | None = None
    """The number as stated, before qualifiers and tolerance widened it."""
    granularity: str = ""
    """For dates: day, month, year...; for quantities: exact, rounded, vague."""
    text_value: str = ""
    """For textual claims (names, places, quotes): the normalised value."""
    chain: tuple[str, ...] = ()
    """For places: the containment chain outward (town, region, country); for people: name forms."""
    subject: str = ""
    """For named claims: who or what the claim is about (the person, the speaker, the event)."""
    normalised: str = ""
    """The value as factcheck reads it, when it differs from ``display`` (``[10,800, 13,200] home``,
    ``0.24 kilometer (length)``): reports print it beside the article's words."""

    @functools.cached_property
    def id(self) -> str:
        """Stable identity: article, span and kind, never line numbers."""
        loc = self.location
        return f"{loc.article}:{loc.start}-{loc.end}:{self.kind.value}"

    @functools.cached_property
    def matching_words(self) -> frozenset[str]:
        """The words ``match.similarity`` compares (and candidate pairs are indexed by): ``context``
        and every typed value that says what the claim is about, made once (matching compares a
        claim's words many times).

        Each typed value goes in under the marker it had when these values were strings of
        ``context`` (ledger schema ``factcheck.claims/3``): ``@name``, ``+modifier``,
        ``@p:person``, ``title=<title>`` and the bare ``descriptive`` / ``address``. They took part
        in the overlap then, and the similarity scores, groups and verdicts are tuned on it, so
        they still do, and the markers keep a name from matching the same word as a plain context
        word (``@apple`` is not ``apple``), a name from matching a person (``@p:``), and so on.
        """
        from factcheck.words import verb_base_stems

        context = verb_base_stems(self.context, self.sentence)  # "are held" meets "holding"
        if not (self.names or self.modifiers or self.people or self.title_form is not None):
            return frozenset(context)
        words = [*context, *map(_AT, self.names), *map(_PLUS, self.modifiers), *map(_PERSON, self.people)]
        if self.title_form is not None:
            words += (self.title_form.value, "title=" + self.title)
        return frozenset(words)


@dataclass(frozen=True)
class ClaimGroup:
    """Claims of possibly several articles about the same thing in the same scope."""

    kind: ClaimKind
    key: str
    claims: tuple[Claim, ...]
    reason: str
    """Why these claims were put together."""

    @property
    def articles(self) -> frozenset[str]:
        return frozenset(c.location.article for c in self.claims)


@dataclass(frozen=True)
class Finding:
    """A verdict on a set of claims, with the explanation a report prints."""

    id: str
    """Stable id, hashed from the claims' content."""
    verdict: Verdict
    severity: Severity
    kind: ClaimKind
    key: str
    """What the finding is about."""
    claims: tuple[Claim, ...]
    explanation: str
    """One line: why this verdict."""
    details: tuple[str, ...] = ()
    """Further lines: normalisations, the matching reason, a word diff."""

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({c.location.article for c in self.claims}))


@dataclass(frozen=True)
class Story:
    """Articles that are copies of one story (syndicated), and how alike they are."""

    articles: tuple[str, ...]
    """Article names, sorted; the first one stands for the story."""
    similarity: float
    """The lowest pairwise shingle similarity that linked them (1.0 for identical files)."""
    identical: bool
    """True when all copies have the same bytes."""

    def describe(self) -> str:
        how = "identical files" if self.identical else f"near-duplicates ({self.similarity:.0%} shared text)"
        return f"{', '.join(self.articles)} are copies of one story: {how}"


@enum.unique
class ReviewStatus(str, enum.Enum):
    """What a reviewer decided about a finding; either way it no longer fails the check."""

    ACCEPTED = "accepted"
    """A real discrepancy, known and kept."""
    FALSE_POSITIVE = "false-positive"
    """The tool was wrong: the claims do not contradict each other."""


@dataclass(frozen=True)
class ReviewedClaim:
    """A claim of a reviewed finding, as the review records it: what lets the review follow its
    finding when the finding's id changes with a value (``reviews.follow``)."""

    article: str
    start: int
    """The claim's span in the article's text, as when it was reviewed."""
    end: int
    surface: str
    """The claim's words."""
    sentence: str
    """The sentence it was in."""


@dataclass(frozen=True)
class Review:
    """A reviewed finding, as ``claims/reviews.toml`` records it."""

    id: str
    """The finding's stable id (``FC-1a2b3c4d``)."""
    status: ReviewStatus
    note: str
    """Why: what the reviewer found."""
    verdict: str = ""
    """The finding's verdict when it was reviewed."""
    about: str = ""
    """``kind: key`` of the finding when it was reviewed, for people reading the file."""
    articles: tuple[str, ...] = ()
    """The articles the finding involved; a review is orphaned only when all of them were checked."""
    claims: tuple[ReviewedClaim, ...] = ()
    """The finding's claims when it was reviewed (none in reviews recorded before they were kept)."""
    recorded_as: str = ""
    """The id the review is recorded under in reviews.toml, when that is not ``id`` any more: the
    finding's id changed (a value of its claims did) and the review followed it by its claims."""


@enum.unique
class LedgerState(str, enum.Enum):
    """Why a ledger file does not match the corpus."""

    MISSING = "missing"
    """An article has no ledger file."""
    OUTDATED = "outdated"
    """The article, its metadata, the settings or the extractor changed since it was written."""
    ORPHANED = "orphaned"
    """A ledger file whose article is gone."""
    DUPLICATE = "duplicate"
    """A second ledger file of one article (a run of ``extract`` stopped while it moved an entry)."""


@dataclass(frozen=True)
class LedgerIssue:
    """One stale file of the claims ledger."""

    path: str
    """The ledger file (``claims/a.txt.json``)."""
    article: str
    """The article it is (or was) for."""
    state: LedgerState
    reason: str
    """One line: what changed."""

    def __str__(self) -> str:
        return f"{self.path}: {self.state.value} ({self.reason})"


@dataclass(frozen=True)
class Report:
    """Everything one run found; owns the exit code."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    problems: tuple[Problem, ...] = ()
    stories: tuple[Story, ...] = ()
    """Syndicated copies found in the corpus."""
    reviews: tuple[Review, ...] = ()
    """Reviews read from ``claims/reviews.toml``, each under the id of the finding it follows
    (``reviews.follow``): reviewed findings never fail the check."""
    changed: frozenset[str] | None = None
    """With ``--since``: the articles added or changed since the ref; only findings involving one
    of them fail. None: every finding counts."""
    ledger: tuple[LedgerIssue, ...] = ()
    """Stale ledger files (missing, outdated, orphaned) when a ledger was used."""
    recorded: tuple[tuple[str, str], ...] = ()
    """(name, real path) of each article the ledger records that this run did not load, by the
    name it was extracted under: where an article a review names may be (``orphaned_reviews``)."""

    def by_verdict(self, verdict: Verdict) -> list[Finding]:
        return [f for f in self.findings if f.verdict is verdict]

    def review_of(self, finding_id: str) -> Review | None:
        return next((r for r in self.reviews if r.id == finding_id), None)

    def in_scope(self, finding: Finding) -> bool:
        """True unless ``--since`` limits the check to articles none of which the finding involves."""
        return self.changed is None or any(a in self.changed for a in finding.articles)

    def failing(self, fail_on: str = "conflict") -> list[Finding]:
        """Findings that fail the check under ``fail_on`` (conflict, any, none): unreviewed, in scope."""
        if fail_on == "none":
            return []
        verdicts = (Verdict.CONFLICT, Verdict.COMPATIBLE) if fail_on == "any" else (Verdict.CONFLICT,)
        reviewed = {r.id for r in self.reviews}
        return [f for f in self.findings if f.verdict in verdicts and f.id not in reviewed and self.in_scope(f)]

    def exit_code(self, fail_on: str = "conflict", *, check_ledger: bool = False) -> int:
        """0 clean, 1 when findings fail the check (or, with ``check_ledger``, the ledger is stale)."""
        if self.failing(fail_on) or (check_ledger and self.ledger):
            return 1
        return 0
