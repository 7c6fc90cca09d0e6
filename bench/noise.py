"""The noise floor: conflicts raised in folders of unrelated reports of one kind of news.

    python bench/noise.py [--corpus DIR] [--folders N] [--size K] [--seed S] [--show]

Quality, not speed. Each folder holds K reports drawn at random (seed S) from one category of the
BBC corpus (``../shared/bench-corpus``: business, entertainment, politics, sport, tech), N folders
per category. The reports of one folder are about different events of one kind (two companies'
results, two matches), so nearly every conflict raised in them is a false alarm: the precision
risk of a rule on stories nobody tuned it for, the way a folder holding two events of one kind
tests it (issue 19), but on text no rule was written from. A conflict the reports do share (two
reports of one story can fall in one folder) is told apart by reading it (``--show``).

Prints, per claim kind, the conflicts per 100 reports, and with ``--show`` every conflict with its
explanation and claims (file:line and the words). Nothing is written to the repository; the
folders are temporary, and no result cache is used.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.api import Options, check  # noqa: E402
from factcheck.models import Verdict  # noqa: E402


def folders(corpus: Path, per_category: int, size: int, seed: int) -> list[tuple[str, list[Path]]]:
    """(name, reports) of each folder: ``per_category`` folders of ``size`` reports per category,
    no report in two folders."""
    rng = random.Random(seed)
    out = []
    for category in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files = sorted(category.glob("*.txt"))
        rng.shuffle(files)
        for i in range(min(per_category, len(files) // size)):
            out.append((f"{category.name}-{i}", files[i * size : (i + 1) * size]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "bench-corpus")
    ap.add_argument("--folders", type=int, default=8, help="folders per category (default 8)")
    ap.add_argument("--size", type=int, default=10, help="reports per folder (default 10)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", action="store_true", help="print every conflict")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"error: {args.corpus}: no such folder (the BBC bench corpus)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    per_kind: Counter[str] = Counter()
    reports = 0
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, files in folders(args.corpus, args.folders, args.size, args.seed):
            folder = Path(tmp) / name
            folder.mkdir()
            for f in files:
                shutil.copy(f, folder / f"{f.parent.name}-{f.name}")
            report = check([folder], Options(jobs=1, cache=None))
            reports += len(files)
            for finding in report.findings:
                if finding.verdict is not Verdict.CONFLICT:
                    continue
                per_kind[finding.kind.value] += 1
                if args.show:
                    lines = [f"== {name} {finding.kind.value}: {finding.explanation}"]
                    for c in finding.claims:
                        where = f"{c.location.article}:{c.location.line}"
                        lines.append(f"     {where} {c.surface!r} | {c.sentence[:140]!r}")
                    shown.append("\n".join(lines))
    total = sum(per_kind.values())
    print(f"{reports} reports in {reports // args.size} folders of {args.size}, {time.perf_counter() - started:.0f} s")
    print()
    print("| kind | conflicts | per 100 reports |")
    print("|---|---|---|")
    for kind, n in sorted(per_kind.items()):
        print(f"| {kind} | {n} | {100 * n / reports:.1f} |")
    print(f"| all | {total} | {100 * total / reports:.1f} |")
    if shown:
        print()
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
