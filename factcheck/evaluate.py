"""Scoring a report against a hand-made gold file (``factcheck evaluate GOLD.toml``).

The gold file (see ``docs/gold-format.md``) lists, per corpus, the cross-article findings a perfect
checker reaches (``[[finding]]``), claims found in one article only that it should still extract
(``[[single]]``) and text it must not turn into claims (``[[junk]]``). Gold claims are named by an
``anchor``: an exact substring of the article.

Scoring rules (``evaluate``), exactly:

* Anchor -> span: the anchor's first occurrence in the article text (the text that the claims'
  ``Location.start``/``end`` offsets index into). A tool claim *matches* a gold claim when it is in
  the same article and its span [start, end) overlaps the anchor's span (an empty span counts as its
  one position). Claim kinds are not compared.
* A tool finding *covers* a gold finding when its claims match gold claims of at least two different
  articles of that gold finding.
* A gold finding of verdict V is ``found`` when a tool finding of verdict V covers it. Otherwise it
  is ``wrong-verdict`` when a tool finding of another verdict covers it (that finding is reported),
  else ``missed``. ``either`` gold findings are not scored.
* Per verdict V in (conflict, agree, compatible, distinct): recall = found gold findings of V / gold
  findings of V. Each tool finding of V is *correct* when it covers a gold finding of V. Otherwise it
  is *ignored* (neither right nor wrong) when it covers no scored gold finding and either covers an
  ``either`` gold finding or matches only claims of ``either`` gold findings; otherwise it is
  *wrong* - including a tool finding that matches no gold claim at all (the gold lists everything a
  perfect checker finds). Precision = correct / (correct + wrong). F1 = 2PR / (P + R), 0 when
  P + R = 0. A ratio whose denominator is 0 is ``None`` (JSON ``null``), never 0 or 1. Tool findings
  of verdict single-source are never scored.
* A *false alarm* is a tool conflict that covers a gold agree, compatible or distinct finding and
  sets two of its claims against each other: its claims matching that gold finding carry two or
  more values (a conflict "80 vs 70" listing both reports of 80 does not contradict their agreement).
* ``single_recall``: share of ``[[single]]`` anchors overlapped by at least one tool claim (any
  kind) of that article.
* ``junk``: number of tool claims overlapping any ``[[junk]]`` anchor (each claim counted once: a
  name read again at judging as another kind, ``judge_mentions.one_kind_per_name``, is one claim).

``load_gold`` is the only function doing I/O; everything else is pure.
"""

from __future__ import annotations

import io
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.models import Claim, ClaimKind, Finding, Report, Verdict

EITHER = "either"
GOLD_VERDICTS = ("conflict", "agree", "compatible", "distinct", EITHER)
SCORED_VERDICTS = (Verdict.CONFLICT, Verdict.AGREE, Verdict.COMPATIBLE, Verdict.DISTINCT)
"""The verdicts scored, in the order reports list them."""

FOUND = "found"
MISSED = "missed"
WRONG_VERDICT = "wrong-verdict"
UNSCORED = "unscored"

NOT_EXTRACTED = "not-extracted"
"""Lost at extraction: fewer than two of the gold finding's articles have a claim on its anchors."""
NOT_GROUPED = "not-grouped"
"""Lost at matching: claims were extracted in two or more of its articles, but no finding covers it."""
LOSSES = (WRONG_VERDICT, NOT_GROUPED, NOT_EXTRACTED)
"""Where a gold finding that was not found was lost, from the last stage back to the first."""

CORRECT = "correct"
WRONG = "wrong"
IGNORED = "ignored"

_TOP_KEYS = frozenset({"corpus", "finding", "single", "junk"})
_CORPUS_KEYS = frozenset({"path"})
_FINDING_KEYS = frozenset({"id", "kind", "about", "verdict", "note", "claims"})
_CLAIM_KEYS = frozenset({"article", "anchor", "value"})
_ANCHORS_KEYS = frozenset({"article", "anchors"})


# --------------------------------------------------------------------------------------------------
# The gold file


@dataclass(frozen=True)
class GoldClaim:
    """One claim of a gold finding: an article and an exact substring of it."""

    article: str
    """The article's name: its path relative to the corpus folder."""
    anchor: str
    """An exact substring of the article; its first occurrence is the claim's span."""
    value: str = ""
    """The normalised value, for the reader only (not scored)."""


@dataclass(frozen=True)
class GoldFinding:
    """Claims of several articles a perfect checker groups, and the verdict it reaches."""

    id: str
    kind: str
    """A ``ClaimKind`` value; for the reader only (not scored)."""
    verdict: str
    """conflict, agree, compatible, distinct or either (not scored)."""
    claims: tuple[GoldClaim, ...]
    about: str = ""
    note: str = ""

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(sorted({c.article for c in self.claims}))


@dataclass(frozen=True)
class GoldAnchors:
    """A ``[[single]]`` or ``[[junk]]`` entry: anchors in one article."""

    article: str
    anchors: tuple[str, ...]


