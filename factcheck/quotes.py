"""Quotes: quoted passages of a paragraph, speaker cues, and word-level comparison of two quotes.

``find_quotes(paragraphs)`` finds quoted passages in straight (") and curly (“ ”, ‘ ’) quotes, in
typewriter quotes (`like this'), and opened with two apostrophes (''like this," or ''like this''). A
passage may run over several sentences; a passage still open at the end of a paragraph runs to the
paragraph's end and, when the next paragraph opens with a quote mark (the newspaper convention for
a quotation of several paragraphs), continues there with the same speaker. Where each sentence is a
line of its own, a passage left open resumes on the next lines up to the first that closes it (its
first double quote mark closes a passage: ``I will rebuild it," he said.``), over at most
``RESUMED_LINES`` lines without a mark; those lines give passages that open without a mark. An
apostrophe (That’s) never closes a single-quoted passage.

``speech_verb_at`` and ``subject_before`` read who speaks: "X said", "said X", "X told reporters",
"X, the minister, told", "he said", "according to X", "the official said".

``compare_quotes`` aligns two quotes of one speaker word by word (folded, punctuation dropped):

- ``agree``: the same words, or one is a contiguous fragment of the other (words in brackets or
  parentheses are the editor's and left out);
- ``trimmed``: one quote is a whole sentence of the speaker's (it opens in upper case) whose words
  sit inside a longer sentence of the other: words cut from its start ("I think that she was..."
  / "She was...") or, when it ends a sentence, from its end ("...hurt, but he was following
  orders." / "...hurt."). A fragment woven into the reporter's sentence, or whole sentences of a
  longer passage, stay ``agree``;
- ``reorder``: the shorter's words all appear, in another order, in a window of the longer (in
  their own order, with words put in between, they are worded differently);
- ``notation``: the same passage, with numbers or times written another way ("7:15pm PST" /
  "19:15");
- ``conflict``: a passage in common (rapidfuzz ``partial_ratio`` of the texts at least
  ``PARTIAL_CUTOFF`` and at least ``MIN_SHARED`` words shared in order) but different wording; the
  explanation is the word diff (``difflib`` over words): ``-build +make, -and``; from the first
  word the two share to the last, at least ``MIN_PASSAGE_SHARE`` of the words are shared; or a
  phrase of fewer than ``MIN_SHARED`` words quoted with at most ``INSERTED_WORDS`` put into it
  ("a fair deal" / "a fair and open deal");
- ``None``: different passages (sharing only function words, ``words.STOPWORDS``), or two excerpts
  that only overlap (the end of one opens the other) with no word changed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.places import fold
from factcheck.words import STOPWORDS

__all__ = [
    "MIN_WORDS",
    "QuoteComparison",
    "QuoteSpan",
    "compare_quotes",
    "find_quotes",
    "quote_words",
    "word_diff",
]

MIN_WORDS = 2
"""Quoted passages shorter than this are terms ("in-depth"), not quotes. Two words are a quote
("potentially suspicious", as a fire chief put it): on the dev stories this reads 12 more of the
284 annotated quotes and changes no conflict."""
PARTIAL_CUTOFF = 60
"""rapidfuzz partial_ratio from which two quotes may be the same passage."""
MIN_SHARED = 4
"""Words two quotes must share, in order, to be the same passage differently worded."""
MIN_SHARED_FRACTION = 0.45
"""...and that share of the shorter quote's words: nearly half. Measured on the 24 dev stories: one
gold conflict more than at 0.55 (one sentence of a president's translated two ways, a clause
reworded before eight words alike), and at 0.45 one more than at 0.5 (an official's remark on the
sea's depth worded two ways, sharing 6 of its 13 words in order); no false one (the other gates
hold). In the 2,225 unrelated reports of bench/bench_scale.py, 0.45 adds one quote conflict, right:
one remark a book reports, quoted two ways by two reports."""
TOKEN_SET_CUTOFF = 70
"""rapidfuzz token_set_ratio two differently worded renderings of one passage reach."""
MIN_LENGTH_RATIO = 0.4
"""A quote under this share of the other's length is one passage only if nearly all of it is shared
(``NEAR_ALL``): a short remark inside a long one is usually another statement."""
NEAR_ALL = 0.9
MIN_PASSAGE_SHARE = 0.5
"""Share of the words from the first shared word to the last (in the quote where that run is longer)
that two renderings of one passage have in common. On the dev stories the 23 quote conflicts the
gold confirms share 0.58 to 0.97 of that run; a remark from another interview that shares a few
words ("we know nothing yet about the cause" / "we simply have not heard anything yet, whatever
the cause"), 0.33."""
SHORT_END = 3
"""Unaligned ends this short on both sides are shown as replacements in a word diff."""

WITNESS_WORDS = (
    "witness witnesses eyewitness eyewitnesses resident residents neighbour neighbours neighbor neighbors "
    "bystander bystanders onlooker onlookers passer-by passerby villager villagers"
)
"""Words for a speaker described, not named ("a witness said", "one resident told reporters"): the
quote is given to that description, someone other than any named speaker unless an article links them."""
SPEECH_VERBS = frozenset(
    """said says say told tells added adds stated states noted notes warned warns insisted insists
    explained explains wrote writes declared declares announced announces asked asks urged urges
    described describes characterised characterized calling called argued argues stressed stresses
    emphasised emphasized emphasises emphasizes remarked replied responded recalled acknowledged
    admitted claimed claims vowed promised pledged reiterated affirmed confirmed conceded tweeted
    posted quipped continued""".split()
)
"""Verbs that introduce what someone said."""


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted passage; offsets into the text given to ``find_quotes``."""

    start: int
    """Offset of the opening quote mark."""
    end: int
    """Offset just past the closing mark (or the paragraph's end when left open)."""
    inner_start: int
    inner_end: int
    paragraph: int
    """Index of the paragraph in the sequence given."""
    closed: bool
    continues: bool
    """True when it continues a passage left open at the end of the previous paragraph."""


_OPENERS = '“‘"`'
_OPENER = re.compile("[“‘\"`]|''")
_SINGLE_END = re.compile('[’“"]')
"""What may end a single-quoted passage: a closing mark, or a double quote (then it was none)."""
_BACKTICK_END = re.compile("['’]")


def find_quotes(paragraphs: Sequence[tuple[int, str]]) -> list[QuoteSpan]:
    """Quoted passages of consecutive paragraphs given as (offset, text); offsets are global."""
    out: list[QuoteSpan] = []
    open_at_end = False
    resumed_until = -1
    for p_index, (base, text) in enumerate(paragraphs):
        continues_first = open_at_end and text.lstrip()[:1] in _OPENERS
        if open_at_end and not continues_first:
            resumed_until = _resumed_until(paragraphs, p_index)
        open_at_end = False
        i, n = 0, len(text)
        first = True
        if p_index <= resumed_until:
            # a line of a passage opened on an earlier line: from the line's start to its closing mark
            lead = n - len(text.lstrip())
            close = _first_mark(text)
            if close is None or p_index < resumed_until:
                out.append(QuoteSpan(base + lead, base + n, base + lead, base + n, p_index, False, True))
                open_at_end = True
                continue
            out.append(QuoteSpan(base + lead, base + close + 1, base + lead, base + close, p_index, True, True))
            i, first = close + 1, False
        while i < n:
            mark = _OPENER.search(text, i)  # jump to the next quote mark instead of testing every character
            if mark is None:
                break
            i = mark.start()
            kind = _opening(text, i)
            if kind is None:
                i += 1
                continue
            inner_start = i + 2 if kind == "doubled" else i + 1
            close = _find_close(text, inner_start, kind)
            if close is None:
                out.append(
                    QuoteSpan(
                        base + i, base + n, base + inner_start, base + n, p_index, False, first and continues_first
                    )
                )
                open_at_end = kind == "straight" or kind == "curly"
                break
            out.append(
                QuoteSpan(
                    base + i,
                    base + close + (2 if text.startswith("''", close) else 1),
                    base + inner_start,
                    base + close,
                    p_index,
                    True,
                    first and continues_first,
                )
            )
            first = False
            i = close + (2 if text.startswith("''", close) else 1)
    return out


RESUMED_LINES = 3
"""Lines without a quote mark a passage left open may run over before the line that closes it.
Where each sentence is a line of its own, a quotation of several sentences opens on one line and
closes on a later one ("I am sorry. / I will not let you down," he said.). On the dev stories,
of 119 passages left open at a line's end that a later line closes, 89 close on the next line and
28 after one to three lines without a mark; the other 2 close six lines on, ending a whole
article quoted inside another, not a quotation."""


def _first_mark(text: str) -> int | None:
    """Offset of the first double quote mark of a line when it closes a passage left open before the
    line, None when the first opens one or there is none. A ``”`` closes; a ``"`` closes when it opens
    none (``done," he said``) or when the line's straight marks do not pair up (``better, "said X``
    in detokenised text): then the first closes the passage left open. A ``"`` after a digit is a
    height (5'11"), not a mark."""
    straight = [m.start() for m in re.finditer('"', text) if not (m.start() and text[m.start() - 1].isdigit())]
    for m in _DOUBLE_MARK.finditer(text):
        k = m.start()
        if text[k] == "“":
            return None
        if text[k] == "”":
            return k
        if k not in straight:
            continue
        if _opening(text, k) is not None and (not k or len(straight) % 2 == 0):
            return None
        return k
    return None


_DOUBLE_MARK = re.compile('[“”"]')
_ENDS_STOP = re.compile(r"[.!?…]\s*$")


def _resumed_until(paragraphs: Sequence[tuple[int, str]], p_index: int) -> int:
    """When a passage left open before paragraph ``p_index`` goes on over later lines, the index of the
    last of them; else -1. It goes on to a line whose first double quote mark closes it, after at most
    RESUMED_LINES lines without a mark; or over such lines, each a sentence ending with a stop, up to
    a line that opens with a double quote mark (a quotation of several paragraphs, each reopened:
    the lines between are its own)."""
    for k in range(p_index, min(len(paragraphs), p_index + RESUMED_LINES + 1)):
        text = paragraphs[k][1]
        if k > p_index and text.lstrip()[:1] in '"“':
            # the lines between are sentences (a caption or heading between ends with no stop)
            done = all(_ENDS_STOP.search(paragraphs[j][1]) for j in range(p_index, k))
            return k - 1 if done else -1
        if _first_mark(text) is not None:
            return k
        if _DOUBLE_MARK.search(text):
            return -1
    return -1


def _opening(text: str, i: int) -> str | None:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch == "“":
        return "curly"
    if ch == '"' and (prev.isspace() or prev in "([—–-/") and nxt and not nxt.isspace():
        return "straight"
    if ch == "‘" and (prev.isspace() or prev in '([—–-"“') and nxt and not nxt.isspace():
        return "single"
    if ch == "`" and (prev.isspace() or prev in '([—–-"“') and nxt and not nxt.isspace() and nxt != "`":
        return "backtick"
    if ch == nxt == "'" and (prev.isspace() or prev in "([—–-") and text[i + 2 : i + 3].strip() not in ("", "'"):
        return "doubled"  # ''like this," he said: two apostrophes for a double quote mark
    return None


def _find_close(text: str, j: int, kind: str) -> int | None:
    if kind == "curly":
        found = text.find("”", j)
        return None if found < 0 else found
    if kind == "straight":
        found = text.find('"', j)
        return None if found < 0 else found
    if kind == "doubled":  # closed by a double quote mark or by two apostrophes again
        found = min((k for k in (text.find('"', j), text.find("''", j)) if k >= 0), default=-1)
        return None if found < 0 else found
    n = len(text)
    if kind == "backtick":  # `like this' (typewriter quotes): closed by an apostrophe no letter follows
        for mark in _BACKTICK_END.finditer(text, j):
            if not text[mark.start() + 1 : mark.start() + 2].isalpha():
                return mark.start()
        return None
    for mark in _SINGLE_END.finditer(text, j):
        k = mark.start()
        if text[k] in '“"':
            return None
        nxt = text[k + 1] if k + 1 < n else ""
        if not nxt.isalpha():
            return k
    return None


WORD = re.compile(r"[a-z0-9\u00e0-\u024f]+")
"""A word of folded text as quotes are compared (letters and digits)."""
_APOSTROPHE = re.compile(r"(?<=[a-z]) ?['’] ?(?=(?:s|m|t|d|ll|re|ve)\b)|['’]")
"""An apostrophe, with the stray spaces detokenised text puts around it ("I ’ m")."""
_ON_THE_HOUR = re.compile(r"\b(\d{1,2}):00\b(?!:)")
_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=[a-z]{3})(?:ogue)(s?)$"), r"og\1"),
)
"""British spellings read as American ones (realised/realized, travelled/traveled, dialogue/dialog):
both quotes go through them, so a word only ever matches its own other spelling."""
_OUR_WORDS = re.compile(
    r"^(behavi|neighb|col|fav|hon|lab|harb|rum|hum|vap|arm|endeav|sav|val|vig|glam|od|parl|clam|ferv|splend|tum|"
    r"cand|rig|savi)our(s|ed|ing|ite|ites|hood|hoods|able|er|ers)?$"
)
_RE_WORDS = {
    "centre": "center", "centres": "centers", "metre": "meter", "metres": "meters", "theatre": "theater",
    "litre": "liter", "litres": "liters", "fibre": "fiber", "calibre": "caliber", "defence": "defense",
    "offence": "offense", "licence": "license", "pretence": "pretense", "grey": "gray", "programme": "program",
    "programmes": "programs", "tyre": "tire", "tyres": "tires", "cheque": "check", "judgement": "judgment",
    "ageing": "aging", "aluminium": "aluminum", "mould": "mold", "plough": "plow", "storey": "story",
    "towards": "toward", "afterwards": "afterward", "whilst": "while", "amongst": "among",
    "adviser": "advisor", "advisers": "advisors",
}  # fmt: skip


