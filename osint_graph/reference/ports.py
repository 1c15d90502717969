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
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from osint_graph.reference._packages import package_dir, package_version


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
    return tuple(seen.values())


def source_note() -> str:
    return f"locode, name, coordinates: searoute {package_version('searoute')} port list (ports.geojson)"
