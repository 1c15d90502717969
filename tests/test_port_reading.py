"""One reading per place and article (GUIDELINES "Port or Location ... What the text gives
decides, one reading per file" and "What in the text makes a port"): a town of the port list named
only on land or only as a ship's position ('off X', 'N miles from X') is a Location; a port word
about it, a ship based there or a ship's movement ending, starting or resting there makes it a
Port in every mention.

Made-up names and texts: the decision must follow the words of the article, not a known town.
"""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.context.port_reading import read_ports
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.gazetteer_ruler import GazetteerRuler
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model

QUARNBY = GazetteerEntry("Port", "Quarnby", (), {"locode": "ZZQRN"}, {"reference": "yes"})
GAZ = Gazetteer([QUARNBY])


def _reader(gazetteer: Gazetteer, name: str, ruler_name: str):
    """labels(text): the entity labels `name` gets in `text` after the gazetteer and read_ports."""
    register_extensions()
    nlp = load_model()
    ruler = GazetteerRuler(nlp, ruler_name, gazetteer)

    def labels(text: str) -> set[str]:
        doc = ruler(nlp(text))
        read_ports(doc, [], gazetteer)
        found = {e.label_ for e in doc.ents if e.text == name}
        assert found, f"{name} not found in {text!r}"
        return found

    return labels


@pytest.fixture(scope="module")
def labels():
    return _reader(GAZ, "Quarnby", "port_reading_test")


@pytest.mark.parametrize(
    "text",
    [
        "The cable connecting Quarnby and the island was cut, officials said.",
        "Police in Quarnby arrested two men. The Quarnby court will hear the case on Monday.",
        "The sanctioned firms include traders in Quarnby and elsewhere.",
        # a company's seat in a clause about a ship (place21)
        "The tanker Tern Vale is operated by Kestrel Tankers LLC in Quarnby.",
        "The Tern Vale sent a distress message to its owner Varn Shipping in Quarnby.",
    ],
)
def test_a_listed_port_named_only_on_land_is_a_location(labels, text):
    assert labels(text) == {LABEL_OF_TYPE["Location"]}


@pytest.mark.parametrize(
    "text",
    [
        "The freighter lay 40 nautical miles off Quarnby. Officials in Quarnby declined to comment.",
        "The tanker sank near Quarnby on Monday.",
        "The frigate was hit 12 miles east of Quarnby, the navy said.",
        "The tanker was attacked off the coast of Quarnby and caught fire.",
        # the distance hangs on the verb the ships did ('collided ... miles east of'), place21
        "The tankers Varn Hale and Tern Vale collided approximately 24 nautical miles east of Quarnby.",
        "The two ships collided 30 km southwest of Quarnby on Monday.",
        # an anchorage named after a place is a position too (GUIDELINES ruling: no port word)
        "Coast guards stopped three tankers at the Quarnby anchorage on Monday.",
        "The tanker waited at the anchorage off Quarnby for a week.",
        "The tanker anchored at the Quarnby anchorage. Officials in Quarnby declined to comment.",
        # a position through 'the town of' and on a sea lane (context/position_anchors), place24
        "The Tern Vale was sailing in a busy sea lane south of the Varnian town of Quarnby and north of "
        "the Danish Island of Kesmar when it collided with the smaller barge.",
        # the place's name on a body's or a clock's noun names no voyage (port_reading.names_a_thing)
        "The spokesman for the Quarnby military administration posted a photo of the tanker Tern Vale.",
        "The tanker Tern Vale sank at 16:48 (11:48 Quarnby time) on Monday.",
    ],
)
def test_a_position_is_no_port_role(labels, text):
    # a ship off or near a town says where the ship is, not that the town is a port (the old
    # reading made any town in a sentence about ships a Port: the ruling reversed it)
    assert labels(text) == {LABEL_OF_TYPE["Location"]}


