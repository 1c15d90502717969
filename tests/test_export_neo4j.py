"""The exports read a Neo4j store exactly as they read LadybugDB (same Cypher, same graph, same files).

Needs a Neo4j server: see tests/neo4j_support.py (skips without one, fails under
OSINT_GRAPH_REQUIRE_NEO4J=1).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from fixtures.demo import demo_batch
from neo4j_support import neo4j_clean, neo4j_store  # noqa: F401 - fixtures
from rdflib import Graph
from rdflib.compare import isomorphic

from osint_graph.export import ego_subgraph, export_graph, read_graph
from osint_graph.store.ladybug_store import LadybugStore

pytestmark = pytest.mark.neo4j

INGESTED = datetime(2025, 1, 2, 3, 4, 5)


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return sorted(_plain(v) for v in value)
    return value


def _nodes(graph):
    return {n: {k: _plain(v) for k, v in d.items()} for n, d in graph.nodes(data=True)}


def _edges(graph):
    return {(s, t, k): {key: _plain(v) for key, v in d.items()} for s, t, k, d in graph.edges(keys=True, data=True)}


@pytest.fixture(scope="module")
def graphs(neo4j_clean, tmp_path_factory):  # noqa: F811 - the fixture imported above
    batch = demo_batch(ingested_at=INGESTED)
    neo4j_clean.write(batch)
    with LadybugStore(tmp_path_factory.mktemp("demo") / "demo.lbug") as ladybug:
        ladybug.write(demo_batch(ingested_at=INGESTED))
        from_ladybug = read_graph(ladybug)
    return read_graph(neo4j_clean), from_ladybug


def test_both_stores_give_the_same_graph(graphs):
    neo4j, ladybug = graphs
    assert _nodes(neo4j) == _nodes(ladybug)
    assert _edges(neo4j) == _edges(ladybug)


@pytest.mark.parametrize("fmt", ["geojson", "timeline", "stix", "cytoscape"])
def test_both_stores_give_the_same_files(graphs, fmt):
    neo4j, ladybug = graphs
    assert export_graph(neo4j, fmt).text == export_graph(ladybug, fmt).text


def test_rdf_from_both_stores_is_the_same_graph(graphs):
    neo4j, ladybug = graphs
    a = Graph().parse(data=export_graph(neo4j, "rdf").text, format="turtle")
    b = Graph().parse(data=export_graph(ladybug, "rdf").text, format="turtle")
    assert isomorphic(a, b)


def test_about_works_on_neo4j(graphs):
    neo4j, ladybug = graphs
    assert set(ego_subgraph(neo4j, "lady r", 1)) == set(ego_subgraph(ladybug, "lady r", 1))
