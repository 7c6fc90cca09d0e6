"""The JSON report: a documented, stable schema (see README, "JSON report").

Top level: ``schema`` (``"factcheck.report/1"``), ``version``, ``summary`` (counts per verdict),
``articles``, ``problems``, ``findings``. Each finding: ``id``, ``verdict``, ``severity``, ``kind``,
``key``, ``reviewed``, ``review`` (``status``, ``note``; null when not reviewed), ``explanation``,
``details``, ``claims``. Each claim: ``article``, ``path``,
``line``, ``column``, ``start``, ``end``, ``text`` (the sentence), ``surface``, ``value`` (as
printed), ``interval`` (``low``/``high``/``low_open``/``high_open``, null bounds unbounded),
``unit``, ``key``, ``qualifier``, ``granularity``, ``scope``, ``steps``.
Keys are sorted, so the output is deterministic. Layout: one top-level key per line and one
record (article, story, finding...) per line, so that ``grep`` finds a finding with all its claims
and a diff shows which findings changed; and the records are written by ``json``'s C encoder
(indenting every nested level would take the pure-Python one, 6x slower on large reports).
"""

from __future__ import annotations

import json
from typing import Any

from factcheck import __version__
from factcheck.models import Claim, Finding, Interval, Report, Review, Verdict

SCHEMA = "factcheck.report/1"


def interval_json(value: Interval | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"low": value.low, "high": value.high, "low_open": value.low_open, "high_open": value.high_open}


def claim_json(claim: Claim, paths: dict[str, str]) -> dict[str, Any]:
    loc = claim.location
    return {
        "article": loc.article,
        "path": paths.get(loc.article, loc.article),
        "line": loc.line,
        "column": loc.column,
        "start": loc.start,
        "end": loc.end,
        "text": claim.sentence,
        "surface": claim.surface,
        "kind": claim.kind.value,
        "key": claim.key,
        "value": claim.display,
        "interval": interval_json(claim.value),
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "granularity": claim.granularity,
        "scope": {"time": claim.scope_time, "place": claim.scope_place},
        "steps": [{"source": s.source, "result": s.result, "rule": s.rule} for s in claim.steps],
    }


def finding_json(
    finding: Finding,
    paths: dict[str, str],
    review: Review | None = None,
    reviewed: bool = False,
    memo: dict[int, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """``memo``: claim_json by claim id, shared over a report's findings (a claim may be in several)."""
    memo = {} if memo is None else memo
    claims = []
    for c in finding.claims:
        data = memo.get(id(c))
        if data is None:
            data = memo[id(c)] = claim_json(c, paths)
        claims.append(data)
    return {
        "id": finding.id,
        "verdict": finding.verdict.value,
        "severity": finding.severity.value,
        "kind": finding.kind.value,
        "key": finding.key,
        "reviewed": reviewed or review is not None,
        "review": None if review is None else {"status": review.status.value, "note": review.note},
        "explanation": finding.explanation,
        "details": list(finding.details),
        "claims": claims,
    }



def report_json(report: Report) -> dict[str, Any]:
    paths = {a.name: str(a.path) for a in report.articles}
    memo: dict[int, dict[str, Any]] = {}
    summary = {v.value: len(report.by_verdict(v)) for v in Verdict}
    summary["articles"] = len(report.articles)
    summary["claims"] = len(report.claims)
    return {
        "schema": SCHEMA,
        "version": __version__,
        "summary": summary,
        "articles": [
            {
                "name": a.name,
                "path": str(a.path),
                "sha256": a.sha256,
                "outlet": a.source.outlet,
                "published": a.source.published.isoformat() if a.source.published else None,
                "url": a.source.url,
            }
            for a in report.articles
        ],
        "problems": [{"path": p.path, "message": p.message} for p in report.problems],
        "stories": [
            {"articles": list(s.articles), "similarity": round(s.similarity, 3), "identical": s.identical}
            for s in report.stories
        ],
        "findings": [finding_json(f, paths, report.review_of(f.id), memo=memo) for f in report.findings],
    }


def render_json(report: Report) -> str:
    return records_json(report_json(report))


def records_json(data: dict[str, Any]) -> str:
    """``data`` as JSON with sorted keys: each top-level key on its own line, and each item of a
    top-level list on its own line (``{\n  "key": [\n    {...},\n    {...}\n  ]\n}``)."""

    def dump(value: object) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False)

    parts = ["{\n"]
    for n, key in enumerate(sorted(data)):
        value = data[key]
        parts.append(",\n" if n else "")
        if isinstance(value, list) and value:
            parts.append(f"  {dump(key)}: [\n    ")
            parts.append(",\n    ".join(map(dump, value)))
            parts.append("\n  ]")
        else:
            parts.append(f"  {dump(key)}: {dump(value)}")
    parts.append("\n}\n")
    return "".join(parts)
