"""The Neo4j store against a real server: schema, idempotent batched writes, read access, CLI.

Needs NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE): see tests/neo4j_support.py.
"""

from __future__ import annotations

import json
import os
import secrets
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from fixtures.synthetic import synthetic_extractions
from neo4j import READ_ACCESS
from neo4j.exceptions import ClientError
from neo4j_support import REQUIRE_ENV, connect, neo4j_clean, neo4j_store, neo4j_unavailable, node_total, wipe

from osint_graph.cli import main
from osint_graph.ontology import default_schema, load_schema
from osint_graph.resources import ontology_path, sources_dir
from osint_graph.store import GraphBatch, Rel, WriteQueryRefused
from osint_graph.store import neo4j_store as neo4j_module
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_store import LadybugStore
from osint_graph.store.neo4j_store import INDEXED_PROPERTIES, Neo4jStore, Neo4jStoreError

__all__ = ["neo4j_clean", "neo4j_store"]  # fixtures, imported for pytest

CORPUS = sources_dir() / "articles"
WRITES = [
    "CREATE (n:Vessel {id: 'vessel:intruder', name: 'Intruder'})",
    "MERGE (n:Vessel {id: 'vessel:intruder'})",
    "MATCH (v:Vessel) SET v.name = 'renamed'",
    "MATCH (v:Vessel) DETACH DELETE v",
    "MATCH (a:Article) REMOVE a.title",
]


# -- the fixture's own contract (no server needed) -------------------------------------------------
def test_missing_server_skips_or_fails_as_the_environment_says(monkeypatch):
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="NEO4J_URI is not set"):
        neo4j_unavailable("NEO4J_URI is not set")
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="NEO4J_URI is not set"):
        neo4j_unavailable("NEO4J_URI is not set")


def test_an_unreachable_server_is_reported_by_uri(monkeypatch):
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")  # nothing listens on port 1
    monkeypatch.setenv("NEO4J_PASSWORD", "not-a-real-secret-4711")
    with pytest.raises(pytest.skip.Exception) as skipped:
        connect()
    message = str(skipped.value)
    assert "bolt://127.0.0.1:1" in message and "not-a-real-secret-4711" not in message


# -- schema ----------------------------------------------------------------------------------------
@pytest.mark.neo4j
def test_constraints_and_indexes_come_from_the_schema(neo4j_store):
    schema = default_schema()
    neo4j_store.run("CALL db.awaitIndexes(300)")
    constraints = neo4j_store.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties").rows
    unique = {(labels[0], tuple(props)) for kind, labels, props in constraints if kind == "UNIQUENESS"}
    assert {(label, ("id",)) for label in schema.nodes} <= unique
    indexes = neo4j_store.run("SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state").rows
    online = {(labels[0], tuple(props)) for kind, entity, labels, props, state in indexes
              if entity == "NODE" and kind == "RANGE" and state == "ONLINE" and labels}  # fmt: skip
    expected = {(n.label, (p.name,)) for n in schema.nodes.values() for p in n.properties
                if p.name in INDEXED_PROPERTIES}  # fmt: skip
    assert expected, "the schema should have indexed properties (names, identifiers)"
    assert expected | {(label, ("id",)) for label in schema.nodes} <= online


@pytest.mark.neo4j
def test_a_class_added_to_the_ontology_gets_its_constraint(neo4j_store, tmp_path):
    extra = tmp_path / "osint.ttl"
    extra.write_text(
        ontology_path().read_text()
        + """
osint:Aircraft a owl:Class ; rdfs:subClassOf osint:Entity ; rdfs:comment "A plane." .
osint:tailNumber a owl:DatatypeProperty ; rdfs:domain osint:Aircraft ; rdfs:range xsd:string .
"""
    )
    store = Neo4jStore(schema=load_schema(extra))
    try:
        rows = store.run("SHOW CONSTRAINTS YIELD name, labelsOrTypes WHERE 'Aircraft' IN labelsOrTypes RETURN name")
        assert rows.rows == [["osint_aircraft_id"]]
    finally:
        store.run("DROP CONSTRAINT osint_aircraft_id IF EXISTS")
        for (name,) in store.run("SHOW INDEXES YIELD name WHERE name STARTS WITH 'osint_aircraft_' RETURN name").rows:
            store.run(f"DROP INDEX {name} IF EXISTS")
        store.close()


