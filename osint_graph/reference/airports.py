"""Airfields as Location candidates, from `airportsdata` (ICAO records of airports, air bases and
landing strips, with the IATA code where the field has one).

News names airfields struck, closed or used by a navy's aircraft ("Baghdad International Airport",
"RAF Lossiemouth", "Incirlik Air Base"); the guidelines type them Location, and the model read them
as an organisation or as the town alone. Only fields with an IATA code (scheduled or well-known
fields, not private strips) whose name holds a word of `sources/rules/reference/airport_name_words.txt`
are kept: the name then says it is an airfield, so it cannot be a person's or a company's.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from osint_graph.reference._packages import package_dir, package_version, rule_word_list

WORDS_FILE = "reference/airport_name_words"


@cache
def _name_words() -> re.Pattern:
    words = rule_word_list(WORDS_FILE)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def kept(row: dict) -> bool:
    """An airportsdata row whose name is matched as a place: an IATA code, two words or more, no
    bracketed alternative, a word that says airfield."""
    name = (row.get("name") or "").strip()
    return bool(row.get("iata")) and len(name.split()) >= 2 and "(" not in name and bool(_name_words().search(name))


@cache
def airfields() -> tuple[tuple[str, str, float, float], ...]:
    """(name, ISO country code, latitude, longitude) of every kept airfield, once per name."""
    seen: dict[str, tuple[str, str, float, float]] = {}
    with (package_dir("airportsdata") / "airports.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if kept(row) and name not in seen:
                seen[name] = (name, row.get("country") or "", float(row["lat"]), float(row["lon"]))
    return tuple(seen.values())


def source_note() -> str:
    return f"airfields: airportsdata {package_version('airportsdata')}"
