"""Near-copy detection when every article resembles every other (issue 21, H2).

Builds N short articles that differ by a word or a figure (one wire story republished N times),
then times ``syndication.find_copies`` in a process of its own and ``factcheck check --no-ledger
--no-cache`` as a command, with the peak memory of each (the largest process's, as
``resource.getrusage`` reports it).

    python bench/bench_copies.py --sizes 1000,2000,4000,10000

Results: bench/RESULTS.md ("Near-identical articles").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

STORY = (
    "Flooding along the river forced {n} people from their homes on Sunday, officials said. "
    "The water rose {m} metres overnight after days of heavy rain across the northern valleys. "
    "Emergency crews evacuated two hospitals and a school, and the regional governor asked the "
    "army for help with sandbags and boats. Forecasters expect more rain until {day}."
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def text(i: int) -> str:
    return STORY.format(n=3000 + i % 400, m=2 + i % 3, day=DAYS[i % len(DAYS)]) + f" Report {i}.\n"


def build(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(text(i), encoding="utf-8")


def in_process(n: int) -> dict:
    """find_copies alone (a child process of its own, for its peak memory)."""
    code = f"""
import hashlib, json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {str(Path(__file__).parent)!r})
from bench_copies import text
from factcheck.models import Article
from factcheck.syndication import find_copies
articles = [Article(Path(f"a{{i}}.txt"), f"a{{i}}.txt", hashlib.sha256(text(i).encode()).hexdigest(), text(i))
            for i in range({n})]
start = time.perf_counter()
stories = find_copies(articles)
print(json.dumps({{"seconds": time.perf_counter() - start, "stories": len(stories),
                  "largest": max((len(s.articles) for s in stories), default=0),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def command(folder: Path, jobs: int) -> dict:
    """The command's wall time and the peak memory of its largest process, measured by a process
    of its own (``RUSAGE_CHILDREN`` of a process that ran only that command)."""
    args = [sys.executable, "-m", "factcheck", "check", str(folder), "--no-ledger", "--no-cache", "-j", str(jobs)]
    args += ["-f", "json", "-o", str(folder.parent / "report.json")]
    code = f"""
import json, resource, subprocess, time
start = time.perf_counter()
done = subprocess.run({args!r}, capture_output=True)
print(json.dumps({{"seconds": time.perf_counter() - start, "exit": done.returncode,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,2000,4000,10000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-cli", action="store_true", help="find_copies only")
    args = parser.parse_args()
    print("| articles | find_copies s | its peak MB | check s | check peak MB | stories (largest) |")
    print("|---:|---:|---:|---:|---:|---|")
    for n in map(int, args.sizes.split(",")):
        inner = in_process(n)
        row = f"| {n:,} | {inner['seconds']:.2f} | {inner['peak_mb']:.0f} |"
        if args.no_cli:
            row += " - | - |"
        else:
            with tempfile.TemporaryDirectory() as tmp:
                build(Path(tmp) / "corpus", n)
                outer = command(Path(tmp) / "corpus", args.jobs)
            row += f" {outer['seconds']:.1f} | {outer['peak_mb']:.0f} |"
        print(row + f" {inner['stories']} ({inner['largest']:,}) |", flush=True)


if __name__ == "__main__":
    main()
