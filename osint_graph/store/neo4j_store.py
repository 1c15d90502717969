"""The server store: Neo4j 5 through the official driver.

Constraints and indexes come from the ontology `Schema`; writes are batched
`UNWIND $rows ... MERGE` statements inside managed write transactions
(`execute_write` retries transient errors); analysts' queries run in sessions
opened with READ access, after the same write-clause check as the embedded store.
Connection settings follow Neo4j's conventions: NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE.
"""

from __future__ import annotations

import os
from typing import Any

from neo4j import READ_ACCESS, WRITE_ACCESS, GraphDatabase
from neo4j.graph import Node, Path, Relationship

from osint_graph.ontology import Schema, default_schema
from osint_graph.store.base import GraphBatch, QueryResult, check_read_only

WRITE_CHUNK = 2000
# Node properties worth an index (look-ups by name and identifiers); ids get uniqueness constraints.
INDEXED_PROPERTIES = ("name", "imo", "mmsi", "locode", "iso2", "article", "published", "kind")


def schema_statements(schema: Schema) -> list[str]:
    """Uniqueness constraints on every label's id, indexes on names and identifiers."""
    statements = []
    for node in schema.nodes.values():
        statements.append(
            f"CREATE CONSTRAINT osint_{node.label.lower()}_id IF NOT EXISTS "
            f"FOR (n:{node.label}) REQUIRE n.id IS UNIQUE"
        )
        for prop in node.properties:
            if prop.name in INDEXED_PROPERTIES:
                statements.append(
                    f"CREATE INDEX osint_{node.label.lower()}_{prop.name.lower()} IF NOT EXISTS "
                    f"FOR (n:{node.label}) ON (n.{prop.name})"
                )
    return statements


class Neo4jStore:
    """GraphStore on a Neo4j 5 server."""

    def __init__(self, uri: str | None = None, read_only: bool = False, schema: Schema | None = None,
                 username: str | None = None, password: str | None = None, database: str | None = None):
        self.uri = uri or os.environ.get("NEO4J_URI", "neo4j://localhost:7687")
        self.schema = schema or default_schema()
        self.read_only = read_only
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        auth = (username or os.environ.get("NEO4J_USERNAME", "neo4j"), password or os.environ.get("NEO4J_PASSWORD", ""))
        self._driver = GraphDatabase.driver(self.uri, auth=auth)
        try:
            self._driver.verify_connectivity()
        except Exception as exc:
            self._driver.close()
            # The message names the server, never the password.
            raise ConnectionError(f"cannot reach Neo4j at {self.uri}: {exc}") from None
        if not read_only:
            self.create_schema()

    def _session(self, access=WRITE_ACCESS):
        return self._driver.session(database=self.database, default_access_mode=access)

    # -- schema -------------------------------------------------------------
    def create_schema(self) -> None:
        with self._session() as session:
            for statement in schema_statements(self.schema):
                session.run(statement).consume()

    # -- writes -------------------------------------------------------------
    def write(self, batch: GraphBatch) -> None:
        with self._session() as session:
            for label, rows in batch.nodes.items():
                statement = f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) ON CREATE SET n += r"
                for chunk in _chunks([_neo4j_props(r) for r in rows.values()]):
                    session.execute_write(_run, statement, rows=chunk)
            for rel_type, rels in batch.rels.items():
                by_pair: dict[tuple[str, str], list[dict]] = {}
                for rel in rels.values():
                    by_pair.setdefault((rel.start_label, rel.end_label), []).append(
                        {"start": rel.start, "end": rel.end, "props": _neo4j_props(rel.props)}
                    )
                for (start_label, end_label), rows in by_pair.items():
                    statement = (
                        f"UNWIND $rows AS r MATCH (a:{start_label} {{id: r.start}}) MATCH (b:{end_label} {{id: r.end}}) "
                        f"MERGE (a)-[x:{rel_type}]->(b) ON CREATE SET x += r.props"
                    )
                    for chunk in _chunks(rows):
                        session.execute_write(_run, statement, rows=chunk)

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

    def _read(self, cypher: str, params: dict[str, Any] | None, access) -> QueryResult:
        with self._session(access) as session:
            result = session.run(cypher, params or {})
            columns = list(result.keys())
            rows = [[_plain(v) for v in record.values()] for record in result]
        return QueryResult(columns=columns, rows=rows)

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        nodes = {label: self.run(f"MATCH (n:{label}) RETURN count(n)").rows[0][0] for label in self.schema.nodes}
        rels = {t: self.run(f"MATCH ()-[r:{t}]->() RETURN count(r)").rows[0][0] for t in self.schema.rels}
        return nodes, rels

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _run(tx, statement: str, **params: Any) -> None:
    tx.run(statement, **params).consume()


def _chunks(rows: list, size: int = WRITE_CHUNK):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def _neo4j_props(props: dict[str, Any]) -> dict[str, Any]:
    """Neo4j stores no nulls: absent values are simply left out."""
    return {k: v for k, v in props.items() if v is not None}


def _plain(value: Any) -> Any:
    """Driver values as the embedded store returns them: nodes and relationships as dicts, native dates."""
    if isinstance(value, Node):
        out = {k: _plain(v) for k, v in value.items()}
        out["_label"] = next(iter(value.labels), None)
        return out
    if isinstance(value, Relationship):
        out = {k: _plain(v) for k, v in value.items()}
        out["_label"] = value.type
        return out
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "to_native"):
        return value.to_native()
    return value
