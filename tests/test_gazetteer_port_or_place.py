"""Port or place for the names of the reference lists: a town of the port list named as the sea
around it ('the coast of X') is a place, a port city a ship passes or lies off is the port; 'the
city of X' for a listed port is the port; a town named like a ship does not stop the vessel rules.

Made-up names: the rule must hold on the words around the name, not on a known town.  The
entries carry `reference = yes` as the reference port list's records do (hand rows do not).
"""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.gazetteer_ruler import GazetteerRuler
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.pipeline import load_model

QUARNBY = GazetteerEntry("Port", "Quarnby", (), {"locode": "ZZQRN"}, {"reference": "yes", "terminal": "yes"})
HAND = GazetteerEntry("Port", "Velmora", (), {"locode": "ZZVLM"}, {})


@pytest.fixture(scope="module")
def tag():
    register_extensions()
    nlp = load_model()
    ruler = GazetteerRuler(nlp, "gazetteer_test", Gazetteer([QUARNBY, HAND]))

    def tag(text: str, name: str) -> str:
        doc = ruler(nlp(text))
        labels = [e.label_ for e in doc.ents if e.text == name]
        assert labels, f"{name!r} not found in {text!r}"
        return labels[0]

    return tag


@pytest.mark.parametrize(
    "text",
    [
        "The frigate patrolled the coast of Quarnby overnight.",
        "Divers searched the Quarnby coast after the collision.",
    ],
)
def test_a_reference_port_after_an_offshore_cue_is_a_place(tag, text):
    assert tag(text, "Quarnby") == LABEL_OF_TYPE["Location"]


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Grey Heron docked at Quarnby port on Monday.",
        "The tanker Grey Heron unloaded its cargo in the port of Quarnby on Monday.",
        # a port city is a Port also where a ship only passes it or lies off it (GUIDELINES,
        # "Port or Location, by what the place is": "tracked near Varnhamn", "off Varnhamn")
        "The tanker Grey Heron was anchored off Quarnby for three days.",
        "Two cargo ships drifted near Quarnby on Tuesday, the coastguard said.",
    ],
)
def test_a_reference_port_named_as_a_port_stays_a_port(tag, text):
    assert tag(text, "Quarnby") == LABEL_OF_TYPE["Port"]


def test_a_hand_listed_port_stays_a_port_after_off(tag):
    """The analysts listed it as a port: the cue does not override their row."""
    assert tag("The tanker Grey Heron was anchored off Velmora for three days.", "Velmora") == LABEL_OF_TYPE["Port"]


def test_vessel_rules_weigh_only_the_hand_rows_against_a_vessel_noun():
    """A town or port of the reference lists does not stop 'the tanker X'; a hand row does."""
    from osint_graph.nlp.context.names import NameContext

    ctx = NameContext(
        Gazetteer(
            [
                QUARNBY,
                GazetteerEntry("Location", "Ostrava Nova", (), {}, {"kind": "city"}),
                GazetteerEntry("Organization", "Drovek Lines"),
            ]
        )
    )
    assert ctx.known_types("Quarnby") == {"Port"} and ctx.listed_types("Quarnby") == set()
    assert ctx.listed_types("Ostrava Nova") == set()
    assert ctx.listed_types("Drovek Lines") == {"Organization"}


def test_a_ship_named_like_a_reference_city_is_a_vessel(nlp):
    found = {(e.text, e.label_) for e in nlp("The Murmansk, a bulk carrier, was seized on Monday.").ents}
    assert ("Murmansk", LABEL_OF_TYPE["Vessel"]) in found


def test_the_city_of_a_listed_port_is_the_port():
    """'the city of X' is the port where the port list holds X as a port, not as an inland big city."""
    from osint_graph.nlp.context.names import NameContext
    from osint_graph.nlp.context.places import _city_port

    inland = GazetteerEntry("Port", "Dravsk", ("Port of Dravsk",), {}, {"reference": "yes", "hidden_names": "Dravsk"})
    terminal = GazetteerEntry(
        "Port", "Korvel", ("Korvel port",), {}, {"reference": "yes", "terminal": "yes", "hidden_names": "Korvel"}
    )
    ctx = NameContext(Gazetteer([QUARNBY, HAND, inland, terminal]))
    assert _city_port(ctx, "Quarnby") and _city_port(ctx, "Velmora") and _city_port(ctx, "Korvel")
    assert not _city_port(ctx, "Dravsk") and not _city_port(ctx, "Ostrava Nova")


def test_the_city_of_a_port_in_a_sentence(nlp):
    port, place = LABEL_OF_TYPE["Port"], LABEL_OF_TYPE["Location"]
    found = {(e.text, e.label_) for e in nlp("The tanker was bound for the Russian city of Novorossiysk.").ents}
    assert ("Novorossiysk", port) in found
    found = {(e.text, e.label_) for e in nlp("Protests spread in the city of Kharkiv on Friday.").ents}
    assert ("Kharkiv", place) in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a company's seat, joined by a hyphen: the town, not its port
        ("A Quarnby-controlled bulker was towed to safety on Monday.", "Quarnby", LABEL_OF_TYPE["Location"]),
        ("The Quarnby-based owner of the tanker did not comment.", "Quarnby", LABEL_OF_TYPE["Location"]),
        # a port of registry stays a port; a hand row is always a port
        ("The tanker sailed from Quarnby on Monday.", "Quarnby", LABEL_OF_TYPE["Port"]),
        ("A Velmora-based trader chartered the ship.", "Velmora", LABEL_OF_TYPE["Port"]),
    ],
)
def test_a_company_seat_is_a_place(tag, text, name, label):
    assert tag(text, name) == label


