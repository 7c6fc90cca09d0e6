"""GitHub Actions workflow commands: annotations on the articles of a pull request.

One line per conflict or compatible finding, at its first claim (the first in an article changed
since ``--since``, when given), the other claims named in the message::

    ::error file=corpus/a.txt,line=21,col=17,endColumn=47,title=FC101 quantity conflict FC-1a2b3c4d::...

``::error`` for a conflict that fails the check (not reviewed, in scope); ``::warning`` for an
unreviewed conflict outside ``--since`` (it was there before); ``::notice`` for a reviewed conflict
and for compatible findings. Agreements and single-source claims are not annotated.
"""

from __future__ import annotations

from factcheck.models import Finding, Report, Verdict
from factcheck.report.sarif import primary_claim, rule_for


def render_github(report: Report) -> str:
    paths = {a.name: str(a.path) for a in report.articles}
    lines = []
    for finding in report.findings:
        rule = rule_for(finding)
        if rule is None or not finding.claims:
            continue
        command = _command(report, finding)
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
        if "\n" not in claim.surface:
            props["endColumn"] = str(loc.column + loc.end - loc.start)
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
        lines.append(f"::{command} {prop_text}::{escape_data(chr(10).join(message))}")
    return "".join(line + "\n" for line in lines)


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
