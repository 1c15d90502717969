"""What every store offers: the `GraphStore` protocol, the batch it writes, and the read-only guard.

Both stores (embedded LadybugDB, Neo4j server) take the same `GraphBatch` and
run the same Cypher, so the CLI, the cross-check and the exports never know
which one they talk to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from osint_graph.ontology import Schema
from osint_graph.store.cypher_guard import READ_PROCEDURES, WriteQueryRefused, check  # noqa: F401 (re-exported)


@dataclass(frozen=True, slots=True)
class Rel:
    """One relationship to write; (type, start id, end id) is its identity."""

    start_label: str
    start: str
    end_label: str
    end: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class GraphBatch:
    """Nodes by label and relationships by type, ready to be merged into a store."""

    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # label -> id -> props
    rels: dict[str, dict[tuple[str, str], Rel]] = field(default_factory=dict)  # type -> (start, end) -> rel

    def add_node(self, label: str, props: dict[str, Any]) -> None:
        """First write of an id wins within a batch, but later non-empty values fill gaps."""
        table = self.nodes.setdefault(label, {})
        current = table.get(props["id"])
        if current is None:
            table[props["id"]] = dict(props)
            return
        for key, value in props.items():
            if key in ("aliases", "nameKeys") and value:
                current[key] = sorted(set(current.get(key) or []) | set(value))
            elif current.get(key) in (None, "", []) and value not in (None, ""):
                current[key] = value

    def add_rel(self, rel_type: str, rel: Rel) -> None:
        self.rels.setdefault(rel_type, {}).setdefault((rel.start, rel.end), rel)

    def extend(self, other: GraphBatch) -> None:
        for label, rows in other.nodes.items():
            for props in rows.values():
                self.add_node(label, props)
        for rel_type, rels in other.rels.items():
            for rel in rels.values():
                self.add_rel(rel_type, rel)

    def size(self) -> int:
        return sum(len(v) for v in self.nodes.values()) + sum(len(v) for v in self.rels.values())


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_dataframe(self):
        """The rows as a pandas DataFrame, one column per returned column (both stores return Python values)."""
        import pandas as pd

        return pd.DataFrame(self.rows, columns=list(self.columns))

    def to_networkx(self, source: str | None = None, target: str | None = None):
        """A networkx MultiDiGraph with an edge from each row's `source` value to its `target` value.

        By default the first two columns; the other columns become edge attributes. Rows whose
        source or target is null add no edge. For the stored graph itself use `osint_graph.graph()`.
        """
        import networkx as nx

        if len(self.columns) < 2 and (source is None or target is None):
            raise ValueError("to_networkx needs two columns (source and target)")
        source = source or self.columns[0]
        target = target or self.columns[1]
        graph = nx.MultiDiGraph()
        for record in self.records():
            a, b = record.pop(source), record.pop(target)
            if a is not None and b is not None:
                graph.add_edge(_hashable(a), _hashable(b), **record)
        return graph


def _hashable(value: Any) -> Any:
    """A node key: a node or map value (unhashable dict) becomes its `id`, a list a tuple."""
    if isinstance(value, dict):
        return value.get("id", repr(sorted(value.items())))
    if isinstance(value, list):
        return tuple(value)
    return value


class GraphStore(Protocol):
    """The verbs every store implements."""

    schema: Schema
    uri: str

    def write(self, batch: GraphBatch) -> None:
        """Merge nodes and relationships: writing the same batch twice changes nothing."""

    def replace(self, labels: list[str], rel_types: list[str], batch: GraphBatch) -> None:
        """Delete every node of `labels` and relationship of `rel_types`, then write `batch`.

        Used for derived results (cross-check) that are recomputed whole.
        """

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run an analyst's read-only query (write clauses are refused before anything runs)."""

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Node counts by label and relationship counts by type."""

    def after_write(self) -> None:
        """Run by `ingest` after each batched write: give back the memory the write held, if the
        store holds any in this process (an embedded store does; a server's client does not)."""

    def close(self) -> None: ...


def check_read_only(cypher: str) -> None:
    """Raise WriteQueryRefused if the query could write or touch files (store/cypher_guard.py parses it);
    the stores also open read-only where they can."""
    check(cypher)
