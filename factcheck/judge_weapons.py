"""The kind of gun an attack used, as each article names it (``extract.weapons``).

Articles naming a gun of one class ("a shotgun", "the sawn-off shotgun") **agree**. An article
naming a gun of either of two classes ("either a rifle or a shotgun", an early account's doubt) is
**compatible** with those naming one of them. A class one article alone (or ``MINORITY`` articles)
names where ``CROWD`` or more others name another ("carried a rifle into the depot" / "with a
shotgun" in four reports) is a **conflict**: one gun, told as another. Only in a story whose every
article names guns of one class at most, doubts aside: an article naming a shotgun and a pistol
tells of two guns, and then no class stands against another; and only when the lone article
reports one event with one of the others (``ArticleFacts.same_event``).
"""

from __future__ import annotations

from collections import defaultdict

from factcheck.events import ArticleFacts
from factcheck.judge import CROWD, MINORITY, dedupe, make_finding, some_articles
from factcheck.judge_common import articles_of, stated
from factcheck.models import Claim, ClaimKind, Finding, Severity, Verdict

__all__ = ["weapon_findings"]

EITHER = " or "
"""What joins the classes of a gun named as one of two (``extract.weapons``)."""


def weapon_findings(claims: list[Claim], facts: ArticleFacts | None = None) -> list[Finding]:
    """Findings on the guns the articles name (see the module docstring)."""
    plain: dict[str, list[Claim]] = defaultdict(list)  # class -> claims naming a gun of it alone
    doubts: list[Claim] = []
    classes_of: dict[str, set[str]] = defaultdict(set)  # article -> classes it names plainly
    for c in claims:
        if EITHER in c.text_value:
            doubts.append(c)
        else:
            plain[c.text_value].append(c)
            classes_of[c.location.article].add(c.text_value)
    out: list[Finding] = []
    for cls, found in sorted(plain.items()):
        if len(articles_of(found)) >= 2:
            out.append(
                make_finding(
                    Verdict.AGREE,
                    Severity.NONE,
                    ClaimKind.PERSON_ROLE,
                    f"weapon: {cls}",
                    dedupe(found),
                    f"{len(articles_of(found))} articles agree: a {cls} (stated as {stated(found)})",
                    ("grouped by the class of gun named",),
                )
            )
    for cls, found in sorted(plain.items()):
        either = [d for d in doubts if cls in d.text_value.split(EITHER)]
        named = [c for c in found if c.location.article not in articles_of(either)]
        if either and named:
            few, many = sorted(articles_of(either)), sorted(articles_of(named))
            out.append(
                make_finding(
                    Verdict.COMPATIBLE,
                    Severity.NONE,
                    ClaimKind.PERSON_ROLE,
                    f"weapon: {cls}",
                    dedupe([*either, *named]),
                    f"{some_articles(few)} {'names' if len(few) == 1 else 'name'} {either[0].display!r}, which "
                    f"{some_articles(many)} {'says' if len(many) == 1 else 'say'} was a {cls}: less precise, "
                    "not different",
                    ("a gun named as one of two classes is either",),
                )
            )
    if any(len(classes) > 1 for classes in classes_of.values()):
        return out  # an article naming two guns: the story has several, no one gun told otherwise
    by_size = sorted(plain.items(), key=lambda kv: (-len(articles_of(kv[1])), kv[0]))
    if len(by_size) < 2:
        return out
    crowd_class, crowd = by_size[0]
    crowd_arts = articles_of(crowd)
    if len(crowd_arts) < max(CROWD, 2 * len(articles_of(by_size[1][1])) + 1):
        return out
    for cls, lone in by_size[1:]:
        lone_arts = articles_of(lone)
        if len(lone_arts) > MINORITY:
            continue
        if facts is not None and not any(facts.same_event(a, b) for a in lone_arts for b in crowd_arts):
            continue
        out.append(
            make_finding(
                Verdict.CONFLICT,
                Severity.MEDIUM,
                ClaimKind.PERSON_ROLE,
                f"weapon: {crowd_class}",
                dedupe([*lone, *crowd]),
                f"only {' and '.join(sorted(lone_arts))} name a {cls}; {len(crowd_arts)} other articles name a "
                f"{crowd_class} ({some_articles(sorted(crowd_arts))}): one gun told as another",
                ("no article names guns of two classes: the story's gun is one",),
            )
        )
    return out
