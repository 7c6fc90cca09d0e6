"""Extraction of named claims: table-driven rows in tests/data/named/*.json, plus spans and orgs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from named_extract import named_claims

from factcheck.extract.designations import designation_spans
from factcheck.judge_common import parse_scope
from factcheck.models import Article, ClaimKind, Source, TitleForm

DATA = Path(__file__).parent / "data" / "named"


def claims_of(text: str, published: date | None = date(2025, 3, 12), name: str = "a.txt"):
    return named_claims(Article(Path(name), name, "0" * 64, text, Source(published=published)))


def rows(file: str) -> list[dict]:
    return json.loads((DATA / file).read_text(encoding="utf-8"))


@pytest.mark.parametrize("row", rows("people.json"), ids=lambda r: r["sentence"][:40])
def test_people_titles_and_roles(row: dict) -> None:
    claims = claims_of(row["sentence"])
    titles = [c for c in claims if c.key.startswith("title:")]
    got_titles = sorted((c.subject, c.display, c.title_form is TitleForm.DESCRIPTIVE) for c in titles)
    want_titles = sorted((t["person"], t["title"], t["descriptive"]) for t in row["titles"])
    assert got_titles == want_titles
    roles = [c for c in claims if c.key.startswith("role:")]
    assert sorted((c.subject, c.display) for c in roles) == sorted((r["role"], r["person"]) for r in row["roles"])
    for c in titles + roles:
        assert c.kind is ClaimKind.PERSON_ROLE
        assert row["sentence"][c.location.start : c.location.end] == c.surface
        assert c.chain[0] in c.surface or c.surface.endswith(c.chain[1])


@pytest.mark.parametrize("row", rows("places.json"), ids=lambda r: r["text"][:40])
def test_event_places(row: dict) -> None:
    claims = [c for c in claims_of(row["text"], date.fromisoformat(row["published"])) if c.kind is ClaimKind.PLACE]
    got = sorted((c.key, c.chain[0], c.scope_time) for c in claims)
    assert got == sorted((p["event"], p["place"], p["date"]) for p in row["places"])
    for c in claims:
        assert c.chain[0] in c.surface
        assert c.text_value.split("|")[-1].startswith("C:")  # the chain ends at a country


@pytest.mark.parametrize("row", rows("quotes.json"), ids=lambda r: r["paragraphs"][0][:40])
def test_quotes_and_speakers(row: dict) -> None:
    text = "\n\n".join(row["paragraphs"])
    claims = [c for c in claims_of(text) if c.kind is ClaimKind.QUOTE]
    assert [(c.display.strip(" ,."), c.subject) for c in claims] == [
        (q["text"].strip(" ,."), q["speaker"]) for q in row["quotes"]
    ]
    for c in claims:
        assert text[c.location.start : c.location.end] == c.surface
        assert c.surface[0] in '“"‘'


def test_surname_resolved_within_the_article() -> None:
    text = "Transport Minister Helga Brandt opened the bridge on Monday.\n\n“It took ten years,” Brandt said."
    quote = next(c for c in claims_of(text) if c.kind is ClaimKind.QUOTE)
    assert quote.subject == "Helga Brandt"
    assert any(s.source == "Brandt" and s.result == "Helga Brandt" for s in quote.steps)


def test_pronoun_takes_the_first_person_named_before() -> None:
    text = (
        "Mayor Tom Becker met Governor Lisa Hart on Friday.\n\n“We agreed on the budget for the new bridge,” he said."
    )
    quote = next(c for c in claims_of(text) if c.kind is ClaimKind.QUOTE)
    assert quote.subject == "Tom Becker"


def test_a_pronoun_quoted_as_saying_is_the_speaker() -> None:
    text = (
        "Mayor Tom Becker dismissed fears of a flood, the agency reported.\n\n"
        "“The gulf is not deep enough for a tsunami,” he was quoted by the agency as saying."
    )
    quote = next(c for c in claims_of(text) if c.kind is ClaimKind.QUOTE)
    assert quote.subject == "Tom Becker"


def test_place_claim_gets_the_date_of_the_articles_first_dated_meeting() -> None:
    text = (
        "The two sides held talks on Thursday about the dam.\n\n"
        "The meeting was held in Kampala between the ministers of both countries."
    )
    place = next(c for c in claims_of(text, date(2025, 3, 16)) if c.kind is ClaimKind.PLACE)
    assert place.scope_time == "2025-03-13"
    assert place.chain[0] == "Kampala"
    assert any("first dated meeting" in s.rule for s in place.steps)


def test_article_gives_containment_the_gazetteer_may_lack() -> None:
    text = "The leaders met at the Greystone summit in Oregon in November."
    place = next(c for c in claims_of(text) if c.kind is ClaimKind.PLACE)
    assert place.chain[0] == "Greystone"
    assert "Oregon" in place.chain and "United States" in place.chain


def test_acronym_expansion_and_named_things() -> None:
    text = (
        "The National Transport Safety Board (NTSB) said the Airbus A320neo had been inspected.\n\n"
        "The cargo ship Ocean Star and a Boeing 737-800 were also checked in Operation Clean Sky."
    )
    orgs = {c.key: c for c in claims_of(text) if c.kind is ClaimKind.ORGANISATION}
    assert orgs["acronym:NTSB"].display == "NTSB = National Transport Safety Board"
    assert orgs["acronym:NTSB"].text_value == "board national safety transport"
    assert orgs["model:airbus"].text_value == "a320neo"
    assert orgs["model:boeing"].text_value == "737800"
    assert orgs["vessel"].display == "Ocean Star"
    assert orgs["operation"].text_value == "clean sky"


def test_designations_are_names_not_ranges() -> None:
    text = "A Boeing 737-800 and two F-16 jets flew over 200-300 people."
    spans = [text[s:e] for s, e in designation_spans(text)]
    assert "737-800" in spans
    assert "F-16" in spans
    assert "200-300" not in spans


def test_telephone_numbers_are_designations() -> None:
    text = (
        "Anyone with information should call Leeds police on 0113 496 0000 or the hotline on 0800 555111.\n\n"
        "The club went 45-7-2 from 1999-2003 and drew 1 234 567 fans."
    )
    phones = [(c.display, c.text_value) for c in claims_of(text) if c.key == "phone"]
    assert phones == [("0113 496 0000", "01134960000"), ("0800 555111", "0800555111")]


def test_parse_scope_reads_date_displays() -> None:
    assert parse_scope("2024-01-30").low == date(2024, 1, 30).toordinal()
    nov = parse_scope("2023-11")
    assert (nov.low, nov.high) == (date(2023, 11, 1).toordinal(), date(2023, 11, 30).toordinal())
    assert parse_scope("2023").high == date(2023, 12, 31).toordinal()
    assert parse_scope("2024-W05").low == date(2024, 1, 29).toordinal()
    assert parse_scope("2019/2021").high == date(2021, 12, 31).toordinal()
    assert parse_scope("") is None
    assert parse_scope("soon") is None


def test_no_claims_from_boilerplate() -> None:
    text = (
        "Subscribe to our newsletter for the latest news from Minister Helga Brandt in Oslo\n\n"
        "Read more\n"
        "Transport chief Helga Brandt met mayors in Bergen\n"
    )
    assert claims_of(text) == []


def test_travel_destination_is_the_events_place_only_when_travelling_for_it() -> None:
    for_talks = claims_of("The envoy travelled to Hanoi on Monday for three days of talks.")
    assert [(c.key, c.chain[0]) for c in for_talks if c.kind is ClaimKind.PLACE] == [("meeting", "Hanoi")]
    after_crash = claims_of("Investigators arrived in Hanoi on Monday after Sunday's crash.")
    assert [(c.key, c.chain[0]) for c in after_crash if c.kind is ClaimKind.PLACE] == [("visit", "Hanoi")]


def test_named_claims_survive_the_ledger() -> None:
    from factcheck.ledger import decode_claim, encode_claim

    text = (
        "Transport Minister Helga Brandt met the mayor in Oslo on Monday.\n\n"
        "“It took ten years,” Brandt said. The Nordic Rail Agency (NRA) agreed."
    )
    claims = claims_of(text)
    assert {c.kind for c in claims} == {ClaimKind.PERSON_ROLE, ClaimKind.PLACE, ClaimKind.QUOTE, ClaimKind.ORGANISATION}
    for c in claims:
        assert decode_claim(json.loads(json.dumps(encode_claim(c)))) == c


@pytest.mark.parametrize(
    ("sentence", "display"),
    [
        (
            "The Centers for Disease Control and Prevention (CDC) said so.",
            "CDC = Centers for Disease Control and Prevention",
        ),
        ("The Public Works Ministry (MPW) closed it.", "MPW = Public Works Ministry"),
        ("He joined the International Monetary Fund (IMF) in May.", "IMF = International Monetary Fund"),
        ("It was (ALSO) odd.", None),
    ],
)
def test_acronym_expansions(sentence: str, display: str | None) -> None:
    orgs = [c.display for c in claims_of(sentence) if c.key.startswith("acronym:")]
    assert orgs == ([display] if display else [])


@pytest.mark.parametrize("noun", ["delegation", "Delegation", "DELEGATION", "delegatıon"])
def test_role_noun_in_any_case_is_the_listed_noun(noun):
    # "ı" (dotless i) is an i to a case-insensitive search but stays itself when lowered
    roles = [c for c in claims_of(f"The {noun}, led by John Smith, arrived on Monday.") if c.key.startswith("role:")]
    assert [(c.key, c.display) for c in roles] == [("role:leader of the delegation", "John Smith")]


def test_a_quotation_over_several_lines_is_said_by_the_speaker_named_at_its_end() -> None:
    text = (
        "Mayor Tom Becker spoke on Friday.\n"
        '"The river rose too fast.\n'
        "We could not hold it.\n"
        'We will rebuild the bridge," said Sgt. Lisa Hart of the county police.\n'
        '"It will take a year."\n'
        "The bridge closed in May."
    )
    quotes = [(c.display.strip(" ,."), c.subject) for c in claims_of(text) if c.kind is ClaimKind.QUOTE]
    assert quotes == [
        ("The river rose too fast", "Lisa Hart"),
        ("We could not hold it", "Lisa Hart"),
        ("We will rebuild the bridge", "Lisa Hart"),
        # a paragraph opening with a quote nobody is said to speak: the speaker of the one before
        ("It will take a year", "Lisa Hart"),
    ]


@pytest.mark.parametrize(
    ("sentence", "offences"),
    [
        ("A farmhand has been charged with arson after the fire.", ["arson"]),
        ("She was indicted on charges of first degree murder and theft.", ["first-degree murder"]),
        ("He was charged with two counts of attempted murder.", ["attempted murder"]),
        ("He was convicted of murder in 2019.", []),
        # the offence as what someone is charged in: the crime, not its victim
        ("A farmhand stands charged in his murder, police said.", ["murder"]),
        ("A farmhand was charged in Tollby's arson attack.", ["arson"]),
        ("Two brothers were charged in connection with a robbery.", ["robbery"]),
        ("He was charged in the cyclist's death.", []),
        # a negligence offence: its adverb and adjective are part of it
        ("He was charged with criminally negligent homicide.", ["criminally negligent homicide"]),
    ],
)
def test_charges(sentence: str, offences: list[str]) -> None:
    charges = [c for c in claims_of(sentence) if c.key == "charge"]
    assert [c.text_value for c in charges] == offences
    for c in charges:
        assert c.kind is ClaimKind.PERSON_ROLE and c.display == "charged with " + c.text_value
        assert sentence[c.location.start : c.location.end] == c.surface
