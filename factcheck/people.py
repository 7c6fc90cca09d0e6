"""People: person names, their identity across articles, and titles (offices) normalised.

Names. A name is compared folded (``places.fold``: NFKD, accents dropped, lower case), token by
token. Two full names are one person when their surnames agree (same last token, or a long last
token within a small edit distance) and their given names agree: the same, one a nickname of the
other (the ``nicknames`` package: Kate = Katherine, Bob = Robert), one an initial of the other
("J. Smith"), or close in spelling (rapidfuzz ratio at least ``GIVEN_CUTOFF``: transliterations).
A name whose tokens are the tail of the other ("Lopez Obrador", "Andres Manuel Lopez Obrador") is
the same person too. A lone surname stands for the full name that ends (or, for names written
family name first, starts) with it.

Titles. ``parse_title`` splits a title phrase into:

- time: ``former``, ``then``, ``ex``... (a past office; never compared with a present one);
- affiliation: countries and nationality words, possessives ("China's"), and institutions used
  as affiliation ("White House"): dropped, they say whose office it is, not which;
- rank: deputy (= vice), assistant, acting, senior, shadow (an opposition post, not the office)...;
- head: the office noun (minister, adviser, spokesperson...); chief, head, minister, director and
  secretary are one class: the head of a portfolio;
- portfolio: the remaining content words ("public works", "water safety"), spelling
  folded (advisor -> adviser, defense -> defence, -ize -> -ise), organisation nouns (ministry,
  department, office) dropped, order ignored.

Two titles agree when time, rank, head class and portfolio agree; they are compatible when one
portfolio is a strict subset of the other. A title without portfolio words ("President",
"US President") is a form of address and is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.models import Step
from factcheck.places import DEMONYMS, country_of, fold

__all__ = [
    "GIVEN_AND_SURNAME",
    "HEADS",
    "Title",
    "compare_titles",
    "given_names_match",
    "is_given_name",
    "name_tokens",
    "parse_title",
    "same_person",
]

_DIMINUTIVE_END = re.compile(r"(?:ie|ey)$")
"""The endings of a given name's pet form that spell one sound ("Bettie", "Betty", "Bettey"): names
that differ only there are spelling variants, which the ratio below misses in short names, unless
the nicknames data knows both as names of their own (then it has already said whether they meet)."""
GIVEN_CUTOFF = 85
"""rapidfuzz ratio at or above which two given names are spelling variants."""
SURNAME_CUTOFF = 90
"""rapidfuzz ratio at or above which two long surnames (7+ letters) are spelling variants."""

# fmt: off
HEADS: dict[str, str] = {
    "minister": "minister", "secretary": "secretary", "adviser": "adviser", "advisor": "adviser",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "director": "director", "chief": "chief", "head": "head", "president": "president",
    "premier": "premier", "chancellor": "chancellor", "governor": "governor", "mayor": "mayor",
    "senator": "senator", "ambassador": "ambassador", "envoy": "envoy", "commissioner": "commissioner",
    "administrator": "administrator", "chair": "chair", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "ceo": "chief executive", "officer": "officer", "commander": "commander",
    "general": "general", "admiral": "admiral", "colonel": "colonel", "lieutenant": "lieutenant",
    "captain": "captain", "sergeant": "sergeant", "marshal": "marshal", "inspector": "inspector",
    "commodore": "commodore", "brigadier": "brigadier", "corporal": "corporal",
    "superintendent": "superintendent", "prosecutor": "prosecutor", "attorney": "attorney",
    "judge": "judge", "justice": "justice", "counsel": "counsel", "counsellor": "counsellor",
    "counselor": "counsellor", "correspondent": "correspondent", "editor": "editor", "analyst": "analyst",
    "professor": "professor", "researcher": "researcher", "scientist": "scientist", "economist": "economist",
    "leader": "leader", "speaker": "speaker", "lawmaker": "lawmaker", "legislator": "legislator",
    "congressman": "congressman", "congresswoman": "congresswoman", "representative": "representative",
    "official": "official", "manager": "manager", "executive": "executive", "coordinator": "coordinator",
    "czar": "czar", "tsar": "czar", "negotiator": "negotiator", "aide": "aide", "king": "king",
    "queen": "queen", "prince": "prince", "princess": "princess", "emperor": "emperor", "pope": "pope",
    "cardinal": "cardinal", "bishop": "bishop", "archbishop": "archbishop", "sheikh": "sheikh",
    "emir": "emir", "sultan": "sultan", "monarch": "monarch", "diplomat": "diplomat", "consul": "consul",
    "treasurer": "treasurer", "founder": "founder", "assistant": "assistant", "vice-president": "vice president",
    "counterpart": "counterpart", "presidents": "president", "ministers": "minister", "leaders": "leader",
    "mp": "mp", "spokespeople": "spokesperson", "pilot": "pilot", "coach": "coach",
    "publicist": "publicist", "agent": "agent",
}
# fmt: on
"""Office nouns, folded -> canonical head."""

HEAD_CLASSES = {"minister": "head", "chief": "head", "head": "head", "director": "head", "secretary": "head"}
"""Heads that all mean "the one at the head of a portfolio"."""
RELATIONAL = frozenset({"counterpart", "aide"})
"""Heads that relate a person to another rather than naming an office."""
NEVER_ADDRESS = frozenset({"spokesperson", "publicist"})
"""Heads that describe what someone does even without a portfolio ("spokesman Jo Marsh"): no one
is addressed as "Spokesman", so the bare noun is compared like any descriptive title."""

RANKS = {
    "deputy": "deputy", "vice": "deputy", "assistant": "assistant", "associate": "associate",
    "acting": "acting", "senior": "senior", "principal": "principal", "special": "special",
    "interim": "acting", "first": "first", "under": "under", "undersecretary": "under",
    "permanent": "permanent", "junior": "junior", "lead": "lead", "top": "top", "shadow": "shadow",
}  # fmt: skip
TIMES = {
    "former": "former", "ex": "former", "then": "then", "late": "late", "outgoing": "outgoing",
    "incoming": "incoming", "erstwhile": "former", "previous": "former", "designate": "designate",
}  # fmt: skip
AFFILIATIONS = frozenset(
    {"white house", "kremlin", "pentagon", "downing street", "elysee", "whitehall", "blue house",
     "zhongnanhai", "capitol hill", "state house"}
)  # fmt: skip
"""Institutions named as whose office a title is, not which office."""
PARTIES = frozenset(
    {"conservative", "conservatives", "tory", "tories", "republican", "republicans", "democrat",
     "democrats", "democratic", "liberal", "socialist", "socialists", "communist", "unionist",
     "nationalist", "lib", "dem", "dems"}
)  # fmt: skip
"""Party words (capitalised, before the office noun) that say whose office a title is when the
title has a portfolio besides: a "Liberal transport minister" holds the office of transport
minister, while a "Liberal leader" leads the party ("Labour" too, though it is also a portfolio).
"""
ORG_NOUNS = frozenset({"ministry", "department", "dept", "office", "ministerial"})
"""Organisation nouns dropped from a portfolio: "head of the Ministry of X" ~ "minister of X"."""

PORTFOLIO_WORDS = frozenset(
    """security public homeland national foreign affairs defence defense health justice finance
    financial treasury commerce trade interior home state energy education agriculture transport
    transportation labour labor environment environmental drug drugs narcotics counternarcotics
    counter-narcotics control policy council intelligence economic economy development emergency
    management immigration customs border protection police military army navy air force naval
    cyber technology science information communications media press culture tourism sports industry
    industrial housing urban rural water resources natural land mines mining oil petroleum fisheries
    forestry climate planning budget tax revenue monetary bank central commercial legal human rights
    women children family social welfare veterans citizenship migration counterterrorism terrorism
    enforcement law criminal investigation prosecution corrections prison prisons fire rescue disaster
    relief aid international regional local provincial municipal city county district federal party
    staff joint chiefs operations strategic strategy diplomatic consular political parliamentary
    house senate assembly congress committee commission agency bureau office ministry department
    administration authority service services board cabinet government chamber court supreme appeals
    digital research space nuclear atomic weapons arms nonproliferation disarmament peace unification
    overseas external internal relations cooperation safety food medicine medical disease prevention
    infrastructure aviation maritime shipping postal youth religious ethnic minority indigenous
    coordination crisis reform reconstruction investment procurement statistics elections electoral
    general attorney surgeon solicitor communications national-security counter-terrorism
    anti-narcotics anti-drug antidrug anti-corruption corruption discipline inspection propaganda
    united front work liaison airline airport company firm hospital university school club team union
    embassy campaign church city managing""".split()
)
"""Lower-case words that may stand in a title's portfolio ("deputy water safety adviser")."""

