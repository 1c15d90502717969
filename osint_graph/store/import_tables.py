"""A store's nodes and relationships as Arrow tables typed by the schema, for store/neo4j_import.py.

From a LadybugDB file the tables come straight out of the database (`LadybugStore.arrow`: one
query per label and per relationship pair, no Python object per value); from any other store,
or from an older file whose tables lack a column of the current schema, they are built from the
rows `osint-graph copy` reads (store/copy.py), typed as Neo4jStore types them. Either way the
values are those a `copy --to bolt://` writes: schema properties only, `nameKeys` and date
bounds filled in where missing, one relationship per (start, end) pair of a type.

Columns are named after the schema's properties (`id` first for nodes; `start`, `end` first for
relationships), in the schema's order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from osint_graph.ontology import NodeType, Property
from osint_graph.store.base import GraphStore
from osint_graph.store.copy import label_rows, pair_rows
from osint_graph.store.graph_rows import date_bounds
from osint_graph.store.ladybug_store import LadybugStore, arrow_type
from osint_graph.store.neo4j_store import _neo4j_props
from osint_graph.store.search import name_keys

START, END = "start", "end"


def arrow_schema(props: list[Property], first: tuple[str, ...] = ()) -> pa.Schema:
    """The Arrow schema of a table: the leading id columns (strings), then one column per property."""
    return pa.schema(
        [*(pa.field(name, pa.string()) for name in first), *(pa.field(p.name, arrow_type(p)) for p in props)]
    )


def node_tables(source: GraphStore) -> Iterator[tuple[str, pa.Table]]:
    """(label, table) for every label with nodes, in id order."""
    for label, node in source.schema.nodes.items():
        table = _ladybug_nodes(source, node) if isinstance(source, LadybugStore) else None
        if table is None:
            typed = {p.name: p for p in node.properties}
            rows = [_neo4j_props(row, typed) for row in label_rows(source, label)]
            table = pa.Table.from_pylist(rows, schema=arrow_schema(list(node.properties)))
        if table.num_rows:
            yield label, table


def rel_tables(source: GraphStore) -> Iterator[tuple[str, tuple[str, str], pa.Table]]:
    """(type, (start label, end label), table) for every pair with relationships, ordered by start and
    end id, one relationship per (start, end) pair, as Neo4jStore writes them."""
    for rel_type, rel in source.schema.rels.items():
        props = list(rel.properties)
        schema = arrow_schema(props, (START, END))
        for pair in rel.pairs:
            table = _ladybug_rels(source, rel_type, pair, schema) if isinstance(source, LadybugStore) else None
            if table is None:
                typed = {p.name: p for p in props}
                rows = [{START: a, END: b, **_neo4j_props(r, typed)} for a, b, r in pair_rows(source, rel_type, pair)]
                table = pa.Table.from_pylist(rows, schema=schema)
            if table.num_rows:
                yield rel_type, pair, first_of_each_pair(table)


def first_of_each_pair(table: pa.Table) -> pa.Table:
    """The first row of each run of equal (start, end): the table is ordered by them."""
    if table.num_rows < 2:
        return table
    start, end = table.column(START).combine_chunks(), table.column(END).combine_chunks()
    n = table.num_rows
    same = pc.and_(pc.equal(start.slice(1), start.slice(0, n - 1)), pc.equal(end.slice(1), end.slice(0, n - 1)))
    keep = pa.concat_arrays([pa.array([True]), pc.invert(same)])
    return table if pc.all(keep).as_py() else table.filter(keep)


# -- LadybugDB ----------------------------------------------------------------------------------
def _ladybug_nodes(store: LadybugStore, node: NodeType) -> pa.Table | None:
    """The label's nodes straight from the file; None when its table lacks a column (an older file)."""
    props = list(node.properties)
    if not _has_columns(store, node.label, [p.name for p in props]):
        return None  # an older file: copy.label_rows reads whole nodes instead
    columns = ", ".join(f"n.`{p.name}`" for p in props)
    found = store.arrow(f"MATCH (n:{node.label}) RETURN {columns} ORDER BY n.id")
    table = found.rename_columns([p.name for p in props]).cast(arrow_schema(props))
    if node.label in store.schema.entity_labels():
        table = _fill_name_keys(table)
    if node.property("startDate") is not None:
        table = _fill_date_bounds(table)
    return table


def _ladybug_rels(store: LadybugStore, rel_type: str, pair: tuple[str, str], schema: pa.Schema) -> pa.Table | None:
    if not _has_columns(store, rel_type, schema.names[2:]):
        return None  # an older file: copy.pair_rows reads whole relationships instead
    columns = "".join(f", r.`{name}`" for name in schema.names[2:])
    match = f"MATCH (a:{pair[0]})-[r:{rel_type}]->(b:{pair[1]}) "
    found = store.arrow(f"{match}RETURN a.id, b.id{columns} ORDER BY a.id, b.id")
    return found.rename_columns(schema.names).cast(schema)


def _has_columns(store: LadybugStore, table: str, names: list[str]) -> bool:
    """Whether the file's table has every one of these properties (a file written by an older schema
    may lack some). Asked up front, so that any other error of the fast path is raised, not hidden."""
    stored = set(store.arrow(f"CALL table_info('{table}') RETURN name").column(0).to_pylist())
    return set(names) <= stored


def _fill_name_keys(table: pa.Table) -> pa.Table:
    """`nameKeys` of the name and aliases where a row has none (as copy._node_props fills them)."""
    keys = table.column("nameKeys")
    missing = pc.or_kleene(pc.is_null(keys), pc.equal(pc.list_value_length(keys), 0))
    return _fill(table, missing, lambda row: {"nameKeys": name_keys([row.get("name"), *(row.get("aliases") or [])])})


def _fill_date_bounds(table: pa.Table) -> pa.Table:
    """`startDate` and `endDate` from `date` where a row lacks `startDate` and has a date text."""
    missing = pc.and_(pc.is_null(table.column("startDate")), pc.is_valid(table.column("date")))
    return _fill(table, missing, lambda row: date_bounds(row.get("date")))


def _fill(table: pa.Table, missing: pa.ChunkedArray, derive) -> pa.Table:
    """Rows where `missing` holds get the values `derive(row)` returns (a few rows: Python)."""
    where = pc.indices_nonzero(pc.fill_null(missing, False).combine_chunks()).to_pylist()
    if not where:
        return table
    rows = table.take(where).to_pylist()
    changed: dict[str, dict[int, Any]] = {}
    for index, row in zip(where, rows, strict=True):
        for name, value in derive(row).items():
            changed.setdefault(name, {})[index] = value
    for name, values in changed.items():
        column = table.column(name).to_pylist()
        for index, value in values.items():
            column[index] = value
        position = table.schema.get_field_index(name)
        table = table.set_column(
            position, table.schema.field(position), pa.array(column, table.schema.field(position).type)
        )
    return table
