"""An interrupted run (SIGINT during extraction) leaves the ledger valid and says so."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).parent.parent / "corpus"


def _valid_ledger(folder: Path) -> list[str]:
    names = []
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["claims"] is not None
        names.append(path.name)
    leftovers = [p.name for p in folder.iterdir() if not p.name.endswith((".json", ".toml"))]
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
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err
    assert "Traceback" not in err
    names = _valid_ledger(ledger)
    assert sorted(names) == sorted(before)
    if proc.returncode == 130:
        assert err.strip().splitlines()[-1].startswith("interrupted")
    shutil.rmtree(corpus)
