"""Numbers, dates and clock times of an article's sentences -> ``Claim`` objects.

Each sentence is read once for its dates (``dates.find_dates``, resolved against the publication
date), clock times (``times.find_times``), records and scores, ordinals and number expressions
(``numbers.find_numbers``); a span taken by a date, a time or a record is never read again as a
number. What a number counts or measures is ``quantities``' job.

A date or time claim is keyed by the event named near it ("summit", "visit", "launch"), or
``report`` when it is the day of a statement ("officials said Saturday"), and keeps
the words around it (``Claim.context``) for matching, and every step of its normalisation
(``Claim.steps``) for the report.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from operator import attrgetter

from factcheck import dates, numbers, times
from factcheck.extract.common import location, names, token_index, window
from factcheck.extract.quantities import _ORDINAL_LOWER as ORDINAL_LOWER
from factcheck.extract.quantities import _PAIR as RECORD
from factcheck.extract.quantities import _RACE_TIME_HINT as RACE_TIME_HINT
from factcheck.extract.quantities import (
    ESTIMATORS,
    MEASURED_RULE,
    PART_RULE,
    anaphoric_age,
    bare_ordinal_claims,
    both_ages,
    decade_ages,
    half_claims,
    listed_victim_claims,
    may_have_bare_ordinal,
    may_have_decade_age,
    may_have_half,
    may_have_nth_time,
    may_have_number_changed,
    may_have_one_span,
    may_have_shirt_number,
    may_have_times_word,
    may_list_victims,
    may_say_none,
    nth_time_claims,
    number_changed_claims,
    one_span_claims,
    ordinal_claims,
    period_resets,
    position_claims,
    quantity_claim,
    race_time_claims,
    rating_claims,
    record_claims,
    shirt_number_claims,
    times_word_claims,
    vote_split_claims,
    zero_claims,
)
from factcheck.extract.registry import ArticleText, extractor, read_article
from factcheck.models import Article, Claim, ClaimKind, Sentence, Step
from factcheck.text import Document, LineIndex
from factcheck.words import Token, ascii_lowered, content_stems, event_class, tokens, trie_pattern


@dataclass(frozen=True)
class Extraction:
    """What extraction produced for one article."""

    article: Article
    claims: tuple[Claim, ...]
    document: Document
    sentences: tuple[Sentence, ...] = ()
    """The main text's sentences that hold claims (``ArticleText.sentences``)."""


def extract_article(
    article: Article, boilerplate: Iterable[re.Pattern[str]] = (), rounding_cap: float = numbers.ROUNDING_CAP
) -> Extraction:
    """All quantity, date and time claims of an article's main text.

    ``rounding_cap``: the most tolerance a rounded figure ("100,000") gets, relative to it.
    """
    text = read_article(article, boilerplate, rounding_cap)
    return Extraction(article, tuple(numeric_claims(text)), text.document, text.sentences)


@extractor("numbers", ClaimKind.QUANTITY, ClaimKind.DATE, ClaimKind.TIME)
def numeric_claims(text: ArticleText) -> list[Claim]:
    """Quantities, dates and clock times, sentence by sentence."""
    article = text.article
    source = article.source
    stamp = dates.dateline(article.text) if source.dated_by else None
    claims: list[Claim] = []
    earlier = ""  # the date of an earlier event the sentence before names ("The last big storm ... in March")
    ranked: list[Claim] = []  # ordinals with their noun so far: the noun of one said without it ("in the seventh")
    resets: list[int] = []  # where ordinals of nouns no claim is made of are ("the second quarter")
    last: Sentence | None = None  # the sentence before: a noun carried to an ordinal said without it is from there on
    ages: dict[float, str] = {}  # the ages given so far, with the surname of whose they are ("" for none)
    for at, sentence in enumerate(text.sentences):
        found = extract_sentence(article.name, sentence, source.published, text.index, text.rounding_cap)
        if any(c.key == "age" for c in found):
            found = _ages_of_people(found, sentence, ages)
        found = _with_bare_ordinals(article.name, sentence, text.index, found, ranked, last, resets)
        last = sentence
        if earlier and _CONTINUES.match(sentence.text):
            found = [_of_earlier_event(c, earlier, sentence.text) for c in found]
        if stamp is not None:
            found = [_dated_by(c, stamp) for c in found]
        found = _deeds_of_people(text, at, found)
        claims.extend(found)
        earlier = _earlier_event_date(sentence.text, source.published)
    return claims


