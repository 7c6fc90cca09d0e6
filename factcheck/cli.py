"""The command line: parse options, call the library, pick a reporter, set the exit code.

Heavy modules (pint, rapidfuzz, the pipeline) are imported inside the commands that need them, so
``factcheck --help`` stays fast.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from factcheck.errors import FactcheckError
from factcheck.report import Format

app = typer.Typer(
    name="factcheck",
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


def _err(message: str) -> None:
    sys.stderr.write(message + "\n")


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


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as e:
        raise FactcheckError(f"{output}: cannot write ({e.strerror or e})") from e


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    global _debug
    _debug = debug
    if version:
        from factcheck import __version__

        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(0)


@app.command()
def check(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Article files or folders (recursive). Default: corpus/.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.TEXT,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to FILE.")] = None,
    fail_on: Annotated[FailOn, typer.Option(help="Which findings make the exit code 1.")] = FailOn.CONFLICT,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings fail.")] = False,
    color: Annotated[Color, typer.Option(help="Colour the text report.")] = Color.AUTO,
) -> None:
    """Check the articles: contradictions first, then agreements, then single-source claims."""
    from factcheck.api import Options
    from factcheck.api import check as run_check
    from factcheck.report import render

    targets = paths or [Path("corpus")]
    report = run_check(targets, Options())
    for problem in report.problems:
        _err(f"warning: {problem}")
    if not report.articles:
        raise FactcheckError(f"{', '.join(map(str, targets))}: no articles found (.txt or .md)")
    text = render(report, fmt, color=use_color(color) and output is None and fmt is Format.TEXT)
    _write(text, output)
    if output is not None or fmt is not Format.TEXT:
        counts = ", ".join(f"{len(report.by_verdict(v))} {v.value}" for v in _verdicts())
        _err(f"{len(report.articles)} articles, {len(report.claims)} claims: {counts}")
    code = 0 if exit_zero else report.exit_code(fail_on.value)
    raise typer.Exit(code)


@enum.unique
class EvalFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (see docs/gold-format.md).")],
    corpus: Annotated[
        Path | None, typer.Option(help="The corpus folder; default: the gold file's [corpus] path.")
    ] = None,
    fmt: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.TEXT,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the scores to FILE.")] = None,
) -> None:
    """Score the findings against an annotated gold file: precision, recall, F1 per verdict."""
    import json

    from factcheck.api import check as run_check
    from factcheck.evaluate import evaluate as score
    from factcheck.evaluate import evaluation_json, load_gold, render_evaluation_text, texts_of

    if not gold.is_file():
        raise FactcheckError(f"{gold}: no such gold file")
    spec = load_gold(gold, corpus)
    report = run_check([spec.corpus])
    for problem in report.problems:
        _err(f"warning: {problem}")
    result = score(report, spec, texts_of(report))
    if fmt is EvalFormat.JSON:
        text = json.dumps(evaluation_json(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    else:
        text = render_evaluation_text(result)
    _write(text, output)


def _verdicts():
    from factcheck.models import Verdict

    return list(Verdict)


def main() -> None:
    """Console-script entry point: one-line errors with exit code 2, tracebacks only with --debug."""
    try:
        app(standalone_mode=False)
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
    except Exception as e:  # click usage errors and the like
        import click

        if isinstance(e, click.exceptions.Abort):
            _err("aborted")
            sys.exit(130)
        if isinstance(e, click.ClickException):
            e.show()
            sys.exit(2)
        if _debug:
            raise
        _err(f"error: internal error: {type(e).__name__}: {e} (run with --debug for a traceback)")
        sys.exit(2)
