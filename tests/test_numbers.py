"""Tests for factcheck.numbers: table-driven cases from tests/data/numbers.json plus direct tests."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest

from factcheck.models import Interval
from factcheck.numbers import NumberMatch, find_numbers, parse_number_words

DATA = Path(__file__).parent / "data" / "numbers.json"
ROWS = json.loads(DATA.read_text(encoding="utf-8"))


def _row_id(row: dict) -> str:
    text = row["text"].encode("ascii", "backslashreplace").decode("ascii")
    return text if len(text) <= 50 else text[:47] + "..."


def _as_row(text: str, m: NumberMatch) -> dict:
    return {
        "surface": text[m.start : m.end],
        "value": str(m.value),
        "stated": m.stated,
        "qualifier": m.qualifier,
        "granularity": m.granularity,
        "unit_hint": m.unit_hint,
    }


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 60
    assert sum(1 for row in ROWS if not row["expected"]) >= 15


@pytest.mark.parametrize("row", ROWS, ids=[_row_id(r) for r in ROWS])
def test_table(row: dict) -> None:
    text = row["text"]
    got = [_as_row(text, m) for m in find_numbers(text)]
    expected = row["expected"]
    assert [g["surface"] for g in got] == [e["surface"] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g["stated"] == pytest.approx(e["stated"])
        assert {k: v for k, v in g.items() if k != "stated"} == {k: v for k, v in e.items() if k != "stated"}


@pytest.mark.parametrize("row", ROWS, ids=[_row_id(r) for r in ROWS])
def test_matches_are_ordered_and_disjoint(row: dict) -> None:
    text = row["text"]
    matches = find_numbers(text)
    for m in matches:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start].strip() and text[m.end - 1].strip()
    for a, b in itertools.pairwise(matches):
        assert a.end <= b.start


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one", 1),
        ("zero", 0),
        ("nineteen", 19),
        ("forty-six", 46),
        ("Forty six", 46),
        ("a hundred", 100),
        ("two hundred and five", 205),
        ("one thousand two hundred and thirty-four", 1234),
        ("two thousand and twenty", 2020),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("half a million", 500_000),
        ("two and a half million", 2_500_000),
        ("three million four hundred thousand", 3_400_000),
        ("a billion", 1e9),
    ],
)
def test_parse_number_words(words: str, value: float) -> None:
    assert parse_number_words(words) == pytest.approx(value)


@pytest.mark.parametrize(
    "words",
    [
        "",
        "a",
        "a year",
        "half",
        "a quarter",
        "one two",
        "twenty hundred",
        "thousand million",
        "a few",
        "dozens",
        "two and",
        "46",
        "forty - six",
        "million thousand",
        "one hundred people",
    ],
)
def test_parse_number_words_rejects(words: str) -> None:
    assert parse_number_words(words) is None


def test_steps_record_each_normalisation() -> None:
    m = find_numbers("Police arrested two dozen men.")[0]
    assert [(s.source, s.result, s.rule) for s in m.steps] == [("two dozen", "24", "number words")]
    m = find_numbers("More than 100,000 people fled.")[0]
    assert [s.rule for s in m.steps] == ["digit grouping", "qualifier"]
    assert m.steps[-1].source == "More than" and m.steps[-1].result == ">100,000"
    m = find_numbers("A crowd of 100,000 gathered.")[0]
    assert m.steps[-1].rule == "rounding tolerance"
    assert m.steps[-1].result == "[90,000, 110,000]"


def test_values_are_intervals() -> None:
    m = find_numbers("More than 100,000 people fled.")[0]
    assert m.value == Interval(100_000, None, low_open=True)
    m = find_numbers("Tens of thousands marched.")[0]
    assert m.value == Interval(20_000, 100_000, high_open=True)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a $40 million contract", 39_500_000, 40_500_000),  # to the million, not 36 to 44 million
        ("£30m in fines", 29_500_000, 30_500_000),
        ("it cost $1.2 million", 1_150_000, 1_250_000),  # to the hundred thousand, as before
        ("a $1 billion deal", 900_000_000, 1_100_000_000),  # no wider than the tenth a round figure carries
        ("80 million people", 75_000_000, 85_000_000),  # a count keeps its rounding
        # beside a sum in another currency one of the two is converted at a rate: the rounding stays
        ("for $40 million (£31 million) in all", 36_000_000, 44_000_000),
        ("for £30 million, or $40 million", 27_000_000, 33_000_000),
        ("for 40 million pounds in all", 39_500_000, 40_500_000),  # a currency written as a word
        ("for 30 million euros ($39 million)", 27_000_000, 33_000_000),
    ],
)
def test_a_sum_of_one_or_two_digits_before_a_scale_is_to_the_scales_unit(text: str, low: int, high: int) -> None:
    m = find_numbers(text)[0]
    assert (m.value.low, m.value.high) == (low, high)


def test_exactly_suppresses_rounding() -> None:
    m = find_numbers("Exactly 2,000 people came.")[0]
    assert (m.qualifier, str(m.value), m.granularity) == ("exactly", "2,000", "exact")


def test_an_approximate_figure_is_about_it() -> None:
    text = "The march drew an approximate 200,000 people."
    m = find_numbers(text)[0]
    assert m.qualifier == "about" and text[m.start : m.end] == "an approximate 200,000"
    assert not find_numbers("It has an approximate value.")


def test_about_reaches_no_further_than_the_digits_stated() -> None:
    # a tenth of the figure, but at most ten units of its last digit
    assert str(find_numbers("Turnout was some 88.41 percent.")[0].value) == "[88.31, 88.51]"
    assert str(find_numbers("about 7,000 people")[0].value) == "[6,300, 7,700]"
    assert str(find_numbers("about 1,450 homes")[0].value) == "[1,350, 1,550]"
    assert str(find_numbers("nearly 300 crewmen")[0].value) == "[270, 300)"


def test_hostile_digits_and_commas_run_in_linear_time() -> None:
    text = "1," * 500_000  # 1 MB
    t0 = time.perf_counter()
    assert find_numbers(text) == []
    assert time.perf_counter() - t0 < 5


def test_hostile_repeated_qualifiers_run_in_linear_time() -> None:
    text = "more than " * 10_000 + "5 people"
    t0 = time.perf_counter()
    matches = find_numbers(text)
    assert time.perf_counter() - t0 < 5
    assert len(matches) == 1
    m = matches[0]
    assert text[m.start : m.end] == "more than 5"
    assert m.qualifier == "more than" and str(m.value) == ">5"


_PIECES = "one Twenty ONE someone tens half dozen £ $ 7 3.5 - ' é x few Million é1 _ ninety".split() + [" ", " "]


@pytest.mark.parametrize("seed", range(40))
def test_sentences_skipped_by_the_quick_check_have_no_number(seed: int) -> None:
    """find_numbers skips a sentence the quick check does not match; that must never lose a number."""
    import random

    from factcheck import numbers

    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8)))
        scanner = numbers._Scanner(text)
        anchored = any(
            t.kind == "n" or t.low in numbers._ANCHOR_WORDS or t.text in numbers._CURRENCY_SYMBOLS for t in scanner.toks
        )
        if anchored:
            assert numbers._MAY_HAVE_NUMBER.search(text), text


def test_only_halves_to_sixteenths_follow_a_whole_number() -> None:
    # "2 1/2" is two and a half; "400 9/11 responders" is 400, then no fraction
    assert [m.value.low for m in find_numbers("He ran 2 1/2 miles.")] == [2.5]
    assert [m.value.low for m in find_numbers("More than 400 9/11 responders fell ill.")][:1] == [400.0]


def test_a_scale_glued_on_with_a_hyphen_is_the_amounts() -> None:
    m = find_numbers("Lenders agreed a 90-billion rescue.")[0]
    assert m.value.low is not None and m.value.low > 80e9
    m = find_numbers("It cost $120 - million in all.")[0]
    assert (m.unit_hint, m.end) == ("USD", len("It cost $120 - million"))
    assert m.value.low is not None and m.value.low > 100e6
    m = find_numbers("It cost $120 – million in all.")[0]  # an en dash, as some feeds print it
    assert (m.unit_hint, m.end) == ("USD", len("It cost $120 – million"))


@pytest.mark.parametrize(
    ("text", "surface", "unit", "low", "shown"),
    [
        ("Police ended a weeklong search.", "weeklong", "week", 0.7, "0.7-1.5 weeks"),
        # a working day: "a daylong strike" of 12 hours is one
        ("Unions called a day-long strike.", "day-long", "day", 0.3, "0.3-1.5 days"),
        ("A Decade-long war ended.", "Decade-long", "decade", 0.7, "0.7-1.5 decades"),
        ("The month-long siege ended.", "month-long", "month", 0.7, "0.7-1.5 months"),
    ],
)
def test_one_unit_as_an_adjective_is_about_one(text: str, surface: str, unit: str, low: float, shown: str) -> None:
    (m,) = find_numbers(text)
    assert (text[m.start : m.end], m.unit_hint, m.granularity, m.stated) == (surface, unit, "vague", 1.0)
    assert m.value == Interval(low, 1.5)
    # the explanation shows the article's own spelling and the range in its unit
    assert (m.steps[-1].source, m.steps[-1].result) == (surface, shown)
    assert surface in m.steps[-1].rule


@pytest.mark.parametrize(
    "text", ["Jurors sat through a two-week-long trial.", "It was a long week.", "A lifelong fan."]
)
def test_a_unit_long_after_a_number_or_no_unit_is_not_one(text: str) -> None:
    assert [m.stated for m in find_numbers(text)] == ([2.0] if "two" in text else [])


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # one unit is as wide as the unit: "nearly a week" fits "six days", as "about a week" does
        ("The hearing lasted nearly an hour.", "nearly an hour", "[0.7, 1)", "hour"),
        ("They were trapped for nearly a week.", "nearly a week", "[0.7, 1)", "week"),
        ("They were trapped for about a week.", "about a week", "[0.7, 1.5]", "week"),
        ("She left the firm more than a year ago.", "more than a year", ">1", "year"),
        ("The lights went out for about a minute.", "about a minute", "[0.7, 1.5]", "minute"),
        ("The farm lies less than a mile from the river.", "less than a mile", "[0, 1)", "mile"),
    ],
)
def test_a_unit_after_a_qualifier_is_one(text: str, surface: str, value: str, unit: str) -> None:
    (m,) = find_numbers(text)
    assert (text[m.start : m.end], str(m.value), m.unit_hint) == (surface, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "She wrote a film about a day at the zoo.",  # "about" a preposition
        "They argued over a day's pay.",
        "He lived about a mile and a half away.",  # the half is `half_claims`'
        "The talks took a week.",  # no qualifier
    ],
)
def test_a_unit_without_a_qualifier_of_it_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Shares finished 35.1pc higher.", [("35.1pc", "percent", 35.1)]),  # "pc", as British papers print it
        ("He bought 5 PCs for the office.", [("5", "", 5.0)]),
        ("The shares closed at 583p.", [("583p", "penny_sterling", 583.0)]),  # pence, beside shares
        ("It streams in 1080p.", []),
        # a change then the new level: two numbers, not a range from 12 to 118 million
        ("Profit rose 12 percent to 118 million euros.", [("12 percent", "percent", 12.0), ("118 million", "", 118e6)]),
        ("Between 12 and 18 percent voted.", [("Between 12 and 18 percent", "percent", 12.0)]),
    ],
)
def test_percentages_and_what_follows_them(text: str, found: list[tuple[str, str, float]]) -> None:
    assert [(text[m.start : m.end], m.unit_hint, m.stated) for m in find_numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Police handed over 40 rifles.", ""),
        # "spread over" is across, not more than; "split over" a sum is more than it
        ("The work is spread over 9 sites.", ""),
        ("The partners will split over $10 billion in profits.", "more than"),
        # "over" after other verbs may be a bound ("distributed over 500 food parcels")
        ("Volunteers distributed over 500 food parcels.", "more than"),
        # a bound after any other verb
        ("It took over 3 hours.", "more than"),
        ("The storm killed over 100 people.", "more than"),
    ],
)
def test_over_after_a_verb_it_belongs_to_bounds_nothing(text: str, qualifier: str) -> None:
    (m,) = find_numbers(text)
    assert m.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # a window a figure was counted in, right after what was counted
        ("He scored 41 goals over two seasons.", ""),
        ("The final was watched by 7.4 million people over seven days.", ""),
        ("Police arrested 40 over three nights.", ""),
        # a bound: after a word of lasting, "than", "just", or a verb
        ("The strike lasted over three days.", "more than"),
        ("Talks ran for over two weeks.", "more than"),
        ("I have been waiting over six years.", "more than"),
        # a noun with no figure before it: a bound
        ("The three robbers received sentences over ten years.", "more than"),
        ("Residents over 65 years will be offered the vaccine.", "more than"),
    ],
)
def test_over_a_span_right_after_what_was_counted_is_a_window(text: str, qualifier: str) -> None:
    spans = [m for m in find_numbers(text) if text[m.end : m.end + 12].split()[:1] != ["million"]]
    assert spans[-1].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # four digits between a verb and a plural noun count the noun, below the years of two centuries
        ("The carmaker will cut 1850 jobs.", [("1850", 1850.0)]),
        ("The mill employs 1200 workers.", [("1200", 1200.0)]),
        ("The firm missed 2020 targets.", []),
        ("The club won 2019 titles.", []),
        # a year: after a preposition or a determiner, before a singular noun, or after "were"
        ("In 1850 workers built the bridge.", []),
        ("The 1995 elections were rigged.", []),
        ("Profits were 2019 levels again.", []),
    ],
)
def test_four_digits_a_verb_puts_before_a_plural_noun_are_a_count(text: str, found: list[tuple[str, float]]) -> None:
    assert [(text[m.start : m.end], m.stated) for m in find_numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a scale word after the digits makes an amount of them, whatever capitalised word stands before
        ("The regulator fined the Ostley Hospitals Trust 2.2 million euros.", ["2.2 million"]),
        # a name's number stays a name's, also before a scale hyphened to a noun
        ("He flew a Boeing 737 to Rome.", []),
        ("The Line 2 billion-euro extension opened on Saturday.", []),
    ],
)
def test_a_scale_after_digits_after_a_name_is_an_amount(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a list with its verb left out: the name's figure repeats the noun of the one before it
        ("Ana Ruiz had 21.5 points, Lena Moss 17.2 points and Ivo Pell 9 points.", ["21.5", "17.2", "9"]),
        ("Ostley scored 3 goals and Brenford 2 goals.", ["3", "2"]),
        # a name's number stays a name's: no comma or "and" before the name, or the earlier figure a name's too
        ("He flew 20 flights on Boeing 737 jets and 4 flights on Airbus 320 flights.", ["20", "4"]),
        ("The Model 3 cars and Model 5 cars sold.", []),
    ],
)
def test_a_figure_after_a_name_in_a_gapped_list_is_a_number(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_numbers(text)] == found
