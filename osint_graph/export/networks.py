"""Graph file formats written with networkx: GraphML, GEXF (Gephi) and Cytoscape.js JSON.

GraphML and GEXF hold typed scalar attributes only, so values are flattened:
lists joined with "; ", None dropped, dates as ISO strings, each property
coerced to the type the ontology gives it (a column has one type in Gephi).
Cytoscape.js JSON keeps lists as lists.
"""

from __future__ import annotations

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


def flat_graph(graph: nx.MultiDiGraph, schema: Schema | None = None, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy with scalar, typed attributes only.

    For GEXF the node `label` is the display name (Gephi shows it) and the node
    label moves to `nodeType`; the edge type is kept as `relType` and as the
    edge label (GEXF reserves `type` for directed/undirected).
    """
    types = property_types(schema or default_schema())
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {k: v for k, v in ((k, flat_value(v, types.get(k))) for k, v in data.items()) if v is not None}
        attrs["displayName"] = display_name(graph, node)
        if gexf:
            attrs["nodeType"] = attrs.pop("label")
            attrs["label"] = attrs["displayName"]
        flat.add_node(node, **attrs)
    for start, end, key, data in graph.edges(keys=True, data=True):
        attrs = {k: v for k, v in ((k, flat_value(v, types.get(k))) for k, v in data.items()) if v is not None}
        if gexf:
            attrs["relType"] = attrs.pop("type")
            attrs["label"] = attrs["relType"]
        flat.add_edge(start, end, key=key, **attrs)
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
        edge_id = f"{key}:{start}->{end}"
        edges.append({"data": {"id": edge_id, "source": str(start), "target": str(end), "type": key, **props}})
    return {"elements": {"nodes": nodes, "edges": edges}}
