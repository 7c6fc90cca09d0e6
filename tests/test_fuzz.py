"""Every reader of the user's files, fed random bytes and random structures (hypothesis, a fixed
budget): each input is read, or refused with the reader's own error (``FactcheckError``, a
``Problem``), never a crash, a hang or another exception. The count of inputs tried is printed at
the end of the run (``conftest.pytest_terminal_summary``).

Readers: an article (``load.load_paths``), a ledger entry (``ledger.read_entry`` and its claims),
reviews (``reviews.load_reviews``), a configuration file (``config.load_config`` and
``parse_config``), ``sources.toml`` (``load.read_sources``) and a gold file (``evaluate.load_gold``).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import FUZZED

from factcheck.cli import _readable_toml
from factcheck.config import load_config, parse_config
from factcheck.errors import FactcheckError
from factcheck.evaluate import load_gold
from factcheck.ledger import read_entry, settings_digest
from factcheck.load import load_paths, read_sources
from factcheck.models import Article, Problem
from factcheck.reviews import load_reviews

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "100"))
"""Inputs tried per reader and kind of input (bytes, structures): the fixed budget."""
BUDGET = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same inputs on every run: CI is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ROOT = Path(__file__).parent.parent
ENTRY = (ROOT / "claims" / "hkfp-2024-01-29-talks-to-resume.txt.json").read_text(encoding="utf-8")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)),
    max_leaves=30,
)
toml_values = st.recursive(
    st.one_of(
        st.booleans(),
        st.integers(-(10**18), 10**18),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=30),
        st.dates(),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=20,
)
toml_tables = st.dictionaries(
    st.one_of(
        st.sampled_from(["tool", "factcheck", "corpus", "finding", "FC-1a2b3c4d", "a.txt"]), st.text(max_size=12)
    ),
    toml_values,
    max_size=6,
)
deep = st.integers(0, 5000).map(lambda depth: "x = " + "[" * depth + "]" * depth + "\n")
"""Nesting from none to far beyond Python's stack."""
long_numbers = st.integers(1, 6000).map(lambda digits: "x = " + "9" * digits + "\n")
"""Integers from one digit to more than Python converts."""
toml_words = st.lists(
    st.sampled_from(
        [
            "[",
            "]",
            "[[",
            "]]",
            "{",
            "}",
            "=",
            ",",
            '"',
            "'",
            '"""',
            "\n",
            "#",
            " ",
            "a",
            "FC-1a2b3c4d",
            "1",
            "status",
            "note",
            "published",
            "1979-05-27",
            "true",
            "x.y",
            "tool",
            "factcheck",
            "finding",
            "anchor",
        ]
    ),
    max_size=40,
).map("".join)
toml_texts = st.one_of(toml_words, deep, long_numbers)


def _toml(value: object) -> str:
    """A value in TOML (keys and strings as JSON strings, which TOML basic strings read alike)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + "}"
    return value.isoformat()  # a date


def toml_document(table: dict) -> str:
    return "".join(f"{json.dumps(k)} = {_toml(v)}\n" for k, v in table.items())


def _count(reader: str) -> None:
    FUZZED[reader] = FUZZED.get(reader, 0) + 1


@contextmanager
def _folder() -> Iterator[Path]:
    """A folder of its own per input (hypothesis runs many inputs in one test)."""
    folder = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- articles ----------------------------------------------------------------------------------------


@BUDGET
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_as_an_article(data: bytes, suffix: str) -> None:
    _count("article")
    with _folder() as folder:
        (folder / f"a{suffix}").write_bytes(data)
        loaded = load_paths([folder])
        assert len(loaded.articles) + len(loaded.problems) >= 1
        assert all(isinstance(p, Problem) for p in loaded.problems)


@BUDGET
@given(
    text=st.text(max_size=1500),
    front=st.dictionaries(st.sampled_from(["date", "published", "outlet", "url"]), st.text(max_size=20), max_size=3),
)
def test_any_text_and_front_matter_as_an_article(text: str, front: dict) -> None:
    _count("article")
    with _folder() as folder:
        header = "---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()) + "---\n" if front else ""
        (folder / "a.md").write_text(header + text, encoding="utf-8", errors="surrogatepass")
        load_paths([folder])


# --- ledger entries --------------------------------------------------------------------------------------


def _read_ledger_file(folder: Path, raw: bytes) -> None:
    from factcheck.ledger import LedgerError

    file = folder / "a.txt.json"
    file.write_bytes(raw)
    article = Article(folder / "a.txt", "a.txt", "0" * 64, "Officials said 12 people were hurt.")
    try:
        entry = read_entry(file)
        entry.outdated(article, settings_digest(None))
        entry.claims(article)
    except LedgerError:
        pass


@BUDGET
@given(data=st.binary(max_size=2000))
def test_any_bytes_as_a_ledger_entry(data: bytes) -> None:
    _count("ledger")
    with _folder() as folder:
        _read_ledger_file(folder, data)


@BUDGET
@given(value=json_values)
def test_any_structure_as_a_ledger_entry(value: object) -> None:
    _count("ledger")
    with _folder() as folder:
        _read_ledger_file(folder, json.dumps(value).encode())


@BUDGET
@given(depth=st.integers(0, 200_000), digits=st.integers(1, 6000), ours=st.booleans())
def test_deep_or_long_values_in_a_ledger_entry(depth: int, digits: int, ours: bool) -> None:
    _count("ledger")
    start = ENTRY[: ENTRY.index('"claims": ') + 10] if ours else ""
    with _folder() as folder:
        _read_ledger_file(folder, (start + "[" * depth + "9" * digits + "]" * depth).encode())


@BUDGET
@given(path=st.lists(st.one_of(st.text(max_size=10), st.integers(0, 30)), min_size=1, max_size=4), value=json_values)
def test_a_real_entry_with_one_value_replaced(path: list, value: object) -> None:
    """The committed ledger's entry, one value somewhere in it replaced by anything."""
    _count("ledger")
    data = json.loads(ENTRY)
    where: object = data
    for step in path[:-1]:
        if isinstance(where, dict) and where:
            where = where[sorted(where)[hash(str(step)) % len(where)]]
        elif isinstance(where, list) and where:
            where = where[hash(str(step)) % len(where)]
    if isinstance(where, dict) and where:
        where[sorted(where)[hash(str(path[-1])) % len(where)]] = value
    elif isinstance(where, list) and where:
        where[hash(str(path[-1])) % len(where)] = value
    with _folder() as folder:
        _read_ledger_file(folder, json.dumps(data, indent=2, sort_keys=True).encode())