@lru_cache(maxsize=1 << 16)
def spelling(word: str) -> str:
    """The American spelling of a British one, for comparing quotes; other words as they are
    (worked out once per word)."""
    if word in _RE_WORDS:
        return _RE_WORDS[word]
    if word.endswith(("our", "ours", "oured", "ouring", "ourite", "ourites", "ourhood", "ourable", "ourer")):
        m = _OUR_WORDS.match(word)
        if m:
            return f"{m.group(1)}or{m.group(2) or ''}"
    for pattern, repl in _SPELLINGS:
        if pattern.search(word):
            return pattern.sub(repl, word)
    return word


def quote_words(text: str) -> list[str]:
    """Folded words of a quote, punctuation, apostrophes and ellipses dropped, British spellings
    read as American ("China-US" gives china, us; "I ’ m" gives im; "realised" gives realized), a
    time on the hour without its minutes ("9:00 a.m." gives 9, a, m, as "9 a.m." does)."""
    folded = fold(text)
    if ":00" in folded:
        folded = _ON_THE_HOUR.sub(r"\1", folded)
    if "'" in folded or "’" in folded:  # every match holds an apostrophe: most quotes have none
        folded = _APOSTROPHE.sub("", folded)
    return list(map(spelling, WORD.findall(folded)))


