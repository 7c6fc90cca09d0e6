"""Markup -> text, with every character's place in the file kept (``SourceMap``).

The extractors read plain text; an article written in Markdown or saved as an HTML page is read
out of its markup first, and a claim's line and column must still be the file's (``::error
file=b.html,line=9`` must point at the sentence, not at ``<html lang=...>``).

- **Markdown** is reduced to its text here, line for line (a line of the text is the same line of
  the file): front matter blanked, heading, quote and list markers, emphasis (``*``, ``_``,
  ``**``, ``~~``), links (``[text](url)`` -> ``text``), images (dropped), inline code (its
  backticks), inline HTML tags and comments, entities and backslash escapes. Every rule is a
  linear scan of its line: an article is untrusted input.
- **HTML** pages are read by trafilatura (``load.html_main_text``), whose text cannot be traced
  back through its parser; instead each line of that text is looked for in the page: the page's
  visible characters (tags, comments, scripts and styles left out, entities unescaped, whitespace
  ignored) are searched in order for the line's characters, whole or, failing that, piece by piece
  (``html_source_map``).
"""

from __future__ import annotations

import bisect
import html
import re
import unicodedata
from array import array
from dataclasses import dataclass

from factcheck.models import SourceMap
from factcheck.text import line_starts


class _Builder:
    """Text built from pieces of a source, remembering where each piece stands in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.text_starts: list[int] = []
        self.source_starts: list[int] = []

    def copy(self, source: str, start: int, end: int) -> None:
        """Append ``source[start:end]``."""
        if start >= end:
            return
        if not self.text_starts or self.source_starts[-1] + self.length - self.text_starts[-1] != start:
            self.text_starts.append(self.length)
            self.source_starts.append(start)
        self.parts.append(source[start:end])
        self.length += end - start

    def put(self, text: str, at: int) -> None:
        """Append ``text``, which is not in the source as it stands (an entity's character): it is
        placed at the source offset ``at``."""
        if not text:
            return
        self.text_starts.append(self.length)
        self.source_starts.append(at)
        self.parts.append(text)
        self.length += len(text)
        # (the run ends here: what follows starts a run of its own)
        self.text_starts.append(self.length)
        self.source_starts.append(at + 1)

    def result(self, source: str) -> tuple[str, SourceMap]:
        return "".join(self.parts), SourceMap(tuple(self.text_starts), tuple(self.source_starts), line_starts(source))


# --- Markdown ------------------------------------------------------------------------------------


def front_matter_end(text: str) -> int:
    """Where ``---``-delimited front matter at the top of a Markdown file ends (the newline after
    its closing ``---``), or 0 when there is none."""
    if not text.startswith("---\n"):
        return 0
    end = text.find("\n---", 4)
    if end < 0:
        return 0
    stop = text.find("\n", end + 4)
    return len(text) if stop < 0 else stop


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r" {0,3}(?:(?:[-*_=][ \t]*){3,}|=+|-+)[ \t]*$")
"""A thematic break (``***``, ``- - -``) or a setext heading's underline (``===``, ``---``)."""
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\]\n]{1,999}\]:[ \t]*\S")
_QUOTE_MARK = re.compile(r" {0,3}>[ \t]?")
_BULLET = re.compile(r" {0,3}[-+*][ \t]+(?=\S)")
_ORDERED = re.compile(r" {0,3}(\d{1,9})[.)][ \t]+(?=\S)")
_HEADING = re.compile(r"#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_BACKTICKS = re.compile(r"`+")
_DELIMITERS = re.compile(r"\*+|_+|~+")
_BRACKETS = re.compile(r"[\[\]]")
_PARENS = re.compile(r"[()]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?>")
_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*"  # <https://example.com>
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9][A-Za-z0-9.-]*)>"  # <someone@example.com>
)
_KEPT = re.compile(rb"\x01+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def markdown_text(source: str) -> tuple[str, SourceMap]:
    """The text of a Markdown article (newlines normalised), and where it stands in the file.

    Line for line: each line of the text is that line of the file with its markup left out, so
    only columns move. Code blocks are kept as they are; their fences are blanked.
    """
    out = _Builder()
    body = front_matter_end(source)
    fence = ""
    # an ordered list's marker ("2.") opens a block or follows a list item: "2019. The year..."
    # on a line of a paragraph is text (as CommonMark reads it)
    block = True
    pos = 0
    n = len(source)
    while pos <= n:
        nl = source.find("\n", pos)
        end = n if nl < 0 else nl
        line = source[pos:end]
        paragraph = False
        if pos < body:
            pass  # front matter: a blank line
        elif fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            else:
                out.copy(source, pos, end)
        elif (m := _FENCE.match(line)) is not None:
            fence = m.group(1)
        elif line.strip() and not (_RULE.match(line) or _LINK_DEFINITION.match(line)):
            start, heading, listed = _block_start(line, block)
            _inline(source, pos + start, end, out, heading=heading)
            paragraph = not (heading or listed)
        block = not paragraph
        if nl < 0:
            break
        out.copy(source, nl, nl + 1)
        pos = nl + 1
    return out.result(source)


def _block_start(line: str, block: bool) -> tuple[int, bool, bool]:
    """Where a line's text begins after its block markers (quote marks, a list item's marker, an
    ATX heading's hashes), whether it is a heading, and whether it is a list item. An ordered
    list's marker counts where a block may start (``block``), or when it is ``1.``."""
    at = 0
    listed = False
    while True:
        m = _QUOTE_MARK.match(line, at)
        if m is None:
            m = _BULLET.match(line, at)
            if m is None:
                m = _ORDERED.match(line, at)
                if m is not None and not (block or m.group(1) == "1"):
                    m = None
            listed = listed or m is not None
        if m is None:
            break
        at = m.end()
    while at < len(line) and line[at] in " \t":
        at += 1
    m = _HEADING.match(line, at)
    return (m.end(), True, listed) if m is not None else (at, False, listed)


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _inline(source: str, begin: int, end: int, out: _Builder, *, heading: bool = False) -> None:
    """Append the text of ``source[begin:end]`` (one line's inline content) to ``out``; a
    heading's closing hashes (``## Title ##``) go."""
    s = source[begin:end]
    closing = _CLOSING_HASHES.search(s) if heading else None
    if closing is not None:
        s = s[: closing.start()]
    n = len(s)
    keep = bytearray(b"\x01") * n
    literal = bytearray(n)  # 1: text, never markup (escaped, in code, or dropped already)
    put: dict[int, str] = {}

    def drop(a: int, b: int) -> None:
        keep[a:b] = bytes(b - a)
        literal[a:b] = b"\x01" * (b - a)

    for m in _ESCAPE.finditer(s):
        keep[m.start()] = 0
        literal[m.start() : m.end()] = b"\x01\x01"
    _code_spans(s, keep, literal)
    _html_inline(s, keep, literal, put, drop)
    _links(s, keep, literal, drop)
    _emphasis(s, keep, literal)
    puts = sorted(put)
    k = 0
    for kept in _KEPT.finditer(bytes(keep)):
        while k < len(puts) and puts[k] < kept.start():
            out.put(put[puts[k]], begin + puts[k])
            k += 1
        out.copy(source, begin + kept.start(), begin + kept.end())
    for p in puts[k:]:
        out.put(put[p], begin + p)


def _code_spans(s: str, keep: bytearray, literal: bytearray) -> None:
    """Backtick strings: a run of backticks opens a code span closed by the next run as long; the
    backticks go, what is between them is text as it stands."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(s) if not literal[m.start()]]
    following = [-1] * len(runs)
    last: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        length = runs[k][1] - runs[k][0]
        following[k] = last.get(length, -1)
        last[length] = k
    k = 0
    while k < len(runs):
        a, b = runs[k]
        j = following[k]
        if j < 0:
            literal[a:b] = b"\x01" * (b - a)
            k += 1
            continue
        c, d = runs[j]
        keep[a:b] = bytes(b - a)
        keep[c:d] = bytes(d - c)
        literal[a:d] = b"\x01" * (d - a)
        if c - b >= 2 and s[b] == " " and s[c - 1] == " " and s[b:c].strip():
            keep[b] = keep[c - 1] = 0
        k = j + 1


def _html_inline(s: str, keep: bytearray, literal: bytearray, put: dict[int, str], drop) -> None:
    """Inline HTML: comments and tags go, an autolink keeps its address, an entity becomes its
    character."""
    pos = s.find("<")
    while pos >= 0:
        nxt = pos + 1
        if not literal[pos]:
            if s.startswith("<!--", pos):
                close = s.find("-->", pos + 4)
                if close < 0:
                    break  # (nothing closes it on this line: no later comment does either)
                drop(pos, close + 3)
                nxt = close + 3
            elif (m := _AUTOLINK.match(s, pos)) is not None:
                keep[pos] = keep[m.end() - 1] = 0
                literal[pos : m.end()] = b"\x01" * (m.end() - pos)
                nxt = m.end()
            elif (m := _TAG.match(s, pos)) is not None:
                drop(pos, m.end())
                nxt = m.end()
        pos = s.find("<", nxt)
    for m in _ENTITY.finditer(s):
        if literal[m.start()]:
            continue
        value = html.unescape(m.group())
        if value != m.group():
            drop(m.start(), m.end())
            put[m.start()] = value


def _links(s: str, keep: bytearray, literal: bytearray, drop) -> None:
    """``[text](url)``, ``[text][ref]`` -> ``text``; an image ``![alt](url)`` goes altogether."""
    n = len(s)
    closing: dict[int, int] = {}  # "(" -> its ")"
    stack: list[int] = []
    for m in _PARENS.finditer(s):
        i = m.start()
        if literal[i]:
            continue
        if s[i] == "(":
            stack.append(i)
        elif stack:
            closing[stack.pop()] = i
    ends = [m.start() for m in re.finditer(r"\]", s)]
    opens: list[int] = []
    for m in _BRACKETS.finditer(s):
        i = m.start()
        if literal[i] or not keep[i]:
            continue
        if s[i] == "[":
            opens.append(i)
            continue
        if not opens:
            continue
        o = opens.pop()
        image = o > 0 and s[o - 1] == "!" and keep[o - 1] and not literal[o - 1]
        stop = -1
        if i + 1 < n and s[i + 1] == "(" and (i + 1) in closing:
            stop = closing[i + 1] + 1
        elif i + 1 < n and s[i + 1] == "[":
            k = bisect.bisect_right(ends, i + 1)
            stop = ends[k] + 1 if k < len(ends) else -1
        if stop < 0:
            continue
        if image:
            drop(o - 1, stop)
        else:
            drop(o, o + 1)
            drop(i, stop)
        opens.clear()  # (a link holds no link)


@dataclass
class _Opener:
    start: int
    count: int
    """Delimiters of the run still unmatched: ``[start, start + count)``, matched from the right."""


def _emphasis(s: str, keep: bytearray, literal: bytearray) -> None:
    """Runs of ``*``, ``_`` and ``~`` that open and close emphasis (CommonMark's flanking rules)
    go; the others are text."""
    n = len(s)
    openers: dict[str, list[_Opener]] = {"*": [], "_": [], "~": []}
    for m in _DELIMITERS.finditer(s):
        a, b = m.span()
        while a < b and (literal[a] or not keep[a]):
            a += 1
        cut = a
        while cut < b and not literal[cut] and keep[cut]:
            cut += 1
        b = cut
        if a >= b:
            continue
        ch = s[a]
        before = s[a - 1] if a > 0 else " "
        after = s[b] if b < n else " "
        left = not after.isspace() and (not _punctuation(after) or before.isspace() or _punctuation(before))
        right = not before.isspace() and (not _punctuation(before) or after.isspace() or _punctuation(after))
        if ch == "_":
            can_open, can_close = (
                left and (not right or _punctuation(before)),
                right and (not left or _punctuation(after)),
            )
        elif ch == "~" and b - a != 2:  # (strikethrough is ~~; "~100" is about a hundred)
            can_open = can_close = False
        else:
            can_open, can_close = left, right
        count = b - a
        stack = openers[ch]
        if can_close:
            while count and stack:
                opener = stack[-1]
                use = min(opener.count, count)
                opener.count -= use
                keep[opener.start + opener.count : opener.start + opener.count + use] = bytes(use)
                keep[a : a + use] = bytes(use)
                a += use
                count -= use
                if opener.count == 0:
                    stack.pop()
        if count and can_open:
            stack.append(_Opener(a, count))


# --- HTML ----------------------------------------------------------------------------------------

_NOT_SPACE = re.compile(r"\S+")
_RAW_TEXT = re.compile(r"<(script|style|template|noscript)\b", re.IGNORECASE)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)")
_ATTRIBUTE_END = re.compile(r"[\"'>]")
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_RAW_ENDS = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("script", "style", "template", "noscript")}
_LIST_ITEM = re.compile(r"[ \t]*- ")
"""What trafilatura puts before the text of a list item (indented in a nested list)."""
WINDOW = 2000
"""Visible characters past the last piece of a line found within which its next piece is looked
for, when the line is not found whole."""
MIN_PIECE = 3
"""The fewest characters a piece of a line has (but for its last): a character or two are found
anywhere."""
MAX_PIECE = 1000
"""The most characters of a line looked for at once, when it is not found whole."""
SEARCH_BUDGET = 20_000
"""Searches a page's lines may take, piece by piece, besides one per 20 characters of its text: a
page whose text is not in its markup costs no more than that."""


@dataclass(frozen=True)
class Traced:
    """How well an HTML page's text was traced back to its markup (``html_source_map``)."""

    lines: int
    """Lines of text with something to find."""
    whole: int
    """Lines found whole."""
    by_pieces: int
    """Lines found piece by piece."""
    chars: int
    """Characters of those lines (whitespace aside)."""
    lost: int
    """Of them, characters not found: placed after the character found before them."""


def visible(page: str) -> tuple[str, array[int]]:
    """The characters of an HTML page a reader sees, whitespace left out, and where each stands in
    the page: text between tags, entities unescaped (each character of one at its ``&``); no tags,
    comments, scripts or styles. One pass over the page."""
    chars: list[str] = []
    where = array("q")
    n = len(page)
    pos = 0
    while pos < n:
        lt = page.find("<", pos)
        stop = n if lt < 0 else lt
        _text(page, pos, stop, chars, where)
        if lt < 0:
            break
        pos = _skip_markup(page, lt, chars, where)
    return "".join(chars), where


def _text(page: str, start: int, stop: int, chars: list[str], where: array[int]) -> None:
    at = start
    while at < stop:
        amp = page.find("&", at, stop)
        plain_end = stop if amp < 0 else amp
        for m in _NOT_SPACE.finditer(page, at, plain_end):
            chars.append(m.group())
            where.extend(range(m.start(), m.end()))
        if amp < 0:
            return
        entity = _HTML_ENTITY.match(page, amp, stop)
        value = html.unescape(entity.group()) if entity is not None else "&"
        if entity is None or value == entity.group():  # not an entity: text
            chars.append("&")
            where.append(amp)
            at = amp + 1
            continue
        for ch in value:
            if not ch.isspace():
                chars.append(ch)
                where.append(amp)
        at = entity.end()


def _skip_markup(page: str, lt: int, chars: list[str], where: array[int]) -> int:
    """Past the markup at ``page[lt] == "<"``: a comment, a tag (and a script's or style's
    content), or, when it is none, the ``<`` itself as text."""
    n = len(page)
    if page.startswith("<!--", lt):
        close = page.find("-->", lt + 4)
        return n if close < 0 else close + 3
    name = _TAG_NAME.match(page, lt)
    if name is None and not page.startswith(("<!", "<?"), lt):
        chars.append("<")
        where.append(lt)
        return lt + 1
    pos = lt + 1
    while True:  # to the tag's ">", past quoted attribute values
        m = _ATTRIBUTE_END.search(page, pos)
        if m is None:
            return n
        if m.group() == ">":
            pos = m.end()
            break
        close = page.find(m.group(), m.end())
        if close < 0:
            return n
        pos = close + 1
    raw = _RAW_TEXT.match(page, lt)
    if raw is not None:
        end = _RAW_ENDS[raw.group(1).lower()].search(page, pos)
        return n if end is None else end.end()
    return pos


def html_source_map(page: str, text: str) -> tuple[SourceMap, Traced]:
    """Where each character of ``text`` (the text trafilatura read out of ``page``, lines of
    paragraphs) stands in ``page``: each line's characters, whitespace aside, are looked for among
    the page's visible ones (``visible``), after the previous line's (a title put before the text
    is looked for from the top); whole if they are there, else piece by piece (``_by_pieces``). A
    character not found is placed just after the one before it."""
    seen, where = visible(page)
    offsets = array("q")
    lines = whole = by_pieces = chars = lost = 0
    cursor = 0
    previous = 0  # the source offset of the last character placed
    budget = [SEARCH_BUDGET + len(text) // 20]
    for number, line in enumerate(text.split("\n")):
        if number:
            offsets.append(previous + 1)  # the newline
            previous += 1
        if not line.strip():
            offsets.extend(range(previous + 1, previous + 1 + len(line)))
            continue
        lines += 1
        squeezed = "".join(line.split())
        chars += len(squeezed)
        # trafilatura writes a list item as "- item"
        bullet = 1 if _LIST_ITEM.match(line) else 0
        found = _find(seen, squeezed[bullet:], cursor)
        placed: list[int | None]
        if found >= 0:
            whole += 1
            cursor = found + len(squeezed) - bullet
            placed = [None] * bullet + list(where[found:cursor])
        else:
            placed = _by_pieces(line, seen, where, cursor, budget)
            if any(p is not None for p in placed):
                by_pieces += 1
                cursor = max(cursor, _last_index(placed, where, cursor))
        first = next((p for p in placed if p is not None), None)
        if first is not None:
            previous = first - 1  # (what comes before the first character found is put at it)
        k = 0
        for ch in line:
            if ch.isspace():
                offsets.append(previous + 1)
                previous += 1
                continue
            p = placed[k]
            k += 1
            if p is None:
                lost += k > bullet
                p = previous + 1
            offsets.append(p)
            previous = p
    return _compressed(offsets, page), Traced(lines, whole, by_pieces, chars, lost)


def _find(seen: str, squeezed: str, cursor: int) -> int:
    """Where ``squeezed`` is among the visible characters: after ``cursor`` if it is there, else
    anywhere (-1: nowhere)."""
    found = seen.find(squeezed, cursor)
    return seen.find(squeezed, 0, cursor + len(squeezed)) if found < 0 else found


def _by_pieces(line: str, seen: str, where: array[int], cursor: int, budget: list[int]) -> list[int | None]:
    """The source offsets of a line's characters (whitespace aside) found piece by piece: the
    longest start (up to ``MAX_PIECE``) of what is left that is among the visible characters after
    the last piece found (the first piece anywhere after ``cursor``, the others within
    ``WINDOW``), then the rest; a word that starts no piece of ``MIN_PIECE`` is not found (None).
    Each search spends one of ``budget[0]``: when none is left, the rest is not found."""
    squeezed = "".join(line.split())
    starts = [0]  # where the line's words start in ``squeezed``
    for word in line.split()[:-1]:
        starts.append(starts[-1] + len(word))
    placed: list[int | None] = []
    at = cursor
    i = 0
    first = True
    while i < len(squeezed) and budget[0] > 0:
        budget[0] -= 1
        low, found = _longest(squeezed, i, seen, at, at + WINDOW)
        if low == 0 and first:
            low, found = _longest(squeezed, i, seen, at, len(seen))
        if low == 0:
            following = bisect.bisect_right(starts, i)
            skip = (starts[following] if following < len(starts) else len(squeezed)) - i
            placed.extend([None] * skip)
            i += skip
            continue
        placed.extend(where[found : found + low])
        at = found + low
        i += low
        first = False
    return placed + [None] * (len(squeezed) - len(placed))


def _longest(squeezed: str, i: int, seen: str, at: int, limit: int) -> tuple[int, int]:
    """(length, where) of the longest start of ``squeezed[i:]`` (``MIN_PIECE`` to ``MAX_PIECE``
    characters, or what is left) among ``seen`` from ``at``, beginning before ``limit``; (0, -1)
    when none is: doubled while it is found, then halved between."""
    most = min(len(squeezed) - i, MAX_PIECE)
    low = min(MIN_PIECE, most)
    found = seen.find(squeezed[i : i + low], at, limit + low)
    if found < 0:
        return 0, -1
    high = most
    while low < high:
        mid = min(low * 2, high)
        pos = seen.find(squeezed[i : i + mid], at, limit + mid)
        if pos < 0:
            high = mid - 1
            break
        low, found = mid, pos
    while low < high:
        mid = (low + high + 1) // 2
        pos = seen.find(squeezed[i : i + mid], at, limit + mid)
        if pos >= 0:
            low, found = mid, pos
        else:
            high = mid - 1
    return low, found


def _last_index(placed: list[int | None], where: array[int], cursor: int) -> int:
    """The visible index just past the last character placed (to go on from)."""
    last = max((p for p in placed if p is not None), default=None)
    if last is None:
        return cursor
    return bisect.bisect_right(where, last)


def _compressed(offsets: array[int], source: str) -> SourceMap:
    """Runs of a source map from each text character's source offset."""
    text_starts: list[int] = []
    source_starts: list[int] = []
    for i, p in enumerate(offsets):
        if not text_starts or source_starts[-1] + i - text_starts[-1] != p:
            text_starts.append(i)
            source_starts.append(p)
    if not text_starts:
        text_starts, source_starts = [0], [0]
    return SourceMap(tuple(text_starts), tuple(source_starts), line_starts(source))
