"""The embedded store: one LadybugDB file, tables created from the ontology `Schema`.

Writes are bulk `COPY ... FROM` an Arrow table (DESIGN.md: row-by-row writes
are a bug here).  COPY cannot skip keys that already exist (a duplicate
primary key even crashes the process), so every batch first asks which of its
node ids and relationship end pairs are already stored and copies only the new
ones: that is what makes ingest idempotent and an interrupted ingest resumable.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import weakref
from contextlib import contextmanager, nullcontext, suppress
from decimal import Decimal
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.parquet as pq

from osint_graph.ontology import NodeType, Property, RelType, Schema, default_schema
from osint_graph.store.base import GraphBatch, QueryResult, Rel, check_read_only
from osint_graph.store.locking import open_database, release_gate
from osint_graph.store.memory import release_freed_memory
from osint_graph.store.search import NAME_KEY, name_key_pairs, name_key_tables

DDL_TYPES = {
    "string": "STRING",
    "int": "INT64",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "DATE",
    "datetime": "TIMESTAMP",
}
ARROW_CHUNK_ROWS = 65_536  # rows per record batch of `LadybugStore.arrow`
ARROW_TYPES = {
    "string": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("us"),
}
# How many ids one "which of these exist?" query asks about.
LOOKUP_CHUNK = 5000
# LadybugDB's page cache. Its own default is ~80% of the machine's memory, and a writer's
# resident memory grows into it as the file grows (measured: 0.95 GB for 27 articles, 2.48 GB
# for 2,160 on a 24 GB machine). Pages beyond the pool are read from the file again, so a
# bound costs some speed, not correctness. Override: `buffer_pool_mb` / `--buffer-pool` /
# $OSINT_GRAPH_BUFFER_POOL_MB.
DEFAULT_BUFFER_POOL_MB = 512
BUFFER_POOL_ENV = "OSINT_GRAPH_BUFFER_POOL_MB"


def buffer_pool_bytes(megabytes: int | None = None) -> int:
    """The buffer pool size to open a database with: the argument, else the environment, else the default."""
    if megabytes is None:
        megabytes = int(os.environ.get(BUFFER_POOL_ENV) or DEFAULT_BUFFER_POOL_MB)
    return megabytes * 1024 * 1024


def ddl_type(prop: Property) -> str:
    base = DDL_TYPES[prop.type]
    return f"{base}[]" if prop.multi else base


def arrow_type(prop: Property) -> pa.DataType:
    base = ARROW_TYPES[prop.type]
    return pa.list_(base) if prop.multi else base


def row_struct(properties: tuple[Property, ...]) -> pa.StructType:
    return pa.struct([pa.field(p.name, arrow_type(p)) for p in properties])


def node_rows_table(node: NodeType, rows: list[dict[str, Any]]) -> pa.Table:
    """Node rows as the Arrow table a COPY into the node's table reads (keys the schema lacks are left out).

    Arrow converts the dicts itself, as one struct array: 1.8-3x faster than a Python list per column.
    """
    return pa.Table.from_struct_array(pa.array(rows, type=row_struct(node.properties)))


def rel_rows_table(rel: RelType, rels: list[Rel]) -> pa.Table:
    """Relationships as the Arrow table a COPY into the relationship's table reads."""
    columns = {
        "from": pa.array([r.start for r in rels], pa.string()),
        "to": pa.array([r.end for r in rels], pa.string()),
    }
    for p in rel.properties:
        columns[p.name] = pa.array([r.props.get(p.name) for r in rels], type=arrow_type(p))
    return pa.table(columns)


def rels_by_pair(rel: RelType, rels: list[Rel]) -> dict[tuple[str, str], list[Rel]]:
    """The relationships grouped by (start label, end label): one COPY each; a pair the ontology lacks raises."""
    by_pair: dict[tuple[str, str], list[Rel]] = {}
    for r in rels:
        by_pair.setdefault((r.start_label, r.end_label), []).append(r)
    for start_label, end_label in by_pair:
        if (start_label, end_label) not in rel.pairs:
            raise ValueError(f"{rel.type} does not join {start_label} to {end_label} in the ontology")
    return by_pair


def copy_option(rel: RelType, start_label: str, end_label: str) -> str:
    """COPY's label-pair option, needed when the relationship table joins several pairs."""
    return f' (from="{start_label}", to="{end_label}")' if len(rel.pairs) > 1 else ""


