"""The one shared pint registry, created lazily, and our lexicon of surface unit words.

Surface tokens go through ``UNIT_WORDS`` before pint sees them: to pint "a" is a year and "in" an
inch, so free text is never handed to pint's parser. Counted things (deaths, websites) are not pint
units: the counted noun is the claim's key and pint handles the measurement part (rates, lengths,
masses, durations, currencies).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pint

CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "HKD", "AUD", "CAD", "CHF", "MYR", "PHP", "SGD")

UNIT_WORDS: dict[str, str] = {
    # lengths
    "km": "kilometer",
    "kilometre": "kilometer",
    "kilometres": "kilometer",
    "kilometer": "kilometer",
    "kilometers": "kilometer",
    "mile": "mile",
    "miles": "mile",
    "metre": "meter",
    "metres": "meter",
    "meter": "meter",
    "meters": "meter",
    "cm": "centimeter",
    "centimetre": "centimeter",
    "centimeter": "centimeter",
    "centimetres": "centimeter",
    "centimeters": "centimeter",
    "mm": "millimeter",
    "millimetre": "millimeter",
    "millimeter": "millimeter",
    "millimetres": "millimeter",
    "millimeters": "millimeter",
    "feet": "foot",
    "foot": "foot",
    "ft": "foot",
    "inch": "inch",
    "inches": "inch",
    # masses
    "kg": "kilogram",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kilogrammes": "kilogram",
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "ton": "metric_ton",
    "tons": "metric_ton",
    "gram": "gram",
    "grams": "gram",
    "g": "gram",
    "mg": "milligram",
    "milligrams": "milligram",
    "lb": "pound",
    "lbs": "pound",
    # durations
    "second": "second",
    "seconds": "second",
    "minute": "minute",
    "minutes": "minute",
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade_of_years",
    "decades": "decade_of_years",
    "century": "century",
    "centuries": "century",
    # money
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "yen": "JPY",
    "rupees": "INR",
    "rupee": "INR",
    "ringgit": "MYR",
    "pesos": "PHP",
    "peso": "PHP",
    "sterling": "GBP",
    "gbp": "GBP",
    "pence": "penny_sterling",
    # area and volume
    "hectares": "hectare",
    "hectare": "hectare",
    "acres": "acre",
    "acre": "acre",
    "litres": "liter",
    "liters": "liter",
    "litre": "liter",
    "liter": "liter",
    "barrels": "oil_barrel",
}
"""Surface word (lower case) -> pint unit name."""

RATE_WORDS: dict[str, str] = {
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
}
"""Adverbs that make a quantity a rate: surface word -> the per-unit."""

CANONICAL: dict[str, str] = {
    "[currency_GBP]": "GBP",
    "[length]": "kilometer",
    "[mass]": "kilogram",
    "[time]": "day",
    "[length] ** 2": "hectare",
    "[length] ** 3": "liter",
    "[length] / [time]": "kilometer / hour",
    "[temperature]": "degree_Celsius",
    "[mass] / [length] / [time] ** 2": "kilopascal",
    "[mass] * [length] ** 2 / [time] ** 2": "kilowatt_hour",
    "[mass] * [length] ** 2 / [time] ** 3": "kilowatt",
}
"""The unit each dimension is reported in (by pint's name of the dimension), so that equal
quantities print equally: 120 mph and 193 km/h are one speed, 40 °C and 104 °F one temperature."""


@functools.cache
def registry() -> pint.UnitRegistry:
    """The shared registry; importing pint costs ~0.3 s, so only commands that need it pay.

    Currencies are units of dimensions of their own (``[currency_USD]``): two currencies never
    convert into each other (rates move), so amounts in two are never one group. The common ones
    are defined here, any other ISO 4217 code when first used (``define_currency``).
    """
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry(cache_folder=":auto:")
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    # pint's "decade" is a logarithmic ratio (a factor of ten), not ten years
    ureg.define("decade_of_years = 10 * year")
    ureg.define(f"{PENCE} = 0.01 * GBP")  # a share's price in London is quoted in pence
    return ureg


@functools.cache
def define_currency(code: str) -> str:
    """``code`` as a unit of the shared registry (defined once), for a currency ``is_currency`` knows."""
    ureg = registry()
    if code not in ureg:
        ureg.define(f"{code} = [currency_{code}]")
    return code


PENCE = "penny_sterling"
"""pint's name of a hundredth of a pound ("540 pence", "540p a share"): read as pounds (5.40 GBP)."""


def is_currency(unit: str) -> bool:
    """Whether a claim's unit is a currency code (or pence, a hundredth of one)."""
    return unit in CURRENCIES or unit == PENCE or (len(unit) == 3 and unit.isupper() and unit in iso_currencies())


# ------------------------------------------------------------------------------------ currencies

NOT_CURRENCY_CODES = frozenset("ALL AMD BAM BOB CUP GEL MAD MOP PEN RON SAR SOS TOP TRY".split())
"""ISO 4217 codes that are also English words or common acronyms ("ALL 40 PASSENGERS", "TOP 10"):
not read as currencies from text."""


@functools.cache
def iso_currencies() -> frozenset[str]:
    """The ISO 4217 codes legal tender somewhere today (153), from babel's copy of the Unicode
    CLDR (babel is imported only when a text has a capitalised three-letter word beside a number
    that is not one of ``CURRENCIES``: ~10 ms once)."""
    from babel.core import get_global

    return frozenset(
        code
        for entries in get_global("territory_currencies").values()
        for code, _start, end, tender in entries
        if end is None and tender
    )


def currency_code(word: str) -> str:
    """``word`` when it is an ISO 4217 code read as a currency in text ("SEK", "NZD"), else ""."""
    if word in CURRENCIES:
        return word
    if len(word) != 3 or not word.isupper() or word in NOT_CURRENCY_CODES or not word.isalpha():
        return ""
    return word if word in iso_currencies() else ""


CURRENCY_SIGNS: dict[str, str] = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
"""The signs whose currency news in English means by default ("$" is also the sign of 26 other
dollars and pesos; a text names those "A$", "NZ$", "C$")."""

SIGN_CHARACTERS = frozenset(
    ch
    for cp in (*range(0x24, 0x25), *range(0xA2, 0xA6), *range(0x20A0, 0x20C1))
    if unicodedata.category(ch := chr(cp)) == "Sc"
)
"""Unicode's currency signs (category Sc) of the Latin-1 and Currency Symbols blocks: "₩", "₽",
"₺", "₦"... A number after one is an amount of the currency whose sign it is (``currency_sign``)."""


def currency_sign(sign: str) -> str:
    """The ISO 4217 code of a currency sign, or "" when no one currency has it."""
    return CURRENCY_SIGNS.get(sign) or _sign_table().get(sign, "")


@functools.cache
def _sign_table() -> dict[str, str]:
    """Sign -> code for every currency sign of ``SIGN_CHARACTERS`` that CLDR gives one current
    currency in its territory's main locale (babel; ~0.4 s, paid only by a text that has such a
    sign that is not in ``CURRENCY_SIGNS``)."""
    from babel import Locale
    from babel.core import get_global

    found: dict[str, set[str]] = {}
    for territory, entries in get_global("territory_currencies").items():
        codes = [code for code, _start, end, tender in entries if end is None and tender]
        if not codes:
            continue
        try:
            symbols = Locale.parse(f"und_{territory}").currency_symbols
        except Exception:  # babel raises several kinds of error for a territory without a locale
            continue
        for code in codes:
            sign = symbols.get(code, "")
            if sign in SIGN_CHARACTERS:
                found.setdefault(sign, set()).add(code)
    return {sign: codes.pop() for sign, codes in found.items() if len(codes) == 1}


# ---------------------------------------------------------------------------------- unit symbols

_PREFIXES = ("k", "M", "G", "T", "m", "µ", "μ", "c", "n")
_BASES = ("m", "g", "W", "Wh", "V", "Pa", "Hz", "J", "L", "l", "eV", "bar")
SYMBOLS = (
    frozenset(p + b for p in _PREFIXES for b in _BASES)
    | frozenset("mph kph kmh kmph ft lb lbs oz mi yd nmi ha Pa Hz ppm ppb dB kcal hPa".split())
) - frozenset("nm Mm Mg Ml ML TL TV MV cW cV cPa cHz cJ cbar nbar nHz".split())
"""Unit symbols read after a number, spaced or glued ("250 MPa", "50μg", "120 mph"): an SI prefix
and a base symbol, or a symbol of its own. Left out: "nm" (nanometres to pint, nautical miles in
news), "TL" (Turkish lira), "TV", "MV" (a motor vessel)..."""
GLUED_LETTERS = frozenset("g t l L C F W V J".split())
"""One-letter symbols read only glued to the digits ("5g", "40C", "3t"): spaced, "a", "in",
"at", "s", "h" and "m" are words or too ambiguous. "m" (metre, and million in "$5m") is read only
before a dimension adjective ("240m long", "a 240 m high tower") or inside a compound ("m/s")."""
COMPOUND_LETTERS = frozenset("m g s h l L t W J V A K N".split())
"""One-letter symbols read inside a compound ("km/h", "m s−1", "W m−2")."""
DIMENSION_ADJECTIVES = frozenset("long high tall wide deep thick".split())
"""Adjectives after a length that say what it measures ("240 metres long")."""
METRE_CUES = frozenset("into down underground".split())
"""Words after a glued "m" that make it metres when a verb of falling or lying is just before the
number (``FALL_BEFORE``) and no currency: "fell 45m into a gorge", "trapped 300m underground";
not "pour 30m into road repairs", "sales came in 9m below forecasts"."""
FALL_BEFORE = re.compile(
    r"\b(?:fell|falls?|falling|plunged|plunging|plummeted|dropped|tumbled|slid|sank|crashed|trapped|buried"
    r"|stuck|lies|lay|lying)\s+(?:about|some|nearly|almost|around|roughly|more\s+than\s+)?\s*\Z",
    re.IGNORECASE,
)
"""A verb of falling or lying just before a number (a qualifier between): "fell 60m", "trapped about 400m"."""
FALL_REACH = 40
"""Characters before a number searched for ``FALL_BEFORE``."""


def fall_before(text: str, start: int) -> bool:
    """Whether a verb of falling or lying stands just before the number starting at ``start``."""
    return FALL_BEFORE.search(text, max(0, start - FALL_REACH), start) is not None


_ALIASES = {"C": "degC", "F": "degF", "kmh": "km/h", "kmph": "km/h", "lbs": "lb", "℃": "degC", "℉": "degF"}

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻−", "0123456789--")
_ATOM = re.compile(r"(°\s?)?([A-Za-zµμ]{1,4})(?![A-Za-z])((?:\^|\*\*)?[-−]?[0-9](?![0-9.,])|[⁻¹²³]{1,3})?|([℃℉])")
"""One unit symbol, its degree sign and exponent: "km", "°C", "m²", "s−1", "m^2", "℃"."""
SPACE_SEPS = frozenset(" \u00a0\u202f\u2009")


def read_symbol(text: str, pos: int) -> tuple[str, int] | None:
    """The unit symbol written at ``text[pos:]`` right after a number, as pint's name of the unit
    ("kilometer / hour") and the offset where the symbol ends; None when what follows is no unit
    symbol (or only a word pint would misread: "a" is a year and "in" an inch to pint).

    Symbols are parsed by pint (the shared registry); what is handed to it is guarded: known
    symbols (``SYMBOLS``), glued letters (``GLUED_LETTERS``), compounds of symbols joined by "/",
    "·" or a space before a negative exponent ("km/h", "m s−1"), or "m" before a dimension
    adjective.
    """
    spaced = pos < len(text) and text[pos] in SPACE_SEPS
    start = pos + 1 if spaced else pos
    parts: list[str] = []
    atoms: list[tuple[str, str, str]] = []  # (degree sign, symbol, exponent)
    end = start
    m = _ATOM.match(text, start)
    while m is not None:
        if m.group(4):
            atoms.append(("°", _ALIASES[m.group(4)], ""))
        else:
            atoms.append((m.group(1) or "", m.group(2), (m.group(3) or "").translate(SUPERSCRIPTS).lstrip("^*")))
        end = m.end()
        parts.append("*" if len(parts) == 0 else parts[-1])
        nxt = text[end : end + 1]
        if nxt in ("/", "·", "⋅") and len(atoms) < 3:
            m = _ATOM.match(text, end + 1)
            parts[-1] = "/" if nxt == "/" else "*"
            if m is None:
                break
            continue
        if nxt == " " and len(atoms) < 3:
            m2 = _ATOM.match(text, end + 1)
            if m2 is not None and m2.group(3) and m2.group(3).translate(SUPERSCRIPTS).lstrip("^*").startswith("-"):
                parts[-1] = "*"
                m = m2
                continue
        break
    if not atoms:
        return None
    joins = parts[: len(atoms) - 1]
    if len(atoms) > 1:
        if not all(a[1] in SYMBOLS or a[1] in COMPOUND_LETTERS for a in atoms):
            return None
    else:
        degree, sym, exponent = atoms[0]
        ok = (
            sym in SYMBOLS
            or (degree and sym in ("C", "F", "degC", "degF"))
            or (not spaced and sym in GLUED_LETTERS)
            or (exponent and sym in COMPOUND_LETTERS)
            or (sym == "m" and (_adjective_follows(text, end) or _fell_metres(text, pos, end)))
        )
        if not ok:
            return None
    expr = ""
    for k, (degree, sym, exponent) in enumerate(atoms):
        name = _ALIASES.get(sym, sym) if (degree or sym not in ("C", "F") or len(atoms) == 1) else sym
        if degree and name in ("C", "F"):
            name = "deg" + name
        expr += (joins[k - 1] if k else "") + name + (f"^{exponent}" if exponent else "")
    unit = _parse(expr)
    return (unit, end) if unit else None


def _adjective_follows(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in DIMENSION_ADJECTIVES


def _fell_metres(text: str, pos: int, end: int) -> bool:
    """Whether "m" glued to the number ending at ``pos`` is metres of a fall (``METRE_CUES``,
    ``FALL_BEFORE``): "fell 45m into a gorge"."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m.group(1).lower() not in METRE_CUES or (pos < len(text) and text[pos] in SPACE_SEPS):
        return False
    start = pos
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    return fall_before(text, start)


_NEXT_WORD = re.compile(r"[\s-]([A-Za-z]+)")


@functools.lru_cache(maxsize=512)
def _parse(expr: str) -> str:
    """pint's name of the unit ``expr`` ("km/h" -> "kilometer / hour"), or "" when pint knows none."""
    try:
        return str(registry().parse_units(expr))
    except Exception:  # pint raises several kinds of error for what it cannot parse
        return ""


def glued_symbol(word: str) -> bool:
    """Whether letters glued to digits are a unit symbol ("5km", "250MPa", "50μg"), so that the
    number stands ("5G", "3pm" and "1990s" are not)."""
    return word in SYMBOLS or word in GLUED_LETTERS or word == "m"


def quantity(value: float, unit: str) -> pint.Quantity:
    """``Q_(value, unit)`` on the shared registry."""
    ureg = registry()
    return ureg.Quantity(value, unit)


@functools.lru_cache(maxsize=1024)
def canonical_factor(unit: str, per: str = "") -> tuple[str, float]:
    """The canonical unit for ``unit`` (optionally ``/ per``) and the factor to convert to it
    (worked out by pint once per unit: articles use few units, many times).

    ``canonical_factor("mile")`` -> ``("kilometer", 1.609...)``;
    ``canonical_factor("", "month")`` -> ``("1 / year", 12.0)`` (a count per month is 12 per year).
    """
    ureg = registry()
    if unit and is_currency(unit):
        define_currency(unit)
    base = ureg.Quantity(1, unit or "dimensionless")
    target: Any = ureg.Unit("dimensionless")
    if unit:
        dims = str(base.dimensionality)
        if dims in CANONICAL:
            target = ureg.Unit(CANONICAL[dims])
        else:
            target = base.units
    offset = canonical_offset(unit) if unit else 0.0
    if offset or str(target) == CANONICAL["[temperature]"]:
        # an offset unit: the factor is the slope (pint multiplies no temperature by a rate)
        return str(target), float(ureg.Quantity(1, unit).to(target).magnitude) - offset
    if per:
        base = base / ureg.Quantity(1, per)
        # "120 miles an hour" is a speed (km/h); a count or an amount a month is per year
        rate = CANONICAL.get(str(base.dimensionality)) if unit else None
        target = ureg.Unit(rate) if rate else target / ureg.Unit("year")
    converted = base.to(target)
    label = str(target) if (unit or per) else ""
    return label, float(converted.magnitude)


@functools.lru_cache(maxsize=256)
def canonical_offset(unit: str) -> float:
    """What converting ``unit`` to its canonical unit adds after ``canonical_factor``'s factor: 0
    but for temperatures (104 °F is 40 °C: 104 x 5/9 - 17.78)."""
    ureg = registry()
    q = ureg.Quantity(0, unit)
    if str(q.dimensionality) != "[temperature]":
        return 0.0
    return float(q.to(CANONICAL["[temperature]"]).magnitude)
