"""Judging named claims: group PERSON_ROLE, PLACE, QUOTE and ORGANISATION claims of different
articles and turn the groups into ``Finding`` objects.

People first. Every name the claims carry (title holders, role holders, speakers, participants)
is clustered into identities with ``people.same_person`` (nicknames, initials, accents,
transliteration), blocked by surname so the work stays near-linear; a lone surname joins the one
identity it can mean.

- Titles (``title:`` claims): per person, titles that agree once normalised form a class; a class
  stated by two or more articles is **agree**, two classes one of which narrows the other's
  portfolio are **compatible**. Different titles are different claims (a person holds several
  offices), never a conflict. Forms of address ("President") and past offices ("former", "then")
  are not compared.
- Functional roles (``role:`` claims, one holder per event): the same person in several articles is
  **agree**; two people for the same role are a **conflict** when the events' dates overlap (or
  neither is dated), else **distinct**. A role stated by one article only is **single-source**.
- Event places: claims are clustered into events: same event class (or two shared participants)
  and overlapping dates, and never two claims whose named participants are all different; a claim
  without a date joins the only dated event of its class, or, when no event of its class is
  dated, the other undated claims of that class (a corpus tells one story). Inside an event: the
  same place is **agree**, a place containing the other **compatible**, two places neither of
  which contains the other a **conflict**, except for events that happen in several places at
  once (``MULTI_SITE``: protests, floods, strikes...). Events of one class held in different
  places are reported once as **distinct**, with the dates that separate them. An event only one
  article places is **single-source**.
- Quotes of one person across articles: ``quotes.compare_quotes``; fragments and equal wording
  are **agree**, the same words reordered **compatible**, a passage worded differently a
  **conflict** whose explanation is the word diff.
- Acronyms expanded the same way are **agree**, two different ways a **conflict**; named things
  (models, vessels, operations) of one class: the same designation **agree**, one extending the
  other **compatible**, different designations a **conflict** when each article names only one.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from factcheck import dates
from factcheck.events import ArticleFacts
from factcheck.judge import dedupe, make_finding, normalisations
from factcheck.models import Article, Claim, ClaimKind, Finding, Interval, Severity, Step, Verdict
from factcheck.people import Title, compare_titles, name_tokens, parse_title, preferred_name, same_person
from factcheck.places import fold, relation
from factcheck.quotes import QuoteComparison, compare_quotes, spelling

__all__ = ["PersonIdentity", "judge_named", "parse_scope"]

NAMED_KINDS = frozenset({ClaimKind.PERSON_ROLE, ClaimKind.PLACE, ClaimKind.QUOTE, ClaimKind.ORGANISATION})
_VERDICT_ORDER = {v: i for i, v in enumerate(Verdict)}
MULTI_SITE = frozenset(
    {"attack", "protest", "fire", "flood", "storm", "earthquake", "raid", "strike", "outbreak", "election"}
)
"""Event classes that happen in several places at once: different places are no conflict."""


# ----------------------------------------------------------------------------------------- identity


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
        by_joined: dict[str, list[str]] = defaultdict(list)  # "Irannejad" / "iran-Nejad"
        for k in full:
            by_joined["".join(tokens[k][1:])].append(k)
        blocks.extend(block for block in by_joined.values() if len({len(tokens[k]) for k in block}) > 1)
        long_surnames = [s for s in surnames if len(s) >= 7]
        if len(long_surnames) > 1:
            from rapidfuzz import fuzz, process

            for i, sn in enumerate(long_surnames):
                for other, _score, j in process.extract(
                    sn, long_surnames, scorer=fuzz.ratio, score_cutoff=90, limit=None
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


def _participants(c: Claim, ident: PersonIdentity) -> frozenset[str]:
    return frozenset(ident.id(x[3:]) for x in c.context if x.startswith("@p:"))


# ----------------------------------------------------------------------------------------- helpers


def _arts(claims: Iterable[Claim]) -> set[str]:
    return {c.location.article for c in claims}


def _stated(claims: Sequence[Claim], attr: str = "surface", limit: int = 4) -> str:
    seen: dict[str, None] = {}  # the first ``limit`` values once each, and whether there are more
    for c in claims:
        seen[getattr(c, attr)] = None
        if len(seen) > limit:
            break
    shown = list(seen)
    return ", ".join(repr(v) for v in shown[:limit]) + (" ..." if len(shown) > limit else "")


def _interval(c: Claim) -> Interval | None:
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


# ----------------------------------------------------------------------------------------- entry


def judge_named(
    claims: Sequence[Claim], articles: Sequence[Article], facts: ArticleFacts | None = None
) -> list[Finding]:
    """Findings on the named claims of several articles (see the module docstring)."""
    del articles  # publication dates are already resolved into the claims' scope
    everything = [c for c in claims if c.kind in NAMED_KINDS]
    named = [c for c in everything if c.key not in MENTION_KEYS]
    mentions = [c for c in everything if c.key in MENTION_KEYS]
    names: list[str] = [c.subject for c in mentions if c.key == "person"]
    for c in named:
        if c.kind is ClaimKind.PERSON_ROLE:
            names.append(c.subject if c.key.startswith("title:") else c.display)
        elif c.kind is ClaimKind.QUOTE and c.subject:
            names.append(c.subject)
        names.extend(x[3:] for x in c.context if x.startswith("@p:"))
    ident = PersonIdentity(names)
    findings: list[Finding] = []
    findings += _judge_titles([c for c in named if c.key.startswith("title:")], ident)
    findings += _judge_roles([c for c in named if c.key.startswith("role:")], ident)
    findings += _judge_places([c for c in named if c.kind is ClaimKind.PLACE], ident, facts)
    findings += _judge_quotes([c for c in named if c.kind is ClaimKind.QUOTE], ident)
    findings += _judge_orgs([c for c in named if c.kind is ClaimKind.ORGANISATION])
    findings += _judge_mentions(mentions, ident)
    findings.sort(key=lambda f: (_VERDICT_ORDER[f.verdict], f.kind.value, f.key, f.id))
    return findings


# ----------------------------------------------------------------------------------------- titles


def _judge_titles(claims: list[Claim], ident: PersonIdentity) -> list[Finding]:
    by_person: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.qualifier or "descriptive" not in c.context:
            continue  # past offices and forms of address are not compared
        by_person[ident.id(c.subject)].append(c)
    out: list[Finding] = []
    for pid, items in sorted(by_person.items()):
        if len(_arts(items)) < 2:
            continue
        person = ident.name(pid)
        classes: list[list[Claim]] = []
        for c in sorted(items, key=lambda c: (c.location.article, c.location.start)):
            t = _title_of(c)
            for cls in classes:
                if compare_titles(_title_of(cls[0]), t).verdict == "agree":
                    cls.append(c)
                    break
            else:
                classes.append([c])
        key = f"{person}: title"
        who = ident.explain(c.subject for c in items)
        for cls in classes:
            if len(_arts(cls)) >= 2:
                steps = _compare_steps(cls)
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        ClaimKind.PERSON_ROLE,
                        key,
                        dedupe(cls),
                        f"{len(_arts(cls))} articles agree: {person} is {_common_title(cls)} "
                        f"(stated as {_stated(cls, 'display')})",
                        ("grouped by person: " + person, *who, *steps, *normalisations(cls)),
                    )
                )
        for i, a in enumerate(classes):
            for b in classes[i + 1 :]:
                if _arts(a) == _arts(b) and len(_arts(a)) == 1:
                    continue
                cmp = compare_titles(_title_of(a[0]), _title_of(b[0]))
                if cmp.verdict != "compatible":
                    continue
                wide, narrow = (a, b) if len(_title_of(a[0]).portfolio) < len(_title_of(b[0]).portfolio) else (b, a)
                out.append(
                    make_finding(
                        Verdict.COMPATIBLE,
                        Severity.NONE,
                        ClaimKind.PERSON_ROLE,
                        key,
                        dedupe(a + b),
                        f"{person}: {wide[0].display!r} is a less specific form of {narrow[0].display!r}",
                        ("grouped by person: " + person, *who, *normalisations(a + b)),
                    )
                )
    return out


def _title_of(c: Claim) -> Title:
    """The parsed title of a title claim (from the title text the claim keeps in its context)."""
    return _parsed_title(next((x[len("title=") :] for x in c.context if x.startswith("title=")), c.display))


@functools.lru_cache(maxsize=4096)
def _parsed_title(text: str) -> Title:
    """A title as parsed (titles repeat across a corpus: each distinct text is parsed once)."""
    return parse_title(text) or Title(text, "", (), frozenset(), text, frozenset())


def _compare_steps(cls: list[Claim]) -> tuple[str, ...]:
    out: dict[str, None] = {}  # once each, in the order first seen
    first = _title_of(cls[0])
    for c in cls[1:]:
        for st in compare_titles(first, _title_of(c)).steps:
            out[f"{st.source!r} ~ {st.result!r} ({st.rule})"] = None
    return tuple(out)


def _common_title(cls: list[Claim]) -> str:
    counts = Counter(c.display for c in cls)
    return counts.most_common(1)[0][0]


# ----------------------------------------------------------------------------------------- roles


def _judge_roles(claims: list[Claim], ident: PersonIdentity) -> list[Finding]:
    by_role: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_role[c.key].append(c)
    out: list[Finding] = []
    for _key, items in sorted(by_role.items()):
        role = items[0].subject
        if len(_arts(items)) == 1:
            out.append(
                make_finding(
                    Verdict.SINGLE_SOURCE,
                    Severity.NONE,
                    ClaimKind.PERSON_ROLE,
                    role,
                    dedupe(items),
                    f"only {items[0].location.article} says who is the {role}: {_stated(items, 'display')}",
                    normalisations(items),
                )
            )
            continue
        holders: dict[str, list[Claim]] = defaultdict(list)
        for c in items:
            holders[ident.id(c.display)].append(c)
        for pid, cls in sorted(holders.items()):
            if len(_arts(cls)) >= 2:
                person = ident.name(pid)
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        ClaimKind.PERSON_ROLE,
                        role,
                        dedupe(cls),
                        f"{len(_arts(cls))} articles agree: the {role} is {person} "
                        f"(stated as {_stated(cls, 'display')})",
                        (f"grouped by role: {role}", *ident.explain(c.display for c in cls), *normalisations(cls)),
                    )
                )
        people_ids = sorted(holders)
        if not any(c.unit == "role" and c.qualifier == "side" for c in items):
            continue  # "the delegation" without its side: two of them may lead two delegations
        for i, a in enumerate(people_ids):
            for b in people_ids[i + 1 :]:
                ca, cb = holders[a], holders[b]
                pairs = [(x, y) for x in ca for y in cb if x.location.article != y.location.article]
                if not pairs:
                    continue
                same_event = [(x, y) for x, y in pairs if _same_time(x, y)]
                claims_ab = dedupe(ca + cb)
                names = f"{ident.name(a)} vs {ident.name(b)}"
                if same_event:
                    x, y = same_event[0]
                    when = x.scope_time or y.scope_time or "date not stated"
                    out.append(
                        make_finding(
                            Verdict.CONFLICT,
                            Severity.HIGH,
                            ClaimKind.PERSON_ROLE,
                            role,
                            claims_ab,
                            f"{names} as the {role}: one holder per event, "
                            f"and both are said of the same event ({when})",
                            (f"grouped by role: {role}", *normalisations(claims_ab)),
                        )
                    )
                else:
                    out.append(
                        make_finding(
                            Verdict.DISTINCT,
                            Severity.NONE,
                            ClaimKind.PERSON_ROLE,
                            role,
                            claims_ab,
                            f"{names} as the {role}, but of different events "
                            f"({_stated(ca, 'scope_time')} vs {_stated(cb, 'scope_time')})",
                            (f"grouped by role: {role}",),
                        )
                    )
    return out


def _same_time(x: Claim, y: Claim) -> bool:
    ix, iy = _interval(x), _interval(y)
    if ix is None and iy is None:
        return True
    if ix is None or iy is None:
        return False
    return ix.overlaps(iy)


# ----------------------------------------------------------------------------------------- places


@dataclass
class _Event:
    claims: list[Claim] = field(default_factory=list)
    classes: Counter[str] = field(default_factory=Counter)
    participants: Counter[str] = field(default_factory=Counter)
    intervals: list[Interval] = field(default_factory=list)

    def add(self, c: Claim, parts: frozenset[str]) -> None:
        self.claims.append(c)
        self.classes[c.key] += 1
        self.participants.update(parts)
        iv = _interval(c)
        if iv is not None:
            self.intervals.append(iv)

    @property
    def cls(self) -> str:
        return sorted(self.classes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    @property
    def dated(self) -> bool:
        return bool(self.intervals)

    def when(self) -> str:
        dated = sorted({c.scope_time for c in self.claims if c.scope_time}, key=lambda t: (-len(t), t))
        return dated[0] if dated else "date not stated"


def _compatible_people(parts: frozenset[str], ev: _Event) -> bool:
    """False when both name participants and none is shared: two different meetings."""
    return not parts or not ev.participants or bool(parts & set(ev.participants))


class _Events:
    """Events in the order they were made, indexed by claim class and by participant, so that a
    claim looks only at the events it could join instead of at every event."""

    def __init__(self) -> None:
        self.all: list[_Event] = []
        self._order: dict[int, int] = {}
        self._by_class: dict[str, list[_Event]] = defaultdict(list)
        self._by_person: dict[str, list[_Event]] = defaultdict(list)

    def new(self, c: Claim, parts: frozenset[str]) -> None:
        ev = _Event()
        self._order[id(ev)] = len(self.all)
        self.all.append(ev)
        self.add(ev, c, parts)

    def add(self, ev: _Event, c: Claim, parts: frozenset[str]) -> None:
        if c.key not in ev.classes:
            self._by_class[c.key].append(ev)
        for x in parts:
            if x not in ev.participants:
                self._by_person[x].append(ev)
        ev.add(c, parts)

    def of_class(self, key: str) -> list[_Event]:
        """Events with a claim of class ``key``, in the order they were made."""
        return sorted(self._by_class.get(key, ()), key=lambda e: self._order[id(e)])

    def near(self, key: str, parts: frozenset[str]) -> list[_Event]:
        """Events with a claim of class ``key`` or a participant in ``parts``, in the order made."""
        found = {id(e): e for e in self._by_class.get(key, ())}
        for x in parts:
            found.update((id(e), e) for e in self._by_person.get(x, ()))
        return sorted(found.values(), key=lambda e: self._order[id(e)])


def _cluster_events(claims: list[Claim], ident: PersonIdentity) -> list[_Event]:
    parts = {c.id: _participants(c, ident) for c in claims}
    dated = [c for c in claims if _interval(c) is not None]
    undated = [c for c in claims if _interval(c) is None]
    dated.sort(key=lambda c: (_interval(c).width(), c.location.article, c.location.start))  # type: ignore[union-attr]
    events = _Events()
    for c in dated:
        iv = _interval(c)
        assert iv is not None
        p = parts[c.id]
        fits = [
            e
            for e in events.near(c.key, p)
            if (c.key in e.classes or len(p & set(e.participants)) >= 2)
            and any(iv.overlaps(x) for x in e.intervals)
            and _compatible_people(p, e)
        ]
        if len(fits) > 1:
            best = max(len(p & set(e.participants)) for e in fits)
            fits = [e for e in fits if len(p & set(e.participants)) == best]
        if len(fits) == 1:
            events.add(fits[0], c, p)
        else:
            events.new(c, p)
    undated_events = _Events()
    for c in undated:
        p = parts[c.id]
        of_class = [e for e in events.of_class(c.key) if e.cls == c.key]
        same_class = [e for e in of_class if _compatible_people(p, e)]
        if len(same_class) == 1:
            events.add(same_class[0], c, p)
            continue
        if not of_class:
            # no dated event of this kind: undated claims are one event only when they share a
            # participant; without one, two "conference in X" are as likely two conferences
            home = next((e for e in undated_events.of_class(c.key) if e.cls == c.key and p & set(e.participants)), None)
            if home is not None:
                undated_events.add(home, c, p)
                continue
            undated_events.new(c, p)
            continue
        shared = [e for e in same_class if p & set(e.participants)]
        if len(shared) == 1:
            events.add(shared[0], c, p)
        else:
            events.new(c, p)
    return events.all + undated_events.all


def _leaf(c: Claim) -> str:
    return c.text_value.split("|")[0]


def _chain_ids(c: Claim) -> tuple[str, ...]:
    return tuple(c.text_value.split("|"))


def _judge_places(claims: list[Claim], ident: PersonIdentity, facts: ArticleFacts | None = None) -> list[Finding]:
    out: list[Finding] = []
    events = _cluster_events(claims, ident)
    for ev in events:
        arts = _arts(ev.claims)
        cls = ev.cls
        who = sorted({ident.name(p) for p in ev.participants})
        about = f"{cls} ({ev.when()})"
        reason = f"same {cls}: dates {ev.when()}" + (f", participants {', '.join(who[:4])}" if who else "")
        if len(arts) == 1:
            out.append(
                make_finding(
                    Verdict.SINGLE_SOURCE,
                    Severity.NONE,
                    ClaimKind.PLACE,
                    about,
                    dedupe(ev.claims),
                    f"only {next(iter(arts))} says where the {cls} took place: {_stated(ev.claims, 'display', 2)}",
                    normalisations(ev.claims),
                )
            )
            continue
        places: dict[str, list[Claim]] = defaultdict(list)
        for c in ev.claims:
            places[_leaf(c)].append(c)
        groups = sorted(places.values(), key=lambda g: (g[0].location.article, g[0].location.start))
        for g in groups:
            if len(_arts(g)) >= 2:
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        ClaimKind.PLACE,
                        about,
                        dedupe(g),
                        f"{len(_arts(g))} articles agree: the {cls} took place in {g[0].chain[0]}",
                        (f"grouped by {reason}", *normalisations(g)),
                    )
                )
        for i, a in enumerate(groups):
            for b in groups[i + 1 :]:
                if _arts(a) == _arts(b) and len(_arts(a)) == 1:
                    continue
                rel = relation(_chain_ids(a[0]), _chain_ids(b[0]))
                both = dedupe(a + b)
                pa, pb = a[0].display, b[0].display
                if rel in ("contains", "within"):
                    wide, narrow = (a[0], b[0]) if rel == "contains" else (b[0], a[0])
                    out.append(
                        make_finding(
                            Verdict.COMPATIBLE,
                            Severity.NONE,
                            ClaimKind.PLACE,
                            about,
                            both,
                            f"{wide.chain[0]} contains {narrow.chain[0]} ({narrow.display}): "
                            "they differ only in precision",
                            (f"grouped by {reason}", *normalisations(a + b)),
                        )
                    )
                elif rel == "different" and cls in MULTI_SITE:
                    continue  # protests, floods, strikes happen in several places at once
                elif rel == "different" and not _one_event(a, b, facts):
                    continue  # the articles report two events of one kind
                elif rel == "different":
                    shared = [x for x in _chain_ids(a[0]) if x in _chain_ids(b[0])]
                    common = ""
                    if shared:
                        names_by_id = dict(zip(_chain_ids(a[0]), a[0].chain, strict=False))
                        common = f" (both in {names_by_id.get(shared[0], shared[0])})"
                    severe = a[0].granularity in ("city", "capital", "place") and b[0].granularity in (
                        "city",
                        "capital",
                        "place",
                    )
                    out.append(
                        make_finding(
                            Verdict.CONFLICT,
                            Severity.HIGH if severe else Severity.MEDIUM,
                            ClaimKind.PLACE,
                            about,
                            both,
                            f"{a[0].chain[0]} vs {b[0].chain[0]}{common}: different places for the same {cls}",
                            (f"grouped by {reason}", f"{pa} / {pb}", *normalisations(a + b)),
                        )
                    )
    out.extend(_distinct_events(events, ident))
    return out


def _one_event(a: list[Claim], b: list[Claim], facts: ArticleFacts | None) -> bool:
    """Whether some article of ``a`` and some of ``b`` report the same event (``events``)."""
    if facts is None:
        return True
    return any(
        facts.same_event(x.location.article, y.location.article)
        for x in a
        for y in b
        if x.location.article != y.location.article
    )


def _distinct_events(events: list[_Event], ident: PersonIdentity) -> list[Finding]:
    """Events of one class held in different places: one distinct finding per class."""
    del ident
    out: list[Finding] = []
    by_class: dict[str, list[_Event]] = defaultdict(list)
    for ev in events:
        by_class[ev.cls].append(ev)
    for cls, evs in sorted(by_class.items()):
        # what each pair looks at, worked out once per event (a class may hold hundreds)
        chains = [{_chain_ids(c) for c in ev.claims} for ev in evs]
        arts = [_arts(ev.claims) for ev in evs]
        where = [_where(ev) for ev in evs]
        when = [ev.when() for ev in evs]
        involved: dict[int, None] = {}  # events in the order first involved
        reasons: list[str] = []
        for i, a in enumerate(evs):
            for j in range(i + 1, len(evs)):
                b = evs[j]
                if not _chains_differ(chains[i], chains[j]):
                    continue
                if len(arts[i] | arts[j]) < 2:
                    continue
                involved[i] = involved[j] = None
                reasons.append(f"{where[i]} ({when[i]}) and {where[j]} ({when[j]}): {_why_apart(a, b)}")
        if not involved:
            continue
        order = sorted(involved, key=lambda k: when[k])
        claims = dedupe(c for k in order for c in evs[k].claims)
        summary = " / ".join(
            f"{where[k]} ({when[k]}; {len(arts[k])} article{'s' if len(arts[k]) > 1 else ''})" for k in order
        )
        out.append(
            make_finding(
                Verdict.DISTINCT,
                Severity.NONE,
                ClaimKind.PLACE,
                f"{cls}: different events",
                claims,
                f"different {cls} events, not one held in different places: {summary}",
                tuple(reasons),
            )
        )
    return out


def _chains_differ(chains_a: set[tuple[str, ...]], chains_b: set[tuple[str, ...]]) -> bool:
    return all(relation(x, y) == "different" for x in chains_a for y in chains_b)


def _where(ev: _Event) -> str:
    names = Counter(c.chain[0] for c in ev.claims)
    return "/".join(n for n, _ in names.most_common(3))


def _why_apart(a: _Event, b: _Event) -> str:
    if a.dated and b.dated:
        return "their dates do not overlap"
    return "one is not dated and other events of its kind are, so it cannot be tied to either"


# ----------------------------------------------------------------------------------------- quotes


def _finder(parent: list[int]):  # type: ignore[no-untyped-def]
    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    return find


def _diff_text(cmp: QuoteComparison) -> str:
    if cmp.diff:
        return ", ".join(cmp.diff[:8]) + (" ..." if len(cmp.diff) > 8 else "")
    return f"-{cmp.only_first} +{cmp.only_second}".strip(" +-")


def _candidate_pairs(texts: list[str]) -> set[tuple[int, int]]:
    """Pairs of texts sharing a three-word sequence (an inverted index keeps this near-linear)."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for ti, text in enumerate(texts):
        words = text.split()
        for k in {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}:
            index[k].append(ti)
    pairs: set[tuple[int, int]] = set()
    for ids in index.values():
        for pos, a in enumerate(ids):
            for b in ids[pos + 1 :]:
                pairs.add((a, b))
    return pairs


