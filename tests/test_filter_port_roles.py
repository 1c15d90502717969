"""The learned entity filter's `port_role` feature (nlp/filter_port_roles.py): a port word about a place
candidate's mention or a ship's voyage at it, read as the one Port-or-Location reading reads them
(GUIDELINES "What in the text makes a port"); none for a position, a land journey or another type.

Made-up names and texts; each shape has a twin that must not fire.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from osint_graph.nlp.filter_port_roles import port_role_features

PLACE = "Quarnby"


def _roles(nlp, text: str, type_: str = "Port") -> set[str]:
    doc = nlp(text)
    spans = [Span(doc, t.i, t.i + 1) for t in doc if t.text == PLACE]
    return set(port_role_features(doc, type_, spans))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The tanker was turned away from the oil terminal at Quarnby on Thursday.", "port_role=word"),
        ("The frigate docked at the port of Quarnby after the exercise.", "port_role=word"),
        ("The fishing boat had set sail from Quarnby before dawn, the coast guard said.", "port_role=voyage"),
        ("The bulk carrier was bound for Quarnby with a cargo of grain.", "port_role=voyage"),
    ],
)
def test_a_port_word_or_a_voyage_gives_the_role(nlp, text, role):
    assert role in _roles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister was turned away from the meeting at Quarnby on Thursday.",  # no port word
        "The tanker sank 20 nautical miles off Quarnby on Thursday.",  # a position, no call
        "The delegation had set off from Quarnby by car before dawn.",  # a journey on land
    ],
)
def test_a_position_or_a_land_journey_gives_none(nlp, text):
    assert not _roles(nlp, text)


def test_only_places_get_the_feature(nlp):
    text = "The bulk carrier was bound for Quarnby with a cargo of grain."
    assert _roles(nlp, text, "Location")
    assert not _roles(nlp, text, "Organization")
