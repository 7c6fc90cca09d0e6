"""The terminal report, drawn with rich: conflicts first, every claim with file:line:col.

For each finding: the verdict, severity and id; the one-line explanation; then each claim as
``path:line:col``, its normalised value, the sentence with the claim highlighted, and how the value
was derived. Single-source claims are listed last, one line each.
"""

from __future__ import annotations

import io
import re
import textwrap

from factcheck.models import Claim, Finding, Report, Review, Verdict
from factcheck.report import size
from factcheck.terminal import inert

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


class _Line:
    """A line being built: pieces of text with their styles. Plain output joins the pieces; colour
    output replays them on a ``rich.text.Text`` (``Text(text, style)`` then ``append``), so that
    the thousands of lines of a large plain report never build rich objects."""

    __slots__ = ("parts", "style", "text0")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.text0, self.style = text, style
        self.parts: list[tuple[str, str] | _Line] = []

    def append(self, text: str, style: str = "") -> _Line:
        self.parts.append((text, style))
        return self

    def __add__(self, other: _Line) -> _Line:
        out = _Line(self.text0, self.style)
        out.parts = [*self.parts, other]
        return out

    @property
    def plain(self) -> str:
        """The text drawn: the pieces without control characters (``inert``)."""
        pieces = [self.text0]
        pieces += (part.plain if isinstance(part, _Line) else part[0] for part in self.parts)
        return inert("".join(pieces))

    def rich(self):  # type: ignore[no-untyped-def]
        from rich.text import Text

        text = Text(inert(self.text0), style=self.style)
        for part in self.parts:
            if isinstance(part, _Line):
                text = text + part.rich()
            else:
                text.append(inert(part[0]), style=part[1])
        return text


def render_text(
    report: Report, *, color: bool = False, width: int = 100, reviewed: frozenset[str] = frozenset()
) -> str:
    out = _Out(color, width)
    paths = {a.name: str(a.path) for a in report.articles}
    reviewed = reviewed | {r.id for r in report.reviews}
    for verdict in Verdict:
        findings = report.by_verdict(verdict)
        if not findings:
            continue
        out.print(_Line(f"{TITLES[verdict]} ({len(findings)})", style=f"{STYLES[verdict]} underline"))
        out.print()
        for finding in findings:
            if verdict is Verdict.SINGLE_SOURCE:
                _single(out, finding, paths)
            else:
                _finding(out, finding, paths, finding.id in reviewed, report.review_of(finding.id))
        if verdict is Verdict.SINGLE_SOURCE:
            out.print()
    if report.stories:
        out.print(_Line(f"Syndicated copies ({len(report.stories)})", style="underline"))
        out.print()
        for story in report.stories:
            out.print(_Line(f"{story.describe()}: one source where they agree"), 2)
        out.print()
    counts = ", ".join(f"{len(report.by_verdict(v))} {v.value}" for v in Verdict)
    out.print(
        _Line(f"{size(report)}: {counts}", style="bold"),
    )
    return out.text()


def _finding(out: _Out, finding: Finding, paths: dict[str, str], reviewed: bool, review: Review | None = None) -> None:
    style = STYLES[finding.verdict]
    head = _Line()
    head.append(finding.verdict.value.upper(), style=style)
    if finding.verdict is Verdict.CONFLICT:
        head.append(f" {finding.severity.value}", style=style)
    if reviewed:
        head.append(" (reviewed)", style="dim")
    head.append(f"  {finding.id}  ", style="bold")
    head.append(f"{finding.kind.value}: {finding.key}")
    out.print(head)
    out.print(_Line(f"{finding.explanation}"), 2)
    if review is not None:
        out.print(_Line(f"reviewed ({review.status.value}): {review.note}", style="dim"), 2)
    shown = shown_claims(finding.claims, CLAIM_LIMIT)
    for claim in shown:
        _claim(out, claim, paths)
    if len(shown) < len(finding.claims):
        more = len(finding.claims) - len(shown)
        out.print(_Line(f"… and {more} more claims: factcheck show {finding.id}", style="dim"), 2)
    for line in finding.details[:DETAIL_LIMIT]:
        out.print(_Line(f"{line}", style="dim"), 4)
    if len(finding.details) > DETAIL_LIMIT:
        out.print(_Line(f"… and {len(finding.details) - DETAIL_LIMIT} more lines", style="dim"), 4)
    out.print()


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


def _claim(out: _Out, claim: Claim, paths: dict[str, str]) -> None:
    loc = claim.location
    where = f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}"
    line = _Line(where, style="blue")
    line.append(f"  {claim.display}", style="bold")
    if claim.normalised:
        line.append(f"  (= {claim.normalised})", style="dim")
    out.print(line, 2)
    out.print(_sentence(claim), 6)


