"""Text: an article's main text as sentences with offsets, boilerplate dropped.

Scraped news pages carry navigation, adverts, promos, photo credits, video durations, lists of
unrelated headlines and copyright or donation footers. They are recognised by general cues, never
by a list of known lines:

- *fragment*: a short line that does not end like a sentence (menu items, headlines, teasers,
  "Advertisement", "01:44"); but a line of key facts with a figure (bulleted: "- Depth 8 km"; a
  ``Label: value`` line, or one giving the figure first, under a heading of key facts; a row of a
  two-column table: "Injured | 4") and the article's own headline (one of its first lines, nothing but
  headings before it, prose after it) is main text: what a story claims in its headline counts;
- *navigation*: a line of items separated by ``|`` or ``»``, or a short breadcrumb trail ("News - World
  - Europe", "Sport > Baseball");
- *promo*: a paragraph that speaks to the reader (you, your, our, us outside quotes) or carries
  calls to action and publisher words (subscribe, download our app, newsletter, copyright,
  all rights reserved, originally appeared, support ... journalism);
- *related list*: once a "Next in", "Read more", "Related", "More from", "Also read", "Also in" line
  opens a list, the short lines that follow belong to it ("Related: A | B" is one itself);
- *credit*: a trailing "Photo: Agency" / "Photo courtesy of ..." is cut off the sentence it ends.

Every dropped line keeps its reason, so ``factcheck extract --explain`` can show what was skipped.
Sentence offsets index into ``Article.text``; ``LineIndex`` maps them to 1-based line:column of
that text. For an article read out of markup (HTML, Markdown) that is not the file's: ``located``
gives each claim the file's own line and column, through ``Article.source_map``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import TypeVar

from factcheck.models import Article, Claim, Location, Sentence
from factcheck.words import ascii_lowered, trie_pattern

MIN_PROSE_WORDS = 20
"""A line this long is prose even without final punctuation (scrapes lose full stops)."""


@dataclass(frozen=True)
class Dropped:
    """A line left out of the main text, and why."""

    line: int
    """1-based line number."""
    text: str
    reason: str


@dataclass(frozen=True)
class Document:
    """An article's main text as sentences, plus what was dropped as boilerplate."""

    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which the lines of ``text`` begin."""
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return tuple(starts)


class LineIndex:
    """Maps character offsets of a text to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = line_starts(text)

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1


