"""Mentions of people, organisations, places and named things: table-driven cases, and articles
naming one entity grouped across spellings."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.mentions import find_mentions, org_key, title_case
from factcheck.models import Claim, ClaimKind, Report, Verdict
from factcheck.places import PlaceResolver

# sentence, words the article writes capitalised mid-sentence, [(kind, name, title)]
CASES = [
    ('"Only a shed collapsed," Tolvash Governor Reza Karimzadeh told the KNRA wire service.', (),
     [("person", "Reza Karimzadeh", "Tolvash Governor"), ("org", "KNRA", "")]),
    ("After a mayday from MV Orlenna, INS Kestrava changed course, a Defence Ministry statement said.", (),
     [("org", "MV Orlenna", ""), ("org", "INS Kestrava", ""), ("org", "Defence Ministry", "")]),
    ("Dorian Welles Pratley, 36, of Muncie was arrested.", (),
     [("person", "Dorian Welles Pratley", ""), ("place", "Muncie", "")]),
    # a ship's prefix written with a slash ("M/S", "M/V") opens its name as "MS" does
    ("The cruise ship M/S Tolver docked in Lisbon on Monday.", (),
     [("org", "M/S Tolver", ""), ("place", "Lisbon", "")]),
    ("Firefighters fought the blaze at the Harrowgate Bible Church.", (), [("org", "Harrowgate Bible Church", "")]),
    ("The fire started in the warehouse of BrightMoss Haulage Ltd. in Vancouver.", (),
     [("org", "BrightMoss Haulage Ltd.", ""), ("place", "Vancouver", "")]),
    ("Harlow police Lt. Denny Vorhalt said the driver had been drinking.", (), [("person", "Denny Vorhalt", "Lt.")]),
    ("Barns burned in the villages of Kelvashi and Tormeh near the Gulf of Aden.", (),
     [("place", "Kelvashi", ""), ("place", "Tormeh", ""), ("place", "Gulf of Aden", "")]),
    # a capitalised first word is a name only when the article capitalises it in mid-sentence too
    ("Firefighters arrived on Friday.", (), []),
    ("Brandell was sentenced on Saturday.", ("brandell",), []),  # unknown single word: not kept
    ("Christmas and Monday are not names, nor is Iranian.", (), []),
    # "Former" opening a sentence is no part of the name after it
    ("Former Quellmoor College rowing coach Tam Iddon was charged on Monday.", (),
     [("org", "Quellmoor College", ""), ("person", "Tam Iddon", "")]),
    # a word of direction and a place is a part of the place, not a person's name
    ("Gales cut power in North Wales and East London on Sunday.", (),
     [("place", "North Wales", ""), ("place", "East London", "")]),
    # ... but a word of direction alone is no place ("the East", "Southern towns")
    ("Leaders of the West met in Varna, and troops moved to the East.", (), [("place", "Varna", "")]),
    ("Storms hit Southern towns on Monday.", (), []),
    # a firm's, a club's or an agency's name is no person's, wherever its word stands
    ("Staff at Halvorsen Logistics said the gunman had been fired.", (), [("org", "Halvorsen Logistics", "")]),
    ("The fans of Castlebridge Rovers sang on Monday.", (), [("org", "Castlebridge Rovers", "")]),
    ("He joined Caddow United as an apprentice.", (), [("org", "Caddow United", "")]),
    ("The crew of the Avelar Airways Embraer were praised.", (), [("org", "Avelar Airways Embraer", "")]),
    ("Fans gathered on Airways Boulevard in Memphis.", (),
     [("place", "Airways Boulevard", ""), ("place", "Memphis", "")]),
    # a given name opening a town's name is no person ("Beverly Hills"), unless an age follows
    ("The actress died in Beverly Hills on Thursday.", (), [("place", "Beverly Hills", "")]),
    ("Officials in Virginia Beach said the storm passed.", (), [("place", "Virginia Beach", "")]),
    ("Jack Park said he ran.", (), [("person", "Jack Park", "")]),
    # a seat of government stands for it: no person ("the Kremlin said"), no town ("White House, Tenn.")
    ("The talks were useful, the White House said.", (), [("org", "White House", "")]),
    ("The Kremlin said on Monday the talks would go on.", (), [("org", "Kremlin", "")]),
    # a participle opening a sentence is no part of the name after it
    ("Born Teodora Lassing in 1947 in Kellbridge, she joined the band.", (),
     [("person", "Teodora Lassing", ""), ("place", "Kellbridge", "")]),
    # a hospice is a place of care, no person
    ("She died on Sunday at the Hollis Cross Hospice in Brighton.", (),
     [("org", "Hollis Cross Hospice", ""), ("place", "Brighton", "")]),
    # a given name before a word no surname is names a place ("Warren County"), not a person
    ("Warren County deputies said the blast was heard.", (), [("place", "Warren County", "")]),
    ("The jury heard Jack Lane on Monday.", (), [("person", "Jack Lane", "")]),
    # "County", "Lake", "Port", "City" opening a name of two words open a place's
    ("He was born in Ostley, County Quarvey, in 1946.", (),
     [("place", "Ostley", ""), ("place", "County Quarvey", "")]),
    ("The ferry sank on Lake Caddow.", (), [("place", "Lake Caddow", "")]),
    ("Staff at City Hall were told on Monday, and protesters gathered outside Town Hall.", (),
     [("place", "City Hall", ""), ("place", "Town Hall", "")]),
    ("Tam Hall said the council had met.", (), [("person", "Tam Hall", "")]),
    # ... but not before an organisation word, nor when a speech verb follows; "Street" may be a surname
    ("The County Council met on Monday.", (), [("org", "County Council", "")]),
    ("Rescue leader Lake Tandrel said the team was ready.", (), [("person", "Lake Tandrel", "")]),
    ("Della Street, who lives next door, called for help.", (), [("person", "Della Street", "")]),
    # a possessive inside a run ends the owner's name; what is owned is named apart, if at all
    ("Nathan Farrin's Christmas show opened on Friday.", (), [("person", "Nathan Farrin", "")]),
    ("Prime Minister Nathan Farrin's Socialists won the vote.", (), [("person", "Nathan Farrin", "Prime Minister")]),
    ("Selbury's Nathan Brellow scored twice.", (), [("person", "Nathan Brellow", "")]),
    ("A parade in Boston's Caddow Square drew crowds.", (), [("place", "Boston", ""), ("place", "Caddow Square", "")]),
    ("Norway's Nathan Brellow won the race.", (), [("person", "Nathan Brellow", "")]),
    # ... not before a title, nor in an organisation's name, after a people's noun, before "of" or a shop
    ("Britain's Prime Minister Tam Reed spoke.", (), [("person", "Tam Reed", "Britain's Prime Minister")]),
    ("Staff at the Coroner's Office said so.", (), [("org", "Coroner's Office", "")]),
    # a word of direction before a region's adjective names no one ("West" is also a given name)
    ("The oil-rich Central Asian republic held a poll, and a West African state objected.", (), []),
    # a first name alone names a relative after the word for one, no one otherwise
    ("Tam Ostley and her husband Leroy were walking home.", (),
     [("person", "Tam Ostley", ""), ("person", "Leroy", "husband")]),
    ("She met Leroy at the fair.", (), []),
    # the capitals of a headline in title case make no name of its words ("Woman Killed")
    ("Cyclist Hurt in Quarvey Crash, Police Seek Van Driver", (), []),
    ("Prenwick Club Hires New Head Coach", (), []),
    # ... though a run of words no dictionary holds may still be one, as in prose
    ("Festival Prize Goes to Tolver Caddow", (), [("person", "Tolver Caddow", "")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "mid", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_mentions(sentence: str, mid: tuple[str, ...], expected: list[tuple[str, str, str]]) -> None:
    found = find_mentions(sentence, frozenset(mid), PlaceResolver(""), {})
    assert [(m.kind, m.name, m.title) for m in found] == expected
    for m in found:
        assert sentence[m.name_start : m.end].startswith(m.name.split()[0])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fire began near the Ostley's Gap campground.", "Ostley's Gap"),  # no known place owns it
        ("A fight broke out at Farrin's Bar on Friday.", "Farrin's Bar"),  # a shop's word alone
        ("Traders at Farrin's of Selbury said so.", "Farrin's of Selbury"),
        ("The Women's World Cup final was sold out.", "Women's World Cup"),  # a people's noun owns it
        ("A parade in Selbury's Caddow Square drew crowds.", "Selbury's Caddow Square"),
    ],
)
def test_a_name_with_a_possessive_inside_is_one_name(sentence: str, name: str) -> None:
    found = find_mentions(sentence, frozenset(), PlaceResolver(""), {})
    assert [m.name for m in found] == [name]


def test_a_civic_opener_names_a_place_only_before_a_civic_place() -> None:
    resolver = PlaceResolver("")
    (hall,) = find_mentions("Protesters met on the steps of Town Hall.", frozenset(), resolver, {})
    assert (hall.kind, hall.name) == ("place", "Town Hall")
    assert all(m.kind != "place" for m in find_mentions("He wrote for the Village Voice.", frozenset(), resolver, {}))


def test_a_surname_is_the_person_named_in_full_before() -> None:
    full: dict[str, str] = {}
    resolver = PlaceResolver("")
    find_mentions("Colin Brandell, 37, was sentenced.", frozenset(), resolver, full)
    (m,) = find_mentions("The judge told Brandell he would appeal.", frozenset({"brandell"}), resolver, full)
    assert (m.kind, m.name) == ("person", "Brandell")
    assert "Colin Brandell" in m.why


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the Yarnick Department of Prison Affairs said the inquiry had begun.",
        "The Quarvey Institute for Coastal Studies said the figures were wrong.",
    ],
)
def test_an_office_word_before_of_or_for_makes_the_run_an_organisation(sentence: str) -> None:
    resolver = PlaceResolver("")
    (m,) = [m for m in find_mentions(sentence, frozenset(), resolver, {}) if m.kind == "org"]
    assert m.name.startswith(("Yarnick Department", "Quarvey Institute"))


def test_org_keys_fold_legal_suffixes() -> None:
    assert org_key("BrightMoss Haulage Ltd.") == org_key("Brightmoss Haulage Limited") == "brightmoss haulage"
    assert org_key("The Indian Navy") == "indian navy"


def test_articles_naming_one_entity_agree_across_spellings(tmp_path: Path) -> None:
    from factcheck.api import check

    texts = {
        "a.txt": "Governor Reza Alizadeh said the flood swept away barns in Tavrahan on Tolvash island.",
        "b.txt": "The governor of Tolvash, Reza ali-Zadeh, said barns in Tavrahan were swept away.",
        "c.txt": "Barns near Tavrehan were swept away, the regional relief office reported.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    agree = {f.key: f for f in report.findings if f.verdict is Verdict.AGREE}
    person = next(f for k, f in agree.items() if k.startswith("person: Reza"))
    assert person.kind is ClaimKind.PERSON_ROLE and person.articles == ("a.txt", "b.txt")
    assert "spelled" in person.explanation
    place = next(f for k, f in agree.items() if k.startswith("place: Tavr"))
    assert place.articles == ("a.txt", "b.txt", "c.txt")  # Tavrehan is a spelling of Tavrahan


def test_a_company_spelled_two_ways_is_a_conflict_a_transliteration_is_not(tmp_path: Path) -> None:
    from factcheck.api import check

    texts = {
        "a.txt": "The driver delivered for BrightMoss Distribution Ltd. until May, officials said on Friday.",
        "b.txt": "The driver had delivered for BrightMoss Distribution Ltd., officials said on Friday.",
        "c.txt": "The driver had delivered for Brightmoss Distributors Ltd., officials said on Friday.",
        "d.txt": "Coastguards stopped the dhow Nuruddin, the agency said on Friday, seizing nets of the crew.",
        "e.txt": "Coastguards stopped the dhow Nuraddin, the agency said on Friday, seizing nets of the crew.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.ORGANISATION]
    assert conflict.articles == ("a.txt", "b.txt", "c.txt")
    assert "'BrightMoss Distribution Ltd.' (2 articles) vs 'Brightmoss Distributors Ltd.' (1 articles)" in (
        conflict.explanation
    )
    assert not [f for f in report.findings if f.verdict is Verdict.CONFLICT and "d.txt" in f.articles]


def test_an_acronym_after_the_is_its_expansion_not_a_spelling(tmp_path: Path) -> None:
    from factcheck.api import check

    texts = {
        "a.txt": "A Bureau for Coastal Fisheries spokeswoman said the quotas would be cut on Monday.",
        "b.txt": "It blamed the Bureau for Coastal Fisheries for the delay.\n"
        'Its chairman said: "The BCF has had years to prepare."\n'
        'A spokesman for the BCF said: "The BCF has acted in good faith."',
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.ORGANISATION]


def _org_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    report = _checked(tmp_path, texts)
    return [f.explanation for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.ORGANISATION]


@pytest.mark.parametrize(
    ("first", "second", "apart"),
    [
        ("the UK Treasury", "the US Treasury", True),  # two countries' treasuries
        ("the Quarvey Morrant IT Group", "the Quarvey Morrant TV Group", True),  # two codes in capitals
        ("the Brellow Tenants Association", "the Brellow UK Tenants Association", False),  # a country's code
        ("Peru's Fisheries Ministry", "the Peruvian Fisheries Ministry", False),  # the country, or its people
    ],
)
def test_names_apart_by_a_country_or_a_code_are_no_misspelling(
    tmp_path: Path, first: str, second: str, apart: bool
) -> None:
    said = "said on Friday that the talks on the new levy would resume next month."
    texts = {"a.txt": f"Officials at {first} {said}", "b.txt": f"A spokesman for {first} {said}"}
    texts["c.txt"] = f"A spokesman for {second} {said}"
    report = _checked(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.ORGANISATION]
    if apart:  # two names: no finding holds both
        held = [{c.display for c in f.claims} for f in report.findings if f.kind is ClaimKind.ORGANISATION]
        assert not [names for names in held if any(second.removeprefix("the ") in n for n in names) and len(names) > 1]


def test_a_word_of_a_name_misspelt_is_still_one_name_spelled_two_ways(tmp_path: Path) -> None:
    said = "said on Friday that the talks on the new levy would resume next month."
    texts = {
        "a.txt": f"Analysts at the Institute for Coastal Studies {said}",
        "b.txt": f"A spokesman for the Institute for Coastal Studies {said}",
        "c.txt": f"A spokesman for the Institute of Coastal Studies {said}",
    }
    (conflict,) = _org_conflicts(tmp_path, texts)
    assert "'Institute for Coastal Studies' (2 articles) vs 'Institute of Coastal Studies' (1 articles)" in conflict


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She is an immigrant from India.", [("place", "India")]),  # a country, though also a given name
        ("A Harrisburg man was arrested.", [("place", "Harrisburg")]),  # after an opener: mid-sentence
        ("The crash was at 131st Street and 93rd Avenue.", [("place", "131st Street"), ("place", "93rd Avenue")]),
        ("The tanker sailed under an Ethiopian flag.", [("place", "Ethiopian")]),
        ("Blair was in Brussels on Monday, he said.", [("place", "Brussels")]),  # a small town's name, alone
        ("The Institute for Fiscal Studies said taxes would rise.", [("org", "Institute for Fiscal Studies")]),
        ("Ms Hewitt said the plans were good.", [("person", "Hewitt")]),  # an honorific, not a ship's prefix
    ],
)
def test_places_and_names_in_context(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_mentions(sentence, frozenset({"blair", "hewitt"}), PlaceResolver(""), {})
    assert [(m.kind, m.name) for m in found] == expected


def _checked(tmp_path: Path, texts: dict[str, str]) -> Report:
    """The report of a folder holding ``texts`` (file name -> text)."""
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path])


def _place_findings(tmp_path: Path, texts: dict[str, str]) -> list[tuple[Verdict, str]]:
    return [(f.verdict, f.explanation) for f in _checked(tmp_path, texts).findings if f.kind is ClaimKind.PLACE]


SPOKE_FROM_BULGARIA = "The activist spoke by video link from Bulgaria on Monday."


def test_an_article_naming_only_the_country_another_writes_after_the_town_is_vaguer(tmp_path: Path) -> None:
    texts = {"a.txt": "The activist spoke by video link from Varna, Bulgaria, on Monday.", "b.txt": SPOKE_FROM_BULGARIA}
    findings = _place_findings(tmp_path, texts)
    vaguer = "b.txt name only Bulgaria, which contains Varna (1 articles): vaguer, not different"
    assert (Verdict.COMPATIBLE, vaguer) in findings


@pytest.mark.parametrize(
    "first",
    [
        # the town's article names the country on its own too: the country is a place of its own there
        "The activist spoke by video link from Varna, Bulgaria, on Monday. Bulgaria joined the union in 2007.",
        # no article writes the country after the town, and one article alone names the town
        "The activist spoke by video link from Varna on Monday.",
    ],
)
def test_a_town_one_article_names_needs_the_country_written_after_it(tmp_path: Path, first: str) -> None:
    findings = _place_findings(tmp_path, {"a.txt": first, "b.txt": SPOKE_FROM_BULGARIA})
    assert not [f for f in findings if f[0] is Verdict.COMPATIBLE]


def test_an_article_naming_only_the_country_is_vaguer_only_about_where_someone_is_from(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The trawler's captain, Lars Holm, is from Bergen, Norway, the coastguard said.",
        "b.txt": "Lars Holm, from Bergen, was the captain of the trawler.",
        "c.txt": "The captain, Lars Holm, is from Norway.",
    }
    vaguer = "c.txt name only Norway, which contains Bergen (2 articles): vaguer, not different"
    assert (Verdict.COMPATIBLE, vaguer) in _place_findings(tmp_path, texts)
    # an article naming the country for something else (where an event took place, with no sentence
    # alike to one naming the town) is no vaguer account of where he is from
    texts["c.txt"] = "Fishing quotas in Norway were cut on Monday."
    assert not [f for f in _place_findings(tmp_path, texts) if f[0] is Verdict.COMPATIBLE]


def test_the_mention_judge_imports_no_api() -> None:
    # a judge reads claims and sentences; claims are placed in their files below the api
    # (text.located), so nothing at the judge stage reaches back into api (no import cycle)
    import inspect

    from factcheck import judge_mentions

    assert "factcheck.api" not in inspect.getsource(judge_mentions)


def test_some_articles_take_the_verb_asked_for() -> None:
    from factcheck.hedges import _some

    assert _some({"a.txt"}) == "a.txt says"
    assert _some({"b.txt", "a.txt"}, "names", "name") == "a.txt, b.txt name"
    assert _some({"a.txt"}, "names", "name") == "a.txt names"


def test_an_organisations_initials_transposed_are_a_conflict(tmp_path: Path) -> None:
    from factcheck.api import check

    texts = {
        "a.txt": "Flood water reached the offices of K&W Surveying, a firm by the canal, the council said on Friday.",
        "b.txt": "The council said on Friday that flood water reached K&W Surveying beside the canal.",
        "c.txt": "Flood water on Friday reached W&K, a surveying firm by the canal, the council said.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if "transposed" in f.explanation]
    assert conflict.explanation == "one name's initials transposed? 'W&K' (c.txt) vs 'K&W Surveying' (a.txt, b.txt)"
    # an article naming both: two firms
    texts["c.txt"] += " W&K shares the building with K&W Surveying."
    (tmp_path / "c.txt").write_text(texts["c.txt"], encoding="utf-8")
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if "transposed" in f.explanation]


def test_transposed_initials_of_two_names_going_on_otherwise_are_two_firms(tmp_path: Path) -> None:
    from factcheck.api import check

    texts = {
        "a.txt": "Shares in D&L Freight rose 4% on Tuesday after the haulier raised its profit forecast.",
        "b.txt": "D&L Freight shares gained on Tuesday as the haulier lifted its forecast.",
        "c.txt": "Shares in L&D Bakeries fell 2% on Tuesday after a weak Christmas.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if "transposed" in f.explanation]


def test_names_going_on_alike_after_their_initials():
    from factcheck.judge_mentions import _same_rest

    assert _same_rest("K&W Surveying", "W&K")
    assert _same_rest("K&W Surveying", "W & K surveying")
    assert not _same_rest("K&W Surveying", "W&K Bakeries")


def test_the_articles_a_finding_names_are_three_then_how_many_more():
    from factcheck.judge_common import arts_named

    claims = [_claim_in(f"{n}.txt") for n in "edcba"]
    assert arts_named(claims) == "a.txt, b.txt, c.txt and 2 more"
    assert arts_named(claims[:2]) == "d.txt, e.txt"


def _claim_in(article: str) -> Claim:
    from factcheck.models import Location

    return Claim(
        kind=ClaimKind.ORGANISATION,
        key="org",
        value=None,
        display="K&W",
        unit="",
        location=Location(article, 0, 3, 1, 1),
        sentence="K&W closed.",
        surface="K&W",
        text_value="K&W",
    )


def test_a_word_of_direction_alone_is_no_place(tmp_path: Path) -> None:
    from factcheck.api import check

    (tmp_path / "a.txt").write_text("The storm cut power to 31,000 homes in North Wales, the operator said.\n")
    (tmp_path / "b.txt").write_text("The storm cut power to 12,500 homes in South Wales, the operator said.\n")
    report = check([tmp_path])
    places = [c for c in report.claims if c.kind is ClaimKind.PLACE]
    assert not [c for c in places if c.display.split(",")[0] in ("North", "South")]
    assert not report.by_verdict(Verdict.CONFLICT)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Three Killed In Ostley Bank Fire Amid Strike", True),
        ("Prenwick Club Hires Tolver Caddow As Head Coach", True),
        ("Screen Legend Dies At Age 91", True),
        # a sentence: its verb is in lower case, however many names it holds
        ("Protesters have occupied the Town Hall of Quarvey and the Harbour Office of Ostley.", False),
        ("Helen Morrant reported from Port Quarvey and Tolver Caddow from Ostley.", False),
        # no verb capitalised but a party's: a sentence naming one
        ("He's with the Prenwick Socialist Workers Party.", False),
        ("Woman killed in Quarvey hit-and-run", False),  # a headline in sentence case: its names are names
    ],
)
def test_a_headline_in_title_case_is_told_from_a_sentence(line: str, headline: bool) -> None:
    assert title_case(line) is headline


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yarnick Morrant raised its prices on Monday.", ("thing", "Yarnick Morrant")),  # "its": no one
        ("Traders named Yarnick Morrant as its new chief.", ("person", "Yarnick Morrant")),  # not the subject
        ("In Yarnick Morrant, Iowa, residents were told to stay indoors.", ("place", "Yarnick Morrant")),
        ("In Yarnick Morrant, residents were told to stay indoors.", ("person", "Yarnick Morrant")),  # "in" alone
        ("She kept faith in Yarnick Morrant all season.", ("person", "Yarnick Morrant")),  # people are in it too
        ("Fuel rose after Moscow's Yarnick Morrant raised prices.", ("thing", "Yarnick Morrant")),  # a town's
        ("Kenya's Yarnick Morrant won the race.", ("person", "Yarnick Morrant")),  # a country's: as often someone
        ("Yarnick Morrant became its chief executive.", ("person", "Yarnick Morrant")),  # a role: "its" is another's
        ("A penalty from Yarnick Morrant, which came late, won it.", ("person", "Yarnick Morrant")),  # no article
        ("The trawler Yarnick Morrant, which sank, was found.", ("thing", "Yarnick Morrant")),  # after "the"
        ("An interview with the novelist Yarnick Morrant, which aired, ran long.", ("person", "Yarnick Morrant")),
        ("Yarnick Morrant heads its litigation team.", ("person", "Yarnick Morrant")),  # no firm's verb
        ("Leeds's Yarnick Morrant won the 400 metres.", ("person", "Yarnick Morrant")),  # a town's, no firm's words
        ("Leeds's Yarnick Morrant, a family bakery, shut.", ("thing", "Yarnick Morrant")),
        ("Scouts showed interest in Yarnick Morrant, Ohio State's end.", ("person", "Yarnick Morrant")),  # a college
        ("The Republican National Committee raised $12 million.", ("org", "Republican National Committee")),
        ("She won the Quarvey First Novel Award.", ("thing", "Quarvey First Novel Award")),  # "First" is no title
        ("Yarnick Foods said it would close two plants.", ("org", "Yarnick Foods")),  # a trade's word ends it
        ("She won the Quarvey Music Awards twice.", ("thing", "Quarvey Music Awards")),  # a prize's, no one's
        ("Morrant Cup organisers said so.", ("thing", "Morrant Cup")),  # not a speaker named Cup
        ("A panel led by Democrat Yarnick Morrant met.", ("person", "Yarnick Morrant")),  # a party's word: a title
        ("Hurricane Yarnick flooded the coast on Monday.", ("thing", "Hurricane Yarnick")),  # a storm, no one
        ("Residents fled as Tropical Storm Yarnick neared.", ("thing", "Tropical Storm Yarnick")),
    ],
)
def test_a_name_shaped_like_a_persons_is_not_one_on_a_cue_against_it(sentence: str, expected: tuple[str, str]) -> None:
    found = find_mentions(sentence, frozenset({"yarnick"}), PlaceResolver(""), {})
    assert expected in [(m.kind, m.name) for m in found]


def test_a_trades_word_alone_names_no_firm_nor_does_a_portfolio() -> None:
    resolver = PlaceResolver("")
    for sentence in (
        "Oil is leaking into the sea.",
        "Finance director Ana Reed said so.",
        "The Minister for Resources spoke.",
    ):
        assert all(m.kind != "org" for m in find_mentions(sentence, frozenset(), resolver, {})), sentence


def test_a_firms_first_word_alone_is_the_firm() -> None:
    full: dict[str, str] = {}
    resolver = PlaceResolver("")
    find_mentions("Yarnick Foods cut 300 jobs on Monday.", frozenset({"yarnick"}), resolver, full)
    (m,) = find_mentions("Yarnick said the cuts were needed.", frozenset({"yarnick"}), resolver, full)
    assert (m.kind, m.name) == ("org", "Yarnick Foods")


def test_a_name_one_report_shows_is_a_firm_is_no_persons_in_another(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Yarnick Morrant, which runs the depot, said 40 lorries were damaged.",
        "b.txt": "Yarnick Morrant said the depot would reopen on Friday.",
    }
    report = _checked(tmp_path, texts)
    named = [f for f in report.findings if f.verdict is Verdict.AGREE and "Yarnick Morrant" in f.key]
    assert [(f.kind, f.key, f.articles) for f in named] == [
        (ClaimKind.ORGANISATION, "thing: Yarnick Morrant", ("a.txt", "b.txt"))
    ]
    (b_claim,) = (c for c in named[0].claims if c.location.article == "b.txt")
    assert "a.txt names it so" in b_claim.steps[-1].rule


def test_a_persons_own_cue_in_one_report_outweighs_the_words_around_the_name_in_another(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Yarnick Morrant, 34, said he would stay at the club.",
        "b.txt": "Yarnick Morrant raised its offer to the players on Monday.",  # "its" is the club's
    }
    named = [f for f in _checked(tmp_path, texts).findings if "Yarnick Morrant" in f.key]
    assert [(f.verdict, f.kind, f.key, f.articles) for f in named] == [
        (Verdict.AGREE, ClaimKind.PERSON_ROLE, "person: Yarnick Morrant", ("a.txt", "b.txt"))
    ]
    (b_claim,) = (c for c in named[0].claims if c.location.article == "b.txt")
    assert b_claim.steps[0].rule.startswith("'its'") and "a.txt names a person so" in b_claim.steps[-1].rule


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person's name, then "of" a place the gazetteer knows: the person, and their home
        ("The inquiry was led by senator Yarnick Morrant of Ohio.", [("person", "Yarnick Morrant"), ("place", "Ohio")]),
        ("Mayor Ana Brellow of Oregon said the road would reopen.", [("person", "Ana Brellow"), ("place", "Oregon")]),
        ("Ana Brellow of Oregon said so.", [("person", "Ana Brellow"), ("place", "Oregon")]),
        # a title of nobility or of a see keeps its "of": one style, no person and a home
        ("Prince Olaf Brellow of Norway arrived.", []),
        ("He met the Duke of Oregon.", [("thing", "Duke of Oregon")]),
        # words of the dictionary before "of" are no one's name
        ("It cost Billion Dollars of Ohio.", [("thing", "Billion Dollars of Ohio")]),
        # no place after "of": one name, as before
        ("He met Yarnick Morrant of Quarvey Tolbridge.", [("thing", "Yarnick Morrant of Quarvey Tolbridge")]),
    ],
)
def test_a_persons_name_of_a_place_is_the_person_from_there(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_mentions(sentence, frozenset({"yarnick"}), PlaceResolver(""), {})
    assert [(m.kind, m.name) for m in found] == expected


def test_a_person_named_with_their_home_is_the_person_named_without_it(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The hearing was called by senator Yarnick Morrant of Ohio on Monday.",
        "b.txt": "Senator Yarnick Morrant called the hearing on Monday.",
    }
    named = [f for f in _checked(tmp_path, texts).findings if "Morrant" in f.key]
    assert [(f.verdict, f.kind, f.key, f.articles) for f in named] == [
        (Verdict.AGREE, ClaimKind.PERSON_ROLE, "person: Yarnick Morrant", ("a.txt", "b.txt"))
    ]
