"""`osint-graph copy --to-neo4j-import DIR` + `scripts/neo4j import DIR`: a first load by neo4j-admin.

The CSV values are checked without a server. With one (neo4j marker: a Neo4j of this module's
own, in a scratch cache folder, as tests/test_neo4j_fault.py runs it, because the import stops
and replaces its database), a store built from the sample corpus plus made-up nodes whose
values are hard to carry in CSV (quotes, commas, newlines, non-ASCII, lists, empty lists) is
imported, and the database must equal, element by element, what `osint-graph copy --to bolt://`
writes from the same store: labels, ids, properties, relationships, constraints and indexes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j_support import neo4j_unavailable, wipe

from osint_graph import api
from osint_graph.cli import main
from osint_graph.ontology import Property
from osint_graph.resources import sources_dir
from osint_graph.store.base import GraphBatch, Rel
from osint_graph.store.ladybug_store import LadybugStore
from osint_graph.store.neo4j_import import ImportCsvError, csv_field, header
from osint_graph.store.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "neo4j"
ARTICLES = sorted((sources_dir() / "articles").glob("*.md"))

# Made-up values that CSV makes hard: the separator, the quote, a line break, non-ASCII, lists.
ODD_NAME = 'Ilsa "the Quill" Varga, Jr.\nof Nørdvik'
ODD_ALIASES = ["Varga; I.", 'I. "Q" Varga', "Вагра, Илса", "ミス・ヴァルガ"]
ODD_CLAIM = 'Varga said: "the ship, the Kestrel,\r\nleft at dawn" — 100% sure'


def odd_batch() -> GraphBatch:
    batch = GraphBatch()
    batch.add_node("Person", {"id": "person:zz-ilsa-varga", "name": ODD_NAME, "aliases": ODD_ALIASES})
    batch.add_node("Person", {"id": "person:zz-nobody", "name": "", "aliases": []})
    batch.add_node("Port", {"id": "port:zz-kestrel-bay", "name": "Kestrel Bay", "aliases": ["KB"],
                            "latitude": 59.25, "longitude": -0.5, "locode": "ZZKBY"})  # fmt: skip
    batch.add_node("Article", {"id": "article:zz-odd", "title": "Odd, \"quoted\"", "text": ODD_CLAIM,
                               "published": date(2026, 2, 3), "ingestedAt": datetime(2026, 2, 3, 4, 5, 6)})  # fmt: skip
    claim = {"id": "claim:zz-odd", "text": ODD_CLAIM, "article": "article:zz-odd", "hedged": True, "negated": False,
             "startOffset": 0, "endOffset": 51, "attribution": [], "date": "2026-02",
             "startDate": date(2026, 2, 1), "endDate": date(2026, 2, 28)}  # fmt: skip
    batch.add_node("Claim", claim)
    batch.add_rel("ATTRIBUTED_TO", Rel("Claim", "claim:zz-odd", "Person", "person:zz-ilsa-varga",
                                       {"position": 0, "verb": 'said "so"'}))  # fmt: skip
    batch.add_rel("DERIVED_FROM", Rel("Claim", "claim:zz-odd", "Article", "article:zz-odd"))
    return batch


# -- the CSV values, no server ------------------------------------------------------------------
def test_csv_fields_quote_strings_and_join_lists():
    text = Property("name", "string", "")
    aliases = Property("aliases", "string", "", multi=True)
    assert csv_field('a "b", c\nd', text) == '"a ""b"", c\nd"'
    assert csv_field("", text) == '""'  # the empty string, not null
    assert csv_field(None, text) == ""  # null: no property
    assert csv_field(["x; y", 'z"'], aliases) == '"x; y\x1fz"""'
    assert csv_field([], aliases) == '"\x1e"'  # the marker after-import.cypher turns into []
    assert csv_field(2.5, None) == "2.5" and csv_field(7, None) == "7" and csv_field(True, None) == "true"
    assert csv_field(date(2026, 1, 2), None) == '"2026-01-02"'
    with pytest.raises(ImportCsvError):
        csv_field(["a\x1fb"], aliases)


def test_header_types_follow_the_schema():
    props = [Property("aliases", "string", "", multi=True), Property("latitude", "float", ""),
             Property("ingestedAt", "datetime", ""), Property("hedged", "bool", "")]  # fmt: skip
    assert header("Port", props) == ["id:ID(Port)", "aliases:string[]", "latitude:double",
                                     "ingestedAt:localdatetime", "hedged:boolean"]  # fmt: skip
    assert header(None, [], ("Claim", "Person")) == [":START_ID(Claim)", ":END_ID(Person)"]


# -- through a real server ----------------------------------------------------------------------
def neo4j_version() -> str:
    return re.search(r"<neo4j\.version>([^<]+)<", (ROOT / "scripts" / "neo4j-pom.xml").read_text()).group(1)