_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?")
_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"]{0,2000}\"")
_NAV = re.compile(r"\s[|»›]\s")
_TIMESTAMP = re.compile(r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$|^\s*\d{1,3}\s*$")
_CREDIT = re.compile(
    r"(?:(?:\s|^)(?:\(?\s*(?:Photo|Picture|Image|Video|Graphic|Illustration|File photo)s?"
    r"(?:\s+courtesy\s+of|\s+credit)?\s*:?\s+[^.!?]{0,80}\)?|Getty Images|\(AP\)|AFP via Getty Images)"
    r"|(?:\s|^|(?<=[\"”]))\((?:[A-Z][\w!.&'’-]*\s){1,4}(?:article|report|story|video)\))\s*$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"^\s*(?:Photo|Picture|Image|Video|Graphic|Map)s?(?:\s+courtesy\s+of|\s+credit)?\s*:?\s", re.IGNORECASE
)
_BRACKETED = re.compile(r"^\s*\([^()]{1,120}\)\s*$")
"""A short line wholly in brackets: a credit or an aside ("(USA Today article)")."""
MAX_BRACKETED_WORDS = 12
_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Za-z.'’]*(?:(?:[ ]?/[ ]?|[ ])[A-Z][A-Za-z.'’]*){0,3}(?:,[ ]?[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)?"
    r"(?:,[ ]?[A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"
    r"(?:[ ]\((?:[A-Z][\w&]*[ ]?){1,3}\))?[ ]?(?:[:–—]|[ ]-)[ ]"
)
"""A dateline opening an article's first lines: "LONDON, Dec 14 (Reuters) - ", "New Delhi / Mumbai: "."""
DATELINE_PREFIX_LINES = 5
"""Lines at the top of an article where a dateline prefix is cut off the sentence it opens."""
_LIST_MARKER = re.compile(
    r"^\s*(?:next in|read more|read next|related|more from|also read|others also read|you may also like|"
    r"recommended|most read|most popular|trending|more stories|more on this|see also|latest news|also in|"
    r"more in|top stories|editor'?s picks|don'?t miss|up next|watch next|most (?:watched|viewed|shared|commented)|"
    r"more (?:[a-z]+ ){0,2}news)\b",
    re.IGNORECASE,
)
_MARKED_LIST = re.compile(r"[^:.!?]{0,40}:\s")
"""After a list marker, the colon that opens the list on the marker's own line ("Related: ...", "Most
read on the Courier: ...")."""
_BREADCRUMB = re.compile(r"\s[>/–-]\s")
"""The separators of a breadcrumb trail ("Courier News - World - Europe", "Sport > Baseball > Trades")."""
MAX_BREADCRUMB_WORDS = 10
MAX_SECTION_WORDS = 6
"""Words of a line of an outlet and its section ("Paint Trade Weekly | Deals")."""
_PROMO_PHRASES = (
    r"subscribe|subscription|subscriber|newsletters?|inbox|download (?:our|the) (?:\w+ )?app|"
    r"our (?:mobile |official )?app|follow us|sign up|log in|click here|advertisement|sponsored|"
    r"copyright|all rights reserved|originally appeared|donat(?:e|ion)|patrons?|press freedom|"
    r"support (?:us|our|independent)|whatsapp channel|breaking news alerts|cookies?|privacy policy|"
    r"terms of (?:use|service)|get the answers|please (?:explore|visit|share)|learn more|check out"
)
_PROMO_WORDS = re.compile(
    # the lookahead of the phrases' first letters lets the search skip other positions at once
    rf"(?=[{''.join(sorted({p[0] for p in _PROMO_PHRASES.split('|') if p[0].isalpha()}))}©(])"
    rf"(?:\b(?:{_PROMO_PHRASES})\b|©|\(c\))",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(
    r"(?:Subscribe[ ](?:to|for|now)|Sign[ ]up[ ](?:to|for|now)|Follow[ ]us|Download[ ](?:our|the)[ ]app"
    r"|Watch[ ](?:now|the[ ]video)|Listen[ ](?:now|live|to[ ](?:the|our)[ ](?:podcast|show|programme|full)))\b"
    r"|Listen[ ]to[ ][^.]{1,60}?[ ]on[ ]\d{2,3}(?:\.\d)?[ ]?[FA]M\b"
    r"|Watch[ ]the[ ]full[ ](?:report|interview|story)"
    r"|[^.]{1,40}?[ ]will[ ]have[ ](?:more[ ]on[ ]this|live[ ]coverage|the[ ]latest[ ]on|updates[ ]on"
    r"|a[ ](?:special|full)[ ]report[ ]on)\b"
    r"|(?:Follow|Stay[ ]with|Stay[ ]tuned[ ]to|Watch|Tune[ ]in(?:to|[ ]to)?)[ ][^.]{1,60}?[ ]"
    r"(?:on[ ](?:social[ ]media|Twitter|Facebook|Instagram|TikTok)|for[ ](?:the[ ]latest|updates|more|reaction|live))\b"
)
"""A line opening with a call to the reader ("Subscribe to the Courier for $4.99 a month.", "Listen
to Radio Baltica on 98.4 FM", "Follow us"): no sentence of the story. Not an order a story reports
("Watch for falling debris, police warned", "Listen to the warnings, the mayor told")."""
_MARKET_DATA = re.compile(
    r"\b(?:[Mm]arket data|[Pp]rices|[Qq]uotes) (?:is |are )?delayed\b|\b[Nn]ot investment advice\b"
)
"""A market-data footer ("Copyright BNX. Market data delayed 15 minutes.")."""
_SUBSCRIBER_OFFER = re.compile(r"\bsubscribers can (?:download|read|access|see) (?:the |our |[\w'’]+['’]s )?full\b")
"""A publisher's offer ("Harbour Weekly subscribers can download the full table."), not a firm's to
its customers ("Netlane subscribers can download a free data pass")."""
MAX_SIGN_OFF_LEAD = 4
"""Words before a sign-off from which they are a sentence of the story, not an outlet's name."""
_NAMES = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
_SIGN_OFF = re.compile(
    rf"(?:\A|[.;]\s+)(?:(?:[Aa]dditional )?[Rr]eporting|[Ee]diting|[Ww]riting) by {_NAMES}"
    rf"(?:(?:,| and|;) (?:[a-z]+ by )?{_NAMES})*\.?\s*\Z"
)
"""A sign-off naming the reporters ("Coast 9 News. Reporting by Tom Reed.")."""
READER_SHARE = 20
"""A line speaks to the reader (a promo, a footer) when at least one word in this many addresses them
(you, our, us), three at least: a fan's blog paragraph of 150 words saying "our wingers" and "for
us" is the story told, not a call to subscribe."""
_READER = re.compile(r"\b(?:(?i:you|your|yours|our)|(?!US\b)(?i:us))\b")
"""Words that speak to the reader: you, your, yours, our, us; never "US" (the country)."""
_READER_LOWER = re.compile(trie_pattern(("you", "your", "yours", "our", "us"), after_first=r"(?<!\w.)") + r"\b")
"""`_READER` for lowered text (see `ascii_lowered`); used only when the text has no "US". The word
boundary before a word is tested after its first letter, so that the search skips to o, u and y."""


def _may_match(text: str, keys: tuple[str, ...]) -> bool:
    """False only when a case-insensitive pattern, every match of which contains one of ``keys``
    (lower case), cannot match ``text``: a cheap test before a search."""
    lowered = ascii_lowered(text)
    return lowered is None or any(map(lowered.__contains__, keys))  # (no generator: in C)


def _literal_prefixes(alternation: str) -> tuple[str, ...]:
    """The literal text each top-level alternative of a regex begins with (lower case), up to its
    first group, class, escape or quantifier (a quantified letter is left out): a substring of
    every match of that alternative."""
    alternatives, depth, begin = [], 0, 0
    for i, ch in enumerate(alternation):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            alternatives.append(alternation[begin:i])
            begin = i + 1
    alternatives.append(alternation[begin:])
    out = []
    for alt in alternatives:
        end = next((i for i, ch in enumerate(alt) if ch in "()[]\\?*+{.^$"), len(alt))
        if end < len(alt) and alt[end] in "?*{":
            end -= 1  # "patrons?": the s is optional
        if end <= 0:
            raise ValueError(f"no literal prefix in {alt!r}")
        out.append(alt[:end].lower())
    return tuple(out)


_PROMO_KEYS = (*_literal_prefixes(_PROMO_PHRASES), "©", "(c)")
_CREDIT_KEYS = (
    "photo", "picture", "image", "video", "graphic", "illustration", "getty images", "(ap)", "article)",
    "report)", "story)",
)  # fmt: skip
"""A substring of every match of `_CREDIT`, lower case."""


def _ends_like_a_sentence(line: str) -> bool:
    """`_TERMINAL` without a search: a final mark before closing quotes or brackets, or a final
    quote, whitespace aside."""
    line = line.rstrip()
    return line[-1:] in _FINAL_QUOTES or line.rstrip(_CLOSERS)[-1:] in _FINAL_MARKS


_FINAL_MARKS = frozenset(".!?…")
_CLOSERS = "\"'”’)]"
_FINAL_QUOTES = frozenset('"”’')


_COMMENTS_HEADING = re.compile(
    r"(?:(?:reader |user )?comments?|\d+ (?:reader )?comments?)(?:\s*\(\d+\))?(?:\s*\|[^.!?]{0,40})?\Z", re.IGNORECASE
)
"""The heading of a page's reader comments ("Comments (17)", "Comments (31) | Add your comment", "19 comments")."""
_COMMENTER = re.compile(r"[\w.'’ -]{1,30}?(?:\s(?:says|said|wrote|writes))?\s?:\s")
"""A reader's comment opening on the reader's name or handle ("Rona T: Good piece.", "Mick P. says:")."""
MIN_COMMENT_WORDS = 5
"""Lines of fewer words under reader comments are the page's buttons ("Reply", "Report abuse")."""
_WIDGET_LINE = re.compile(r"(?:Weather|Traffic|Forecast|Tides?|Pollen)\s*:[^.!?]{0,80}\Z")
"""A page's widget on a line of its own ("Weather: Ostley tonight -4C, clear, winds SW 15 km/h")."""
_DATE_SECTION = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}"
    r"\s*\|\s*[A-Z][\w&' ]{0,30}\Z"
)
"""A page's date and section ("Friday 17 June 2033 | Local News")."""


