"""The claims ledger: one JSON file of extracted claims per article, kept in ``claims/``.

``claims/<article>.json`` mirrors the article's name (its path relative to the corpus folder):
``corpus/sub/a.txt`` -> ``claims/sub/a.txt.json``. Each file holds::

    {"schema": "factcheck.claims/4", "extractor": "1", "article": "sub/a.txt",
     "path": "corpus/sub/a.txt", "sha256": "...", "source": {...}, "settings": "...",
     "claims": [{...every Claim field...}, ...], "digest": "sha256:..."}

``path`` is the article's path relative to the ledger's parent folder (the project root), so a
ledger file is found again whichever folder the corpus was checked through. An entry is *fresh*
when its schema, the extractor version (``factcheck.EXTRACTOR_VERSION``), the article's sha256, its
metadata (``source``: sources.toml or front matter; the publication date resolves relative dates)
and the extraction settings (``settings``: a digest of the configured boilerplate patterns,
aliases and tolerances) all match, and the file is as factcheck wrote it (``digest``: the sha256 of
the file with the digest itself left blank, so an entry edited by hand or cut short is outdated,
never silently used); only then are its claims used instead of extracting again.

A ``.json`` file that is not a factcheck ledger entry (no ``schema`` of ours, and not the start of
one) is someone else's: it is never read as an entry, overwritten or pruned.

Files are deterministic (sorted keys, two-space indent, no timestamps) so that they diff well, and
written atomically (a temporary file in the same folder, fsync, ``os.replace``).

``factcheck extract`` is the only writer; ``factcheck check`` only reads, and reports stale files.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import json
import math
import os
import re
import signal
import stat
import subprocess
import tempfile
import threading
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import EXTRACTOR_VERSION
from factcheck.errors import FactcheckError
from factcheck.models import Article, Claim, LedgerIssue, LedgerState
from factcheck.readers import read_regular
from factcheck.realpaths import RealPaths

if TYPE_CHECKING:
    from factcheck.api import Options

SCHEMA = "factcheck.claims/4"
"""The ledger file format; a file of another schema is outdated and extracted again."""
SCHEMA_FAMILY = "factcheck.claims/"
"""What the schema of every version of the ledger starts with: a file without it is not ours."""
_DIGEST_KEY = '"digest": "'
"""How the digest's key and the start of its value are written (``entry_text``)."""
_OUR_START = b'{\n  "article": "'
"""How every ledger file factcheck writes starts (sorted keys, two-space indent): a file that
cannot be read but starts so is a ledger entry cut short, not another tool's file."""
SUFFIX = ".json"
REVIEWS_FILE = "reviews.toml"
"""Reviews live beside the claim files: ``claims/reviews.toml``."""
DEFAULT_FOLDER = Path("claims")
_HEADER_TYPES: dict[str, type] = {
    "schema": str,
    "extractor": str,
    "article": str,
    "path": str,
    "sha256": str,
    "source": dict,
    "settings": str,
    "claims": list,
}


class LedgerError(FactcheckError):
    """A ledger file that cannot be read: invalid JSON or not a ledger entry."""


class NotLedger(LedgerError):
    """A ``.json`` file that is not a factcheck ledger entry at all (another tool's file)."""

    def __init__(self, message: str, digest: str = "") -> None:
        super().__init__(message)
        self.digest = digest


# --- Claims <-> JSON, losslessly -------------------------------------------------------------------


def encode_claim(claim: Claim) -> dict[str, Any]:
    """A claim as JSON-ready data: every field, so that ``decode_claim`` rebuilds an equal Claim."""
    return _encode(claim)


def decode_claim(data: object) -> Claim:
    """The Claim ``encode_claim`` produced; raises ValueError naming the field when data is wrong."""
    return _decode(data, Claim, "claim")


def _encode(value: object) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # "inf", "-inf", "nan": JSON has no such numbers
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot store {type(value).__name__} in the ledger")


class _Invalid(Exception):
    """A value that does not fit its type: ``path`` is where, relative to the value decoded."""

    def __init__(self, message: str, path: str = "") -> None:
        self.message = message
        self.path = path


_Decoder = Callable[[object], Any]
_decoders: dict[Any, _Decoder] = {}


def _decode(data: object, tp: Any, where: str) -> Any:
    """``data`` as a value of type ``tp``; raises ValueError naming the field (``where`` + path)."""
    try:
        return _decoder(tp)(data)
    except _Invalid as e:
        raise ValueError(f"{where}{e.path}: {e.message}") from None


def _decoder(tp: Any) -> _Decoder:
    """A function decoding JSON data as ``tp``, built once per type: ledgers hold hundreds of
    thousands of claims, so the type is inspected here and never per value."""
    if tp not in _decoders:
        _decoders[tp] = _build_decoder(tp)
    return _decoders[tp]


