"""Judging named claims: group PERSON_ROLE, PLACE, QUOTE and ORGANISATION claims of different
articles and turn the groups into ``Finding`` objects.

People first: every name the claims carry is clustered into identities (``judge_common``), so that
"Jen Lima" and "Jennifer Lima" hold one title, one role or one voice. Then each kind of claim has
its judge:

- titles, functional roles and charges: ``judge_roles``;
- event places, where a shot struck and where a fire began: ``judge_event_places``;
- quotes: ``judge_quotations``;
- acronyms and designations (models, vessels, operations): ``judge_designations``;
- mentions of people, organisations, named things and places: ``judge_mentions`` (with an
  organisation's two initials given the other way round); one town given
  as another for one slot: ``judge_place_conflicts``; one named thing given two colours:
  ``judge_colours``;
- the kind of gun an attack used: ``judge_weapons``.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.events import ArticleFacts
from factcheck.extract.weapons import WEAPON_KEY
from factcheck.judge import VERDICT_ORDER
from factcheck.judge_colours import colour_findings
from factcheck.judge_common import PersonIdentity
from factcheck.judge_designations import judge_designations
from factcheck.judge_event_places import judge_places, judge_spots
from factcheck.judge_mentions import (
    MENTION_KEYS,
    judge_mentions,
    near_places,
    shorter_lists,
    transposed_initials,
    unnamed_facilities,
)
from factcheck.judge_place_conflicts import place_conflicts
from factcheck.judge_quotations import judge_quotes
from factcheck.judge_roles import (
    holder_conflicts,
    judge_charges,
    judge_roles,
    judge_titles,
    name_conflicts,
    office_conflicts,
    person_named,
    rank_conflicts,
)
from factcheck.judge_weapons import weapon_findings
from factcheck.models import Article, Claim, ClaimKind, Finding

__all__ = ["judge_named"]

NAMED_KINDS = frozenset({ClaimKind.PERSON_ROLE, ClaimKind.PLACE, ClaimKind.QUOTE, ClaimKind.ORGANISATION})


def judge_named(
    claims: Sequence[Claim], articles: Sequence[Article], facts: ArticleFacts | None = None
) -> list[Finding]:
    """Findings on the named claims of several articles (see the module docstring)."""
    # publication dates are already resolved into the claims' scope; the texts show lists of names
    texts = {a.name: a.text for a in articles}
    everything = [c for c in claims if c.kind in NAMED_KINDS]
    named = [c for c in everything if c.key not in MENTION_KEYS]
    mentions = [c for c in everything if c.key in MENTION_KEYS]
    names: list[str] = [c.subject for c in mentions if c.key == "person"]
    names += [n for c in mentions if c.key != "person" and (n := person_named(c)) and n != c.subject]
    for c in named:
        if c.kind is ClaimKind.PERSON_ROLE and c.key not in ("charge", WEAPON_KEY):
            names.append(c.subject if c.key.startswith("title:") else c.display)
        elif c.kind is ClaimKind.QUOTE and c.subject:
            names.append(c.subject)
        names.extend(c.people)
    ident = PersonIdentity(names)
    findings: list[Finding] = []
    titles = [c for c in named if c.key.startswith("title:")]
    findings += judge_titles(titles, ident)
    published = {a.name: a.source.published for a in articles}
    findings += office_conflicts(titles, ident, facts, published)
    findings += holder_conflicts(titles, ident, facts, published, texts)
    findings += rank_conflicts(mentions, ident, facts)
    findings += name_conflicts(mentions, ident, facts, texts)
    findings += place_conflicts(mentions, ident, facts, texts)
    findings += colour_findings(mentions, facts)
    findings += judge_roles([c for c in named if c.key.startswith("role:")], ident)
    findings += judge_charges([c for c in named if c.key == "charge"])
    findings += weapon_findings([c for c in named if c.key == WEAPON_KEY], facts)
    places = [c for c in named if c.kind is ClaimKind.PLACE]
    findings += judge_places([c for c in places if not c.key.startswith("spot:")], ident, facts)
    findings += judge_spots([c for c in places if c.key.startswith("spot:")])
    findings += judge_quotes([c for c in named if c.kind is ClaimKind.QUOTE], ident)
    findings += judge_designations([c for c in named if c.kind is ClaimKind.ORGANISATION], facts)
    findings += judge_mentions(mentions, ident)
    findings += transposed_initials(mentions)
    findings += shorter_lists(mentions, texts)
    findings += near_places(mentions, texts)
    findings += unnamed_facilities(mentions, articles)
    findings.sort(key=lambda f: (VERDICT_ORDER[f.verdict], f.kind.value, f.key, f.id))
    return findings
