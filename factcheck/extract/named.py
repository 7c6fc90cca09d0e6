"""Named claims of one article: people and their titles, functional roles, event places, quotes,
organisation acronyms and named things.

``extract_named(article, sentences, index)`` returns ``Claim`` objects of kinds PERSON_ROLE,
PLACE, QUOTE and ORGANISATION. How each is found:

People (``people``). A person is a run of capitalised name tokens (2-4 tokens, none of them an
office, portfolio, organisation or calendar word, nor a country or nationality) with a cue: an
office noun just before it ("spokeswoman Ana Lima", "Minister of Public Works Li Na"),
an appositive title after it ("Li Na, the Chilean Minister of ..."), a speech verb next to
it ("Lima said"), an honorific, or a first token known as a given name. Once a full name is
known, a lone surname (or, for names written family name first, the first token: "Li") elsewhere
in the article is that person.

PERSON_ROLE claims. (a) Titles: ``key`` = ``title:<folded name>``, ``subject`` = the name as the
article gives it in full, ``text_value`` = the normalised title key, ``display`` = the title; the
span covers title and name. (b) Functional roles of an event: "the Kenyan delegation led by X",
"X led the Kenyan delegation", "the head of the Peruvian side was Y": ``key`` =
``role:<role>``, ``subject`` = the role ("leader of the United States delegation"),
``text_value`` = the folded person name, ``display`` = the name, ``scope_time`` = the event date.

PLACE claims: where an event happened. An event is a noun or verb of a small lexicon (summit,
meeting, talks, met, crash...; "travelled to", "arrived in" take the class of the event they are
for: "for three days of talks", "to attend the summit", else they are a visit); its place is "in/at/
near X" a few words after it, "to X" after a travel verb, or a place name right before the event
noun ("the Greystone summit"). Places resolve through ``places.PlaceResolver``; pairs the article
states ("Springfield, Illinois", "the Greystone summit in Oregon") give containment the
gazetteer may lack. ``key`` = event class, ``text_value`` = the place's id chain, ``chain`` = its
names, ``scope_time`` = the event date (the nearest date in the sentence, else the date of the
article's first dated event of the same class, noted as a step), ``context`` = ``@p:<person>``
for the people named in the sentence (participants).

QUOTE claims: one per quoted passage of at least ``quotes.MIN_WORDS`` words and per paragraph
(a quotation over several paragraphs gives one claim per paragraph, with one speaker). ``subject``
= the speaker (a person's full name; an organisation or unnamed source is kept in ``qualifier``
but ``subject`` stays empty), ``text_value`` = folded words, ``display`` = the quoted text.

ORGANISATION claims: an acronym defined in the text ("Civil Aviation Authority (CAA)"), ``key`` =
``acronym:CAA``, ``text_value`` = the expansion's words folded and sorted (word order ignored); a
named thing: a vehicle, vessel or product model ("an Airbus A320neo", "Boeing 737-800"), a named
vessel ("the cargo ship Ever Given") or operation ("Operation Sindoor"), ``key`` = its class
(``model:airbus``, ``vessel``, ``operation``), ``text_value`` = the designation folded. A
designation with digits and a hyphen is a name: ``designation_spans`` lists them so that number
extraction can leave them alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, count
from operator import and_, attrgetter, itemgetter
from typing import NamedTuple

from factcheck import dates, people, quotes
from factcheck.extract.registry import ArticleText, extractor
from factcheck.models import Article, Claim, ClaimKind, Location, Sentence, Step
from factcheck.places import PlaceResolver, Resolved, country_of, fold, gazetteer
from factcheck.text import LineIndex
from factcheck.words import EVENT_CLASSES, STOPWORDS, ascii_lowered, trie_pattern

__all__ = ["EVENT_CLASSES", "designation_spans", "extract_named", "parse_scope"]

# --------------------------------------------------------------------------------------- lexicons

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
ORG_WORDS = frozenset(
    """ministry department agency council bureau institute university party committee court police army
    corp corporation group bank company inc ltd co news post times journal house museum hospital school
    college airport station street road avenue square guesthouse hotel palace hall center centre
    foundation association union federation organisation organization network press tribune herald
    daily weekly administration commission authority service services board fund programme program
    project initiative forum summit conference working mechanism force forces navy guard coast airlines
    airways motors industries holdings group media television radio channel agency reuters afp ap
    bloomberg kyodo yonhap tass cnn bbc senate congress parliament assembly cabinet government
    state treasury capitol embassy consulate office league club team stadium church mosque temple
    cathedral province region county district city town village island islands river lake mountain
    sea ocean bay gulf strait valley desert park bridge tower port harbour harbor""".split()
)
"""Capitalised words that make a run an organisation or a place, not a person."""
NON_NAME = frozenset(
    set(people.HEADS)
    | set(people.RANKS)
    | set(people.TIMES)
    | people.PORTFOLIO_WORDS
    | ORG_WORDS
    | STOPWORDS
    | MONTHS
    | WEEKDAYS
    | people.HONORIFICS
    | {"photo", "advertisement", "video", "image", "getty", "images", "reporting", "editing", "read", "more"}
    | {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new"}
    | {"united", "states", "kingdom", "republic", "people's", "emirates", "nations"}
    | {"god", "allah", "covid", "internet", "web", "online", "breaking", "update", "live", "exclusive"}
)


EVENT_VERBS = frozenset("met meet meets crashed attacked exploded sank derailed landed".split())
"""Event words that are verbs: no place name stands before them as a modifier."""
PRENOMINAL_DETERMINERS = frozenset("the a an this that last next first second".split())
"""Words before "<Place> <event noun>" ("the Greystone summit"): a name after them modifies the noun."""
TRAVEL_VERBS = frozenset(
    "travelled traveled travels travel flew fly arrived arrives arrive arriving went headed came".split()
)
"""Verbs whose destination ("to X", "in X" for arrived) is where the event they are for took place."""
HELD_VERBS = re.compile(
    r"\b(?:was|were|is|are|will be|being|be|been)\s+held\b|\btook place\b|\btakes place\b|\bwill take place\b"
)
NO_PLACE_NOUNS = frozenset({"visit", "trip", "tour"})
"""Nouns whose "to X" is a destination, not where a comparable event was held."""
ROLE_NOUNS = {
    "delegation": "delegation", "side": "delegation", "team": "delegation", "contingent": "delegation",
    "negotiators": "delegation", "mission": "mission", "panel": "panel", "investigation": "investigation",
    "inquiry": "investigation", "probe": "investigation", "operation": "operation", "campaign": "campaign",
    "talks": "talks", "negotiations": "talks",
}  # fmt: skip
"""Role nouns of an event ("the US delegation") -> canonical noun; the role is leading it."""
VEHICLE_MAKERS = frozenset(
    """airbus boeing embraer bombardier atr cessna sukhoi tupolev antonov ilyushin lockheed northrop
    mcdonnell douglas dassault comac fokker saab gulfstream learjet beechcraft pilatus piper sikorsky
    bell eurocopter leonardo agusta mil kamov tesla toyota ford volkswagen bmw mercedes audi nissan honda
    hyundai kia byd iphone galaxy pixel""".split()
)
VESSEL_NOUNS = (
    "ship", "vessel", "tanker", "freighter", "ferry", "yacht", "boat", "submarine", "carrier", "frigate", "destroyer",
    "trawler",
)  # fmt: skip
VESSEL_WORDS = r"(?:cargo|container|cruise|fishing|research|naval|passenger|oil)?\s?(?:" + "|".join(VESSEL_NOUNS) + ")"

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_SPEECH_VERB = re.compile(trie_pattern(quotes.SPEECH_VERBS, after_first=r"(?<!\w.)") + r"\b")
"""A speech verb as a whole lower-case word: `_LOWER_WORD`'s matches that are speech verbs."""
_SPEECH_AFTER = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")
_SPEECH_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_APPOSITIVE_WORDS = re.compile(r",\s+((?:[\w’'-]+\s+){0,6}[\w’'-]+)")


