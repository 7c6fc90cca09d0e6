"""Checks of a folder of invented articles written for one test, for the judging tests that look
at its findings."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.models import Finding, Verdict


def quantity_conflicts(folder: Path, texts: dict[str, str]) -> list[Finding]:
    """The quantity conflicts of a new folder holding ``texts`` (file name -> text)."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [f for f in check([folder]).by_verdict(Verdict.CONFLICT) if f.kind.value == "quantity"]
