"""PERSON_ROLE claims: the titles of the people an article names, and who leads an event's
delegation, side, mission or inquiry.

(a) Titles: ``key`` = ``title:<folded name>``, ``subject`` = the name as the article gives it in
full, ``text_value`` = the normalised title key, ``display`` = the title; the span covers title and
name. A title is the phrase right before a name ("deputy water safety adviser Jo Marsh", found with
the people: ``persons``), an appositive after it ("Li Na, the Chilean Minister of ..."), or "the
Ministry of X, which is headed by Y".

(c) Charges: "was charged with arson", "indicted on a charge of second-degree arson", "charged in his
murder": ``key`` = ``charge``, ``text_value`` = the offence (its degree or qualifier kept: "attempted
murder" is not "murder"), ``display`` = "charged with <offence>". Convictions and pleas are not charges.

(b) Functional roles of an event: "the Kenyan delegation led by X", "X led the Kenyan delegation",
"the head of the Peruvian side was Y": ``key`` = ``role:<role>``, ``subject`` = the role ("leader of
the United States delegation"), ``text_value`` = the folded person name, ``display`` = the name,
``scope_time`` = the event date (the nearest date in the sentence, else the date of the article's
first dated meeting, noted as a step).
"""

from __future__ import annotations

import re

from factcheck import people
from factcheck.extract.named_context import NamedContext, context_of, gap, in_text_order, lead_dates
from factcheck.extract.persons import TITLE_WORDS, Mention, owned_title_before
from factcheck.extract.registry import ArticleText, extractor
from factcheck.models import Claim, ClaimKind, Step, TitleForm
from factcheck.places import country_of, fold, gazetteer
from factcheck.words import STOPWORDS, ascii_lowered

__all__ = ["CRIMES", "ROLE_NOUNS", "role_claims"]

ROLE_NOUNS = {
    "delegation": "delegation", "side": "delegation", "team": "delegation", "contingent": "delegation",
    "negotiators": "delegation", "mission": "mission", "panel": "panel", "investigation": "investigation",
    "inquiry": "investigation", "probe": "investigation", "operation": "operation", "campaign": "campaign",
    "talks": "talks", "negotiations": "talks",
}  # fmt: skip
"""Role nouns of an event ("the US delegation") -> canonical noun; the role is leading it."""
HEADED_BY_REACH = 60
"""Characters after "which is headed by" within which the head's name starts (a title phrase may
come first: "headed by Deputy Minister Ana Lima")."""
LED_BY_REACH = 80
"""Characters after "led by" or "the head of the delegation was" within which the leader's name
starts (after a title phrase, possibly with its country)."""
SIDE_WORDS_MAX = 3
"""Words of the longest country name a side is named by ("the United Arab Emirates delegation")."""


@extractor("roles", ClaimKind.PERSON_ROLE)
def role_claims(text: ArticleText) -> list[Claim]:
    """Titles of people, and who leads an event's delegation, side or inquiry."""
    if not text.sentences:
        return []
    ctx = context_of(text)
    return in_text_order(_title_claims(ctx) + _role_claims(ctx) + _charge_claims(ctx))


# ----------------------------------------------------------------------------------------- titles

_APPOSITIVE = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?P<t>[^,.;:“”\"()]{3,140}?)(?=,|\.(?:\s|$)|;|$|\s+(?:who|which|whose)\b)"
)


CLIENT_OFFICES = frozenset({"spokesperson", "publicist", "agent", "representative"})
"""Offices held for someone: "a spokesman for NAME" names whom one speaks for, not the holder."""
_FOR_END = re.compile(r"\bfor\s*\Z")
_DAY_LEAD = re.compile(
    r"(?:(?:On|on|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today|Tonight)\s+)+"
)
"""Words before an office that only date the sentence ("On Monday Representative Jo Marsh"): no
part of the title."""


_OWNER_WORD = re.compile(r"[a-z]+['’]s")
"""A possessive that opens an appositive title ("the company's managing director")."""


