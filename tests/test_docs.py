"""The docs match the code: every command and rule id is in the README and has help text; the help
itself is snapshotted and written for people; the README's sample output is the real output."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_the_commands_are_the_expected_ones():
    assert COMMANDS == ["check", "evaluate", "extract", "review", "show"]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme_with_help(name):
    command = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
    assert f"`factcheck {name}" in README
    assert (command.help or command.callback.__doc__ or "").strip()


def test_every_check_option_is_in_the_readme(cli):
    run = cli("check", "--help")
    for option in (
        "--format",
        "--output",
        "--fail-on",
        "--exit-zero",
        "--ledger",
        "--no-ledger",
        "--check-ledger",
        "--since",
        "--jobs",
        "--strict",
        "--color",
        "--no-cache",
    ):
        assert option in run.stdout, option
        assert f"`{option}" in README, option


def test_readme_first_screen_gives_the_two_setup_commands():
    first_screen = "\n".join(README.splitlines()[:15])
    assert "pip install -e '.[test]' && factcheck check corpus/" in first_screen
    assert "python -m pytest" in first_screen


def test_version_prints_the_version_and_exits_zero(cli):
    from factcheck import __version__

    run = cli("--version")
    assert (run.code, run.stdout) == (0, f"factcheck {__version__}\n")


def test_help_text_shows_brackets_rich_would_read_as_markup(cli):
    assert "gold file's [corpus] table" in " ".join(cli("evaluate", "--help").stdout.replace("│", " ").split())


@pytest.mark.parametrize("name", COMMANDS)
def test_help_paragraphs_are_reflowed_to_the_terminal(name):
    """typer keeps a docstring's line breaks, which would then fall mid-line in the help."""
    command = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
    assert command.help and "\n" not in command.help.replace("\n\n", "")
    assert " ".join(command.help.split()) == " ".join(command.callback.__doc__.split())


# -- help written for people, and snapshots of it -------------------------------------------------

HELP = ROOT / "tests" / "data" / "help"
"""``factcheck --help`` and each command's help, as a terminal 100 columns wide shows them."""
HELP_RUNS = [[], *([name] for name in COMMANDS)]
TYPER_INTERNALS = re.compile(r"<(?:bool|int|float|str|path|text|list\[|[\w-]+\|)|\[x[<>]=|Value error|Input should")


def _help(args: list[str]) -> str:
    """The help as a person's terminal shows it: a child process (rich and typer read the
    environment when imported), 100 columns, no colour, none of CI's settings that force it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS", "TERMINAL_WIDTH", "LINES"}
    }
    env.update(COLUMNS="100", NO_COLOR="1", PYTHONIOENCODING="utf-8", TERM="dumb")
    run = subprocess.run(
        [sys.executable, "-m", "factcheck", *args, "--help"], capture_output=True, text=True, env=env, check=True
    )
    return "\n".join(line.rstrip() for line in run.stdout.splitlines()) + "\n"


@pytest.mark.parametrize("args", HELP_RUNS, ids=["factcheck", *COMMANDS])
def test_help_snapshot(args: list[str], update_golden: bool) -> None:
    text = _help(args)
    path = HELP / f"{'-'.join(['factcheck', *args])}.txt"
    if update_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs; run pytest --update-golden and review"
    assert not TYPER_INTERNALS.search(text), TYPER_INTERNALS.search(text)


def test_help_snapshots_are_all_in_use() -> None:
    assert sorted(p.name for p in HELP.glob("*.txt")) == sorted(
        f"{'-'.join(['factcheck', *args])}.txt" for args in HELP_RUNS
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["check", "--format", "xml"],
            "'xml' is not a report format: give text, json, markdown, html, sarif or github",
        ),
        (["check", "--jobs", "0"], "0 jobs: give 1 or more"),
        (["extract", "-j", "two"], "'two' is not a number of jobs: give a whole number, 1 or more"),
        (["check", "--fail-on", "all"], "'all' is not a choice of findings: give conflict, any or none"),
        (["check", "--color", "yes"], "'yes' is not a choice of colour: give auto, always or never"),
        (["check", "--disable", "money"], "'money' is not a kind of claim: give quantity, date,"),
        (["show", "FC-1", "-f", "html"], "'html' is not a format of show: give text or json"),
        (
            ["review", "FC-1", "-m", "x", "--status", "ok"],
            "'ok' is not a review status: give accepted or false-positive",
        ),
    ],
)
def test_usage_errors_are_written_for_people(cli, args: list[str], message: str) -> None:
    run = cli(*args)
    assert run.code == 2
    assert message in run.stderr
    assert not TYPER_INTERNALS.search(run.stderr), run.stderr


def test_options_still_parse(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The storm brought down 46 transmission towers on Monday.\n", encoding="utf-8")
    run = cli("check", tmp_path, "-f", "json", "-j", "1", "--color", "never", "--fail-on", "any", "--disable", "date")
    assert run.code == 0, run.stderr
    assert '"schema": "factcheck.report/1"' in run.stdout


# -- the README's sample output is the real output -------------------------------------------------

SAMPLE = re.compile(r"(<!-- sample: (\S+) -->\n```\n)(.*?)(```\n)", re.S)


def _first_unreviewed_conflict(snapshot: str) -> str:
    stdout = snapshot.split("# stdout:\n", 1)[1]
    blocks = stdout.split("\n\n")
    return next(b for b in blocks if b.startswith("CONFLICT") and "(reviewed)" not in b.splitlines()[0]) + "\n"


def test_readme_sample_output_is_the_golden_output(update_golden: bool) -> None:
    """The README shows the first unreviewed conflict of the golden text report, as it is."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = SAMPLE.search(readme)
    assert match is not None, "README.md has a <!-- sample: ... --> block"
    expected = _first_unreviewed_conflict((ROOT / match[2]).read_text(encoding="utf-8"))
    if update_golden:
        readme = readme[: match.start(3)] + expected + readme[match.end(3) :]
        (ROOT / "README.md").write_text(readme, encoding="utf-8")
        match = SAMPLE.search(readme)
        assert match is not None
    assert match[3] == expected, "README.md's sample output differs; run pytest --update-golden and review"
