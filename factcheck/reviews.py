"""Reviews: ``claims/reviews.toml`` records the findings a person has looked at.

One table per finding id, written by ``factcheck review ID --note ...``::

    [FC-1a2b3c4d]
    status = "accepted"
    note = "Real discrepancy between outlets; kept as a known conflict."
    verdict = "conflict"
    about = "quantity: substance"
    articles = ["a.txt", "b.txt"]
    claims = [
        {article = "a.txt", start = 120, end = 148, surface = "31 new banned compounds", sentence = "..."},
        {article = "b.txt", start = 88, end = 104, surface = "45 substances", sentence = "..."},
    ]

A reviewed finding is still reported, marked "(reviewed)", but never fails the check. A finding's
id is hashed from its claims' words, so it changes when a value does ("45" becomes "44"): the review
then *follows* its finding (``follow``): the one finding of the same verdict, kind, key and
articles whose claims are the recorded ones, each at the same span or in the same sentence, the
value aside. A review that follows no finding is *orphaned*: reported, never silently dropped;
``factcheck review --prune`` removes orphaned reviews and records followed ones under their new id.

The file is edited with tomlkit, which keeps what it does not change as it was: comments, blank
lines, quoting, the order of tables and keys. A new review's table goes in id order; comments just
above a table's header stay with that table. ``dumps`` writes a file afresh (ids sorted, keys in a
fixed order, no timestamps), for a file tomlkit cannot edit.
"""

from __future__ import annotations

import codecs
import difflib
import os
import tomllib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import Comment, InlineTable, Item, Null, Table, Whitespace

from factcheck.errors import FactcheckError
from factcheck.ledger import locked, write_atomic
from factcheck.load import folder_label, named_after_folder
from factcheck.models import Claim, ClaimKind, Finding, Report, Review, ReviewedClaim, ReviewStatus
from factcheck.readers import load_toml, read_regular

HEADER = (
    "# Reviewed findings of factcheck, written by `factcheck review ID --note ...`.\n"
    "# A reviewed finding is still reported, marked (reviewed), but never fails the check.\n"
    '# status: "accepted" (a real, known discrepancy) or "false-positive" (the tool is wrong).\n'
)
KEYS = ("status", "note", "verdict", "about", "articles", "claims")
"""Keys of a review table, in the order they are written."""
CLAIM_KEYS = ("article", "start", "end", "surface", "sentence")
"""Keys of a recorded claim (an inline table of ``claims``), in the order they are written."""


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
        _known_keys(table, KEYS, f"{where}: [{fid}]")
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
                claims=_claims(table.get("claims", []), f"{where}: [{fid}] claims"),
            )
        )
    return tuple(sorted(reviews, key=lambda r: r.id))


