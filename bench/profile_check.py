"""Profile ``factcheck check`` in-process on the bench corpus and print the hot spots.

    python bench/profile_check.py [--corpus ../shared/bench-corpus] [--articles 2225] [--jobs 1]
                            [--profiler pyinstrument|cprofile] [--top 25] [--html FILE] [--warm]

Builds a corpus of ``--articles`` articles in a temporary folder (as bench_scale.py does: the real
BBC articles, never copied into the repository), then profiles ``api.check`` followed by the JSON
rendering, which is what ``factcheck check DIR --no-ledger --format json`` does after argument
parsing. ``--jobs 1`` (the default) keeps extraction in this process so that it is profiled;
with more workers only the parent's share (waiting, matching, judging) shows. ``--warm`` first
writes a ledger (``api.extract``, not profiled) and profiles the check with that up-to-date ledger,
as ``factcheck check DIR --ledger L --format json`` does.

Prints three Markdown tables: the stages (time under each top-level call), functions by self time
(with their cumulative share), and factcheck functions by cumulative time. Percentages are of the
profiled wall time; a recursive function's cumulative time is counted once.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scale import DEFAULT_CORPUS, build, sources

ROOT = Path(__file__).resolve().parent.parent


def where(file: str | None, line: int | None) -> str:
    if not file:
        return ""
    path = Path(file)
    try:
        short = path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        parts = path.parts
        short = "/".join(parts[parts.index("site-packages") + 1 :]) if "site-packages" in parts else path.name
    return f"{short}:{line}" if line else short


def work(folder: Path, jobs: int, ledger: Path | None = None) -> int:
    import gc

    from factcheck import collector
    from factcheck.api import Options, check
    from factcheck.cli import GC_THRESHOLDS
    from factcheck.report import Format, render_chunks

    gc.set_threshold(*GC_THRESHOLDS)  # as the command line sets them
    collector.file_survivors_with_oldest()

    report = check([folder], Options(jobs=jobs, ledger=ledger))
    # piece by piece, as the command line writes it (never joined into one 192 MB string)
    return sum(map(len, render_chunks(report, Format.JSON))) + len(report.claims)


Stats = dict[tuple[str, str], list[float]]
"""(function, file:line) -> [cumulative seconds, self seconds]."""


def with_pyinstrument(
    folder: Path, jobs: int, ledger: Path | None, html: Path | None
) -> tuple[float, Stats, list[tuple[str, float]]]:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001)
    profiler.start()
    work(folder, jobs, ledger)
    profiler.stop()
    session = profiler.last_session
    if html:
        html.write_text(profiler.output_html())
    root = session.root_frame(trim_stem=False)
    stats: Stats = defaultdict(lambda: [0.0, 0.0])
    stack = [(root, frozenset())]
    while stack:
        frame, above = stack.pop()
        if frame.is_synthetic:
            continue
        key = (frame.function, where(frame.file_path, frame.line_no))
        entry = stats[key]
        if key not in above:
            entry[0] += frame.time
        entry[1] += frame.total_self_time
        stack.extend((child, above | {key}) for child in frame.children)
    return session.duration, stats, _stages(root)


def _stages(root) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """Time under each call made by api.check, api._compute (what a check computes when no cached
    result is used) and work (the stages), from the frame tree."""
    out: list[tuple[str, float]] = []
    todo = [root]
    while todo:
        frame = todo.pop()
        if (
            frame.function in ("check", "_compute", "work")
            and frame.file_path
            and frame.file_path.endswith(("api.py", "profile_check.py"))
        ):
            for child in frame.children:
                if not child.is_synthetic and child.function not in ("check", "_compute"):
                    out.append((f"{child.function} ({where(child.file_path, child.line_no)})", child.time))
        todo.extend(frame.children)
    merged: dict[str, float] = defaultdict(float)
    for name, secs in out:
        merged[name] += secs
    return sorted(merged.items(), key=lambda kv: -kv[1])


def with_cprofile(folder: Path, jobs: int, ledger: Path | None) -> tuple[float, Stats, list[tuple[str, float]]]:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(work, folder, jobs, ledger)
    duration = time.perf_counter() - start
    raw = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    stats: Stats = {}
    for (file, line, func), (_cc, _nc, tottime, cumtime, _callers) in raw.items():
        stats[(func, where(file, line) if file != "~" else "(builtin)")] = [cumtime, tottime]
    return duration, stats, []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=2225, help="Corpus size (2,225: every article once).")
    parser.add_argument("--jobs", type=int, default=1, help="Extraction workers (1: profile extraction too).")
    parser.add_argument("--profiler", choices=("pyinstrument", "cprofile"), default="pyinstrument")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--html", type=Path, help="Also write pyinstrument's HTML report here.")
    parser.add_argument("--warm", action="store_true", help="Profile the check with an up-to-date ledger.")
    parser.add_argument("--extract-jobs", type=int, default=2, help="Workers for the ledger of --warm.")
    args = parser.parse_args()
    src = sources(args.corpus)
    with tempfile.TemporaryDirectory(prefix="fc-profile-") as tmp:
        folder = Path(tmp) / "corpus"
        size = build(folder, src, args.articles)
        work_dir = Path(tmp) / "warm"  # imports and first-use caches, not profiled
        build(work_dir, src, 3)
        work(work_dir, 1)
        ledger = None
        if args.warm:
            from factcheck.api import Options, extract

            ledger = Path(tmp) / "ledger"
            extract([folder], ledger, Options(jobs=args.extract_jobs))
        if args.profiler == "pyinstrument":
            try:
                duration, stats, stages = with_pyinstrument(folder, args.jobs, ledger, args.html)
            except ImportError:
                print("pyinstrument not installed: using cProfile", file=sys.stderr)
                duration, stats, stages = with_cprofile(folder, args.jobs, ledger)
        else:
            duration, stats, stages = with_cprofile(folder, args.jobs, ledger)
    print(
        f"{args.profiler}: factcheck check{' with an up-to-date ledger' if args.warm else ''} (+ JSON rendering),"
        f" {args.articles:,} articles, {size / 1e6:.1f} MB,"
        f" jobs={args.jobs}: {duration:.1f} s profiled\n"
    )
    if stages:
        print("| stage (call under check) | s | % |\n|---|---:|---:|")
        for name, secs in stages[:12]:
            print(f"| `{name}` | {secs:.2f} | {100 * secs / duration:.1f} |")
        print()
    print("| function (by self time) | where | self % | cumulative % |\n|---|---|---:|---:|")
    for (func, loc), (cum, own) in sorted(stats.items(), key=lambda kv: -kv[1][1])[: args.top]:
        print(f"| `{func}` | {loc} | {100 * own / duration:.1f} | {100 * cum / duration:.1f} |")
    print("\n| factcheck function (by cumulative time) | where | cumulative % | self % |\n|---|---|---:|---:|")
    ours = [(k, v) for k, v in stats.items() if k[1].startswith("factcheck/")]
    for (func, loc), (cum, own) in sorted(ours, key=lambda kv: -kv[1][0])[: args.top]:
        print(f"| `{func}` | {loc} | {100 * cum / duration:.1f} | {100 * own / duration:.1f} |")


if __name__ == "__main__":
    main()