@pytest.mark.parametrize(
    "text",
    [
        "Police in Quarnby arrested two men. The tanker had sailed to Quarnby a week earlier.",
        "The freighter lay 40 nautical miles off Quarnby. It later docked at Quarnby.",
        "The Quarnby-based frigate left on patrol. Officials in Quarnby declined to comment.",
        "Drones struck the naval base at Quarnby. Officials in Quarnby declined to comment.",
        "A fire broke out at the Quarnby terminal. Police in Quarnby arrested two men.",
        "Police in Quarnby arrested two men near a shipyard in Quarnby.",
        "The freighter was carrying grain from Quarnby when it was seized.",
        "The tanker was anchored off Quarnby. It had loaded a fresh cargo there a week earlier.",
        "A strike on the port of Velmhaven, east of Quarnby, damaged a cargo ship.",
        # the place is the subject of 'be' with a port noun (place23)
        "Quarnby was the first port to act. Police in Quarnby arrested two men.",
        "Officials met in Quarnby on Monday. Quarnby is a major container port.",
    ],
)
def test_a_port_word_a_home_port_or_a_voyage_makes_every_mention_the_port(labels, text):
    assert labels(text) == {LABEL_OF_TYPE["Port"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the port word before a comma is another place's ('the Velmhaven terminal, near X'), place22
        ("The tanker departed from the Velmhaven terminal, near Quarnby, on Monday.", False),
        ("A fire broke out at the Quarnby terminal on Monday.", True),
        ("Drones struck the naval base at Quarnby on Monday.", True),
        # a hub named by its shipping (port27); a bare 'hub' is no port word
        ("The container hubs in Quarnby closed as the storm hit.", True),
        ("The financial hubs in Quarnby closed as the storm hit.", False),
    ],
)
def test_a_port_word_is_the_places_own_within_its_phrase(text, expected):
    from osint_graph.nlp.context.port_reading import role_word

    register_extensions()
    nlp = load_model()
    doc = GazetteerRuler(nlp, "port_reading_role_word_test", GAZ)(nlp(text))
    (place,) = [e for e in doc.ents if e.text == "Quarnby"]
    assert role_word(place) is expected


# A port word before a list of places is about each of them (place23): 'container terminals across
# Velmhaven, Quarnby and Tarnholm' names three ports, not only the first.
VELMHAVEN = GazetteerEntry("Port", "Velmhaven", (), {"locode": "ZZVLH"}, {"reference": "yes"})
LIST_GAZ = Gazetteer([QUARNBY, VELMHAVEN])


@pytest.fixture(scope="module")
def list_labels():
    return _reader(LIST_GAZ, "Quarnby", "port_reading_list_test")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Container terminals across Velmhaven and Quarnby closed on Monday. Police in Quarnby made arrests.", "Port"),
        ("Shipyards in Velmhaven, Quarnby and elsewhere shut. Officials in Quarnby declined to comment.", "Port"),
        # no port word before the list: the towns stay where people are
        ("Schools in Velmhaven and Quarnby closed on Monday. Police in Quarnby made arrests.", "Location"),
    ],
)
def test_a_port_word_before_a_list_names_each_place_a_port(list_labels, text, expected):
    assert list_labels(text) == {LABEL_OF_TYPE[expected]}


# A territory of a state that is also on the port list (GUIDELINES "Port or Location": an island,
# region or territory is the place where ships go, unless the text names it as a port).
VELMORA_PORT = GazetteerEntry("Port", "Velmora", (), {"locode": "ZZVLM"}, {"reference": "yes"})
VELMORA_PLACE = GazetteerEntry("Location", "Velmora", (), {"iso2": "ZV"}, {})
TERRITORY_GAZ = Gazetteer([VELMORA_PORT, VELMORA_PLACE])


@pytest.fixture(scope="module")
def territory_labels():
    return _reader(TERRITORY_GAZ, "Velmora", "port_reading_territory_test")


def test_a_territory_is_the_place_where_ships_go(territory_labels):
    text = "The tanker was escorted toward Velmora. It was later impounded by Velmora."
    assert territory_labels(text) == {LABEL_OF_TYPE["Location"]}


def test_a_territory_named_as_a_port_is_the_port(territory_labels):
    text = "The tanker docked at the port of Velmora on Monday. Velmora officials inspected it."
    assert territory_labels(text) == {LABEL_OF_TYPE["Port"]}


# A state named like its port city (GUIDELINES "Port or Location": the dev gold types the city a ship
# sails from or to as the Port), unless the state is a city-state; which states have such a city is
# reference data (countries.namesake_city_codes), replaced here by a made-up state.
VARNHOLM_STATE = GazetteerEntry("Country", "Varnholm", (), {"iso2": "ZW"}, {})
VARNHOLM_PORT = GazetteerEntry("Port", "Varnholm", (), {"locode": "ZWVRN"}, {"reference": "yes"})
NAMESAKE_GAZ = Gazetteer([VARNHOLM_STATE, VARNHOLM_PORT])