DEED_PRONOUN_REACH = 3
"""Sentences back to the person a "he" or "she" doing a once-only deed stands for, at most."""


def _deeds_of_people(text: ArticleText, si: int, found: list[Claim]) -> list[Claim]:
    """A sentence's claims, each year of a once-only deed of one person (``date_events.once_only_deed``:
    "Vell retired in 1990", "He was born in 1950") or of one person's appointment to a post
    (``date_events.appointment``: "He became deputy mayor in 2003") with that person as its subject, and a step that
    says why: the person the word before the verb names, or the one person the sentence names
    before the year, or for "he" or "she" (or "his", "her" with no one named before it) the one
    person the latest sentence naming anyone names (within ``DEED_PRONOUN_REACH``). When that
    sentence names two people ("Anya Rolle said Tomas Verhoek would coach. He retired in 1994":
    the speaker or the coach), or the year's own sentence names two and none right before the verb,
    whose deed it is is left unsaid."""
    from factcheck.date_events import APPOINTMENT, HE_OR_SHE, PERSON_PRONOUNS, WORD, appointment, once_only_deed
    from factcheck.extract.named_context import context_of

    out = []
    for c in found:
        deed = once_only_deed(c.sentence, c.surface) if c.kind is ClaimKind.DATE and c.granularity == "year" else None
        if deed is None and c.kind is ClaimKind.DATE and c.granularity == "year":
            # "He became assistant GM in 2003": an appointment's year, whose person ``appointment_key`` needs
            deed = (APPOINTMENT, post[1]) if (post := appointment(c.sentence, c.surface)) else None
        if deed is None or c.qualifier:
            out.append(c)
            continue
        ctx = context_of(text)
        upto = c.location.start - text.sentences[si].start
        named = [m for m in ctx.persons_in(si) if m.end <= upto]
        doer = deed[1]
        pronoun = doer or next((w for w in WORD.findall(c.sentence[:upto]) if w.lower() in PERSON_PRONOUNS), "")
        step = None
        if doer and doer not in HE_OR_SHE:
            m = next((m for m in named if m.surface.split()[-1] == doer), None)
            step = Step(doer, m.name, "the person named right before the verb") if m else None
        elif not named and pronoun:
            b = next((b for b in range(si - 1, max(-1, si - DEED_PRONOUN_REACH - 1), -1) if ctx.persons_in(b)), -1)
            back = ctx.persons_in(b) if b >= 0 else []
            if len({m.name for m in back}) == 1 and not _speaks_of_another(text.sentences[b].text, back):
                word = next((w for w in WORD.findall(c.sentence[:upto]) if w.lower() == pronoun.lower()), pronoun)
                rule = f"'{word.lower()}' is the one person the nearest sentence before naming anyone names"
                step = Step(word, back[0].name, rule)
        elif not doer and len({m.name for m in named}) == 1:
            step = Step(named[0].surface, named[0].name, "the one person its sentence names before the deed")
        out.append(replace(c, subject=step.result, steps=(*c.steps, step)) if step else c)
    return out


_SPEECH_VERB = re.compile(r"\b(?:" + "|".join(sorted(dates.SPEECH_VERBS)) + r")\b")


def _speaks_of_another(sentence: str, named: list) -> bool:
    """Whether the one person a sentence names (``named``, its mentions) speaks of someone else it
    names in words the name finder missed: after a verb of saying that follows them, two
    capitalised words that are not theirs, a weekday or a month ("Anya Rolle said Tomas Verhoek
    would coach the club": a "he" after it may be either)."""
    from factcheck.extract.persons import MONTHS, WEEKDAYS
    from factcheck.people import GIVEN_AND_SURNAME

    last = max(m.end for m in named)
    verb = _SPEECH_VERB.search(sentence, last)
    if verb is None:
        return False
    theirs = {w for m in named for w in m.name.split()} | {w for m in named for w in m.surface.split()}
    for m in GIVEN_AND_SURNAME.finditer(sentence, verb.end()):
        pair = {m.group(1), m.group(2)}
        if not pair & theirs and not {w.lower() for w in pair} & (MONTHS | WEEKDAYS):
            return True
    return False


