"""Seas (GUIDELINES rulings 4eeb3fe, 2e097b7, fc0d3df), on made-up names: places sharing one noun
are one entity each ('the Varn and Karsk seas'); 'the X Sea region' is the sea; a sea's short
name used as an adjective ('a Varn port') names no sea, its full name does ('a Varn Sea port')."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.gazetteer_ruler import GazetteerRuler
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model
from osint_graph.nlp.shared_nouns import long_sea_names, split_shared_nouns

LOCATION = LABEL_OF_TYPE["Location"]
VARN = GazetteerEntry("Location", "Varn Sea", ("Varn",), {}, {"kind": "sea"})
GAZ = Gazetteer([VARN])


@pytest.fixture(scope="module")
def model():
    register_extensions()
    return load_model()


def _places(doc) -> list[tuple[str, str]]:
    return [(e.text, e._.canonical) for e in doc.ents if e.label_ == LOCATION]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # the model's names before the noun ('Karsk'), or with it ('Brack Islands')
        (
            "Frigates patrolled the Tarn and Karsk seas.",
            [(3, 4), (5, 6)],
            [("Tarn", "Tarn Sea"), ("Karsk seas", "Karsk Sea")],
        ),
        (
            "Divers reached Holm and Brack Islands.",
            [(2, 3), (4, 6)],
            [("Holm", "Holm Island"), ("Brack Islands", "Brack Island")],
        ),
    ],
)
def test_places_sharing_one_noun_are_one_entity_each(model, text, spans, expected):
    doc = model.make_doc(text)
    doc.ents = [Span(doc, s, e, label=LOCATION) for s, e in spans]
    split_shared_nouns(doc, Gazetteer([]))
    assert _places(doc) == expected


def test_a_name_that_holds_and_stays_whole(model):
    whole = GazetteerEntry("Location", "Tarn and Karsk Islands", (), {}, {"kind": "island"})
    doc = model.make_doc("Divers reached Tarn and Karsk Islands.")
    doc.ents = [Span(doc, 2, 3, label=LOCATION), Span(doc, 4, 6, label=LOCATION)]
    split_shared_nouns(doc, Gazetteer([whole]))
    assert [e.text for e in doc.ents] == ["Tarn", "Karsk Islands"]  # left as it was


@pytest.fixture(scope="module")
def ruled(model):
    ruler = GazetteerRuler(model, "seas_test", GAZ)
    return lambda text: _places(ruler(model(text)))


def test_a_seas_short_name_as_an_adjective_names_no_sea(ruled):
    assert ruled("A Varn port was closed on Monday.") == []


def test_a_seas_full_name_before_a_noun_and_its_short_name_alone_name_the_sea(ruled):
    assert ruled("A Varn Sea port was closed on Monday.") == [("Varn Sea", "Varn Sea")]
    assert ruled("Warships sailed into the Varn on Monday.") == [("Varn", "Varn Sea")]


def test_a_sea_region_is_the_sea(nlp):
    doc = nlp("Drills were held in the Tarnish Sea region on Monday.")
    assert [e.text for e in doc.ents if e.label_ == LOCATION] == ["Tarnish Sea"]


def test_a_seas_short_name_takes_the_long_canonical_name(model):
    # context/sea_long_names.csv: a generic geographic name, no article's words
    doc = model.make_doc("Frigates crossed the Mediterranean and the Kattegat.")
    doc.ents = [Span(doc, 3, 4, label=LOCATION), Span(doc, 6, 7, label=LOCATION)]
    for e in doc.ents:
        e._.canonical = e.text
    long_sea_names(doc, Gazetteer([]))
    assert _places(doc) == [("Mediterranean", "Mediterranean Sea"), ("Kattegat", "Kattegat")]