def _speech_verbs(text: str) -> list[re.Match[str]]:
    """The speech verbs of ``text``, in order: the lower-case words (`_LOWER_WORD`) that are speech
    verbs, found by one search for the verbs themselves (tested equal)."""
    return list(_SPEECH_VERB.finditer(text))


def _appositive_head(after: str) -> bool:
    """ ", the Chinese Minister of ...": an office noun among the first words after a comma."""
    m = _APPOSITIVE_WORDS.match(after)
    if not m:
        return False
    words = [fold(w) for w in m.group(1).split()]
    if words and words[0] in ("who", "which", "whose", "where", "when"):
        return False
    return any(w in people.HEADS for w in words[:6])


PLACE_NOT_PERSON = 50_000
"""A name that is also a city at least this populous (or a country or region) needs an office cue."""
_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F’']*\.?|\d[\w.-]*|[^\sA-Za-z\u00C0-\u024F\d]")


# ----------------------------------------------------------------------------------------- tokens


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


def _index_of(toks: list[Tok], start: int) -> int | None:
    """Index of the token starting at ``start`` (tokens are sorted by offset)."""
    i = bisect.bisect_left(toks, start, key=_START)
    return i if i < len(toks) and toks[i].start == start else None


_START = itemgetter(1)
_LOW = itemgetter(4)
_CAP = itemgetter(5)
_WORD = itemgetter(7)
"""A token's folded word (`Tok.low`), read without a Python call."""
_BY_START = attrgetter("start")
_TEXT_ORDER = attrgetter("location.start", "location.end", "kind.value", "key")
"""A token's start offset (`Tok.start`), read without a Python call."""


_FACTS: dict[str, tuple[str, str, bool, bool, bool]] = {}
"""`_token_facts` by token text, worked out once per distinct token (bounded: cleared when full).
Never a text `_tokens` splits: those are looked up as their two parts."""
_FACTS_MAX = 1 << 16


def _facts_of(t: str) -> tuple[str, str, bool, bool, bool]:
    facts = _FACTS.get(t)
    if facts is None:
        if len(_FACTS) >= _FACTS_MAX:
            _FACTS.clear()
        facts = _FACTS[t] = _token_facts(t)
    return facts


_SPACE_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern}|\Z)")
"""The whitespace before a token, and the token: every other character starts a `_TOKEN`, so these
matches follow each other without gaps, and offsets are running sums of lengths. Trailing
whitespace ends in an empty token (no search failing at each of its positions)."""


def _tokens(text: str) -> list[Tok]:
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
                    if len(_SPLITS) >= _FACTS_MAX:
                        _SPLITS.clear()
                    split = _SPLITS[t] = (t[:-1], _facts_of(t[:-1]))
                word, word_facts = split
                append(new(Tok, (word, start, end - 1) + word_facts))
                append(new(Tok, (".", end - 1, end) + _DOT_FACTS))
                continue
        append(new(Tok, (t, start, end) + facts))
    return out


_SPLITS: dict[str, tuple[str, tuple[str, str, bool, bool, bool]]] = {}
"""Tokens `_tokens` splits in two ("said." at a sentence's end: the word and its full stop), with
the word and its facts, once per distinct token (bounded: cleared when full)."""
_DOT_FACTS = _token_facts(".")


def _name_like(tok: Tok) -> bool:
    """A token that may be part of a person's name."""
    if not tok.word or not tok.cap:
        return False
    like = _NAME_LIKE.get(tok.text)
    if like is None:
        if len(_NAME_LIKE) >= _FACTS_MAX:
            _NAME_LIKE.clear()
        like = _NAME_LIKE[tok.text] = _name_like_bare(tok.bare)
    return like


_NAME_LIKE: dict[str, bool] = {}
"""`_name_like` of capitalised words by token text (what the token's facts derive from), once per
distinct word (bounded: cleared when full)."""


def _name_like_bare(bare: str) -> bool:
    if len(bare) >= 2 and bare.isupper() and not bare.endswith("."):
        return False  # an acronym: US, CAA
    low = fold(bare)
    if low in NON_NAME or low in people.PARTICLES:
        return False
    return low.rstrip(".") not in people.HONORIFICS


# ----------------------------------------------------------------------------------------- people


@dataclass
class Mention:
    """A person named in the article (offsets into the sentence's text)."""

    sent: int
    start: int
    end: int
    surface: str
    name: str = ""
    """The full name it stands for (itself when full)."""
    cue: str = ""
    title: tuple[int, int] | None = None
    """Span of a title before the name (sentence offsets)."""
    resolved_from: str = ""


@dataclass
class _Run:
    toks: list[Tok]
    name_from: int
    """Index in toks where the name part starts."""


def _runs(toks: list[Tok], text: str) -> list[_Run]:
    """Runs of capitalised tokens separated by single spaces, split into prefix and name part."""
    runs: list[_Run] = []
    n = len(toks)
    done = 0  # tokens before this belong to a run already
    for i in compress(count(), map(and_, map(_CAP, toks), map(_WORD, toks))):  # capitalised words, in C
        if i < done:
            continue
        j = i
        group = [toks[i]]
        while j + 1 < n:
            a, b = toks[j], toks[j + 1]
            if a.possessive or b.start != a.end + 1 or text[a.end] != " ":  # the gap is not one space
                break
            if b.word and (b.cap or (b.low in people.PARTICLES and j + 2 < len(toks) and toks[j + 2].cap)):
                group.append(b)
                j += 1
                continue
            break
        # name part: the trailing name-like tokens
        k = len(group)
        while k > 0 and (_name_like(group[k - 1]) or (k < len(group) and group[k - 1].low in people.PARTICLES)):
            k -= 1
        while k < len(group) and group[k].low in people.PARTICLES:
            k += 1
        runs.append(_Run(group, k))
        done = j + 1
    return runs


