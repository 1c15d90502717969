"""Cross-check: claims read from a store become graded propositions, written back to the store.

One function (`read_claims`) reads the claims with their articles, figures, attribution chains
and concerned entities in a few bulk queries into plain dataclasses; everything after it is
pure:

    resolve  ->  group  ->  compare figures  ->  origins  ->  denials  ->  grade  ->  batch

- resolve: `resolve.fuzzy_same_as` over the stored entities; SAME_AS-linked entities count as
  one when grouping (and the links are written back as SAME_AS edges with rule and score).
- group (`GROUPING_RULES`): claims that assert the same thing form a Proposition.
- compare (`crosscheck_figures`): figures of one quantity are consistent, a series or a conflict.
- origins: a claim's origin is the end of its attribution chain, folded to the organisation
  that speaks (`ORIGIN_RULES`); corroboration counts distinct origins, not outlets.
- grade (`GRADING_RULES`): Admiralty information credibility 1-6 per proposition.

The rules are written once, as data, next to the code that applies them, and the report
prints them as they are.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from osint_graph import crosscheck_figures as cf
from osint_graph.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, normalise_name
from osint_graph.model import Attribution, slug
from osint_graph.resolve import FUZZY_THRESHOLD, Merge, Named, fuzzy_same_as
from osint_graph.store.base import GraphBatch, GraphStore, Rel

RESULT_LABELS = ["Proposition"]
RESULT_REL_TYPES = ["GROUPS", "CORROBORATES", "CONFLICTS_WITH", "DENIES", "SAME_AS"]
SOURCE_LABELS = ("Outlet", "Organization", "Person", "Country")
RELIABILITY_ORDER = "ABCDEF"  # A best; F: cannot be judged

# Products of one publisher count as one origin (sources/README.md, "NK News and NK Pro").
ORIGIN_FAMILIES = {
    "nk pro": "NK News / NK Pro",
    "nk news": "NK News / NK Pro",
    "lloyd s list intelligence": "Lloyd's List / Lloyd's List Intelligence",
    "lloyd s list": "Lloyd's List / Lloyd's List Intelligence",
}
# Registry kinds whose output is a sensor product: the interpreter of the imagery is the origin.
IMAGERY_KINDS = frozenset({"imagery"})
# Counted nouns that are one quantity for grouping (figures are still compared unit by unit).
UNIT_FAMILIES = {
    "munitions": frozenset({"shell", "projectile", "round", "missile", "rocket", "ammunition", "munition", "bomb",
                            "mortar", "grenade", "warhead", "artillery"}),
    "trips": frozenset({"trip", "run", "voyage", "journey", "crossing", "round trip", "call", "arrival"}),
    "ships": frozenset({"ship", "vessel", "tanker", "freighter"}),
    "containers": frozenset({"container", "box"}),
}  # fmt: skip
# Weapon words kept in a figure's unit key: "several ballistic missiles" are not "a million missiles".
UNIT_MODIFIERS = ("ballistic", "cruise", "anti-ship", "anti-tank", "artillery")
# Claim kinds that never group with others (too generic to say two claims assert one thing).
UNGROUPED_KINDS = frozenset({"statement"})
DENIAL_KINDS = frozenset({"denial"})
ACCUSATION_KINDS = frozenset({"accusation", "shipment", "quantity", "sanction"})


@dataclass(frozen=True, slots=True)
class Settings:
    """What an analyst may change; the defaults are the ones the report states."""

    default_reliability: str = "F"
    fuzzy_threshold: float = FUZZY_THRESHOLD
    same_period_days: int = cf.SAME_PERIOD_DAYS
    denial_lookback_days: int = 90
    denial_near_days: int = 7
    families: dict[str, str] = field(default_factory=lambda: dict(ORIGIN_FAMILIES))
    resolve: bool = True  # False: use the SAME_AS edges already in the store (an analyst's edits kept)


# ----------------------------------------------------------------------------------------- records


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


# ----------------------------------------------------------------------------------------- resolution


class Canon:
    """SAME_AS classes: every entity id to one representative (the smallest id of its class)."""

    def __init__(self, merges: Iterable[Merge] = ()):
        self.parent: dict[str, str] = {}
        for m in merges:
            self.union(m.source_id, m.into)

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo

    def __call__(self, x: str | None) -> str | None:
        return self.find(x) if x else x


def same_as_merges(corpus: Corpus, settings: Settings) -> list[Merge]:
    """The SAME_AS links to use: computed by `fuzzy_same_as`, or those already stored."""
    if not settings.resolve:
        return list(corpus.same_as)
    return fuzzy_same_as(corpus.entities, threshold=settings.fuzzy_threshold)


# ----------------------------------------------------------------------------------------- origins

ORIGIN_RULES = (
    "A claim's origin is the last link of its attribution chain; an unattributed claim's origin is the outlet "
    "that published it.",
    "A person speaks for the organisation the gazetteer gives them (John Kirby -> White House, "
    "Shin Won-sik -> Ministry of National Defense); a bare surname is the person of that name cited in the "
    "same article.",
    "An imagery provider is not an origin: the origin is whoever interpreted the imagery (the link before it, "
    "or the source the same article cites with that provider).",
    "An unnamed source ('a Seoul official', 'the US account': no entity, not in the registry) cannot be told "
    "apart from others: the claim rests on the nearest named link before it, else on the outlet.",
    "An unattributed claim in an article without an outlet has an unknown origin: it is shown, but it neither "
    "corroborates nor counts as an origin.",
    "Names are folded (case, punctuation, gazetteer aliases, SAME_AS links) and products of one publisher are "
    "one origin (NK Pro = NK News, Lloyd's List Intelligence = Lloyd's List).",
    "Independent origins = distinct folded origins; circular = more outlets than independent origins.",
)


@dataclass(frozen=True, slots=True)
class Origin:
    key: str
    name: str
    reliability: str

    @property
    def known(self) -> bool:
        return not self.key.startswith("unknown:")


class Origins:
    """Folds a claim's origin to one key per independent origin, with its reliability grade."""

    def __init__(self, claims: Iterable[ClaimRecord], canon: Canon, names: dict[str, str], gazetteer: Gazetteer,
                 settings: Settings):  # fmt: skip
        self.canon = canon
        self.names = names  # entity id -> name
        self.gazetteer = gazetteer
        self.settings = settings
        self.families = {normalise_name(k): v for k, v in settings.families.items()}
        self.people: dict[str, list[str]] = defaultdict(list)  # article -> full person names cited
        self.interpreters: dict[tuple[str, str], Attribution] = {}  # (article, imagery provider) -> interpreter
        for claim in claims:
            for c in claim.concerns:
                if c.label == "Person" and len(c.name.split()) > 1:
                    self.people[claim.article].append(c.name)
            for i, link in enumerate(claim.chain):
                if len(link.name.split()) > 1 and self._entry(link.name, ("Person",)) is not None:
                    self.people[claim.article].append(link.name)
                if i > 0 and self._is_imagery(link.name) and not self._is_imagery(claim.chain[i - 1].name):
                    self.interpreters.setdefault((claim.article, normalise_name(link.name)), claim.chain[i - 1])

    def of(self, claim: ClaimRecord) -> Origin:
        link = self._origin_link(claim)
        if link is None:
            if claim.outlet:
                return self._fold(claim.outlet, None)
            name = f"unknown (unattributed, no outlet: {claim.title or claim.article})"
            return Origin(f"unknown:{claim.article}", name, self.settings.default_reliability)
        return self._fold(link.name, link.entity, claim.article)

    def _origin_link(self, claim: ClaimRecord) -> Attribution | None:
        chain = list(claim.chain)
        while chain and (self._is_imagery(chain[-1].name) or not self._named(chain[-1])):
            dropped = chain.pop()
            if not chain and self._is_imagery(dropped.name):
                return self.interpreters.get((claim.article, normalise_name(dropped.name)))
        return chain[-1] if chain else None

    def _named(self, link: Attribution) -> bool:
        """A source the graph or the registry knows by name (not 'a Seoul official')."""
        return bool(link.entity) or self._entry(link.name, SOURCE_LABELS) is not None

    def _fold(self, name: str, entity: str | None, article: str | None = None) -> Origin:
        if entity:
            entity = self.canon(entity)
            name = self.names.get(entity, name)
        if article and len(name.split()) == 1:
            for full in self.people.get(article, ()):
                if normalise_name(name) in normalise_name(full).split():
                    name = full
                    break
        entry = self._entry(name, SOURCE_LABELS)
        if entry is not None and entry.type == "Person":
            org = self._entry(entry.attributes.get("organization") or "", ("Organization", "Outlet"))
            entry = org or entry
        display = entry.name if entry is not None else name
        display = self.families.get(normalise_name(display), display)
        reliability = (entry.attributes.get("reliability") if entry is not None else None) or ""
        reliability = reliability.strip().upper()[:1]
        if not reliability or reliability not in RELIABILITY_ORDER:
            reliability = self.settings.default_reliability
        return Origin("origin:" + slug(normalise_name(display)), display, reliability)

    def _entry(self, name: str, types: Iterable[str]) -> GazetteerEntry | None:
        """The registry or gazetteer entry of a name; 'National Intelligence Service' finds the entry
        'National Intelligence Service (South Korea)' when no other entry has that short name."""
        if not name:
            return None
        for type_ in types:
            entry = self.gazetteer.lookup(name, type_)
            if entry is not None:
                return entry
        short = self._short_names().get(normalise_name(name))
        return short if short is not None and short.type in types else None

    def _short_names(self) -> dict[str, GazetteerEntry]:
        if not hasattr(self, "_short"):
            found: dict[str, list[GazetteerEntry]] = defaultdict(list)
            for entry in self.gazetteer:
                if "(" in entry.name:
                    found[normalise_name(entry.name.split("(")[0])].append(entry)
            self._short = {k: v[0] for k, v in found.items() if len(v) == 1}
        return self._short

    def _is_imagery(self, name: str) -> bool:
        entry = self._entry(name, ("Organization",))
        return entry is not None and (entry.attributes.get("kind") or "").lower() in IMAGERY_KINDS

    def countries_of(self, claim: ClaimRecord) -> set[str]:
        """Countries of the claim's sources: who speaks is not what the claim is about."""
        out = set()
        for link in claim.chain:
            if link.entity and label_of(link.entity) == "Country":
                out.add(self.canon(link.entity))
                continue
            entry = self._entry(link.name, SOURCE_LABELS)
            if entry is None:
                continue
            if entry.type == "Country":
                out.add(self.canon(self.gazetteer.entity_id(entry)))
                continue
            for code in (entry.attributes.get("country") or "").split(";"):
                country = self._country(code.strip())
                if country:
                    out.add(self.canon(country))
        return out

    def _country(self, iso2: str) -> str | None:
        if not iso2:
            return None
        for entry in self.gazetteer.by_type("Country"):
            if entry.identifiers.get("iso2", "").upper() == iso2.upper():
                return self.gazetteer.entity_id(entry)
        return None


