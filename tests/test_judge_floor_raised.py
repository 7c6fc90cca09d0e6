"""A floor ("more than 80 tremors") that a later report leaves behind ("more than 200 tremors", or
"about 210 tremors") is a figure that changed between the reports: a conflict explained as a possible
update, not "compatible". A floor told roughly again ("more than 500" then "530"), the same day's two
floors, or two moments the sentences name stay compatible. All texts invented."""

from pathlib import Path

from folder_check import dated_check, quantity_findings

from factcheck.models import ClaimKind, Report, Verdict

SOURCES = """["a.txt"]
published = 2029-06-14

["b.txt"]
published = 2029-06-16

["c.txt"]
published = 2029-06-14
"""

TREMORS = "The Vessary observatory had recorded {figure} tremors{when}, its seismologists said after the quake.\n"


def _report(tmp_path: Path, texts: dict[str, str]) -> Report:
    return dated_check(tmp_path, SOURCES, texts)


def _texts(first: str, second: str, later: str = "b.txt", when: tuple[str, str] = ("", "")) -> dict[str, str]:
    return {
        "a.txt": "Aftershocks\n\n" + TREMORS.format(figure=first, when=when[0]),
        later: "Aftershocks go on\n\n" + TREMORS.format(figure=second, when=when[1]),
    }


def test_a_later_report_raising_a_floor_is_a_conflict_told_as_an_update(tmp_path):
    report = _report(tmp_path, _texts("more than 80", "more than 200"))
    assert quantity_findings(report, Verdict.COMPATIBLE) == []
    [(claims, explanation, details)] = quantity_findings(report, Verdict.CONFLICT)
    assert claims == ["more than 200 tremors", "more than 80 tremors"]
    assert "the floor more than 80 tremors (2029-06-14) is left behind by more than 200 tremors (2029-06-16)" in (
        explanation
    )
    assert details[0].startswith("possibly an update: more than 80 tremors (a.txt, 2029-06-14) then")


def test_a_later_rough_figure_far_above_a_floor_is_a_conflict(tmp_path):
    report = _report(tmp_path, _texts("more than 80", "about 210"))
    [(claims, explanation, _)] = quantity_findings(report, Verdict.CONFLICT)
    assert claims == ["about 210 tremors", "more than 80 tremors"]
    assert "is left behind by about 210 tremors" in explanation


def test_a_floor_raised_beyond_the_reach_of_a_bound_is_a_conflict_too(tmp_path):
    report = _report(tmp_path, _texts("more than 80", "more than 400"))  # five times: no longer compared as bounds
    [(claims, explanation, _)] = quantity_findings(report, Verdict.CONFLICT)
    assert claims == ["more than 400 tremors", "more than 80 tremors"]
    assert "the floor more than 80 tremors (2029-06-14) is left behind" in explanation


def test_a_floor_told_roughly_again_stays_compatible(tmp_path):
    report = _report(tmp_path, _texts("more than 500", "530"))
    assert quantity_findings(report, Verdict.CONFLICT) == []
    assert [claims for claims, _, _ in quantity_findings(report, Verdict.COMPATIBLE)] == [
        ["530 tremors", "more than 500 tremors"]
    ]


def test_two_floors_of_one_day_stay_compatible(tmp_path):
    report = _report(tmp_path, _texts("more than 80", "more than 200", later="c.txt"))
    assert quantity_findings(report, Verdict.CONFLICT) == []
    assert len(quantity_findings(report, Verdict.COMPATIBLE)) == 1


def test_floors_the_sentences_put_on_two_days_stay_compatible(tmp_path):
    report = _report(tmp_path, _texts("more than 80", "more than 200", when=(" on Monday", " on Wednesday")))
    assert quantity_findings(report, Verdict.CONFLICT) == []


def test_an_earlier_figure_above_a_later_floor_raises_nothing(tmp_path):
    from factcheck.judge import _floor_raised

    report = _report(tmp_path, _texts("more than 200", "more than 80"))
    [x, y] = [c for f in report.findings if f.kind is ClaimKind.QUANTITY for c in f.claims][:2]
    published = {"a.txt": None, "b.txt": None}
    assert not _floor_raised(x, y, published)  # undated reports: no order to tell an update by
    assert quantity_findings(report, Verdict.CONFLICT) == []
