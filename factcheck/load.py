"""Loading: paths -> ``Article`` objects, with metadata from ``sources.toml`` or front matter.

Folders are walked recursively (symlink loops are cut); ``.txt``, ``.md`` and ``.markdown`` files
are articles. A symbolic link is followed only to a file or folder inside the paths given (a link
to ``~/secret.cfg`` or to ``/`` is skipped with a warning), so a run reads what it was given. A
file that cannot be read becomes a ``Problem`` (a one-line warning) and the rest of the corpus is
still loaded.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.models import Article, Problem, Source
from factcheck.readers import TooLarge, load_toml, read_regular
from factcheck.realpaths import RealPaths

HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"}) | HTML_SUFFIXES
SOURCES_FILE = "sources.toml"
MAX_BYTES = 16 * 1024 * 1024
"""Files larger than this are not news articles (the longest run to some 100 kB): they are skipped
with a warning rather than read into memory and extracted for minutes."""


@dataclass(frozen=True)
class Loaded:
    """What loading produced: the articles, and the problems met on the way."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]


def load_paths(paths: Iterable[str | Path]) -> Loaded:
    """Load every article under ``paths`` (files or folders), in a stable order.

    Raises FactcheckError only when a given path does not exist at all; per-file trouble becomes
    a Problem.
    """
    problems: list[Problem] = []
    given: list[tuple[Path, list[Path], bool]] = []  # (the folder names are relative to, articles, a folder?)
    paths = list(paths)
    inside = _Inside(paths)
    for raw in paths:
        root = Path(raw)
        if not utf8(str(root)):
            raise FactcheckError(f"{shown(str(root))}: the name is not valid UTF-8", hint="rename it")
        if not root.exists():
            if root.is_symlink():  # as a broken link found in a folder: a warning (check corpus/*)
                problems.append(Problem(str(root), "broken symbolic link; skipped"))
                continue
            raise FactcheckError(f"{raw}: no such file or folder")
        if root.is_dir():
            given.append((root, sorted(_walk(root, problems, inside)), True))
        else:
            named = _named_article(root, problems) and inside.follows(root, problems)
            given.append((root.parent, [root] if named else [], False))
    # a file reached twice (from two of the paths given, or through a link) belongs, whatever the
    # order of the paths, to a path of it without a link (in its name or its folders) under the
    # path given, then to a folder rather than a file named alone (the folder has its
    # sources.toml), then to the outermost folder (check .. .): its name is its path there
    real_paths = RealPaths()
    reals = [[real_paths.resolve(path) for path in files] for _, files, _ in given]
    real_bases = [real_paths.real(str(base)) for base, _, _ in given]
    depth = [Path(real).parts for real in real_bases]
    times: dict[Path, int] = {}
    for found_in_one in reals:
        for real in found_in_one:
            times[real] = times.get(real, 0) + 1
    owner: dict[Path, tuple[int, int]] = {}
    rank: dict[Path, tuple[bool, bool, int, tuple[str, ...], int, int]] = {}
    for k, (base, files, folder) in enumerate(given):
        for i, (path, real) in enumerate(zip(files, reals[k], strict=True)):
            if times[real] == 1:
                owner[real] = (k, i)
                continue
            through_link = str(real) != os.path.join(real_bases[k], os.path.relpath(path, base))
            key = (through_link, not folder, len(depth[k]), depth[k], k, i)
            if real not in rank or key < rank[real]:
                rank[real], owner[real] = key, (k, i)
    found: list[tuple[Path, Path, Source]] = []  # (file, the folder its name is relative to, metadata)
    for k, (base, files, _) in enumerate(given):
        sources_cache: dict[Path, dict[str, Source]] = {}
        for i, (path, real) in enumerate(zip(files, reals[k], strict=True)):
            if owner[real] != (k, i):
                continue
            sources = _sources_for(path.parent, sources_cache, problems)
            found.append((path, base, sources.get(path.name, Source())))
    names = _names([(path, base) for path, base, _ in found])
    articles = []
    for (path, _base, source), name in zip(found, names, strict=True):
        article = _read_article(path, name, source, problems)
        if article is not None:
            articles.append(article)
    return Loaded(tuple(articles), _once(problems))


