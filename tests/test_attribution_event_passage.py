"""The same event told on after an opening frame (issue 12, thirty-first round; GUIDELINES, twenty-eighth
round (a)): osint_graph/nlp/attribution_event_passage.py.

Made-up vessels, bodies and places; the stand-alone pipeline of tests/test_nlp_claims.py. Each shape has
a twin that must leave the sentence the outlet's own.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Karsk", "Brennport"],
    "ORG": ["Coastal Watch Agency", "Kestrel Offshore", "Varn Maritime Board"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


OPENINGS = [
    "The Coastal Watch Agency said that the Morrow Gull was detained near Karsk on Monday with 14 crew on board. ",
    "According to the Coastal Watch Agency, the Morrow Gull was detained near Karsk on Monday with 14 crew on board. ",
    "The Coastal Watch Agency confirmed that the Morrow Gull was detained near Karsk on Monday with 14 crew. ",
]


@pytest.mark.parametrize("opening", OPENINGS)
@pytest.mark.parametrize(
    "later",
    [
        "The vessel was escorted to Brennport, where 12 crew members were questioned.",  # a participant named
        "The ship was escorted to Brennport, where 12 crew members were questioned.",  # a description of one
        "The Morrow Gull was escorted to Brennport, where 12 crew members were questioned.",
    ],
)
def test_a_sentence_of_the_same_event_after_an_opening_frame_is_the_sources(run, opening, later):
    assert chain_of(run(opening + later), "12 crew") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    "later",
    [
        "The vessel is registered in Brennport and has 12 crew members.",  # what the ship is, not what happened
        "The vessel was flying a Brennport flag and had 12 crew members.",  # a state, told in the past
        "The vessel was not escorted to Brennport, where 12 crew members live.",  # negated: the writer's remark
        "The Tern Vale was escorted to Brennport, where 12 crew members were questioned.",  # no participant
        "Fishermen saw 12 crew members in Brennport.",  # a subject the account did not name
    ],
)
def test_a_sentence_that_does_not_tell_the_same_event_stays_the_outlets(run, later):
    assert chain_of(run(OPENINGS[0] + later), "12 crew") == []


def test_a_closing_frame_opens_no_event_passage(run):
    text = "The Morrow Gull was detained near Karsk on Monday, the Coastal Watch Agency said. "
    later = "The vessel was escorted to Brennport, where 12 crew members were questioned."
    assert chain_of(run(text + later), "12 crew") == []


def test_a_new_paragraph_is_the_outlets(run):
    later = "\n\nThe vessel was escorted to Brennport, where 12 crew members were questioned."
    assert chain_of(run(OPENINGS[0].strip() + later), "12 crew") == []


def test_a_sentence_that_does_not_go_on_ends_the_passage(run):
    text = (
        OPENINGS[0]
        + "The Varn Maritime Board is a regulator founded in 1990. "
        + "The vessel was escorted to Brennport, where 12 crew members were questioned."
    )
    assert chain_of(run(text), "12 crew") == []


def test_a_report_verb_inside_a_description_is_no_frame_of_its_own(run):
    text = OPENINGS[0] + "The vessel was escorted to Brennport by a tug they believed was 12 miles away."
    assert chain_of(run(text), "12 miles") == ["Coastal Watch Agency"]


def test_a_sentence_with_a_frame_that_names_no_source_is_not_carried(run):
    text = OPENINGS[0] + "Reports say the vessel was escorted to Brennport with 12 crew members."
    assert chain_of(run(text), "12 crew members") == []


def test_a_pronoun_subject_goes_on(run):
    text = "Kestrel Offshore confirmed that seven crew members of the Tern Vale were kidnapped off Karsk. "
    later = "They were taken ashore in two boats with 12 guards."
    assert chain_of(run(text + later), "12 guards") == ["Kestrel Offshore"]
