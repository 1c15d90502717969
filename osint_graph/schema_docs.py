"""Schema documentation derived from the ontology (`osint-graph schema`)."""

from __future__ import annotations

from osint_graph.ontology import Schema


def schema_markdown(schema: Schema) -> str:
    lines = ["# Graph schema", "", "Derived from `ontology/osint.ttl`.", "", "## Node labels", ""]
    for node in schema.nodes.values():
        lines.append(f"### {node.label}")
        if node.comment:
            lines.append(node.comment)
        lines.append("")
        lines.append("| property | type |")
        lines.append("|---|---|")
        for p in node.properties:
            lines.append(f"| `{p.name}` | {p.type}{'[]' if p.multi else ''} |")
        lines.append("")
    lines += ["## Relationship types", "", "| type | from -> to | properties | PROV-O |", "|---|---|---|---|"]
    for rel in schema.rels.values():
        pairs = sorted({f"{a} -> {b}" for a, b in rel.pairs})
        shown = ", ".join(pairs[:4]) + (f" (+{len(pairs) - 4})" if len(pairs) > 4 else "")
        props = ", ".join(f"`{p.name}`" for p in rel.properties)
        parent = rel.parent.rsplit("#", 1)[-1] if rel.parent else ""
        lines.append(f"| `{rel.type}` | {shown} | {props} | {parent} |")
    return "\n".join(lines)
