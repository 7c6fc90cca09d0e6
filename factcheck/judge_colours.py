"""One named thing described two ways by a closed class of words: its colour ("a silver Ford
Focus" / "a grey Ford Focus") or, for a vessel, its class ("the frigate Sea Hawk" / "the patrol
boat Sea Hawk").

A colour word (``COLOURS``, lower case) just before the name of a thing that articles name (a car
model, a boat: the mentions of ``judge_mentions``), a year or a shade word allowed between ("a
grey 2019 Ford Focus", "a pale green Ford Focus"), describes that thing; so does a class of vessel
(``VESSEL_CLASSES``) just before its name ("missile frigate", "Patrol boat"); a word any vessel
is ("warship", "ship", "vessel") says nothing of its class. When every article that describes the
thing gives it one word of the class, the articles giving one word **agree**, and two words given
by articles reporting one event (``ArticleFacts``; any articles for a vessel's class, ``LASTING``)
are a **conflict**: one thing has one colour, one vessel one class. An article giving the thing two
words speaks of two of them (two cars of one model): the thing is then not judged. Shades of one
colour ("pale green" / "green") and spellings ("grey" / "gray") are one colour.
"""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck.events import ArticleFacts
from factcheck.judge import dedupe, make_finding
from factcheck.judge_common import articles_of
from factcheck.judge_place_conflicts import _arts
from factcheck.models import Claim, Finding, Severity, Verdict
from factcheck.places import fold

__all__ = ["COLOURS", "VESSEL_CLASSES", "colour_findings"]

COLOURS = {
    "black": "black",
    "white": "white",
    "grey": "grey",
    "gray": "grey",
    "silver": "silver",
    "red": "red",
    "blue": "blue",
    "green": "green",
    "yellow": "yellow",
    "orange": "orange",
    "brown": "brown",
    "beige": "beige",
    "tan": "beige",
    "gold": "gold",
    "golden": "gold",
    "maroon": "maroon",
    "burgundy": "maroon",
    "purple": "purple",
    "pink": "pink",
    "navy": "blue",
    "teal": "teal",
    "bronze": "bronze",
}
"""Colour words, each to its colour (a spelling or a near name to one colour). Near colours that
a reader may call either way (silver / grey) stay two: the articles' words differ."""

_SHADES = r"(?:(?:dark|light|pale|bright|deep|metallic|silvery)[- ])?"
_COLOURED = re.compile(
    rf"\b{_SHADES}({'|'.join(sorted(COLOURS, key=len, reverse=True))})(?:[- ](?:colou?red|metallic))?"
    r"(?:,?\s+(?:19|20)\d\d)?\s+\Z"
)
"""A colour word right before a name: "a grey ", "a light-green 2019 ", "a silver-coloured "."""


VESSEL_CLASSES = {
    "frigate": "frigate",
    "destroyer": "destroyer",
    "corvette": "corvette",
    "cruiser": "cruiser",
    "submarine": "submarine",
    "aircraft carrier": "aircraft carrier",
    "patrol vessel": "patrol vessel",
    "patrol boat": "patrol vessel",
    "patrol ship": "patrol vessel",
    "tanker": "tanker",
    "freighter": "freighter",
    "trawler": "trawler",
    "ferry": "ferry",
    "yacht": "yacht",
    "tugboat": "tug",
    "tug": "tug",
}
"""Classes of vessel, each to its class (a near name to one class)."""
_CLASSED = re.compile(rf"(?i:\b({'|'.join(sorted(VESSEL_CLASSES, key=len, reverse=True))}))\s+\Z")
"""A vessel class right before a name: "the frigate ", "Patrol boat "."""

LASTING = frozenset({"class"})
"""Attributes a thing keeps whatever the event: a vessel named by its own name is one vessel, of one
class, in every report that names it (a car of one model may be two cars of two colours)."""
ATTRIBUTES = {"colour": (_COLOURED, COLOURS, "is"), "class": (_CLASSED, VESSEL_CLASSES, "is called a")}
"""What describes a named thing: (words before its name, word -> value, verb of the explanation)."""


def _described(c: Claim, attribute: str) -> str:
    """The value of ``attribute`` a mention's sentence gives the thing just before its name, else
    ""."""
    pattern, values, _verb = ATTRIBUTES[attribute]
    at = c.sentence.find(c.surface)
    if at < 0:
        return ""
    found = pattern.search(c.sentence[:at])
    return values[found.group(1).lower()] if found else ""


def colour_findings(mentions: list[Claim], facts: ArticleFacts | None = None) -> list[Finding]:
    """Agreements and conflicts on the colour or class of named things (see the module docstring)."""
    out: list[Finding] = []
    for attribute in ATTRIBUTES:
        out += _judged(mentions, attribute, facts)
    return out


def _judged(mentions: list[Claim], attribute: str, facts: ArticleFacts | None) -> list[Finding]:
    _pattern, _values, verb = ATTRIBUTES[attribute]
    described: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))  # thing -> value -> claims
    for c in mentions:
        if c.key == "place":
            continue  # "the green Elm Park": a place's colour is its name's
        value = _described(c, attribute)
        if value:
            described[fold(c.subject)][value].append(c)
    out: list[Finding] = []
    for _thing_key, values in sorted(described.items()):
        per_article: dict[str, set[str]] = defaultdict(set)
        for value, cs in values.items():
            for c in cs:
                per_article[c.location.article].add(value)
        if any(len(v) > 1 for v in per_article.values()):
            continue  # one article, two colours: two of them
        name = next(iter(values.values()))[0].subject
        kind = next(iter(values.values()))[0].kind
        ranked = sorted(values, key=lambda k: (-len(articles_of(values[k])), k))
        for value in ranked:
            cs = values[value]
            if len(articles_of(cs)) >= 2:
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        kind,
                        f"{attribute}: {name}",
                        dedupe(cs),
                        f"{len(articles_of(cs))} articles agree: the {name} {verb} {value}",
                        (
                            f"grouped by thing: {name}",
                            *sorted({f"{c.location.article}: {_said(c, attribute)}" for c in cs}),
                        ),
                    )
                )
        for i, a in enumerate(ranked):
            for b in ranked[i + 1 :]:
                ca, cb = values[a], values[b]
                if (
                    attribute not in LASTING
                    and facts is not None
                    and not any(facts.may_share(x, y) for x in articles_of(ca) for y in articles_of(cb))
                ):
                    continue
                out.append(
                    make_finding(
                        Verdict.CONFLICT,
                        Severity.MEDIUM,
                        kind,
                        f"{attribute}: {name}",
                        dedupe(ca + cb),
                        f"the {name} {verb} {a} ({_arts(ca)}) vs {b} ({_arts(cb)}): one thing, one {attribute}",
                        (
                            f"grouped by thing: {name}",
                            *sorted({f"{c.location.article}: {_said(c, attribute)}" for c in ca + cb}),
                        ),
                    )
                )
    return out


def _said(c: Claim, attribute: str) -> str:
    """The words that describe the thing, as written ("a grey 2019 Ford Focus")."""
    at = c.sentence.find(c.surface)
    found = ATTRIBUTES[attribute][0].search(c.sentence[:at]) if at >= 0 else None
    return (found.group(0) if found else "") + c.surface
