"""Leave-one-story-out: are the thresholds of matching and judging chosen as if a story were unseen?

    python bench/loo.py [FOLDER ...]      (default ../shared/dev-corpora)

For every setting of a small grid of the thresholds that decide conflicts (``judge.CONFLICT_LINK``
for quantities: context similarity and shared words; ``events.SAME_EVENT``: the weight of shared
facts two articles need), every story is judged once (claims are extracted once per story). Then,
for each story in turn, the setting with the best pooled conflict score over the *other* stories is
chosen and the held-out story is scored with it; the held-out scores are pooled. The objective is
conflict F0.5 (``BETA``). The report puts
these leave-one-out scores beside the in-sample ones (the shipped setting, and the best setting
chosen on all stories): when they are close, the thresholds were not fitted to particular stories.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import events, judge  # noqa: E402
from factcheck.api import judge_all  # noqa: E402
from factcheck.evaluate import Evaluation, evaluate, gold_files, load_gold, pool, texts_of  # noqa: E402
from factcheck.extract import extract_claims  # noqa: E402
from factcheck.load import load_paths  # noqa: E402
from factcheck.models import ClaimKind, Report, Verdict  # noqa: E402

SIMILARITY = (0.2, 0.3, 0.4)
SHARED = (2, 3)
SAME_EVENT = (1.0, 2.0, 3.0)


BETA = 0.5
"""The objective is the pooled conflict F-beta: beta 0.5 weighs precision twice as much as recall,
as a checker that cries wolf is worse than one that misses (the issue's target is precision 0.75
before recall 0.6)."""


def _score(evals: list[Evaluation]) -> tuple[float, tuple[int, int, int, int]]:
    """Pooled conflict F-beta (the objective) and its counts (correct, tool, found, gold)."""
    c = pool(evals).scores[0]
    assert c.verdict is Verdict.CONFLICT
    p = c.correct / c.tool if c.tool else 0.0
    r = c.found / c.gold if c.gold else 0.0
    b2 = BETA * BETA
    return ((1 + b2) * p * r / (b2 * p + r) if p + r else 0.0), (c.correct, c.tool, c.found, c.gold)


def _line(name: str, counts: tuple[int, int, int, int], evals: list[Evaluation]) -> str:
    correct, tool, found, gold = counts
    pooled = pool(evals)
    agree, compatible = pooled.scores[1], pooled.scores[2]
    return (
        f"| {name} | {correct / tool if tool else 0:.2f} ({correct}/{tool}) | {found / gold if gold else 0:.2f} "
        f"({found}/{gold}) | {agree.found / agree.gold:.2f} | {compatible.found / compatible.gold:.2f} "
        f"| {pooled.false_alarms} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT.parent / "shared" / "dev-corpora"])
    args = parser.parse_args()
    began = time.perf_counter()
    stories = []
    for path in gold_files(args.folders):
        gold = load_gold(path)
        articles = load_paths([gold.corpus]).articles
        claims = [c for a in articles for c in extract_claims(a)]
        stories.append((gold, articles, claims))
    shipped = (judge.CONFLICT_LINK[ClaimKind.QUANTITY], events.SAME_EVENT)
    grid = [((sim, shared), weight) for sim, shared, weight in itertools.product(SIMILARITY, SHARED, SAME_EVENT)]
    if shipped not in grid:
        grid.append(shipped)
    results: dict[tuple, list[Evaluation]] = {}
    try:
        for link, weight in grid:
            judge.CONFLICT_LINK[ClaimKind.QUANTITY] = link
            events.SAME_EVENT = weight
            evals = []
            for gold, articles, claims in stories:
                report = Report(articles=articles, claims=tuple(claims), findings=tuple(judge_all(claims, articles)))
                evals.append(evaluate(report, gold, texts_of(report)))
            results[(link, weight)] = evals
    finally:
        judge.CONFLICT_LINK[ClaimKind.QUANTITY], events.SAME_EVENT = shipped
    held_out: list[Evaluation] = []
    chosen: dict[tuple, int] = {}
    for k in range(len(stories)):
        best = max(grid, key=lambda s: (_score([e for i, e in enumerate(results[s]) if i != k])[0], s == shipped))
        chosen[best] = chosen.get(best, 0) + 1
        held_out.append(results[best][k])
    best_all = max(grid, key=lambda s: (_score(results[s])[0], s == shipped))
    print(f"{len(stories)} stories, {len(grid)} settings, {time.perf_counter() - began:.0f} s\n")
    print("| scores (pooled) | conflict P | conflict R | agree R | compatible R | false alarms |")
    print("|---|---|---|---|---|---|")
    print(_line(f"shipped {shipped}", _score(results[shipped])[1], results[shipped]))
    print(_line(f"best on all stories {best_all}", _score(results[best_all])[1], results[best_all]))
    print(_line("leave-one-story-out", _score(held_out)[1], held_out))
    print("\nsettings chosen without the held-out story (similarity, shared words), event weight: times")
    for setting, times in sorted(chosen.items(), key=lambda kv: -kv[1]):
        print(f"  {setting}: {times}")


if __name__ == "__main__":
    main()