# ----------------------------------------------------------------------------------------- grouping

GROUPING_RULES = (
    "Port calls: a claim that supports a PortCall fact, or names a port and a single day (with a vessel, or as a "
    "port_call/trip_count claim), asserts 'vessel at port on day' (the first vessel named). A claim missing the "
    "vessel or the port joins the one port call it is compatible with, if there is exactly one.",
    "Quantities: a claim with figures belongs to one proposition per family of counted units (containers; munitions: "
    "shells, projectiles, rounds, missiles...; trips; ships; any other unit alone). Its key entities are the "
    "countries it concerns, except its own sources and their countries (else the other entities it concerns). Two "
    "claims of one unit family go together when their key entities overlap and one set contains the other. Dates "
    "do not split a count: the figures are ordered in time instead (series); measurements must also be of "
    "compatible time.",
    "Denials: claims of kind denial (or stance denial) group like quantities, by the countries they concern "
    "(deniers included) and the vessels, ports and places they name.",
    "Other claims group when they have the same kind and the same key entities (after SAME_AS, sources excluded, "
    "at least two entities or a vessel) and compatible time. 'statement' claims are never grouped.",
    "Compatible time: the claims' dates overlap, or one is undated (an undated claim joins the dated group nearest "
    "its publication date).",
)


@dataclass(frozen=True, slots=True)
class Signature:
    family: str  # port_call | quantity:<unit family> | denial | kind:<kind> | single
    entities: frozenset[str]
    detail: tuple = ()  # port call: (vessel, port, day)


