"""The name index (store/search.py): saved queries that take a name look it up by key, not by scan.

On Neo4j the same query text runs against the same index rows (tests/test_store_parity.py runs
every saved query on both stores); here the embedded store's plan and behaviour.
"""

from __future__ import annotations

import dataclasses

import pytest
from fixtures.synthetic import synthetic_extractions

from osint_graph import api
from osint_graph.queries import saved_queries
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_store import LadybugStore
from osint_graph.store.search import name_key


def with_alias(extractions, vessel: str, alias: str):
    """The extractions with `alias` added to every entity named `vessel`."""
    out = []
    for extraction in extractions:
        entities = tuple(
            dataclasses.replace(e, aliases=(*e.aliases, alias)) if e.name == vessel else e for e in extraction.entities
        )
        out.append(dataclasses.replace(extraction, entities=entities))
    return out


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("names") / "g.lbug"
    extractions = with_alias(list(synthetic_extractions(80, pool=20)), "Vessel 3", "MV Três Irmãos")
    with LadybugStore(path) as store:
        # Two writes: the second batch's entities are mostly stored already (only new ones are keyed).
        store.write(batch_of(extractions[:40]))
        store.write(batch_of(extractions[40:]))
    return path


def claims(path, name: str) -> list:
    with LadybugStore(path, read_only=True) as store:
        return api.query(store, saved="claims-about", params={"name": name}).rows


def test_a_name_is_found_in_any_case_and_spacing_and_by_its_alias(store_path):
    exact = claims(store_path, "Vessel 3")
    assert exact
    assert claims(store_path, "  VESSEL   3 ") == exact
    assert claims(store_path, "mv TRÊS irmãos") == exact
    assert claims(store_path, "Vessel 33") == []


def test_name_keys_are_normalised_the_same_at_write_and_at_query():
    assert name_key("  Lady\u00a0R ") == "lady r"  # NFKC turns the no-break space into a space
    assert name_key("STRASSE") == name_key("Straße")  # case-folded, not only lower-cased


NAME_QUERIES = sorted(name for name, q in saved_queries().items() if q.keys)


def test_every_saved_query_that_takes_an_entity_name_goes_through_the_index():
    assert {"claims-about", "co-mentioned", "entity-mentions", "fact-provenance", "outlet-sources",
            "vessel-port-calls"} <= set(NAME_QUERIES)  # fmt: skip
    for name, query in saved_queries().items():
        # `find` takes words of names, answered from nameKeys / the FULLTEXT index instead.
        takes_a_name = not query.search and any("name or alias" in p.description for p in query.params)
        assert takes_a_name == bool(query.keys), name
        assert "any(" not in query.cypher, f"{name} scans aliases"


@pytest.mark.parametrize("name", NAME_QUERIES)
def test_the_plan_looks_the_name_up_by_primary_key(store_path, name):
    query = saved_queries()[name]
    params = query.bind({p.name: "Vessel 3" for p in query.params if p.required})
    with LadybugStore(store_path, read_only=True) as store:
        plan = store.run("EXPLAIN " + query.cypher, params).rows[0][0]
    assert "PRIMARY_KEY_SCAN_NODE_TABLE" in plan


def test_a_store_written_before_the_index_gets_it_when_opened_for_writing(tmp_path):
    path = tmp_path / "old.lbug"
    with LadybugStore(path) as store:
        store.write(batch_of(synthetic_extractions(30, pool=10)))
        before = api.query(store, saved="entity-mentions", params={"name": "Vessel 1"}).rows
        store.run("DROP TABLE KEY_OF")
        store.run("DROP TABLE NameKey")
    assert before
    with LadybugStore(path) as store:  # opened for writing: the index is built from the stored entities
        assert api.query(store, saved="entity-mentions", params={"name": "Vessel 1"}).rows == before
