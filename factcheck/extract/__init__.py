"""Extraction: an article's main text -> ``Claim`` objects of every kind, through one registry
(``factcheck.extract.registry``).

The extractors, in the order they run (the order their modules are imported in below):

- ``mentions`` (``mentions``): every person, organisation, place and named thing an article names;
- ``roles`` (``roles``): titles of people, and who leads an event's delegation or inquiry;
- ``event-places`` (``event_places``): where an event took place;
- ``quotations`` (``quotations``): quoted passages and their speakers;
- ``designations`` (``designations``): acronyms, and models, vessels and operations by name;
- ``weapons`` (``weapons``): the kind of gun an attack used;
- ``numbers`` (``numeric``): quantities, dates and clock times, sentence by sentence.

The five between ``mentions`` and ``numbers`` share one reading of the article (tokens, the people
it names, its event words: ``named_context``). ``mentions`` runs before ``event-places``: the place
resolver is the article's, and the event places note into it the containment the article states
("Springfield, Illinois").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from operator import attrgetter

# isort: off
# (each registers its extractor: the order of these imports is the order the extractors run in)
from factcheck.extract import mentions  # noqa: F401
from factcheck.extract import roles  # noqa: F401
from factcheck.extract import event_places  # noqa: F401
from factcheck.extract import quotations  # noqa: F401
from factcheck.extract import designations  # noqa: F401
from factcheck.extract import weapons  # noqa: F401
from factcheck.extract import numeric  # noqa: F401

# isort: on
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
    return tuple(_ages_of_full_names(claims))


def _ages_of_full_names(claims: list[Claim]) -> list[Claim]:
    """Claims (in text order) with an age given against a surname alone ("Varga, 48, was treated")
    given to the one person of that surname the article named in full before it ("Peter Varga
    said ..."): a surname alone would go with another report's "Anton Varga". Left as it is when
    the article named two people of that surname ("Ryan Price and Lewis Price ... Price, 26"), or
    named its one as someone's relative ("His mother, Linda Harlow, ... Harlow, 27, died": the
    surname may be the victim's, whom no full name names; "the father of Anton Varga")."""
    named: dict[str, set[str]] = {}  # surname -> full names named so far ("" for a relative)
    out: list[Claim] = []
    for c in claims:
        if c.kind is ClaimKind.PERSON_ROLE and c.key == "person" and len(words := c.subject.split()) >= 2:
            at = c.sentence.find(c.surface)
            relative = at >= 0 and _RELATIVE.search(c.sentence, 0, at) is not None
            named.setdefault(words[-1].lower(), set()).add("" if relative else _from_given_name(words))
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
