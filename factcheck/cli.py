"""The command line: parse options, call the library, pick a reporter, set the exit code.

Heavy modules (pint, rapidfuzz, the pipeline) are imported inside the commands that need them, so
``factcheck --help`` stays fast.
"""

from __future__ import annotations

import contextlib
import enum
import gc
import inspect
import os
import sys
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from factcheck import collector
from factcheck.environment import switched_on
from factcheck.errors import FactcheckError
from factcheck.models import ClaimKind, ReviewStatus
from factcheck.report import Format
from factcheck.terminal import one_line

GC_THRESHOLDS = (200_000, 30, 30)
"""Garbage collector thresholds for a run (generation 0 collected every 200,000 allocations)."""


def _people_types(params: list[typing.Any]) -> list[typing.Any]:
    """Help written for people: an option's value is its metavar (``--jobs N``, ``--format
    FORMAT``), a flag or an argument shows no type at all, instead of typer's ``<bool>``,
    ``<list[Path]>``, ``<int range> [x>=1]``. (typer draws the type column from each parameter's
    ``display_type_rich``; where a typer has no such method, its help is left as it is.)"""
    for param in params:
        if not hasattr(param, "display_type_rich"):
            continue
        shown = None if param.param_type_name == "argument" or getattr(param, "is_flag", False) else param.metavar
        param.display_type_rich = lambda ctx, shown=shown: shown
    return params


class _Group(typer.core.TyperGroup):
    def get_params(self, ctx: typing.Any) -> list[typing.Any]:
        return _people_types(super().get_params(ctx))


class _Command(typer.core.TyperCommand):
    def get_params(self, ctx: typing.Any) -> list[typing.Any]:
        return _people_types(super().get_params(ctx))


