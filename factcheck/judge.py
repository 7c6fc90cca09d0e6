"""Judging: ``ClaimGroup`` -> ``Finding`` objects with a verdict, a severity and an explanation.

Inside a group (claims about the same thing in the same scope) claims are split into *value
classes*: claims that state the same value once normalised ("more than 100,000" and "100,000"
both state 100,000, and their intervals overlap). Then:

- a class backed by two or more articles is an **agree** finding;
- two classes whose intervals overlap are **compatible** (they differ only in precision or
  granularity: "2023" and "November 2023", "tens of thousands" and "100,000");
- two classes whose intervals are disjoint are a **conflict** when the words around the claims
  show they are about the same thing; claims of reports published on different dates are
  explained as a possible update (earlier value and date, then later value and date);
- groups of one article are **single-source**;
- related groups of different scope (a rate against one year's total) are **distinct**.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from factcheck.match import Matching, similarity
from factcheck.models import Article, Claim, ClaimGroup, ClaimKind, Finding, Severity, Story, Verdict

CONFLICT_LINK = {ClaimKind.QUANTITY: (0.3, 3), ClaimKind.DATE: (0.5, 4)}
"""(similarity, shared words) a pair of claims needs before their disjoint values are a conflict."""


def conflict_candidate(x: Claim, y: Claim) -> bool:
    """Whether two claims with disjoint values are close enough to call it a conflict.

    Dates are strict: different dates in two reports are usually different events, so both must
    name the same event right beside the date ("the summit in November"), share a name, carry no
    open qualifier ("since", "as early as") and have very alike contexts.
    """
    need_score, need_shared = CONFLICT_LINK.get(x.kind, (0.5, 4))
    score, shared = similarity(x, y)
    if score < need_score or shared < need_shared:
        return False
    names_x = {w for w in x.context if w.startswith("@")}
    names_y = {w for w in y.context if w.startswith("@")}
    if x.kind is ClaimKind.DATE:
        if x.key == "event" or x.key != y.key or x.qualifier or y.qualifier:
            return False
        return bool(names_x & names_y)
    # Figures about differently named subjects (two companies' profits) are not one figure.
    return not (names_x and names_y and not names_x & names_y)


VERDICT_ORDER = {v: i for i, v in enumerate(Verdict)}
SEVERITY_ORDER = {s: i for i, s in enumerate(Severity)}


def judge(matching: Matching, articles: Iterable[Article] = ()) -> list[Finding]:
    """All findings of a matching, sorted: conflicts first, then by severity and key. (That
    agreement among syndicated copies counts as one source is noted afterwards: ``Copies``.)"""
    published = {a.name: a.source.published for a in articles}
    findings: list[Finding] = []
    for group in matching.groups:
        findings.extend(judge_group(group, published))
    for rel in matching.related:
        claims = dedupe(rel.a.claims + rel.b.claims)
        findings.append(
            make_finding(
                Verdict.DISTINCT,
                Severity.NONE,
                rel.a.kind,
                rel.a.key,
                claims,
                f"related but not comparable: {rel.reason}",
                (f"{_values(rel.a.claims)} vs {_values(rel.b.claims)}",),
            )
        )
    findings.sort(key=lambda f: (VERDICT_ORDER[f.verdict], SEVERITY_ORDER[f.severity], f.kind.value, f.key, f.id))
    return findings


class Copies:
    """Syndicated copies among the articles, indexed once per run: article name -> its stories."""

    def __init__(self, stories: Iterable[Story] = ()) -> None:
        self.of: dict[str, list[Story]] = {}
        for story in stories:
            for name in story.articles:
                self.of.setdefault(name, []).append(story)

    def note(self, finding: Finding) -> Finding:
        """Say how many independent sources back an agreement when some of its articles are copies."""
        if finding.verdict not in (Verdict.AGREE, Verdict.COMPATIBLE) or not self.of:
            return finding
        arts = set(finding.articles)
        involved = list({id(s): s for a in sorted(arts) for s in self.of.get(a, ())}.values())
        involved = [s for s in involved if len(arts.intersection(s.articles)) >= 2]  # in a stable order
        if not involved:
            return finding
        story = {name: s.articles[0] for s in involved for name in s.articles}
        independent = len({story.get(a, a) for a in arts})
        return replace(
            finding,
            explanation=f"{finding.explanation} [{independent} independent source{'s' if independent != 1 else ''}]",
            details=tuple(s.describe() for s in involved) + finding.details,
        )


def judge_group(group: ClaimGroup, published: dict[str, date | None]) -> list[Finding]:
    if len(group.articles) == 1:
        return [
            make_finding(
                Verdict.SINGLE_SOURCE,
                Severity.NONE,
                group.kind,
                group.key,
                group.claims,
                f"only {next(iter(group.articles))} says {_values(group.claims)}",
            )
        ]
    classes = value_classes(group.claims)
    vague = [c for c in classes if c[0].granularity == "vague"]
    precise = [c for c in classes if c[0].granularity != "vague"] or vague
    if precise is vague:
        vague = []
    cores = _cores(precise)
    out: list[Finding] = []
    for core in cores:
        claims = dedupe(tuple(c for cls in core for c in cls))
        arts = {c.location.article for c in claims}
        if len(arts) < 2:
            continue
        if len(core) == 1:
            out.append(
                make_finding(
                    Verdict.AGREE,
                    Severity.NONE,
                    group.kind,
                    group.key,
                    claims,
                    f"{len(arts)} articles agree: {_agreed_value(core[0])}",
                    (f"grouped by {group.reason}",) + normalisations(claims),
                )
            )
        else:
            out.append(
                make_finding(
                    Verdict.COMPATIBLE,
                    Severity.NONE,
                    group.kind,
                    group.key,
                    claims,
                    f"{len(arts)} articles, values that overlap and differ only in precision: {_class_summary(core)}",
                    (f"grouped by {group.reason}",) + normalisations(claims),
                )
            )
    # Vague values ("tens of thousands") are compared with each core rather than joining it.
    units = [[cls] for cls in vague] + cores
    best = _conflict_pairs(group, units)
    for i, a in enumerate(units):
        for j in range(i + 1, len(units)):
            if (i, j) in best:
                out.append(_conflict(group, a, units[j], best[(i, j)], published))
            elif i < len(vague):
                finding = _vaguer(group, a, units[j])
                if finding is not None:
                    out.append(finding)
    # Claims no cross-article finding took up (different values too unlike to call a conflict)
    # are still listed, as what their article alone says.
    covered = {c.id for f in out for c in f.claims}
    left: dict[str, list[Claim]] = {}
    for c in group.claims:
        if c.id not in covered:
            left.setdefault(c.location.article, []).append(c)
    for article, claims in sorted(left.items()):
        out.append(
            make_finding(
                Verdict.SINGLE_SOURCE,
                Severity.NONE,
                group.kind,
                group.key,
                tuple(claims),
                f"only {article} says {_values(claims)}",
            )
        )
    return out


def _cores(classes: list[list[Claim]]) -> list[list[list[Claim]]]:
    """Connected components of value classes whose intervals overlap.

    A sweep over the classes sorted by their lowest value compares only classes whose spans
    overlap, and skips pairs already joined, so many distinct values do not cost every pair.
    """
    n = len(classes)
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    lows = [min(_lower(c) for c in cls) for cls in classes]
    highs = [max(_upper(c) for c in cls) for cls in classes]
    order = sorted(range(n), key=lambda k: lows[k])
    for pos, i in enumerate(order):
        for j in order[pos + 1 :]:
            if lows[j] > highs[i]:
                break
            if find(i) != find(j) and _classes_overlap(classes[i], classes[j]):
                parent[find(j)] = find(i)
    comps: dict[int, list[list[Claim]]] = {}
    for i in range(n):
        comps.setdefault(find(i), []).append(classes[i])
    return list(comps.values())


def _lower(c: Claim) -> float:
    return -math.inf if c.value is None or c.value.low is None else c.value.low


def _upper(c: Claim) -> float:
    return math.inf if c.value is None or c.value.high is None else c.value.high


def _classes_overlap(a: list[Claim], b: list[Claim]) -> bool:
    return all(x.value is not None and y.value is not None and x.value.overlaps(y.value) for x in a for y in b)


def _class_summary(core: list[list[Claim]]) -> str:
    parts = []
    for cls in sorted(core, key=lambda c: -_width(c)):
        n = len({c.location.article for c in cls})
        parts.append(f"{cls[0].display} ({n} article{'s' if n > 1 else ''})")
    return ", ".join(parts)


def value_classes(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Split claims into classes that state the same value (see module docstring).

    Claims are bucketed by their stated value first, so the cost is linear in the claims.
    """
    classes: list[list[Claim]] = []
    buckets: dict[object, list[list[Claim]]] = {}
    for c in sorted(claims, key=lambda c: (c.location.article, c.location.start)):
        bucket = buckets.setdefault(_value_key(c), [])
        for cls in bucket:
            if _same_value(cls[0], c):
                cls.append(c)
                break
        else:
            bucket.append([c])
            classes.append(bucket[-1])
    return classes


