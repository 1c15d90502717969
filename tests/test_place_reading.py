"""One reading per place name and article across Country, Location and Person
(osint_graph/nlp/place_reading.py). Made-up names and texts: the decision follows the article's
other mentions of the name, not a known place."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model
from osint_graph.nlp.place_reading import read_place_types

KARSK = GazetteerEntry("Country", "Karsk", (), {"iso2": "ZK"}, {"capital": "Velgrad"})
TESSEL = GazetteerEntry("Location", "Maro Tessel", (), {}, {})
GAZ = Gazetteer([KARSK, TESSEL])


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return load_model()


def labelled(nlp, text: str, labels: list[tuple[str, str, int]]):
    """The doc of `text` with the given (surface, type, occurrence) entities, read once."""
    doc = nlp.make_doc(text)
    ents = []
    for surface, type_, nth in labels:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        ents.append(doc.char_span(start, start + len(surface), label=LABEL_OF_TYPE[type_]))
    doc.ents = ents
    read_place_types(doc, GAZ)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_state_found_as_a_place_in_one_mention_is_the_state(nlp):
    text = "Karsk protested. The tanker was seized off the coast of Karsk."
    got = labelled(nlp, text, [("Karsk", "Country", 0), ("Karsk", "Location", 1)])
    assert got == [("Karsk", LABEL_OF_TYPE["Country"])] * 2


def test_a_capital_stays_a_place_beside_its_state(nlp):
    text = "Velgrad protested. A factory near Velgrad burned."  # metonymy is read mention by mention
    got = labelled(nlp, text, [("Velgrad", "Country", 0), ("Velgrad", "Location", 1)])
    assert got[1] == ("Velgrad", LABEL_OF_TYPE["Location"])


def test_a_known_place_read_as_a_person_takes_the_place_reading(nlp):
    text = "Migrants were brought to Maro Tessel. Maro Tessel hosts a base."
    got = labelled(nlp, text, [("Maro Tessel", "Location", 0), ("Maro Tessel", "Person", 1)])
    assert got == [("Maro Tessel", LABEL_OF_TYPE["Location"])] * 2


def test_a_person_not_known_as_a_place_stays_a_person(nlp):
    text = "Crews sailed to Dorran Vale. Dorran Vale, a captain, said so."
    got = labelled(nlp, text, [("Dorran Vale", "Location", 0), ("Dorran Vale", "Person", 1)])
    assert got[1] == ("Dorran Vale", LABEL_OF_TYPE["Person"])


def trimmed(nlp, text: str, surface: str, canonical: str | None = None):
    """The doc of `text` with one Location entity over `surface`, after the region-word trim."""
    from osint_graph.nlp.place_reading import trim_region_words

    doc = nlp.make_doc(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label=LABEL_OF_TYPE["Location"])
    if canonical is not None:
        span._.canonical = canonical
    doc.ents = [span]
    trim_region_words(doc, GAZ)
    return [(e.text, e._.canonical) for e in doc.ents]


def test_a_province_word_after_a_name_stays_outside_the_place(nlp):
    got = trimmed(nlp, "A trawler from Dorvan province sank.", "Dorvan province")
    assert got == [("Dorvan", "Dorvan")]


def test_a_region_word_after_a_name_stays_outside_the_place(nlp):
    got = trimmed(nlp, "Pirates hold the crew in the Velmor region of Karsk.", "Velmor region")
    assert got == [("Velmor", "Velmor")]


def test_a_capitalised_region_is_its_own_name(nlp):
    got = trimmed(nlp, "Talks on the Velmor Region began.", "Velmor Region")
    assert got == [("Velmor Region", None)]


def test_a_division_named_by_its_town_keeps_the_word(nlp):
    got = trimmed(nlp, "Drones hit the Tolm region.", "Tolm region", canonical="Tolm Oblast")
    assert got == [("Tolm region", "Tolm Oblast")]