# --- reviews, configuration, sources, gold ------------------------------------------------------------------


def _each_toml_reader(folder: Path, raw: bytes, reader: str) -> None:
    _count(reader)
    if reader == "reviews":
        (folder / "reviews.toml").write_bytes(raw)
        with suppress(FactcheckError):
            load_reviews(folder / "reviews.toml")
    elif reader == "config":
        for name in ("factcheck.toml", "pyproject.toml"):
            (folder / name).write_bytes(raw)
            with suppress(FactcheckError):
                load_config(folder / name)
    elif reader == "sources":
        (folder / "sources.toml").write_bytes(raw)
        problems: list[Problem] = []
        read_sources(folder / "sources.toml", problems)
        assert all(isinstance(p, Problem) for p in problems)
    else:
        (folder / "gold.toml").write_bytes(raw)
        (folder / "corpus").mkdir()
        (folder / "corpus" / "a.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
        with suppress(FactcheckError):  # (as `factcheck evaluate` reads it: the TOML checked first)
            _readable_toml(folder / "gold.toml")
            load_gold(folder / "gold.toml", folder / "corpus")


READERS = ["reviews", "config", "sources", "gold"]


@pytest.mark.parametrize("reader", READERS)
@BUDGET
@given(data=st.binary(max_size=1000))
def test_any_bytes_as_a_toml_file(reader: str, data: bytes) -> None:
    with _folder() as folder:
        _each_toml_reader(folder, data, reader)


@pytest.mark.parametrize("reader", READERS)
@BUDGET
@given(text=toml_texts)
def test_toml_like_text_as_a_toml_file(reader: str, text: str) -> None:
    with _folder() as folder:
        _each_toml_reader(folder, text.encode(), reader)


@pytest.mark.parametrize("reader", READERS)
@BUDGET
@given(table=toml_tables, name=st.sampled_from(["", "FC-1a2b3c4d", "a.txt", "tool", "finding", "corpus"]))
def test_any_structure_as_a_toml_file(reader: str, table: dict, name: str) -> None:
    document = toml_document({name: table} if name else table)  # (top-level values of any type too)
    with _folder() as folder:
        _each_toml_reader(folder, document.encode(), reader)
        if reader == "config":  # (a table that is factcheck's for sure)
            _each_toml_reader(folder, ("[tool.factcheck]\n" + toml_document(table)).encode(), reader)


@BUDGET
@given(
    table=st.dictionaries(
        st.sampled_from(["aliases", "boilerplate", "disabled-kinds", "fail-on", "tolerances", "x"]),
        toml_values,
        max_size=5,
    )
)
def test_any_structure_as_a_configuration_table(table: dict) -> None:
    _count("config")
    with suppress(FactcheckError):
        parse_config(table, "factcheck.toml")
