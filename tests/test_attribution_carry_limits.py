"""Where a carried passage stops: a jump in time or a new actor (issue 12, thirtieth round).

Made-up vessels, bodies and places (real states); the stand-alone pipeline of tests/test_nlp_claims.py.
Each cue has a twin that must keep the carried chain.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull"],
    "PORT": ["Karsk"],
    "ORG": ["Coastal Watch Agency", "Varn Maritime Board"],
    "COUNTRY": ["Finland"],
}
OPENING = "The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. "


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


# --------------------------------------------------------------------------- a jump in time


@pytest.mark.parametrize(
    "later",
    [
        "It was fined in 2019 for sailing with 12 crew members and no papers.",
        "It was fined last year for sailing with 12 crew members and no papers.",
        "It has sailed with 12 crew members and no papers since March.",
    ],
)
def test_a_sentence_dated_before_the_event_leaves_the_carried_passage(run, later):
    assert chain_of(run(OPENING + later), "12 crew") == []


@pytest.mark.parametrize(
    "later",
    [
        "It was towed to Karsk with 12 crew members on board.",
        "It has sailed with 12 crew members and no papers.",  # a perfect with no "since": the account goes on
    ],
)
def test_a_sentence_of_the_event_keeps_the_carried_passage(run, later):
    assert chain_of(run(OPENING + later), "12 crew") == ["Coastal Watch Agency"]


def test_a_dated_sentence_with_its_own_frame_keeps_its_source(run):
    claims = run(OPENING + "It was fined in 2019 for sailing with 12 crew members, the agency said.")
    assert chain_of(claims, "12 crew") == ["Coastal Watch Agency"]


def test_a_dated_sentence_in_the_speakers_quotation_keeps_the_speaker(run):
    claims = run(OPENING + "“It was fined in 2019 for sailing with 12 crew members.”")
    assert chain_of(claims, "12 crew") == ["Coastal Watch Agency"]


# --------------------------------------------------------------------------- a new actor


@pytest.mark.parametrize(
    "text",
    [
        # between a source's frame and an outlet's closing "..., X reports" (paragraph_review)
        OPENING + "The Varn Maritime Board fined its 12 crew members. "
        "The ship was towed to Karsk, Finland's Nordic Daily reports.",
        # inside the account a state gives alone (sole_account)
        "Finland said the Morrow Gull was detained near Karsk on Monday. In a statement, Finland said it towed "
        "the Morrow Gull. The Varn Maritime Board fined its 12 crew members. It was towed to Karsk, Finland said.",
    ],
)
def test_a_body_the_source_did_not_name_acting_leaves_the_carried_passage(run, text):
    assert chain_of(run(text), "12 crew") == []  # the writer tells what another body did


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (
            "The Coastal Watch Agency said the Varn Maritime Board detained the Morrow Gull near Karsk on Monday. "
            "The Varn Maritime Board fined its 12 crew members. "
            "The ship was towed to Karsk, Finland's Nordic Daily reports.",
            ["Nordic Daily"],
        ),
        (
            "Finland said the Morrow Gull was detained near Karsk on Monday. In a statement, Finland said the Varn "
            "Maritime Board towed the Morrow Gull. The Varn Maritime Board fined its 12 crew members. It was towed "
            "to Karsk, Finland said.",
            ["Finland"],
        ),
    ],
)
def test_a_party_the_source_named_keeps_the_carried_passage(run, text, chain):
    assert chain_of(run(text), "12 crew") == chain
