"""The embedded store: schema from the ontology, idempotent bulk writes, read-only queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.synthetic import synthetic_extractions

from osint_graph.ontology import default_schema, load_schema
from osint_graph.resources import ontology_path
from osint_graph.store import WriteQueryRefused
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_store import LadybugStore


def test_tables_match_the_ontology(tmp_path):
    schema = default_schema()
    with LadybugStore(tmp_path / "g.lbug") as store:
        tables = store.tables()
    # Plus the name index (store/search.py), which is the store's, not the ontology's.
    assert {n for n, kind in tables.items() if kind == "NODE"} == set(schema.nodes) | {"NameKey"}
    assert {n for n, kind in tables.items() if kind == "REL"} == set(schema.rels) | {"KEY_OF"}
    # The ontology's core labels are there (issue: at least these).
    for label in (
        "Article",
        "Outlet",
        "Organization",
        "Person",
        "Country",
        "Location",
        "Port",
        "Vessel",
        "Weapon",
        "Claim",
        "Figure",
    ):
        assert label in schema.nodes


def test_a_class_added_to_the_ontology_becomes_a_table(tmp_path):
    extra = tmp_path / "osint.ttl"
    extra.write_text(
        ontology_path().read_text()
        + """
osint:Aircraft a owl:Class ; rdfs:subClassOf osint:Entity ; rdfs:comment "A plane." .
osint:tailNumber a owl:DatatypeProperty ; rdfs:domain osint:Aircraft ; rdfs:range xsd:string .
osint:landedAt a owl:ObjectProperty ; rdfs:domain osint:Aircraft ; rdfs:range osint:Port .
"""
    )
    schema = load_schema(extra)
    with LadybugStore(tmp_path / "g.lbug", schema=schema) as store:
        tables = store.tables()
        assert tables["Aircraft"] == "NODE" and tables["LANDED_AT"] == "REL"
        columns = {row[1] for row in store.run("CALL table_info('Aircraft') RETURN *").rows}
    assert {"id", "name", "aliases", "tailNumber"} <= columns


def test_rewriting_the_same_batch_changes_no_count(tmp_path):
    extractions = list(synthetic_extractions(60, pool=20))
    with LadybugStore(tmp_path / "g.lbug") as store:
        store.write(batch_of(extractions))
        first = store.counts()
        store.write(batch_of(extractions))
        store.write(batch_of(extractions[:10]))
        second = store.counts()
    assert first == second
    nodes, rels = first
    assert nodes["Article"] == 60 and nodes["Vessel"] <= 20 and rels["DERIVED_FROM"] > 0


def test_an_interrupted_load_resumes(tmp_path):
    """Nodes written but relationships not (as after a crash): writing again completes it."""
    extractions = list(synthetic_extractions(20, pool=10))
    batch = batch_of(extractions)
    with LadybugStore(tmp_path / "full.lbug") as full:
        full.write(batch)
        expected = full.counts()
    with LadybugStore(tmp_path / "g.lbug") as store:
        nodes_only = batch_of(extractions)
        nodes_only.rels.clear()
        store.write(nodes_only)
        store.write(batch)
        assert store.counts() == expected


@pytest.mark.parametrize(
    "cypher",
    [
        "CREATE (n:Vessel {id: 'x'})",
        "MATCH (n:Vessel) SET n.name = 'x'",
        "MATCH (n) DETACH DELETE n",
        "merge (n:Vessel {id: 'x'}) RETURN n",
        "MATCH (n:Vessel) REMOVE n.name",
        "DROP TABLE Vessel",
        "COPY Vessel FROM 'x.csv'",
        "CALL apoc.create.node(['X'], {})",
        "MATCH (n) /* comment */ WITH n CREATE (m:Port {id: 'y'})",
    ],
)
def test_write_queries_are_refused_before_they_run(tmp_path, cypher):
    with LadybugStore(tmp_path / "g.lbug") as store:
        store.write(batch_of(synthetic_extractions(3)))
        before = store.counts()
        with pytest.raises(WriteQueryRefused):
            store.query(cypher)
        assert store.counts() == before


def test_read_queries_with_write_words_in_strings_or_names_pass(tmp_path):
    with LadybugStore(tmp_path / "g.lbug") as store:
        store.write(batch_of(synthetic_extractions(3)))
        result = store.query(
            "MATCH (c:Claim) WHERE c.text <> 'CREATE (x)' RETURN c.startOffset, c.endOffset ORDER BY c.startOffset"
        )
        assert len(result.rows) == 6


def test_read_only_store_refuses_writes_at_engine_level(tmp_path):
    path = tmp_path / "g.lbug"
    with LadybugStore(path) as store:
        store.write(batch_of(synthetic_extractions(2)))
    with LadybugStore(path, read_only=True) as store:
        with pytest.raises(RuntimeError):
            store.run("CREATE (n:Vessel {id: 'x'})")
        assert store.counts()[0]["Vessel"] == 2


def test_opening_a_missing_store_read_only_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no store"):
        LadybugStore(Path(tmp_path / "missing.lbug"), read_only=True)


def _run_rows(store, cypher):
    return sorted(tuple(r) for r in store.run(cypher).rows)


def test_generated_by_keeps_its_forward_adjacency_alone(tmp_path):
    """osint:storageDirection "fwd": every record points at the one ExtractionRun, whose backward
    list is not kept; a record reaches its run, and a pattern written from the run is planned forward."""
    assert default_schema().rels["GENERATED_BY"].storage == "fwd"
    assert default_schema().rels["DERIVED_FROM"].storage == "both"
    with LadybugStore(tmp_path / "g.lbug") as store:
        store.write(batch_of(list(synthetic_extractions(12, pool=6))))
        forward = _run_rows(store, "MATCH (c:Claim)-[:GENERATED_BY]->(r:ExtractionRun) RETURN c.id, r.id")
        written_backwards = _run_rows(store, "MATCH (r:ExtractionRun)<-[:GENERATED_BY]-(c:Claim) RETURN c.id, r.id")
        assert forward and forward == written_backwards
        # The limit: a walk that must start at the bound end node fails (LadybugDB 0.22).
        with pytest.raises(RuntimeError, match="bwd"):
            store.run("MATCH (r:ExtractionRun) OPTIONAL MATCH (r)<-[:GENERATED_BY]-(c:Claim) RETURN count(c)")


def test_a_store_created_with_both_directions_keeps_working(tmp_path):
    """An existing table keeps the layout it was created with; writes and reads go on."""
    old = tmp_path / "old.ttl"
    old.write_text(ontology_path().read_text().replace('osint:storageDirection "fwd" ;', ""))
    assert load_schema(old).rels["GENERATED_BY"].storage == "both"
    extractions = list(synthetic_extractions(20, pool=8))
    with LadybugStore(tmp_path / "g.lbug", schema=load_schema(old)) as store:
        store.write(batch_of(extractions[:10]))
    with LadybugStore(tmp_path / "g.lbug") as store:
        store.write(batch_of(extractions[10:]))
        counts = store.counts()
        # built before: the backward walk still answers
        store.run("MATCH (r:ExtractionRun) OPTIONAL MATCH (r)<-[:GENERATED_BY]-(c:Claim) RETURN count(c)")
    with LadybugStore(tmp_path / "new.lbug") as fresh:
        fresh.write(batch_of(extractions))
        assert fresh.counts() == counts


def test_an_unknown_storage_direction_is_refused(tmp_path):
    bad = tmp_path / "bad.ttl"
    fwd, up = 'osint:storageDirection "fwd" ;', 'osint:storageDirection "up" ;'
    bad.write_text(ontology_path().read_text().replace(fwd, up))
    with pytest.raises(ValueError, match="storageDirection"):
        load_schema(bad)
