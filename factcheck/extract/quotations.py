"""QUOTE claims: quoted passages and who said them.

One claim per quoted passage of at least ``quotes.MIN_WORDS`` words and per paragraph (a quotation
over several paragraphs gives one claim per paragraph, with one speaker; ``quotes.find_quotes``).
The speaker: "X said", "said X", "X, the minister, told", "X told reporters there is still ...",
"according to X", "he said" after a named person, "the official said", "said Sgt. X" (title words
between); a quote without a speech verb in the paragraph of the quote before it, or continuing it,
keeps that quote's speaker; the lines of a quotation over several lines before the one naming its
speaker take that speaker; a paragraph that opens with a quote nobody is said to speak, right
after a paragraph with a quote, keeps that quote's speaker (the newspaper convention: a new
speaker is named).
``subject`` = the speaker (a person's full name; an organisation or unnamed source is kept in
``qualifier`` but ``subject`` stays empty), ``text_value`` = folded words, ``display`` = the quoted
text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from factcheck import quotes
from factcheck.extract.named_context import NamedContext, context_of, in_text_order
from factcheck.extract.persons import TITLE_WORDS, speech_verbs
from factcheck.extract.registry import ArticleText, extractor
from factcheck.models import Claim, ClaimKind, Location, Sentence, Step
from factcheck.places import fold

__all__ = ["quote_claims"]

Speaker = tuple[str, str, tuple[Step, ...]]
"""Who says a quote: (name, kind person|org|unnamed, the steps that name them)."""

ACCORDING_TO_REACH = 60
"""Characters after "according to" within which the speaker's name starts (after a title phrase)."""
SPEAKER_REACH = 80
"""Characters before a speech verb searched for an unnamed speaker ("the US Department of State
spokesperson said")."""
PRONOUN_REACH = 5
"""Sentences back to the person a "he said" or "she said" stands for, at most."""


@extractor("quotations", ClaimKind.QUOTE)
def quote_claims(text: ArticleText) -> list[Claim]:
    """Quoted passages and their speakers."""
    if not text.sentences:
        return []
    return in_text_order(_quote_claims(context_of(text)))


def _sentence_at(sentences: Sequence[Sentence], group: list[int], offset: int) -> int:
    """The sentence of a paragraph (indices ``group``) holding ``offset``, else the nearest before."""
    starts = [sentences[si].start for si in group]
    i = bisect.bisect_right(starts, offset) - 1
    return group[max(i, 0)]


def _quote_claims(ctx: NamedContext) -> list[Claim]:
    sentences = ctx.sentences
    paragraphs: list[tuple[int, str]] = []
    para_sents: list[list[int]] = []
    for si, s in enumerate(sentences):
        if para_sents and sentences[para_sents[-1][-1]].paragraph == s.paragraph:
            para_sents[-1].append(si)
        else:
            para_sents.append([si])
    text = ctx.article.text
    for group in para_sents:
        first, last = sentences[group[0]], sentences[group[-1]]
        paragraphs.append((first.start, text[first.start : last.end]))
    spans = quotes.find_quotes(paragraphs)
    claims: list[Claim] = []
    prev_speaker: Speaker | None = None
    prev_para = -1
    placed: list[tuple[int, int]] = []
    speakers: list[Speaker | None] = []
    for q in spans:
        group = para_sents[q.paragraph]
        si_start = _sentence_at(sentences, group, q.start)
        si_end = _sentence_at(sentences, group, max(q.start, q.end - 1))
        speaker = _attribute(ctx, q, spans, si_start, si_end)
        if speaker is None and prev_speaker is not None and (q.paragraph == prev_para or q.continues):
            name, kind, _steps = prev_speaker
            speaker = (name, kind, (Step("(no speech verb)", name, "same speaker as the quote before it"),))
        prev_speaker = speaker
        prev_para = q.paragraph
        placed.append((si_start, si_end))
        speakers.append(speaker)
    # a quotation over several lines names its speaker after its last line: the lines before it
    for k in range(len(spans) - 2, -1, -1):
        after = speakers[k + 1]
        if speakers[k] is None and after is not None and spans[k + 1].continues and not spans[k].closed:
            name, kind, _steps = after
            speakers[k] = (name, kind, (Step("(no speech verb)", name, "same speaker as the rest of the quotation"),))
    # a paragraph opening with a quote nobody is said to speak goes on with the quote before it
    for k in range(1, len(spans)):
        before = speakers[k - 1]
        q = spans[k]
        if (
            speakers[k] is None
            and before is not None
            and q.paragraph == spans[k - 1].paragraph + 1
            and _opens(q, paragraphs)
        ):
            name, kind, _steps = before
            speakers[k] = (name, kind, (Step("(no speech verb)", name, "same speaker as the paragraph before"),))
    for q, (si_start, si_end), speaker in zip(spans, placed, speakers, strict=True):
        inner = text[q.inner_start : q.inner_end].strip()
        words = quotes.quote_words(inner)
        if len(inner.split()) < quotes.MIN_WORDS or not words:
            continue  # a term ("in-depth"): words written apart are counted, not their parts
        sentence = " ".join(sentences[si].text for si in range(si_start, si_end + 1))
        claims.append(_quote_claim(ctx, q.start, q.end, inner.strip(" ,"), "quote", sentence, words, speaker))
    claims.extend(_reported_claims(ctx, spans))
    return claims


