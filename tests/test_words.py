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
