"""The library entry point: ``check(paths) -> Report``, usable without the CLI."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from factcheck import collector
from factcheck.models import Article, Claim, ClaimKind, Finding, Report, Review
from factcheck.text import located

if TYPE_CHECKING:
    from factcheck.cache import Result
    from factcheck.ledger import Refreshed
    from factcheck.patterns import Pattern


@dataclass(frozen=True)
class Options:
    """What a run may be told; the CLI fills it from flags and configuration."""

    disabled_kinds: frozenset[ClaimKind] = frozenset()
    """Claim kinds left out of extraction."""
    boilerplate: tuple[str, ...] = ()
    """Extra regular expressions: a line matching one is boilerplate."""
    aliases: Mapping[str, str] = field(default_factory=dict, hash=False)
    """Name -> canonical name (configuration ``aliases``), for extraction and matching."""
    tolerances: Mapping[str, float] = field(default_factory=dict, hash=False)
    """Named tolerances (configuration ``tolerances``), e.g. ``relative`` for rounded figures."""
    ledger: Path | None = None
    """The claims ledger folder to read: fresh entries are used instead of extracting again.
    ``check`` never writes it (``extract`` does)."""
    reviews: Path | None = None
    """The reviews file (``claims/reviews.toml``): reviewed findings do not fail the check."""
    since: str | None = None
    """A git ref: only findings involving articles added or changed since then fail the check."""
    jobs: int | None = None
    """Worker processes for extraction; None: one per core (small corpora stay in-process)."""
    cache: Path | None = None
    """The result cache folder (``factcheck.cache``); None: no cache (every run judges afresh)."""
    progress: Callable[[str, int, int], None] | None = field(default=None, compare=False)
    """Called as (stage, done, total) during long work."""


def check(paths: Sequence[str | Path], options: Options | None = None) -> Report:
    """Load, extract, match and judge the articles under ``paths``.

    With ``options.ledger``, an article whose ledger entry is fresh is not extracted again; the
    report lists the stale entries (``Report.ledger``). With ``options.cache``, a run whose inputs
    are those of the corpus's last run loads its result (``factcheck.cache``). Nothing is written
    but the cache.
    """
    from factcheck.ledger import changed_articles, changed_since
    from factcheck.load import load_paths

    options = options or Options()
    loaded = load_paths(paths)
    changed = None
    if options.since is not None:
        first = Path(paths[0]) if paths else Path(".")
        where = first if first.is_dir() else first.parent
        changed = changed_articles(loaded.articles, changed_since(options.since, where))
    slot = result = None
    if options.cache is not None:
        from factcheck.cache import Slot

        try:
            slot = Slot.for_run(options.cache, paths, loaded.articles, options)
        except OSError:  # a file vanished while it was hashed: no cache this time
            slot = None
        result = slot.load() if slot is not None else None
    if result is None:
        result = _compute(paths, loaded.articles, options)
        if slot is not None:
            slot.store(result)
    return Report(
        articles=loaded.articles,
        claims=result.claims,
        findings=result.findings,
        problems=loaded.problems,
        stories=result.stories,
        reviews=_reviews(options, result.findings),
        changed=changed,
        ledger=result.ledger,
        recorded=result.recorded,
    )


BACKGROUND_COPIES = 500
"""From this many articles (and with more than one job), syndicated copies are found in a process
of their own while the claims are read and judged."""


def _compute(paths: Sequence[str | Path], articles: Sequence[Article], options: Options) -> Result:
    """What a check finds in ``articles``: claims (from the ledger or extracted), copies, findings."""
    from factcheck.cache import Result
    from factcheck.judge import Copies
    from factcheck.ledger import Ledger, settings_digest
    from factcheck.parallel import Background, default_jobs, extract_many
    from factcheck.syndication import find_copies

    jobs = default_jobs() if options.jobs is None else options.jobs
    apart = jobs > 1 and len(articles) >= BACKGROUND_COPIES
    progress = options.progress
    # The collector is paused while the claims and findings are built (not while extracting,
    # which makes garbage of all kinds): they live until the report is written (factcheck.collector).
    with Background(find_copies, articles, enabled=apart) as copies:
        with collector.paused():
            ledger = Ledger.open(options.ledger, settings_digest(options)) if options.ledger else None
            found: dict[str, tuple[Claim, ...]] = {}
            for i, article in enumerate(articles if ledger is not None else ()):
                assert ledger is not None
                fresh = ledger.fresh_claims(article)
                if fresh is not None:
                    found[article.name] = fresh
                if progress:
                    progress("read ledger", i + 1, len(articles))
        stale = [a for a in articles if a.name not in found]
        extracted = extract_many(stale, options)
        for article, claims_of_article in zip(stale, extracted, strict=True):
            found[article.name] = claims_of_article
        with collector.paused():
            every = [c for a in articles for c in found[a.name]]
            claims = [c for c in every if c.kind not in options.disabled_kinds]
            # the claims of disabled kinds still tell which articles report one event
            evidence = every if options.disabled_kinds else None
            findings = judge_all(claims, articles, progress=progress, evidence=evidence)
            stories = copies.result(progress=progress)
            if apart and progress:
                progress("find copies", len(articles), len(articles))
            note = Copies(stories).note
            findings = [note(f) for f in findings]
    issues = tuple(ledger.issues(articles, [Path(p) for p in paths])) if ledger else ()
    return Result(
        claims=tuple(claims),
        findings=tuple(findings),
        stories=tuple(stories),
        ledger=issues,
        ledger_read=tuple(ledger.read) if ledger else (),
        looked_up=tuple(sorted(ledger.looked_up.items())) if ledger else (),
        recorded=tuple(ledger.unloaded) if ledger else (),
        resolved="\0".join(part for pair in ledger.resolved.items() for part in pair) if ledger else "",
    )


NUMERIC_KINDS = frozenset({ClaimKind.QUANTITY, ClaimKind.DATE, ClaimKind.TIME})


def judge_all(
    claims: Sequence[Claim],
    articles: Sequence[Article],
    progress: Callable[[str, int, int], None] | None = None,
    evidence: Sequence[Claim] | None = None,
) -> list[Finding]:
    """Findings on all claims: numbers and dates through match/judge, named claims through
    named_judge; sorted as reports list them (conflicts first). ``evidence``: the claims that tell
    which articles report one event (``events``), all kinds even when some are not judged; default
    ``claims``. ``progress`` hears of the claims
    judged (numeric ones, then named ones). Copy notes (``judge.Copies``) are the caller's: a
    check finds the copies while this runs."""
    from factcheck.events import ArticleFacts
    from factcheck.hedges import hedged_agreements, near_figures, widened_spans
    from factcheck.judge import SEVERITY_ORDER, VERDICT_ORDER, judge
    from factcheck.judge_mentions import one_kind_per_name
    from factcheck.match import match
    from factcheck.named_judge import judge_named

    # one name, one kind of entity in every report, before events are told by the names they share
    claims = one_kind_per_name(claims)
    numeric = [c for c in claims if c.kind in NUMERIC_KINDS]
    named = [c for c in claims if c.kind not in NUMERIC_KINDS]
    if progress:
        progress("judge", 0, len(claims))
    facts = ArticleFacts(claims if evidence is None else one_kind_per_name(evidence))
    findings = judge(match(numeric, {a.name: a.source.published for a in articles}), articles, facts)
    if progress:
        progress("judge", len(numeric), len(claims))
    findings += judge_named(named, articles, facts)
    findings += hedged_agreements(findings) + near_figures(findings) + widened_spans(findings)
    if progress:
        progress("judge", len(claims), len(claims))
    findings.sort(key=lambda f: (VERDICT_ORDER[f.verdict], SEVERITY_ORDER[f.severity], f.kind.value, f.key, f.id))
    return findings


def extract_claims(article: Article, patterns: Sequence[Pattern], options: Options) -> tuple[Claim, ...]:
    """Every claim of one article, of all kinds (``factcheck.extract.extract_claims``): what the
    ledger stores for it, so that ``factcheck extract`` records its claims and ``check`` reuses them.
    """
    from factcheck.extract import extract_claims as extract_all
    from factcheck.numbers import ROUNDING_CAP

    # (a configured pattern runs on RE2 or with a time bound: factcheck.patterns; the extractors
    # ask of it what they ask of an re.Pattern)
    cap = options.tolerances.get("relative", ROUNDING_CAP)
    return located(article, extract_all(article, cast("Sequence[re.Pattern[str]]", patterns), cap))


def extract(
    paths: Sequence[str | Path],
    folder: Path,
    options: Options | None = None,
    *,
    prune: bool = False,
    force: bool = False,
) -> tuple[Report, Refreshed]:
    """Extract the articles under ``paths`` into the ledger ``folder`` (``factcheck extract``).

    Only articles whose ledger entry is missing, outdated or corrupt are extracted (``force``:
    every article); only files whose content changed are written. Ledger files of removed articles
    are reported, and deleted with ``prune``. Returns the loaded articles (as a Report without
    findings) and what was written.
    """
    from factcheck.ledger import Ledger, locked, refresh, remove_leftovers, settings_digest
    from factcheck.load import load_paths
    from factcheck.parallel import extract_many

    options = options or Options()
    loaded = load_paths(paths)
    settings = settings_digest(options)
    with locked(folder):  # one writer at a time (``review`` too): nothing another run wrote is lost
        remove_leftovers(folder)  # (a run killed while it wrote left them)
        with collector.paused():  # the ledger's entries live until it is refreshed (factcheck.collector)
            current = Ledger.open(folder, settings, strict=False)
        stale = [a for a in loaded.articles if force or not current.is_fresh(a)]
        extracted = extract_many(stale, options)
        by_name = {a.name: claims for a, claims in zip(stale, extracted, strict=True)}
        done = refresh(
            folder,
            loaded.articles,
            [Path(p) for p in paths],
            lambda article: by_name.get(article.name),
            settings,
            prune=prune,
            ledger=current,
        )
    report = Report(articles=loaded.articles, claims=(), findings=(), problems=loaded.problems)
    return report, done


def _reviews(options: Options, findings: Sequence[Finding]) -> tuple[Review, ...]:
    """The reviews of ``options.reviews``, each under the id of the finding it follows."""
    from factcheck.reviews import follow, load_reviews

    return follow(load_reviews(options.reviews), findings) if options.reviews else ()


def claims_of(report: Report, article: str) -> Iterable[Claim]:
    return (c for c in report.claims if c.location.article == article)