def _quote_claim(
    ctx: NamedContext,
    start: int,
    end: int,
    display: str,
    unit: str,
    sentence: str,
    words: list[str],
    speaker: Speaker | None,
) -> Claim:
    """A QUOTE claim of ``text[start:end]``: a quotation (unit ``quote``) or a reported clause
    (``reported``), with its speaker's name, kind and steps."""
    name, kind, steps = speaker if speaker is not None else ("", "", ())
    line, col = ctx.index.position(start)
    return Claim(
        kind=ClaimKind.QUOTE,
        key="quote",
        value=None,
        display=display,
        unit=unit,
        location=Location(ctx.name, start, end, line, col),
        sentence=sentence,
        surface=ctx.article.text[start:end],
        steps=steps,
        people=(fold(name),) if kind == "person" else (),
        qualifier=kind if kind != "person" else "",
        text_value=" ".join(words),
        chain=(name,) if name else (),
        subject=name if kind == "person" else "",
    )


REPORTING_VERBS = frozenset(
    """said says explained explains warned warns insisted insists maintained maintains argued argues
    reiterated""".split()
)
"""Speech verbs after which a clause reports what was said ("X said the store would be rebuilt")."""
THAT_VERBS = frozenset(
    """added adds noted notes claimed claims acknowledged admitted confirmed confirms announced
    announces stressed stresses stated states""".split()
)
"""Speech verbs that report a clause only with "that": "claimed the title", "added to the list" and
"announced a plan" say nothing anyone said."""
TOLD_VERBS = frozenset({"told", "tells"})
"""Told whom: reporters or a news conference (then "that" may go), anyone else then "that"; "told him to
leave" reports nothing."""
REPORTED_MIN_WORDS = 4
"""Words a reported clause needs: fewer ("said it was not") say too little to be compared."""
REPORTED_RULE = "reported speech: the article's words for what the speaker said, not a quotation"
_DAY = r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:today|yesterday)\s+)?"
_AUDIENCE = r"(?:reporters|journalists|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing))\s+"
_OPENINGS = {
    "said": re.compile(rf"\s+{_DAY}(?:that\s+)?(?=[a-z0-9])"),
    "that": re.compile(rf"\s+{_DAY}that\s+(?=[a-z0-9])"),
    "told": re.compile(rf"\s+(?:{_AUDIENCE}{_DAY}(?:that\s+)?|(?:(?:the|a|an)\s+)?[\w'’-]+\s+{_DAY}that\s+)(?=[a-z])"),
}
"""What may stand between the verb and the clause it reports: the day, "that", whom it was told. The
clause opens with a lower-case word: "said Smith" names the speaker, it reports nothing."""


def _opening(verb: str) -> re.Pattern[str] | None:
    if verb in REPORTING_VERBS:
        return _OPENINGS["said"]
    if verb in THAT_VERBS:
        return _OPENINGS["that"]
    return _OPENINGS["told"] if verb in TOLD_VERBS else None