UNNAMED_SPEAKER = "an unnamed speaker"
"""How a quote's speaker is named when no article of its group names one."""


def _judge_quotes(claims: list[Claim], ident: PersonIdentity) -> list[Finding]:
    """Quotes of one passage across articles. Two quotes are compared when their speakers are the
    same person or when one article does not name the speaker (a quote printed without its
    attribution, or attributed to "a spokesman"): the words then tell whether it is the same
    passage. Quotes of two different named speakers are never compared.

    Quotes with the same words (or one a fragment of the other) form one group, with at most one
    named speaker; two groups of one passage worded differently are one finding holding both
    groups' claims: **conflict** (with the word diff), or **compatible** when only the order of the
    words or the way a number or time is written differs.
    """
    # the same words (syndicated copies) are compared once
    same: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: (c.location.article, c.location.start)):
        speaker = ident.id(c.subject) if c.subject else ""
        same[(speaker, c.text_value)].append(c)
    keys = list(same)
    parent = list(range(len(keys)))
    find = _finder(parent)
    voice = [speaker for speaker, _ in keys]  # per group root: its named speaker, if any
    differ: list[tuple[int, int, QuoteComparison]] = []
    for i, j in sorted(_candidate_pairs([text for _, text in keys])):
        (sa, _), (sb, _) = keys[i], keys[j]
        if sa and sb and sa != sb:
            continue
        a, b = same[keys[i]], same[keys[j]]
        if _arts(a) == _arts(b) and len(_arts(a)) == 1:
            continue
        cmp = compare_quotes(a[0].display, b[0].display)
        if cmp is None:
            continue
        if cmp.verdict != "agree":
            differ.append((i, j, cmp))
            continue
        ri, rj = find(i), find(j)
        if ri != rj and not (voice[ri] and voice[rj] and voice[ri] != voice[rj]):  # one speaker per group
            parent[rj] = ri
            voice[ri] = voice[ri] or voice[rj]
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[find(i)].extend(same[key])
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for i, j, cmp in differ:
        ri, rj = find(i), find(j)
        pair_key = (min(ri, rj), max(ri, rj))
        if ri == rj or pair_key in seen or (voice[ri] and voice[rj] and voice[ri] != voice[rj]):
            continue
        if _arts(groups[ri]) == _arts(groups[rj]) and len(_arts(groups[ri])) == 1:
            continue
        seen.add(pair_key)
        out.append(_differently_worded(same[keys[i]][0], same[keys[j]][0], groups[ri] + groups[rj], cmp, ident))
    for comp in groups.values():
        if len(_arts(comp)) < 2:
            continue
        speaker = _speaker_name(comp, ident)
        named = sorted({ident.id(c.subject) for c in comp if c.subject})
        out.append(
            make_finding(
                Verdict.AGREE,
                Severity.NONE,
                ClaimKind.QUOTE,
                speaker,
                dedupe(comp),
                f"{len(_arts(comp))} articles quote {speaker} with the same words "
                "(or one quotes a fragment of the other)",
                (
                    _grouped_by(named[0] if named else "", "", speaker),
                    *(f"{c.location.article}: {c.display}" for c in dedupe(comp)),
                    *ident.explain(c.subject for c in comp if c.subject),
                ),
            )
        )
    return out