def _value_key(c: Claim) -> object:
    if c.value is None:
        return ("text", c.text_value)
    if c.kind is ClaimKind.DATE:
        return ("date", c.value)
    return ("quantity", c.unit, None if c.stated is None else float(f"{c.stated:.9g}"))


def _same_value(a: Claim, b: Claim) -> bool:
    if a.value is None or b.value is None:
        return a.text_value == b.text_value
    if a.kind is ClaimKind.DATE:
        return a.value == b.value
    if a.stated is None or b.stated is None or a.unit != b.unit:
        return False
    close = abs(a.stated - b.stated) <= 1e-9 * max(abs(a.stated), abs(b.stated), 1.0)
    return close and a.value.overlaps(b.value)


def _conflict_pairs(group: ClaimGroup, units: list[list[list[Claim]]]) -> dict[tuple[int, int], tuple[Claim, Claim]]:
    """For each pair of units (by index) whose values conflict, the most alike pair of claims.

    Candidate pairs come from an inverted index of context words, so a large group costs about
    the pairs that share words rather than every pair: claims need shared words to conflict.
    """
    claims = [(u, c) for u, unit in enumerate(units) for cls in unit for c in cls]
    n = len(claims)
    _, need_shared = CONFLICT_LINK.get(group.kind, (0.5, 4))
    index: dict[str, list[int]] = {}
    for k, (_, c) in enumerate(claims):
        for w in c.context_words:
            index.setdefault(w, []).append(k)
    limit = n if n < 50 else max(20, n // 10)
    unit_of = [u for u, _ in claims]
    shared: dict[int, int] = {}  # x * n + y (x < y: posting lists are in claim order) -> words shared
    get = shared.get
    for ids in index.values():
        if len(ids) > limit:
            continue
        for p, x in enumerate(ids):
            ux, base = unit_of[x], x * n
            for y in ids[p + 1 :]:
                if unit_of[y] != ux:
                    shared[base + y] = get(base + y, 0) + 1
    best: dict[tuple[int, int], tuple[Claim, Claim]] = {}
    score: dict[tuple[int, int], tuple[float, int, int, int]] = {}
    for pair, count in shared.items():
        if count < need_shared:
            continue
        x, y = divmod(pair, n)
        (ux, cx), (uy, cy) = claims[x], claims[y]
        if cx.location.article == cy.location.article or cx.value is None or cy.value is None:
            continue
        if cx.value.overlaps(cy.value) or not conflict_candidate(cx, cy):
            continue
        key = (min(ux, uy), max(ux, uy))
        pair = (cx, cy) if ux < uy else (cy, cx)
        sim, both = similarity(cx, cy)
        rank = (sim, both, -x, -y)  # ties go to the claims listed first, whatever the hash seed
        if key not in best or rank > score[key]:
            best[key], score[key] = pair, rank
    return best


def _vaguer(group: ClaimGroup, a: list[list[Claim]], b: list[list[Claim]]) -> Finding | None:
    """A vague value that overlaps every value of a core is compatible with it."""
    ca = [c for cls in a for c in cls]
    cb = [c for cls in b for c in cls]
    paired = False  # claims of two different articles, every such pair overlapping
    for x in ca:
        for y in cb:
            if x.location.article != y.location.article:
                if not x.value.overlaps(y.value):  # type: ignore[union-attr]
                    return None
                paired = True
    if not paired:
        return None
    claims = dedupe(tuple(ca) + tuple(cb))
    return make_finding(
        Verdict.COMPATIBLE,
        Severity.NONE,
        group.kind,
        group.key,
        claims,
        f"{_values(ca)} is vaguer than {_values(cb)}; they overlap",
        (f"grouped by {group.reason}",) + normalisations(claims),
    )


def _conflict(
    group: ClaimGroup,
    a: list[list[Claim]],
    b: list[list[Claim]],
    pair: tuple[Claim, Claim],
    published: dict[str, date | None],
) -> Finding:
    ca = [c for cls in a for c in cls]
    cb = [c for cls in b for c in cls]
    claims = dedupe(tuple(ca) + tuple(cb))
    x, y = pair
    score, shared = similarity(x, y)
    gap = x.value.gap(y.value)  # type: ignore[union-attr]
    explanation = f"{_values(ca)} vs {_values(cb)}: the values cannot both be true"
    if group.kind is ClaimKind.QUANTITY:
        explanation += f" (gap {gap:.0%})"
    details = [f"grouped by {group.reason}; context similarity {score:.2f} ({shared} shared words)"]
    update = _update_note(x, y, published)
    if update:
        details.insert(0, update)
    return make_finding(
        Verdict.CONFLICT,
        _severity(x, y),
        group.kind,
        group.key,
        claims,
        explanation,
        tuple(details) + normalisations(claims),
    )


def _update_note(x: Claim, y: Claim, published: dict[str, date | None]) -> str:
    dx, dy = published.get(x.location.article), published.get(y.location.article)
    if dx is None or dy is None or dx == dy:
        return ""
    first, second = (x, y) if dx < dy else (y, x)
    d1, d2 = min(dx, dy), max(dx, dy)
    return (
        f"possibly an update: {first.display} ({first.location.article}, {d1.isoformat()}) "
        f"then {second.display} ({second.location.article}, {d2.isoformat()})"
    )


def _severity(x: Claim, y: Claim) -> Severity:
    grains = {x.granularity, y.granularity}
    if (
        "vague" in grains
        or (x.value and x.value.width() == float("inf"))
        or (y.value and y.value.width() == float("inf"))
    ):
        return Severity.LOW
    if grains <= {"exact", "day"}:
        return Severity.HIGH
    return Severity.MEDIUM


def _width(cls: list[Claim]) -> float:
    return max(c.value.width() for c in cls if c.value is not None)


def _values(claims: Iterable[Claim]) -> str:
    """The first three values stated, once each ("..." when there are more)."""
    seen: dict[str, None] = {}
    for c in claims:
        seen[c.display] = None
        if len(seen) > 3:
            break
    shown = list(seen)
    return " / ".join(repr(s) if " " not in s else s for s in shown[:3]) + (" ..." if len(shown) > 3 else "")


def _agreed_value(cls: list[Claim]) -> str:
    displays = sorted({c.display for c in cls}, key=lambda d: (len(d), d))
    if len(displays) == 1:
        return displays[0]
    return f"{displays[0]} (stated as {', '.join(repr(c.surface) for c in cls[:4])})"


def normalisations(claims: Iterable[Claim]) -> tuple[str, ...]:
    """Each claim's normalisation steps as report lines ("article: 'x' -> y (rule)"), once each."""
    out: dict[str, None] = {}  # in the order first seen (a group may hold thousands of claims)
    for c in claims:
        for step in c.steps:
            out[f"{c.location.article}: {step}"] = None
    return tuple(out)


def dedupe(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """The claims once each, in article and position order."""
    seen: dict[str, Claim] = {}
    for c in claims:
        seen.setdefault(c.id, c)
    return tuple(sorted(seen.values(), key=lambda c: (c.location.article, c.location.start)))


def finding_id(verdict: Verdict, kind: ClaimKind, claims: Iterable[Claim]) -> str:
    """Stable id from the claims' content (article, surface text, sentence), never line numbers."""
    h = hashlib.sha256(f"{verdict.value}|{kind.value}".encode())
    for part in sorted(f"{c.location.article}\x00{c.surface}\x00{c.sentence}" for c in claims):
        h.update(b"\x01" + part.encode())
    return "FC-" + h.hexdigest()[:8]


def make_finding(
    verdict: Verdict,
    severity: Severity,
    kind: ClaimKind,
    key: str,
    claims: Sequence[Claim],
    explanation: str,
    details: tuple[str, ...] = (),
) -> Finding:
    claims = tuple(claims)
    return Finding(
        id=finding_id(verdict, kind, claims),
        verdict=verdict,
        severity=severity,
        kind=kind,
        key=key,
        claims=claims,
        explanation=explanation,
        details=details,
    )