class _People:
    """Person mentions of one article, sentence by sentence."""

    def __init__(self, sentences: Sequence[Sentence], toks: list[list[Tok]]) -> None:
        self.sentences = sentences
        self.toks = toks
        self.mentions: list[list[Mention]] = [[] for _ in sentences]
        self.full: list[str] = []
        self._by_token: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        """Full names by their last token and by their first (names of two tokens or more), in
        the order of ``full``: made once all full names are known (`_resolve_single`)."""
        self._find()

    def _find(self) -> None:
        singles: list[tuple[int, Tok]] = []
        for si, s in enumerate(self.sentences):
            toks = self.toks[si]
            for run in _runs(toks, s.text):
                name_toks = run.toks[run.name_from :]
                if not name_toks:
                    continue
                if len(name_toks) == 1:
                    singles.append((si, name_toks[0]))
                    continue
                if len(name_toks) > 4:
                    name_toks = name_toks[-4:]
                start, end = name_toks[0].start, name_toks[-1].start + len(name_toks[-1].bare)
                surface = s.text[start:end]
                cue = self._cue(si, run, name_toks)
                if not cue:
                    continue
                self.mentions[si].append(Mention(si, start, end, surface, surface, cue))
                if surface not in self.full:
                    self.full.append(surface)
        # a full name seen with a cue makes every other mention of it a person too, and resolves
        # lone surnames
        for si, tok in singles:
            name, how = self._resolve_single(tok.bare, si)
            end = tok.start + len(tok.bare)
            if name:
                self.mentions[si].append(Mention(si, tok.start, end, tok.bare, name, "surname", resolved_from=how))
            elif self._speech_next(si, tok) and self._single_ok(tok):
                self.mentions[si].append(Mention(si, tok.start, end, tok.bare, tok.bare, "speech verb"))
        if not self.full:
            for mentions in self.mentions:
                if len(mentions) > 1:
                    mentions.sort(key=_BY_START)
            return
        for si, s in enumerate(self.sentences):
            known = {(m.start, m.end) for m in self.mentions[si]}
            for full in self.full:
                if full not in s.text:
                    continue
                at = s.text.find(full)
                while at >= 0:  # each occurrence, left to right, not overlapping
                    end = at + len(full)
                    if (at, end) not in known and not any(x.start <= at < x.end for x in self.mentions[si]):
                        self.mentions[si].append(Mention(si, at, end, full, full, "known name"))
                    at = s.text.find(full, end)
            self.mentions[si].sort(key=_BY_START)

    def _single_ok(self, tok: Tok) -> bool:
        low = tok.low
        return not (gazetteer().lookup(low) or country_of(low))

    def _speech_next(self, si: int, tok: Tok) -> bool:
        toks = self.toks[si]
        idx = _index_of(toks, tok.start)
        assert idx is not None
        nxt = toks[idx + 1 : idx + 3]
        return any(t.low in quotes.SPEECH_VERBS for t in nxt[:1]) or (
            len(nxt) == 2 and nxt[0].low in ("also", "then", "later") and nxt[1].low in quotes.SPEECH_VERBS
        )

    def _resolve_single(self, word: str, si: int) -> tuple[str, str]:
        if not self.full:
            return "", ""
        low = fold(word)
        if self._by_token is None:  # the full names are all known when lone names are resolved
            by_last: dict[str, list[str]] = {}
            by_first: dict[str, list[str]] = {}
            for f in self.full:
                toks = people.name_tokens(f)
                by_last.setdefault(toks[-1], []).append(f)
                if len(toks) >= 2:
                    by_first.setdefault(toks[0], []).append(f)
            self._by_token = by_last, by_first
        last = self._by_token[0].get(low)
        if last:
            return self._nearest(last, si), "surname"
        first = self._by_token[1].get(low)
        if first and not people.is_given_name(low):
            return self._nearest(first, si), "family name written first"
        return "", ""

    def _nearest(self, names: list[str], si: int) -> str:
        if len(names) == 1:
            return names[0]
        for back in range(si, -1, -1):
            for m in reversed(self.mentions[back]):
                if m.name in names:
                    return m.name
        return names[0]

    def _cue(self, si: int, run: _Run, name_toks: list[Tok]) -> str:
        cue = self._cue_of(si, run, name_toks)
        if cue and cue not in ("title", "honorific"):
            # a run that names a country, a region or a sizeable city is a place, not a person
            places = gazetteer().lookup(" ".join(t.bare for t in name_toks))
            if any(p.kind != "city" or p.population >= PLACE_NOT_PERSON for p in places):
                return ""
        return cue

    def _cue_of(self, si: int, run: _Run, name_toks: list[Tok]) -> str:
        s = self.sentences[si].text
        toks = self.toks[si]
        first, last = name_toks[0], name_toks[-1]
        prefix = [fold(t.bare) for t in run.toks[: run.name_from]]
        if any(p in people.HEADS for p in prefix):
            return "title"
        if prefix and prefix[-1].rstrip(".") in people.HONORIFICS:
            return "honorific"
        idx = _index_of(toks, run.toks[0].start)
        assert idx is not None
        before = toks[idx - 1] if idx > 0 else None
        if before is not None and before.low.rstrip(".") in people.HONORIFICS:
            return "honorific"
        # an office noun before the name, over capitalised and portfolio words and of/for:
        # "Minister for Public Works Li Na", "Director of ... Policy, Ana Lima"
        j = idx - 1
        if j >= 1 and toks[j].text == "," and toks[j - 1].cap:
            j -= 1
        steps = 0
        while j >= 0 and steps < 10:
            t = toks[j]
            if not t.word:
                break
            if t.low in people.HEADS and not (t.cap and j == 0 and t.low not in people.HEADS):
                return "title"
            if not (t.cap or t.low in ("of", "for") or t.low in _TITLE_WORD_LOW) or (t.possessive and j < idx - 1):
                break
            j -= 1
            steps += 1
        after = s[last.start + len(last.bare) :]
        if _appositive_head(after):
            return "appositive title"
        sm = _SPEECH_AFTER.match(after)
        if sm and sm.group(1) in quotes.SPEECH_VERBS:
            return "speech verb"
        sb = _SPEECH_BEFORE.search(s, 0, first.start)
        if sb and sb.group(1) in quotes.SPEECH_VERBS:
            return "speech verb"
        if people.is_given_name(first.bare):
            return "given name"
        if before is not None and before.low == "and" and idx >= 2:
            prev_end = toks[idx - 2]
            for m in self.mentions[si]:
                if m.end == prev_end.start + len(prev_end.bare) and m.cue in ("title", "given name"):
                    return "coordinated with a person"
        return ""


# ----------------------------------------------------------------------------------------- scope


def parse_scope(text: str):  # type: ignore[no-untyped-def]
    """The day interval of a date display written by ``dates`` (``2024-01-30``, ``2023-11``,
    ``2023``, ``2024-W05``, ``2010s``, ``a/b``); None when empty or unreadable."""
    from factcheck.models import Interval

    text = text.strip()
    if not text:
        return None
    if "/" in text:
        lo_s, hi_s = text.split("/", 1)
        lo, hi = parse_scope(lo_s), parse_scope(hi_s)
        if lo is None or hi is None:
            return None
        return Interval(lo.low, hi.high)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dates.day_interval(date.fromisoformat(text))
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dates.month_interval(int(text[:4]), int(text[5:]))
        if re.fullmatch(r"\d{4}", text):
            return dates.year_interval(int(text))
        if re.fullmatch(r"\d{4}s", text):
            return dates.year_interval(int(text[:4]), int(text[:4]) + 9)
        m = re.fullmatch(r"(\d{4})-W(\d{2})", text)
        if m:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return dates.day_interval(monday, date.fromordinal(monday.toordinal() + 6))
    except ValueError:
        return None
    return None


# ----------------------------------------------------------------------------------------- article


@dataclass
class _Event:
    sent: int
    start: int
    end: int
    cls: str
    word: str
    date: dates.DateMatch | None = None


