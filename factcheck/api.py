"""The library entry point: ``check(paths) -> Report``, usable without the CLI."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.models import Claim, ClaimKind, Report


@dataclass(frozen=True)
class Options:
    """What a run may be told; the CLI fills it from flags and configuration."""

    disabled_kinds: frozenset[ClaimKind] = frozenset()
    """Claim kinds left out of extraction."""
    boilerplate: tuple[str, ...] = ()
    """Extra regular expressions: a line matching one is boilerplate."""
    progress: Callable[[str, int, int], None] | None = field(default=None, compare=False)
    """Called as (stage, done, total) during long work."""


def check(paths: Sequence[str | Path], options: Options | None = None) -> Report:
    """Load, extract, match and judge the articles under ``paths``."""
    from factcheck.extract import extract_article
    from factcheck.judge import judge
    from factcheck.load import load_paths
    from factcheck.match import match
    from factcheck.syndication import find_copies

    options = options or Options()
    loaded = load_paths(paths)
    patterns = [re.compile(p) for p in options.boilerplate]
    claims: list[Claim] = []
    total = len(loaded.articles)
    for i, article in enumerate(loaded.articles):
        extraction = extract_article(article, patterns)
        claims.extend(c for c in extraction.claims if c.kind not in options.disabled_kinds)
        if options.progress:
            options.progress("extract", i + 1, total)
    stories = find_copies(loaded.articles)
    findings = judge(match(claims), loaded.articles, stories)
    return Report(
        articles=loaded.articles,
        claims=tuple(claims),
        findings=tuple(findings),
        problems=loaded.problems,
        stories=tuple(stories),
    )


def claims_of(report: Report, article: str) -> Iterable[Claim]:
    return (c for c in report.claims if c.location.article == article)