def _titles_after(ctx: NamedContext, si: int, m: Mention) -> list[tuple[int, int]]:
    text = ctx.sentences[si].text
    am = _APPOSITIVE.match(text, m.end)
    if not am:
        return []
    t_start, t_end = am.start("t"), am.end("t")
    phrase = text[t_start:t_end]
    words = phrase.split()
    first = fold(words[0]) if words else ""
    # "NAME, the company's managing director": a body's office (on the dev stories 3 titles more,
    # all right: a magazine's founder, a team's assistant general manager twice)
    owner = _OWNER_WORD.fullmatch(words[0]) if words else None
    if not (first in TITLE_WORDS or first in people.HEADS or (phrase[0].isupper() and first not in STOPWORDS) or owner):
        return []
    parts = []
    pos = t_start
    for piece in re.split(r"(\s+and\s+)", phrase):
        if re.fullmatch(r"\s+and\s+", piece):
            pos += len(piece)
            continue
        parts.append((pos, pos + len(piece)))
        pos += len(piece)
    parsed = [(s, e) for s, e in parts if people.parse_title(text[s:e]) is not None]
    if len(parsed) == len(parts):
        return parsed
    return [(t_start, t_end)] if people.parse_title(phrase) is not None else []


def _title_claims(ctx: NamedContext) -> list[Claim]:
    claims: list[Claim] = []
    for si, s in enumerate(ctx.sentences):
        for m in ctx.persons_in(si):
            spans: list[tuple[int, int, int, int]] = []  # title span, claim span
            before = m.title or owned_title_before(s.text, m.start, m.end)
            if before:
                lead = _DAY_LEAD.match(s.text, before[0], before[1])
                start = lead.end() if lead else before[0]
                title_before = people.parse_title(s.text[start : before[1]])
                if (
                    title_before is not None
                    and title_before.head in CLIENT_OFFICES
                    and _FOR_END.search(s.text, start, m.start)
                ):
                    pass  # "a spokesman for Mara Quill": Quill is spoken for, no spokesperson
                elif start < before[1]:
                    spans.append((start, before[1], start, m.end))
            for a, b in _titles_after(ctx, si, m):
                spans.append((a, b, m.start, b))
            for t_start, t_end, c_start, c_end in spans:
                title = people.parse_title(s.text[t_start:t_end])
                if title is None or title.head in people.RELATIONAL:
                    continue
                steps = ctx.name_steps(m) + title.steps
                claims.append(_title_claim(ctx, si, m, title, c_start, c_end, steps, title.time))
    # "the Ministry of X, which is headed by Y": Y is head of the Ministry of X
    for si, s in enumerate(ctx.sentences):
        for hm in _HEADED_BY.finditer(s.text) if "which" in s.text else ():
            person = ctx.people.mention_at(si, hm.end(), HEADED_BY_REACH)
            if person is None:
                continue
            title = people.parse_title("head of " + hm["org"])
            if title is None:
                continue
            steps = (
                ctx.name_steps(person)
                + (Step(f"{hm['org']} ... {hm['verb']} by", "head of " + hm["org"], "headed by"),)
                + title.steps
            )
            claims.append(_title_claim(ctx, si, person, title, hm.start("org"), person.end, steps))
    return claims


def _title_claim(
    ctx: NamedContext,
    si: int,
    person: Mention,
    title: people.Title,
    start: int,
    end: int,
    steps: tuple[Step, ...],
    qualifier: str = "",
) -> Claim:
    """The claim that ``person`` holds ``title``, stated by ``start:end`` of sentence ``si``."""
    sentence = ctx.sentences[si].text
    return Claim(
        kind=ClaimKind.PERSON_ROLE,
        key=f"title:{fold(person.name)}",
        value=None,
        display=title.display,
        unit="title",
        location=ctx.location(si, start, end),
        sentence=sentence,
        surface=sentence[start:end],
        steps=steps,
        title=title.surface,
        title_form=TitleForm.DESCRIPTIVE if title.descriptive else TitleForm.ADDRESS,
        qualifier=qualifier,
        text_value=title.key,
        chain=(person.name, person.surface),
        subject=person.name,
    )


