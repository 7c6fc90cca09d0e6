"""Markdown, for a pull-request comment: a summary table, then a section per conflict.

Each conflict gets a heading (id, what it is about, severity, reviewed or not), its explanation,
and every claim as ``path:line:col`` (plain text in a code span, no links), its value and the
sentence quoted with the claim in bold. Compatible, agreeing and distinct findings follow as one
line each; single-source claims are folded in a ``<details>`` block. Text from the articles is
escaped so that it cannot break the comment's markup.
"""

from __future__ import annotations

import re

from factcheck.models import Claim, Finding, Report, Verdict
from factcheck.report import size

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


def render_markdown(report: Report) -> str:
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
    if conflicts:
        out.append(f"### {TITLES[Verdict.CONFLICT]} ({len(conflicts)}, {len(reviewed)} reviewed)\n")
        for finding in conflicts:
            out.extend(_conflict(report, finding, paths))
    for verdict in (Verdict.COMPATIBLE, Verdict.AGREE, Verdict.DISTINCT):
        found = report.by_verdict(verdict)
        if not found:
            continue
        out.append(f"### {TITLES[verdict]} ({len(found)})\n")
        for finding in found:
            wheres = ", ".join(_code(_where(c, paths)) for c in finding.claims)
            mark = " (reviewed)" if report.review_of(finding.id) is not None else ""
            out.append(
                f"- {_code(finding.id)}{mark} {escape(finding.kind.value)}: {escape(finding.key)}"
                f" — {escape(finding.explanation)} ({wheres})"
            )
        out.append("")
    singles = report.by_verdict(Verdict.SINGLE_SOURCE)
    if singles:
        out.append(f"<details><summary>{len(singles)} single-source claims</summary>\n")
        for finding in singles:
            for claim in finding.claims:
                out.append(
                    f"- {_code(_where(claim, paths))} {escape(claim.kind.value)} **{escape(claim.display)}**"
                    f" — {escape(claim.surface)}"
                )
        out.append("\n</details>\n")
    return "\n".join(out).rstrip("\n") + "\n"


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
    for claim in finding.claims:
        out.append(f"- {_code(_where(claim, paths))} **{escape(claim.display)}**")
        out.append(f"  > {_quote(claim)}")
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
