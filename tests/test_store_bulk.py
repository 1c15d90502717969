"""The bulk loader (store/ladybug_bulk.py) leaves the same LadybugDB store as batch-by-batch writes."""

from __future__ import annotations

import pytest
from fixtures.synthetic import synthetic_extractions

from osint_graph.store.base import GraphBatch, Rel
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_bulk import BulkLoader
from osint_graph.store.ladybug_store import LadybugStore


def batches(articles: int, per_batch: int, pool: int) -> list[GraphBatch]:
    """Synthetic batches with entities (and some port calls) recurring across batches."""
    stream = list(synthetic_extractions(articles, pool=pool))
    return [batch_of(stream[i : i + per_batch]) for i in range(0, articles, per_batch)]


def contents(store: LadybugStore) -> tuple[dict, dict]:
    """Every node with all its properties, every relationship with its ends and properties (name index included)."""
    nodes, rels = {}, {}
    for label in [*store.schema.nodes, "NameKey"]:
        nodes[label] = sorted(repr(sorted(row[0].items())) for row in store.run(f"MATCH (n:{label}) RETURN n").rows)
    key_rel = store._key_rel
    for rel in [*store.schema.rels.values(), key_rel]:
        for start, end in rel.pairs:
            cypher = f"MATCH (a:{start})-[r:{rel.type}]->(b:{end}) RETURN a.id, b.id, r"
            found = [
                (a, b, repr(sorted((k, v) for k, v in r.items() if k != "_label")))
                for a, b, r in store.run(cypher).rows
            ]
            rels[(rel.type, start, end)] = sorted(found)
    return nodes, rels


def assert_same_store(one: LadybugStore, other: LadybugStore) -> None:
    nodes, rels = contents(one)
    other_nodes, other_rels = contents(other)
    assert {k: len(v) for k, v in nodes.items()} == {k: len(v) for k, v in other_nodes.items()}
    assert {k: len(v) for k, v in rels.items()} == {k: len(v) for k, v in other_rels.items()}
    assert nodes == other_nodes
    assert rels == other_rels


@pytest.fixture(scope="module")
def stream() -> list[GraphBatch]:
    return batches(128, per_batch=16, pool=20)


def test_bulk_load_equals_batched_writes(stream, tmp_path):
    with LadybugStore(tmp_path / "batched.lbug") as batched:
        for batch in stream:
            batched.write(batch)
        with LadybugStore(tmp_path / "bulk.lbug") as bulk:
            # Commits every 50 articles: windows that cut through batches' recurring entities.
            with BulkLoader(bulk, commit_articles=30) as loader:
                for batch in stream:
                    loader.write(batch)
            assert loader.commits >= 4
            assert_same_store(batched, bulk)
            nodes, rels = bulk.counts()
            assert nodes["Article"] == 128 and nodes["Vessel"] > 0 and rels["REFERS_TO"] > 0
            # Recurring port calls: relationships between nodes known before their batch.
            assert rels["INVOLVES"] > 0


def test_bulk_into_a_store_that_has_rows_and_repeats_equals_batched(stream, tmp_path):
    """A loader opened on a non-empty store learns its ids; batches written twice add nothing."""
    with LadybugStore(tmp_path / "batched.lbug") as batched, LadybugStore(tmp_path / "bulk.lbug") as bulk:
        for batch in stream[:5]:
            batched.write(batch)
            bulk.write(batch)
        for batch in stream[3:] + stream[:2]:
            batched.write(batch)
        with BulkLoader(bulk, commit_articles=40) as loader:
            for batch in stream[3:] + stream[:2]:
                loader.write(batch)
        assert_same_store(batched, bulk)


def test_a_later_version_of_a_node_does_not_overwrite_the_first(tmp_path):
    first, later = GraphBatch(), GraphBatch()
    first.add_node("Vessel", {"id": "vessel:a", "name": "A", "aliases": ["A"]})
    later.add_node("Vessel", {"id": "vessel:a", "name": "A", "aliases": ["A", "Alpha"], "imo": "IMO 1234567"})
    later.add_node("Port", {"id": "port:p", "name": "P", "aliases": ["P"]})
    with LadybugStore(tmp_path / "batched.lbug") as batched, LadybugStore(tmp_path / "bulk.lbug") as bulk:
        batched.write(first)
        batched.write(later)
        with BulkLoader(bulk, commit_articles=1) as loader:
            loader.write(first)
            loader.write(later)
        assert_same_store(batched, bulk)
        assert bulk.run("MATCH (k:NameKey) RETURN k.id ORDER BY k.id").rows == [["a"], ["p"]]


def test_a_relationship_to_a_missing_node_is_refused_before_anything_is_spooled(tmp_path):
    bad = GraphBatch()
    bad.add_node("Vessel", {"id": "vessel:a", "name": "A", "aliases": ["A"]})
    bad.add_rel("LOCATED_IN", Rel("Port", "port:nowhere", "Country", "country:none"))
    with LadybugStore(tmp_path / "bulk.lbug") as bulk:
        with BulkLoader(bulk) as loader:
            with pytest.raises(ValueError):
                loader.write(bad)
        assert bulk.counts()[0]["Vessel"] == 0
