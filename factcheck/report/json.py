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
(indenting every nested level would take the pure-Python one, 6x slower on large reports), but
for claims, most of a large report, which are written field by field in the very text it writes
(``claim_json_text``, tested against it).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
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
    end_line, end_column = loc.end_position()
    return {
        "article": loc.article,
        "path": paths.get(loc.article, loc.article),
        "line": loc.line,
        "column": loc.column,
        "end_line": end_line,
        "end_column": end_column,
        "start": loc.start,
        "end": loc.end,
        "text": claim.sentence,
        "surface": claim.surface,
        "kind": claim.kind.value,
        "key": claim.key,
        "value": claim.display,
        "normalised": claim.normalised or claim.display,
        "interval": interval_json(claim.value),
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "granularity": claim.granularity,
        "scope": {"time": claim.scope_time, "place": claim.scope_place},
        "steps": [{"source": s.source, "result": s.result, "rule": s.rule} for s in claim.steps],
    }


_string = json.encoder.encode_basestring  # the C function json.dumps(ensure_ascii=False) quotes strings with


def claim_json_text(claim: Claim, paths: dict[str, str]) -> str:
    """``_dump(claim_json(claim, paths))``, written out field by field: the same text (keys in
    sorted order, json's separators, its quoting of strings and spelling of numbers; tested on
    generated claims), twice as fast. Encoding claims is most of a large JSON report."""
    try:
        return _claim_text(claim, paths)
    except TypeError:  # a field of another type than declared (never from factcheck): as data
        return _dump(claim_json(claim, paths))


def _claim_text(claim: Claim, paths: dict[str, str]) -> str:
    loc, value = claim.location, claim.value
    if value is None:
        interval = "null"
    else:
        interval = (
            f'{{"high": {_number(value.high)}, "high_open": {_number(value.high_open)}, '
            f'"low": {_number(value.low)}, "low_open": {_number(value.low_open)}}}'
        )
    steps = ", ".join(
        f'{{"result": {_string(s.result)}, "rule": {_string(s.rule)}, "source": {_string(s.source)}}}'
        for s in claim.steps
    )
    end_line, end_column = loc.end_position()
    return (
        f'{{"article": {_string(loc.article)}, "column": {_number(loc.column)}, "end": {_number(loc.end)}, '
        f'"end_column": {_number(end_column)}, "end_line": {_number(end_line)}, '
        f'"granularity": {_string(claim.granularity)}, "interval": {interval}, "key": {_string(claim.key)}, '
        f'"kind": {_string(claim.kind.value)}, "line": {_number(loc.line)}, '
        f'"normalised": {_string(claim.normalised or claim.display)}, '
        f'"path": {_string(paths.get(loc.article, loc.article))}, "qualifier": {_string(claim.qualifier)}, '
        f'"scope": {{"place": {_string(claim.scope_place)}, "time": {_string(claim.scope_time)}}}, '
        f'"start": {_number(loc.start)}, "steps": [{steps}], "surface": {_string(claim.surface)}, '
        f'"text": {_string(claim.sentence)}, "unit": {_string(claim.unit)}, "value": {_string(claim.display)}}}'
    )


def _number(x: object) -> str:
    """A number, bool or None as ``json.dumps`` spells it."""
    if type(x) is int:
        return int.__repr__(x)
    if x is False:
        return "false"
    if x is True:
        return "true"
    if type(x) is float and math.isfinite(x):
        return float.__repr__(x)
    if x is None:
        return "null"
    return _dump(x)  # inf and nan (json's Infinity and NaN), int and float subclasses


def finding_json(
    finding: Finding,
    paths: dict[str, str],
    review: Review | None = None,
    reviewed: bool = False,
) -> dict[str, Any]:
    claims = [claim_json(c, paths) for c in finding.claims]
    return {**_finding_fields(finding, review, reviewed), "claims": claims}


def _finding_fields(finding: Finding, review: Review | None, reviewed: bool) -> dict[str, Any]:
    """A finding's JSON fields but its claims."""
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
    }


def report_json(report: Report) -> dict[str, Any]:
    paths = {a.name: str(a.path) for a in report.articles}
    findings = [finding_json(f, paths, report.review_of(f.id)) for f in report.findings]
    return {**_report_fields(report), "findings": findings}


def _report_fields(report: Report) -> dict[str, Any]:
    """The report's JSON fields but its findings."""
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
    }


def json_chunks(report: Report) -> Iterator[str]:
    """``report_json`` as text in ``record_chunks``' layout, a record at a time: each claim is
    encoded once however many findings show it, and no finding is held as data longer than it
    takes to encode it."""
    paths = {a.name: str(a.path) for a in report.articles}
    encoded: dict[int, str] = {}

    def claim_text(claim: Claim) -> str:
        text = encoded.get(id(claim))
        if text is None:
            text = encoded[id(claim)] = claim_json_text(claim, paths)
        return text

    def finding_text(finding: Finding) -> str:
        fields = _dump(_finding_fields(finding, report.review_of(finding.id), False))
        claims = ", ".join(map(claim_text, finding.claims))
        # keys are sorted and "claims" sorts before every other field of a finding, so it goes first
        return f'{{"claims": [{claims}], {fields[1:]}'

    data: dict[str, Any] = _report_fields(report)
    data["findings"] = Encoded(map(finding_text, report.findings))
    return record_chunks(data)


class Encoded:
    """A top-level list whose items are already JSON text (``record_chunks`` writes them as they are)."""

    def __init__(self, items: Iterable[str]) -> None:
        self.items = items


def _dump(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def record_chunks(data: dict[str, Any]) -> Iterator[str]:
    """``data`` as JSON text with sorted keys, in pieces: each top-level key on its own line, and
    each item of a top-level list on its own line (``{\n  "key": [\n    {...},\n    {...}\n  ]\n}``)."""
    yield "{"
    for n, key in enumerate(sorted(data)):
        value = data[key]
        yield f"{',' if n else ''}\n  {_dump(key)}: "
        if isinstance(value, Encoded):
            items: Iterable[str] = value.items
        elif isinstance(value, list):
            items = map(_dump, value)
        else:
            yield _dump(value)
            continue
        first = True
        for item in items:
            yield f"{'[' if first else ','}\n    {item}"
            first = False
        yield "[]" if first else "\n  ]"
    yield "\n}\n"