def _build_decoder(tp: Any) -> _Decoder:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_decoder(o) for o in typing.get_args(tp) if o is not type(None)]
        nullable = type(None) in typing.get_args(tp)

        def union(data: object) -> Any:
            if data is None and nullable:
                return None
            first: _Invalid | None = None
            for option in options:
                try:
                    return option(data)
                except _Invalid as e:
                    first = first or e
            raise first or _Invalid("unexpected null")

        return union
    if origin is tuple:
        item_type = typing.get_args(tp)[0]
        item = _decoder(item_type)
        exact = item_type if item_type in (str, int, bool) else None

        def sequence(data: object) -> Any:
            if not isinstance(data, list):
                raise _Invalid(f"expected a list, got {_json_type(data)}")
            if exact is not None and all(type(v) is exact for v in data):  # context words: no call each
                return tuple(data)
            out = []
            for i, v in enumerate(data):
                try:
                    out.append(item(v))
                except _Invalid as e:
                    raise _Invalid(e.message, f"[{i}]{e.path}") from None
            return tuple(out)

        return sequence
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        members = {m.value: m for m in tp}

        def member(data: object) -> Any:
            try:
                return members[data]
            except (KeyError, TypeError):
                raise _Invalid(f"unknown {tp.__name__} {data!r}") from None

        return member
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    if tp is float:

        def number(data: object) -> Any:
            if type(data) is float or type(data) is int:
                return data
            if isinstance(data, str) and data in ("inf", "-inf", "nan"):
                return float(data)
            if isinstance(data, int | float) and not isinstance(data, bool):
                return data
            raise _Invalid(f"expected a number, got {_json_type(data)}")

        return number
    if tp is int or tp is str or tp is bool:
        name = _TYPE_NAMES[tp]

        def scalar(data: object) -> Any:
            if type(data) is tp:
                return data
            if isinstance(data, tp) and (tp is bool or not isinstance(data, bool)):
                return data
            raise _Invalid(f"expected {name}, got {_json_type(data)}")

        return scalar
    raise TypeError(f"the ledger cannot read values of type {tp!r}")


def _dataclass_decoder(tp: type) -> _Decoder:
    hints = typing.get_type_hints(tp)
    fields = dataclasses.fields(tp)
    names = frozenset(f.name for f in fields)
    required = [f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    decoders: list[tuple[str, _Decoder | None, type | None]] = [(f.name, None, None) for f in fields]
    # A frozen dataclass's __init__ sets each field through object.__setattr__ (18 calls for a
    # claim); when __init__ would do nothing else, the fields go straight into the new instance's
    # __dict__ in field order (defaults for those left out), as unpickling does: the same object,
    # a third of the time.
    # (The ledger holds factcheck's own models, whose __init__ is the generated one; a dataclass
    # with an __init__ of its own written in the class would have to be built through it.)
    plain = (
        all(f.init for f in fields)
        and not hasattr(tp, "__post_init__")
        and not hasattr(tp, "__slots__")
        and all(f.default_factory is dataclasses.MISSING for f in fields)
    )
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    order = [f.name for f in fields]
    new = object.__new__

    def dataclass_value(data: object) -> Any:
        if not isinstance(data, dict):
            raise _Invalid(f"expected an object, got {_json_type(data)}")
        if not names.issuperset(data):
            raise _Invalid(f"unknown field {sorted(set(data) - names)[0]!r}")
        if decoders[0][1] is None:  # built on first use: a dataclass may refer to itself
            decoders[:] = [
                (name, _decoder(hints[name]), hints[name] if hints[name] in (str, int, bool) else None)
                for name, _, _ in decoders
            ]
        kwargs = {}
        for name, decode, exact in decoders:
            if name in data:
                value = data[name]
                if exact is not None and type(value) is exact:  # most fields: no call at all
                    kwargs[name] = value
                    continue
                try:
                    kwargs[name] = decode(value)  # type: ignore[misc]
                except _Invalid as e:
                    raise _Invalid(e.message, f".{name}{e.path}") from None
        if len(kwargs) < len(decoders):
            for name in required:
                if name not in data:
                    raise _Invalid(f"missing field {name!r}")
            if plain:  # in field order, as __init__ would set them
                kwargs = {name: kwargs[name] if name in kwargs else defaults[name] for name in order}
        if plain:
            value = new(tp)
            value.__dict__.update(kwargs)
            return value
        return tp(**kwargs)

    return dataclass_value


_TYPE_NAMES = {int: "an integer", str: "a string", bool: "true or false"}


def _json_type(data: object) -> str:
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "a boolean"
    if isinstance(data, int | float):
        return "a number"
    if isinstance(data, str):
        return "a string"
    if isinstance(data, list):
        return "a list"
    return "an object"


# --- Entries -----------------------------------------------------------------------------------------


def settings_digest(options: Options | None) -> str:
    """A digest of the settings that may change what extraction finds (not of disabled kinds:
    the ledger keeps every kind and a run filters them)."""
    if options is None:
        return _digest({"aliases": {}, "boilerplate": [], "tolerances": {}})
    return _digest(
        {
            "aliases": dict(sorted(options.aliases.items())),
            "boilerplate": list(options.boilerplate),
            "tolerances": dict(sorted(options.tolerances.items())),
        }
    )


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:16]


def source_json(article: Article) -> dict[str, Any]:
    s = article.source
    return {
        "outlet": s.outlet,
        "via": s.via,
        "published": s.published.isoformat() if s.published else None,
        "url": s.url,
    }


@dataclass(frozen=True)
class Entry:
    """One ledger file as read: the header, and the claims still as JSON data."""

    file: Path
    """The ledger file."""
    data: dict[str, Any]
    digest: str = ""
    """sha256 of the file's bytes as read."""
    intact: bool = True
    """Whether the file is as factcheck wrote it (its ``digest`` matches)."""

    @property
    def path(self) -> str:
        return self.data["path"]

    def outdated(self, article: Article, settings: str) -> str | None:
        """Why this entry no longer matches the article, or None when it is fresh."""
        d = self.data
        if d["schema"] != SCHEMA:
            return f"ledger schema {d['schema']!r}, this factcheck writes {SCHEMA!r}"
        if d["extractor"] != EXTRACTOR_VERSION:
            return f"extractor version {d['extractor']}, now {EXTRACTOR_VERSION}"
        if not self.intact:
            return "the file does not match its digest (edited by hand or cut short)"
        if d["sha256"] != article.sha256:
            return "the article changed"
        if d["source"] != source_json(article):
            return "its metadata (sources.toml or front matter) changed"
        if d["settings"] != settings:
            return "the extraction settings (configuration) changed"
        return None

    def claims(self, article: Article) -> tuple[Claim, ...]:
        """The entry's claims, named after ``article`` (its name depends on the folder checked)."""
        out = []
        for i, raw in enumerate(self.data["claims"]):
            try:
                claim = _decode(raw, Claim, f"claims[{i}]")
            except ValueError as e:
                raise LedgerError(
                    f"{self.file}: corrupt ledger file ({e})", hint="run `factcheck extract` to rewrite it"
                ) from None
            if claim.location.article != article.name:
                claim = dataclasses.replace(claim, location=dataclasses.replace(claim.location, article=article.name))
            out.append(claim)
        return tuple(out)