SPELLING = {
    "advisor": "adviser", "defense": "defence", "counselor": "counsellor", "organization": "organisation",
    "program": "programme", "labor": "labour", "center": "centre", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "vice": "deputy", "counter-narcotics": "counternarcotics", "anti-narcotics": "counternarcotics",
    "tsar": "czar",
}  # fmt: skip
"""British/American and gendered variants folded to one spelling."""

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "madam"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
GIVEN_AND_SURNAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][\w'’-]+)")
"""Two capitalised words in a row, read as a given name and a surname ("Marco Rossi", "Ana O'Dea")."""
PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "ter", "bin", "binti", "ibn", "al",
     "el", "le", "la", "abu", "dos", "das", "y"}
)  # fmt: skip


# ----------------------------------------------------------------------------------------- names


def name_tokens(name: str) -> list[str]:
    """Folded tokens of a name, honorifics and suffixes dropped, initials without their dot, up to
    an " of " ("Ada Lind of Norway": ``ada``, ``lind``)."""
    return list(_name_tokens(name))


@lru_cache(maxsize=1 << 14)
def _name_tokens(name: str) -> tuple[str, ...]:
    """name_tokens, worked out once per name (names are compared with each other many times). A
    name read with the place after it ("Ada Lind of Norway") ends before the " of "."""
    out: list[str] = []
    for raw in fold(name).replace("-", " ").split():
        tok = raw.strip(".,'")
        if tok == "of" and out:
            break
        if not tok or tok in HONORIFICS or tok in SUFFIXES:
            continue
        out.append(tok)
    return tuple(out)


