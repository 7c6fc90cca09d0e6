"""Gazetteer lookups, containment, resolution with what the article says, demonyms."""

from __future__ import annotations

import pytest

from factcheck.places import PlaceResolver, country_of, fold, gazetteer, relation


def test_fold_removes_accents_and_case() -> None:
    assert fold("São Paulo’s") == "sao paulo's"


def test_country_aliases_and_demonyms() -> None:
    assert country_of("US") == "US"
    assert country_of("the United States") == "US"
    assert country_of("Chinese") == "CN"
    assert country_of("Britain") == "GB"
    assert country_of("Washington") == "US"  # a national capital stands for its country
    assert country_of("Springfield") is None


def test_city_chain_reaches_region_and_country() -> None:
    r = PlaceResolver().resolve("San Francisco")
    assert [p.name for p in r.chain] == ["San Francisco", "California", "United States"]


@pytest.mark.parametrize(
    ("other", "name"), [("Kiev", "Kyiv"), ("Salonika", "Thessaloníki"), ("Bombay", "Mumbai"), ("Peking", "Beijing")]
)
def test_a_citys_other_name_resolves_to_the_city(other: str, name: str) -> None:
    assert PlaceResolver().resolve(other).chain[0].id == PlaceResolver().resolve(name).chain[0].id
    assert PlaceResolver().resolve(other).chain[0].name == name


def test_a_city_whose_name_opens_with_the() -> None:
    assert PlaceResolver().resolve("The Hague").chain[-1].id == "C:NL"
    assert gazetteer().lookup("Hague") == []  # "William Hague" is no city


def test_region_of_a_country_from_iso_subdivisions() -> None:
    r = PlaceResolver().resolve("Liaoning")
    assert [p.name for p in r.chain] == ["Liaoning", "China"]
    # a region outranks a smaller city of the same name elsewhere
    assert PlaceResolver().resolve("Ontario").chain[-1].name == "Canada"


def test_ambiguous_name_resolved_by_a_pair_the_article_states() -> None:
    resolver = PlaceResolver("They met in Woodside, California.")
    assert resolver.note_pair("Woodside", "California")
    r = resolver.resolve("Woodside")
    assert [p.name for p in r.chain] == ["Woodside", "California", "United States"]
    assert "the article places it in California" in r.steps[0].rule


def test_ambiguous_name_resolved_by_a_place_the_article_mentions() -> None:
    r = PlaceResolver("Fans across California watched. The final was played in Woodside.").resolve("Woodside")
    assert r.chain[1].name == "California"


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("Exiles fear Russia. She spoke from Varna, Bulgaria.", {"C:RU", "C:BG"}),  # names closing sentences
        ("He flew to the U.S.", {"C:US"}),  # an abbreviation keeps its full stop
        ("He spoke of Bulgarian.", set()),
    ],
)
def test_places_the_article_mentions_at_a_sentence_end(text: str, mentioned: set[str]) -> None:
    assert PlaceResolver(text).mentioned == mentioned


def test_a_namesake_in_a_country_the_article_names_last_in_a_sentence() -> None:
    r = PlaceResolver("Exiles fear Russia. The activist spoke from Varna, Bulgaria.")
    assert [p.name for p in r.resolve("Varna").chain] == ["Varna", "Bulgaria"]


def test_unknown_place_inside_a_known_one() -> None:
    resolver = PlaceResolver()
    resolver.note_pair("Greystone", "Oregon")
    r = resolver.resolve("Greystone")
    assert r.known
    assert [p.name for p in r.chain] == ["Greystone", "Oregon", "United States"]
    assert not PlaceResolver().resolve("Greystone").known


@pytest.mark.parametrize(
    ("a", "b", "rel"),
    [
        ("California", "San Francisco", "contains"),
        ("San Francisco", "California", "within"),
        ("San Francisco", "Los Angeles", "different"),
        ("Beijing", "Beijing", "same"),
        ("China", "Shanghai", "contains"),
        ("Nairobi", "France", "different"),
    ],
)
def test_relation_between_places(a: str, b: str, rel: str) -> None:
    resolver = PlaceResolver()
    assert relation(resolver.resolve(a).ids, resolver.resolve(b).ids) == rel


def test_relation_of_an_unknown_place_is_unknown() -> None:
    assert relation(("A:nowhere",), ("C:FR",)) == "unknown"


def test_capital_wins_over_smaller_namesakes() -> None:
    places = gazetteer().lookup("Washington")
    assert len(places) > 3
    r = PlaceResolver().resolve("Washington")
    assert r.chain[-1].id == "C:US" and r.chain[0].kind == "capital"


def test_distance_between_two_cities() -> None:
    from factcheck.places import distance_km, gazetteer

    gaz = gazetteer()

    def city(name: str, parent: str) -> str:
        return next(p.id for p in gaz.lookup(name) if p.parent == parent)

    chicago, evanston = city("Chicago", "R:US-IL"), city("Evanston", "R:US-IL")
    carbondale = city("Carbondale", "R:US-IL")
    near, far = distance_km(chicago, evanston), distance_km(chicago, carbondale)
    assert near is not None and near < 30
    assert far is not None and 400 < far < 500
    assert distance_km(chicago, "R:US-IL") is None
