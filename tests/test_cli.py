"""The CLI end to end on the sample corpus, through click's CliRunner, with the real pipeline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j_support import neo4j_clean, neo4j_store

from osint_graph.cli import main
from osint_graph.resources import sources_dir

__all__ = ["neo4j_clean", "neo4j_store"]  # fixtures, imported for pytest

CORPUS = sources_dir() / "articles"
SEED_ARTICLE = next(CORPUS.glob("000_*.md"))


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.lbug"
    result = invoke("ingest", str(CORPUS), "--store", str(path))
    assert result.exit_code == 0, result.output
    return path


def counts(store: Path) -> dict:
    result = invoke("stats", "--store", str(store), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_demo_query_lists_the_four_ships(demo_store):
    result = invoke(
        "query", "--store", str(demo_store), "--format", "json", "MATCH (v:Vessel) RETURN v.name AS name ORDER BY name"
    )
    names = {row["name"] for row in json.loads(result.output)}
    assert {"Angara", "Lady R", "Maria"} <= names
    assert len(names & {"Maya-1", "Maya 1", "Maia-1"}) == 1  # one node for the three spellings
    # The corpus names no other ship: a common noun typed Vessel ("Containers unloaded...") fails here.
    assert names == {"Angara", "Eagle S", "Lady R", "Maria", "Maya-1"}


def test_reingest_changes_no_count(demo_store, tmp_path):
    copy = tmp_path / "again.lbug"
    shutil.copy(demo_store, copy)
    before = counts(copy)
    assert invoke("ingest", str(CORPUS), "--store", str(copy)).exit_code == 0
    assert counts(copy) == before
    assert before["nodes"]["Article"] == len(list(CORPUS.glob("*.md")))


def test_write_query_is_refused_and_changes_nothing(demo_store):
    before = counts(demo_store)
    result = CliRunner().invoke(main, ["query", "--store", str(demo_store), "MATCH (v:Vessel) DETACH DELETE v"])
    assert result.exit_code != 0
    assert "refused" in result.output
    assert counts(demo_store) == before


def test_saved_query_with_params_and_formats(demo_store):
    listed = invoke("queries").output
    assert "fact-provenance" in listed and "--param vessel" in listed
    result = invoke(
        "query", "--store", str(demo_store), "--saved", "entity-mentions", "--param", "name=Lady R", "--format", "csv"
    )
    assert result.exit_code == 0, result.output
    header, *rows = result.output.strip().splitlines()
    assert header.startswith("entity,text,startOffset,endOffset,sentence")
    assert rows
    missing = CliRunner().invoke(main, ["query", "--store", str(demo_store), "--saved", "entity-mentions"])
    assert missing.exit_code != 0 and "--param name" in missing.output


def test_saved_query_stops_at_its_limit_and_says_so(demo_store):
    def mentions(*extra: str):
        return CliRunner().invoke(
            main,
            ["query", "--store", str(demo_store), "--saved", "entity-mentions", "--param", "name=Lady R",
             "--format", "json", *extra],
        )  # fmt: skip

    whole = mentions()
    assert whole.exit_code == 0, whole.output
    assert len(json.loads(whole.stdout)) > 2  # the sample corpus mentions Lady R more than twice
    assert "limit" not in whole.stderr
    cut = mentions("--param", "limit=2")
    assert cut.exit_code == 0, cut.output
    assert json.loads(cut.stdout) == json.loads(whole.stdout)[:2]  # the first two, in the query's order
    assert "stopped at the query's limit of 2 rows" in cut.stderr
    for bad in ("limit=0", "limit=two", "limit=1.5"):
        refused = mentions("--param", bad)
        assert refused.exit_code != 0 and "limit must be a whole number" in refused.output


def test_extract_prints_the_contract_for_the_seed(seed_text):
    result = invoke("extract", str(SEED_ARTICLE), "--format", "jsonl")
    [line] = result.output.strip().splitlines()
    data = json.loads(line)
    assert set(data) >= {"article", "entities", "figures", "claims"}
    assert data["article"]["id"].startswith("sha256:") and data["article"]["published"] == "2024-03-04"
    text = seed_text
    for entity in data["entities"]:
        assert {"id", "type", "name", "aliases", "identifiers", "mentions"} <= set(entity)
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for figure in data["figures"]:
        assert text[figure["start"] : figure["end"]] == figure["text"]
    for claim in data["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert {"kind", "attribution", "entities", "figures", "hedged", "negated", "date"} <= set(claim)


def test_bad_input_is_skipped_and_strict_fails(tmp_path):
    (tmp_path / "good.txt").write_text("The tanker Silver Heron left the port of Karvik on Monday.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"text": "Fine line."}\n{broken\n')
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 2
    assert "empty.txt: empty file" in result.stderr and "bad.jsonl:2: malformed JSON" in result.stderr
    strict = runner.invoke(main, ["extract", "--strict", str(tmp_path)])
    assert strict.exit_code == 2
    assert len(strict.stdout.strip().splitlines()) == 2


def test_stdin_and_overrides():
    result = invoke(
        "extract",
        "-",
        "--outlet",
        "Reuters",
        "--published",
        "2024-03-05",
        input="The cargo ship Lady R arrived in Rajin on February 4.",
    )
    data = json.loads(result.output)
    assert data["article"]["outlet"] == "Reuters" and data["article"]["published"] == "2024-03-05"


def test_ingest_no_bulk_writes_the_same_store_as_the_default_bulk_first_load(demo_store, tmp_path):
    batched = tmp_path / "batched.lbug"
    result = invoke("ingest", str(CORPUS), "--store", str(batched), "--no-bulk")
    assert result.exit_code == 0, result.output
    assert counts(batched) == counts(demo_store)  # demo_store: a new file, so the bulk loader wrote it


@pytest.mark.neo4j
def test_ingest_bulk_is_refused_on_neo4j_with_a_usage_error(neo4j_clean):
    result = CliRunner().invoke(main, ["ingest", str(SEED_ARTICLE), "--store", neo4j_clean.uri, "--bulk"])
    assert result.exit_code == 2, result.output
    assert "bulk loading writes LadybugDB files only" in result.output
    assert sum(neo4j_clean.counts()[0].values()) == 0  # refused before anything was written
