"""Extraction: an article's main text -> ``Claim`` objects of every kind, through one registry
(``factcheck.extract.registry``).

The extractors, in the order they run (the order their modules are imported in below):

- ``mentions`` (``mentions``): every person, organisation, place and named thing an article names;
- ``roles`` (``roles``): titles of people, and who leads an event's delegation or inquiry;
- ``event-places`` (``event_places``): where an event took place;
- ``quotations`` (``quotations``): quoted passages and their speakers;
- ``designations`` (``designations``): acronyms, and models, vessels and operations by name;
- ``numbers`` (``numeric``): quantities, dates and clock times, sentence by sentence.

The four between ``mentions`` and ``numbers`` share one reading of the article (tokens, the people
it names, its event words: ``named_context``). ``mentions`` runs before ``event-places``: the place
resolver is the article's, and the event places note into it the containment the article states
("Springfield, Illinois").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from operator import attrgetter

# isort: off
# (each registers its extractor: the order of these imports is the order the extractors run in)
from factcheck.extract import mentions  # noqa: F401
from factcheck.extract import roles  # noqa: F401
from factcheck.extract import event_places  # noqa: F401
from factcheck.extract import quotations  # noqa: F401
from factcheck.extract import designations  # noqa: F401
from factcheck.extract import numeric  # noqa: F401

# isort: on
from factcheck.dates import SAY_VERBS
from factcheck.extract.numeric import Extraction, extract_article, extract_sentence
from factcheck.extract.registry import REGISTRY, ArticleText, Extractor, extractor, read_article
from factcheck.models import Article, Claim, ClaimKind, Step
from factcheck.numbers import ROUNDING_CAP
from factcheck.people import is_given_name

__all__ = [
    "REGISTRY",
    "ArticleText",
    "Extraction",
    "Extractor",
    "extract_article",
    "extract_claims",
    "extract_sentence",
    "extractor",
    "read_article",
]


TEXT_ORDER = attrgetter("location.start", "location.end", "kind", "key")
"""The order claims are returned in: by span, then kind and key (one C call per claim). A
``ClaimKind`` is a ``str`` whose text is its value, so kinds compare as their values do; reading
``kind.value`` would call the enum's Python-level descriptor for every claim sorted."""


def extract_claims(
    article: Article,
    boilerplate: Iterable[re.Pattern[str]] = (),
    rounding_cap: float = ROUNDING_CAP,
    disabled: frozenset[ClaimKind] = frozenset(),
) -> tuple[Claim, ...]:
    """Every claim of one article, of every kind the registered extractors produce (those whose
    kinds are all in ``disabled`` do not run): what the ledger stores for the article."""
    text = read_article(article, boilerplate, rounding_cap)
    claims: list[Claim] = []
    try:
        for entry in REGISTRY:
            if entry.kinds <= disabled:
                continue
            claims.extend(entry.run(text))
    finally:
        text.release()  # (a reference cycle: freed now, not by the collector)
    claims.sort(key=TEXT_ORDER)
    return tuple(_ages_of_full_names(claims, [s.start for s in text.sentences]))


def _ages_of_full_names(claims: list[Claim], sentence_starts: Sequence[int] = ()) -> list[Claim]:
    """Claims (in text order) with an age given against a surname alone ("Varga, 48, was treated")
    given to the one person of that surname the article named in full before it ("Peter Varga
    said ..."): a surname alone would go with another report's "Anton Varga". Left as it is when
    the article named two people of that surname ("Ryan Price and Lewis Price ... Price, 26"), or
    named its one as someone's relative ("His mother, Linda Harlow, ... Harlow, 27, died": the
    surname may be the victim's, whom no full name names; "the father of Anton Varga").

    An age told as "the 37-year-old" with no noun of its own after it (``_anaphor``: "where the
    37-year-old will serve time", "the 41-year-old American said") goes to the one person named in
    full before it in its sentence, or else in the sentence before (``sentence_starts``, the
    offsets the article's sentences start at): "the" points back to someone the reader has just
    met. Left unnamed when those name two people, or none."""
    named: dict[str, set[str]] = {}  # surname -> full names named so far ("" for a relative)
    met: dict[int, list[tuple[int, str, bool]]] = {}  # sentence -> its people: (offset, name, opens it)
    out: list[Claim] = []
    for c in claims:
        if c.kind is ClaimKind.PERSON_ROLE and c.key == "person" and sentence_starts:
            at = c.sentence.find(c.surface)
            opens = at >= 0 and len(c.sentence[:at].split()) <= OPENING_WORDS
            met.setdefault(_sentence_of(sentence_starts, c), []).append((c.location.start, c.subject, opens))
        if c.kind is ClaimKind.PERSON_ROLE and c.key == "person" and len(words := c.subject.split()) >= 2:
            at = c.sentence.find(c.surface)
            relative = at >= 0 and _RELATIVE.search(c.sentence, 0, at) is not None
            named.setdefault(words[-1].lower(), set()).add("" if relative else _from_given_name(words))
        elif (
            c.key == "age"
            and c.kind is ClaimKind.QUANTITY
            and not c.subject
            and sentence_starts
            and _anaphor(c)
            and (name := _one_met(met, _sentence_of(sentence_starts, c), c))
        ):
            step = Step(c.surface, name, "'the N-year-old' after the one person named just before")
            c = replace(c, subject=name, steps=(*c.steps, step))
        elif c.key == "age" and c.kind is ClaimKind.QUANTITY and c.subject and " " not in c.subject.strip():
            full = named.get(c.subject.strip().lower(), set())
            if len(full) == 1 and (name := next(iter(full))):
                step = Step(c.subject, name, "the one person of that surname the article named in full")
                c = replace(c, subject=name, steps=(*c.steps, step))
        elif (
            c.key == "age"
            and c.kind is ClaimKind.QUANTITY
            and len(words := c.subject.split()) >= 3
            and (name := _from_given_name(words)) != c.subject
        ):  # "Finance Minister Anna Lind, 47,": the name starts at its given name
            c = replace(c, subject=name, steps=(*c.steps, Step(c.subject, name, "the name from its given name")))
        out.append(c)
    return out


