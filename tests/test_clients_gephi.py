"""GraphML and GEXF opened with the Gephi toolkit (what Gephi itself runs): every node and edge arrives.

scripts/clients/gephi-read builds a small Java reader with Maven on first use
(org.gephi:gephi-toolkit 0.10.1 from Maven Central) and prints what Gephi imported.
"""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from client_support import CLIENTS, client_unavailable, run_client
from fixtures.demo import write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.store.base import GraphBatch, Rel
from osint_graph.store.ladybug_store import LadybugStore

LADY_R = "vessel:imo-9161003"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    for tool in ("java", "mvn"):
        if not shutil.which(tool):
            client_unavailable(f"{tool} is not installed (the Gephi reader needs Java 17 and Maven)")
    path = tmp_path_factory.mktemp("gephi") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path) as store:
        # Two relationships between the same two nodes, as the sample corpus has them (a claim
        # about a person it is also attributed to): Gephi merges such edges unless typed.
        claim, person = store.query(
            "MATCH (c:Claim)-[:ATTRIBUTED_TO]->(p:Person) RETURN c.id, p.id ORDER BY c.id LIMIT 1"
        ).rows[0]
        batch = GraphBatch()
        batch.add_rel("CONCERNS", Rel("Claim", claim, "Person", person, {"edgeRole": "mentioned"}))
        store.write(batch)
        nodes, rels = store.counts()
        graph = read_graph(store)
    pairs = Counter((a, b) for a, b, _ in graph.edges(keys=True))
    assert max(pairs.values()) >= 2
    yield graph, sum(nodes.values()), sum(rels.values())


@pytest.fixture(scope="module", params=["graphml", "gexf"])
def gephi(request, demo, tmp_path_factory):
    graph, *_ = demo
    out = tmp_path_factory.mktemp("gephi") / f"demo.{request.param}"
    out.write_text(export_graph(graph, request.param).text, encoding="utf-8")
    return run_client([str(CLIENTS / "gephi-read"), str(out)])


def test_gephi_imports_every_node_and_edge_of_the_store(demo, gephi):
    _, n_nodes, n_edges = demo
    assert n_edges > n_nodes > 50
    assert (gephi["nodes"], gephi["edges"]) == (n_nodes, n_edges)
    assert len(set(gephi["edgeIds"])) == n_edges
    assert gephi["issues"] == []


def test_gephi_shows_names_as_labels(gephi):
    labels = gephi["labels"]
    assert labels[LADY_R] == "Lady R" and labels["port:locode-KPNJN"] == "Rajin"
    assert not {"Vessel", "Port", "Claim"} & set(labels.values())


def test_gephi_reads_typed_columns(gephi):
    nodes, edges = gephi["nodeColumns"], gephi["edgeColumns"]
    assert nodes["nodeType"] == "String" and nodes["hedged"] == "Boolean"
    assert nodes["latitude"] == "Double" and nodes["startOffset"] in ("Integer", "Long")
    assert edges["relType"] == "String" and edges["position"] in ("Integer", "Long")
