"""Extraction on a process pool gives exactly what in-process extraction gives."""

from pathlib import Path

from factcheck import parallel
from factcheck.api import Options
from factcheck.load import load_paths

GOLDEN = Path(__file__).parent / "data" / "golden" / "corpus"
CORPUS = Path(__file__).parent.parent / "corpus"


def test_pool_and_in_process_agree(monkeypatch):
    articles = list(load_paths([CORPUS, GOLDEN]).articles)
    seen: list[tuple[str, int, int]] = []
    serial = parallel.extract_many(articles, Options(jobs=1))
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 2)
    pooled = parallel.extract_many(articles, Options(jobs=2, progress=lambda *a: seen.append(a)))
    assert pooled == serial
    assert sum(len(c) for c in serial) > 50
    assert seen[-1] == ("extract", len(articles), len(articles))


def test_default_jobs_is_positive():
    assert parallel.default_jobs() >= 1
