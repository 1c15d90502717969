"""GraphML, GEXF and Cytoscape.js JSON load back with the store's counts."""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from fixtures.demo import write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.export.networks import LIST_SEPARATOR
from osint_graph.store.ladybug_store import LadybugStore

LADY_R = "vessel:imo-9161003"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        nodes, rels = store.counts()
        yield read_graph(store), sum(nodes.values()), sum(rels.values())


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graph_files_load_back_with_the_store_counts(demo, tmp_path, fmt, reader):
    graph, n_nodes, n_edges = demo
    out = tmp_path / f"g.{fmt}"
    out.write_text(export_graph(graph, fmt).text, encoding="utf-8")
    back = reader(out)
    assert back.number_of_nodes() == n_nodes
    assert back.number_of_edges() == n_edges


def test_graphml_attributes_are_flat_and_typed(demo, tmp_path):
    graph, *_ = demo
    out = tmp_path / "g.graphml"
    out.write_text(export_graph(graph, "graphml").text, encoding="utf-8")
    back = nx.read_graphml(out)
    lady_r = back.nodes[LADY_R]
    assert lady_r["label"] == "Lady R" and lady_r["nodeType"] == "Vessel" and lady_r["imo"] == "9161003"
    assert lady_r["aliases"] == LIST_SEPARATOR.join(graph.nodes[LADY_R]["aliases"])
    port = back.nodes["port:locode-KPNJN"]
    assert isinstance(port["latitude"], float)
    article = next(d for _, d in back.nodes(data=True) if d["nodeType"] == "Article")
    assert len(article["published"]) == 10  # a date as an ISO string
    claim = next(d for _, d in back.nodes(data=True) if d["nodeType"] == "Claim")
    assert isinstance(claim["startOffset"], int) and isinstance(claim["hedged"], bool)
    types = {d["relType"] for *_, d in back.edges(data=True)}
    assert {"DERIVED_FROM", "ATTRIBUTED_TO", "CONCERNS"} <= types
    # Edge ids are unique (Gephi keeps one edge per id).
    ids = re.findall(r'<edge [^>]*\bid="([^"]+)"', out.read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids)) == back.number_of_edges()


def test_gexf_shows_names_and_keeps_the_node_type(demo, tmp_path):
    graph, *_ = demo
    out = tmp_path / "g.gexf"
    out.write_text(export_graph(graph, "gexf").text, encoding="utf-8")
    back = nx.read_gexf(out)
    lady_r = back.nodes[LADY_R]
    assert lady_r["label"] == "Lady R" and lady_r["nodeType"] == "Vessel"
    assert {d["relType"] for *_, d in back.edges(data=True)} >= {"PUBLISHED_BY", "SUPPORTED_BY"}
    # Gephi wants one type per column: no None, no lists.
    for _, data in back.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())


def test_cytoscape_json_has_the_elements_cytoscape_expects(demo):
    graph, n_nodes, n_edges = demo
    doc = json.loads(export_graph(graph, "cytoscape").text)
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == n_nodes and len(edges) == n_edges
    ids = {n["data"]["id"] for n in nodes}
    assert all({"id", "type", "name"} <= set(n["data"]) for n in nodes)
    assert all({"id", "source", "target", "type"} <= set(e["data"]) for e in edges)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert len({e["data"]["id"] for e in edges}) == n_edges
    lady_r = next(n["data"] for n in nodes if n["data"]["id"] == LADY_R)
    assert lady_r["type"] == "Vessel" and isinstance(lady_r["aliases"], list)