# -- writes ----------------------------------------------------------------------------------------
@pytest.mark.neo4j
def test_the_same_batch_twice_changes_nothing_and_a_new_batch_adds(neo4j_clean):
    store = neo4j_clean
    extractions = list(synthetic_extractions(60, pool=20))
    first_batch = batch_of(extractions[:40])
    store.write(first_batch)
    first = store.counts()
    nodes, rels = first
    assert nodes["Article"] == 40 and nodes["Vessel"] <= 20 and rels["DERIVED_FROM"] > 0
    assert sum(nodes.values()) + sum(rels.values()) == first_batch.size()
    store.write(batch_of(extractions[:40]))
    store.write(batch_of(extractions[:10]))
    assert store.counts() == first
    store.write(batch_of(extractions[40:]))
    nodes2, rels2 = store.counts()
    assert nodes2["Article"] == 60
    assert all(nodes2[k] >= v for k, v in nodes.items()) and all(rels2[k] >= v for k, v in rels.items())
    assert sum(rels2.values()) > sum(rels.values())


@pytest.mark.neo4j
def test_batches_larger_than_a_chunk_are_written_whole(neo4j_clean, monkeypatch):
    """Many small UNWIND chunks (one transaction each) give the counts one chunk gives."""
    store = neo4j_clean
    extractions = list(synthetic_extractions(20, pool=10))
    wipe(store)
    store.write(batch_of(extractions))
    whole = store.counts()
    wipe(store)
    monkeypatch.setattr(neo4j_module, "WRITE_CHUNK", 9)
    store.write(batch_of(extractions))
    assert store.counts() == whole


@pytest.mark.neo4j
def test_values_round_trip_with_the_schema_types(neo4j_clean):
    store = neo4j_clean
    wipe(store)
    ingested = datetime(2024, 6, 1, 12, 30, 5)
    batch = GraphBatch()
    batch.add_node("Article", {"id": "a1", "title": "T", "published": date(2024, 2, 4), "ingestedAt": ingested,
                               "notInTheSchema": "dropped"})  # fmt: skip
    batch.add_node(
        "Article",
        {
            "id": "a2",
            "published": "2024-02-05",
            "ingestedAt": datetime(2024, 6, 1, 14, 30, 5, tzinfo=timezone(timedelta(hours=2))),
        },
    )
    batch.add_node("Claim", {"id": "c1", "attribution": ["Reuters", "Shin Won-sik"], "hedged": True, "negated": False,
                             "startOffset": 3, "date": "2024-02-04"})  # fmt: skip
    batch.add_node("Figure", {"id": "f1", "value": 6700})  # an int into a float property
    batch.add_node("Port", {"id": "port:kprjn", "name": "Rajin", "aliases": [], "latitude": 42.25})
    batch.add_rel("DERIVED_FROM", Rel("Claim", "c1", "Article", "a1"))
    store.write(batch)
    row = store.query(
        "MATCH (a:Article {id: 'a1'}), (b:Article {id: 'a2'}), (c:Claim), (f:Figure), (p:Port) "
        "RETURN a.published, a.ingestedAt, b.published, b.ingestedAt, c.attribution, c.hedged, c.negated, "
        "c.startOffset, c.date, f.value, p.aliases, p.latitude, keys(a)"
    ).rows[0]
    assert row[:12] == [date(2024, 2, 4), ingested, date(2024, 2, 5), ingested, ["Reuters", "Shin Won-sik"], True,
                        False, 3, "2024-02-04", 6700.0, [], 42.25]  # fmt: skip
    assert isinstance(row[9], float)
    assert "notInTheSchema" not in row[12]
    # A node comes back as the embedded store gives it: every schema property, None where unset.
    (node,) = store.query("MATCH (p:Port) RETURN p").rows[0]
    assert node["_label"] == "Port" and node["name"] == "Rajin" and node["longitude"] is None
    assert set(node) == {p.name for p in default_schema().nodes["Port"].properties} | {"_label"}