def node_table_ddl(node: NodeType) -> str:
    columns = ", ".join(f"`{p.name}` {ddl_type(p)}" for p in node.properties)
    return f"CREATE NODE TABLE IF NOT EXISTS {node.label}({columns}, PRIMARY KEY (id))"


def rel_table_ddl(rel: RelType) -> str:
    parts = [f"FROM {a} TO {b}" for a, b in rel.pairs]
    parts += [f"`{p.name}` {ddl_type(p)}" for p in rel.properties]
    # A table that already exists keeps the layout it was created with (IF NOT EXISTS).
    storage = "" if rel.storage == "both" else f" WITH (storage_direction='{rel.storage}')"
    return f"CREATE REL TABLE IF NOT EXISTS {rel.type}({', '.join(parts)}){storage}"


def schema_ddl(schema: Schema) -> list[str]:
    """The DDL for a schema: node tables first (relationship tables refer to them)."""
    return [node_table_ddl(n) for n in schema.nodes.values()] + [rel_table_ddl(r) for r in schema.rels.values()]


def stored_pairs(conn: ladybug.Connection, rel: RelType, start_label: str, end_label: str, starts: list[str]) -> set:
    """The (start, end) pairs of `rel` stored from the nodes `starts`, through the start's key index."""
    found: set[tuple] = set()
    query = f"UNWIND $ids AS i MATCH (a:{start_label} {{id: i}})-[:{rel.type}]->(b:{end_label}) RETURN a.id, b.id"
    for i in range(0, len(starts), LOOKUP_CHUNK):
        result = conn.execute(query, {"ids": starts[i : i + LOOKUP_CHUNK]})
        found.update((a, b) for a, b in _rows(result))
    return found


