"""The terminal report, drawn with rich: conflicts first, every claim with file:line:col.

For each finding: the verdict, severity and id; the one-line explanation; then each claim as
``path:line:col``, its normalised value, the sentence with the claim highlighted, and how the value
was derived. Single-source claims are listed last, one line each.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from factcheck.models import Claim, Finding, Report, Review, Verdict

STYLES = {
    Verdict.CONFLICT: "bold red",
    Verdict.COMPATIBLE: "yellow",
    Verdict.AGREE: "green",
    Verdict.DISTINCT: "cyan",
    Verdict.SINGLE_SOURCE: "dim",
}
TITLES = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.COMPATIBLE: "Compatible (differ only in precision)",
    Verdict.AGREE: "Agreements",
    Verdict.DISTINCT: "Related but distinct",
    Verdict.SINGLE_SOURCE: "Single-source claims",
}
SENTENCE_LIMIT = 220
CLAIM_LIMIT = 8
"""Claims shown per finding (every stated value among them); ``factcheck show ID`` lists them all."""
DETAIL_LIMIT = 8
"""Detail lines shown per finding."""


def render_text(
    report: Report, *, color: bool = False, width: int = 100, reviewed: frozenset[str] = frozenset()
) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=width, height=25, highlight=False, soft_wrap=False
    )
    paths = {a.name: str(a.path) for a in report.articles}
    reviewed = reviewed | {r.id for r in report.reviews}
    for verdict in Verdict:
        findings = report.by_verdict(verdict)
        if not findings:
            continue
        console.print(Text(f"{TITLES[verdict]} ({len(findings)})", style=f"{STYLES[verdict]} underline"))
        console.print()
        for finding in findings:
            if verdict is Verdict.SINGLE_SOURCE:
                _single(console, finding, paths)
            else:
                _finding(console, finding, paths, finding.id in reviewed, report.review_of(finding.id))
        if verdict is Verdict.SINGLE_SOURCE:
            console.print()
    if report.stories:
        console.print(Text(f"Syndicated copies ({len(report.stories)})", style="underline"))
        console.print()
        for story in report.stories:
            console.print(_indent(Text(f"{story.describe()}: one source where they agree"), 2))
        console.print()
    counts = ", ".join(f"{len(report.by_verdict(v))} {v.value}" for v in Verdict)
    console.print(
        Text(f"{len(report.articles)} articles, {len(report.claims)} claims: {counts}", style="bold"),
    )
    return _rstrip(buffer.getvalue())


def _finding(
    console: Console, finding: Finding, paths: dict[str, str], reviewed: bool, review: Review | None = None
) -> None:
    style = STYLES[finding.verdict]
    head = Text()
    head.append(finding.verdict.value.upper(), style=style)
    if finding.verdict is Verdict.CONFLICT:
        head.append(f" {finding.severity.value}", style=style)
    if reviewed:
        head.append(" (reviewed)", style="dim")
    head.append(f"  {finding.id}  ", style="bold")
    head.append(f"{finding.kind.value}: {finding.key}")
    console.print(head)
    console.print(_indent(Text(f"{finding.explanation}"), 2))
    if review is not None:
        console.print(_indent(Text(f"reviewed ({review.status.value}): {review.note}", style="dim"), 2))
    shown = shown_claims(finding.claims, CLAIM_LIMIT)
    for claim in shown:
        _claim(console, claim, paths)
    if len(shown) < len(finding.claims):
        more = len(finding.claims) - len(shown)
        console.print(_indent(Text(f"… and {more} more claims: factcheck show {finding.id}", style="dim"), 2))
    for line in finding.details[:DETAIL_LIMIT]:
        console.print(_indent(Text(f"{line}", style="dim"), 4))
    if len(finding.details) > DETAIL_LIMIT:
        console.print(_indent(Text(f"… and {len(finding.details) - DETAIL_LIMIT} more lines", style="dim"), 4))
    console.print()


def shown_claims(claims: tuple[Claim, ...], limit: int) -> list[Claim]:
    """At most ``limit`` claims, in their order, taking one claim of each stated value in turn so
    that every side of a conflict shows however many claims repeat one value."""
    if len(claims) <= limit:
        return list(claims)
    by_value: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        by_value.setdefault(c.display, []).append(i)
    chosen: list[int] = []
    depth = 0
    while len(chosen) < limit:
        for positions in by_value.values():
            if depth < len(positions) and len(chosen) < limit:
                chosen.append(positions[depth])
        depth += 1
    return [claims[i] for i in sorted(chosen)]


def _claim(console: Console, claim: Claim, paths: dict[str, str]) -> None:
    loc = claim.location
    where = f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}"
    line = Text(where, style="blue")
    line.append(f"  {claim.display}", style="bold")
    console.print(_indent(line, 2))
    console.print(_indent(_sentence(claim), 6))


def _rstrip(text: str) -> str:
    """Rich pads wrapped lines to the width; reports carry no trailing spaces."""
    return "".join(line.rstrip() + "\n" for line in text.splitlines())


def _indent(renderable: Text, spaces: int) -> Padding:
    """Indented by ``spaces``, wrapped lines too."""
    return Padding(renderable, (0, 0, 0, spaces), expand=False)


def _sentence(claim: Claim) -> Text:
    sentence = claim.sentence
    start = sentence.find(claim.surface)
    text = Text()
    if start < 0:
        text.append(_clip(sentence), style="italic")
        return text
    end = start + len(claim.surface)
    before, after = sentence[:start], sentence[end:]
    if len(sentence) > SENTENCE_LIMIT:
        before = ("…" + before[-80:]) if len(before) > 80 else before
        after = (after[:80] + "…") if len(after) > 80 else after
    text.append(before, style="italic")
    text.append(claim.surface, style="bold underline")
    text.append(after, style="italic")
    return text


def _clip(s: str) -> str:
    return s if len(s) <= SENTENCE_LIMIT else s[: SENTENCE_LIMIT - 1] + "…"


def _single(console: Console, finding: Finding, paths: dict[str, str]) -> None:
    for claim in finding.claims:
        loc = claim.location
        line = Text("  ")
        line.append(f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}", style="blue")
        line.append(f"  {claim.kind.value} {claim.display}", style="bold")
        line.append(f"  {claim.surface}", style="dim")
        console.print(line)


def render_finding(report: Report, finding: Finding, *, color: bool = False, width: int = 100) -> str:
    """One finding with its full evidence (``factcheck show``): every claim with file:line:col, the
    whole sentence, the value and how it was derived, and the finding's details."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, force_terminal=color, no_color=not color, width=width, height=25, highlight=False, soft_wrap=False
    )
    paths = {a.name: str(a.path) for a in report.articles}
    articles = {a.name: a for a in report.articles}
    style = STYLES[finding.verdict]
    review = report.review_of(finding.id)
    head = Text()
    head.append(finding.verdict.value.upper(), style=style)
    if finding.verdict is Verdict.CONFLICT:
        head.append(f" {finding.severity.value}", style=style)
    if review is not None:
        head.append(" (reviewed)", style="dim")
    head.append(f"  {finding.id}  ", style="bold")
    head.append(f"{finding.kind.value}: {finding.key}")
    console.print(head)
    console.print(_indent(Text(f"{finding.explanation}"), 2))
    if review is not None:
        console.print(_indent(Text(f"reviewed ({review.status.value}): {review.note}"), 2))
    if not report.in_scope(finding):
        console.print(Text("  not involving an article changed since --since", style="dim"))
    for line in finding.details:
        console.print(_indent(Text(f"{line}", style="dim"), 2))
    for n, claim in enumerate(finding.claims, start=1):
        loc = claim.location
        console.print()
        where = Text(f"  [{n}/{len(finding.claims)}] ")
        where.append(f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}", style="blue")
        article = articles.get(loc.article)
        if article is not None:
            about = ", ".join(
                x
                for x in (
                    article.source.outlet,
                    f"via {article.source.via}" if article.source.via else None,
                    article.source.published.isoformat() if article.source.published else None,
                )
                if x
            )
            if about:
                where.append(f"  ({about})", style="dim")
        console.print(where)
        for label, value in _evidence(claim):
            line = Text(f"{label + ':':<13}")
            line.append(value, style="bold" if label == "value" else "")
            console.print(_indent(line, 6))
        console.print(_indent(Text("sentence:    ") + Text(claim.sentence, style="italic"), 6))
        for step in claim.steps:
            console.print(_indent(Text(f"step:        {step}", style="dim"), 6))
    return _rstrip(buffer.getvalue())


def _evidence(claim: Claim) -> list[tuple[str, str]]:
    rows = [("value", claim.display), ("surface", repr(claim.surface)), ("kind", f"{claim.kind.value}: {claim.key}")]
    if claim.value is not None and not claim.value.is_point:
        rows.append(("interval", str(claim.value)))
    for label, value in (
        ("unit", claim.unit),
        ("qualifier", claim.qualifier),
        ("granularity", claim.granularity),
        ("time", claim.scope_time),
        ("place", claim.scope_place),
        ("subject", claim.subject),
        ("text value", claim.text_value),
        ("chain", " < ".join(claim.chain)),
    ):
        if value:
            rows.append((label, value))
    return rows
