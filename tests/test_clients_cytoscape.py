"""Cytoscape.js JSON loaded by cytoscape.js itself (under Node, headless): every node and edge
arrives, no edge points to a missing node, ids are unique, data survives.

scripts/clients/cytoscape-read installs the pinned package (scripts/clients/cytoscape/) with
`npm ci` on first use.
"""

from __future__ import annotations

import shutil

import pytest
from client_support import CLIENTS, client_unavailable, run_client
from fixtures.demo import write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.store.ladybug_store import LadybugStore

LADY_R = "vessel:imo-9161003"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    if not (shutil.which("node") and shutil.which("npm")):
        client_unavailable("node and npm are not installed (cytoscape.js runs under Node)")
    folder = tmp_path_factory.mktemp("cytoscape")
    write_demo(str(folder / "demo.lbug"))
    with LadybugStore(folder / "demo.lbug", read_only=True) as store:
        nodes, rels = store.counts()
        graph = read_graph(store)
    path = folder / "demo.cyjs"
    path.write_text(export_graph(graph, "cytoscape").text, encoding="utf-8")
    return run_client([str(CLIENTS / "cytoscape-read"), str(path), LADY_R]), sum(nodes.values()), sum(rels.values())


def test_cytoscape_js_loads_every_element(loaded):
    result, n_nodes, n_edges = loaded
    assert (result["nodes"], result["edges"]) == (n_nodes, n_edges)
    assert result["dangling"] == 0 and result["duplicates"] == 0 and result["warnings"] == []


def test_node_data_survives(loaded):
    result, *_ = loaded
    assert result["probe"]["name"] == "Lady R" and result["probe"]["type"] == "Vessel"
    assert result["probe"]["imo"] == "9161003" and "Lady-R" in result["probe"]["aliases"]
    assert result["degree"] > 3
