"""Reporters: ``render(report, fmt) -> str`` (or ``render_chunks``, the same text in pieces, for
writing large reports without holding them whole). Reporters never print."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from pathlib import Path
from typing import assert_never

from factcheck.models import Report
from factcheck.terminal import inert


@enum.unique
class Format(str, enum.Enum):
    """Output formats of ``factcheck check``."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"
    SARIF = "sarif"
    GITHUB = "github"


def size(report: Report) -> str:
    """The summary line's start: "5 articles, 128 claims" ("1 article, 1 claim")."""
    articles, claims = len(report.articles), len(report.claims)
    return f"{articles} article{'' if articles == 1 else 's'}, {claims} claim{'' if claims == 1 else 's'}"


def render(report: Report, fmt: Format, *, color: bool = False, width: int = 100, base: Path | None = None) -> str:
    """The report in the given format."""
    return "".join(render_chunks(report, fmt, color=color, width=width, base=base))


def render_chunks(
    report: Report, fmt: Format, *, color: bool = False, width: int = 100, base: Path | None = None
) -> Iterator[str]:
    """The report in the given format, in pieces whose concatenation is ``render``'s text: the JSON
    report comes one record at a time; the other formats, which are small, in one piece. ``base``:
    the folder the report is written to, which the HTML page's links to the articles start from
    (None: the current folder)."""
    if fmt is Format.TEXT:
        from factcheck.report.text import render_text

        yield render_text(report, color=color, width=width)
        return
    if fmt is Format.JSON:
        from factcheck.report.json import json_chunks

        yield from json_chunks(report)
        return
    if fmt is Format.MARKDOWN:
        from factcheck.report.markdown import render_markdown

        yield inert(render_markdown(report))  # read on terminals and in CI logs too
        return
    if fmt is Format.HTML:
        from factcheck.report.html import render_html

        yield inert(render_html(report, base=base))  # control characters are not allowed in HTML either
        return
    if fmt is Format.SARIF:
        from factcheck.report.sarif import render_sarif

        yield render_sarif(report)
        return
    if fmt is Format.GITHUB:
        from factcheck.report.github import render_github

        yield inert(render_github(report))  # printed in the CI log
        return
    assert_never(fmt)
