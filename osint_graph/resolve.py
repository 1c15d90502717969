"""resolve: mentions to canonical entity keys, across articles.

Rules, in order (never across types):
  1. identifiers: an IMO number or UN/LOCODE already known for the type;
  2. gazetteer aliases: a name or alias listed in `sources/` (Maia-1 -> Maya-1, Rason -> Rajin);
  3. normalised names: case, punctuation, hyphen or space folded (Maya 1 = Maya-1), against the
     names seen so far in this run and in the store;
  4. fuzzy names (rapidfuzz), only as SAME_AS links proposed by `fuzzy_same_as`: they are
     written as relationships with their rule and score, never folded into one node, so that
     a wrong merge is undone by deleting one edge.
Rules 1-3 only compute the key an entity would have had if the text had spelled it the
canonical way; each such re-keying is recorded as a `Merge` (which names, which rule).

Then enrichment (`Resolver.enrich`): an entity whose key is a gazetteer entry's takes that
entry's aliases, identifiers and other columns (`Entity.attributes`: flag, coordinates,
reliability...), and the article's outlet becomes an entity of its own (`Extraction.outlet`).
The store layer (store/graph_rows.py) only turns these resolved records into rows.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from osint_graph.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, normalise_name
from osint_graph.model import Attribution, Claim, Entity, Extraction, Fact, entity_id, slug

IDENTIFIER_KEYS = ("imo", "locode")
# Token-sort ratio at or above which two names of one type are proposed as the same entity.
# Measured by scripts/measure_resolution.py (scripts/resolution_pairs.py) on every pair of
# spellings of one type in tests/gold/*.json (59 same-entity pairs, 5,779 different-entity pairs)
# and on the entries of sources/ (different entries of one type must not merge):
#   - gold: any threshold from 87 to 96 finds the same 13 pairs (plural/singular weapon names,
#     96.0-98.4) with 1 false merge (one spelling annotated for two entities, which the
#     'normalised' rule merges at any threshold): precision 0.93, recall 0.22 (the rest are
#     abbreviations, capitals and short names no string score can find: the gazetteer's job).
#     Below 85 false merges rise faster than true ones (80: +3 true, +6 false, among them
#     'North Korea' / 'South Korea' at 81.8, 'Russian Defence Ministry' / '... Foreign Ministry' 83.3).
#   - sources/: at 90, 21 pairs of different entries merge ('South Korean Defense Ministry' /
#     'North Korean Defense Ministry' 93.1, 'KN-23' variants / 'Hwasong 11' 90.9, '122 mm' /
#     '152 mm artillery shells' 95.7); at 95, 4, all of them names that differ only in a number,
#     which the numbers guard (numbers_agree, applied in fuzzy_same_as) drops: 0 false merges.
# 95 keeps every true gold merge and no false one; it was 90 before the measurement.
FUZZY_THRESHOLD = 95.0
# Names shorter than this (after normalising) are never fuzzy-matched: "Maria" vs "Marie" are
# different ships, and short names differ by one letter too easily.
FUZZY_MIN_LENGTH = 6
# The resolver remembers at most this many names and identifiers (least recently used go
# first: ~250 bytes each, so ~60 MB), and only the latest merges: an ingest of any length
# keeps a bounded vocabulary. A name forgotten is learned again the next time it is seen;
# only a spelling variant of a name unseen for this many others can then get its own key.
MAX_NAMES = 250_000
MAX_MERGES = 10_000


class BoundedCache(OrderedDict):
    """A dict of at most `maxsize` keys that forgets the least recently used one."""

    def __init__(self, maxsize: int):
        super().__init__()
        self.maxsize = maxsize

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def setdefault(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        self[key] = default
        if len(self) > self.maxsize:
            self.popitem(last=False)
        return default


@dataclass(frozen=True, slots=True)
class Merge:
    """A name re-keyed onto an entity: `name` (as extracted) -> `into` by `rule`."""

    type: str
    name: str
    source_id: str
    into: str
    rule: str  # identifier | alias | normalised | fuzzy
    score: float = 100.0


class Resolver:
    """Keeps the names and identifiers seen so far, per type, and re-keys new extractions."""

    def __init__(self, gazetteer: Gazetteer | None = None, max_names: int = MAX_NAMES):
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.by_identifier: dict[tuple[str, str, str], str] = BoundedCache(max_names)
        self.by_name: dict[tuple[str, str], str] = BoundedCache(max_names)
        self.merges: deque[Merge] = deque(maxlen=MAX_MERGES)  # the latest re-keyings, for inspection
        self.entries = {entry.id: entry for entry in self.gazetteer}  # entity id -> its gazetteer entry

    def learn(self, type_: str, entity: str, names: Iterable[str], identifiers: dict[str, str] | None = None) -> None:
        """Remember an entity (from the store or an earlier article)."""
        for key in IDENTIFIER_KEYS:
            value = (identifiers or {}).get(key)
            if value:
                self.by_identifier.setdefault((type_, key, str(value)), entity)
        for name in names:
            folded = normalise_name(name)
            if folded:
                self.by_name.setdefault((type_, folded), entity)

    def canonical(self, entity: Entity) -> tuple[str, str | None]:
        """The id an entity should have, and the rule that says so (None: its own id)."""
        for key in IDENTIFIER_KEYS:
            value = entity.identifiers.get(key)
            if value and (entity.type, key, str(value)) in self.by_identifier:
                return self.by_identifier[(entity.type, key, str(value))], "identifier"
        names = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
        for name in names:
            entry = self.gazetteer.lookup(name, entity.type)
            if entry is not None:
                return entry.id, "alias"
        for name in names:
            found = self.by_name.get((entity.type, normalise_name(name)))
            if found:
                return found, "normalised"
        return entity.id, None

    def resolve(self, extraction: Extraction) -> Extraction:
        """The extraction with canonical entity keys (rules 1-3), then enriched from the gazetteer."""
        return self.enrich(self.rekey(extraction))

    def rekey(self, extraction: Extraction) -> Extraction:
        """Entities re-keyed onto the ids rules 1-3 give, claims and facts pointing at the new ids."""
        mapping: dict[str, str] = {}
        merged: dict[str, Entity] = {}
        for entity in extraction.entities:
            target, rule = self.canonical(entity)
            if target != entity.id:
                mapping[entity.id] = target
                self.merges.append(Merge(entity.type, entity.name, entity.id, target, rule or "normalised"))
            merged[target] = _join(merged.get(target), replace(entity, id=target))
        for entity in merged.values():
            self.learn(entity.type, entity.id, [entity.name, *entity.aliases], entity.identifiers)
        if not mapping:
            return extraction
        return replace(
            extraction,
            entities=tuple(merged.values()),
            claims=tuple(_rekey_claim(c, mapping) for c in extraction.claims),
            facts=_rekey_facts(extraction.facts, mapping),
        )

    def enrich(self, extraction: Extraction) -> Extraction:
        """Entities with what their gazetteer entry knows, and the article's outlet as an entity."""
        outlet = self.outlet_of(extraction) if extraction.article.outlet else None
        return replace(extraction, entities=tuple(map(self.with_entry, extraction.entities)), outlet=outlet)

    def with_entry(self, entity: Entity) -> Entity:
        """An entity whose id is a gazetteer entry's, with that entry's aliases, identifiers and columns."""
        entry = self.entries.get(entity.id)
        if entry is None:
            return entity
        return replace(
            entity,
            aliases=entry.aliases or entity.aliases,
            identifiers={**entity.identifiers, **{k: v for k, v in entry.identifiers.items() if v}},
            attributes=_columns(entry),
        )

    def outlet_of(self, extraction: Extraction) -> Entity:
        """The article's outlet: the registry's entry, else the extraction's own Outlet entity of
        that name, else a new key from the name."""
        name = extraction.article.outlet or ""
        entry = self.gazetteer.lookup(name, "Outlet") or self.gazetteer.lookup(name, "Organization")
        if entry is not None and entry.type == "Outlet":
            return self.with_entry(Entity(entry.id, "Outlet", entry.name))
        key = slug(name)
        for entity in extraction.entities:
            if entity.type == "Outlet" and key in {slug(n) for n in (entity.name, *entity.aliases)}:
                return self.with_entry(Entity(entity.id, "Outlet", entity.name))
        return self.with_entry(Entity(entity_id("Outlet", key), "Outlet", name))


