"""PLACE claims: where an event happened.

An event is an event word of the sentence (``named_context``); its place is "in/at/near X" a few
words after it, "to X" after a travel verb, or a place name right before the event noun ("the
Greystone summit"). Places resolve through ``places.PlaceResolver``; pairs the article states
("Springfield, Illinois", "the Greystone summit in Oregon") give containment the gazetteer may
lack. ``key`` = event class, ``text_value`` = the place's id chain, ``chain`` = its names,
``scope_time`` = the event date (the nearest date in the sentence, else the date of the article's
first dated event of the same class, noted as a step), ``people`` = the people named in the
sentence (participants), folded.

Spots: where on a body a shot struck ("shot her in the left shoulder": ``key`` = ``spot:wound``) and
where in a building a fire began ("broke out in the attic": ``key`` = ``spot:fire``); ``text_value``
= the part named (its side or level kept, "area" dropped), ``display`` = the phrase.
"""

from __future__ import annotations

import re

from factcheck import dates
from factcheck.extract.mentions import ORG_WORDS, PLACE_WORDS
from factcheck.extract.name_tokens import index_of
from factcheck.extract.named_context import (
    NO_PLACE_NOUNS,
    Event,
    NamedContext,
    context_of,
    event_class,
    in_text_order,
    lead_dates,
)
from factcheck.extract.persons import MONTHS, WEEKDAYS
from factcheck.extract.registry import ArticleText, extractor
from factcheck.models import Claim, ClaimKind, Step
from factcheck.places import COMPASS_WORDS, PlaceResolver, Resolved, country_of, fold
from factcheck.words import STOPWORDS

__all__ = ["BODY_PARTS", "BUILDING_PARTS", "place_claims"]

EVENT_VERBS = frozenset("met meet meets crashed attacked exploded sank derailed landed".split())
"""Event words that are verbs: no place name stands before them as a modifier."""
PRENOMINAL_DETERMINERS = frozenset("the a an this that last next first second".split())
"""Words before "<Place> <event noun>" ("the Greystone summit"): a name after them modifies the noun."""
HELD_VERBS = re.compile(
    r"\b(?:was|were|is|are|will be|being|be|been)\s+held\b|\btook place\b|\btakes place\b|\bwill take place\b"
)
"""Verbs saying where an event was held: a place phrase after one is the event's even when another
place phrase stands between ("the summit in Asia was held in Bali")."""
PLACE_REACH = 10
"""Words between an event word and the place phrase after it ("met on Tuesday in Lima"), at most,
within one clause."""
DESTINATION_REACH = 1
"""Words between a travel verb and "to X", at most ("travelled to", "flew back to")."""


@extractor("event-places", ClaimKind.PLACE)
def place_claims(text: ArticleText) -> list[Claim]:
    """Where an event took place: a meeting, a summit, a crash, a traveller's destination."""
    if not text.sentences:
        return []
    ctx = context_of(text)
    return in_text_order(_place_claims(ctx) + _spot_claims(ctx))


BODY_PARTS = frozenset(
    """head face neck throat chest back stomach abdomen midsection torso hip hips shoulder shoulders arm
    arms leg legs thigh thighs knee knees foot feet hand hands wrist groin buttocks side spine jaw eye
    heart lung lungs""".split()
)
"""Where on a body a shot or blow lands."""
BUILDING_PARTS = frozenset(
    """roof attic basement cellar kitchen entrance lobby garage loft stairwell staircase ceiling
    """.split()
)
"""Where in a building a fire starts."""
_SIDE = r"(?:(?:upper|lower|left|right|front|back)\s+)?"
_WOUND = re.compile(
    r"\b(?:shot|shooting|hit|hitting|struck|striking|wounded|wounding|stabbed|stabbing)\s+"
    r"(?:[A-Za-z’'-]+\s+){0,2}?in\s+(?:the|his|her|their)\s+"
    rf"(?P<part>{_SIDE}(?:{'|'.join(sorted(BODY_PARTS))}))(?P<area>\s+area)?\b"
)
_FIRE_START = re.compile(
    r"\b(?:broke\s+out|began|started|erupted|was\s+(?:set|lit|started))\s+(?:on|in|at)\s+the\s+"
    rf"(?P<part>{_SIDE}(?:{'|'.join(sorted(BUILDING_PARTS))}))\b"
)


