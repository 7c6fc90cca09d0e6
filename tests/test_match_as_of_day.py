"""A running figure told as of a day ("had raised £12,000 by Monday afternoon") is compared with the
figures of its counted thing told with no time: a later report's total is that figure updated (a
conflict explained as a possible update), never "distinct" for "time unstated vs <day>". A figure
foreseen by a day ("will reach £50,000 by Friday") keeps its day. All texts invented."""

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Verdict

SOURCES = """["a.txt"]
published = 2027-04-05

["b.txt"]
published = 2027-04-09

["c.txt"]
published = 2027-04-06
"""


def _report(tmp_path: Path, texts: dict[str, str]):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "sources.toml").write_text(SOURCES, encoding="utf-8")
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path])


def _quantities(report, verdict: Verdict) -> list[tuple[list[str], str, tuple[str, ...]]]:
    return [
        (sorted(c.surface for c in f.claims), f.explanation, f.details)
        for f in report.by_verdict(verdict)
        if f.kind is ClaimKind.QUANTITY
    ]


APPEAL = "An online appeal for the flooded Tollbridge primary school {verb} {figure}{by}, its organisers said.\n"


def test_a_total_as_of_a_day_and_a_later_total_are_one_figure_updated(tmp_path):
    texts = {
        "a.txt": "Tollbridge appeal\n\n"
        + APPEAL.format(verb="had raised", figure="£12,000", by=" by Monday afternoon"),
        "b.txt": "Tollbridge appeal grows\n\n" + APPEAL.format(verb="has raised", figure="£48,500", by=""),
    }
    report = _report(tmp_path, texts)
    assert _quantities(report, Verdict.DISTINCT) == []
    [(claims, explanation, details)] = _quantities(report, Verdict.CONFLICT)
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
    assert _quantities(report, Verdict.DISTINCT) == []
    assert [claims for claims, _, _ in _quantities(report, Verdict.AGREE)] == [["£12,000", "£12,000"]]


def test_a_figure_foreseen_by_a_day_keeps_its_day(tmp_path):
    texts = {
        "a.txt": "Tollbridge appeal\n\n"
        + APPEAL.format(verb="had raised", figure="£12,000", by=" by Monday afternoon"),
        "c.txt": "Tollbridge appeal target\n\n"
        + APPEAL.format(verb="hopes it will reach", figure="£50,000", by=" by Friday"),
    }
    report = _report(tmp_path, texts)
    assert _quantities(report, Verdict.CONFLICT) == []
