"""The committed ledger of the bundled corpus matches what extraction finds now.

When extraction changes, the ledger in claims/ must be refreshed (and EXTRACTOR_VERSION bumped, so
users' ledgers are refreshed too): run `factcheck extract corpus/`, review new conflicts, commit.
"""

import json
from pathlib import Path

from factcheck.api import extract

ROOT = Path(__file__).parent.parent


def test_committed_ledger_is_what_extraction_finds_now(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    extract([Path("corpus")], tmp_path)
    fresh = {p.name: _content(p) for p in tmp_path.glob("*.json")}
    committed = {p.name: _content(p) for p in (ROOT / "claims").glob("*.json")}
    assert sorted(fresh) == sorted(committed)
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, (
        f"claims/ is out of date for {stale}: bump factcheck.EXTRACTOR_VERSION, run "
        "`factcheck extract corpus/`, review new conflicts, and commit claims/"
    )


def _content(path: Path) -> dict:
    """A ledger file without its "path" (written relative to the ledger folder, which differs here)
    and the digest of the whole file (which covers the path)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("path", None)
    data.pop("digest", None)
    return data
