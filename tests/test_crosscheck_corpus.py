"""The cross-check on the sample corpus, through the real pipeline and the CLI.

The store is built once per session (every article of sources/articles, plus the test article
whose body carries markup, through spaCy, the claims component and the resolver into
LadybugDB), then `osint-graph corroborate` runs on it.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from click.testing import CliRunner
from fixtures import INJECTION_ARTICLE

from osint_graph import api
from osint_graph.cli import main
from osint_graph.crosscheck import corroborate, read_claims
from osint_graph.gazetteer import normalise_name
from osint_graph.report import schema_path
from osint_graph.resources import sources_dir
from osint_graph.store.ladybug_store import LadybugStore

pytestmark = pytest.mark.slow
MAYA = ("Maya 1", "Maya-1", "Maia-1")


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """A LadybugDB file holding the whole sample corpus (path)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.lbug"
    store = LadybugStore(path)
    try:
        api.ingest([sources_dir() / "articles", INJECTION_ARTICLE], store)
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def report(corpus_store):
    """`osint-graph corroborate --format json` on the corpus, parsed."""
    result = CliRunner().invoke(main, ["corroborate", "--store", str(corpus_store), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def crosscheck(corpus_store, report):
    store = LadybugStore(corpus_store, read_only=True)
    try:
        from osint_graph.crosscheck import cross_check

        return cross_check(read_claims(store), generated="test")
    finally:
        store.close()


def proposition(report, predicate):
    found = [p for p in report["propositions"] if predicate(p)]
    assert found, "no such proposition"
    return found[0]


def test_lady_r_at_rajin_repeated_from_nk_pro_is_one_origin_and_circular(report):
    prop = proposition(report, lambda p: p["statement"] == "Lady R called at Rajin on 2024-02-04")
    assert prop["kind"] == "port_call"
    assert prop["independent_origins"] == 1 and prop["origins"] == ["NK News / NK Pro"]
    outlets = set(prop["outlets"])
    assert {"NK Pro", "The Moscow Times", "The Kyiv Independent"} <= outlets
    assert prop["circular"] is True
    assert prop["grade"] == 3  # one reliable origin, however many outlets repeat it
    chains = [c["attribution"] for c in prop["claims"] if c["outlet"] == "The Moscow Times"]
    assert ["NK Pro"] in chains


def test_one_and_two_million_appear_side_by_side_with_dates_and_origins(report):
    prop = proposition(report, lambda p: any(f["value"] == 2e6 for f in p["figures"]))
    us = [f for f in prop["figures"] if f["value"] == 1e6 and f["origin"] == "United States"]
    seoul = [f for f in prop["figures"] if f["value"] == 2e6 and "National Intelligence Service" in f["origin"]]
    assert us and seoul, [(f["text"], f["origin"]) for f in prop["figures"]]
    assert {f["id"] for f in us}.isdisjoint({f["id"] for f in seoul})  # not merged into one figure
    for f in us + seoul:
        assert f["published"] and (f["date"] or f["as_of"])
    assert any(f["published"] == "2024-01-25" and f["outlet"] == "Bloomberg" for f in seoul)
    assert "North Korea" in prop["entities"] and "Russia" in prop["entities"]


def test_container_counts_at_different_dates_are_a_series_not_a_conflict(report):
    prop = proposition(report, lambda p: "containers" in p["statement"] and len(p["figures"]) >= 4)
    figures = {f["id"]: f for f in prop["figures"]}
    series = [c for c in prop["comparisons"] if c["relation"] == "series"]
    assert series
    grown = {(figures[c["a"]]["value"], figures[c["b"]]["value"]) for c in series}
    assert (5000, 6700) in grown  # about 5,000 (Dec 2023) -> 6,700 (Feb 2024)
    conflicting = {frozenset((figures[a]["value"], figures[b]["value"])) for a, b in (c["figures"] for c in
                   prop["conflicts"])}  # fmt: skip
    assert frozenset((5000, 6700)) not in conflicting
    assert frozenset((10000, 6700)) in conflicting  # the US figure against Seoul's, days apart
    assert prop["grade"] == 2  # corroborated, but the figures conflict


def test_the_denial_appears_against_the_accusation(report):
    prop = proposition(report, lambda p: "containers" in p["statement"] and len(p["figures"]) >= 4)
    quotes = [d["denial"]["quote"] for d in prop["denials"]]
    assert any("Peskov" in q for q in quotes), quotes
    accused = {a for d in prop["denials"] for a in d["answers"]}
    assert accused <= {c["id"] for c in prop["claims"]}
    denial = proposition(report, lambda p: p["kind"] == "denial" and p["answers"])
    # since the sixteenth round a denial of a noun is an act the outlets tell: its origins are the
    # outlets reporting it, several and independent, not the deniers
    assert denial["grade"] == 1


def test_maya_1_spellings_resolve_to_one_vessel(corpus_store, crosscheck):
    store = LadybugStore(corpus_store, read_only=True)
    try:
        vessels = store.query("MATCH (v:Vessel) RETURN v.id AS id, v.name AS name, v.aliases AS aliases").records()
        rows = store.query("MATCH (c:Claim)-[:CONCERNS]->(v:Vessel) RETURN c.text AS text, v.id AS vessel").records()
    finally:
        store.close()
    spelled = {
        name: {crosscheck.canon(v["id"]) for v in vessels
               if normalise_name(name) in {normalise_name(n) for n in (v["name"], *(v["aliases"] or []))}}
        for name in MAYA
    }  # fmt: skip
    assert all(spelled.values()), spelled
    [vessel] = set().union(*spelled.values())  # one vessel, whichever the spelling
    for name in MAYA:  # and the claims that spell it so are about that vessel
        concerned = {crosscheck.canon(r["vessel"]) for r in rows if re.search(rf"\b{re.escape(name)}\b", r["text"])}
        assert vessel in concerned, (name, concerned)
    about = [{p.id for p in crosscheck.about(name)} for name in MAYA]
    assert about[0] == about[1] == about[2] != set()


def test_html_report_is_one_self_contained_page(corpus_store, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["corroborate", "--store", str(corpus_store), "--format", "html", "--out",
                                       str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Lady R called at Rajin on 2024-02-04" in page
    # The injection fixture's <script> is escaped: the one script is the report's own table script.
    from osint_graph.report.corroborate import table_script

    assert page.lower().count("<script") == 1 and f"<script>{table_script()}</script>" in page
    assert not re.search(r"""<(link|img|iframe)\b""", page, re.I)
    assert not re.search(r"""src\s*=\s*["']?\s*(https?:)?//""", page, re.I)  # nothing is loaded
    # Article links are <a> elements to http(s) URLs (followed only when clicked).
    assert all(u.startswith(("#", "http")) for u in re.findall(r'<a href="([^"]*)"', page))


def test_json_report_validates_and_about_filters(corpus_store, report):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)
    result = CliRunner().invoke(main, ["corroborate", "--store", str(corpus_store), "--format", "json", "--about",
                                       "Maia-1"])  # fmt: skip
    assert result.exit_code == 0, result.output
    about = json.loads(result.stdout)
    jsonschema.validate(about, schema, cls=jsonschema.Draft202012Validator)
    assert 0 < len(about["propositions"]) < len(report["propositions"])
    assert any(p["statement"] == "Maya-1 called at Rajin on 2024-02-12" for p in about["propositions"])


def test_results_are_written_back_and_running_again_changes_nothing(corpus_store):
    store = LadybugStore(corpus_store)
    try:
        corroborate(store, generated="test")
        before = store.counts()
        corroborate(store, generated="test")
        assert store.counts() == before
        nodes, rels = before
        assert nodes["Proposition"] > 0 and rels["GROUPS"] >= nodes["Proposition"]
        assert rels["CORROBORATES"] > 0 and rels["CONFLICTS_WITH"] > 0 and rels["DENIES"] > 0
        rows = store.query(
            "MATCH (p:Proposition) WHERE p.statement = 'Lady R called at Rajin on 2024-02-04' "
            "RETURN p.independentOrigins, p.outlets, p.circular, p.grade"
        ).rows
        assert rows and rows[0][0] == 1 and rows[0][1] >= 3 and rows[0][2] is True and rows[0][3] == 3
    finally:
        store.close()


@pytest.mark.parametrize("name", ["propositions", "single-origin-claims", "conflicting-figures", "same-as"])
def test_saved_queries_over_the_results_run(corpus_store, report, name):
    result = CliRunner().invoke(main, ["query", "--saved", name, "--store", str(corpus_store), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    if name == "single-origin-claims":
        assert any(r["statement"] == "Lady R called at Rajin on 2024-02-04" for r in rows)
    if name == "conflicting-figures":
        assert any("containers" in r["proposition"] for r in rows)
    if name == "propositions":
        assert len({r["id"] for r in rows}) == len(report["propositions"])
