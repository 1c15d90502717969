"""A pronoun speaker points back to the main-clause subject just before it (twenty-sixth round, issue 12).

"It said", "they maintain", "he said" after a sentence whose main-clause subject agrees with the
pronoun (a body for "it", a state's officials for "they", a person for "he", also across a quotation
the frame closes): that subject speaks, not the source the article cited last
(`osint_graph/nlp/subject_antecedent.py`). Each case has a twin where the subject does not agree or
stands too far back, and the source cited last keeps the words. A bare "a spokesperson said" speaks
for the body that spoke last, by a frame or by a speech act of its own
(`attribution_scope._speaker_scope`). Made-up names, real states; the stand-alone pipeline of
tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "ORG": ["Karsk Navy", "Varnel Council"],
    "COUNTRY": ["Estonia", "Latvia"],
    "PERSON": ["Piet Varga", "Lena Orell", "Ivo Orell"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_it_is_the_body_the_sentence_before_has_for_subject(run):
    claims = run(
        "The Karsk Navy said the Tern Vale was seized off Latvia. The Varnel Council rejected the claim on "
        "Monday. It said the ship had carried grain to Riga."
    )
    assert chain_of(claims, "carried grain") == ["Varnel Council"]


def test_it_after_a_ship_for_subject_is_the_source_cited_last(run):
    claims = run(
        "The Karsk Navy said the Tern Vale was seized off Latvia. The Tern Vale was towed to a port on "
        "Monday. It said the ship had carried grain to Riga."
    )
    assert chain_of(claims, "carried grain") == ["Karsk Navy"]


def test_they_after_a_states_officials_for_subject_is_that_state(run):
    claims = run(
        "The Karsk Navy said the Tern Vale was seized off Latvia. Latvian officials have yet to respond "
        "to the seizure. They maintain that the ship had carried grain to Riga."
    )
    assert chain_of(claims, "carried grain") == ["Latvian officials"]  # speaking for Latvia


def test_they_after_analysts_for_subject_is_the_source_cited_last(run):
    claims = run(
        "The Karsk Navy said the Tern Vale was seized off Latvia. Analysts have yet to respond to the "
        "seizure. They maintain that the ship had carried grain to Riga."
    )
    assert chain_of(claims, "carried grain") == ["Karsk Navy"]


def test_he_closing_a_quotation_of_two_sentences_is_the_subject_before_it(run):
    claims = run(
        "Lena Orell said the Tern Vale was seized off Latvia.\n\nPiet Varga ordered the crew to stay "
        "in port.\n\n“The tug left Riga at dawn. We will tow the ship to Tallinn,” he said on Monday."
    )
    assert chain_of(claims, "tow the ship") == ["Piet Varga"]


def test_he_after_a_person_subject_two_sentences_back_is_the_speaker_cited_last(run):
    claims = run(
        "Ivo Orell said the Tern Vale was seized off Latvia.\n\nPiet Varga ordered the crew to stay "
        "in port. The tug left Riga at dawn. We will tow the ship to Tallinn, he said on Monday."
    )
    # (a man cited last: "he" is never "Lena", thirty-second round's pronoun_gender.py)
    assert chain_of(claims, "tow the ship") == ["Ivo Orell"]


# ----------------------------------------------------------------- "an official said": the body that spoke last


BODY_SAID = "The Karsk Navy said the Tern Vale was seized off Latvia.\n\n"
OFFICIAL_SAID = "The Tern Vale carried 12 crew members, a spokesperson said."


@pytest.mark.parametrize(
    ("between", "chain"),
    [
        # a body's speech act is its account: the spokesperson after it is that body's
        ("A Varnel Council spokesman urged both sides to return to talks on Monday.\n\n", ["Varnel Council"]),
        # twin: no other body spoke, the body reported before keeps its official
        ("Both sides were asked to return to talks on Monday.\n\n", ["Karsk Navy"]),
    ],
)
def test_a_bare_official_speaks_for_the_body_that_spoke_last(run, between, chain):
    assert chain_of(run(BODY_SAID + between + OFFICIAL_SAID), "12 crew") == chain
