"""The gazetteers and the source registry as typed, frozen records.

`sources/registry.csv` and `sources/gazetteers/*.csv` are read by column name;
a missing file or column is simply empty, so the extractor works (less well)
on a checkout without data.  `normalise_name` (in `gazetteer_entry`, re-exported
here) is the one folding of names that the NLP stage and the resolver share: two
names that normalise alike are the same name.  `load_gazetteer` merges the hand
rows with the reference data of `osint_graph.reference` by default.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from osint_graph.gazetteer_entry import GazetteerEntry, entity_key, normalise_name, split_multi  # noqa: F401  (re-exported)
from osint_graph.model import entity_id as make_entity_id

TYPES = ("Vessel", "Port", "Person", "Organization", "Outlet", "Country", "Location", "Weapon")
OUTLET_KINDS = frozenset({"outlet", "agency"})

# file (relative to the sources folder) -> entry type (None: decided per row)
FILES: dict[str, str | None] = {
    "registry.csv": None,
    "gazetteers/vessels.csv": "Vessel",
    "gazetteers/ports.csv": "Port",
    "gazetteers/people.csv": "Person",
    "gazetteers/organizations.csv": "Organization",
    "gazetteers/weapons.csv": "Weapon",
    "gazetteers/countries.csv": "Country",
    "gazetteers/locations.csv": "Location",
}
IDENTIFIER_COLUMNS = ("imo", "mmsi", "locode", "iso2")
ATTRIBUTE_COLUMNS = (
    "flag", "role", "organization", "organisation", "country", "lat", "lon", "kind", "reliability",
    "category", "calibre", "capital", "demonyms", "url", "source",
)  # fmt: skip


class Gazetteer:
    """All entries, looked up by normalised name or alias, per type or across types."""

    def __init__(self, entries: Iterable[GazetteerEntry] = ()):
        merged: dict[tuple[str, str], GazetteerEntry] = {}
        for entry in entries:
            k = (entry.type, normalise_name(entry.name))
            if k in merged:  # the same thing listed twice (registry and organisations): join aliases
                old = merged[k]
                aliases = tuple(dict.fromkeys(a for a in (*old.aliases, *entry.aliases) if a != old.name))
                merged[k] = GazetteerEntry(
                    old.type,
                    old.name,
                    aliases,
                    {**entry.identifiers, **old.identifiers},
                    {**entry.attributes, **old.attributes},
                )
            else:
                merged[k] = entry
        self.entries: tuple[GazetteerEntry, ...] = tuple(merged.values())
        self._by_type: dict[tuple[str, str], list[GazetteerEntry]] = {}
        self._by_name: dict[str, list[GazetteerEntry]] = {}
        self._capitals: dict[str, GazetteerEntry] = {}
        self._demonyms: dict[str, GazetteerEntry] = {}
        self._shared_demonyms: set[str] = set()  # 'korean': a people of two countries, no one country
        self._outlet_hosts: dict[str, GazetteerEntry] = {}  # 'cgtn.com' -> the outlet whose url is there
        for entry in self.entries:
            hidden = {normalise_name(n) for n in entry.values("hidden_names")}
            for name in entry.names:
                norm = normalise_name(name)
                if not norm:
                    continue
                bucket = self._by_type.setdefault((entry.type, norm), [])
                if entry not in bucket:
                    bucket.append(entry)
                if norm in hidden:  # found by a typed look-up only ('Tripoli' the port, not the capital)
                    continue
                bucket = self._by_name.setdefault(norm, [])
                if entry not in bucket:
                    bucket.append(entry)
            if entry.type == "Country":
                for capital in entry.values("capital"):
                    self._capitals.setdefault(normalise_name(capital), entry)
                for demonym in entry.values("demonyms"):
                    self._demonyms.setdefault(normalise_name(demonym), entry)
                self._shared_demonyms.update(normalise_name(d) for d in entry.values("shared_demonyms"))
            if entry.type == "Outlet":
                for url in entry.values("url"):
                    self._outlet_hosts.setdefault(_host(url), entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self.entries)

    def lookup(self, name: str, type: str | None = None) -> GazetteerEntry | None:
        """The entry a name or alias stands for (of `type` if given), or None.

        Where several entries share a name the first listed wins; the
        context rules of the NLP stage choose the type before asking.
        """
        found = self.lookup_all(name, type)
        return found[0] if found else None

    def lookup_all(self, name: str, type: str | None = None) -> list[GazetteerEntry]:
        norm = normalise_name(name)
        if type is None:
            return list(self._by_name.get(norm, ()))
        return list(self._by_type.get((type, norm), ()))

    def types_of(self, name: str) -> set[str]:
        return {e.type for e in self._by_name.get(normalise_name(name), ())}

    def by_type(self, type: str) -> list[GazetteerEntry]:
        return [e for e in self.entries if e.type == type]

    def country_of_capital(self, name: str) -> GazetteerEntry | None:
        """The country whose capital `name` is (metonymy: 'Pyongyang' for North Korea's government)."""
        return self._capitals.get(normalise_name(name))

    def country_of_demonym(self, name: str) -> GazetteerEntry | None:
        """The country a demonym ('Russian', 'North Koreans') belongs to, if the data lists it."""
        for form in _singulars(normalise_name(name)):
            if form in self._demonyms:
                return self._demonyms[form]
        return None

    def is_demonym(self, name: str) -> bool:
        """'Spaniards', 'Koreans' (a people of two countries, no one country), 'Frenchmen'."""
        if self.country_of_demonym(name) is not None:
            return True
        return any(form in self._shared_demonyms for form in _singulars(normalise_name(name)))

    def outlet_of_host(self, host: str) -> GazetteerEntry | None:
        """The registry outlet whose `url` is on `host` ('cgtn.com', 'www.cgtn.com'), or None."""
        return self._outlet_hosts.get(_host(host))

    entity_key = staticmethod(entity_key)

    @staticmethod
    def entity_id(entry: GazetteerEntry) -> str:
        return make_entity_id(entry.type, entity_key(entry))


def _singulars(norm: str) -> tuple[str, ...]:
    """A normalised demonym and the singulars its plural may stand for: 'spaniards' -> 'spaniard',
    'frenchmen' -> 'frenchman' (an invariant one, 'swiss', is its own plural)."""
    forms = [norm]
    if norm.endswith("men"):
        forms.append(norm[:-3] + "man")
    elif norm.endswith("s"):
        forms.append(norm[:-1])
    return tuple(forms)


def _host(url: str) -> str:
    """'https://www.cgtn.com/news' -> 'cgtn.com': the site's host without scheme, 'www.' or path."""
    host = url.strip().lower().split("://")[-1].split("/")[0]
    return host[4:] if host.startswith("www.") else host


# CLDR codes of territories that are no state, or not one place
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "UM"})


