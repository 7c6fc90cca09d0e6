"""The benchmarks keep working as the library changes (their numbers are in bench/RESULTS.md)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_scale_stages_run_on_the_bundled_corpus() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_scale
    finally:
        sys.path.pop(0)
    out = bench_scale.stages(ROOT / "corpus", jobs=1, with_quantulum=False)
    assert out["articles"] == 5
    assert out["claims"] == out["numeric_claims"] + out["named_claims"] > 0
    assert out["findings"] > 0 and out["json_bytes"] > 0
