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


def test_check_reports_progress_of_every_long_stage(tmp_path, monkeypatch):
    """Past extraction, a large check still says what it is doing: reading the ledger, finding
    copies (from LSH_FROM articles), judging."""
    from factcheck import api, syndication

    monkeypatch.setattr(syndication, "LSH_FROM", 2)
    api.extract([GOLDEN], tmp_path / "claims", Options(jobs=1))
    seen: list[tuple[str, int, int]] = []
    report = api.check([GOLDEN], Options(jobs=1, ledger=tmp_path / "claims", progress=lambda *a: seen.append(a)))
    n = len(report.articles)
    last = {stage: (done, total) for stage, done, total in seen}
    assert last == {
        "read ledger": (n, n),
        "find copies": (n, n),
        "judge": (len(report.claims), len(report.claims)),
    }
    assert all(0 <= done <= total for _, done, total in seen)


def test_copies_found_in_the_background_are_the_same(tmp_path, monkeypatch):
    """A large check finds syndicated copies in a process of its own: same stories, same findings
    (agreements among copies say how many independent sources back them)."""
    from factcheck import api, syndication
    from factcheck.report import Format, render

    copy = tmp_path / "copy"
    copy.mkdir()
    for a in list(load_paths([CORPUS]).articles)[:2]:  # syndicated copies: stories to find
        (copy / f"copy-{Path(a.name).name}").write_text(a.text, encoding="utf-8")
    articles = list(load_paths([CORPUS, GOLDEN, copy]).articles)
    with parallel.Background(syndication.find_copies, articles, enabled=True) as job:
        found = job.result()
    assert found == syndication.find_copies(articles) and len(found) == 2
    serial = api.check([CORPUS, GOLDEN, copy], Options(jobs=1))
    monkeypatch.setattr(api, "BACKGROUND_COPIES", 2)
    seen: list[tuple[str, int, int]] = []
    apart = api.check([CORPUS, GOLDEN, copy], Options(jobs=2, progress=lambda *a: seen.append(a)))
    assert apart.stories == serial.stories and len(serial.stories) == 2
    assert render(apart, Format.JSON) == render(serial, Format.JSON)
    assert "independent source" in render(serial, Format.JSON)
    assert ("find copies", len(apart.articles), len(apart.articles)) in seen


def _sleep_then(value: int) -> int:
    import time

    time.sleep(60)
    return value


def _fail(message: str) -> None:
    raise ValueError(message)


def test_leaving_early_stops_the_background_process():
    """An error (or Ctrl-C) while the background work runs stops its process at once instead of
    waiting for it at exit."""
    import time

    import pytest

    started = time.monotonic()
    with pytest.raises(KeyError), parallel.Background(_sleep_then, 1, enabled=True) as job:
        process = job.process
        raise KeyError("the check failed meanwhile")
    assert time.monotonic() - started < 10
    assert process is not None and not process.is_alive()


def test_a_background_error_is_raised_in_the_caller():
    import pytest

    with parallel.Background(_fail, "no copies", enabled=True) as job, pytest.raises(ValueError, match="no copies"):
        job.result()


def test_background_work_falls_back_to_this_process(monkeypatch):
    """Where no process can be started, the work is done in this one when its result is asked for."""
    import multiprocessing

    def refuse(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.Process, "start", refuse)
    with parallel.Background(sorted, [3, 1, 2], enabled=True) as job:
        assert job.process is None
        assert job.result() == [1, 2, 3]


def _die(code: int) -> None:
    import os

    os._exit(code)


def test_ctrl_c_while_waiting_stops_the_background_process():
    import time

    import pytest

    class Interrupted:
        def recv(self):
            raise KeyboardInterrupt

        def close(self):
            pass

    started = time.monotonic()
    with parallel.Background(_sleep_then, 1, enabled=True) as job:
        process, real = job.process, job.pipe
        job.pipe = Interrupted()
        with pytest.raises(KeyboardInterrupt):
            job.result()
        assert process is not None and not process.is_alive(), "stopped by result(), not only on leaving"
        real.close()
    assert time.monotonic() - started < 10


def test_a_background_process_that_dies_is_an_error_saying_so():
    import pytest

    with parallel.Background(_die, 3, enabled=True) as job, pytest.raises(RuntimeError, match="exit code 3"):
        job.result()


def test_a_background_error_carries_its_traceback():
    with parallel.Background(_fail, "no copies", enabled=True) as job:
        try:
            job.result()
        except ValueError as e:
            assert any("in the background process" in n and "_fail" in n for n in e.__notes__)
        else:
            raise AssertionError("the error was not raised")


def test_the_progress_bar_is_for_text_reports_on_a_terminal(monkeypatch, cli, tmp_path):
    """Never beside a machine format (a tool reading it may share the terminal), nor under CI."""
    from factcheck import api
    from factcheck import cli as cli_module

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich then calls any stream a terminal; stderr is not one here
    given_before: list[object] = []
    real = api.check
    monkeypatch.setattr(
        api, "check", lambda paths, options: given_before.append(options.progress) or real(paths, options)
    )
    cli("check", GOLDEN, "--no-ledger", "--output", tmp_path / "out")
    assert given_before == [None]
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setattr(cli_module.sys.stderr, "isatty", lambda: True)
    given: list[object] = []
    real_check = api.check
    monkeypatch.setattr(
        api, "check", lambda paths, options: given.append(options.progress) or real_check(paths, options)
    )
    for fmt in ("text", "json", "sarif", "github", "markdown"):
        cli("check", GOLDEN, "--no-ledger", "--format", fmt, "--output", tmp_path / "out")
    assert [callable(p) for p in given] == [True, False, False, False, False]
    monkeypatch.setenv("CI", "true")
    cli("check", GOLDEN, "--no-ledger", "--output", tmp_path / "out")
    assert given[-1] is None
    monkeypatch.setenv("CI", "false")
    cli("check", GOLDEN, "--no-ledger", "--output", tmp_path / "out")
    assert callable(given[-1])


def test_no_more_workers_than_articles(monkeypatch):
    import concurrent.futures

    started: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    def pool(max_workers, **kw):  # type: ignore[no-untyped-def]
        started.append(max_workers)
        return real(max_workers=max_workers, **kw)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 2)
    articles = list(load_paths([GOLDEN]).articles)[:3]
    assert parallel.extract_many(articles, Options(jobs=64)) == parallel.extract_many(articles, Options(jobs=1))
    assert started == [3]