@contextmanager
def transaction(conn: ladybug.Connection, commit_lock: threading.RLock | None = None):
    """BEGIN ... COMMIT on `conn`, rolled back if the block raises; the COMMIT under `commit_lock`
    when one is given (see `LadybugStore.reads_lock`)."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        # A failed COPY may already have rolled the transaction back; a second ROLLBACK
        # would then raise and hide the real error (issue 15, case 1).
        with suppress(RuntimeError):
            conn.execute("ROLLBACK")
        raise
    with commit_lock or nullcontext():
        conn.execute("COMMIT")


class LadybugStore:
    """GraphStore on a LadybugDB file (created, with its tables, on first write)."""

    def __init__(
        self, path: str | Path, read_only: bool = False, schema: Schema | None = None, buffer_pool_mb: int | None = None
    ):
        self.uri = str(path)
        self.schema = schema or default_schema()
        self.read_only = read_only
        if read_only and not Path(path).exists():
            raise FileNotFoundError(f"no store at {path} (run `osint-graph ingest` first)")
        # Waits for another process's lock and recovers crash leftovers (store/locking.py).
        self._buffer_pool = buffer_pool_bytes(buffer_pool_mb)
        self._db = open_database(path, read_only=read_only, buffer_pool_size=self._buffer_pool)
        # a writer's gate (store/locking.py) is let go once: at close, or when the store is dropped unclosed
        self._path = os.path.abspath(path)  # what `reopen` opens, whatever the working folder is by then
        self._gate = None if read_only else weakref.finalize(self, release_gate, self._path)
        self._conn = ladybug.Connection(self._db)
        # LadybugDB 0.22 does not isolate a read from a COMMIT or CHECKPOINT running on another
        # connection of the same database: a primary-key look-up during a checkpoint saw part of
        # the articles just committed (measured: tests/test_store_bulk.py's race test failed about
        # one run in six, a CI run among them). So reads on this store's connection and a
        # second connection's COMMIT and CHECKPOINT (store/ladybug_bulk.py's commit thread)
        # take this lock in turn; COPY, most of a commit's time, still overlaps the reads.
        self.reads_lock = threading.RLock()
        self._spool: str | None = None  # a temporary folder for the Parquet files COPY reads
        self._key_node, self._key_rel = name_key_tables(self.schema)
        self._not_empty: set[str] = set()  # patterns known to hold rows (`_is_empty`)
        self._entity_labels = frozenset(self.schema.entity_labels())
        if not read_only:
            self.create_schema()

    # -- schema -------------------------------------------------------------
    def create_schema(self) -> None:
        had_keys = NAME_KEY in self.tables()
        for statement in schema_ddl(self.schema):
            self._conn.execute(statement)
        self._conn.execute(node_table_ddl(self._key_node))
        self._conn.execute(rel_table_ddl(self._key_rel))
        if not had_keys:
            self._index_stored_names()

    def _index_stored_names(self) -> None:
        """A store written before the name index existed gets it for the entities it holds."""
        rows = []
        for label in sorted(self._entity_labels):
            found = self.run(f"MATCH (n:{label}) RETURN n.id, n.name, n.aliases").rows
            rows += [{"id": i, "name": name, "aliases": aliases, "_label": label} for i, name, aliases in found]
        if rows:
            with self._transaction():
                self._write_name_keys(rows)

    def tables(self) -> dict[str, str]:
        """Table name -> 'NODE' or 'REL', as the database reports them."""
        result = self._conn.execute("CALL show_tables() RETURN name, type")
        return {name: kind for name, kind in _rows(result)}

    # -- writes -------------------------------------------------------------
    def write(self, batch: GraphBatch) -> None:
        with self._transaction():
            self._write(batch)

    def replace(self, labels: list[str], rel_types: list[str], batch: GraphBatch) -> None:
        with self._transaction():
            for rel_type in rel_types:
                self._conn.execute(f"MATCH ()-[r:{rel_type}]->() DELETE r")
            for label in labels:
                self._conn.execute(f"MATCH (n:{label}) DETACH DELETE n")
            self._not_empty.clear()
            self._write(batch)

    def _transaction(self):
        """One transaction for a whole batch: each COPY costs a fixed ~0.1 s on its own, and
        a batch commits or rolls back whole (measured 1.4-1.65x faster, scripts/bench_load.py)."""
        return transaction(self._conn)

    def _write(self, batch: GraphBatch) -> None:
        new_entities, new_ids = [], set()
        for label, rows in batch.nodes.items():
            new = self._copy_nodes(self.schema.nodes[label], list(rows.values()))
            new_ids.update((label, row["id"]) for row in new)
            if label in self._entity_labels:
                new_entities += [{**row, "_label": label} for row in new]
        self._write_name_keys(new_entities)
        for rel_type, rels in batch.rels.items():
            self._copy_rels(self.schema.rels[rel_type], list(rels.values()), new_ids)

    def _write_name_keys(self, entities: list[dict[str, Any]]) -> None:
        """The name index rows of entities just written (store/search.py): keys, then edges."""
        labels = {row["id"]: row["_label"] for row in entities}
        pairs = sorted(name_key_pairs(entities))
        if not pairs:
            return
        self._copy_nodes(self._key_node, [{"id": key} for key in sorted({key for key, _ in pairs})])
        self._copy_rels(self._key_rel, [Rel(NAME_KEY, key, labels[entity], entity) for key, entity in pairs])

    def _is_empty(self, pattern: str) -> bool:
        """A first load into an empty table needs no look-up of existing keys.

        Counting a relationship pattern scans it, so a pattern once seen holding rows is not
        counted again (only `replace` deletes)."""
        if pattern in self._not_empty:
            return False
        if self.run(f"MATCH {pattern} RETURN count(*)").rows[0][0] == 0:
            return True
        self._not_empty.add(pattern)
        return False

    def _existing_ids(self, label: str, ids: list[str]) -> set[str]:
        found: set[str] = set()
        if self._is_empty(f"(n:{label})"):
            return found
        for i in range(0, len(ids), LOOKUP_CHUNK):
            chunk = ids[i : i + LOOKUP_CHUNK]
            # UNWIND + key match uses the primary-key index; `WHERE n.id IN $ids` scans.
            result = self._conn.execute(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id", {"ids": chunk})
            found.update(row[0] for row in _rows(result))
        return found

    def _copy_nodes(self, node: NodeType, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Copy the rows whose id is not stored yet; returns those."""
        existing = self._existing_ids(node.label, [r["id"] for r in rows])
        new = [r for r in rows if r["id"] not in existing]
        if new:
            self._copy(node.label, node_rows_table(node, new))
        return new

    def _existing_pairs(self, rel: RelType, start_label: str, end_label: str, starts: list[str]) -> set[tuple]:
        if self._is_empty(f"(:{start_label})-[:{rel.type}]->(:{end_label})"):
            return set()
        return stored_pairs(self._conn, rel, start_label, end_label, starts)

    def _copy_rels(self, rel: RelType, rels: list[Rel], new_nodes: set[tuple[str, str]] = frozenset()) -> None:
        """Copy the relationships not stored yet. One whose start node is in `new_nodes` (label,
        id: written in this batch) cannot be stored yet, so only the others are looked up."""
        for (start_label, end_label), group in rels_by_pair(rel, rels).items():
            known = [r for r in group if (start_label, r.start) not in new_nodes]
            starts = sorted({r.start for r in known})
            existing = self._existing_pairs(rel, start_label, end_label, starts) if starts else set()
            new = [r for r in group if (r.start, r.end) not in existing]
            if new:
                self._copy(rel.type, rel_rows_table(rel, new), copy_option(rel, start_label, end_label))

    def _copy(self, table: str, rows: pa.Table, option: str = "") -> None:
        """Bulk-load rows through a Parquet file, not a Python Arrow object.

        `COPY ... FROM <local Arrow variable>` keeps about 12 MB of memory per COPY that is never
        given back (measured: 30 COPYs of 300 rows took RSS from 190 to 560 MB; 2,000 articles of
        ingest ran the writer to 1.8 GB and the buffer pool full); the same COPY from a Parquet
        file stays flat, at the same speed.
        """
        if self._spool is None:
            self._spool = tempfile.mkdtemp(prefix="osint-graph-copy-")
        path = os.path.join(self._spool, f"{table}.parquet")
        pq.write_table(rows, path)
        try:
            self._conn.execute(f"COPY {table} FROM '{path}'{option}")
        finally:
            os.remove(path)

    # -- reads --------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        check_read_only(cypher)
        return self.run(cypher, params)

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run any Cypher (internal use: the analyst path is `query`)."""
        with self.reads_lock:
            result = self._conn.execute(cypher, params or {})
            return QueryResult(columns=result.get_column_names(), rows=[_plain(row) for row in _rows(result)])

    def arrow(self, cypher: str) -> pa.Table:
        """A read-only query's rows as an Arrow table, columns typed as the tables are (no Python
        object per value: store/neo4j_import.py writes CSV files from it)."""
        check_read_only(cypher)
        with self.reads_lock:
            return self._conn.execute(cypher).get_as_arrow(chunk_size=ARROW_CHUNK_ROWS)

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        nodes = {label: self.run(f"MATCH (n:{label}) RETURN count(n)").rows[0][0] for label in self.schema.nodes}
        rels = {t: self.run(f"MATCH ()-[r:{t}]->() RETURN count(r)").rows[0][0] for t in self.schema.rels}
        return nodes, rels

    def reopen(self) -> None:
        """Close the database and open it again, same file and options (its connection is a new one).

        LadybugDB keeps memory from a session's writes outside its buffer pool that only closing
        gives back (store/ladybug_bulk.py reopens after each commit). No other connection to the
        database may be open. A writer keeps its writer gate throughout (store/locking.py), so no
        other process's writer gets in while the database is closed.
        """
        self._conn.close()
        self._db.close()
        self._db = open_database(self._path, read_only=self.read_only, buffer_pool_size=self._buffer_pool)
        if self._gate is not None:
            release_gate(self._path)  # the reopen took a hold of its own: `_gate` lets go of the last
        self._conn = ladybug.Connection(self._db)

    def after_write(self) -> None:
        """After each of `ingest`'s batched writes: reopen the database and give the freed memory back.

        The buffer pool keeps the pages a write touched until it is full, so a writer's memory grew
        with the file until the file outgrew the pool (20,000 synthetic articles in writes of 1,024,
        a ~140 MB file: peak RSS 1.24x from 10% to 100% of the stream at the 512 MB default). A
        smaller pool bounds that but fails checkpoints ("the buffer pool is full": 64 MB at ~17,000
        synthetic articles) and queries; a reopen empties the pool and LadybugDB's session memory
        (`reopen`), so each write's peak holds only what that write touches (README, Scale)."""
        self.reopen()
        release_freed_memory()

    def close(self) -> None:
        self._conn.close()
        self._db.close()
        if self._gate is not None:
            self._gate()
        if self._spool:
            shutil.rmtree(self._spool, ignore_errors=True)

    def __enter__(self) -> LadybugStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _rows(result) -> list[list[Any]]:
    rows = []
    while result.has_next():
        rows.append(result.get_next())
    return rows


def _plain(row: list[Any]) -> list[Any]:
    """Node and relationship values as plain dicts without Ladybug's internal ids."""
    return [_plain_value(v) for v in row]


def _plain_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "_LABEL" in value and ("_ID" in value or "_id" in value):
            out = {k: _plain_value(v) for k, v in value.items() if not k.startswith("_")}
            out["_label"] = value["_LABEL"]
            return out
        return {k: _plain_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, Decimal) and value == value.to_integral_value():
        # `sum` of integers is a 128-bit integer in LadybugDB, read as a Decimal; Neo4j gives an int
        return int(value)
    return value
