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
    ("Dana Holm married twice before she moved abroad.", [("time", 2, "twice")]),
    ("The guard was struck twice by the van outside the depot.", [("time", 2, "twice")]),
    ("The club reached the final twice in the decade.", [("time", 2, "twice")]),
    ("He twice pinned his rival to the mat.", [("time", 2, "twice")]),
    ("The old mill burned thrice.", [("time", 3, "thrice")]),
    ("Prices rose twice as fast as wages.", []),  # a ratio
    ("The new hall is twice the size of the old one.", []),  # a ratio
    ("Take the pill twice a day.", []),  # a rate
    ("The ferry sails twice daily.", []),  # a rate
    ("Voters should think twice.", []),  # an idiom
    ("She phoned once or twice.", []),  # vague
    ("Costs are more than twice that figure.", []),  # a ratio
    ("Sales rose sharply, twice what it had forecast.", []),  # a ratio
    ("He tried at least twice to open the safe.", []),  # no exact count
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
