"""The result cache: a check of an unchanged corpus loads its last result instead of judging again.

What a check computes depends on: the articles (their bytes and metadata), the ledger files it
reads (their bytes), the settings, the paths as typed (reports name files that way), this
factcheck (its code and data files, the Python version and the installed libraries), where the
paths the ledger resolves lead (which entry records which article goes through symbolic links),
and whether the articles the ledger records but that were not loaded still exist (orphaned
entries). The cache keeps the result of the last check of each corpus (its claims, findings,
syndicated stories and stale ledger entries) under a digest of the first five, with the
resolutions and existence checks stored beside it and checked again on loading; a check whose
inputs match loads it instead of decoding the ledger, finding copies, matching and judging (the
ledger's files are still read, to hash them). Reviews and ``--since`` are applied to the result
afterwards, so they never make it stale. A result is stored only if the ledger files it was
computed from are the ones hashed into its key (an ``extract`` running meanwhile changes them).

A result file is data, never code: a header (``MAGIC``, then the key) and the result in
MessagePack, decoded by ``msgspec`` into the declared types only (claims, findings, stories...).
The key is read and compared before any object is built, so a file from elsewhere (a restored CI
cache, another tool, an attacker) is at worst a miss: nothing in it is ever run.

The cache lives in the user's cache folder (``$FACTCHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``), never beside the corpus: a result
someone else wrote could hide a conflict. So a result is loaded only from a folder that is the
user's own and closed to everyone else (mode 700, as ssh asks of ``~/.ssh``; factcheck creates it
so, and makes a folder of the user's private when it stores a result there), from a file no one
else may write. Each corpus (its target paths and ledger folder) has one file, replaced
atomically; the least recently used files beyond ``MAX_FILES`` files or ``MAX_BYTES`` bytes are
deleted. A file that cannot be read, or that is not a result of this format, is a miss, never an
error.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import stat
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from factcheck import collector
from factcheck.environment import switched_on
from factcheck.models import Article, ClaimKind, Finding, LedgerIssue, Severity, Story, Verdict
from factcheck.models import Claim as Claim

if TYPE_CHECKING:
    from factcheck.api import Options

FORMAT = 3
"""Bumped when the stored layout changes."""
MAGIC = b"factcheck.cache/3\n"
"""The first bytes of a result file; the key (64 hex digits and a newline) follows."""
MAX_FILES = 16
"""Corpora whose last result is kept; the least recently used beyond this are deleted..."""
MAX_BYTES = 1 << 30
"""...and beyond this many bytes in all (the result just stored is always kept; one of 10,000
articles takes about 90 MB)."""
SUFFIX = ".msgpack"
STALE_TMP = 3600
"""A temporary file this many seconds old was left by a run that was killed (SIGKILL) while it
stored a result: the next store deletes it. (A run storing a result right now writes its file in
about a second at 10,000 articles, so a younger one may be in use.)"""


@dataclass(frozen=True)
class Result:
    """What a check computes from its inputs (everything but reviews and ``--since``)."""

    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    stories: tuple[Story, ...]
    ledger: tuple[LedgerIssue, ...]
    ledger_read: tuple[tuple[str, str], ...] = ()
    """(path under the ledger folder, sha256) of the ledger files the result was computed from."""
    looked_up: tuple[tuple[str, bool], ...] = ()
    """Files whose existence the result depends on (articles the ledger records but that were not
    loaded: orphaned when gone), and whether each existed."""
    recorded: tuple[tuple[str, str], ...] = ()
    """``Report.recorded``: the articles the ledger records that were not loaded."""
    resolved: str = ""
    """Paths the ledger resolved (absolute) and their real paths, all NUL-separated (one string):
    which entry records which article depends on them (``Ledger.resolved``)."""

    def still_true(self) -> bool:
        """Whether the files it looked up still exist, or not, as they did, and the paths it
        resolved still lead where they led."""
        from factcheck.realpaths import RealPaths

        if not all(os.path.exists(path) == existed for path, existed in self.looked_up):
            return False
        real = RealPaths().real
        parts = self.resolved.split("\0") if self.resolved else []
        return all(real(path) == found for path, found in zip(parts[::2], parts[1::2], strict=True))


def default_folder() -> Path | None:
    """Where results are cached; None when ``FACTCHECK_NO_CACHE`` is on (set to anything but 0,
    false, no or off)."""
    if switched_on("FACTCHECK_NO_CACHE"):
        return None
    chosen = os.environ.get("FACTCHECK_CACHE_DIR")
    if chosen:
        return Path(os.path.abspath(chosen))
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home folder: never a cache relative to the corpus
        return None
    return Path(base) / "factcheck"


@dataclass(frozen=True)
class Slot:
    """One corpus's place in the cache, and the digest of this run's inputs."""

    file: Path
    key: str
    ledger: tuple[tuple[str, str], ...] = ()
    """The ledger files hashed into ``key``: a result is stored only if it was computed from them."""

    @classmethod
    def for_run(cls, folder: Path, paths: Sequence[str | Path], articles: Sequence[Article], options: Options) -> Slot:
        from factcheck.ledger import settings_digest, source_json

        ledger = options.ledger.resolve() if options.ledger else None
        where = hashlib.sha256()
        for part in [str(Path(p).resolve()) for p in paths] + [str(ledger)]:
            where.update(part.encode("utf-8", "surrogateescape") + b"\0")
        key = hashlib.sha256()
        for part in (
            f"format {FORMAT}",
            _code_digest(),
            settings_digest(options),
            ",".join(sorted(k.value for k in options.disabled_kinds)),
            # as typed: the report names the ledger's files and the roots the way they were given
            str(options.ledger),
            *map(str, paths),
        ):
            key.update(part.encode("utf-8", "surrogateescape") + b"\0")
        for a in articles:  # the path as found (what the report shows), its bytes, its metadata
            key.update(
                f"{a.name}\0{a.path}\0{a.sha256}\0{sorted(source_json(a).items())}\0".encode("utf-8", "surrogateescape")
            )
        read = tuple(_ledger_digests(ledger)) if ledger is not None else ()
        for name, digest in read:
            key.update(f"{name}\0{digest}\0".encode("utf-8", "surrogateescape"))
        return cls(folder / (where.hexdigest()[:32] + SUFFIX), key.hexdigest(), read)

    def load(self) -> Result | None:
        """The cached result of a run with these inputs, or None (absent, stale, unreadable, or
        not a result file: the key is compared before anything is decoded)."""
        try:
            if not _private(os.stat(self.file.parent), folder=True):
                return None
            # (without blocking: a named pipe of that name would wait for a writer)
            with os.fdopen(os.open(self.file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as f:
                found = os.fstat(f.fileno())
                if not stat.S_ISREG(found.st_mode) or not _private(found):
                    return None
                header = MAGIC + self.key.encode() + b"\n"
                if f.read(len(header)) != header:
                    return None
                payload = f.read()
            with collector.paused():
                result = _decode(payload)
        except FileNotFoundError:
            return None
        except (OSError, msgspec.MsgspecError, ValueError, TypeError, IndexError, RecursionError):
            return None  # any unreadable file is a miss: it is replaced after this run
        if not result.still_true():
            return None
        with contextlib.suppress(OSError):
            os.utime(self.file)  # recently used
        return result

    def store(self, result: Result) -> None:
        """Keep ``result`` for the next run (atomically); a cache that cannot be written is skipped,
        and so is a result computed from other ledger files than the key's (changed meanwhile)."""
        from factcheck.ledger import replacing

        if result.ledger_read != self.ledger:
            return
        folder = self.file.parent
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            # A folder open to others is never written (nor read), and never made private either:
            # it may be a folder the user shares (FACTCHECK_CACHE_DIR=/tmp). (Never on Windows.)
            if not _private(os.stat(folder), folder=True):
                return
            payload = _encode(result)
            with replacing(self.file, "wb", prefix=f".{self.file.name}.") as f:
                f.write(MAGIC + self.key.encode() + b"\n")
                f.write(payload)
        except (OSError, msgspec.MsgspecError, TypeError, ValueError, OverflowError):
            return  # a cache that cannot be written is skipped
        _evict(folder, keep=self.file)


