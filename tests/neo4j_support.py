"""Fixtures for tests that need a real Neo4j server (import them into a test module).

The server comes from the environment (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
NEO4J_DATABASE), as `scripts/run-tests` and `eval "$(scripts/neo4j start)"` set it.
Without a usable server the tests skip with the reason; with
OSINT_GRAPH_REQUIRE_NEO4J=1 (CI) they fail with it instead.

One server serves the whole session: every module that writes starts from an
empty database (`neo4j_clean`), and tests that need a known state empty it
again (`wipe`).
"""

from __future__ import annotations

import os

import pytest

from osint_graph.store.neo4j_store import Neo4jStore

REQUIRE_ENV = "OSINT_GRAPH_REQUIRE_NEO4J"
HOW_TO_START = 'start one with `eval "$(scripts/neo4j start)"` or run `make test`'


def neo4j_unavailable(reason: str) -> None:
    """Skip, or fail when the environment requires a server (never returns)."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but no Neo4j: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j: {reason} ({HOW_TO_START}; {REQUIRE_ENV}=1 makes this a failure)")


def connect(**kwargs) -> Neo4jStore:
    """A store on the configured server, or skip/fail with the reason (the URI, never the password)."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        neo4j_unavailable("NEO4J_URI is not set")
    try:
        return Neo4jStore(uri, **kwargs)
    except Exception as exc:  # Neo4jStoreError: unreachable, unauthorised, no such database
        neo4j_unavailable(f"Neo4j at {uri} cannot be used: {exc}")
        raise  # unreachable: neo4j_unavailable raises


def wipe(store: Neo4jStore) -> None:
    """Delete every node and relationship (constraints and indexes stay), in chunks of 10,000."""
    store.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")


def node_total(store) -> int:
    nodes, rels = store.counts()
    return sum(nodes.values()) + sum(rels.values())


@pytest.fixture(scope="session")
def neo4j_store():
    """One Neo4jStore for the session (schema created), closed at the end."""
    store = connect()
    yield store
    store.close()


@pytest.fixture(scope="module")
def neo4j_clean(neo4j_store):
    """The session's store, emptied before the module's first test uses it."""
    wipe(neo4j_store)
    return neo4j_store
