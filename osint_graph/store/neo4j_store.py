"""The server store: Neo4j 5 through the official driver.

Constraints and indexes come from the ontology `Schema`; writes are batched
`UNWIND $rows ... CREATE` statements of the rows the store does not hold yet
(store/neo4j_bulk.py: faster than MERGE, with one writer) inside managed write transactions
(`execute_write` retries transient errors); analysts' queries run in sessions
opened with READ access, after the same write-clause check as the embedded store.
Connection settings follow Neo4j's conventions: NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE.

Values are written as the embedded store writes them: only the schema's
properties, coerced to the schema's types (an int into a float property is a
float, an ISO string into a date property is a date, a timezone-aware datetime
is stored as naive UTC), so that the same batch reads back the same from both.
Dates (`published`, a claim's or fact's `startDate`/`endDate`) are Neo4j `date` values.
Every entity node carries the extra label `Entity`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from neo4j import READ_ACCESS, WRITE_ACCESS, GraphDatabase
from neo4j.exceptions import Neo4jError
from neo4j.graph import Node, Path, Relationship

from osint_graph.ontology import NodeType, Property, RelType, Schema, default_schema
from osint_graph.store.base import GraphBatch, QueryResult, Rel, check_read_only
from osint_graph.store.neo4j_bulk import label_is_empty, new_node_rows, new_rel_rows, pipelined
from osint_graph.store.search import FULLTEXT_INDEX, NAME_KEY, name_key_pairs, name_key_tables

# Rows per UNWIND statement (one managed transaction each). Measured on 74k elements (2 cores,
# default heap): 2,000 and 5,000 about equal, 10,000 ~20% slower (bigger transaction state).
WRITE_CHUNK = 5000
# Node properties worth an index (look-ups by name and identifiers); ids get uniqueness constraints.
INDEXED_PROPERTIES = ("name", "imo", "mmsi", "locode", "iso2", "article", "published", "kind")


class Neo4jStoreError(ConnectionError, RuntimeError):
    """The server cannot be used as configured (unreachable, bad credentials, no such database).

    A ConnectionError as before, and a RuntimeError so that the CLI reports it as an engine error.
    """


ENTITY_LABEL = "Entity"


def schema_statements(schema: Schema) -> list[str]:
    """Uniqueness constraints on every label's id, indexes on names and identifiers, and a FULLTEXT
    index over the names and aliases of every entity (all carry the label `Entity`), which the
    saved query `find` uses; the name index's `NameKey` ids are unique too (store/search.py)."""
    statements = []
    for node in (*schema.nodes.values(), name_key_tables(schema)[0]):
        statements.append(
            f"CREATE CONSTRAINT osint_{node.label.lower()}_id IF NOT EXISTS FOR (n:{node.label}) REQUIRE n.id IS UNIQUE"
        )
        for prop in node.properties:
            if prop.name in INDEXED_PROPERTIES:
                statements.append(
                    f"CREATE INDEX osint_{node.label.lower()}_{prop.name.lower()} IF NOT EXISTS "
                    f"FOR (n:{node.label}) ON (n.{prop.name})"
                )
    statements.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{ENTITY_LABEL}) ON EACH [n.name, n.aliases]"
    )
    return statements


