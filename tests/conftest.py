"""Shared fixtures: running the command line in-process, and the --update-golden option."""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from factcheck import collector
from factcheck.cli import main

GOLDEN = Path(__file__).parent / "data" / "golden"

# Speed is measured under bench/, never in tests: Hypothesis's default deadline of 200 ms per
# example failed property tests on a loaded machine (tests/test_reviews.py, two cores shared).
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the golden files under tests/data/golden/ from the current output.",
    )


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    """The count of bad inputs the fuzz tests tried, per reader (``test_fuzz.py``)."""
    from strategies import FUZZED

    if FUZZED:
        each = ", ".join(f"{reader} {count}" for reader, count in sorted(FUZZED.items()))
        terminalreporter.write_line(f"fuzz: {sum(FUZZED.values())} bad inputs tried ({each})")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True with --update-golden or FACTCHECK_UPDATE_GOLDEN=1."""
    return bool(request.config.getoption("--update-golden")) or os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"


@dataclass(frozen=True)
class Run:
    """What one command-line run did."""

    code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``factcheck ARGS`` through the console-script entry point (one-line errors, exit codes)
    in folder ``cwd``, without colour: ``cli("check", "corpus", cwd=tmp_path) -> Run``."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)

    def run(*args: object, cwd: Path | None = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["factcheck", *map(str, args)])
        try:
            main()
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return run


@pytest.fixture(autouse=True)
def _library_collector_policy():
    """A command-line run sets the collector's policy for its process (thresholds, survivors of a
    pause filed with the oldest generation); the next test starts from the library's defaults."""
    thresholds = gc.get_threshold()
    yield
    gc.set_threshold(*thresholds)
    collector.file_survivors_with_oldest(False)


@pytest.fixture(autouse=True)
def _own_result_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Each test gets an empty result cache (never the user's): a check is judged afresh unless
    the test itself ran the same check before."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    monkeypatch.delenv("FACTCHECK_NO_CACHE", raising=False)
    return folder
