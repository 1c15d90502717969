"""Neo4j's bulk write path: chunks prepared by a thread ahead of the one being sent
(store/neo4j_bulk.py `pipelined`), and a load through it equal to a MERGE load.

The MERGE load is scripts/bench_load.py's `MergeStore` (the store's writes as they were before
the bulk path), the baseline that script measures against.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from fixtures.synthetic import synthetic_extractions
from neo4j_support import neo4j_clean, neo4j_store, wipe

from osint_graph.store import neo4j_store as store_module
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.neo4j_bulk import PREPARED_AHEAD, pipelined

__all__ = ["neo4j_clean", "neo4j_store"]  # fixtures, imported for pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))


def _prep_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "neo4j-write-prep"]


def test_pipelined_keeps_the_order_and_prepares_ahead():
    made = []

    def writes(tag, n):
        for i in range(n):
            made.append((tag, i))
            yield tag, i

    got = []
    for item in pipelined([writes("a", 3), writes("b", 4)]):
        if not got:  # the thread goes on preparing meanwhile, up to its bound
            ahead = 1 + PREPARED_AHEAD + 1  # handed out, waiting in the queue, one made and blocked
            deadline = time.monotonic() + 10
            while len(made) < ahead and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.1)
            assert len(made) == ahead
        got.append(item)
    assert got == [("a", 0), ("a", 1), ("a", 2), ("b", 0), ("b", 1), ("b", 2), ("b", 3)]
    assert not _prep_threads()


def test_an_error_while_preparing_is_raised_after_the_chunks_before_it():
    def writes():
        yield 1
        yield 2
        raise ValueError("bad row")

    got = []
    with pytest.raises(ValueError, match="bad row"):
        for item in pipelined([writes(), iter([3])]):
            got.append(item)
    assert got == [1, 2]
    assert not _prep_threads()


def test_the_thread_stops_when_the_caller_leaves_early():
    def endless():
        i = 0
        while True:
            i += 1
            yield i

    with pytest.raises(RuntimeError, match="server refused"):
        for item in pipelined([endless()]):
            if item == 3:
                raise RuntimeError("server refused")
    assert not _prep_threads()


def _snapshot(store):
    """Counts, every node id by label (the name index too), every relationship as (type, start, end)."""
    nodes = store.run("MATCH (n) RETURN labels(n), n.id").rows
    rels = store.run("MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id").rows
    return store.counts(), sorted((sorted(labels), i) for labels, i in nodes), sorted(map(tuple, rels))


@pytest.mark.neo4j
def test_a_bulk_load_equals_a_merge_load(neo4j_clean, monkeypatch):
    from bench_load import MergeStore

    monkeypatch.setattr(store_module, "WRITE_CHUNK", 40)  # several chunks per label, prepared ahead
    first, second = batch_of(synthetic_extractions(60)), batch_of(synthetic_extractions(90))
    wipe(neo4j_clean)
    neo4j_clean.write(first)  # into an empty store: no look-ups
    neo4j_clean.write(second)  # 60 of its 90 articles stored: look-ups, then only the new rows
    bulk = _snapshot(neo4j_clean)
    wipe(neo4j_clean)
    with MergeStore(neo4j_clean.uri) as merge:
        merge.write(first)
        merge.write(second)
        merged = _snapshot(merge)
    wipe(neo4j_clean)
    (nodes, rels), node_ids, rel_triples = bulk
    assert nodes["Article"] == 90 and sum(rels.values()) > 1000
    assert len(set(rel_triples)) == len(rel_triples)  # no relationship written twice
    assert bulk == merged
