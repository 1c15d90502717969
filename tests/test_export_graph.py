"""Reading a store into networkx, and the subgraph --about an entity (real LadybugDB)."""

from __future__ import annotations

import pytest
from fixtures.demo import write_demo

from osint_graph.export import ExportError, ego_subgraph, read_graph
from osint_graph.export.graph import attribution_chain, claim_grades, find_entities
from osint_graph.store.ladybug_store import LadybugStore

LADY_R = "vessel:imo-9161003"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        yield store, read_graph(store)


def test_the_graph_holds_every_node_and_relationship_of_the_store(demo):
    store, graph = demo
    nodes, rels = store.counts()
    assert graph.number_of_nodes() == sum(nodes.values())
    assert graph.number_of_edges() == sum(rels.values())
    for label, count in nodes.items():
        assert sum(1 for _, d in graph.nodes(data=True) if d["label"] == label) == count
    for rel_type, count in rels.items():
        assert sum(1 for *_, k in graph.edges(keys=True) if k == rel_type) == count


def test_nodes_keep_their_properties_and_edges_their_type(demo):
    _, graph = demo
    lady_r = graph.nodes[LADY_R]
    assert lady_r["label"] == "Vessel" and lady_r["name"] == "Lady R" and lady_r["imo"] == "9161003"
    assert "Lady-R" in lady_r["aliases"]
    assert all(v is not None for v in lady_r.values())
    position = {d["position"] for _, _, k, d in graph.edges(keys=True, data=True) if k == "ATTRIBUTED_TO"}
    assert 0 in position and 1 in position
    assert all(d["type"] == k for _, _, k, d in graph.edges(keys=True, data=True))


def test_one_query_per_label_and_per_relationship_type(demo):
    store, _ = demo
    seen = []

    class Counting:
        schema = store.schema

        def query(self, cypher, params=None):
            seen.append(cypher)
            return store.query(cypher, params)

    read_graph(Counting())
    assert len(seen) == len(store.schema.nodes) + len(store.schema.rels)


def test_entities_are_found_by_name_or_alias_in_any_case(demo):
    _, graph = demo
    assert find_entities(graph, "lady r") == [LADY_R]
    assert find_entities(graph, "LADY-R") == [LADY_R]
    assert find_entities(graph, "Rason") == ["port:locode-KPNJN"]
    assert find_entities(graph, "Lady Q") == []


def test_about_gives_a_smaller_graph_around_the_entity(demo):
    _, graph = demo
    sub = ego_subgraph(graph, "Lady R", depth=1)
    assert LADY_R in sub and sub.number_of_nodes() < graph.number_of_nodes()
    # Its claims are there at depth 1, and each keeps its article (provenance closure).
    claims = [n for n, d in sub.nodes(data=True) if d["label"] == "Claim"]
    assert claims
    for claim in claims:
        assert any(k == "DERIVED_FROM" for *_, k in sub.out_edges(claim, keys=True))
    # A deeper cut holds more, but the extraction run is not a bridge to the whole store.
    deeper = ego_subgraph(graph, "Lady R", depth=2)
    assert sub.number_of_nodes() < deeper.number_of_nodes() < graph.number_of_nodes()
    assert "Eagle S" not in {d.get("name") for _, d in deeper.nodes(data=True)}


def test_an_unknown_name_is_a_clear_error(demo):
    _, graph = demo
    with pytest.raises(ExportError, match=r"no entity named 'Lady Q'.*did you mean: Lady R"):
        ego_subgraph(graph, "Lady Q")


def test_grades_and_chains_come_from_the_crosscheck_and_the_claim(demo):
    _, graph = demo
    grades = claim_grades(graph)
    assert set(grades.values()) <= {1, 2, 3, 4, 5, 6} and grades
    kirby = next(n for n, d in graph.nodes(data=True) if d["label"] == "Claim" and "Rajin and unloaded" in d["text"])
    chain = attribution_chain(graph, kirby)
    assert [link["name"] for link in chain] == ["John Kirby", "White House"]
    assert chain[0]["id"] == "person:john-kirby" and chain[0]["verb"] == "say"


def test_without_crosscheck_results_there_are_no_grades(tmp_path):
    write_demo(str(tmp_path / "plain.lbug"), crosscheck=False)
    with LadybugStore(tmp_path / "plain.lbug", read_only=True) as store:
        graph = read_graph(store)
    assert claim_grades(graph) == {}
    assert not [n for n, d in graph.nodes(data=True) if d["label"] == "Proposition"]