def classify_line(line: str, in_list: bool) -> str | None:
    """Why a line is boilerplate, or None when it is main text."""
    stripped = line.strip()
    if not stripped:
        return None
    if _TIMESTAMP.match(stripped):
        return "timestamp or page number"
    if _WIDGET_LINE.match(stripped) or _DATE_SECTION.match(stripped):
        return "navigation"
    if ("|" in stripped or "»" in stripped or "›" in stripped) and len(_NAV.findall(stripped)) >= 2:
        return "navigation"  # (every match holds one of the three marks: most lines have none)
    if (
        " | " in stripped
        and len(_WORD.findall(stripped)) <= MAX_SECTION_WORDS
        and not _ends_like_a_sentence(stripped)
        and not any(ch.isdigit() for ch in stripped)
    ):
        return "navigation"  # "Coast Courier | World news": an outlet and its section
    if (marker := _LIST_MARKER.match(stripped)) and _MARKED_LIST.match(stripped, marker.end()):
        return "related-headlines list"  # "Related: A | B", "Most read on the Courier: ..."
    if (
        len(_BREADCRUMB.findall(stripped)) >= 2
        and not _ends_like_a_sentence(stripped)
        and len(_WORD.findall(stripped)) <= MAX_BREADCRUMB_WORDS
    ):
        return "navigation"  # "Courier News - World - Europe", "Sport > Baseball > Trades"
    if _CREDIT_LINE.match(stripped):
        return "photo credit"
    if _BRACKETED.match(stripped) and len(_WORD.findall(stripped)) <= MAX_BRACKETED_WORDS:
        return "credit or aside in brackets"
    outside = _QUOTED.sub(" ", stripped)
    lowered = ascii_lowered(outside)  # once, for the promo pre-check and the reader words
    may_promo = lowered is None or any(map(lowered.__contains__, _PROMO_KEYS))  # `_may_match`
    promo = len(_PROMO_WORDS.findall(outside)) if may_promo else 0
    if "US" in outside:
        lowered = None
    reader = len(_READER.findall(outside) if lowered is None else _READER_LOWER.findall(lowered))
    if (
        promo >= 2
        or (promo >= 1 and reader >= 1)
        or (reader >= 3 and reader * READER_SHARE >= len(_WORD.findall(outside)))
        or _CALL_TO_ACTION.match(stripped)
        or (("delayed" in stripped or "advice" in stripped) and _MARKET_DATA.search(stripped))
        or ("subscribers can" in stripped and _SUBSCRIBER_OFFER.search(stripped))
    ):
        return "promo or footer"
    if in_list:
        if len(_WORD.findall(stripped)) < MIN_PROSE_WORDS * 2:
            return "related-headlines list"
    elif (
        not _ends_like_a_sentence(stripped)
        and len(_WORD.findall(stripped)) < MIN_PROSE_WORDS
        and not _prose_without_stop(stripped)
    ):
        return "heading or fragment"
    return None


BULLET_MARKS = "-*•·–"
"""The marks a bulleted line opens on."""
_BULLET = re.compile(rf"[{re.escape(BULLET_MARKS)}]\s+\S")
MIN_BULLET_WORDS = 1


def _fact_bullet(line: str) -> bool:
    """Whether a short line may be an item of a list of key facts: a bullet, a figure, and words
    enough ("- Magnitude 5.4", "- Four years, $92 million", "- Time: 04:25 local (2025 GMT)"). It is
    one when it also speaks of what the article's prose speaks of (``_kept_bullets``)."""
    return (
        bool(_BULLET.match(line)) and any(ch.isdigit() for ch in line) and len(_WORD.findall(line)) >= MIN_BULLET_WORDS
    )


PAGE_WIDGETS = frozenset(
    """weather traffic forecast temperature date updated episode page score scores podcast puzzles read time
    comments comment shares views likes reads followers subscribers listens plays downloads reactions replies""".split()
)
"""Labels of a page's widgets and stamps ("Weather: 12°C", "Updated: 10:40", "Podcast: Episode 42"):
no label of a story's key fact."""
_LABELLED = re.compile(r"[-*•·–]\s+(?P<label>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,4}):\s*\S")
MIN_TOPIC_LETTERS = 4
"""Letters of a word a bulleted fact must share with the article's prose (``_kept_bullets``)."""


def _topic_words(text: str) -> set[str]:
    from factcheck.words import STOPWORDS

    return {w for w in (x.lower() for x in _WORD.findall(text)) if len(w) >= MIN_TOPIC_LETTERS and w not in STOPWORDS}


@dataclass(frozen=True)
class _Bullet:
    """A bulleted line with a figure (``_fact_bullet``), weighed once the article's prose is known."""

    lineno: int
    start: int
    """Offset of the line in the article."""
    line: str
    boxed: bool
    """Under a heading of key facts (``_FACT_BOX``)."""


def _kept_bullets(candidates: list[_Bullet], sentences: list[Sentence]) -> list[_Bullet]:
    """The bulleted lines with a figure (``_fact_bullet``) that share a word with the article's prose
    (a live blog's "- Depth 8 km" beside "at a depth of 8 km") or give it under a label of a key
    fact ("- Budget: 4.1 million euros"); not a menu's "- 5 things to know today" nor a widget's
    "- Weather: 12°C" beside a report of a robbery."""
    vocabulary: set[str] = set()
    for s in sentences:
        vocabulary |= _topic_words(s.text)
    return [b for b in candidates if b.boxed or _topic_words(b.line) & vocabulary or _key_fact_label(b.line.strip())]