@dataclass
class _Context:
    article: Article
    sentences: Sequence[Sentence]
    index: LineIndex
    toks: list[list[Tok]] = field(default_factory=list)
    people: _People | None = None
    resolver: PlaceResolver | None = None
    events: list[list[_Event]] = field(default_factory=list)
    _dates: dict[int, list[dates.DateMatch]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.article.name

    def location(self, si: int, start: int, end: int) -> Location:
        s = self.sentences[si]
        line, col = self.index.position(s.start + start)
        return Location(self.name, s.start + start, s.start + end, line, col)

    def dates_of(self, si: int) -> list[dates.DateMatch]:
        if si not in self._dates:
            self._dates[si] = dates.find_dates(self.sentences[si].text, self.article.source.published)
        return self._dates[si]

    def persons_in(self, si: int) -> list[Mention]:
        assert self.people is not None
        return self.people.mentions[si]

    def participants(self, si: int) -> tuple[str, ...]:
        seen: list[str] = []
        for m in self.persons_in(si):
            key = "@p:" + fold(m.name)
            if key not in seen:
                seen.append(key)
        return tuple(seen)

    def name_steps(self, m: Mention) -> tuple[Step, ...]:
        if m.resolved_from and m.surface != m.name:
            return (Step(m.surface, m.name, f"{m.resolved_from} resolved to the full name given in the article"),)
        return ()


@extractor("named", ClaimKind.PERSON_ROLE, ClaimKind.PLACE, ClaimKind.QUOTE, ClaimKind.ORGANISATION)
def named_claims(text: ArticleText) -> list[Claim]:
    """Titles and roles of people, event places, quotes, acronyms and named designations."""
    return extract_named(text.article, text.sentences, text.index, text.places)


def extract_named(
    article: Article, sentences: Sequence[Sentence], index: LineIndex, places: PlaceResolver | None = None
) -> list[Claim]:
    """PERSON_ROLE, PLACE, QUOTE and ORGANISATION claims of one article (see the module docstring)."""
    if not sentences:
        return []
    ctx = _Context(article, sentences, index)
    ctx.resolver = places
    ctx.toks = [_tokens(s.text) for s in sentences]
    ctx.people = _People(sentences, ctx.toks)
    claims: list[Claim] = []
    claims.extend(_title_claims(ctx))
    ctx.events = [_events(ctx, si) for si in range(len(sentences))]
    claims.extend(_role_claims(ctx))
    claims.extend(_place_claims(ctx))
    claims.extend(_quote_claims(ctx))
    claims.extend(_org_claims(ctx))
    seen: set[str] = set()
    out = []
    for c in sorted(claims, key=_TEXT_ORDER):
        if c.id + c.key not in seen:
            seen.add(c.id + c.key)
            out.append(c)
    return out


# ----------------------------------------------------------------------------------------- titles

_TITLE_WORD_LOW = frozenset(set(people.HEADS) | set(people.RANKS) | set(people.TIMES) | people.PORTFOLIO_WORDS)


def _title_before(ctx: _Context, si: int, m: Mention) -> tuple[int, int] | None:
    """Span of the title phrase right before a name: "deputy water safety adviser Jo Marsh"."""
    toks = ctx.toks[si]
    text = ctx.sentences[si].text
    idx = _index_of(toks, m.start)
    if idx is None:
        return None
    j = idx - 1
    # "Director of National Water Policy, Ana Lima": a comma right before the name
    if j >= 1 and toks[j].text == "," and toks[j - 1].cap:
        j -= 1
    start = None
    has_head = False
    while j >= 0:
        t = toks[j]
        if not t.word:
            break
        if text[t.end : toks[j + 1].start] not in (" ", "") and toks[j + 1].text != ",":
            break
        low = t.low
        if low in ("of", "for") and j > 0 and (toks[j - 1].cap or toks[j - 1].low in people.HEADS):
            j -= 1
            continue
        if t.cap and (low not in STOPWORDS or low == "us") and not any(x.start == t.start for x in ctx.persons_in(si)):
            pass
        elif low not in _TITLE_WORD_LOW:
            break
        if low in people.HEADS:
            has_head = True
        if t.possessive and not t.cap:
            break
        start = t.start
        j -= 1
        if t.possessive:
            # "the United States’ Director ...": the whole possessive name is the affiliation
            while j >= 0 and toks[j].word and toks[j].cap and text[toks[j].end : toks[j + 1].start] == " ":
                start = toks[j].start
                j -= 1
            break
    if start is None or not has_head:
        return None
    # do not start on a sentence-initial function word
    while True:
        words = text[start : m.start].split()
        if words and fold(words[0]) in STOPWORDS and fold(words[0]) not in ("us", *people.TIMES):
            start = text.index(words[1], start) if len(words) > 1 else m.start
            continue
        break
    end = m.start
    while end > start and text[end - 1] in " ,":
        end -= 1
    return (start, end) if end > start else None


_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<t>[^,.;:“”\"()]{3,140}?)(?=,|\.(?:\s|$)|;|$|\s+(?:who|which|whose)\b)"
)


def _titles_after(ctx: _Context, si: int, m: Mention) -> list[tuple[int, int]]:
    text = ctx.sentences[si].text
    am = _APPOSITIVE.match(text, m.end)
    if not am:
        return []
    t_start, t_end = am.start("t"), am.end("t")
    phrase = text[t_start:t_end]
    first = fold(phrase.split()[0]) if phrase.split() else ""
    if not (first in _TITLE_WORD_LOW or first in people.HEADS or (phrase[0].isupper() and first not in STOPWORDS)):
        return []
    parts = []
    pos = t_start
    for piece in re.split(r"(\s+and\s+)", phrase):
        if re.fullmatch(r"\s+and\s+", piece):
            pos += len(piece)
            continue
        parts.append((pos, pos + len(piece)))
        pos += len(piece)
    parsed = [(s, e) for s, e in parts if people.parse_title(text[s:e]) is not None]
    if len(parsed) == len(parts):
        return parsed
    return [(t_start, t_end)] if people.parse_title(phrase) is not None else []


def _title_claims(ctx: _Context) -> list[Claim]:
    claims: list[Claim] = []
    for si, s in enumerate(ctx.sentences):
        for m in ctx.persons_in(si):
            spans: list[tuple[int, int, int, int]] = []  # title span, claim span
            before = _title_before(ctx, si, m)
            if before:
                m.title = before
                spans.append((before[0], before[1], before[0], m.end))
            for a, b in _titles_after(ctx, si, m):
                spans.append((a, b, m.start, b))
            for t_start, t_end, c_start, c_end in spans:
                title = people.parse_title(s.text[t_start:t_end])
                if title is None or title.head in people.RELATIONAL:
                    continue
                steps = ctx.name_steps(m) + title.steps
                claims.append(
                    Claim(
                        kind=ClaimKind.PERSON_ROLE,
                        key=f"title:{fold(m.name)}",
                        value=None,
                        display=title.display,
                        unit="title",
                        location=ctx.location(si, c_start, c_end),
                        sentence=s.text,
                        surface=s.text[c_start:c_end],
                        steps=steps,
                        context=("descriptive" if title.descriptive else "address", "title=" + title.surface),
                        qualifier=title.time,
                        text_value=title.key,
                        chain=(m.name, m.surface),
                        subject=m.name,
                    )
                )
    # "the Ministry of X, which is headed by Y": Y is head of the Ministry of X
    for si, s in enumerate(ctx.sentences):
        for hm in _HEADED_BY.finditer(s.text) if "which" in s.text else ():
            person = _mention_at(ctx, si, hm.end(), 60)
            if person is None:
                continue
            title = people.parse_title("head of " + hm["org"])
            if title is None:
                continue
            c_start, c_end = hm.start("org"), person.end
            claims.append(
                Claim(
                    kind=ClaimKind.PERSON_ROLE,
                    key=f"title:{fold(person.name)}",
                    value=None,
                    display=title.display,
                    unit="title",
                    location=ctx.location(si, c_start, c_end),
                    sentence=s.text,
                    surface=s.text[c_start:c_end],
                    steps=ctx.name_steps(person)
                    + (Step(f"{hm['org']} ... {hm['verb']} by", "head of " + hm["org"], "headed by"),)
                    + title.steps,
                    context=("descriptive" if title.descriptive else "address", "title=" + title.surface),
                    text_value=title.key,
                    chain=(person.name, person.surface),
                    subject=person.name,
                )
            )
    return claims


_HEADED_BY = re.compile(
    r"(?P<org>(?:[A-Z][\w’'-]*\s+){0,6}(?:Ministry|Department|Agency|Bureau|Office|Commission)"
    r"(?:\s+(?:of|for)(?:\s+[A-Z][\w’'-]*){1,6})?)"
    r",\s+which\s+(?:is|was)\s+(?P<verb>headed|led|run)\s+by\s+"
)


def _mention_at(ctx: _Context, si: int, pos: int, window: int) -> Mention | None:
    """The person mention starting at ``pos``, possibly after a title phrase of at most ``window`` chars."""
    for m in ctx.persons_in(si):
        if pos <= m.start <= pos + window:
            between = ctx.sentences[si].text[pos : m.start]
            if m.start == pos or (m.title and m.title[0] <= pos + 1) or _is_title_text(between):
                return m
            return None
    return None


def _is_title_text(text: str) -> bool:
    words = [fold(w.strip(",’'")) for w in text.split()]
    return (
        bool(words)
        and all(w in _TITLE_WORD_LOW or w in ("the", "of", "for") or country_of(w) or w[:1].isupper() for w in words)
        and any(w in people.HEADS for w in words)
    )


# ----------------------------------------------------------------------------------------- events


_EVENT_WORDS = frozenset(EVENT_CLASSES) | TRAVEL_VERBS


def _events(ctx: _Context, si: int) -> list[_Event]:
    """Event words of a sentence, each with the nearest date that is nearer to it than to another."""
    text = ctx.sentences[si].text
    out: list[_Event] = []
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
        out.append(_Event(si, t.start, t.end, cls, low))
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
        best = min(out, key=lambda e: _gap(e.start, e.end, d.start, d.end))
        if _gap(best.start, best.end, d.start, d.end) > 90:
            continue
        if best.date is None or _gap(best.start, best.end, d.start, d.end) < _gap(
            best.start, best.end, best.date.start, best.date.end
        ):
            best.date = d
    return out


def _gap(a0: int, a1: int, b0: int, b1: int) -> int:
    if a1 <= b0:
        return b0 - a1
    if b1 <= a0:
        return a0 - b1
    return 0


def _event_class(ctx: _Context, si: int, ev: _Event) -> str:
    """A travel verb takes the class of the event it is for ("for three days of talks")."""
    if ev.cls != "travel":
        return ev.cls
    text = ctx.sentences[si].text
    for other in ctx.events[si]:
        if other.start > ev.start and other.cls not in ("travel",) and other.word not in NO_PLACE_NOUNS:
            between = text[ev.end : other.start]
            if _PURPOSE.search(between) and len(between.split()) <= 12:
                return other.cls
            break
    return "visit"


_PURPOSE = re.compile(r"\b(?:for|to\s+(?:attend|join|hold|open|take\s+part\s+in))\b")
"""What introduces the event a traveller travels for: "for three days of talks", "to attend the summit"."""


def _lead_dates(ctx: _Context) -> dict[str, tuple[dates.DateMatch, int]]:
    """For each event class, the article's first dated event of it (sentence index kept)."""
    lead: dict[str, tuple[dates.DateMatch, int]] = {}
    for si, evs in enumerate(ctx.events):
        for ev in evs:
            cls = _event_class(ctx, si, ev)
            if ev.date is not None and cls not in lead:
                lead[cls] = (ev.date, si)
    return lead


# ----------------------------------------------------------------------------------------- roles

_ROLE_NOUN = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
_LED_BY = re.compile(
    rf"\b(?P<np>(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_ROLE_NOUN}))\b,?\s+"
    r"(?:(?:which|that|who)\s+)?(?:(?:was|is|were|are|will\s+be|has\s+been|is\s+being)\s+)?(?P<verb>led|headed)\s+by\s+",
    re.IGNORECASE,
)
_LEADS = re.compile(
    rf"\s+(?P<verb>led|leads|will\s+lead|is\s+leading|was\s+leading|headed|heads|will\s+head)\s+"
    rf"(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_ROLE_NOUN}))\b",
    re.IGNORECASE,
)
_HEAD_OF = re.compile(
    rf"\bthe\s+(?:head|leader|chief)\s+of\s+(?P<np>the\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_ROLE_NOUN}))\s+"
    r"(?:was|is|will\s+be)\s+",
    re.IGNORECASE,
)

# The words every match of _LED_BY / _HEAD_OF contains: a sentence without them is not searched
# with those patterns, which try a role noun at every word.
_LED_BY_HINT = re.compile(r"(?:led|headed)\s+by\s")
_HEAD_OF_HINT = re.compile(r"(?:head|leader|chief)\s+of\s")
"""Searched in lowered text: see `_hinted`."""


def _hinted(text: str, hint: re.Pattern[str]) -> bool:
    """Whether ``hint`` (lower case) occurs in ``text`` in any case."""
    lowered = ascii_lowered(text)
    if lowered is None:
        return re.search(hint.pattern, text, re.IGNORECASE) is not None
    return hint.search(lowered) is not None


def _side(np: str) -> tuple[str, tuple[Step, ...]]:
    """The country whose delegation it is: "US delegation", "a Nairobi delegation", "Peruvian side"."""
    gaz = gazetteer()
    words = re.findall(r"[A-Za-z\u00C0-\u024F][\w.’'-]*", np)[:-1]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if not phrase[0].isupper() and phrase.lower() != "us":
                continue
            code = country_of(phrase)
            if code:
                place = gaz.get(f"C:{code}")
                name = place.name if place else code
                if fold(phrase) != fold(name):
                    return name, (Step(phrase, name, "country of the side"),)
                return name, ()
    return "", ()


def _role_noun(noun: str) -> str:
    """The `ROLE_NOUNS` entry a case-insensitive match found ("Delegation", or "delegatıon" with a
    dotless i, which ``re.IGNORECASE`` matches but ``str.lower`` keeps)."""
    low = noun.lower()
    if low in ROLE_NOUNS:
        return low
    return next(w for w in ROLE_NOUNS if re.fullmatch(re.escape(w), noun, re.IGNORECASE))


def _role_claims(ctx: _Context) -> list[Claim]:
    claims: list[Claim] = []
    lead = _lead_dates(ctx)
    # a hint the whole article lacks, none of its sentences has: one search instead of one a sentence
    led_by = _hinted(ctx.article.text, _LED_BY_HINT)
    head_of = _hinted(ctx.article.text, _HEAD_OF_HINT)
    for si, s in enumerate(ctx.sentences):
        text = s.text
        found: list[tuple[int, int, str, str, Mention]] = []  # claim span, np, noun, person
        for m in _LED_BY.finditer(text) if led_by and _hinted(text, _LED_BY_HINT) else ():
            person = _mention_at(ctx, si, m.end(), 80)
            if person is not None:
                found.append((m.start("np"), person.end, m["np"], m["noun"], person))
        for m in _HEAD_OF.finditer(text) if head_of and _hinted(text, _HEAD_OF_HINT) else ():
            person = _mention_at(ctx, si, m.end(), 80)
            if person is not None:
                found.append((m.start(), person.end, m["np"], m["noun"], person))
        for person in ctx.persons_in(si):
            rest = text[person.end :]
            app = _APPOSITIVE.match(text, person.end)
            offset = person.end
            if app and text[app.end() : app.end() + 1] == ",":
                offset = app.end() + 1
                rest = text[offset:]
            lm = _LEADS.match(rest)
            if lm:
                found.append((person.start, offset + lm.end(), lm["np"], lm["noun"], person))
        for c_start, c_end, np, noun, person in found:
            side, side_steps = _side(np)
            listed = _role_noun(noun)
            canon = ROLE_NOUNS[listed]
            role = f"leader of the {side + ' ' if side else ''}{canon}"
            steps = list(ctx.name_steps(person)) + list(side_steps)
            if canon != listed:
                steps.append(Step(noun, canon, "role noun synonym"))
            scope = ""
            near = [d for d in ctx.dates_of(si) if not d.qualifier]
            if near:
                d = min(near, key=lambda d: _gap(c_start, c_end, d.start, d.end))
                scope = d.display
            elif "meeting" in lead:
                d, _lead_si = lead["meeting"]
                scope = d.display
                steps.append(Step(np, d.display, "date of the article's first dated meeting"))
            claims.append(
                Claim(
                    kind=ClaimKind.PERSON_ROLE,
                    key=f"role:{role}",
                    value=None,
                    display=person.name,
                    unit="role",
                    location=ctx.location(si, c_start, c_end),
                    sentence=text,
                    surface=text[c_start:c_end],
                    steps=tuple(steps),
                    context=ctx.participants(si),
                    scope_time=scope,
                    qualifier="side" if side else "",
                    text_value=fold(person.name),
                    chain=(person.name, person.surface),
                    subject=role,
                )
            )
    return claims


# ----------------------------------------------------------------------------------------- places

_PLACE_PREP = re.compile(
    r"\b(?P<prep>in|at|near|outside|to)\s+(?:the\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
_CLAUSE_BREAK = re.compile(r"[;:—“”\"()]|\b(?:which|who|where|while|because|after|before|but)\b")
_PAIR = re.compile(
    r"(?P<a>[A-Z](?<!\w[A-Z])[\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\b"
)
"""Two capitalised names separated by a comma; the word boundary before the first is tested after
its capital, so that the search skips to capitals (`places.PlaceResolver._CAP_RUN`)."""
_COMMA_CAPITAL = re.compile(r",\s+[A-Z]")
"""What every match of `_PAIR` holds; most sentences have none."""


def _place_ok(name: str) -> bool:
    low = fold(name)
    first = low.split()[0]
    return first not in MONTHS and first not in WEEKDAYS and first not in STOPWORDS


def _best_place(resolver: PlaceResolver, words: list[str]) -> tuple[int, Resolved] | None:
    """The longest leading run of ``words`` that names a known place."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".")
        name = re.sub(r"(?:’s|'s|’|')$", "", name)
        if not _place_ok(name):
            continue
        r = resolver.resolve(name)
        if r.known:
            return n, r
    return None


def _place_claims(ctx: _Context) -> list[Claim]:
    resolver = ctx.resolver or PlaceResolver(" ".join(s.text for s in ctx.sentences))
    ctx.resolver = resolver
    # containment the article states: "Springfield, Illinois"
    for s in ctx.sentences:
        for pm in _PAIR.finditer(s.text) if _COMMA_CAPITAL.search(s.text) else ():
            a, b = pm["a"], pm["b"]
            if _place_ok(a) and _place_ok(b) and not country_of(a):
                parents = [p for p in resolver.gaz.lookup(b) if p.kind in ("region", "country")]
                if parents:
                    resolver.note_pair(a, b)
    lead = _lead_dates(ctx)
    claims: list[Claim] = []
    for si, s in enumerate(ctx.sentences):
        evs = ctx.events[si]
        if not evs:
            continue
        text = s.text
        persons = ctx.persons_in(si)
        used: list[tuple[int, int]] = []
        for pm in _PLACE_PREP.finditer(text):
            prep = pm["prep"]
            words = pm["place"].split()
            best = _best_place(resolver, words)
            if best is None:
                continue
            n, resolved = best
            p_start = pm.start("place")
            p_end = p_start + len(" ".join(words[:n]).rstrip("."))
            if any(p.start <= p_start < p.end for p in persons):
                continue
            ev = _governing_event(ctx, si, evs, pm.start(), prep)
            if ev is None:
                continue
            span_start = ev.start if ev.start < pm.start() else pm.start()
            claims.append(_place_claim(ctx, si, ev, resolved, span_start, p_end, lead))
            used.append((p_start, p_end))
        # a place name right before the event noun: "the Greystone summit (in Oregon)"
        toks = ctx.toks[si]
        for ev in evs:
            if ev.cls in ("travel",) or ev.word in NO_PLACE_NOUNS or ev.word in EVENT_VERBS:
                continue
            idx = _index_of(toks, ev.start)
            if idx is None:
                continue
            j = idx - 1
            while j >= 0 and toks[j].text.isdigit():
                j -= 1
            k = j
            while k >= 0 and toks[k].cap and toks[k].word and not toks[k].possessive:
                k -= 1
            if k == j or k < 0 or not (toks[k].low in PRENOMINAL_DETERMINERS or toks[k].possessive):
                continue
            words = [t.bare for t in toks[k + 1 : j + 1]]
            p_start, p_end = toks[k + 1].start, toks[j].end
            if any(a <= p_start < b for a, b in used) or any(p.start <= p_start < p.end for p in persons):
                continue
            name = " ".join(words)
            if not _place_ok(name):
                continue
            after = re.match(r"\s+(?:in|near)\s+(?P<parent>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})", text[ev.end :])
            end = ev.end
            if after:
                resolver.note_pair(name, after["parent"])
                end = ev.end + after.end()
            resolved = resolver.resolve(name)
            if not resolved.known:
                continue
            # drop the claim the "in <parent>" already produced for this event
            claims = [
                c
                for c in claims
                if not (c.location.start == ctx.location(si, ev.start, ev.end).start and after is not None)
            ]
            claims.append(_place_claim(ctx, si, ev, resolved, p_start, end, lead))
    return claims


def _governing_event(ctx: _Context, si: int, evs: list[_Event], prep_start: int, prep: str) -> _Event | None:
    """The event a place phrase says where of: the nearest event word before it in the clause."""
    text = ctx.sentences[si].text
    before = [e for e in evs if e.end <= prep_start]
    if not before:
        return None
    ev = before[-1]
    between = text[ev.end : prep_start]
    if _CLAUSE_BREAK.search(between) or len(between.split()) > 10:
        # "The meeting was held in Lima": the subject noun of "held"
        return None
    if prep == "to":
        if ev.cls != "travel" or len(between.split()) > 1:
            return None
        return ev
    if ev.word in NO_PLACE_NOUNS:
        return None
    if ev.cls == "travel" and ev.word not in ("arrived", "arrives", "arrive", "arriving", "landed"):
        return None
    # another place phrase between the event and this one takes precedence
    if re.search(r"\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]", between) and not HELD_VERBS.search(between):
        return None
    return ev


def _place_claim(
    ctx: _Context,
    si: int,
    ev: _Event,
    resolved: Resolved,
    start: int,
    end: int,
    lead: dict[str, tuple[dates.DateMatch, int]],
) -> Claim:
    s = ctx.sentences[si]
    cls = _event_class(ctx, si, ev)
    steps = list(resolved.steps)
    if ev.cls == "travel":
        steps.append(Step(ev.word, cls, "a traveller's destination is where the event they travel for takes place"))
    scope = ""
    date_match = ev.date
    if date_match is None:
        # another event word of the same class in the sentence may carry the date
        for other in ctx.events[si]:
            if other.date is not None and _event_class(ctx, si, other) == cls:
                date_match = other.date
                break
    if date_match is not None:
        scope = date_match.display
    elif cls in lead:
        d, lead_si = lead[cls]
        scope = d.display
        steps.append(Step(ev.word, d.display, f"date of the article's first dated {cls} (sentence {lead_si + 1})"))
    return Claim(
        kind=ClaimKind.PLACE,
        key=cls,
        value=None,
        display=resolved.display,
        unit="place",
        location=ctx.location(si, start, end),
        sentence=s.text,
        surface=s.text[start:end],
        steps=tuple(steps),
        context=ctx.participants(si),
        scope_time=scope,
        granularity=resolved.chain[0].kind,
        text_value="|".join(resolved.ids),
        chain=tuple(p.name for p in resolved.chain),
        subject=f"{cls} ({ev.word})",
    )


# ----------------------------------------------------------------------------------------- quotes


def _sentence_at(sentences: Sequence[Sentence], group: list[int], offset: int) -> int:
    """The sentence of a paragraph (indices ``group``) holding ``offset``, else the nearest before."""
    starts = [sentences[si].start for si in group]
    i = bisect.bisect_right(starts, offset) - 1
    return group[max(i, 0)]


def _quote_claims(ctx: _Context) -> list[Claim]:
    sentences = ctx.sentences
    paragraphs: list[tuple[int, str]] = []
    para_sents: list[list[int]] = []
    for si, s in enumerate(sentences):
        if para_sents and sentences[para_sents[-1][-1]].paragraph == s.paragraph:
            para_sents[-1].append(si)
        else:
            para_sents.append([si])
    text = ctx.article.text
    for group in para_sents:
        first, last = sentences[group[0]], sentences[group[-1]]
        paragraphs.append((first.start, text[first.start : last.end]))
    spans = quotes.find_quotes(paragraphs)
    claims: list[Claim] = []
    prev_speaker: tuple[str, str, tuple[Step, ...]] | None = None
    prev_para = -1
    for q in spans:
        group = para_sents[q.paragraph]
        si_start = _sentence_at(sentences, group, q.start)
        si_end = _sentence_at(sentences, group, max(q.start, q.end - 1))
        speaker = _attribute(ctx, q, spans, si_start, si_end)
        if speaker is None and prev_speaker is not None and (q.paragraph == prev_para or q.continues):
            name, kind, _steps = prev_speaker
            speaker = (name, kind, (Step("(no speech verb)", name, "same speaker as the quote before it"),))
        if speaker is not None:
            prev_speaker = speaker
        else:
            prev_speaker = None
        prev_para = q.paragraph
        inner = text[q.inner_start : q.inner_end].strip()
        words = quotes.quote_words(inner)
        if len(words) < quotes.MIN_WORDS:
            continue
        name, kind, steps = speaker if speaker is not None else ("", "", ())
        sentence = " ".join(sentences[si].text for si in range(si_start, si_end + 1))
        line, col = ctx.index.position(q.start)
        claims.append(
            Claim(
                kind=ClaimKind.QUOTE,
                key="quote",
                value=None,
                display=inner.strip(" ,"),
                unit="quote",
                location=Location(ctx.name, q.start, q.end, line, col),
                sentence=sentence,
                surface=text[q.start : q.end],
                steps=steps,
                context=(f"@p:{fold(name)}",) if kind == "person" else (),
                qualifier=kind if kind != "person" else "",
                text_value=" ".join(words),
                chain=(name,) if name else (),
                subject=name if kind == "person" else "",
            )
        )
    return claims


_PRONOUN_VERB = re.compile(r"^\s*[,—–-]?\s*(?P<p>[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?(?P<v>[a-z]+)\b")
_NP_VERB = re.compile(
    r"(?P<np>(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.-]*\s+|[a-z][\w’'-]*\s+){0,4}?"
    r"(?:official|officials|spokesman|spokeswoman|spokesperson|readout|statement|ministry|department|agency|embassy|"
    r"police|government|source|sources|report|White House|Kremlin|[A-Z][\w’'.-]*))\s+"
    r"(?:also\s+)?(?P<v>[a-z]+)\b"
)


def _attribute(
    ctx: _Context, q: quotes.QuoteSpan, spans: list[quotes.QuoteSpan], si_start: int, si_end: int
) -> tuple[str, str, tuple[Step, ...]] | None:
    """(speaker name, kind person|org|unnamed, steps) of a quote, or None."""
    sentences = ctx.sentences
    s_end = sentences[si_end]
    s_start = sentences[si_start]
    at = bisect.bisect_left(spans, q.start, key=lambda o: o.start)
    next_q = spans[at + 1].start if at + 1 < len(spans) else s_end.end
    prev_q = spans[at - 1].end if at > 0 else s_start.start
    after_lo, after_hi = q.end, min(s_end.end, next_q)
    before_lo, before_hi = max(s_start.start, prev_q), q.start
    text = ctx.article.text
    after = text[after_lo:after_hi]
    # "“...,” he said" / "“...,” Li Na, the minister, told" / "“...,” said Lima"
    pm = _PRONOUN_VERB.match(after)
    if pm and pm["v"] in quotes.SPEECH_VERBS:
        return _pronoun(ctx, si_end, after_lo + pm.start("p"), pm["p"])
    found = _speech_verbs(after)
    verb = found[0] if found else None
    if verb:
        got = _subject(ctx, si_end, after_lo, after_lo + verb.start(), after_lo + verb.end())
        if got:
            return got
    acc = _ACCORDING.search(after) or _ACCORDING.search(text, before_lo, before_hi)
    # "Lima told reporters there is still “...”" / "Li said she hoped ... “...”"
    before = text[before_lo:before_hi]
    verbs = _speech_verbs(before)
    if verbs:
        v = verbs[-1]
        got = _subject(ctx, si_start, before_lo, before_lo + v.start(), before_lo + v.end())
        if got:
            return got
        pb = re.search(r"\b(?P<p>he|she|He|She)\s+(?:also\s+|then\s+)?(?P<v>[a-z]+)\b", before)
        if pb and pb["v"] in quotes.SPEECH_VERBS:
            return _pronoun(ctx, si_start, before_lo + pb.start("p"), pb["p"])
    if acc:
        in_after = acc.string is after
        pos = after_lo + acc.end() if in_after else acc.end()
        si = si_end if in_after else si_start
        m = _mention_at(ctx, si, pos - sentences[si].start, 60)
        if m is not None:
            return m.name, "person", ctx.name_steps(m)
    return None


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_SUBJECT_GAP = re.compile(
    r"(?:’s?|'s?)?\s*(?:,[^“”\"]{0,140},)?\s*"
    r"(?:(?:also|then|later|again|in turn|has|had|have|would|will|\w+ly)\s+){0,4}"
)
"""What may stand between a speaker's name and the speech verb: an appositive, adverbs."""


def _subject(ctx: _Context, si: int, lo: int, v_start: int, v_end: int) -> tuple[str, str, tuple[Step, ...]] | None:
    """Who the speech verb at [v_start, v_end) belongs to, looking within [lo, v_start) and after it."""
    text = ctx.article.text
    s = ctx.sentences[si]
    # the person mentioned right before the verb, possibly with an appositive between
    persons = [m for m in ctx.persons_in(si) if lo <= s.start + m.start and s.start + m.end <= v_start]
    for m in reversed(persons):
        between = text[s.start + m.end : v_start]
        if _SUBJECT_GAP.fullmatch(between):
            return m.name, "person", ctx.name_steps(m)
    # "said Lima"
    for m in ctx.persons_in(si):
        if s.start + m.start >= v_end and text[v_end : s.start + m.start].strip() in ("", ","):
            return m.name, "person", ctx.name_steps(m)
    # "the official said", "the US readout said", "The United States says"
    head = text[max(lo, v_start - 80) : v_end]
    np = None
    for cand in _NP_VERB.finditer(head):
        if cand.end() == len(head) and cand["v"] in quotes.SPEECH_VERBS:
            np = cand
    if np is not None:
        phrase = np["np"].strip()
        if phrase.split()[-1].lower() in ("he", "she", "it", "they"):
            return None
        words = phrase.split()
        kind = "unnamed" if words[0].lower() in ("a", "an") or words[-1].islower() else "org"
        return phrase, kind, ()
    return None


def _pronoun(ctx: _Context, si: int, pos: int, pronoun: str) -> tuple[str, str, tuple[Step, ...]] | None:
    """He/she: the first person named in the latest sentence that names one (the subject)."""
    s = ctx.sentences[si]
    here = [m for m in ctx.persons_in(si) if s.start + m.end <= pos]
    if here:
        m = here[0]
        return m.name, "person", (Step(pronoun, m.name, "pronoun: the person named before it"),)
    for back in range(si - 1, max(-1, si - 6), -1):
        ms = ctx.persons_in(back)
        if ms:
            m = ms[0]
            return m.name, "person", (Step(pronoun, m.name, "pronoun: the person the previous sentences name first"),)
    return None


# ----------------------------------------------------------------------------------------- organisations

_ACRONYM = re.compile(r"\((?P<acr>[A-Z][A-Z&.]{1,9})\)")
_DESIGNATION = re.compile(
    r"(?P<maker>[A-Z](?<!\w[A-Z])[a-z]+)\s+(?P<model>[A-Z]{0,3}-?\d{2,4}(?:[-‑]\d{1,4})?[A-Za-z]{0,4}(?:\s+(?:MAX|Max|neo|Neo)(?:\s+\d{1,2})?)?)\b"
)
_VESSEL = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<cls>{VESSEL_WORDS})\s+(?P<name>(?:MV|MS|MT|HMS|USS|RMS)?\s?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}})",
)
_OPERATION = re.compile(r"\bOperation\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
_DIGIT = re.compile(r"\d")
"""Every designation has one: sentences without are not searched for designations."""
_HYPHEN_CODE = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,3}\b")
"""Letter-digit codes with a hyphen: "F-16", "Su-27", "MH-17"."""


