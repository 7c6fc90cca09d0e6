"""The docs match the code: every command and rule id is in the README and has help text."""

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
