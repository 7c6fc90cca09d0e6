"""Two lone figures of one value under two keys of what was done to people are two counts
(``match.DEED_KEYS``), however alike their words."""

from __future__ import annotations

from factcheck.api import check
from factcheck.models import Verdict


def test_arrests_and_hurt_of_one_value_are_not_one_figure(tmp_path):
    texts = {
        "a.txt": "Violence flared in Coldhaven after Saturday's derby. Police arrested 14 people in the town "
        "centre, a spokesman said.",
        "b.txt": "Fans clashed in the Coldhaven town centre on Saturday after the derby, and 14 people were "
        "treated in hospital, the ambulance service said.",
        "c.txt": "The Coldhaven derby on Saturday ended in a goalless draw. The club condemned the violence in "
        "the town centre afterwards.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    agreed = [f for f in check([tmp_path]).by_verdict(Verdict.AGREE) if f.kind.value == "quantity"]
    assert not any("14 people" in f.explanation for f in agreed)
