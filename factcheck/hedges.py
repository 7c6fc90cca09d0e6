"""Hedged agreements: a fact one article says only maybe, that others state.

Articles that agree on a figure, a place or a person may not all say it as firmly: "possibly three
hikers were lost" beside "three hikers were lost", "may sail for Port Elm" beside "sailed
to Port Elm", "a woman believed to be his aunt" beside "his aunt". The hedge makes the first
vaguer, not different; so does a bound the value was read without ("until at least Friday"
beside "until Friday"). ``hedged_agreements`` reports such an agreement once more as compatible,
naming the hedge. The agreement stays (the articles do name the same thing).

Two more ways of saying one value with a different precision are found here: figures two
articles alone give of one thing, roughly or as a bound ("about six hours" / "nearly six hours",
"a dozen towns" / "more than a dozen other towns": ``near_figures``), and a year or decade
some articles give as the start of a span ("the 1960s and 1970s": ``widened_spans``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from factcheck.judge import dedupe, make_finding
from factcheck.judge_common import articles_of
from factcheck.models import Claim, ClaimKind, Finding, Severity, Verdict

__all__ = ["bounded", "hedged", "hedged_agreements", "near_figures", "widened_spans"]

_MODAL = re.compile(
    r"(?:\b(?:possibly|probably|perhaps|maybe|likely)(?: (?:at|in|on|to|from|near|for))?"
    r"|\b(?:believed|thought|said) to be) (?:the |a |an )?\Z"
)
"""A hedge right before what it hedges, or before the preposition that places it ("possibly two",
"probably at Port Elm", "believed to be"). A modal word before a verb hedges the doing ("might
miss the final", "likely to upset viewers"), not the thing named after it; words saying who
reports it ("reportedly", "allegedly") are no hedge on the fact: a report of a charge states the
charge."""
_IDENTITY = re.compile(r"\b(?:believed|thought|said) to be \Z")
"""A hedge right before a person's name: who someone is, said only maybe ("a man believed to be
Jo Lima's brother"). "Perhaps Jo Lima" names someone as an example as often as it doubts who."""
_BOUND = re.compile(r"\b(?:at least|at most|more than|fewer than|less than|up to) \Z")
"""A bound right before a value the agreement holds without it ("until at least Friday" beside
"until Friday"): the extractor kept the value and left the bound, so the two agree; the bound
makes the first vaguer (docs/gold-format.md: "more than 100,000" vs "100,000" is compatible)."""
_BOUND_START = re.compile(r"(?:at least|at most|more than|fewer than|less than|up to) ", re.I)
_WIDTH = 48


def hedged(c: Claim) -> str | None:
    """The words hedging a claim ("possibly", "may sail for"), or None when it is stated."""
    i = c.sentence.find(c.surface)
    if i < 0:
        return None
    before = c.sentence[max(0, i - _WIDTH) : i]
    m = (_IDENTITY if c.kind is ClaimKind.PERSON_ROLE else _MODAL).search(before)
    return m.group(0).strip() if m else None


def bounded(c: Claim) -> str | None:
    """The bound on a number or date that the claim's value is held without ("at least"), or None."""
    if c.kind not in (ClaimKind.QUANTITY, ClaimKind.DATE, ClaimKind.TIME):
        return None
    i = c.sentence.find(c.surface)
    m = _BOUND.search(c.sentence[max(0, i - _WIDTH) : i]) if i >= 0 else None
    m = m or _BOUND_START.match(c.surface)
    return m.group(0).strip().lower() if m else None


_POSSESSIVE = re.compile(r"['’]s [a-z]+")


def _what(c: Claim) -> str:
    """What is hedged: the claim's words, with the noun a possessive name qualifies ("Jo Lima's
    brother")."""
    i = c.sentence.find(c.surface)
    m = _POSSESSIVE.match(c.sentence, i + len(c.surface)) if i >= 0 else None
    return c.surface + (m.group(0) if m else "")


def _some(articles: set[str], one: str = "says", many: str = "say") -> str:
    """Up to three of ``articles`` and the verb they take: ``one`` after one article, ``many``
    after several ("a.txt says"; "a.txt, b.txt name" with ``one="names", many="name"``)."""
    arts = sorted(articles)
    return ", ".join(arts[:3]) + (" ..." if len(arts) > 3 else "") + f" {one if len(arts) == 1 else many}"


def _beside_agreements(
    findings: Sequence[Finding],
    mark: Callable[[Claim], str | None],
    says: Callable[[set[str], Claim, str, set[str], Claim], str],
    kind: ClaimKind | None = None,
) -> list[Finding]:
    """One compatible finding for each agreement (of ``kind``, or any) in which some articles say
    the thing marked (``mark``: the words that mark a claim, or None) and others only plainly:
    ``says(marking articles, a marked claim, its mark, plain articles, a plain claim)`` explains it.
    The agreement stays."""
    out: list[Finding] = []
    for f in findings:
        if f.verdict is not Verdict.AGREE or (kind is not None and f.kind is not kind):
            continue
        marked = [(c, m) for c in f.claims if (m := mark(c)) is not None]
        if not marked:
            continue
        marking = articles_of(c for c, _ in marked)
        plain = [c for c in f.claims if c.location.article not in marking]
        if not plain:
            continue
        c, m = marked[0]
        out.append(
            make_finding(
                Verdict.COMPATIBLE,
                Severity.NONE,
                f.kind,
                f.key,
                dedupe([x for x, _ in marked] + plain),
                says(marking, c, m, articles_of(plain), plain[0]),
                (f"{c.sentence[:80]!r} / {plain[0].sentence[:80]!r}", f"the agreement: {f.explanation[:80]}"),
            )
        )
    return out


def hedged_agreements(findings: Sequence[Finding]) -> list[Finding]:
    """One compatible finding for each agreement in which some articles hedge what the others state
    (only an article that never hedges it states it)."""
    return _beside_agreements(
        findings,
        lambda c: hedged(c) or bounded(c),
        lambda hedging, c, h, stating, _: (
            f"{_some(hedging)} {h} {_what(c)!r}, {_some(stating)} it outright: "
            f"{'a bound' if _BOUND_START.match(h + ' ') else 'hedged'}, not different"
        ),
    )


_ROUGHLY = frozenset(
    {"about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "an estimated"}
)
"""Qualifiers that give a figure as near a round value, not exactly ("about ten hours", "nearly
ten hours")."""


def _near(a: Claim, b: Claim) -> str | None:
    """Why two lone figures of one counted thing are one figure told with different precision, or
    None: the same number, given roughly in two ways ("about ten hours" / "nearly ten hours")
    or once as a bound ("more than 40 homes" / "40 homes"); or a whole number, unqualified, that
    the other figure, a decimal, was cut to ("63 percent" / "63.4 percent")."""
    if a.stated is None or b.stated is None or a.value is None or b.value is None:
        return None
    qa, qb = a.qualifier.lower(), b.qualifier.lower()
    if a.stated == b.stated and qa != qb and "exactly" not in (qa, qb):
        if qa in _ROUGHLY and qb in _ROUGHLY:
            return "the same round figure, each given only roughly" if a.value.overlaps(b.value) else None
        if "range" in (a.granularity, b.granularity):
            return None  # "between 20 and 25" is stated as its low end
        if (qa in BOUND_QUALIFIERS or qb in BOUND_QUALIFIERS) and ("" in (qa, qb) or a.value.overlaps(b.value)):
            return "the same figure, given as a bound"  # not "nearly 300" / "more than 300"
        return None
    if qa or qb:
        return None
    whole, part = (a, b) if float(a.stated).is_integer() else (b, a)
    if not float(whole.stated).is_integer() or float(part.stated).is_integer():  # type: ignore[arg-type]
        return None
    # from 10 up: cutting 1.5 to 1 loses a third of it, cutting 20.6 to 20 a thirtieth
    if int(part.stated) == int(whole.stated) and whole.stated >= 10:  # type: ignore[arg-type, operator]
        return f"{part.surface!r} cut to a whole number"
    return None


BOUND_QUALIFIERS = frozenset({"more than", "at least", "less than", "at most", "up to"})
"""Qualifiers that make a figure a bound on the number ("more than 40 homes")."""


def _base_key(key: str) -> str:
    """The counted thing without a word making it the rest of it ("other towns": towns), so that
    "more than a dozen other towns" is set beside "a dozen towns"."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in _REST else key


_REST = frozenset({"other", "more", "additional", "further", "extra", "another"})


def near_figures(findings: Sequence[Finding]) -> list[Finding]:
    """One compatible finding for each pair of figures that two articles alone give of one counted
    thing (same key, unit and time scope), told with different precision (``_near``): the judge
    leaves them apart when the words around them differ (a general key such as ``duration``) or
    when their values, read exactly, are disjoint. Only when no other pair of the two articles' lone
    figures of that thing is so near, so that which goes with which is clear."""
    lone: dict[tuple[str, str, str], list[Claim]] = {}
    for f in findings:
        if f.verdict is not Verdict.SINGLE_SOURCE or f.kind is not ClaimKind.QUANTITY:
            continue
        for c in f.claims:
            lone.setdefault((_base_key(f.key), c.unit, c.scope_time), []).append(c)
    out: list[Finding] = []
    for (key, _, _), claims in sorted(lone.items()):
        per_article: dict[str, list[Claim]] = {}
        for c in claims:
            per_article.setdefault(c.location.article, []).append(c)
        for x, y in itertools.combinations(sorted(per_article), 2):
            pairs = [(a, b, why) for a in per_article[x] for b in per_article[y] if (why := _near(a, b))]
            if len(pairs) != 1:
                continue  # none, or more than one reading of which figure goes with which
            a, b, why = pairs[0]
            out.append(
                make_finding(
                    Verdict.COMPATIBLE,
                    Severity.NONE,
                    ClaimKind.QUANTITY,
                    key,
                    (a, b),
                    f"{a.location.article} says {a.surface!r}, {b.location.article} {b.surface!r}: {why}",
                    (f"{a.sentence[:80]!r} / {b.sentence[:80]!r}",),
                )
            )
    return out


_AND_MORE = re.compile(r"(?:'s|s)?\s+(?:and|or|through|to|until)\s+(?:the\s+)?(?:early\s+|late\s+)?(\d{4}s?|'\d0s)\b")
"""A second year or decade right after a date ("the 1960s and 1970s", "2010 and 2011")."""


def widened_spans(findings: Sequence[Finding]) -> list[Finding]:
    """One compatible finding for each agreement on a year or decade in which some articles give it
    as the start of a longer span ("the 1960s and 1970s") and others alone: the others name part of
    what the first say, not a different time."""
    return _beside_agreements(
        findings,
        _span_after,
        lambda widening, _, span, alone, plain: (
            f"{_some(widening)} {span!r}, {_some(alone)} {plain.surface!r} alone: "
            "part of the span, not a different time"
        ),
        ClaimKind.DATE,
    )


def _span_after(c: Claim) -> str | None:
    """The span a date starts ("the 1960s and 1970s"), as written, or None."""
    i = c.sentence.find(c.surface)
    m = _AND_MORE.match(c.sentence, i + len(c.surface)) if i >= 0 else None
    return c.sentence[i : m.end()] if m else None
