"""The claims the cross-check works on, read from a store in a few bulk queries into plain records.

`read_claims` is the only stage that talks to the store; everything after it is pure.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from osint_graph.model import Attribution
from osint_graph.resolve import Merge, Named
from osint_graph.store.base import GraphStore

DENIAL_KINDS = frozenset({"denial"})


@dataclass(frozen=True, slots=True)
class FigureRecord:
    id: str
    text: str
    value: float | None
    unit: str | None
    qualifier: str | None
    calibre: str | None = None


@dataclass(frozen=True, slots=True)
class Concern:
    entity: str
    label: str
    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A claim with everything the cross-check needs, read in bulk from the store."""

    id: str
    text: str
    kind: str
    article: str
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    sentence: str = ""
    hedged: bool = False
    negated: bool = False
    stance: str | None = None
    date: str | None = None
    start: int = 0
    chain: tuple[Attribution, ...] = ()
    figures: tuple[FigureRecord, ...] = ()
    concerns: tuple[Concern, ...] = ()
    port_calls: tuple[tuple[str | None, str | None, str | None], ...] = ()  # (vessel, port, date) facts
    shipments: tuple[tuple[str, str], ...] = ()  # (origin, destination) of the Shipment facts it supports

    @property
    def is_denial(self) -> bool:
        return self.kind in DENIAL_KINDS or self.stance == "denial"


@dataclass(frozen=True, slots=True)
class Corpus:
    claims: tuple[ClaimRecord, ...]
    entities: tuple[Named, ...]
    same_as: tuple[Merge, ...] = ()  # SAME_AS edges already in the store


# ----------------------------------------------------------------------------------------- reading

CLAIMS_QUERY = """
MATCH (c:Claim)-[:DERIVED_FROM]->(a:Article)
RETURN c.id AS id, c.text AS text, c.kind AS kind, c.sentence AS sentence, c.hedged AS hedged,
       c.negated AS negated, c.stance AS stance, c.date AS date, c.attribution AS attribution,
       c.startOffset AS startOffset, a.id AS article, a.outlet AS outlet, a.published AS published,
       a.title AS title, a.url AS url
"""
CHAIN_QUERY = """
MATCH (c:Claim)-[r:ATTRIBUTED_TO]->(s)
RETURN c.id AS claim, r.position AS position, r.verb AS verb, s.id AS entity
"""
FIGURES_QUERY = """
MATCH (c:Claim)-[:HAS_FIGURE]->(f:Figure)
RETURN c.id AS claim, f.id AS id, f.text AS text, f.value AS value, f.unit AS unit, f.qualifier AS qualifier,
       f.calibre AS calibre, f.startOffset AS startOffset
"""
CONCERNS_QUERY = """
MATCH (c:Claim)-[r:CONCERNS]->(e)
RETURN c.id AS claim, e.id AS entity, e.name AS name, r.edgeRole AS role
"""
PORT_CALLS_QUERY = """
MATCH (f:PortCall)-[:SUPPORTED_BY]->(c:Claim)
OPTIONAL MATCH (f)-[:INVOLVES]->(v:Vessel)
OPTIONAL MATCH (f)-[:AT_PORT]->(p:Port)
RETURN c.id AS claim, v.id AS vessel, p.id AS port, f.date AS date
"""
SHIPMENTS_QUERY = """
MATCH (f:Shipment)-[:SUPPORTED_BY]->(c:Claim)
MATCH (f)-[:SHIPPED_FROM]->(o)
MATCH (f)-[:SHIPPED_TO]->(d)
RETURN c.id AS claim, o.id AS origin, d.id AS destination
"""


