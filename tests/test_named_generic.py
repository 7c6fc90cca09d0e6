"""Tests for ``match._named_generic_figures``: a lone figure keyed by its dimension (a distance, a sum)
whose sentence names, beside it, the noun other reports agree on is judged against their figure
(invented texts)."""

from __future__ import annotations

from pathlib import Path

from factcheck.api import check
from factcheck.models import ClaimKind, Report, Verdict

SURGE = {
    "a.txt": "A tide gauge in Corlow harbour recorded a storm surge of 9 feet on Tuesday night, forecasters"
    " said. Hundreds of homes were flooded.\n",
    "b.txt": "A storm surge of 9 feet flooded the harbour at Corlow as Hurricane Tamsin came ashore on"
    " Tuesday night.\n",
}
LOSSES = {
    "a.txt": "The modelling firm Corra put insured losses from the floods at $2 billion on Tuesday.\n",
    "b.txt": "Corra estimated insured losses from the floods at $2 billion on Tuesday.\n",
}


def _check(folder: Path, texts: dict[str, str]) -> Report:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return check([folder])


def _conflicts(report: Report) -> list[tuple[str, list[str]]]:
    return [
        (f.key, sorted(c.display for c in f.claims))
        for f in report.findings
        if f.kind is ClaimKind.QUANTITY and f.verdict is Verdict.CONFLICT
    ]


def test_a_distance_said_of_the_agreed_surge_is_set_against_it(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        SURGE
        | {
            "c.txt": "The storm surge, which forecasters said reached 13 feet in Corlow harbour, pushed water"
            " far inland on Tuesday night.\n"
        },
    )
    lone = [c for c in report.claims if c.kind is ClaimKind.QUANTITY and c.display == "13 feet"]
    assert [c.key for c in lone] == ["distance"]  # keyed by its dimension, not by the surge
    assert _conflicts(report) == [("surge", ["13 feet", "9 feet", "9 feet"])]
    found = next(f for f in report.findings if f.verdict is Verdict.CONFLICT)
    assert "c.txt's 13 feet, a distance figure, is said of the surge beside it" in " ".join(found.details)


def test_a_sum_said_of_the_agreed_losses_is_set_against_them(tmp_path: Path) -> None:
    report = _check(tmp_path, LOSSES | {"c.txt": "Insured losses from the floods, Corra said, came to $5 billion.\n"})
    assert _conflicts(report) == [("loss", ["$2 billion", "$2 billion", "$5 billion"])]


def test_another_kind_of_loss_is_not_joined(tmp_path: Path) -> None:
    """ "Economic losses" beside two reports' "insured losses": the word before the noun differs."""
    report = _check(tmp_path, LOSSES | {"c.txt": "Economic losses from the floods, Corra said, came to $5 billion.\n"})
    assert _conflicts(report) == []


def test_a_sum_of_another_deed_beside_the_noun_is_not_joined(tmp_path: Path) -> None:
    """ "fined £2 million" in two reports; a third that names the fine but gives what was spent."""
    report = _check(
        tmp_path,
        {
            "a.txt": "The water company was fined £2 million on Friday for polluting the river, the court heard.\n",
            "b.txt": "A judge fined the water company £2 million on Friday over sewage spills into the river.\n",
            "c.txt": "The water company, which paid the fine on Friday, said it had already spent £5 million"
            " on repairs to the river outfalls.\n",
        },
    )
    assert _conflicts(report) == []
    spent = [f for f in report.findings if any(c.display == "£5 million" for c in f.claims)]
    assert [f.key for f in spent] == ["money"]  # not told as a figure of the fine


def test_a_count_of_people_is_not_joined_to_a_thing_named(tmp_path: Path) -> None:
    """Three other people on a keel "before a helicopter came" count no helicopters."""
    report = _check(
        tmp_path,
        {
            "a.txt": "Two helicopters reached the capsized ferry on Sunday evening, the coastguard said.\n",
            "b.txt": "Two helicopters were sent to the capsized ferry on Sunday evening.\n",
            "c.txt": "I clung to the keel of the capsized ferry with three other people before a helicopter came"
            " on Sunday.\n",
        },
    )
    assert _conflicts(report) == []


def test_the_word_before_a_figure_tells_a_measure() -> None:
    from factcheck.match import _measure_of

    assert _measure_of("The storm surge, which forecasters said reached", "surge")
    assert _measure_of("The strongest gust,", "gust")
    assert _measure_of("Speed: 52 km/h (limit", "limit")
    assert not _measure_of("The company, which paid the fine, said it had spent", "fine")


def test_the_modifier_of_a_noun_is_the_word_right_before_it() -> None:
    from factcheck.match import _modifiers_before

    assert _modifiers_before("The storm surge", 10) == ["storm"]
    assert _modifiers_before("Economic losses", 9) == ["economic"]
    assert _modifiers_before("as Velmora losses", 11) == []  # a name within the sentence
    assert _modifiers_before("bringing gusts", 9) == []
