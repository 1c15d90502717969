"""`osint-graph export` through click's CliRunner, on a real LadybugDB store."""

from __future__ import annotations

import json

import networkx as nx
import pytest
import stix2
from click.testing import CliRunner
from fixtures.demo import write_demo
from rdflib import Graph

from osint_graph.cli import main
from osint_graph.store.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as s:
        nodes, rels = s.counts()
    return str(path), sum(nodes.values()), sum(rels.values())


def run(*args: str):
    return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)


def test_help_lists_every_format():
    result = run("--help")
    assert result.exit_code == 0
    for fmt in ("graphml", "gexf", "cytoscape", "html", "geojson", "timeline", "rdf", "stix", "--about", "--depth"):
        assert fmt in result.output


def test_every_format_writes_a_file(store, tmp_path):
    path, n_nodes, n_edges = store
    files = {
        "graphml": "g.graphml", "gexf": "g.gexf", "cytoscape": "g.cyjs", "html": "g.html",
        "geojson": "g.geojson", "timeline": "t.csv", "rdf": "g.jsonld", "stix": "b.json", "ftm": "e.ftm.json",
    }  # fmt: skip
    for fmt, name in files.items():
        result = run("--format", fmt, "--store", path, "--out", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 0
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == n_nodes
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == n_edges
    assert len(Graph().parse(tmp_path / "g.jsonld", format="json-ld")) > 0
    assert stix2.parse((tmp_path / "b.json").read_text(), allow_custom=True).type == "bundle"
    assert (tmp_path / "t.csv").read_text().startswith("message,datetime,timestamp,timestamp_desc,date,")
    assert all(json.loads(line)["schema"] for line in (tmp_path / "e.ftm.json").read_text().splitlines())


def test_stdout_when_no_out_and_notes_on_stderr(store):
    path, *_ = store
    result = CliRunner().invoke(main, ["export", "--format", "geojson", "--store", path])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["type"] == "FeatureCollection"
    assert "Kilpilahti" in result.stderr


def test_sub_formats_by_option(store):
    path, *_ = store
    csv_out = run("--format", "timeline", "--timeline-format", "csv", "--store", path).stdout
    assert csv_out.startswith("message,datetime,timestamp,timestamp_desc,date,endDate,")
    jsonl_out = run("--format", "timeline", "--timeline-format", "jsonl", "--store", path).stdout
    assert all({"message", "datetime", "timestamp_desc"} <= set(json.loads(x)) for x in jsonl_out.splitlines())
    turtle = run("--format", "rdf", "--rdf-format", "turtle", "--store", path).stdout
    assert "@prefix osint:" in turtle


def test_about_is_smaller_and_holds_the_entity(store):
    path, n_nodes, _ = store
    result = run("--format", "cytoscape", "--store", path, "--about", "lady r", "--depth", "1")
    assert result.exit_code == 0
    nodes = json.loads(result.stdout)["elements"]["nodes"]
    assert 0 < len(nodes) < n_nodes
    assert "vessel:imo-9161003" in {n["data"]["id"] for n in nodes}


def test_an_unknown_about_name_is_a_clear_error(store):
    path, *_ = store
    result = CliRunner().invoke(main, ["export", "--format", "html", "--store", path, "--about", "Lady Q"])
    assert result.exit_code == 1
    assert "no entity named 'Lady Q'" in result.output and "did you mean: Lady R" in result.output
    assert "Traceback" not in result.output


def test_a_missing_store_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["export", "--format", "html", "--store", str(tmp_path / "none.lbug")])
    assert result.exit_code == 1 and "no store at" in result.output and "Traceback" not in result.output