app = typer.Typer(
    name="factcheck",
    cls=_Group,
    help="Where news reports about one story agree, contradict each other, or stand alone.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@enum.unique
class FailOn(str, enum.Enum):
    CONFLICT = "conflict"
    ANY = "any"
    NONE = "none"


@enum.unique
class Color(str, enum.Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


_debug = False
JOBS_HELP = "Worker processes for extraction. Default: one per core (small corpora run in-process)."

E = typing.TypeVar("E", bound=enum.Enum)


def _choices(choices: type[enum.Enum]) -> str:
    """``text, json or html``: an enum's values, for help texts and errors."""
    values = [str(c.value) for c in choices]
    return ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]


def _choice(choices: type[E], what: str) -> Callable[[object], E]:
    """A parser of one of ``choices`` by its value whose error names them for people: ``'xml' is
    not a format: give text, json, ...`` (not the validation library's ``Value error, ...``)."""

    def parse(value: object) -> E:
        if isinstance(value, choices):
            return value
        try:
            return choices(value)
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not {what}: give {_choices(choices)}") from None

    return parse


def _jobs(value: object) -> int:
    """--jobs N: a whole number, 1 or more."""
    if isinstance(value, int):
        n = value
    else:
        try:
            n = int(str(value))
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a number of jobs: give a whole number, 1 or more") from None
    if n < 1:
        raise typer.BadParameter(f"{n} jobs: give 1 or more")
    return n


Jobs = Annotated[int | None, typer.Option("--jobs", "-j", metavar="N", parser=_jobs, help=JOBS_HELP)]


@contextlib.contextmanager
def _progress(shown: bool = True) -> Iterator[Callable[[str, int, int], None] | None]:
    """A rich progress bar on stderr when it is a terminal and ``shown`` (not for a machine
    format: a tool reading it may share the terminal); otherwise no callback at all."""
    # stderr itself, not rich's Console.is_terminal: FORCE_COLOR makes rich call any stream a terminal
    if not shown or not sys.stderr.isatty() or switched_on("CI"):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if total < 50:
            return
        if stage not in tasks:
            tasks[stage] = bar.add_task(stage, total=total)
        bar.update(tasks[stage], completed=done)

    with bar:
        yield update


def _err(message: str) -> None:
    """One message on stderr, on one line and without control characters (file names and article
    text are the user's input); nothing when the reader has gone (``2>&1 | head``)."""
    try:
        sys.stderr.write(one_line(message) + "\n")
        sys.stderr.flush()
    except BrokenPipeError:
        _gone(sys.stderr)


def _gone(stream: TextIO) -> None:
    """The reader of ``stream`` has gone: later writes (and the flush at exit) go nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


_closed_at_start = {0: False, 1: False, 2: False}
"""Standard streams that were closed when factcheck started (``>&-``): ``_plug_closed`` opened
the null device in their place, so that no file factcheck opens takes their number."""


def _plug_closed() -> None:
    """Open the null device on each standard stream (0, 1, 2) that is closed, and remember it: a
    report for a closed stdout is an error (``_write``); a closed stderr hears nothing."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
            continue
        except OSError:
            pass
        _closed_at_start[fd] = True
        null = os.open(os.devnull, os.O_RDWR)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", encoding="utf-8", closefd=False))  # noqa: SIM115


def _width(output: Path | None) -> int:
    """The terminal's width when the report goes to one, else 100 columns."""
    if output is None and sys.stdout.isatty():
        import shutil

        return max(60, shutil.get_terminal_size((100, 24)).columns)
    return 100


def use_color(choice: Color, stream: object = sys.stdout) -> bool:
    """NO_COLOR wins over FORCE_COLOR; ``auto`` means colour only on a terminal."""
    if choice is Color.NEVER:
        return False
    if choice is Color.ALWAYS:
        return True
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _write(text: str | Iterable[str], output: Path | None) -> None:
    """Write the text (or its pieces, as they come) to stdout or atomically to ``output``."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        if _closed_at_start[1]:
            raise FactcheckError("stdout is closed: nowhere to write the report", hint="give --output FILE")
        try:
            sys.stdout.writelines(pieces)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the rest is not wanted; the exit code still says what was found
            _gone(sys.stdout)
        except OSError as e:  # /dev/full (ENOSPC), an I/O error: the report is not complete
            _gone(sys.stdout)
            raise FactcheckError(f"stdout: cannot write the report ({e.strerror or e})") from None
        return
    from factcheck.ledger import write_atomic

    try:
        if output.exists() and not output.is_file():
            # /dev/null, a named pipe...: written in place; replacing it with a file would break it
            with output.open("w", encoding="utf-8", newline="\n") as f:
                f.writelines(pieces)
        else:
            write_atomic(output, pieces)
    except OSError as e:
        raise FactcheckError(f"{output}: cannot write ({e.strerror or e})") from e


# Options shared by the commands that read the corpus.
Paths = Annotated[
    list[Path] | None,
    typer.Argument(metavar="PATH", help="Article files or folders (recursive). Default: corpus/.", show_default=False),
]
LedgerDir = Annotated[
    Path | None,
    typer.Option("--ledger", metavar="DIR", help="The claims ledger folder (and its reviews.toml). Default: claims/."),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Read settings from FILE instead of the factcheck.toml or pyproject.toml found upward.",
    ),
]


def _config(path: Path | None):
    from factcheck.config import load_config

    config = load_config(path)
    for warning in config.warnings:
        _err(f"warning: {warning}")
    return config


def _targets(paths: list[Path] | None) -> list[Path]:
    return paths or [Path("corpus")]


def _no_articles(report, targets: list[Path], strict: bool = False) -> None:
    for problem in report.problems:
        _err(f"{'error' if strict else 'warning'}: {problem}")
    if not report.articles:
        raise FactcheckError(f"{', '.join(map(str, targets))}: no articles found (.txt, .md or .html)")
    if len(report.articles) == 1:
        _err(f"note: only one article ({report.articles[0].name}): nothing to compare it with")


def _extract_command(targets: list[Path], ledger: Path) -> str:
    where = "" if ledger == Path("claims") else f" --ledger {ledger}"
    return f"factcheck extract {' '.join(map(str, targets))}{where}"


def _print_version(value: bool) -> None:
    if value:
        from factcheck import __version__

        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False,
    version: Annotated[
        bool,
        # Eager: handled while the options are parsed, before click asks for a command.
        typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
    ] = False,
) -> None:
    global _debug
    _debug = debug
    # As mypy does: a run builds hundreds of thousands of long-lived objects (claims, findings),
    # which the default thresholds (700, 10, 10) walk again and again; a third of a warm check at
    # 10,000 articles went to the collector (bench/RESULTS.md).
    gc.set_threshold(*GC_THRESHOLDS)
    # A run checks once and exits: what a pause built may skip the young generations for good.
    collector.file_survivors_with_oldest()


@app.command(cls=_Command)
def check(
    paths: Paths = None,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            parser=_choice(Format, "a report format"),
            help=f"Report format: {_choices(Format)}. Default: text.",
            show_default=False,
        ),
    ] = Format.TEXT,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE (atomically) instead of stdout."),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            metavar="WHICH",
            parser=_choice(FailOn, "a choice of findings"),
            help="Which findings make the exit code 1: conflict, any (conflicts and compatible) or none."
            " Default: fail-on of the configuration, else conflict.",
        ),
    ] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings fail.")] = False,
    color: Annotated[
        Color,
        typer.Option(
            metavar="WHEN",
            parser=_choice(Color, "a choice of colour"),
            help="Colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never.",
            show_default=False,
        ),
    ] = Color.AUTO,
    jobs: Jobs = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="A file that cannot be read is an error (exit 2), not a warning.")
    ] = False,
    ledger: LedgerDir = None,
    no_ledger: Annotated[
        bool, typer.Option("--no-ledger", help="Extract every article afresh, ignoring claims/*.json (reviews apply).")
    ] = False,
    check_ledger: Annotated[
        bool,
        typer.Option("--check-ledger", help="Also exit 1 when the ledger is stale: missing, outdated or orphaned."),
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(metavar="REF", help="Fail only on findings involving articles added or changed since git REF."),
    ] = None,
    disable: Annotated[
        list[ClaimKind] | None,
        typer.Option(
            "--disable",
            metavar="KIND",
            parser=_choice(ClaimKind, "a kind of claim"),
            help=f"Leave out claims of KIND: {_choices(ClaimKind)} (repeatable; overrides disabled-kinds).",
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Judge afresh even when nothing changed since the last check (also FACTCHECK_NO_CACHE=1).",
        ),
    ] = False,
    config: ConfigFile = None,
) -> None:
    """Check the articles: contradictions first, then agreements, then single-source claims.

    Reads the claims ledger (claims/) when there is one: articles whose entry is fresh are not
    extracted again. It never writes the ledger; `factcheck extract` does. The result is cached
    in ~/.cache/factcheck (FACTCHECK_CACHE_DIR): a check of an unchanged corpus loads it.
    """
    from factcheck.api import check as run_check
    from factcheck.cache import closed_to_others, default_folder
    from factcheck.config import options_for
    from factcheck.ledger import REVIEWS_FILE
    from factcheck.report import render_chunks, size

    if check_ledger and no_ledger:
        raise FactcheckError("--check-ledger checks the ledger that --no-ledger leaves out: give one of them")
    settings = _config(config)
    targets = _targets(paths)
    folder = ledger or Path("claims")
    options = options_for(
        settings,
        ledger=None if no_ledger else folder,
        reviews=folder / REVIEWS_FILE,
        since=since,
        disabled=frozenset(disable) if disable else None,
    )
    cache = None if no_cache else default_folder()
    if cache is not None and (off := closed_to_others(cache)):
        _err(f"note: {off}")
    with _progress(shown=fmt is Format.TEXT) as progress:
        report = run_check(targets, replace(options, jobs=jobs, progress=progress, cache=cache))
    _no_articles(report, targets, strict)
    _review_messages(report, targets, folder / REVIEWS_FILE, options.disabled_kinds)
    _ledger_messages(report, targets, folder, check_ledger)
    chunks = render_chunks(
        report,
        fmt,
        color=use_color(color) and output is None and fmt is Format.TEXT,
        width=_width(output),
        base=output.parent if output is not None else None,
    )
    _write(chunks, output)
    if output is not None or fmt is not Format.TEXT:
        counts = ", ".join(f"{len(report.by_verdict(v))} {v.value}" for v in _verdicts())
        _err(f"{size(report)}: {counts}")
    policy = (fail_on.value if fail_on else None) or settings.fail_on or FailOn.CONFLICT.value
    failing = report.failing(policy)
    if failing:
        ids = ", ".join(f.id for f in failing[:5]) + (", ..." if len(failing) > 5 else "")
        what = "conflict" if policy == FailOn.CONFLICT.value else "finding"
        _err(
            f"{len(failing)} {what}{'s' if len(failing) != 1 else ''} not reviewed: {ids}"
            " (`factcheck show ID` for the evidence, `factcheck review ID --note ...` to accept one)"
        )
    code = 0 if exit_zero else report.exit_code(policy, check_ledger=check_ledger)
    if strict and report.problems:
        code = 2  # input errors outrank findings: the report above is still complete for the rest
    raise typer.Exit(code)


def _review_messages(report, targets: list[Path], file: Path, disabled) -> None:
    """Reviews that followed their finding to a new id (a note each), and orphaned ones (a warning)."""
    from factcheck.reviews import orphaned_reviews

    for review in report.reviews:
        if review.recorded_as:
            _err(
                f"note: {file}: review of {review.recorded_as} follows its finding, now {review.id}"
                f" (the same claims; a value changed); `factcheck review --prune` records it under {review.id}"
            )
    for review in orphaned_reviews(report, targets, disabled):
        _err(
            f"warning: {file}: review of {review.id} is orphaned: no finding has its claims any more"
            f" ({review.about or 'finding'}); `factcheck review --prune` removes it, or review the new finding"
        )


def _ledger_messages(report, targets: list[Path], folder: Path, check_ledger: bool) -> None:
    """Stale ledger files: each on a line with --check-ledger, else one note when a ledger exists."""
    from factcheck.ledger import holds_entries

    if not report.ledger:
        return
    fix = f"run `{_extract_command(targets, folder)}` and commit {folder}/"
    if check_ledger:
        for issue in report.ledger:
            _err(f"stale: {issue}")
        extra = sorted({i.state.value for i in report.ledger} & {"orphaned", "duplicate"})
        _err(
            f"the ledger {folder}/ is stale ({len(report.ledger)} file{'s' if len(report.ledger) != 1 else ''}): {fix}"
            + (f" (--prune removes {' and '.join(extra)} files)" if extra else "")
        )
    elif holds_entries(folder):  # (a folder holding only reviews.toml is no ledger: `review` writes it)
        counts: dict[str, int] = {}
        for issue in report.ledger:
            counts[issue.state.value] = counts.get(issue.state.value, 0) + 1
        summary = ", ".join(f"{n} {state}" for state, n in sorted(counts.items()))
        _err(f"note: the ledger {folder}/ is stale ({summary}); stale articles were extracted afresh; {fix}")


@app.command(cls=_Command)
def extract(
    paths: Paths = None,
    ledger: LedgerDir = None,
    prune: Annotated[
        bool, typer.Option("--prune", help="Remove ledger files of articles that no longer exist.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Extract every article again, even those whose ledger file is fresh.")
    ] = False,
    jobs: Jobs = None,
    config: ConfigFile = None,
) -> None:
    """Write or refresh the claims ledger: claims/<article>.json for every article.

    Articles whose ledger file is fresh (same sha256, metadata, settings and extractor version) are
    not extracted again (--force extracts them all); only files whose content changed are rewritten.
    """
    from factcheck.api import extract as run_extract
    from factcheck.config import options_for

    settings = _config(config)
    targets = _targets(paths)
    folder = ledger or Path("claims")
    with _progress() as progress:
        report, done = run_extract(
            targets, folder, replace(options_for(settings), jobs=jobs, progress=progress), prune=prune, force=force
        )
    if report.articles:
        _no_articles(report, targets)  # (its warnings; without articles, after saying what was removed)
    for warning in done.warnings:
        _err(f"warning: {warning}")
    for name in done.written:
        _err(f"wrote {name}")
    for name in done.orphaned:
        _err(f"orphaned: {name}: its article no longer exists (--prune removes it)")
    for name, first in done.duplicated:
        _err(f"duplicate: {name}: {first} records the same article (--prune removes it)")
    for name in done.pruned:
        _err(f"removed {name}")
    _err(
        f"{folder}/: {len(done.written)} written, {done.unchanged} unchanged"
        + (f", {len(done.orphaned)} orphaned" if done.orphaned else "")
        + (f", {len(done.duplicated)} duplicate" if done.duplicated else "")
        + (f", {len(done.pruned)} removed" if done.pruned else "")
    )
    if not report.articles:
        _no_articles(report, targets)
    raise typer.Exit(0)


@enum.unique
class ShowFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"


FindingId = Annotated[str, typer.Argument(metavar="ID", help="A finding id, e.g. FC-1a2b3c4d (see `factcheck check`).")]


def _report_for(paths: list[Path] | None, ledger: Path | None, config: Path | None):
    from factcheck.api import check as run_check
    from factcheck.cache import default_folder
    from factcheck.config import options_for
    from factcheck.ledger import REVIEWS_FILE

    targets = _targets(paths)
    folder = ledger or Path("claims")
    options = options_for(_config(config), ledger=folder, reviews=folder / REVIEWS_FILE)
    report = run_check(targets, replace(options, cache=default_folder()))
    _no_articles(report, targets)
    return report, folder, options


@app.command(cls=_Command)
def show(
    finding_id: FindingId,
    paths: Paths = None,
    fmt: Annotated[
        ShowFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            parser=_choice(ShowFormat, "a format of show"),
            help="Output format: text or json. Default: text.",
            show_default=False,
        ),
    ] = ShowFormat.TEXT,
    ledger: LedgerDir = None,
    config: ConfigFile = None,
    color: Annotated[
        Color,
        typer.Option(
            metavar="WHEN",
            parser=_choice(Color, "a choice of colour"),
            help="Colour the text: auto (on a terminal, unless NO_COLOR is set), always or never.",
            show_default=False,
        ),
    ] = Color.AUTO,
) -> None:
    """Print one finding with its full evidence: every claim's file:line:col, sentence, value and steps."""
    import json

    from factcheck.report.json import finding_json
    from factcheck.report.text import render_finding
    from factcheck.reviews import find_finding

    report, _, _ = _report_for(paths, ledger, config)
    finding = find_finding(report, finding_id)
    if fmt is ShowFormat.JSON:
        paths_by_name = {a.name: str(a.path) for a in report.articles}
        data = finding_json(finding, paths_by_name, report.review_of(finding.id))
        text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    else:
        text = render_finding(report, finding, color=use_color(color))
    _write(text, None)


@app.command(cls=_Command)
def review(
    finding_id: Annotated[
        str | None,
        typer.Argument(
            metavar="ID",
            help="A finding id, e.g. FC-1a2b3c4d (see `factcheck check`); none with --prune.",
            show_default=False,
        ),
    ] = None,
    paths: Paths = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            "-m",
            metavar="TEXT",
            help="What you found: why this finding is accepted (needed but for --prune).",
        ),
    ] = None,
    status: Annotated[
        ReviewStatus,
        typer.Option(
            metavar="STATUS",
            parser=_choice(ReviewStatus, "a review status"),
            help="accepted (a real, known discrepancy; the default) or false-positive (the tool is wrong).",
            show_default=False,
        ),
    ] = ReviewStatus.ACCEPTED,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune",
            help="Instead: remove orphaned reviews (no finding has their claims any more), and record"
            " reviews that followed their finding to a new id under that id.",
        ),
    ] = False,
    ledger: LedgerDir = None,
    config: ConfigFile = None,
) -> None:
    """Record a review of a finding in claims/reviews.toml: it is still reported but no longer fails the check.

    A review follows its finding when a value changes (and with it the finding's id): it is
    matched by the finding's claims. Only reviews.toml is written (never the claim files).
    """
    from factcheck.ledger import REVIEWS_FILE
    from factcheck.reviews import find_finding, record, review_of

    if prune:
        _prune_reviews(finding_id, paths, note, ledger, config)
        return
    if finding_id is None:
        raise FactcheckError("give the id of the finding to review", hint="`factcheck check` lists them; or --prune")
    if note is None:
        raise FactcheckError("--note: a review needs a note saying what was found")
    report, folder, _ = _report_for(paths, ledger, config)
    finding = find_finding(report, finding_id)
    followed = report.review_of(finding.id)
    new = review_of(finding, status, note)
    if followed is not None and followed.recorded_as:
        new = replace(new, recorded_as=followed.recorded_as)  # (its table, under the old id, is replaced)
    notes: list[str] = []
    replaced = record(folder / REVIEWS_FILE, new, notes)
    for message in notes:
        _err(f"note: {message}")
    was = f", recorded until now as {new.recorded_as}" if new.recorded_as else ""
    done = "updated" if replaced else "recorded"
    _err(f"{done} review of {finding.id} ({status.value}) in {folder / REVIEWS_FILE}{was}")