def _spot_claims(ctx: NamedContext) -> list[Claim]:
    """ "shot in the thigh", "the fire broke out in the basement": where on a body, where in a building."""
    claims: list[Claim] = []
    for si, s in enumerate(ctx.sentences):
        text = s.text
        found = [("wound", m) for m in _WOUND.finditer(text)]
        if "fire" in text or "blaze" in text or "flames" in text:
            found += [("fire", m) for m in _FIRE_START.finditer(text)]
        for what, m in found:
            part = " ".join(m["part"].lower().split())
            steps = (Step(m["area"].strip(), "", "'area' dropped"),) if m.groupdict().get("area") else ()
            claims.append(
                Claim(
                    kind=ClaimKind.PLACE,
                    key=f"spot:{what}",
                    value=None,
                    display=m.group(),
                    unit="spot",
                    location=ctx.location(si, m.start(), m.end()),
                    sentence=text,
                    surface=m.group(),
                    steps=steps,
                    text_value=part,
                    subject="where the shot struck" if what == "wound" else "where the fire began",
                )
            )
    return claims


_PLACE_PREP = re.compile(
    r"\b(?P<prep>in|at|near|outside|to)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,3})"
)
"""A place phrase: capitalised words, with "of (the)" between them ("in the Gulf of Oman")."""
_OF_HEADS = PLACE_WORDS | ORG_WORDS | frozenset({"republic", "kingdom", "isle", "isles", "cape"})
"""Words a name goes on from with "of" ("the Gulf of Oman", "the Republic of Ireland", "the Bank of
England"): the word alone, found in the gazetteer, is another place ("Republic", Missouri)."""
_WIDE_KINDS = frozenset({"region", "country"})
"""Places whose name a firm's may open without being where it is ("Western Cape Bank", "Texas
Instruments"); a town's name opening one ("Tartu Bible Church") is where it stands."""
COMPANY_WORDS = frozenset(
    """bank bancorp company co co. corp corp. corporation inc inc. ltd ltd. limited plc llc group holdings
    airline airlines airways motors industries enterprises partners insurance energy instruments""".split()
)
"""Words closing a firm's name: a firm named after a region may be anywhere."""
_CLAUSE_BREAK = re.compile(
    r"[;:—“”\"()]|\b(?:which|who|where|while|because|after|before|but"
    r"|follows?|followed|following|precedes?|preceded|preceding)\b"
)
"""What ends the phrase an event word is in: a place phrase after it is another's. "Follows" and
"preceded" are "after" and "before" as verbs: "Monday's stabbing follows two last month in car
parks in Lisbon" places the two earlier stabbings, not Monday's."""
_INTRODUCTORY = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ff]ollowing|[Uu]ntil|[Ww]hen|[Ww]hile|[Dd]uring)\b")
"""Words opening a phrase that only dates the main clause: "About an hour after the robbery,
detectives got a call from a cyclist in Ghent" places the cyclist, not the robbery; the
comma that closes such a phrase ends what the event word can govern."""
_PAIR = re.compile(
    r"(?P<a>[A-Z](?<!\w[A-Z])[\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+(?P<b>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\b"
)
"""Two capitalised names separated by a comma; the word boundary before the first is tested after
its capital, so that the search skips to capitals (`places.PlaceResolver._CAP_RUN`)."""
_COMMA_CAPITAL = re.compile(r",\s+[A-Z]")
"""What every match of `_PAIR` holds; most sentences have none."""


def _place_ok(name: str) -> bool:
    low = fold(name)
    first = low.split()[0]
    if low in COMPASS_WORDS:
        return False  # "in North Wales", "in the North": no region called North (there is one, in Cameroon)
    return first not in MONTHS and first not in WEEKDAYS and first not in STOPWORDS


def _acronym(name: str) -> bool:
    """Whether a name is an acronym that is no country's: "talks at the UN", "the EU summit" name no
    town (Un, India); "in the UK" does."""
    return name.isupper() and len(name) <= 4 and country_of(name) is None


