"""The one shared pint registry, created lazily, and our lexicon of surface unit words.

Surface tokens go through ``UNIT_WORDS`` before pint sees them: to pint "a" is a year and "in" an
inch, so free text is never handed to pint's parser. Counted things (deaths, websites) are not pint
units: the counted noun is the claim's key and pint handles the measurement part (rates, lengths,
masses, durations, currencies).
"""

from __future__ import annotations

import functools
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
    "centimetres": "centimeter",
    "centimeters": "centimeter",
    "feet": "foot",
    "foot": "foot",
    "ft": "foot",
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
    "decade": "decade",
    "decades": "decade",
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
    "[length]": "kilometer",
    "[mass]": "kilogram",
    "[time]": "day",
    "[area]": "hectare",
    "[volume]": "liter",
}
"""The unit each dimension is reported in, so that equal quantities print equally."""


@functools.cache
def registry() -> pint.UnitRegistry:
    """The shared registry; importing pint costs ~0.3 s, so only commands that need it pay."""
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry(cache_folder=":auto:")
    for code in CURRENCIES:
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


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
    base = ureg.Quantity(1, unit or "dimensionless")
    target: Any = ureg.Unit("dimensionless")
    if unit:
        dims = str(base.dimensionality)
        if dims in CANONICAL:
            target = ureg.Unit(CANONICAL[dims])
        else:
            target = base.units
    if per:
        base = base / ureg.Quantity(1, per)
        target = target / ureg.Unit("year")
    converted = base.to(target)
    label = str(target) if (unit or per) else ""
    return label, float(converted.magnitude)
