"""SARIF 2.1.0: conflicts and compatible findings as results, for code-scanning tools.

Each result's ``ruleId`` names the verdict and the claim kind (``FC101`` a quantity conflict, see
``RULES``); ``locations`` holds the first claim (the first in an article changed since
``--since``, when given), ``relatedLocations`` the others, and ``partialFingerprints`` the stable
finding id, so a result keeps its identity when lines move. A reviewed finding carries an
accepted external ``suppression`` with the note as its justification. Agreements, distinct and
single-source findings are not problems and are left out. Columns count Unicode code points.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.models import Claim, ClaimKind, Finding, Report, Verdict

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "factcheckFindingId/v1"


@dataclass(frozen=True)
class Rule:
    """A kind of problem a result reports: one per verdict and claim kind."""

    id: str
    """``FC`` + the verdict's series (1 conflict, 2 compatible) + the kind's number."""
    name: str
    """``quantity-conflict``."""
    verdict: Verdict
    kind: ClaimKind | None
    """None for the catch-all rule of kinds without a number."""
    summary: str
    help: str


_KIND_NUMBERS = {
    ClaimKind.QUANTITY: 1,
    ClaimKind.DATE: 2,
    ClaimKind.PERSON_ROLE: 3,
    ClaimKind.PLACE: 4,
    ClaimKind.QUOTE: 5,
    ClaimKind.ORGANISATION: 6,
    ClaimKind.TIME: 7,
}
"""Never renumber: rule ids are how code-scanning tools recognise results across runs."""
_SERIES = {Verdict.CONFLICT: 1, Verdict.COMPATIBLE: 2}
_OTHER = 99
_KIND_WORDS = {
    ClaimKind.QUANTITY: "figures",
    ClaimKind.DATE: "dates",
    ClaimKind.PERSON_ROLE: "people's roles",
    ClaimKind.PLACE: "places",
    ClaimKind.QUOTE: "quotations",
    ClaimKind.ORGANISATION: "organisations",
    ClaimKind.TIME: "times of day",
}


def _rule(verdict: Verdict, kind: ClaimKind | None) -> Rule:
    number = _KIND_NUMBERS[kind] if kind is not None else _OTHER
    what = _KIND_WORDS.get(kind, "claims") if kind is not None else "claims"
    name = f"{kind.value if kind is not None else 'claim'}-{verdict.value}"
    if verdict is Verdict.CONFLICT:
        summary = f"Sources give {what} that cannot both be true"
        help_text = (
            f"Two or more articles state {what} about the same thing that contradict each other. "
            "Check the sentences side by side; record a known discrepancy with `factcheck review ID --note ...`."
        )
    else:
        summary = f"Sources give {what} that differ only in precision"
        help_text = (
            f"The articles' {what} overlap but one is more precise ('2023' vs 'November 2023'); "
            "fails the check only with --fail-on any."
        )
    return Rule(f"FC{_SERIES[verdict]}{number:02d}", name, verdict, kind, summary, help_text)


RULES: tuple[Rule, ...] = tuple(_rule(verdict, kind) for verdict in _SERIES for kind in (*_KIND_NUMBERS, None))
"""Every rule, in id order: FC101-FC106 and FC199 (conflicts), FC201-FC206 and FC299 (compatible)."""


def rule_for(finding: Finding) -> Rule | None:
    """The rule of a conflict or compatible finding; None for other verdicts."""
    if finding.verdict not in _SERIES:
        return None
    kind = finding.kind if finding.kind in _KIND_NUMBERS else None
    return next(r for r in RULES if r.verdict is finding.verdict and r.kind is kind)


def primary_claim(report: Report, finding: Finding) -> Claim:
    """The claim a one-location format points at: the first in a changed article, if any."""
    if report.changed:
        for claim in finding.claims:
            if claim.location.article in report.changed:
                return claim
    return finding.claims[0]


def render_sarif(report: Report) -> str:
    return json.dumps(sarif_json(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def sarif_json(report: Report) -> dict[str, Any]:
    paths = {a.name: str(a.path) for a in report.articles}
    index = {r.id: i for i, r in enumerate(RULES)}
    results = []
    for finding in report.findings:
        rule = rule_for(finding)
        if rule is None or not finding.claims:
            continue
        first = primary_claim(report, finding)
        others = [c for c in finding.claims if c is not first]
        lines = [finding.explanation]
        lines += [f"{_where(c, paths)}: {c.display} ({c.surface!r})" for c in finding.claims]
        result: dict[str, Any] = {
            "ruleId": rule.id,
            "ruleIndex": index[rule.id],
            "level": "error" if finding.verdict is Verdict.CONFLICT else "note",
            "message": {"text": "\n".join(lines)},
            "locations": [_location(first, paths)],
            "partialFingerprints": {FINGERPRINT: finding.id},
            "properties": {
                "findingId": finding.id,
                "verdict": finding.verdict.value,
                "severity": finding.severity.value,
                "kind": finding.kind.value,
                "key": finding.key,
                "inScope": report.in_scope(finding),
            },
        }
        if others:
            result["relatedLocations"] = [_location(c, paths, i) for i, c in enumerate(others, start=1)]
        review = report.review_of(finding.id)
        if review is not None:
            result["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": f"{review.status.value}: {review.note}"}
            ]
        results.append(result)
    driver = {
        "name": "factcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_rule_json(r) for r in RULES],
    }
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _rule_json(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.help},
        "help": {"text": rule.help},
        "defaultConfiguration": {"level": "error" if rule.verdict is Verdict.CONFLICT else "note"},
        "properties": {"tags": [rule.verdict.value, rule.kind.value if rule.kind else "claim"]},
    }


def _where(claim: Claim, paths: dict[str, str]) -> str:
    loc = claim.location
    return f"{paths.get(loc.article, loc.article)}:{loc.line}:{loc.column}"


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference (``corpus/a%20b.txt``); absolute paths as ``file://``."""
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return "file://" + quote(posix)
    return quote(posix)


def _location(claim: Claim, paths: dict[str, str], ident: int | None = None) -> dict[str, Any]:
    loc = claim.location
    region: dict[str, Any] = {"startLine": loc.line, "startColumn": loc.column, "snippet": {"text": claim.surface}}
    if loc.end_line or "\n" not in claim.surface:  # (in the file: past markup, HTML's or Markdown's)
        region["endLine"], region["endColumn"] = loc.end_position()
    out: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(paths.get(loc.article, loc.article))},
            "region": region,
        },
        "message": {"text": f"{claim.display}: {claim.sentence}"},
    }
    if ident is not None:
        out["id"] = ident
    return out