def _once(problems: list[Problem]) -> tuple[Problem, ...]:
    """``problems`` without the repeats of one problem met through two of the paths given
    (``check .. .`` walks the same broken link twice, by two names)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for problem in problems:  # (the folder resolved, not the path: two broken links to one target are two)
        folder, name = os.path.split(problem.path)
        key = (os.path.realpath(folder or "."), name, problem.message)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return tuple(out)


def _names(found: list[tuple[Path, Path]]) -> list[str]:
    """Each article's name: its path under the folder checked. Where two folders hold the same
    path (A/a.txt and B/a.txt), the folder whose resolved path sorts first keeps the plain name
    whatever the order the folders were given in, and the others' articles are named after their
    folder (``_distinct_name``): each article's claims, findings and ledger file are its own.
    Names that differ only in case count as the same, on every system: their ledger files would be
    one file where the file system ignores case (macOS, Windows), and a ledger kept in git must
    check out there too."""
    plain = [_relative_name(path, base) for path, base in found]
    if len({name.casefold() for name in plain}) == len(plain):
        return plain
    resolved = {base: base.resolve() for _, base in found}
    names, taken, first = list(plain), {name.casefold() for name in plain}, set()
    for k in sorted(range(len(found)), key=lambda k: (str(resolved[found[k][1]]), k)):
        if plain[k].casefold() in first:
            names[k] = _distinct_name(plain[k], folder_label(resolved[found[k][1]]), taken)
            taken.add(names[k].casefold())
        else:
            first.add(plain[k].casefold())
    return names


def _named_article(path: Path, problems: list[Problem]) -> bool:
    """Whether a file named on the command line is read as an article: a regular file (a named
    pipe would block the run) with an article's suffix (``check corpus/*`` names sources.toml, which
    is skipped without a word, being the folder's metadata)."""
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError as e:
        problems.append(Problem(str(path), f"cannot read ({e.strerror})"))
        return False
    if not regular:
        problems.append(Problem(str(path), "not a regular file; skipped"))
        return False
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        if path.name != SOURCES_FILE:
            kinds = ", ".join(sorted(ARTICLE_SUFFIXES))
            problems.append(Problem(str(path), f"not an article (articles end in {kinds}); skipped"))
        return False
    return True


def folder_label(resolved: Path) -> str:
    """What an article named after its folder carries before its path (``B`` of ``B/a.txt``)."""
    return resolved.name or "root"


def named_after_folder(name: str) -> tuple[str, str] | None:
    """(folder label, path under it) of a name ``_distinct_name`` may have given (``B~2/a.txt``
    -> ``("B", "a.txt")``), or None for a name without a folder."""
    folder, _, rest = name.partition("/")
    return (re.sub(r"~\d+$", "", folder), rest) if rest else None


def _distinct_name(name: str, folder: str, taken: set[str]) -> str:
    """A name for an article whose name an article of another root already has: the label of its
    root folder before it (``B/a.txt``), numbered if that is taken too (``B~2/a.txt``)."""
    candidate, number = f"{folder}/{name}", 2
    while candidate.casefold() in taken:  # (``taken`` is case-folded)
        candidate, number = f"{folder}~{number}/{name}", number + 1
    return candidate


class _Inside:
    """Where the paths given lead: a link is followed only to a file or folder there."""

    def __init__(self, paths: Iterable[str | Path]) -> None:
        self.folders: list[str] = []
        self.files: set[str] = set()
        for raw in paths:
            path = os.fspath(raw)
            if os.path.isdir(path):
                self.folders.append(os.path.realpath(path))
            else:  # a file named alone is given where it stands (not where it may link to)
                folder, name = os.path.split(os.path.abspath(path))
                self.files.add(os.path.join(os.path.realpath(folder), name))

    def holds(self, real: str) -> bool:
        return real in self.files or any(
            real == folder or real.startswith(folder.rstrip(os.sep) + os.sep) for folder in self.folders
        )

    def follows(self, link: Path, problems: list[Problem]) -> bool:
        """Whether ``link`` (if it is a symbolic link) leads inside; a warning when it does not."""
        if not link.is_symlink():
            return True
        real = os.path.realpath(link)
        if self.holds(real):
            return True
        problems.append(Problem(shown(str(link)), f"a link to {shown(real)}, outside the paths checked; skipped"))
        return False