def _differently_worded(
    x: Claim, y: Claim, claims: list[Claim], cmp: QuoteComparison, ident: PersonIdentity
) -> Finding:
    """One passage quoted with other words (conflict) or another word order or notation (compatible);
    ``x`` and ``y`` are the two quotes compared, ``claims`` both groups' quotes."""
    speaker = _speaker_name(claims, ident)
    who = ident.explain(c.subject for c in claims if c.subject)
    grouped = _grouped_by(ident.id(x.subject) if x.subject else "", ident.id(y.subject) if y.subject else "", speaker)
    pair = dedupe(claims)
    first, second = sorted((x, y), key=lambda c: (c.location.article, c.location.start))
    if cmp.verdict == "reorder":
        return make_finding(
            Verdict.COMPATIBLE,
            Severity.NONE,
            ClaimKind.QUOTE,
            speaker,
            pair,
            f"{speaker}: the same words in another order ({first.display!r} / {second.display!r})",
            (f"{grouped}; partial_ratio {cmp.score:.0f}", *who),
        )
    cmp = compare_quotes(first.display, second.display) or cmp
    details = [
        f"{grouped}; rapidfuzz partial_ratio {cmp.score:.0f}",
        f"{first.location.article}: {first.display}",
        f"{second.location.article}: {second.display}",
    ]
    if cmp.only_first:
        details.append(f"only in {first.location.article}: {cmp.only_first}")
    if cmp.only_second:
        details.append(f"only in {second.location.article}: {cmp.only_second}")
    if cmp.verdict == "notation":
        return make_finding(
            Verdict.COMPATIBLE,
            Severity.NONE,
            ClaimKind.QUOTE,
            speaker,
            pair,
            f"{speaker}: the same words, with a number or time written another way: {_diff_text(cmp)}",
            (*details, *who),
        )
    return make_finding(
        Verdict.CONFLICT,
        Severity.MEDIUM,
        ClaimKind.QUOTE,
        speaker,
        pair,
        f"{speaker} quoted with different wording: {_diff_text(cmp)}",
        (*details, *who, *normalisations(pair)),
    )