def _ages_of_people(found: list[Claim], sentence: Sentence, told: dict[float, str]) -> list[Claim]:
    """A sentence's claims, its "the 37-year-old" said with no name given the one person named
    before it (``quantities.anaphoric_age``); ``told`` (an age -> the surname it went with, or "")
    grows by the sentence's ages."""
    out = []
    for c in found:
        if c.key == "age":
            c = anaphoric_age(c, sentence.text, told)
            if c.value is not None and c.value.low is not None:
                told.setdefault(c.value.low, c.subject.split()[-1] if c.subject else "")
        out.append(c)
    return out


def _with_bare_ordinals(
    name: str,
    sentence: Sentence,
    index: LineIndex,
    found: list[Claim],
    ranked: list[Claim],
    last: Sentence | None,
    resets: list[int],
) -> list[Claim]:
    """A sentence's claims and its ordinals said without their noun (``bare_ordinal_claims``),
    whose noun is that of the ordinal before them, from the sentence before (``last``) on;
    ``ranked`` (the article's ordinals so far, with a noun or carried one) grows by the sentence's, and
    ``resets`` by where it ranks a noun no claim is made of (``period_resets``)."""
    own = [c for c in found if c.unit == "ordinal"]
    resets.extend(period_resets(sentence))
    if (ranked or own) and may_have_bare_ordinal(sentence.text):
        taken = [(c.location.start - sentence.start, c.location.end - sentence.start) for c in found]
        since = last.start if last is not None else sentence.start
        nearby = f"{last.text} {sentence.text}" if last is not None else sentence.text
        bare = bare_ordinal_claims(name, sentence, index, taken, [*ranked, *own], since, resets, nearby)
        if bare:
            found = sorted([*found, *bare], key=_START_KIND)
            own = sorted([*own, *bare], key=_START_KIND)
    ranked.extend(own)
    return found


