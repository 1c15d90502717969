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


@pytest.fixture(scope="module")
def labels():
    register_extensions()
    nlp = load_model()
    ruler = GazetteerRuler(nlp, "port_reading_test", GAZ)

    def labels(text: str) -> set[str]:
        doc = ruler(nlp(text))
        read_ports(doc, [], GAZ)
        found = {e.label_ for e in doc.ents if e.text == "Quarnby"}
        assert found, f"Quarnby not found in {text!r}"
        return found

    return labels


@pytest.mark.parametrize(
    "text",
    [
        "The cable connecting Quarnby and the island was cut, officials said.",
        "Police in Quarnby arrested two men. The Quarnby court will hear the case on Monday.",
        "The sanctioned firms include traders in Quarnby and elsewhere.",
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
    ],
)
def test_a_port_word_a_home_port_or_a_voyage_makes_every_mention_the_port(labels, text):
    assert labels(text) == {LABEL_OF_TYPE["Port"]}


def test_a_firm_based_in_a_town_gives_it_no_port_role(labels):
    assert labels("The Quarnby-based company denied the report.") == {LABEL_OF_TYPE["Location"]}
