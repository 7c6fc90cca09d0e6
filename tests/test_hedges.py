"""Hedged agreements (``factcheck.hedges``): a fact some articles say only maybe."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api import Options, check
from factcheck.hedges import hedged
from factcheck.models import Claim, Finding, Verdict


def _claim(sentence: str, surface: str, kind: str = "quantity") -> Claim:
    from factcheck.models import ClaimKind, Location

    start = sentence.index(surface)
    return Claim(
        kind=ClaimKind(kind),
        key="x",
        value=None,
        display=surface,
        unit="",
        location=Location("a.txt", start, start + len(surface), 1, start + 1),
        sentence=sentence,
        surface=surface,
    )


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "hedge"),
    [
        ("Three men and possibly four children were inside.", "four children", "quantity", "possibly"),
        ("The crew will be handed over, probably at Port Elm.", "Port Elm", "place", "probably at"),
        ("A man believed to be Jo Lima's brother tried to stop him.", "Jo Lima", "person-role", "believed to be"),
        # a modal word before a verb hedges the doing, not the thing named after it
        ("The striker might miss the trip to Port Elm.", "Port Elm", "place", None),
        # who reports it is no hedge on it
        ("Twelve of them are reportedly from Port Elm.", "Port Elm", "place", None),
        # "perhaps" before a name gives an example as often as it doubts who
        ("The biggest star, perhaps Jo Lima, stayed away.", "Jo Lima", "person-role", None),
        ("Two children were inside.", "Two children", "quantity", None),
    ],
)
def test_hedged(sentence: str, surface: str, kind: str, hedge: str | None) -> None:
    assert hedged(_claim(sentence, surface, kind)) == hedge


def _hedged_findings(tmp_path: Path, texts: dict[str, str], marker: str = "hedged") -> list[Finding]:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path], Options(jobs=1, cache=None))
    return [f for f in report.by_verdict(Verdict.COMPATIBLE) if marker in f.explanation]


def test_a_figure_one_article_hedges_and_others_state_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Three men and possibly four children were in the chapel when the fire started on Sunday.",
        "b.txt": "Three men and four children were in the chapel when the fire started on Sunday.",
        "c.txt": "Fire crews said three men and four children were in the chapel on Sunday.",
    }
    (found,) = _hedged_findings(tmp_path, texts)
    assert found.explanation.startswith(
        "a.txt says possibly 'four children', b.txt, c.txt say it outright: hedged, not different"
    )
    assert found.articles == ("a.txt", "b.txt", "c.txt")
    # the agreement stays
    report = check([tmp_path], Options(jobs=1, cache=None))
    assert any(set(f.articles) == {"a.txt", "b.txt", "c.txt"} for f in report.by_verdict(Verdict.AGREE))
    # every article hedging it: nothing stated to compare with
    for name in ("b.txt", "c.txt"):
        texts[name] = texts[name].replace("and four children", "and possibly four children")
    assert not _hedged_findings(tmp_path, texts)


def test_a_date_one_article_bounds_and_another_states_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Rescue teams and police would stay at the site until at least Monday, a spokesman said on Friday.",
        "b.txt": "Rescue teams and police would stay at the site until Monday, a spokesman said on Friday.",
    }
    (bound,) = _hedged_findings(tmp_path, texts, "a bound")
    assert bound.explanation.startswith("a.txt says at least 'Monday', b.txt says it outright: a bound, not different")
    texts["a.txt"] = texts["a.txt"].replace("until at least Monday", "until Monday")
    assert not _hedged_findings(tmp_path, texts, "a bound")


def test_two_rough_figures_of_one_round_value_are_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Crews fought the warehouse blaze in Kelso for about six hours, the fire service said.",
        "b.txt": "It took volunteers from three towns nearly six hours to put the flames out on Tuesday.",
    }
    (found,) = _hedged_findings(tmp_path, texts, "each given only roughly")
    assert found.explanation == (
        "a.txt says 'about six hours', b.txt 'nearly six hours': the same round figure, each given only roughly"
    )
    # the same qualifier twice is one value (an agreement, if anything), not two precisions
    texts["b.txt"] = texts["b.txt"].replace("nearly", "about")
    assert not _hedged_findings(tmp_path, texts, "each given only roughly")


def test_a_decimal_and_its_whole_part_are_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The mayor's support fell to a bleak 31.4 percent, the lowest since the count began.",
        "b.txt": "A new survey shows 31 percent support for the mayor in the port city.",
    }
    (found,) = _hedged_findings(tmp_path, texts, "cut to a whole number")
    assert found.explanation == (
        "a.txt says '31.4 percent', b.txt '31 percent support': '31.4 percent' cut to a whole number"
    )
    assert found.verdict is Verdict.COMPATIBLE
    # a whole number the decimal does not start with is no rounding of it
    texts["b.txt"] = texts["b.txt"].replace("31 percent", "32 percent")
    assert not _hedged_findings(tmp_path, texts, "cut to a whole number")


def test_a_lone_figure_and_a_bound_on_it_are_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Protests spread on Monday to the streets of a dozen Lantian towns, police said.",
        "b.txt": "Youths clashed with riot officers in the capital and in more than a dozen other towns.",
    }
    (found,) = _hedged_findings(tmp_path, texts, "given as a bound")
    assert found.explanation == (
        "a.txt says 'a dozen Lantian towns', b.txt 'more than a dozen other towns': the same figure, given as a bound"
    )
    # "nearly" a figure and "more than" it cannot both be true: no compatible finding
    texts["a.txt"] = texts["a.txt"].replace("a dozen Lantian towns", "nearly a dozen Lantian towns")
    assert not _hedged_findings(tmp_path, texts, "given as a bound")


def test_a_decade_given_as_the_start_of_a_span_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Mara Quill, the singer who topped the charts in the 1960s and 1970s, has died aged 88.",
        "b.txt": "Mara Quill, the 1960s singer and radio host, has died at her home aged 88.",
        "c.txt": "Mara Quill, a star of the 1960s, has died aged 88, her family said.",
    }
    (found,) = _hedged_findings(tmp_path, texts, "part of the span")
    assert found.explanation == (
        "a.txt says '1960s and 1970s', b.txt, c.txt say '1960s' alone: part of the span, not a different time"
    )
    # the agreement stays
    report = check([tmp_path], Options(jobs=1, cache=None))
    assert any(set(f.articles) == {"a.txt", "b.txt", "c.txt"} for f in report.by_verdict(Verdict.AGREE))
    # every article giving the span: nothing narrower to compare with
    for name in ("b.txt", "c.txt"):
        texts[name] = texts[name].replace("1960s", "1960s and 1970s")
    assert not _hedged_findings(tmp_path, texts, "part of the span")