def entry_text(article: Article, claims: Iterable[Claim], relpath: str, settings: str) -> str:
    """The JSON text of an article's ledger file: sorted keys, indented, newline-terminated."""
    data = {
        "schema": SCHEMA,
        "extractor": EXTRACTOR_VERSION,
        "article": article.name,
        "path": relpath,
        "sha256": article.sha256,
        "source": source_json(article),
        "settings": settings,
        "claims": [encode_claim(c) for c in claims],
    }
    return sealed(data)


def sealed(data: dict[str, Any]) -> str:
    """The text of the ledger entry ``data`` (its ``digest`` set, or replaced): sorted keys,
    indented, newline-terminated, and its digest the sha256 of the text with the digest blank."""
    text = json.dumps({**data, "digest": ""}, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"
    digest = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    return text.replace(_DIGEST_KEY + '"', _DIGEST_KEY + digest + '"', 1)  # (the first: no string holds it unescaped)


def _intact(raw: bytes, recorded: object) -> bool:
    """Whether ``raw`` is the text ``entry_text`` wrote: its sha256, with the digest ``recorded``
    in it left blank, is that digest."""
    if not isinstance(recorded, str) or not recorded.startswith("sha256:"):
        return False
    written = (_DIGEST_KEY + recorded + '"').encode()
    at = raw.find(written)
    if at < 0:
        return False
    blank = b"".join((raw[:at], (_DIGEST_KEY + '"').encode(), raw[at + len(written) :]))
    return "sha256:" + hashlib.sha256(blank).hexdigest() == recorded


def parse_entry(file: Path, text: str, digest: str = "", raw: bytes | None = None) -> Entry:
    """Read a ledger file's text (``raw``: its bytes, to check its digest); raises NotLedger when it
    is not a factcheck ledger file at all, LedgerError naming the file when it is a broken one."""
    hint = "run `factcheck extract` to rewrite it, or delete it"
    ours = text.encode("utf-8", "surrogateescape").startswith(_OUR_START)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if not ours and f'"schema": "{SCHEMA_FAMILY}' not in text:
            raise NotLedger(f"{file}: not a factcheck ledger file", digest) from None
        raise LedgerError(f"{file}: corrupt ledger file (invalid JSON at line {e.lineno}: {e.msg})", hint) from None
    except RecursionError:
        if not ours:
            raise NotLedger(f"{file}: not a factcheck ledger file", digest) from None
        raise LedgerError(f"{file}: corrupt ledger file (nested too deeply)", hint) from None
    except ValueError as e:  # an integer of more digits than Python converts (sys.int_info)
        if not ours:
            raise NotLedger(f"{file}: not a factcheck ledger file", digest) from None
        raise LedgerError(f"{file}: corrupt ledger file ({e})", hint) from None
    schema = data.get("schema") if isinstance(data, dict) else None
    if not (isinstance(schema, str) and schema.startswith(SCHEMA_FAMILY)) and not ours:
        raise NotLedger(f"{file}: not a factcheck ledger file", digest)
    if not isinstance(data, dict):
        raise LedgerError(f"{file}: corrupt ledger file (expected a JSON object)", hint)
    for key, tp in _HEADER_TYPES.items():
        if key not in data:
            raise LedgerError(f"{file}: corrupt ledger file (no {key!r})", hint)
        if not isinstance(data[key], tp):
            raise LedgerError(f"{file}: corrupt ledger file ({key!r} is {_json_type(data[key])})", hint)
    intact = _intact(raw if raw is not None else text.encode("utf-8"), data.get("digest"))
    return Entry(file, data, digest, intact)


def read_entry(file: Path) -> Entry:
    raw = b""
    try:
        raw = read_regular(file)
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        if not raw.startswith(_OUR_START):
            raise NotLedger(f"{file}: not a factcheck ledger file", hashlib.sha256(raw).hexdigest()) from None
        raise LedgerError(f"{file}: corrupt ledger file (not UTF-8)", "run `factcheck extract` to rewrite it") from None
    except OSError as e:
        raise LedgerError(f"{file}: cannot read ({e.strerror or e})") from e
    return parse_entry(file, text, hashlib.sha256(raw).hexdigest(), raw)


# --- The ledger folder ---------------------------------------------------------------------------------


def ledger_file_names(folder: Path) -> list[tuple[tuple[str, ...], str]]:
    """The ``*.json`` files under ``folder``, hidden files and folders left out, as (parts of the
    path under ``folder``, path as a string), sorted by their parts (string work on ``os.walk``: a
    ledger may hold tens of thousands of files)."""
    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, folder)
        parts = () if rel == "." else tuple(rel.split(os.sep))
        for name in filenames:
            path = os.path.join(dirpath, name)
            if name.endswith(SUFFIX) and not name.startswith(".") and os.path.isfile(path):
                found.append(((*parts, name), path))
    found.sort()
    return found


def holds_entries(folder: Path) -> bool:
    """Whether the folder holds a ledger entry at all (a folder holding only ``reviews.toml``, as
    ``review`` writes it, holds no ledger: nothing in it is stale)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.endswith(SUFFIX) or name.startswith("."):
                continue
            try:
                head = _head(os.path.join(dirpath, name))
            except OSError:
                continue
            if head.startswith(_OUR_START) or f'"schema": "{SCHEMA_FAMILY}'.encode() in head:
                return True
    return False


def _head(path: str, size: int = 4096) -> bytes:
    """The first bytes of a regular file (OSError for any other kind: a named pipe is never read)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path}: not a regular file")
        return os.read(fd, size)
    finally:
        os.close(fd)


