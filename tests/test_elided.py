"""Counts and ranks written without their noun or without a digit: "married twice", "in the
seventh" (the round the article ranked before). Invented sentences only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from factcheck.extract import extract_article
from factcheck.extract.numeric import extract_sentence
from factcheck.extract.quantities import TIMES_RULE
from factcheck.models import Article, ClaimKind, Sentence, Verdict
from factcheck.text import LineIndex


def _quantities(sentence: str) -> list[tuple[str, float, str]]:
    claims = extract_sentence("a.txt", Sentence(0, len(sentence), sentence, 0), None, LineIndex(sentence))
    return [(c.key, c.value.low, c.surface) for c in claims if c.kind is ClaimKind.QUANTITY]


TIMES_CASES = [
    ("Dana Holm married twice before she moved abroad.", [("times married", 2, "twice")]),
    ("The guard was struck twice by the van outside the depot.", [("times struck", 2, "twice")]),
    ("The club reached the final twice in the decade.", [("times reached", 2, "twice")]),
    ("He twice pinned his rival to the mat.", [("times pinned", 2, "twice")]),
    ("He has twice been convicted of fraud.", [("times convicted", 2, "twice")]),
    ("The old mill burned thrice.", [("times burned", 3, "thrice")]),
    ("The officer fired three times, the chief said.", [("times fired", 3, "three times")]),
    ("The mayor has vetoed a boil-water plan four times.", [("times vetoed", 4, "four times")]),
    ("Her blood alcohol level was three times the legal limit.", [("ratio to limit", 3, "three times")]),
    ("Prices rose twice as fast as wages.", []),  # a ratio
    ("The new hall is twice the size of the old one.", []),  # a ratio
    ("Lead in the pipes reached twice federal limits last week.", []),  # a ratio: an adjective after
    ("Lead in the pipes was roughly twice last year's peak.", []),  # a ratio
    ("Rents are three times as high as in the suburbs.", []),  # a ratio to nothing named
    ("Drugs sold there are now thirty times cheaper.", []),  # a ratio: a comparative after it
    ("Take the pill twice a day.", []),  # a rate
    ("The ferry sails twice daily.", []),  # a rate
    ("Voters should think twice.", []),  # an idiom
    ("She phoned once or twice.", []),  # vague
    ("Costs are more than twice that figure.", []),  # a ratio
    ("Sales rose sharply, twice what it had forecast.", []),  # a ratio
    ("He tried at least twice to open the safe.", []),  # no exact count
    ("Fans of the band Twice queued overnight.", []),  # a name
    ("Twice, the pop group, will tour in May.", []),  # a name, an apposition after it
    ("Only twice in its history has the river frozen.", []),  # no act before or right after it
]


@pytest.mark.parametrize(("sentence", "expected"), TIMES_CASES, ids=[c[0][:40] for c in TIMES_CASES])
def test_twice_is_a_count_of_times_only_as_one(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert _quantities(sentence) == expected


def _article(text: str, name: str = "a.txt") -> Article:
    return Article(Path(name), name, hashlib.sha256(text.encode()).hexdigest(), text)


def _ranks(text: str) -> list[tuple[str, float, str, str]]:
    claims = extract_article(_article(text)).claims
    return [(c.key, c.value.low, c.surface, c.steps[-1].rule) for c in claims if c.unit == "ordinal"]


def test_an_ordinal_without_its_noun_ranks_the_noun_ranked_before() -> None:
    text = (
        "Lena Marsh stopped Ivo Bren in the fourth round on Friday.\n\n"
        "Bren went down in the third, and Marsh finished it early in the fourth.\n\n"
        "In the second Bren had landed a clean jab. Her first marriage failed, as did a third."
    )
    plain = "an ordinal and the noun it ranks"
    elided = "the noun of 'fourth round' earlier in the article"
    assert _ranks(text) == [
        ("round", 4, "fourth round", plain),
        ("round", 3, "third", elided),
        ("round", 4, "fourth", elided),
        ("round", 2, "second", elided),
        ("marriage", 1, "first marriage", plain),
        ("marriage", 3, "third", "the noun of 'first marriage' earlier in the article"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It ended early in the seventh, the referee said.",  # no noun ranked before
        "It was their first title fight.\n\nBren won it in the eleventh.",  # a narrowed noun: which?
        "It was the fourth round.\n\nWait a second.",  # "a second": a unit of time
        "It was the fourth round.\n\nTicket sales fell by a third.",  # a fraction
        "It was the fourth round.\n\nThe fee is due on the 21st.",  # a day of the month
        "He ranks fourth in goals and eighth in assists after his second season.",  # ranked in something else
        "It was the fourth round.\n\nAt the second and third steps, they rested.",  # ordinals of one noun
        "It was the fourth round.\n\nThe second-half started late.",  # a compound, not an ordinal alone
        "It was the fourth round.\n\nShe claimed her fifth Open title.",  # a name follows: the noun is its
    ],
)
def test_an_ordinal_without_a_noun_ranked_before_is_no_claim(text: str) -> None:
    assert [r for r in _ranks(text) if "earlier in the article" in r[3]] == []


def test_twice_and_three_times_conflict(tmp_path: Path) -> None:
    from factcheck.api import check

    (tmp_path / "a.txt").write_text("The actress Mara Jovic married twice, her family said on Monday.\n")
    (tmp_path / "b.txt").write_text("The actress Mara Jovic was married three times, her family said on Monday.\n")
    report = check([tmp_path])
    (conflict,) = [f for f in report.by_verdict(Verdict.CONFLICT) if f.kind is ClaimKind.QUANTITY]
    assert {c.surface for c in conflict.claims} == {"twice", "three times"}
    assert any(TIMES_RULE in s.rule for c in conflict.claims for s in c.steps)


def _quantity_findings(tmp_path: Path, a: str, b: str, verdict: Verdict) -> list[set[str]]:
    from factcheck.api import check

    (tmp_path / "a.txt").write_text(a + "\n")
    (tmp_path / "b.txt").write_text(b + "\n")
    report = check([tmp_path])
    return [{c.surface for c in f.claims} for f in report.by_verdict(verdict) if f.kind is ClaimKind.QUANTITY]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # two acts: shots fired, hits taken
            "RENFORD, Ohio, June 9, 2025 -- A Renford officer shot a man during a traffic stop on Sunday. "
            "The officer fired three times, Chief Lena Brask said.",
            "RENFORD, Ohio, June 9, 2025 -- A man was shot by a Renford officer during a traffic stop on Sunday. "
            "The man was struck twice, Chief Lena Brask said.",
        ),
        (  # a ratio to a limit, a count of tests
            "RENFORD, Ohio, June 9, 2025 -- A Renford man was charged Monday with drunken driving after a crash "
            "that injured two children, police said.\nPolice said Ivo Tarrant, 44, had a blood alcohol level "
            "three times the legal limit.",
            "RENFORD, Ohio, June 9, 2025 -- Ivo Tarrant, 44, was charged Monday after a crash that hurt two "
            "children, police said.\nPolice said Tarrant's blood alcohol level was tested twice after the crash.",
        ),
    ],
)
def test_counts_of_times_of_two_acts_never_conflict(tmp_path: Path, a: str, b: str) -> None:
    assert _quantity_findings(tmp_path, a, b, Verdict.CONFLICT) == []


def test_counts_of_times_of_two_acts_never_agree(tmp_path: Path) -> None:
    a = "HOLTBY, Ohio, April 4, 2025 -- The Holtby silo had been inspected twice in the past year, Chief Ana Morr said."
    b = "HOLTBY, Ohio, April 4, 2025 -- Crews returned twice overnight to the Holtby silo, Chief Ana Morr said."
    assert {"twice"} not in _quantity_findings(tmp_path, a, b, Verdict.AGREE)


@pytest.mark.parametrize(
    "text",
    [
        # "the second," and an apposition: one of two men, not the second homicide
        "A man was shot dead, the fourth homicide in the city this year.\n\n"
        "Two men were arrested. The second, a 23-year-old, faces a weapons charge.",
        # "and a third" after a count of people: one more man, not the third shooting
        "It was the second shooting in the city this month.\n\n"
        "Officers arrested two men on Sunday and a third on Monday.",
        # a tally after a possessive: not the 22nd round
        "Ari Volk stopped Bo Renn in the ninth round.\n\nThe win was Volk's 22nd in a row.",
        # a tally after "his": not the fourth minute
        "Omar Lind scored in the 77th minute.\n\nThe header was his fourth in five games.",
        # a win is no period of play; the quarter between is what "the third" ranks
        "It was the club's sixth win of the season.\n\nThey scored in the second quarter. "
        "The visitors led 10-7 early in the third.",
        # a game of a series is no period of play: "the second" is a period of it
        "It was the club's third game in four nights.\n\nLind scored in the second.",
        "The Hawks won the second game of the doubleheader 5-3. Vega homered in the seventh.",
        # a round ranked three sentences before, not named again
        "Ari Volk was down in the fourth round.\n\nThe crowd was loud. Renn's corner was calm.\n\n"
        "Volk finished it in the seventh.",
    ],
)
def test_an_ordinal_without_its_noun_ranks_only_a_period_of_play_just_before(text: str) -> None:
    assert [r for r in _ranks(text) if "earlier in the article" in r[3]] == []


def test_a_period_of_play_is_carried_on_through_ordinals_or_when_named_again() -> None:
    text = (
        "Ari Volk hurt Bo Renn late in the second round.\n\nRenn went down in the sixth.\n\n"
        "Volk stopped him early in the seventh.\n\nThe crowd stood. Volk's corner cheered.\n\n"
        "Renn had been sharper in the third and won the round clearly.\n\nThe crowd roared. Renn sat down.\n\n"
        "Before the start of the fifth, Volk's trainer spoke to him."  # the words before say a period
    )
    carried = "the noun of 'second round' earlier in the article"
    assert [(k, v, s) for k, v, s, r in _ranks(text) if r == carried] == [
        ("round", 6, "sixth"),
        ("round", 7, "seventh"),
        ("round", 3, "third"),
        ("round", 5, "fifth"),
    ]


def test_an_apposition_no_longer_hides_a_conflict_of_ranks(tmp_path: Path) -> None:
    a = (
        "BRELLIN, Ohio, July 14, 2025 -- A man was shot dead outside a bar in Brellin early Sunday, the fourth "
        "homicide in the city this year, police said. Two men were arrested Monday. The second, a 23-year-old, "
        "faces a weapons charge."
    )
    b = (
        "BRELLIN, Ohio, July 14, 2025 -- Police said Monday they had arrested two men after a fatal shooting "
        "outside a Brellin bar, the city's second homicide this year."
    )
    assert {"fourth homicide", "second homicide"} in _quantity_findings(tmp_path, a, b, Verdict.CONFLICT)