def test_an_island_the_locations_list_names_is_the_island_unless_named_as_a_port():
    """An island of locations.csv (`kind = island`) that the port list also names is the island
    ('troops on Korlasa'); 'Korlasa port' and 'the port of Korlasa' are the port."""
    register_extensions()
    nlp = load_model()
    port = GazetteerEntry("Port", "Korlasa", (), {"locode": "ZZKRL"}, {"reference": "yes", "terminal": "yes"})
    island = GazetteerEntry("Location", "Korlasa", (), {}, {"kind": "island"})
    ruler = GazetteerRuler(nlp, "gazetteer_island_test", Gazetteer([port, island]))

    def labels(text: str) -> list[str]:
        return [e.label_ for e in ruler(nlp(text)).ents if e.text == "Korlasa"]

    assert labels("Varnian troops on Korlasa were put on alert.") == [LABEL_OF_TYPE["Location"]]
    assert labels("The tanker docked at Korlasa port on Monday.") == [LABEL_OF_TYPE["Port"]]


# Two ports of one name: a hand row (the analysts' spelling, its other spelling as an alias) and a
# record of the reference list that spells it the same way (a homonym far away).  The hand row,
# first in gazetteer order, names the port, whatever order the matcher returns its matches in.
KESTRA = GazetteerEntry("Port", "Kestra", ("Kestrah", "Port of Kestrah"), {"locode": "ZZKST"}, {})
KESTRAH = GazetteerEntry(
    "Port", "Kestrah", ("Port of Kestrah",), {"locode": "ZYKST"}, {"reference": "yes", "hidden_names": "Kestrah"}
)


@pytest.mark.parametrize(
    "text",
    [
        "The frigates moved from the Port of Kestrah to the north on Monday.",
        "The tanker Grey Heron docked at the Port of Kestrah, the agency said.",
    ],
)
def test_a_name_two_ports_share_takes_the_first_entry(text):
    register_extensions()
    nlp = load_model()
    for order in ([KESTRA, KESTRAH], [KESTRA, KESTRAH][::-1]):
        gazetteer = Gazetteer(order)
        first = gazetteer.entries[0]
        doc = GazetteerRuler(nlp, "gazetteer_order_test", gazetteer)(nlp(text))
        names = {e._.canonical for e in doc.ents if "Kestrah" in e.text}
        assert names == {first.name}, (order[0].name, names)


def test_the_places_a_ship_is_en_route_from_and_to_are_ports(nlp):
    # 'en route' is a voyage like 'bound for' (context/port_object_nouns.txt); 'the port of X' names X
    port = LABEL_OF_TYPE["Port"]
    doc = nlp("The container ship, en route from Velmar, Ostland, to Kessia, Varnia, developed a list.")
    assert {e.text for e in doc.ents if e.label_ == port} == {"Velmar", "Kessia"}
    doc = nlp("The tanker was en route from the port of Velmar to Kessia when it was hit.")
    assert {e._.canonical for e in doc.ents if e.label_ == port} >= {"Velmar"}


@pytest.mark.parametrize("noun", ["city", "town"])
def test_the_port_town_of_a_name_is_a_port(nlp, noun):
    """'taken to the port town of X' names X as a port, as 'the port city of X' does, though no
    list knows X (the model alone may call it an organisation)."""
    doc = nlp(f"The tanker was seized off the coast of Karsia and taken to the port {noun} of Olvula.")
    assert ("Olvula", LABEL_OF_TYPE["Port"]) in {(e.text, e.label_) for e in doc.ents}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause about a ship: the port there (place23)
        ("Two explosions occurred in the city of Quarnby on the moored tanker Grey Heron.", "Port"),
        # the town on land or a ship's position: the article gives no port role (GUIDELINES "What the
        # text gives decides"), whatever the port list holds
        ("From the island, the southern Varnian city of Quarnby is visible to the naked eye.", "Location"),
        ("The sailor was taken to hospital in the city of Quarnby.", "Location"),
        ("The tanker was last tracked off the coast of the northern town of Quarnby.", "Location"),
    ],
)
def test_the_city_of_a_listed_port_is_the_port_where_ships_are(text, expected):
    from osint_graph.nlp.context.names import NameContext
    from osint_graph.nlp.context.places import place_of

    register_extensions()
    doc = load_model()(text)
    ctx = NameContext(Gazetteer([QUARNBY, HAND]))
    start = next(t.i for t in doc if t.lower_ in ("city", "town"))
    cands = []
    place_of(ctx, doc, start, start + 2, cands)
    assert [(doc[c.start : c.end].text, c.type) for c in cands] == [("Quarnby", expected)]