def relative_path(path: Path, folder: Path) -> str:
    """An article's path as the ledger records it: relative to the ledger folder's parent."""
    return Path(os.path.relpath(path.resolve(), folder.resolve().parent)).as_posix()


def file_for(folder: Path, article: Article) -> Path:
    """Where a new entry for ``article`` goes: ``claims/<name>.json``."""
    return folder / (article.name + SUFFIX)


@dataclass
class Ledger:
    """A ledger folder as read: its entries by the (resolved) article path they record."""

    folder: Path
    settings: str
    entries: dict[Path, Entry] = field(default_factory=dict)
    corrupt: dict[Path, LedgerError] = field(default_factory=dict)
    """Files that could not be read (only when opened with ``strict=False``)."""
    foreign: set[Path] = field(default_factory=set)
    """``.json`` files that are not factcheck ledger entries: never read, written or pruned."""
    duplicates: list[Entry] = field(default_factory=list)
    """Further files recording an article that an earlier file (in sorted order) already records."""
    read: list[tuple[str, str]] = field(default_factory=list)
    """(path under the folder, sha256 of the bytes read) of every file, in order ("" if corrupt)."""
    looked_up: dict[str, bool] = field(default_factory=dict)
    """Articles recorded by entries but not loaded: whether each existed when ``orphans`` looked."""
    unloaded: list[tuple[str, str]] = field(default_factory=list)
    """(name it was extracted under, real path) of those articles, as ``orphans`` found them."""
    resolved: dict[str, str] = field(default_factory=dict)
    """Every path this ledger resolved (absolute, as asked, not normalised) -> its real path: what
    its answers depend on besides the bytes of the files (a symbolic link pointed elsewhere, or a
    file replaced by one, changes them)."""
    _resolved_paths: dict[Path, Path] = field(default_factory=dict, repr=False)
    _real_paths: RealPaths = field(default_factory=RealPaths, repr=False)
    _root: str | None = field(default=None, repr=False)
    _cwd: str | None = field(default=None, repr=False)

    @classmethod
    def open(cls, folder: Path, settings: str, *, strict: bool = True) -> Ledger:
        """Read every ``*.json`` under ``folder`` (none when it does not exist).

        ``strict``: a corrupt file raises LedgerError (``check`` never guesses); otherwise it is
        kept in ``corrupt`` for the caller (``extract`` rewrites it and says so).
        """
        ledger = cls(folder, settings)
        if not folder.is_dir():
            return ledger
        for parts, name in ledger_file_names(folder):
            file = Path(name)
            try:
                entry = read_entry(file)
            except NotLedger as e:
                ledger.foreign.add(file)
                ledger.read.append(("/".join(parts), e.digest))
                continue
            except LedgerError as e:
                if strict:
                    raise
                ledger.corrupt[file] = e
                ledger.read.append(("/".join(parts), ""))
                continue
            ledger.read.append(("/".join(parts), entry.digest))
            target = ledger._target(entry)
            if target in ledger.entries:
                ledger.duplicates.append(entry)
            else:
                ledger.entries[target] = entry
        return ledger

    def _target(self, entry: Entry) -> Path:
        """The resolved path of the article ``entry`` records (relative to the folder's parent)."""
        if self._root is None:
            self._root = os.path.dirname(self._real(self.folder))
        return Path(self._real(os.path.join(self._root, entry.path)))

    def find(self, article: Article) -> Entry | None:
        return self.entries.get(self._resolved(article.path))

    def _resolved(self, path: Path) -> Path:
        """``path`` resolved (``RealPaths``), once per path (a check asks for every article's entry
        three times)."""
        found = self._resolved_paths.get(path)
        if found is None:
            found = self._resolved_paths[path] = Path(self._real(path))
        return found

    def _real(self, path: str | os.PathLike[str]) -> str:
        """``os.path.realpath(path)``, remembered in ``resolved``."""
        asked = os.fspath(path)
        if not os.path.isabs(asked):  # as realpath reads it (abspath would drop "link/.." as text)
            if self._cwd is None:
                self._cwd = os.getcwd()
            asked = os.path.join(self._cwd, asked)
        found = self.resolved.get(asked)
        if found is None:
            found = self.resolved[asked] = self._real_paths.real(asked)
        return found

    def is_fresh(self, article: Article) -> bool:
        """True when the article's entry is up to date (extracting it again would change nothing)."""
        entry = self.find(article)
        return entry is not None and entry.outdated(article, self.settings) is None

    def fresh_claims(self, article: Article) -> tuple[Claim, ...] | None:
        """The recorded claims when the entry is fresh, else None (extract again).

        Each entry's claims are decoded once: their JSON is then dropped, so that a large ledger is
        not held twice in memory (a second call for the same article decodes nothing: None).
        """
        entry = self.find(article)
        if entry is None or "claims" not in entry.data or entry.outdated(article, self.settings) is not None:
            return None
        claims = entry.claims(article)
        del entry.data["claims"]
        return claims

    def issues(self, articles: Sequence[Article], roots: Sequence[Path]) -> list[LedgerIssue]:
        """Missing and outdated entries of ``articles``, and orphaned ones under ``roots``."""
        out: list[LedgerIssue] = []
        held: dict[Path, Entry] | None = None
        for article in articles:
            entry = self.find(article)
            if entry is None:
                file = file_for(self.folder, article)
                holder = None
                if _exists(file):  # (rare: the index is built on the first need)
                    if held is None:
                        held = {e.file: e for e in self.entries.values()}
                    holder = held.get(file)
                why = f"not extracted; the file holds {holder.path}" if holder is not None else "not extracted"
                out.append(LedgerIssue(str(file), article.name, LedgerState.MISSING, why))
                continue
            reason = entry.outdated(article, self.settings)
            if reason is not None:
                out.append(LedgerIssue(str(entry.file), article.name, LedgerState.OUTDATED, reason))
        for _, entry in self.orphans(articles, roots):
            out.append(
                LedgerIssue(
                    str(entry.file), entry.data["article"], LedgerState.ORPHANED, f"{entry.path} no longer exists"
                )
            )
        for entry in self.duplicates:
            first = self.entries[self._target(entry)]
            reason = f"{first.file} records the same article"
            out.append(LedgerIssue(str(entry.file), entry.data["article"], LedgerState.DUPLICATE, reason))
        return out

    def orphans(self, articles: Sequence[Article], roots: Sequence[Path]) -> list[tuple[Path, Entry]]:
        """Entries whose article was under one of ``roots`` and is gone (not merely unreadable)."""
        loaded = {self._resolved(a.path) for a in articles}
        resolved = [Path(self._real(r)) for r in roots]
        out = []
        self.unloaded = []
        for target, entry in self.entries.items():
            if target in loaded:
                continue
            self.unloaded.append((entry.data["article"], str(target)))
            exists = self.looked_up[str(target)] = target.exists()
            if exists:
                continue
            if any(target == r or r in target.parents for r in resolved):
                out.append((target, entry))
        return out