def _columns(entry: GazetteerEntry) -> dict[str, str]:
    """An entry's columns as one mapping: its identifiers, overridden by its other non-empty columns."""
    return {**entry.identifiers, **{k: v for k, v in entry.attributes.items() if v}}


def _join(current: Entity | None, new: Entity) -> Entity:
    if current is None:
        return new
    names = dict.fromkeys((*current.aliases, new.name, *new.aliases))
    names.pop(current.name, None)
    return replace(
        current,
        aliases=tuple(names),
        identifiers={**new.identifiers, **current.identifiers},
        mentions=tuple(sorted({*current.mentions, *new.mentions}, key=lambda m: m.start)),
        role=current.role or new.role,
    )


def _rekey_claim(claim: Claim, mapping: dict[str, str]) -> Claim:
    return replace(
        claim,
        entities=tuple(dict.fromkeys(mapping.get(e, e) for e in claim.entities)),
        attribution=tuple(
            Attribution(a.name, mapping.get(a.entity, a.entity) if a.entity else None, a.verb)
            for a in claim.attribution
        ),
    )


def _rekey_facts(facts: tuple[Fact, ...], mapping: dict[str, str]) -> tuple[Fact, ...]:
    """Fact ids are built from entity ids (same event, same id): re-key both."""
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    out: dict[str, Fact] = {}
    for fact in facts:
        new = replace(
            fact,
            id=pattern.sub(lambda m: mapping[m.group(0)], fact.id),
            vessel=mapping.get(fact.vessel, fact.vessel) if fact.vessel else None,
            port=mapping.get(fact.port, fact.port) if fact.port else None,
            origin=mapping.get(fact.origin, fact.origin) if fact.origin else None,
            destination=mapping.get(fact.destination, fact.destination) if fact.destination else None,
        )
        if new.id in out:
            new = replace(new, claims=tuple(dict.fromkeys((*out[new.id].claims, *new.claims))))
        out[new.id] = new
    return tuple(out.values())