@pytest.fixture(scope="module")
def namesake_labels():
    return _reader(NAMESAKE_GAZ, "Varnholm", "port_reading_namesake_test")


@pytest.fixture
def namesake_state(monkeypatch):
    import osint_graph.nlp.context.port_reading as port_reading

    monkeypatch.setattr(port_reading, "namesake_city_codes", lambda: frozenset({"ZW"}))


def test_a_ship_sailing_from_a_namesake_city_makes_it_the_port(namesake_labels, namesake_state):
    text = "The freighter sailed from Varnholm on Monday. Officials in Varnholm declined to comment."
    assert namesake_labels(text) == {LABEL_OF_TYPE["Port"]}


@pytest.mark.parametrize(
    "text",
    [
        "The Varnholm government protested on Monday. Varnholm said the tanker was seized illegally.",
        "The Varnholm-flagged tanker was seized on Monday.",
    ],
)
def test_a_namesake_state_named_without_a_voyage_stays_the_state(namesake_labels, namesake_state, text):
    assert namesake_labels(text) == {LABEL_OF_TYPE["Country"]}


def test_people_taken_to_a_namesake_city_leave_it_the_state(namesake_labels, namesake_state):
    text = "The freighter was hit on Monday and its crew was evacuated to Varnholm."
    assert namesake_labels(text) == {LABEL_OF_TYPE["Country"]}


def test_a_ship_carrying_cargo_from_a_namesake_city_makes_it_the_port(namesake_labels, namesake_state):
    text = "The tanker was carrying fuel from Varnholm to Quarnby when it was seized."
    assert namesake_labels(text) == {LABEL_OF_TYPE["Port"]}


def test_a_firm_based_in_a_town_gives_it_no_port_role(labels):
    assert labels("The Quarnby-based company denied the report.") == {LABEL_OF_TYPE["Location"]}


# A small port of the list that needs a cue (`cue = port`: no terminal, no sea route): the gazetteer
# reads its bare name as a place; a ship's voyage starting, ending or resting there makes it the port
# (GUIDELINES "What in the text makes a port": departs, leaves, sails from, is bound for, carries cargo from).
TOLLVIK = GazetteerEntry("Port", "Tollvik", (), {"locode": "ZZTLV"}, {"reference": "yes", "cue": "port"})


@pytest.fixture(scope="module")
def small_port_labels():
    return _reader(Gazetteer([TOLLVIK]), "Tollvik", "port_reading_small_port_test")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry departed Tollvik at ten and ran aground twenty minutes later.",
        "The freighter sailed from Tollvik with a cargo of timber and sank on Monday.",
        "The ferry left Tollvik on Friday evening. Police in Tollvik said no one was hurt.",
        "The disabled freighter was towed to Tollvik on Sunday.",
    ],
)
def test_a_voyage_from_a_small_listed_port_makes_it_the_port(small_port_labels, text):
    assert small_port_labels(text) == {LABEL_OF_TYPE["Port"]}


@pytest.mark.parametrize(
    "text",
    [
        "Residents left Tollvik before the storm arrived.",
        "The ferry sank ten miles off Tollvik on Friday.",
        "The passengers were flown to Tollvik after the ferry sank.",
    ],
)
def test_a_small_listed_town_without_a_voyage_stays_the_place(small_port_labels, text):
    assert small_port_labels(text) == {LABEL_OF_TYPE["Location"]}


# place22: a town no port list holds is the Port where the text gives it a port role (GUIDELINES
# "What the text gives decides"); a region, a state's capital, 'ports in X' (an island or region
# whose ports a ship calls at) stay places.
BRENNVIK = GazetteerEntry("Location", "Brennvik", (), {}, {"kind": "city", "country": "ZZ"})
TARNLAND = GazetteerEntry("Location", "Tarnland", (), {}, {"kind": "region", "country": "ZZ"})
UNLISTED_GAZ = Gazetteer([BRENNVIK, TARNLAND, TOLLVIK])


@pytest.fixture(scope="module")
def town_labels():
    return _reader(UNLISTED_GAZ, "Brennvik", "port_reading_unlisted_town_test")