_NOT_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)|['’]s)\s+(?:\w+ly\s+)?\Z"
    r"|\b(?:who|whom|whose|what|which)\s+(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
"""Before a speech verb that says nothing: a determiner ("the confirmed death toll", "his stated aim") or a
relative pronoun ("the man who police said fired", "what Roe said was the cause"): the clause after it is
no statement of the speaker's own."""
_DENIED = re.compile(r"\b(?:[Nn]either|[Nn]ever|[Uu]ntrue|[Ff]alse|[Dd]enied|[Dd]enies)\b")
"""A sentence that says something was not said ("Neither Roe nor Lima said ...", "It is untrue that
Roe said ..."): it reports no statement."""
_SPOKEN_FOR = re.compile(
    r"\b(?:lawyer|attorney|friend|daughter|son|wife|husband|mother|father|brother|sister|relative|aide|"
    r"colleague|neighbou?r|partner|cousin|niece|nephew|doctor)s?\s+(?:of|for|to)\s+(?:[A-Z][\w'’.-]*\s+){0,3}\Z",
    re.IGNORECASE,
)
"""Someone else before a name ("A lawyer for Lena Roe said", "the daughter of Roe said"): that
person speaks, not the one named. ("A statement from X", "a spokesman for X" speak for X.)"""
_SUBORDINATE = re.compile(r"^\s*(?:As|When|If|While|Although|Though|Because|Since|Unless|Once|After|Before)\b")
"""A sentence opening with a subordinate clause: its "said" clause runs into the main clause."""
_NOT_CLAUSE_START = frozenset(
    """was were is are be been being had has have would will could should did does do to of on with for
    about against in at from by into over up down off out as""".split()
)
"""First words of what follows a verb of saying that is no reported clause: a verb ("police said fired the
shots": a relative clause), "to" ("said to be"), a preposition ("warned of", "insisted on")."""
_CLAUSE_STOP = re.compile(
    r",\s+(?:but|adding|while|although|though|whereas|according)\b"
    r"|,?\s+(?:and\s+)?(?:(?:[A-Z][\w'’-]*\s+)+|(?:officials|police|authorities|he|she|they)\s+)(?:said|says)\b"
)
"""Where a reported clause ends before the sentence does: another clause ("..., but she later denied
it", "..., adding that ...") or another speaker ("... and Omar Haddad said it would not")."""
_QUOTE_MARKS = re.compile('[“”"‘]')
_CLAUSE_END = re.compile(r"[\s.!?…;:,]+$")


def _reported_claims(ctx: NamedContext, spans: Sequence[quotes.QuoteSpan]) -> list[Claim]:
    """QUOTE claims (unit ``reported``) of what a named speaker is reported to have said, in a sentence
    holding no quotation: "Jane Roe said the leak started under the kitchen floor" gives "the leak
    started under the kitchen floor", said by Jane Roe. The judge compares them with the
    speaker's quotes only as compatible or not: a paraphrase is never a contradiction of its wording."""
    quoted = [(q.start, q.end) for q in spans]
    out: list[Claim] = []
    for si, s in enumerate(ctx.sentences):
        if any(a < s.end and s.start < b for a, b in quoted) or _QUOTE_MARKS.search(s.text):
            continue
        if s.text.rstrip().endswith("?") or _SUBORDINATE.match(s.text):
            continue  # a question reports nothing; "As Roe said X, crowds gathered" runs into its main clause
        for verb in speech_verbs(s.text):
            pattern = _opening(verb.group())
            opening = pattern.match(s.text, verb.end()) if pattern is not None else None
            if opening is None or _NOT_SPEECH_BEFORE.search(s.text, 0, verb.start()):
                continue
            if _DENIED.search(s.text, 0, verb.start()):
                break  # "Neither Roe nor Lima said ...": nothing was said
            clause_start = opening.end()
            stop = _CLAUSE_STOP.search(s.text, clause_start)
            tail = _CLAUSE_END.search(s.text, clause_start, stop.start() if stop else len(s.text))
            clause_end = tail.start() if tail else (stop.start() if stop else len(s.text))
            clause = s.text[clause_start:clause_end]
            words = quotes.quote_words(clause)
            if len(words) < REPORTED_MIN_WORDS or words[0] in _NOT_CLAUSE_START or words[0].endswith("ed"):
                continue  # "the man police said fired the shots": a verb opens a relative clause, no statement
            v_start, v_end = s.start + verb.start(), s.start + verb.end()
            speaker = _subject(ctx, si, s.start, v_start, v_end)
            if speaker is None:
                continue
            name, kind, steps = speaker
            surname = name.split()[-1] if name else ""
            between = s.text[verb.end() : clause_start]
            if surname and (surname in between or surname in clause.split()[:1]):
                continue  # "He told Roe that ...": Roe is told, not the speaker
            at = s.text.rfind(surname, 0, verb.start()) if surname else -1
            if kind == "person" and at >= 0 and _SPOKEN_FOR.search(s.text, 0, at):
                continue  # "A lawyer for Lena Roe said": the lawyer speaks, not Roe
            if speech_verbs(" ".join(clause.split()[:4])):
                continue  # "Roe said police said ...": the clause is another's
            told = (name, kind, (*steps, Step(verb.group(), name, REPORTED_RULE)))
            start, end = s.start + clause_start, s.start + clause_end
            out.append(_quote_claim(ctx, start, end, clause, "reported", s.text, words, told))
            break  # one reported clause per sentence: the first speech verb's
    return out


_PRONOUN_VERB = re.compile(r"^\s*[,—–-]?\s*(?P<p>[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?(?P<v>[a-z]+)\b")
_QUOTED_AS = re.compile(r"\s+was\s+(?:also\s+)?quoted\s+(?:by\s+[^,.;“”\"]{1,40}?\s+)?as\s+say(?:ing)?\b")
"""A wire's "he was quoted as saying", "she was quoted by the agency as saying": he said."""
_NP_VERB = re.compile(
    r"(?P<np>(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.-]*\s+|[a-z][\w’'-]*\s+){0,4}?"
    r"(?:official|officials|spokesman|spokeswoman|spokesperson|readout|statement|ministry|department|agency|embassy|"
    r"police|government|source|sources|report|White House|Kremlin|"
    + "|".join(re.escape(w) for w in sorted(quotes.WITNESS_WORDS.split(), key=len, reverse=True))
    + r"|[A-Z][\w’'.-]*))\s+"
    r"(?:also\s+)?(?P<v>[a-z]+)\b"
)


def _attribute(
    ctx: NamedContext, q: quotes.QuoteSpan, spans: list[quotes.QuoteSpan], si_start: int, si_end: int
) -> tuple[str, str, tuple[Step, ...]] | None:
    """(speaker name, kind person|org|unnamed, steps) of a quote, or None."""
    sentences = ctx.sentences
    s_end = sentences[si_end]
    s_start = sentences[si_start]
    at = bisect.bisect_left(spans, q.start, key=lambda o: o.start)
    next_q = spans[at + 1].start if at + 1 < len(spans) else s_end.end
    prev_q = spans[at - 1].end if at > 0 else s_start.start
    after_lo, after_hi = q.end, min(s_end.end, next_q)
    before_lo, before_hi = max(s_start.start, prev_q), q.start
    text = ctx.article.text
    after = text[after_lo:after_hi]
    # "“...,” he said" / "“...,” Li Na, the minister, told" / "“...,” said Lima"
    pm = _PRONOUN_VERB.match(after)
    if pm and (pm["v"] in quotes.SPEECH_VERBS or _QUOTED_AS.match(after, pm.end("p"))):
        return _pronoun(ctx, si_end, after_lo + pm.start("p"), pm["p"])
    found = speech_verbs(after)
    verb = found[0] if found else None
    if verb:
        got = _subject(ctx, si_end, after_lo, after_lo + verb.start(), after_lo + verb.end())
        if got:
            return got
    acc = _ACCORDING.search(after) or _ACCORDING.search(text, before_lo, before_hi)
    # "Lima told reporters there is still “...”" / "Li said she hoped ... “...”"
    before = text[before_lo:before_hi]
    verbs = speech_verbs(before)
    if verbs:
        v = verbs[-1]
        got = _subject(ctx, si_start, before_lo, before_lo + v.start(), before_lo + v.end())
        if got:
            return got
        pb = re.search(r"\b(?P<p>he|she|He|She)\s+(?:also\s+|then\s+)?(?P<v>[a-z]+)\b", before)
        if pb and pb["v"] in quotes.SPEECH_VERBS:
            return _pronoun(ctx, si_start, before_lo + pb.start("p"), pb["p"])
    if acc:
        in_after = acc.string is after
        pos = after_lo + acc.end() if in_after else acc.end()
        si = si_end if in_after else si_start
        m = ctx.people.mention_at(si, pos - sentences[si].start, ACCORDING_TO_REACH)
        if m is not None:
            return m.name, "person", ctx.name_steps(m)
    return None


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_SUBJECT_GAP = re.compile(
    r"(?:’s?|'s?)?\s*(?:,[^“”\"]{0,140},)?\s*"
    r"(?:(?:also|then|later|again|in turn|has|had|have|would|will|\w+ly)\s+){0,4}"
)
"""What may stand between a speaker's name and the speech verb: an appositive, adverbs."""


def _subject(ctx: NamedContext, si: int, lo: int, v_start: int, v_end: int) -> tuple[str, str, tuple[Step, ...]] | None:
    """Who the speech verb at [v_start, v_end) belongs to, looking within [lo, v_start) and after it."""
    text = ctx.article.text
    s = ctx.sentences[si]
    # the person mentioned right before the verb, possibly with an appositive between
    persons = [m for m in ctx.persons_in(si) if lo <= s.start + m.start and s.start + m.end <= v_start]
    for m in reversed(persons):
        between = text[s.start + m.end : v_start]
        if _SUBJECT_GAP.fullmatch(between):
            return m.name, "person", ctx.name_steps(m)
    # "said Lima", "said Sgt. Lima"
    for m in ctx.persons_in(si):
        if s.start + m.start >= v_end and _title_gap(text[v_end : s.start + m.start]):
            return m.name, "person", ctx.name_steps(m)
    # "the official said", "the US readout said", "The United States says"
    head = text[max(lo, v_start - SPEAKER_REACH) : v_end]
    np = None
    for cand in _NP_VERB.finditer(head):
        if cand.end() == len(head) and cand["v"] in quotes.SPEECH_VERBS:
            np = cand
    if np is None:  # "a police spokesman said": the scan above took "a police" with "spokesman" for its verb
        starts = (w.start() for w in re.finditer(r"\S+", head) if w.group().lower() not in _LINKING)
        whole = (_NP_VERB.fullmatch(head, at) for at in starts)
        np = next((m for m in whole if m is not None and m["v"] in quotes.SPEECH_VERBS), None)
    if np is not None:
        phrase = np["np"].strip()
        wider = _DESCRIBED_BEFORE.search(head, 0, np.start("np")) if phrase.lower() in _SPOKES else None
        if wider is not None:  # "A city spokesman said": the scan took "A city" for a name and its verb
            phrase = f"{wider.group().strip()} {phrase}"
        if phrase.split()[-1].lower() in ("he", "she", "it", "they"):
            return None
        words = phrase.split()
        kind = "unnamed" if words[0].lower() in ("a", "an") or words[-1].islower() else "org"
        return phrase, kind, ()
    return None


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "statement"})
_DESCRIBED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w’'-]*\s+){1,3}$")
"""A spokesman's body told before the word in lower case ("a city spokesman", "the company statement")."""
_LINKING = frozenset({"but", "and", "yet", "so", "then", "however", "also", "or"})
"""Words opening a sentence before the speaker ("But police said"): no part of the speaker's name."""
TITLE_GAP = 3
"""Title words at most between "said" and the speaker's name ("said Deputy Chief Lima")."""