@pytest.mark.neo4j
def test_a_node_written_again_keeps_its_first_values(neo4j_clean):
    """ON CREATE SET n += r: MERGE-like writes never overwrite (as the embedded store's COPY skips)."""
    store = neo4j_clean
    wipe(store)
    first, second = GraphBatch(), GraphBatch()
    first.add_node("Vessel", {"id": "vessel:lady-r", "name": "Lady R", "flag": "RU"})
    second.add_node("Vessel", {"id": "vessel:lady-r", "name": "LADY R", "imo": "9179842"})
    store.write(first)
    store.write(second)
    assert store.query("MATCH (v:Vessel) RETURN v.name, v.flag, v.imo").rows == [["Lady R", "RU", None]]


@pytest.mark.neo4j
def test_a_relationship_to_a_missing_node_is_an_error_and_is_rolled_back(neo4j_clean):
    store = neo4j_clean
    wipe(store)
    nodes = GraphBatch()
    nodes.add_node("Vessel", {"id": "vessel:a", "name": "A"})
    nodes.add_node("Vessel", {"id": "vessel:b", "name": "B"})
    store.write(nodes)
    rels = GraphBatch()
    rels.add_rel("SAME_AS", Rel("Vessel", "vessel:a", "Vessel", "vessel:b", {"rule": "fuzzy", "score": 91.0}))
    rels.add_rel("SAME_AS", Rel("Vessel", "vessel:b", "Vessel", "vessel:missing", {"rule": "fuzzy", "score": 90.0}))
    with pytest.raises(RuntimeError, match="1 SAME_AS relationship"):
        store.write(rels)
    assert store.counts()[1]["SAME_AS"] == 0  # the whole chunk was rolled back
    wrong = GraphBatch()
    wrong.add_rel("AT_PORT", Rel("Vessel", "vessel:a", "Vessel", "vessel:b"))
    with pytest.raises(ValueError, match="AT_PORT does not join Vessel to Vessel"):
        store.write(wrong)


# -- configuration ---------------------------------------------------------------------------------
@pytest.mark.neo4j
def test_the_configured_database_is_used(neo4j_store):
    configured = os.environ.get("NEO4J_DATABASE")
    assert neo4j_store.database == (configured or None)
    (name,) = neo4j_store.run("CALL db.info() YIELD name RETURN name").rows[0]
    assert name == (configured or "neo4j")


@pytest.mark.neo4j
def test_a_wrong_database_name_fails_clearly(neo4j_store, monkeypatch):
    monkeypatch.setenv("NEO4J_DATABASE", "no_such_db")
    with pytest.raises(Neo4jStoreError) as error:
        Neo4jStore()  # the name comes from NEO4J_DATABASE
    message = str(error.value)
    assert "no database 'no_such_db'" in message and os.environ["NEO4J_URI"] in message
    password = os.environ.get("NEO4J_PASSWORD")
    assert not password or password not in message


@pytest.mark.neo4j
def test_a_wrong_password_fails_without_printing_it(neo4j_store):
    wrong = "wrong-" + secrets.token_hex(8)
    with pytest.raises(Neo4jStoreError) as error:
        Neo4jStore(password=wrong)
    assert "unauthorized" in str(error.value).lower() and wrong not in str(error.value)
    assert os.environ["NEO4J_URI"] in str(error.value)


