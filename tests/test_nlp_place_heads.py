"""Place head nouns that name no place (place22): 'District' in a judge's title or a court's name,
'Ocean' after a company's name; a port's name after 'the port of' and an adjective; the word 'Port'
before a listed port.

Made-up names: the rules must hold on the words around the name.
"""

from __future__ import annotations

import pytest

from osint_graph.nlp.labels import LABEL_OF_TYPE

PLACE, PORT = LABEL_OF_TYPE["Location"], LABEL_OF_TYPE["Port"]


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text",
    [
        "The fine was imposed by U.S. District Judge Ola Brenn on Monday.",
        "On Monday, Varnland District of Tolm Court Judge Ola Brenn fined the owner.",
    ],
)
def test_a_district_in_a_judges_title_is_no_place(nlp, text):
    assert not [e for e in _ents(nlp, text) if "District" in e[0] and e[1] == PLACE]


def test_an_ocean_after_a_company_name_is_no_place(nlp):
    found = _ents(nlp, "The shipbuilder Tarvik Ocean signed the contract with the navy.")
    assert ("Tarvik Ocean", PLACE) not in found


def test_a_listed_ocean_is_the_place(nlp):
    found = _ents(nlp, "The tanker sank in the South Pacific Ocean on Monday.")
    assert any(e[1] == PLACE and e[0].endswith("Pacific Ocean") for e in found)


def test_the_port_of_an_adjective_and_a_name_is_the_port(nlp):
    found = _ents(nlp, "The first attack came in the port of occupied Varnhavn in March.")
    assert ("Varnhavn", PORT) in found


def test_the_word_port_before_a_listed_port_names_the_listed_port(nlp):
    doc = nlp("The freighter was waiting for a berth at Port Colombo on Monday.")
    ports = [e for e in doc.ents if e.label_ == PORT]
    assert [(e.text, e._.canonical) for e in ports] == [("Port Colombo", "Colombo")]


def test_a_name_with_the_word_port_of_its_own_stays_whole(nlp):
    doc = nlp("The freighter was waiting for a berth at Port Said on Monday.")
    assert [(e.text, e._.canonical) for e in doc.ents if e.label_ == PORT] == [("Port Said", "Port Said")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ferry lost power and drifted as it entered Rich Passage on Saturday.", "Rich Passage"),
        ("The boat capsized ten miles off the island in the Tollvar Passage on Thursday.", "Tollvar Passage"),
    ],
)
def test_a_passage_after_a_name_is_a_place(nlp, text, name):
    assert (name, PLACE) in _ents(nlp, text)


def test_a_listed_seaport_ending_in_a_place_head_is_the_port_a_ship_sails_to(nlp):
    """'Da Chan Bay', a seaport of the port list: the head-noun rule's place is the port a ship sails to
    (context/places._port_able_place), and stays the place where a ship only lies off it."""
    assert ("Da Chan Bay", PORT) in _ents(nlp, "The container ship sailed to Da Chan Bay on Monday.")
    assert ("Da Chan Bay", PLACE) in _ents(nlp, "Dozens of ships waited off Da Chan Bay on Monday.")