_HEADED_BY = re.compile(
    r"(?P<org>(?:[A-Z][\w’'-]*\s+){0,6}(?:Ministry|Department|Agency|Bureau|Office|Commission)"
    r"(?:\s+(?:of|for)(?:\s+[A-Z][\w’'-]*){1,6})?)"
    r",\s+which\s+(?:is|was)\s+(?P<verb>headed|led|run)\s+by\s+"
)


# ----------------------------------------------------------------------------------------- roles

_ROLE_NOUN = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
_LED_BY = re.compile(
    rf"\b(?P<np>(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_ROLE_NOUN}))\b,?\s+"
    r"(?:(?:which|that|who)\s+)?(?:(?:was|is|were|are|will\s+be|has\s+been|is\s+being)\s+)?(?P<verb>led|headed)\s+by\s+",
    re.IGNORECASE,
)
_LEADS = re.compile(
    rf"\s+(?P<verb>led|leads|will\s+lead|is\s+leading|was\s+leading|headed|heads|will\s+head)\s+"
    rf"(?P<np>(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_ROLE_NOUN}))\b",
    re.IGNORECASE,
)
_HEAD_OF = re.compile(
    rf"\bthe\s+(?:head|leader|chief)\s+of\s+(?P<np>the\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_ROLE_NOUN}))\s+"
    r"(?:was|is|will\s+be)\s+",
    re.IGNORECASE,
)

# The words every match of _LED_BY / _HEAD_OF contains: a sentence without them is not searched
# with those patterns, which try a role noun at every word.
_LED_BY_HINT = re.compile(r"(?:led|headed)\s+by\s")
_HEAD_OF_HINT = re.compile(r"(?:head|leader|chief)\s+of\s")
"""Searched in lowered text: see `_hinted`."""


def _hinted(text: str, hint: re.Pattern[str]) -> bool:
    """Whether ``hint`` (lower case) occurs in ``text`` in any case."""
    lowered = ascii_lowered(text)
    if lowered is None:
        return re.search(hint.pattern, text, re.IGNORECASE) is not None
    return hint.search(lowered) is not None