class _Out:
    """Where a report's lines go. In colour, rich draws them; plain text (files, pipes, CI logs) is
    laid out the same way by ``textwrap``, which is some 30 times faster than rich's per-line
    rendering on reports of thousands of findings."""

    def __init__(self, color: bool, width: int) -> None:
        self.width = width
        self.lines: list[str] = []
        self.buffer = io.StringIO()
        self.console = None
        if color:
            from rich.console import Console

            self.console = Console(
                file=self.buffer, force_terminal=True, width=width, height=25, highlight=False, soft_wrap=False
            )

    def print(self, text: _Line | None = None, indent: int = 0) -> None:
        """``text`` (a blank line when None), indented by ``indent`` spaces, wrapped lines too."""
        if self.console is not None:
            from rich.padding import Padding

            if text is None:
                self.console.print()
            else:
                drawn = text.rich()
                self.console.print(Padding(drawn, (0, 0, 0, indent), expand=False) if indent else drawn)
            return
        if text is None:
            self.lines.append("")
            return
        margin = " " * indent
        for line in text.plain.split("\n"):
            if indent + len(line) <= self.width:
                self.lines.append((margin + line).rstrip())
                continue
            wrapped = wrap(line, max(1, self.width - indent))
            self.lines.extend((margin + w).rstrip() for w in wrapped or [""])

    def text(self) -> str:
        """Everything printed, without trailing spaces (rich pads wrapped lines to the width)."""
        if self.console is not None:
            return "".join(line.rstrip() + "\n" for line in self.buffer.getvalue().splitlines())
        return "".join(line + "\n" for line in self.lines)


_OTHER_SPACE = re.compile(r"[^\S ]")
"""Whitespace but the plain space: textwrap splits at some and drops chunks of the others."""


def wrap(line: str, width: int) -> list[str]:
    """``line`` wrapped at ``width`` exactly as ``textwrap.wrap(line, width, expand_tabs=False,
    replace_whitespace=False, break_on_hyphens=False)`` wraps it, several times faster: each line
    ends at the last space within reach (textwrap's greedy fill). Lines that start or end with a
    space, hold other whitespace (tabs, no-break spaces) or a word longer than ``width`` go to textwrap."""
    if line[:1] == " " or line[-1:] == " " or _OTHER_SPACE.search(line):
        return _textwrap(line, width)
    lines: list[str] = []
    pos, size = 0, len(line)
    while size - pos > width:
        cut = line.rfind(" ", pos, pos + width + 1)
        if cut <= pos:  # a word longer than the width: textwrap breaks it
            return _textwrap(line, width)
        nxt = cut + 1
        while line[cut - 1] == " ":
            cut -= 1
        while line[nxt] == " ":
            nxt += 1
        lines.append(line[pos:cut])
        pos = nxt
    lines.append(line[pos:])
    return lines


def _textwrap(line: str, width: int) -> list[str]:
    return textwrap.wrap(line, width, expand_tabs=False, replace_whitespace=False, break_on_hyphens=False)


def _sentence(claim: Claim) -> _Line:
    sentence = claim.sentence
    start = sentence.find(claim.surface)
    text = _Line()
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


def _single(out: _Out, finding: Finding, paths: dict[str, str]) -> None:
    for claim in finding.claims:
        loc = claim.location
        line = _Line("  ")
        line.append(f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}", style="blue")
        line.append(f"  {claim.kind.value} {claim.display}", style="bold")
        if claim.normalised:
            line.append(f"  (= {claim.normalised})", style="dim")
        elif claim.surface != claim.display:
            line.append(f"  {claim.surface}", style="dim")
        out.print(line)


def render_finding(report: Report, finding: Finding, *, color: bool = False, width: int = 100) -> str:
    """One finding with its full evidence (``factcheck show``): every claim with file:line:col, the
    whole sentence, the value and how it was derived, and the finding's details."""
    out = _Out(color, width)
    paths = {a.name: str(a.path) for a in report.articles}
    articles = {a.name: a for a in report.articles}
    style = STYLES[finding.verdict]
    review = report.review_of(finding.id)
    head = _Line()
    head.append(finding.verdict.value.upper(), style=style)
    if finding.verdict is Verdict.CONFLICT:
        head.append(f" {finding.severity.value}", style=style)
    if review is not None:
        head.append(" (reviewed)", style="dim")
    head.append(f"  {finding.id}  ", style="bold")
    head.append(f"{finding.kind.value}: {finding.key}")
    out.print(head)
    out.print(_Line(f"{finding.explanation}"), 2)
    if review is not None:
        out.print(_Line(f"reviewed ({review.status.value}): {review.note}"), 2)
    if not report.in_scope(finding):
        out.print(_Line("  not involving an article changed since --since", style="dim"))
    for line in finding.details:
        out.print(_Line(f"{line}", style="dim"), 2)
    for n, claim in enumerate(finding.claims, start=1):
        loc = claim.location
        out.print()
        where = _Line(f"  [{n}/{len(finding.claims)}] ")
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
        out.print(where)
        for label, value in _evidence(claim):
            row = _Line(f"{label + ':':<13}")
            row.append(value, style="bold" if label == "value" else "")
            out.print(row, 6)
        out.print(_Line("sentence:    ") + _Line(claim.sentence, style="italic"), 6)
        for step in claim.steps:
            out.print(_Line(f"step:        {step}", style="dim"), 6)
    return out.text()


def _evidence(claim: Claim) -> list[tuple[str, str]]:
    rows = [("value", claim.display), ("surface", repr(claim.surface)), ("kind", f"{claim.kind.value}: {claim.key}")]
    if claim.normalised:
        rows.insert(1, ("read as", claim.normalised))
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