def _speaker_name(claims: Iterable[Claim], ident: PersonIdentity) -> str:
    """The speaker the articles name (the most often named, then the first), else UNNAMED_SPEAKER."""
    named = Counter(ident.id(c.subject) for c in claims if c.subject)
    if not named:
        return UNNAMED_SPEAKER
    best = max(named.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return ident.name(best)


def _grouped_by(a: str, b: str, speaker: str) -> str:
    """Why two quotes were compared: one speaker, or the words when an article names none."""
    if a and b:
        return f"grouped by speaker {speaker}"
    if a or b:
        return f"grouped by the words quoted: one article names {speaker}, the other no speaker"
    return "grouped by the words quoted (no article names the speaker)"


# ----------------------------------------------------------------------------------------- mentions

MENTION_KEYS = frozenset({"person", "org", "thing", "place"})
"""Keys of ``mentions`` claims: who or what an article names."""
ORG_CUTOFF = 90
"""rapidfuzz ratio at or above which two organisation or place names are one spelled two ways."""


def _judge_mentions(claims: list[Claim], ident: PersonIdentity) -> list[Finding]:
    """Articles naming the same person, organisation, named thing or place agree; the finding
    lists the spellings when they differ. Entities named by one article only give no finding
    (their claims are still in the report's claims)."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.key == "person":
            groups[("person", ident.id(c.subject))].append(c)
    others = [c for c in claims if c.key != "person"]
    for cluster, found in _cluster_names(others).items():
        groups[cluster].extend(found)
    out: list[Finding] = []
    for (key, ident_key), members in sorted(groups.items()):
        arts = _arts(members)
        if len(arts) < 2:
            continue
        members = list(dedupe(members))
        if key in ("org", "thing"):
            out.extend(_spelled_two_ways(key, members))
        name = ident.name(ident_key) if key == "person" else _most_common(c.display for c in members)
        spellings = sorted({c.display for c in members}, key=lambda d: (-len(d), d))
        kind = members[0].kind
        what = {"person": "name", "place": "name the place", "org": "name", "thing": "name"}[key]
        explanation = f"{len(arts)} articles {what} {name}"
        details = [f"grouped by {_WHY_GROUPED[key]}"]
        if len({fold(s) for s in spellings}) > 1:
            explanation += f" (spelled {', '.join(repr(s) for s in spellings[:4])})"
        if key == "person":
            details.extend(ident.explain(c.subject for c in members))
            titles = sorted({c.qualifier for c in members if c.qualifier})
            if titles:
                details.append(f"titles given: {', '.join(titles[:6])}")
        else:
            details.extend(normalisations(members))
        finding = make_finding(
            Verdict.AGREE, Severity.NONE, kind, f"{key}: {name}", tuple(members), explanation, tuple(details)
        )
        out.append(finding)
    out.extend(_place_containment([members for (key, _), members in sorted(groups.items()) if key == "place"]))
    return out


def _spelled_two_ways(key: str, members: list[Claim]) -> list[Finding]:
    """One organisation or named thing spelled two ways by two articles ("Distribution Ltd." /
    "Distributors Ltd."): a conflict, since only one can be its name. Spellings that differ only
    in vowels are transliterations of one foreign name (Salahuddin / Salahaddin), an acronym is
    its expansion, and case, British and American spellings, a plural ending, spaces and
    punctuation are no difference."""
    spelled: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        if not (c.display.isupper() and len(c.display) <= ACRONYM_LENGTH):  # an acronym is its expansion
            spelled[_skeleton(c)].append(c)
    if len(spelled) < 2:
        return []
    classes = sorted(spelled.values(), key=lambda cls: (-len(_arts(cls)), cls[0].display))
    out: list[Finding] = []
    first = classes[0]
    for other in classes[1:]:
        if _arts(first) == _arts(other) and len(_arts(first)) == 1:
            continue
        claims = dedupe(first + other)
        a, b = _most_common(c.display for c in first), _most_common(c.display for c in other)
        out.append(
            make_finding(
                Verdict.CONFLICT,
                Severity.LOW,
                first[0].kind,
                f"{key}: {a}",
                claims,
                f"one name spelled two ways: {a!r} ({len(_arts(first))} articles) vs {b!r} "
                f"({len(_arts(other))} articles)",
                (
                    "grouped by the name (rapidfuzz ratio at least "
                    f"{ORG_CUTOFF}); the spellings differ in more than vowels, case and punctuation",
                ),
            )
        )
    return out


ACRONYM_LENGTH = 6
"""Capitals up to this many letters make an acronym, never a spelling of its expansion."""


def _skeleton(c: Claim) -> str:
    """A name's letters without vowels, plural endings, spaces and punctuation: equal for
    transliterations and for "Marshal Service" / "Marshals Service"."""
    words = [spelling(w).removesuffix("s") for w in re.findall(r"\w+", c.text_value)]
    return _VOWELS.sub("", "".join(words))


def _place_containment(places: list[list[Claim]]) -> list[Finding]:
    """An article that names only a place containing another that other articles name (only
    "Tennessee", where two others say "Nashville, Tennessee") is vaguer: compatible. Only a place
    that more articles name than name only the coarser one is the finer place (a country named as
    a party to a story is no vague location), and only an article naming nothing inside the coarser
    place is the vaguer one."""
    chains = [{c.text_value for c in members} for members in places]
    innermost = [{chain.split("|", 1)[0] for chain in ch} for ch in chains]
    out: list[Finding] = []
    for fine, fine_claims in enumerate(places):
        if len(_arts(fine_claims)) < 2:
            continue
        for coarse, coarse_claims in enumerate(places):
            if coarse == fine:
                continue
            inside = any(set(ch.split("|")[1:]) & innermost[coarse] for ch in chains[fine])
            if not inside:
                continue
            vaguer = sorted(
                a
                for a in _arts(coarse_claims) - _arts(fine_claims)
                if not any(
                    p != coarse
                    and a in _arts(places[p])
                    and any(set(ch.split("|")[1:]) & innermost[coarse] for ch in chains[p])
                    for p in range(len(places))
                )
            )
            if not vaguer or len(vaguer) >= len(_arts(fine_claims)):
                continue  # the finer place is the story's when more articles name it than only the coarser
            claims = dedupe([c for c in coarse_claims if c.location.article in vaguer] + fine_claims)
            coarse_name, fine_name = coarse_claims[0].display, fine_claims[0].display
            out.append(
                make_finding(
                    Verdict.COMPATIBLE,
                    Severity.NONE,
                    ClaimKind.PLACE,
                    f"place: {fine_name}",
                    claims,
                    f"{', '.join(vaguer[:3])}{' ...' if len(vaguer) > 3 else ''} name only {coarse_name}, "
                    f"which contains {fine_name} ({len(_arts(fine_claims))} articles): vaguer, not different",
                    (f"{fine_name}: {', '.join(fine_claims[0].chain)} (gazetteer)",),
                )
            )
    return out


_WHY_GROUPED = {
    "person": "the person's name (nicknames, initials, spelling variants)",
    "org": "the organisation's name (legal suffix and spelling variants folded)",
    "thing": "the name (spelling variants folded)",
    "place": "the place the gazetteer resolves the name to (or its spelling)",
}


def _cluster_names(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Organisations, named things and places grouped by name: the same folded name (a place: the
    same gazetteer place), a spelling variant (rapidfuzz ratio at least ORG_CUTOFF), or an acronym
    and the name it stands for."""
    from rapidfuzz import fuzz

    keyed: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    spelled: dict[tuple[str, str], str] = {}  # key -> a folded name, for spelling variants
    for c in claims:
        if c.key == "place":
            first = c.text_value.split("|", 1)[0]
            key = ("place", first if not first.startswith("A:") else fold(c.display))
            spelled.setdefault(key, fold(c.display))
        else:
            key = ("org", c.text_value)  # named things and organisations share names
            spelled.setdefault(key, c.text_value)
        keyed[key].append(c)
    keys = sorted(keyed)
    parent = {k: k for k in keys}

    def find(k: tuple[str, str]) -> tuple[str, str]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    by_kind: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in keys:
        by_kind[k[0]].append(k)
    for kind, ks in by_kind.items():
        initials = {_initials(spelled[k]): k for k in ks if len(spelled[k].split()) >= 2}
        for i, a in enumerate(ks):
            na = spelled[a]
            if kind == "org" and na.isalpha() and len(na) <= 6:
                full = initials.get(na)
                if full is not None:
                    parent[find(a)] = find(full)
            for b in ks[i + 1 :]:
                nb = spelled[b]
                if na[:1] != nb[:1] or abs(len(na) - len(nb)) > 3:
                    continue  # spelling variants start alike and are about as long
                if len(min(na, nb, key=len)) >= 5 and (fuzz.ratio(na, nb) >= ORG_CUTOFF or _transliterated(na, nb)):
                    parent[find(b)] = find(a)
    out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for k in keys:
        kind = keyed[k][0].key
        root = find(k)
        out[(kind if kind != "thing" else "org", root[1])].extend(keyed[k])
    return {(("thing" if all(c.key == "thing" for c in v) else k[0]), k[1]): v for k, v in out.items()}


TRANSLITERATION_CONSONANTS = 3
"""Consonants two names must have at least before they are spellings of one name differing only in
vowels (Dargahan / Dargehan, Salahuddin / Salahaddin, Zainabieh / Zinabieh)."""
_VOWELS = re.compile(r"[aeiouy\s'-]")


def _transliterated(a: str, b: str) -> bool:
    """Two spellings of one foreign name: the same consonants in the same order, vowels aside."""
    sa, sb = _VOWELS.sub("", a), _VOWELS.sub("", b)
    return sa == sb and len(sa) >= TRANSLITERATION_CONSONANTS and a[:1] == b[:1]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in ("of", "the", "and", "for", "&"))


