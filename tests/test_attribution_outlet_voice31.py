"""The outlet's own voice where a source was read (issue 12, thirty-first round, extra31).

Made-up vessels, bodies and places (real states); the stand-alone pipeline of tests/test_nlp_claims.py.
Each shape has a twin where the sentence does attribute, which must keep its source.
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


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


# --------------------------------------------------------------------------- the speaker's own act, carried


@pytest.mark.parametrize(
    "text",
    [
        # "they" points back to the plural speaker of the frame before: what the authorities did
        "Officials of the Varn Maritime Board said the Morrow Gull was carrying fuel. "
        "They tested its 12 crew members and detained two officers.",
        # "it" points back to the body that closed the sentence before
        "The Morrow Gull was hit by a drone near Karsk, the Coastal Watch Agency said. "
        "It then sent 12 patrol boats to the area.",
    ],
)
def test_a_pronoun_for_the_speaker_with_a_verb_of_acting_is_the_outlets_voice(run, text):
    assert chain_of(run(text), "12 ") == []


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # "they" are the sailors of the reported clause, nearer than the speaker: the account goes on
        (
            "Officials of the Varn Maritime Board said two sailors of the Morrow Gull were missing. "
            "They then boarded a raft with 12 other crew members.",
            ["Varn Maritime Board"],
        ),
        # "it" is the ship the speaker's clause names
        (
            "The Coastal Watch Agency said the Morrow Gull was hit by a drone. It then sank near Karsk with 12 crew.",
            ["Coastal Watch Agency"],
        ),
    ],
)
def test_a_pronoun_for_a_party_of_the_account_keeps_the_carried_chain(run, text, chain):
    assert chain_of(run(text), "12 ") == chain


# --------------------------------------------------------------------------- a date is no speaker


def test_a_date_the_parse_takes_for_a_subject_is_no_speaker(run):
    claims = run(
        "The Morrow Gull was freed with 12 crew members, the command of the Varn Maritime Board, a body set up in "
        "2008 to guard the coast, said Friday in Karsk."
    )
    assert "Friday" not in chain_of(claims, "12 crew")


def test_a_statement_dated_by_a_weekday_keeps_its_speaker(run):
    claims = run("The Morrow Gull was freed with 12 crew members, the Varn Maritime Board said Friday in Karsk.")
    assert chain_of(claims, "12 crew") == ["Varn Maritime Board"]


# --------------------------------------------------------------------------- a relative clause is no frame


def test_a_relative_clause_on_a_noun_of_the_sentence_frames_nothing(run):
    claims = run("Operation Tern was the Coastal Watch Agency's first patrol, which claims to have detained 12 ships.")
    assert chain_of(claims, "first patrol") == []


def test_a_speaker_inside_the_relative_clause_still_vouches_for_the_sentence(run):
    claims = run("The Varn Maritime Board detained 12 ships, which the Coastal Watch Agency said were smuggling fuel.")
    assert chain_of(claims, "smuggling fuel") == ["Coastal Watch Agency"]


# --------------------------------------------------------------------------- what an inquiry is, not what it says


@pytest.mark.parametrize(
    "text",
    [
        "The investigation by the Coastal Watch Agency began when 12 crew members of the Morrow Gull fell ill.",
        "Investigations by the Coastal Watch Agency into the 12 deaths on the Morrow Gull are ongoing.",
        "The Coastal Watch Agency investigation includes interviews with the 12 crew members of the Morrow Gull.",
    ],
)
def test_a_document_noun_with_a_verb_of_being_or_going_on_is_the_outlets_voice(run, text):
    assert chain_of(run(text), "12 ") == []


@pytest.mark.parametrize(
    "text",
    [
        "The investigation by the Coastal Watch Agency found that 12 crew members of the Morrow Gull fell ill.",
        "A report by the Coastal Watch Agency shows 12 crew members of the Morrow Gull fell ill.",
    ],
)
def test_a_document_noun_that_tells_a_finding_keeps_its_author(run, text):
    assert chain_of(run(text), "12 ") == ["Coastal Watch Agency"]