@pytest.fixture(scope="module")
def region_labels():
    return _reader(UNLISTED_GAZ, "Tarnland", "port_reading_unlisted_region_test")


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was travelling to Brennvik when the fire broke out.",
        "The freighter sailed from Brennvik on Monday. Police in Brennvik said no one was hurt.",
        "The ferry, which was carrying fuel to Brennvik, was seized on Monday.",
    ],
)
def test_an_unlisted_town_with_a_voyage_is_the_port(town_labels, text):
    assert town_labels(text) == {LABEL_OF_TYPE["Port"]}


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was travelling to Tarnland when the fire broke out.",
        "The cruise ship called at ports in Tarnland before it sank.",
    ],
)
def test_a_region_where_ships_go_stays_the_place(region_labels, text):
    assert region_labels(text) == {LABEL_OF_TYPE["Location"]}


def test_a_town_named_only_on_land_stays_the_place(town_labels):
    assert town_labels("Police in Brennvik arrested two men on Monday.") == {LABEL_OF_TYPE["Location"]}


def test_a_voyage_from_one_place_to_another_makes_the_second_the_port(small_port_labels):
    # 'to' hangs on the first place or on its 'from': the voyage's verb stands above both (place22)
    text = "The ferry was travelling from Varn City to Tollvik, Tarnland when the fire started."
    assert small_port_labels(text) == {LABEL_OF_TYPE["Port"]}


def test_a_direction_word_before_a_continent_or_a_state_is_no_town():
    """'the largest shipyard in Eastern Europe': a port word about a part of a continent or a state
    does not make it a town that is a Port (place23)."""
    from spacy.tokens import Span

    from osint_graph.nlp.context.port_reading import unlisted_town

    register_extensions()
    nlp = load_model()
    gaz = Gazetteer([GazetteerEntry("Country", "Varnia", (), {"iso2": "ZV"}, {})])
    doc = nlp("The Tarvik shipyard is the largest shipyard in Eastern Europe and Northern Varnia, not Kessel.")

    def span(text: str) -> Span:
        words = text.split()
        i = next(t.i for t in doc if t.text == words[0])
        return Span(doc, i, i + len(words))

    assert not unlisted_town(span("Eastern Europe"), gaz)
    assert not unlisted_town(span("Northern Varnia"), gaz)
    assert unlisted_town(span("Kessel"), gaz)


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        ("Gunmen attacked the Quarnby Port Authority complex.", "Quarnby Port Authority", {"quarnby"}),
        ("The Tarvik Harbour Board met on Monday.", "Tarvik Harbour Board", {"tarvik"}),
        ("The Quarnby Shipping Company denied it.", "Quarnby Shipping Company", set()),
        ("The port authority of Quarnby said so.", "port authority", set()),
    ],
)
def test_a_port_body_named_after_a_place_names_a_port(text, body, expected):
    """'the Varn Port Authority': a port's own body names the place a port (place23)."""
    from spacy.tokens import Span

    from osint_graph.gazetteer_entry import normalise_name
    from osint_graph.nlp.context.port_reading import port_body_names

    register_extensions()
    doc = load_model()(text)
    words = body.split()
    i = next(t.i for t in doc if t.text == words[0])
    doc.ents = [Span(doc, i, i + len(words), label="ORG")]
    assert {normalise_name(n) for n in expected} == port_body_names(doc)


# A written list 'X, Y, and Z' after a port word is one list whatever the parse hangs its last name on
# (port27: 'Ports in X, Y, and Z saw an increase': the parse made Z the verb's subject); a lone comma
# is no list ('the port of X, Y': Y the region X lies in).
TARNHOLM = GazetteerEntry("Port", "Tarnholm", (), {"locode": "ZZTRH"}, {"reference": "yes"})


@pytest.fixture(scope="module")
def written_list_labels():
    return _reader(Gazetteer([QUARNBY, VELMHAVEN, TARNHOLM]), "Quarnby", "port_reading_written_list_test")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ports in Velmhaven, Tarnholm, and Quarnby saw an increase in activity. Police in Quarnby acted.", "Port"),
        ("Terminals in Velmhaven, Tarnholm and Quarnby reopened as goods arrived. Quarnby has a museum.", "Port"),
        # no port word before the list, or no list: the town stays where people are
        ("Schools in Velmhaven, Tarnholm, and Quarnby saw an increase in pupils. Police in Quarnby acted.", "Location"),
        ("The port of Velmhaven, Quarnby, was shut on Monday. Police in Quarnby made arrests.", "Location"),
    ],
)
def test_a_written_list_after_a_port_word_names_each_place_a_port(written_list_labels, text, expected):
    assert written_list_labels(text) == {LABEL_OF_TYPE[expected]}
