"""`osint-graph copy`: an embedded store moved into another store without re-extracting.

Into a fresh LadybugDB file (no server needed) and into a real Neo4j (neo4j marker): the
graph read back is the same, copying again changes nothing, and on Neo4j every entity has the
Entity label and `find` answers from the FULLTEXT index.
"""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from fixtures.demo import write_demo
from neo4j_support import neo4j_clean, neo4j_store, wipe

from osint_graph.cli import main
from osint_graph.export import read_graph
from osint_graph.queries import get_saved_query
from osint_graph.store.copy import copy_store
from osint_graph.store.ladybug_bulk import BulkLoader
from osint_graph.store.ladybug_store import LadybugStore

__all__ = ["neo4j_clean", "neo4j_store"]  # fixtures, imported for pytest


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return sorted(_plain(v) for v in value)
    return value


def snapshot(store):
    graph = read_graph(store)
    nodes = {n: {k: _plain(v) for k, v in d.items()} for n, d in graph.nodes(data=True)}
    edges = {(s, t, k): {x: _plain(v) for x, v in d.items()} for s, t, k, d in graph.edges(keys=True, data=True)}
    return nodes, edges


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    path = tmp_path_factory.mktemp("copy") / "demo.lbug"
    write_demo(str(path))
    return path


def test_copy_into_another_embedded_store_keeps_the_graph(source, tmp_path):
    target_path = tmp_path / "copy.lbug"
    with LadybugStore(source, read_only=True) as src, LadybugStore(target_path) as target:
        report = copy_store(src, target)
        nodes, rels = src.counts()
        assert report.nodes == {k: v for k, v in nodes.items() if v} and report.total == sum(nodes.values()) + sum(
            rels.values()
        )
        assert target.counts() == (nodes, rels)
        copy_store(src, target)  # again: nothing changes
        assert target.counts() == (nodes, rels)
        assert snapshot(target) == snapshot(src)


@pytest.mark.neo4j
def test_copy_into_neo4j_from_the_command_line(source, neo4j_clean):
    wipe(neo4j_clean)
    uri = neo4j_clean.uri
    for _ in range(2):  # the second run changes nothing
        result = CliRunner().invoke(main, ["copy", "--from", str(source), "--to", uri])
        assert result.exit_code == 0, result.output
    with LadybugStore(source, read_only=True) as src:
        nodes, rels = src.counts()
        assert neo4j_clean.counts() == (nodes, rels)
        assert snapshot(neo4j_clean) == snapshot(src)
        entities = sum(nodes[label] for label in src.schema.entity_labels())
    assert f"copied {sum(nodes.values())} nodes and {sum(rels.values())} relationships" in result.output
    assert neo4j_clean.query("MATCH (n:Entity) RETURN count(n)").rows == [[entities]]
    find = get_saved_query("find")
    rows = neo4j_clean.query(find.cypher_for(uri), find.bind({"terms": "rason"})).rows
    assert [r[:3] for r in rows] == [["Rajin", "Port", "port:locode-KPNJN"]]
    dates = neo4j_clean.query("MATCH (p:PortCall) WHERE p.date IS NOT NULL RETURN p.startDate").rows
    assert dates and all(isinstance(d, date) for (d,) in dates)


def test_copy_command_into_a_new_embedded_file_goes_through_the_bulk_loader(source, tmp_path, monkeypatch):
    """`osint-graph copy` into a new LadybugDB file (store/ladybug_bulk.py) leaves the source's graph."""
    commits = []  # every commit of the bulk loader, the last one (made by `close`) included, runs `_commit`
    real_commit = BulkLoader._commit
    monkeypatch.setattr(BulkLoader, "_commit", lambda loader, *args: commits.append(1) or real_commit(loader, *args))
    target_path = tmp_path / "bulk-copy.lbug"
    result = CliRunner().invoke(main, ["copy", "--from", str(source), "--to", str(target_path)])
    assert result.exit_code == 0, result.output
    assert commits, "the copy into a new file did not go through the bulk loader"
    with LadybugStore(source, read_only=True) as src, LadybugStore(target_path, read_only=True) as target:
        assert target.counts() == src.counts()
        assert snapshot(target) == snapshot(src)
