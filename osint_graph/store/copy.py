"""Copy one store into another without re-extracting: `osint-graph copy --from X --to Y`.

Typical use: an embedded LadybugDB file built on a laptop, moved into a Neo4j server for a
team.  Every node of every label and every relationship of every type (per pair of labels,
as the schema declares them) is read from the source and written to the target with the
target's own `write`, so the target's rules hold (Neo4j: MERGE in managed transactions,
the `Entity` label, dates as `date` values, the FULLTEXT index) and copying again changes
nothing.  Values the current schema derives that an older store may lack (`nameKeys`,
`startDate`/`endDate`) are filled in on the way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from osint_graph.store.base import GraphBatch, GraphStore, Rel
from osint_graph.store.graph_rows import date_bounds
from osint_graph.store.search import name_keys

# Rows per write: big enough for bulk loading, small enough to keep a batch in memory.
COPY_CHUNK = 20_000


@dataclass
class CopyReport:
    nodes: dict[str, int] = field(default_factory=dict)
    rels: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.nodes.values()) + sum(self.rels.values())


def _node_props(props: dict[str, Any], entity: bool, dated: bool) -> dict[str, Any]:
    clean = {k: v for k, v in props.items() if not k.startswith("_") and v is not None}
    if entity and not clean.get("nameKeys"):
        clean["nameKeys"] = name_keys([clean.get("name"), *(clean.get("aliases") or [])])
    if dated and "startDate" not in clean:
        clean.update(date_bounds(clean.get("date")))
    return clean


def node_rows(source: GraphStore) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(label, rows) for every label with nodes, in id order: schema properties, `nameKeys` and date
    bounds filled in where an older store lacks them (`label_rows`)."""
    for label in source.schema.nodes:
        found = label_rows(source, label)
        if found:
            yield label, found


def label_rows(source: GraphStore, label: str) -> list[dict[str, Any]]:
    """The nodes of one label, in id order, as `node_rows` gives them.

    The properties are asked for as columns, which both stores return as plain values: 2.5x faster
    than whole nodes from LadybugDB (3.6 s against 1.4 s for 74,299 elements). A store whose tables
    lack a column of the current schema (an older file) is read as whole nodes.
    """
    node = source.schema.nodes[label]
    entity = label in source.schema.entity_labels()
    dated = node.property("startDate") is not None
    names = [p.name for p in node.properties]
    columns = ", ".join(f"n.`{name}`" for name in names)
    try:
        found = source.query(f"MATCH (n:{label}) RETURN {columns} ORDER BY n.id").rows
        found = [dict(zip(names, row, strict=True)) for row in found]
    except Exception:  # an older store: no such column
        found = [row[0] for row in source.query(f"MATCH (n:{label}) RETURN n ORDER BY n.id").rows]
    return [_node_props(props, entity, dated) for props in found]


def rel_rows(source: GraphStore) -> Iterator[tuple[str, tuple[str, str], list[tuple[str, str, dict]]]]:
    """(type, (start label, end label), [(start id, end id, properties)]) for every pair with relationships."""
    for rel_type, rel in source.schema.rels.items():
        for pair in rel.pairs:
            rows = pair_rows(source, rel_type, pair)
            if rows:
                yield rel_type, pair, rows


def pair_rows(source: GraphStore, rel_type: str, pair: tuple[str, str]) -> list[tuple[str, str, dict]]:
    """The relationships of one type between one pair of labels, ordered by start and end id."""
    names = [p.name for p in source.schema.rels[rel_type].properties]
    columns = "".join(f", r.`{name}`" for name in names)
    match = f"MATCH (a:{pair[0]})-[r:{rel_type}]->(b:{pair[1]}) "
    try:
        found = source.query(f"{match}RETURN a.id, b.id{columns} ORDER BY a.id, b.id").rows
        found = [(a, b, dict(zip(names, values, strict=True))) for a, b, *values in found]
    except Exception:  # an older store: no such column
        found = source.query(f"{match}RETURN a.id, b.id, r ORDER BY a.id, b.id").rows
    # only the schema's properties (a whole relationship also carries the store's own keys)
    return [(a, b, _kept(props, names)) for a, b, props in found]


def _kept(props: dict[str, Any] | None, names: list[str]) -> dict[str, Any]:
    return {k: v for k, v in (props or {}).items() if k in names and v is not None}


def _batches(source: GraphStore) -> Iterator[tuple[str, int, GraphBatch]]:
    """(what, how many, batch) for every label, then every relationship type and label pair."""
    for label, rows in node_rows(source):
        for start in range(0, len(rows), COPY_CHUNK):
            batch = GraphBatch()
            for props in rows[start : start + COPY_CHUNK]:
                batch.add_node(label, props)
            yield label, len(batch.nodes.get(label, {})), batch
    for rel_type, (start_label, end_label), rows in rel_rows(source):
        for start in range(0, len(rows), COPY_CHUNK):
            batch = GraphBatch()
            for a, b, props in rows[start : start + COPY_CHUNK]:
                batch.add_rel(rel_type, Rel(start_label, a, end_label, b, props))
            yield rel_type, len(batch.rels.get(rel_type, {})), batch


def copy_store(
    source: GraphStore, target: GraphStore, on_batch: Callable[[str, int], None] | None = None
) -> CopyReport:
    """Write every node and relationship of `source` into `target`; returns what was copied.

    A LadybugDB target with no nodes yet is written by the bulk loader (store/ladybug_bulk.py):
    no look-ups, few big commits, the same store.
    """
    from osint_graph.store.ladybug_bulk import BulkLoader, can_bulk_load

    if can_bulk_load(target) and not any(target.counts()[0].values()):
        with BulkLoader(target) as loader:
            return _copy(source, loader, on_batch)
    return _copy(source, target, on_batch)


def _copy(source: GraphStore, writer: Any, on_batch: Callable[[str, int], None] | None) -> CopyReport:
    report = CopyReport()
    for what, count, batch in _batches(source):
        if count:
            writer.write(batch)
        counts = report.nodes if what in source.schema.nodes else report.rels
        counts[what] = counts.get(what, 0) + count
        if on_batch:
            on_batch(what, count)
    return report
