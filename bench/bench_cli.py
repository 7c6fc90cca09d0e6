"""Wall time of the CLI on the bundled corpus, against references measured in the same run.

    python bench/bench_cli.py [--repeat 7]

Prints a Markdown table: median wall time of each command, and its ratio to the reference
``python -c pass`` (interpreter start), measured interleaved with the commands so that a noisy,
shared machine affects both alike. Targets (issue 2): ``factcheck check corpus/`` under 1.5 s,
``factcheck --help`` under 0.3 s, interpreter start included.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _factcheck() -> list[str]:
    exe = shutil.which("factcheck")
    return [exe] if exe else [sys.executable, "-m", "factcheck"]


COMMANDS = {
    "reference: python -c pass": [sys.executable, "-c", "pass"],
    "reference: python -c 'import pint, rich, typer, rapidfuzz'": [
        sys.executable,
        "-c",
        "import pint, rich, typer, rapidfuzz",
    ],
    "factcheck --help": [*_factcheck(), "--help"],
    "factcheck check corpus/ --no-cache (text)": [*_factcheck(), "check", "corpus/", "--no-cache", "--exit-zero"],
    "factcheck check corpus/ --no-cache --format json": [
        *_factcheck(),
        *("check", "corpus/", "--no-cache", "--format", "json", "--exit-zero"),
    ],
    "factcheck check corpus/ (text, cached result)": [*_factcheck(), "check", "corpus/", "--exit-zero"],
}


def run(cmd: list[str], cache: str) -> float:
    env = dict(os.environ, NO_COLOR="1", FACTCHECK_CACHE_DIR=cache)
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fc-cli-") as cache:  # never the user's result cache
        for cmd in COMMANDS.values():  # warm the OS file cache and pint's cache; store the result
            run(cmd, cache)
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(args.repeat):
            for name, cmd in COMMANDS.items():
                times[name].append(run(cmd, cache))
    ref = statistics.median(times["reference: python -c pass"])
    print("| command | median wall (s) | ratio to `python -c pass` |\n|---|---|---|")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"| `{name}` | {med:.3f} | {med / ref:.1f}x |")


if __name__ == "__main__":
    main()
