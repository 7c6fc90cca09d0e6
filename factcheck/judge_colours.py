"""One named thing described with two colours: "a silver Ford Focus" / "a grey Ford Focus".

A colour word (``COLOURS``, lower case) just before the name of a thing that articles name (a car
model, a boat: the mentions of ``judge_mentions``), a year or a shade word allowed between ("a
grey 2019 Ford Focus", "a dark blue Ford Focus"), describes that thing. When every article that
colours the thing gives it one colour, the articles giving one colour **agree**, and two colours
given by articles reporting one event (``ArticleFacts``) are a **conflict**: one thing has one
colour. An article giving the thing two colours speaks of two of them (two cars of one model): the
thing is then not judged. Shades of one colour ("dark blue" / "blue") and spellings ("grey" /
"gray") are one colour.
"""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck.events import ArticleFacts
from factcheck.judge import dedupe, make_finding
from factcheck.judge_common import articles_of
from factcheck.models import Claim, Finding, Severity, Verdict
from factcheck.places import fold

__all__ = ["COLOURS", "colour_findings"]

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
"""A colour word right before a name: "a grey ", "a dark-blue 2019 ", "a silver-coloured "."""


def _colour(c: Claim) -> str:
    """The colour a mention's sentence gives the thing just before its name, else ""."""
    at = c.sentence.find(c.surface)
    if at < 0:
        return ""
    found = _COLOURED.search(c.sentence[:at])
    return COLOURS[found.group(1)] if found else ""


def colour_findings(mentions: list[Claim], facts: ArticleFacts | None = None) -> list[Finding]:
    """Agreements and conflicts on the colour of named things (see the module docstring)."""
    coloured: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))  # thing -> colour -> claims
    for c in mentions:
        if c.key == "place":
            continue  # "the green Elm Park": a place's colour is its name's
        colour = _colour(c)
        if colour:
            coloured[fold(c.subject)][colour].append(c)
    out: list[Finding] = []
    for _thing_key, colours in sorted(coloured.items()):
        per_article: dict[str, set[str]] = defaultdict(set)
        for colour, cs in colours.items():
            for c in cs:
                per_article[c.location.article].add(colour)
        if any(len(v) > 1 for v in per_article.values()):
            continue  # one article, two colours: two of them
        name = next(iter(colours.values()))[0].subject
        kind = next(iter(colours.values()))[0].kind
        ranked = sorted(colours, key=lambda k: (-len(articles_of(colours[k])), k))
        for colour in ranked:
            cs = colours[colour]
            if len(articles_of(cs)) >= 2:
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        kind,
                        f"colour: {name}",
                        dedupe(cs),
                        f"{len(articles_of(cs))} articles agree: the {name} is {colour}",
                        (f"grouped by thing: {name}", *sorted({f"{c.location.article}: {_said(c)}" for c in cs})),
                    )
                )
        for i, a in enumerate(ranked):
            for b in ranked[i + 1 :]:
                ca, cb = colours[a], colours[b]
                if facts is not None and not any(
                    facts.may_share(x, y) for x in articles_of(ca) for y in articles_of(cb)
                ):
                    continue
                out.append(
                    make_finding(
                        Verdict.CONFLICT,
                        Severity.MEDIUM,
                        kind,
                        f"colour: {name}",
                        dedupe(ca + cb),
                        f"the {name} is {a} ({_arts(ca)}) vs {b} ({_arts(cb)}): one thing, one colour",
                        (f"grouped by thing: {name}", *sorted({f"{c.location.article}: {_said(c)}" for c in ca + cb})),
                    )
                )
    return out


def _said(c: Claim) -> str:
    """The words that colour the thing, as written ("a grey 2019 Ford Focus")."""
    at = c.sentence.find(c.surface)
    found = _COLOURED.search(c.sentence[:at]) if at >= 0 else None
    return (found.group(0) if found else "") + c.surface


def _arts(claims: list[Claim]) -> str:
    arts = sorted(articles_of(claims))
    return ", ".join(arts[:3]) + (f" and {len(arts) - 3} more" if len(arts) > 3 else "")
