"""The user's regular expressions (configured ``boilerplate``), run in bounded time.

Python's ``re`` backtracks: ``^(a+)+$`` takes 20 s on a line of 28 letters, and every line of
every article meets every pattern. So a pattern runs on RE2 (``google-re2``: linear time whatever
the pattern and the text) when RE2 reads it as Python would: RE2 has no look-around nor
backreferences, and its ``\\w \\b \\d \\s`` are ASCII where Python's are Unicode, so a pattern with
any of these runs on the ``regex`` module instead (Python's syntax and meaning), with a time bound
per line: a line it cannot decide within ``TIMEOUT`` seconds is a one-line error naming the
pattern (exit 2), never a hang.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Protocol

from factcheck.errors import FactcheckError

TIMEOUT = 1.0
"""Seconds a pattern that RE2 cannot run may take on one line."""

_CLASS_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[wWbBdDsS]")
"""``\\w`` and its kind (after an even number of backslashes): Unicode in Python, ASCII in RE2."""


class Pattern(Protocol):
    """What text.main_text asks of a boilerplate pattern (``re.Pattern`` has it too)."""

    @property
    def pattern(self) -> str: ...

    def search(self, string: str) -> Any: ...


class _Timed:
    """A ``regex`` pattern whose every search stops after ``TIMEOUT`` seconds."""

    def __init__(self, pattern: str) -> None:
        import regex  # type: ignore[import-untyped]

        self.pattern = pattern
        self._compiled = regex.compile(pattern)

    def search(self, string: str) -> Any:
        try:
            return self._compiled.search(string, timeout=TIMEOUT)
        except TimeoutError:
            raise FactcheckError(
                f"boilerplate pattern {self.pattern!r} took over {TIMEOUT:g} s on one line"
                f" ({len(string)} characters: {string[:40]!r}...)",
                hint="simplify it: nested repeats such as (a+)+ backtrack without end",
            ) from None


@functools.cache
def compile_pattern(pattern: str) -> Pattern:
    """``pattern`` compiled for bounded time: on RE2 where it means the same there, else on
    ``regex`` with a time bound. Raises ``re.error`` (Python's own message) when it is invalid."""
    re.compile(pattern)  # Python's syntax is the reference: an invalid pattern is invalid here
    if not _CLASS_ESCAPE.search(pattern):
        import re2  # type: ignore[import-untyped]

        options = re2.Options()
        options.log_errors = False  # (RE2 would log every pattern it does not take to stderr)
        try:
            return re2.compile(pattern, options)  # type: ignore[no-any-return]
        except re2.error:
            pass  # look-around, backreferences...: Python's engine, with a time bound
    return _Timed(pattern)
