"""A first load into Neo4j without Cypher: CSV files for `neo4j-admin database import full`.

`osint-graph copy --from X.lbug --to-neo4j-import DIR` writes, from the same values `osint-graph
copy` reads (store/import_tables.py: Arrow tables straight from a LadybugDB file, written by
Arrow's CSV writer: 1.9 s of CPU against 10.7 s row by row in Python for 740,239 elements), the
files the offline importer takes, so that the database it
builds holds exactly what `osint-graph copy --from X.lbug --to bolt://...` writes: the same
labels (an entity also `Entity`), properties (the schema's only, typed as Neo4jStore types
them: long, double, boolean, date, localdatetime, lists as arrays), ids and relationships,
and the name index (`NameKey` nodes, `KEY_OF` edges: store/search.py).

DIR/
  nodes/<Label>.csv              `id:ID(<Label>)` and one typed column per schema property
  rels/<TYPE>__<From>__<To>.csv  `:START_ID(<From>)`, `:END_ID(<To>)` and the properties
  import.json                    the importer's arguments (paths relative to DIR): scripts/neo4j import
  import.sh                      the same as a command line for a Neo4j installation (stopped)
  after-import.cypher            run once the server is up again (see below)

Each label has its own id space, as each label has its own uniqueness constraint in the store
(a NameKey's id is a normalised name, which may equal another label's id).

What the importer cannot do, `after-import.cypher` does: the Community importer takes no schema
(`--schema` is refused by the record format), so it holds the constraints and indexes
Neo4jStore creates (neo4j_store.schema_statements) and waits for them to be online; and an
empty CSV field is no value at all, where the store keeps an empty list (`aliases: []`), so
an empty list is written as a one-element marker list that the file turns back into [].
Strings are always quoted (an unquoted empty field is null, a quoted one the empty string);
array elements are separated by U+001F, which no value may contain (checked).
"""

from __future__ import annotations

import json
import math
import shlex
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from osint_graph.ontology import Property
from osint_graph.store.base import GraphStore
from osint_graph.store.import_tables import END, START, node_tables, rel_tables
from osint_graph.store.neo4j_store import ENTITY_LABEL, schema_statements
from osint_graph.store.search import name_key_pairs, name_key_tables

ARRAY_DELIMITER = "\x1f"  # unit separator: not in any text a reader keeps
ARRAY_DELIMITER_ARG = "U+001F"
EMPTY_LIST = "\x1e"  # record separator: the only element of the marker of an empty list
EMPTY_LIST_CYPHER = "'\\u001E'"
# Neo4j header types of the schema's value types (ontology.Property.type), as the driver stores
# the Python values Neo4jStore sends: int -> long, float -> double, naive datetime -> localdatetime.
CSV_TYPES = {
    "string": "string", "int": "long", "float": "double", "bool": "boolean",
    "date": "date", "datetime": "localdatetime",
}  # fmt: skip
ARGS_FILE = "import.json"
SCRIPT_FILE = "import.sh"
AFTER_FILE = "after-import.cypher"


class ImportCsvError(ValueError):
    """A value the CSV files cannot carry, or a folder that is not ours to fill."""


@dataclass
class ImportFiles:
    """What was written: element counts by label and by relationship type, and the files."""

    directory: Path
    nodes: dict[str, int] = field(default_factory=dict)
    rels: dict[str, int] = field(default_factory=dict)
    node_files: list[tuple[str, str]] = field(default_factory=list)  # (labels, path relative to DIR)
    rel_files: list[tuple[str, str]] = field(default_factory=list)  # (type, path)
    multiline: list[str] = field(default_factory=list)  # files with a newline inside a value
    empty_lists: set[tuple[str, str, str]] = field(default_factory=set)  # ("node" or "rel", label or type, property)

    @property
    def total(self) -> int:
        return sum(self.nodes.values()) + sum(self.rels.values())

    def admin_args(self) -> list[str]:
        """Arguments after `neo4j-admin database import full <database>`, paths relative to DIR.

        The database goes before them: `--nodes` and `--relationships` take any number of files.
        """
        args = ["--array-delimiter=" + ARRAY_DELIMITER_ARG, "--skip-duplicate-nodes=false",
                "--skip-bad-relationships=false", "--bad-tolerance=0"]  # fmt: skip
        if self.multiline:  # only these files are parsed the slow way
            args += ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(self.multiline)]
        args += [f"--nodes={labels}={path}" for labels, path in self.node_files]
        args += [f"--relationships={rel_type}={path}" for rel_type, path in self.rel_files]
        return args


# -- values ---------------------------------------------------------------------------------
def header(id_space: str | None, props: Iterable[Property], rel: tuple[str, str] | None = None) -> list[str]:
    """`id:ID(Label)` (nodes) or `:START_ID(From)`, `:END_ID(To)` (relationships), then typed columns."""
    first = [f":START_ID({rel[0]})", f":END_ID({rel[1]})"] if rel else [f"id:ID({id_space})"]
    return first + [f"{p.name}:{CSV_TYPES[p.type]}{'[]' if p.multi else ''}" for p in props]


