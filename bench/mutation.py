"""The mutation self-test (issue 19): how often a changed claim in an agreeing group is flagged.

    python bench/mutation.py [GOLD_OR_FOLDER...] [--kind quantity --kind date ...] [--single]

For each gold finding of verdict ``agree`` (default: every ``gold.toml`` under
``../shared/dev-corpora``), one article's claim is changed in a copy of the corpus (a number +60%,
a date moved, a surname or a town swapped; ``factcheck.mutate``) and the copy is checked. Prints
the catch rate per kind, the outcomes of the misses, the findings skipped and why, then every
missed mutation: story, gold finding, article, original -> changed, and why it was not caught:

- ``not extracted``: no claim overlaps the changed text (``nor before``: the original was not
  extracted either);
- ``not grouped``: the changed claim shares no finding with a claim of another article of the gold
  finding (``before: agree``: the original was grouped with them, in an agreement);
- ``grouped as V``: it does, but that finding's verdict V is not conflict (its explanation follows).

``--single`` checks each mutation on its own rather than in batches, and ``--no-ledger`` extracts
every article in every check rather than only the changed ones: slower, and the ways to confirm
that neither changes an outcome. Quality, not speed: the seconds are printed
only to size the test (``tests/test_mutate.py``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from factcheck.evaluate import gold_files
from factcheck.mutate import KINDS, MutationRun, Outcome, Tried, run

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev-corpora"


def _rate(caught: int, tried: int) -> str:
    return f"{caught / tried:.3f} ({caught}/{tried})" if tried else "-"


def why(t: Tried) -> str:
    """Why a mutation was not caught, in a few words (the finding's explanation is apart)."""
    before = t.before_verdict.value if t.before_verdict else t.before.value
    if t.outcome is Outcome.NOT_EXTRACTED:
        return "not extracted" + (" (nor before)" if t.before is Outcome.NOT_EXTRACTED else f" (before: {before})")
    if t.outcome is Outcome.NOT_GROUPED:
        return f"not grouped (before: {before})"
    if t.outcome is Outcome.WRONG_VERDICT:
        return f"grouped as {t.verdict.value if t.verdict else '?'} (before: {before})"
    return "caught"


def render(result: MutationRun, seconds: float | None = None) -> str:
    """The report: rates per kind, misses by reason, skips by reason, then each miss."""
    lines = []
    stories = len({t.mutation.story for t in result.tried} | {s.story for s in result.skipped})
    timing = f", {seconds:.1f} s" if seconds is not None else ""
    checks = f"{result.checks} checks of changed corpora{timing}"
    lines.append(f"{len(result.tried)} mutations in {stories} corpora, {checks}")
    lines.append("")
    outcomes = [o.value for o in Outcome if o is not Outcome.CAUGHT]
    header = ["kind", "tried", "caught", "rate", "conflict before", "new rate", "rate if grouped before", "skipped"]
    header += outcomes
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for kind in [*result.kinds, None]:
        tally = result.tally(kind)
        row = [
            tally.kind,
            str(tally.tried),
            str(tally.caught),
            f"{tally.rate:.3f}" if tally.rate is not None else "-",
            str(tally.conflict_before),
            _rate(tally.caught_new, tally.tried - tally.conflict_before),
            _rate(tally.caught_grouped_before, tally.grouped_before),
            str(tally.skipped),
            *(str(tally.outcomes.get(o, 0)) for o in outcomes),
        ]
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    missed = [t for t in result.tried if t.outcome is not Outcome.CAUGHT]
    reasons = Counter((t.mutation.kind, why(t)) for t in missed)
    lines.append("misses by reason:")
    lines.extend(f"  {n:4d}  {kind}: {reason}" for (kind, reason), n in sorted(reasons.items(), key=lambda x: -x[1]))
    skips = Counter((s.kind, s.reason) for s in result.skipped)
    lines.append("skipped:")
    lines.extend(f"  {n:4d}  {kind}: {reason}" for (kind, reason), n in sorted(skips.items(), key=lambda x: -x[1]))
    lines.append("")
    lines.append("missed (story, gold finding, article, original -> changed, why):")
    for t in missed:
        m = t.mutation
        change = f"{m.edit.original!r} -> {m.edit.replacement!r} ({m.edit.change.value})"
        explained = f": {t.explanation}" if t.outcome is Outcome.WRONG_VERDICT else ""
        lines.append(f"  {m.story} {m.finding} {m.article}: {change}: {why(t)}{explained}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path, help="gold files or folders (default: ../shared/dev-corpora)")
    parser.add_argument("--kind", action="append", choices=KINDS, help="kinds of gold finding to mutate (default: all)")
    parser.add_argument("--single", action="store_true", help="one mutation per check (no batches)")
    parser.add_argument("--no-ledger", action="store_true", help="extract every article in every check")
    args = parser.parse_args(argv)
    paths = args.gold or [DEV]
    start = time.perf_counter()
    result = run(gold_files(paths), kinds=tuple(args.kind or KINDS), single=args.single, ledger=not args.no_ledger)
    print(render(result, time.perf_counter() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
