"""Reviews: ``claims/reviews.toml`` records the findings a person has looked at.

One table per finding id, written by ``factcheck review ID --note ...``::

    [FC-1a2b3c4d]
    status = "accepted"
    note = "Real discrepancy between outlets; kept as a known conflict."
    verdict = "conflict"
    about = "quantity: substance"
    articles = ["a.txt", "b.txt"]

A reviewed finding is still reported, marked "(reviewed)", but never fails the check. The file is
written by hand-rolled, deterministic TOML (ids sorted, keys in a fixed order, no timestamps) and
read back with ``tomllib``; notes may be edited by hand, and recording a review changes only its
own table (comments and the rest of the file are kept). A review whose finding no longer exists is
*stale*: reported as a warning, never silently dropped.
"""

from __future__ import annotations

import codecs
import difflib
import os
import re
import tomllib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.ledger import locked, write_atomic
from factcheck.load import folder_label, named_after_folder
from factcheck.models import ClaimKind, Finding, Report, Review, ReviewStatus
from factcheck.readers import load_toml, read_regular

HEADER = (
    "# Reviewed findings of factcheck, written by `factcheck review ID --note ...`.\n"
    "# A reviewed finding is still reported, marked (reviewed), but never fails the check.\n"
    '# status: "accepted" (a real, known discrepancy) or "false-positive" (the tool is wrong).\n'
)
KEYS = ("status", "note", "verdict", "about", "articles")
"""Keys of a review table, in the order they are written."""
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def load_reviews(path: Path) -> tuple[Review, ...]:
    """The reviews in ``path`` (none when it does not exist), sorted by id.

    Raises FactcheckError naming the file and the key when it is not valid.
    """
    try:
        text = read_regular(path).decode("utf-8-sig")  # (a byte order mark, as some editors write)
    except FileNotFoundError:
        return ()
    except UnicodeDecodeError:
        raise FactcheckError(f"{path}: not UTF-8 text") from None
    except OSError as e:
        raise FactcheckError(f"{path}: cannot read ({e.strerror or e})") from e
    return parse_reviews(text, str(path))


