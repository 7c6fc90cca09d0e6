"""The failures of the adversarial pass of issue 21, one regression test each (S1..O2): nothing
from the cache folder is run, nothing outside the ledger is deleted, no input crashes or hangs a
run: each gets a one-line message and the right exit code, and the rest of the corpus is checked.
"""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

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