def _interval(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    parts = str(value).split("/")
    try:
        start = date.fromisoformat(parts[0][:10])
        end = date.fromisoformat(parts[-1][:10])
    except ValueError:
        return None
    return (start, end) if start <= end else (end, start)


def _single_day(value: str | None) -> str | None:
    span = _interval(value)
    return span[0].isoformat() if span and span[0] == span[1] else None


def unit_family(unit: str | None) -> str:
    base = cf.UNIT_SYNONYMS.get((unit or "").lower(), (unit or "").lower())
    for family, units in UNIT_FAMILIES.items():
        if base in units:
            return family
    return base or "unknown"


def figure_unit_key(figure: FigureRecord) -> str:
    """The unit a figure is compared under: folded unit, calibre, and a weapon word of its text."""
    key = cf.unit_key(figure.unit, figure.calibre)
    low = figure.text.lower()
    for word in UNIT_MODIFIERS:
        if word in low and word not in key and word != "artillery":
            return f"{word} {key}"
    return key


@dataclass
class Context:
    """What the pure stages share: SAME_AS classes, entity names, origins, settings."""

    canon: Canon
    names: dict[str, str]
    origins: Origins
    settings: Settings

    def key_entities(self, claim: ClaimRecord, labels: Iterable[str] | None = None, keep_sources: bool = False):
        sources = {self.canon(link.entity) for link in claim.chain if link.entity}
        source_names = {normalise_name(link.name) for link in claim.chain}
        source_countries = set() if keep_sources else self.origins.countries_of(claim)
        out = []
        for c in claim.concerns:
            if c.label == "Outlet" or (labels is not None and c.label not in labels):
                continue
            ent = self.canon(c.entity)
            if not keep_sources and (ent in sources or normalise_name(c.name) in source_names
                                     or ent in source_countries):  # fmt: skip
                continue
            if ent not in out:
                out.append(ent)
        return out


def signatures(claim: ClaimRecord, ctx: Context) -> list[Signature]:
    """The propositions a claim may belong to (a claim with figures of two kinds of unit: two)."""
    if claim.is_denial:
        countries = ctx.key_entities(claim, ("Country",), keep_sources=True)
        others = ctx.key_entities(claim, ("Vessel", "Port", "Location"))
        return [Signature("denial", frozenset(countries + others))]
    call = _port_call(claim, ctx)
    if call is not None:
        return [Signature("port_call", frozenset(x for x in call[:2] if x), call)]
    families = sorted({unit_family(f.unit) for f in claim.figures
                       if cf.interval(f.value, f.qualifier, f.text) is not None})  # fmt: skip
    if families:
        out = []
        for family in families:
            measured = family in cf.MEASUREMENTS
            if measured:
                keys = ctx.key_entities(claim)
            else:
                keys = ctx.key_entities(claim, ("Vessel",) if family == "trips" else ("Country",))
            out.append(Signature(f"quantity:{family}", frozenset(keys), ("measure",) if measured else ()))
        return out
    keys = ctx.key_entities(claim)
    if claim.kind in UNGROUPED_KINDS or not keys:
        return [Signature("single", frozenset(keys), (claim.id,))]
    vessels = [k for k in keys if label_of(k) == "Vessel"]
    if len(keys) < 2 and not vessels:
        return [Signature("single", frozenset(keys), (claim.id,))]
    return [Signature(f"kind:{claim.kind}", frozenset(keys))]


def _port_call(claim: ClaimRecord, ctx: Context) -> tuple[str | None, str | None, str] | None:
    for vessel, port, day in claim.port_calls:
        single = _single_day(day)
        if single and (vessel or port):
            return ctx.canon(vessel), ctx.canon(port), single
    day = _single_day(claim.date)
    if day is None:
        return None
    ents = [ctx.canon(c.entity) for c in claim.concerns]
    vessels = [e for e in ents if e and label_of(e) == "Vessel"]
    ports = [e for e in ents if e and label_of(e) == "Port"]
    if ports and (vessels or claim.kind in ("port_call", "trip_count")):
        return (vessels[0] if vessels else None), ports[0], day
    if vessels and claim.kind in ("port_call", "trip_count", "quantity"):
        return vessels[0], None, day
    return None


@dataclass
class Group:
    signature: Signature
    claims: list[ClaimRecord]


def group_claims(claims: Iterable[ClaimRecord], ctx: Context) -> list[Group]:
    """Claims that assert the same thing, by the rules of GROUPING_RULES."""
    by_family: dict[str, list[tuple[Signature, ClaimRecord]]] = defaultdict(list)
    for claim in claims:
        for sig in signatures(claim, ctx):
            by_family[sig.family].append((sig, claim))
    groups: list[Group] = []
    for family, items in sorted(by_family.items()):
        if family == "single":
            groups += [Group(sig, [claim]) for sig, claim in items]
        elif family == "port_call":
            groups += _group_port_calls(items)
        elif family.startswith("quantity:") or family == "denial":
            if family.startswith("quantity:"):
                items = _inherit_entities(items)
            for component in _join_unkeyed(_components(items)):
                sig = _union_signature(family, component)
                if family.startswith("quantity:") and sig.detail == ("measure",):
                    groups += [Group(sig, part) for part in _time_clusters([c for _, c in component])]
                else:
                    groups.append(Group(sig, _unique([c for _, c in component])))
        else:
            for component in _components(items, exact=True):
                sig = _union_signature(family, component)
                groups += [Group(sig, part) for part in _time_clusters([c for _, c in component])]
    return groups


def _inherit_entities(items: list[tuple[Signature, ClaimRecord]]) -> list[tuple[Signature, ClaimRecord]]:
    """A count claim naming no country ('more than 1 million shells had been sent since August') is
    about what the other claims of its article with the same unit are about."""
    by_article: dict[str, frozenset[str]] = defaultdict(frozenset)
    for sig, claim in items:
        by_article[claim.article] |= sig.entities
    return [
        (Signature(sig.family, by_article[claim.article], sig.detail) if not sig.entities else sig, claim)
        for sig, claim in items
    ]


def _join_unkeyed(components: list[list[tuple[Signature, ClaimRecord]]]) -> list[list]:
    """A claim with no key entities joins the one keyed group of its unit family that shares an
    entity with it (any entity it concerns), if there is exactly one; else it stays alone."""
    keyed = [c for c in components if any(sig.entities for sig, _ in c)]
    unkeyed = [c for c in components if not any(sig.entities for sig, _ in c)]
    concerned = [{x.entity for _, claim in comp for x in claim.concerns} for comp in keyed]
    alone = []
    for comp in unkeyed:
        mine = {x.entity for _, claim in comp for x in claim.concerns}
        matches = [i for i, theirs in enumerate(concerned) if mine & theirs]
        if len(matches) == 1:
            keyed[matches[0]] = keyed[matches[0]] + comp
        else:
            alone.append(comp)
    return keyed + alone


def _unique(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    return list({c.id: c for c in claims}.values())


def _union_signature(family: str, component: list[tuple[Signature, ClaimRecord]]) -> Signature:
    entities = frozenset().union(*(s.entities for s, _ in component))
    detail = component[0][0].detail if family.startswith("quantity:") else ()
    return Signature(family, entities, detail)


def _compatible_sets(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b) and (a <= b or b <= a)


def _components(items: list[tuple[Signature, ClaimRecord]], exact: bool = False):
    """Connected components of claims whose key entity sets are compatible (or equal, `exact`)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_set: dict[frozenset, list[int]] = defaultdict(list)
    for i, (sig, _) in enumerate(items):
        if sig.entities:  # a claim with no key entities stays alone (see _join_unkeyed)
            by_set[sig.entities].append(i)
    sets = sorted(by_set, key=lambda s: sorted(s))
    for members in by_set.values():
        for i in members[1:]:
            parent[find(i)] = find(members[0])
    if not exact:
        for i, a in enumerate(sets):
            for b in sets[i + 1 :]:
                if _compatible_sets(a, b):
                    parent[find(by_set[b][0])] = find(by_set[a][0])
    comps: dict[int, list] = defaultdict(list)
    for i, item in enumerate(items):
        comps[find(i)].append(item)
    return sorted(comps.values(), key=lambda comp: min(c.id for _, c in comp))


def _group_port_calls(items: list[tuple[Signature, ClaimRecord]]) -> list[Group]:
    full: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    partial: list[tuple[Signature, ClaimRecord]] = []
    for sig, claim in items:
        vessel, port, day = sig.detail
        if vessel and port:
            full[(vessel, port, day)].append(claim)
        else:
            partial.append((sig, claim))
    leftovers: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for sig, claim in partial:
        vessel, port, day = sig.detail
        matches = [k for k in full if k[2] == day and (vessel is None or k[0] == vessel)
                   and (port is None or k[1] == port)]  # fmt: skip
        if len(matches) == 1:
            full[matches[0]].append(claim)
        else:
            leftovers[sig.detail].append(claim)
    out = []
    for key, claims in sorted({**full, **leftovers}.items(), key=lambda kv: tuple(x or "" for x in kv[0])):
        out.append(Group(Signature("port_call", frozenset(x for x in key[:2] if x), key), _unique(claims)))
    return out


def _time_clusters(claims: list[ClaimRecord]) -> list[list[ClaimRecord]]:
    """Single-link clusters of overlapping dates; undated claims join the nearest cluster."""
    claims = _unique(claims)
    dated = sorted(((s, c) for c in claims if (s := _interval(c.date))), key=lambda x: (x[0], x[1].id))
    clusters: list[tuple[date, date, list[ClaimRecord]]] = []
    for (start, end), claim in dated:
        if clusters and start <= clusters[-1][1]:
            lo, hi, members = clusters[-1]
            clusters[-1] = (lo, max(hi, end), members + [claim])
        else:
            clusters.append((start, end, [claim]))
    if not clusters:
        return [claims]
    for claim in claims:
        if _interval(claim.date):
            continue
        when = claim.published or clusters[-1][1]
        best = min(range(len(clusters)), key=lambda i: _distance(when, clusters[i][0], clusters[i][1]))
        clusters[best][2].append(claim)
    return [members for _, _, members in clusters]


def _distance(day: date, start: date, end: date) -> int:
    if start <= day <= end:
        return 0
    return min(abs((day - start).days), abs((day - end).days))


# ----------------------------------------------------------------------------------------- figures


@dataclass(frozen=True, slots=True)
class FigureView:
    """A figure as the report shows it: value, unit, qualifier, date, origin, outlet."""

    id: str
    claim: str
    text: str
    value: float | None
    unit: str
    qualifier: str | None
    calibre: str | None
    low: float
    high: float
    date: str | None  # the date it refers to (ISO), None when undated
    as_of: date | None  # the date used to order it (referred date, else publication)
    origin: str
    outlet: str | None
    published: date | None
    hedged: bool


def as_of(claim: ClaimRecord) -> date | None:
    """The date a figure is true at: the end of the claim's date, else the publication date."""
    span = _interval(claim.date)
    if span is None:
        return claim.published
    end = span[1]
    return min(end, claim.published) if claim.published else end


def figure_views(claims: Iterable[ClaimRecord], family: str, origins: dict[str, Origin]) -> list[FigureView]:
    out: dict[str, FigureView] = {}
    for claim in claims:
        for f in claim.figures:
            if family and unit_family(f.unit) != family:
                continue
            span = cf.interval(f.value, f.qualifier, f.text)
            if span is None or f.id in out:
                continue
            out[f.id] = FigureView(
                f.id,
                claim.id,
                f.text,
                f.value,
                figure_unit_key(f),
                f.qualifier,
                f.calibre,
                span[0],
                span[1],
                claim.date,
                as_of(claim),
                origins[claim.id].name,
                claim.outlet,
                claim.published,
                claim.hedged,
            )
    return sorted(out.values(), key=lambda v: (v.as_of or date.min, v.unit, v.id))


def compare_figures(views: list[FigureView], same_period_days: int) -> list[cf.Comparison]:
    """Pairs of figures of one unit: consistent, series or conflict; a hedged figure never conflicts."""
    readings = [cf.Reading(v.id, v.text, v.unit, v.low, v.high, v.as_of, v.origin, v.value is None) for v in views]
    hedged = {v.id for v in views if v.hedged}
    out = []
    for c in cf.compare_all(readings, same_period_days):
        if c.relation == "conflict" and (c.a in hedged or c.b in hedged):
            c = cf.Comparison(c.a, c.b, "hedged", c.reason + " (not a conflict: one of them is hedged)")
        out.append(c)
    return out


# ----------------------------------------------------------------------------------------- grading

GRADE_WORDS = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}  # fmt: skip
# (grade, condition), tried in this order: the first condition that holds gives the grade.
GRADING_RULES = (
    (
        5,
        "denied, or in conflict with a claim, from an origin graded better (A best) than every origin of the "
        "proposition; a denial whose accusations come from better-graded origins is improbable too",
    ),
    (1, "at least 2 independent origins, no conflicting figures, and not every claim hedged"),
    (2, "at least 2 independent origins, but with conflicting figures or every claim hedged"),
    (4, "a single origin and every claim hedged"),
    (6, "no known origin, or a single origin whose reliability cannot be judged (F, the default for unknown sources)"),
    (3, "a single origin graded A or B, not hedged"),
    (4, "a single origin graded C, D or E"),
)
GRADING_NOTE = ("Rules are tried in this order; the first that applies gives the grade. Source reliability "
                "A-F comes from sources/registry.csv (a person takes their organisation's grade); unknown "
                "sources are graded {default}.")  # fmt: skip


def better(a: str, b: str) -> bool:
    """Reliability a is better than b (A best, F cannot be judged: never better than anything)."""
    if a == "F":
        return False
    if b == "F":
        return True
    return RELIABILITY_ORDER.index(a) < RELIABILITY_ORDER.index(b)


def best_reliability(origins: Iterable[Origin]) -> str:
    grades = [o.reliability for o in origins]
    known = [g for g in grades if g != "F"]
    return min(known, key=RELIABILITY_ORDER.index) if known else "F"


def grade(origins: list[Origin], hedged: list[bool], conflicts: int, contradicted_by: list[Origin]) -> tuple[int, str]:
    """Admiralty information credibility 1-6 and the rule that gave it (GRADING_RULES, in order)."""
    best = best_reliability(origins)
    all_hedged = bool(hedged) and all(hedged)
    if contradicted_by and better(best_reliability(contradicted_by), best):
        rule = 0
    elif len(origins) >= 2:
        rule = 1 if conflicts == 0 and not all_hedged else 2
    elif all_hedged:
        rule = 3
    elif best == "F":
        rule = 4
    elif best in ("A", "B"):
        rule = 5
    else:
        rule = 6
    grade_, condition = GRADING_RULES[rule]
    return grade_, f"{GRADE_WORDS[grade_]}: {condition}"


def rules_text(settings: Settings | None = None) -> dict[str, Any]:
    """Every rule the cross-check applies, as the report prints them."""
    settings = settings or Settings()
    return {
        "grouping": list(GROUPING_RULES),
        "figures": [
            "A figure stands for an interval: a bare number +- half its rounding unit ('6,700': 6,650-6,750); "
            f"'about', 'around', 'roughly' +- the larger of that and {cf.APPROX_TOLERANCE:.0%} ('about 7,000': "
            "6,500-7,500); 'nearly', 'almost' the same below only; 'more than', 'at least', 'over' from the value "
            "up; 'up to', 'less than' from 0 to the value; 'several million' 2-9 million, 'hundreds' 200-999, "
            "'thousands' 2,000-9,999 ('at least several million': 2 million and up).",
            "Figures are compared unit by unit (synonyms folded: projectile = round = shell; the calibre and a "
            "weapon word such as 'ballistic' kept).",
            "Consistent: the intervals overlap.",
            f"Series: counts (not measurements) dated at least {settings.same_period_days} days apart, the later "
            "higher - a cumulative count that grew, not a conflict.",
            f"Conflict: anything else - different values within {settings.same_period_days} days, a cumulative "
            "count that fell, or a measurement that differs. A hedged figure, or a vague count without a number "
            "('hundreds of'), is shown and compared but never makes a conflict.",
            "A figure's date is the end of the date its claim refers to, else the article's publication date.",
        ],
        "origins": list(ORIGIN_RULES),
        "grading": [f"{g} ({GRADE_WORDS[g]}): {text}" for g, text in GRADING_RULES],
        "grading_note": GRADING_NOTE.format(default=settings.default_reliability),
        "denials": [
            "A denial (claim kind 'denial' or stance 'denial') answers the accusation, shipment, quantity and "
            "sanction claims that share its countries (two of them, or its only one, deniers included), name the "
            "vessels and ports it names, and were published from "
            f"{settings.denial_lookback_days} days before it to {settings.denial_near_days} days after it.",
        ],
        "resolution": [
            f"Entities of one label whose names fold alike (rule 'normalised') or score at least "
            f"{settings.fuzzy_threshold:g} on token-sort ratio (rule 'fuzzy') are linked by SAME_AS and count as "
            "one entity; delete an edge and run with --keep-same-as to undo a merge.",
        ],
    }


# ----------------------------------------------------------------------------------------- results


@dataclass
class Proposition:
    id: str
    kind: str
    statement: str
    entities: list[tuple[str, str]]  # (id, name) of its key entities
    claims: list[ClaimRecord]
    origins: dict[str, Origin]  # claim id -> origin
    figures: list[FigureView]
    comparisons: list[cf.Comparison]
    grade: int = 6
    grade_rule: str = ""
    denials: list[tuple[str, str]] = field(default_factory=list)  # (denial claim, accusation claim in this prop)
    answers: list[tuple[str, str]] = field(default_factory=list)  # (denial claim in this prop, accusation claim)
    concerned: set[str] = field(default_factory=set)  # every entity its claims concern (canonical ids)

    @property
    def independent(self) -> list[Origin]:
        """Distinct known origins (an unknown origin corroborates nothing)."""
        return sorted({o.key: o for o in self.origins.values() if o.known}.values(), key=lambda o: o.name)

    @property
    def outlets(self) -> list[str]:
        return sorted({c.outlet or f"(no outlet: {c.title or c.article})" for c in self.claims})

    @property
    def circular(self) -> bool:
        """More outlets than independent origins (and at least one origin known)."""
        return 0 < len(self.independent) < len(self.outlets)

    @property
    def first_reported(self) -> date | None:
        days = [c.published for c in self.claims if c.published]
        return min(days) if days else None

    @property
    def last_reported(self) -> date | None:
        days = [c.published for c in self.claims if c.published]
        return max(days) if days else None

    @property
    def conflicts(self) -> list[cf.Comparison]:
        return [c for c in self.comparisons if c.relation == "conflict"]

    SUMMARY = ("id", "kind", "statement", "grade", "grade_rule", "claims", "outlets", "independent_origins",
               "circular", "conflicts", "first_reported", "last_reported")  # fmt: skip

    def summary(self) -> dict[str, Any]:
        """The proposition in one flat row (counts, not lists): a DataFrame row."""
        return {"id": self.id, "kind": self.kind, "statement": self.statement, "grade": self.grade,
                "grade_rule": self.grade_rule, "claims": len(self.claims), "outlets": len(self.outlets),
                "independent_origins": len(self.independent), "circular": self.circular,
                "conflicts": len(self.conflicts), "first_reported": self.first_reported,
                "last_reported": self.last_reported}  # fmt: skip

    @property
    def series(self) -> list[FigureView]:
        ids = {x for c in self.comparisons if c.relation == "series" for x in (c.a, c.b)}
        return [f for f in self.figures if f.id in ids]


@dataclass
class CrossCheck:
    propositions: list[Proposition]
    merges: list[Merge]
    corroborates: list[tuple[str, str, str]]  # (claim, claim, reason)
    conflicts: list[tuple[str, str, str]]
    denies: list[tuple[str, str]]  # (denial claim, accused claim)
    claims: dict[str, ClaimRecord]
    entity_names: dict[str, str]
    entity_aliases: dict[str, tuple[str, ...]]
    canon: Canon
    settings: Settings
    generated: str

    def rules(self) -> dict[str, Any]:
        return rules_text(self.settings)

    def about(self, name: str) -> list[Proposition]:
        """Propositions whose claims concern an entity called `name` (name or alias, SAME_AS-aware)."""
        wanted = normalise_name(name)
        ids = {self.canon(e) for e, names in self.entity_aliases.items()
               if wanted in {normalise_name(n) for n in (self.entity_names.get(e, ""), *names)}}  # fmt: skip
        return [p for p in self.propositions if p.concerned & ids]

    def to_dataframe(self):
        """One row per proposition: its statement, grade, claims, outlets, independent origins and dates."""
        import pandas as pd

        return pd.DataFrame([p.summary() for p in self.propositions], columns=list(Proposition.SUMMARY))


def cross_check(corpus: Corpus, settings: Settings | None = None, gazetteer: Gazetteer | None = None,
                generated: str | None = None) -> CrossCheck:  # fmt: skip
    """The whole cross-check over claims already read: pure, deterministic for one corpus."""
    settings = settings or Settings()
    gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
    merges = same_as_merges(corpus, settings)
    canon = Canon(merges)
    names = {e.id: e.name for e in corpus.entities}
    origins_of = Origins(corpus.claims, canon, names, gazetteer, settings)
    ctx = Context(canon, names, origins_of, settings)
    origin = {c.id: origins_of.of(c) for c in corpus.claims}
    claims = {c.id: c for c in corpus.claims}

    propositions = []
    for group in group_claims(corpus.claims, ctx):
        propositions.append(_proposition(group, ctx, origin))
    propositions = _dedupe_ids(propositions)

    denies = link_denials(corpus.claims, ctx, settings)
    prop_of: dict[str, list[Proposition]] = defaultdict(list)
    for p in propositions:
        for c in p.claims:
            prop_of[c.id].append(p)
    for denial, accused in denies:
        for p in prop_of.get(accused, []):
            p.denials.append((denial, accused))
        for p in prop_of.get(denial, []):
            p.answers.append((denial, accused))

    corroborates, conflicts = [], []
    for p in propositions:
        contradicted = [origin[d] for d, _ in p.denials if d not in {c.id for c in p.claims}]
        contradicted += [origin[a] for _, a in p.answers]
        p.grade, p.grade_rule = grade(p.independent, [c.hedged for c in p.claims], len(p.conflicts), contradicted)
        corroborates += _corroborations(p)
        conflicts += _conflict_edges(p)
    propositions.sort(key=lambda p: (-len(p.independent), -len(p.claims), p.grade, p.statement, p.id))
    return CrossCheck(
        propositions=propositions,
        merges=merges,
        corroborates=_unique_pairs(corroborates),
        conflicts=_unique_pairs(conflicts),
        denies=sorted(set(denies)),
        claims=claims,
        entity_names=names,
        entity_aliases={e.id: e.aliases for e in corpus.entities},
        canon=canon,
        settings=settings,
        generated=generated or datetime.now(UTC).replace(microsecond=0).isoformat(),
    )


KIND_TITLES = {
    "port_call": "Port call", "shipment": "Shipment", "quantity": "Quantity", "trip_count": "Trips",
    "denial": "Denial", "accusation": "Accusation", "sanction": "Sanctions", "incident": "Incident",
    "production": "Production", "capability": "Capability", "statement": "Statement",
}  # fmt: skip


def _proposition(group: Group, ctx: Context, origin: dict[str, Origin]) -> Proposition:
    sig = group.signature
    claims = sorted(group.claims, key=lambda c: (c.published or date.min, c.article, c.start, c.id))
    kinds = Counter(c.kind for c in claims)
    kind = "port_call" if sig.family == "port_call" else max(sorted(kinds), key=lambda k: kinds[k])
    if sig.family == "denial":
        kind = "denial"
    family = sig.family.split(":", 1)[1] if sig.family.startswith("quantity:") else ""
    figures = figure_views(claims, family, origin) if family else figure_views(claims, "", origin)
    comparisons = compare_figures(figures, ctx.settings.same_period_days)
    ordered = _ordered_entities(sig, claims, ctx)
    entities = [(e, ctx.names.get(e, e)) for e in ordered]
    period = _period(sig, claims)
    statement = make_statement(kind, sig, entities, figures, family, claims, period)
    key = "|".join([sig.family, kind, ",".join(sorted(e for e, _ in entities)), period,
                    claims[0].id if sig.family == "single" else ""])  # fmt: skip
    pid = "prop:" + hashlib.sha256(key.encode()).hexdigest()[:16]
    concerned = {ctx.canon(c.entity) for claim in claims for c in claim.concerns}
    return Proposition(pid, kind, statement, entities, claims, {c.id: origin[c.id] for c in claims}, figures,
                       comparisons, concerned=concerned)  # fmt: skip


def _dedupe_ids(props: list[Proposition]) -> list[Proposition]:
    seen: Counter = Counter()
    out = []
    for p in sorted(props, key=lambda p: (p.id, p.claims[0].id)):
        seen[p.id] += 1
        if seen[p.id] > 1:
            p.id = f"{p.id}-{seen[p.id]}"
        out.append(p)
    return out


def _ordered_entities(sig: Signature, claims: list[ClaimRecord], ctx: Context) -> list[str]:
    if sig.family == "port_call":
        return [x for x in sig.detail[:2] if x]
    counts = Counter(e for claim in claims for e in {ctx.canon(c.entity) for c in claim.concerns} if e in sig.entities)
    top = max(counts.values(), default=0)
    common = frozenset(e for e in sig.entities if counts[e] * 2 >= top) or sig.entities
    order: dict[str, tuple] = {}
    for claim in claims:
        for i, c in enumerate(claim.concerns):
            e = ctx.canon(c.entity)
            if e in sig.entities:
                order.setdefault(e, (i, e))
                order[e] = min(order[e], (i, e))
    return sorted(common, key=lambda e: order.get(e, (99, e)))


def _period(sig: Signature, claims: list[ClaimRecord]) -> str:
    if sig.family == "port_call":
        return sig.detail[2] or ""
    if sig.family.startswith("quantity:") and sig.detail != ("measure",):
        return ""
    spans = [s for c in claims if (s := _interval(c.date))]
    if not spans:
        return ""
    lo, hi = min(s[0] for s in spans), max(s[1] for s in spans)
    return lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"


def make_statement(kind: str, sig: Signature, entities: list[tuple[str, str]], figures: list[FigureView],
                   family: str, claims: list[ClaimRecord], period: str) -> str:  # fmt: skip
    """A readable summary from the kind, the key entities, the figures and the period."""
    names = [n for _, n in entities]
    if sig.family == "single":
        text = claims[0].text.strip()
        return text if len(text) <= 140 else text[:137].rstrip() + "..."
    if sig.family == "port_call":
        vessel, port, day = sig.detail
        who = ctx_name(entities, vessel) or "a vessel"
        where = ctx_name(entities, port) or "a port"
        return f"{who} called at {where} on {day}"
    if sig.family == "denial":
        return f"Denial concerning {_join(names) or 'the accusations'}" + (f" ({period})" if period else "")
    title = KIND_TITLES.get(kind, kind.replace("_", " ").capitalize())
    text = f"{title}: {_join(names)}" if names else title
    if family:
        text += f" - {family}"
        if figures:
            ordered = sorted(figures, key=lambda f: (f.as_of or date.min, f.id))
            shown = [f.text for f in ordered]
            if len(shown) > 4:
                shown = [shown[0], "...", shown[-1]]
            text += f": {', '.join(shown)}"
    first, last = (claims[0].published, claims[-1].published)
    if period:
        text += f" ({period})"
    elif family and first and last:
        text += f" (reported {first.isoformat()}" + (f" to {last.isoformat()})" if last != first else ")")
    return text


def ctx_name(entities: list[tuple[str, str]], entity: str | None) -> str | None:
    return next((n for e, n in entities if e == entity), None)


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _corroborations(p: Proposition) -> list[tuple[str, str, str]]:
    """Claim pairs of one proposition from different origins whose figures do not conflict."""
    conflicting = {frozenset((c.a, c.b)) for c in p.comparisons if c.relation == "conflict"}
    figs = {c.id: {f.id for f in p.figures if f.claim == c.id} for c in p.claims}
    out = []
    for i, a in enumerate(p.claims):
        for b in p.claims[i + 1 :]:
            oa, ob = p.origins[a.id], p.origins[b.id]
            if oa.key == ob.key or not (oa.known and ob.known):
                continue
            if any(frozenset((x, y)) in conflicting for x in figs[a.id] for y in figs[b.id]):
                continue
            later, earlier = (b, a) if (b.published or date.min, b.id) >= (a.published or date.min, a.id) else (a, b)
            out.append((later.id, earlier.id, f"independent origins: {p.origins[later.id].name} and "
                                               f"{p.origins[earlier.id].name}"))  # fmt: skip
    return out


def _conflict_edges(p: Proposition) -> list[tuple[str, str, str]]:
    claim_of = {f.id: f.claim for f in p.figures}
    out = []
    for c in p.conflicts:
        a, b = claim_of[c.a], claim_of[c.b]
        if a != b:
            out.append((a, b, c.reason))
    return out


def _unique_pairs(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    joined: dict[tuple[str, str], list[str]] = {}
    for a, b, reason in pairs:
        reasons = joined.setdefault((a, b), [])
        if reason not in reasons:
            reasons.append(reason)
    return [(a, b, "; ".join(r)) for (a, b), r in sorted(joined.items())]


# ----------------------------------------------------------------------------------------- denials


def link_denials(claims: Iterable[ClaimRecord], ctx: Context, settings: Settings) -> list[tuple[str, str]]:
    """(denial, accusation) pairs: shared countries (and the other things the denial names), the
    accusation published from `denial_lookback_days` before the denial to `denial_near_days` after."""
    claims = list(claims)
    denials = [c for c in claims if c.is_denial]
    targets = [c for c in claims if not c.is_denial and c.kind in ACCUSATION_KINDS and not c.negated]
    target_countries = {t.id: set(ctx.key_entities(t, ("Country",), keep_sources=True)) for t in targets}
    target_all = {t.id: {ctx.canon(c.entity) for c in t.concerns} for t in targets}
    out = []
    for d in denials:
        countries = set(ctx.key_entities(d, ("Country",), keep_sources=True))
        others = set(ctx.key_entities(d, ("Vessel", "Port")))  # places in datelines ("MOSCOW, ...") do not count
        if not countries:
            continue
        need = min(2, len(countries))
        when = d.published or as_of(d)
        lo = when - timedelta(days=settings.denial_lookback_days) if when else None
        hi = when + timedelta(days=settings.denial_near_days) if when else None
        for t in targets:
            if len(countries & target_countries[t.id]) < need or (others and not others & target_all[t.id]):
                continue
            at = t.published or as_of(t)
            if lo and hi and at and not lo <= at <= hi:
                continue
            out.append((d.id, t.id))
    return out


# ----------------------------------------------------------------------------------------- write back


def to_batch(result: CrossCheck) -> GraphBatch:
    """Proposition nodes, GROUPS, CORROBORATES, CONFLICTS_WITH, DENIES and SAME_AS as one batch."""
    batch = GraphBatch()
    for p in result.propositions:
        batch.add_node("Proposition", {
            "id": p.id, "statement": p.statement, "kind": p.kind, "grade": p.grade,
            "independentOrigins": len(p.independent), "outlets": len(p.outlets), "circular": p.circular,
            "firstReported": p.first_reported, "lastReported": p.last_reported,
        })  # fmt: skip
        for c in p.claims:
            batch.add_rel("GROUPS", Rel("Proposition", p.id, "Claim", c.id))
    for a, b, reason in result.corroborates:
        batch.add_rel("CORROBORATES", Rel("Claim", a, "Claim", b, {"reason": reason}))
    for a, b, reason in result.conflicts:
        batch.add_rel("CONFLICTS_WITH", Rel("Claim", a, "Claim", b, {"reason": reason}))
    for a, b in result.denies:
        batch.add_rel("DENIES", Rel("Claim", a, "Claim", b))
    for m in result.merges:
        batch.add_rel("SAME_AS", Rel(m.type, m.source_id, m.type, m.into, {"rule": m.rule, "score": float(m.score)}))
    return batch


def write_back(store: GraphStore, result: CrossCheck) -> None:
    """Replace the previous results: re-running on the same claims changes nothing."""
    store.replace(RESULT_LABELS, RESULT_REL_TYPES, to_batch(result))


def corroborate(store: GraphStore, settings: Settings | None = None, write: bool = True,
                generated: str | None = None) -> CrossCheck:  # fmt: skip
    """Read the claims, cross-check them, and (by default) write the results back into the store."""
    settings = settings or Settings()
    result = cross_check(read_claims(store, same_as=not settings.resolve), settings, generated=generated)
    if write:
        write_back(store, result)
    return result


__all__ = [
    "ClaimRecord", "Concern", "Corpus", "CrossCheck", "FigureRecord", "Origin", "Proposition", "Settings",
    "GRADING_RULES", "GROUPING_RULES", "ORIGIN_RULES", "corroborate", "cross_check", "grade", "read_claims",
    "rules_text", "to_batch", "write_back",
]  # fmt: skip
