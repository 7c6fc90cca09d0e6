"""Names read as the right kind of thing: a song, a brand or a unit is no person, a surname no
town, a team no person, a title no part of a place's name (``extract.mentions``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions import find_mentions
from factcheck.models import Claim
from factcheck.places import PlaceResolver


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.kind, m.name) for m in find_mentions(sentence, frozenset(), PlaceResolver(""), {})]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words of the dictionary only, no cue of a person: a song, a brand, a unit, a film
        ("The band closed with Silver Morning, their first hit.", [("thing", "Silver Morning")]),
        ("The firm sells Body Glow, a line of skin creams.", [("thing", "Body Glow")]),
        ("The frigate sent its Harbour Rangers to board the dhow.", [("thing", "Harbour Rangers")]),
        # ... while a given name keeps a person, whatever the surname means
        ("The band closed with Ana Morning, their singer.", [("person", "Ana Morning")]),
        # a service's or a place's word last, whatever follows
        ("The Tolver Coastguard said the search would go on.", [("org", "Tolver Coastguard")]),
        ("Ferries cross Quarvey Sound twice a day.", [("place", "Quarvey Sound")]),
        # a country or a capital last: the place, not a person's surname
        ("Quarvey Lisbon fire: man charged", [("place", "Lisbon")]),
        # a town and a plural noun: a team
        ("He coached the Denver Pioneers for three years.", [("org", "Denver Pioneers")]),
        ("Ana Fields coached them.", [("person", "Ana Fields")]),
        # a title with no name after it is no part of the place before it
        (
            "The church attended by Ohio Gov. and former candidate Ana Reed burned.",
            [("place", "Ohio"), ("person", "Ana Reed")],
        ),
        # a nationality word before a person's name; before words of the dictionary, an organisation's
        ("He beat the Kenyan Tomas Vrell in May.", [("person", "Tomas Vrell")]),
        ("He beat the Kenyan Vellor Kasparek in May.", [("person", "Vellor Kasparek")]),
        ("The Chilean Red Crescent sent tents.", [("org", "Chilean Red Crescent")]),
        # people of a country, no one named
        ("Police said the Kenyans said they saw nothing.", []),
        # the speech verb is the spokesman's: the name is whom he speaks for
        ("A spokesman for Quarvey said the store would reopen.", [("org", "Quarvey")]),
        ("A statement from Quarvey Morrant said the store would reopen.", [("org", "Quarvey Morrant")]),
    ],
)
def test_a_name_is_read_as_the_kind_of_thing_it_is(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(sentence) == expected


def test_a_team_read_once_names_its_last_word_and_keeps_its_town_no_place() -> None:
    full: dict[str, str] = {}
    resolver = PlaceResolver("")
    find_mentions("He coached the Denver Pioneers for three years.", frozenset(), resolver, full)
    (team,) = find_mentions("The Pioneers fired him in March.", frozenset({"pioneers"}), resolver, full)
    assert (team.kind, team.name) == ("org", "Denver Pioneers")
    assert "last word" in team.why
    assert find_mentions("His years in Denver were good ones.", frozenset(), resolver, full) == []


def test_a_surname_before_a_suffix_is_remembered() -> None:
    full: dict[str, str] = {}
    resolver = PlaceResolver("")
    find_mentions("Tomas Vrell III, 38, was charged on Monday.", frozenset(), resolver, full)
    (m,) = find_mentions("Police searched a bin outside Vrell's flat.", frozenset({"vrell"}), resolver, full)
    assert (m.kind, m.name) == ("person", "Vrell")
    assert "Tomas Vrell III" in m.why


def test_the_words_a_person_is_named_with_anywhere_in_an_article() -> None:
    from factcheck.extract.mentions import _personal_words

    found = _personal_words("Governor Bolton visited. Anger at Tamsin grew, Tamsin told us. A woman in Leeds told us.")
    assert found["bolton"] == "Governor Bolton"
    assert found["tamsin"] == "Tamsin told"
    assert "leeds" not in found  # "a woman in Leeds told": the speaker is from the place


def _mentions(tmp_path: Path, text: str) -> list[Claim]:
    from factcheck.api import check

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return [c for c in check([tmp_path]).claims if c.key in ("person", "place", "org", "thing")]


def test_a_surname_the_gazetteer_knows_as_a_town_is_the_person_the_article_names(tmp_path: Path) -> None:
    claims = _mentions(
        tmp_path,
        "Bolton's church burned on Friday night.\n\n"
        "Critics have directed their anger at Bolton for months.\n\n"
        "Governor Bolton stopped by the church on Saturday morning.\n",
    )
    boltons = [c for c in claims if c.display == "Bolton"]
    assert len(boltons) == 3
    assert {c.key for c in boltons} == {"person"}
    assert any("Governor Bolton" in s.rule for c in boltons for s in c.steps)


def test_a_town_named_after_in_stays_a_town_when_a_namesake_speaks(tmp_path: Path) -> None:
    claims = _mentions(
        tmp_path,
        "The storm hit homes in Bolton on Friday.\n\nBolton said the damage was severe, the mayor added.\n",
    )
    assert next(c.key for c in claims if c.display == "Bolton") == "place"


def test_a_name_read_by_its_dictionary_words_stays_a_person_the_article_names_so(tmp_path: Path) -> None:
    claims = _mentions(
        tmp_path,
        "Earl Mason went out to feed his cattle on Monday.\n\n"
        '"I thought my grandson had borrowed the truck," said Mason, 68, who farms nearby.\n',
    )
    assert ("person", "Earl Mason") in {(c.key, c.display) for c in claims}