class Neo4jStore:
    """GraphStore on a Neo4j 5 server."""

    def __init__(
        self,
        uri: str | None = None,
        read_only: bool = False,
        schema: Schema | None = None,
        username: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ):
        self.uri = uri or os.environ.get("NEO4J_URI", "neo4j://localhost:7687")
        self.schema = schema or default_schema()
        self._entity_labels = frozenset(self.schema.entity_labels())
        self._key_node, self._key_rel = name_key_tables(self.schema)
        self.read_only = read_only
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        auth = (username or os.environ.get("NEO4J_USERNAME", "neo4j"), password or os.environ.get("NEO4J_PASSWORD", ""))
        try:
            self._driver = GraphDatabase.driver(self.uri, auth=auth)
        except Exception as exc:  # a malformed URI
            raise Neo4jStoreError(f"cannot use Neo4j URI {self.uri}: {exc}") from None
        # Messages name the server and the database, never the password.
        try:
            self._driver.verify_connectivity()
        except Exception as exc:
            self._driver.close()
            raise Neo4jStoreError(f"cannot reach Neo4j at {self.uri}: {_reason(exc)}") from None
        self._check_database()
        if not read_only:
            self.create_schema()

    def _session(self, access=WRITE_ACCESS, notifications: bool = True):
        config: dict[str, Any] = {"database": self.database, "default_access_mode": access}
        if not notifications:
            config["notifications_min_severity"] = "OFF"
        return self._driver.session(**config)

    def _check_database(self) -> None:
        """Fail now, and clearly, if the configured database does not exist (NEO4J_DATABASE)."""
        try:
            with self._session(READ_ACCESS, notifications=False) as session:
                session.run("RETURN 1").consume()
        except Neo4jError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                hint = self._databases_hint()
                self._driver.close()
                raise Neo4jStoreError(
                    f"Neo4j at {self.uri} has no database {self.database!r} (NEO4J_DATABASE); {hint}"
                ) from None
            self._driver.close()
            raise Neo4jStoreError(
                f"cannot use database {self.database!r} on Neo4j at {self.uri}: {_reason(exc)}"
            ) from None

    def _databases_hint(self) -> str:
        try:
            with self._driver.session(database="system", default_access_mode=READ_ACCESS) as session:
                names = sorted(record["name"] for record in session.run("SHOW DATABASES YIELD name"))
            return f"it has {', '.join(names)}; unset NEO4J_DATABASE for the server's default"
        except Neo4jError:
            return "Community Edition has only 'neo4j' (and 'system'); unset NEO4J_DATABASE for the default"

    # -- schema -------------------------------------------------------------
    def create_schema(self) -> None:
        # Schema commands cannot share a transaction with data writes: each runs in auto-commit.
        with self._session() as session:
            for statement in schema_statements(self.schema):
                session.run(statement).consume()
            if label_is_empty(session, NAME_KEY) and not label_is_empty(session, ENTITY_LABEL):
                self._index_stored_names(session)

    # -- writes -------------------------------------------------------------
    def write(self, batch: GraphBatch) -> None:
        """Look-ups first (which rows are new), then the writes, nodes before relationships.

        Turning rows into the driver's parameters (schema types, shared values) costs the client
        about as much CPU as a fifth of the server's work; a thread prepares the next chunk
        while this one waits for the server (store/neo4j_bulk.py: `pipelined`).
        """
        with self._session() as session:
            plan, new_entities, new_ids = [], [], set()
            for label, rows in batch.nodes.items():
                node = self.schema.nodes.get(label)
                if node is None:
                    raise ValueError(f"{label} is not a label of the ontology")
                new = new_node_rows(session, label, list(rows.values()))
                new_ids.update((label, row["id"]) for row in new)
                if label in self._entity_labels:
                    new_entities += [{**row, "_label": label} for row in new]
                plan.append(self._node_writes(node, new))
            key_nodes, key_rels = self._name_key_rows(new_entities)
            plan.append(self._node_writes(self._key_node, new_node_rows(session, NAME_KEY, key_nodes)))
            for rel_type, rels in batch.rels.items():
                rel_schema = self.schema.rels.get(rel_type)
                if rel_schema is None:
                    raise ValueError(f"{rel_type} is not a relationship type of the ontology")
                plan += self._rel_writes(session, rel_schema, rels.values(), new_ids)
            plan += self._rel_writes(session, self._key_rel, key_rels, set())
            for run, statement, params in pipelined(plan):
                session.execute_write(run, statement, **params)

    def _node_writes(self, node: NodeType, fresh: list[dict[str, Any]]):
        """The chunks that CREATE `fresh` (rows whose id the label does not hold: store/neo4j_bulk.py)."""
        props = {p.name: p for p in node.properties}
        keys = sorted(set(props) - {"id"})
        # Every entity also carries the label Entity (one label for "anything with a name",
        # and the FULLTEXT index's label).
        also = f" SET n:{ENTITY_LABEL}" if node.label in self._entity_labels else ""
        # One statement text per label, whatever the rows hold: planned once per server.
        statement = (
            f"UNWIND $rows AS r CREATE (n:{node.label} {{id: r[0]}}) SET {_set_columns('n', keys, 1)}n += $common{also}"
        )
        for chunk in _chunks(fresh):
            common, values = _pack_rows([_neo4j_props(r, props) for r in chunk], ("id", *keys))
            yield _run, statement, {"rows": values, "common": common}

    def _rel_writes(self, session, rel_schema: RelType, rels: Iterable[Rel], new_nodes: set[tuple[str, str]]):
        """The chunks that CREATE the relationships not stored yet; one whose start node is in
        `new_nodes` (label, id: written in this batch) cannot be stored yet, so only the others
        are looked up (now, before any write of the batch)."""
        rel_type = rel_schema.type
        props = {p.name: p for p in rel_schema.properties}
        keys = sorted(props)
        by_pair: dict[tuple[str, str], list[dict]] = {}
        for rel in rels:
            by_pair.setdefault((rel.start_label, rel.end_label), []).append(
                {"start": rel.start, "end": rel.end, "props": rel.props}
            )
        writes = []
        for (start_label, end_label), rows in by_pair.items():
            if (start_label, end_label) not in rel_schema.pairs:
                raise ValueError(f"{rel_type} does not join {start_label} to {end_label} in the ontology")
            statement = (
                f"UNWIND $rows AS r MATCH (a:{start_label} {{id: r[0]}}) MATCH (b:{end_label} {{id: r[1]}}) "
                f"CREATE (a)-[x:{rel_type}]->(b) SET {_set_columns('x', keys, 2)}x += $common "
                "RETURN count(*)"
            )
            fresh = [r for r in rows if (start_label, r["start"]) in new_nodes]
            known = [r for r in rows if (start_label, r["start"]) not in new_nodes]
            rows = fresh + new_rel_rows(session, rel_type, start_label, end_label, known)
            writes.append(self._rel_chunks(statement, rel_type, rows, props, keys))
        return writes

    @staticmethod
    def _rel_chunks(statement: str, rel_type: str, rows: list[dict], props: dict[str, Property], keys: list[str]):
        for chunk in _chunks(rows):
            typed = [{"start": r["start"], "end": r["end"], **_neo4j_props(r["props"], props)} for r in chunk]
            common, values = _pack_rows(typed, ("start", "end", *keys), merge_keys=2)
            yield _run_rels, statement, {"rel_type": rel_type, "rows": values, "common": common}

    def _name_key_rows(self, entities: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Rel]]:
        """The name index rows of entities about to be written (store/search.py): keys and edges."""
        labels = {row["id"]: row["_label"] for row in entities}
        pairs = sorted(name_key_pairs(entities))
        keys = [{"id": key} for key in sorted({key for key, _ in pairs})]
        return keys, [Rel(NAME_KEY, k, labels[e], e) for k, e in pairs]

    def _index_stored_names(self, session) -> None:
        """A store written before the name index existed gets it for the entities it holds."""
        rows = []
        for label in sorted(self._entity_labels):
            found = session.run(f"MATCH (n:{label}) RETURN n.id, n.name, n.aliases")
            rows += [{"id": i, "name": name, "aliases": aliases, "_label": label} for i, name, aliases in found]
        key_nodes, key_rels = self._name_key_rows(rows)
        plan = [self._node_writes(self._key_node, new_node_rows(session, NAME_KEY, key_nodes))]
        plan += self._rel_writes(session, self._key_rel, key_rels, set())
        for run, statement, params in pipelined(plan):
            session.execute_write(run, statement, **params)

    def replace(self, labels: list[str], rel_types: list[str], batch: GraphBatch) -> None:
        with self._session() as session:
            for rel_type in rel_types:
                session.execute_write(_run, f"MATCH ()-[r:{rel_type}]->() DELETE r")
            for label in labels:
                session.execute_write(_run, f"MATCH (n:{label}) DETACH DELETE n")
        self.write(batch)

    # -- reads --------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        check_read_only(cypher)
        return self._read(cypher, params, READ_ACCESS)

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run any Cypher (internal use: the analyst path is `query`)."""
        return self._read(cypher, params, READ_ACCESS if self.read_only else WRITE_ACCESS)

    def _read(self, cypher: str, params: dict[str, Any] | None, access, notifications: bool = True) -> QueryResult:
        with self._session(access, notifications) as session:
            result = session.run(cypher, params or {})
            columns = list(result.keys())
            rows = [[self._plain(v) for v in record.values()] for record in result]
        return QueryResult(columns=columns, rows=rows)

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        # Counts come from the count store; a type never written would only raise a notification.
        with self._session(READ_ACCESS, notifications=False) as session:
            nodes = {
                label: session.run(f"MATCH (n:{label}) RETURN count(n)").single()[0] for label in self.schema.nodes
            }
            rels = {t: session.run(f"MATCH ()-[r:{t}]->() RETURN count(r)").single()[0] for t in self.schema.rels}
        return nodes, rels

    def after_write(self) -> None:
        """Nothing to give back: the server holds the written pages, not this process."""

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _plain(self, value: Any) -> Any:
        """Driver values as the embedded store returns them.

        Nodes and relationships become dicts with every schema property (None where unset, as
        Ladybug's tables have a column for each) plus `_label`; temporal values become Python ones.
        """
        if isinstance(value, Node):
            label = next((lb for lb in value.labels if lb in self.schema.nodes), next(iter(value.labels), None))
            node = self.schema.nodes.get(label)
            return self._entity_dict(value, label, node.properties if node else ())
        if isinstance(value, Relationship):
            rel = self.schema.rels.get(value.type)
            return self._entity_dict(value, value.type, rel.properties if rel else ())
        if isinstance(value, Path):  # as Ladybug returns a path
            return {"_NODES": [self._plain(n) for n in value.nodes],
                    "_RELS": [self._plain(r) for r in value.relationships]}  # fmt: skip
        if isinstance(value, list):
            return [self._plain(v) for v in value]
        if isinstance(value, dict):
            return {k: self._plain(v) for k, v in value.items()}
        if hasattr(value, "to_native"):
            return value.to_native()
        return value

    def _entity_dict(self, value: Node | Relationship, label: str | None, properties) -> dict[str, Any]:
        out: dict[str, Any] = {p.name: None for p in properties}
        out.update({k: self._plain(v) for k, v in value.items()})
        out["_label"] = label
        return out


def _run(tx, statement: str, **params: Any) -> None:
    tx.run(statement, **params).consume()


def _run_rels(tx, statement: str, rel_type: str, rows: list[list], common: dict[str, Any]) -> None:
    """MERGE relationships; a row whose end node is missing is an error (as COPY makes it in Ladybug).

    Raising inside the transaction function rolls the chunk back.
    """
    written = tx.run(statement, rows=rows, common=common).single()[0]
    if written < len(rows):
        raise RuntimeError(
            f"{len(rows) - written} {rel_type} relationship(s) of {len(rows)} refer to a node that is not "
            f"in the store (write the nodes first)"
        )


def _pack_rows(
    rows: list[dict[str, Any]], columns: tuple[str, ...], merge_keys: int = 1
) -> tuple[dict[str, Any], list[list[Any]]]:
    """A chunk as cheaply as the driver can send it: (values every row shares, one list per row).

    The driver packs parameters in pure Python, value by value: sending 2,500 Mention rows as
    maps took 1.5 s, 0.27 s with the values they share sent once (a batch's extractor, version
    and ingest time; a datetime is the costliest value to pack), 0.12 s as lists. So a shared
    value goes once in `common` and is a null in the rows, and each row is a list in `columns`
    order. The first `merge_keys` columns are never shared. On a new element `SET x.k = null`
    sets nothing, and `x += $common` comes last.
    """
    first = rows[0] if rows else {}
    common = {
        k: v for k, v in first.items()
        if k not in columns[:merge_keys] and all(k in r and type(r[k]) is type(v) and r[k] == v for r in rows)
    }  # fmt: skip
    own = [None if k in common else k for k in columns]
    return common, [[None if k is None else r.get(k) for k in own] for r in rows]


def _set_columns(var: str, keys: list[str], offset: int) -> str:
    """`x.`k` = r[i], ` for each property (names come from the schema, back-quoted)."""
    return "".join(f"{var}.`{k}` = r[{i}], " for i, k in enumerate(keys, start=offset))


def _chunks(rows: list, size: int | None = None):
    size = size or WRITE_CHUNK
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _neo4j_props(props: dict[str, Any], schema_props: dict[str, Property]) -> dict[str, Any]:
    """The schema's properties only (as Ladybug has a column for each), typed as the schema says.

    Neo4j stores no nulls: absent values are simply left out.
    """
    out = {}
    for key, value in props.items():
        prop = schema_props.get(key)
        if value is None or (prop is None and key != "id"):
            continue
        out[key] = _coerce(value, prop) if prop is not None else value
    return out


def _coerce(value: Any, prop: Property) -> Any:
    if prop.multi and isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return [_coerce_one(v, prop.type) for v in items if v is not None]
    return _coerce_one(value, prop.type)


def _coerce_one(value: Any, kind: str) -> Any:
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str):
            return date.fromisoformat(value)
    if kind == "datetime":
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)  # TIMESTAMP in Ladybug is naive UTC
        if isinstance(value, date) and not isinstance(value, datetime):
            return datetime(value.year, value.month, value.day)
    return value


def _reason(exc: Exception) -> str:
    """The server's message without the driver's GQL boilerplate."""
    message = getattr(exc, "message", None)
    code = getattr(exc, "code", None)
    if message:
        return f"{message} ({code})" if code else str(message)
    return str(exc).strip() or type(exc).__name__