@dataclass(frozen=True)
class QuoteComparison:
    verdict: str
    """agree, reorder, notation or conflict."""
    score: float
    """rapidfuzz partial_ratio of the two texts."""
    diff: tuple[str, ...] = ()
    """Word edits from the first quote to the second: ``-build +make``."""
    only_first: str = ""
    """Words of the first quote outside the aligned passage."""
    only_second: str = ""


def _contains(long_: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def compare_quotes(a: str, b: str) -> QuoteComparison | None:
    """Compare two quotes of one speaker (see the module docstring); None when unrelated.
    Words in brackets or parentheses are the editor's, not the speaker's ("altered (its direction)
    towards" quotes "altered towards"), and are left out."""
    from rapidfuzz import fuzz

    wa, wb = quote_words(_spoken(a)), quote_words(_spoken(b))
    if not wa or not wb:
        return None
    if wa == wb:
        return QuoteComparison("agree", 100.0)
    ja, jb = " ".join(wa), " ".join(wb)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    score = fuzz.partial_ratio(" ".join(short), " ".join(long_))
    if _contains(long_, short):
        cut = _trimmed(a, b, wa, wb)
        if cut is not None:
            only_a, only_b = ("", cut) if short is wa else (cut, "")
            return QuoteComparison("trimmed", score, (), only_a, only_b)
        return QuoteComparison("agree", score)
    if score < PARTIAL_CUTOFF:
        return None
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    shared = sum(blk.size for blk in blocks)
    if all(w in STOPWORDS for blk in blocks for w in wa[blk.a : blk.a + blk.size]):
        return None  # only function words in common ("we are not out of the ..."): two remarks
    in_order = shared == len(short)  # every word of the shorter, in its order: words put in between
    # a reordering: every word of the shorter within a window of the longer no wider than it + 2
    if len(short) <= 8 and not in_order and _reordered(short, long_):
        return QuoteComparison("reorder", score, (f"-{ja}", f"+{jb}") if len(wa) == len(wb) else ())
    if in_order and len(short) < MIN_SHARED and _passage(blocks) <= len(short) + INSERTED_WORDS:
        # a short phrase quoted with a word put into it ("a fair deal" / "a fair and open deal")
        diff, only_a, only_b = word_diff(wa, wb, blocks)
        return QuoteComparison("conflict", score, tuple(diff), only_a, only_b)
    if len(short) < MIN_SHARED or shared < MIN_SHARED or shared < MIN_SHARED_FRACTION * len(short):
        return None
    if len(short) < MIN_LENGTH_RATIO * len(long_) and shared < NEAR_ALL * len(short):
        return None
    if fuzz.token_set_ratio(ja, jb) < TOKEN_SET_CUTOFF:
        return None
    if shared < MIN_PASSAGE_SHARE * _passage(blocks):
        return None  # more words differ than agree between the first and last shared word: another remark
    if len(blocks) == 1 and _framed(a, b, wa, wb, blocks[0]):
        return QuoteComparison("agree", score)
    diff, only_a, only_b = word_diff(wa, wb, blocks)
    if not diff:
        return None  # overlapping excerpts (the end of one opens the other): nothing worded differently
    verdict = "notation" if diff and all(_notation(edit) for edit in diff) else "conflict"
    return QuoteComparison(verdict, score, tuple(diff), only_a, only_b)


def _passage(blocks: Sequence[difflib.Match]) -> int:
    """Words from the first shared word to the last, in the quote where that run is longer."""
    return max(blocks[-1].a + blocks[-1].size - blocks[0].a, blocks[-1].b + blocks[-1].size - blocks[0].b)


INSERTED_WORDS = 2
"""Words put into a phrase of fewer than MIN_SHARED words for it to be that phrase misquoted; more
make another phrase that happens to hold its words. On the dev stories 7 pairs of quotes of two or
three words hold all the words of the other in order: the one with a word put in between is a
misquote the gold confirms, the other 6 differ at their ends (fragments, as before)."""


FRAMING_WORDS = 2
"""Words at the start of a quoted fragment that may be the reporter's (had "come to the end of the
road" beside "We have come to the end of the road")."""
FRAMED_RUN = 4
"""Words a fragment must share, in one run to its end, with the quote it is framed from."""


def _framed(a: str, b: str, wa: list[str], wb: list[str], block: difflib.Match) -> bool:
    """Whether one quote is a fragment of the other woven into the reporter's sentence: it opens in
    lower case, its words from the shared run to its end are the other's, and at most
    FRAMING_WORDS before that run differ."""
    for text, words, start in ((a, wa, block.a), (b, wb, block.b)):
        opening = text.lstrip(" \"'“‘")
        if not opening[:1].islower() or block.size < FRAMED_RUN:
            continue
        if start + block.size == len(words) and start <= FRAMING_WORDS:
            return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")
_CLOSING = re.compile('[”"]')
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def _sentence_starts(text: str) -> set[int]:
    """Word indexes (of ``quote_words(text)``) at which a sentence of ``text`` starts."""
    starts, at = {0}, 0
    for piece in _SENTENCE_END.split(text):
        at += len(quote_words(piece))
        starts.add(at)
    return starts


def _trimmed(a: str, b: str, wa: list[str], wb: list[str]) -> str | None:
    """When the shorter quote (contained in the longer) is a whole sentence of the speaker's cut out of
    a longer sentence of the other, the words it leaves out (``"i think that …"``); else None."""
    (short_text, short), (long_text, long_) = sorted(((_spoken(a), wa), (_spoken(b), wb)), key=lambda x: len(x[1]))
    if len(short) == len(long_) or len(short) < TRIM_MIN_WORDS:
        return None
    opening = short_text.lstrip(" \"'“‘.…")
    if not opening[:1].isupper():
        return None  # a fragment woven into the reporter's sentence
    ends_sentence = bool(_ENDS_SENTENCE.search(short_text.rstrip(" \"'”’")))
    starts = _sentence_starts(long_text)
    # words after a closing mark inside the longer quote ("...the scene, ” he said") are the reporter's
    spoken = len(quote_words(_CLOSING.split(long_text, 1)[0]))
    n = len(short)
    cuts: list[str] = []
    for i in range(len(long_) - n + 1):
        if long_[i : i + n] != short:
            continue
        head = i not in starts and not set(long_[max(st for st in starts if st <= i) : i]) <= LEADING_WORDS
        tail = ends_sentence and i + n not in starts and i + n < spoken
        if not head and not tail:
            return None  # the same whole sentences: agree
        if not cuts:
            before = " ".join(long_[max(0, i - TRIM_SHOWN) : i]) if head else ""
            after = " ".join(long_[i + n : i + n + TRIM_SHOWN]) if tail else ""
            cuts.append(" … ".join(x for x in (before, after) if x))
    return cuts[0] if cuts else None


TRIM_MIN_WORDS = 4
"""Words a whole sentence needs to be read as a trimmed quote: shorter capitalised quotes are mostly
titles of works or set phrases, which other sentences hold without trimming them."""
LEADING_WORDS = frozenset({"the", "a", "an", "and", "but", "so"})
"""Words whose absence at a sentence's start trims nothing ("The Best Of Times" / "Best Of Times",
"And we will go on." / "We will go on."): the same words. On the dev stories this reads one title
given with and without its article as agreeing, as the gold has it, and changes no other finding."""
TRIM_SHOWN = 8
"""Words of a trimmed quote's left-out words shown on each side."""


def _spoken(quote: str) -> str:
    """A quote without the editor's insertions in brackets or parentheses."""
    if "(" not in quote and "[" not in quote:
        return quote
    return _INSERTION.sub(" ", quote)


_INSERTION = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")


_NOTATION_WORDS = frozenset(
    "am pm a m p gmt utc pst pdt est edt cst cdt mst mdt bst cet ist local time hours hrs".split()
)
"""Words that only write a time another way ("7:15pm PST" / "19:15")."""


def _notation(edit: str) -> bool:
    """An edit that changes only how a number or time is written, not the words nor the value: the
    same digits ("1,000" / "1000"), or a clock time on the 12- and the 24-hour clock ("7:15pm PST" /
    "19:15"). Other numbers ("-12 +19") are a number quoted differently."""
    words = edit.replace("+", " ").replace("-", " ").split()
    if not all(
        w in _NOTATION_WORDS or ((m := _NUMBER_WORD.fullmatch(w)) and (m.group(1) or "am") in _NOTATION_WORDS)
        for w in words
    ):
        return False
    old, _, new = edit.partition(" +") if edit.startswith("-") else ("", "", edit)
    before, after = _DIGITS.findall(old), _DIGITS.findall(new)
    if "".join(before) == "".join(after):
        return True
    clock = any(not w.isdigit() for w in words)  # "pm", "41pm", "pst": a time is written
    if not clock or len(before) != len(after):
        return False
    return all(abs(int(x) - int(y)) in (0, 12) for x, y in zip(before, after, strict=True))


_DIGITS = re.compile(r"\d+")
_NUMBER_WORD = re.compile(r"\d+([a-z]*)")


def _reordered(short: list[str], long_: list[str]) -> bool:
    from collections import Counter

    need = Counter(short)
    width = len(short) + 2
    for i in range(max(1, len(long_) - width + 1)):
        window = Counter(long_[i : i + width])
        if not need - window:
            return True
    return False


def word_diff(
    a: Sequence[str], b: Sequence[str], blocks: Sequence[difflib.Match] | None = None
) -> tuple[list[str], str, str]:
    """Word edits turning ``a`` into ``b`` over their aligned passage, plus the unaligned ends.

    Returns (edits, words only ``a`` has outside the passage, words only ``b`` has outside it).
    Each edit is ``-old +new``, ``-old`` or ``+new``. ``blocks``: the non-empty matching blocks
    of ``a`` and ``b`` when the caller has them (``SequenceMatcher(None, a, b, autojunk=False)``).
    """
    a, b = list(a), list(b)
    if blocks is None:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    if not blocks:
        return [f"-{' '.join(a)} +{' '.join(b)}"], "", ""
    a0, b0 = blocks[0].a, blocks[0].b
    a1, b1 = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    # short unaligned ends on both sides are replacements: "...with the aircraft" / "...with the plane"
    if a0 and b0 and min(a0, b0) <= SHORT_END:
        a0 = b0 = 0
    if a1 < len(a) and b1 < len(b) and min(len(a) - a1, len(b) - b1) <= SHORT_END:
        a1, b1 = len(a), len(b)
    edits: list[str] = []
    sub = difflib.SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=False)
    for tag, i1, i2, j1, j2 in sub.get_opcodes():
        old, new = " ".join(a[a0 + i1 : a0 + i2]), " ".join(b[b0 + j1 : b0 + j2])
        if tag == "replace":
            edits.append(f"-{old} +{new}")
        elif tag == "delete":
            edits.append(f"-{old}")
        elif tag == "insert":
            edits.append(f"+{new}")
    only_a = " ".join(a[:a0] + ["…"] + a[a1:]) if (a0 or a1 < len(a)) else ""
    only_b = " ".join(b[:b0] + ["…"] + b[b1:]) if (b0 or b1 < len(b)) else ""
    return edits, only_a.strip(" …") and only_a, only_b.strip(" …") and only_b
