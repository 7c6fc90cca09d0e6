"""judge_named on small invented corpora: one test per verdict and kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from named_extract import named_claims

from factcheck.judge_common import PersonIdentity
from factcheck.load import load_paths
from factcheck.models import Article, Claim, ClaimKind, Finding, Report, Source, Verdict
from factcheck.named_judge import judge_named

FISHING = Path(__file__).parent / "data" / "named" / "fishing"


def extract(articles: list[Article]) -> list[Claim]:
    claims: list[Claim] = []
    for a in articles:
        claims.extend(named_claims(a))
    return claims


def judge_texts(*texts: tuple[str, date]) -> list[Finding]:
    articles = [
        Article(Path(f"{i}.txt"), f"{i}.txt", "0" * 64, text, Source(published=published))
        for i, (text, published) in enumerate(texts)
    ]
    return judge_named(extract(articles), articles)


def find(findings: list[Finding], verdict: Verdict, kind: ClaimKind) -> list[Finding]:
    return [f for f in findings if f.verdict is verdict and f.kind is kind]


@pytest.fixture(scope="module")
def fishing() -> list[Finding]:
    loaded = load_paths([FISHING])
    return judge_named(extract(list(loaded.articles)), loaded.articles)


def surfaces(f: Finding) -> set[tuple[str, str]]:
    return {(c.location.article, c.surface) for c in f.claims}


def test_same_event_in_two_towns_is_a_conflict(fishing: list[Finding]) -> None:
    (conflict,) = find(fishing, Verdict.CONFLICT, ClaimKind.PLACE)
    assert {c.chain[0] for c in conflict.claims} == {"Lisbon", "Porto"}
    assert "different places for the same meeting" in conflict.explanation
    assert "both in Portugal" in conflict.explanation


def test_country_containing_the_town_is_compatible(fishing: list[Finding]) -> None:
    compatible = find(fishing, Verdict.COMPATIBLE, ClaimKind.PLACE)
    assert {frozenset(c.chain[0] for c in f.claims) for f in compatible} == {
        frozenset({"Portugal", "Lisbon"}),
        frozenset({"Portugal", "Porto"}),
    }


def test_later_meeting_elsewhere_is_distinct(fishing: list[Finding]) -> None:
    (distinct,) = find(fishing, Verdict.DISTINCT, ClaimKind.PLACE)
    assert "Rabat" in {c.chain[0] for c in distinct.claims}
    assert "2025-04" in distinct.explanation and "2025-03-11" in distinct.explanation
    assert not any("Rabat" in c.chain for f in find(fishing, Verdict.CONFLICT, ClaimKind.PLACE) for c in f.claims)


def test_nickname_title_and_role_agree(fishing: list[Finding]) -> None:
    agree = find(fishing, Verdict.AGREE, ClaimKind.PERSON_ROLE)
    keys = {f.key for f in agree}
    assert keys == {"Katherine Mendes: title", "leader of the Portugal delegation"}
    role = next(f for f in agree if f.key.startswith("leader"))
    assert {c.display for c in role.claims} == {"Katherine Mendes", "Kate Mendes"}
    assert any("nickname" in d for d in role.details)


def test_quote_fragment_agrees_and_rewording_conflicts(fishing: list[Finding]) -> None:
    (agree,) = find(fishing, Verdict.AGREE, ClaimKind.QUOTE)
    assert {c.location.article for c in agree.claims} == {"alpha.txt", "gamma.txt"}
    conflicts = find(fishing, Verdict.CONFLICT, ClaimKind.QUOTE)
    (conflict,) = conflicts
    assert "-an agreement +a deal" in conflict.explanation
    # one finding holds both wordings: the two articles that agree, and the third
    assert conflict.articles == ("alpha.txt", "beta.txt", "gamma.txt")


def test_acronym_expanded_two_ways_is_a_conflict(fishing: list[Finding]) -> None:
    (conflict,) = find(fishing, Verdict.CONFLICT, ClaimKind.ORGANISATION)
    assert "one acronym expanded two ways" in conflict.explanation


def test_forms_of_address_give_no_finding(fishing: list[Finding]) -> None:
    assert not [f for f in fishing if "Ferreira: title" in f.key or "Bennani: title" in f.key]


def test_findings_span_two_articles_except_single_source(fishing: list[Finding]) -> None:
    for f in fishing:
        if f.verdict is not Verdict.SINGLE_SOURCE:
            assert len(f.articles) >= 2, f
    singles = [f for f in fishing if f.verdict is Verdict.SINGLE_SOURCE]
    assert singles and all(f.kind in (ClaimKind.PLACE, ClaimKind.PERSON_ROLE) for f in singles)


def test_two_leaders_of_one_delegation_on_the_same_day_conflict() -> None:
    findings = judge_texts(
        ("A Kenyan delegation led by trade minister Amina Wanjiru arrived in Kigali on Monday.", date(2025, 5, 6)),
        ("A Kenyan delegation led by trade minister Peter Kamau arrived in Kigali on Monday.", date(2025, 5, 6)),
    )
    (conflict,) = find(findings, Verdict.CONFLICT, ClaimKind.PERSON_ROLE)
    assert conflict.key == "leader of the Kenya delegation"
    assert "Amina Wanjiru" in conflict.explanation and "Peter Kamau" in conflict.explanation


def test_two_leaders_of_one_delegation_months_apart_are_distinct() -> None:
    findings = judge_texts(
        ("A Kenyan delegation led by trade minister Amina Wanjiru arrived in Kigali on Monday.", date(2025, 5, 6)),
        ("A Kenyan delegation led by trade minister Peter Kamau arrived in Kigali on Monday.", date(2025, 9, 10)),
    )
    assert not find(findings, Verdict.CONFLICT, ClaimKind.PERSON_ROLE)
    (distinct,) = find(findings, Verdict.DISTINCT, ClaimKind.PERSON_ROLE)
    assert "different events" in distinct.explanation


def test_title_with_its_portfolio_partly_left_out_names_the_same_office() -> None:
    findings = judge_texts(
        ("Security council spokesman Omar Haddad said the talks went well.", date(2025, 5, 6)),
        ("National security council spokesman Omar Haddad said the talks went well.", date(2025, 5, 6)),
    )
    assert not find(findings, Verdict.COMPATIBLE, ClaimKind.PERSON_ROLE)
    (agree,) = [f for f in find(findings, Verdict.AGREE, ClaimKind.PERSON_ROLE) if f.key == "Omar Haddad: title"]
    assert agree.explanation.startswith("2 articles agree: Omar Haddad is ")
    assert any("with words left out: the same office" in d for d in agree.details)


def test_different_titles_of_one_person_are_not_a_conflict() -> None:
    findings = judge_texts(
        ("Finance minister Omar Haddad said the budget was ready.", date(2025, 5, 6)),
        ("Deputy prime minister Omar Haddad said the budget was ready.", date(2025, 5, 6)),
    )
    assert not [f for f in findings if f.kind is ClaimKind.PERSON_ROLE and f.verdict is not Verdict.SINGLE_SOURCE]


def test_models_of_one_maker_conflict_when_each_article_names_one() -> None:
    findings = judge_texts(
        ("The Airbus A320neo landed safely in Oslo on Monday.", date(2025, 5, 6)),
        ("The Airbus A321neo landed safely in Oslo on Monday.", date(2025, 5, 6)),
        ("An Airbus A320 landed safely in Oslo on Monday.", date(2025, 5, 6)),
    )
    orgs = [f for f in findings if f.kind is ClaimKind.ORGANISATION]
    verdicts = {(f.verdict, frozenset(c.text_value for c in f.claims)) for f in orgs}
    assert (Verdict.CONFLICT, frozenset({"a320neo", "a321neo"})) in verdicts
    assert (Verdict.COMPATIBLE, frozenset({"a320neo", "a320"})) in verdicts


def test_protests_in_two_cities_are_not_a_conflict() -> None:
    findings = judge_texts(
        ("Thousands joined a protest in Lyon on Saturday.", date(2025, 5, 6)),
        ("Thousands joined a protest in Marseille on Saturday.", date(2025, 5, 6)),
    )
    assert not find(findings, Verdict.CONFLICT, ClaimKind.PLACE)


def test_meetings_of_different_people_on_one_day_are_not_one_event() -> None:
    findings = judge_texts(
        ("Foreign minister Amina Wanjiru met Governor Tom Becker in Boston on Monday.", date(2025, 5, 6)),
        ("Foreign minister Li Wei met Mayor Sara Holm in Denver on Monday.", date(2025, 5, 6)),
    )
    assert not find(findings, Verdict.CONFLICT, ClaimKind.PLACE)


def test_person_identity_joins_lone_surnames_and_nicknames() -> None:
    ident = PersonIdentity(["Jennifer Marsh", "jen marsh", "Marsh", "Tom Becker"])
    assert ident.id("Marsh") == ident.id("Jen Marsh") == ident.id("Jennifer Marsh")
    assert ident.id("Tom Becker") != ident.id("Marsh")
    assert ident.name(ident.id("Marsh")) == "Jennifer Marsh"


def test_acronym_expansions_in_another_word_order_agree() -> None:
    findings = judge_texts(
        ("The Ministry of Public Works (MPW) closed the road on Monday.", date(2025, 5, 6)),
        ("The Public Works Ministry (MPW) closed the road on Monday.", date(2025, 5, 6)),
    )
    (agree,) = find(findings, Verdict.AGREE, ClaimKind.ORGANISATION)
    assert agree.key == "acronym MPW"
    assert not find(findings, Verdict.CONFLICT, ClaimKind.ORGANISATION)


def test_undated_events_without_a_shared_participant_are_not_one_event(tmp_path):
    from factcheck.api import check
    from factcheck.models import Verdict

    (tmp_path / "a.txt").write_text(
        "The party will hold its autumn conference in Manchester, officials confirmed.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Details of the new chip will be released at an industry conference in San Francisco.\n", encoding="utf-8"
    )
    report = check([tmp_path])
    assert not [f for f in report.findings if f.kind.value == "place" and f.verdict is Verdict.CONFLICT]


def test_undated_reports_of_one_place_agree_rather_than_each_standing_alone() -> None:
    findings = judge_texts(
        ("The explosion happened at a bank in Tartu, police said.", None),
        ("A bomb exploded at a bank in Tartu, killing a guard.", None),
        ("The explosion occurred at a bank branch in Tartu.", None),
        ("Officials will meet in Riga to discuss the budget.", None),
    )
    places = [f for f in findings if f.kind is ClaimKind.PLACE and f.key.startswith("explosion")]
    (agree,) = places
    assert agree.verdict is Verdict.AGREE
    assert {c.location.article for c in agree.claims} == {"0.txt", "1.txt", "2.txt"}
    assert "the explosion took place in Tartu" in agree.explanation


def test_an_undated_report_is_not_merged_into_one_of_two_dated_events_in_the_town() -> None:
    findings = judge_texts(
        ("An explosion in Tartu on 14 March 2019 killed three workers.", date(2026, 3, 10)),
        ("An explosion in Tartu on 9 March 2026 destroyed a warehouse.", date(2026, 3, 10)),
        ("The explosion in Tartu injured four people, police said.", date(2026, 3, 10)),
    )
    places = [f for f in findings if f.kind is ClaimKind.PLACE and f.key.startswith("explosion")]
    assert not [f for f in places if f.verdict is Verdict.AGREE]


def test_two_fires_on_different_weekdays_without_publication_dates_are_not_merged() -> None:
    findings = judge_texts(
        ("A fire destroyed a warehouse in Tartu on Monday.", None),
        ("A fire gutted a bakery in Tartu on Thursday.", None),
    )
    places = [f for f in findings if f.kind is ClaimKind.PLACE and f.key.startswith("fire")]
    assert places and {f.verdict for f in places} == {Verdict.SINGLE_SOURCE}


def test_a_report_naming_no_one_is_not_merged_with_one_naming_people() -> None:
    findings = judge_texts(
        ("Foreign minister Amina Wanjiru held talks in Riga with her hosts.", None),
        ("Aid agencies held talks in Riga on the winter appeal.", None),
    )
    places = [f for f in findings if f.kind is ClaimKind.PLACE and not f.key.startswith("place")]
    assert places and {f.verdict for f in places} == {Verdict.SINGLE_SOURCE}


def test_meetings_in_one_city_of_different_people_are_not_merged_into_one() -> None:
    findings = judge_texts(
        ("Foreign minister Amina Wanjiru held talks in Riga with her hosts.", None),
        ("Trade minister Tom Becker held talks in Riga with business leaders.", None),
    )
    places = [f for f in findings if f.kind is ClaimKind.PLACE and not f.key.startswith("place")]
    assert places and {f.verdict for f in places} == {Verdict.SINGLE_SOURCE}


def test_a_quote_without_its_speaker_is_compared_by_its_words() -> None:
    published = date(2025, 5, 6)
    findings = judge_texts(
        ('"We will rebuild the bridge before the winter comes," Mayor Ana Costa said on Monday.', published),
        ('"We will rebuild the bridge before the winter comes." Work starts in May.', published),
        ('"We will rebuild the old bridge after the winter comes," the mayor said.', published),
        ('"We will rebuild the bridge before the winter comes," said Rui Lopes, a local trader.', published),
    )
    (agree,) = find(findings, Verdict.AGREE, ClaimKind.QUOTE)
    # the unattributed copy joins Costa's quote; Lopes's identical words are another speaker's
    assert agree.articles == ("0.txt", "1.txt")
    assert agree.key == "Ana Costa"
    assert "one article names Ana Costa, the other no speaker" in agree.details[0]
    # two named speakers are never compared, whatever their words
    assert not [f for f in findings if {"0.txt", "3.txt"} <= set(f.articles)]
    conflicts = find(findings, Verdict.CONFLICT, ClaimKind.QUOTE)
    assert any(f.articles == ("0.txt", "1.txt", "2.txt") and "-before +after" in f.explanation for f in conflicts)


def test_one_officer_given_two_ranks_is_a_conflict(tmp_path: Path) -> None:
    from factcheck.api import check

    texts = {
        "a.txt": "Coast guard spokesman Commodore Tomas Erlund said the cutter detained 11 smugglers in the Baltic "
        "on Tuesday near Gotland.",
        "b.txt": "Commander Tomas Erlund, a coast guard spokesman, said the cutter detained 11 smugglers near Gotland "
        "in the Baltic on Tuesday.",
        "c.txt": "Commander Tomas Erlund said the cutter held 11 smugglers near Gotland in the Baltic on Tuesday.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = check([tmp_path])
    (rank,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.key.endswith(": rank")]
    assert rank.explanation == "Tomas Erlund is given two ranks: commander (2 articles) vs commodore (1 articles)"
    assert rank.articles == ("a.txt", "b.txt", "c.txt")
    # one rank in every article: nothing to say
    (tmp_path / "a.txt").write_text(texts["c.txt"].replace("seized", "took"), encoding="utf-8")
    assert not [f for f in check([tmp_path]).by_verdict(Verdict.CONFLICT) if f.key.endswith(": rank")]


def _report(tmp_path: Path, texts: dict[str, str]) -> Report:
    """The report on ``texts`` (file name: text) written into ``tmp_path``."""
    from factcheck.api import Options, check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path], Options(jobs=1, cache=None))


def _name_conflicts(tmp_path: Path, texts: dict[str, str]) -> list[str]:
    report = _report(tmp_path, texts)
    return [f.explanation for f in report.by_verdict(Verdict.CONFLICT) if "named two ways" in f.explanation]


_JUDGE = (
    "Circuit Judge {name} sentenced the arsonist to 20 years in prison on Friday in Dayton, "
    "two years after the warehouse fire."
)


def test_one_person_given_two_surnames_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _JUDGE.format(name="Everett Halloran"),
        "b.txt": _JUDGE.format(name="Everett Halloran").replace("Friday", "Friday morning"),
        "c.txt": _JUDGE.format(name="Everett Whitaker"),
    }
    found = _name_conflicts(tmp_path, texts)
    assert found == ["one person named two ways? 'Everett Whitaker' (1 article) vs 'Everett Halloran' (2 articles)"]


def test_same_surname_two_given_names_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The comic series The Skyrunner by David Renner featured a character based on the singer.",
        "b.txt": "Dale Renner drew the comic series The Skyrunner, whose heroine was based on the singer.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Dale Renner' (1 article) vs 'David Renner' (1 article)"
    ]


def test_two_given_names_spelled_alike_are_two_names(tmp_path: Path) -> None:
    # Marian and Martin are both given names: not one spelled two ways, as Haloran / Halloran are
    texts = {
        "a.txt": _JUDGE.format(name="Marian Kettleby"),
        "b.txt": _JUDGE.format(name="Marian Kettleby").replace("Friday", "Friday morning"),
        "c.txt": _JUDGE.format(name="Martin Kettleby"),
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Martin Kettleby' (1 article) vs 'Marian Kettleby' (2 articles)"
    ]


def test_names_spelled_alike_or_named_together_are_no_conflict(tmp_path: Path) -> None:
    # a spelling variant is one name spelled two ways (agreement), not two people
    texts = {
        "a.txt": _JUDGE.format(name="Everett Halloran"),
        "b.txt": _JUDGE.format(name="Everett Halloran").replace("Friday", "Friday morning"),
        "c.txt": _JUDGE.format(name="Everett Haloran"),
    }
    assert _name_conflicts(tmp_path, texts) == []
    # an article that names both in full knows they are two people
    texts["c.txt"] = _JUDGE.format(name="Everett Whitaker") + " Judge Everett Halloran retired in 2005."
    assert _name_conflicts(tmp_path, texts) == []


def test_two_people_sharing_a_given_name_in_unlike_sentences_are_no_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": _JUDGE.format(name="Everett Halloran"),
        "b.txt": _JUDGE.format(name="Everett Halloran").replace("Friday", "Friday morning"),
        "c.txt": "Neighbour Everett Whitaker, who runs a bakery downtown, said the street was quiet again.",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_a_courtesy_title_links_no_two_names(tmp_path: Path) -> None:
    # British style calls every man "Mr" on second mention: two men of one given name are not one
    # person for it, while a title few people hold still links two names (the "Judge" tests above)
    speech = "Everett Halloran, the party leader, spoke on Tuesday. Mr Halloran said the party would fight on."
    texts = {
        "a.txt": speech,
        "b.txt": speech.replace("Tuesday", "Tuesday night"),
        "c.txt": "Everett Whitaker opened the quarry in 1990. Mr Whitaker said the quarry would stay shut.",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_a_quote_trimmed_of_its_opening_words_is_compatible() -> None:
    published = date(2025, 5, 6)
    findings = judge_texts(
        ('"I think that the new bridge will serve the town for a century," Mayor Ana Costa said.', published),
        ('"The new bridge will serve the town for a century," Mayor Ana Costa said on Monday.', published),
        ('"The new bridge will serve the town for a century. It cost less than we feared," Costa said.', published),
    )
    (compatible,) = find(findings, Verdict.COMPATIBLE, ClaimKind.QUOTE)
    assert compatible.articles == ("0.txt", "1.txt", "2.txt")  # both groups of the passage
    assert "1.txt quoting them trimmed (without 'i think that', which 0.txt quotes)" in compatible.explanation
    # a whole sentence of a longer passage is the same words
    (agree,) = find(findings, Verdict.AGREE, ClaimKind.QUOTE)
    assert agree.articles == ("1.txt", "2.txt")


def test_a_short_phrase_quoted_with_a_word_put_into_it_is_a_conflict() -> None:
    published = date(2025, 5, 6)
    findings = judge_texts(
        ('Mayor Ana Costa said the school had had "unfair public attention" all year.', published),
        ('The mayor regretted the "unfair attention" paid to the school.', published),
    )
    (conflict,) = find(findings, Verdict.CONFLICT, ClaimKind.QUOTE)
    assert conflict.explanation.endswith("quoted with different wording: -public")
    # a phrase holding the other's words with more put in between is another phrase
    findings = judge_texts(
        ('Mayor Ana Costa said the school had had "unfair and loud public attention" all year.', published),
        ('The mayor regretted the "unfair attention" paid to the school.', published),
    )
    assert find(findings, Verdict.CONFLICT, ClaimKind.QUOTE) == []


def test_a_quotation_of_several_lines_printed_alike_is_one_agreement() -> None:
    published = date(2025, 5, 6)
    quotation = '"The river rose too fast.\nWe could not hold it.\nWe will rebuild the bridge," Mayor Ana Costa said.'
    findings = judge_texts(
        (f"The flood hit the town on Monday.\n{quotation}", published),
        (f"Rain fell all week.\n{quotation}\nThe bridge closed in May.", published),
    )
    (agree,) = find(findings, Verdict.AGREE, ClaimKind.QUOTE)
    assert agree.articles == ("0.txt", "1.txt")
    assert len(agree.claims) == 6  # three lines in each article
    # the same sentences in other quotations stay one agreement each
    findings = judge_texts(
        ('"The river rose too fast," Mayor Ana Costa said.\n"We will rebuild the bridge," she added.', published),
        (
            '"We will rebuild the bridge," Mayor Ana Costa said.\nShe spoke on Monday.\n"The river rose too fast."',
            published,
        ),
    )
    assert len(find(findings, Verdict.AGREE, ClaimKind.QUOTE)) == 2


def test_a_trimmed_line_of_a_quotation_shows_the_rest_printed_alike() -> None:
    published = date(2025, 5, 6)
    findings = judge_texts(
        ('"The river rose too fast.\nWith the rain still falling, we could not hold it," a farmer said.', published),
        ('"The river rose too fast...\nWe could not hold it," a farmer told reporters.', published),
    )
    (compatible,) = find(findings, Verdict.COMPATIBLE, ClaimKind.QUOTE)
    assert len(compatible.claims) == 4  # the trimmed line and the line before it, in each article
    assert any(d.startswith("the rest of the quotation, printed alike: The river rose") for d in compatible.details)


def test_one_role_noun_beside_two_surnames_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Her agent, Oren Vasko, said the singer died peacefully at home in Lisbon on Tuesday.",
        "b.txt": "The singer died on Tuesday in Lisbon, agent Oren Vasko told reporters after the funeral plans.",
        "c.txt": "Agent Oren Brask confirmed the news in a statement, adding that a memorial would follow.",
    }
    found = _name_conflicts(tmp_path, texts)
    assert found == ["one person named two ways? 'Oren Brask' (1 article) vs 'Oren Vasko' (2 articles)"]
    # a different role beside the same given name: two people
    texts["c.txt"] = "Neighbour Oren Brask confirmed the news in a statement, adding that a memorial would follow."
    assert _name_conflicts(tmp_path, texts) == []
    # "the other agent": a second holder of the role
    texts["c.txt"] = "Her other agent, Oren Brask, confirmed the news, adding that a memorial would follow."
    assert _name_conflicts(tmp_path, texts) == []


def test_a_publicist_beside_two_given_names_is_one_person_named_two_ways(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The actor Lio Marsh has entered a clinic in Arizona, publicist Dana Kell said on Monday.",
        "b.txt": "Lio Marsh entered a treatment centre in Arizona on Sunday, his publicist Dana Kell said.",
        "c.txt": "Lio Marsh has entered a clinic in Arizona.\n\nErin Kell, his publicist, declined to say how long.",
    }
    found = _name_conflicts(tmp_path, texts)
    assert found == ["one person named two ways? 'Erin Kell' (1 article) vs 'Dana Kell' (2 articles)"]


def test_two_peoples_publicists_are_two_people(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Actors Lio Marsh and Kara Vane have separated. Marsh's publicist, Dana Kell, declined to comment.",
        "b.txt": "Kara Vane filed for divorce on Monday, said Vane's publicist, Erin Kell.",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_a_role_a_story_has_several_of_links_no_two_names(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Two people were shot dead at the harbour market on Saturday night.\n\n"
        "The victim Tom Reed was a fisherman from the harbour town.\n",
        "b.txt": "Two people were shot dead at the harbour market on Saturday night.\n\n"
        "The victim Tom Baker worked at the market stall.\n",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_a_profession_a_story_has_several_of_links_no_two_names(tmp_path: Path) -> None:
    # a film's story names several actors, a market story several economists
    texts = {
        "a.txt": "The festival opened in Cannes on Friday with a thriller.\n\n"
        "The actor Tomas Reed plays a detective in the thriller.\n",
        "b.txt": "The festival opened in Cannes on Friday with a thriller.\n\n"
        "Critics cheered the actor Tomas Baker, whose comedy won a prize last spring.\n",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_same_given_and_middle_names_with_two_surnames_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Police named the victim as Idris Tamsin Okoro, who was struck by a van in Leeds on Friday.",
        "b.txt": "Idris Tamsin Okoro was struck by a van in Leeds on Friday, police said.",
        "c.txt": "Mourners gathered on Sunday in memory of Idris Tamsin Feld, whose family asked for privacy.",
    }
    found = _name_conflicts(tmp_path, texts)
    assert found == ["one person named two ways? 'Idris Tamsin Feld' (1 article) vs 'Idris Tamsin Okoro' (2 articles)"]


def test_one_age_beside_two_surnames_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The driver, Pavel Orsic, 41, was charged with dangerous driving in Leeds on Friday.",
        "b.txt": "Witnesses said 41-year-old Pavel Drummond had left a bar in Leeds before the crash on Friday.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Pavel Drummond' (1 article) vs 'Pavel Orsic' (1 article)"
    ]
    texts["b.txt"] = texts["b.txt"].replace("41-year-old", "29-year-old")
    assert _name_conflicts(tmp_path, texts) == []


def test_core_tokens_drop_titles_descriptions_and_places() -> None:
    from factcheck.judge_roles import core_tokens

    assert core_tokens("Constable Oren Vasko") == ("oren", "vasko")
    assert core_tokens("Chief Vasko") == ("vasko",)
    assert core_tokens("Receptionist Idris Feld") == ("idris", "feld")
    assert core_tokens("Norwegian Oren Vasko") == ("oren", "vasko")
    assert core_tokens("Oren Vasko of Norway") == ("oren", "vasko")
    assert core_tokens("Idris Tamsin Feld") == ("idris", "tamsin", "feld")


def test_two_names_with_the_same_place_after_them_are_two_people() -> None:
    ident = PersonIdentity(["Oren Vasko of Norway", "Oren Brask of Norway", "Oren Vasko"])
    assert ident.id("Oren Vasko of Norway") != ident.id("Oren Brask of Norway")
    assert ident.id("Oren Vasko of Norway") == ident.id("Oren Vasko")


def test_a_name_slipped_once_into_an_article_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The singer died on Tuesday in Lisbon, her agent Oren Brask said in a statement. "
        "In the 1990s her agent, Oren Vasko, built a licensing business around her image. "
        "Vasko declined to give the cause of death.",
        "b.txt": "Her agent, Oren Vasko, said the singer died peacefully at home in Lisbon on Tuesday.",
        "c.txt": "Agent Oren Vasko told reporters the singer died in Lisbon on Tuesday after a long illness.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Oren Brask' (1 article) vs 'Oren Vasko' (3 articles)"
    ]
    # named in two sentences of the article: two people that article tells apart
    texts["a.txt"] += " Oren Brask, a neighbour, said she sang every morning."
    assert _name_conflicts(tmp_path, texts) == []


def test_a_full_name_beside_the_other_names_lone_surname_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Receptionist Idris Okoro, 63, was shot at her desk in Leeds on Monday, police said.",
        "b.txt": "Police in Leeds named the woman killed on Monday at the accounting firm as Idris Okoro.",
        "c.txt": "The accounting firm in Leeds closed on Tuesday in memory of Idris Feld. "
        "A colleague said Okoro, 63, had worked at the firm for years.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Idris Feld' (1 article) vs 'Idris Okoro' (2 articles)"
    ]
    # without the lone surname nothing ties the two
    texts["c.txt"] = texts["c.txt"].replace("Okoro, 63,", "she")
    assert _name_conflicts(tmp_path, texts) == []


def test_a_name_read_with_its_town_is_compared_as_the_name(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Police arrested the driver, Pavel Orsic, 41, of Leeds, on Friday several blocks from the crash.",
        "b.txt": "The driver, identified as 41-year old Pavel Drummond of Leeds, was charged on Friday.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Pavel Drummond' (1 article) vs 'Pavel Orsic' (1 article)"
    ]


def test_two_names_beside_one_rarely_named_thing_are_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The actress inspired a heroine of The Skyhawk Chronicles, a comic by Dale Orrin, in 1982.",
        "b.txt": "Years later David Orrin drew her into The Skyhawk Chronicles, which became a film in 1991.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Dale Orrin' (1 article) vs 'David Orrin' (1 article)"
    ]
    texts["b.txt"] = texts["b.txt"].replace("The Skyhawk Chronicles", "The Harbour Lights")
    assert _name_conflicts(tmp_path, texts) == []


def test_a_given_name_spelled_two_ways_with_two_surnames_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The officer's partner, Vassilios Brenner, 31, was charged as an accomplice on Tuesday.",
        "b.txt": "On Tuesday prosecutors also charged his partner Vasilis Korda, 31, a police guard.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Vasilis Korda' (1 article) vs 'Vassilios Brenner' (1 article)"
    ]


def test_short_form_of_an_organisation_name_is_words_left_out_inside_it() -> None:
    from factcheck.judge_mentions import _short_form

    assert _short_form(("harbour", "bank"), ("harbour", "mutual", "bank"))
    assert not _short_form(("harbour", "bank"), ("lakeside", "harbour", "bank"))  # a town before it
    assert not _short_form(("mutual", "bank"), ("harbour", "mutual", "bank"))  # whose bank left out
    assert not _short_form(("bank",), ("harbour", "bank"))  # one word names too many
    assert not _short_form(("harbour", "bank"), ("harbour", "bank"))  # the same name


def _short_form_findings(tmp_path: Path, texts: dict[str, str]) -> list[Finding]:
    report = _report(tmp_path, texts)
    return [f for f in report.by_verdict(Verdict.COMPATIBLE) if f.key.startswith("org: Harbour")]


def test_an_article_naming_an_organisation_by_a_short_form_is_compatible(tmp_path: Path) -> None:
    full = "Protesters set fire to a branch of Harbour Mutual Bank in Lakeside on Tuesday, police said."
    texts = {
        "a.txt": full,
        "b.txt": full.replace("police said", "the fire brigade said"),
        "c.txt": "Protesters set fire to a Harbour Bank branch in Lakeside on Tuesday.",
    }
    (compatible,) = _short_form_findings(tmp_path, texts)
    assert compatible.explanation.startswith(
        "c.txt write only 'Harbour Bank', 'Harbour Mutual Bank' (2 articles) with words left out: named loosely, "
        "not a different organisation"
    )
    assert compatible.articles == ("a.txt", "b.txt", "c.txt")
    # an article that also writes the full name is no looser
    texts["c.txt"] = full + " Harbour Bank had closed the branch early."
    assert not _short_form_findings(tmp_path, texts)


def test_two_full_names_of_one_short_form_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Protesters set fire to a branch of Harbour Mutual Bank in Lakeside on Tuesday, police said.",
        "b.txt": "A branch of Harbour Savings Bank in Lakeside burned on Tuesday after protesters threw firebombs.",
        "c.txt": "Protesters set fire to a Harbour Bank branch in Lakeside on Tuesday.",
    }
    report = _report(tmp_path, texts)
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.ORGANISATION]
    assert "two full names of one organisation" in conflict.explanation
    assert {c.display for c in conflict.claims} == {"Harbour Mutual Bank", "Harbour Savings Bank"}
    # an article naming both tells them apart: two banks
    texts["b.txt"] = texts["b.txt"] + " Harbour Mutual Bank owns Harbour Savings Bank."
    report = _report(tmp_path, texts)
    assert not [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.ORGANISATION]


def test_a_street_named_alone_where_others_give_its_corner_is_compatible(tmp_path: Path) -> None:
    corner = "A cyclist was struck by a van at the corner of Elm Street and 9th Avenue on Tuesday, police said."
    texts = {
        "a.txt": corner,
        "b.txt": "Police said a van struck a cyclist near Elm St. and 9th Ave. on Tuesday evening.",
        "c.txt": "A cyclist was struck by a van on Elm Street on Tuesday.",
    }
    findings = _report(tmp_path, texts).by_verdict(Verdict.COMPATIBLE)
    (elm,) = [f for f in findings if f.key == "place: Elm Street"]
    assert elm.explanation.startswith(
        "c.txt name only Elm Street; 2 articles give its corner with 9th Avenue: a point on the street"
    )
    assert elm.articles == ("a.txt", "b.txt", "c.txt")
    # every article gives the corner: nothing vaguer
    report = _report(tmp_path, {"c.txt": corner.replace("police said", "witnesses said")})
    assert not [f for f in report.by_verdict(Verdict.COMPATIBLE) if "Street" in f.key]


def test_an_article_listing_fewer_of_the_names_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Protests spread on Sunday to Norway, Chile, Peru and Kenya, organisers said.",
        "b.txt": "By Sunday the protests had spread to Peru and Chile.",
        "c.txt": "Organisers said the protests spread to Peru on Sunday.",
    }

    def lists() -> list[Finding]:
        report = _report(tmp_path, texts)
        return [f for f in report.by_verdict(Verdict.COMPATIBLE) if f.key.startswith("list: ")]

    (shorter,) = lists()  # one name alone (c.txt) is no list
    assert shorter.explanation == (
        "b.txt lists Peru, Chile; a.txt lists Norway, Chile, Peru, Kenya: a shorter list of the same names, "
        "not a different one"
    )
    assert shorter.articles == ("a.txt", "b.txt")
    # an article naming the others elsewhere is not shorter
    texts["b.txt"] += " Unions in Norway and Kenya joined later."
    assert not lists()


def test_near_a_city_and_in_a_town_beside_it_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Police said a lorry carrying chickens overturned near Leeds on Monday morning, blocking two lanes.",
        "b.txt": "Police said a lorry carrying chickens overturned in Bradford on Monday morning, blocking a road.",
    }

    def near() -> list[Finding]:
        report = _report(tmp_path, texts)
        return [f for f in report.by_verdict(Verdict.COMPATIBLE) if "says near" in f.explanation]

    (found,) = near()
    assert found.explanation == (
        "a.txt says near Leeds, b.txt in Bradford, 20 km from Leeds (gazetteer): said more or less precisely, "
        "not a different place"
    )
    # a sentence about something else is no other way to say where it happened
    texts["b.txt"] = "The mayor spoke in Bradford on Monday about schools."
    assert not near()


def test_articles_listing_the_same_fewer_names_give_one_finding(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The champion kept his ABF, WXO, KBA & IKO belts with a win on Saturday night.",
        "b.txt": "The champion kept his KBA, ABF and WXO belts after winning on Saturday night.",
        "c.txt": "On Saturday night the champion kept his KBA, ABF and WXO belts with ease.",
    }
    report = _report(tmp_path, texts)
    (shorter,) = [f for f in report.by_verdict(Verdict.COMPATIBLE) if f.key.startswith("list: ")]
    # "KBA & IKO", read as one name, is two names of the list
    assert shorter.explanation.startswith("b.txt, c.txt list KBA, ABF, WXO; a.txt lists ABF, WXO, KBA & IKO:")
    assert shorter.articles == ("a.txt", "b.txt", "c.txt")


def _compatible_places(tmp_path: Path, texts: dict[str, str], marker: str) -> list[Finding]:
    return [f for f in _report(tmp_path, texts).by_verdict(Verdict.COMPATIBLE) if marker in f.explanation]


def test_a_country_named_alone_in_a_sentence_alike_to_a_city_in_it_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "A 58-year-old man in Norway faces a murder charge over a fatal stabbing at a harbour "
        "warehouse, police said.\nHe had lost his job in Bergen last year.",
        "b.txt": "A 58-year-old man faced a murder charge on Friday over a fatal stabbing at a harbour "
        "warehouse in Bergen, police said.",
    }
    (found,) = _compatible_places(tmp_path, texts, "says only")
    assert found.explanation.startswith(
        "a.txt says only Norway, b.txt Bergen, which is in Norway (Bergen, Norway, gazetteer): said more or less "
        "precisely, not a different place"
    )
    assert found.articles == ("a.txt", "b.txt")
    # the country written after the city locates it: not a vaguer mention
    texts["a.txt"] = texts["a.txt"].replace("man in Norway", "man in Bergen, Norway")
    assert not _compatible_places(tmp_path, texts, "says only")
    # a sentence about something else is no vaguer way to say where it happened
    texts["a.txt"] = "The minister of Norway spoke about fishing quotas and schools on Friday."
    assert not _compatible_places(tmp_path, texts, "says only")


def test_a_place_hedged_where_another_article_states_it_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The crew will be passed to the port police on land, possibly at Durban, officials said.",
        "b.txt": "The crew will be passed to the port police in Durban, officials said on Monday.",
    }
    (found,) = _compatible_places(tmp_path, texts, "hedged")
    assert found.explanation == "a.txt says possibly at 'Durban', b.txt says it outright: hedged, not different"
    assert found.articles == ("a.txt", "b.txt")
    texts["a.txt"] = texts["a.txt"].replace("possibly at", "at")
    assert not _compatible_places(tmp_path, texts, "hedged")


def test_near_a_place_and_a_distance_from_it_is_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The earthquake struck on the outskirts of Shiraz on Sunday, damaging homes, the agency said.",
        "b.txt": "The earthquake struck 12 km (7 miles) east of Shiraz on Sunday, damaging homes, officials said.",
    }
    (found,) = _compatible_places(tmp_path, texts, "east of")
    assert found.explanation == (
        "a.txt says on the outskirts of Shiraz, b.txt says 12 km (7 miles) east of Shiraz: said more or less "
        "precisely, not a different place"
    )
    texts["a.txt"] = texts["a.txt"].replace("on the outskirts of", "in")
    assert not _compatible_places(tmp_path, texts, "east of")


def test_a_lone_surname_no_mention_reads_ties_a_full_name_to_the_other(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Receptionist Idris Okoro, 63, was shot at her desk in Leeds on Monday, police said.",
        "b.txt": "Police in Leeds named the woman killed on Monday at the accounting firm as Idris Okoro.",
        "c.txt": "A receptionist was shot at her desk in Leeds on Monday, police said. "
        "The accounting firm closed on Tuesday in memory of Idris Feld. "
        '"She was the heart of this office," said Okoro, who ran the front desk with her.',
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Idris Feld' (1 article) vs 'Idris Okoro' (2 articles)"
    ]
    # the article names its own Okoro in full: the lone surname is theirs
    texts["c.txt"] += " Her sister Mara Okoro was at home."
    assert _name_conflicts(tmp_path, texts) == []


def test_one_unnamed_speakers_sentence_with_a_word_put_in_is_a_conflict() -> None:
    published = date(2025, 5, 6)
    findings = judge_texts(
        (
            '"It was nicer than stacking crates at the warehouse nine hours a day, which gets boring," he said.',
            published,
        ),
        ('"It\'s only that it was much nicer than stacking crates at the warehouse nine hours a day."', published),
    )
    (conflict,) = find(findings, Verdict.CONFLICT, ClaimKind.QUOTE)
    assert conflict.explanation.endswith("quoted with different wording: +much")


def test_a_name_read_inside_an_organisations_name_is_compared_as_a_person(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Mandatory challenger Daniel Vasko withdrew from the title fight in Leeds with a wrist injury.",
        "b.txt": "The champion was to meet Daniel Vasko in Leeds, but the challenger withdrew with a wrist injury.",
        "c.txt": "The unbeaten Norwegian Daniel Brask hurt a wrist in training and withdrew from the fight.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Daniel Brask' (1 article) vs 'Daniel Vasko' (2 articles)"
    ]
    texts["c.txt"] = "Mrs Lind was named Daniel Brask's Liberal Party running mate after the fight in Leeds."
    texts["a.txt"] = "Mrs Lind was named Daniel Vasko's running mate after the fight in Leeds on Monday."
    texts["b.txt"] = texts["a.txt"].replace("on Monday", "last week")
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Daniel Brask' (1 article) vs 'Daniel Vasko' (2 articles)"
    ]


def test_a_telephone_number_missing_a_digit_is_a_conflict() -> None:
    published = date(2025, 5, 6)
    findings = judge_texts(
        (
            "A fire gutted the Leeds market on Sunday. Call police on 0113 496 0000 or Tipwatch on 0800 555 111.",
            published,
        ),
        ("The Leeds market burned down on Sunday; anyone who saw it should call 0113 496 0000.", published),
        (
            "Fire destroyed the Leeds market on Sunday. Contact police on 0113 496 000 or Tipwatch, 0800 555111.",
            published,
        ),
    )
    (conflict,) = find(findings, Verdict.CONFLICT, ClaimKind.ORGANISATION)
    assert (
        conflict.explanation == "telephone number 0113 496 000 (2.txt) vs 0113 496 0000 (2 articles): a digit left out"
    )
    # the hotline written with and without a space is one number; two numbers far apart are two
    assert {f.explanation for f in find(findings, Verdict.AGREE, ClaimKind.ORGANISATION)} == {
        "2 articles agree: 0113 496 0000 (stated as '0113 496 0000')",
        "2 articles agree: 0800 555 111 (stated as '0800 555 111', '0800 555111')",
    }


def test_a_lone_surname_is_read_only_where_a_person_stands() -> None:
    from factcheck.judge_roles import _lone_word

    assert _lone_word('"We will miss her," said Okoro, who ran the desk.', "okoro") == "Okoro"
    assert _lone_word("Colleagues said Okoro was well liked.", "okoro") == "Okoro"
    # a programme's or a title's word, or a given name before a surname, is no lone surname
    assert _lone_word("He told the Breakfast with Okoro programme he would stay.", "okoro") == ""
    assert _lone_word("Her uncle, Okoro Champion, said the family was shocked.", "okoro") == ""
    # the article names its own Okoro in full
    assert _lone_word("Mara Okoro was at home. Okoro said so.", "okoro") == ""


def test_overlapping_parts_of_one_city_are_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "A burst water main flooded cellars on Tuesday in northeast Leeds, the water board said.",
        "b.txt": "The burst water main flooded cellars in a north Leeds terrace on Tuesday, engineers said.",
    }
    (found,) = _compatible_places(tmp_path, texts, "overlapping parts")
    assert found.explanation == (
        "a.txt says northeast Leeds, b.txt north Leeds: overlapping parts of one place, said more or less precisely"
    )
    assert found.articles == ("a.txt", "b.txt")
    # parts sharing no compass point, or each with one the other lacks, may be two areas; a part
    # and its adjective are one part
    for one, other in (("north", "south"), ("north", "northern"), ("northeast", "northwest")):
        texts["a.txt"] = f"A burst water main flooded cellars on Tuesday in {one} Leeds, the water board said."
        texts["b.txt"] = f"The burst water main flooded cellars in a {other} Leeds terrace on Tuesday, engineers said."
        assert not _compatible_places(tmp_path, texts, "overlapping parts"), (one, other)


def test_an_unnamed_building_in_a_city_and_a_named_one_are_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The injured guard was taken to a Leeds hospital, where he was in stable condition on Friday.",
        "b.txt": "The injured guard was in stable condition on Friday at Calder Vale Hospital, officials said.",
    }
    (found,) = _compatible_places(tmp_path, texts, "is the more precise")
    assert found.explanation == (
        "a.txt says a Leeds hospital, b.txt names Calder Vale Hospital: the named hospital is the more "
        "precise, not a different place"
    )
    assert found.articles == ("a.txt", "b.txt")
    # a sentence about something else is no vaguer way to name the building
    texts["a.txt"] = "The mayor opened a Leeds hospital wing in 2019 with a new roof."
    assert not _compatible_places(tmp_path, texts, "is the more precise")
    # nor is a town the gazetteer does not know
    texts["a.txt"] = texts["b.txt"].replace("at Calder Vale Hospital", "at a Zorbling hospital")
    assert not _compatible_places(tmp_path, texts, "is the more precise")


def test_a_nearby_building_and_a_named_one_are_compatible(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Stranded rail passengers waited out the storm in a nearby mosque, the operator said on Sunday.",
        "b.txt": "Stranded rail passengers waited out the storm at Holmfield Central Mosque, the operator said.",
    }
    (found,) = _compatible_places(tmp_path, texts, "is the more precise")
    assert found.explanation == (
        "a.txt says a nearby mosque, b.txt names Holmfield Central Mosque: the named mosque is the more "
        "precise, not a different place"
    )
    (unnamed,) = [c for c in found.claims if c.location.article == "a.txt"]
    assert texts["a.txt"][unnamed.location.start : unnamed.location.end] == "a nearby mosque"
    assert (unnamed.location.line, unnamed.location.column) == (1, 50)
    # an article naming one itself leaves none unnamed for want of its name
    texts["a.txt"] += "\nThey were later moved to Holmfield Central Mosque."
    assert not _compatible_places(tmp_path, texts, "is the more precise")


def test_a_shadow_office_is_not_the_office() -> None:
    findings = judge_texts(
        ("Shadow home secretary Omar Haddad said the bill was rushed.", date(2025, 5, 6)),
        ("Home secretary Omar Haddad said the bill was rushed.", date(2025, 5, 6)),
    )
    assert not [f for f in findings if f.key == "Omar Haddad: title" and f.verdict is not Verdict.SINGLE_SOURCE]
    # the office itself, named twice, is found: the titles are read
    findings = judge_texts(
        ("Home secretary Omar Haddad said the bill was rushed.", date(2025, 5, 6)),
        ("Home secretary Omar Haddad said on Friday that the bill was rushed.", date(2025, 5, 6)),
    )
    (agree,) = [f for f in findings if f.key == "Omar Haddad: title"]
    assert agree.verdict is Verdict.AGREE and agree.articles == ("0.txt", "1.txt")


def test_unnamed_buildings_are_read_from_the_main_text_sentences(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The injured foreman from the quarry near St. Brannock's was taken to a nearby hospital on "
        "Friday, officials said.",
        "b.txt": "The injured foreman from the quarry was treated at Calder Vale Hospital on Friday.",
    }
    (found,) = _compatible_places(tmp_path, texts, "is the more precise")
    (unnamed,) = [c for c in found.claims if c.location.article == "a.txt"]
    assert unnamed.sentence == texts["a.txt"]  # the whole sentence: "St." ends none
    # a list of related headlines is no part of the article
    texts["a.txt"] = (
        "The quarry reopened on Monday, officials said.\n\nRelated stories:\n"
        "Injured foreman from the quarry taken to a nearby hospital\nMarket stalls burn in the night\n"
    )
    assert not _compatible_places(tmp_path, texts, "is the more precise")


def test_titles_narrowed_two_ways_give_the_same_findings_in_any_order() -> None:
    texts = [
        "Council spokesman Ivo Brandt said the bridge would reopen on Monday.",
        "Harbour council spokesman Ivo Brandt said the bridge would reopen on Monday.",
        "Parks council spokesman Ivo Brandt said the bridge would reopen on Monday.",
    ]

    def titles(order: list[str]) -> set[tuple[str, frozenset[str]]]:
        findings = judge_texts(*((t, date(2025, 5, 6)) for t in order))
        return {
            (f.verdict.value, frozenset(c.display for c in f.claims))
            for f in findings
            if f.key == "Ivo Brandt: title" and f.verdict is not Verdict.SINGLE_SOURCE
        }

    found = titles(texts)
    assert found == titles(texts[::-1]) == titles(texts[1:] + texts[:1])
    # the plain office is a less specific form of each: it joins neither
    assert {v for v, _ in found} == {"compatible"} and len(found) == 2
    # narrowed one way only, it joins the narrower office's agreement
    found = titles(texts[:2] + [texts[1].replace("bridge", "ferry")])
    assert found == {("agree", frozenset({"council spokesperson", "harbour council spokesperson"}))}


def test_a_street_abbreviated_or_its_number_spelled_out_is_one_street(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The driver was stopped at 131st St. and Ninth Ave. shortly after midnight, police said.",
        "b.txt": "Police stopped the driver at 131st Street and 9th Avenue shortly after midnight.",
        "c.txt": "The van was later found abandoned on 137th Street near the river.",
    }
    report = _report(tmp_path, texts)
    agreed = {f.key for f in report.by_verdict(Verdict.AGREE) if f.kind is ClaimKind.PLACE}
    assert {"place: 131st Street", "place: 9th Avenue"} <= agreed
    # another number is another street, however alike the names
    (street,) = [f for f in report.by_verdict(Verdict.AGREE) if f.key == "place: 131st Street"]
    assert street.articles == ("a.txt", "b.txt")


def test_the_same_charge_in_two_articles_agrees() -> None:
    findings = judge_texts(
        ("A farmhand was charged with arson after a barn burned down near Tollby.", date(2025, 5, 6)),
        ("Police said the farmhand was charged with arson on Friday.", date(2025, 5, 6)),
        ("A second man was charged with attempted murder.", date(2025, 5, 6)),
    )
    (agree,) = [f for f in findings if f.key.startswith("charge:")]
    assert agree.verdict is Verdict.AGREE and agree.key == "charge: arson"
    assert agree.articles == ("0.txt", "1.txt")
    assert "charged with arson" in agree.explanation
    # different offences are different claims, not a conflict
    findings = judge_texts(
        ("The farmhand was charged with murder.", date(2025, 5, 6)),
        ("The farmhand was charged with manslaughter.", date(2025, 5, 6)),
    )
    assert not [f for f in findings if f.key.startswith("charge:") and f.verdict is not Verdict.SINGLE_SOURCE]


def test_where_a_shot_struck_or_a_fire_began_agrees() -> None:
    findings = judge_texts(
        ("Officers shot the gunman in the upper chest, police said.", date(2025, 5, 6)),
        ("The gunman was hit in the upper chest and died later.", date(2025, 5, 6)),
        ("A guard was hit in the knee. The fire started on the roof of the depot.", date(2025, 5, 6)),
        ("The blaze began on the roof, firefighters said.", date(2025, 5, 6)),
    )
    spots = sorted((f.key, f.verdict, f.articles) for f in findings if f.kind is ClaimKind.PLACE)
    assert spots == [
        ("where the fire began: roof", Verdict.AGREE, ("2.txt", "3.txt")),
        ("where the shot struck: upper chest", Verdict.AGREE, ("0.txt", "1.txt")),
    ]
    # two parts are not a conflict: several shots, several victims
    findings = judge_texts(
        ("Officers shot the gunman in the chest.", date(2025, 5, 6)),
        ("Officers shot the gunman in the hip.", date(2025, 5, 6)),
    )
    assert not [f for f in findings if f.key.startswith("where") and f.verdict is not Verdict.SINGLE_SOURCE]


def test_names_whose_first_word_is_a_town_share_no_given_and_middle_names(tmp_path: Path) -> None:
    # a first word known as a town and not as a given name: an event or a company named after it
    texts = {
        "a.txt": "She took the 400m title at the Leicester Mutual Indoor meeting in Cardiff on Sunday.",
        "b.txt": "He will race at the Leicester Mutual European meeting in Glasgow next month, his coach said.",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_two_names_beside_one_rarely_named_organisation_are_no_conflict(tmp_path: Path) -> None:
    # an organisation employs many people: two named beside it are colleagues as often as one
    texts = {
        "a.txt": "Speaking to Lakeshore Radio business editor Odile Lensky, the minister defended the tax plan.",
        "b.txt": "Lakeshore Radio apologised on Friday for Odile Okafor's story about the leaked memo.",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_a_surname_given_without_its_joined_particle_is_a_conflict(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Officers arrested Marco DiSalvo, 37, on Thursday over the fire at the bakery on Quay Lane.",
        "b.txt": "Marco DiSalvo, 37, was charged on Thursday with arson at the Quay Lane bakery.",
        "c.txt": "Marco Salvo, 37, was held on Thursday after the fire that gutted the Quay Lane bakery.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Marco Salvo' (1 article) vs 'Marco DiSalvo' (2 articles)"
    ]
    # a name spelled alike but for no particle is one name
    texts["c.txt"] = texts["c.txt"].replace("Marco Salvo", "Marco DiSalvio")
    assert _name_conflicts(tmp_path, texts) == []


_WAREHOUSE = {
    "a.txt": "Fire crews spent six hours on Tuesday fighting a blaze at the Harlow Mills warehouse in Dayton, Ohio. "
    "Ingrid Tolvanen, who runs the warehouse, said 40 workers were evacuated before the roof fell in. Nobody was hurt.",
    "b.txt": "A fire gutted the Harlow Mills warehouse in Dayton, Ohio, on Tuesday. All 40 workers got out safely, "
    "Ingrid Tolvanen told reporters at the gate. The roof collapsed after six hours.",
    "c.txt": "The Harlow Mills warehouse in Dayton, Ohio, burned for six hours on Tuesday. The 40 staff were led out "
    "by Ingrid Tolvanen and two supervisors, firefighters said.",
    "d.txt": "Six hours of flames on Tuesday destroyed the Harlow Mills warehouse in Dayton, Ohio, where 40 people "
    "work. The workers fled when the blaze started in a loading bay, according to Ingrid Brauner.",
}


def test_an_unlike_surname_one_report_alone_gives_against_a_crowd_is_a_conflict(tmp_path: Path) -> None:
    # one report of the event, in a sentence sharing a word with theirs, gives another surname once: a slip
    assert _name_conflicts(tmp_path, _WAREHOUSE) == [
        "one person named two ways? 'Ingrid Brauner' (1 article) vs 'Ingrid Tolvanen' (3 articles)"
    ]


def test_an_unlike_surname_written_again_or_without_the_others_office_is_another_person(tmp_path: Path) -> None:
    # written again, in the lone report: someone of their own (or a family)
    texts = dict(_WAREHOUSE)
    texts["d.txt"] += " Brauner said the alarms had worked."
    assert _name_conflicts(tmp_path, texts) == []
    # the crowd's name holds an office the lone one lacks: maybe someone else
    texts = {name: text.replace("Ingrid Tolvanen", "spokeswoman Ingrid Tolvanen") for name, text in _WAREHOUSE.items()}
    assert _name_conflicts(tmp_path, texts) == []
    # a third person of the given name: a common one in the run
    texts = dict(_WAREHOUSE)
    texts["b.txt"] += " Ingrid Castell, a neighbour, called the fire brigade."
    assert _name_conflicts(tmp_path, texts) == []
    # two reports against the one: no crowd
    (tmp_path / "c.txt").unlink()
    texts = {name: text for name, text in _WAREHOUSE.items() if name != "c.txt"}
    assert _name_conflicts(tmp_path, texts) == []


def test_a_dropped_particle_alone_links_no_two_names(tmp_path: Path) -> None:
    # a shared given name and a surname inside the other: two people unless what links any two names
    # sharing a given name (a title, a role, an age, alike sentences) links them
    texts = {
        "a.txt": "Council member Lisa DeMarco voted against the budget on Tuesday, which passed 5-2.",
        "b.txt": "The council passed the budget 5-2 on Tuesday; Lisa DeMarco and one other member voted no.",
        "c.txt": "The budget passed 5-2 on Tuesday. Resident Lisa Marco said the library needed more money.",
    }
    assert _name_conflicts(tmp_path, texts) == []


def test_a_slip_counts_the_other_surname_written_alone_as_the_mentions_do_not_read_it(tmp_path: Path) -> None:
    # the article names each once in full; "Kessel's", twice more, no mention reads
    texts = {
        "a.txt": "The violinist was hurt in a fall on Friday in Ghent, her manager Pia Holt said in a statement. "
        "Later that evening Kessel's assistant called off the tour. "
        "The orchestra thanked Kessel's staff for their patience. "
        "We wish Pia Kessel and the whole company strength, the orchestra added.",
        "b.txt": "Her manager, Pia Kessel, said the violinist was hurt in a fall in Ghent on Friday.",
        "c.txt": "Manager Pia Kessel told reporters the violinist was injured in a fall in Ghent on Friday.",
    }
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Pia Holt' (1 article) vs 'Pia Kessel' (3 articles)"
    ]


def test_a_surname_counted_in_a_text_is_no_sentence_opener_nor_in_another_name():
    from factcheck.judge_roles import _times_written

    text = "Young players ran on. Tom Young scored. Then Mel Young's shot went in, said Young. Young Street shut."
    assert _times_written(text, ("mel", "young")) == 2
    assert _times_written("Young's goal won it.", ("mel", "young")) == 1


def _titles_of(findings: list[Finding], key: str) -> list[Finding]:
    return [f for f in findings if f.key == key and f.verdict is not Verdict.SINGLE_SOURCE]


def test_one_office_named_by_two_bodies_is_compatible() -> None:
    findings = judge_texts(
        ("Yesterday the Rovers chairman Ivo Brandt said the club would appeal the ruling.", date(2025, 5, 6)),
        ("Ivo Brandt, the chairman of Elmford Holdings, said the club would appeal.", date(2025, 5, 6)),
    )
    (compatible,) = _titles_of(findings, "Ivo Brandt: title")
    assert compatible.verdict is Verdict.COMPATIBLE
    assert "two bodies" in compatible.explanation
    # a lower-case portfolio names no body: two offices, no finding
    findings = judge_texts(
        ("Yesterday the finance chairman Ivo Brandt said the club would appeal the ruling.", date(2025, 5, 6)),
        ("Ivo Brandt, the chairman of Elmford Holdings, said the club would appeal.", date(2025, 5, 6)),
    )
    assert not _titles_of(findings, "Ivo Brandt: title")


def test_a_party_named_two_ways_is_no_two_bodies() -> None:
    findings = judge_texts(
        ("Yesterday the Tory leader Ivo Brandt said the vote would be close.", date(2025, 5, 6)),
        ("Yesterday the Conservative leader Ivo Brandt said the vote was close.", date(2025, 5, 6)),
        ("Yesterday the Dem leader Jo Marsh said the vote would be close.", date(2025, 5, 6)),
        ("Yesterday the Liberal Democrat leader Jo Marsh said the vote was close.", date(2025, 5, 6)),
    )
    assert not [f for f in findings if f.key.endswith(": title") and f.verdict is Verdict.COMPATIBLE]


def test_a_headline_office_is_not_compared() -> None:
    findings = judge_texts(
        ("Elmford Rovers Sack Coach Jo Marsh After Ten Defeats In A Row", date(2025, 5, 6)),
        ("Rovers coach Jo Marsh was sacked on Monday after ten defeats in a row.", date(2025, 5, 6)),
    )
    assert not [f for f in _titles_of(findings, "Jo Marsh: title") if f.verdict is Verdict.COMPATIBLE]


def test_a_level_of_government_is_vaguer_than_the_agency() -> None:
    findings = judge_texts(
        ("Federal agent Ivo Brandt was shot outside the courthouse on Monday.", date(2025, 5, 6)),
        ("Yesterday the Customs agent Ivo Brandt was shot outside the courthouse.", date(2025, 5, 6)),
    )
    (compatible,) = _titles_of(findings, "Ivo Brandt: title")
    assert compatible.verdict is Verdict.COMPATIBLE
    assert "level of government" in compatible.explanation


def test_spokesman_and_publicist_overlap() -> None:
    findings = judge_texts(
        ("Spokesman Ivo Brandt said the singer died peacefully at home.", date(2025, 5, 6)),
        ("Spokesman Ivo Brandt confirmed the singer died at home on Monday.", date(2025, 5, 6)),
        ("Her longtime publicist Ivo Brandt said the singer died at home.", date(2025, 5, 6)),
    )
    verdicts = {(f.verdict, frozenset(f.articles)) for f in _titles_of(findings, "Ivo Brandt: title")}
    # the bare "spokesman" is no form of address: compared like a descriptive title
    assert (Verdict.AGREE, frozenset({"0.txt", "1.txt"})) in verdicts
    assert (Verdict.COMPATIBLE, frozenset({"0.txt", "1.txt", "2.txt"})) in verdicts
    assert not [v for v, _ in verdicts if v is Verdict.CONFLICT]


def test_a_shorter_list_of_charges_is_compatible() -> None:
    findings = judge_texts(
        ("Jo Marsh was charged with arson, burglary and reckless driving, police said.", date(2025, 5, 6)),
        ("Jo Marsh was charged with arson and reckless driving on Monday.", date(2025, 5, 6)),
        ("Marsh was charged with arson, aggravated burglary and fleeing the scene.", date(2025, 5, 6)),
    )
    (partial,) = [f for f in findings if f.key.startswith("charges:")]
    assert partial.verdict is Verdict.COMPATIBLE
    assert partial.articles == ("0.txt", "1.txt")
    assert "1.txt lists arson, reckless driving; 0.txt also lists burglary" in partial.explanation
    assert "0.txt: arson; burglary; reckless driving" in partial.details
    # 2.txt names an offence 0.txt does not (fleeing the scene): other charges, not a partial list


def test_a_killing_one_article_alone_charges_otherwise_is_a_conflict() -> None:
    crowd = [
        ("Jo Marsh was charged with manslaughter and dangerous driving, police said.", D),
        ("Marsh, 24, was charged with manslaughter after the crash.", D),
        ("Jo Marsh has been charged with manslaughter and drink-driving.", D),
    ]
    lone = ("A driver who fled after striking a cyclist stands charged in his murder, police said.", D)
    findings = judge_texts(*crowd, lone)
    (conflict,) = [f for f in findings if f.verdict is Verdict.CONFLICT]
    assert conflict.explanation.startswith("only 3.txt says charged with murder; 3 other articles give")
    # two reports are no crowd
    assert not [f for f in judge_texts(*crowd[:2], lone) if f.verdict is Verdict.CONFLICT]
    # "homicide" names either killing
    voluntary = ("Jo Marsh was charged with voluntary homicide, police said.", D)
    assert not [f for f in judge_texts(*crowd, voluntary) if f.verdict is Verdict.CONFLICT]
    # a suspicion an arrest was made on may come before the charge
    suspected = ("A driver was arrested on suspicion of murder, police said.", D)
    assert not [f for f in judge_texts(*crowd, suspected) if f.verdict is Verdict.CONFLICT]


def test_a_lone_charge_is_no_partial_list() -> None:
    findings = judge_texts(
        ("Jo Marsh was charged with arson and burglary, police said.", date(2025, 5, 6)),
        ("Jo Marsh was charged with arson on Monday.", date(2025, 5, 6)),
    )
    assert not [f for f in findings if f.key.startswith("charges:")]


D = date(2025, 5, 6)


def _title_verdicts(*texts: str, who: str = "Jo Marsh") -> list[Verdict]:
    return [f.verdict for f in _titles_of(judge_texts(*((t, D) for t in texts)), f"{who}: title")]


def _charge_findings(*texts: str) -> list[Finding]:
    return [f for f in judge_texts(*((t, D) for t in texts)) if f.key.startswith("charges:")]


def test_a_spokesman_for_someone_gives_that_someone_no_title() -> None:
    findings = judge_texts(
        ("The singer Mara Quill died at her home in Elmford on Sunday, a spokesman for Quill said.", D),
        ("Mara Quill died on Sunday at home in Elmford, a spokesman for Mara Quill said in a statement.", D),
        ("Mara Quill died on Sunday at home in Elmford, a publicist for Mara Quill said.", D),
    )
    assert not _titles_of(findings, "Mara Quill: title")


def test_one_office_at_two_unlinked_bodies_is_no_finding() -> None:
    # rival clubs or agencies: nothing says one owns the other
    assert not _title_verdicts(
        "On Monday the Rovers coach Jo Marsh was banned for three matches after a row in Elmford.",
        "On Monday the United coach Jo Marsh was banned for three matches after a row in Elmford.",
    )
    assert not _title_verdicts(
        "On Monday the FBI agent Jo Marsh was shot outside the Elmford courthouse.",
        "On Monday the DEA agent Jo Marsh was shot outside the Elmford courthouse.",
    )
    assert not _title_verdicts(
        "On Monday the Rovers chairman Jo Marsh said the club would appeal the ruling.",
        "Jo Marsh, the chairman of United, said on Monday that the club would appeal the ruling.",
    )
    # an article saying one body owns the other links them
    (verdict,) = _title_verdicts(
        "On Monday the Rovers chairman Jo Marsh said Rovers, owned by United, would appeal the ruling.",
        "Jo Marsh, the chairman of United, said on Monday that the club would appeal the ruling.",
    )
    assert verdict is Verdict.COMPATIBLE


def test_a_client_after_for_is_no_body() -> None:
    assert not _title_verdicts(
        "Striker Ivo Brandt joined United on Friday, said Jo Marsh, the agent for Brandt, and Mara Quill agreed.",
        "Singer Mara Quill signed with United on Friday, said Jo Marsh, the agent for Quill, and Ivo Brandt agreed.",
    )


def test_a_level_of_government_is_read_only_for_an_agency_office() -> None:
    assert not _title_verdicts(
        "On Monday the national coach Jo Marsh resigned after the defeat in Elmford.",
        "On Monday the Rovers coach Jo Marsh resigned after the defeat in Elmford.",
    )
    assert not _title_verdicts(
        "On Monday the federal judge Jo Marsh stepped down from the Elmford fraud case.",
        "On Monday the Elm County judge Jo Marsh stepped down from the Elmford fraud case.",
    )
    assert not _title_verdicts(
        "On Monday the State Department spokesman Jo Marsh said the embassy had been attacked.",
        "On Monday the Pentagon spokesman Jo Marsh said the embassy had been attacked.",
    )
    assert not _title_verdicts(
        "On Monday the state Representative Jo Marsh said she would vote for the Elmford bridge bill.",
        "On Monday the Elmford Representative Jo Marsh said she would vote for the Elmford bridge bill.",
    )


def test_speaking_for_two_parties_or_as_a_lawmaker_is_no_overlap() -> None:
    assert not _title_verdicts(
        "On Monday the police spokesman Jo Marsh said two people died in the crash in Elmford.",
        "On Monday Jo Marsh, a representative of the victims' families, said two people died in Elmford.",
    )
    assert not _title_verdicts(
        "On Monday the spokesman Jo Marsh said the Elmford budget was unfair.",
        "On Monday Representative Jo Marsh said the Elmford budget was unfair.",
    )
    assert not _title_verdicts(
        "On Monday the police spokesman Jo Marsh said the singer had died in Elmford.",
        "On Monday the publicist Jo Marsh said the singer had died in Elmford.",
    )
    # a family spokesman and a publicist both speak for the person: overlapping, quoted as written
    findings = judge_texts(
        ("On Monday the family spokesman Jo Marsh said the singer had died in Elmford.", D),
        ("On Monday the publicist Jo Marsh said the singer had died in Elmford.", D),
    )
    (f,) = _titles_of(findings, "Jo Marsh: title")
    assert f.verdict is Verdict.COMPATIBLE
    assert "'family spokesman'" in f.explanation


def test_a_weekday_before_an_office_is_no_part_of_it() -> None:
    findings = judge_texts(("On Monday Representative Jo Marsh said the budget was unfair.", D))
    assert not [c for f in findings for c in f.claims if c.unit == "title" and "monday" in c.display.lower()]


def test_two_defendants_charges_are_no_partial_list() -> None:
    assert not _charge_findings(
        "Jo Marsh, 29, was charged with arson, burglary and theft on Tuesday. Tim Hale, 31, was also charged.",
        "Tim Hale, 31, was charged with arson and theft on Tuesday, police said. Jo Marsh, 29, was also charged.",
    )
    assert not _charge_findings(
        "Jo Marsh, 29, was charged with arson, burglary and theft after the fire, police said.",
        "Her brother Tim Marsh, 31, was charged with arson and theft after the fire, police said.",
    )


def test_a_negated_charge_ends_the_list() -> None:
    assert not _charge_findings(
        "Dean Carver, 34, was charged with manslaughter and robbery, not murder, after the stabbing.",
        "Dean Carver, 34, was charged with murder and robbery after the stabbing, police said.",
    )


def test_a_lesser_or_inchoate_offence_is_another_charge() -> None:
    for longer, shorter in (
        ("attempted murder, robbery and assault", "murder and robbery"),
        ("conspiracy to commit murder, robbery and arson", "murder and robbery"),
        ("attempted robbery, assault and theft", "robbery and assault"),
    ):
        assert not _charge_findings(
            f"Dean Carver, 34, was charged with {longer} after the raid, police said.",
            f"Dean Carver, 34, was charged with {shorter} after the raid, police said.",
        ), (longer, shorter)


def test_a_charge_the_shorter_article_says_was_dropped_is_no_partial_list() -> None:
    assert not _charge_findings(
        "Lena Moss, 29, was charged with arson, burglary and theft after the fire, police said.",
        "Lena Moss, 29, is now charged with arson and theft after prosecutors dropped the burglary charge.",
    )


def test_defendants_are_told_apart_whatever_their_given_names() -> None:
    # given names no list knows, an age that differs, a surname two people share
    assert not _charge_findings(
        "Oluwaseun Adeyemi, 29, was charged with arson, burglary and theft after the fire, police said.",
        "Chukwuemeka Okafor, 31, was charged with arson and theft after the fire, police said.",
    )
    assert not _charge_findings(
        "Jo Marsh, 29, was charged with arson, burglary and theft after the fire. Tim Marsh, 31, was charged.",
        "Marsh, 31, was charged with arson and theft after the fire, police said.",
    )


def test_a_lone_surname_with_an_age_is_not_the_namesake_of_another_age() -> None:
    # two of the surname in the charge sentences: "Marsh, 31," is the one aged 31, not the other
    assert not _charge_findings(
        "Tom Marsh, 34, was charged with arson, burglary and theft after the fire.",
        "Ella Marsh, 31, and Tom Marsh, 34, were charged after the fire. "
        "Marsh, 31, was charged with arson and theft after the fire, police said.",
    )
    # (review rm: a namesake named only in a sentence charging no one is not seen here; the one
    # Marsh of the charge sentences, age unsaid, is then "Marsh, 31,": see the test below)
    # the age the story gives the one person of that surname: that person
    (f,) = _charge_findings(
        "Tom Marsh, 34, was charged with arson, burglary and theft after the fire.",
        "Marsh, 34, was charged with arson and theft after the fire, police said.",
    )
    assert f.verdict is Verdict.COMPATIBLE


def test_a_lone_surname_with_an_age_is_the_one_person_of_that_surname_of_unsaid_age() -> None:
    # review rm, R4: the story names one Marsh, his age unsaid: "Marsh, 31," is him, a partial list
    (f,) = _charge_findings(
        "Tim Marsh was charged with arson, burglary and theft, police said on Monday.",
        "Tim Marsh was held on Friday. Marsh, 31, was charged with arson and burglary, police said.",
    )
    assert f.verdict is Verdict.COMPATIBLE
    # another age given him: someone else
    assert not _charge_findings(
        "Tim Marsh, 31, was charged with arson, burglary and theft, police said on Monday.",
        "Tim Marsh was held on Friday. Marsh, 32, was charged with arson and burglary, police said.",
    )


def test_a_negation_inside_the_last_item_ends_the_list() -> None:
    for tail in ("murder rather than manslaughter", "murder but not manslaughter"):
        assert not _charge_findings(
            f"Ray Dunn, 34, was charged with robbery, assault and {tail} after the stabbing, police said.",
            "Ray Dunn, 34, was charged with manslaughter and robbery after the stabbing, police said.",
        ), tail


def test_bodies_named_in_passing_or_two_holdings_or_a_city_force_link_nothing() -> None:
    assert not _title_verdicts(
        "On Monday the Rovers chairman Alan Whitcombe said the club would appeal after the defeat to United.",
        "Alan Whitcombe, the United chairman, said on Monday that the club would appeal the league ruling.",
    )
    assert not _title_verdicts(
        "On Monday the Elm Group chairman Alan Whitcombe said the firm would appeal the ruling.",
        "Alan Whitcombe, the chairman of Oak Holdings, said on Monday that the firm would appeal the ruling.",
    )
    assert not _title_verdicts(
        "On Monday the federal officer Tim Hale was shot outside the Elmford courthouse.",
        "On Monday the Elmford police officer Tim Hale was shot outside the Elmford courthouse.",
    )


def test_every_defendant_of_one_sentence_is_found() -> None:
    from factcheck.judge_roles import _defendants

    assert _defendants("Jo Marsh, 29, and Tim Marsh, 31, were charged with arson, police said.") == {
        "jo marsh",
        "tim marsh",
    }


def test_an_ownership_word_links_two_bodies_only_between_them() -> None:
    assert not _title_verdicts(
        "On Monday the Rovers chairman Jo Marsh, who owns a bakery in Elmford, said the club would appeal "
        "after the defeat to United.",
        "Jo Marsh, the chairman of United, said on Monday that the club would appeal the league ruling.",
    )


def test_two_portfolios_of_one_office_are_two_people(tmp_path: Path) -> None:
    # "shadow home secretary" / "shadow health secretary": two offices, however alike the sentences
    texts = {
        "a.txt": "Conservative shadow home secretary Ada Lind said the asylum plan for Kelby had failed.",
        "b.txt": "The Kelby asylum report was welcomed by Conservative shadow health secretary Ada Stroud.",
    }
    assert _name_conflicts(tmp_path, texts) == []
    texts["b.txt"] = texts["b.txt"].replace("health secretary", "home secretary")
    assert _name_conflicts(tmp_path, texts) == [
        "one person named two ways? 'Ada Lind' (1 article) vs 'Ada Stroud' (1 article)"
    ]


_BBC = Path(__file__).resolve().parents[1].parent / "shared" / "bench-corpus" / "bbc_sport"


@pytest.mark.skipif(not _BBC.is_dir(), reason="the BBC bench corpus (../shared/bench-corpus) is not here")
def test_a_lone_surname_beside_the_better_attested_name_is_someone_else(tmp_path: Path) -> None:
    # three unrelated BBC sport reports, read in place: two name one athlete in full, one of them
    # quotes another athlete by her surname alone, whom the third report names in full with the
    # same given name; the lone surname is that other athlete, not a slip for the better-attested name
    texts = {f"{n}.txt": (_BBC / f"{n}.txt").read_text(encoding="utf-8") for n in ("056", "058", "063")}
    assert _name_conflicts(tmp_path, texts) == []
