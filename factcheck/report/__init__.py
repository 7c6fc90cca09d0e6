"""Reporters: ``render(report, fmt) -> str``. Reporters return a string and never print."""

from __future__ import annotations

import enum
from typing import assert_never

from factcheck.models import Report


@enum.unique
class Format(str, enum.Enum):
    """Output formats of ``factcheck check``."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    SARIF = "sarif"
    GITHUB = "github"


def render(report: Report, fmt: Format, *, color: bool = False, width: int = 100) -> str:
    """The report in the given format."""
    if fmt is Format.TEXT:
        from factcheck.report.text import render_text

        return render_text(report, color=color, width=width)
    if fmt is Format.JSON:
        from factcheck.report.json import render_json

        return render_json(report)
    if fmt is Format.MARKDOWN:
        from factcheck.report.markdown import render_markdown

        return render_markdown(report)
    if fmt is Format.SARIF:
        from factcheck.report.sarif import render_sarif

        return render_sarif(report)
    if fmt is Format.GITHUB:
        from factcheck.report.github import render_github

        return render_github(report)
    assert_never(fmt)
