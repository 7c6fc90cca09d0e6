"""Judging event places (PLACE claims of ``extract.event_places``).

Claims are clustered into events: same event class (or two shared participants) and overlapping
dates, and never two claims whose named participants are all different; a claim without a date
joins the only dated event of its class, or, when no event of its class is dated, the other
undated claims of that class (a corpus tells one story). Events of one class that each name one
and the same place, naming no one or a shared participant and not dated apart, are then one.
Inside an event: the same place is **agree**, a place containing the other **compatible**, two
places neither of which contains the other a **conflict**, except for events that happen in several
places at once (``MULTI_SITE``: protests, floods, strikes...). Events of one class held in different
places are reported once as **distinct**, with the dates that separate them. An event only one
article places is **single-source**.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from factcheck.events import ArticleFacts
from factcheck.judge import dedupe, make_finding, normalisations
from factcheck.judge_common import PersonIdentity, articles_of, one_event, participants, scope_interval, stated
from factcheck.judge_place_conflicts import CITY, SUBURB_SHARE
from factcheck.models import Claim, ClaimKind, Finding, Interval, Severity, Verdict
from factcheck.places import GUESSED, Place, gazetteer, relation

__all__ = ["MULTI_SITE", "judge_places", "judge_spots"]

MULTI_SITE = frozenset(
    {"attack", "protest", "fire", "flood", "storm", "earthquake", "raid", "strike", "outbreak", "election"}
)
"""Event classes that happen in several places at once: different places are no conflict."""
SHARED_PARTICIPANTS = 2
"""Participants a claim must share with an event of another class to join it (two people meeting
is one event, whether called "talks" or "a meeting"; one person takes part in many events)."""


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
        iv = scope_interval(c)
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
    parts = {c.id: participants(c, ident) for c in claims}
    dated = [c for c in claims if scope_interval(c) is not None]
    undated = [c for c in claims if scope_interval(c) is None]
    dated.sort(key=lambda c: (scope_interval(c).width(), c.location.article, c.location.start))  # type: ignore[union-attr]
    events = _Events()
    for c in dated:
        iv = scope_interval(c)
        assert iv is not None
        p = parts[c.id]
        fits = [
            e
            for e in events.near(c.key, p)
            if (c.key in e.classes or len(p & set(e.participants)) >= SHARED_PARTICIPANTS)
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


def _merge_alike(events: list[_Event]) -> list[_Event]:
    """Events that are one place said alike, merged: each holding claims of one class that all name
    one place, both naming no one or sharing a participant, and not dated apart; an event merges
    only into the one event that may take it, so an undated report is not given to one of two
    dated explosions in the town. Five reports
    of "the explosion in Tartu" that name no one are one explosion whose place they agree on, not
    five explosions each placed by one report. Events holding two places are left as the
    clustering made them, so no merge sets two places against each other."""
    out: list[_Event] = []
    by_place: dict[tuple[str, str], list[_Event]] = defaultdict(list)
    for ev in events:
        leaves = {_leaf(c) for c in ev.claims}
        if len(leaves) != 1 or len(ev.classes) != 1:
            out.append(ev)
            continue
        key = (ev.cls, next(iter(leaves)))
        homes = [h for h in by_place[key] if _may_merge(h, ev)]
        if len(homes) == 1:
            for c in ev.claims:
                homes[0].add(c, frozenset(ev.participants))
        else:
            by_place[key].append(ev)
            out.append(ev)
    return out


def _may_merge(a: _Event, b: _Event) -> bool:
    """Whether two events of one class and place may be one: both name no one or they share a
    participant, and dates that overlap when both are dated (or the same words of a date when
    neither could be placed in time). (Whether their articles report one
    event, ``ArticleFacts.same_event``, is not asked: it keeps apart the undated reports of one
    election in one country, 4 of them on the dev stories.)"""
    pa, pb = set(a.participants), set(b.participants)
    if (pa or pb) and not pa & pb:
        return False
    if a.intervals and b.intervals:
        return any(x.overlaps(y) for x in a.intervals for y in b.intervals)
    # a date no publication date places ("on Monday", "March 9") is still a date: "Monday" and
    # "Thursday" are two fires
    ta, tb = {c.scope_time for c in a.claims} - {""}, {c.scope_time for c in b.claims} - {""}
    return not (ta and tb and not ta & tb)


_LOCAL_KINDS = frozenset({"capital", "city", "place"})


def _may_be_one_place(a: Claim, b: Claim) -> bool:
    """Whether two event places the gazetteer calls different may still be one, because one of
    them is a name the article gave no hint for, resolved by prominence alone (``GUESSED``), and
    another place so named is the other place, is inside it, or may be a district of it (a city
    of its region of at least ``CITY`` inhabitants and ``SUBURB_SHARE`` times as many: the
    gazetteer lists districts as cities with only their region above them). A "Springfield crash"
    in a report of a crash in a borough of one state is that state's Springfield, not another's.
    The gazetteer's own reading is trusted: a meeting in a city and one in a small town beside it
    are two places."""
    return any(_may_hold(x, y) or _may_hold(y, x) for x, y in _guessed_readings(a, b) + _guessed_readings(b, a))


def _guessed_readings(guess: Claim, other: Claim) -> list[tuple[Place, Place]]:
    """Pairs (another place ``guess``'s name may be, ``other``'s place) when ``guess`` was a
    guess. The guess itself is not one of them: it is what the gazetteer already compared."""
    if not any(s.rule.startswith(GUESSED) for s in guess.steps):
        return []
    gaz = gazetteer()
    mine = [p for p in gaz.lookup(other.chain[0]) if p.id == _leaf(other)]
    return [(x, y) for x in gaz.lookup(guess.chain[0]) if x.id != _leaf(guess) for y in mine]


def _may_hold(wide: Place, narrow: Place) -> bool:
    if wide.id == narrow.id or wide.id == narrow.parent:
        return True
    return (
        wide.kind in _LOCAL_KINDS
        and narrow.kind in _LOCAL_KINDS
        and wide.parent == narrow.parent
        and wide.population >= CITY
        and wide.population >= SUBURB_SHARE * narrow.population
    )


def _leaf(c: Claim) -> str:
    return c.text_value.split("|")[0]


def _chain_ids(c: Claim) -> tuple[str, ...]:
    return tuple(c.text_value.split("|"))


def judge_places(claims: list[Claim], ident: PersonIdentity, facts: ArticleFacts | None = None) -> list[Finding]:
    out: list[Finding] = []
    events = _merge_alike(_cluster_events(claims, ident))
    for ev in events:
        arts = articles_of(ev.claims)
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
                    f"only {next(iter(arts))} says where the {cls} took place: {stated(ev.claims, 'display', 2)}",
                    normalisations(ev.claims),
                )
            )
            continue
        places: dict[str, list[Claim]] = defaultdict(list)
        for c in ev.claims:
            places[_leaf(c)].append(c)
        groups = sorted(places.values(), key=lambda g: (g[0].location.article, g[0].location.start))
        for g in groups:
            if len(articles_of(g)) >= 2:
                out.append(
                    make_finding(
                        Verdict.AGREE,
                        Severity.NONE,
                        ClaimKind.PLACE,
                        about,
                        dedupe(g),
                        f"{len(articles_of(g))} articles agree: the {cls} took place in {g[0].chain[0]}",
                        (f"grouped by {reason}", *normalisations(g)),
                    )
                )
        for i, a in enumerate(groups):
            for b in groups[i + 1 :]:
                if articles_of(a) == articles_of(b) and len(articles_of(a)) == 1:
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
                elif rel == "different" and not one_event(a, b, facts):
                    continue  # the articles report two events of one kind
                elif rel == "different" and _may_be_one_place(a[0], b[0]):
                    continue  # a district and its city, or a name read as another place so named
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
        arts = [articles_of(ev.claims) for ev in evs]
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


def judge_spots(claims: list[Claim]) -> list[Finding]:
    """Where a shot struck or a fire began (``spot:`` claims), the same part stated by two or more
    articles: agree. Different parts are never a conflict (several victims, several shots)."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        groups[(c.key, c.text_value)].append(c)
    out: list[Finding] = []
    for (_key, part), cls in sorted(groups.items()):
        n = len(articles_of(cls))
        if n < 2:
            continue
        what = cls[0].subject
        out.append(
            make_finding(
                Verdict.AGREE,
                Severity.NONE,
                ClaimKind.PLACE,
                f"{what}: {part}",
                dedupe(cls),
                f"{n} articles agree on {what}: the {part} (stated as {stated(cls)})",
                (f"grouped by {what}: {part}", *normalisations(cls)),
            )
        )
    return out