def read_claims(store: GraphStore, same_as: bool = False) -> Corpus:
    """Every claim with its article, chain, figures, entities and port-call facts, in bulk
    (and the SAME_AS edges already stored, when `same_as`)."""
    entities = read_entities(store)
    spellings = {e.id: (e.name, *e.aliases) for e in entities}
    chains: dict[str, dict[int, tuple[str, str | None]]] = defaultdict(dict)
    for r in store.query(CHAIN_QUERY).records():
        chains[r["claim"]][int(r["position"] or 0)] = (r["entity"], r["verb"])
    figures: dict[str, list[tuple[int, FigureRecord]]] = defaultdict(list)
    for r in store.query(FIGURES_QUERY).records():
        value = r["value"]
        figures[r["claim"]].append((int(r["startOffset"] or 0), FigureRecord(
            r["id"], r["text"] or "", float(value) if value is not None else None, r["unit"], r["qualifier"],
            r["calibre"])))  # fmt: skip
    concerns: dict[str, list[Concern]] = defaultdict(list)
    for r in store.query(CONCERNS_QUERY).records():
        concerns[r["claim"]].append(Concern(r["entity"], label_of(r["entity"]), r["name"] or "", r["role"]))
    calls: dict[str, list[tuple]] = defaultdict(list)
    for r in store.query(PORT_CALLS_QUERY).records():
        calls[r["claim"]].append((r["vessel"], r["port"], _iso(r["date"])))
    directions: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in store.query(SHIPMENTS_QUERY).records():
        if r["origin"] and r["destination"]:
            directions[r["claim"]].add((r["origin"], r["destination"]))
    claims = []
    for r in store.query(CLAIMS_QUERY).records():
        names = list(r["attribution"] or [])
        linked = chains.get(r["id"], {})
        chain = tuple(
            Attribution(name, linked.get(i, (None, None))[0], linked.get(i, (None, None))[1])
            for i, name in enumerate(names)
        )
        text = r["text"] or ""
        claims.append(ClaimRecord(
            id=r["id"], text=text, kind=r["kind"] or "statement", article=r["article"], outlet=r["outlet"] or None,
            published=_date(r["published"]), title=r["title"], url=r["url"], sentence=r["sentence"] or "",
            hedged=bool(r["hedged"]), negated=bool(r["negated"]), stance=r["stance"], date=r["date"],
            start=int(r["startOffset"] or 0), chain=chain,
            figures=tuple(f for _, f in sorted(figures.get(r["id"], []), key=lambda x: (x[0], x[1].id))),
            concerns=tuple(sorted(concerns.get(r["id"], []), key=lambda c: (_position(text, c, spellings), c.entity))),
            port_calls=tuple(sorted(set(calls.get(r["id"], [])), key=str)),
            shipments=tuple(sorted(directions.get(r["id"], ()))),
        ))  # fmt: skip
    claims.sort(key=lambda c: (c.published or date.min, c.article, c.start, c.id))
    return Corpus(tuple(claims), tuple(entities), tuple(read_same_as(store)) if same_as else ())


def read_entities(store: GraphStore) -> list[Named]:
    """Every stored entity (name, aliases, id, label) for resolution."""
    out = []
    for label in store.schema.entity_labels():
        for r in store.query(f"MATCH (e:{label}) RETURN e.id AS id, e.name AS name, e.aliases AS aliases").records():
            out.append(Named(r["id"], label, r["name"] or "", tuple(r["aliases"] or ())))
    return sorted(out, key=lambda e: e.id)


def read_same_as(store: GraphStore) -> list[Merge]:
    """SAME_AS edges already in the store (kept as they are with `Settings.resolve=False`)."""
    out = []
    for label in store.schema.entity_labels():
        query = (
            f"MATCH (b:{label})-[r:SAME_AS]->(a:{label}) "
            "RETURN b.id AS source, b.name AS name, a.id AS into, r.rule AS rule, r.score AS score"
        )
        for r in store.query(query).records():
            out.append(
                Merge(
                    label,
                    r["name"] or "",
                    r["source"],
                    r["into"],
                    r["rule"] or "normalised",
                    float(r["score"] if r["score"] is not None else 100.0),
                )
            )
    return sorted(out, key=lambda m: (m.source_id, m.into))


def label_of(entity_id: str) -> str:
    """Entity ids are '<type>:<key>' (model.entity_id): the type names the label."""
    prefix = entity_id.split(":", 1)[0]
    return {"organization": "Organization", "portcall": "PortCall"}.get(prefix, prefix[:1].upper() + prefix[1:])


def _position(text: str, concern: Concern, spellings: dict[str, tuple[str, ...]]) -> int:
    """Where the entity is first named in the claim (any spelling), for 'the first vessel named'."""
    low = text.lower()
    found = [
        i for name in spellings.get(concern.entity, (concern.name,)) if name and (i := low.find(name.lower())) >= 0
    ]
    return min(found) if found else len(text) + (0 if concern.role == "subject" else 1)


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if hasattr(value, "to_native"):
        value = value.to_native()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    d = _date(value)
    return d.isoformat() if d and len(str(value)) <= 10 else str(value)


def date_span(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    parts = str(value).split("/")
    try:
        start = date.fromisoformat(parts[0][:10])
        end = date.fromisoformat(parts[-1][:10])
    except ValueError:
        return None
    return (start, end) if start <= end else (end, start)


def single_day(value: str | None) -> str | None:
    span = date_span(value)
    return span[0].isoformat() if span and span[0] == span[1] else None
