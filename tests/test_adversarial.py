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
