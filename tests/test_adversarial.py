"""The failures of the adversarial pass of issue 21, one regression test each (S1..O2): nothing
from the cache folder is run, nothing outside the ledger is deleted, no input crashes or hangs a
run: each gets a one-line message and the right exit code, and the rest of the corpus is checked.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
from pathlib import Path

import pytest

from factcheck import cache
from factcheck.api import Options, check

GOLDEN_CORPUS = Path(__file__).parent / "data" / "golden" / "corpus"
GOOD_A = "Officials said the fire destroyed 120 homes in the valley on Monday.\n"
GOOD_B = "The fire destroyed 125 homes, officials said on Monday.\n"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (corpus / "b.txt").write_text(GOOD_B, encoding="utf-8")
    return corpus


class _RunsCode:
    """A pickle that runs a command when loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


# --- S1: the result cache holds data, never code ---------------------------------------------------


def test_s1_a_planted_pickle_in_the_cache_folder_is_never_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(GOLDEN_CORPUS, corpus)
    folder = tmp_path / "cache"
    options = Options(cache=folder)
    first = check([corpus], options)
    (file,) = folder.glob("*" + cache.SUFFIX)
    header = file.read_bytes()[: len(cache.MAGIC) + 65]
    assert header.startswith(cache.MAGIC)
    marker = tmp_path / "ran"
    planted = pickle.dumps(_RunsCode(marker))
    # the old layout (the key pickled, then the result), and the new header followed by a pickle
    for payload in (pickle.dumps(header[len(cache.MAGIC) : -1].decode()) + planted, header + planted):
        file.write_bytes(payload)
        file.chmod(0o600)
        again = check([corpus], options)
        assert not marker.exists(), "data from the cache folder was run"
        assert again.findings == first.findings
    # a file of another name in the old suffix is not even looked at
    old = folder / (file.name[: -len(cache.SUFFIX)] + ".pickle")
    old.write_bytes(planted)
    check([corpus], options)
    assert not marker.exists()


# --- S3, O1: a ledger entry edited by hand is never silently used --------------------------------------


def _seed(tmp_path: Path) -> Path:
    """A copy of the seed corpus and its committed ledger and reviews."""
    root = Path(__file__).parent.parent
    shutil.copytree(root / "corpus", tmp_path / "corpus")
    shutil.copytree(root / "claims", tmp_path / "claims")
    return tmp_path