@lru_cache(maxsize=1)
def _cldr_territories() -> dict[str, GazetteerEntry]:
    """CLDR's English territory names: a state as a Country entry, a territory that is no state as a
    Location entry ('Hong Kong SAR China', 'Canary Islands', 'Diego Garcia', 'Puerto Rico')."""
    try:
        from babel import Locale
    except ImportError:  # babel comes with the HTML reader's dependencies; without it there is no fallback
        return {}
    from osint_graph.reference.countries import is_state_code

    out: dict[str, GazetteerEntry] = {}
    for code, name in Locale("en").territories.items():
        if not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        state = is_state_code(code) and not re.search(r"\bSAR\b", name)
        clean = name.replace("&", "and").replace("St.", "Saint")
        bare = re.sub(r"\s*\(.*\)$", "", name)
        if not state:
            clean, bare = (re.sub(r"\s+SAR\b.*$", "", n) for n in (clean, bare))  # 'Hong Kong SAR China' -> 'Hong Kong'
        etype = "Country" if state else "Location"
        entry = GazetteerEntry(etype, clean, (name,) if clean != name else (), {"iso2": code}, {"source": "CLDR"})
        for form in (name, clean, bare):
            out.setdefault(normalise_name(form), entry)
    return out


def cldr_country(name: str) -> GazetteerEntry | None:
    """A state by its English CLDR name ('Gabon', 'Nauru'), for countries the sources do not list.

    Used only to type a place the statistical model found, never to match
    names in text ('Chad', 'Jordan' and 'Georgia' are also people and places).
    """
    entry = _cldr_territories().get(normalise_name(name))
    return entry if entry is not None and entry.type == "Country" else None


