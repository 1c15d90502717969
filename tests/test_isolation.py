"""Per-article isolation (issue 15, Deliver) and re-ingest of a reflowed story (case 5).

Faults are injected into our own code (an extra pipeline component, the resolver, the
row builder); spaCy and LadybugDB are the real ones.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from spacy.language import Language

from osint_graph.cli import main
from osint_graph.nlp import extractor as extractor_module
from osint_graph.nlp.sections import SECTION_CHARS, section_bounds
from osint_graph.store.ladybug_store import LadybugStore

GOOD = [
    "The tanker Silver Heron left the port of Karvik on Monday, officials said.",
    "The cargo ship Lady R arrived in Rajin on February 4, according to NK Pro.",
]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def stats(store) -> dict:
    result = invoke("stats", "--store", str(store), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def corpus(tmp_path, bad_text: str):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.md").write_text(GOOD[0])
    lines = [json.dumps({"text": GOOD[1], "outlet": "AP"}), json.dumps({"text": bad_text, "outlet": "AP"})]
    (folder / "b.jsonl").write_text("\n".join(lines) + "\n")
    return folder


@Language.component("osint_test_fault")
def fault(doc):
    if "EXPLODE" in doc.text:
        raise ValueError("injected fault")
    return doc


def with_fault(build):
    """build_pipeline plus the fault, on a fresh pipeline (build_pipeline's own is cached and shared)."""
    import spacy

    from osint_graph.nlp.pipeline import add_components, resolve_model_name

    def build_with_fault(model=None, *, claims=True, entity_filter=None, learned_ner=None):
        nlp = add_components(
            spacy.load(resolve_model_name(model)),
            claims=claims,
            entity_filter=entity_filter is not False,
            learned_ner=bool(learned_ner),
        )
        nlp.add_pipe("osint_test_fault", last=True)
        return nlp

    return build_with_fault


def assert_one_reject(result, rejects, stage: str, reason: str) -> dict:
    assert result.exit_code == 0, result.output
    assert "ingested 2 article(s)" in result.output
    [line] = rejects.read_text().splitlines()
    record = json.loads(line)
    assert record["stage"] == stage and reason in record["reason"]
    assert record["source"].endswith("b.jsonl") and record["line"] == 2
    assert f"b.jsonl:2: {stage} failed" in result.stderr
    assert "1 article(s) rejected" in result.stderr
    return record


def test_extraction_failure_is_rejected_and_the_rest_written(tmp_path, monkeypatch):
    folder = corpus(tmp_path, "EXPLODE: the Maria left Vostochny in March 2024, Reuters reported.")
    store, rejects = tmp_path / "s.lbug", tmp_path / "rejects.jsonl"
    with monkeypatch.context() as m:
        m.setattr(extractor_module, "build_pipeline", with_fault(extractor_module.build_pipeline))
        result = CliRunner().invoke(main, ["ingest", "--store", str(store), "--rejects", str(rejects), str(folder)])
    record = assert_one_reject(result, rejects, "extract", "injected fault")
    assert record["text"].startswith("EXPLODE") and record["outlet"] == "AP"
    assert stats(store)["nodes"]["Article"] == 2
    # The rejects file is an input: once the cause is gone it ingests as it is.
    again = invoke("ingest", "--store", str(store), str(rejects))
    assert again.exit_code == 0 and "ingested 1 article(s)" in again.output
    assert stats(store)["nodes"]["Article"] == 3


def ingest_with_rejects(tmp_path, folder):
    store, rejects = tmp_path / "s.lbug", tmp_path / "rejects.jsonl"
    result = CliRunner().invoke(main, ["ingest", "--store", str(store), "--rejects", str(rejects), str(folder)])
    return store, rejects, result


@pytest.mark.parametrize(
    "owner, method, stage",
    [
        ("osint_graph.resolve.Resolver", "resolve", "resolve"),
        ("osint_graph.store.graph_rows.BatchBuilder", "add", "build"),
    ],
)
def test_resolution_and_row_building_failures_are_rejected(tmp_path, monkeypatch, owner, method, stage):
    import importlib

    module, _, name = owner.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    original = getattr(cls, method)

    def failing(self, extraction):
        if "INJECTED" in extraction.article.text:
            raise KeyError(f"injected {stage} fault")
        return original(self, extraction)

    monkeypatch.setattr(cls, method, failing)
    folder = corpus(tmp_path, "INJECTED: the Maria left Vostochny in March 2024.")
    store, rejects, result = ingest_with_rejects(tmp_path, folder)
    assert_one_reject(result, rejects, stage, f"injected {stage} fault")
    assert stats(store)["nodes"]["Article"] == 2


def test_rows_the_store_refuses_cost_only_their_article(tmp_path, monkeypatch):
    """Without case 1's fix an attribution edge has no end node: LadybugDB's COPY fails the whole batch.

    The batch is then written article by article and only that one is rejected, at "write".
    """
    from osint_graph.store import graph_rows

    monkeypatch.setattr(graph_rows.BatchBuilder, "_referenced", lambda self, entity, name=None: None)
    folder = corpus(tmp_path, "The Angara was seen at Vostochny port in March 2024, according to officials in Seoul.")
    store, rejects, result = ingest_with_rejects(tmp_path, folder)
    assert_one_reject(result, rejects, "write", "primary key")
    assert stats(store)["nodes"]["Article"] == 2


def test_strict_fails_on_rejects(tmp_path, monkeypatch):
    folder = corpus(tmp_path, "EXPLODE again.")
    monkeypatch.setattr(extractor_module, "build_pipeline", with_fault(extractor_module.build_pipeline))
    result = CliRunner().invoke(main, ["extract", "--strict", str(folder)])
    assert result.exit_code == 2
    assert len(result.stdout.strip().splitlines()) == 2
    assert "b.jsonl:2: extract failed (osint_test_fault: ValueError: injected fault)" in result.stderr


class BrokenBatches:
    """A component whose `pipe` raises for a whole batch: spaCy gives it no error handler."""

    def __call__(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("broken batch")
        return doc

    def pipe(self, docs, batch_size=128):
        docs = list(docs)
        if any("EXPLODE" in d.text for d in docs):
            raise RuntimeError("broken batch")
        yield from docs


@Language.factory("osint_test_broken_batches")
def make_broken(nlp, name):
    return BrokenBatches()


def test_a_stream_that_breaks_is_resumed(extractor):
    from osint_graph.ingest import make_article

    articles = [make_article(t, f"a{i}") for i, t in enumerate([*GOOD, "EXPLODE here.", "The Maria left Vostochny."])]
    extractor.nlp.add_pipe("osint_test_broken_batches", last=True)
    failures = []
    try:
        out = list(extractor.extract_many(articles, batch_size=2, on_error=lambda a, e: failures.append((a, e))))
    finally:
        extractor.nlp.remove_pipe("osint_test_broken_batches")
    assert [e.article.source for e in out] == ["a0", "a1", "a3"]
    [(article, exc)] = failures
    assert article.source == "a2" and "broken batch" in str(exc)


# -- sections: long texts ---------------------------------------------------------------------


def test_section_bounds_cover_the_text_and_cut_at_breaks():
    text = ("A sentence here. " * 40 + "\n\n") * 30
    bounds = section_bounds(text, 2000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(0 < end - start <= 2000 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])
    assert section_bounds("x" * 5000, 2000) == [(0, 2000), (2000, 4000), (4000, 5000)]
    assert section_bounds("short", SECTION_CHARS) == [(0, 5)]


def assert_offsets_exact(extraction) -> None:
    from osint_graph.model import span_id

    text, aid = extraction.article.text, extraction.article.id
    mentions = [m for e in extraction.entities for m in e.mentions]
    assert mentions and extraction.claims and extraction.figures
    for m in mentions:
        assert text[m.start : m.end] == m.text
    for f in extraction.figures:
        assert text[f.start : f.end] == f.text and f.id == span_id("fig", aid, f.start, f.end)
    for d in extraction.dates:
        assert text[d.start : d.end] == d.text
    claim_ids = {c.id for c in extraction.claims}
    figure_ids = {f.id for f in extraction.figures}
    for c in extraction.claims:
        assert text[c.start : c.end] == c.text and c.id == span_id("claim", aid, c.start, c.end)
        assert set(c.figures) <= figure_ids
    for fact in extraction.facts:
        assert set(fact.claims) <= claim_ids
    assert len(claim_ids) == len(extraction.claims)


@pytest.fixture(scope="module")
def long_article():
    from osint_graph.ingest import make_article, read_paths
    from osint_graph.resources import sources_dir

    texts = [a.text for a in read_paths([sources_dir() / "articles"])]
    return make_article("\n\n".join(texts), "long.md", published="2024-03-05")


def test_long_text_in_sections_keeps_offsets_and_ids_exact(claims_extractor, long_article, monkeypatch):
    monkeypatch.setattr(claims_extractor, "section_chars", 6000)
    assert len(section_bounds(long_article.text, claims_extractor.section_size)) > 5
    assert_offsets_exact(claims_extractor.extract(long_article))
    [streamed] = claims_extractor.extract_many([long_article])
    assert streamed == claims_extractor.extract(long_article)


def test_text_over_the_model_limit_is_extracted(claims_extractor, long_article, monkeypatch):
    """Case 2: spaCy refuses a Doc over max_length (E088); sections never reach it."""
    monkeypatch.setattr(claims_extractor.nlp, "max_length", 9000)
    monkeypatch.setattr(claims_extractor, "section_chars", 10**9)
    assert len(long_article.text) > 9000
    assert_offsets_exact(claims_extractor.extract(long_article))


# -- case 5: the same story with other line breaks --------------------------------------------


def test_reflowed_story_adds_nothing(tmp_path):
    text = (
        "The cargo ship Lady R arrived in Rajin on February 4, according to NK Pro.\n\n"
        "Officials in Seoul said the ship had carried 1,000 containers of shells, Reuters reported."
    )
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text(text)
    second.write_text(text.replace(" the ship", "\nthe ship").replace("\n\n", "\n   \n\n"))
    store = tmp_path / "s.lbug"
    assert invoke("ingest", "--store", str(store), str(first)).exit_code == 0
    before = stats(store)
    assert invoke("ingest", "--store", str(store), str(second)).exit_code == 0
    assert stats(store) == before
    both = tmp_path / "both.lbug"
    result = invoke("ingest", "--store", str(both), str(second), str(first))
    assert "1 repeat(s)" in result.stderr
    with LadybugStore(both, read_only=True) as s:
        [[stored]] = s.run("MATCH (a:Article) RETURN a.text").rows
        claims = s.run("MATCH (c:Claim) RETURN c.text, c.startOffset, c.endOffset").rows
    assert claims
    for claim_text, start, end in claims:
        assert stored[start:end] == claim_text
