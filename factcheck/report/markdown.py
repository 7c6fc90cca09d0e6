"""Markdown, for a pull-request comment: a summary table, then a section per conflict.

Each conflict gets a heading (id, what it is about, severity, reviewed or not), its explanation,
and its claims (at most ``CLAIM_LIMIT``, every stated value among them) as ``path:line:col``
(plain text in a code span, no links), value and sentence quoted with the claim in bold; the
conflicts that fail the check come first. Compatible, agreeing and distinct findings follow as one
line each; single-source claims are folded in a ``<details>`` block. Text from the articles is
escaped so that it cannot break the comment's markup.

A GitHub comment holds 65,536 characters: the report stops adding findings before that (leaving
``MARGIN`` for a workflow's own words) and ends by saying how many it left out and where they are.
"""

from __future__ import annotations

import re

from factcheck.models import Claim, Finding, Report, Verdict
from factcheck.report import size
from factcheck.report.text import shown_claims

TITLES = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.COMPATIBLE: "Compatible (differ only in precision)",
    Verdict.AGREE: "Agreements",
    Verdict.DISTINCT: "Related but distinct",
    Verdict.SINGLE_SOURCE: "Single-source claims",
}
_SPECIAL = re.compile(r"([\\`*_\[\]<|~#])")
_BLOCK_START = re.compile(r"^(?:([>+-])|(\d+)([.)]))")