# --- Writing -------------------------------------------------------------------------------------------

LOCK_FILE = ".factcheck.lock"
"""The lock ``extract`` and ``review`` hold on a ledger folder while they write it."""
LOCK_TIMEOUT = 600.0
"""Seconds a run waits for another run's lock on the ledger folder before giving up."""
_TEMPORARY = re.compile(r"\..+\.(?:json|toml)\.[a-z0-9_]{8}\.tmp")
"""The name of a temporary file ``write_atomic`` writes in the ledger folder (``mkstemp``'s random
part is 8 characters)."""


@contextlib.contextmanager
def locked(folder: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the ledger ``folder``'s lock (``LOCK_FILE`` in it, created with the folder when
    missing) for the block: runs that write the ledger or its reviews wait for each other, so
    none loses what another wrote. The lock goes with the process (a killed run holds nothing)."""
    import filelock

    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = filelock.FileLock(folder / LOCK_FILE, timeout=timeout)
        lock.acquire()
    except filelock.Timeout:
        raise FactcheckError(
            f"{folder}: another factcheck run has been writing this ledger for {timeout:.0f} s",
            hint=f"wait for it to finish (it holds {folder / LOCK_FILE})",
        ) from None
    except OSError as e:
        raise FactcheckError(f"{folder / LOCK_FILE}: cannot lock the ledger folder ({e.strerror or e})") from None
    try:
        yield
    finally:
        lock.release()


def remove_leftovers(folder: Path) -> list[str]:
    """Delete the temporary files a run killed while it wrote the ledger ``folder`` left behind
    (call with the folder ``locked``: no run is writing it then); the files removed."""
    removed = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if _TEMPORARY.fullmatch(name):
                path = os.path.join(dirpath, name)
                with contextlib.suppress(OSError):
                    os.unlink(path)
                    removed.append(path)
    return removed


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or pieces of one) to ``path`` so that readers see the old file or
    the new one, never half.

    A temporary file in the same folder is written and fsynced, then renamed over ``path``; on any
    failure it is removed and ``path`` is untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path, "w", prefix=f".{path.name}.", chmod=_mode_for(path), encoding="utf-8", newline="\n") as f:
        if isinstance(text, str):
            f.write(text)
        else:
            f.writelines(text)
        f.flush()
        os.fsync(f.fileno())
    _fsync_folder(path.parent)


@contextlib.contextmanager
def replacing(path: Path, mode: str, *, prefix: str, chmod: int | None = None, **kw: Any) -> typing.Iterator[Any]:
    """A new temporary file beside ``path``, open in ``mode`` for the block, renamed over ``path``
    when the block ends (with ``chmod``'s permissions, else mkstemp's 600); when the block fails,
    closed and removed, ``path`` untouched. Ctrl-C cannot leak it: see ``interrupts_deferred``."""
    tmp = fd = None
    try:
        with interrupts_deferred():  # the file and its name come back together, even on Ctrl-C
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
            f = os.fdopen(fd, mode, **kw)
            fd = None  # the file object owns it now
        with f:
            yield f
        if chmod is not None:
            os.chmod(tmp, chmod)
        os.replace(tmp, path)
    except BaseException:
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


@contextlib.contextmanager
def interrupts_deferred() -> typing.Iterator[None]:
    """Hold SIGINT (Ctrl-C) for the duration of the block, then act on it (main thread only).

    Around ``tempfile.mkstemp``: a signal received during its ``open`` call is otherwise raised
    right after it, inside ``mkstemp``, so that the file exists and the caller never learns its
    name (one interrupted ``extract`` in three left an empty ``.tmp`` file behind)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    except (ValueError, OSError):  # pragma: no cover - no signals here (an embedded interpreter)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if held:
            if callable(previous):
                previous(signal.SIGINT, None)  # the default handler raises KeyboardInterrupt
            elif previous == signal.SIG_DFL:
                os.kill(os.getpid(), signal.SIGINT)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems cannot fsync a folder; the rename is still atomic
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Refreshed:
    """What ``refresh`` did to the ledger."""

    written: tuple[str, ...] = ()
    """Ledger files written (new or changed)."""
    unchanged: int = 0
    """Ledger files already up to date (left untouched)."""
    orphaned: tuple[str, ...] = ()
    """Ledger files of removed articles (kept unless pruned)."""
    duplicated: tuple[tuple[str, str], ...] = ()
    """(ledger file, the file that records its article too): a second entry of an article, as a
    run stopped while it moved an entry leaves (kept unless pruned)."""
    pruned: tuple[str, ...] = ()
    """Ledger files removed by ``prune``."""
    warnings: tuple[str, ...] = ()
    """Corrupt files replaced, and the like."""


