"""Ports of call the parse hides, and port roles that are none (port28; GUIDELINES "Port or Location ...
What in the text makes a port" and the twenty-fifth round's island ruling).

- a voyage whose subject is a pronoun pointing back to a ship ("It set off from the town of X");
- a phrasal voyage verb ("set off", "cast off") and "be on its way from X to Y";
- a terminal named with its trade ("the X oil shipment terminal") and a wharf named by an island;
- a town before "-based" where the phrase's head noun is no ship ("X-based entities whose vessels",
  "X-based Kessel Ship Management"): a company's seat, no home port;
- a refinery named by its place ("the Tarvik Refinery") is a place, where a tanker heads too.

Made-up names and texts; each rule has a near text where it must not fire.
"""

from __future__ import annotations

import pytest
from test_port_reading import _reader  # labels after the gazetteer and read_ports

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.labels import LABEL_OF_TYPE

PORT, LOCATION = LABEL_OF_TYPE["Port"], LABEL_OF_TYPE["Location"]
# a small port of the list (`cue = port`): the gazetteer reads its bare name as a place
TOLLVIK = GazetteerEntry("Port", "Tollvik", (), {"locode": "ZZTLV"}, {"reference": "yes", "cue": "port"})
QUARNBY = GazetteerEntry("Port", "Quarnby", (), {"locode": "ZZQRN"}, {"reference": "yes"})
GAZ = Gazetteer([TOLLVIK, QUARNBY])


@pytest.fixture(scope="module")
def tollvik():
    return _reader(GAZ, "Tollvik", "port28_tollvik_test")


@pytest.fixture(scope="module")
def quarnby():
    return _reader(GAZ, "Quarnby", "port28_quarnby_test")


@pytest.mark.parametrize(
    "text",
    [
        # the subject is a pronoun; the sentence before names the ship
        "The submarine Varn Hale was lost last week. It had set off from Tollvik on the Varn coast.",
        "The freighter Tern Vale left port on Monday. It set off from Tollvik at dawn.",
        # a phrasal voyage verb with the ship as subject
        "On Monday evening the ferry cast off from Tollvik with 60 passengers.",
        # 'be' with the voyage's noun: the parse hangs 'to' on 'been'
        "The Tern Vale had been on its way from Kessary to Tollvik with seven crew on board.",
    ],
)
def test_a_voyage_the_parse_hides_makes_the_port(tollvik, text):
    assert tollvik(text) == {PORT}


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun with no ship before it: a plane, a convoy
        "The transport plane was lost last week. It had set off from Tollvik on the Varn coast.",
        "The convoy of trucks was stopped. It had set off from Tollvik before dawn.",
        # a pronoun with a ship before it, but no voyage to or from the town
        "The submarine Varn Hale was lost last week. It was last seen near Tollvik.",
        # 'she' is a woman far more often than a ship
        "The ferry Tern Vale sank on Monday. She was heading home to the village of Tollvik with her daughter.",
        # people, not a ship, on their way
        "The delegates had been on their way from Kessary to Tollvik when the talks were cancelled.",
    ],
)
def test_no_voyage_of_a_ship_leaves_the_place(tollvik, text):
    assert tollvik(text) == {LOCATION}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tanker left the Quarnby oil shipment terminal on Monday. Police in Quarnby declined to comment.", PORT),
        ("A fire broke out at the Quarnby crude oil terminal. Police in Quarnby declined to comment.", PORT),
        # the trade's words alone, no port word after them
        ("Quarnby oil exports rose. Police in Quarnby declined to comment.", LOCATION),
    ],
)
def test_a_terminal_named_with_its_trade_is_a_port_word(quarnby, text, expected):
    assert quarnby(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's seat: the head noun after '-based' is no ship
        (
            "Classification was sought for the tankers by Quarnby-based entities whose vessels fly other flags.",
            LOCATION,
        ),
        ("The tankers are operated by Quarnby-based Kessel Ship Management, the report said.", LOCATION),
        # a ship based there: its home port
        ("The Quarnby-based destroyer shot down two drones. Police in Quarnby declined to comment.", PORT),
        ("The Quarnby-based patrol vessel Tern Vale left on Monday.", PORT),
    ],
)
def test_based_names_a_home_port_only_before_a_ship(quarnby, text, expected):
    assert quarnby(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the companies that run the ships sit in the town (context/seat_nouns)
        ("The tankers are operated by various entities in Quarnby and elsewhere, the registry said.", LOCATION),
        ("The freighter's owner in Quarnby did not answer calls.", LOCATION),
        # a ship's stay in the town
        ("The tankers are moored in Quarnby and elsewhere, the registry said.", PORT),
    ],
)
def test_a_company_noun_names_a_seat_not_a_voyage(quarnby, text, expected):
    assert quarnby(text) == {expected}


def test_an_island_named_with_its_wharf_is_the_port(nlp):
    """GUIDELINES, twenty-fifth round: 'tied up at Tarsk Island wharf' makes the island a Port; an
    island a ship only sails from stays a place."""
    text = "The Tern Vale is still under arrest, tied up at Tarsk Island wharf. Crews on Tarsk Island waited."
    assert {e.label_ for e in nlp(text).ents if e.text == "Tarsk Island"} == {PORT}
    text = "The Tern Vale sailed out of Tarsk Island on Monday. Crews on Tarsk Island waited."
    assert {e.label_ for e in nlp(text).ents if e.text == "Tarsk Island"} == {LOCATION}


def test_a_refinery_named_by_its_place_is_a_location(nlp):
    """'headed to the Tarvik Refinery': a refinery is a site on land, no port of call (dev gold)."""
    text = "The tanker Tern Vale was believed to be headed to the Tarvik Refinery in Varnia."
    assert {e.label_ for e in nlp(text).ents if e.text == "Tarvik Refinery"} == {LOCATION}
    text = "The tanker Tern Vale was believed to be headed to Tarvik in Varnia."
    assert {e.label_ for e in nlp(text).ents if e.text == "Tarvik"} == {PORT}


# A territory on the port list is the place where ships go unless the article names it as a port
# (GUIDELINES "Territories that are not states"); a port word or a list after one names it so too.
VELMORA_PLACE = GazetteerEntry("Location", "Velmora", (), {"iso2": "ZV"}, {})
TERRITORY_GAZ = Gazetteer([VELMORA_PLACE, QUARNBY])


@pytest.fixture(scope="module")
def velmora():
    return _reader(TERRITORY_GAZ, "Velmora", "port28_territory_test")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The container-freight hubs in Velmora closed as the storm hit. Velmora braced for floods.", PORT),
        ("Container terminals across Quarnby, Velmora and Tarvik shut on Monday. Velmora braced for floods.", PORT),
        # no port word: the territory stays the place
        ("The financial hubs in Velmora closed as the storm hit. Velmora braced for floods.", LOCATION),
        ("The tanker was escorted toward Velmora. It was later impounded by Velmora.", LOCATION),
    ],
)
def test_a_territory_named_with_a_port_word_is_the_port(velmora, text, expected):
    assert velmora(text) == {expected}
