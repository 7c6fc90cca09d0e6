"""The reviewers' probes: conflicts raised in invented near-miss folders, against a reference.

    python bench/probes.py [--record] [--reference FILE] [--show] [FOLDER...]

Quality, not speed. ``bench/probes/`` holds the folders reviewers wrote to break new rules (issue
19, sessions 38 to 40): two to five short invented reports each, most of them true reports whose
words look like a contradiction and are none (two patients taken to two hospitals, a chain's two
branches, a price before and after, a renamed body), some the true case reworded. Their names say
whose they were (``r40a-s05``: the fortieth session's first reviewer, folder s05). Nothing in them
is from a corpus: the texts are the reviewers' own, checked against the dev stories and the BBC
corpus (no eight-word run shared).

A run checks every folder (no cache) and compares the conflicts with the reference
(``bench/probes-reference.json``: each folder's conflicts as ``kind: explanation``): a conflict the
reference lacks is most likely false (the folders were written as counter-examples), one it has and
the run lacks is a lost conflict or a false one fixed. Both are printed, with the folder to read;
exit 1 when any differs. ``--record`` writes the run as the new reference, after its differences
have been read. ``--show`` prints every conflict of the run.

``bench/probes-labels.json``, when present, holds a fact-checker's reading of the reference's
conflicts (``{folder: {conflict: {"label": "true" | "false" | "unclear", "why": ...}}}``): a run then
prints how many of its conflicts each label covers, so that a rule fixing false ones shows as false
conflicts fewer and one losing true ones as true fewer. None is written yet: the 186 conflicts of
the reference are unread.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.api import Options, check  # noqa: E402
from factcheck.models import Verdict  # noqa: E402

PROBES = ROOT / "bench" / "probes"
REFERENCE = ROOT / "bench" / "probes-reference.json"
LABELS = ROOT / "bench" / "probes-labels.json"


def conflicts(folder: Path) -> list[str]:
    """The conflicts a check of one folder raises, as ``kind: explanation``, sorted."""
    report = check([folder], Options(jobs=1, cache=None))
    return sorted(f"{f.kind.value}: {f.explanation}" for f in report.findings if f.verdict is Verdict.CONFLICT)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path, help="probe folders (default: every one under bench/probes)")
    ap.add_argument("--reference", type=Path, default=REFERENCE, help="the reference (default: %(default)s)")
    ap.add_argument("--record", action="store_true", help="write this run as the reference")
    ap.add_argument("--show", action="store_true", help="print every conflict of the run")
    args = ap.parse_args()
    folders = args.folders or sorted(p for p in PROBES.iterdir() if p.is_dir())
    missing = [f for f in folders if not f.is_dir()]
    if missing:
        print(f"error: {missing[0]}: no such folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    run = {f.name: conflicts(f) for f in folders}
    total = sum(len(v) for v in run.values())
    print(
        f"{len(run)} probe folders, {total} conflicts in {sum(1 for v in run.values() if v)} of them, "
        f"{time.perf_counter() - started:.0f} s"
    )
    labels = json.loads(LABELS.read_text()) if LABELS.exists() else {}
    read = Counter(
        labels.get(name, {}).get(line, {}).get("label", "not labelled") for name, found in run.items() for line in found
    )
    print("labelled: " + ", ".join(f"{n} {label}" for label, n in sorted(read.items())))
    if args.show:
        for name, found in run.items():
            for line in found:
                label = labels.get(name, {}).get(line, {}).get("label", "?")
                print(f"  {name}  [{label}]  {line}")
    if args.record:
        reference = json.loads(args.reference.read_text()) if args.folders and args.reference.exists() else {}
        reference.update(run)
        args.reference.write_text(json.dumps(reference, indent=1, sort_keys=True) + "\n")
        print(f"recorded {args.reference}")
        return 0
    if not args.reference.exists():
        print(f"error: {args.reference}: no reference (run with --record first)", file=sys.stderr)
        return 2
    reference = json.loads(args.reference.read_text())
    new = lost = 0
    for name, found in run.items():
        before = set(reference.get(name, []))
        for line in sorted(set(found) - before):
            new += 1
            print(f"+ {PROBES.name}/{name}  {line}")
        for line in sorted(before - set(found)):
            lost += 1
            print(f"- {PROBES.name}/{name}  {line}")
    print(f"{new} conflicts the reference lacks (+), {lost} it has that this run lacks (-)")
    return 1 if new or lost else 0


if __name__ == "__main__":
    sys.exit(main())