_NOT_A_DIGEST = r"(?<!week\s)(?<!year\s)(?<!month\s)(?<!weekend\s)"
"""Before "in numbers": not a digest of a period's news ("The week in figures")."""
_FACT_BOX = re.compile(
    r"\b(?:key|main|quick)\s+(?:facts|points|numbers|figures)|what\s+we\s+know|at\s+a\s+glance|summary|in\s+brief"
    r"|details|headline\s+(?:numbers|figures)|the\s+(?:facts|numbers|terms)|terms\b|fact\s?box"
    rf"|{_NOT_A_DIGEST}in\s+(?:numbers|figures)",
    re.IGNORECASE,
)
"""A heading over a list of key facts ("Key points", "What we know", "Storm details", "Deal terms, per
sources:", "At a glance"): its bulleted figures are the story's, whatever words they use."""


def _heading_above(lines: list[str], lineno: int, item: Callable[[str], bool] | None = None) -> str:
    """The nearest line above line ``lineno`` (1-based) that is no bullet (nor, with ``item``, a line
    it takes for an item of the run) and not blank: the heading of the bullets' run, when they are one."""
    blank = False  # with ``item``: a blank line between two items ends their run ("Updated: 10:42" below a box)
    for k in range(lineno - 2, -1, -1):
        line = lines[k].strip()
        if not line:
            blank = True
            continue
        if _BULLET.match(line):
            continue
        if item is not None and item(line):
            if blank:
                return ""
            continue
        return line if len(_WORD.findall(line)) <= MAX_FACT_BOX_WORDS else ""
    return ""


_UNBULLETED_BOX = re.compile(
    r"\b(?:key|main|quick)\s+(?:facts|points|numbers|figures)|what\s+we\s+know|at\s+a\s+glance"
    r"|the\s+(?:facts|numbers)|fact\s?box|by\s+the\s+(?:numbers|figures)|situation\s+report"
    r"|\b(?:incident|fire|wildfire|flood|storm|outbreak|emergency|evacuation|rescue|search|current|latest)\s+status\b"
    rf"|{_NOT_A_DIGEST}in\s+(?:the\s+)?(?:numbers|figures)",
    re.IGNORECASE,
)
"""A heading over a box of key facts printed without bullets: narrower than ``_FACT_BOX`` ("Terms
and conditions" over "Price: £4.99 a month" is a page's footer). An incident's "status" or "situation
report" over its table ("FIRE STATUS - 0600 MONDAY") is one too; not any "status" ("Account status"
over a page's panel of a reader's subscription)."""


_BOX_HEADING = re.compile(f"{_FACT_BOX.pattern}|{_UNBULLETED_BOX.pattern}", re.IGNORECASE)
"""A heading over a box of key facts of any form (``_FACT_BOX``, ``_UNBULLETED_BOX``)."""


MEDIA_WIDGETS = frozenset("photo photos video videos gallery".split())
"""Labels of a page's galleries and players ("Photos: 12")."""
BOX_WIDGETS = (PAGE_WIDGETS - {"date", "time", "temperature", "weather", "forecast", "score", "scores"}) | MEDIA_WIDGETS
"""Labels of a page's widgets that may follow a box of key facts ("Photos: 12", "Updated: 10:42"); a
box's own "Date:" or "Weather:" line is one of its facts."""


def _key_fact_widget(line: str) -> bool:
    """Whether a line's label is a page widget's (``BOX_WIDGETS``)."""
    label = line.split(":", 1)[0]
    return bool({w.lower().strip("'’") for w in label.split()} & BOX_WIDGETS)


_FACT_LINE = re.compile(r"[A-Z][\w'’-]*(?:\s(?:[\w'’-]+|\([\w'’ -]+\))){0,4}:\s+\S")
"""A line of a box of key facts printed without bullets: a short label (an aside in brackets in it
too: "Price per pack (28 tablets)"), a colon, the value ("Crowd: 14,000 (police)", "Area burned:
5,100 ha")."""
MAX_FACT_LINE_WORDS = 20
"""Words a line of key facts holds at most (a label and a value, not a paragraph)."""


def fact_label(sentence: str) -> str:
    """The label of a sentence that is a line of key facts, bulleted or not ("Deaths" of "- Deaths:
    5", "Fine" of "Fine: 2.2 million euros": a label, a colon and a value, with no full stop), a row of
    a table of them ("Patients moved" of "| Patients moved | 64 |": ``table_row``) or a line that gives
    the figure first ("patients moved" of "64 — patients moved": ``figure_first``), or ""."""
    line = sentence.strip()
    if (row := table_row(line) or figure_first(line)) is not None:
        return row[0]
    if _BULLET.match(line):
        line = line[1:].lstrip()
    if not _fact_line(line) or line.rstrip(_CLOSERS).endswith("."):
        return ""
    return line.split(":", 1)[0]


_PIPE_ROW = re.compile(r"\|?[ \t]*(?P<label>[A-Za-z][^|]*?)[ \t]*\|[ \t]*(?P<value>[^|]*?\d[^|]*?)[ \t]*\|?[ \t]*")
"""A row of two cells of a table printed with pipes, a label and a figure ("| Fire engines | 11 |")."""
_TAB_ROW = re.compile(r"(?P<label>[A-Za-z][^\t]*?)\t+(?P<value>[^\t]*?\d[^\t]*?)[ \t]*")
"""A row of two columns set apart by tabs, a label and a figure ("Fire engines\t11")."""
_SPACED_ROW = re.compile(r"(?P<label>[A-Za-z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,4}) {3,}(?P<value>\S(?:\S| (?! ))*)")
"""A row of two columns aligned with a run of three spaces or more, a label of words and a figure
("Engines on scene      11"): read only beside another row of its table (``_in_table``) under a heading
of key facts (``_box_row``), as addresses, weather boxes and sign-offs are set so too. On the dev
stories: no finding changed; invented sets: a status box's rows join the prose's groups (its homes
destroyed in the agreement and the update's conflict), counts unchanged; noise, BBC unchanged."""
_TABLE_LINE = re.compile(r"\|?[^|]+\|[^|]+\|?|[^\t]+\t+[^\t]+|[^|\t]*\S {3,}\S[^|\t]*")
"""Any line of such a table: a header ("| Stat | Figure |", "Stat\tFigure"), a rule ("|---|---|"), a row."""
_NUMBER_OPENINGS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozens hundreds".split()
)
"""Number words a line of key facts may give its figure in ("Nine — rest centres opened")."""
_FIGURE_FIRST = re.compile(
    r"(?:[-*•·–][ \t]+)?(?P<value>[£$€]?\d[\d,.]*\+?(?:[ \t]?(?:%|[A-Za-z]{1,8}(?:/[A-Za-z]{1,4})?))?"
    r"|(?i:" + "|".join(sorted(_NUMBER_OPENINGS)) + r"))"
    r"(?:[ \t]*[—–][ \t]*|[ \t]*[:|][ \t]+|[ \t]+-[ \t]+)(?P<label>[A-Za-z][^|]*?)[ \t]*"
)
"""A line of a box that gives the figure first, then what it counts ("14,000 — people evacuated",
"3: schools closed", "£2.4m - estimated repair bill"); not a clock time ("06:42 - first call")."""


