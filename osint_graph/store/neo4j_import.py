"""A first load into Neo4j without Cypher: CSV files for `neo4j-admin database import full`.

`osint-graph copy --from X.lbug --to-neo4j-import DIR` writes, from the same rows `osint-graph
copy` reads (store/copy.py), the files the offline importer takes, so that the database it
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
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO

from osint_graph.ontology import Property
from osint_graph.store.base import GraphStore
from osint_graph.store.copy import node_rows, rel_rows
from osint_graph.store.neo4j_store import ENTITY_LABEL, _neo4j_props, schema_statements
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


# -- values -----------------------------------------------------------------------------------
def csv_field(value: Any, prop: Property | None) -> str:
    """One value as the importer reads it (the value already typed by `_neo4j_props`)."""
    if value is None:
        return ""
    if isinstance(value, list):
        items = [_text(v) for v in value] or [EMPTY_LIST]
        for item in items if value else ():
            if ARRAY_DELIMITER in item or item == EMPTY_LIST:
                raise ImportCsvError(f"a list element of {prop.name if prop else '?'} holds U+001F or is U+001E")
        return _quote(ARRAY_DELIMITER.join(items))
    if isinstance(value, bool | int | float):
        return _text(value)
    return _quote(_text(value))


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def header(id_space: str | None, props: Iterable[Property], rel: tuple[str, str] | None = None) -> list[str]:
    """`id:ID(Label)` (nodes) or `:START_ID(From)`, `:END_ID(To)` (relationships), then typed columns."""
    first = [f":START_ID({rel[0]})", f":END_ID({rel[1]})"] if rel else [f"id:ID({id_space})"]
    return first + [f"{p.name}:{CSV_TYPES[p.type]}{'[]' if p.multi else ''}" for p in props]


# -- files ------------------------------------------------------------------------------------
class _CsvFile:
    """One node or relationship file, opened on its first row."""

    def __init__(self, files: ImportFiles, path: str, columns: list[str]):
        self.files, self.path, self.columns = files, path, columns
        self.out: TextIO | None = None
        self.multiline = False

    def row(self, fields: list[str]) -> None:
        if self.out is None:
            target = self.files.directory / self.path
            target.parent.mkdir(parents=True, exist_ok=True)
            self.out = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed in close()
            self.out.write(",".join(self.columns) + "\n")
        line = ",".join(fields)
        self.multiline = self.multiline or "\n" in line or "\r" in line
        self.out.write(line + "\n")

    def close(self) -> bool:
        """True when the file was written (a label or pair with no rows has none)."""
        if self.out is None:
            return False
        self.out.close()
        if self.multiline:
            self.files.multiline.append(self.path)
        return True


def write_import(source: GraphStore, directory: str | Path) -> ImportFiles:
    """Write the CSV files, import.json, import.sh and after-import.cypher for `source` into `directory`."""
    files = ImportFiles(_prepare(Path(directory)))
    schema = source.schema
    entity_labels = set(schema.entity_labels())
    key_node, key_rel = name_key_tables(schema)
    key_pairs: set[tuple[str, str]] = set()  # (name key, entity id)
    entity_label_of: dict[str, str] = {}
    open_files: dict[tuple, _CsvFile] = {}

    for label, rows in node_rows(source):
        node = schema.nodes[label]
        props = [p for p in node.properties if p.name != "id"]
        out = open_files[("node", label)] = _CsvFile(files, f"nodes/{label}.csv", header(label, props))
        files.node_files.append((f"{label}:{ENTITY_LABEL}" if label in entity_labels else label, out.path))
        typed_props = {p.name: p for p in node.properties}
        for row in rows:
            typed = _neo4j_props(row, typed_props)
            out.row([_quote(str(typed["id"])), *_fields(typed, props, ("node", label), files)])
        if label in entity_labels:
            key_pairs |= name_key_pairs(rows)
            entity_label_of.update((row["id"], label) for row in rows)
        files.nodes[label] = len(rows)
    for rel_type, pair, rows in rel_rows(source):
        props = list(schema.rels[rel_type].properties)
        typed_props = {p.name: p for p in props}
        out = _rel_file(files, open_files, rel_type, pair, props)
        seen: set[tuple[str, str]] = set()
        for start, end, rel_props in rows:
            if (start, end) in seen:  # one relationship per pair, as Neo4jStore writes it
                continue
            seen.add((start, end))
            typed = _neo4j_props(rel_props, typed_props)
            out.row([_quote(start), _quote(end), *_fields(typed, props, ("rel", rel_type), files)])
        files.rels[rel_type] = files.rels.get(rel_type, 0) + len(seen)

    # The name index, as Neo4jStore.write derives it from the entities it writes.
    keys = _CsvFile(files, f"nodes/{key_node.label}.csv", header(key_node.label, []))
    for key in sorted({k for k, _ in key_pairs}):
        keys.row([_quote(key)])
    open_files[("node", key_node.label)] = keys
    files.node_files.append((key_node.label, keys.path))
    for key, entity in sorted(key_pairs):
        out = _rel_file(files, open_files, key_rel.type, (key_node.label, entity_label_of[entity]), [])
        out.row([_quote(key), _quote(entity)])
    index_nodes, index_rels = len({k for k, _ in key_pairs}), len(key_pairs)

    written = {out.path for out in open_files.values() if out.close()}
    files.node_files = [(labels, path) for labels, path in files.node_files if path in written]
    files.rel_files = [(t, path) for t, path in files.rel_files if path in written]
    files.nodes[key_node.label] = index_nodes
    files.rels[key_rel.type] = index_rels
    _write_commands(files, schema_statements(schema))
    return files


def _fields(typed: dict[str, Any], props: list[Property], owner: tuple[str, str], files: ImportFiles) -> list[str]:
    out = []
    for prop in props:
        value = typed.get(prop.name)
        if isinstance(value, list) and not value:
            files.empty_lists.add((*owner, prop.name))
        out.append(csv_field(value, prop))
    return out


def _rel_file(files: ImportFiles, open_files: dict, rel_type: str, pair: tuple[str, str], props) -> _CsvFile:
    out = open_files.get(("rel", rel_type, *pair))
    if out is None:
        path = f"rels/{rel_type}__{pair[0]}__{pair[1]}.csv"
        out = open_files[("rel", rel_type, *pair)] = _CsvFile(files, path, header(None, props, pair))
        files.rel_files.append((rel_type, path))
    return out


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
