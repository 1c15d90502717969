"""Sentences in the outlet's own voice that read like frames (issue 12, extra32, thirty-second round).

Three shapes (GUIDELINES, rulings of the thirty-second round): a headline's passive with its auxiliary
dropped, a frame reporting its speaker's own silence, a statement released on a topic only. Each has a
twin of the same shape that does attribute and keeps its source. Made-up ships, bodies, people and
places; the stand-alone pipeline of tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

NAMES = {
    "VESSEL": ["Morrow Gull"],
    "PORT": ["Karsk"],
    "ORG": ["Coastal Watch Agency", "Varn Maritime Board"],
    "PERSON": ["Lena Varga"],
    "COUNTRY": ["Finland"],
}
BODY = "\n\nThe Morrow Gull caught fire near Karsk on Monday."


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(NAMES)


OUTLET_VOICE = [
    # a headline's passive: the sailors are feared dead, the drone is said to have struck; nobody speaks
    ("Two Sailors Feared Dead After Morrow Gull Fire Near Karsk" + BODY, "Feared Dead"),
    ("Dozens confirmed dead as Morrow Gull sinks off Karsk" + BODY, "confirmed dead"),
    ("At Least One Drone Said to Have Struck Morrow Gull Near Karsk" + BODY, "Struck"),
    ("Finland blamed as Morrow Gull said hit by drone near Karsk" + BODY, "blamed"),
    # the same passive in the body, after "with" or set off by a comma
    ("Talks on the Morrow Gull went on in Karsk, with Finland reported to have attended some of them.", "Talks"),
    ("The master of the Morrow Gull, said to be in good health, was taken to Karsk on Monday.", "master"),
    # the speaker's own silence reported
    (
        "Lena Varga, a spokeswoman for the Coastal Watch Agency, said she could not give details of the "
        "Morrow Gull seizure near Karsk.",
        "give details",
    ),
    ("The Varn Maritime Board said it could not comment on whether the Morrow Gull was seized.", "comment"),
    # a statement named with its topic only
    ("Varn Maritime Board released a statement on the explosion on the Morrow Gull near Karsk.", "statement"),
    ("The Coastal Watch Agency released an official statement in regard to the Morrow Gull fire.", "statement"),
    ("Varn Maritime Board shared a statement regarding the seizure of the Morrow Gull near Karsk.", "statement"),
]


@pytest.mark.parametrize(("text", "needle"), OUTLET_VOICE)
def test_the_outlets_own_voice_has_no_source(run, text, needle):
    assert chain_of(run(text), needle) == []


TWINS = [
    # a headline that reports: a present verb, a complement with its own subject
    ("Coastal Watch Agency Says Two Sailors Died on Morrow Gull" + BODY, "Two Sailors", ["Coastal Watch Agency"]),
    ("Finland Said It Seized Morrow Gull Near Karsk" + BODY, "Seized", ["Finland"]),
    # a body sentence with a full stop and an auxiliary, or a subject that speaks before "to"
    (
        "Karsk port closed\n\nThe Varn Maritime Board said the Morrow Gull was feared lost near Karsk.",
        "feared lost",
        ["Varn Maritime Board"],
    ),
    ("Finland said to expect more patrols near Karsk after the Morrow Gull was seized.", "patrols", ["Finland"]),
    # a negated verb of the event, and a frame that goes on reporting
    ("The Varn Maritime Board said it could not find the Morrow Gull near Karsk.", "find", ["Varn Maritime Board"]),
    (
        "Lena Varga said she could not elaborate on the Morrow Gull seizure, but said 12 crew were detained.",
        "12 crew",
        ["Lena Varga"],
    ),
    ("The Coastal Watch Agency said it did not detain the Morrow Gull near Karsk.", "detain", ["Coastal Watch Agency"]),
    ("Finland said it did not give weapons to the crew of the Morrow Gull.", "weapons", ["Finland"]),
    # a statement that says what it holds
    (
        "Varn Maritime Board released a statement saying the Morrow Gull was hit by a drone near Karsk.",
        "Morrow Gull",
        ["Varn Maritime Board"],
    ),
    (
        "The Coastal Watch Agency released a statement that the Morrow Gull was seized near Karsk.",
        "Morrow Gull",
        ["Coastal Watch Agency"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "chain"), TWINS)
def test_the_twin_that_attributes_keeps_its_source(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain
