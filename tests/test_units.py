"""Issue 18, quantities: unit symbols parsed by pint, currencies from ISO 4217, scientific notation
and ± uncertainty, prison terms, dimension adjectives and percentages of a measure (turnout)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.numeric import extract_sentence
from factcheck.models import ClaimKind, Interval, Sentence, Verdict
from factcheck.numbers import find_numbers
from factcheck.text import LineIndex
from factcheck.units import canonical_factor, currency_code, currency_sign, read_symbol


def quantities(sentence: str) -> list[tuple[str, str, str]]:
    """(key, unit, surface) of the quantity claims of one sentence."""
    claims = extract_sentence("a.txt", Sentence(0, len(sentence), sentence, 0), None, LineIndex(sentence))
    return [(c.key, c.unit, c.surface) for c in claims if c.kind is ClaimKind.QUANTITY]


def value_of(sentence: str) -> Interval | None:
    claims = extract_sentence("a.txt", Sentence(0, len(sentence), sentence, 0), None, LineIndex(sentence))
    (claim,) = [c for c in claims if c.kind is ClaimKind.QUANTITY]
    return claim.value


# --------------------------------------------------------------------------------- unit symbols

SYMBOLS = [
    ("The car hit 120 km/h on the road.", ("speed", "kilometer / hour", "120 km/h")),
    ("Temperatures reached 40°C in the city.", ("temperature", "degree_Celsius", "40°C")),
    ("Temperatures reached 40 °C in the city.", ("temperature", "degree_Celsius", "40 °C")),
    ("The steel withstands 250 MPa.", ("pressure", "kilopascal", "250 MPa")),
    ("Wind speeds of 30 m s−1 were recorded.", ("speed", "kilometer / hour", "30 m s−1")),
    ("Police chased him at 120 mph.", ("speed", "kilometer / hour", "120 mph")),
    ("The plant used 500 kWh.", ("energy", "kilowatt_hour", "500 kWh")),
    ("Each dose holds 50μg.", ("weight", "kilogram", "50μg")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), SYMBOLS, ids=[s for s, _ in SYMBOLS])
def test_unit_symbols_are_units_not_counted_nouns(sentence: str, expected: tuple[str, str, str]) -> None:
    assert quantities(sentence) == [expected]


def test_symbols_convert_with_pint() -> None:
    # 50 μg is 5e-8 kg, not 50 g (the "μ" is no separate word); 104 °F is 40 °C; 120 mph 193 km/h
    dose = value_of("Each dose contains 50 μg of the drug.")
    assert dose is not None and dose.low == dose.high == pytest.approx(5e-8)
    low = value_of("It was 104 °F outside.")
    assert low is not None and low.low == pytest.approx(40.0)
    speed = value_of("He drove at exactly 120 mph.")
    assert speed is not None and speed.low == pytest.approx(193.12128)
    assert canonical_factor("mile", "hour") == ("kilometer / hour", pytest.approx(1.609344))


@pytest.mark.parametrize(
    "text",
    [" in the house", " a day", " at noon", " s", " h later", " m from here", " G", "pm", " C", " g of salt"],
)
def test_words_pint_would_misread_are_not_units(text: str) -> None:
    # to pint "in" is an inch, "a" a year, "at" an atmosphere, "pm" a picometre, "C" a coulomb
    assert read_symbol(text, 0) is None


def test_m_alone_is_a_metre_only_before_a_dimension_adjective() -> None:
    assert read_symbol(" m long", 0) == ("meter", 2)
    assert read_symbol(" m from the shore", 0) is None
    # glued "m" stays a million, but for a length: "240m long"
    (money,) = find_numbers("The club paid $50m for him.")
    assert money.value.low is not None and money.value.low > 1e7
    assert quantities("The tower is 300m tall.") == [("tower", "kilometer", "300m tall")]


def test_designations_and_clock_times_are_still_not_units() -> None:
    assert [m.stated for m in find_numbers("The 5G network opened at 3pm in the 1990s.")] == []


# ----------------------------------------------------------------------------------- currencies

MONEY = [
    ("The insurer will pay $3.2 billion.", "USD", 3.2e9),
    ("The firm paid US$5m in fines.", "USD", 5e6),
    ("Tickets cost €40 each.", "EUR", 40),
    ("The deal cost £1.2bn.", "GBP", 1.2e9),
    ("The company lost 3.5bn dollars.", "USD", 3.5e9),
    ("The fund holds USD 40 million.", "USD", 4e7),
    ("The city spent 40 million euros on repairs.", "EUR", 4e7),
    ("The firm paid NZ$5 million to settle.", "NZD", 5e6),
    ("The firm paid SEK 40 million to settle.", "SEK", 4e7),
    ("The bank lent ₩40bn to the firm.", "KRW", 4e10),
    ("The project will cost Rs 500 crore.", "INR", 5e9),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "code", "amount"), MONEY, ids=[m[0] for m in MONEY])
def test_money_in_its_currency(sentence: str, code: str, amount: float) -> None:
    claims = extract_sentence("a.txt", Sentence(0, len(sentence), sentence, 0), None, LineIndex(sentence))
    (claim,) = [c for c in claims if c.kind is ClaimKind.QUANTITY]
    assert claim.unit == code
    assert claim.stated == pytest.approx(amount)


def test_iso_codes_come_from_cldr_and_words_are_not_codes() -> None:
    assert currency_code("SEK") == "SEK" and currency_code("NZD") == "NZD"
    assert currency_code("ALL") == "" and currency_code("TOP") == "" and currency_code("THE") == ""
    assert currency_sign("₽") == "RUB" and currency_sign("$") == "USD"
    assert [c for c in quantities("TOP 10 films of the year.") if c[1]] == []


def _check(tmp_path: Path, texts: dict[str, str]):
    from factcheck.api import check

    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return check([tmp_path])


def test_amounts_in_two_currencies_are_never_a_conflict(tmp_path: Path) -> None:
    # grouped by unit: USD and EUR are two groups (pint keeps each currency a dimension of its own)
    report = _check(
        tmp_path,
        {
            "a.txt": "The insurer Halden Mutual agreed to pay $3.2 billion to cover the storm damage, its chief said.",
            "b.txt": "The insurer Halden Mutual agreed to pay €2.9 billion to cover the storm damage, its chief said.",
        },
    )
    money = [f for f in report.findings if f.kind is ClaimKind.QUANTITY and f.key == "money"]
    assert money and not [f for f in money if f.verdict is Verdict.CONFLICT]
    # the same amounts in one currency are compared
    (tmp_path / "b.txt").write_text(
        "The insurer Halden Mutual agreed to pay $2.9 billion to cover the storm damage, its chief said.",
        encoding="utf-8",
    )
    from factcheck.api import check

    assert [f for f in check([tmp_path]).findings if f.verdict is Verdict.CONFLICT and f.key == "money"]


# ------------------------------------------------------------- scientific notation, uncertainty

NOTATION = [
    ("The sample had 3.2e6 cells.", 3.2e6),
    ("The virus has 3.2 × 10^6 copies.", 3.2e6),
    ("The sample had 1.5×10⁶ cells.", 1.5e6),
    ("The dose was 2 x 10^-3 grams.", 2e-3),
]


@pytest.mark.parametrize(("sentence", "stated"), NOTATION, ids=[n[0] for n in NOTATION])
def test_scientific_notation(sentence: str, stated: float) -> None:
    (m,) = find_numbers(sentence)
    assert m.stated == pytest.approx(stated)


def test_plus_minus_is_a_range() -> None:
    (m,) = find_numbers("The magnitude was put at 7.1 ± 0.2 by the survey.")
    assert (m.value.low, m.value.high) == (pytest.approx(6.9), pytest.approx(7.3))
    assert m.stated == pytest.approx(7.1) and m.granularity == "range"
    (m,) = find_numbers("Support was 45 +/- 3% in the poll.")
    assert (m.value.low, m.value.high, m.unit_hint) == (42, 48, "percent")


# ---------------------------------------------------------------------------------- prison terms

TERMS = [
    "He was sentenced to 12 years in prison.",
    "He was jailed for 12 years.",
    "He received a 12-year sentence.",
    "He will spend 12 years behind bars.",
    "He got a 12-year prison term.",
    "He was sentenced to twelve years in an Atlanta penitentiary.",
]


@pytest.mark.parametrize("sentence", TERMS)
def test_prison_terms_are_one_key(sentence: str) -> None:
    ((key, unit, _),) = quantities(sentence)
    assert (key, unit) == ("sentence", "day")
    assert value_of(sentence) == Interval.point(4383.0)


def test_other_durations_are_not_prison_terms() -> None:
    assert [k for k, _, _ in quantities("The talks lasted 12 years.")] == ["duration"]


# --------------------------------------------------------------------------- dimension adjectives


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("The bridge is 240 metres long.", "bridge"),
        ("The 240 metres long bridge opened.", "bridge"),
        ("A 300-metre bridge opened.", "bridge"),
        ("A 300m-long bridge opened.", "bridge"),
        ("The Harbour Bridge is 300 feet tall.", "bridge"),
        ("It was about 30 metres deep.", "depth"),
    ],
)
def test_dimension_adjectives_key_by_the_thing(sentence: str, key: str) -> None:
    ((got, unit, _),) = quantities(sentence)
    assert (got, unit) == (key, "kilometer")


# ------------------------------------------------------------------------------------- percentages


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Turnout was 88.4%.", "turnout"),
        ("88.4 percent of voters turned out.", "turnout"),
        ("Turnout in the regional election held the same week was 88.4%, officials said.", "turnout"),
        ("Some 81 percent of the nation's eligible voters cast their ballots.", "turnout"),
        ("The president's approval rating fell to 38 percent.", "approval"),
        ("The unemployment rate was 5%.", "unemployment"),
        ("The economy saw 3% growth.", "growth"),
        ("About 40 percent of the buildings were damaged.", "percent of building"),
    ],
)
def test_percentages_of_a_measure(sentence: str, key: str) -> None:
    ((got, unit, _),) = quantities(sentence)
    assert (got, unit) == (key, "percent")


def test_invented_pair_conflicts_on_turnout_length_sentence_and_time(tmp_path: Path) -> None:
    report = _check(
        tmp_path,
        {
            "a.txt": (
                "A strong quake struck the coastal town of Velmor at 6:40 a.m. on Tuesday, the survey said.\n"
                "Turnout in the regional election held the same week was 88.4%, officials said.\n"
                "The mayor, Ida Varga, said the town would rebuild the 240 metres long Kessel Bridge.\n"
                "The court in Velmor sentenced the builder Tomas Brenn to 12 years in prison for fraud.\n"
            ),
            "b.txt": (
                "A strong earthquake hit the coastal town of Velmor at 6:50 a.m. on Tuesday, the survey said.\n"
                "Turnout was 91.2% in the regional election that week, officials said.\n"
                "Mayor Ida Varga promised to rebuild the 300-metre Kessel Bridge.\n"
                "The builder Tomas Brenn was jailed for 10 years by the court in Velmor for fraud.\n"
            ),
        },
    )
    conflicts = {(f.kind, f.key) for f in report.by_verdict(Verdict.CONFLICT)}
    assert (ClaimKind.QUANTITY, "turnout") in conflicts
    assert (ClaimKind.QUANTITY, "bridge") in conflicts
    assert (ClaimKind.QUANTITY, "sentence") in conflicts
    assert (ClaimKind.TIME, "earthquake") in conflicts