def _plan(folder: Path, articles: Sequence[Article], ledger: Ledger) -> dict[Path, tuple[Article, Entry | None]]:
    """The ledger file of each article, with the entry it has now, in the order they are written.

    An article keeps the file of its entry, whatever it is named in this run; a new one gets the
    file of its name (``file_for``). Where that file holds the entry of another article of the run
    (named otherwise when it was extracted: ``extract A`` before ``extract A B``, or an article
    named alone), that entry moves to its own article's name, and so on down the chain; one with
    nowhere to move to stays. Each file is written after the entry leaving it (``_written_first``):
    stopped in between, the ledger holds an entry twice (a duplicate, reported, and removed by
    ``--prune``), never loses one. A file is never taken when
    it holds the entry of an article outside the run that still exists, is a folder, or lies under
    a file: the article goes by its path from the ledger folder's parent instead (``_by_path``),
    else by its name without folders (``a.txt.json~b.txt.json``), else by one of them numbered
    (``a.txt~2.json``). Files are told apart whatever their case
    (``_fold``), as a ledger kept in git is also checked out where the file system ignores case,
    and a file taken is written with the spelling it has.
    """
    entries = [ledger.find(a) for a in articles]
    in_run: dict[str, list[int]] = {}  # (files of one name in two cases are twins: a Linux checkout)
    for k, e in enumerate(entries):
        if e is not None:
            in_run.setdefault(_fold(e.file), []).append(k)
    found: list[int] = []  # the articles filed anew: new ones, and those whose entry moves
    moving: set[int] = set()
    work = [k for k, e in enumerate(entries) if e is None]
    place = _Places(folder, ledger, entries, in_run, moving)
    while work:
        k = work.pop()
        found.append(k)
        own = _fold(file_for(folder, articles[k]))
        holders = in_run.get(own, ())
        if holders and place.outsider(own) is not None:
            continue  # (a case twin of it is another's outside the run: moving would free nothing)
        for holder in holders:
            if holder != k and holder not in moving:  # its entry moves, making room
                moving.add(holder)
                work.append(holder)
    filed: dict[int, Path] = {}
    for k in [k for k in reversed(found) if k in moving]:  # the last of a chain first
        file = place.file(k, articles[k], required=False)
        if file is not None:
            filed[k] = file
            continue
        entry = entries[k]  # nowhere to move to: it stays, and whoever wanted its file looks on
        assert entry is not None
        if _fold(entry.file) in place.files:
            raise FactcheckError(
                f"no ledger file for {articles[k].path}, whose entry in {entry.file} another article of this run"
                " takes: every file it could move to is taken",
                hint="give each corpus folder its own --ledger folder",
            )
        moving.discard(k)
    # new articles, the deepest first (b.txt of a folder named a.txt.json before a.txt)
    for k in sorted(
        (k for k in found if k not in moving and entries[k] is None), key=lambda k: (-_depth(articles[k]), k)
    ):
        filed[k] = place.file(k, articles[k])  # type: ignore[assignment]
    targets: dict[Path, tuple[Article, Entry | None]] = {}
    for k in _written_first(filed, entries, moving) + [k for k in range(len(articles)) if k not in filed]:
        entry = entries[k]
        file = filed.get(k)
        if file is None:
            assert entry is not None  # (an article without an entry is filed anew)
            file = entry.file
        if file in targets:  # (never: files are given out once, and not where an entry of the run stays)
            raise FactcheckError(
                f"{file}: two articles have the same ledger file: {targets[file][0].path} and {articles[k].path}"
            )
        targets[file] = (articles[k], entry)
    return targets


def _depth(article: Article) -> int:
    return article.name.count("/")


def _written_first(filed: dict[int, Path], entries: Sequence[Entry | None], moving: set[int]) -> list[int]:
    """The articles filed anew, each after the one whose entry leaves the file it takes (a run
    stopped in between then holds that entry twice, never loses it); in the order filed else."""
    leaving = {_fold(e.file): k for k in moving if (e := entries[k]) is not None}
    out: list[int] = []
    done: set[int] = set()
    for k in filed:
        chain = []
        while k not in done and k not in chain:  # (a ring of moves, never seen, is written as found)
            chain.append(k)
            before = leaving.get(_fold(filed[k]))
            if before is None or before == k or before not in filed:
                break
            k = before
        for k in reversed(chain):
            if k not in done:
                done.add(k)
                out.append(k)
    return out


