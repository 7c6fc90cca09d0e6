"""Configuration: ``factcheck.toml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

Looked up from the current folder upward: in each folder ``factcheck.toml`` (keys at the top
level) wins over ``pyproject.toml`` (keys under ``[tool.factcheck]``; a pyproject.toml without that
table is passed over). The search stops at the root of a git repository. ``--config FILE`` names
the file instead. Keys::

    aliases = { "Jen" = "Jennifer" }        # name -> canonical name, for extraction and matching
    boilerplate = ["^Read more:"]             # regular expressions: a matching line is boilerplate
    disabled-kinds = ["date"]                 # claim kinds left out (quantity, date, place, ...)
    fail-on = "conflict"                      # conflict | any | none
    [tolerances]                              # ([tool.factcheck.tolerances] in pyproject.toml)
    relative = 0.02                           # relative tolerance for rounded figures

An unknown key is a warning (with the nearest known key); a value of the wrong type or an invalid
regular expression is an error naming the file and the key. Flags given on the command line
override the file.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import FactcheckError
from factcheck.models import ClaimKind
from factcheck.patterns import compile_pattern
from factcheck.readers import load_toml, read_regular

if TYPE_CHECKING:
    from factcheck.api import Options

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
KEYS = ("aliases", "boilerplate", "disabled-kinds", "fail-on", "tolerances")
TOLERANCES = {"relative": "relative tolerance for figures stated as rounded (0.02 is 2%)"}
"""Known tolerances and what they mean; each is a number in [0, 1)."""
FAIL_ON = ("conflict", "any", "none")


@dataclass(frozen=True)
class Config:
    """Settings read from a configuration file (all empty when there is none)."""

    path: Path | None = None
    """The file read, or None."""
    aliases: Mapping[str, str] = field(default_factory=dict, hash=False)
    """Name -> canonical name."""
    tolerances: Mapping[str, float] = field(default_factory=dict, hash=False)
    boilerplate: tuple[str, ...] = ()
    """Regular expressions (checked to compile)."""
    disabled_kinds: frozenset[ClaimKind] = frozenset()
    fail_on: str | None = None
    warnings: tuple[str, ...] = ()
    """Unknown keys, with a did-you-mean."""


def find_config(start: Path) -> Path | None:
    """The configuration file that applies in folder ``start``, or None."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool", {})
            if isinstance(tool, dict) and "factcheck" in tool:
                return pyproject
        if (folder / ".git").exists():
            return None
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read ``path``, or the file found from ``start`` (default: the current folder) upward."""
    if path is None:
        path = find_config(start or Path.cwd())
        if path is None:
            return Config()
    elif not path.is_file():
        raise FactcheckError(f"{path}: no such configuration file")
    data = _read_toml(path)
    if path.name == PYPROJECT:
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise FactcheckError(f"{path}: tool: expected a table ([tool.factcheck]), got {_type(tool)}")
        table = tool.get("factcheck", {})
        where = f"{path}: [tool.factcheck]"
    else:
        table = data
        where = str(path)
    if not isinstance(table, dict):
        raise FactcheckError(f"{where}: expected a table")
    return parse_config(table, where, path)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return load_toml(read_regular(path).decode("utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise FactcheckError(f"{path}: invalid TOML ({e})") from None
    except UnicodeDecodeError as e:  # TOML is UTF-8
        raise FactcheckError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise FactcheckError(f"{path}: cannot read ({e.strerror or e})") from e


def parse_config(table: Mapping[str, Any], where: str, path: Path | None = None) -> Config:
    """Validate a configuration table; ``where`` names it in messages (file and table)."""
    warnings: list[str] = []
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        if key not in KEYS:
            warnings.append(_unknown(where, raw_key, KEYS))
            continue
        values[key] = value
    aliases = _aliases(values.get("aliases", {}), where)
    tolerances = _tolerances(values.get("tolerances", {}), where, warnings)
    boilerplate = _patterns(values.get("boilerplate", []), where)
    kinds = _kinds(values.get("disabled-kinds", []), where)
    fail_on = values.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise FactcheckError(f"{where}: fail-on: {fail_on!r} is not one of {', '.join(FAIL_ON)}")
    return Config(path, aliases, tolerances, boilerplate, kinds, fail_on, tuple(warnings))


def _unknown(where: str, key: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(key.replace("_", "-"), known, n=1, cutoff=0.6)
    suggestion = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(known)})"
    return f"{where}: unknown key {key!r}{suggestion}"


def _type(value: object) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _aliases(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise FactcheckError(f"{where}: aliases: expected a table of name = canonical name, got {_type(value)}")
    out = {}
    for name, canonical in value.items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise FactcheckError(f"{where}: aliases.{name}: expected a non-empty string, got {_type(canonical)}")
        out[name] = canonical
    return out


def _tolerances(value: object, where: str, warnings: list[str]) -> dict[str, float]:
    if not isinstance(value, dict):
        raise FactcheckError(f"{where}: tolerances: expected a table, got {_type(value)}")
    out = {}
    for name, x in value.items():
        if name not in TOLERANCES:
            warnings.append(_unknown(f"{where}: tolerances", name, list(TOLERANCES)))
            continue
        if isinstance(x, bool) or not isinstance(x, int | float):
            raise FactcheckError(f"{where}: tolerances.{name}: expected a number, got {_type(x)}")
        if not 0 <= x < 1:
            raise FactcheckError(f"{where}: tolerances.{name}: {x} is not in [0, 1)")
        out[name] = float(x)
    return out


def _patterns(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise FactcheckError(f"{where}: boilerplate: expected an array of regular expressions, got {_type(value)}")
    for i, pattern in enumerate(value):
        if not isinstance(pattern, str):
            raise FactcheckError(f"{where}: boilerplate[{i}]: expected a string, got {_type(pattern)}")
        try:
            compile_pattern(pattern)
        except re.error as e:
            raise FactcheckError(f"{where}: boilerplate[{i}]: invalid regular expression {pattern!r} ({e})") from None
    return tuple(value)


def _kinds(value: object, where: str) -> frozenset[ClaimKind]:
    if not isinstance(value, list):
        raise FactcheckError(f"{where}: disabled-kinds: expected an array of claim kinds, got {_type(value)}")
    return frozenset(parse_kind(k, f"{where}: disabled-kinds") for k in value)


def parse_kind(value: object, where: str) -> ClaimKind:
    """A claim kind by name; a one-line error with the nearest name otherwise."""
    names = [k.value for k in ClaimKind]
    if not isinstance(value, str):
        raise FactcheckError(f"{where}: expected a claim kind ({', '.join(names)}), got {_type(value)}")
    try:
        return ClaimKind(value)
    except ValueError:
        close = difflib.get_close_matches(value, names, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"the kinds are {', '.join(names)}"
        raise FactcheckError(f"{where}: unknown claim kind {value!r}", hint) from None


def options_for(
    config: Config,
    *,
    ledger: Path | None = None,
    reviews: Path | None = None,
    since: str | None = None,
    disabled: frozenset[ClaimKind] | None = None,
) -> Options:
    """The run's options: the configuration, overridden by what the command line gave."""
    from factcheck.api import Options

    return Options(
        disabled_kinds=config.disabled_kinds if disabled is None else disabled,
        boilerplate=config.boilerplate,
        aliases=dict(config.aliases),
        tolerances=dict(config.tolerances),
        ledger=ledger,
        reviews=reviews,
        since=since,
    )
