"""Which claims assert the same thing: the grouping rules that make propositions (`GROUPING_RULES`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from osint_graph.crosscheck import figures as cf
from osint_graph.crosscheck.figures import unit_family
from osint_graph.crosscheck.origins import Origins
from osint_graph.crosscheck.records import ClaimRecord, date_span, label_of, single_day
from osint_graph.crosscheck.resolution import Canon
from osint_graph.crosscheck.settings import Settings
from osint_graph.gazetteer import normalise_name

# Claim kinds that never group with others (too generic to say two claims assert one thing).
UNGROUPED_KINDS = frozenset({"statement"})

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
    "Direction: shipments of opposite direction (a Shipment fact from A to B, another from B to A) are never one "
    "proposition: such a group is split by direction, and its claims of no known direction stand apart.",
    "Compatible time: the claims' dates overlap, or one is undated (an undated claim joins the dated group nearest "
    "its publication date).",
)


@dataclass(frozen=True, slots=True)
class Signature:
    family: str  # port_call | quantity:<unit family> | denial | kind:<kind> | single
    entities: frozenset[str]
    detail: tuple = ()  # port call: (vessel, port, day)


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
            measured = cf.is_measurement(family)
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
        single = single_day(day)
        if single and (vessel or port):
            return ctx.canon(vessel), ctx.canon(port), single
    day = single_day(claim.date)
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
        else:
            groups += [part for group in _group_family(family, items) for part in split_directions(group, ctx)]
    return groups


def _group_family(family: str, items: list[tuple[Signature, ClaimRecord]]) -> list[Group]:
    """The groups of one family of quantities, denials or claim kinds."""
    groups: list[Group] = []
    if family.startswith("quantity:") or family == "denial":
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


def split_directions(group: Group, ctx: Context) -> list[Group]:
    """A group holding shipments from A to B and from B to A, split by direction (GROUPING_RULES).

    Claims of one direction stay together; claims of no known direction (no Shipment fact with both
    ends) stand apart from both, since nothing says which one they belong to.
    """

    def directions(claim: ClaimRecord) -> set[tuple[str, str]]:
        return {(ctx.canon(a), ctx.canon(b)) for a, b in claim.shipments}

    found = set().union(*(directions(c) for c in group.claims))
    if not any((b, a) in found for a, b in found):
        return [group]
    parts: dict[tuple, list[ClaimRecord]] = defaultdict(list)
    for claim in group.claims:
        mine = directions(claim)
        parts[tuple(sorted(mine))].append(claim)
    return [Group(group.signature, claims) for _key, claims in sorted(parts.items())]


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
    dated = sorted(((s, c) for c in claims if (s := date_span(c.date))), key=lambda x: (x[0], x[1].id))
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
        if date_span(claim.date):
            continue
        when = claim.published or clusters[-1][1]
        best = min(range(len(clusters)), key=lambda i: _distance(when, clusters[i][0], clusters[i][1]))
        clusters[best][2].append(claim)
    return [members for _, _, members in clusters]


def _distance(day: date, start: date, end: date) -> int:
    if start <= day <= end:
        return 0
    return min(abs((day - start).days), abs((day - end).days))