class _Places:
    """Where new ledger files may go, as a file system that ignores case sees the ledger folder."""

    def __init__(
        self,
        folder: Path,
        ledger: Ledger,
        entries: Sequence[Entry | None],
        in_run: dict[str, list[int]],
        moving: set[int],
    ) -> None:
        self.folder, self.ledger, self.in_run, self.moving = folder, ledger, in_run, moving
        self.of_run = {ledger._target(e) for e in entries if e is not None}  # the run's articles
        self.held: dict[str, list[Entry]] = {}  # every entry by its file case-folded (twins, duplicates too)
        for e in [*ledger.entries.values(), *ledger.duplicates]:
            self.held.setdefault(_fold(e.file), []).append(e)
        self.foreign = {_fold(file) for file in ledger.foreign}  # never written over
        self.files: set[str] = set()  # the files given out, case-folded
        self.folders: dict[str, Path] = {}  # their folders, case-folded -> as spelled
        self.placed: set[int] = set()  # the articles given a file
        self._listed: dict[str, dict[str, tuple[str, str]]] = {}

    def file(self, k: int, article: Article, *, required: bool = True) -> Path | None:
        """A free file for ``article``: its name's, its path's, either without folders (``~`` for
        ``/``: no file on the way can block it), or one of them numbered, or, when all these names
        are too long for a file system, one of them cut short (``_shortened``); None (or, when
        ``required``, an error) when all are taken."""
        named = [file_for(self.folder, article), _by_path(self.folder, article)]
        named += [self.folder / file.relative_to(self.folder).as_posix().replace("/", "~") for file in named if file]
        plain = list(dict.fromkeys(file for file in named if file))
        candidates = plain + [
            file.with_name(file.name[: -len(SUFFIX)] + f"~{n}{SUFFIX}") for n in range(2, 10) for file in plain
        ]
        candidates += [short for file in plain if (short := _shortened(file))]  # (names too long for a file system)
        first = None
        for candidate in candidates:
            why, spelled = self._taken(candidate)
            if why is None:
                self.files.add(_fold(spelled))
                for folder in _within(self.folder, spelled):
                    self.folders[_fold(folder)] = folder
                self.placed.add(k)
                return spelled
            first = first or f"{candidate}: {why}"
        if not required:
            return None
        raise FactcheckError(f"no ledger file for {article.path}: {first}", hint="give it a --ledger folder of its own")

    def outsider(self, key: str) -> Entry | None:
        """An entry in the file ``key`` (case-folded) of an article outside the run that exists."""
        for other in self.held.get(key, ()):
            if (target := self.ledger._target(other)) not in self.of_run and target.exists():
                return other
        return None

    def _taken(self, file: Path) -> tuple[str | None, Path]:
        """Why ``file`` cannot be given out (None: it can), and its spelling on disk."""
        key = _fold(file)
        if key in self.files:
            return "another article of this run has it", file
        if key in self.folders:
            return "a folder of another ledger file of this run", file
        if key in self.foreign:
            return "a file that is not a factcheck ledger entry", file
        holders = self.in_run.get(key, ())
        if any(h not in self.moving or h not in self.placed for h in holders):
            # (an entry moving out is left by then only if it was given its file first: no ring)
            return "holds the claims of another article of this run", file
        other = self.outsider(key)  # (those of articles in the run are seen to above)
        if other is not None:
            return f"holds the claims of {other.path}", file
        *folders, name = file.relative_to(self.folder).parts
        if len(os.fsencode(name)) > 255 - _TEMPORARY_EXTRA or any(len(os.fsencode(p)) > 255 for p in folders):
            return "a name too long for a file system", file
        for parent in _within(self.folder, file):
            if _fold(parent) in self.files:
                return f"{parent} is another ledger file of this run", file
            spelled, kind = self._on_disk(parent)
            if kind in ("file", "link"):  # (a link would take the ledger outside its folder)
                return f"{spelled} is a {kind}", file
        spelled, kind = self._on_disk(file)  # (claims/Report.txt.json for claims/report.txt.json: one file)
        return ({"folder": "is a folder", "link": "is a link"}.get(kind or "")), spelled

    def _on_disk(self, path: Path) -> tuple[Path, str | None]:
        """``path`` under the ledger folder spelled as on disk, or as a folder given out in this
        run is (each part found whatever its case), and what it is on disk ("folder", "file",
        "link"; None: nothing)."""
        where = self.folder
        parts = path.relative_to(self.folder).parts
        on_disk = True
        for n, part in enumerate(parts):
            found = self._listing(where).get(part.casefold()) if on_disk else None
            if found is None:
                on_disk = False
                made = self.folders.get(_fold(where / part))
                where = made if made is not None else where / part
                continue
            where = where / found[0]
            if found[1] != "folder" and n < len(parts) - 1:
                return where.joinpath(*parts[n + 1 :]), None  # (a file on the way: _taken sees it)
        return where, (self._listing(where.parent)[where.name.casefold()][1] if on_disk else None)

    def _listing(self, folder: Path) -> dict[str, tuple[str, str]]:
        """The names in ``folder`` (case-folded -> (name, "folder", "file" or "link")), listed once."""
        key = str(folder)
        listed = self._listed.get(key)
        if listed is None:
            listed = {}
            try:
                with os.scandir(folder) as found:
                    for entry in found:
                        kind = "link" if entry.is_symlink() else "folder" if entry.is_dir() else "file"
                        listed[entry.name.casefold()] = (entry.name, kind)
            except OSError:
                pass
            self._listed[key] = listed
        return listed


_TEMPORARY_EXTRA = len(".." + "x" * 8 + ".tmp")
"""How much longer the name of the temporary file ``write_atomic`` writes first is (``mkstemp``'s
random part is 8 characters)."""


MAX_NAME = 255
"""The longest file name (in bytes) most file systems take."""


def _shortened(file: Path) -> Path | None:
    """``file`` with its name cut short and told apart by a digest of the whole name, when the name
    (with the temporary file's additions) is too long for a file system; else None."""
    name = file.name
    if len(os.fsencode(name)) <= MAX_NAME - _TEMPORARY_EXTRA:
        return None
    tail = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:16] + SUFFIX
    room = MAX_NAME - _TEMPORARY_EXTRA - len(tail)
    head = os.fsencode(name)[:room].decode("utf-8", "ignore")  # (whole characters only)
    return file.with_name(head + tail)


def _exists(path: Path) -> bool:
    """``path.exists()``, False for a path the system cannot even look up (a name too long)."""
    try:
        return path.exists()
    except OSError:
        return False


def _within(folder: Path, file: Path) -> Iterator[Path]:
    """The folders between ``folder`` and ``file``."""
    for parent in file.parents:
        if parent == folder or len(parent.parts) <= len(folder.parts):
            return
        yield parent


