"""Events: whether two articles report the same event, from the facts they share.

A folder may hold reports of two events of one kind (two earthquakes on one island, one boxer's
two title fights): a figure of one is no contradiction of the other's. Two articles report one
event when they share specific facts: the same people, organisations and places named, the same
values of the same things, the same dates, the same quotations. Each shared fact weighs
``log(N / n)`` for N articles in the run (at least ``MIN_ARTICLES``) and n of them stating it, so
that a fact every article of a large run states ("Iran") says little, and a rare one ("Mehdi
Irannejad", "5.6 magnitude") says much.

Measured on the 24 dev stories: the reports of one event that contradict each other share facts
weighing at least ``SAME_EVENT`` in 91% of pairs; articles of two different events of one kind,
put in one folder, in 10% of pairs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from factcheck.models import Claim, ClaimKind
from factcheck.places import fold

__all__ = ["SAME_EVENT", "ArticleFacts", "fact_of"]

SAME_EVENT = 2.0
"""The weight of shared facts from which two articles report the same event (about two facts
that a third of the articles state, or one that only these two do)."""
MIN_ARTICLES = 10
"""Facts are weighed as in a run of at least this many articles: in a run of three, a fact all
three state would weigh nothing and one two state little, and no two reports would ever be one
event."""
MIN_FACTS = 3
"""An article stating fewer facts than this cannot be placed in one event or another: it is taken
to report the event of any article (a one-sentence correction added to a corpus is still checked)."""
SHOWN = 3
"""Shared facts an explanation names."""


def fact_of(claim: Claim) -> tuple[str, ...] | None:
    """The fact a claim states, comparable across articles; None when it states none on its own."""
    if claim.key == "person" and claim.subject:
        return ("person", fold(claim.subject.split()[-1]))
    if claim.key in ("org", "thing", "place"):
        return ("named", claim.text_value.split("|", 1)[0])
    if claim.kind is ClaimKind.QUANTITY:
        value = claim.text_value or (f"{claim.stated:.6g}" if claim.stated is not None else "")
        return ("figure", claim.key, value)
    if claim.kind in (ClaimKind.DATE, ClaimKind.TIME):
        return ("when", claim.kind.value, claim.text_value or str(claim.value))
    if claim.kind is ClaimKind.QUOTE:
        return ("quote", claim.text_value[:60])
    return None


class ArticleFacts:
    """The facts of each article of a run, and how much two articles share."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self.facts: dict[str, set[tuple[str, ...]]] = {}
        self.shown: dict[tuple[str, ...], str] = {}
        for c in claims:
            fact = fact_of(c)
            if fact is not None:
                self.facts.setdefault(c.location.article, set()).add(fact)
                self.shown.setdefault(fact, c.surface)
        self.df: Counter[tuple[str, ...]] = Counter(f for facts in self.facts.values() for f in facts)
        self.n = max(len(self.facts), MIN_ARTICLES)
        self._cache: dict[tuple[str, str], float] = {}

    def weight(self, a: str, b: str) -> float:
        """The weight of the facts articles ``a`` and ``b`` share."""
        key = (a, b) if a <= b else (b, a)
        if key not in self._cache:
            shared = self.facts.get(a, set()) & self.facts.get(b, set())
            self._cache[key] = sum(math.log(self.n / self.df[f]) for f in shared)
        return self._cache[key]

    def same_event(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` report one event: they share facts enough, or one of them states
        too few facts to tell."""
        few = min(len(self.facts.get(a, ())), len(self.facts.get(b, ()))) < MIN_FACTS
        return few or self.weight(a, b) >= SAME_EVENT

    def explain(self, a: str, b: str) -> str:
        """One line: the rarest facts two articles share, and their weight."""
        shared = sorted(self.facts.get(a, set()) & self.facts.get(b, set()), key=lambda f: (self.df[f], f))
        names = ", ".join(repr(self.shown[f]) for f in shared[:SHOWN])
        more = f" and {len(shared) - SHOWN} more" if len(shared) > SHOWN else ""
        if not shared:
            return f"{a} and {b}: one of them states too few facts to tell whether they report one event"
        return f"{a} and {b} report one event: they share {names}{more} (weight {self.weight(a, b):.1f})"
