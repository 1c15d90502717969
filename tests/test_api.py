"""The Python API (`import osint_graph`): README's example runs as written, and every verb works on its store."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import osint_graph as og
from osint_graph.store import WriteQueryRefused

pytestmark = pytest.mark.slow  # runs the whole sample corpus through the pipeline once

ROOT = Path(__file__).resolve().parents[1]


def readme_python_example() -> str:
    """The first ```python block of README.md's "## Python" section, as written there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "README.md's Python section has no ```python block"
    return match.group(1)


@pytest.fixture(scope="module")
def readme_run(tmp_path_factory):
    """README's example executed in a folder that looks like the repository's root; (namespace, stdout)."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "sources").symlink_to(ROOT / "sources")
    code = readme_python_example()
    # Five lines of code; the blank line ruff puts after the import is not code.
    assert len([line for line in code.splitlines() if line.strip()]) <= 5
    namespace: dict = {}
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    return namespace, out.getvalue(), folder / "demo.lbug"


def test_readme_example_runs_and_prints_vessels_and_graded_propositions(readme_run):
    namespace, printed, _ = readme_run
    vessels, propositions = namespace["vessels"], namespace["propositions"]
    assert isinstance(vessels, pd.DataFrame) and list(vessels.columns) == ["vessel", "imo"]
    assert {"Lady R", "Angara", "Eagle S"} <= set(vessels["vessel"])
    assert isinstance(propositions, pd.DataFrame) and len(propositions) > 0
    assert propositions["grade"].between(1, 6).all()
    assert "Lady R" in printed and "MultiDiGraph" in printed


def test_verbs_are_functions_of_the_package_and_subpackages_still_import():
    from osint_graph.export import FORMATS
    from osint_graph.ingest import Reader
    from osint_graph.queries import saved_queries

    for verb in ("extract", "ingest", "query", "queries", "stats", "schema", "corroborate", "export", "open_store"):
        function = getattr(og, verb)
        assert callable(function) and function.__doc__, verb
    assert og.ingest.__module__ == "osint_graph.api"  # not the osint_graph.ingest subpackage
    assert og.export.__module__ == "osint_graph.api"
    assert Reader and FORMATS and saved_queries()


def test_query_result_converts_to_a_dataframe_and_a_graph(readme_run):
    store = readme_run[2]
    result = og.query(
        store,
        "MATCH (c:PortCall)-[:INVOLVES]->(v:Vessel), (c)-[:AT_PORT]->(p:Port) RETURN v.name AS vessel, p.name AS port",
    )
    frame = result.to_dataframe()
    assert len(frame) == len(result.rows) > 0
    graph = result.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph) and graph.number_of_edges() == len(frame)
    assert graph.has_edge("Lady R", "Rajin")


def test_saved_query_and_write_refusal(readme_run):
    store = readme_run[2]
    names = [q.name for q in og.queries()]
    assert "vessel-port-calls" in names
    result = og.query(store, saved="vessel-port-calls", params={"vessel": "Lady R"})
    assert result.rows
    with pytest.raises(WriteQueryRefused):
        og.query(store, "MATCH (n) DETACH DELETE n")
    with pytest.raises(ValueError):
        og.query(store)


def test_stats_schema_export_and_graph_agree_with_the_store(readme_run, tmp_path):
    store = readme_run[2]
    counts = og.stats(store)
    assert counts.nodes["Vessel"] > 0 and counts.relationships
    assert counts.to_dataframe()["count"].sum() == sum(counts.nodes.values()) + sum(counts.relationships.values())
    assert "CREATE NODE TABLE" in og.schema("ladybug")
    with pytest.raises(ValueError):
        og.schema("yaml")
    graph = og.graph(store)
    assert graph.number_of_nodes() == sum(counts.nodes.values())
    out = tmp_path / "graph.json"
    exported = og.export(store, "cytoscape", out=out)
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(exported.text)


def test_open_store_is_lent_not_closed(readme_run):
    with og.open_store(str(readme_run[2]), read_only=True) as store:
        first = og.stats(store)
        assert og.stats(store) == first  # still open after a verb used it


def test_corroborate_refuses_a_missing_store(tmp_path):
    with pytest.raises(FileNotFoundError):
        og.corroborate(tmp_path / "nothing.lbug")
    assert not (tmp_path / "nothing.lbug").exists()


def test_extract_takes_one_path_without_a_store():
    article = ROOT / "sources" / "articles" / "a19_2024-04-25_reuters_angara_china_shipyard.md"
    extractions = list(og.extract(str(article)))
    assert len(extractions) == 1
    assert "Angara" in {e.name for e in extractions[0].entities}


def test_a_saved_query_limit_is_written_into_the_text_as_a_number():
    from osint_graph.queries import get_saved_query

    query = get_saved_query("denials")
    assert query.bind({})["limit"] == 1000
    assert "LIMIT $limit" in query.cypher
    text = query.cypher_for("/tmp/x.lbug", query.bind({"limit": 7})["limit"])
    assert text.rstrip().endswith("LIMIT 7") and "$limit" not in text
    with pytest.raises(ValueError, match="limit must be a whole number"):
        query.bind({"limit": "7; MATCH (n) DETACH DELETE n"})
