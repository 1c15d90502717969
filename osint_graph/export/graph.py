"""Read a store into a networkx MultiDiGraph, and cut the subgraph around one entity.

Every export starts here, so that no format knows which store it reads.  The
graph is read generically from the `Schema`: one query per node label and one
per relationship type (never one per node), so a new class in the ontology is
exported without a code change.

Nodes are keyed by their `id`; node attribute `label` is the node label and the
other attributes are the stored properties (None values left out).  Edges carry
`type` (the relationship type) and their properties; the edge key is the type,
since a store holds at most one relationship of a type between two nodes.
"""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import networkx as nx

from osint_graph.ontology import Schema, default_schema

# Nodes that link to almost everything: an ego graph walks into them but not through them,
# or one extractor run would pull the whole store into every --about subgraph.
HUB_LABELS = frozenset({"ExtractionRun"})


class ExportError(ValueError):
    """A problem the user can fix (unknown entity, bad option); the CLI prints it as is."""


def _native(value: Any) -> Any:
    """Store values as plain Python (Neo4j's time types become date/datetime)."""
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, list):
        return [_native(v) for v in value]
    return value


def _props(value: dict[str, Any]) -> dict[str, Any]:
    """A node or relationship value without the engine's internal keys or empty values."""
    return {k: _native(v) for k, v in value.items() if not k.startswith("_") and v is not None}


def read_graph(store, schema: Schema | None = None) -> nx.MultiDiGraph:
    """The whole store as a MultiDiGraph: one query per label, one per relationship type."""
    schema = schema or getattr(store, "schema", None) or default_schema()
    graph = nx.MultiDiGraph()
    # Rows are sorted, so that the graph (and every file written from it) does not depend on
    # the order a store happens to return them in.
    for label in schema.nodes:
        nodes = [_props(node) for (node,) in store.query(f"MATCH (n:{label}) RETURN n").rows]
        for props in sorted(nodes, key=lambda p: p["id"]):
            graph.add_node(props["id"], label=label, **props)
    for rel_type in schema.rels:
        rows = store.query(f"MATCH (a)-[r:{rel_type}]->(b) RETURN a.id, b.id, r").rows
        for start, end, rel in sorted(rows, key=lambda row: (row[0], row[1])):
            graph.add_edge(start, end, key=rel_type, type=rel_type, **_props(rel or {}))
    return graph


def entity_labels(schema: Schema | None = None) -> list[str]:
    return (schema or default_schema()).entity_labels()


def find_entities(graph: nx.MultiDiGraph, name: str, schema: Schema | None = None) -> list[str]:
    """Ids of the entities named `name` (name, alias or id; case-insensitive).

    Exact name matches win over alias matches, so 'Russia' is the country even
    if some organisation lists it as an alias.
    """
    wanted = name.strip().casefold()
    labels = set(entity_labels(schema))
    by_name, by_alias = [], []
    for node_id, data in graph.nodes(data=True):
        if data.get("label") not in labels:
            continue
        if str(data.get("name", "")).casefold() == wanted or str(node_id).casefold() == wanted:
            by_name.append(node_id)
        elif any(str(a).casefold() == wanted for a in data.get("aliases") or []):
            by_alias.append(node_id)
    return sorted(by_name) or sorted(by_alias)


def _suggestions(graph: nx.MultiDiGraph, name: str, schema: Schema | None) -> list[str]:
    labels = set(entity_labels(schema))
    names = {str(d["name"]) for _, d in graph.nodes(data=True) if d.get("label") in labels and d.get("name")}
    folded = {n.casefold(): n for n in names}
    close = difflib.get_close_matches(name.casefold(), list(folded), n=5, cutoff=0.6)
    return [folded[c] for c in close]


def ego_subgraph(graph: nx.MultiDiGraph, about: str, depth: int = 2, schema: Schema | None = None) -> nx.MultiDiGraph:
    """Nodes within `depth` hops (edges taken in either direction) of the entity named `about`.

    Raises ExportError naming close matches when no entity has that name.
    """
    if depth < 0:
        raise ExportError("--depth must be 0 or more")
    centres = find_entities(graph, about, schema)
    if not centres:
        hint = _suggestions(graph, about, schema)
        more = f"; did you mean: {', '.join(hint)}?" if hint else ""
        raise ExportError(f"no entity named {about!r} in the store (names and aliases, case-insensitive){more}")
    return graph.subgraph(with_provenance(graph, within(graph, centres, depth))).copy()


def within(graph: nx.MultiDiGraph, centres: Iterable[str], depth: int) -> set[str]:
    """Breadth-first, undirected, not expanding through hub nodes (see HUB_LABELS)."""
    seen = dict.fromkeys(centres, 0)
    queue = deque(seen)
    while queue:
        node = queue.popleft()
        distance = seen[node]
        if distance >= depth or (distance > 0 and graph.nodes[node].get("label") in HUB_LABELS):
            continue
        for neighbour in list(graph.successors(node)) + list(graph.predecessors(node)):
            if neighbour not in seen:
                seen[neighbour] = distance + 1
                queue.append(neighbour)
    return set(seen)


# What a node needs to stay traceable: a record its article, a fact its claims, a mention its entity.
PROVENANCE_RELS = ("DERIVED_FROM", "SUPPORTED_BY", "REFERS_TO", "PUBLISHED_BY", "GENERATED_BY")