def _known_keys(table: dict[str, object], keys: Sequence[str], where: str) -> None:
    unknown = sorted(set(table) - set(keys))
    if unknown:
        close = difflib.get_close_matches(unknown[0], keys, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"the keys are {', '.join(keys)}"
        raise FactcheckError(f"{where} {unknown[0]}: unknown key", hint)


def _claims(raw: object, where: str) -> tuple[ReviewedClaim, ...]:
    expected = "expected a list of {article, start, end, surface, sentence} tables"
    if not isinstance(raw, list):
        raise FactcheckError(f"{where}: {expected}")
    out = []
    for i, claim in enumerate(raw):
        if not isinstance(claim, dict):
            raise FactcheckError(f"{where}[{i}]: {expected}")
        _known_keys(claim, CLAIM_KEYS, f"{where}[{i}]")
        for key in CLAIM_KEYS:
            wanted = int if key in ("start", "end") else str
            if type(claim.get(key)) is not wanted:  # (a bool is no offset)
                raise FactcheckError(f"{where}[{i}] {key}: expected {'an integer' if wanted is int else 'a string'}")
        out.append(ReviewedClaim(claim["article"], claim["start"], claim["end"], claim["surface"], claim["sentence"]))
    return tuple(out)


def _string(table: dict[str, object], key: str, fid: str, where: str, *, required: bool) -> str:
    if key not in table:
        if required:
            raise FactcheckError(f"{where}: [{fid}] has no {key}")
        return ""
    value = table[key]
    if not isinstance(value, str):
        raise FactcheckError(f"{where}: [{fid}] {key}: expected a string, got {type(value).__name__}")
    return value


# --- Writing ---------------------------------------------------------------------------------------


def _values(r: Review) -> dict[str, Any]:
    """The keys and values of a review's table, in the order they are written (empty ones left out)."""
    values: dict[str, Any] = {"status": r.status.value, "note": r.note}
    if r.verdict:
        values["verdict"] = r.verdict
    if r.about:
        values["about"] = r.about
    if r.articles:
        values["articles"] = list(r.articles)
    if r.claims:
        values["claims"] = [{key: getattr(c, key) for key in CLAIM_KEYS} for c in r.claims]
    return values


def _item(key: str, value: Any, *, inline: bool = False) -> Item:
    """A value as tomlkit writes it: the claims one inline table to a line (but in an inline
    table, which is one line)."""
    if key != "claims":
        return tomlkit.item(value)
    claims = tomlkit.array()
    for claim in value:
        table = tomlkit.inline_table()
        table.update(claim)
        claims.append(table)
    return claims if inline else claims.multiline(True)


def _table(r: Review) -> Table:
    table = tomlkit.table()
    for key, value in _values(r).items():
        table.add(key, _item(key, value))
    return table


def dumps(reviews: Iterable[Review]) -> str:
    """The TOML text of ``reviews``: deterministic, one table per id, sorted."""
    doc = tomlkit.document()
    for line in HEADER.splitlines():
        doc.add(tomlkit.comment(line.removeprefix("# ")))
    for r in sorted(reviews, key=lambda r: r.id):
        doc.add(r.id, _table(r))
    return doc.as_string()


@dataclass
class _Entry:
    """A table of the file, with the comment lines just above its header (``lead``) and the blank
    lines and comments after its last key up to the last blank line (``tail``)."""

    key: str
    table: Table
    lead: list[Item] = field(default_factory=list)
    tail: list[Item] = field(default_factory=list)
    new: bool = False


def _trailing(body: list[tuple[Any, Item]]) -> list[Item]:
    """Take the comments and blank lines off the end of a container's ``body`` (after its last key)."""
    out: list[Item] = []
    while body and body[-1][0] is None and isinstance(body[-1][1], Comment | Whitespace | Null):
        item = body.pop()[1]
        if not isinstance(item, Null):  # (what tomlkit leaves where it removed an item)
            out.append(item)
    return out[::-1]


def _comments_above(body: list[tuple[Any, Item]]) -> list[Item]:
    """Take the comment lines just above the first table off the end of the document's ``body``
    (what tomlkit left of the tables removed, too)."""
    while body and isinstance(body[-1][1], Null):
        body.pop()
    out: list[Item] = []
    while body and body[-1][0] is None and isinstance(body[-1][1], Comment):
        out.append(body.pop()[1])
    return out[::-1]


def _split(run: list[Item]) -> tuple[list[Item], list[Item]]:
    """A run of comments and blank lines: up to its last blank line, and the comments after it."""
    last = max((i for i, item in enumerate(run) if isinstance(item, Whitespace)), default=-1)
    return run[: last + 1], run[last + 1 :]


def _edited(text: str, put: Sequence[Review], remove: Collection[str]) -> str:
    """``text`` with the tables of ``put`` replaced or added and those of ``remove`` removed,
    everything else as it was (tomlkit). A replaced table keeps its comments and the form of its
    unchanged values; a removed table takes with it the comment lines just above its header."""
    doc = tomlkit.parse(text)
    body = doc.body
    first = next((i for i, (_, item) in enumerate(body) if isinstance(item, Table)), len(body))
    entries = [_Entry(key.key, item) for key, item in body[first:] if key is not None and isinstance(item, Table)]
    for entry in entries:
        doc.remove(entry.key)
    end: list[Item] = []
    if entries:
        entries[0].lead = _comments_above(body)
        for entry, following in zip(entries, [*entries[1:], None], strict=True):
            entry.tail, after = _split(_trailing(entry.table.value.body))
            if following is not None:
                following.lead = after
            else:
                end = after
    for fid in remove:
        if fid in doc and fid not in {e.key for e in entries}:
            doc.remove(fid)  # (a review written as an inline table, before the first table)
    entries = [e for e in entries if e.key not in remove]
    by_key = {e.key: e for e in entries}
    for review in put:
        values = _values(review)
        if review.id in by_key:
            _update(by_key[review.id].table, values)
        elif review.id in doc and isinstance(doc[review.id], InlineTable):
            _update(doc[review.id], values)
        else:
            entry = _Entry(review.id, _table(review), new=True)
            at = next((i for i, e in enumerate(entries) if e.key > review.id), len(entries))
            entries.insert(at, entry)
            by_key[review.id] = entry
    for i, entry in enumerate(entries):
        if entry.new and i + 1 < len(entries):
            entry.tail = [Whitespace("\n")]
    doc.parsing(True)  # (appending a parsed table adds no blank line of tomlkit's own)
    last: Any = doc
    for entry in entries:
        for item in entry.lead:
            last.append(None, item)
        above = doc.body if last is doc else last.value.body
        if entry.new and above and not isinstance(above[-1][1], Whitespace):
            entry.table.trivia.indent = "\n"  # a blank line before a new table
        doc.append(entry.key, entry.table)
        for item in entry.tail:
            entry.table.append(None, item)
        last = entry.table
    for item in end:
        last.append(None, item)
    doc.parsing(False)
    out = doc.as_string()
    if out.endswith("\n\n") and not text.endswith("\n\n"):
        out = out.rstrip("\n") + "\n"  # (the last table removed: no blank line left at the end)
    return out


def _update(table: Table | InlineTable, values: dict[str, Any]) -> None:
    """Set a table's keys to ``values`` in place: an unchanged value keeps its form and comments,
    a changed one its comment; keys not in ``values`` go; new keys come after the last one."""
    inline = isinstance(table, InlineTable)
    for key in [k for k in table if k not in values]:
        del table[key]
    for key, value in values.items():
        if key in table:
            current = table[key]
            if (current.unwrap() if isinstance(current, Item) else current) != value:
                table[key] = _item(key, value, inline=inline)
        else:
            table.add(key, _item(key, value, inline=inline))


def comments(text: str) -> list[str]:
    """The comments of a TOML text, in order: comment lines and comments at the ends of lines
    (any ``#`` when tomlkit cannot read it)."""
    try:
        doc = tomlkit.parse(text)
    except Exception:  # (tomlkit's errors are many)
        return ["#"] if "#" in text else []
    out: list[str] = []

    def walk(item: Any) -> None:
        if isinstance(item, Comment):
            out.append(item.as_string().strip())
            return
        if not isinstance(item, Whitespace | Null) and item.trivia.comment:
            out.append(item.trivia.comment.strip())
        if isinstance(item, Table):
            for _, inner in item.value.body:
                walk(inner)
        if isinstance(item, tomlkit.items.Array):
            for group in getattr(item, "_value", ()):  # (tomlkit keeps an array's comments with its items)
                if getattr(group, "comment", None) is not None:
                    walk(group.comment)
                if isinstance(getattr(group, "value", None), Item):
                    walk(group.value)

    for _, item in doc.body:
        walk(item)
    return out


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
        claims=tuple(
            ReviewedClaim(c.location.article, c.location.start, c.location.end, c.surface, c.sentence)
            for c in sorted(finding.claims, key=lambda c: (c.location.article, c.location.start, c.location.end))
        ),
    )