@lru_cache(maxsize=1)
def _nicknamer():  # type: ignore[no-untyped-def]
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=1 << 14)
def is_given_name(token: str) -> bool:
    """True when the nicknames dataset knows ``token`` as an English given name or nickname
    (worked out once per token: every capitalised word of every article asks)."""
    nn = _nicknamer()
    t = fold(token)
    return bool(nn.nicknames_of(t) or nn.canonicals_of(t))


@lru_cache(maxsize=4096)
def given_names_match(a: str, b: str) -> str | None:
    """Why two given names are the same, or None: ``same``, ``nickname``, ``initial``, ``ending``
    (``_DIMINUTIVE_END``), ``spelling``."""
    a, b = fold(a).strip("."), fold(b).strip(".")
    if a == b:
        return "same"
    if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return "initial"
    nn = _nicknamer()
    a_names = {a} | nn.canonicals_of(a)
    b_names = {b} | nn.canonicals_of(b)
    if a in b_names or b in a_names or a_names & b_names or b in nn.nicknames_of(a) or a in nn.nicknames_of(b):
        return "nickname"
    known_apart = bool(a_names - {a}) and bool(b_names - {b})  # "Bobby" (Robert) / "Bobbie" (Barbara)
    if min(len(a), len(b)) >= 4 and not known_apart and _DIMINUTIVE_END.sub("y", a) == _DIMINUTIVE_END.sub("y", b):
        return "ending"  # "Bettie" / "Betty", "Johnnie" / "Johnny": one of them unknown to the data
    from rapidfuzz import fuzz

    if min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= GIVEN_CUTOFF:
        return "spelling"
    return None


