"""The outlet's own voice where a source was read (issue 12, thirty-second round, extra32).

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
    "PERSON": ["Lena Varga"],
    "COUNTRY": ["Finland"],
}
BODY = "\n\nThe Morrow Gull caught fire near Karsk on Monday."


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


# --------------------------------------------------------------------------- a headline's passive


@pytest.mark.parametrize(
    ("headline", "needle"),
    [
        # the auxiliary dropped: the sailors are feared dead, nobody named fears it
        ("Two Sailors Feared Dead After Morrow Gull Fire Near Karsk", "Feared Dead"),
        ("Dozens confirmed dead as Morrow Gull sinks off Karsk", "confirmed dead"),
        # "said to": the drone is what is said of, no speaker
        ("At Least One Drone Said to Have Struck Morrow Gull Near Karsk", "Struck"),
        # "blamed as": Finland is blamed, while the ship is said to have been hit
        ("Finland blamed as Morrow Gull said hit by drone near Karsk", "blamed"),
    ],
)
def test_a_headline_passive_without_its_auxiliary_has_no_speaker(run, headline, needle):
    assert chain_of(run(headline + BODY), needle) == []


@pytest.mark.parametrize(
    ("headline", "needle", "chain"),
    [
        # a present reporting verb: the agency speaks
        ("Coastal Watch Agency Says Two Sailors Died on Morrow Gull", "Two Sailors", ["Coastal Watch Agency"]),
        # a complement with its own subject: Finland said it
        ("Finland Said It Seized Morrow Gull Near Karsk", "Seized", ["Finland"]),
    ],
)
def test_a_headline_that_reports_keeps_its_speaker(run, headline, needle, chain):
    assert chain_of(run(headline + BODY), needle) == chain


def test_a_body_sentence_with_a_full_stop_is_no_headline_passive(run):
    text = "Karsk port closed\n\nThe Varn Maritime Board said the Morrow Gull was feared lost near Karsk."
    assert chain_of(run(text), "feared lost") == ["Varn Maritime Board"]


# --------------------------------------------------------------------------- the speaker's silence reported


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Lena Varga, a spokeswoman for the Coastal Watch Agency, said she could not give details of the "
            "Morrow Gull seizure near Karsk.",
            "give details",
        ),
        ("The Varn Maritime Board said it could not comment on whether the Morrow Gull was seized.", "comment"),
    ],
)
def test_a_frame_reporting_the_speakers_own_silence_is_the_outlets_voice(run, text, needle):
    assert chain_of(run(text), needle) == []


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        # a negated modal on a verb of the event, not of speaking: what the board found
        (
            "The Varn Maritime Board said it could not find the Morrow Gull near Karsk.",
            "find",
            ["Varn Maritime Board"],
        ),
        # the frame goes on reporting: one statement of the speaker's
        (
            "Lena Varga said she could not elaborate on the Morrow Gull seizure, but said 12 crew were detained.",
            "12 crew",
            ["Lena Varga"],
        ),
        # a negated account of the event, not of the speaker's statement
        (
            "The Coastal Watch Agency said it did not detain the Morrow Gull near Karsk.",
            "detain",
            ["Coastal Watch Agency"],
        ),
    ],
)
def test_a_frame_reporting_what_the_source_knows_keeps_it(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain


# --------------------------------------------------------------------------- a statement released on a topic


@pytest.mark.parametrize(
    "text",
    [
        "Varn Maritime Board released a statement on the explosion on the Morrow Gull near Karsk.",
        "The Coastal Watch Agency has released an official statement in regard to the Morrow Gull explosion.",
        "Varn Maritime Board shared a statement regarding the seizure of the Morrow Gull near Karsk.",
    ],
)
def test_a_statement_released_on_a_topic_only_is_an_act(run, text):
    assert chain_of(run(text), "statement") == []


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        # the statement says what it holds: its issuer's word
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
    ],
)
def test_a_statement_that_says_something_keeps_its_issuer(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Talks on the Morrow Gull went on in Karsk, with Finland reported to have attended some of them.", "Talks"),
        ("The master of the Morrow Gull, said to be in good health, was taken to Karsk on Monday.", "master"),
    ],
)
def test_a_reduced_passive_in_the_body_names_no_speaker(run, text, needle):
    assert chain_of(run(text), needle) == []


def test_a_body_frame_with_an_infinitive_keeps_its_speaker(run):
    text = "Finland said to expect more patrols near Karsk after the Morrow Gull was seized."
    assert chain_of(run(text), "patrols") == ["Finland"]