def test_s3_an_entry_emptied_by_hand_is_stale_and_its_claims_still_judged(tmp_path: Path, cli) -> None:
    project = _seed(tmp_path)
    before = cli("check", "corpus", "--check-ledger", "--format", "json", cwd=project)
    assert before.code == 0, before.stderr
    conflicts = json.loads(before.stdout)["summary"]["conflict"]
    assert conflicts >= 4
    file = sorted((project / "claims").glob("*.json"))[2]
    data = json.loads(file.read_text(encoding="utf-8"))
    emptied = json.dumps({**data, "claims": []}, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    file.write_text(emptied, encoding="utf-8")  # the header (and its digest) kept, the claims gone
    after = cli("check", "corpus", "--check-ledger", "--format", "json")
    assert after.code == 1
    assert f"stale: claims/{file.name}: outdated (the file does not match its digest" in after.stderr
    assert json.loads(after.stdout)["summary"]["conflict"] == conflicts, "the article was extracted afresh"
    assert cli("extract", "corpus").code == 0
    assert cli("check", "corpus", "--check-ledger").code == 0


# --- D1: --prune removes ledger entries only -----------------------------------------------------------


def test_d1_prune_never_removes_a_json_file_that_is_not_a_ledger_entry(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    others = {
        "package.json": '{"name": "x", "version": "1.0.0"}',
        "data/config.json": '{"schema": "https://example.com/config"}',
        "node_modules/left-pad/package.json": '{"name": "left-pad"}',
        "notes.json": "// not even JSON\n",
        "deep.json": "[" * 100_000,
        "big.json": "1" * 5000,
        "c.txt.json": '{"article": "c.txt"}',  # the name of an article's entry, but someone else's
    }
    for name, text in others.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (corpus / "c.txt").write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    assert cli("extract", "corpus", "--ledger", ".", cwd=tmp_path).code == 0
    assert (tmp_path / "c.txt.json").read_text(encoding="utf-8") == others["c.txt.json"], "never written over"
    (corpus / "c.txt").unlink()
    run = cli("extract", "corpus", "--ledger", ".", "--prune")
    assert run.code == 0, run.stderr
    for name, text in others.items():
        assert (tmp_path / name).read_text(encoding="utf-8") == text, name
    removed = [line for line in run.stderr.splitlines() if line.startswith("removed ")]
    assert len(removed) == 1 and "c.txt" in removed[0], run.stderr
    assert cli("check", "corpus", "--ledger", ".", "--check-ledger").code in (0, 1)


# --- D2: reviews recorded at once are all kept ---------------------------------------------------------


def _record_slowly(path: Path, number: int) -> None:
    """In a child process: record a review, with the file written late (each run has read the
    file before any has written it, unless the ledger folder is locked)."""
    import time

    from factcheck import reviews
    from factcheck.models import Review, ReviewStatus

    real = reviews.write_atomic

    def slow(target, text):
        time.sleep(0.2)
        real(target, text)

    reviews.write_atomic = slow  # type: ignore[assignment]
    reviews.record(path, Review(f"FC-{number:08x}", ReviewStatus.ACCEPTED, f"note {number}"))


def test_d2_concurrent_reviews_are_all_kept(tmp_path: Path) -> None:
    import multiprocessing

    from factcheck.reviews import load_reviews

    path = tmp_path / "claims" / "reviews.toml"
    context = multiprocessing.get_context("fork")
    runs = [context.Process(target=_record_slowly, args=(path, n)) for n in range(9)]
    for run in runs:
        run.start()
    for run in runs:
        run.join(60)
        assert run.exitcode == 0
    assert [r.id for r in load_reviews(path)] == [f"FC-{n:08x}" for n in range(9)]


# --- O2: temporary files of a killed run are cleaned by the next ---------------------------------------


def test_o2_extract_removes_the_temporary_files_of_a_killed_run(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    claims = tmp_path / "claims"
    (claims / "sub").mkdir(parents=True)
    left = [
        claims / ".a.txt.json.k2j_x9ab.tmp",
        claims / "sub" / ".b.txt.json.abcdefgh.tmp",
        claims / ".reviews.toml.q1w2e3r4.tmp",
    ]
    kept = [claims / ".notes.tmp", claims / "a.tmp", claims / ".a.txt.json.short.tmp"]
    for file in left + kept:
        file.write_text("{", encoding="utf-8")
    assert cli("extract", corpus, cwd=tmp_path).code == 0
    assert not any(file.exists() for file in left)
    assert all(file.exists() for file in kept)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie waiting to be reaped does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().rpartition(")")[2].split()[0] != "Z"
    except FileNotFoundError:
        return False


PARENT = """
import os, sys, time
from factcheck.parallel import worker_pool
pool = worker_pool(2)
pids = {pool.submit(os.getpid).result() for _ in range(8)}
print(*sorted(pool._processes), flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_o2_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(map(_alive, workers))
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    try:
        for _ in range(100):  # (a bounded wait, not a measurement: they end within a second)
            if not any(map(_alive, workers)):
                break
            time.sleep(0.1)
        assert not any(map(_alive, workers)), "a worker outlived its parent"
    finally:
        for pid in filter(_alive, workers):
            os.kill(pid, signal.SIGKILL)


# --- S2, H3: links are followed only inside the paths given ---------------------------------------------


def test_s2_h3_a_link_leaving_the_corpus_is_skipped_with_a_warning(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    secret = tmp_path / "secret.cfg"
    secret.write_text("The password opens 4096 doors, the admin said.\n", encoding="utf-8")
    (corpus / "notes.txt").symlink_to(secret)
    (corpus / "root").symlink_to("/")
    (corpus / "again.txt").symlink_to("a.txt")  # inside: read once, as a.txt
    run = cli("check", corpus, "--no-ledger", "--format", "json", cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert "4096" not in run.stdout and "password" not in run.stdout
    assert f"warning: {corpus / 'notes.txt'}: a link to {secret}, outside the paths checked; skipped" in run.stderr
    assert f"warning: {corpus / 'root'}: a link to /, outside the paths checked; skipped" in run.stderr
    assert sorted(a["name"] for a in json.loads(run.stdout)["articles"]) == ["a.txt", "b.txt"]
    named = cli("check", corpus / "notes.txt", corpus / "a.txt", "--no-ledger")
    assert "password" not in named.stdout and "outside the paths checked" in named.stderr


# --- C1: file names that are not UTF-8 -----------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "extract"])
def test_c1_a_file_name_that_is_not_utf8_is_skipped_with_a_warning(tmp_path: Path, cli, command: str) -> None:
    corpus = _corpus(tmp_path)
    try:
        (corpus / os.fsdecode(b"c\xff.txt")).write_text(GOOD_A, encoding="utf-8")
    except (UnicodeEncodeError, OSError):  # pragma: no cover - a file system that refuses such names
        pytest.skip("no such names here")
    args = ["--format", "json"] if command == "check" else []
    run = cli(command, corpus, *args, cwd=tmp_path)
    assert run.code in (0, 1), run.stderr
    assert "c\\xff.txt: the name is not valid UTF-8; skipped (rename it)" in run.stderr
    assert "internal error" not in run.stderr


# --- C2, C3, C7: nesting and numbers beyond what a parser takes ------------------------------------------

DEEP_TOML = "x = " + "[" * 100_000 + "]" * 100_000 + "\n"
LONG_NUMBER_TOML = "x = " + "9" * 5000 + "\n"


@pytest.mark.parametrize("claims", ["[" * 100_000, "[" + "1" * 5000 + "]"])
def test_c2_a_ledger_entry_too_deep_or_too_long_is_corrupt_and_extract_mends_it(
    tmp_path: Path, cli, claims: str
) -> None:
    corpus = _corpus(tmp_path)
    assert cli("extract", corpus, cwd=tmp_path).code == 0
    entry = tmp_path / "claims" / "a.txt.json"
    text = entry.read_text(encoding="utf-8")
    entry.write_text(text[: text.index('"claims": ') + 10] + claims + "]}", encoding="utf-8")
    run = cli("check", corpus)
    assert run.code == 2 and "internal error" not in run.stderr
    assert f"error: {entry.relative_to(tmp_path)}: corrupt ledger file (" in run.stderr
    run = cli("extract", corpus)
    assert run.code == 0 and "rewritten" in run.stderr, run.stderr
    assert cli("check", corpus, "--check-ledger").code in (0, 1)


@pytest.mark.parametrize("text", [DEEP_TOML, LONG_NUMBER_TOML])
@pytest.mark.parametrize("where", ["claims/reviews.toml", "pyproject.toml", "factcheck.toml"])
def test_c3_a_toml_file_too_deep_or_too_long_is_a_one_line_error(tmp_path: Path, cli, where: str, text: str) -> None:
    corpus = _corpus(tmp_path)
    (tmp_path / ".git").mkdir()  # (the configuration is looked for up to here)
    (tmp_path / where).parent.mkdir(exist_ok=True)
    prefix = "[tool.factcheck]\n" if where == "pyproject.toml" else ""
    (tmp_path / where).write_text(prefix + text, encoding="utf-8")
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code == 2 and "internal error" not in run.stderr, run.stderr
    assert run.stderr.startswith("error: ") and f"{where}: " in run.stderr.splitlines()[0]


@pytest.mark.parametrize("text", [DEEP_TOML, LONG_NUMBER_TOML])
def test_c3_a_gold_file_too_deep_or_too_long_is_a_one_line_error(tmp_path: Path, cli, text: str) -> None:
    (tmp_path / "gold.toml").write_text(text, encoding="utf-8")
    run = cli("evaluate", tmp_path / "gold.toml", "--corpus", _corpus(tmp_path), cwd=tmp_path)
    assert run.code == 2 and "internal error" not in run.stderr, run.stderr
    assert "gold.toml: malformed TOML" in run.stderr


@pytest.mark.parametrize("text", [DEEP_TOML, LONG_NUMBER_TOML])
def test_c7_a_sources_toml_too_deep_is_a_warning_and_the_rest_is_checked(tmp_path: Path, cli, text: str) -> None:
    corpus = _corpus(tmp_path)
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text(GOOD_A, encoding="utf-8")
    (sub / "sources.toml").write_text(text, encoding="utf-8")
    run = cli("check", corpus, "--no-ledger", "--format", "json", cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert "sources.toml: malformed TOML" in run.stderr
    assert len(json.loads(run.stdout)["articles"]) == 3


# --- C4: a [tool] that is not a table ------------------------------------------------------------------


@pytest.mark.parametrize("tool", ["5", '"factcheck"', "[1, 2]"])
def test_c4_a_tool_key_that_is_not_a_table(tmp_path: Path, cli, tool: str) -> None:
    corpus = _corpus(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(f"tool = {tool}\n", encoding="utf-8")
    assert cli("check", corpus, "--no-ledger", cwd=tmp_path).code == 0, "not factcheck's configuration"
    run = cli("check", corpus, "--no-ledger", "--config", "pyproject.toml")
    assert run.code == 2 and "internal error" not in run.stderr
    assert run.stderr.startswith("error: pyproject.toml: tool: expected a table")


# --- C5: the report cannot be written ------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("how", ["full", "closed"])
def test_c5_a_report_that_cannot_be_written_is_a_one_line_error(tmp_path: Path, how: str) -> None:
    import subprocess
    import sys

    corpus = _corpus(tmp_path)
    args = [sys.executable, "-m", "factcheck", "check", str(corpus), "--no-ledger"]
    with open("/dev/full", "w") as full:
        stdout = full if how == "full" else subprocess.DEVNULL
        pass_fds = ()
        if how == "closed":  # `>&-`: no descriptor 1 at all
            args = ["sh", "-c", '"$@" >&-', "sh", *args]
        done = subprocess.run(args, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120, pass_fds=pass_fds)
    assert done.returncode == 2, done.stderr
    last = done.stderr.strip().splitlines()
    expected = "error: stdout: cannot write the report" if how == "full" else "error: stdout is closed"
    assert any(line.startswith(expected) for line in last), done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


# --- C6: publication dates at the ends of the calendar ---------------------------------------------------


def test_c6_a_publication_date_out_of_range_is_ignored_with_a_warning(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "a.txt").write_text("Officials said yesterday that 12 people died last year.\n", encoding="utf-8")
    (corpus / "sources.toml").write_text(
        '["a.txt"]\npublished = 0001-01-01\n["b.txt"]\npublished = 9999-12-31\n', encoding="utf-8"
    )
    (corpus / "c.md").write_text("---\ndate: 0001-01-01\n---\nTomorrow 12 people will come.\n", encoding="utf-8")
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code in (0, 1) and "internal error" not in run.stderr, run.stderr
    assert "a.txt: 'published' is out of range: datetime.date(1, 1, 1); ignored" in run.stderr
    assert "b.txt: 'published' is out of range" in run.stderr


# --- H1: special files are refused by their type, never opened ---------------------------------------------


def test_h1_a_named_pipe_for_a_file_factcheck_reads_never_blocks(tmp_path: Path) -> None:
    import subprocess
    import sys

    corpus = _corpus(tmp_path)
    (tmp_path / "claims").mkdir()
    os.mkfifo(tmp_path / "claims" / "reviews.toml")
    args = [sys.executable, "-m", "factcheck", "check", str(corpus)]
    done = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "error: claims/reviews.toml: cannot read (not a regular file: a named pipe)" in done.stderr
    os.unlink(tmp_path / "claims" / "reviews.toml")
    for fifo in (corpus / "sources.toml", tmp_path / "claims" / "b.txt.json", tmp_path / "factcheck.toml"):
        os.mkfifo(fifo)
    (tmp_path / ".git").mkdir()
    done = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "sources.toml: cannot read (not a regular file: a named pipe)" in done.stderr
    assert done.returncode == 0, done.stderr  # (factcheck.toml: not a file, so not a configuration)


# --- H4: configured patterns run in bounded time ---------------------------------------------------------


def test_h4_a_catastrophic_pattern_runs_on_an_engine_without_backtracking(tmp_path: Path, cli) -> None:
    import re

    from factcheck.parallel import _patterns
    from factcheck.patterns import compile_pattern

    assert not isinstance(compile_pattern("^(a+)+$"), re.Pattern)
    assert not any(isinstance(p, re.Pattern) for p in _patterns(("^(a+)+$", "^Read more")))
    assert compile_pattern("^(a+)+$").search("a" * 28 + "!") is None
    corpus = _corpus(tmp_path)
    (corpus / "a.txt").write_text("a" * 28 + "!\n" + GOOD_A + "aaaa\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / "factcheck.toml").write_text('boilerplate = ["^(a+)+$"]\n', encoding="utf-8")
    run = cli("check", corpus, "--no-ledger", cwd=tmp_path)
    assert run.code == 0, run.stderr


def test_h4_a_pattern_re2_cannot_run_has_a_time_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import patterns
    from factcheck.errors import FactcheckError

    monkeypatch.setattr(patterns, "TIMEOUT", 0.05)
    slow = patterns.compile_pattern(r"^(?=a)(a|a)+$")  # a look-ahead: not RE2
    assert slow.search("aaaa") is not None
    with pytest.raises(FactcheckError, match=r"boilerplate pattern .* took over 0.05 s on one line"):
        slow.search("a" * 40 + "!")
    assert patterns.compile_pattern(r"\bcafé\b").search("au café noir")  # Unicode \b, as in Python


# --- H2: near-copy detection stays linear when every article resembles every other ------------------------


def _near_identical(n: int) -> list:
    import hashlib

    from factcheck.models import Article

    story = (
        "Flooding along the river forced {n} people from their homes on Sunday, officials said. The water "
        "rose two metres overnight after days of heavy rain, and crews evacuated two hospitals and a school."
    )
    texts = [story.format(n=3000 + i) + f" Report {i}." for i in range(n)]
    return [
        Article(Path(f"a{i}.txt"), f"a{i}.txt", hashlib.sha256(t.encode()).hexdigest(), t) for i, t in enumerate(texts)
    ]


def test_h2_near_copy_detection_of_near_identical_articles_grows_linearly() -> None:
    """Memory (what tracemalloc sees at its peak) of four times the articles: four times as much,
    where all the candidate pairs (as before) took sixteen times as much."""
    import tracemalloc

    from factcheck import syndication

    syndication.find_copies(_near_identical(syndication.LSH_FROM))  # (the libraries it imports once)
    peaks = []
    for n in (300, 1200):
        articles = _near_identical(n)
        tracemalloc.start()
        (only,) = syndication.find_copies(articles)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert len(only.articles) == n
    assert peaks[1] < 8 * peaks[0], f"{peaks[1] / peaks[0]:.1f} times the memory for 4 times the articles"


# --- O2: a name too long for a ledger file; UTF-16 without a byte-order mark -------------------------------


def test_o2_an_article_name_too_long_for_its_ledger_file_gets_a_shorter_one(tmp_path: Path, cli) -> None:
    corpus = _corpus(tmp_path)
    long = corpus / ("x" * 251 + ".txt")
    long.write_text("Officials said 12 people were hurt.\n", encoding="utf-8")
    run = cli("extract", corpus, cwd=tmp_path)
    assert run.code == 0, run.stderr
    assert len(list((tmp_path / "claims").glob("*.json"))) == 3
    assert all(len(f.name) <= 255 for f in (tmp_path / "claims").iterdir())
    run = cli("check", corpus, "--check-ledger")
    assert run.code == 0 and "stale" not in run.stderr, run.stderr
    long.unlink()
    assert cli("check", corpus, "--check-ledger").code == 1  # (orphaned; no crash on the long name)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_o2_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, cli, encoding: str) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "c.txt").write_bytes(GOOD_A.encode(encoding))
    run = cli("check", corpus, "--no-ledger", "--format", "json", cwd=tmp_path)
    assert f"c.txt: UTF-16 without a byte-order mark; read as {encoding.upper()}" in run.stderr
    assert len(json.loads(run.stdout)["articles"]) == 3