@dataclass(frozen=True, slots=True)
class Named:
    """An entity as the store holds it, for fuzzy comparison."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()


def fuzzy_same_as(
    entities: Iterable[Named], threshold: float = FUZZY_THRESHOLD, guard_numbers: bool = True
) -> list[Merge]:
    """Pairs of stored entities of one type whose names match (normalised, then fuzzy).

    Returns one Merge per pair, the later id (in sorted order) onto the earlier, with the
    rule `normalised` for equal folded names and `fuzzy` above the threshold.  Two different
    identifiers (two IMO numbers) never match.
    """
    by_type: dict[str, list[Named]] = {}
    for entity in entities:
        by_type.setdefault(entity.type, []).append(entity)
    merges = []
    for type_, group in by_type.items():
        group.sort(key=lambda e: e.id)
        folded = [{normalise_name(n) for n in (e.name, *e.aliases) if normalise_name(n)} for e in group]
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                if _different_identifiers(a.id, b.id):
                    continue
                if folded[i] & folded[j]:
                    merges.append(Merge(type_, b.name, b.id, a.id, "normalised", 100.0))
                    continue
                score = max(
                    (
                        fuzz.token_sort_ratio(x, y)
                        for x in folded[i]
                        for y in folded[j]
                        if min(len(x), len(y)) >= FUZZY_MIN_LENGTH
                    ),
                    default=0.0,
                )
                if score >= threshold and (not guard_numbers or numbers_agree(a, b)):
                    merges.append(Merge(type_, b.name, b.id, a.id, "fuzzy", round(score, 1)))
    return merges


def numbers_agree(a: Named, b: Named) -> bool:
    """Two entities whose names carry numbers share at least one name with the same numbers."""

    def numbers(entity: Named) -> set[tuple[str, ...]]:
        return {tuple(re.findall(r"\d+", normalise_name(n))) for n in (entity.name, *entity.aliases) if n}

    na, nb = numbers(a), numbers(b)
    return bool(na & nb) or (na == {()} and nb == {()})


def _different_identifiers(a: str, b: str) -> bool:
    key_a, key_b = a.split(":", 1)[1], b.split(":", 1)[1]
    prefixes = ("imo-", "locode-")
    return any(key_a.startswith(p) and key_b.startswith(p) for p in prefixes) and key_a != key_b