def run_script(args: list[str], env: dict) -> dict:
    done = subprocess.run([str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        if args[0] == "import":  # the server ran: a failed import is this module's failure
            pytest.fail(f"scripts/neo4j import failed:\n{done.stderr[-3000:]}")
        neo4j_unavailable(f"scripts/neo4j {args[0]} failed: {done.stderr.strip().splitlines()[-1:]}")
    return dict(re.findall(r"export (\w+)=(\S+)", done.stdout))


def connect(exports: dict) -> Neo4jStore:
    return Neo4jStore(exports["NEO4J_URI"], username="neo4j", password=exports["NEO4J_PASSWORD"], database=None)


def typed(props: dict) -> list:
    """Properties with their Python types: 1 == 1.0 in Python, a long is no double in Neo4j."""

    def one(value):
        return ("list", tuple(one(v) for v in value)) if isinstance(value, list) else (type(value).__name__, value)

    return sorted((key, one(value)) for key, value in props.items())


def everything(store: Neo4jStore) -> tuple[list, list, set]:
    """Every node (labels, properties), relationship (ends' labels and ids, type, properties) and
    constraint or index (name, type, what it covers, state), in a comparable order."""
    nodes = sorted(
        (tuple(sorted(labels)), typed(props)) for labels, props in
        store.run("MATCH (n) RETURN labels(n), properties(n)").rows
    )  # fmt: skip
    rels = sorted(
        (tuple(row[:5]), typed(row[5])) for row in store.run(
            "MATCH (a)-[r]->(b) RETURN labels(a), a.id, type(r), labels(b), b.id, properties(r)"
        ).rows
    )  # fmt: skip
    schema = {
        (name, kind, tuple(on or ()), tuple(props or ()), state) for name, kind, on, props, state in
        store.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state").rows
    }  # fmt: skip
    return nodes, rels, schema


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """(source counts, the database after the import, after a bolt copy of the same store)."""
    tmp = tmp_path_factory.mktemp("neo4j-import")
    source = tmp / "sample.lbug"
    with LadybugStore(source) as store:
        api.ingest(ARTICLES, store)
        store.write(odd_batch())
        counts = store.counts()

    out = tmp / "csv"
    result = CliRunner().invoke(main, ["copy", "--from", str(source), "--to-neo4j-import", str(out)])
    assert result.exit_code == 0, result.output
    assert f"scripts/neo4j import {out}" in result.output

    cache = tmp / "cache"
    home = cache / f"neo4j-{neo4j_version()}"
    home.mkdir(parents=True)
    usual = Path(os.environ.get("OSINT_GRAPH_CACHE") or Path.home() / ".cache" / "osint-graph")
    lib = usual.expanduser() / f"neo4j-{neo4j_version()}" / "lib"
    if (lib / ".complete").is_file():
        (home / "lib").symlink_to(lib)  # no second Maven resolution
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env |= {"OSINT_GRAPH_CACHE": str(cache), "PYTHON": sys.executable}  # its driver runs after-import.cypher
    try:
        exports = run_script(["import", str(out)], env)  # starts a server first: none ran here
        with connect(exports) as store:
            imported = everything(store)
            find = store.query("CALL db.index.fulltext.queryNodes('osint_entity_names', 'quill') YIELD node "
                               "RETURN node.id").rows  # fmt: skip
            odd = {
                row[0]: row[1]
                for row in store.run(
                    "MATCH (n) WHERE n.id STARTS WITH 'person:zz-' OR n.id STARTS WITH 'claim:zz-' "
                    "OR n.id STARTS WITH 'port:zz-' RETURN n.id, properties(n)"
                ).rows  # fmt: skip
            }
            wipe(store)
        result = CliRunner().invoke(main, ["copy", "--from", str(source), "--to", exports["NEO4J_URI"]],
                                    env={"NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": exports["NEO4J_PASSWORD"],
                                         "NEO4J_DATABASE": ""})  # fmt: skip
        assert result.exit_code == 0, result.output
        with connect(exports) as store:
            copied = everything(store)
        yield counts, imported, copied, find, odd
    finally:
        subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, timeout=300)


@pytest.mark.neo4j
@pytest.mark.slow
def test_import_gives_the_database_a_bolt_copy_gives(loaded):
    (nodes, rels), imported, copied, _, _ = loaded
    imported_nodes, imported_rels, imported_schema = imported
    copied_nodes, copied_rels, copied_schema = copied
    name_keys = sum(1 for labels, _ in imported_nodes if labels == ("NameKey",))
    assert len(imported_nodes) == sum(nodes.values()) + name_keys > 1000
    assert len(imported_nodes) == len(copied_nodes)
    assert len(imported_rels) == len(copied_rels) > sum(rels.values()) > 3000
    assert imported_nodes == copied_nodes  # labels, ids and every property value
    assert imported_rels == copied_rels
    assert imported_schema == copied_schema
    assert all(state == "ONLINE" for *_, state in imported_schema) and len(imported_schema) > 30


@pytest.mark.neo4j
@pytest.mark.slow
def test_import_carries_quotes_commas_newlines_and_lists(loaded):
    *_, find, odd = loaded
    varga = odd["person:zz-ilsa-varga"]
    assert varga["name"] == ODD_NAME and varga["aliases"] == ODD_ALIASES
    assert odd["person:zz-nobody"]["name"] == "" and odd["person:zz-nobody"]["aliases"] == []
    claim = odd["claim:zz-odd"]
    assert claim["text"] == ODD_CLAIM and claim["attribution"] == [] and claim["hedged"] is True
    assert claim["startDate"] == date(2026, 2, 1) and claim["endOffset"] == 51
    assert odd["port:zz-kestrel-bay"]["latitude"] == 59.25
    assert find == [["person:zz-ilsa-varga"]]  # the FULLTEXT index, created after the import
