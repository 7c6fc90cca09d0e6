"""The quality ratchet: scores on the seed gold (corpus/gold.toml) never fall below these levels.

Raise a threshold when quality improves; never lower one without saying why in the commit.
"""

from pathlib import Path

import pytest

from factcheck.api import check
from factcheck.evaluate import evaluate, load_gold, texts_of
from factcheck.models import Verdict

ROOT = Path(__file__).parent.parent

# verdict: (precision, recall), the levels reached on the seed corpus
THRESHOLDS = {
    Verdict.CONFLICT: (1.0, 1.0),
    Verdict.AGREE: (1.0, 1.0),
    Verdict.COMPATIBLE: (0.8, 1.0),
    Verdict.DISTINCT: (1.0, 1.0),
}
SINGLE_RECALL = 1.0
MAX_JUNK = 0
MAX_FALSE_ALARMS = 0


@pytest.fixture(scope="module")
def seed():
    gold = load_gold(ROOT / "corpus" / "gold.toml", ROOT / "corpus")
    report = check([gold.corpus])
    return evaluate(report, gold, texts_of(report))


@pytest.mark.parametrize("verdict", list(THRESHOLDS), ids=lambda v: v.value)
def test_precision_and_recall_do_not_fall(seed, verdict):
    precision, recall = THRESHOLDS[verdict]
    score = seed.score(verdict)
    assert score.precision is not None and score.precision >= precision, (verdict, score)
    assert score.recall is not None and score.recall >= recall, (verdict, score)


def test_single_recall_junk_and_false_alarms(seed):
    assert seed.single_recall >= SINGLE_RECALL
    assert seed.junk <= MAX_JUNK
    assert seed.false_alarm_count <= MAX_FALSE_ALARMS
