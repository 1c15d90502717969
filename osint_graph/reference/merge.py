"""The reference records as gazetteer entries, merged with the hand rows of `sources/gazetteers/`.

A hand row and a package record that stand for the same thing become one entry: countries by ISO
alpha-2, ports by UN/LOCODE (else by name within the same country, so a hand row without a code
gains the package's).  The hand row's name, aliases, demonyms, capital and coordinates come
first (they are the editorial spellings analysts meet); the package adds its names and fills
what the row left empty.

Some place names must not be matched bare, because in news they mostly mean something else:

- a common English word (`common_words.common_word_names`: "Split", "Colon");
- a country's capital ("Moscow denied...", "Seoul said..."): the Country entry's `capital`
  already lets the NLP side read it as the government, so no city is added under that name;
- for a port, the name of a city of `MIN_POPULATION` people when the package neither flags the
  port a terminal nor lists a sea route from it: the list also holds river and inland places
  (Kharkiv, Madrid, Seoul), which news means as cities.

A city so named is left out; a port so named keeps its name (its canonical name, found by a
typed look-up) but is matched in text only as "Port of X" and "X port" or where the context says
port (attribute `hidden_names`, which `Gazetteer` leaves out of untyped look-ups).

A port of the list with neither the package's terminal flag nor a sea route (a fishing harbour, a
small town's quay: Pylos, Kerch) is often named in news as the town, not as a port: its entry carries
`cue = port`, and the NLP side types a bare mention of it a Port only where the text says port
(osint_gazetteer and the context rules), else a Location.  A hand row merged onto it drops the
attribute (the analysts listed it as a port).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from osint_graph.gazetteer_entry import GazetteerEntry, fold_accents, split_multi
from osint_graph.gazetteer_entry import normalise_name as _normalise
from osint_graph.reference.airports import airfields
from osint_graph.reference.airports import source_note as airfield_note
from osint_graph.reference.common_words import MAJOR_CITY, common_word_names, common_words_among
from osint_graph.reference.countries import countries
from osint_graph.reference.countries import source_note as country_note
from osint_graph.reference.places import CITY_FILE_POPULATION, MIN_POPULATION, all_cities, cities
from osint_graph.reference.places import source_note as city_note
from osint_graph.reference.ports import ports
from osint_graph.reference.ports import source_note as port_note
from osint_graph.reference.regions import regions, subdivisions
from osint_graph.reference.regions import source_note as region_note

normalise_name = lru_cache(maxsize=65536)(_normalise)  # the same names are folded several times here


def _join(*groups: Iterable[str], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    skip = {normalise_name(x) for x in exclude}
    out: dict[str, str] = {}
    for group in groups:
        for value in group:
            key = normalise_name(value)
            if value and key and key not in skip and key not in out:
                out[key] = value
    return tuple(out.values())


def _merge(hand: GazetteerEntry | None, built: GazetteerEntry) -> GazetteerEntry:
    if hand is None:
        return built
    hidden = {normalise_name(n) for n in built.values("hidden_names")} - {normalise_name(n) for n in hand.names}
    aliases = _join(hand.aliases, (n for n in built.names if normalise_name(n) not in hidden), exclude=(hand.name,))
    attributes = {k: v for k, v in built.attributes.items() if k not in ("cue", "hidden_names", "reference")}
    for key, value in hand.attributes.items():
        if key in ("capital", "demonyms"):
            value = ";".join(_join(split_multi(value), split_multi(built.attributes.get(key))))
        if key == "source" and built.attributes.get("source"):
            value = f"{value}; merged with {built.attributes['source']}"
        attributes[key] = value
    return GazetteerEntry(hand.type, hand.name, aliases, {**built.identifiers, **hand.identifiers}, attributes)


@cache
def country_entries() -> tuple[GazetteerEntry, ...]:
    """Every ISO 3166-1 entry as a Country record (a demonym shared by two countries kept apart as a
    `shared_demonyms` value: it names a people, no one country: "Korean"); a special
    administrative region (CLDR's "SAR": Hong Kong, Macao) or a territory (`countries.territory_codes`:
    Puerto Rico, Gibraltar, Western Sahara) as a Location record."""
    records = countries()
    shared = Counter(normalise_name(d) for c in records for d in c.demonyms)
    note = country_note()
    out = []
    for c in records:
        demonyms = [d for d in c.demonyms if shared[normalise_name(d)] == 1]
        attributes = {"iso3": c.iso3, "source": note}
        if c.capital:
            attributes["capital"] = c.capital
        if demonyms:
            attributes["demonyms"] = ";".join(demonyms)
        if shared_here := [d for d in c.demonyms if shared[normalise_name(d)] > 1]:
            attributes["shared_demonyms"] = ";".join(shared_here)
        # a special administrative region ('Hong Kong') or a territory ('Puerto Rico', 'Gibraltar') is a
        # place of a state, as annotators type it
        etype = "Location" if c.special_region or c.territory else "Country"
        out.append(GazetteerEntry(etype, c.name, c.aliases, {"iso2": c.iso2}, attributes))
    return tuple(out)


def _guarded(names: Iterable[str], banned) -> tuple[list[str], list[str]]:
    """The names (the canonical first), plus "Port of X" and "X port" for those in `banned`; and
    the names in `banned` (hidden: not matched bare)."""
    names = list(names)
    hidden = [n for n in names if n in banned]
    return names + [f"Port of {n}" for n in hidden] + [f"{n} port" for n in hidden], hidden


@cache
def port_entries(banned: frozenset[str] = frozenset()) -> tuple[GazetteerEntry, ...]:
    """Every port of the package's list as a Port record; ports the list marks as terminals first.

    Names in `banned` or in the common-word list are hidden (matched only as "Port of X"); so are
    names of big cities for ports with neither the terminal flag nor a sea route (module doc).
    """
    common = common_word_names()
    big = {c.name for c in cities()}
    note = port_note()
    out = []
    for p in ports():
        inland = big if not p.terminal and not p.routes else frozenset()
        (name, *aliases), hidden = _guarded(
            (p.name, *p.aliases), {n for n in (p.name, *p.aliases) if n in common or n in banned or n in inland}
        )
        attributes = {"country": p.country, "lat": f"{p.lat:.4f}", "lon": f"{p.lon:.4f}", "source": note}
        attributes["reference"] = "yes"  # no hand row lists it (`_merge` drops the mark)
        if p.terminal:
            attributes["terminal"] = "yes"
        if not p.terminal and not p.routes:
            attributes["cue"] = "port"
        if hidden:
            attributes["hidden_names"] = ";".join(hidden)
        out.append(GazetteerEntry("Port", name, tuple(aliases), {"locode": p.locode}, attributes))
    out.sort(key=lambda e: e.attributes.get("terminal") != "yes")
    # ports sharing a name become one gazetteer entry whose attributes are the first's: a later
    # port's `cue` must not reach a terminal listed first
    first = {}
    for i, e in enumerate(out):
        key = normalise_name(e.name)
        if key in first and "cue" not in out[first[key]].attributes and "cue" in e.attributes:
            out[i] = GazetteerEntry(e.type, e.name, e.aliases, e.identifiers,
                                    {k: v for k, v in e.attributes.items() if k != "cue"})  # fmt: skip
        first.setdefault(key, i)
    return tuple(out)


@cache
def city_entries(min_population: int = MIN_POPULATION) -> tuple[GazetteerEntry, ...]:
    """GeoNames cities as Location records (kind `city`), biggest first."""
    note = city_note()
    out = []
    for c in sorted(cities(min_population), key=lambda c: -c.population):
        attributes = {"kind": "city", "country": c.country, "lat": f"{c.lat:.4f}", "lon": f"{c.lon:.4f}"}
        attributes |= {"population": str(c.population), "geonameid": str(c.geonameid), "source": note}
        out.append(GazetteerEntry("Location", c.name, (), {}, attributes))
    return tuple(out)


@cache
def region_entries() -> tuple[GazetteerEntry, ...]:
    """US states and ISO 3166-2 subdivisions as Location records (kind `region`, their country)."""
    note = region_note()
    return tuple(
        GazetteerEntry("Location", name, (), {}, {"kind": kind, "country": country, "source": note})
        for name, kind, country in regions()
    )


def airfield_entries() -> tuple[GazetteerEntry, ...]:
    """Airports and air bases named as such ('Incirlik Air Base') as Location records (kind `airfield`),
    with their coordinates as the other places have them (GeoJSON export)."""
    note = airfield_note()
    return tuple(
        GazetteerEntry(
            "Location",
            name,
            (),
            {},
            {"kind": "airfield", "country": country, "lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "source": note},
        )
        for name, country, lat, lon in airfields()
    )


def _key(entry: GazetteerEntry) -> tuple[str, str] | None:
    if entry.type == "Country" and entry.identifiers.get("iso2"):
        return ("Country", entry.identifiers["iso2"].upper())
    if entry.type == "Port" and entry.identifiers.get("locode"):
        return ("Port", entry.identifiers["locode"].replace(" ", "").upper())
    return None


def with_reference(hand_entries: Iterable[GazetteerEntry]) -> list[GazetteerEntry]:
    """The hand entries, merged with and followed by the reference records (the gazetteer's input).

    Hand rows keep their place (first) so that a name both a hand row and the package use
    resolves to the hand row; cities whose name already names a country, a port or a capital are
    left out.
    """
    hand = list(hand_entries)
    by_key = {k: i for i, e in enumerate(hand) if (k := _key(e))}
    hand_ports = {
        (normalise_name(n), e.attributes.get("country", "")): i
        for i, e in enumerate(hand)
        if e.type == "Port" and not e.identifiers.get("locode")
        for n in e.names
    }
    capitals = frozenset(c for e in (*hand, *country_entries()) if e.type == "Country" for c in e.values("capital"))
    extra: list[GazetteerEntry] = []
    for built in (*country_entries(), *port_entries(capitals)):
        index = by_key.get(_key(built))
        if index is None and built.type == "Port":
            country = built.attributes.get("country", "")
            index = next((hand_ports[(normalise_name(n), country)] for n in built.names
                          if (normalise_name(n), country) in hand_ports), None)  # fmt: skip
        if index is None:
            extra.append(built)
        else:
            hand[index] = _merge(hand[index], built)
    taken = {
        normalise_name(n)
        for e in (*hand, *extra)
        if e.type in ("Country", "Port")
        for n in e.names
        if n not in e.values("hidden_names")
    }
    taken |= {normalise_name(c) for c in capitals}
    hand_names = {normalise_name(n) for e in hand for n in e.names}
    places = [c for c in city_entries() if normalise_name(c.name) not in taken]
    taken_or_hand = taken | hand_names  # (one union, not one per region)
    # a region named like a people ('Somali', Ethiopia's region) would take every demonym for a place
    taken_or_hand |= {normalise_name(d) for e in (*hand, *extra) if e.type == "Country" for d in e.values("demonyms")}
    places += [r for r in region_entries() if normalise_name(r.name) not in taken_or_hand]
    places += [a for a in airfield_entries() if normalise_name(a.name) not in taken_or_hand]
    return [*hand, *extra, *places]


def expected_common_word_names() -> list[str]:
    """What `common_word_names.txt` must hold for the pinned packages (needs the dev packages)."""
    names = [c.name for c in all_cities() if CITY_FILE_POPULATION <= c.population < MAJOR_CITY]
    names += [n for p in ports() for n in (p.name, *p.aliases)]
    # a subdivision as the matcher folds it too: 'Falcón' is matched as the word 'falcon'
    names += [m for n, _ in subdivisions() for m in {n, fold_accents(n)}]
    return common_words_among(names)
