"""One self-contained HTML page: an evidence report to look at in a browser, offline.

The first screen is the summary (counts per verdict) and the agreement matrix: one row per article
(with its outlet and publication date), one column per finding, each cell the article's value
marked with the finding's verdict. Below: an "updates over time" table for figures that changed
between publication dates, then every finding with its claims side by side (the sentence with the
claim highlighted, ``path:line:col`` linking to the article, the normalisation steps), then the
single-source claims, syndicated copies and unreadable files.

The page runs no script at all, and says so to the browser: its Content-Security-Policy allows
its one stylesheet (by hash) and nothing else, so no script, font, image or request from anywhere
can run or load, whatever an article holds (and every article string is escaped anyway). The
verdict and kind filters are checkboxes read by CSS (``:has()``); findings are ``<details>``
(conflicts open, the rest folded) and ``content-visibility: auto`` spares the browser the layout
of what is off screen, so a report of hundreds of articles opens at once. Colour is never the only
signal: every verdict also has its symbol and its word.

Reporters only read the public fields of the report, its findings and their claims.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from datetime import date
from html import escape
from pathlib import Path
from urllib.parse import quote, urlsplit

from factcheck.models import Article, Claim, Finding, Report, Verdict
from factcheck.report import size

SYMBOLS = {
    Verdict.CONFLICT: "✗",
    Verdict.COMPATIBLE: "≈",
    Verdict.AGREE: "✓",
    Verdict.DISTINCT: "≠",
    Verdict.SINGLE_SOURCE: "○",
}
TITLES = {
    Verdict.CONFLICT: "Conflicts",
    Verdict.COMPATIBLE: "Compatible (differ only in precision)",
    Verdict.AGREE: "Agreements",
    Verdict.DISTINCT: "Related but distinct",
    Verdict.SINGLE_SOURCE: "Single-source claims",
}
CODES = {
    Verdict.CONFLICT: "c",
    Verdict.COMPATIBLE: "p",
    Verdict.AGREE: "a",
    Verdict.DISTINCT: "d",
    Verdict.SINGLE_SOURCE: "s",
}
"""Class names of the verdicts (short: the matrix has a class per column)."""
MATRIX_COLUMNS = 60
"""Findings shown as matrix columns (conflicts first); the list below has them all."""
CLAIM_LIMIT = 8
"""Claims shown per finding that is not a conflict (every stated value among them); a conflict
shows all its claims."""
DETAIL_LIMIT = 8
"""Detail lines shown per finding; ``factcheck show ID`` prints them all."""
SENTENCE_CLIP = 100
"""Characters of the sentence kept either side of the claim in findings other than conflicts
(a conflict's sentences are shown whole)."""
CELL_LIMIT = 20
"""Characters of an article's wording shown in a matrix cell (the whole in its tooltip)."""

CSS = """\
:root{--c:#b00020;--cb:#fde7ea;--p:#8a5a00;--pb:#fff3cd;--a:#1b6e2a;--ab:#e3f4e6;--d:#1a5d8f;--db:#e3eef8;
--s:#555;--sb:#f1f1f1;--line:#ccc;font-family:system-ui,sans-serif;line-height:1.45;color:#111;background:#fff}
body{margin:0 auto;max-width:90rem;padding:0 1rem 4rem}
h1{font-size:1.5rem;margin:1rem 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
h3{font-size:1rem;margin:0;display:inline}
a{color:#0645ad}code{font-size:.95em}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
table{border-collapse:collapse}
th,td{border:1px solid var(--line);padding:.2rem .4rem;text-align:left;vertical-align:top}
.counts td:nth-child(n+2){text-align:right}
.v{font-weight:600;white-space:nowrap}
.vc{--fg:var(--c);--bg:var(--cb)}.vp{--fg:var(--p);--bg:var(--pb)}.va{--fg:var(--a);--bg:var(--ab)}
.vd{--fg:var(--d);--bg:var(--db)}.vs{--fg:var(--s);--bg:var(--sb)}
.v,.m td.x{color:var(--fg);background:var(--bg)}
#filters{position:sticky;top:0;z-index:3;background:#fff;border-bottom:1px solid var(--line);padding:.4rem 0;
display:flex;flex-wrap:wrap;gap:.25rem 1.5rem}
fieldset{border:0;margin:0;padding:0}legend{font-weight:600;float:left;margin-right:.5rem}
label{margin-right:.75rem;white-space:nowrap}
.scroll{overflow:auto;max-height:75vh;border:1px solid var(--line)}
.m{font-size:.85rem}.m th,.m td{white-space:nowrap}
.m thead th{position:sticky;top:0;background:#fff;z-index:1}
.m tbody th{position:sticky;left:0;background:#fff}
.m td.x{font-weight:600}.m td.o{outline:2px solid var(--fg);outline-offset:-3px}
.f{border:1px solid var(--line);border-left:.4rem solid var(--fg);margin:.5rem 0;padding:.4rem .75rem;
content-visibility:auto;contain-intrinsic-size:auto 4rem}
.f>details>summary{cursor:pointer}
.claims{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:.5rem;margin:.5rem 0}
.claim{border:1px solid var(--line);padding:.4rem .6rem;background:#fafafa}
.claim p{margin:.15rem 0}.val{font-weight:600}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid var(--line)}
mark{background:#ffe066;color:#000;font-weight:600}
.steps,.details{font-size:.9rem;color:#333;margin:.2rem 0;padding-left:1.2rem}
.note{color:#333}.dim{color:#555;font-size:.9rem}
@media (prefers-color-scheme:dark){:root{color:#eee;background:#121212;--line:#555;--cb:#4a1219;--c:#ff8a95;
--pb:#453600;--p:#ffd36b;--ab:#143d1c;--a:#8be39b;--db:#12324d;--d:#8fc6f5;--sb:#2a2a2a;--s:#bbb}
a{color:#8ab4f8}#filters,.m thead th,.m tbody th{background:#121212}.claim{background:#1b1b1b}
.steps,.details,.note{color:#ccc}.dim{color:#aaa}}
"""


def render_html(report: Report, *, base: Path | None = None) -> str:
    """The page. ``base`` is the folder the page is written to: links to the articles are relative
    to it (the current folder when None)."""
    page = _Page(report, base)
    return page.render()


class _Page:
    def __init__(self, report: Report, base: Path | None) -> None:
        self.report = report
        self.base = os.path.abspath(base if base is not None else os.curdir)
        self.articles = {a.name: a for a in report.articles}
        self.reviewed = {r.id for r in report.reviews}
        self.out: list[str] = []
        self.hrefs: dict[str, str] = {}
        self.kinds = {k: n for n, k in enumerate(sorted({f.kind.value for f in report.findings}))}
        """Each kind's number: its class (``k0``) and filter box (``show-k0``)."""

    def render(self) -> str:
        report = self.report
        failing = report.failing("conflict")
        status = (
            f"{len(failing)} unreviewed conflict{'s' if len(failing) != 1 else ''}" if failing else "no new conflicts"
        )
        kinds = list(self.kinds)
        css = CSS + _filter_css(kinds)
        digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
        w = self.out.append
        w('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
        w(
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            f"style-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'\">\n"
        )
        w('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
        w('<meta name="referrer" content="no-referrer">\n')
        w(f"<title>factcheck: {_e(status)}, {_e(size(report))}</title>\n<style>{css}</style>\n</head>\n<body>\n")
        w(f"<header>\n<h1>factcheck: {_e(status)}</h1>\n")
        w(f"<p>{_e(size(report))}.")
        if report.changed is not None:
            w(f" Only findings involving the {len(report.changed)} articles changed since --since fail the check.")
        w("</p>\n")
        w(
            '<nav aria-label="Sections"><a href="#matrix">Agreement matrix</a> · <a href="#updates">Updates over'
            ' time</a> · <a href="#findings">Findings</a> · <a href="#single">Single-source claims</a>'
            + (' · <a href="#copies">Syndicated copies</a>' if report.stories else "")
            + (' · <a href="#problems">Files not read</a>' if report.problems else "")
            + "</nav>\n</header>\n<main>\n"
        )
        self._summary()
        self._filters(kinds)
        self._matrix()
        self._updates()
        self._findings()
        self._singles()
        self._copies()
        self._problems()
        w("</main>\n</body>\n</html>\n")
        text = "".join(self.out)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a file name with undecodable bytes (surrogate escapes)
            text = text.encode("utf-8", "replace").decode("utf-8")
        return text

    # -- the first screen -------------------------------------------------------------------------

    def _summary(self) -> None:
        w = self.out.append
        report = self.report
        w('<section aria-labelledby="summary-h">\n<h2 id="summary-h">Summary</h2>\n')
        w('<table class="counts">\n<thead><tr><th scope="col">verdict</th><th scope="col">findings</th>')
        w('<th scope="col">reviewed</th><th scope="col">claims</th></tr></thead>\n<tbody>\n')
        for verdict in Verdict:
            found = report.by_verdict(verdict)
            n_reviewed = sum(1 for f in found if f.id in self.reviewed)
            claims = sum(len(f.claims) for f in found)
            w(
                f'<tr><th scope="row"><span class="v v{CODES[verdict]}">{_badge(verdict)}</span></th>'
                f"<td>{len(found)}</td><td>{n_reviewed}</td><td>{claims}</td></tr>\n"
            )
        w("</tbody>\n</table>\n</section>\n")

    def _filters(self, kinds: list[str]) -> None:
        w = self.out.append
        counts = Counter(f.verdict for f in self.report.findings)
        kind_counts = Counter(f.kind.value for f in self.report.findings)
        w('<form id="filters" aria-label="Filters">\n<fieldset><legend>Verdicts</legend>')
        for verdict in Verdict:
            code = CODES[verdict]
            w(
                f'<label><input type="checkbox" id="show-{code}" checked> {SYMBOLS[verdict]} {verdict.value}'
                f" ({counts.get(verdict, 0)})</label>"
            )
        w("</fieldset>\n<fieldset><legend>Kinds</legend>")
        for n, kind in enumerate(kinds):
            w(f'<label><input type="checkbox" id="show-k{n}" checked> {_e(kind)} ({kind_counts[kind]})</label>')
        w("</fieldset>\n</form>\n")

    def _matrix(self) -> None:
        w = self.out.append
        report = self.report
        shown = [f for f in report.findings if f.verdict is not Verdict.SINGLE_SOURCE][:MATRIX_COLUMNS]
        judged = sum(1 for f in report.findings if f.verdict is not Verdict.SINGLE_SOURCE)
        kinds = self.kinds
        w('<section aria-labelledby="matrix">\n<h2 id="matrix">Agreement matrix</h2>\n')
        if not shown:
            w("<p>No two articles say anything about the same thing: every claim is single-source.</p>\n</section>\n")
            return
        cells: dict[str, dict[int, list[Claim]]] = {}
        for col, finding in enumerate(shown):
            for claim in finding.claims:
                cells.setdefault(claim.location.article, {}).setdefault(col, []).append(claim)
        # by the first column each article is in (then date and name): the articles of one story
        # stay together, and the rows of a corpus of several stories fall in a staircase
        rows = sorted(cells, key=lambda name: (min(cells[name]), _published(self.articles.get(name)) or date.max, name))
        left = len(report.articles) - len(rows)
        w(
            "<p>One row per article, one column per finding"
            + (f" (the first {len(shown)} of {judged}: conflicts first)" if judged > len(shown) else "")
            + ": the article's words for the value, marked with the finding's verdict "
            + ", ".join(f"{SYMBOLS[v]} {v.value}" for v in Verdict if v is not Verdict.SINGLE_SOURCE)
            + ". In a conflict, a framed cell is the odd one out: its value is not the one most articles give."
            + (
                f" {left} article{'s' if left != 1 else ''} take{'s' if left == 1 else ''} part in none of these"
                " findings."
                if left
                else ""
            )
            + "</p>\n"
        )
        w('<div class="scroll" tabindex="0" role="region" aria-labelledby="matrix">\n<table class="m">\n')
        w(f'<caption class="vh">Articles by findings: {len(rows)} articles, {len(shown)} findings</caption>\n')
        w("<colgroup><col><col><col></colgroup><colgroup>")
        for finding in shown:
            w(f'<col class="v{CODES[finding.verdict]} k{kinds[finding.kind.value]}">')
        w("</colgroup>\n")
        w('<thead><tr><th scope="col">article</th><th scope="col">outlet</th><th scope="col">published</th>')
        for n, finding in enumerate(shown, start=1):
            about = f"{finding.verdict.value} {finding.id} {finding.kind.value}: {finding.key}"
            w(
                f'<th scope="col" class="v v{CODES[finding.verdict]}"><a href="#{_e(finding.id)}" title="{_e(about)}">'
                f'{SYMBOLS[finding.verdict]}{n}</a><span class="vh"> {_e(about)}</span></th>'
            )
        w("</tr></thead>\n<tbody>\n")
        odd = [_odd_ones(f) for f in shown]
        for name in rows:
            article = self.articles.get(name)
            source = article.source if article is not None else None
            published = source.published.isoformat() if source is not None and source.published else ""
            w(f'<tr><th scope="row" title="{_e(name)}">{_e(_short(name))}</th>')
            w(f"<td>{_e(source.outlet or '') if source else ''}</td><td>{published}</td>")
            by_col = cells[name]
            for col, finding in enumerate(shown):
                claims = by_col.get(col)
                if not claims:
                    w("<td></td>")
                    continue
                code = CODES[finding.verdict]
                words = claims[0].surface
                tip = "; ".join(dict.fromkeys(f"{c.surface} = {c.display}" for c in claims))
                frame = " o" if any(c.display in odd[col] for c in claims) else ""
                w(
                    f'<td class="x v{code}{frame}" title="{_e(tip)}">{SYMBOLS[finding.verdict]}'
                    f'<span class="vh"> {finding.verdict.value}:</span> {_e(_clip(words, CELL_LIMIT))}</td>'
                )
            w("</tr>\n")
        w("</tbody>\n</table>\n</div>\n</section>\n")

    # -- below it ---------------------------------------------------------------------------------

    def _updates(self) -> None:
        """Conflicting or compatible values whose articles were published on different dates, in
        the order they were published: what may be an update rather than a contradiction."""
        w = self.out.append
        kinds = self.kinds
        w('<section aria-labelledby="updates">\n<h2 id="updates">Updates over time</h2>\n')
        rows = []
        for finding in self.report.findings:
            if finding.verdict not in (Verdict.CONFLICT, Verdict.COMPATIBLE):
                continue
            timeline = self._timeline(finding)
            if timeline is not None:
                rows.append((finding, timeline))
        if not rows:
            w("<p>No value changed between articles published on different dates.</p>\n</section>\n")
            return
        w(
            "<p>Values that differ between articles published on different dates, oldest first: "
            "a later figure may be an update rather than a contradiction.</p>\n"
        )
        w('<table class="u">\n<thead><tr><th scope="col">finding</th><th scope="col">what</th>')
        w('<th scope="col">values by publication date</th></tr></thead>\n<tbody>\n')
        for finding, timeline in rows:
            code = CODES[finding.verdict]
            w(
                f'<tr class="v{code} k{kinds[finding.kind.value]}"><td><span class="v v{code}">'
                f'{_badge(finding.verdict)}</span> <a href="#{_e(finding.id)}">{_e(finding.id)}</a></td>'
                f"<td>{_e(finding.kind.value)}: {_e(finding.key)}</td><td><ol>"
            )
            for day, display, names in timeline:
                w(f"<li><time>{day.isoformat()}</time>: <strong>{_e(display)}</strong> ({_e(', '.join(names))})</li>")
            w("</ol></td></tr>\n")
        w("</tbody>\n</table>\n</section>\n")

    def _timeline(self, finding: Finding) -> list[tuple[date, str, list[str]]] | None:
        """(date, value, articles) in date order, or None when the value did not change over time."""
        seen: dict[tuple[date, str], list[str]] = {}
        for claim in finding.claims:
            day = _published(self.articles.get(claim.location.article))
            if day is None:
                continue
            names = seen.setdefault((day, claim.display), [])
            if claim.location.article not in names:
                names.append(claim.location.article)
        days = {d for d, _ in seen}
        values = {v for _, v in seen}
        if len(days) < 2 or len(values) < 2:
            return None
        first, last = min(days), max(days)
        if {v for d, v in seen if d == first} == {v for d, v in seen if d == last}:
            return None
        return [(d, v, names) for (d, v), names in sorted(seen.items())]

    def _findings(self) -> None:
        w = self.out.append
        report = self.report
        kinds = self.kinds
        w('<section aria-labelledby="findings">\n<h2 id="findings">Findings</h2>\n')
        judged = [f for f in report.findings if f.verdict is not Verdict.SINGLE_SOURCE]
        if not judged:
            w("<p>No findings involve two articles.</p>\n")
        for finding in judged:
            self._finding(finding, kinds[finding.kind.value])
        w("</section>\n")

    def _finding(self, finding: Finding, kind: int) -> None:
        w = self.out.append
        code = CODES[finding.verdict]
        review = self.report.review_of(finding.id)
        severity = f" {finding.severity.value}" if finding.verdict is Verdict.CONFLICT else ""
        mark = " (reviewed)" if review is not None else ""
        opened = " open" if finding.verdict is Verdict.CONFLICT and review is None else ""
        w(f'<section class="f v{code} k{kind}" id="{_e(finding.id)}" aria-label="{_e(finding.id)}">\n')
        w(
            f'<details{opened}><summary><h3><span class="v v{code}">{_badge(finding.verdict)}{severity}</span>'
            f"{mark} {_e(finding.kind.value)}: {_e(finding.key)} <code>{_e(finding.id)}</code></h3></summary>\n"
        )
        w(f"<p>{_e(finding.explanation)}</p>\n")
        if review is not None:
            w(f'<p class="note">Reviewed ({_e(review.status.value)}): {_e(review.note)}</p>\n')
        if not self.report.in_scope(finding):
            w('<p class="dim">Involves no article changed since --since: it does not fail the check.</p>\n')
        claims = list(finding.claims)
        if finding.verdict is not Verdict.CONFLICT and len(claims) > CLAIM_LIMIT:
            from factcheck.report.text import shown_claims

            claims = shown_claims(finding.claims, CLAIM_LIMIT)
        w('<div class="claims">\n')
        clip = None if finding.verdict is Verdict.CONFLICT else SENTENCE_CLIP
        for claim in claims:
            self._claim(claim, clip)
        w("</div>\n")
        if len(claims) < len(finding.claims):
            more = len(finding.claims) - len(claims)
            w(f'<p class="dim">… and {more} more claims: <code>factcheck show {_e(finding.id)}</code></p>\n')
        # the steps each claim above shows are not repeated
        steps = {f"{c.location.article}: {step}" for c in claims for step in c.steps}
        details = [line for line in finding.details if line not in steps]
        if details:
            w('<details><summary>How the values were read and grouped</summary>\n<ul class="details">')
            w("".join(f"<li>{_e(line)}</li>" for line in details[:DETAIL_LIMIT]))
            if len(details) > DETAIL_LIMIT:
                more = len(details) - DETAIL_LIMIT
                w(f"<li>… and {more} more lines: <code>factcheck show {_e(finding.id)}</code></li>")
            w("</ul>\n</details>\n")
        w("</details>\n</section>\n")

    def _claim(self, claim: Claim, clip: int | None) -> None:
        w = self.out.append
        loc = claim.location
        article = self.articles.get(loc.article)
        where = f"{self._path(loc.article)}:{loc.line}:{loc.column}"
        w(f'<div class="claim">\n<p><a href="{self._href(loc.article)}">{_e(where)}</a>')
        about = _about(article)
        if about:
            w(f' <span class="dim">{_e(about)}</span>')
        url = web_url(article.source.url if article is not None else None)
        if url:
            w(f' <a href="{_e(url)}" rel="noreferrer">original</a>')
        read = f' <span class="dim">= {_e(claim.normalised)}</span>' if claim.normalised else ""
        w(f'</p>\n<p class="val">{_e(claim.display)}{read}</p>\n<blockquote>{_highlighted(claim, clip)}</blockquote>\n')
        if claim.steps:
            w('<ul class="steps">' + "".join(f"<li>{_e(str(step))}</li>" for step in claim.steps) + "</ul>\n")
        w("</div>\n")

    def _singles(self) -> None:
        w = self.out.append
        singles = self.report.by_verdict(Verdict.SINGLE_SOURCE)
        kinds = self.kinds
        w('<section aria-labelledby="single">\n<h2 id="single">Single-source claims</h2>\n')
        if not singles:
            w("<p>None: every claim is backed by another article.</p>\n</section>\n")
            return
        n = sum(len(f.claims) for f in singles)
        w(f"<details><summary>{n} claim{'s' if n != 1 else ''} that only one article makes</summary>\n")
        w('<table>\n<thead><tr><th scope="col">where</th><th scope="col">kind</th><th scope="col">value</th>')
        w('<th scope="col">words</th></tr></thead>\n<tbody>\n')
        for finding in singles:
            for claim in finding.claims:
                loc = claim.location
                where = f"{self._path(loc.article)}:{loc.line}:{loc.column}"
                w(
                    f'<tr class="vs k{kinds[finding.kind.value]}"><td><a href="{self._href(loc.article)}">'
                    f"{_e(where)}</a></td><td>{_e(claim.kind.value)}</td><td>{_e(claim.display)}</td>"
                    f"<td>{_e(claim.surface)}</td></tr>\n"
                )
        w("</tbody>\n</table>\n</details>\n</section>\n")

    def _copies(self) -> None:
        if not self.report.stories:
            return
        w = self.out.append
        w('<section aria-labelledby="copies">\n<h2 id="copies">Syndicated copies</h2>\n')
        w("<p>Copies of one story count as one source where they agree.</p>\n<ul>\n")
        w("".join(f"<li>{_e(story.describe())}</li>\n" for story in self.report.stories))
        w("</ul>\n</section>\n")

    def _problems(self) -> None:
        if not self.report.problems:
            return
        w = self.out.append
        w('<section aria-labelledby="problems">\n<h2 id="problems">Files not read</h2>\n<ul>\n')
        w("".join(f"<li><code>{_e(p.path)}</code>: {_e(p.message)}</li>\n" for p in self.report.problems))
        w("</ul>\n</section>\n")

    # -- helpers ----------------------------------------------------------------------------------

    def _path(self, name: str) -> str:
        article = self.articles.get(name)
        return str(article.path) if article is not None else name

    def _href(self, name: str) -> str:
        """A relative link from the page's folder to the article file, percent-encoded."""
        href = self.hrefs.get(name)
        if href is None:
            path = os.path.abspath(self._path(name))
            try:
                rel = os.path.relpath(path, self.base)
            except ValueError:  # another drive
                rel = path
            href = quote(Path(rel).as_posix(), safe="/")
            if href.startswith("/"):
                href = "file://" + href
            elif ":" in href.split("/", 1)[0]:
                href = "./" + href  # not a scheme
            href = self.hrefs[name] = _e(href)
        return href


def _e(text: str) -> str:
    """Text or an attribute value, escaped: an article's ``<``, ``&`` and quotes are shown, never read."""
    return escape(text, quote=True)


def _badge(verdict: Verdict) -> str:
    return f"{SYMBOLS[verdict]} {verdict.value}"


def _short(name: str, limit: int = 48) -> str:
    return name if len(name) <= limit else "…" + name[-(limit - 1) :]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _published(article: Article | None) -> date | None:
    return article.source.published if article is not None else None


def _about(article: Article | None) -> str:
    if article is None:
        return ""
    source = article.source
    parts = [
        source.outlet or "",
        f"via {source.via}" if source.via else "",
        source.published.isoformat() if source.published else "",
    ]
    return ", ".join(p for p in parts if p)


def _odd_ones(finding: Finding) -> set[str]:
    """In a conflict, the values that are not the one most articles give (all of them when no
    value is given by more articles than every other)."""
    if finding.verdict is not Verdict.CONFLICT:
        return set()
    by_value: dict[str, set[str]] = {}
    for claim in finding.claims:
        by_value.setdefault(claim.display, set()).add(claim.location.article)
    counts = sorted((len(v) for v in by_value.values()), reverse=True)
    if len(counts) > 1 and counts[0] > counts[1]:
        top = next(d for d, a in by_value.items() if len(a) == counts[0])
        return set(by_value) - {top}
    return set(by_value)


def _highlighted(claim: Claim, clip: int | None = None) -> str:
    """The sentence, escaped, with the claim's words in ``<mark>``; with ``clip``, at most that
    many characters either side of them."""
    sentence, surface = claim.sentence, claim.surface
    at = sentence.find(surface) if surface.strip() else -1
    if at < 0:
        return _e(sentence if clip is None else _clip(sentence, 2 * clip))
    before, after = sentence[:at], sentence[at + len(surface) :]
    if clip is not None:
        before = "…" + before[-clip:].lstrip() if len(before) > clip else before
        after = after[:clip].rstrip() + "…" if len(after) > clip else after
    return f"{_e(before)}<mark>{_e(surface)}</mark>{_e(after)}"


def _filter_css(kinds: Iterable[str]) -> str:
    """The filters: an unticked box hides its findings, matrix columns and table rows (CSS only)."""
    rules = []
    names = [f"v{code}" for code in CODES.values()] + [f"k{n}" for n, _ in enumerate(kinds)]
    for name in names:
        box = f"#show-{name[1:] if name.startswith('v') else name}"
        rules.append(f"body:has({box}:not(:checked)) :is(.f,tr).{name}{{display:none}}")
        rules.append(f"body:has({box}:not(:checked)) col.{name}{{visibility:collapse}}")
    return "\n".join(rules) + "\n"


def web_url(url: str | None) -> str | None:
    """An article's url when it is a web address (``http``, ``https``), else None: a ``javascript:``
    url from a sources.toml must never become a link."""
    if not url:
        return None
    return url if urlsplit(url).scheme.lower() in ("http", "https") else None
