"""Seaports with UN/LOCODE and coordinates: the port list that the `searoute` package ships.

searoute 1.6.0 (Apache-2.0) carries `searoute/data/ports.geojson`: 3,962 seaports, each a point
(lon, lat) with its UN/LOCODE (`port`), an English or local name and a country name. Every code
and position here comes from that file; nothing is guessed.  The country is the LOCODE's first
two letters (UN/LOCODE's country part is the ISO 3166-1 alpha-2 code).

The package spells some ports in a local or older form (Antwerpen, Odessa, Pusan, Cochin,
Tartous).  Taking the spelling of the nearest GeoNames town was tried and rejected: a fuzzy match
of nearby towns gave wrong aliases (Hamburg -> Harburg, Hamilton -> Milton, Liuzhou -> Luzhou).
The spellings analysts meet are hand rows of `sources/gazetteers/ports.csv` instead, merged onto
these records by LOCODE (`osint_graph.reference.merge`).

What the package writes after the town's name is dropped for an alias ('Batangas, Luzon' ->
'Batangas', 'Kuantan (Tanjong Gelang)' -> 'Kuantan'), and the town's own GeoNames record lends its
spellings (`town_spellings`): only the record of a town that already bears the port's name (its
name or one of its alternate names), in the port's country and within `TOWN_KM` of it, and of its
names only those written as an English text writes a place and that spell the port's own name
with the spaces, an Arabic article or a town word moved ('Khor Al Fakkan' -> 'Khor Fakkan',
'Khorfakkan', 'Port Khor Fakkan'; 'Zamboanga' -> 'Zamboanga City'), never one that drops a word
of it ('Port Victoria' lends no 'Victoria') nor another language's form of it ('Amburgo').  No
name is guessed: a town that does not bear the port's name lends none (Hamburg never meets Harburg).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache

from osint_graph.gazetteer_entry import fold_accents, normalise_name
from osint_graph.reference._packages import package_dir, package_version
from osint_graph.reference.places import all_cities, alternate_names

TOWN_KM = 30  # how far the town's GeoNames position may lie from the port's
# words a spelling may add to the port's name, or drop where the name has them: the Arabic article and
# the words for the town and its port ('Khor Al Fakkan' = 'Khor Fakkan' = 'Port Khor Fakkan')
ARTICLES = frozenset({"al", "el"})
TOWN_WORDS = frozenset({"city", "port", "town"})
# a spelling as a place name is written in English text: capitalised words, short lower-case particles
# ('Khor al Fakkan'), hyphens and apostrophes; no other script, no code ('KLF'), no lower-case form
_SPELLING = re.compile(r"[A-Z][a-z'\u2019.]+(?:[ -](?:[A-Z][a-z'\u2019.]+|[a-z]{1,3}))*")
_AFTER_NAME = re.compile(r"\s*(?:\(.*\)|,.*)$")  # 'Batangas, Luzon', 'Kuantan (Tanjong Gelang)'


@dataclass(frozen=True, slots=True)
class Port:
    """One seaport: UN/LOCODE, name, other spellings, ISO country, position (decimal degrees)."""

    locode: str
    name: str
    aliases: tuple[str, ...]
    country: str
    lat: float
    lon: float
    terminal: bool = False  # the package's `t` flag; where two ports share a name, these come first
    routes: int = 0  # how many countries the package lists sea routes to (`to_cty`); 0 for many inland ports


def _features() -> list[dict]:
    path = package_dir("searoute") / "data" / "ports.geojson"
    return json.loads(path.read_text(encoding="utf-8"))["features"]


@cache
def ports() -> tuple[Port, ...]:
    """Every port of the package's list, one record per UN/LOCODE, loaded once per process."""
    seen: dict[str, Port] = {}
    for feature in _features():
        props = feature.get("properties") or {}
        locode = (props.get("port") or "").strip().upper()
        name = (props.get("name") or "").strip()
        coords = (feature.get("geometry") or {}).get("coordinates") or ()
        if len(locode) != 5 or not name or len(coords) != 2:
            continue
        lon, lat = float(coords[0]), float(coords[1])
        terminal, routes = props.get("t") == 1, len(props.get("to_cty") or ())
        if locode in seen:  # a code listed twice: keep the first position, add the other spelling and flags
            old = seen[locode]
            aliases = old.aliases if name == old.name or name in old.aliases else (*old.aliases, name)
            seen[locode] = Port(
                locode,
                old.name,
                aliases,
                old.country,
                old.lat,
                old.lon,
                old.terminal or terminal,
                max(old.routes, routes),
            )
            continue
        seen[locode] = Port(locode, name, (), locode[:2], round(lat, 4), round(lon, 4), terminal, routes)
    spellings = town_spellings(tuple(seen.values()))
    out = []
    for p in seen.values():
        known = {normalise_name(n) for n in (p.name, *p.aliases)}
        extra = []
        for n in (_AFTER_NAME.sub("", p.name), *spellings.get(p.locode, ())):
            if n and normalise_name(n) not in known:
                known.add(normalise_name(n))
                extra.append(n)
        out.append(Port(p.locode, p.name, (*p.aliases, *extra), p.country, p.lat, p.lon, p.terminal, p.routes))
    return tuple(out)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def _same_name(spelling: str, name: str) -> bool:
    """Whether a spelling writes the name with its spaces, an article or a town word moved: 'Khorfakkan',
    'Port Khor Fakkan' for 'Khor Al Fakkan'; not 'Victoria' for 'Port Victoria' (a word dropped)."""
    own = normalise_name(name).split()
    words = [w for w in normalise_name(spelling).split() if w not in ARTICLES and (w not in TOWN_WORDS or w in own)]
    return "".join(words) == "".join(w for w in own if w not in ARTICLES)


def town_spellings(records: tuple[Port, ...]) -> dict[str, tuple[str, ...]]:
    """LOCODE -> the spellings of the port's town in GeoNames (module doc): the town must bear the
    port's name, lie in the port's country within `TOWN_KM`, and each spelling must be written as a
    place name in English and spell the port's own name (`_same_name`)."""
    cells: dict[tuple[str, int, int], list] = {}  # the towns by country and one-degree cell
    for c in all_cities():
        cells.setdefault((c.country, math.floor(c.lat), math.floor(c.lon)), []).append(c)
    alternates = alternate_names()
    out = {}
    for p in records:
        base = _AFTER_NAME.sub("", p.name) or p.name
        names = {n.casefold() for n in (p.name, base, *p.aliases)}
        found: list[str] = []
        lat, lon = math.floor(p.lat), math.floor(p.lon)
        near = [c for a in (-1, 0, 1) for b in (-1, 0, 1) for c in cells.get((p.country, lat + a, lon + b), ())]
        for c in near:
            if abs(c.lat - p.lat) > 0.3 or _km(p.lat, p.lon, c.lat, c.lon) > TOWN_KM:
                continue
            others = alternates.get(c.geonameid, ())
            if not names & {n.casefold() for n in (c.name, fold_accents(c.name), *others)}:
                continue  # a town near the port that does not bear its name lends nothing
            for n in (c.name, *others):
                if _SPELLING.fullmatch(n) and len(n) >= 4 and _same_name(n, base):
                    found.append(n)
        if found:
            out[p.locode] = tuple(dict.fromkeys(found))
    return out


def source_note() -> str:
    return f"locode, name, coordinates: searoute {package_version('searoute')} port list (ports.geojson)"