_DOTTED_CLOCK = re.compile(r"[0-2]?\d\.[0-5]\d")
"""A clock time written with a dot, as a timeline opens its lines ("06.42", "11.30")."""
_VALUE_CELL = re.compile(
    r"[£$€]?\d|(?:about|around|some|nearly|almost|approximately|over|under|up\s+to|more\s+than|at\s+least|"
    r"less\s+than|fewer\s+than)\s+[£$€]?\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s",
    re.IGNORECASE,
)
"""A table's cell of a figure: a number (a currency, a qualifier before it), or a date opening on a
month or weekday ("June 2027 (from ...)")."""
MAX_VALUE_WORDS = 6
"""Words such a cell holds at most before an aside in brackets ("6 games (2 scored, 14 conceded)")."""
_FIGURE_OPENINGS = frozenset("0123456789£$€" + BULLET_MARKS)
"""What a line that gives its figure first opens on (``_FIGURE_FIRST``): a digit, a currency, a bullet."""


def table_row(line: str) -> tuple[str, str] | None:
    """(label, value) of a row of a two-column table of key facts (``_PIPE_ROW``, ``_TAB_ROW``), or None."""
    if "|" in line:
        m = _PIPE_ROW.fullmatch(line)
    elif "\t" in line:
        m = _TAB_ROW.fullmatch(line)
    elif "   " in line:
        m = _SPACED_ROW.fullmatch(line)  # "Engines on scene      11"
    else:
        return None  # most lines: prose
    if m is None or len(_WORD.findall(line)) > MAX_FACT_LINE_WORDS:
        return None
    value = m.group("value").strip()
    if not _VALUE_CELL.match(value) or len(_WORD.findall(value.split("(", 1)[0])) > MAX_VALUE_WORDS:
        return None  # "| Story | a shooting at an office, December 2008 |": a table of words, not of figures
    label = m.group("label").strip()
    if _widget_label(label):
        return None  # "Photos | 12", "Reading time | 4 min": a page's furniture
    return label, value


def figure_first(line: str) -> tuple[str, str] | None:
    """(label, value) of a line of key facts that gives its figure first (``_FIGURE_FIRST``), the label up
    to its aside, or None."""
    m = _FIGURE_FIRST.fullmatch(line) if _may_open_on_figure(line) else None
    if m is None or len(_WORD.findall(line)) > MAX_FACT_LINE_WORDS or m.group("label").rstrip(_CLOSERS).endswith("."):
        return None
    if _DOTTED_CLOCK.fullmatch(m.group("value")):
        return None  # "06.42 - first call": a timeline's clock time
    label = _LABEL_ASIDE.split(m.group("label"), maxsplit=1)[0]
    if not label or _widget_label(label):
        return None  # "5 - things to know today", "3 - minutes to read": a page's furniture
    return label, m.group("value")


_LABEL_ASIDE = re.compile(r"[ \t]*[,;(]")
"""Where the label of a line that gives its figure first ends: its aside ("1,200 — people evacuated; 180
stayed overnight")."""


ROW_WIDGETS = MEDIA_WIDGETS | frozenset(
    "reading minutes min mins things pound dollar euro yen sterling ftse dow nasdaq high low yes no today tomorrow"
    " tonight yesterday last previous year".split()
)
"""Words of a page's widgets in a table's row or a figure-first line, besides ``PAGE_WIDGETS``: a market
ticker (`Pound | $1.27`), a weather box (`High | 14°C`, `Tomorrow | 1°C`), a reader poll (`Yes | 62%`);
and of a time the row's figure is of (`Last year | 410`), another than the story's."""


def _widget_label(label: str) -> bool:
    """Whether a row's or figure-first line's label names a page widget ("Photos", "Reading time",
    "things to know") or is a byline ("By Ana Reed | 12 May 2028")."""
    words = [w.lower() for w in _WORD.findall(label)]
    return bool(set(words) & (PAGE_WIDGETS | ROW_WIDGETS)) or words[:1] == ["by"]


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A year in a box's heading ("The 2019 flood in numbers"): the box may be of another event than the story's."""


def _figure_first_form(line: str) -> bool:
    """Whether a line has the form of a line that gives its figure first (``_FIGURE_FIRST``), read or not
    ("3.92 m - the previous record" is of the box it stands in, though no fact of the story)."""
    return _may_open_on_figure(line) and _FIGURE_FIRST.fullmatch(line) is not None


def _may_open_on_figure(line: str) -> bool:
    """Whether a line opens on a digit, a currency, a bullet or a number word (``_FIGURE_FIRST``)."""
    if not line:
        return False
    return line[0] in _FIGURE_OPENINGS or line.split(None, 1)[0].lower() in _NUMBER_OPENINGS


def _box_item(line: str) -> bool:
    """Whether a line is an item of a table or figure-first box, or a table's header or rule."""
    return _figure_first_form(line) or _TABLE_LINE.fullmatch(line) is not None