def _prune_reviews(
    first: str | None, paths: list[Path] | None, note: str | None, ledger: Path | None, config: Path | None
) -> None:
    """``review --prune``: orphaned reviews removed, followed ones recorded under their new id."""
    from factcheck.ledger import REVIEWS_FILE
    from factcheck.reviews import orphaned_reviews, prune, review_of

    if note is not None:
        raise FactcheckError("--prune removes reviews and records none: give no --note")
    if first is not None and first[:3].upper() == "FC-":
        raise FactcheckError(f"--prune takes no finding id ({first}): it prunes every review of the articles checked")
    given = ([Path(first)] if first is not None else []) + (paths or [])  # (``review --prune corpus/``)
    report, folder, options = _report_for(given or None, ledger, config)
    file = folder / REVIEWS_FILE
    orphaned = orphaned_reviews(report, _targets(given or None), options.disabled_kinds)
    findings = {f.id: f for f in report.findings}
    followed = [  # recorded afresh for their finding: its claims, their status and note
        replace(review_of(findings[r.id], r.status, r.note), recorded_as=r.recorded_as)
        for r in report.reviews
        if r.recorded_as
    ]
    if not orphaned and not followed:
        _err(f"{file}: nothing to prune")
        return
    notes: list[str] = []
    prune(file, [r.id for r in orphaned], followed, notes)
    for message in notes:
        _err(f"note: {message}")
    for r in orphaned:
        _err(f"removed review of {r.id} ({r.about or 'finding'}): orphaned")
    for r in followed:
        _err(f"moved review of {r.recorded_as} to {r.id}, its finding's id now")
    _err(f"{file}: {len(orphaned)} removed, {len(followed)} moved")


