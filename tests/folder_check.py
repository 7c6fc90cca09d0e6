"""Checks of a folder of invented articles written for one test, for the judging tests that look
at its findings."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Finding, Report, Verdict


def quantity_conflicts(folder: Path, texts: dict[str, str]) -> list[Finding]:
    """The quantity conflicts of a new folder holding ``texts`` (file name -> text)."""
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [f for f in check([folder]).by_verdict(Verdict.CONFLICT) if f.kind.value == "quantity"]


def dated_check(folder: Path, sources: str, texts: dict[str, str]) -> Report:
    """The check of a folder (made if missing) holding ``texts`` and a ``sources.toml`` of ``sources``
    (the articles' publication dates)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.toml").write_text(sources, encoding="utf-8")
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return check([folder])


def quantity_findings(report: Report, verdict: Verdict) -> list[tuple[list[str], str, tuple[str, ...]]]:
    """The quantity findings of a verdict: their claims' surfaces in order, explanation and details."""
    return [
        (sorted(c.surface for c in f.claims), f.explanation, f.details)
        for f in report.by_verdict(verdict)
        if f.kind is ClaimKind.QUANTITY
    ]


def later_conflicts(folder: Path, sources: str, earlier: str, later: str) -> list[list[str]]:
    """The quantity conflicts' claim surfaces of a folder where a.txt and b.txt tell ``earlier`` and
    c.txt tells ``later``, each under a headline, dated by ``sources``."""
    texts = {"a.txt": earlier, "b.txt": earlier, "c.txt": later}
    report = dated_check(folder, sources, {name: f"Report {name[0]}\n\n{text}\n" for name, text in texts.items()})
    return [surfaces for surfaces, _, _ in quantity_findings(report, Verdict.CONFLICT)]