def _table_header(lines: list[str], lineno: int) -> bool:
    """Whether line ``lineno`` (1-based) is the header or rule of a table of key facts: a line of a table
    (``_TABLE_LINE``) with no figure row of its own, right above a row (``table_row``) or a rule and then
    a row."""
    line = lines[lineno - 1].strip()
    if (
        ("|" not in line and "\t" not in line and "   " not in line)
        or table_row(line) is not None
        or not _TABLE_LINE.fullmatch(line)
    ):
        return False
    for k in (lineno, lineno + 1):
        below = lines[k].strip() if k < len(lines) else ""
        if not below:
            return False
        if table_row(below) is not None:
            return True
    return False


_HEADER_SCALE = re.compile(r"[£$€]\s?(?:m|bn|k)\b|\b(?:thousands?|millions?|billions?|000s|per\s?cent)\b|%", re.I)
"""A unit or scale a table's header gives its figures ("£m", "Thousands", "%"), which its rows do not repeat."""


def _header_of_other_figures(lines: list[str], lineno: int) -> bool:
    """Whether the header or rule lines of the table row ``lineno`` (1-based) is in name a year ("Stat |
    2027": another year's figures) or a unit or scale the rows leave out ("| Item | £m |")."""
    for k in range(lineno - 1, -1, -1):
        line = lines[k].strip()
        if not line or not _TABLE_LINE.fullmatch(line):
            return False
        row = table_row(line)
        top = k == 0 or not lines[k - 1].strip() or not _TABLE_LINE.fullmatch(lines[k - 1].strip())
        if row is None and (_YEAR.search(line) or _HEADER_SCALE.search(line)):
            return True
        if row is not None and top and _YEAR.fullmatch(row[1]):
            return True  # "| Stat | 2019 |" over the rows: a header, the year's figures
    return False


def _under_a_part(lines: list[str], lineno: int) -> bool:
    """Whether the rows of a table with no header of its own stand under a heading that is neither a
    header nor a heading of key facts ("Ward 4" over "Patients | 38"): the figures of what it names, a part
    of the story's, maybe."""
    heading = _heading_above(lines, lineno, lambda x: table_row(x) is not None)
    if not heading or heading.rstrip(_CLOSERS)[-1:] in _FINAL_MARKS:
        return False  # none, or a short sentence of the story ("The council gave these figures on Wednesday.")
    return not _TABLE_LINE.fullmatch(heading) and not _BOX_HEADING.search(heading)


def _in_table(lines: list[str], lineno: int) -> bool:
    """Whether the line next above or below line ``lineno`` (1-based), with no blank between, is a line
    of the same table (``_TABLE_LINE``): a header, a rule or another row; a lone row is no table."""
    for k in (lineno - 2, lineno):
        if 0 <= k < len(lines) and lines[k].strip() and _TABLE_LINE.fullmatch(lines[k].strip()):
            return True
    return False


def _box_row(lines: list[str], lineno: int, line: str) -> bool:
    """Whether line ``lineno`` (1-based; ``line``, stripped) is a row of a table of key facts (beside
    another line of its table, under no heading of a part nor a header of other figures) or a line
    that gives its figure first under a heading of key facts; either under no heading with a year."""
    spaced = "|" not in line and "\t" not in line  # "Engines on scene      11": under a box's heading only
    boxed = (
        table_row(line) is not None
        and _in_table(lines, lineno)
        and (not spaced or _BOX_HEADING.search(_heading_above(lines, lineno, lambda x: table_row(x) is not None)))
        and not _under_a_part(lines, lineno)
        and not _header_of_other_figures(lines, lineno)
    ) or (
        figure_first(line) is not None
        and _BOX_HEADING.search(_heading_above(lines, lineno, _figure_first_form)) is not None
    )
    return boxed and not _YEAR.search(_heading_above(lines, lineno, _box_item))


def _fact_line(line: str) -> bool:
    """Whether a line has the form of a line of a box of key facts (``_FACT_LINE``); ``main_text``
    keeps one with a figure only under a heading of such a box (``_UNBULLETED_BOX``), the lines between
    being such lines too ("Location: ..." may give none): elsewhere "Updated: 10:42" or "Tel: 0800
    123 456" are a page's furniture."""
    return _FACT_LINE.match(line) is not None and len(_WORD.findall(line)) <= MAX_FACT_LINE_WORDS


MAX_FACT_BOX_WORDS = 8


def _prose_follows(lines: list[str], lineno: int) -> bool:
    """Whether the next line with text after line ``lineno`` (1-based) is prose too (a sentence with its
    full stop, or a long line): a teaser under a list of headlines is followed by more headlines."""
    for k in range(lineno, len(lines)):
        line = lines[k].strip()
        if line:
            return _ends_a_list(line) or len(_WORD.findall(line)) >= MIN_PROSE_WORDS
    return False  # a page's last line: a footer's blurb as often as the story's last sentence


def _key_fact_label(line: str) -> bool:
    """Whether a bulleted line gives a figure under a label of a key fact ("- Budget: 4.1 million euros",
    "- Deaths: 5"), not a page widget's (``PAGE_WIDGETS``: "- Weather: 12°C")."""
    m = _LABELLED.match(line)
    return m is not None and not {w.lower().strip("'’s") for w in m.group("label").split()} & PAGE_WIDGETS


MIN_LIST_SENTENCE_WORDS = 6
"""Words from which a line with a full stop ends a list of headlines when the next line is prose too
("Related: Minister quits", then "Ana Duret, 52, stepped down on Thursday." and more): headlines carry
no full stop, and a teaser among them is followed by more headlines; a blurb ending a page ("The Daily
Briefing - the day's news before 7am.") by nothing."""


def _ends_a_list(line: str) -> bool:
    """Whether a line of a list of headlines is a sentence of the story instead (``MIN_LIST_SENTENCE_WORDS``)."""
    stripped = line.strip()
    return (
        not _BULLET.match(stripped)
        and stripped.rstrip(_CLOSERS)[-1:] in _FINAL_MARKS
        and len(_WORD.findall(stripped)) >= MIN_LIST_SENTENCE_WORDS
    )