def escape(text: str) -> str:
    """Plain text safe inside Markdown: markup characters backslash-escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def escape_paragraph(text: str) -> str:
    """Escaped text that starts a line: a leading ``>``, ``-``, ``+`` or ``1.`` would open a block."""
    return _BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escape(text), count=1)


def _code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


LIMIT = 65_536
"""Characters a GitHub comment (of a pull request or an issue) holds: longer bodies are refused."""
MARGIN = 1_536
"""Left under ``LIMIT`` for what a workflow adds around the report (a heading, a marker)."""
CLAIM_LIMIT = 8
"""Claims shown per conflict (every stated value among them), and locations per one-line finding."""


def render_markdown(report: Report, *, limit: int = LIMIT - MARGIN) -> str:
    """The report, at most ``limit`` characters long: the summary, then conflicts (those that fail
    the check first), the other findings and the single-source claims while they fit; then how
    many findings were left out and where to see them all."""
    paths = {a.name: str(a.path) for a in report.articles}
    out: list[str] = []
    conflicts = report.by_verdict(Verdict.CONFLICT)
    reviewed = [f for f in conflicts if report.review_of(f.id) is not None]
    failing = report.failing("conflict")
    status = f"{len(failing)} unreviewed conflict{'s' if len(failing) != 1 else ''}" if failing else "no new conflicts"
    out.append(f"## factcheck: {status}\n")
    out.append(f"{size(report)}.\n")
    out.append("| verdict | findings | reviewed |")
    out.append("|---|---:|---:|")
    for verdict in Verdict:
        found = report.by_verdict(verdict)
        n_reviewed = sum(1 for f in found if report.review_of(f.id) is not None)
        out.append(f"| {verdict.value} | {len(found)} | {n_reviewed} |")
    out.append("")
    # the sections, each (opening, closing, one list of lines per finding), in the order they print
    sections: list[tuple[str, list[str], list[list[str]]]] = []
    if conflicts:
        failing_ids = {f.id for f in failing}
        ordered = sorted(conflicts, key=lambda f: (f.id not in failing_ids, report.review_of(f.id) is not None))
        sections.append(
            (
                f"### {TITLES[Verdict.CONFLICT]} ({len(conflicts)}, {len(reviewed)} reviewed)\n",
                [],
                [_conflict(report, finding, paths) for finding in ordered],
            )
        )
    for verdict in (Verdict.COMPATIBLE, Verdict.AGREE, Verdict.DISTINCT):
        found = report.by_verdict(verdict)
        if found:
            blocks = [[_one_line(report, finding, paths)] for finding in found]
            sections.append((f"### {TITLES[verdict]} ({len(found)})\n", [""], blocks))
    singles = report.by_verdict(Verdict.SINGLE_SOURCE)
    if singles:
        n_claims = sum(len(f.claims) for f in singles)
        sections.append(
            (
                f"<details><summary>{n_claims} single-source claims</summary>\n",
                ["\n</details>\n"],
                [[_single(claim, paths) for claim in finding.claims] for finding in singles],
            )
        )
    total = sum(len(blocks) for *_, blocks in sections)
    used = sum(len(line) + 1 for line in out)
    shown = 0
    for opening, closing, blocks in sections:
        ends = sum(len(line) + 1 for line in closing)
        taken: list[str] = []
        for block in blocks:
            cost = sum(len(line) + 1 for line in block) + (0 if taken else len(opening) + 1)
            if used + cost + ends + len(_more(total - shown)) + 2 > limit:
                break
            taken += block
            used += cost
            shown += 1
        if taken:
            out += [opening, *taken, *closing]
            used += ends
        if len(taken) < len(blocks):
            break
    if shown < total:
        out.append(_more(total - shown))
    return "\n".join(out).rstrip("\n") + "\n"


def _more(n: int) -> str:
    return (
        f"**{n} more finding{'s' if n != 1 else ''}: see the HTML or JSON report** "
        f"(`factcheck check --format html --output report.html`); a comment holds {LIMIT:,} characters."
    )


def _single(claim: Claim, paths: dict[str, str]) -> str:
    read = f" (= {escape(claim.normalised)})" if claim.normalised else ""
    said = f" — {escape(claim.surface)}" if claim.surface != claim.display else ""
    return f"- {_code(_where(claim, paths))} {escape(claim.kind.value)} **{escape(claim.display)}**{read}{said}"


def _one_line(report: Report, finding: Finding, paths: dict[str, str]) -> str:
    claims = finding.claims[:CLAIM_LIMIT]
    wheres = ", ".join(_code(_where(c, paths)) for c in claims)
    if len(finding.claims) > len(claims):
        wheres += f" and {len(finding.claims) - len(claims)} more"
    mark = " (reviewed)" if report.review_of(finding.id) is not None else ""
    return (
        f"- {_code(finding.id)}{mark} {escape(finding.kind.value)}: {escape(finding.key)}"
        f" — {escape(finding.explanation)} ({wheres})"
    )


def _conflict(report: Report, finding: Finding, paths: dict[str, str]) -> list[str]:
    review = report.review_of(finding.id)
    mark = " (reviewed)" if review is not None else ""
    scope = "" if report.in_scope(finding) else " (not changed since --since)"
    out = [
        f"#### {_code(finding.id)} {escape(finding.kind.value)}: {escape(finding.key)}"
        f" — {finding.severity.value}{mark}{scope}\n",
        escape_paragraph(finding.explanation) + "\n",
    ]
    if review is not None:
        out.append(f"Reviewed ({review.status.value}): {escape(review.note)}\n")
    shown = shown_claims(finding.claims, CLAIM_LIMIT)
    for claim in shown:
        read = f" (= {escape(claim.normalised)})" if claim.normalised else ""
        out.append(f"- {_code(_where(claim, paths))} **{escape(claim.display)}**{read}")
        out.append(f"  > {_quote(claim)}")
    if len(shown) < len(finding.claims):
        out.append(f"- … and {len(finding.claims) - len(shown)} more claims: `factcheck show {finding.id}`")
    out.append("")
    if finding.details:
        out.append("<details><summary>How the values were read and grouped</summary>\n")
        out.extend(f"- {escape(line)}" for line in finding.details)
        out.append("\n</details>\n")
    return out


def _where(claim: Claim, paths: dict[str, str]) -> str:
    loc = claim.location
    return f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}"


def _quote(claim: Claim) -> str:
    """The sentence, escaped, with the claim's words in bold."""
    sentence = claim.sentence
    at = sentence.find(claim.surface)
    if at < 0 or not claim.surface.strip():
        return escape(sentence)
    before, after = sentence[:at], sentence[at + len(claim.surface) :]
    lead = " " if before.endswith(" ") else ""
    trail = " " if after.startswith(" ") else ""
    return f"{escape(before)}{lead}**{escape(claim.surface)}**{trail}{escape(after)}".strip()