@dataclass(frozen=True)
class _Finding:
    """A finding as stored: its claims by their place in ``_Stored.claims`` (a claim a finding
    shares with the result, or with another finding, is stored once and decoded as one object)."""

    id: str
    verdict: Verdict
    severity: Severity
    kind: ClaimKind
    key: str
    claims: tuple[int, ...]
    explanation: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Stored:
    """A ``Result`` as stored."""

    claims: tuple[Claim, ...]
    """``Result.claims``, then the claims only findings hold."""
    own: int
    """How many of ``claims`` are ``Result.claims``."""
    findings: tuple[_Finding, ...]
    stories: tuple[Story, ...]
    ledger: tuple[LedgerIssue, ...]
    ledger_read: tuple[tuple[str, str], ...]
    looked_up: tuple[tuple[str, bool], ...]
    recorded: tuple[tuple[str, str], ...]
    resolved: str


_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(_Stored)


def _encode(result: Result) -> bytes:
    claims = list(result.claims)
    place = {id(c): i for i, c in enumerate(claims)}

    def index(claim: Claim) -> int:
        found = place.get(id(claim))
        if found is None:
            found = place[id(claim)] = len(claims)
            claims.append(claim)
        return found

    findings = tuple(
        _Finding(f.id, f.verdict, f.severity, f.kind, f.key, tuple(map(index, f.claims)), f.explanation, f.details)
        for f in result.findings
    )
    stored = _Stored(
        tuple(claims),
        len(result.claims),
        findings,
        result.stories,
        result.ledger,
        result.ledger_read,
        result.looked_up,
        result.recorded,
        result.resolved,
    )
    return _ENCODER.encode(stored)


