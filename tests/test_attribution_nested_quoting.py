"""Chains that stop early: a speaker's frame under an outlet's closing frame.

"X said C, Wirewatch reported" (no "that"): the parser makes "reported" the complement of "said" and
hangs C on it; the outlet's frame, peeled off the end, heads the chain and X is the origin,
[Wirewatch, X] (`attribution_leading._complement_under_outer_frame`). Made-up names throughout.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import chain_of, standalone_pipeline
from claim_standalone import run as run_doc

ENTITIES = {
    "PERSON": ["Tomas Orell"],
    "OUTLET": ["Nordic Daily"],
    "ORG": ["Karsk Navy"],
    "VESSEL": ["Morrow Gull"],
}  # fmt: skip

LEAD = "The Morrow Gull sank on Monday. "


@pytest.fixture(scope="module")
def nlp():
    return standalone_pipeline(ENTITIES)


def _chain(nlp, text: str, needle: str = "crew of 12"):
    return chain_of(run_doc(nlp, LEAD + text, published=date(2024, 3, 4))._.claims, needle)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("The Karsk Navy says the crew of 12 was rescued, Nordic Daily reports.", ["Nordic Daily", "Karsk Navy"]),
        ("Tomas Orell said the crew of 12 was rescued, Nordic Daily reported.", ["Nordic Daily", "Tomas Orell"]),
        ("Tomas Orell told reporters the crew of 12 was rescued, Nordic Daily reported.",
         ["Nordic Daily", "Tomas Orell"]),
        # unchanged: with "that", and a speaker's trailing frame inside the outlet's
        ("Tomas Orell said on Sunday that the crew of 12 was rescued, Nordic Daily reported.",
         ["Nordic Daily", "Tomas Orell"]),
        ("The crew of 12 was rescued, Tomas Orell said, Nordic Daily reported.", ["Nordic Daily", "Tomas Orell"]),
    ],
)  # fmt: skip
def test_a_speakers_frame_under_an_outlets_closing_frame(nlp, text, chain):
    assert _chain(nlp, text) == chain


def test_an_outlets_own_report_has_no_inner_speaker(nlp):
    assert _chain(nlp, "The crew of 12 was rescued, Nordic Daily reported.") == ["Nordic Daily"]