MIN_CLAUSE_WORDS = 7
"""Words a line without a final full stop needs to count as prose (scraped and detokenised text
loses full stops; menu items and headlines are shorter)."""
MAX_TITLE_CASE = 0.5
"""Share of capitalised words from which a short line is a heading ("Man Charged With Arson")."""


def _prose_without_stop(line: str) -> bool:
    """A sentence that lost its full stop, or ends with a colon or comma before a quotation: enough
    words, mostly lower case, ending with a lower-case word, a colon or a comma."""
    words = _WORD.findall(line)
    if len(words) < MIN_CLAUSE_WORDS:
        return False
    capitalised = sum(1 for w in words[1:] if w[0].isupper())
    if capitalised > MAX_TITLE_CASE * (len(words) - 1):
        return False
    last = line.rstrip()[-1:]
    return last in ":," or (last.isalpha() and last.islower())


HEADLINE_WORDS = 4
"""Words a headline has at least ("Dies at 91" is too short to tell from a menu item)."""
HEADLINE_LINES = 3
"""A headline is among the first lines that hold text."""


def _headline(line: str, dropped: list[Dropped], lines: list[str], lineno: int) -> bool:
    """Whether a heading line is the article's own headline: one of its first lines, nothing but
    headings or stamps dropped before it, words enough, and prose after it (a page of short lines is
    a menu, not an article), or nothing at all after it: a page of a date stamp and a headline
    alone states its story there. Measured (headline alone): on the dev stories one gold age in
    such a headline is extracted; junk, conflicts and the BBC count unchanged."""
    if (
        len(_WORD.findall(line)) < HEADLINE_WORDS
        or lineno - sum(1 for x in lines[:lineno] if not x.strip()) > HEADLINE_LINES
    ):
        return False
    if any(d.reason not in ("heading or fragment", "dateline") for d in dropped):
        return False
    if not any(x.strip() for x in lines[lineno:]):
        # a page that is a headline alone ("Ana Duret, harpist, dies at 88" under a date stamp): the
        # story it states is all the page tells
        return True
    following = (x for x in lines[lineno : lineno + 4] if x.strip())
    return any(len(_WORD.findall(x)) >= MIN_PROSE_WORDS for x in following)


def main_text(text: str, extra_patterns: Iterable[re.Pattern[str]] = ()) -> Document:
    """Split an article into sentences of its main text, dropping boilerplate lines."""
    extra = tuple(extra_patterns)
    sentences: list[Sentence] = []
    dropped: list[Dropped] = []
    in_list = in_comments = False
    offset = 0
    paragraph = 0
    lines = text.split("\n")
    bullets: list[_Bullet] = []
    for lineno, line in enumerate(lines, start=1):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if _COMMENTS_HEADING.match(stripped):
            in_comments = True  # "Comments (17)": the readers' comments under the story follow
            dropped.append(Dropped(lineno, stripped, "reader comments"))
            continue
        if _LIST_MARKER.match(line) and len(_WORD.findall(line)) <= 6:
            in_list, in_comments = True, False
            dropped.append(Dropped(lineno, stripped, "related-headlines heading"))
            continue
        if in_comments and (_COMMENTER.match(stripped) or len(_WORD.findall(stripped)) < MIN_COMMENT_WORDS):
            dropped.append(Dropped(lineno, stripped, "reader comments"))  # "Rona T: Fair play to the crews."
            continue
        in_comments = False
        if in_list and _ends_a_list(line) and _prose_follows(lines, lineno):
            in_list = False  # the story resumes under a list opened near the top
        if (
            not in_list
            and _fact_line(stripped)
            and any(ch.isdigit() for ch in line)
            and not _key_fact_widget(stripped)
            and _UNBULLETED_BOX.search(_heading_above(lines, lineno, _fact_line))
        ):
            # "Key facts" over "Crowd: 14,000 (police)", "Fine: 2.2 million euros": a box without bullets
            bullets.append(_Bullet(lineno, start, line.rstrip(), True))
            continue
        if not in_list and _table_header(lines, lineno):
            # "Stat | Figure" over "Injured | 4": no navigation bar, whatever half of the page it is in
            dropped.append(Dropped(lineno, stripped, "heading or fragment"))
            continue
        if not in_list and _box_row(lines, lineno, stripped):
            # "| Fire engines | 11 |" in a table; "14,000 — people evacuated" under "By the numbers"
            bullets.append(_Bullet(lineno, start, line.rstrip(), True))
            continue
        body_start = 0
        if lineno <= DATELINE_PREFIX_LINES:
            prefix = _DATELINE_PREFIX.match(line)
            if prefix is not None and len(_WORD.findall(line[prefix.end() :])) >= 3:
                body_start = prefix.end()
                dropped.append(Dropped(lineno, prefix.group().strip(), "dateline"))
        body_end = len(line.rstrip())
        credit = _CREDIT.search(line[:body_end]) if _may_match(line, _CREDIT_KEYS) else None
        if credit and credit.start() > 0:
            body_end = credit.start()
        sign_off = _SIGN_OFF.search(line, body_start, body_end) if " by " in line else None
        if sign_off is not None:
            # "... still missing on Tuesday. Reporting by Tom Reed.": the sign-off, not the sentence
            dropped.append(Dropped(lineno, line[sign_off.start() : body_end].strip(" ;."), "sign-off"))
            body_end = sign_off.start() + (1 if line[sign_off.start()] in ".;" else 0)
            if len(_WORD.findall(line[body_start:body_end])) <= MAX_SIGN_OFF_LEAD:
                # "Coast 9 News. Reporting by Tom Reed.": the outlet and its sign-off
                dropped.append(Dropped(lineno, line[body_start:body_end].strip(), "sign-off"))
                continue
        reason = classify_line(line[body_start:body_end], in_list)
        if reason == "heading or fragment" and not sentences and _headline(line, dropped, lines, lineno):
            reason = None  # the article's own headline states what the story is about
        if reason is None:
            for pattern in extra:
                if pattern.search(line):
                    reason = f"boilerplate pattern {pattern.pattern!r}"
                    break
        if reason == "heading or fragment" and not in_list and _fact_bullet(line[body_start:body_end].strip()):
            # weighed once the prose is known; a run under a heading of key facts is kept
            boxed = _FACT_BOX.search(_heading_above(lines, lineno))
            bullets.append(_Bullet(lineno, start, line[:body_end], bool(boxed)))
            continue
        if reason is not None:
            dropped.append(Dropped(lineno, line.strip(), reason))
            # After a navigation bar in the second half of the page, what follows is footer.
            in_list = in_list or (reason == "navigation" and lineno > len(lines) / 2)
            continue
        in_list = False
        paragraph += 1
        if credit and credit.start() > 0:
            dropped.append(Dropped(lineno, credit.group().strip(), "photo credit"))
        for s, e in split_sentences(line[body_start:body_end]):
            s, e = s + body_start, e + body_start
            sentences.append(Sentence(start + s, start + e, line[s:e], paragraph))
    if bullets:
        return _with_bullets(sentences, dropped, bullets)
    return Document(tuple(sentences), tuple(dropped))