@enum.unique
class EvalFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"


@app.command(cls=_Command)
def evaluate(
    gold: Annotated[
        list[Path],
        typer.Argument(
            metavar="GOLD",
            help="Gold files (see docs/gold-format.md), or folders: every gold.toml under a folder.",
            show_default=False,
        ),
    ],
    corpus: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR",
            help="The corpus folder (one gold file only); default: the path in the gold file's \\[corpus] table.",
        ),
    ] = None,
    fmt: Annotated[
        EvalFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            parser=_choice(EvalFormat, "a format of scores"),
            help="Output format: text or json. Default: text.",
            show_default=False,
        ),
    ] = EvalFormat.TEXT,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the scores to FILE.")
    ] = None,
) -> None:
    """Score the findings against annotated gold files: precision, recall, F1 per verdict.

    With several gold files (or a folder of them), one row per corpus and the pooled
    (micro-averaged) scores; for each gold finding not found, where it was lost: not-extracted,
    not-grouped or wrong-verdict.
    """
    import json

    from factcheck.api import check as run_check
    from factcheck.evaluate import evaluate as score
    from factcheck.evaluate import (
        evaluation_json,
        gold_files,
        load_gold,
        pool,
        pooled_json,
        render_evaluation_text,
        render_pooled_text,
        texts_of,
    )

    files = gold_files(gold)
    if corpus is not None and len(files) > 1:
        raise FactcheckError(f"--corpus names one corpus, but {len(files)} gold files were given")
    results = []
    for path in files:
        _readable_toml(path)
        spec = load_gold(path, corpus)
        report = run_check([spec.corpus])
        for problem in report.problems:
            _err(f"warning: {problem}")
        results.append(score(report, spec, texts_of(report)))
    if len(gold) == 1 and len(files) == 1 and not gold[0].is_dir():
        data, text = evaluation_json(results[0]), render_evaluation_text
        rendered = text(results[0]) if fmt is not EvalFormat.JSON else ""
    else:
        pooled = pool(results)
        data = pooled_json(pooled)
        rendered = render_pooled_text(pooled) if fmt is not EvalFormat.JSON else ""
    if fmt is EvalFormat.JSON:
        rendered = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    _write(rendered, output)


