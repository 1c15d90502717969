"""Golden tests on the seed article, and span integrity over the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from osint_graph.ingest.readers import make_article, read_paths
from osint_graph.model import Extraction


@pytest.fixture(scope="module")
def seed(extractor, seed_text) -> Extraction:
    article = make_article(seed_text, source="seed", published="2024-03-04")
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


def figure(x: Extraction, text: str):
    for f in x.figures:
        if f.text == text:
            return f
    raise AssertionError(f"no figure {text!r}: {[f.text for f in x.figures]}")


@pytest.mark.parametrize(
    "text,value,unit,qualifier",
    [
        ("6,700 containers", 6700, "container", None),
        ("2 million projectiles", 2_000_000, "projectile", None),
        ("more than three million 152 mm shells", 3_000_000, "shell", "more than"),
        ("500,000 122 mm artillery shells", 500_000, "shell", None),
        ("at least 32 trips", 32, "trip", "at least"),
        ("about 30%", 30, "percent", "about"),
        ("several million projectiles", None, "projectile", "several"),
        ("Dozens of vehicles", None, "vehicle", "dozens"),
    ],
)
def test_figures(seed, text, value, unit, qualifier):
    f = figure(seed, text)
    assert (f.value, f.unit, f.qualifier) == (value, unit, qualifier)
    assert f.id.startswith("fig:") and f.sentence


def test_calibre_of_figures(seed):
    assert figure(seed, "more than three million 152 mm shells").attributes == {"calibre": "152 mm"}
    assert figure(seed, "500,000 122 mm artillery shells").attributes == {"calibre": "122 mm"}


def test_no_figure_from_names_or_dates(seed):
    texts = {f.text for f in seed.figures}
    assert not any(t.startswith(("Maya", "1", "16", "4")) for t in texts), texts


@pytest.mark.parametrize(
    "text,value",
    [
        ("January 16", "2024-01-16"),
        ("February 4", "2024-02-04"),
        ("since last fall", "2023-09-01/2024-03-04"),
        ("since last July", "2023-07-01/2024-03-04"),
        ("Monday", "2024-02-26"),
        ("Tuesday", "2024-02-27"),
    ],
)
def test_dates(seed, text, value):
    found = {d.text: d.value for d in seed.dates}
    assert found.get(text) == value, found


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
    assert CORPUS.is_dir(), f"no sample corpus at {CORPUS}"
    articles = list(read_paths([CORPUS]))
    assert articles, "the sample corpus sources/articles/ is empty"
    count = 0
    for x in extractor.extract_many(articles, batch_size=8):
        check_spans(x)
        count += 1
    assert count == len(articles)


def test_components_stand_alone_on_a_bare_model():
    import spacy

    import osint_graph.nlp  # noqa: F401  (registers the factories)
    from osint_graph.nlp.pipeline import resolve_model_name

    nlp = spacy.load(resolve_model_name())
    for name in ("osint_gazetteer", "osint_context_rules", "osint_entity_types", "osint_dates", "osint_figures"):
        nlp.add_pipe(name)
    doc = nlp("The tanker Silver Heron carried about 35,000 tonnes of fuel.")
    assert ("Silver Heron", "VESSEL") in {(e.text, e.label_) for e in doc.ents}
    assert [f.text for f in doc._.figures] == ["about 35,000 tonnes"]


def test_two_processes_give_the_same_extraction(extractor, seed):
    article = seed.article
    other = make_article("The tanker Silver Heron left the port of Karvik on Monday.", published="2024-03-04")
    one = [x.to_dict() for x in extractor.extract_many([article, other])]
    two = [x.to_dict() for x in extractor.extract_many([article, other], n_process=2, batch_size=1)]
    assert one == two
    assert one[0] == seed.to_dict()