def parse_reviews(text: str, where: str) -> tuple[Review, ...]:
    try:
        data = load_toml(text)
    except tomllib.TOMLDecodeError as e:
        raise FactcheckError(f"{where}: invalid TOML ({e})") from None
    reviews = []
    for fid, table in data.items():
        if not isinstance(table, dict):
            raise FactcheckError(f"{where}: {fid}: expected a table [{fid}] of status, note, ...")
        unknown = sorted(set(table) - set(KEYS))
        if unknown:
            close = difflib.get_close_matches(unknown[0], KEYS, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"the keys are {', '.join(KEYS)}"
            raise FactcheckError(f"{where}: [{fid}] {unknown[0]}: unknown key", hint)
        status_raw = _string(table, "status", fid, where, required=False) or ReviewStatus.ACCEPTED.value
        try:
            status = ReviewStatus(status_raw)
        except ValueError:
            allowed = ", ".join(s.value for s in ReviewStatus)
            raise FactcheckError(f"{where}: [{fid}] status: {status_raw!r} is not one of {allowed}") from None
        articles = table.get("articles", [])
        if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
            raise FactcheckError(f"{where}: [{fid}] articles: expected a list of strings")
        reviews.append(
            Review(
                id=fid,
                status=status,
                note=_string(table, "note", fid, where, required=True),
                verdict=_string(table, "verdict", fid, where, required=False),
                about=_string(table, "about", fid, where, required=False),
                articles=tuple(articles),
            )
        )
    return tuple(sorted(reviews, key=lambda r: r.id))


def _string(table: dict[str, object], key: str, fid: str, where: str, *, required: bool) -> str:
    if key not in table:
        if required:
            raise FactcheckError(f"{where}: [{fid}] has no {key}")
        return ""
    value = table[key]
    if not isinstance(value, str):
        raise FactcheckError(f"{where}: [{fid}] {key}: expected a string, got {type(value).__name__}")
    return value


def dumps(reviews: Iterable[Review]) -> str:
    """The TOML text of ``reviews``: deterministic, one table per id, sorted."""
    return HEADER + "".join("\n" + _table(r) for r in sorted(reviews, key=lambda r: r.id))


def _table(r: Review) -> str:
    out = [f"[{_key(r.id)}]\n", f"status = {_string_literal(r.status.value)}\n", f"note = {_string_literal(r.note)}\n"]
    if r.verdict:
        out.append(f"verdict = {_string_literal(r.verdict)}\n")
    if r.about:
        out.append(f"about = {_string_literal(r.about)}\n")
    if r.articles:
        out.append(f"articles = [{', '.join(_string_literal(a) for a in r.articles)}]\n")
    return "".join(out)


def _edited(text: str, review: Review, eol: str = "\n") -> str | None:
    """``text`` with the table of ``review`` replaced, or added in id order, leaving every other
    line as it is, line end included (people's comments in a file kept in git); None when a table
    header cannot be read as one id. The comments of a replaced table are kept: each on the line of
    its key, or before the key it stood before. New lines end in ``eol``."""
    lines = text.split("\n")  # TOML's own line ends (splitlines would also break at U+2028...)
    lines = [line + "\n" for line in lines[:-1]] + ([lines[-1] + eol] if lines[-1] else [])
    scanned = _scan(lines)
    headers = []
    for number, (line, (outside, _)) in enumerate(zip(lines, scanned, strict=True)):
        if outside and line.lstrip().startswith("["):
            key = _header_key(line)
            if key is None:
                return None
            headers.append((number, key))

    def comment_lines(number: int) -> bool:  # a blank line or a comment, outside strings
        return scanned[number][0] and lines[number].strip()[:1] in ("", "#")

    new = [line + eol for line in _table(review).split("\n")[:-1]]  # (not splitlines: U+2028 in a note)
    ids = [key for _, key in headers]
    for k, (number, key) in enumerate(headers):
        if key == review.id:  # replaced up to the comments and blank lines before the next table
            end = headers[k + 1][0] if k + 1 < len(headers) else len(lines)
            while end > number + 1 and comment_lines(end - 1):
                end -= 1
            new = _with_comments(new, lines[number:end], scanned[number:end], eol)
            return "".join(lines[:number] + new + lines[end:])
        if key > review.id and review.id not in ids:  # added before it and the comments just above it
            start = number
            while start > 0 and comment_lines(start - 1) and lines[start - 1].strip():
                start -= 1
            return "".join(lines[:start] + new + [eol] + lines[start:])
    return "".join(lines) + eol + "".join(new)


_KEY_LINE = re.compile(r"""\s*(?:\[|([A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')\s*=)""")
"""A table's header, or a line that starts a key's value (its key: bare, quoted or literal)."""


def _with_comments(new: list[str], old: list[str], scanned: list[tuple[bool, int]], eol: str) -> list[str]:
    """The lines ``new`` of a table, with the comments of its lines ``old`` carried over: the
    comment at the end of a key's line to the line of the same key, a comment line before the key
    it stood before, and comments on the further lines of a multi-line value (an array's items) on
    lines of their own after its key; those of keys the new table has not, at its end. A comment on
    a line of its own keeps that line's end; the lines ``new`` end in ``eol``."""
    keys = {_line_key(line): i for i, line in enumerate(new)}
    before: dict[int, list[str]] = {}
    ending: dict[int, str] = {}
    after: dict[int, list[str]] = {}
    waiting: list[str] = []
    current = -1
    for line, (outside, at) in zip(old, scanned, strict=True):
        key = _line_key(line) if outside else None
        if key is not None:
            current = keys.get(key, -1)
            if current >= 0 and waiting:
                before.setdefault(current, []).extend(waiting)
                waiting = []
        if at < 0:
            continue
        comment = line[at:].rstrip("\r\n")
        own = comment + line[len(line.rstrip("\r\n")) :]  # (the line's own end)
        if key is not None and current >= 0:
            ending[current] = (line[:at][len(line[:at].rstrip()) :] or "  ") + comment
        elif current >= 0 and not (outside and not line[:at].strip()):
            after.setdefault(current, []).append(own)
        else:
            waiting.append(own)
    out: list[str] = []
    for i, line in enumerate(new):
        out.extend(before.get(i, ()))
        out.append(line[: -len(eol)] + ending[i] + eol if i in ending else line)
        out.extend(after.get(i, ()))
    return out + waiting


def _line_key(line: str) -> str | None:
    """``[`` for a table's header, the key whose value the line starts, or None."""
    match = _KEY_LINE.match(line)
    if match is None:
        return None
    if match.group(1) is None:
        return "["
    try:
        return next(iter(load_toml(f"{match.group(1)} = 0")))  # (escapes in a quoted key)
    except tomllib.TOMLDecodeError:
        return None


def _scan(lines: list[str]) -> list[tuple[bool, int]]:
    """For each line, whether it starts outside a multi-line string (a line of a note that looks
    like ``[FC-...]`` is not a table header), and where a comment starts in it (-1: none)."""
    out = []
    quote = ""  # the multi-line string's delimiter while in one
    for line in lines:
        starts_outside, comment = not quote, -1
        i = 0
        while i < len(line):
            if quote:
                end = line.find(quote, i)
                while end > 0 and quote == '"""' and _escaped(line, end):
                    end = line.find(quote, end + 1)
                if end < 0:
                    break
                i, quote = end + 3, ""
                while i < len(line) and line[i] == line[end]:  # """a"""" : up to two quotes inside
                    i += 1
            elif line.startswith(('"""', "'''"), i):
                quote, i = line[i : i + 3], i + 3
            elif line[i] == '"':
                i += 1
                while i < len(line) and line[i] != '"':
                    i += 2 if line[i] == "\\" else 1
                i += 1
            elif line[i] == "'":
                end = line.find("'", i + 1)
                i = end + 1 if end >= 0 else len(line)
            elif line[i] == "#":
                comment = i
                break
            else:
                i += 1
        out.append((starts_outside, comment))
    return out


def _escaped(line: str, at: int) -> bool:
    backslashes = len(line[:at]) - len(line[:at].rstrip("\\"))
    return backslashes % 2 == 1


def _comments(text: str) -> list[str]:
    """Every comment of ``text`` (whole lines and ends of lines), in order."""
    lines = text.split("\n")
    return [line[at:].strip() for line, (_, at) in zip(lines, _scan(lines), strict=True) if at >= 0]


def _reads_as(text: str, reviews: list[Review]) -> bool:
    try:
        return list(parse_reviews(text, "")) == reviews
    except FactcheckError:
        return False


def _header_key(line: str) -> str | None:
    try:
        data = load_toml(line)
    except tomllib.TOMLDecodeError:
        return None
    if len(data) != 1:
        return None
    ((key, value),) = data.items()
    return key if value == {} else None


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _string_literal(key)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _string_literal(s: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = []
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _lost(before: list[str], after: list[str]) -> bool:
    """Whether a comment of ``before`` is missing from ``after`` (as often as it was there)."""
    return bool(Counter(before) - Counter(after))


def review_of(finding: Finding, status: ReviewStatus, note: str) -> Review:
    """The review of ``finding`` a person records."""
    if not note.strip():
        raise FactcheckError("--note: a review needs a note saying what was found")
    return Review(
        id=finding.id,
        status=status,
        note=note.strip(),
        verdict=finding.verdict.value,
        about=f"{finding.kind.value}: {finding.key}",
        articles=finding.articles,
    )


def record(path: Path, review: Review, notes: list[str] | None = None) -> bool:
    """Add or replace ``review`` in the file at ``path`` (atomically); True when it replaced one.

    Only the review's own table changes: the rest of the file, comments included, is kept. A file
    whose tables are not laid out one per ``[id]`` header is written afresh (``dumps``), and
    ``notes`` hears of it when the file had comments, which are then lost. The ledger folder is
    locked meanwhile (``ledger.locked``): reviews recorded at once are all kept."""
    with locked(path.parent):
        return _record(path, review, notes)


def _record(path: Path, review: Review, notes: list[str] | None) -> bool:
    reviews = {r.id: r for r in load_reviews(path)}
    replaced = review.id in reviews
    reviews[review.id] = review
    try:
        raw = read_regular(path)  # read and checked by load_reviews
    except FileNotFoundError:
        raw = b""
    text = raw.decode("utf-8-sig")
    # each line keeps its end; new lines take the file's usual one (git shows one table changed)
    eol = "\r\n" if raw.count(b"\r\n") * 2 > raw.count(b"\n") else "\n"
    new = _edited(text, review, eol) if text.strip() else None
    if new is None or not _reads_as(new, sorted(reviews.values(), key=lambda r: r.id)):
        new = dumps(reviews.values()).replace("\n", eol)
        if notes is not None and _lost(_comments(text), _comments(new)):
            notes.append(f"{path}: written afresh in factcheck's layout; its comments were not kept")
    if raw.startswith(codecs.BOM_UTF8):
        new = "\ufeff" + new
    try:
        write_atomic(path, new)
    except OSError as e:
        raise FactcheckError(f"{path}: cannot write ({e.strerror or e})") from e
    return replaced


def stale_reviews(report: Report, roots: Sequence[Path], disabled: Collection[ClaimKind] = ()) -> list[Review]:
    """Reviews whose finding no longer exists, among those this run could have seen.

    A review is judged only when one of its articles was checked and each of the others was
    checked or is gone from the folders checked; reviews of articles left out of this run
    (``check corpus/a.txt``, or another corpus altogether) are not stale, nor are reviews of a
    kind of claim this run left out (``disabled``, by the kind its ``about`` names). A name with a
    folder (``B/a.txt``) may be a path, or an article named after its folder (``load._names``): an
    article the ledger records there (``Report.recorded``, by its name when extracted or by its
    path) is there still; one it records at that path under a folder checked is gone (unless an
    article of the plain name is here); otherwise a subfolder of that name under a folder checked
    means a path. An entry of the name alone proves nothing gone: it may be another's.
    """
    left_out = {kind.value for kind in disabled}
    ids = {f.id for f in report.findings}
    loaded = {a.name for a in report.articles}
    bases = [r if r.is_dir() else r.parent for r in map(Path, roots)]
    labels = [folder_label(b.resolve()) for b in bases]  # (resolved once, not per review)

    by_tail: dict[str, list[tuple[str, str]]] = {}  # the ledger's unloaded articles, by file name
    for name, path in report.recorded:
        by_tail.setdefault(path.rpartition(os.sep)[2], []).append((name, path))

    def recorded_here(name: str) -> bool:
        """Whether the ledger records an article that may be the one so named, and it is there."""
        after = named_after_folder(name)
        ends = (os.sep + name.replace("/", os.sep),) + ((os.sep + os.path.join(*after),) if after else ())
        tail = name.rpartition("/")[2]
        return any(
            (stored == name or path.endswith(ends)) and os.path.exists(path) for stored, path in by_tail.get(tail, ())
        )

    def recorded_gone(name: str) -> bool:
        """Whether the ledger records the article at this path under a folder checked (so not
        another folder's article named after its folder), and it is gone."""
        after = named_after_folder(name)
        if after is not None and any((b / after[1]).exists() for b in bases):
            return False  # a.txt is here: B/a.txt may have been named so beside it
        wanted = {os.path.realpath(b / name) for b in bases}
        return any(path in wanted for _, path in by_tail.get(name.rpartition("/")[2], ()))

    def accounted(name: str) -> bool:
        if name in loaded:
            return True
        if any(path.exists() for path in _places(name, bases, labels)) or recorded_here(name):
            return False  # there, but left out of this run
        if recorded_gone(name):
            return True
        # gone, unless it is named after a folder this run did not check (B/a.txt, when A and B
        # held one a.txt): then it may well be there still
        after = named_after_folder(name)
        return after is None or any(
            (b / name.partition("/")[0]).is_dir() or label == after[0] for b, label in zip(bases, labels, strict=True)
        )

    return [
        r
        for r in report.reviews
        if r.id not in ids
        and not (left_out and r.about.partition(":")[0] in left_out | {""})  # no about: of any kind
        and any(a in loaded for a in r.articles)
        and all(accounted(a) for a in r.articles)
    ]


def _places(name: str, bases: Sequence[Path], labels: Sequence[str]) -> Iterator[Path]:
    """Where the article ``name`` may be under the folders checked: ``base/name``, and for a name
    given after its folder (``B/a.txt``, ``B~2/a.txt``: ``load._distinct_name``), ``a.txt`` in a
    folder so named (``labels``: each base's ``folder_label``)."""
    for base in bases:
        yield base / name
    after = named_after_folder(name)
    if after is not None:
        for base, label in zip(bases, labels, strict=True):
            if label == after[0]:
                yield base / after[1]


def find_finding(report: Report, finding_id: str) -> Finding:
    """The finding with this id (``fc-1A2B3C4D`` is ``FC-1a2b3c4d``); a one-line error with the
    nearest ids when there is none."""
    if finding_id[:3].upper() == "FC-":
        finding_id = "FC-" + finding_id[3:].lower()
    for f in report.findings:
        if f.id == finding_id:
            return f
    ids = [f.id for f in report.findings]
    close = difflib.get_close_matches(finding_id, ids, n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}?" if close else "run `factcheck check` to list the findings and their ids"
    raise FactcheckError(f"{finding_id}: no such finding in the articles checked", hint)