def _readable_toml(path: Path) -> None:
    """A one-line error unless ``path`` is a regular file of TOML that ``tomllib`` reads without
    running out of stack or digits (``readers.load_toml``); what it means is its reader's to say."""
    import tomllib

    from factcheck.readers import load_toml, read_regular

    try:
        load_toml(read_regular(path).decode("utf-8-sig"))
    except OSError as e:
        raise FactcheckError(f"{path}: cannot read ({e.strerror or e})") from None
    except UnicodeDecodeError as e:
        raise FactcheckError(f"{path}: not valid UTF-8 (byte {e.start})") from None
    except tomllib.TOMLDecodeError as e:
        raise FactcheckError(f"{path}: malformed TOML: {e}") from None


def _verdicts():
    from factcheck.models import Verdict

    return list(Verdict)


def _parser_exceptions() -> tuple[tuple[type, ...], tuple[type, ...]]:
    """Abort and usage-error classes of the command-line parser: click's, or the copy of click
    that recent typer releases vendor (typer._click), whichever are installed."""
    aborts: list[type] = [typer.Abort]
    usage: list[type] = []
    try:
        import click  # type: ignore[import-not-found,unused-ignore]

        aborts.append(click.exceptions.Abort)
        usage.append(click.ClickException)
    except ImportError:
        pass
    try:
        from typer._click.exceptions import ClickException  # type: ignore[import-not-found]

        usage.append(ClickException)
    except ImportError:
        pass
    return tuple(aborts), tuple(usage)