def with_provenance(graph: nx.MultiDiGraph, nodes: set[str]) -> set[str]:
    """`nodes` plus, transitively, what their provenance links point to.

    A subgraph cut at some depth would otherwise hold claims without their
    article or facts without their claims (DESIGN.md: provenance is not optional).
    """
    keep = set(nodes)
    todo = list(nodes)
    while todo:
        node = todo.pop()
        for _, target, key in graph.out_edges(node, keys=True):
            if key in PROVENANCE_RELS and target not in keep:
                keep.add(target)
                todo.append(target)
    return keep


def load_graph(store, about: str | None = None, depth: int = 2, schema: Schema | None = None) -> nx.MultiDiGraph:
    """The store's graph, or the subgraph around `about` when given."""
    graph = read_graph(store, schema)
    if about:
        graph = ego_subgraph(graph, about, depth, schema)
    return graph


# -- helpers the formats share ------------------------------------------------


def iso(value: Any) -> Any:
    """Dates and times as ISO strings; anything else unchanged."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def nodes_of(graph: nx.MultiDiGraph, label: str) -> list[tuple[str, dict]]:
    return sorted(((n, d) for n, d in graph.nodes(data=True) if d.get("label") == label), key=lambda x: x[0])


def out_edges(graph: nx.MultiDiGraph, node: str, rel_type: str) -> list[tuple[str, dict]]:
    """(target, edge data) of a node's outgoing edges of one type."""
    return [(t, d) for _, t, k, d in graph.out_edges(node, keys=True, data=True) if k == rel_type]


def in_edges(graph: nx.MultiDiGraph, node: str, rel_type: str) -> list[tuple[str, dict]]:
    """(source, edge data) of a node's incoming edges of one type."""
    return [(s, d) for s, _, k, d in graph.in_edges(node, keys=True, data=True) if k == rel_type]


def display_name(graph: nx.MultiDiGraph, node: str) -> str:
    """A short human name for any node."""
    data = graph.nodes[node]
    label = data.get("label")
    if data.get("name"):
        return str(data["name"])
    if label == "Article":
        return str(data.get("title") or data.get("sourceFile") or node)
    if label == "Proposition":
        return str(data.get("statement") or node)
    if label in ("Claim", "Mention", "Figure"):
        return str(data.get("text") or node)
    if label == "ExtractionRun":
        return f"{data.get('extractor', '?')} {data.get('extractorVersion', '')}".strip()
    if label in ("PortCall", "Shipment", "TripCount"):
        return fact_summary(graph, node)
    return str(node)


def fact_summary(graph: nx.MultiDiGraph, node: str) -> str:
    """One line for a port call, shipment or trip count, from its linked nodes."""
    data = graph.nodes[node]
    label = data.get("label")

    def names(rel_type: str) -> str:
        return ", ".join(str(graph.nodes[t].get("name", t)) for t, _ in out_edges(graph, node, rel_type))

    vessel = names("INVOLVES")
    when = f" on {data['date']}" if data.get("date") else ""
    amount = ""
    if data.get("quantity") is not None:
        q = float(data["quantity"])
        amount = f"{int(q) if q.is_integer() else q:,} {data.get('unit') or ''}".strip()
    if label == "PortCall":
        return f"{vessel or 'a vessel'} at {names('AT_PORT') or 'a port'}{when}"
    if label == "Shipment":
        item = data.get("item") or names("CARGO") or "goods"
        route = "".join(
            f" {word} {names(rel)}" for word, rel in (("from", "SHIPPED_FROM"), ("to", "SHIPPED_TO")) if names(rel)
        )
        by = f" by {vessel}" if vessel else ""
        return f"shipment of {item}{f' ({amount})' if amount else ''}{route}{by}{when}"
    if label == "TripCount":
        return f"{vessel or 'vessels'}: {amount or 'trips'}{when}"
    return str(node)


def claim_grades(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Claim id -> Admiralty credibility (1-6) of its proposition, where cross-check ran.

    A claim in several propositions takes the best (lowest) grade.
    """
    grades: dict[str, int] = {}
    for prop, data in nodes_of(graph, "Proposition"):
        grade = data.get("grade")
        if grade is None:
            continue
        for claim, _ in out_edges(graph, prop, "GROUPS") + out_edges(graph, prop, "SUPPORTED_BY"):
            grades[claim] = min(grades.get(claim, 7), int(grade))
    return grades


def claim_article(graph: nx.MultiDiGraph, record: str) -> str | None:
    """The article a claim (or mention, figure) was read from."""
    for article, _ in out_edges(graph, record, "DERIVED_FROM"):
        return article
    article = graph.nodes[record].get("article")
    return article if article in graph else None


def attribution_chain(graph: nx.MultiDiGraph, claim: str) -> list[dict[str, Any]]:
    """The claim's chain, nearest cited source first: [{name, id, verb}].

    Names come from the claim's `attribution` list; linked source nodes
    (ATTRIBUTED_TO, by `position`) add their ids and verbs.
    """
    data = graph.nodes[claim]
    linked = {d.get("position"): (t, d) for t, d in out_edges(graph, claim, "ATTRIBUTED_TO")}
    chain = []
    names = list(data.get("attribution") or [])
    for position in range(max(len(names), max((p for p in linked if p is not None), default=-1) + 1)):
        target, edge = linked.get(position, (None, {}))
        name = names[position] if position < len(names) else graph.nodes[target].get("name", target)
        chain.append({"name": name, "id": target, "verb": edge.get("verb")})
    return chain


# Line breaks that JSON leaves unescaped but that line-based readers (Python's splitlines,
# some JSONL importers) split on.
_JSON_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def json_line(value: Any) -> str:
    """One JSON value on one line, whatever characters its strings hold."""
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=False).translate(_JSON_LINE_BREAKS) + "\n"
