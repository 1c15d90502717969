"""The one port reading again for the places the model found (port_reading.model_places_as_ports), the
port word beside a name (gazetteer_ruler.port_cue) and the entity filter's keep for a place the
article calls a port (entity_filter.port_word_ids).

Made-up names and texts: the decision must follow the words of the article, not a known town.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.context.port_reading import model_places_as_ports
from osint_graph.nlp.entity_filter import port_word_ids
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.gazetteer_ruler import port_cue
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model
from osint_graph.nlp.spans import annotate

# a port the list keeps under a hidden name: the matcher does not mark it, a typed look-up finds it
QUARNBY = GazetteerEntry("Port", "Quarnby", (), {"locode": "ZZQRN"}, {"hidden_names": "Quarnby"})
GAZ = Gazetteer([QUARNBY])
PORT, LOCATION = LABEL_OF_TYPE["Port"], LABEL_OF_TYPE["Location"]


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return load_model()


def _doc(nlp, text: str, label: str = LOCATION, source: str = "model"):
    """The text parsed, every 'Quarnby' marked as the model's place (typed `label`)."""
    doc = nlp(text)
    spans = [annotate(Span(doc, t.i, t.i + 1), {PORT: "Port", LOCATION: "Location"}[label], source)
             for t in doc if t.text == "Quarnby"]  # fmt: skip
    doc.ents = spans
    return doc


def _labels(doc) -> set[str]:
    return {e.label_ for e in doc.ents if e.text == "Quarnby"}


@pytest.mark.parametrize(
    "text",
    [
        "The trawler docked at its home port in Quarnby on Monday. Officials in Quarnby said nothing.",
        "The Kestrel Dawn sailed from Quarnby with a cargo of grain.",
        "The ferry left the Quarnby harbour at dawn.",
        # a voyage to or from a description of the town (context/town_nouns.txt)
        "The tanker was carrying fuel from Djibouti to Varnia's capital, Quarnby, when it was approached.",
        "The tanker was hijacked en route from the Varnian city of Quarnby to Brenwick.",
        # 'enroute' written as one word (context/port_object_nouns.txt)
        "The tanker ran aground while enroute from Quarnby to Brenwick.",
        # the place after the cargo a voyage verb carries
        "The bulk carrier was carrying phosphate from Quarnby in the disputed territory when it was held.",
    ],
)
def test_a_model_place_the_article_calls_a_port_is_the_port_in_every_mention(nlp, text):
    doc = _doc(nlp, text)
    model_places_as_ports(doc, GAZ)
    assert _labels(doc) == {PORT}


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed from the Brenwick port near Quarnby on Monday.",
        "Relatives of the missing fishermen arrived in Quarnby on Friday.",
        "The tanker sank 40 miles off Quarnby.",
        "The rescued fishermen were flown to Varnia's capital, Quarnby, on Friday.",
    ],
)
def test_a_model_place_with_no_port_role_written_stays_the_place(nlp, text):
    # a named port near the town, people (no ship) arriving, a ship's position: no port role
    doc = _doc(nlp, text)
    model_places_as_ports(doc, GAZ)
    assert _labels(doc) == {LOCATION}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ship docked at its home port in Quarnby.", True),
        ("The ship docked at the port of Quarnby.", True),
        ("The ship docked at Quarnby port.", True),
        ("Oil spilled off Brenwick Port in Quarnby.", False),
        ("The liner sailed from Brenwick port near Quarnby.", False),
    ],
)
def test_a_port_word_before_a_name_is_no_cue_when_it_ends_another_ports_name(nlp, text, cue):
    doc = _doc(nlp, text)
    (span,) = [e for e in doc.ents if e.text == "Quarnby"]
    assert port_cue(span) is cue


def test_the_filter_keeps_a_models_place_the_article_calls_a_port(nlp):
    doc = _doc(nlp, "The trawler docked at its home port in Quarnby.", label=PORT)
    assert port_word_ids(doc) == {doc.ents[0]._.entity_id}
    # the context rules' own port names are left to the score: the port word made them
    doc = _doc(nlp, "The trawler docked at its home port in Quarnby.", label=PORT, source="context")
    assert port_word_ids(doc) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The firm has operated the Quarnby and Brenwick ports for twenty years.",
        "The ships called at the ports of Brenwick and Quarnby.",
    ],
)
def test_a_place_coordinated_with_a_place_named_as_a_port_is_a_port(nlp, text):
    doc = nlp(text)
    spans = [annotate(Span(doc, t.i, t.i + 1), "Location", "model") for t in doc if t.text in ("Quarnby", "Brenwick")]
    doc.ents = spans
    model_places_as_ports(doc, GAZ)  # Quarnby is on the (test) port list, Brenwick on none
    assert _labels(doc) == {PORT}


def test_a_place_beside_a_port_but_not_coordinated_with_it_stays_the_place(nlp):
    doc = nlp("The Brenwick port lies in a bay, and Quarnby is a market town.")
    doc.ents = [
        annotate(Span(doc, t.i, t.i + 1), "Location", "model") for t in doc if t.text in ("Quarnby", "Brenwick")
    ]
    model_places_as_ports(doc, GAZ)
    assert _labels(doc) == {LOCATION}