_EARLIER = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?P<words>(?:\w+\s+){0,3}\w+)", re.IGNORECASE)
"""An earlier event named: "the last major quake", "a previous attack" (one of the words after must
be an event word)."""
_TIME_WORDS = frozenset(
    "week weekend month year night day morning evening afternoon season time monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)
_CONTINUES = re.compile(r"\s*(?:It|That|This)\s+(?:\w+ed|was|had|left)\b")
"""A sentence that goes on about the event the one before named: "It killed 340 people"."""


def _earlier_event_date(text: str, published: date | None) -> str:
    """The date (a month or a year) of an earlier event a sentence names ("The last big storm to
    reach the coast was in March"), or ""."""
    if not any(
        m.group("words").split()[0].lower() not in _TIME_WORDS and any(event_class(w) for w in m.group("words").split())
        for m in _EARLIER.finditer(text)
    ):
        return ""  # "last week the meeting ..." is a date, not an earlier event
    found = [d for d in dates.find_dates(text, published) if d.granularity in ("month", "year") and not d.qualifier]
    return (found[0].symbol or found[0].display) if found else ""


EARLIER_EVENT = "the earlier event the sentence before names"
"""The rule of the step that ties a figure to an earlier event the sentence before names; the judge
reads its date (``judge._dated_apart``)."""


def _of_earlier_event(claim: Claim, when: str, text: str) -> Claim:
    """A figure of a sentence that goes on about an earlier event ("It killed 340 people") is that
    event's: a step says so, with the event's date, and the judge compares it only with figures of
    that date (its group is kept, so that "killing 340 people" elsewhere still agrees)."""
    if claim.kind is not ClaimKind.QUANTITY or claim.scope_time:
        return claim
    step = Step(text.split(None, 1)[0], when, EARLIER_EVENT)
    return replace(claim, steps=(*claim.steps, step))


def _dated_by(claim: Claim, stamp: dates.Dateline) -> Claim:
    """A date resolved against a publication date read from the article's dateline says so."""
    if claim.kind is not ClaimKind.DATE or not any(s.rule.startswith("relative to publication") for s in claim.steps):
        return claim
    step = Step(stamp.text, stamp.day.isoformat(), f"publication date from the article's dateline (line {stamp.line})")
    return replace(claim, steps=(*claim.steps, step))


def extract_sentence(
    name: str,
    sentence: Sentence,
    published: date | None,
    index: LineIndex,
    rounding_cap: float = numbers.ROUNDING_CAP,
) -> list[Claim]:
    """Claims of one sentence; offsets are article offsets."""
    text = sentence.text
    found_dates = dates.find_dates(text, published)
    found_times = times.find_times(text)
    if found_times:  # a date never takes a clock time's digits ("at 1100 hours", "2045 GMT")
        found_dates = [d for d in found_dates if not any(t.start < d.end and d.start < t.end for t in found_times)]
    # A part of the day beside a clock time ("at 9:10 last night") says less than the clock: none;
    # nor one in a sentence about what will happen ("police will give details this afternoon").
    found_parts = [] if found_times else [p for p in times.find_day_parts(text) if not _told_ahead(text, p.start)]
    found_numbers = numbers.find_numbers(text, rounding_cap)
    if (
        not found_dates
        and not found_numbers
        and not found_times
        and not found_parts
        and not _may_have_ordinal_or_record(text)
        and not _may_say_nobody(text)
        and not may_say_none(text)
        and not may_list_victims(text)
        and not may_have_half(text)
        and not may_have_decade_age(text)
        and not may_have_one_span(text)
        and not may_have_shirt_number(text)
        and not may_have_number_changed(text)
        and not may_have_times_word(text)
        and not may_have_nth_time(text)
        and not (":" in text and RACE_TIME_HINT.search(text))
    ):
        return []  # most sentences: not worth tokenising
    toks = tokens(text)
    date_spans = [(d.start, d.end) for d in found_dates] + [(t.start, t.end) for t in found_times]
    claims, record_spans = record_claims(name, sentence, index, toks)
    date_spans += record_spans
    splits, split_spans = vote_split_claims(name, sentence, index, toks)
    claims.extend(splits)
    date_spans += split_spans
    ratings, rating_spans = rating_claims(name, sentence, index, toks)
    claims.extend(ratings)  # "rated it 6.4 out of 10": a rating, not two numbers
    date_spans += rating_spans
    taken_times, time_spans = race_time_claims(name, sentence, index, toks)
    claims.extend(taken_times)  # "finished in 1:58:14": one time taken, not three numbers
    date_spans += time_spans
    shirts = shirt_number_claims(name, sentence, index, toks, date_spans)
    claims.extend(shirts)  # "his No. 7 jersey": a label, not a count of jerseys
    date_spans += [(c.location.start - sentence.start, c.location.end - sentence.start) for c in shirts]
    for t in (*found_times, *found_parts):
        claims.append(_time_claim(name, sentence, index, toks, t, _day_step(t, text, found_dates)))
    # "this week" of an undated report (kept as written) shares its sentence without taking part of it
    # from the dates beside it: their words stay theirs
    bounds = [d for d in found_dates if not d.symbol.startswith(dates.RELATIVE_SYMBOL)]
    for d in found_dates:
        # A date's context is its part of the sentence: up to halfway to the neighbouring dates.
        lo = max([0] + [(e.end + d.start) // 2 for e in bounds if e is not d and e.end <= d.start])
        hi = min([len(text)] + [(d.end + e.start) // 2 for e in bounds if e is not d and e.start >= d.end])
        window = toks[token_index(toks, lo) : token_index(toks, hi)]
        segment = [t for t in window if t.end <= hi and not d.start <= t.start < d.end]
        claims.append(_date_claim(name, sentence, index, toks, d, segment))
    for n in found_numbers:
        if any(s < n.end and n.start < e for s, e in date_spans):
            continue
        claim = quantity_claim(name, sentence, index, toks, n, found_dates, published)
        if claim is None:
            claim = _said_otherwise(name, sentence, index, toks, n, claims)
        if claim is not None:
            claims.extend(both_ages(claim, sentence, index))
            # "12 of 20 games", "two 10-year terms": the whole, the measure are claims of their own
            if not any(st.rule in (PART_RULE, MEASURED_RULE) for st in claim.steps):
                date_spans.append((claim.location.start - sentence.start, claim.location.end - sentence.start))
    claims.extend(ordinal_claims(name, sentence, index, toks, date_spans))
    # a rank read as a table's place only where no claim of the sentence stands yet ("the 21st minute")
    taken = date_spans + [(c.location.start - sentence.start, c.location.end - sentence.start) for c in claims]
    claims.extend(position_claims(name, sentence, index, toks, taken))
    claims.extend(number_changed_claims(name, sentence, index, toks, date_spans))
    claims.extend(times_word_claims(name, sentence, index, toks, date_spans))
    claims.extend(nth_time_claims(name, sentence, index, toks, date_spans))
    claims.extend(half_claims(name, sentence, index, toks, found_dates, date_spans, published))
    claims.extend(one_span_claims(name, sentence, index, toks, found_dates, date_spans, found_numbers, published))
    claims.extend(zero_claims(name, sentence, index, toks))
    claims.extend(listed_victim_claims(name, sentence, index, toks))
    claims.extend(decade_ages(name, sentence, index, toks))
    claims.sort(key=_START_KIND)
    return claims


_NOBODY_WORD = re.compile(r"\b[Nn][Oo](?:[Bb][Oo][Dd][Yy]|[Nn][Ee]\b|\s*[-–]?\s*[Oo][Nn][Ee]\b)")


def _may_say_nobody(text: str) -> bool:
    """Whether a sentence may say that nobody was hurt or killed (``zero_claims``): "no one",
    "no-one", "nobody" or "none" in it (a test of "no" alone would let "not", "now" and "know" in,
    and most sentences would then be tokenised for nothing)."""
    return _NOBODY_WORD.search(text) is not None


# --------------------------------------------------------------------------- dates


_START_KIND = attrgetter("location.start", "kind")
"""By start, then kind (kinds compare as their values: see ``factcheck.extract.TEXT_ORDER``)."""


def _date_claim(
    name: str, sentence: Sentence, index: LineIndex, toks: list[Token], d: dates.DateMatch, segment: list[Token]
) -> Claim:
    before, after = window(toks, d.start, d.end)
    near = before[-5:] + after[:5]
    if d.said:  # "police said Tuesday they were treating the blaze as deliberate": not the fire's day
        event = dates.REPORT_KEY
    else:
        event = next((cls for t in near if (cls := event_class(t.text))), "event")
    context = tuple(content_stems(segment))
    steps = d.steps or (Step(text_of(sentence, d.start, d.end), d.display, d.granularity),)
    return Claim(
        kind=ClaimKind.DATE,
        key=event,
        value=None if d.symbol else d.value,
        display=(f"{d.qualifier} " if d.qualifier else "") + d.display,
        unit="",
        text_value=d.symbol,
        location=location(name, sentence, index, d.start, d.end),
        sentence=sentence.text,
        surface=sentence.text[d.start : d.end],
        steps=tuple(steps),
        context=context,
        names=tuple(names(segment)),
        qualifier=d.qualifier,
        granularity=d.granularity,
    )


TIME_EVENT_LOOKBACK = 12
"""Words before a clock time searched for the event it is the time of, when none is beside it."""


_SINCE_RE = re.compile(r"\b(?:after|before|when|since|because|while|following|until)\b", re.IGNORECASE)


def _told_ahead(text: str, start: int) -> bool:
    """Whether the part of the day at ``start`` is told of what will happen ("police would give
    details this afternoon", "Korsh will visit on Sunday morning"): a future marker
    (``dates.is_future_sentence``) before it in its clause, which begins after the last "after",
    "before", "when"... ("will worship today after a fire destroyed the church early Saturday") and
    leaves out a relative clause set off by commas ("The ferry, which will be raised next month, sank
    on Monday evening"); and no past verb between the marker and the part, which would be the part's
    own ("a vigil will be held for two teenagers killed in a crash on Tuesday night")."""
    before = dates._own_clause(text[:start], start)
    cuts = [m.end() for m in _SINCE_RE.finditer(before)]
    clause = before[cuts[-1] if cuts else 0 :]
    marks = list(dates._FUTURE_RE.finditer(clause))
    # the marker must govern the part's own verb: "will be held for two teenagers killed ... on Tuesday night"
    return bool(marks) and not _PAST_VERB_RE.search(clause, marks[-1].end())


TIME_DAY_GAP = re.compile(
    r"[ ,]{0,3}(?:(?:on|at|of|the|local|time|hours|in|into|early|late|this|last|morning|afternoon|evening|night)"
    r"[ ,]{1,3}){0,3}",
    re.IGNORECASE,
)
"""What may stand between a time and the date it is on ("at 9:15 p.m. on Thursday", "Thursday at
10:40 a.m.", "at 4:20 a.m. local time on Sunday"): a few little words, no other clause."""
_INTO = re.compile(r"\b(?:into|to|of)\b")


def _day_of_date(d: dates.DateMatch, shift: int = 0) -> str:
    """The one day a date names, as ``times.DAY_RULE`` keeps it ("" when it names no one day)."""
    if d.said:
        return ""
    if d.symbol.startswith("weekday:"):
        return f"weekday:{(int(d.symbol.removeprefix('weekday:')) + shift) % 7}"
    low, high = d.value.low, d.value.high
    if d.symbol or d.granularity != "day" or low is None or low != high or not 0 < low < 1e7:
        return ""
    return dates.format_day(low + shift)


_PAST_VERB_RE = re.compile(
    r"\b(?:(?:was|were|had)[ ](?:\w+[ ])?\w+(?:ed|en|wn|lt|ck|ot|ht)"
    r"|(?<!be[ ])(?<!been[ ])(?<!is[ ])(?<!are[ ])(?<!the[ ])(?<!an[ ])(?<!a[ ])\w+ed)\b"
    r"(?![^,]*\b(?:will|would)\b)"
)
"""A past verb before a time ("was arrested at 9 p.m.", "were killed", "crashed"; not "be charged",
"is expected", "the flooded village"), with no "will" or "would" after it in its clause."""


def _read_ahead(d: dates.DateMatch) -> bool:
    """Whether a relative date was read in the future tense (the nearest such day on or after publication)."""
    return any("future tense" in s.result or "future tense" in s.rule for s in d.steps)


def _day_step(t: times.TimeMatch, text: str, found_dates: list[dates.DateMatch]) -> Step | None:
    """The day a time is on, when its sentence says it (``times.DAY_RULE``): the date inside a part
    of the day ("Monday evening", "this morning", "last night": resolved against the publication
    date, or a weekday in a report with none); for "overnight" the night after the day named
    ("overnight Friday" is early Saturday; "overnight into Saturday" is Saturday); for a clock time or
    a part with no day of its own, the date beside it ("at 9:15 p.m. on Thursday")."""
    overnight = t.steps and t.steps[0].rule.endswith(": overnight")
    inside = [d for d in found_dates if d.start < t.end and t.start < d.end]
    if inside:
        d, how = inside[0], "the date in it"
        shift = 1 if overnight else 0
    else:
        near = [
            (d.start - t.end if d.start >= t.end else t.start - d.end, d)
            for d in found_dates
            if TIME_DAY_GAP.fullmatch(text[t.end : d.start] if d.start >= t.end else text[d.end : t.start])
        ]
        if not near:
            return None
        d, how = min(near, key=lambda p: p[0])[1], "the date beside it"
        shift = 1 if overnight and not _INTO.search(text[t.end : d.start]) else 0
    day = _day_of_date(d, shift)
    if not day or (_read_ahead(d) and _PAST_VERB_RE.search(text[max(0, t.start - 40) : t.start])):
        return None  # "killed in a crash at 11 p.m. on Tuesday" read with a "will": which Tuesday is unsure
    if shift:
        how = "the night after " + ("the date in it" if inside else "the date beside it")
    return Step(d.surface or text[d.start : d.end], day, f"{times.DAY_RULE}: {how}")


def _time_claim(
    name: str, sentence: Sentence, index: LineIndex, toks: list[Token], t: times.TimeMatch, day: Step | None = None
) -> Claim:
    """A clock time, or a part of the day ("Thursday evening"), keyed like a date by the event named
    near it; its unit is its zone (a part of the day is ``local``). The day it is on, when its
    sentence says it (``_day_step``), is a step and is shown with it ("evening of Monday 12 May")."""
    before, after = window(toks, t.start, t.end)
    next_five = after[:5]
    if t.granularity == times.PART_OF_DAY:  # "on Monday evening, hours after the arrest": another event
        next_five = list(itertools.takewhile(lambda tok: tok.text.lower() not in _OTHER_EVENT_WORDS, next_five))
    near = before[-5:] + next_five
    event = next((cls for tok in near if (cls := event_class(tok.text))), "")
    if not event:
        # "A quake struck the coastal city of X at 6:40 a.m.": the event the clause before names
        clause = toks[: token_index(toks, t.start)][-TIME_EVENT_LOOKBACK:]
        event = next((cls for tok in reversed(clause) if (cls := event_class(tok.text))), "event")
    around = before + after
    return Claim(
        kind=ClaimKind.TIME,
        key=event,
        value=t.value,
        display=_shown_with_day(t, day),
        unit=t.zone,
        location=location(name, sentence, index, t.start, t.end),
        sentence=sentence.text,
        surface=sentence.text[t.start : t.end],
        steps=(*t.steps, day) if day else t.steps,
        context=tuple(content_stems(around)),
        names=tuple(names(around)),
        qualifier=t.qualifier,
        stated=float(t.stated),
        granularity=t.granularity,
    )


_OTHER_EVENT_WORDS = frozenset("after before since following".split())
"""After a part of the day, these begin the name of another event than the one it is the time of."""


def _shown_with_day(t: times.TimeMatch, day: Step | None) -> str:
    """A time as shown, with its day: "21:15 on Thursday 8 May", "evening of Monday (17:00-23:59)"."""
    if day is None:
        return t.display
    words = times.day_words(day.result)
    if t.granularity == times.PART_OF_DAY:
        name, _, span = t.display.partition(" (")
        if name in ("early", "late"):  # "early Saturday 15 November (00:00-08:59)"
            return f"{name} {words} ({span}"
        return f"{'small hours' if name == 'overnight' else name} of {words} ({span}"
    return f"{t.display} on {words}"


_IT_WAS = re.compile(
    r"\b(?:said|says|put|puts|estimated|estimates|measured|measures|gave|gives|rated|rates|recorded|records)\s+"
    r"it\s+(?:was\s+|is\s+|at\s+|as\s+)\Z"
)
"""Words that give a figure as what another source says a figure named before it is: "put the quake's
magnitude at 4.8, but the survey said it was 5.2"."""


_CLAUSE_CLOSED = re.compile(r"\s*(?:[.,;:)]|\s(?:and|but|while|whereas|according)\b|\Z)")
"""What follows a bare figure that closes its clause ("said it was 5.2.", "said it was 50,000, and ..."):
not "4 in the morning", "8,000 more than", "10 on a scale of one to 10"."""
_ANOTHER_TIME = re.compile(
    r"\b(?:last|previous|previously|earlier|before|ago|(?:19|20)\d\d)\b|\d[:.]\d\d", re.IGNORECASE
)
"""Between the named figure and the bare one, words of another time than the figure's ("last year they
put it at 18,000") or a clock time."""


_SAYER = re.compile(r"(\w+)\s*\Z")
"""The word right before the verb of ``_IT_WAS``: who gives the bare figure ("organisers said it was"),
its subject when one of ``ESTIMATORS``, as a crowd's estimator is ("Police put the crowd at": police)."""


def _said_otherwise(
    name: str, sentence: Sentence, index: LineIndex, toks: list[Token], n: numbers.NumberMatch, claims: list[Claim]
) -> Claim | None:
    """A bare figure another source gives for the figure its sentence gave before it ("put the quake's
    magnitude at 4.8, but the survey said it was 5.2"; ``_IT_WAS``): the same thing, another value.
    None when no figure of the sentence comes before it, or the bare one has a unit of its own."""
    text = sentence.text
    said = None if n.unit_hint else _IT_WAS.search(text, max(0, n.start - 30), n.start)
    if said is None:
        return None
    earlier = [
        c
        for c in claims
        if c.kind is ClaimKind.QUANTITY and c.location.end - sentence.start <= n.start and c.stated is not None
    ]
    if not earlier:
        return None
    told = max(earlier, key=lambda c: c.location.end)
    if not _CLAUSE_CLOSED.match(text, n.end) or _ANOTHER_TIME.search(text, told.location.end - sentence.start, n.start):
        # "said it was 4 in the morning", "put it at 8,000 more than", "said it was 10 on a scale of":
        # the bare figure is no value of the measure; "last year they put it at 18,000": another time's
        return None
    if told.unit or told.key in ("age", "money", "people") or not told.surface.split()[-1][-1:].isdigit():
        # a measure or a sum has its unit written ("said it was 40 km"), a person's age is no "it", and
        # "it" names no count of things ("had 300 staff; its founder said it was 15 when he started"):
        # only a bare figure of a named measure ("the magnitude at 4.8", "the crowd at 20,000")
        return None
    before_ctx, after_ctx = window(toks, n.start, n.end)
    surface = text[n.start : n.end]
    who = _SAYER.search(text, 0, said.start())
    sayer = who.group(1).lower() if who else ""
    return replace(
        told,
        value=n.value,
        stated=n.stated,
        qualifier=n.qualifier,
        granularity=n.granularity,
        display=surface,
        normalised="",
        surface=surface,
        location=location(name, sentence, index, n.start, n.end),
        steps=(*n.steps, Step(surface, f"{surface} ({told.key})", f"what another source says the {told.key} is")),
        context=tuple(content_stems(before_ctx + after_ctx)),
        names=tuple(names(before_ctx + after_ctx)),
        modifiers=(),
        subject=sayer if sayer in ESTIMATORS else "",
    )


_MAY_HAVE_ORDINAL = re.compile(
    r"\d(?:st|nd|rd|th)\b|\d\s?[-–]\s?\d|\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh"
    r"|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|\w+teenth|[Tt]wentieth)\b"
)
"""Whether a sentence without numbers, dates or times may still hold an ordinal or a record."""


def _may_have_ordinal_or_record(text: str) -> bool:
    """Whether `ordinal_claims` or `record_claims` may find something: `_may_have_ordinal`, then
    (for the sentences it lets through, a fifth of those without numbers) their own patterns."""
    if not _may_have_ordinal(text):
        return False
    lowered = ascii_lowered(text)
    if lowered is None or ORDINAL_LOWER.search(lowered) is not None:
        return True
    return RECORD.search(text) is not None


def _may_have_ordinal(text: str) -> bool:
    """`_MAY_HAVE_ORDINAL`, as three searches that each skip to where they can match."""
    return (
        _ORDINAL_DIGITS.search(text) is not None
        or (any(map(text.__contains__, _ORDINAL_WORD_PARTS)) and _ORDINAL_WORDS.search(text) is not None)
        or ("teenth" in text and _TEENTH.search(text) is not None)
    )


_ORDINAL_DIGITS = re.compile(r"\d(?:(?:st|nd|rd|th)\b|\s?[-–]\s?\d)")
"""`_MAY_HAVE_ORDINAL`'s two alternatives that start with a digit."""
_ORDINAL_WORD_LIST = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth".split()
)
_ORDINAL_WORDS = re.compile(
    trie_pattern(
        [w for word in _ORDINAL_WORD_LIST for w in (word, word.capitalize())],
        after_first=r"(?<!\w.)",
    )
    + r"\b"
)
"""`_MAY_HAVE_ORDINAL`'s ordinal words ("First", "first"...) as a trie of literals (the word boundary
before each is tested after its first letter, a word character), so that the search skips to their
first letters."""
_ORDINAL_WORD_PARTS = ("irst", "econd", "hird", "ourth", "ifth", "ixth", "ighth", "inth", "enth", "welfth", "ntieth")
"""A part of each of `_ORDINAL_WORDS`' words ("enth": seventh, tenth, eleventh), looked for with
``in`` (a fast scan in C) before the pattern."""
_TEENTH = re.compile(r"(?<=\w)teenth\b")
"""`_MAY_HAVE_ORDINAL`'s words ending in "teenth": "teenth" ending a word, after a word character
(the word's start is then a word boundary), found by a literal search."""


def text_of(sentence: Sentence, start: int, end: int) -> str:
    return sentence.text[start:end]