@dataclass(frozen=True)
class Gold:
    """A parsed, validated gold file."""

    path: Path
    """The gold file."""
    corpus: Path
    """The corpus folder (or file) the gold describes, resolved."""
    findings: tuple[GoldFinding, ...]
    singles: tuple[GoldAnchors, ...] = ()
    junk: tuple[GoldAnchors, ...] = ()


class _Invalid(Exception):
    """A validation error before the file name and line are added."""

    def __init__(self, message: str, section: tuple[str, int] | None = None, needle: str | None = None) -> None:
        super().__init__(message)
        self.section = section
        self.needle = needle


def load_gold(path: Path, corpus: Path | None = None) -> Gold:
    """Read and validate a gold file; ``corpus`` overrides its ``[corpus] path``.

    Every anchor is checked against its article, read the way ``factcheck.load`` reads it. Raises
    FactcheckError with a one-line message naming the file (and line when known).
    """
    from factcheck.load import load_paths

    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise FactcheckError(f"{path}: no such gold file") from None
    except IsADirectoryError:
        raise FactcheckError(f"{path}: is a folder, not a gold file") from None
    except OSError as e:
        raise FactcheckError(f"{path}: cannot read gold file ({e.strerror or e})") from None
    except UnicodeDecodeError as e:
        raise FactcheckError(f"{path}: gold file is not valid UTF-8 (byte {e.start})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        raise FactcheckError(f"{path}: malformed TOML: {e}") from None

    try:
        findings, singles, junk = _parse(data)
        corpus_path = _corpus_path(path, data, corpus)
    except _Invalid as e:
        raise FactcheckError(_located(path, raw, e)) from None

    loaded = load_paths([corpus_path])
    texts = {a.name: a.text for a in loaded.articles}
    problems = {p.path: p.message for p in loaded.problems}
    try:
        _validate_anchors(findings, singles, junk, texts, problems, corpus_path)
    except _Invalid as e:
        raise FactcheckError(_located(path, raw, e)) from None
    return Gold(path=path, corpus=corpus_path, findings=findings, singles=singles, junk=junk)


def _parse(data: dict[str, Any]) -> tuple[tuple[GoldFinding, ...], tuple[GoldAnchors, ...], tuple[GoldAnchors, ...]]:
    _no_unknown(data, _TOP_KEYS, "top level", None)
    findings: list[GoldFinding] = []
    seen: set[str] = set()
    for i, table in enumerate(_array_of_tables(data, "finding")):
        section = ("finding", i)
        _no_unknown(table, _FINDING_KEYS, f"[[finding]] #{i + 1}", section)
        fid = _string(table, "id", f"[[finding]] #{i + 1}", section)
        where = f"finding {fid!r}"
        if fid in seen:
            raise _Invalid(f"{where}: duplicate id", section, fid)
        seen.add(fid)
        kind = _string(table, "kind", where, section)
        kinds = [k.value for k in ClaimKind]
        if kind not in kinds:
            raise _Invalid(f"{where}: unknown kind {kind!r} (expected one of {', '.join(kinds)})", section, "kind")
        verdict = _string(table, "verdict", where, section)
        if verdict not in GOLD_VERDICTS:
            raise _Invalid(
                f"{where}: unknown verdict {verdict!r} (expected one of {', '.join(GOLD_VERDICTS)})", section, "verdict"
            )
        about = _string(table, "about", where, section, required=False)
        note = _string(table, "note", where, section, required=False)
        raw_claims = table.get("claims")
        if not isinstance(raw_claims, list) or not raw_claims:
            problem = "missing" if raw_claims is None else "not a non-empty array"
            raise _Invalid(f"{where}: 'claims' is {problem}", section, "claims")
        claims: list[GoldClaim] = []
        for j, item in enumerate(raw_claims):
            cwhere = f"{where}, claim #{j + 1}"
            if not isinstance(item, dict):
                raise _Invalid(f"{cwhere}: not a table {{ article = ..., anchor = ... }}", section, "claims")
            _no_unknown(item, _CLAIM_KEYS, cwhere, section)
            article = _article(item, cwhere, section)
            anchor = _string(item, "anchor", cwhere, section)
            if not anchor:
                raise _Invalid(f"{cwhere}: 'anchor' is empty", section, "anchor")
            value = item.get("value", "")
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                raise _Invalid(f"{cwhere}: 'value' must be a string, got {_type(value)}", section, "value")
            claims.append(GoldClaim(article=article, anchor=anchor, value=str(value)))
        if len({c.article for c in claims}) < 2:
            raise _Invalid(f"{where}: claims must come from at least two different articles", section, "claims")
        findings.append(GoldFinding(fid, kind, verdict, tuple(claims), about, note))
    singles = _anchor_lists(data, "single")
    junk = _anchor_lists(data, "junk")
    return tuple(findings), singles, junk


def _anchor_lists(data: dict[str, Any], name: str) -> tuple[GoldAnchors, ...]:
    out: list[GoldAnchors] = []
    for i, table in enumerate(_array_of_tables(data, name)):
        section = (name, i)
        where = f"[[{name}]] #{i + 1}"
        _no_unknown(table, _ANCHORS_KEYS, where, section)
        article = _article(table, where, section)
        anchors = table.get("anchors")
        if anchors is None:
            raise _Invalid(f"{where}: missing 'anchors'", section)
        if not isinstance(anchors, list) or not all(isinstance(a, str) for a in anchors):
            raise _Invalid(f"{where}: 'anchors' must be an array of strings", section, "anchors")
        if any(not a for a in anchors):
            raise _Invalid(f"{where}: empty anchor", section, "anchors")
        out.append(GoldAnchors(article=article, anchors=tuple(anchors)))
    return tuple(out)


def _array_of_tables(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        raise _Invalid(f"'{name}' must be an array of tables ([[{name}]])", None, name)
    return value


def _no_unknown(table: dict[str, Any], allowed: frozenset[str], where: str, section: tuple[str, int] | None) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise _Invalid(
            f"{where}: unknown key {unknown[0]!r} (expected {', '.join(sorted(allowed))})", section, unknown[0]
        )


def _string(table: dict[str, Any], key: str, where: str, section: tuple[str, int] | None, required: bool = True) -> str:
    if key not in table:
        if required:
            raise _Invalid(f"{where}: missing '{key}'", section)
        return ""
    value = table[key]
    if not isinstance(value, str):
        raise _Invalid(f"{where}: '{key}' must be a string, got {_type(value)}", section, key)
    return value


def _article(table: dict[str, Any], where: str, section: tuple[str, int] | None) -> str:
    article = _string(table, "article", where, section).strip()
    if not article:
        raise _Invalid(f"{where}: 'article' is empty", section, "article")
    return article.removeprefix("./")


def _type(value: object) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", list: "an array", dict: "a table"}.get(
        type(value), type(value).__name__
    )


def _corpus_path(gold_path: Path, data: dict[str, Any], override: Path | None) -> Path:
    here = gold_path.parent
    table = data.get("corpus", {})
    if not isinstance(table, dict):
        raise _Invalid("'corpus' must be a table ([corpus] with path = ...)", None, "corpus")
    _no_unknown(table, _CORPUS_KEYS, "[corpus]", None)
    value = table.get("path")
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise _Invalid("[corpus]: 'path' must be a non-empty string", None, "path")
    if override is not None:
        override = Path(override)
        if not override.exists():
            raise _Invalid(f"corpus {override}: no such file or folder")
        return override
    if value is None:
        return here
    given = Path(value)
    candidates = [given] if given.is_absolute() else [here / given, Path.cwd() / given, here.parent / given]
    for candidate in candidates:
        if candidate.exists():
            return Path(os.path.normpath(candidate))
    tried = ", ".join(str(c) for c in dict.fromkeys(candidates))
    raise _Invalid(f"[corpus] path {value!r} not found (tried {tried})", None, "path")


def _validate_anchors(
    findings: tuple[GoldFinding, ...],
    singles: tuple[GoldAnchors, ...],
    junk: tuple[GoldAnchors, ...],
    texts: Mapping[str, str],
    problems: Mapping[str, str],
    corpus: Path,
) -> None:
    def check(article: str, anchor: str, where: str, section: tuple[str, int]) -> None:
        if article not in texts:
            detail = next((m for p, m in problems.items() if Path(p).as_posix().endswith(article)), None)
            why = f" ({detail})" if detail else ""
            raise _Invalid(f"{where}: article {article!r} not found in corpus {corpus}{why}", section, article)
        if anchor not in texts[article]:
            raise _Invalid(f"{where}: anchor {anchor!r} is not an exact substring of {article}", section, anchor)

    for i, finding in enumerate(findings):
        for claim in finding.claims:
            check(claim.article, claim.anchor, f"finding {finding.id!r}", ("finding", i))
    for name, entries in (("single", singles), ("junk", junk)):
        for i, entry in enumerate(entries):
            for anchor in entry.anchors:
                check(entry.article, anchor, f"[[{name}]] #{i + 1}", (name, i))


def _located(path: Path, raw: str, error: _Invalid) -> str:
    line = _line_of(raw, error.section, error.needle)
    return f"{path}:{line}: {error}" if line else f"{path}: {error}"


def _line_of(raw: str, section: tuple[str, int] | None, needle: str | None) -> int | None:
    """Best effort: the line of ``needle`` inside the section's i-th ``[[name]]`` header."""
    start = 0
    if section is not None:
        name, index = section
        headers = list(re.finditer(rf"^[ \t]*\[\[[ \t]*{re.escape(name)}[ \t]*\]\]", raw, re.MULTILINE))
        if index >= len(headers):
            return None
        start = headers[index].start()
        end = headers[index + 1].start() if index + 1 < len(headers) else len(raw)
        # the section may end at another kind of table header
        other = re.compile(r"^[ \t]*\[", re.MULTILINE).search(raw, headers[index].end())
        if other is not None:
            end = min(end, other.start())
    else:
        end = len(raw)
    if needle is not None:
        for candidate in (f'"{needle}"', f"'{needle}'", needle):
            at = raw.find(candidate, start, end)
            if at >= 0:
                return raw.count("\n", 0, at) + 1
    return raw.count("\n", 0, start) + 1 if section is not None else None


# --------------------------------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 for one verdict; ratios are None when their denominator is 0."""

    verdict: Verdict
    correct: int
    """Tool findings of the verdict that cover a gold finding of the verdict (precision numerator)."""
    tool: int
    """Tool findings of the verdict that are scored: correct + wrong (precision denominator)."""
    ignored: int
    """Tool findings of the verdict left out of precision (they only touch ``either`` findings)."""
    found: int
    """Gold findings of the verdict found (recall numerator)."""
    gold: int
    """Gold findings of the verdict (recall denominator)."""

    @property
    def precision(self) -> float | None:
        return self.correct / self.tool if self.tool else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class GoldResult:
    """What became of one gold finding."""

    gold: GoldFinding
    status: str
    """found, missed or wrong-verdict; ``unscored`` for ``either`` findings."""
    tool: Finding | None
    """The tool finding that covers it (the one with the gold verdict when found), if any."""
    lost: str = ""
    """Where a scored finding that was not found was lost: wrong-verdict, not-grouped or
    not-extracted; empty when found or unscored."""
    unextracted: tuple[GoldClaim, ...] = ()
    """Its gold claims that no tool claim overlaps."""


@dataclass(frozen=True)
class ToolResult:
    """How one tool finding of a scored verdict counted for precision."""

    finding: Finding
    outcome: str
    """correct, wrong or ignored."""
    covers: tuple[str, ...]
    """Ids of the gold findings it covers (claims of >= 2 of their articles)."""


@dataclass(frozen=True)
class FalseAlarm:
    """A tool conflict covering gold findings that are agree, compatible or distinct."""

    finding: Finding
    gold: tuple[str, ...]


@dataclass(frozen=True)
class AnchorHit:
    """A tool claim overlapping a ``[[junk]]`` anchor."""

    claim: Claim
    anchor: str


@dataclass(frozen=True)
class KindRecall:
    """How many gold claims of one kind the checker extracted (any tool claim overlapping the anchor)."""

    kind: str
    extracted: int
    total: int

    @property
    def recall(self) -> float | None:
        return self.extracted / self.total if self.total else None


@dataclass(frozen=True)
class Evaluation:
    """The scores of one report against one gold file."""

    scores: tuple[Score, ...]
    """One per scored verdict: conflict, agree, compatible, distinct."""
    results: tuple[GoldResult, ...]
    """One per gold finding, in gold order (``either`` findings have status ``unscored``)."""
    tool_results: tuple[ToolResult, ...]
    """One per tool finding of a scored verdict, in report order."""
    false_alarms: tuple[FalseAlarm, ...]
    single_found: int
    single_total: int
    single_missed: tuple[tuple[str, str], ...]
    """(article, anchor) of the ``[[single]]`` anchors no tool claim overlaps."""
    junk_claims: tuple[AnchorHit, ...]
    gold_path: str = ""
    corpus: str = ""
    extraction: tuple[KindRecall, ...] = ()
    """Per claim kind (gold order of kinds), the gold claims of findings that were extracted; each
    distinct (kind, article, anchor) counts once."""

    def score(self, verdict: Verdict) -> Score:
        return next(s for s in self.scores if s.verdict is verdict)

    @property
    def single_recall(self) -> float | None:
        return self.single_found / self.single_total if self.single_total else None

    @property
    def junk(self) -> int:
        return len(self.junk_claims)

    @property
    def false_alarm_count(self) -> int:
        return len(self.false_alarms)


def texts_of(report: Report) -> dict[str, str]:
    """The article texts of a report, by name: what ``evaluate`` needs as ``texts``."""
    return {a.name: a.text for a in report.articles}


def _overlaps(start: int, end: int, a_start: int, a_end: int) -> bool:
    return start < a_end and a_start < max(end, start + 1)


def _span(texts: Mapping[str, str], article: str, anchor: str) -> tuple[int, int]:
    if article not in texts:
        raise FactcheckError(f"gold article {article!r} is not among the checked articles")
    at = texts[article].find(anchor)
    if at < 0:
        raise FactcheckError(f"gold anchor {anchor!r} is not an exact substring of {article}")
    return at, at + len(anchor)


def _all_claims(report: Report) -> list[Claim]:
    seen: dict[str, Claim] = {}
    for claim in report.claims:
        seen.setdefault(claim.id, claim)
    for finding in report.findings:
        for claim in finding.claims:
            seen.setdefault(claim.id, claim)
    return list(seen.values())


NUMERIC_KIND_NAMES = frozenset({"quantity", "date", "time"})
"""Kinds of figures. A conflict is a false alarm against a gold finding of agreement only for two
values of its claims of the gold finding's family: figures (any of these kinds: a clock time may be
annotated as a date) or names, places and quotes (any other kind)."""


def evaluate(report: Report, gold: Gold, texts: Mapping[str, str]) -> Evaluation:
    """Score ``report`` against ``gold``; ``texts`` maps article names to the texts claims index into."""
    # gold claims by article: (finding index, start, end)
    by_article: dict[str, list[tuple[int, int, int]]] = {}
    for gi, g in enumerate(gold.findings):
        for c in g.claims:
            start, end = _span(texts, c.article, c.anchor)
            by_article.setdefault(c.article, []).append((gi, start, end))

    numeric = [g.kind in NUMERIC_KIND_NAMES for g in gold.findings]

    def coverage(finding: Finding) -> dict[int, set[str]]:
        """Gold finding index -> articles of it whose gold claims the tool finding matches."""
        out: dict[int, set[str]] = {}
        for claim in finding.claims:
            loc = claim.location
            for gi, start, end in by_article.get(loc.article, ()):
                if _overlaps(loc.start, loc.end, start, end):
                    out.setdefault(gi, set()).add(loc.article)
        return out

    def _values_over(finding: Finding, gi: int) -> set[object]:
        """The values of the finding's claims that match a gold claim of gold finding ``gi`` (a claim
        without a value counts as one of its own), of the gold finding's family of kinds
        (``NUMERIC_KIND_NAMES``): an age inside the anchor of an agreed name ("a 43-year-old man, Tom
        Reed") is no second value of the name."""
        return {
            (claim.value, claim.text_value) if claim.value is not None or claim.text_value else claim.id
            for claim in finding.claims
            for g, start, end in by_article.get(claim.location.article, ())
            if g == gi
            and numeric[gi] == (claim.kind.value in NUMERIC_KIND_NAMES)
            and _overlaps(claim.location.start, claim.location.end, start, end)
        }

    tool = [f for f in report.findings if f.verdict is not Verdict.SINGLE_SOURCE]
    covered: list[dict[int, set[str]]] = [coverage(f) for f in tool]

    claims = _all_claims(report)
    claims_by_article: dict[str, list[Claim]] = {}
    for claim in claims:
        claims_by_article.setdefault(claim.location.article, []).append(claim)

    def extracted(article: str, anchor: str) -> bool:
        start, end = _span(texts, article, anchor)
        near = claims_by_article.get(article, ())
        return any(_overlaps(c.location.start, c.location.end, start, end) for c in near)

    def covers(ti: int, gi: int) -> bool:
        return len(covered[ti].get(gi, ())) >= 2

    def count(ti: int, gi: int) -> int:
        return len(covered[ti].get(gi, ()))

    # gold side: recall
    results: list[GoldResult] = []
    for gi, g in enumerate(gold.findings):
        covering = [ti for ti in range(len(tool)) if covers(ti, gi)]
        same = [ti for ti in covering if tool[ti].verdict.value == g.verdict]
        if g.verdict == EITHER:
            status, pick = UNSCORED, same or covering
        elif same:
            status, pick = FOUND, same
        elif covering:
            status, pick = WRONG_VERDICT, covering
        else:
            status, pick = MISSED, []
        best = max(pick, key=lambda ti: (count(ti, gi), -ti)) if pick else None
        unextracted = tuple(c for c in g.claims if not extracted(c.article, c.anchor))
        lost = ""
        if status == WRONG_VERDICT:
            lost = WRONG_VERDICT
        elif status == MISSED:
            reached = {c.article for c in g.claims} - {c.article for c in unextracted}
            lost = NOT_GROUPED if len(reached) >= 2 else NOT_EXTRACTED
        results.append(GoldResult(g, status, tool[best] if best is not None else None, lost, unextracted))

    # tool side: precision and false alarms
    tool_results: list[ToolResult] = []
    false_alarms: list[FalseAlarm] = []
    for ti, finding in enumerate(tool):
        cover_ids = [gi for gi in range(len(gold.findings)) if covers(ti, gi)]
        verdicts = {gold.findings[gi].verdict for gi in cover_ids}
        touched = {gold.findings[gi].verdict for gi in covered[ti]}
        ids = tuple(gold.findings[gi].id for gi in cover_ids)
        if finding.verdict in SCORED_VERDICTS:
            if finding.verdict.value in verdicts:
                outcome = CORRECT
            elif not verdicts - {EITHER} and (EITHER in verdicts or touched == {EITHER}):
                outcome = IGNORED
            else:
                outcome = WRONG
            tool_results.append(ToolResult(finding, outcome, ids))
        if finding.verdict is Verdict.CONFLICT:
            alarm = tuple(
                gold.findings[gi].id
                for gi in cover_ids
                if gold.findings[gi].verdict in ("agree", "compatible", "distinct")
                and len(_values_over(finding, gi)) >= 2
            )
            if alarm:
                false_alarms.append(FalseAlarm(finding, alarm))

    scores = []
    for verdict in SCORED_VERDICTS:
        mine = [r for r in tool_results if r.finding.verdict is verdict]
        golds = [r for r in results if r.gold.verdict == verdict.value]
        scores.append(
            Score(
                verdict=verdict,
                correct=sum(r.outcome == CORRECT for r in mine),
                tool=sum(r.outcome != IGNORED for r in mine),
                ignored=sum(r.outcome == IGNORED for r in mine),
                found=sum(r.status == FOUND for r in golds),
                gold=len(golds),
            )
        )

    # extraction recall per kind
    kinds: dict[str, dict[tuple[str, str], bool]] = {}
    for r in results:
        seen = kinds.setdefault(r.gold.kind, {})
        missing = {(c.article, c.anchor) for c in r.unextracted}
        for c in r.gold.claims:
            seen[(c.article, c.anchor)] = (c.article, c.anchor) not in missing
    extraction = tuple(KindRecall(k, sum(v.values()), len(v)) for k, v in kinds.items())

    # single recall and junk
    single_total = 0
    missed: list[tuple[str, str]] = []
    for entry in gold.singles:
        for anchor in entry.anchors:
            single_total += 1
            if not extracted(entry.article, anchor):
                missed.append((entry.article, anchor))
    junk_spans: dict[str, list[tuple[str, int, int]]] = {}
    for entry in gold.junk:
        for anchor in entry.anchors:
            start, end = _span(texts, entry.article, anchor)
            junk_spans.setdefault(entry.article, []).append((anchor, start, end))
    junk: list[AnchorHit] = []
    counted: set[tuple[str, int, int]] = set()  # a name reread at judging as another kind is one claim
    for claim in claims:
        loc = claim.location
        if (loc.article, loc.start, loc.end) in counted:
            continue
        hit = next(
            (a for a, s, e in junk_spans.get(loc.article, ()) if _overlaps(loc.start, loc.end, s, e)),
            None,
        )
        if hit is not None:
            junk.append(AnchorHit(claim, hit))
            counted.add((loc.article, loc.start, loc.end))

    return Evaluation(
        scores=tuple(scores),
        results=tuple(results),
        tool_results=tuple(tool_results),
        false_alarms=tuple(false_alarms),
        single_found=single_total - len(missed),
        single_total=single_total,
        single_missed=tuple(missed),
        junk_claims=tuple(junk),
        gold_path=str(gold.path),
        corpus=str(gold.corpus),
        extraction=extraction,
    )


# --------------------------------------------------------------------------------------------------
# Rendering


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _tool_line(finding: Finding | None) -> str:
    if finding is None:
        return "-"
    return f"{finding.id} {finding.verdict.value}: {finding.explanation}"


def render_evaluation_text(ev: Evaluation) -> str:
    """The evaluation as plain text: a score table, summary lines, then one line per gold finding."""
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, width=100, force_terminal=False, no_color=True, highlight=False, markup=False)
    table = Table(title="Scores", title_justify="left")
    table.add_column("verdict")
    for name in ("precision", "recall", "F1", "correct/tool", "found/gold", "ignored"):
        table.add_column(name, justify="right")
    for s in ev.scores:
        table.add_row(
            s.verdict.value,
            _fmt(s.precision),
            _fmt(s.recall),
            _fmt(s.f1),
            f"{s.correct}/{s.tool}",
            f"{s.found}/{s.gold}",
            str(s.ignored),
        )
    console.print(table)
    console.print(f"single recall: {_fmt(ev.single_recall)} ({ev.single_found}/{ev.single_total})")
    for article, anchor in ev.single_missed:
        console.print(f"  missed single: {article}: {anchor!r}")
    console.print(f"junk: {ev.junk}")
    for hit in ev.junk_claims:
        loc = hit.claim.location
        console.print(f"  junk claim: {loc.article}:{loc.line}:{loc.column} {hit.claim.surface!r} (in {hit.anchor!r})")
    console.print(f"false alarms: {ev.false_alarm_count}")
    for alarm in ev.false_alarms:
        console.print(f"  false alarm: {alarm.finding.id} (gold {', '.join(alarm.gold)}): {alarm.finding.explanation}")
    console.print(_extraction_line(ev.extraction))
    console.print()
    findings = Table(title="Gold findings", title_justify="left")
    for name in ("id", "gold", "status", "tool finding"):
        findings.add_column(name, overflow="fold")
    for r in ev.results:
        status = f"{r.status}: {r.lost}" if r.status == MISSED else r.status
        findings.add_row(r.gold.id, r.gold.verdict, status, _tool_line(r.tool))
    console.print(findings)
    for r in ev.results:
        if r.lost == NOT_EXTRACTED:
            for c in r.unextracted:
                console.print(f"not extracted: {r.gold.id}: {c.article}: {c.anchor!r}")
    return buffer.getvalue()