def _sentence_of(starts: Sequence[int], c: Claim) -> int:
    """The index of the sentence a claim stands in (by the offsets the sentences start at)."""
    return bisect_right(starts, c.location.start) - 1


OPENING_WORDS = 3
"""Words before a name (a title, "Striker", "But") for it to open its sentence (``_one_met``)."""


def _one_met(met: dict[int, list[tuple[int, str, bool]]], sentence: int, age: Claim) -> str:
    """The one person named before ``age`` in its sentence ("Now that Anton Varga has
    been sentenced, ... where the 37-year-old will serve"), or, when that part names no one, the one
    person of the sentence before if the name opens it ("Anton Varga won. It was a first for the
    41-year-old"; not "She will now meet Anna Berg. 'Bring it on,' said the 23-year-old": a name
    after the verb is seldom whom "the" points back to; nor a speaker, "Tom Reed said the 36-year-old
    was held"). A surname alone is the person named in
    full with it; names that do not read as a person's (``_person_like``) are left out. "" when
    those name no one or two people."""
    before = age.location.start
    here = [(name, opens) for at, name, opens in met.get(sentence, ()) if at < before]
    if here:
        start = before - age.sentence.find(age.surface)  # where the sentence starts
        first = min(at for at, _, _ in met[sentence]) - start
        if not SAY_VERBS.isdisjoint(age.sentence[first : before - start].lower().split()):
            return ""  # "Tom Reed told reporters the 36-year-old was held": someone the speaker tells of
    else:
        here = [(name, opens) for _, name, opens in met.get(sentence - 1, ())]
        if not here or not here[0][1]:
            return ""
    names = {name for name, _ in here}
    full = {n for n in names if " " in n and _person_like(n)}
    if len(full) != 1:
        return ""
    (person,) = full
    if any(n.lower() != person.split()[-1].lower() for n in names if " " not in n):
        return ""  # another person named by a surname alone
    return person


def _person_like(name: str) -> bool:
    """Whether a name of two words or more reads as a person's: from a given name the nicknames
    dataset knows, or of no word the English dictionary knows ("Riddick Bowe"; not "European
    Indoor Championships")."""
    from factcheck.words import readings

    words = name.split()
    return is_given_name(words[0]) or not any(readings(w.lower()) for w in words)


_ANAPHOR_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_ANAPHOR_AFTER = re.compile(
    r"(?:\s+(?P<demonym>[A-Z][a-z]+))?"
    r"(?=\s*(?:[,;:.!?)]|\Z)|['’]s\b|\s+(?:was|is|has|had|will|would|could|who|said|says|told|faces|"
    r"pleaded|appeared|died|remains|remained|lives|lived|and)\b)"
)


def _anaphor(c: Claim) -> bool:
    """Whether an age stands as "the N-year-old" with no noun of its own after it, or a nationality
    only ("the 37-year-old will serve", "the 41-year-old American and"): someone met before, not
    "the 36-year-old driver" (a role that may be another person's) nor "a 40-year-old" (someone
    new)."""
    at = c.sentence.find(c.surface)
    if at < 0 or not c.surface.lower().endswith("old") or not _ANAPHOR_BEFORE.search(c.sentence, 0, at):
        return False
    m = _ANAPHOR_AFTER.match(c.sentence, at + len(c.surface))
    if m is None:
        return False
    from factcheck.places import DEMONYMS

    return m.group("demonym") is None or m.group("demonym").lower() in DEMONYMS


def _from_given_name(words: list[str]) -> str:
    """A name from its first word the nicknames dataset knows as a given name, the words before it
    dropped ("Receptionist Mara Olsen": Mara Olsen); the whole name when none is."""
    first = next((k for k, w in enumerate(words[:-1]) if is_given_name(w)), 0)
    return " ".join(words[first:])


_RELATIVE = re.compile(
    r"\b(?:father|mother|parents?|son|daughter|wife|husband|widow|brother|sister|uncle|aunt|grand\w+|family)"
    r"(?:\s+of|\s*,)?\s*\Z",
    re.IGNORECASE,
)
"""A relative's noun right before a name: "the father of Anton Varga", "His mother, Linda Harlow", "his
father Gerry Keating"."""