def cldr_place(name: str) -> GazetteerEntry | None:
    """A territory that is no state by its English CLDR name ('Diego Garcia', 'Canary Islands'): a
    Location entry, used like `cldr_country` to type a name the model found."""
    entry = _cldr_territories().get(normalise_name(name))
    return entry if entry is not None and entry.type == "Location" else None


def _entry_type(default: str | None, row: Mapping[str, str]) -> str:
    if default is not None:
        return default
    return "Outlet" if (row.get("kind") or "").strip().lower() in OUTLET_KINDS else "Organization"


def _row_entry(type_: str | None, row: Mapping[str, str]) -> GazetteerEntry | None:
    row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
    name = row.get("name", "")
    if not name:
        return None
    etype = _entry_type(type_, row)
    identifiers = {k: row[k] for k in IDENTIFIER_COLUMNS if row.get(k)}
    attributes = {k: row[k] for k in ATTRIBUTE_COLUMNS if row.get(k)}
    if "organisation" in attributes:
        attributes.setdefault("organization", attributes.pop("organisation"))
    if type_ == "Vessel" and row.get("type"):
        attributes["vessel_type"] = row["type"]
    aliases = tuple(a for a in dict.fromkeys(split_multi(row.get("aliases"))) if a != name)
    return GazetteerEntry(etype, name, aliases, identifiers, attributes)


def read_entries(folder: Path) -> Iterator[GazetteerEntry]:
    """Every row of every gazetteer file under `folder` that exists, as entries."""
    for relative, type_ in FILES.items():
        path = folder / relative
        if not path.is_file():
            continue
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                entry = _row_entry(type_, row)
                if entry is not None:
                    yield entry


def _sources_folder(path: str | Path | None) -> Path | None:
    if path is not None:
        return Path(path)
    from osint_graph.resources import sources_dir

    try:
        return sources_dir()
    except FileNotFoundError:
        return None


@lru_cache(maxsize=32)
def _stamp_paths(folder: str) -> tuple[tuple[str, str], ...]:
    """The files of a folder whose times make the stamp (joined once: the figure rules ask for the
    gazetteer hundreds of times an article)."""
    return tuple((relative, os.path.join(folder, relative)) for relative in FILES)


def _stamp(folder: Path | None) -> tuple:
    if folder is None:
        return ()
    stamp = []
    for relative, path in _stamp_paths(str(folder)):
        try:
            stamp.append((relative, os.stat(path).st_mtime_ns))
        except OSError:
            stamp.append((relative, None))
    return tuple(stamp)


def load_gazetteer(path: str | Path | None = None, reference: bool = True) -> Gazetteer:
    """The gazetteer of a sources folder (default: the project's), cached until its files change.

    With `reference` (the default) the hand rows are merged with the reference data of
    `osint_graph.reference` (every ISO country, the UN/LOCODE port list, GeoNames cities);
    `reference=False` gives the hand rows alone.  A folder that does not exist gives nothing.
    """
    folder = _sources_folder(path)
    return _load(str(folder.resolve()) if folder else None, _stamp(folder), reference)


@lru_cache(maxsize=8)
def _load(folder: str | None, stamp: tuple, reference: bool) -> Gazetteer:
    if folder is None or not Path(folder).is_dir():
        return Gazetteer()
    if not reference:
        return Gazetteer(read_entries(Path(folder)))
    from osint_graph.reference.merge import with_reference  # the reference package imports this module

    return Gazetteer(with_reference(read_entries(Path(folder))))
