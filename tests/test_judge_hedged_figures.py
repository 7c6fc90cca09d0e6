"""Two figures each told roughly ("about $182 million" / "about $176 million") are two different
figures when the finer would not be rounded to the coarser: a conflict, never "compatible" for
differing only in precision (issue 19, item 3). All texts invented."""

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Verdict


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _verdicts(tmp_path: Path, texts: dict[str, str]) -> dict[str, list[tuple[list[str], str]]]:
    report = check([_corpus(tmp_path, texts)])
    return {
        v.value: [
            (sorted(c.surface for c in f.claims), f.explanation)
            for f in report.by_verdict(v)
            if f.kind is ClaimKind.QUANTITY
        ]
        for v in (Verdict.CONFLICT, Verdict.COMPATIBLE)
    }


def _budget(figure: str, name: str) -> str:
    return (
        f"{name} harbour budget\n\nThe Marrow Bay harbour board on Monday approved a budget of {figure} for the "
        "coming year, officials said.\nThe money will pay for dredging and new cranes at the eastern quay.\n"
    )


def test_two_hedged_figures_that_do_not_round_to_each_other_conflict(tmp_path):
    found = _verdicts(
        tmp_path, {"a.txt": _budget("about $182 million", "New"), "b.txt": _budget("about $176 million", "The")}
    )
    assert found["compatible"] == []
    [(claims, explanation)] = found["conflict"]
    assert claims == ["about $176 million", "about $182 million"]
    assert "$176 million would not be rounded to $182 million" in explanation


def test_a_hedged_figure_that_rounds_to_the_other_stays_compatible(tmp_path):
    # 44 rounds to 40 and 320 to 300 (to the coarser figure's last digit): one figure told more or less finely
    for i, (one, other) in enumerate(
        (("about 40 cranes", "about 44 cranes"), ("about $300 million", "some $320 million"))
    ):
        found = _verdicts(tmp_path / str(i), {"a.txt": _budget(one, "New"), "b.txt": _budget(other, "The")})
        assert found["conflict"] == []
        assert len(found["compatible"]) == 1


def test_one_hedged_figure_or_a_report_telling_both_is_no_conflict(tmp_path):
    # only one figure hedged: the hedge is that report's, as before
    found = _verdicts(
        tmp_path / "one", {"a.txt": _budget("about $182 million", "New"), "b.txt": _budget("$176 million", "The")}
    )
    assert found["conflict"] == []
    # a report that gives both figures tells them as two moments, not a slip
    texts = {
        "a.txt": "Shelters in Dunmore\n\nAround 4,200 people were staying in Dunmore's evacuation centres on Sunday "
        "night, the council said.\n",
        "b.txt": "Shelters in Dunmore\n\nAbout 3,900 people were staying in Dunmore's evacuation centres on Tuesday, "
        "against around 4,200 two nights before, the council said.\n",
    }
    assert _verdicts(tmp_path / "both", texts)["conflict"] == []


def test_neighbouring_roundings_stay_compatible(tmp_path):
    # "about 1,500" / "some 1,600": one unit of their last digit apart, 1,550 fits both
    found = _verdicts(
        tmp_path, {"a.txt": _budget("about $1,500 million", "New"), "b.txt": _budget("some $1,600 million", "The")}
    )
    assert found["conflict"] == []
    assert len(found["compatible"]) == 1


def test_hedged_figures_of_two_named_days_are_no_conflict(tmp_path):
    # each report tells its own night: two moments, not one figure told twice
    texts = {
        "a.txt": "Halls in Telnor\n\nAbout 2,700 people were sleeping in emergency halls in Telnor on Thursday "
        "night, the Red Cross said.\n",
        "b.txt": "Telnor halls\n\nAround 3,100 people spent Monday night in emergency halls in Telnor after the "
        "landslide, the Red Cross said.\n",
    }
    assert _verdicts(tmp_path, texts)["conflict"] == []


def test_hedged_figures_whose_roundings_meet_stay_compatible(tmp_path):
    # "about 1,200" stands for 1,150-1,250 and "around 1,250" for 1,245-1,255: 1,248 is both
    found = _verdicts(
        tmp_path, {"a.txt": _budget("about 1,200 cranes", "New"), "b.txt": _budget("around 1,250 cranes", "The")}
    )
    assert found["conflict"] == []


def test_hedged_figures_of_two_things_named_after_them_are_no_conflict(tmp_path):
    texts = {
        "a.txt": "Storm bill in Carvoe\n\nThe storm caused about $64 million in damage to farms, the province "
        "said on Friday.\n",
        "b.txt": "Carvoe storm costs\n\nThe storm caused about $58 million in damage to ports and piers, the "
        "province said on Friday.\n",
    }
    assert _verdicts(tmp_path, texts)["conflict"] == []