# -- read access -----------------------------------------------------------------------------------
@pytest.fixture
def small_graph(neo4j_clean):
    wipe(neo4j_clean)
    neo4j_clean.write(batch_of(synthetic_extractions(10, pool=5)))
    return neo4j_clean


@pytest.mark.neo4j
@pytest.mark.parametrize("cypher", WRITES)
def test_query_refuses_writes_before_anything_is_sent(small_graph, monkeypatch, cypher):
    before = small_graph.counts()

    def no_session(*args, **kwargs):
        raise AssertionError("a refused query must not reach the server")

    with monkeypatch.context() as m:
        m.setattr(small_graph, "_session", no_session)
        with pytest.raises(WriteQueryRefused, match="refused"):
            small_graph.query(cypher)
    assert small_graph.counts() == before


@pytest.mark.neo4j
@pytest.mark.parametrize("cypher", WRITES)
def test_a_write_in_a_read_session_fails_at_the_server(small_graph, cypher):
    """The second guard: past the lexical check, READ access makes the server refuse."""
    before = small_graph.counts()
    with pytest.raises(ClientError) as error:
        small_graph._read(cypher, None, READ_ACCESS)
    assert error.value.code == "Neo.ClientError.Statement.AccessMode"
    assert small_graph.counts() == before


@pytest.mark.neo4j
def test_a_read_only_store_cannot_write_even_through_run(small_graph):
    before = small_graph.counts()
    store = Neo4jStore(read_only=True)
    try:
        with pytest.raises(ClientError, match="read access mode"):
            store.run("MATCH (v:Vessel) DETACH DELETE v")
    finally:
        store.close()
    assert small_graph.counts() == before


# -- the CLI ---------------------------------------------------------------------------------------
def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def cli_counts(store_uri: str) -> dict:
    result = invoke("stats", "--store", store_uri, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.neo4j
@pytest.mark.slow
def test_cli_ingest_then_query_lists_the_ships(neo4j_clean):
    wipe(neo4j_clean)
    uri = os.environ["NEO4J_URI"]
    result = invoke("ingest", str(CORPUS), "--store", uri)
    assert result.exit_code == 0, result.output
    assert f"into {uri}" in result.output
    result = invoke("query", "--store", uri, "--format", "json", "MATCH (v:Vessel) RETURN v.name ORDER BY v.name")
    assert result.exit_code == 0, result.output
    names = [row["v.name"] for row in json.loads(result.output)]
    assert names == sorted(names)
    assert {"Angara", "Lady R", "Maria"} <= set(names)
    assert len(set(names) & {"Maya-1", "Maya 1", "Maia-1"}) == 1  # one node for the spellings
    assert cli_counts(uri)["nodes"]["Article"] == len(list(CORPUS.glob("*.md")))


@pytest.mark.neo4j
def test_cli_write_query_reaches_neither_store(neo4j_clean, tmp_path):
    wipe(neo4j_clean)
    neo4j_clean.write(batch_of(synthetic_extractions(10, pool=5)))
    embedded = tmp_path / "g.lbug"
    with LadybugStore(embedded) as store:
        store.write(batch_of(synthetic_extractions(10, pool=5)))
    stores = [str(embedded), os.environ["NEO4J_URI"]]
    before = {s: cli_counts(s) for s in stores}
    assert all(sum(c["nodes"].values()) > 0 for c in before.values())
    for store_uri in stores:
        for cypher in ("MATCH (v:Vessel) DETACH DELETE v", "CREATE (:Vessel {id: 'x'})"):
            result = CliRunner().invoke(main, ["query", "--store", store_uri, cypher])
            assert result.exit_code != 0
            assert "refused" in result.output
    assert {s: cli_counts(s) for s in stores} == before
    assert node_total(neo4j_clean) == sum(before[stores[1]]["nodes"].values()) + sum(
        before[stores[1]]["relationships"].values()
    )
