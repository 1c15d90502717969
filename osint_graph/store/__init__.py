"""store: one `GraphStore` protocol, two implementations (LadybugDB embedded, Neo4j server)."""

from __future__ import annotations

import os

from osint_graph.store.base import GraphBatch, GraphStore, QueryResult, Rel, WriteQueryRefused, check_read_only

DEFAULT_STORE = "osint-graph.lbug"
NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def default_store_uri() -> str:
    return os.environ.get("OSINT_GRAPH_STORE") or DEFAULT_STORE


def is_neo4j(uri: str) -> bool:
    return uri.startswith(NEO4J_SCHEMES)


def open_store(uri: str | None = None, read_only: bool = False, buffer_pool_mb: int | None = None) -> GraphStore:
    """A store from a URI: bolt:// or neo4j:// is a Neo4j server, anything else a LadybugDB file.

    `buffer_pool_mb` bounds LadybugDB's page cache (default 512, store/ladybug_store.py).
    """
    uri = uri or default_store_uri()
    if is_neo4j(uri):
        from osint_graph.store.neo4j_store import Neo4jStore

        return Neo4jStore(uri, read_only=read_only)
    from osint_graph.store.ladybug_store import LadybugStore

    return LadybugStore(uri, read_only=read_only, buffer_pool_mb=buffer_pool_mb)


__all__ = [
    "DEFAULT_STORE",
    "GraphBatch",
    "GraphStore",
    "QueryResult",
    "Rel",
    "WriteQueryRefused",
    "check_read_only",
    "default_store_uri",
    "is_neo4j",
    "open_store",
]
