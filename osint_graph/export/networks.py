"""Graph file formats written with networkx: GraphML, GEXF (Gephi) and Cytoscape.js JSON.

GraphML and GEXF hold typed scalar attributes only, so values are flattened:
lists joined with "; ", None dropped, dates as ISO strings, each property
coerced to the type the ontology gives it (a column has one type in Gephi).
Cytoscape.js JSON keeps lists as lists.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

from osint_graph.export.graph import display_name, iso
from osint_graph.ontology import Schema, default_schema

PY_TYPES = {"string": str, "int": int, "float": float, "bool": bool, "date": str, "datetime": str}
LIST_SEPARATOR = "; "


def property_types(schema: Schema) -> dict[str, str]:
    """Property name -> value type, across labels and relationship types."""
    types: dict[str, str] = {}
    for node in schema.nodes.values():
        types.update({p.name: p.type for p in node.properties})
    for rel in schema.rels.values():
        types.update({p.name: p.type for p in rel.properties})
    return types


def flat_value(value: Any, kind: str | None) -> Any:
    """A scalar for GraphML/GEXF; None when there is nothing to write."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set)):
        items = [str(iso(v)) for v in value if v is not None]
        return LIST_SEPARATOR.join(items) if items else None
    value = iso(value)
    caster = PY_TYPES.get(kind or "string", str)
    try:
        return caster(value)
    except (TypeError, ValueError):
        return str(value)


def edge_id(start: str, end: str, rel_type: str) -> str:
    """A file-wide unique edge id: a store holds at most one relationship of a type between two
    nodes.  Gephi keys edges by id, so an id shared by several edges keeps only one of them."""
    return f"{rel_type}:{start}->{end}"


# An edge element with its id, whose first part is the relationship type (see `edge_id`).
_EDGE_RE = re.compile(r'<edge ((?:[^>]*?\s)?id="([A-Z][A-Z0-9_]*):)')


def with_edge_types(text: str, fmt: str) -> str:
    """Mark each edge element with its relationship type as Gephi's edge type.

    Gephi keeps one edge per pair of nodes and edge type: two relationships between the same
    nodes (a claim both CONCERNS and is ATTRIBUTED_TO a person) are merged into one unless
    their types differ.  Its GraphML importer takes the type from the `label` attribute of
    the <edge> element, its GEXF importer from `kind` (GEXF 1.3); networkx writes neither.
    """
    attribute = "label" if fmt == "graphml" else "kind"
    return _EDGE_RE.sub(lambda m: f'<edge {attribute}="{m.group(2)}" {m.group(1)}', text)


def flat_graph(graph: nx.MultiDiGraph, schema: Schema | None = None, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy with scalar, typed attributes only, shaped for Gephi (GraphML and GEXF alike).

    A node's `label` is its display name (Gephi shows the `label` attribute) and its node
    label moves to `nodeType`; an edge's key is its unique id (see `edge_id`), its type is
    `relType` and also its `label` (GEXF reserves `type` for directed/undirected).  networkx
    writes a GraphML edge's key as its id, and a GEXF edge's `id` attribute as its id.
    """
    types = property_types(schema or default_schema())
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {k: v for k, v in ((k, flat_value(v, types.get(k))) for k, v in data.items()) if v is not None}
        attrs["nodeType"] = attrs.pop("label")
        attrs["label"] = display_name(graph, node)
        flat.add_node(node, **attrs)
    for start, end, key, data in graph.edges(keys=True, data=True):
        attrs = {k: v for k, v in ((k, flat_value(v, types.get(k))) for k, v in data.items()) if v is not None}
        attrs["relType"] = attrs.pop("type")
        attrs["label"] = attrs["relType"]
        if gexf:
            attrs["id"] = edge_id(start, end, key)
        flat.add_edge(start, end, key=edge_id(start, end, key), **attrs)
    return flat


def _json_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    return iso(value)


def cytoscape_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Cytoscape.js elements JSON: node data has `id`, `type` (node label), `name`; edge data
    `id`, `source`, `target`, `type` (relationship type) and the properties."""
    nodes = []
    for node, data in graph.nodes(data=True):
        props = {k: _json_value(v) for k, v in data.items() if k not in ("label", "id")}
        nodes.append({"data": {"id": str(node), "type": data.get("label"), "name": display_name(graph, node), **props}})
    edges = []
    for start, end, key, data in graph.edges(keys=True, data=True):
        props = {k: _json_value(v) for k, v in data.items() if k != "type"}
        edges.append(
            {"data": {"id": edge_id(start, end, key), "source": str(start), "target": str(end), "type": key, **props}}
        )
    return {"elements": {"nodes": nodes, "edges": edges}}
