"""Golden tests on the seed article, and span integrity over the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from osint_graph.ingest.readers import make_article, read_paths
from osint_graph.model import Extraction

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_f96956c55af621a7.txt"


@pytest.fixture(scope="module")
def seed(extractor) -> Extraction:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    article = make_article(SEED.read_text(encoding="utf-8"), source=str(SEED), published="2024-03-04")
    return extractor.extract(article)


def entity(x: Extraction, text: str):
    """The entity one of whose mentions reads `text`."""
    for e in x.entities:
        if any(m.text == text for m in e.mentions):
            return e
    raise AssertionError(f"no entity mentioned as {text!r}: {[m.text for e in x.entities for m in e.mentions]}")


@pytest.mark.parametrize("text", ["Angara", "Lady R", "Maria", "Maya-1", "Maya 1"])
def test_the_four_ships_are_vessels(seed, text):
    assert entity(seed, text).type == "Vessel"


def test_maya_spellings_are_one_vessel(seed):
    assert entity(seed, "Maya 1").id == entity(seed, "Maya-1").id


@pytest.mark.parametrize("text", ["Rajin", "Vostochny"])
def test_ports(seed, text):
    assert entity(seed, text).type == "Port"


@pytest.mark.parametrize("text", ["NK Pro", "Reuters", "Bloomberg", "Agerpres", "The Moscow Times"])
def test_outlets(seed, text):
    assert entity(seed, text).type == "Outlet"


def test_defense_minister(seed):
    shin = entity(seed, "Shin Won-sik")
    assert shin.type == "Person"
    assert "Defense Minister" in (shin.role or "")


@pytest.mark.parametrize("text", ["North Korea", "Russia"])
def test_countries(seed, text):
    assert entity(seed, text).type == "Country"


def test_capitals_as_governments(seed):
    assert entity(seed, "Pyongyang").name == entity(seed, "North Korea").name
    assert entity(seed, "Moscow").type == "Country"


def test_calibre_weapon(seed):
    assert entity(seed, "152 mm shells").type == "Weapon"


def test_no_spacy_only_labels_leak(seed):
    assert {e.type for e in seed.entities} <= {
        "Vessel",
        "Port",
        "Person",
        "Organization",
        "Outlet",
        "Country",
        "Location",
        "Weapon",
    }


def check_spans(x: Extraction) -> None:
    text = x.article.text
    for e in x.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text, (e, m)
    for f in x.figures:
        assert text[f.start : f.end] == f.text, f
    for d in x.dates:
        assert text[d.start : d.end] == d.text, d


def test_seed_spans_match_the_text(seed):
    check_spans(seed)


CORPUS = Path(__file__).resolve().parents[1] / "sources" / "articles"


@pytest.mark.slow
def test_every_span_of_the_sample_corpus_matches_its_text(extractor):
    articles = list(read_paths([CORPUS])) if CORPUS.is_dir() else []
    if not articles:
        pytest.skip("the sample corpus sources/articles/ is empty")
    count = 0
    for x in extractor.extract_many(articles, batch_size=8):
        check_spans(x)
        count += 1
    assert count == len(articles)