def _reflowed(doc: str) -> str:
    """A docstring with each paragraph on one line: rich wraps them to the terminal's width (typer
    would keep the docstring's own line breaks, which then fall mid-line)."""
    return "\n\n".join(" ".join(p.split()) for p in inspect.cleandoc(doc).split("\n\n"))


for _command in app.registered_commands:
    if _command.help is None and _command.callback is not None and _command.callback.__doc__:
        _command.help = _reflowed(_command.callback.__doc__)


def main() -> None:
    """Console-script entry point: one-line errors with exit code 2, tracebacks only with --debug."""
    _plug_closed()
    try:
        # Without standalone mode click returns the code of a typer.Exit instead of exiting.
        code = app(standalone_mode=False, prog_name="factcheck")  # `python -m factcheck` too
        if isinstance(code, int) and not isinstance(code, bool):
            if code == 130:  # typer turns Ctrl-C into Exit(130), silently
                _err("interrupted: nothing half-written; the ledger holds what was complete")
            sys.exit(code)
    except FactcheckError as e:
        if _debug:
            raise
        _err(f"error: {e}")
        if e.hint:
            _err(f"hint: {e.hint}")
        sys.exit(2)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Exception as e:  # usage errors and the like
        aborts, usage_errors = _parser_exceptions()
        if isinstance(e, aborts):
            _err("aborted")
            sys.exit(130)
        if isinstance(e, usage_errors):
            e.show()  # type: ignore[attr-defined]
            sys.exit(2)
        if _debug:
            raise
        _err(f"error: internal error: {type(e).__name__}: {e} (run with --debug for a traceback)")
        sys.exit(2)