def _walk(root: Path, problems: list[Problem], inside: _Inside | None = None) -> Iterator[Path]:
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as e:
            problems.append(Problem(str(folder), f"cannot read folder ({e.strerror})"))
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in visited:
            problems.append(Problem(str(folder), "symlink loop; folder skipped"))
            continue
        visited.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            problems.append(Problem(str(folder), f"cannot read folder ({e.strerror})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if not utf8(entry.name):  # (reports, the ledger and reviews are UTF-8 text)
                problems.append(Problem(shown(entry.path), "the name is not valid UTF-8; skipped (rename it)"))
                continue
            try:
                if entry.is_symlink() and inside is not None and os.path.exists(path):
                    if not (entry.is_dir() or path.suffix.lower() in ARTICLE_SUFFIXES):
                        continue  # (not an article: not a word, as for any other file)
                    if not inside.follows(path, problems):
                        continue
                if entry.is_dir():
                    stack.append(path)
                elif path.suffix.lower() in ARTICLE_SUFFIXES:
                    if entry.is_file():
                        yield path
                    elif entry.is_symlink() and not path.exists():
                        problems.append(Problem(str(path), "broken symbolic link; skipped"))
            except OSError as e:
                problems.append(Problem(str(path), f"cannot read ({e.strerror})"))


def utf8(name: str) -> bool:
    """Whether a file name read from the system is valid UTF-8 (Python gives the bytes it cannot
    decode as lone surrogates, which no report, ledger or review file can hold)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(name: str) -> str:
    """A file name as a message shows it: bytes that are not UTF-8 as ``\\xff``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _relative_name(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.name


def _sources_for(folder: Path, cache: dict[Path, dict[str, Source]], problems: list[Problem]) -> dict[str, Source]:
    if folder not in cache:
        cache[folder] = read_sources(folder / SOURCES_FILE, problems)
    return cache[folder]


def read_sources(path: Path, problems: list[Problem]) -> dict[str, Source]:
    """Parse a ``sources.toml``: one table per file name with outlet, via, published, url."""
    if not os.path.lexists(path) or (path.is_symlink() and not path.exists()):
        return {}
    try:
        data = load_toml(read_regular(path).decode("utf-8"))
    except OSError as e:
        problems.append(Problem(str(path), f"cannot read ({e.strerror or e})"))
        return {}
    except UnicodeDecodeError as e:
        problems.append(Problem(str(path), f"cannot read (not UTF-8 text: byte {e.start})"))
        return {}
    except tomllib.TOMLDecodeError as e:
        problems.append(Problem(str(path), f"malformed TOML: {e}"))
        return {}
    out: dict[str, Source] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            problems.append(Problem(str(path), f"entry {name!r} is not a table"))
            continue
        nested = [k for k, v in table.items() if isinstance(v, dict)]
        if nested:  # [a.txt] is table "a" holding table "txt": the dot splits an unquoted key
            dotted = ", ".join(f'["{name}.{k}"]' for k in nested)
            problems.append(Problem(str(path), f"entry {name!r} holds tables, not fields; quote file names: {dotted}"))
            continue
        published = _as_date(table.get("published"))
        if table.get("published") is not None and published is None:
            why = "is out of range" if _as_date(table["published"], bounded=False) else "is not a date"
            problems.append(Problem(str(path), f"{name}: 'published' {why}: {table['published']!r}; ignored"))
        out[name] = Source(
            outlet=_as_str(table.get("outlet")),
            via=_as_str(table.get("via")),
            published=published,
            url=_as_str(table.get("url")),
        )
    return out


def _as_str(value: object) -> str | None:
    return None if value is None else str(value)


EARLIEST = date(1000, 1, 1)
LATEST = date(8999, 12, 31)
"""Publication dates outside these are ignored: relative dates ("yesterday", "last year", "in 300
years") are resolved against the publication date, and Python's dates end at years 1 and 9999."""


def _as_date(value: object, *, bounded: bool = True) -> date | None:
    """``value`` as a date (None when it is none, or out of ``EARLIEST``..``LATEST`` when ``bounded``)."""
    found = None
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, str):
        try:
            found = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    if found is not None and bounded and not EARLIEST <= found <= LATEST:
        return None
    return found


def _read_article(path: Path, name: str, source: Source, problems: list[Problem]) -> Article | None:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            limit = MAX_BYTES // (1024 * 1024)
            problems.append(
                Problem(str(path), f"too large for an article ({size // (1024 * 1024)} MiB > {limit} MiB); skipped")
            )
            return None
        data = read_regular(path, limit=MAX_BYTES)
    except TooLarge:
        problems.append(Problem(str(path), f"too large for an article (> {MAX_BYTES // (1024 * 1024)} MiB); skipped"))
        return None
    except OSError as e:
        problems.append(Problem(str(path), f"cannot read ({e.strerror or e})"))
        return None
    text, warning = decode(data)
    if text is None:
        problems.append(Problem(str(path), warning or "cannot decode"))
        return None
    if warning:
        problems.append(Problem(str(path), warning))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        problems.append(Problem(str(path), "empty article; skipped"))
        return None
    source_map = None
    if path.suffix.lower() in (".md", ".markdown"):
        from factcheck.markup import markdown_text

        _, meta = split_front_matter(text)
        source = _merge_source(source, meta)
        text, source_map = markdown_text(text)
    elif path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(text):
        from factcheck.markup import html_source_map

        extracted, meta = html_main_text(text)
        if not extracted.strip():
            problems.append(Problem(str(path), "HTML page with no main text found; skipped"))
            return None
        source_map, _ = html_source_map(text, extracted)
        text = extracted
        source = _merge_source(source, meta)
    if source.published is None:
        from factcheck.dates import dateline

        stamp = dateline(text)
        if stamp is not None:
            if source_map is not None:  # (the line of the file, not of the text read out of it)
                stamp = replace(stamp, line=source_map.position(_line_text_start(text, stamp.line))[0])
            source = replace(source, published=stamp.day, dated_by=stamp.describe())
    return Article(
        path=path,
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        source=source,
        source_map=source_map,
    )


def _line_text_start(text: str, line: int) -> int:
    """The offset of the first character of the 1-based ``line`` of ``text`` that is not a space."""
    at = 0
    for _ in range(line - 1):
        at = text.index("\n", at) + 1
    indent = _INDENT.match(text, at)
    return indent.end() if indent is not None else at


_INDENT = re.compile(r"[ \t]*")


def decode(data: bytes) -> tuple[str | None, str | None]:
    """Decode article bytes: UTF-8 (BOM or not), UTF-16 with BOM, else cp1252 with a warning.

    Returns (text, warning); text is None for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "invalid UTF-16 despite its byte-order mark; skipped"
    if b"\x00" in data[:8192]:
        order = _utf16_order(data[:8192])
        if order is not None:
            try:
                return data.decode(order), f"UTF-16 without a byte-order mark; read as {order.upper()}"
            except UnicodeDecodeError:
                pass
        return None, "binary file (contains NUL bytes); skipped"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        try:
            return data.decode("cp1252"), f"not valid UTF-8 (byte {e.start}); read as cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), f"not valid UTF-8 (byte {e.start}); read as latin-1"


def _utf16_order(head: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``head`` looks like text in UTF-16 without a byte-order
    mark (mostly Latin script: nearly every other byte NUL, the ones between not), else None."""
    even, odd = head[0 : len(head) - len(head) % 2 : 2], head[1::2]
    if len(odd) < 8:
        return None
    zero_even, zero_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zero_odd > 0.9 and zero_even < 0.1:
        return "utf-16-le"
    if zero_even > 0.9 and zero_odd < 0.1:
        return "utf-16-be"
    return None


_HTML_START = re.compile(r"\A\s*(?:<!doctype html|<html[\s>])", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    """A page saved with a .txt name: starts like an HTML document."""
    return bool(_HTML_START.match(text[:1024]))


def html_main_text(html: str) -> tuple[str, dict[str, str]]:
    """The main text of an HTML page and its date and site metadata, through trafilatura.

    trafilatura (and lxml) load only when an HTML page is met: they cost ~0.6 s to import.
    """
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
    )
    if doc is None:
        return "", {}
    text = doc.text or ""
    meta = {}
    for key, attr in (("published", "date"), ("outlet", "sitename"), ("url", "url")):
        value = getattr(doc, attr, None)
        if value:
            meta[key] = str(value)
    title = getattr(doc, "title", None)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, meta


_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Split ``---``-delimited front matter off a Markdown article.

    The front matter is blanked (replaced by empty lines) rather than removed, so that line numbers
    in reports still match the file.
    """
    from factcheck.markup import front_matter_end

    stop = front_matter_end(text)
    if not stop:
        return text, {}
    block = text[4 : text.find("\n---", 4)]
    meta: dict[str, str] = {}
    for line in block.split("\n"):
        m = _FRONT_LINE.match(line.strip())
        if m:
            meta[m.group(1).lower()] = m.group(2).strip().strip("\"'")
    blank = "\n" * text.count("\n", 0, stop)
    return blank + text[stop:], meta


def _merge_source(source: Source, meta: dict[str, str]) -> Source:
    return Source(
        outlet=source.outlet or meta.get("outlet") or meta.get("publisher") or meta.get("source"),
        via=source.via or meta.get("via"),
        published=source.published or _as_date(meta.get("published") or meta.get("date")),
        url=source.url or meta.get("url"),
    )
