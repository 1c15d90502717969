"""What a text writes beside a place's name, for the one Port-or-Location reading
(nlp/context/port_descriptions.py, GUIDELINES "Port or Location ... What in the text makes a port"):
a description calling it a port, a ship's base written with its participle or with a body's name
before the ship noun, and a place the text calls an island (a Location even where ships go).

Made-up names and texts; each shape has a twin that must not fire.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.context.port_descriptions import apposed_port_word, island_names
from osint_graph.nlp.context.port_reading import home_port, model_places_as_ports
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model
from osint_graph.nlp.spans import annotate

PORT, LOCATION = LABEL_OF_TYPE["Port"], LABEL_OF_TYPE["Location"]
PLACE = "Quarnby"


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return load_model()


def _doc(nlp, text: str, label: str = LOCATION):
    """The text parsed, every 'Quarnby' marked as the model's place."""
    doc = nlp(text)
    kind = {PORT: "Port", LOCATION: "Location"}[label]
    doc.ents = [annotate(Span(doc, t.i, t.i + 1), kind, "model") for t in doc if t.text == PLACE]
    return doc


def _place(doc) -> Span:
    return next(e for e in doc.ents if e.text == PLACE)


@pytest.mark.parametrize(
    ("text", "port"),
    [
        # a port word as the head of a description after the name
        ("The tanker was anchored 80 km off the coast of Quarnby, the country's biggest port, on Monday.", True),
        ("The destroyer sailed into the waters near Quarnby, the main Varnian naval base in Tolmaria.", True),
        ("Quarnby, a busy container port, reopened on Friday.", True),
        # ... and before it, the name ending its clause
        ("Shipping data showed that Varnia's main oil terminal, Quarnby, had an empty berth.", True),
        # twins: the description's head is no port word, or the port word is not its head
        ("The tanker was anchored 80 km off the coast of Quarnby, the country's biggest city, on Monday.", False),
        ("Officials in Quarnby, the port's owner, declined to comment.", False),
        ("After the strike at the port, Quarnby reiterated its call for talks.", False),
    ],
)
def test_a_description_beside_the_name_calls_it_a_port(nlp, text, port):
    assert apposed_port_word(_place(_doc(nlp, text))) is port


def test_a_town_described_as_the_biggest_port_is_the_port_throughout(nlp):
    doc = _doc(nlp, "Pirates boarded a tanker off Quarnby, the country's biggest port. Quarnby was calm.")
    model_places_as_ports(doc, Gazetteer([]))
    assert {e.label_ for e in doc.ents if e.text == PLACE} == {PORT}
    twin = _doc(nlp, "Pirates boarded a tanker off Quarnby, the country's biggest city. Quarnby was calm.")
    model_places_as_ports(twin, Gazetteer([]))
    assert {e.label_ for e in twin.ents if e.text == PLACE} == {LOCATION}


@pytest.mark.parametrize(
    ("text", "port"),
    [
        # the participle after the ship (home_port_phrase)
        ("The Tern Vale, a patrol frigate homeported in Quarnby, has a crew of 160.", True),
        ("The cutter, stationed at Quarnby, seized the cargo.", True),
        # a service's name between the place and the ship noun
        ("A recent bust by the Quarnby-based Coast Guard cutter Tern Vale raised the total.", True),
        ("The Quarnby-based frigate returned on Sunday.", True),
        # twins: a unit, not a ship, is based there; a company's seat; a company after the place-based phrase
        ("Law enforcement personnel from Detachment 12, based in Quarnby, boarded the boat.", False),
        ("The tanker is operated by a firm based in Quarnby.", False),
        ("The Quarnby-based Kestrel Ship Management denied the report.", False),
    ],
)
def test_a_ship_based_in_a_town(nlp, text, port):
    assert home_port(_place(_doc(nlp, text))) is port


@pytest.mark.parametrize(
    ("text", "island"),
    [
        ("The boat capsized off the Varnian island of Quarnby last week.", True),
        ("Rescuers brought 28 migrants to Quarnby, a small island off Tolmaria.", True),
        # twins: the port of the island is named; a town called a town
        ("The ferry docked at the port of the island of Quarnby.", False),
        ("Rescuers brought 28 migrants to Quarnby, a small town off Tolmaria.", False),
    ],
)
def test_a_place_the_text_calls_an_island(nlp, text, island):
    assert (PLACE.casefold() in island_names(_doc(nlp, text, PORT))) is island