def record(path: Path, review: Review, notes: list[str] | None = None) -> bool:
    """Add or replace ``review`` in the file at ``path`` (atomically); True when it replaced one. A
    review that followed its finding (``recorded_as``) replaces its table under the old id.

    Only the review's own table changes (``_edited``). The ledger folder is locked meanwhile
    (``ledger.locked``): reviews recorded at once are all kept."""
    with locked(path.parent):
        present = {r.id for r in load_reviews(path)}
        old = {review.recorded_as} - {""}
        _write(path, [replace(review, recorded_as="")], old, notes)
        return review.id in present or bool(old & present)


def prune(path: Path, orphaned: Collection[str], followed: Sequence[Review], notes: list[str] | None = None) -> None:
    """Remove the reviews ``orphaned`` (ids) from the file at ``path``, and record each review of
    ``followed`` under its new id (in place of its ``recorded_as``)."""
    if not path.exists():
        return
    with locked(path.parent):
        old = set(orphaned) | {r.recorded_as for r in followed}
        _write(path, [replace(r, recorded_as="") for r in followed], old, notes)


def _write(path: Path, put: Sequence[Review], remove: Collection[str], notes: list[str] | None) -> None:
    reviews = {r.id: r for r in load_reviews(path) if r.id not in remove}
    for review in put:
        reviews[review.id] = review
    expected = sorted(reviews.values(), key=lambda r: r.id)
    try:
        raw = read_regular(path)  # read and checked by load_reviews
    except FileNotFoundError:
        raw = b""
    text = raw.decode("utf-8-sig")
    # a file whose lines mostly end in CRLF is written with CRLF (git shows one table changed)
    eol = "\r\n" if raw.count(b"\r\n") * 2 > raw.count(b"\n") else "\n"
    text = text.replace("\r\n", "\n")
    new = None
    if text.strip():
        try:
            new = _edited(text, put, set(remove))
        except Exception:  # (tomlkit's errors are many: the file is then written afresh)
            new = None
    if new is None or not _reads_as(new, expected):
        new = dumps(expected)
        if notes is not None and Counter(comments(text)) - Counter(comments(new)):  # (comments of its own lost)
            notes.append(f"{path}: written afresh in factcheck's layout; its comments were not kept")
    if eol != "\n":
        new = new.replace("\n", eol)
    if raw.startswith(codecs.BOM_UTF8):
        new = "\ufeff" + new
    try:
        write_atomic(path, new)
    except OSError as e:
        raise FactcheckError(f"{path}: cannot write ({e.strerror or e})") from e


