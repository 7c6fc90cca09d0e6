"""False holder conflicts (``judge_roles.holder_conflicts``) a review found, each kept out by a
guard: an incoming or past holder, a sentence set in the past, another body of the kind named
before the title, a joint post, and titles naming their body only by a common noun in a story of
two bodies. Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.models import Finding, Verdict

_STORY = (
    "A fire at the Larkfield bottling plant in Bexcombe injured 14 workers on Tuesday 4 March 2031."
    "\n\n{line}\n\nAbout 230 people work at the plant. Repairs are expected to cost 8.5 million euros "
    "and take six weeks.\n"
)
_MAJORITY = "The plant's general manager, Edda Aastrand, said the blaze began in a storage hall."


def _holders(folder: Path, texts: list[str]) -> list[Finding]:
    from factcheck.api import Options, check

    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"0{i + 1}.txt").write_text(text, encoding="utf-8")
    report = check([folder], Options(jobs=1, cache=None))
    return [f for f in report.by_verdict(Verdict.CONFLICT) if f.key.endswith(": holder")]


def _lone(tmp_path: Path, lone: str, majority: str = _MAJORITY) -> list[Finding]:
    return _holders(tmp_path / "x", [_STORY.format(line=line) for line in (majority, majority, lone)])


def test_the_rule_still_fires_beside_the_guards(tmp_path: Path) -> None:
    found = _lone(tmp_path, "The plant's general manager, Tomas Colverd, said extra shifts had been added.")
    assert len(found) == 1


@pytest.mark.parametrize(
    "lone",
    [
        "The plant's general manager, Tomas Colverd, who takes over next month, said the hall was old.",
        "Tomas Colverd, who starts next week as the plant's general manager, said the hall was old.",
        "The plant's general manager from 1 May, Tomas Colverd, said the hall was old.",
    ],
)
def test_an_incoming_holder_is_no_conflict(tmp_path: Path, lone: str) -> None:
    assert _lone(tmp_path, lone) == []


@pytest.mark.parametrize(
    "lone",
    [
        "Tomas Colverd, the plant's general manager from 2018 to 2025, said the hall had worried staff.",
        "Tomas Colverd, the plant's general manager between 2018 and 2025, said the hall had worried staff.",
    ],
)
def test_a_past_holder_by_the_span_of_the_title_is_no_conflict(tmp_path: Path, lone: str) -> None:
    assert _lone(tmp_path, lone) == []


@pytest.mark.parametrize(
    "lone",
    [
        "The plant had a smaller fire in 2019, when the plant's general manager, Tomas Colverd, warned of it.",
        "After a smaller fire, the plant's general manager, Tomas Colverd, said then that the hall was full.",
    ],
)
def test_a_holder_in_a_sentence_set_in_the_past_is_no_conflict(tmp_path: Path, lone: str) -> None:
    assert _lone(tmp_path, lone) == []


@pytest.mark.parametrize(
    "lone",
    [
        "Production moved to the company's second plant in Drevnik, where the plant's general manager, "
        "Tomas Colverd, said extra shifts had been added.",
        "A similar fire hit a rival bottler's site in Drevnik; the plant's general manager, Tomas Colverd, "
        "said sprinklers had saved it.",
    ],
)
def test_a_title_after_another_body_of_the_kind_is_no_conflict(tmp_path: Path, lone: str) -> None:
    assert _lone(tmp_path, lone) == []


@pytest.mark.parametrize("joint", ["joint chief executive", "co-chief executive"])
def test_a_joint_post_is_no_single_post(tmp_path: Path, joint: str) -> None:
    majority = "Larkfield Bottling's chief executive, Edda Aastrand, said the company would pay for repairs."
    lone = f"Larkfield Bottling's {joint}, Tomas Colverd, said the company would pay for repairs."
    assert _lone(tmp_path, lone, majority) == []


def test_a_company_named_by_a_common_noun_in_a_takeover_is_no_conflict(tmp_path: Path) -> None:
    # every report says "the company's": the buyer's in two, the bought's in one
    texts = [
        "Harlow Freight agreed on Tuesday to buy rival parcel carrier Skellan Logistics for 2.1 billion "
        "dollars. The company's chief executive, Marion Delacourt, said the deal would create a large network.",
        "Harlow Freight will pay 2.1 billion dollars for Skellan Logistics, it said on Tuesday. The company's "
        "chief executive, Marion Delacourt, called the purchase transformational.",
        "Skellan Logistics has accepted a 2.1 billion dollar offer from Harlow Freight, it said on Tuesday. "
        "The company's chief executive, Tobias Maddrell, said the price reflected the value of its depots.",
    ]
    assert _holders(tmp_path / "x", texts) == []


def test_a_club_named_by_a_common_noun_in_a_match_is_no_conflict(tmp_path: Path) -> None:
    first = "The Portavel Herons beat the Ysterby Kites 98-91 on Saturday at the Bexcombe Arena before 14,200 fans. "
    texts = [
        first + "The club's general manager, Saul Ferreira, said the Herons had earned their playoff place.",
        first + "The club's general manager, Saul Ferreira, praised the home fans after the game.",
        first + "The Kites will complain over a late foul call; the club's general manager, Lotte Ruisdaal, "
        "said the referees had cost her team the game.",
    ]
    assert _holders(tmp_path / "x", texts) == []


@pytest.mark.parametrize(
    "lone",
    [
        "The plant's general manager, Tomas Colverd, said the site would then be sold.",
        "Earlier, when staff were told, the plant's general manager, Tomas Colverd, said the site would reopen.",
    ],
)
def test_a_then_of_what_follows_or_an_earlier_hour_sets_no_past(tmp_path: Path, lone: str) -> None:
    """A third review's probes: a bare "then" or "earlier, when" hid a true conflict of two holders."""
    assert len(_lone(tmp_path, lone)) == 1
