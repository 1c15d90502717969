"""Neo4j bulk writes: CREATE what is known to be new, instead of MERGE row by row.

MERGE looks for an existing element for every row and takes a lock for it; for a
relationship it expands the start node's relationships, which grows with the node (an
Article has hundreds of DERIVED_FROM). The ingest has one writer, so the store can instead
ask once per chunk which ids (or start/end pairs) it already holds, through the uniqueness
constraint's index, leave those rows out (MERGE would have left them unchanged too) and
CREATE the rest. A first load into an empty label or relationship type asks nothing: the
count store says it is empty. The uniqueness constraints still refuse a duplicate node, so
a second writer racing this one fails loudly rather than doubling a node.
"""

from __future__ import annotations

from typing import Any

# Ids per look-up statement.
LOOKUP_CHUNK = 10_000


def _single(session, cypher: str, **params: Any) -> int:
    return session.run(cypher, **params).single()[0]


def label_is_empty(session, label: str) -> bool:
    """From the count store: constant time however big the graph."""
    return _single(session, f"MATCH (n:{label}) RETURN count(n)") == 0


def rel_type_is_empty(session, rel_type: str, start_label: str) -> bool:
    return _single(session, f"MATCH (:{start_label})-[r:{rel_type}]->() RETURN count(r)") == 0


def new_node_rows(session, label: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows whose id the label does not hold yet."""
    if not rows or label_is_empty(session, label):
        return rows
    ids = [r["id"] for r in rows]
    stored: set[str] = set()
    for i in range(0, len(ids), LOOKUP_CHUNK):
        result = session.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id", ids=ids[i : i + LOOKUP_CHUNK])
        stored.update(record[0] for record in result)
    return [r for r in rows if r["id"] not in stored]


def new_rel_rows(
    session, rel_type: str, start_label: str, end_label: str, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows whose (start, end) pair has no `rel_type` relationship yet."""
    if not rows or rel_type_is_empty(session, rel_type, start_label):
        return rows
    pairs = [[r["start"], r["end"]] for r in rows]
    stored: set[tuple[str, str]] = set()
    for i in range(0, len(pairs), LOOKUP_CHUNK):
        result = session.run(
            f"UNWIND $pairs AS p MATCH (a:{start_label} {{id: p[0]}})-[:{rel_type}]->(b:{end_label} {{id: p[1]}}) "
            "RETURN a.id, b.id",
            pairs=pairs[i : i + LOOKUP_CHUNK],
        )
        stored.update((record[0], record[1]) for record in result)
    return [r for r in rows if (r["start"], r["end"]) not in stored]
