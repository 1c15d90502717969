"""`osint-graph copy --to-neo4j-import DIR` + `scripts/neo4j import DIR`: a first load by neo4j-admin.

The CSV values are checked without a server. With one (neo4j marker: a Neo4j of this module's
own, in a scratch cache folder, as tests/test_neo4j_fault.py runs it, because the import stops
and replaces its database), a store built from the sample corpus plus made-up nodes whose
values are hard to carry in CSV (quotes, commas, newlines, non-ASCII, lists, empty lists) is
imported, and the database must equal, element by element, what `osint-graph copy --to bolt://`
writes from the same store: labels, ids, properties, relationships, constraints and indexes.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner
from fixtures.synthetic import synthetic_extractions
from neo4j_support import neo4j_unavailable, wipe

from osint_graph import api
from osint_graph.cli import main
from osint_graph.ontology import Property
from osint_graph.resources import sources_dir
from osint_graph.store.base import GraphBatch, Rel
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.import_tables import _has_columns, arrow_schema
from osint_graph.store.ladybug_store import LadybugStore
from osint_graph.store.neo4j_import import ImportCsvError, csv_columns, header, write_csv, write_import
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
def csv_text(tmp_path, table: pa.Table, props: list[Property]) -> tuple[str, bool, set]:
    converted, empty = csv_columns(table, props)
    multiline = write_csv(tmp_path / "t.csv", ["h"], converted)
    return (tmp_path / "t.csv").read_bytes().decode("utf-8"), multiline, empty


def test_csv_quotes_strings_and_joins_lists(tmp_path):
    props = [Property("name", "string", ""), Property("aliases", "string", "", multi=True),
             Property("at", "datetime", ""), Property("on", "date", ""), Property("x", "float", ""),
             Property("n", "int", ""), Property("ok", "bool", "")]  # fmt: skip
    table = pa.table({
        "name": ['a "b", c\nd', "", None, "Nørdvik — ミス"],
        "aliases": [["x; y", 'z"'], [], None, ["Вагра, Илса", None]],
        "at": [datetime(2026, 2, 3, 4, 5, 6), datetime(2026, 2, 3, 4, 5, 6, 120000), None, datetime(2026, 1, 1)],
        "on": [date(2026, 1, 2), None, None, date(2026, 12, 31)],
        "x": [2.5, 8238.0, None, float("nan")],
        "n": [7, None, -1, 0],
        "ok": [True, False, None, True],
    }, schema=arrow_schema(props))  # fmt: skip
    text, multiline, empty = csv_text(tmp_path, table, props)
    assert text.splitlines(keepends=True)[0] == "h\n"
    assert text[2:] == (
        '"a ""b"", c\nd","x; y\x1fz""","2026-02-03T04:05:06","2026-01-02","2.5",7,true\n'
        '"","\x1e","2026-02-03T04:05:06.120000",,"8238",,false\n'  # a column with NaN is text: "8238"
        ",,,,,-1,\n"  # null: no property; the empty string and the empty list are values
        '"Nørdvik — ミス","Вагра, Илса","2026-01-01T00:00:00","2026-12-31","NaN",0,true\n'
    )
    assert multiline and empty == {"aliases"}
    rows = list(csv.reader(io.StringIO(text[2:])))  # a standard CSV reader gets the values back
    assert rows[0][0] == 'a "b", c\nd' and rows[0][1].split("\x1f") == ["x; y", 'z"'] and rows[3][0] == "Nørdvik — ミス"


def test_csv_refuses_a_list_element_holding_the_delimiter(tmp_path):
    props = [Property("aliases", "string", "", multi=True)]
    with pytest.raises(ImportCsvError):
        csv_columns(pa.table({"aliases": [["a\x1fb"]]}, schema=arrow_schema(props)), props)
    assert csv_text(tmp_path, pa.table({"aliases": [["a"]]}, schema=arrow_schema(props)), props)[1:] == (False, set())


class RowsOnly:
    """A store seen through `query` only: write_import then reads it row by row, as from Neo4j."""

    def __init__(self, store):
        self.schema, self.query = store.schema, store.query


def test_arrow_files_equal_the_row_by_row_ones(tmp_path):
    """Straight from the file (Arrow) and through the rows `copy` reads: the same files, byte for byte."""
    with LadybugStore(tmp_path / "s.lbug") as store:
        store.write(batch_of(list(synthetic_extractions(30))))
        store.write(odd_batch())
        store.write(needs_derived_values())
        fast = write_import(store, tmp_path / "arrow")
        slow = write_import(RowsOnly(store), tmp_path / "rows")
    assert fast.total == slow.total > 1000 and fast.nodes == slow.nodes and fast.rels == slow.rels
    assert fast.empty_lists == slow.empty_lists and ("node", "Person", "aliases") in fast.empty_lists
    assert fast.multiline == slow.multiline and "nodes/Person.csv" in fast.multiline
    names = sorted(p.relative_to(fast.directory) for p in fast.directory.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(slow.directory) for p in slow.directory.rglob("*") if p.is_file())
    for name in names:
        assert (fast.directory / name).read_bytes() == (slow.directory / name).read_bytes(), name
    person = (fast.directory / "nodes" / "Person.csv").read_text(encoding="utf-8")
    assert '"Ilsa ""the Quill"" Varga, Jr.\nof Nørdvik"' in person
    claims = (fast.directory / "nodes" / "Claim.csv").read_text(encoding="utf-8")
    assert '"claim:zz-undated-bounds"' in claims and '"2026-03-01"' in claims and '"2026-03-31"' in claims


def test_a_file_lacking_a_column_is_read_row_by_row_with_the_same_files(tmp_path):
    """A file written by an older schema (here: a Port column dropped) takes the row-by-row path
    for that table only, and the files are what the rows give; the check is asked up front."""
    with LadybugStore(tmp_path / "s.lbug") as store:
        store.write(odd_batch())
        store.run("ALTER TABLE Port DROP locode")
        assert not _has_columns(store, "Port", ["name", "locode"]) and _has_columns(store, "Person", ["name"])
        fast = write_import(store, tmp_path / "arrow")
        slow = write_import(RowsOnly(store), tmp_path / "rows")
    for name in ("nodes/Port.csv", "nodes/Person.csv"):
        assert (fast.directory / name).read_bytes() == (slow.directory / name).read_bytes(), name
    assert '"ZZKBY"' not in (fast.directory / "nodes" / "Port.csv").read_text(encoding="utf-8")


def needs_derived_values() -> GraphBatch:
    """Rows written without the values `copy` derives: no nameKeys, a date text without bounds."""
    batch = GraphBatch()
    batch.add_node("Vessel", {"id": "vessel:zz-tern", "name": "Tern Of Ardmoor", "aliases": ["TOA"]})
    batch.add_node("Claim", {"id": "claim:zz-undated-bounds", "text": "It sailed in March 2026.", "date": "2026-03"})
    return batch


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
