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
    "claims of one unit family go together when their key entities overlap and one set contains the other; a "
    "set contained in two sets that do not contain each other ({A} beside {A, B} and {A, C}) joins neither. "
    "Dates do not split a count: the figures are ordered in time instead (series); measurements must also be of "
    "compatible time.",
    "Denials: claims of kind denial (or stance denial) group like quantities, by the countries they concern "
    "(deniers included) and the vessels, ports and places they name.",
    "Other claims group when they have the same kind and the same key entities (after SAME_AS, sources excluded, "
    "at least two entities or a vessel) and compatible time. 'statement' claims are never grouped.",
    "Coverage: quantities and denials group only within one run of coverage: claims sorted by their articles' "
    "publication dates (an undated article: the latest date its claims name), a gap of more than "
    "{coverage_gap_days} days between one article and the next starts another proposition; claims of "
    "articles with no date at all join the run if there is only one, else stand apart together. Other claims "
    "are split by the claims' own dates (Compatible time).",
    "Ships: quantities and denials whose claims name different ships (none in common, sources excluded) are "
    "split by ship; the claims that name no ship then stand apart together.",
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
    claims = list(claims)
    days = article_days(claims)
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
            groups += [
                part
                for group in _group_family(family, items, days, ctx.settings.coverage_gap_days)
                for vessel_part in split_vessels(group, ctx)
                for part in split_directions(vessel_part, ctx)
            ]
    return groups


def _group_family(
    family: str, items: list[tuple[Signature, ClaimRecord]], days: dict[str, date], gap_days: int
) -> list[Group]:
    """The groups of one family of quantities, denials or claim kinds."""
    groups: list[Group] = []
    if family.startswith("quantity:") or family == "denial":
        if family.startswith("quantity:"):
            items = _inherit_entities(items)
        for whole in _join_unkeyed(_components(items)):
            for component in _coverage_runs(whole, days, gap_days):
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


def split_vessels(group: Group, ctx: Context) -> list[Group]:
    """A group whose claims name different ships, split by ship (GROUPING_RULES, Ships).

    Claims that name a ship in common (not as a source) stay together; when two or more such
    parts remain, the claims that name no ship stand apart together, since nothing says which
    ship's proposition they belong to.
    """
    if not group.signature.family.startswith("quantity:") and group.signature.family != "denial":
        return [group]
    vessels = [set(ctx.key_entities(claim, ("Vessel",))) for claim in group.claims]
    parent = list(range(len(group.claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, names in enumerate(vessels):
        for vessel in names:
            parent[find(i)] = find(owner.setdefault(vessel, i))
    parts: dict[int, list[ClaimRecord]] = defaultdict(list)
    shipless: list[ClaimRecord] = []
    for i, claim in enumerate(group.claims):
        (parts[find(i)] if vessels[i] else shipless).append(claim)
    if len(parts) <= 1:
        return [group]
    return [Group(group.signature, claims) for claims in [*parts.values(), shipless] if claims]


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


def _components(items: list[tuple[Signature, ClaimRecord]], exact: bool = False):
    """Claims grouped by their key entity sets: equal sets together; unless `exact`, a set also joins
    the one maximal set (contained in no other) that contains it, and stays apart when two maximal
    sets contain it. Single-link joining of every overlapping pair chained unrelated stories through
    a common country: {A, B} - {A} - {A, C} made one proposition of claims about B and about C."""
    by_set: dict[frozenset, list[int]] = defaultdict(list)
    alone: list[list] = []  # a claim with no key entities stays alone (see _join_unkeyed)
    for i, (sig, _) in enumerate(items):
        if sig.entities:
            by_set[sig.entities].append(i)
        else:
            alone.append([items[i]])
    target = {s: s for s in by_set}
    if not exact:
        maximal = [s for s in by_set if not any(s < other for other in by_set)]
        for s in by_set:
            containers = [m for m in maximal if s < m]
            if len(containers) == 1:
                target[s] = containers[0]
    comps: dict[frozenset, list[int]] = defaultdict(list)
    for s, members in by_set.items():
        comps[target[s]] += members
    out = [[items[i] for i in sorted(members)] for members in comps.values()] + alone
    return sorted(out, key=lambda comp: min(c.id for _, c in comp))


def article_days(claims: Iterable[ClaimRecord]) -> dict[str, date]:
    """Each article's day for the coverage rule: its publication date, else the latest date its
    claims name (an article tells of events up to about when it was written)."""
    published: dict[str, date] = {}
    named: dict[str, date] = {}
    for claim in claims:
        if claim.published:
            published[claim.article] = claim.published
        elif span := date_span(claim.date):
            named[claim.article] = max(named.get(claim.article, span[1]), span[1])
    return {**named, **published}


def _coverage_runs(component: list[tuple[Signature, ClaimRecord]], days: dict[str, date], gap_days: int) -> list:
    """A component split where its articles' days (`article_days`) leave a gap of more than
    `gap_days` (GROUPING_RULES, Coverage). Claims of articles with no day join the run when there
    is one, else stand apart together; with no days at all the component stays whole."""
    dated = sorted((days[claim.article], i) for i, (_, claim) in enumerate(component) if claim.article in days)
    undated = [i for i, (_, claim) in enumerate(component) if claim.article not in days]
    runs: list[list[int]] = []
    last: date | None = None
    for day, i in dated:
        if last is None or (day - last).days > gap_days:
            runs.append([])
        runs[-1].append(i)
        last = day
    if len(runs) <= 1:
        return [component]
    if undated:
        runs.append(undated)
    return [[component[i] for i in sorted(run)] for run in runs]


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
