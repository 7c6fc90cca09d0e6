"""A report that names another report's figure as the one it corrects ("38 paintings had been
taken, not the 31 first reported") contradicts the reports giving that figure, however few words
they share: the report says itself the two are one figure. All texts invented."""

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Verdict

FIRST = (
    "Thieves raid Vantrel gallery\n\nThieves who broke into the Vantrel gallery in Oxmire Street took 31 paintings "
    "and two bronze busts, police said on Monday.\n"
)
LATER = "Vantrel count\n\nA count by the owners showed 38 paintings were missing, {told}, its director said.\n"


def _conflicts(tmp_path: Path, later: str) -> list[tuple[list[str], str]]:
    texts = {"a.txt": FIRST, "b.txt": FIRST.replace("Thieves who", "The thieves who"), "c.txt": later}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    return [
        (sorted({c.surface for c in f.claims}), f.explanation)
        for f in report.by_verdict(Verdict.CONFLICT)
        if f.kind is ClaimKind.QUANTITY
    ]


def test_a_figure_named_as_the_one_corrected_conflicts(tmp_path):
    [(claims, explanation)] = _conflicts(tmp_path, LATER.format(told="not the 31 first reported"))
    assert claims == ["31 paintings", "38 paintings"]
    assert "c.txt corrects it: 'not the 31 first reported'" in explanation


def test_another_figure_beside_it_is_no_correction(tmp_path):
    # the sentence gives the other figure as another count, not as one told before and wrong
    assert _conflicts(tmp_path, LATER.format(told="besides the 31 in the basement store")) == []


def test_rather_than_the_figure_told_before_conflicts(tmp_path):
    for i, told in enumerate(("rather than the 31 first reported", "rather than the 31 reported earlier")):
        (tmp_path / str(i)).mkdir()
        [(claims, explanation)] = _conflicts(tmp_path / str(i), LATER.format(told=told))
        assert claims == ["31 paintings", "38 paintings"]
        assert f"c.txt corrects it: '{told}'" in explanation


def test_a_plan_changed_is_no_correction(tmp_path):
    first = (
        "Vantrel port hiring\n\nThe Vantrel port authority will hire 31 customs guards this year to tackle smuggling, "
        "its director said on Monday.\n"
    )
    later = (
        "Vantrel scales back\n\nAfter budget cuts the Vantrel port authority will hire 24 customs guards, instead of "
        "the 31 initially announced, its director said on Friday.\n"
    )
    texts = {
        "a.txt": first,
        "b.txt": first.replace("will hire", "plans to hire").replace(" this year", ""),
        "c.txt": later,
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    assert not any("corrects it" in f.explanation for f in report.by_verdict(Verdict.CONFLICT))
