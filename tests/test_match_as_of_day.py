"""A running figure told as of a day ("had raised £12,000 by Monday afternoon") is compared with the
figures of its counted thing told with no time: a later report's total is that figure updated (a
conflict explained as a possible update), never "distinct" for "time unstated vs <day>". A figure
foreseen by a day ("will reach £50,000 by Friday") keeps its day. All texts invented."""

from pathlib import Path

from folder_check import dated_check, quantity_findings

from factcheck.models import Report, Verdict

SOURCES = """["a.txt"]
published = 2027-04-05

["b.txt"]
published = 2027-04-09

["c.txt"]
published = 2027-04-06
"""


def _report(tmp_path: Path, texts: dict[str, str]) -> Report:
    return dated_check(tmp_path, SOURCES, texts)


APPEAL = "An online appeal for the flooded Tollbridge primary school {verb} {figure}{by}, its organisers said.\n"


def test_a_total_as_of_a_day_and_a_later_total_are_one_figure_updated(tmp_path):
    texts = {
        "a.txt": "Tollbridge appeal\n\n"
        + APPEAL.format(verb="had raised", figure="£12,000", by=" by Monday afternoon"),
        "b.txt": "Tollbridge appeal grows\n\n" + APPEAL.format(verb="has raised", figure="£48,500", by=""),
    }
    report = _report(tmp_path, texts)
    assert quantity_findings(report, Verdict.DISTINCT) == []
    [(claims, explanation, details)] = quantity_findings(report, Verdict.CONFLICT)
    assert "cannot both be true" in explanation
    assert claims == ["£12,000", "£48,500"]
    assert any(d.startswith("possibly an update: £12,000 (a.txt, 2027-04-05) then £48,500 (b.txt") for d in details)


def test_the_same_total_as_of_a_day_agrees_with_one_told_with_no_time(tmp_path):
    texts = {
        "a.txt": "Tollbridge appeal\n\n"
        + APPEAL.format(verb="had raised", figure="£12,000", by=" by Monday afternoon"),
        "c.txt": "Tollbridge appeal\n\n" + APPEAL.format(verb="has raised", figure="£12,000", by=""),
    }
    report = _report(tmp_path, texts)
    assert quantity_findings(report, Verdict.DISTINCT) == []
    assert [claims for claims, _, _ in quantity_findings(report, Verdict.AGREE)] == [["£12,000", "£12,000"]]


def test_a_figure_foreseen_by_a_day_keeps_its_day(tmp_path):
    texts = {
        "a.txt": "Tollbridge appeal\n\n"
        + APPEAL.format(verb="had raised", figure="£12,000", by=" by Monday afternoon"),
        "c.txt": "Tollbridge appeal target\n\n"
        + APPEAL.format(verb="hopes it will reach", figure="£50,000", by=" by Friday"),
    }
    report = _report(tmp_path, texts)
    assert quantity_findings(report, Verdict.CONFLICT) == []


def test_two_totals_as_of_two_days_stay_apart(tmp_path):
    # both true: the total on Monday and the total on Thursday
    texts = {
        "a.txt": "Tollbridge appeal\n\n"
        + APPEAL.format(verb="had raised", figure="£12,000", by=" by Monday afternoon"),
        "b.txt": "Tollbridge appeal grows\n\n"
        + APPEAL.format(verb="had raised", figure="£27,500", by=" by Thursday evening"),
    }
    assert quantity_findings(_report(tmp_path, texts), Verdict.CONFLICT) == []


def test_a_deadline_or_a_pledge_by_a_day_keeps_its_day(tmp_path):
    later = "Dunwell flats\n\nThe council has moved tenants out of 64 flats at Dunwell House, a spokesman said.\n"
    deadline = (
        "Dunwell House\n\nTenants of Dunwell House have been told they must leave 110 flats by Friday, the "
        "council said.\n"
    )
    pledge = "Dunwell House\n\nThe landlords have pledged to empty 110 flats by Friday week, the council said.\n"
    for i, first in enumerate((deadline, pledge)):
        report = _report(tmp_path / str(i), {"a.txt": first, "b.txt": later})
        assert quantity_findings(report, Verdict.CONFLICT) == []


def test_two_sums_of_money_told_with_other_verbs_stay_apart(tmp_path):
    # "money" names no one thing: a sum raised and a sum pledged are two sums
    texts = {
        "a.txt": "Tollbridge appeal\n\n"
        + APPEAL.format(verb="had raised", figure="£12,000", by=" by Monday afternoon"),
        "b.txt": "Tollbridge school\n\nThe county council has pledged £40,000 towards the flooded Tollbridge primary "
        "school, its leader said.\n",
    }
    assert quantity_findings(_report(tmp_path, texts), Verdict.CONFLICT) == []
