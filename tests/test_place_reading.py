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


def labelled(nlp, text: str, labels: list[tuple[str, str, int]], gaz: Gazetteer = GAZ, read=None):
    """The doc of `text` with the given (surface, type, occurrence) entities, read once."""
    doc = nlp.make_doc(text)
    ents = []
    for surface, type_, nth in labels:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        ents.append(doc.char_span(start, start + len(surface), label=LABEL_OF_TYPE[type_]))
    doc.ents = ents
    (read or read_place_types)(doc, gaz)
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


def test_a_district_word_after_a_name_stays_outside_the_place(nlp):
    got = trimmed(nlp, "Heroin was seized in Dorvan district.", "Dorvan district")
    assert got == [("Dorvan", "Dorvan")]


def test_a_capitalised_district_is_its_own_name(nlp):
    got = trimmed(nlp, "The Dorvan District covers the coast.", "Dorvan District")
    assert got == [("Dorvan District", None)]


def test_the_island_of_before_a_name_stays_outside_the_place(nlp):
    got = trimmed(nlp, "A hospital on the Island of Velmora closed.", "Island of Velmora")
    assert got == [("Velmora", "Velmora")]


def test_a_compass_word_and_of_before_a_name_stay_outside_the_place(nlp):
    got = trimmed(nlp, "Southeast of Tolm Island the boat sank.", "Southeast of Tolm Island")
    assert got == [("Tolm Island", "Tolm Island")]


def test_a_head_noun_and_of_before_a_name_is_the_name(nlp):
    got = trimmed(nlp, "The Gulf of Velmora was closed.", "Gulf of Velmora")  # no lead word: a sea's name
    assert got == [("Gulf of Velmora", None)]


def test_the_island_of_a_listed_phrase_keeps_it(nlp):
    gaz = Gazetteer([KARSK, GazetteerEntry("Location", "Island of Brenn", (), {}, {})])
    from osint_graph.nlp.place_reading import trim_region_words

    text = "Ferries reach the Island of Brenn."
    doc = nlp.make_doc(text)
    start = text.index("Island of Brenn")
    doc.ents = [doc.char_span(start, start + len("Island of Brenn"), label=LABEL_OF_TYPE["Location"])]
    trim_region_words(doc, gaz)
    assert [e.text for e in doc.ents] == ["Island of Brenn"]


def directions_dropped(nlp, text: str, surface: str, label: str = "Location"):
    from osint_graph.nlp.place_reading import drop_bare_directions

    doc = nlp.make_doc(text)
    start = text.index(surface)
    doc.ents = [doc.char_span(start, start + len(surface), label=LABEL_OF_TYPE[label])]
    drop_bare_directions(doc)
    return [e.text for e in doc.ents]


def test_a_bare_compass_word_is_no_place(nlp):
    assert directions_dropped(nlp, "Karsk was sanctioned by the West.", "West") == []


def test_a_compass_word_in_a_name_is_a_place(nlp):
    assert directions_dropped(nlp, "Pirates roam off West Velmora.", "West Velmora") == ["West Velmora"]


def read_with(nlp, gaz, text: str, labels: list[tuple[str, str, int]]):
    return [label for _, label in labelled(nlp, text, labels, gaz)]


def test_a_city_state_in_a_dateline_is_the_state(nlp):
    gaz = Gazetteer([GazetteerEntry("Country", "Varnport", (), {"iso2": "ZQ"}, {"capital": "Varnport"})])
    text = "VARNPORT - A Varnport-flagged tanker sank."
    got = read_with(nlp, gaz, text, [("VARNPORT", "Location", 0), ("Varnport", "Country", 0)])
    assert got == [LABEL_OF_TYPE["Country"]] * 2


def test_a_capital_named_like_a_state_with_a_namesake_division_stays_the_city(nlp):
    gaz = Gazetteer([GazetteerEntry("Country", "Varnport", (), {"iso2": "DJ"}, {"capital": "Varnport"})])
    text = "VARNPORT - A Varnport-flagged tanker sank."
    got = read_with(nlp, gaz, text, [("VARNPORT", "Location", 0), ("Varnport", "Country", 0)])
    assert got == [LABEL_OF_TYPE["Location"], LABEL_OF_TYPE["Country"]]


def test_a_port_noun_alone_is_no_port(nlp):
    """'the Captain of the Port' (port27): the word 'Port' names no port; 'Port Tarvel' does."""
    assert directions_dropped(nlp, "The plan was approved by the Captain of the Port.", "Port", "Port") == []
    assert directions_dropped(nlp, "The tanker docked at Port Tarvel.", "Port Tarvel", "Port") == ["Port Tarvel"]


# A US state named like a country (read_state_namesakes): made-up names, the namesake given.
UNIFIED = GazetteerEntry("Country", "Unified States", ("U.S.",), {"iso2": "US"}, {})
NAMESAKE_GAZ = Gazetteer([KARSK, UNIFIED])


def namesake_read(nlp, text: str, labels: list[tuple[str, str, int]]):
    from osint_graph.nlp.place_reading import read_state_namesakes

    def read(doc, gaz):
        read_state_namesakes(doc, gaz, frozenset({"karsk"}))

    return labelled(nlp, text, labels, NAMESAKE_GAZ, read)


def test_a_state_namesake_after_a_town_is_the_us_state_in_every_mention(nlp):
    text = "The wreck lies off Tarnwick, Karsk. It left Karsk's port on Monday."
    got = namesake_read(nlp, text, [("Tarnwick", "Location", 0), ("Karsk", "Country", 0), ("Karsk", "Country", 1)])
    assert got[1:] == [("Karsk", LABEL_OF_TYPE["Location"])] * 2


def test_a_state_namesake_in_a_list_of_states_stays_the_country(nlp):
    text = "The crew came from Varnia, Karsk and Tolmia."
    got = namesake_read(nlp, text, [("Varnia", "Country", 0), ("Karsk", "Country", 0), ("Tolmia", "Country", 0)])
    assert got[1] == ("Karsk", LABEL_OF_TYPE["Country"])


def test_a_state_namesake_in_an_article_naming_the_united_states_is_the_state(nlp):
    text = "The U.S. Coast Guard rescued the crew off the coast of Karsk."
    got = namesake_read(nlp, text, [("U.S.", "Country", 0), ("Karsk", "Country", 0)])
    assert got[1] == ("Karsk", LABEL_OF_TYPE["Location"])


def test_a_state_namesake_without_a_us_frame_stays_the_country(nlp):
    text = "The ship left Karsk for Velgrad with fertiliser."
    got = namesake_read(nlp, text, [("Karsk", "Country", 0)])
    assert got == [("Karsk", LABEL_OF_TYPE["Country"])]


def test_a_lone_place_word_is_no_place(nlp):
    assert directions_dropped(nlp, "Crews on the Island waited.", "Island") == []


def test_a_place_word_in_a_name_is_a_place(nlp):
    assert directions_dropped(nlp, "Crews on Velm Island waited.", "Velm Island") == ["Velm Island"]
