"""Person names (nicknames, initials, accents, transliteration) and title normalisation."""

from __future__ import annotations

import pytest

from factcheck.people import compare_titles, given_names_match, name_tokens, parse_title, preferred_name, same_person


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("Jen Marsh", "Jennifer Marsh", "nickname"),
        ("Bob Okafor", "Robert Okafor", "nickname"),
        ("J. Okafor", "Jane Okafor", "initial"),
        ("Mohammed Haddad", "Mohammad Haddad", "spelling"),
    ],
)
def test_same_person_by_given_name_rule(a: str, b: str, rule: str) -> None:
    match = same_person(a, b)
    assert match.same
    assert any(rule in step.rule for step in match.steps)


def test_same_person_folds_accents_and_case() -> None:
    assert same_person("José Álvarez Núñez", "jose alvarez nunez").same
    assert same_person("Andrés Manuel Ortega", "Andres Manuel Ortega").same


def test_tail_of_a_compound_name_is_the_same_person() -> None:
    assert same_person("Ortega Salazar", "Luis Miguel Ortega Salazar").same


@pytest.mark.parametrize(
    ("a", "b"),
    [("John Marsh", "Jane Marsh"), ("Jen Marsh", "Jen Walsh"), ("Peter Okafor", "Paul Okafor"), ("Marsh", "Jen Marsh")],
)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b).same


def test_given_names_match_reasons() -> None:
    assert given_names_match("Kate", "Katherine") == "nickname"
    assert given_names_match("kate", "kate") == "same"
    assert given_names_match("Kate", "Karl") is None


def test_a_pet_names_ending_spelled_two_ways_is_one_name() -> None:
    assert given_names_match("Hattie", "Hatty") == "ending"
    assert given_names_match("Johnnie", "Johnny") == "ending"
    found = same_person("Hattie Lane", "Hatty Lane")
    assert found.same
    assert [step.rule for step in found.steps] == ["one pet name spelled with -ie, -ey or -y"]
    assert given_names_match("Joey", "Joy") is None  # a short name: another name
    assert given_names_match("Bobby", "Bobbie") is None  # the nicknames data knows them apart


def test_name_tokens_drop_honorifics_and_suffixes() -> None:
    assert name_tokens("Dr. Martin Luther King Jr.") == ["martin", "luther", "king"]


def test_preferred_name_takes_the_full_given_name() -> None:
    assert preferred_name(["jen marsh", "Jen Marsh", "Jennifer Marsh"]) == "Jennifer Marsh"


def test_preferred_name_is_no_titles_word_before_the_name() -> None:
    # "The Fearless Lissa Marlow", a film's title, lends the name a word of the dictionary
    assert preferred_name(["Fearless Lissa Marlow", "Lissa Marlow"]) == "Lissa Marlow"

    assert preferred_name(["Rose Marlow", "R. Marlow"]) == "Rose Marlow"  # a given name that is a word too


@pytest.mark.parametrize(
    ("text", "display", "affiliation"),
    [
        ("the Chilean Minister of Public Works", "minister of public works", ("Chilean",)),
        ("Chilean Minister for Public Works", "minister of public works", ("Chilean",)),
        ("Deputy Homeland Security Advisor", "deputy homeland security adviser", ()),
        ("White House national security council spokesman", "national security council spokesperson", ("White House",)),
        ("the United States’ Director of Water Policy", "director of water policy", ("United States",)),
        ("former Senate leader", "former senate leader", ()),
        ("Liberal shadow transport minister", "shadow transport minister", ("Liberal",)),
        ("Labour energy secretary", "energy secretary", ("Labour",)),
        ("Liberal leader", "liberal leader", ()),
    ],
)
def test_parse_title(text: str, display: str, affiliation: tuple[str, ...]) -> None:
    title = parse_title(text)
    assert title is not None
    assert title.display == display
    assert title.affiliation == affiliation


def test_parse_title_needs_an_office_noun() -> None:
    assert parse_title("the public security ministry") is None
    assert parse_title("a close friend") is None


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Minister of Public Works", "Minister for Public Works", "agree"),
        ("the Chilean Minister of Public Works", "Chile’s public works chief", "agree"),
        ("deputy homeland security adviser", "Deputy Homeland Security Advisor", "agree"),
        ("vice minister of trade", "deputy trade minister", "agree"),
        ("US National Security Council spokesman", "national security council spokeswoman", "agree"),
        ("security council spokesman", "national security council spokesman", "compatible"),
        ("deputy transport minister", "transport minister", "different"),
        ("minister of transport", "minister of health", "different"),
        ("former transport minister", "transport minister", "different"),
        ("transport minister", "transport adviser", "different"),
    ],
)
def test_compare_titles(a: str, b: str, verdict: str) -> None:
    ta, tb = parse_title(a), parse_title(b)
    assert ta is not None and tb is not None
    assert compare_titles(ta, tb).verdict == verdict


def test_head_synonyms_are_recorded_as_a_step() -> None:
    result = compare_titles(parse_title("Minister of Public Works"), parse_title("public works chief"))
    assert result.verdict == "agree"
    assert any("chief" in (s.source, s.result) for s in result.steps)


def test_forms_of_address_are_not_descriptive() -> None:
    assert not parse_title("US President").descriptive
    assert not parse_title("Japanese Prime Minister").descriptive
    assert parse_title("Foreign Minister").descriptive
