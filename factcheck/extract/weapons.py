"""The kind of gun a story's attack used: "a sawn-off shotgun", "a hunting rifle", "his pistol".

A gun named with an article or a possessive before it, up to three words between ("a sawn-off
double-barrelled shotgun", "the .22-caliber rifle"), is a claim of kind PERSON_ROLE, key ``weapon``, its
value the gun's class (``WEAPON_CLASSES``: a pistol or a revolver is a handgun). Two guns joined by
"or" ("either a rifle or a shotgun") are one claim, an early account's doubt, its value both classes.
Not a gun that shoots nothing ("a toy pistol", "an air rifle", "a starting pistol": ``NOT_A_GUN``),
nor a gun's word naming something else ("a handgun licence", "a rifle range", "shotgun shells":
``_NOT_THE_GUN``), nor guns counted ("two rifles": how many were seized is a figure).
"""

from __future__ import annotations

import re

from factcheck.extract.named_context import NamedContext, context_of
from factcheck.extract.registry import ArticleText, extractor
from factcheck.models import Claim, ClaimKind

__all__ = ["WEAPON_CLASSES", "WEAPON_KEY", "weapon_claims"]

WEAPON_KEY = "weapon"
"""The key (and unit) of the claims of this module."""
WEAPON_CLASSES = {
    "rifle": "rifle",
    "shotgun": "shotgun",
    "pistol": "handgun",
    "handgun": "handgun",
    "revolver": "handgun",
}
"""Gun words -> the class of gun: one gun is of one class; a pistol and a revolver are handguns."""
NOT_A_GUN = frozenset("toy air bb pellet water starting stun nail paintball replica imitation fake flare glue".split())
"""Words before a gun's word that make it no firearm ("a starting pistol", "an air rifle")."""

_GUN = "|".join(sorted(WEAPON_CLASSES))
_MOD = r"(?:(?!(?:an?|the|his|her|their|into|in|on|of|with|and|or|to|for|from|at|by)\s)[\w.'’-]+\s+)"
"""A word between a gun's article and its word: no article or preposition ("a shell into the
shotgun" names a shell)."""
_WEAPON = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ee]ither\s+an?)\s+(?P<mods>{_MOD}{{0,3}}?)(?P<gun>{_GUN})(?![\w-])"
)
"""A gun named with an article or a possessive before it."""
_NOT_THE_GUN = re.compile(
    r"['’]?s?\s+(?:shells?|range|club|permits?|licen[cs]es?|owners?|wedding|grips?|rounds?|ammunition|cartridges?"
    r"|case|bag|sling|scope|seat)\b",
    re.IGNORECASE,
)
"""Words after a gun's word that make it name something else ("a handgun licence", "shotgun shells")."""
_OR_ANOTHER = re.compile(rf"\s+or\s+(?:an?\s+)?{_MOD}{{0,3}}?(?P<gun>{_GUN})(?![\w-])")
"""A second gun joined by "or": one gun of either class."""


@extractor("weapons", ClaimKind.PERSON_ROLE)
def weapon_claims(text: ArticleText) -> list[Claim]:
    """The guns an article names (see the module docstring)."""
    if not text.sentences:
        return []
    ctx = context_of(text)
    return [claim for si in range(len(ctx.sentences)) for claim in _sentence_weapons(ctx, si)]


def _sentence_weapons(ctx: NamedContext, si: int) -> list[Claim]:
    sentence = ctx.sentences[si].text
    if not any(gun in sentence for gun in WEAPON_CLASSES):
        return []  # most sentences name no gun
    claims: list[Claim] = []
    taken = 0
    for m in _WEAPON.finditer(sentence):
        if m.start() < taken:
            continue  # the second gun of an "or" already read
        mods = m["mods"].lower().split()
        if any(w.strip(".") in NOT_A_GUN for w in mods) or _NOT_THE_GUN.match(sentence, m.end()):
            continue
        classes = {WEAPON_CLASSES[m["gun"].lower()]}
        end = m.end()
        other = _OR_ANOTHER.match(sentence, end)
        if other is not None and not _NOT_THE_GUN.match(sentence, other.end()):
            classes.add(WEAPON_CLASSES[other["gun"].lower()])
            end = other.end()
        taken = end
        value = " or ".join(sorted(classes))
        claims.append(
            Claim(
                kind=ClaimKind.PERSON_ROLE,
                key=WEAPON_KEY,
                value=None,
                display=sentence[m.start() : end],
                unit=WEAPON_KEY,
                location=ctx.location(si, m.start(), end),
                sentence=sentence,
                surface=sentence[m.start() : end],
                text_value=value,
                subject=WEAPON_KEY,
                people=ctx.participants(si),
            )
        )
    return claims
