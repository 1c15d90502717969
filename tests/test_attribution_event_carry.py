"""The same reported event carries its source on in the frame's paragraph (GUIDELINES, twenty-eighth
round, "How far a source's passage carries"; osint_graph/nlp/attribution_event_carry.py).

Made-up vessels, bodies and outlets; each carry has a negative twin: background, a remark on the
reporting, the source's own act, a new paragraph.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Brennport"],
    "OUTLET": ["Nordic Daily"],
    "ORG": ["Karsk Navy", "Varn Lines"],
    "COUNTRY": ["Norway"],
}  # fmt: skip


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


FRAME = "The Karsk Navy said a drone hit the Morrow Gull near Brennport on Monday. "


@pytest.mark.parametrize(
    "follow, key",
    [
        ("Two crew members were injured and the ship was towed to Brennport.", "towed"),
        ("The Morrow Gull was towed to Brennport by a tug.", "tug"),
        ("There were no casualties on the Morrow Gull.", "casualties"),
        ("The tanker has since been moved to Brennport.", "moved"),
    ],
)
def test_the_same_event_told_next_in_the_paragraph_is_the_sources(run, follow, key):
    claims = run(FRAME + follow)
    assert chain_of(claims, key) == ["Karsk Navy"]


@pytest.mark.parametrize(
    "follow, key",
    [
        ("The Morrow Gull is owned by Varn Lines.", "owned"),  # background: a general present
        ("The Morrow Gull was built in 2004 for Varn Lines.", "built"),  # background: a year
        ("Details about the Morrow Gull's crew were not released.", "Details"),  # a remark on the reporting
        ("The Karsk Navy sent a frigate to the Morrow Gull.", "frigate"),  # the source's own act
    ],
)
def test_background_remarks_and_the_sources_acts_stay_the_outlets(run, follow, key):
    claims = run(FRAME + follow)
    assert chain_of(claims, key) == []


def test_a_new_paragraph_is_the_pages_own(run):
    claims = run(FRAME + "\n\nTwo crew members of the Morrow Gull were injured and the ship was towed to Brennport.")
    assert chain_of(claims, "towed") == []


def test_a_sentence_with_a_frame_of_its_own_keeps_it(run):
    claims = run(FRAME + "The Morrow Gull was towed to Brennport, Nordic Daily reported.")
    assert chain_of(claims, "towed") == ["Nordic Daily"]


def test_it_telling_the_event_carries_but_it_ranking_the_event_does_not(run):
    carried = run(FRAME + "It was towed to Brennport by a tug.")
    ranked = run(FRAME + "It was the first attack on a tanker near Brennport this year.")
    assert chain_of(carried, "tug") == ["Karsk Navy"]
    assert chain_of(ranked, "first attack") == []


def test_a_passing_closing_frame_covers_its_own_sentence_only(run):
    # the negative twin of the first case: the source's frame closes the sentence
    text = "A drone hit the Morrow Gull near Brennport on Monday, the Karsk Navy said. Two crew members were injured."
    claims = run(text)
    assert chain_of(claims, "drone hit") == ["Karsk Navy"]
    assert chain_of(claims, "injured") == []
