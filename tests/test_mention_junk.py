"""Capitalised words that name no one: a nationality word used as a noun, capitals that are a title
or a thing, an organisation's word opening a sentence, and a capital's name taken for the surname of
a name read as a person's by its shape alone."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions import find_mentions
from factcheck.places import PlaceResolver


def _found(sentence: str, mid: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_mentions(sentence, frozenset(mid), PlaceResolver(""), {})]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a nationality word as a noun is a person of that country, not the country
        ("The bout ended when the Chilean never got up.", []),
        ("The champion swung wildly and the Bolivian looked exhausted by the fifth.", []),
        ("It was the second fight in a year for the Argentine and his first at home.", []),
        ("The Portuguese in the blue corner was cut in the third.", []),
        # ... and as an adjective before a noun it still names its country
        ("The tanker was sailing under a Liberian flag.", [("place", "Liberian")]),
        ("The crew of a Thai fishing trawler was rescued.", [("place", "Thai")]),
        ("The group was the best-selling Swedish act of the decade.", [("place", "Swedish")]),
        ("Coastguards detained 9 Somali and 4 Yemeni sailors.", [("place", "Somali"), ("place", "Yemeni")]),
    ],
)
def test_a_nationality_word_used_as_a_noun_names_no_country(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was promoted to assistant GM of the club in 2011.", []),
        ("Belvane, a former team MVP, joined in May.", []),
        ("Divers found a GPS receiver and a DNA sample on the boat.", []),
        ("The film is set in WWII - era Lisbon.", [("place", "Lisbon")]),
        ("TV reports said the bridge had closed.", []),
        ("A HUGE fire swept through the depot.", []),
        ("The shop opens at 9 a.m. ET on Monday.", []),
        # a firm's capitals, with no word of rank before them, stay an organisation's
        ("GM cut 2,000 jobs at the plant.", [("org", "GM")]),
        ("The NATO summit opened on Monday.", [("org", "NATO")]),
    ],
)
def test_capitals_that_are_a_title_or_a_thing_are_no_organisation(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence, ("belvane", "gm")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Union officials said the talks had failed.", []),
        ("Records show the depot had been inspected in May.", []),
        ("Council leader Mira Tolvane visited the scene.", [("person", "Mira Tolvane")]),
        # a verb after it: the organisation itself
        ("Parliament has 140 seats.", [("org", "Parliament")]),
        ("Council will meet on Tuesday.", [("org", "Council")]),
        ("Times reported the fire first.", [("org", "Times")]),
    ],
)
def test_an_organisations_word_opening_a_sentence_before_a_noun_is_a_common_noun(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence, ("union", "records", "council", "parliament", "times")) == expected


def _article(*sentences: str) -> list[list[tuple[str, str]]]:
    text = " ".join(sentences)
    mid = frozenset({"lisbon", "vantrel"})
    resolver, names = PlaceResolver(text), {}
    return [[(m.kind, m.name) for m in find_mentions(s, mid, resolver, names)] for s in sentences]


def test_a_capital_after_a_headline_shaped_like_a_name_is_the_capital() -> None:
    # the headline's two words read as a person's name by their shape; the capital later is no surname
    found = _article("Vantrel Lisbon fire: man denies arson", "The fire at the store in Lisbon spread quickly.")
    assert found[1] == [("place", "Lisbon")]


def test_a_surname_that_is_a_capital_stays_a_persons_with_a_cue() -> None:
    # a given name makes the full name a person's; an age or a speech verb makes the lone word one
    assert _article("Eddie Lisbon joined the club.", "Lisbon scored twice.")[1] == [("person", "Lisbon")]
    assert _article("Vantrel Lisbon joined the club.", "Lisbon said he was happy.")[1] == [("person", "Lisbon")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place's word ends a place's name after a nationality word
        ("He drove west on Chilean Boulevard.", [("place", "Chilean Boulevard")]),
        ("Pirates roam the Indian Ocean.", [("place", "Indian Ocean")]),
        # ... and words of the dictionary after it stay an organisation's name
        ("The Chilean Red Crescent sent tents.", [("org", "Chilean Red Crescent")]),
    ],
)
def test_a_name_opened_by_a_nationality_word(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


def test_a_surname_with_a_spaced_hyphen_is_one_surname() -> None:
    found = _article(
        "Fund chief Marisol Vantrel - Oskarri warned of contagion.",
        "Vigilance is needed, Vantrel - Oskarri said on Tuesday.",
    )
    assert found == [[("person", "Marisol Vantrel-Oskarri")], [("person", "Vantrel-Oskarri")]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place, a day or a word of the dictionary after the hyphen: no part of the name
        ("Marisol Vantrel - Lisbon was the route.", [("person", "Marisol Vantrel"), ("place", "Lisbon")]),
        ("Marisol Vantrel - Thursday 16 April", [("person", "Marisol Vantrel")]),
        ("Marisol Vantrel - Dolphin of the pool - died.", [("person", "Marisol Vantrel")]),
    ],
)
def test_a_spaced_hyphen_before_no_surname(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _article(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Protesters unfurled banners reading "Citizens of Quarvey, Stand Up."', []),
        ('The crowd was singing "Happy Returns" to the coach.', []),
        # a name with a cue of its own is named even when chanted, and a quotation of speech names
        ('Fans chanted "Thomas Vrellik" as he left.', [("person", "Thomas Vrellik")]),
        ('She said "Thomas Vrellik had left the club".', [("person", "Thomas Vrellik")]),
    ],
)
def test_words_sung_chanted_or_on_a_banner_name_no_one(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


def test_two_people_of_the_article_joined_by_a_spaced_hyphen_stay_two() -> None:
    found = _article("Marisol Vantrel beat Dario Oskarri on Saturday.", "Vantrel - Oskarri was their second fight.")
    assert found[1] == [("person", "Vantrel"), ("person", "Oskarri")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sponsor GM would pay for a rematch.", [("org", "GM")]),
        ("Her deputy GM, Lena Ortvall, resigned.", [("person", "Lena Ortvall")]),
    ],
)
def test_capitals_of_a_title_or_a_firm(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence, ("gm",)) == expected