def _reads_as(text: str, reviews: list[Review]) -> bool:
    try:
        return list(parse_reviews(text, "")) == reviews
    except FactcheckError:
        return False


# --- Following findings ------------------------------------------------------------------------------


def follow(reviews: Sequence[Review], findings: Sequence[Finding]) -> tuple[Review, ...]:
    """``reviews``, each under the id of the finding it is about: its own id while a finding has
    it; else (the finding's id changed with a value of its claims) the id of the one finding it
    follows (``recorded_as`` then keeps the id it is recorded under): the same verdict, kind, key
    and articles, and the recorded claims, each matched by one of the finding's claims in the same
    article at the same span or in the same sentence but for the claim's words. A review recorded
    without its claims follows the one such finding there is, if there is one. A finding is
    followed by one review at most; a review that follows none keeps its id (orphaned)."""
    ids = {f.id for f in findings}
    taken = {r.id for r in reviews if r.id in ids}
    by_about: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_about.setdefault((f.kind.value, f.key), []).append(f)
    out = []
    for review in sorted(reviews, key=lambda r: r.id):
        found = None if review.id in ids else _followed(review, by_about, taken)
        if found is None:
            out.append(review)
            continue
        taken.add(found.id)
        out.append(replace(review, id=found.id, recorded_as=review.id))
    return tuple(out)


def _followed(review: Review, by_about: dict[tuple[str, str], list[Finding]], taken: set[str]) -> Finding | None:
    kind, _, key = review.about.partition(": ")
    candidates = [
        f
        for f in by_about.get((kind, key), ())
        if f.id not in taken
        and (not review.verdict or f.verdict.value == review.verdict)
        and set(f.articles) == set(review.articles)
    ]
    if not review.claims:  # (recorded before claims were kept: by what it says of the finding)
        return candidates[0] if len(candidates) == 1 and review.verdict and review.articles else None
    scored = [(score, f) for f in candidates if (score := _same_claims(review.claims, f)) is not None]
    best = max((score for score, _ in scored), default=None)
    chosen = [f for score, f in scored if score == best]
    return chosen[0] if len(chosen) == 1 else None


def _same_claims(recorded: Sequence[ReviewedClaim], finding: Finding) -> int | None:
    """How many of the recorded claims ``finding`` has at the same span, when it has them all (each
    at the same span or in the same sentence, the claim's words aside) and no others; else None."""
    if len(recorded) != len(finding.claims):
        return None
    left = list(finding.claims)
    exact = 0
    pending = []
    for r in recorded:
        same = next((c for c in left if c.location.article == r.article and _span(c) == (r.start, r.end)), None)
        if same is None:
            pending.append(r)
            continue
        left.remove(same)
        exact += 1
    for r in pending:
        shape = _without(r.sentence, r.surface)
        alike = next(
            (c for c in left if c.location.article == r.article and _without(c.sentence, c.surface) == shape), None
        )
        if alike is None:
            return None
        left.remove(alike)
    return exact


def _span(claim: Claim) -> tuple[int, int]:
    return claim.location.start, claim.location.end


def _without(sentence: str, surface: str) -> str:
    """A sentence with the claim's words taken out: what stays when only the value changes."""
    return sentence.replace(surface, "\0", 1)


def orphaned_reviews(report: Report, roots: Sequence[Path], disabled: Collection[ClaimKind] = ()) -> list[Review]:
    """Reviews that follow no finding (``follow``), among those this run could have seen.

    A review is judged only when one of its articles was checked and each of the others was
    checked or is gone from the folders checked; reviews of articles left out of this run
    (``check corpus/a.txt``, or another corpus altogether) are not orphaned, nor are reviews of a
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