def _by_path(folder: Path, article: Article) -> Path | None:
    """The ledger file of ``article`` by its path from the ledger folder's parent (where
    ``relative_path`` records it), or None when that path leaves it."""
    path = relative_path(article.path, folder)
    if path.startswith("../") or path == ".." or os.path.isabs(path):
        return None
    return folder / (path + SUFFIX)


def _fold(file: Path) -> str:
    """A ledger file's path as the file systems that ignore case see it."""
    return str(file).casefold()


def refresh(
    folder: Path,
    articles: Sequence[Article],
    roots: Sequence[Path],
    extract: Callable[[Article], Sequence[Claim] | None],
    settings: str,
    *,
    prune: bool = False,
    ledger: Ledger | None = None,
) -> Refreshed:
    """Write the ledger file of each article whose content changed.

    ``extract`` gives an article's claims, or None when its entry is fresh and stays as it is.
    ``ledger``: the folder as already read (``Ledger.open(folder, settings, strict=False)``).
    A corrupt ledger file is overwritten (with a warning) when its article is being extracted; the
    ledger is never written outside ``folder``. Orphaned files are removed only with ``prune``.
    """
    ledger = ledger if ledger is not None else Ledger.open(folder, settings, strict=False)
    warnings: list[str] = []
    targets = _plan(folder, articles, ledger)
    written: list[str] = []
    unchanged = 0
    for file, (article, entry) in targets.items():  # moves first (``_plan``)
        claims = extract(article)
        if claims is None:
            if entry is None or entry.file == file:
                unchanged += 1
                continue
            claims = entry.claims(article)  # fresh, and moving
        text = entry_text(article, claims, relative_path(article.path, folder), settings)
        if file in ledger.corrupt:
            warnings.append(f"{ledger.corrupt[file]}; rewritten")
        try:
            old = file.read_text(encoding="utf-8") if file.is_file() else None
        except (OSError, UnicodeDecodeError):
            old = None
        if old == text:
            unchanged += 1
            continue
        try:
            write_atomic(file, text)
        except OSError as e:
            raise FactcheckError(f"{file}: cannot write ({e.strerror or e})") from e
        written.append(str(file))
    spelled = {_fold(file): file for file in targets}
    for file, (_, entry) in targets.items():  # a move whose old file no one took (a case twin's was)
        if entry is not None and entry.file != file and entry.file not in targets:
            twin = spelled.get(_fold(entry.file))
            if twin is not None and twin.exists() and entry.file.exists() and os.path.samefile(twin, entry.file):
                continue  # (one file where case is ignored: written over)
            try:
                os.unlink(entry.file)
            except FileNotFoundError:
                pass
            except OSError as e:
                raise FactcheckError(f"{entry.file}: cannot remove ({e.strerror or e})") from e
    orphaned = [str(entry.file) for _, entry in ledger.orphans(articles, roots) if entry.file not in targets]
    kept = {ledger._resolved(article.path): file for file, (article, _) in targets.items()}
    duplicated = []
    for entry in ledger.duplicates:
        if entry.file not in targets:
            target = ledger._target(entry)
            duplicated.append((str(entry.file), str(kept.get(target, ledger.entries[target].file))))
    pruned: list[str] = []
    if prune:
        stale = orphaned + [file for file, _ in duplicated] + [str(f) for f in ledger.corrupt if f not in targets]
        for name in stale:
            try:
                os.unlink(name)
            except OSError as e:
                raise FactcheckError(f"{name}: cannot remove ({e.strerror or e})") from e
            pruned.append(name)
        orphaned, duplicated = [], []
    else:
        warnings.extend(f"{e}; left as is (--prune removes it)" for f, e in ledger.corrupt.items() if f not in targets)
    return Refreshed(tuple(written), unchanged, tuple(orphaned), tuple(duplicated), tuple(pruned), tuple(warnings))


# --- What changed since a git ref -------------------------------------------------------------------------


def changed_since(ref: str, cwd: Path) -> frozenset[Path]:
    """Resolved paths of the files added or changed since git ``ref``, plus untracked files.

    ``git diff --name-only REF`` compares the working tree (staged or not) with the ref. Raises
    FactcheckError when ``cwd`` is not in a git repository or the ref is unknown.
    """
    top = _git(["rev-parse", "--show-toplevel"], cwd, ref).strip()
    if not top:
        raise FactcheckError(f"--since {ref}: {cwd} is not in a git repository")
    root = Path(top)
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd, ref, bad_ref=True)
    diff = _git(["diff", "--name-only", "-z", "--no-renames", ref, "--"], cwd, ref)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z"], cwd, ref)
    names = [n for n in (diff + untracked).split("\0") if n]
    return frozenset((root / n).resolve() for n in names)


def _git(args: list[str], cwd: Path, ref: str, *, bad_ref: bool = False) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="surrogateescape"
        )
    except FileNotFoundError:
        raise FactcheckError(f"--since {ref}: git is not installed") from None
    except OSError as e:
        raise FactcheckError(f"--since {ref}: cannot run git ({e.strerror or e})") from None
    if done.returncode != 0:
        if bad_ref:
            raise FactcheckError(f"--since {ref}: unknown git revision", hint="give a branch, tag or commit")
        message = (done.stderr.strip().splitlines() or ["git failed"])[-1]
        if "not a git repository" in message:
            raise FactcheckError(f"--since {ref}: {cwd} is not in a git repository")
        raise FactcheckError(f"--since {ref}: git {args[0]} failed: {message}")
    return done.stdout


def changed_articles(articles: Iterable[Article], changed: frozenset[Path]) -> frozenset[str]:
    return frozenset(a.name for a in articles if a.path.resolve() in changed)
