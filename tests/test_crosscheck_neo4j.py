"""The cross-check gives the same results on Neo4j as on LadybugDB, through the GraphStore protocol only.

Needs a Neo4j server (NEO4J_URI ...): see tests/neo4j_support.py.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from fixtures.synthetic import synthetic_extractions
from neo4j_support import neo4j_clean, neo4j_store  # noqa: F401  (fixtures)
from test_crosscheck import extraction

from osint_graph.cli import main
from osint_graph.crosscheck import RESULT_REL_TYPES, corroborate
from osint_graph.queries import saved_queries
from osint_graph.report import render
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_store import LadybugStore

pytestmark = pytest.mark.neo4j
RESULT_QUERIES = ("propositions", "single-origin-claims", "conflicting-figures", "same-as")


def extractions():
    yield from synthetic_extractions(40, seed=3, pool=12)
    yield extraction("The Eagle S anchored off Porvoo on 26 December.", "Yle", "2024-12-26",
                     ("vessel:eagle-s", "Eagle S"), "2024-12-26")  # fmt: skip
    yield extraction("The tanker The Eagle S lay off Porvoo on 26 December.", "ERR News", "2024-12-28",
                     ("vessel:the-eagle-s", "The Eagle S"), "2024-12-26")  # fmt: skip


def results(store) -> tuple[dict, dict, dict]:
    data = json.loads(render(corroborate(store, generated="test"), "json"))
    data.pop("store")
    nodes, rels = store.counts()
    counts = {"Proposition": nodes["Proposition"], **{t: rels[t] for t in RESULT_REL_TYPES}}
    queries = {}
    for name in RESULT_QUERIES:
        q = saved_queries()[name]
        rows = store.query(q.cypher, q.bind({})).rows  # collect() order differs between engines: sort lists
        queries[name] = [[str(sorted(v) if isinstance(v, list) else v) for v in row] for row in rows]
    return data, counts, queries


def test_same_results_on_both_stores_and_idempotent(neo4j_clean, tmp_path):  # noqa: F811
    batch = batch_of(list(extractions()))
    ladybug = LadybugStore(tmp_path / "parity.lbug")
    try:
        ladybug.write(batch)
        expected = results(ladybug)
    finally:
        ladybug.close()
    neo4j_clean.write(batch)
    got = results(neo4j_clean)
    assert got[1] == expected[1] and expected[1]["Proposition"] > 0 and expected[1]["SAME_AS"] == 1
    assert got[0] == expected[0]
    assert got[2] == expected[2]
    assert results(neo4j_clean)[1] == got[1]  # running again changes nothing


def test_cli_corroborate_on_neo4j(neo4j_clean, tmp_path):  # noqa: F811
    out = tmp_path / "report.md"
    result = CliRunner().invoke(main, ["corroborate", "--store", os.environ["NEO4J_URI"], "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Cross-check") and "Eagle S called at Porvoo on 2024-12-26" in text