def _extraction_line(extraction: Sequence[KindRecall]) -> str:
    extracted, total = sum(k.extracted for k in extraction), sum(k.total for k in extraction)
    parts = [f"{k.kind} {_fmt(k.recall)} ({k.extracted}/{k.total})" for k in extraction]
    overall = f"{_fmt(extracted / total if total else None)} ({extracted}/{total})"
    return f"claims extracted: {overall}" + (f"; {', '.join(parts)}" if parts else "")


def _tool_json(finding: Finding | None) -> dict[str, str] | None:
    if finding is None:
        return None
    return {"id": finding.id, "verdict": finding.verdict.value, "explanation": finding.explanation}


def evaluation_json(ev: Evaluation) -> dict[str, Any]:
    """The evaluation as JSON-ready data; ratios with a zero denominator are None (null)."""
    return {
        "gold": ev.gold_path,
        "corpus": ev.corpus,
        "scores": _scores_json(ev.scores),
        "single_recall": ev.single_recall,
        "single": {
            "found": ev.single_found,
            "total": ev.single_total,
            "missed": [{"article": a, "anchor": x} for a, x in ev.single_missed],
        },
        "junk": ev.junk,
        "junk_claims": [
            {
                "id": h.claim.id,
                "article": h.claim.location.article,
                "line": h.claim.location.line,
                "column": h.claim.location.column,
                "surface": h.claim.surface,
                "anchor": h.anchor,
            }
            for h in ev.junk_claims
        ],
        "false_alarms": ev.false_alarm_count,
        "false_alarm_findings": [{**(_tool_json(a.finding) or {}), "gold": list(a.gold)} for a in ev.false_alarms],
        "extraction": {k.kind: {"recall": k.recall, "extracted": k.extracted, "total": k.total} for k in ev.extraction},
        "findings": [
            {
                "id": r.gold.id,
                "kind": r.gold.kind,
                "verdict": r.gold.verdict,
                "status": r.status,
                "lost": r.lost or None,
                "unextracted": [{"article": c.article, "anchor": c.anchor} for c in r.unextracted],
                "tool": _tool_json(r.tool),
            }
            for r in ev.results
            if r.gold.verdict != EITHER
        ],
        "unscored": [
            {"id": r.gold.id, "verdict": r.gold.verdict, "tool": _tool_json(r.tool)}
            for r in ev.results
            if r.gold.verdict == EITHER
        ],
        "tool_findings": [
            {"id": t.finding.id, "verdict": t.finding.verdict.value, "outcome": t.outcome, "gold": list(t.covers)}
            for t in ev.tool_results
        ],
    }


