"""GitHub Actions workflow commands: annotations on the articles of a pull request.

One line per conflict or compatible finding, at its first claim (the first in an article changed
since ``--since``, when given), the other claims named in the message::

    ::error file=corpus/a.txt,line=21,col=17,endColumn=47,title=FC101 quantity conflict FC-1a2b3c4d::...

``::error`` for a conflict that fails the check (not reviewed, in scope); ``::warning`` for an
unreviewed conflict outside ``--since`` (it was there before); ``::notice`` for a reviewed conflict
and for compatible findings. Agreements and single-source claims are not annotated.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, and 50 per job
(actions/toolkit, docs/problem-matchers.md, "Limitations"); those printed beyond are dropped
silently, in the order printed. So the most severe come first (errors, then warnings, then
notices; each by severity), at most ``PER_LEVEL`` of each are annotations, one notice is kept for
a summary line (how many findings of each level there are, how many were annotated), and the
findings past the limits are listed as plain lines in a folded log group, one line each.
"""

from __future__ import annotations

from factcheck.models import Finding, Report, Severity, Verdict
from factcheck.report import size
from factcheck.report.sarif import primary_claim, rule_for
from factcheck.terminal import one_line

PER_LEVEL = 10
"""Annotations of one level GitHub shows per step."""
LEVELS = ("error", "warning", "notice")
_SEVERITY = {s: n for n, s in enumerate(Severity)}


def render_github(report: Report) -> str:
    paths = {a.name: str(a.path) for a in report.articles}
    by_level: dict[str, list[Finding]] = {level: [] for level in LEVELS}
    for finding in report.findings:
        if rule_for(finding) is not None and finding.claims:
            by_level[_command(report, finding)].append(finding)
    for level in LEVELS:  # the most severe first; reviewed conflicts before compatible findings
        by_level[level].sort(key=lambda f: (f.verdict is not Verdict.CONFLICT, _SEVERITY[f.severity]))
    room = {"error": PER_LEVEL, "warning": PER_LEVEL, "notice": PER_LEVEL - 1}  # a notice for the summary
    lines = []
    rest: list[tuple[str, Finding]] = []
    for level in LEVELS:
        for n, finding in enumerate(by_level[level]):
            if n < room[level]:
                lines.append(_annotation(report, finding, level, paths))
            else:
                rest.append((level, finding))
    shown = {level: min(len(by_level[level]), room[level]) for level in LEVELS}
    counts = ", ".join(
        f"{len(by_level[level])} {level}{'s' if len(by_level[level]) != 1 else ''}"
        + (f" ({shown[level]} annotated)" if shown[level] < len(by_level[level]) else "")
        for level in LEVELS
    )
    summary = f"factcheck: {size(report)}: {counts}"
    if rest:
        summary += f"; GitHub shows {PER_LEVEL} annotations of each level: the other {len(rest)} are in the log"
        lines.append(f"::group::{escape_data(f'{len(rest)} findings not annotated')}")
        for level, finding in rest:
            lines.append("  " + one_line(_plain(report, finding, level, paths)))
        lines.append("::endgroup::")
    lines.append(f"::notice title=factcheck summary::{escape_data(summary)}")
    return "".join(line + "\n" for line in lines)


def _annotation(report: Report, finding: Finding, command: str, paths: dict[str, str]) -> str:
    rule = rule_for(finding)
    assert rule is not None
    claim = primary_claim(report, finding)
    loc = claim.location
    title = f"{rule.id} {finding.kind.value} {finding.verdict.value} {finding.id}"
    review = report.review_of(finding.id)
    if review is not None:
        title += " (reviewed)"
    props = {
        "file": paths.get(loc.article, loc.article),
        "line": str(loc.line),
        "col": str(loc.column),
    }
    if loc.end_line or "\n" not in claim.surface:  # (in the file: past markup, HTML's or Markdown's)
        end_line, end_column = loc.end_position()
        if end_line != loc.line:
            props["endLine"] = str(end_line)
        props["endColumn"] = str(end_column)
    props["title"] = title
    message = [finding.explanation]
    if review is not None:
        message.append(f"reviewed ({review.status.value}): {review.note}")
    elif command == "warning":
        message.append("not introduced by this change: no article it involves changed since --since")
    for c in finding.claims:
        where = f"{paths.get(c.location.article, c.location.article)}:{c.location.line}:{c.location.column}"
        message.append(f"{where}  {c.display}  {c.sentence}")
    prop_text = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{command} {prop_text}::{escape_data(chr(10).join(message))}"


def _plain(report: Report, finding: Finding, level: str, paths: dict[str, str]) -> str:
    """A finding past the annotation limits, on one line of the log: where, level, rule, id, why."""
    rule = rule_for(finding)
    assert rule is not None
    loc = primary_claim(report, finding).location
    where = f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}"
    reviewed = " (reviewed)" if report.review_of(finding.id) is not None else ""
    return f"{where}: {level}: {rule.id} {finding.id}{reviewed} {finding.kind.value}: {finding.explanation}"


def _command(report: Report, finding: Finding) -> str:
    if finding.verdict is not Verdict.CONFLICT or report.review_of(finding.id) is not None:
        return "notice"
    return "error" if report.in_scope(finding) else "warning"


def escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: as data, and ``:`` and ``,`` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")