def _title_gap(between: str) -> bool:
    """Whether what stands between a speech verb and a name is nothing, a comma, or a title
    ("Sgt.", "Captain", "Deputy Chief"): capitalised, a title word or abbreviated with a full stop."""
    words = between.strip(" ,").split()
    return len(words) <= TITLE_GAP and all(
        w[:1].isupper() and (fold(w.rstrip(".")) in TITLE_WORDS or (w.endswith(".") and len(w) <= 5)) for w in words
    )


def _opens(q: quotes.QuoteSpan, paragraphs: Sequence[tuple[int, str]]) -> bool:
    """Whether a quote opens its paragraph."""
    base, text = paragraphs[q.paragraph]
    return not text[: q.start - base].strip()


def _pronoun(ctx: NamedContext, si: int, pos: int, pronoun: str) -> tuple[str, str, tuple[Step, ...]] | None:
    """He/she: the first person named in the latest sentence that names one (the subject)."""
    s = ctx.sentences[si]
    here = [m for m in ctx.persons_in(si) if s.start + m.end <= pos]
    if here:
        m = here[0]
        return m.name, "person", (Step(pronoun, m.name, "pronoun: the person named before it"),)
    for back in range(si - 1, max(-1, si - PRONOUN_REACH - 1), -1):
        ms = ctx.persons_in(back)
        if ms:
            m = ms[0]
            return m.name, "person", (Step(pronoun, m.name, "pronoun: the person the previous sentences name first"),)
    return None
