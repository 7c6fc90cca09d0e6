"""What the judges of named claims share: who is who (``PersonIdentity``), and small readings of
claims.

Every name the claims carry (title holders, role holders, speakers, participants) is clustered into
identities with ``people.same_person`` (nicknames, initials, accents, transliteration), blocked by
surname so the work stays near-linear; a lone surname joins the one identity it can mean.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from factcheck import dates
from factcheck.events import ArticleFacts
from factcheck.models import Claim, Interval, Step
from factcheck.people import name_tokens, preferred_name, same_person
from factcheck.places import fold

__all__ = [
    "SENTENCE_DATELINE",
    "PersonIdentity",
    "articles_of",
    "parse_scope",
    "participants",
    "scope_interval",
    "stated",
    "text_after",
]

SENTENCE_DATELINE = re.compile(r"\A[A-Z][A-Z.'’ -]+,[^\n]{0,100}?(?:--|—|–)\s*")
"""A dateline opening a sentence ("SALEM, Ore., May 12, 2025 (AP) --"): what follows is the report's
first sentence, and its year is the report's."""


def text_after(c: Claim, width: int | None = None) -> str:
    """The sentence's text right after a claim (``width`` characters of it, or all), "" when the
    claim's words are not in its sentence."""
    at = c.sentence.find(c.surface)
    if at < 0:
        return ""
    end = at + len(c.surface)
    return c.sentence[end:] if width is None else c.sentence[end : end + width]


FUZZY_SURNAME_LENGTH = 7
"""Surnames at least this long are also compared with other surnames spelled alike (a name this long
spelled two ways is still one name; shorter surnames spelled alike are often different names)."""
FUZZY_SURNAME_CUTOFF = 90
"""rapidfuzz ratio from which two long surnames may belong to one person (then ``same_person``
decides)."""


class PersonIdentity:
    """Clusters person names (as written, any case) into identities."""

    def __init__(self, names: Iterable[str]) -> None:
        display: dict[str, list[str]] = defaultdict(list)
        for n in names:
            key = fold(n)
            if key and n not in display[key]:
                display[key].append(n)
        self.display = display
        keys = sorted(display)
        tokens = {k: name_tokens(k) for k in keys}
        full = [k for k in keys if len(tokens[k]) >= 2]
        parent = {k: k for k in keys}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        self.steps: dict[str, list[Step]] = defaultdict(list)
        by_surname: dict[str, list[str]] = defaultdict(list)
        by_given: dict[str, list[str]] = defaultdict(list)
        for k in full:
            by_surname[tokens[k][-1]].append(k)
            by_given[tokens[k][0]].append(k)
        surnames = sorted(by_surname)
        blocks: list[list[str]] = [by_surname[s] for s in surnames]
        by_joined: dict[str, list[str]] = defaultdict(list)  # "Rahimzadeh" / "rahim-Zadeh"
        for k in full:
            by_joined["".join(tokens[k][1:])].append(k)
        blocks.extend(block for block in by_joined.values() if len({len(tokens[k]) for k in block}) > 1)
        long_surnames = [s for s in surnames if len(s) >= FUZZY_SURNAME_LENGTH]
        if len(long_surnames) > 1:
            from rapidfuzz import fuzz, process

            for i, sn in enumerate(long_surnames):
                for other, _score, j in process.extract(
                    sn, long_surnames, scorer=fuzz.ratio, score_cutoff=FUZZY_SURNAME_CUTOFF, limit=None
                ):
                    if j > i:
                        blocks.append(by_surname[sn] + by_surname[other])
        # tails: "lopez obrador" within "andres manuel lopez obrador" share the last token already
        for block in blocks:
            for i, a in enumerate(block):
                for b in block[i + 1 :]:
                    if find(a) == find(b):
                        continue
                    match = same_person(self.display[a][0], self.display[b][0])
                    if match.same:
                        parent[find(b)] = find(a)
                        self.steps[a].extend(match.steps)
                        self.steps[b].extend(match.steps)
        # lone names join the only identity they can mean
        for k in keys:
            toks = tokens[k]
            if len(toks) != 1:
                continue
            roots = {find(f) for f in by_surname.get(toks[0], ())}
            if not roots:
                roots = {find(f) for f in by_given.get(toks[0], ())}
            if len(roots) == 1:
                parent[k] = roots.pop()
        self._find = find
        members: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            members[find(k)].append(k)
        self.members = members

    def id(self, name: str) -> str:
        key = fold(name)
        return self._find(key) if key in self.display else key

    def name(self, pid: str) -> str:
        forms = [d for k in self.members.get(pid, [pid]) for d in self.display.get(k, [k])]
        return preferred_name(forms) if forms else pid

    def explain(self, names: Iterable[str]) -> tuple[str, ...]:
        """Lines saying why differently written names are one person."""
        out: dict[str, None] = {}  # once each, in the order first seen
        for n in names:
            for st in self.steps.get(fold(n), ()):
                out[f"{st.source!r} = {st.result!r} ({st.rule})"] = None
        return tuple(out)


def participants(c: Claim, ident: PersonIdentity) -> frozenset[str]:
    return frozenset(ident.id(p) for p in c.people)


def articles_of(claims: Iterable[Claim]) -> set[str]:
    return {c.location.article for c in claims}


def arts_named(claims: Iterable[Claim]) -> str:
    """The first three (sorted) articles of some claims, then how many more ("a.txt, b.txt, c.txt
    and 2 more")."""
    arts = sorted(articles_of(claims))
    return ", ".join(arts[:3]) + (f" and {len(arts) - 3} more" if len(arts) > 3 else "")


def stated(claims: Sequence[Claim], attr: str = "surface", limit: int = 4) -> str:
    seen: dict[str, None] = {}  # the first ``limit`` values once each, and whether there are more
    for c in claims:
        seen[getattr(c, attr)] = None
        if len(seen) > limit:
            break
    shown = list(seen)
    return ", ".join(repr(v) for v in shown[:limit]) + (" ..." if len(shown) > limit else "")


def scope_interval(c: Claim) -> Interval | None:
    return parse_scope(c.scope_time)


def parse_scope(text: str) -> Interval | None:
    """The day interval of a date display written by ``dates`` (``2024-01-30``, ``2023-11``,
    ``2023``, ``2024-W05``, ``2010s``, ``a/b``); None when empty or unreadable."""
    text = text.strip()
    if not text:
        return None
    if "/" in text:
        lo_s, hi_s = text.split("/", 1)
        lo, hi = parse_scope(lo_s), parse_scope(hi_s)
        if lo is None or hi is None:
            return None
        return Interval(lo.low, hi.high)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dates.day_interval(date.fromisoformat(text))
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dates.month_interval(int(text[:4]), int(text[5:]))
        if re.fullmatch(r"\d{4}", text):
            return dates.year_interval(int(text))
        if re.fullmatch(r"\d{4}s", text):
            return dates.year_interval(int(text[:4]), int(text[:4]) + 9)
        m = re.fullmatch(r"(\d{4})-W(\d{2})", text)
        if m:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return dates.day_interval(monday, date.fromordinal(monday.toordinal() + 6))
    except ValueError:
        return None
    return None


def one_event(a: list[Claim], b: list[Claim], facts: ArticleFacts | None) -> bool:
    """Whether some article of ``a`` and some of ``b`` report the same event (``events``); True
    without ``facts``."""
    if facts is None:
        return True
    return any(
        facts.same_event(x.location.article, y.location.article)
        for x in a
        for y in b
        if x.location.article != y.location.article
    )
