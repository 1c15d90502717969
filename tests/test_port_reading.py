"""One reading per place and article (GUIDELINES "Port or Location ... What the text gives
decides, one reading per file"): a town of the port list named only on land is a Location; one
sentence about ships there makes it a Port in every mention.

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
        "Police in Quarnby arrested two men. The tanker had sailed to Quarnby a week earlier.",
        "The freighter lay 40 nautical miles off Quarnby. Officials in Quarnby declined to comment.",
        "The crew went ashore in Quarnby on Monday. The court in Quarnby will hear the case.",
    ],
)
def test_one_seafaring_sentence_makes_every_mention_the_port(labels, text):
    # the third: 'crew' is a seafaring word (context/port_role_words), and the court's mention follows
    assert labels(text) == {LABEL_OF_TYPE["Port"]}
