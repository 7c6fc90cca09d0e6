"""Reports do not follow the hash seed.

Set orders of strings change with ``PYTHONHASHSEED``, and teams keep a ledger in git and diff
reports in CI: a report must be the same, byte for byte, whatever the seed. Each seed runs in a
subprocess of its own. Seeds 0, 1 and 2 gave three different answers before:

- ``events.ArticleFacts.weight`` summed the weights of shared facts in the order of a set, and the
  last bits of the sum decided how ``bench/stories/d-ferry-capsize`` was grouped into events (a
  conflict's claims, its id and its details changed with the seed);
- ``judge_dates.outlier_links`` kept, of two backing articles as alike to the lone date, the one it
  met first walking the words of a set (which pair a conflict explains);
- ``judge_quotations._slot_swap`` named the first slot of a set ("garage / attic" or
  "kitchen / bedroom").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FERRY = ROOT / "bench" / "stories" / "d-ferry-capsize"
SEEDS = ("0", "1", "2")

# A date one article gives against the date two others give, each of the two as alike to it
# (5 shared words of 10) through other words: which backs the conflict was the set's choice.
LONE_DATE = {
    "l.txt": "Halden Foods publishes annual results on March 12, Mara Lind told staff in Bergen.\n",
    "a.txt": "Halden Foods publishes annual figures on March 11, the grocery chain confirmed yesterday.\n",
    "b.txt": "The grocery chain quietly confirmed yesterday on March 11 that Mara Lind told staff.\n",
}

PROBE = r"""
import sys
from pathlib import Path

from factcheck.api import Options, check
from factcheck.events import ArticleFacts
from factcheck.judge_quotations import _slot_swap, _stems
from factcheck.models import Claim, ClaimKind, Location
from factcheck.report import Format, render

for folder in sys.argv[1:]:
    print(render(check([Path(folder)], Options(jobs=1, cache=None)), Format.JSON))


def figure(article, n):
    return Claim(ClaimKind.QUANTITY, f"thing{n}", None, str(n), "", Location(article, n, n + 1, 1, 1), "s", str(n))


# two articles share 40 facts, each also stated by 0 to 8 others: weights of many sizes, summed
claims = [figure(a, n) for n in range(40) for a in ["a.txt", "b.txt", *(f"o{k}.txt" for k in range(n % 9))]]
print(repr(ArticleFacts(claims).weight("a.txt", "b.txt")))
a = "the fire started in the kitchen and then spread to the garage".split()
b = "the fire started in the bedroom and then spread to the attic".split()
print(_slot_swap(a, b, _stems(" ".join(a)) & _stems(" ".join(b))))
"""


def test_reports_are_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    lone = tmp_path / "lone-date"
    lone.mkdir()
    for name, text in LONE_DATE.items():
        (lone / name).write_text(text, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", PROBE, str(lone), str(FERRY)],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path, "FACTCHECK_NO_CACHE": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in SEEDS
    ]
    outputs = {}
    for seed, run in zip(SEEDS, runs, strict=True):
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs[seed] = out
    for seed in SEEDS[1:]:
        assert outputs[seed] == outputs["0"], f"seeds 0 and {seed} differ"
    # the probes found what they test: the lone date's conflict, a slot named
    assert "in alike words (a.txt, b.txt); only l.txt gives March 12" in outputs["0"]
    assert outputs["0"].rstrip().endswith("kitchen / bedroom")
