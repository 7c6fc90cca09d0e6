"""Configuration: factcheck.toml or [tool.factcheck], lookup, validation, flags over the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.config import find_config, load_config, options_for
from factcheck.errors import FactcheckError
from factcheck.models import ClaimKind

GOLDEN_CORPUS = Path(__file__).parent / "data" / "golden" / "corpus"

FULL = """
aliases = { "Jen" = "Jennifer", "CDC" = "Centers for Disease Control" }
boilerplate = ["^Read more:", "(?i)^advert"]
disabled-kinds = ["date", "quote"]
fail-on = "any"

[tolerances]
relative = 0.02
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # the lookup stops here, whatever lies above tmp_path
    shutil.copytree(GOLDEN_CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_factcheck_toml(project: Path) -> None:
    (project / "factcheck.toml").write_text(FULL, encoding="utf-8")
    config = load_config()
    assert config.path == project / "factcheck.toml"
    assert config.aliases == {"Jen": "Jennifer", "CDC": "Centers for Disease Control"}
    assert config.boilerplate == ("^Read more:", "(?i)^advert")
    assert config.disabled_kinds == {ClaimKind.DATE, ClaimKind.QUOTE}
    assert config.fail_on == "any"
    assert config.tolerances == {"relative": 0.02}
    assert config.warnings == ()
    options = options_for(config)
    assert options.aliases == config.aliases and options.tolerances == {"relative": 0.02}
    assert options.boilerplate == config.boilerplate and options.disabled_kinds == config.disabled_kinds
    assert options_for(config, disabled=frozenset()).disabled_kinds == frozenset(), "flags override"


def test_pyproject_table_found_from_a_subfolder(project: Path, monkeypatch) -> None:
    body = FULL.replace("[tolerances]", "[tool.factcheck.tolerances]")
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n\n[tool.factcheck]\n" + body, encoding="utf-8")
    sub = project / "corpus"
    monkeypatch.chdir(sub)
    config = load_config()
    assert config.path == project / "pyproject.toml"
    assert config.tolerances == {"relative": 0.02}
    assert config.fail_on == "any"


def test_lookup_order_and_stop(project: Path) -> None:
    sub = project / "a" / "b"
    sub.mkdir(parents=True)
    (project / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(sub) is None, "a pyproject.toml without [tool.factcheck] is passed over; .git stops"
    (project / "factcheck.toml").write_text("", encoding="utf-8")
    assert find_config(sub) == project / "factcheck.toml"
    (project / "a" / "pyproject.toml").write_text("[tool.factcheck]\nfail-on = 'none'\n", encoding="utf-8")
    assert find_config(sub) == project / "a" / "pyproject.toml"
    (sub / "factcheck.toml").write_text("", encoding="utf-8")
    assert find_config(sub) == sub / "factcheck.toml"


def test_no_config_is_empty(project: Path) -> None:
    config = load_config()
    assert config.path is None and config.warnings == () and config.aliases == {}


def test_unknown_keys_are_warnings_with_a_suggestion(project: Path) -> None:
    (project / "factcheck.toml").write_text(
        'disabled_kinds = ["date"]\nboilerplates = []\ncolour = "red"\n[tolerances]\nrelativ = 0.1\n',
        encoding="utf-8",
    )
    config = load_config()
    assert config.disabled_kinds == {ClaimKind.DATE}, "underscores are accepted for hyphens"
    path = project / "factcheck.toml"
    assert config.warnings == (
        f"{path}: unknown key 'boilerplates' (did you mean 'boilerplate'?)",
        f"{path}: unknown key 'colour' (known keys: aliases, boilerplate, disabled-kinds, fail-on, tolerances)",
        f"{path}: tolerances: unknown key 'relativ' (did you mean 'relative'?)",
    )


@pytest.mark.parametrize(
    "text, message",
    [
        ("aliases = ['Jen']", "aliases: expected a table of name = canonical name, got an array"),
        ("aliases = { Jen = 3 }", "aliases.Jen: expected a non-empty string, got an integer"),
        ("boilerplate = '^Read'", "boilerplate: expected an array of regular expressions, got a string"),
        ("boilerplate = ['ok', '(unclosed']", r"boilerplate\[1\]: invalid regular expression '\(unclosed'"),
        ("boilerplate = [1]", r"boilerplate\[0\]: expected a string, got an integer"),
        ("disabled-kinds = 'date'", "disabled-kinds: expected an array of claim kinds, got a string"),
        ("disabled-kinds = ['dates']", "disabled-kinds: unknown claim kind 'dates'"),
        ("fail-on = 'never'", "fail-on: 'never' is not one of conflict, any, none"),
        ("tolerances = 0.1", "tolerances: expected a table, got a number"),
        ("[tolerances]\nrelative = 'small'", "tolerances.relative: expected a number, got a string"),
        ("[tolerances]\nrelative = 2", r"tolerances.relative: 2 is not in \[0, 1\)"),
        ("fail-on = ", "invalid TOML"),
    ],
)
def test_wrong_values_are_errors_naming_file_and_key(project: Path, text: str, message: str) -> None:
    (project / "factcheck.toml").write_text(text + "\n", encoding="utf-8")
    with pytest.raises(FactcheckError, match=message) as e:
        load_config()
    assert str(e.value).startswith(str(project / "factcheck.toml"))


def test_a_configuration_that_is_not_utf8_is_an_error_naming_the_file(project: Path) -> None:
    (project / "factcheck.toml").write_bytes(b"fail-on = '\xff'\n")
    with pytest.raises(FactcheckError, match=r"factcheck\.toml: not UTF-8 text \(byte 11\)$"):
        load_config()


def test_pyproject_errors_name_the_table(project: Path) -> None:
    (project / "pyproject.toml").write_text("[tool.factcheck]\nfail-on = 3\n", encoding="utf-8")
    with pytest.raises(FactcheckError, match=r"pyproject\.toml: \[tool\.factcheck\]: fail-on: 3 is not one of"):
        load_config()


# --- Through the command line ----------------------------------------------------------------------------


def test_config_errors_exit_2_with_one_line(project: Path, cli) -> None:
    (project / "factcheck.toml").write_text("boilerplate = ['[a-']\n", encoding="utf-8")
    for args in (["check", "corpus"], ["extract", "corpus"]):
        run = cli(*args)
        assert run.code == 2
        assert run.stderr.startswith(f"error: {project / 'factcheck.toml'}: boilerplate[0]: invalid regular expression")
        assert len(run.stderr.splitlines()) == 1
        assert run.stdout == ""


def test_config_warnings_go_to_stderr(project: Path, cli) -> None:
    (project / "factcheck.toml").write_text("fail_onn = 'none'\n", encoding="utf-8")
    run = cli("check", "corpus", "--format", "json")
    assert "warning: " in run.stderr and "unknown key 'fail_onn' (did you mean 'fail-on'?)" in run.stderr
    assert run.stdout.startswith("{")


def test_flags_override_the_file(project: Path, cli) -> None:
    (project / "factcheck.toml").write_text("fail-on = 'none'\ndisabled-kinds = ['quantity']\n", encoding="utf-8")
    run = cli("check", "corpus")
    assert run.code == 0, "fail-on from the file; quantities (the conflicts) disabled"
    assert "CONFLICT" not in run.stdout
    run = cli("check", "corpus", "--disable", "date")
    assert "CONFLICT" in run.stdout and "date: storm" not in run.stdout  # the date compatible is gone
    assert run.code == 0
    assert cli("check", "corpus", "--disable", "date", "--fail-on", "conflict").code == 1


def test_boilerplate_patterns_reach_extraction(project: Path, cli) -> None:
    run = cli("check", "corpus")
    assert "150 workers" in run.stdout
    (project / "factcheck.toml").write_text("boilerplate = ['^The operator has sent']\n", encoding="utf-8")
    run = cli("check", "corpus")
    assert "150 workers" not in run.stdout


def test_explicit_config_file(project: Path, cli) -> None:
    (project / "strict.toml").write_text("fail-on = 'none'\n", encoding="utf-8")
    assert cli("check", "corpus", "--config", "strict.toml").code == 0
    run = cli("check", "corpus", "--config", "missing.toml")
    assert run.code == 2 and "missing.toml: no such configuration file" in run.stderr