def designation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of model designations and codes in ``text`` ("Boeing 737-800", "F-16", "A320neo"):
    names, not ranges or counts, for number extraction to skip."""
    spans = [(m.start("model"), m.end("model")) for m in _DESIGNATION.finditer(text) if _maker_ok(m["maker"])]
    spans += [(m.start(), m.end()) for m in _HYPHEN_CODE.finditer(text)]
    return sorted(set(spans))


_MAKER = re.compile(trie_pattern(w.capitalize() for w in VEHICLE_MAKERS))
"""A maker's name as `_DESIGNATION` finds it (a capital, then lower-case letters): an article without
one has no designation `_maker_ok` keeps."""


def _maker_ok(maker: str) -> bool:
    return fold(maker) in VEHICLE_MAKERS


def _org_key(words: str) -> tuple[str, tuple[str, ...]]:
    toks = [people._spell(w) for w in re.findall(r"[a-z0-9]+", fold(words)) if w not in STOPWORDS]
    return " ".join(sorted(toks)), tuple(toks)


def _expansion(before: list[str], acr: str) -> list[str] | None:
    """The shortest tail of capitalised words before "(ACR)" whose initials spell the acronym: in
    order, in another order ("Public Works Ministry (MPW)"), or with words the acronym leaves out
    ("Centers for Disease Control and Prevention (CDC)")."""
    tails = [before[-n:] for n in range(1, min(len(before), 12) + 1) if before[-n][0].isupper()]
    for tail in tails:
        initials = _initials(tail)
        if initials == acr or sorted(initials) == sorted(acr):
            return tail
    for tail in tails:
        initials = _initials(tail)
        if initials.startswith(acr) and len(tail) <= len(acr) + 3:
            return tail
    return None


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w and fold(w) not in ("of", "for", "and", "the", "on", "de", "&"))


def _org_claims(ctx: _Context) -> list[Claim]:
    claims: list[Claim] = []
    # words the whole article lacks, none of its sentences has: one search instead of one a sentence
    vessels = any(map(ctx.article.text.__contains__, VESSEL_NOUNS))
    makers = _MAKER.search(ctx.article.text) is not None
    operations = "Operation" in ctx.article.text
    for si, s in enumerate(ctx.sentences):
        text = s.text
        for m in _ACRONYM.finditer(text):
            acr = m["acr"].replace(".", "")
            before = re.findall(r"[A-Z][\w’'-]*|of|for|and|the|on|&", text[max(0, m.start() - 120) : m.start()])
            expansion = _expansion(before, acr)
            if expansion is None:
                continue
            exp_text = " ".join(expansion)
            at = text.rfind(expansion[0], 0, m.start())
            while at > 0 and not text[at : m.start()].replace("’", "'").startswith(expansion[0]):
                at = text.rfind(expansion[0], 0, at)
            key_words, _ = _org_key(exp_text)
            claims.append(
                Claim(
                    kind=ClaimKind.ORGANISATION,
                    key=f"acronym:{acr}",
                    value=None,
                    display=f"{acr} = {exp_text}",
                    unit="acronym",
                    location=ctx.location(si, at, m.end()),
                    sentence=text,
                    surface=text[at : m.end()],
                    steps=(Step(exp_text, key_words, "expansion words folded, order ignored"),),
                    text_value=key_words,
                    chain=(acr, exp_text),
                    subject=acr,
                )
            )
        for m in _DESIGNATION.finditer(text) if makers and _DIGIT.search(text) else ():
            if not _maker_ok(m["maker"]):
                continue
            model = re.sub(r"[\s‑-]+", "", m["model"]).lower()
            claims.append(
                _thing(ctx, si, m.start(), m.end(), f"model:{fold(m['maker'])}", f"{m['maker']} {m['model']}", model)
            )
        for m in _VESSEL.finditer(text) if vessels and any(map(text.__contains__, VESSEL_NOUNS)) else ():
            name = m["name"].strip()
            if fold(name.split()[0]) in STOPWORDS:
                continue
            claims.append(_thing(ctx, si, m.start("cls"), m.end(), "vessel", name, fold(name)))
        for m in _OPERATION.finditer(text) if operations and "Operation" in text else ():
            claims.append(_thing(ctx, si, m.start(), m.end(), "operation", f"Operation {m['name']}", fold(m["name"])))
    return claims


def _thing(ctx: _Context, si: int, start: int, end: int, key: str, display: str, value: str) -> Claim:
    s = ctx.sentences[si]
    return Claim(
        kind=ClaimKind.ORGANISATION,
        key=key,
        value=None,
        display=display,
        unit="name",
        location=ctx.location(si, start, end),
        sentence=s.text,
        surface=s.text[start:end],
        steps=(Step(s.text[start:end], value, "designation folded (case, spaces, hyphens)"),),
        text_value=value,
        subject=key.split(":", 1)[-1],
    )
