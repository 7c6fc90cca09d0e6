"""The CI flow end to end in a temporary git repository: extract, commit, add an article that
contradicts a claim, `check --since HEAD` fails on exactly that finding, review it, pass.
Also: --since errors, and the docs (every command in README.md, the pre-commit hook)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factcheck.cli import app

ROOT = Path(__file__).parent.parent
GOLDEN_CORPUS = Path(__file__).parent / "data" / "golden" / "corpus"
NEW = "insurer-2024-03-08-substations.txt"
CONTRADICTION = "The operator later said that five substations were flooded by the river.\n"
"""Contradicts one claim of the wire story ("three substations were flooded")."""
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_NOSYSTEM": "1",
}

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    env = {"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(repo), **GIT_ENV}
    done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(GOLDEN_CORPUS, root / "corpus")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "corpus")
    monkeypatch.chdir(root)
    return root


def _errors(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("::error ")]


@needs_git
def test_a_new_contradiction_fails_until_reviewed(repo: Path, cli) -> None:
    run = cli("extract", "corpus")
    assert run.code == 0, run.stderr
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "ledger")
    assert cli("check", "corpus").code == 1, "the corpus has unreviewed conflicts of its own"
    run = cli("check", "corpus", "--since", "HEAD", "--check-ledger")
    assert run.code == 0, "none of them involves an article changed since HEAD"

    (repo / "corpus" / NEW).write_text(CONTRADICTION, encoding="utf-8")
    with (repo / "corpus" / "sources.toml").open("a", encoding="utf-8") as f:
        f.write(f'\n["{NEW}"]\noutlet = "Example Insurance News"\npublished = 2024-03-08\n')

    run = cli("check", "corpus", "--since", "HEAD", "--format", "github")
    assert run.code == 1
    errors = _errors(run.stdout)
    assert len(errors) == 1, run.stdout
    assert errors[0].startswith(f"::error file=corpus/{NEW},line=1,")
    finding_id = re.search(r"title=FC\d+ \S+ conflict (FC-[0-9a-f]{8})::", errors[0])[1]
    assert f"1 conflict not reviewed: {finding_id} " in run.stderr
    assert "::warning " in run.stdout, "the older conflicts are still shown, as warnings"
    shown = json.loads(cli("show", finding_id, "corpus", "--format", "json").stdout)
    assert shown["verdict"] == "conflict"
    assert {c["article"] for c in shown["claims"]} == {NEW, "wire-2024-03-05-storm-grid.txt"}

    run = cli("check", "corpus", "--since", "HEAD", "--check-ledger")
    assert run.code == 1
    assert f"stale: claims/{NEW}.json: missing" in run.stderr

    run = cli("review", finding_id, "corpus", "--note", "Insurers and the operator estimate different things.")
    assert run.code == 0, run.stderr
    run = cli("check", "corpus", "--since", "HEAD")
    assert run.code == 0, run.stderr
    assert "(reviewed)" in run.stdout
    assert cli("extract", "corpus").code == 0
    assert cli("check", "corpus", "--since", "HEAD", "--check-ledger").code == 0
    reviews = (repo / "claims" / "reviews.toml").read_text(encoding="utf-8")
    assert f"[{finding_id}]" in reviews and "different things" in reviews


@needs_git
def test_since_counts_modified_tracked_articles(repo: Path, cli) -> None:
    weekly = repo / "corpus" / "weekly-2024-03-09-storm-review.md"
    weekly.write_text(weekly.read_text(encoding="utf-8") + "\nThe valley is quiet again.\n", encoding="utf-8")
    run = cli("check", "corpus", "--since", "HEAD", "--format", "github")
    assert run.code == 1
    errors = _errors(run.stdout)
    assert len(errors) == 1 and "quantity conflict" in errors[0]
    assert "weekly-2024-03-09-storm-review.md" in errors[0].split("::")[1], "pointed at the changed article"


@needs_git
def test_since_errors_are_one_line(repo: Path, cli, tmp_path: Path) -> None:
    run = cli("check", "corpus", "--since", "no-such-ref")
    assert run.code == 2
    assert run.stderr.splitlines()[0] == "error: --since no-such-ref: unknown git revision"
    outside = tmp_path / "plain"
    shutil.copytree(GOLDEN_CORPUS, outside / "corpus")
    run = cli("check", "corpus", "--since", "HEAD", cwd=outside)
    assert run.code == 2
    assert re.match(r"error: --since HEAD: .* is not in a git repository", run.stderr)
    assert "Traceback" not in run.stderr


# --- Docs ----------------------------------------------------------------------------------------------------


def test_every_command_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"check", "extract", "show", "review", "evaluate"} <= set(commands)
    for name in commands:
        assert f"`factcheck {name}" in readme, f"factcheck {name} is not in README.md"
    for command in app.registered_commands:
        assert (command.callback.__doc__ or "").strip(), f"{command.callback.__name__} has no help text"
    for flag in ("--ledger", "--check-ledger", "--since", "--prune", "--no-ledger", "--update-golden", "--disable"):
        assert flag in readme, f"{flag} is not in README.md"


def test_pre_commit_hook() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: factcheck" in text
    assert "entry: factcheck check --check-ledger" in text
    assert "pass_filenames: false" in text
    assert "files: ^corpus/" in text


def test_a_reader_that_stops_early_does_not_change_the_exit_code():
    """`factcheck check corpus -f json | head -1`: the exit code still says what was found."""
    import sys

    for fail_on, expected in (("conflict", 0), ("any", 1)):  # the seed's conflicts are reviewed
        args = [sys.executable, "-m", "factcheck", "check", "corpus", "-f", "json", "--fail-on", fail_on]
        with subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
            assert proc.stdout is not None and proc.stdout.read(1) == b"{"
            proc.stdout.close()  # the report is larger than a pipe holds: the rest meets a closed pipe
            err = proc.stderr.read().decode() if proc.stderr else ""
        assert proc.returncode == expected, err
        assert "Traceback" not in err and "error" not in err
        assert re.search(r"^\d+ articles, \d+ claims: ", err, re.M)
        # 2>&1 | head: the messages after the report meet the closed pipe too
        with subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as proc:
            assert proc.stdout is not None and proc.stdout.read(1) == b"{"
            proc.stdout.close()
        assert proc.returncode == expected