def _best_place(resolver: PlaceResolver, words: list[str]) -> tuple[int, Resolved] | None:
    """The longest leading run of ``words`` that names a known place."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".")
        name = re.sub(r"(?:’s|'s|’|')$", "", name)
        if not _place_ok(name) or _acronym(name):
            continue
        r = resolver.resolve(name)
        if r.known:
            return n, r
    return None


def _place_claims(ctx: NamedContext) -> list[Claim]:
    resolver = ctx.resolver
    # containment the article states: "Springfield, Illinois"
    for s in ctx.sentences:
        for pm in _PAIR.finditer(s.text) if _COMMA_CAPITAL.search(s.text) else ():
            a, b = pm["a"], pm["b"]
            if _place_ok(a) and _place_ok(b) and not country_of(a):
                parents = [p for p in resolver.gaz.lookup(b) if p.kind in ("region", "country")]
                if parents:
                    resolver.note_pair(a, b)
    lead = lead_dates(ctx)
    claims: list[Claim] = []
    for si, s in enumerate(ctx.sentences):
        evs = ctx.events[si]
        if not evs:
            continue
        text = s.text
        persons = ctx.persons_in(si)
        used: list[tuple[int, int]] = []
        for pm in _PLACE_PREP.finditer(text):
            prep = pm["prep"]
            words = pm["place"].split()
            best = _best_place(resolver, words)
            if best is None:
                continue
            n, resolved = best
            p_start = pm.start("place")
            p_end = p_start + len(" ".join(words[:n]).rstrip("."))
            if _part_of_longer_name(words, n, resolved):
                continue
            if any(p.start <= p_start < p.end for p in persons):
                continue
            ev = _governing_event(ctx, si, evs, pm.start(), prep)
            if ev is None or _in_a_title(text, ev):
                continue
            span_start = ev.start if ev.start < pm.start() else pm.start()
            claims.append(_place_claim(ctx, si, ev, resolved, span_start, p_end, lead))
            used.append((p_start, p_end))
        # a place name right before the event noun: "the Greystone summit (in Oregon)"
        toks = ctx.toks[si]
        for ev in evs:
            if ev.cls in ("travel",) or ev.word in NO_PLACE_NOUNS or ev.word in EVENT_VERBS:
                continue
            idx = index_of(toks, ev.start)
            if idx is None or _in_a_title(text, ev):
                continue
            # "the International Solid State Circuits Conference" names the event, not its place; "the
            # Rome Summit" names its place: before a capitalised event word, only a name the gazetteer
            # knows is a place
            known_only = text[ev.start].isupper() and not _headline(text)
            j = idx - 1
            while j >= 0 and toks[j].text.isdigit():
                j -= 1
            if j < idx - 1 and j >= 0 and toks[j].end == toks[j + 1].start:
                continue  # "the G20 summit": a name of letters and digits, no place
            k = j
            while k >= 0 and toks[k].cap and toks[k].word and not toks[k].possessive:
                k -= 1
            if k == j or k < 0 or not (toks[k].low in PRENOMINAL_DETERMINERS or toks[k].possessive):
                continue
            words = [t.bare for t in toks[k + 1 : j + 1]]
            p_start, p_end = toks[k + 1].start, toks[j].end
            if any(a <= p_start < b for a, b in used) or any(p.start <= p_start < p.end for p in persons):
                continue
            name = " ".join(words)
            if not _place_ok(name) or _acronym(name):
                continue
            if known_only and not resolver.gaz.lookup(name):
                continue
            after = re.match(r"\s+(?:in|near)\s+(?P<parent>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})", text[ev.end :])
            end = ev.end
            if after:
                resolver.note_pair(name, after["parent"])
                end = ev.end + after.end()
            resolved = resolver.resolve(name)
            if not resolved.known:
                continue
            # drop the claim the "in <parent>" already produced for this event
            claims = [
                c
                for c in claims
                if not (c.location.start == ctx.location(si, ev.start, ev.end).start and after is not None)
            ]
            claims.append(_place_claim(ctx, si, ev, resolved, p_start, end, lead))
    return claims


_NEXT_WORD = re.compile(r"\s+([A-Z][\w’'-]*)")
_TITLE_ENDINGS = ORG_WORDS | frozenset(
    """officer officers chief chiefs brigade brigades fighter fighters marshal commissioner inspector
    investigation investigations branch unit squad division fund""".split()
)
"""Words closing a title or an organisation's name an event word may open ("Fire Officer", "Fire
Brigade", "Fire Department", "Strike Committee")."""
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][\w’'-]*")


def _in_a_title(text: str, ev: Event) -> bool:
    """Whether an event word is a word of a title or an organisation's name, capitalised inside a
    sentence in lower case before one of their words: "Chief Fire Officer at Tartu" says where the
    officer works, not where a fire was ("Hurricane Milton hit Sarasota" still places the storm). A
    headline's capitals ("Huge Fire Destroys Store In Tartu": no lower-case word but stopwords)
    are its style, not a name."""
    if ev.start == 0 or not text[ev.start].isupper():
        return False
    m = _NEXT_WORD.match(text, ev.end)
    return m is not None and fold(m.group(1)) in _TITLE_ENDINGS and not _headline(text)


def _headline(text: str) -> bool:
    """Whether a sentence is capitalised as a headline: no lower-case word but stopwords."""
    return all(w in STOPWORDS for w in _LOWER_WORD.findall(text))


def _part_of_longer_name(words: list[str], n: int, resolved: Resolved) -> bool:
    """Whether the place the first ``n`` of a phrase's ``words`` name is only the start of a longer
    name the gazetteer does not know: a kind of place alone going on with "of" ("the Gulf of Oman" is
    not Gulf province), or a firm's name opening with a region's or country's ("at the Western
    Cape Bank" is no event in a province of South Africa). A town's name opening an organisation's
    ("the Tartu Bible Church", "the Tartu High Street") is still where the event was, and so is
    a state's opening a university's or a hospital's ("the Ohio State University")."""
    rest = [w.rstrip(".,") for w in words[n:]]
    if not rest:
        return False
    if fold(rest[0]) == "of":
        return n == 1 and fold(words[0]) in _OF_HEADS  # "in Athens of a teenager", "Panama City of the OAS"
    return resolved.chain[0].kind in _WIDE_KINDS and fold(rest[-1]) in COMPANY_WORDS


def _governing_event(ctx: NamedContext, si: int, evs: list[Event], prep_start: int, prep: str) -> Event | None:
    """The event a place phrase says where of: the nearest event word before it in the clause."""
    text = ctx.sentences[si].text
    before = [e for e in evs if e.end <= prep_start]
    if not before:
        return None
    ev = before[-1]
    between = text[ev.end : prep_start]
    if _CLAUSE_BREAK.search(between) or len(between.split()) > PLACE_REACH or _closes_intro(text, ev, between):
        # "The meeting was held in Lima": the subject noun of "held"
        return None
    if prep == "to":
        if ev.cls != "travel" or len(between.split()) > DESTINATION_REACH:
            return None
        return ev
    if ev.word in NO_PLACE_NOUNS:
        return None
    if ev.cls == "travel" and ev.word not in ("arrived", "arrives", "arrive", "arriving", "landed"):
        return None
    # another place phrase between the event and this one takes precedence
    if re.search(r"\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]", between) and not HELD_VERBS.search(between):
        return None
    return ev


def _closes_intro(text: str, ev: Event, between: str) -> bool:
    """Whether the event word is in an introductory phrase ("After the shooting, ...") that a comma
    between it and a place phrase closes: the place is the main clause's. A comma in a list
    ("attacked a ministry building, shops and banks in Lisbon") closes nothing."""
    if "," not in between:
        return False
    opening = text[: ev.start]
    return "," not in opening and _INTRODUCTORY.search(opening) is not None


def _place_claim(
    ctx: NamedContext,
    si: int,
    ev: Event,
    resolved: Resolved,
    start: int,
    end: int,
    lead: dict[str, tuple[dates.DateMatch, int]],
) -> Claim:
    s = ctx.sentences[si]
    cls = event_class(ctx, si, ev)
    steps = list(resolved.steps)
    if ev.cls == "travel":
        steps.append(Step(ev.word, cls, "a traveller's destination is where the event they travel for takes place"))
    scope = ""
    date_match = ev.date
    if date_match is None:
        # another event word of the same class in the sentence may carry the date
        for other in ctx.events[si]:
            if other.date is not None and event_class(ctx, si, other) == cls:
                date_match = other.date
                break
    if date_match is not None:
        scope = date_match.display
    elif cls in lead:
        d, lead_si = lead[cls]
        scope = d.display
        steps.append(Step(ev.word, d.display, f"date of the article's first dated {cls} (sentence {lead_si + 1})"))
    return Claim(
        kind=ClaimKind.PLACE,
        key=cls,
        value=None,
        display=resolved.display,
        unit="place",
        location=ctx.location(si, start, end),
        sentence=s.text,
        surface=s.text[start:end],
        steps=tuple(steps),
        people=ctx.participants(si),
        scope_time=scope,
        granularity=resolved.chain[0].kind,
        text_value="|".join(resolved.ids),
        chain=tuple(p.name for p in resolved.chain),
        subject=f"{cls} ({ev.word})",
    )