def _decode(payload: bytes) -> Result:
    stored = _DECODER.decode(payload)
    claims = stored.claims
    findings = tuple(
        Finding(
            f.id, f.verdict, f.severity, f.kind, f.key, tuple([claims[i] for i in f.claims]), f.explanation, f.details
        )
        for f in stored.findings
    )
    return Result(
        claims=claims[: stored.own],
        findings=findings,
        stories=stored.stories,
        ledger=stored.ledger,
        ledger_read=stored.ledger_read,
        looked_up=stored.looked_up,
        recorded=stored.recorded,
        resolved=stored.resolved,
    )


def closed_to_others(folder: Path) -> str | None:
    """Why the cache ``folder`` (which exists) is not used, or None: a folder open to others, or
    another user's, is never read nor written (``_private``)."""
    try:
        stat = os.stat(folder)
    except OSError:
        return None  # created (private) when a result is stored
    if _private(stat, folder=True):
        return None
    getuid = getattr(os, "getuid", None)
    if getuid is not None and stat.st_uid != getuid():
        return f"{folder}: the result cache is off: the folder is another user's"
    return f"{folder}: the result cache is off: the folder is open to others (chmod 700 {folder} to use it)"


def _private(stat: os.stat_result, *, folder: bool = False) -> bool:
    """Whether a result file (or the cache folder) is this user's and no one else may write it
    (the folder: nor even read or enter it, as ssh asks of ~/.ssh). A result anyone else could have
    written, or one in a folder checked out from a repository (mode 755), is never loaded."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # pragma: no cover - Windows: the user's cache folder is private
        return True
    return stat.st_uid == getuid() and not stat.st_mode & (0o077 if folder else 0o022)


_RESULT = re.compile(r"[0-9a-f]{32}" + re.escape(SUFFIX))
"""The name of a result file (``Slot.for_run``)."""
_TEMPORARY = re.compile(r"\.[0-9a-f]{32}" + re.escape(SUFFIX) + r"\.[^.]+\.tmp")
"""The name of a result file being written (``Slot.store``: ``tempfile.mkstemp``'s random part)."""


def _evict(folder: Path, keep: Path, limit: int = MAX_FILES, max_bytes: int = MAX_BYTES) -> None:
    """Delete the least recently used result files beyond ``limit`` files or ``max_bytes`` bytes
    (``keep``, just written, counts as the most recent and is never deleted)."""
    files = []
    used = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:  # the folder was deleted meanwhile
        return
    for entry in entries:  # only factcheck's own files: the folder may hold anything else
        if _TEMPORARY.fullmatch(entry.name):
            with contextlib.suppress(OSError):  # a run killed while it stored its result left it
                if time.time() - entry.stat().st_mtime > STALE_TMP:
                    os.unlink(entry.path)
            continue
        if not _RESULT.fullmatch(entry.name):
            continue
        with contextlib.suppress(OSError):
            stat = entry.stat()
            if Path(entry.path) == keep:
                used += stat.st_size
            else:
                files.append((stat.st_mtime_ns, stat.st_size, entry.path))
    files.sort(reverse=True)
    for count, (_, size, path) in enumerate(files, start=2):
        used += size
        if count > limit or used > max_bytes:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _ledger_digests(folder: Path) -> list[tuple[str, str]]:
    """(path under the ledger folder, sha256 of its bytes) of every ledger file."""
    from factcheck.ledger import ledger_file_names

    out = []
    for parts, path in ledger_file_names(folder):
        try:
            with open(path, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
        except OSError as e:  # the check itself will report it; the key just has to differ
            digest = f"unreadable: {e}"
        out.append(("/".join(parts), digest))
    return out


@functools.cache
def _code_digest() -> str:
    """A digest of this factcheck: every file of the package (code and data), the version of
    Python and the distributions installed beside it. Computed once per process."""
    digest = hashlib.sha256(sys.version.encode())
    for name in _installed():
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(_files_digest(Path(__file__).resolve().parent).encode())
    return digest.hexdigest()


def _installed() -> list[str]:
    """The metadata folders (``name-version.dist-info``, ``.egg-info``) of every distribution
    where this Python finds packages (``sys.path``), with their folder: installing, upgrading or
    removing any library (a dependency of a dependency too, say the one trafilatura reads HTML
    with) changes the list. One ``listdir`` per folder, where reading each library's metadata
    for its requirements would take 100 times longer."""
    names: list[str] = []
    for folder in sys.path:
        try:
            entries = os.listdir(folder or os.curdir)
        except OSError:  # a zip file, a path hook, a folder that is gone
            continue
        names += (f"{folder}/{name}" for name in entries if name.endswith((".dist-info", ".egg-info")))
    return sorted(names)


def _files_digest(root: Path) -> str:
    """A digest of every file under ``root`` (names and bytes), compiled bytecode left out."""
    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = os.path.join(dirpath, name)
            digest.update(os.path.relpath(path, root).encode() + b"\0")
            with open(path, "rb") as f:
                digest.update(hashlib.sha256(f.read()).digest())
    return digest.hexdigest()