def csv_columns(table: pa.Table, props: list[Property]) -> tuple[pa.Table, set[str]]:
    """The table as the importer reads it, and the properties holding an empty list.

    Arrow's CSV writer quotes every string (an empty string is `""`, a null an empty field: no
    property), doubles quotes inside them and writes numbers, booleans and dates as the importer
    parses them. What it cannot write is turned into text here: a list joined by U+001F (an empty
    one as the U+001E marker), a localdatetime with its `T`, a non-finite double as Java spells it.
    """
    typed = {p.name: p for p in props}
    columns, empty = [], set()
    for name in table.column_names:
        column = table.column(name).combine_chunks()
        prop = typed.get(name)
        if prop is not None and prop.multi:
            column, had_empty = _joined(column, name)
            if had_empty:
                empty.add(name)
        elif prop is not None and prop.type == "datetime":
            column = pc.replace_substring_regex(pc.strftime(column, format="%Y-%m-%dT%H:%M:%S"), r"\.0+$", "")
        elif prop is not None and prop.type == "date":  # quoted, as the files have always had them
            column = pc.cast(column, pa.string())
        elif prop is not None and prop.type == "float":
            column = _java_doubles(column)
        columns.append(column)
    return pa.table(columns, names=table.column_names), empty


def _joined(column: pa.Array, name: str) -> tuple[pa.Array, bool]:
    column = pc.cast(column, pa.list_(pa.string()))
    items = pc.list_flatten(column)
    if items.null_count:  # Neo4j keeps no null in a list: leave them out, as Neo4jStore does
        column = pa.array([None if v is None else [i for i in v if i is not None] for v in column.to_pylist()],
                          pa.list_(pa.string()))  # fmt: skip
        items = pc.list_flatten(column)
    if len(items) and pc.any(pc.or_(pc.match_substring(items, ARRAY_DELIMITER), pc.equal(items, EMPTY_LIST))).as_py():
        raise ImportCsvError(f"a list element of {name} holds U+001F or is U+001E")
    empty = pc.fill_null(pc.equal(pc.list_value_length(column), 0), False)
    had_empty = bool(pc.any(empty).as_py())
    joined = pc.binary_join(column, ARRAY_DELIMITER)
    return (pc.if_else(empty, EMPTY_LIST, joined) if had_empty else joined), had_empty


def _java_doubles(column: pa.Array) -> pa.Array:
    """NaN and the infinities as Java parses them (Arrow writes nan, inf); other values as Arrow writes them."""
    odd = pc.fill_null(pc.invert(pc.is_finite(column)), False)
    if not pc.any(odd).as_py():
        return column
    text = pc.cast(column, pa.string())
    text = pc.if_else(pc.is_nan(column), "NaN", text)
    text = pc.if_else(pc.equal(column, math.inf), "Infinity", text)
    return pc.if_else(pc.equal(column, -math.inf), "-Infinity", text)