def _side(np: str) -> tuple[str, tuple[Step, ...]]:
    """The country whose delegation it is: "US delegation", "a Nairobi delegation", "Peruvian side"."""
    gaz = gazetteer()
    words = re.findall(r"[A-Za-z\u00C0-\u024F][\w.’'-]*", np)[:-1]
    for n in range(SIDE_WORDS_MAX, 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if not phrase[0].isupper() and phrase.lower() != "us":
                continue
            code = country_of(phrase)
            if code:
                place = gaz.get(f"C:{code}")
                name = place.name if place else code
                if fold(phrase) != fold(name):
                    return name, (Step(phrase, name, "country of the side"),)
                return name, ()
    return "", ()


def _role_noun(noun: str) -> str:
    """The `ROLE_NOUNS` entry a case-insensitive match found ("Delegation", or "delegatıon" with a
    dotless i, which ``re.IGNORECASE`` matches but ``str.lower`` keeps)."""
    low = noun.lower()
    if low in ROLE_NOUNS:
        return low
    return next(w for w in ROLE_NOUNS if re.fullmatch(re.escape(w), noun, re.IGNORECASE))


def _role_claims(ctx: NamedContext) -> list[Claim]:
    claims: list[Claim] = []
    lead = lead_dates(ctx)
    # a hint the whole article lacks, none of its sentences has: one search instead of one a sentence
    led_by = _hinted(ctx.article.text, _LED_BY_HINT)
    head_of = _hinted(ctx.article.text, _HEAD_OF_HINT)
    for si, s in enumerate(ctx.sentences):
        text = s.text
        found: list[tuple[int, int, str, str, Mention]] = []  # claim span, np, noun, person
        for m in _LED_BY.finditer(text) if led_by and _hinted(text, _LED_BY_HINT) else ():
            person = ctx.people.mention_at(si, m.end(), LED_BY_REACH)
            if person is not None:
                found.append((m.start("np"), person.end, m["np"], m["noun"], person))
        for m in _HEAD_OF.finditer(text) if head_of and _hinted(text, _HEAD_OF_HINT) else ():
            person = ctx.people.mention_at(si, m.end(), LED_BY_REACH)
            if person is not None:
                found.append((m.start(), person.end, m["np"], m["noun"], person))
        for person in ctx.persons_in(si):
            rest = text[person.end :]
            app = _APPOSITIVE.match(text, person.end)
            offset = person.end
            if app and text[app.end() : app.end() + 1] == ",":
                offset = app.end() + 1
                rest = text[offset:]
            lm = _LEADS.match(rest)
            if lm:
                found.append((person.start, offset + lm.end(), lm["np"], lm["noun"], person))
        for c_start, c_end, np, noun, person in found:
            side, side_steps = _side(np)
            listed = _role_noun(noun)
            canon = ROLE_NOUNS[listed]
            role = f"leader of the {side + ' ' if side else ''}{canon}"
            steps = list(ctx.name_steps(person)) + list(side_steps)
            if canon != listed:
                steps.append(Step(noun, canon, "role noun synonym"))
            scope = ""
            near = [d for d in ctx.dates_of(si) if not d.qualifier]
            if near:
                d = min(near, key=lambda d: gap(c_start, c_end, d.start, d.end))
                scope = d.display
            elif "meeting" in lead:
                d, _lead_si = lead["meeting"]
                scope = d.display
                steps.append(Step(np, d.display, "date of the article's first dated meeting"))
            claims.append(
                Claim(
                    kind=ClaimKind.PERSON_ROLE,
                    key=f"role:{role}",
                    value=None,
                    display=person.name,
                    unit="role",
                    location=ctx.location(si, c_start, c_end),
                    sentence=text,
                    surface=text[c_start:c_end],
                    steps=tuple(steps),
                    people=ctx.participants(si),
                    scope_time=scope,
                    qualifier="side" if side else "",
                    text_value=fold(person.name),
                    chain=(person.name, person.surface),
                    subject=role,
                )
            )
    return claims


# ----------------------------------------------------------------------------------------- charges

CRIMES = frozenset(
    """murder manslaughter homicide arson robbery burglary assault battery rape kidnapping abduction
    fraud theft embezzlement extortion bribery blackmail terrorism treason espionage sedition
    perjury stalking vandalism trespassing carjacking smuggling trafficking larceny
    racketeering conspiracy""".split()
)
"""Offences a person is charged with (the offence noun closes the phrase)."""
_CRIME_MODS = (
    r"(?:(?:first|second|third)[- ]degree|attempted|aggravated|capital|voluntary|involuntary|vehicular"
    r"|armed|sexual|criminal|criminally|negligent|reckless)"
)
_CHARGED = re.compile(
    r"\b(?:charged|indicted|accused|arrested\s+on\s+suspicion)\s+(?:with|of|on\s+(?:a\s+)?charges?\s+of"
    r"|in\s+(?:connection\s+with\s+)?(?:the|an?|her|his|their|[A-Z][\w'’-]*['’]s?)(?=\s))\s+"
    r"(?:(?:one|two|three|four|five|\d+|multiple|several)\s+counts?\s+of\s+)?"
    rf"(?P<offence>(?:{_CRIME_MODS}\s+){{0,2}}(?:{'|'.join(sorted(CRIMES))}))\b",
    re.IGNORECASE,
)


def _charge_claims(ctx: NamedContext) -> list[Claim]:
    """ "charged with arson": the offence someone in the story is charged with."""
    claims: list[Claim] = []
    for si, s in enumerate(ctx.sentences):
        text = s.text
        if "charge" not in text and "ccused" not in text and "ndicted" not in text and "suspicion" not in text:
            continue
        for m in _CHARGED.finditer(text):
            offence = re.sub(r"\s+", " ", m["offence"].lower()).replace(" degree", "-degree")
            claims.append(
                Claim(
                    kind=ClaimKind.PERSON_ROLE,
                    key="charge",
                    value=None,
                    display=f"charged with {offence}",
                    unit="charge",
                    location=ctx.location(si, m.start(), m.end()),
                    sentence=text,
                    surface=text[m.start() : m.end()],
                    text_value=offence,
                    subject="charge",
                )
            )
    return claims
