"""Nouns to their singular (lemminflect) and words to their stem (Snowball), as matching uses them."""

from __future__ import annotations

import pytest

from factcheck.words import lemma, stem


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("movies", "movie"),  # suffix rules gave "movy"
        ("knives", "knife"),
        ("buses", "bus"),
        ("women", "woman"),
        ("casualties", "casualty"),
        ("speedboats", "speedboat"),
        ("Villages", "village"),
        ("crises", "crisis"),
        ("police", "police"),  # a plural without a singular stays as it is
        ("talks", "talks"),  # the meeting, not the verb
        ("AK-47s", "ak-47"),  # not a word of letters: the plural ending is dropped by rule
        ("Iran's", "iran"),
    ],
)
def test_lemma(word: str, singular: str) -> None:
    assert lemma(word) == singular


def test_every_form_of_a_word_has_one_stem() -> None:
    assert stem("controlled") == stem("controls") == stem("controlling") == "control"
    assert stem("agreed") == stem("agree") == stem("agrees") != stem("agreement")
    assert stem("Officials") == stem("official") and stem("Iran’s") == stem("Iran")


def test_an_irregular_participle_after_a_present_auxiliary_meets_its_verb() -> None:
    from factcheck.words import verb_base_stems

    # "are still being held" tells the state "holding" does: one word for matching
    said = "At least 9 of the seized barges are still being held near Varnmouth."
    assert verb_base_stems(["seiz", "held", "barg"], said) == ["seiz", "hold", "barg"]
    assert verb_base_stems(["kept", "cell"], "Two men are kept in cells at Varnmouth.") == ["keep", "cell"]
    # a perfect tells a tally ("has won two of her five bouts"), as the noun "win" does: apart
    assert verb_base_stems(["won", "match"], "Corvin has won two of her matches.") == ["won", "match"]
    # a simple past tells another time than "will take" or "a losing run": it stays apart
    assert verb_base_stems(["took", "day"], "The last repair took 12 days.") == ["took", "day"]
    assert verb_base_stems(["lost", "goal"], "Tarnford lost by three runs.") == ["lost", "goal"]
    # words that are nouns too, or forms of two verbs, are never folded
    assert verb_base_stems(["left", "shot"], "Two shots are left.") == ["left", "shot"]