def _most_common(names: Iterable[str]) -> str:
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], len(n), n))


# ----------------------------------------------------------------------------------------- organisations


def _judge_orgs(claims: list[Claim]) -> list[Finding]:
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_key[c.key].append(c)
    out: list[Finding] = []
    from rapidfuzz import fuzz

    for key, items in sorted(by_key.items()):
        if len(_arts(items)) < 2:
            continue
        classes: list[list[Claim]] = []
        for c in sorted(items, key=lambda c: (c.location.article, c.location.start)):
            for cls in classes:
                if cls[0].text_value == c.text_value or (
                    key.startswith("acronym:") and fuzz.ratio(cls[0].text_value, c.text_value) >= 90
                ):
                    cls.append(c)
                    break
            else:
                classes.append([c])
        label = key.replace("acronym:", "acronym ").replace("model:", "model by ")
        for cls in classes:
            if len(_arts(cls)) >= 2:
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        ClaimKind.ORGANISATION,
                        label,
                        dedupe(cls),
                        f"{len(_arts(cls))} articles agree: {cls[0].display} (stated as {_stated(cls)})",
                        normalisations(cls),
                    )
                )
        for i, a in enumerate(classes):
            for b in classes[i + 1 :]:
                if not (_arts(a) ^ _arts(b)) and len(_arts(a)) == 1:
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
                    len({x.text_value for x in items if x.location.article == art}) > 1 for art in _arts(a + b)
                ):
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
