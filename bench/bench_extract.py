"""First-pass extraction time of the dev articles, this checkout against a reference checkout.

    python bench/bench_extract.py REFERENCE_CHECKOUT [--rounds 3] [--warm-inflections]

Each round runs, in a fresh process each (so that no memo cache is warm), the extraction of every
article under ``../shared/dev-corpora`` with the reference checkout's code, then with this one, and
prints both times and their ratio. The reference is any other checkout of factcheck (``git worktree
add --detach /tmp/ref REV``). ``--warm-inflections`` loads lemminflect's inflection table before
the clock starts (a one-off cost per process that counts of times keyed by their act pay).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
DEV = HERE.parent / "shared" / "dev-corpora"

_ONE = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from factcheck.api import Options, extract_claims
from factcheck.load import load_paths
articles = load_paths([Path({dev!r})]).articles
if {warm}:
    from lemminflect import getInflection
    getInflection("fire", tag="VBN")
start = time.perf_counter()
claims = sum(len(extract_claims(a, (), Options())) for a in articles)
print(len(articles), claims, time.perf_counter() - start)
"""


def _time(root: Path, warm: bool) -> tuple[int, int, float]:
    code = _ONE.format(root=str(root), dev=str(DEV), warm=warm)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd="/")
    articles, claims, seconds = out.stdout.split()
    return int(articles), int(claims), float(seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="another checkout of factcheck")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm-inflections", action="store_true")
    args = parser.parse_args(argv)
    for k in range(args.rounds):
        ref = _time(args.reference.resolve(), args.warm_inflections)
        now = _time(HERE, args.warm_inflections)
        print(
            f"round {k + 1}: reference {ref[2]:.2f} s ({ref[1]} claims), this {now[2]:.2f} s ({now[1]} claims), "
            f"ratio {now[2] / ref[2]:.2f} ({ref[0]} articles)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