# --------------------------------------------------------------------------------------------------
# Several gold files: one row per corpus, pooled (micro-averaged) scores


def gold_files(paths: Sequence[Path]) -> list[Path]:
    """The gold files ``paths`` name: a file is itself; a folder gives every ``gold.toml`` under it,
    or, when it holds none, every ``*.toml`` directly inside it (each sorted by path)."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(path.rglob("gold.toml")) or sorted(p for p in path.glob("*.toml") if p.is_file())
            if not found:
                raise FactcheckError(f"{path}: no gold files (gold.toml or *.toml) in this folder")
            out.extend(found)
        elif path.exists():
            out.append(path)
        else:
            raise FactcheckError(f"{path}: no such gold file or folder")
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Pooled:
    """Evaluations of several corpora and their micro-averaged totals."""

    evaluations: tuple[Evaluation, ...]
    scores: tuple[Score, ...]
    """Per verdict, the counts summed over the corpora (so precision and recall are micro-averaged)."""
    single_found: int
    single_total: int
    junk: int
    false_alarms: int
    extraction: tuple[KindRecall, ...]
    """Per claim kind, extracted gold claims summed over the corpora."""
    losses: tuple[tuple[str, str, dict[str, int]], ...]
    """(kind, verdict, {found | wrong-verdict | not-grouped | not-extracted: count}) of the scored
    gold findings."""

    @property
    def single_recall(self) -> float | None:
        return self.single_found / self.single_total if self.single_total else None


def pool(evaluations: Sequence[Evaluation]) -> Pooled:
    """Sum the counts of several evaluations."""
    scores = []
    for verdict in SCORED_VERDICTS:
        mine = [ev.score(verdict) for ev in evaluations]
        scores.append(
            Score(
                verdict,
                sum(s.correct for s in mine),
                sum(s.tool for s in mine),
                sum(s.ignored for s in mine),
                sum(s.found for s in mine),
                sum(s.gold for s in mine),
            )
        )
    kinds = [k.value for k in ClaimKind]
    extracted: dict[str, list[int]] = {}
    for ev in evaluations:
        for k in ev.extraction:
            row = extracted.setdefault(k.kind, [0, 0])
            row[0] += k.extracted
            row[1] += k.total
    order = sorted(extracted, key=lambda k: kinds.index(k) if k in kinds else len(kinds))
    losses: dict[tuple[str, str], dict[str, int]] = {}
    for ev in evaluations:
        for r in ev.results:
            if r.gold.verdict == EITHER:
                continue
            counts = losses.setdefault((r.gold.kind, r.gold.verdict), dict.fromkeys((FOUND, *LOSSES), 0))
            counts[r.lost or FOUND] += 1
    verdicts = [v.value for v in SCORED_VERDICTS]
    loss_rows = sorted(
        losses.items(), key=lambda kv: (kinds.index(kv[0][0]) if kv[0][0] in kinds else 99, verdicts.index(kv[0][1]))
    )
    return Pooled(
        evaluations=tuple(evaluations),
        scores=tuple(scores),
        single_found=sum(ev.single_found for ev in evaluations),
        single_total=sum(ev.single_total for ev in evaluations),
        junk=sum(ev.junk for ev in evaluations),
        false_alarms=sum(ev.false_alarm_count for ev in evaluations),
        extraction=tuple(KindRecall(k, *extracted[k]) for k in order),
        losses=tuple((k, v, row) for (k, v), row in loss_rows),
    )


def _corpus_name(ev: Evaluation) -> str:
    gold = Path(ev.gold_path)
    return gold.parent.name if gold.name == "gold.toml" else gold.stem


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def render_pooled_text(pooled: Pooled) -> str:
    """One row per corpus, the pooled row, extraction per kind and where gold findings were lost."""
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, width=170, force_terminal=False, no_color=True, highlight=False, markup=False)
    table = Table(title="Scores per corpus (P precision, R recall)", title_justify="left")
    columns = ("corpus", "conflict P", "conflict R", "agree R", "compatible R", "distinct R", "extracted")
    for i, name in enumerate(columns + ("junk", "false alarms")):
        table.add_column(name, justify="left" if i == 0 else "right")

    def row(name: str, scores: Sequence[Score], extraction: Sequence[KindRecall], junk: int, alarms: int) -> list[str]:
        by = {s.verdict: s for s in scores}
        c, a, m, d = (by[v] for v in SCORED_VERDICTS)
        got, total = sum(k.extracted for k in extraction), sum(k.total for k in extraction)
        return [
            name,
            f"{_ratio(c.correct, c.tool)} ({c.correct}/{c.tool})",
            f"{_ratio(c.found, c.gold)} ({c.found}/{c.gold})",
            f"{_ratio(a.found, a.gold)} ({a.found}/{a.gold})",
            f"{_ratio(m.found, m.gold)} ({m.found}/{m.gold})",
            f"{_ratio(d.found, d.gold)} ({d.found}/{d.gold})",
            f"{_ratio(got, total)} ({got}/{total})",
            str(junk),
            str(alarms),
        ]

    for ev in pooled.evaluations:
        table.add_row(*row(_corpus_name(ev), ev.scores, ev.extraction, ev.junk, ev.false_alarm_count))
    table.add_section()
    name = f"pooled ({len(pooled.evaluations)})"
    table.add_row(*row(name, pooled.scores, pooled.extraction, pooled.junk, pooled.false_alarms))
    console.print(table)
    console.print(f"single recall: {_fmt(pooled.single_recall)} ({pooled.single_found}/{pooled.single_total})")
    console.print(_extraction_line(pooled.extraction))
    console.print()
    losses = Table(title="Gold findings by kind and verdict: found, or where they were lost", title_justify="left")
    for i, col in enumerate(("kind", "verdict", FOUND, *LOSSES)):
        losses.add_column(col, justify="left" if i < 2 else "right")
    for kind, verdict, counts in pooled.losses:
        losses.add_row(kind, verdict, *(str(counts[k]) for k in (FOUND, *LOSSES)))
    console.print(losses)
    return buffer.getvalue()


def _scores_json(scores: Sequence[Score]) -> dict[str, Any]:
    return {
        s.verdict.value: {
            "precision": s.precision,
            "recall": s.recall,
            "f1": s.f1,
            "tp": s.correct,
            "tool": s.tool,
            "ignored": s.ignored,
            "found": s.found,
            "gold": s.gold,
        }
        for s in scores
    }


def pooled_json(pooled: Pooled) -> dict[str, Any]:
    """Pooled totals, then every corpus's evaluation as ``evaluation_json`` gives it."""
    return {
        "pooled": {
            "corpora": len(pooled.evaluations),
            "scores": _scores_json(pooled.scores),
            "single_recall": pooled.single_recall,
            "single": {"found": pooled.single_found, "total": pooled.single_total},
            "junk": pooled.junk,
            "false_alarms": pooled.false_alarms,
            "extraction": {
                k.kind: {"recall": k.recall, "extracted": k.extracted, "total": k.total} for k in pooled.extraction
            },
            "losses": [{"kind": k, "verdict": v, **counts} for k, v, counts in pooled.losses],
        },
        "corpora": [evaluation_json(ev) for ev in pooled.evaluations],
    }
