"""Judging acronyms and designations (ORGANISATION claims of ``extract.designations``).

Acronyms expanded the same way are **agree**, two different ways a **conflict**; named things
(models, vessels, operations) of one class: the same designation **agree**, one extending the other
**compatible**, different designations a **conflict** when each article names only one. Telephone
numbers: the same digits **agree**, two numbers one digit apart a **conflict** (``_phone_slips``).
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.events import ArticleFacts
from factcheck.judge import dedupe, make_finding, normalisations
from factcheck.judge_common import articles_of, one_event, stated
from factcheck.models import Claim, ClaimKind, Finding, Severity, Verdict

__all__ = ["judge_designations"]

EXPANSION_CUTOFF = 90
"""rapidfuzz ratio from which two expansions of one acronym are one expansion written two ways."""


def judge_designations(claims: list[Claim], facts: ArticleFacts | None = None) -> list[Finding]:
    """Findings on acronyms and designations (see the module docstring); with ``facts``, two
    designations conflict only when articles naming them report one event (two warships of two
    operations are two ships, not one named two ways)."""
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_key[c.key].append(c)
    out: list[Finding] = []
    from rapidfuzz import fuzz

    for key, items in sorted(by_key.items()):
        if len(articles_of(items)) < 2:
            continue
        classes: list[list[Claim]] = []
        for c in sorted(items, key=lambda c: (c.location.article, c.location.start)):
            for cls in classes:
                if cls[0].text_value == c.text_value or (
                    key.startswith("acronym:") and fuzz.ratio(cls[0].text_value, c.text_value) >= EXPANSION_CUTOFF
                ):
                    cls.append(c)
                    break
            else:
                classes.append([c])
        label = key.replace("acronym:", "acronym ").replace("model:", "model by ")
        for cls in classes:
            if len(articles_of(cls)) >= 2:
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        ClaimKind.ORGANISATION,
                        label,
                        dedupe(cls),
                        f"{len(articles_of(cls))} articles agree: {cls[0].display} (stated as {stated(cls)})",
                        normalisations(cls),
                    )
                )
        if key == "phone":
            out += _phone_slips(classes, facts)
            continue
        for i, a in enumerate(classes):
            for b in classes[i + 1 :]:
                if not (articles_of(a) ^ articles_of(b)) and len(articles_of(a)) == 1:
                    continue
                va, vb = a[0].text_value, b[0].text_value
                both = dedupe(a + b)
                if not key.startswith("acronym:") and (va.startswith(vb) or vb.startswith(va)):
                    out.append(
                        make_finding(
                            Verdict.COMPATIBLE,
                            Severity.NONE,
                            ClaimKind.ORGANISATION,
                            label,
                            both,
                            f"{a[0].display} / {b[0].display}: one designation extends the other",
                            normalisations(a + b),
                        )
                    )
                    continue
                # different designations conflict only when each article names one of the class
                if not key.startswith("acronym:") and any(
                    len({x.text_value for x in items if x.location.article == art}) > 1 for art in articles_of(a + b)
                ):
                    continue
                if not one_event(a, b, facts) or _two_classes(a, b):
                    continue
                out.append(
                    make_finding(
                        Verdict.CONFLICT,
                        Severity.MEDIUM,
                        ClaimKind.ORGANISATION,
                        label,
                        both,
                        f"{a[0].display} vs {b[0].display}: "
                        + ("one acronym expanded two ways" if key.startswith("acronym:") else "different designations"),
                        normalisations(a + b),
                    )
                )
    return out


GENERIC_VESSELS = frozenset({"ship", "vessel", "boat", "craft"})
"""Vessel nouns that say no class: "the ship Aster" may be "the frigate Aster"."""


def _two_classes(a: list[Claim], b: list[Claim]) -> bool:
    """Whether two designations are named with two different classes of vessel ("the frigate
    Aster" / "the destroyer Corvin"): two ships, not one named two ways (on the dev stories, one
    false conflict fewer once the reports of one story are one event)."""

    def classes(cls: list[Claim]) -> set[str]:
        words = {c.surface.split()[0].lower() for c in cls if c.key == "vessel" and c.surface.split()}
        return words - GENERIC_VESSELS - {c.text_value.split()[0] for c in cls if c.text_value.split()}

    ca, cb = classes(a), classes(b)
    return bool(ca and cb and not ca & cb)


def _phone_slips(classes: list[list[Claim]], facts: ArticleFacts | None) -> list[Finding]:
    """Two telephone numbers one digit apart (one left out, put in or changed), each given by
    articles that do not give the other, in reports of one event: one number printed two ways, a
    **conflict**. Numbers further apart are two numbers (the police's and a hotline's)."""
    from rapidfuzz.distance import Levenshtein

    out: list[Finding] = []
    for i, a in enumerate(classes):
        for b in classes[i + 1 :]:
            va, vb = a[0].text_value, b[0].text_value
            if Levenshtein.distance(va, vb) != 1 or articles_of(a) & articles_of(b) or not one_event(a, b, facts):
                continue
            many, few = (a, b) if len(articles_of(a)) >= len(articles_of(b)) else (b, a)
            n_few, n_many = len(few[0].text_value), len(many[0].text_value)
            how = "a digit left out" if n_few < n_many else "a digit put in" if n_few > n_many else "a digit changed"
            out.append(
                make_finding(
                    Verdict.CONFLICT,
                    Severity.MEDIUM,
                    ClaimKind.ORGANISATION,
                    "telephone number",
                    dedupe(a + b),
                    f"telephone number {few[0].display} ({', '.join(sorted(articles_of(few)))}) vs "
                    f"{many[0].display} ({len(articles_of(many))} articles): {how}",
                    normalisations(a + b),
                )
            )
    return out