def _with_bullets(sentences: list[Sentence], dropped: list[Dropped], bullets: list[_Bullet]) -> Document:
    """The document with the bulleted facts that speak of what its prose does (``_kept_bullets``)
    as sentences of their own, a paragraph each, in their place; the others dropped as fragments."""
    kept = _kept_bullets(bullets, sentences)
    dropped.extend(Dropped(b.lineno, b.line.strip(), "heading or fragment") for b in bullets if b not in kept)
    dropped.sort(key=attrgetter("line"))
    items: list[tuple[int, Sentence | None, str]] = [(s.start, s, "") for s in sentences]
    items += [(b.start + len(b.line) - len(b.line.lstrip()), None, b.line.strip()) for b in kept]
    items.sort(key=lambda t: t[0])
    out: list[Sentence] = []
    paragraph, last = 0, -1
    for at, sentence, line in items:
        if sentence is None:
            paragraph, last = paragraph + 1, -1
            out.append(Sentence(at, at + len(line), line, paragraph))
            continue
        if sentence.paragraph != last:
            paragraph, last = paragraph + 1, sentence.paragraph
        out.append(dataclasses.replace(sentence, paragraph=paragraph))
    return Document(tuple(out), tuple(dropped))


_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig inc ltd co corp bros dept est
    approx vs etc al e.g i.e u.s u.k u.n a.m p.m""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\u00C0-\u024F])")


_SPACED_CLOCK = re.compile(r"\.[ ][0-5]\d[ ]?[aApP]\.?[ ]?[mM]\b")
"""The dot of a clock time typed with a space after it ("7. 15am", "9. 45 p. m."), as some
newswire text has it: no sentence ends there."""


def split_sentences(line: str) -> list[tuple[int, int]]:
    """Sentence spans of one line (start, end), whitespace trimmed.

    A full stop ends a sentence when an upper-case letter, digit or opening quote follows,
    unless the word before it is a known abbreviation or a single initial ("J. Smith").
    """
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _BOUNDARY.finditer(line):
        if m.group()[0] == "." and _is_abbreviation(line, m.start()):
            continue
        if m.start() and line[m.start() - 1].isdigit() and _SPACED_CLOCK.match(line, m.start()):
            continue  # "By 7. 15am the road was ...": a clock time typed with a space after its dot
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, len(line)))
    out = []
    for s, e in _bounded(line, spans):
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


MAX_SENTENCE = 1000
"""Longer "sentences" (text with no full stops) are cut at a space, so work per sentence is bounded."""


def _bounded(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            cut = line.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            cut = s + MAX_SENTENCE if cut < 0 else cut
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


def _is_abbreviation(line: str, dot: int) -> bool:
    j = dot
    while j > 0 and (line[j - 1].isalpha() or line[j - 1] == "."):
        j -= 1
    word = line[j:dot].lower()
    if len(word) == 1 and word.isalpha():
        return True
    return word in _ABBREVIATIONS


_T = TypeVar("_T")


def located(article: Article, claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """``claims`` of ``article`` with their lines and columns in its file: the extractors count
    them in the article's text, which for HTML and Markdown is what was read out of the markup
    (``Article.source_map``); and with where each claim ends (``Location.end_line``)."""
    source_map = article.source_map
    out = []
    for claim in claims:
        loc = claim.location
        if source_map is None:
            moved = _LOCATION_ENDS(loc, loc.line, loc.column + loc.end - loc.start)
        else:
            (line, column), (end_line, end_column) = (
                source_map.position(loc.start),
                source_map.end_position(loc.start, loc.end),
            )
            moved = _LOCATION_LINES(loc, line, column, end_line, end_column)
        out.append(_CLAIM_LOCATION(claim, moved))
    return tuple(out)


class _Replacer:
    """``dataclasses.replace(obj, **dict(zip(names, values)))`` for a frozen dataclass whose fields
    are all plain ``__init__`` parameters (``models._init_in_dict`` checks that of ``Claim`` and
    ``Location``): every field read by one ``attrgetter`` call and passed on positionally.
    ``replace`` walks the fields in Python and calls ``__init__`` by keyword: 3 µs a claim, 6% of
    extraction when ``located`` moved every claim and its location that way. The fields replaced
    are consecutive, put in by one slice assignment (no loop). A field added to the class is
    carried over, as by ``replace`` (``tests/test_fast_paths.py``)."""

    def __init__(self, cls: type, *names: str) -> None:
        fields = [f.name for f in dataclasses.fields(cls)]
        self.values = attrgetter(*fields)
        first = fields.index(names[0])
        if fields[first : first + len(names)] != list(names):
            raise ValueError(f"{cls.__name__}: {names} are not consecutive fields")
        self.at = slice(first, first + len(names))

    def __call__(self, obj: _T, *values: object) -> _T:
        new = list(self.values(obj))
        new[self.at] = values
        return type(obj)(*new)


_CLAIM_LOCATION = _Replacer(Claim, "location")
_LOCATION_ENDS = _Replacer(Location, "end_line", "end_column")
_LOCATION_LINES = _Replacer(Location, "line", "column", "end_line", "end_column")
