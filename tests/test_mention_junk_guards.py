"""Guards of the junk mentions' rules (tests/test_mention_junk.py): real names that the rules must
keep. Capitals that are a thing and also an organisation's name, a firm's capitals after a word of
rank, a national body opening a sentence, a name on a banner, a nationality after a copula or an
age, and two names that a spaced hyphen does not join."""

from __future__ import annotations

import pytest

from factcheck.extract.mentions import STANDS_ALONE, find_mentions
from factcheck.places import PlaceResolver


def _found(sentence: str, mid: tuple[str, ...] = (), names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    found = find_mentions(sentence, frozenset(mid), PlaceResolver(""), {} if names is None else names)
    return [(m.kind, m.name) for m in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # spelled out in brackets, or a verb after it: an organisation
        (
            "Ostrevania's Energy Regulatory Authority (ERA) fined the firm.",
            [("org", "Ostrevania's Energy Regulatory Authority"), ("org", "ERA")],
        ),
        ("The ERA said 40,000 households were affected.", [("org", "ERA")]),
        ("The anti-corruption agency DNA charged the minister.", [("org", "DNA")]),
        ("DNA was found on the knife.", []),
        ("Fight promoter TKO bought the league.", [("org", "TKO")]),
        # ... a thing or a statistic otherwise
        ("Divers found a DNA sample on the boat.", []),
        ("He won by KO in the third.", []),
    ],
)
def test_capitals_that_are_a_thing_and_an_organisation(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence, ("era", "dna", "tko", "ko")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A senior GM executive told a hearing.", [("org", "GM")]),
        ("He met the new GM safety chief on Tuesday.", [("org", "GM")]),
        ("He was named assistant GM.", []),
    ],
)
def test_a_firms_capitals_after_a_word_of_rank_before_a_noun(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence, ("gm",)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Navy divers recovered four bodies.", [("org", "Navy")]),
        ("Senate leaders agreed on Tuesday.", [("org", "Senate")]),
        ("Parliament speaker Ilse Dragomir said it would wait.", [("org", "Parliament"), ("person", "Ilse Dragomir")]),
    ],
)
def test_a_national_body_opening_a_sentence_stays_one(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence, ("navy", "senate", "parliament")) == expected


def test_a_name_on_a_banner_stays_a_name() -> None:
    sentences = ('Marchers chanted "Mara Ellison, we remember" as they crossed the city.',)
    text = " ".join(sentences)
    found = find_mentions(sentences[0], frozenset({"mara", "ellison"}), PlaceResolver(text), {})
    assert [(m.kind, m.name) for m in found] == [("person", "Mara Ellison")]


@pytest.mark.parametrize(
    "sentence",
    ["The 29-year-old Kenyan pulled away after 35 kilometres.", "The driver was Kenyan by birth."],
)
def test_a_nationality_after_an_age_or_a_copula_names_its_country(sentence: str) -> None:
    assert _found(sentence) == [("place", "Kenyan")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Final: Dana Reed - Okafor 6-3 6-4.", {}),  # a result line: a score follows
        ("By Dana Reed - Qelmarsh", {}),  # a byline: the writer and the town
        ("The pairing Dana Reed - Okafor won the doubles.", {STANDS_ALONE + "okafor": ""}),  # named alone elsewhere
    ],
)
def test_a_spaced_hyphen_between_two_names_joins_none(sentence: str, names: dict[str, str]) -> None:
    assert ("person", "Dana Reed") in _found(sentence, names=names)
    assert not any("-" in name for _, name in _found(sentence, names=dict(names)))