def write_csv(path: Path, columns: list[str], table: pa.Table) -> bool:
    """Write the header line, then the rows; True when a value holds a line break (the importer then
    needs to be told the file has multi-line fields)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with pa.OSFile(str(path), "wb") as out:
        out.write((",".join(columns) + "\n").encode())
        pacsv.write_csv(table, out, pacsv.WriteOptions(include_header=False, quoting_style="needed"))
    return any(
        pc.any(pc.match_substring_regex(column, "[\r\n]")).as_py()
        for column in table.columns if pa.types.is_string(column.type) and len(column)
    )  # fmt: skip


# -- files ------------------------------------------------------------------------------------
def write_import(source: GraphStore, directory: str | Path) -> ImportFiles:
    """Write the CSV files, import.json, import.sh and after-import.cypher for `source` into `directory`."""
    files = ImportFiles(_prepare(Path(directory)))
    schema = source.schema
    entity_labels = set(schema.entity_labels())
    key_node, key_rel = name_key_tables(schema)
    key_pairs: set[tuple[str, str]] = set()  # (name key, entity id)
    entity_label_of: dict[str, str] = {}

    for label, table in node_tables(source):
        props = [p for p in schema.nodes[label].properties if p.name != "id"]
        labels = f"{label}:{ENTITY_LABEL}" if label in entity_labels else label
        table = table.select(["id", *(p.name for p in props)])  # the header's order
        _add(files, "node", label, labels, f"nodes/{label}.csv", header(label, props), table, props)
        if label in entity_labels:
            names = table.select(["id", "name", "aliases"]).to_pylist()
            key_pairs |= name_key_pairs(names)
            entity_label_of.update((row["id"], label) for row in names)
    for rel_type, pair, table in rel_tables(source):
        props = list(schema.rels[rel_type].properties)
        path = f"rels/{rel_type}__{pair[0]}__{pair[1]}.csv"
        _add(files, "rel", rel_type, rel_type, path, header(None, props, pair), table, props)

    # The name index, as Neo4jStore.write derives it from the entities it writes.
    keys = sorted({k for k, _ in key_pairs})
    _add(files, "node", key_node.label, key_node.label, f"nodes/{key_node.label}.csv", header(key_node.label, []),
         pa.table({"id": pa.array(keys, pa.string())}), [])  # fmt: skip
    by_label: dict[str, list[tuple[str, str]]] = {}
    for key, entity in sorted(key_pairs):
        by_label.setdefault(entity_label_of[entity], []).append((key, entity))
    for label, pairs in by_label.items():
        path = f"rels/{key_rel.type}__{key_node.label}__{label}.csv"
        table = pa.table(
            {START: pa.array([k for k, _ in pairs], pa.string()), END: pa.array([e for _, e in pairs], pa.string())}
        )
        _add(files, "rel", key_rel.type, key_rel.type, path, header(None, [], (key_node.label, label)), table, [])
    files.nodes.setdefault(key_node.label, 0)
    files.rels.setdefault(key_rel.type, 0)
    _write_commands(files, schema_statements(schema))
    return files


def _add(files: ImportFiles, kind: str, owner: str, labels: str, path: str, columns: list[str], table: pa.Table,
         props: list[Property]) -> None:  # fmt: skip
    """One node or relationship file (none for no rows), counted and listed for the importer."""
    counts = files.nodes if kind == "node" else files.rels
    counts[owner] = counts.get(owner, 0) + table.num_rows
    if not table.num_rows:
        return
    table, empty = csv_columns(table, props)
    files.empty_lists |= {(kind, owner, name) for name in empty}
    if write_csv(files.directory / path, columns, table):
        files.multiline.append(path)
    (files.node_files if kind == "node" else files.rel_files).append((labels, path))


def _prepare(directory: Path) -> Path:
    """An empty folder, or one this module filled before (its CSVs removed): never someone else's files."""
    if directory.exists() and any(directory.iterdir()) and not (directory / ARGS_FILE).is_file():
        raise ImportCsvError(f"{directory} is not empty and holds no {ARGS_FILE}: choose a new folder")
    for sub in ("nodes", "rels"):
        shutil.rmtree(directory / sub, ignore_errors=True)
    directory.mkdir(parents=True, exist_ok=True)
    return directory.resolve()


# -- commands ---------------------------------------------------------------------------------
def after_import_statements(files: ImportFiles, schema_cypher: list[str]) -> list[str]:
    """The store's constraints and indexes, the empty lists restored, and a wait for the indexes."""
    statements = list(schema_cypher)
    for kind, owner, prop in sorted(files.empty_lists):
        pattern = f"(n:{owner})" if kind == "node" else f"()-[n:{owner}]->()"
        statements.append(
            f"MATCH {pattern} WHERE n.`{prop}` = [{EMPTY_LIST_CYPHER}] "
            f"CALL (n) {{ SET n.`{prop}` = [] }} IN TRANSACTIONS OF 10000 ROWS"
        )
    statements.append("CALL db.awaitIndexes(3600)")
    return statements


def _write_commands(files: ImportFiles, schema_cypher: list[str]) -> None:
    directory = files.directory
    args = files.admin_args()
    (directory / ARGS_FILE).write_text(
        json.dumps({"args": args, "after": AFTER_FILE, "nodes": files.nodes, "rels": files.rels}, indent=1) + "\n"
    )
    (directory / AFTER_FILE).write_text(
        "// Run once Neo4j is up after the import (one statement per line; scripts/neo4j import does it):\n"
        "// the constraints and indexes osint-graph's Neo4j store creates, and the empty lists.\n"
        + "".join(s + ";\n" for s in after_import_statements(files, schema_cypher))
    )
    script = directory / SCRIPT_FILE
    script.write_text(
        "#!/bin/sh\n"
        "# Written by `osint-graph copy --to-neo4j-import`. Loads these CSV files into a Neo4j 5 whose\n"
        "# server is STOPPED, REPLACING the database (default neo4j):\n"
        "#   NEO4J_ADMIN=/path/to/bin/neo4j-admin ./import.sh [database]\n"
        "# then start Neo4j and run after-import.cypher (cypher-shell -f after-import.cypher):\n"
        "# constraints, indexes, empty lists. For the local server of scripts/neo4j: scripts/neo4j import DIR.\n"
        "set -e\n"
        'cd "$(dirname "$0")"\n'
        'exec "${NEO4J_ADMIN:-neo4j-admin}" database import full "${1:-neo4j}" --overwrite-destination \\\n  '
        + " \\\n  ".join(shlex.quote(a) for a in args)
        + "\n"
    )
    script.chmod(0o755)