def _surnames_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 7:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= SURNAME_CUTOFF


@dataclass(frozen=True)
class NameMatch:
    same: bool
    steps: tuple[Step, ...] = ()


def same_person(a: str, b: str) -> NameMatch:
    """Whether two full names (two or more tokens each) name the same person, with the steps."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return NameMatch(False)
    if ta == tb:
        folded = () if a == b else (Step(b, a, "same name once case and accents are folded"),)
        return NameMatch(True, folded)
    if len(ta) == 1 or len(tb) == 1:
        return NameMatch(False)
    if len(ta) != len(tb) and ta[0] == tb[0] and "".join(ta[1:]) == "".join(tb[1:]):
        return NameMatch(True, (Step(b, a, "surname written as one word or two (Rahimzadeh / rahim-Zadeh)"),))
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < len(long_) and long_[-len(short) :] == short and len(short) >= 2:
        return NameMatch(True, (Step(" ".join(short), " ".join(long_), "the shorter name is the tail of the longer"),))
    if not _surnames_match(ta[-1], tb[-1]):
        return NameMatch(False)
    why = given_names_match(ta[0], tb[0])
    if why is None:
        return NameMatch(False)
    steps: list[Step] = []
    if why != "same":
        rule = {
            "nickname": "nickname (nicknames dataset)",
            "initial": "initial",
            "spelling": "spelling variant (rapidfuzz)",
            "ending": "one pet name spelled with -ie, -ey or -y",
        }[why]
        src, dst = (a, b) if len(ta[0]) <= len(tb[0]) else (b, a)
        steps.append(Step(src.split()[0], dst.split()[0], rule))
    if ta[-1] != tb[-1]:
        steps.append(Step(a.split()[-1], b.split()[-1], "surname spelling variant (rapidfuzz)"))
    return NameMatch(True, tuple(steps))


def preferred_name(names: Iterable[str]) -> str:
    """The form to show for one person's names: one not opening on a word of the dictionary that is
    no given name, if any ("Bettie Mae Page", not "Notorious Bettie Page" of a film's title), then
    the most words, then the longest given name (Katherine over Kate)."""
    names = list(names)
    return max(
        names,
        key=lambda n: (
            not (n.split() and _word_not_name(n.split()[0])),
            len(name_tokens(n)),
            n != n.lower(),
            len(n.split()[0]) if n.split() else 0,
            n,
        ),
    )


def _word_not_name(word: str) -> bool:
    """Whether a capitalised word is a word of the dictionary and no given name ("Notorious", not
    "Rose" or "Bettie")."""
    from factcheck.words import readings

    return not is_given_name(word) and bool(readings(word.lower()))


# ----------------------------------------------------------------------------------------- titles

_TITLE_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.-]*|[,]")


@dataclass(frozen=True)
class Title:
    """A title phrase, parsed and normalised (see the module docstring)."""

    surface: str
    time: str
    affiliation: tuple[str, ...]
    rank: frozenset[str]
    head: str
    portfolio: frozenset[str]
    portfolio_words: tuple[str, ...] = ()
    """The portfolio words in their order, for display."""
    of_form: bool = field(default=False, compare=False)
    """True when the title named its office first ("Minister of Public Works")."""
    steps: tuple[Step, ...] = field(default=(), compare=False)

    @property
    def head_class(self) -> str:
        return HEAD_CLASSES.get(self.head, self.head)

    @property
    def descriptive(self) -> bool:
        """True for an office with a portfolio (worth comparing), or one whose noun is never a
        form of address ("spokesman Jo Marsh"); False for a form of address ("President")."""
        return (bool(self.portfolio) or self.head in NEVER_ADDRESS) and self.head not in RELATIONAL

    @property
    def display(self) -> str:
        parts = [self.time] if self.time else []
        parts.extend(sorted(self.rank))
        if self.of_form and self.portfolio_words:
            parts.extend([self.head, "of", *self.portfolio_words])
        else:
            parts.extend([*self.portfolio_words, self.head])
        return " ".join(parts)

    @property
    def key(self) -> str:
        return "|".join([self.time, ",".join(sorted(self.rank)), self.head_class, ",".join(sorted(self.portfolio))])


def _spell(word: str) -> str:
    w = SPELLING.get(word, word)
    if w.endswith("ize") and len(w) > 5:
        w = w[:-3] + "ise"
    elif w.endswith("ization"):
        w = w[: -len("ization")] + "isation"
    return w


_DETERMINERS = frozenset(
    {"the", "a", "an", "of", "for", "to", "and", "at", "on", "in", "'s", "his", "her", "their", "its", "our", "whose"}
)


AFFILIATION_CITY_POPULATION = 100_000
"""A capitalised city name before an office noun is its jurisdiction ("New York Governor") from this size."""


def _country_span(words: list[str], i: int, head_i: int) -> int:
    """Length of a capitalised place name (a country, a region, a sizeable city; possibly possessive)
    starting at ``i`` before the head: the office's jurisdiction."""
    if i >= head_i or not words[i][0].isupper():
        return 0
    from factcheck.places import gazetteer

    for n in (3, 2, 1):
        if i + n <= head_i:
            phrase = " ".join(words[i : i + n]).removesuffix("’s").removesuffix("'s").rstrip("’'")
            if not all(w[0].isupper() for w in words[i : i + n]):
                continue
            if n > 1 and country_of(phrase) is not None:
                return n
            places = gazetteer().lookup(phrase)
            if any(
                p.kind in ("country", "region", "capital")
                or (p.kind == "city" and p.population >= AFFILIATION_CITY_POPULATION)
                for p in places
            ):
                return n
    return 0


@lru_cache(maxsize=1 << 12)
def parse_title(text: str) -> Title | None:
    """Parse a title phrase ("the Chilean Minister for Public Works"); None without an office noun.
    (Once per phrase: a Title is immutable.)"""
    words = [m.group() for m in _TITLE_TOKEN.finditer(text) if m.group() != ","]
    if not words:
        return None
    steps: list[Step] = []
    low = [fold(w) for w in words]
    # the head: the last office noun before of/for/to, else the last office noun
    head_i = None
    for i, w in enumerate(low):
        if w in ("of", "for", "to", "at", "on") and head_i is not None:
            break
        if w.strip("'s") in HEADS or w in HEADS:
            head_i = i
    if head_i is None:
        return None
    # "director general", "attorney general", "secretary general": general is part of the head
    head_word = low[head_i]
    head = HEADS.get(head_word, HEADS.get(head_word.rstrip("s"), head_word))
    if head in ("minister", "ministers") and head_i > 0 and low[head_i - 1] == "prime":
        head_i -= 1
        head = "prime minister"
    elif head == "general" and head_i > 0 and low[head_i - 1] in HEADS and HEADS[low[head_i - 1]] != "general":
        head_i -= 1
        head = HEADS[low[head_i]] + " general"
    elif head_i + 1 < len(low) and low[head_i + 1] == "general" and head in ("director", "secretary", "attorney"):
        head = head + " general"
    if head_word != head and head_word in SPELLING:
        steps.append(Step(words[head_i], head, "spelling"))
    time = ""
    rank: set[str] = set()
    affiliation: list[str] = []
    portfolio: list[str] = []
    parties: list[tuple[str, str]] = []  # (word, portfolio word) of capitalised party words
    skip_next = False
    i = 0
    while i < len(low):
        w = low[i]
        if skip_next:
            skip_next = False
            i += 1
            continue
        if (
            i == head_i
            or (head.endswith(" general") and w == "general")
            or (head == "prime minister" and i == head_i + 1)
        ):
            i += 1
            continue
        pair = f"{w} {low[i + 1]}" if i + 1 < len(low) else ""
        if pair in AFFILIATIONS:
            affiliation.append(f"{words[i]} {words[i + 1]}")
            skip_next = True
            i += 1
            continue
        base = w.removesuffix("'s").removesuffix("'")
        if w in _DETERMINERS:
            i += 1
            continue
        span = _country_span(words, i, head_i)
        if span:
            affiliation.append(" ".join(words[i : i + span]).removesuffix("’s").removesuffix("'s").rstrip("’'"))
            i += span
            continue
        if w in TIMES:
            time = TIMES[w]
        elif w in RANKS and (i < head_i or w == "deputy"):
            rank.add(RANKS[w])
            if w != RANKS[w]:
                steps.append(Step(words[i], RANKS[w], "rank synonym"))
        elif w in HEADS and i != head_i and i < head_i and HEADS[w] in ("assistant",):
            rank.add("assistant")
        elif (w.endswith("'s") or w.endswith("'") or i < head_i) and (
            base in DEMONYMS or (words[i][0].isupper() and country_of(base) is not None)
        ):
            affiliation.append(words[i].removesuffix("’s").removesuffix("'s").rstrip("’'"))
        elif w.endswith("'s") or w.endswith("'"):
            portfolio.append(_spell(base))
            if i < head_i and words[i][:1].isupper() and (base in PARTIES or base == "labour"):
                parties.append((words[i], _spell(base)))
        elif base in ORG_NOUNS:
            steps.append(Step(words[i], "", "organisation noun dropped from the portfolio"))
        else:
            spelled = _spell(base)
            if spelled != base:
                steps.append(Step(words[i], spelled, "spelling"))
            portfolio.append(spelled)
            if i < head_i and words[i][:1].isupper() and (base in PARTIES or base == "labour"):
                parties.append((words[i], spelled))
        i += 1
    # a party before an office with a portfolio of its own says whose office it is: "Liberal
    # transport minister" is the transport minister (a party leader's party is the office itself)
    if parties and len(portfolio) > len(parties):
        for word, spelled in parties:
            portfolio.remove(spelled)
            affiliation.append(word)
    if affiliation:
        steps.append(Step(", ".join(affiliation), "", "affiliation dropped: whose office, not which"))
    of_form = (head_i + 1 < len(low) and low[head_i + 1] in ("of", "for", "to")) or (
        head.endswith(" general") and head_i + 2 < len(low) and low[head_i + 2] in ("of", "for", "to")
    )
    return Title(
        surface=text.strip(),
        of_form=of_form,
        time=time,
        affiliation=tuple(affiliation),
        rank=frozenset(rank),
        head=head,
        portfolio=frozenset(portfolio),
        portfolio_words=tuple(dict.fromkeys(portfolio)),
        steps=tuple(steps),
    )


@dataclass(frozen=True)
class TitleComparison:
    verdict: str
    """agree, compatible or different."""
    steps: tuple[Step, ...] = ()


def compare_titles(a: Title, b: Title) -> TitleComparison:
    """How two titles of one person relate: agree, compatible (one portfolio narrower) or different."""
    if a.time != b.time or a.rank != b.rank or a.head_class != b.head_class:
        return TitleComparison("different")
    steps: list[Step] = []
    if a.head != b.head:
        steps.append(Step(a.head, b.head, "same office: heads of one portfolio (chief/head/minister/director)"))
    if a.portfolio == b.portfolio:
        if a.portfolio_words != b.portfolio_words:
            steps.append(Step(" ".join(a.portfolio_words), " ".join(b.portfolio_words), "word order"))
        return TitleComparison("agree", tuple(steps))
    if a.portfolio < b.portfolio or b.portfolio < a.portfolio:
        return TitleComparison("compatible", tuple(steps))
    return TitleComparison("different")
