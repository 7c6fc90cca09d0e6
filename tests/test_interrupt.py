"""An interrupted run (SIGINT during extraction or while the ledger is written) leaves the ledger
valid, leaves no temporary file behind, and says so."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from factcheck import cache, ledger
from factcheck.cache import Result, Slot

CORPUS = Path(__file__).parent.parent / "corpus"


def _valid_ledger(folder: Path) -> list[str]:
    names = []
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["claims"] is not None
        names.append(path.name)
    leftovers = [
        p.name for p in folder.iterdir() if not p.name.endswith((".json", ".toml")) and p.name != ledger.LOCK_FILE
    ]
    assert leftovers == [], leftovers
    return names


def test_sigint_during_extract_leaves_a_valid_ledger(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(40):
        for src in CORPUS.glob("*.txt"):
            text = src.read_text(encoding="utf-8").replace("2024", str(1990 + k))
            (corpus / f"{k:02d}-{src.name}").write_text(text, encoding="utf-8")
    ledger = tmp_path / "claims"
    # A first, complete run: the interrupted one must not damage what it wrote.
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", str(corpus), "--ledger", str(ledger)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    before = {p.name: p.read_bytes() for p in ledger.glob("*.json")}
    for path in corpus.glob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8") + "\nLater, 77 more homes were reported lost.\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "extract", str(corpus), "--ledger", str(ledger), "--jobs", "2"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, NO_COLOR="1"),
    )
    # Ctrl-C once the ledger is being written (every file changes), where an interrupt could leave
    # a temporary file behind; or after 20 s (a very slow machine), during extraction.
    first = sorted(ledger.glob("*.json"))[:3]
    started = time.monotonic()
    while time.monotonic() - started < 20 and proc.poll() is None:
        if any(p.read_bytes() != before[p.name] for p in first) or any(ledger.glob(".*.tmp")):
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    # 130: stopped by our handler; -SIGINT: the signal came as the interpreter was exiting
    assert proc.returncode in (0, 130, -signal.SIGINT), err
    assert "Traceback" not in err
    names = _valid_ledger(ledger)
    assert sorted(names) == sorted(before)
    if proc.returncode == 130:
        assert err.strip().splitlines()[-1].startswith("interrupted")
    shutil.rmtree(corpus)


def _interrupt_after_mkstemp(monkeypatch: pytest.MonkeyPatch) -> None:
    """mkstemp that receives Ctrl-C as its file is created: without the deferral, KeyboardInterrupt
    is raised inside it, after the file exists and before its name is returned."""
    real = tempfile.mkstemp

    def interrupted(*args, **kwargs):  # type: ignore[no-untyped-def]
        made = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.01)  # the handler runs here unless the signal is held
        return made

    monkeypatch.setattr(tempfile, "mkstemp", interrupted)


def test_ctrl_c_as_a_ledger_file_is_created_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.json").write_text("old\n", encoding="utf-8")
    _interrupt_after_mkstemp(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        ledger.write_atomic(tmp_path / "a.json", "new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == "old\n"


def test_ctrl_c_as_a_cache_file_is_created_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _interrupt_after_mkstemp(monkeypatch)
    slot = Slot(tmp_path / "cache" / f"x{cache.SUFFIX}", "key")
    with pytest.raises(KeyboardInterrupt):
        slot.store(Result((), (), (), ()))
    assert list((tmp_path / "cache").iterdir()) == []


def test_interrupts_deferred_holds_ctrl_c_until_the_block_ends() -> None:
    reached = False
    with pytest.raises(KeyboardInterrupt), ledger.interrupts_deferred():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.01)
        reached = True
    assert reached
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
