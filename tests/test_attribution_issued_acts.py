"""Speech and evidence verbs that tell an act, not a statement (twenty-fifth round, issue 12).

An act told in the outlet's voice has no source (tests/gold/GUIDELINES.md, sixteenth round):
releasing a document named only (attribution/issued_documents.txt), a speaker finding a thing
(`attribution_acts.finds_thing`), declining to do something (`decline` is a withholding verb only,
attribution/verb_frames.csv). Each rule has a negative twin that keeps its source. Made-up names;
the stand-alone pipeline of tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "ORG": ["Karsk Navy", "Brennholt Shipping", "Office of Cargo Control"],
    "COUNTRY": ["Varnia", "Karsk"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_releasing_a_report_on_a_topic_is_an_act(run):
    claims = run("The Karsk Navy released a preliminary report on the collision of the Tern Vale.")
    assert chain_of(claims, "preliminary report") == []


def test_releasing_guidance_or_an_analysis_is_an_act(run):
    claims = run(
        "The Office of Cargo Control has also released guidance to help shippers spot the Tern Vale. "
        "The Karsk Navy released an analysis on Friday of the patrols around the Tern Vale."
    )
    assert chain_of(claims, "guidance") == []
    assert chain_of(claims, "analysis") == []


def test_a_released_report_saying_a_clause_keeps_its_source(run):
    claims = run("Brennholt Shipping released a report saying the Tern Vale had sunk off Varnia.")
    assert chain_of(claims, "sunk") == ["Brennholt Shipping"]


def test_a_statement_released_on_a_topic_stays_a_claim_with_no_source(run):
    # thirty-second round (extra32): a statement named with its topic only is an act, like a report on a
    # topic; the clause stays a claim about its issuer (attribution_statement_topic.py)
    claims = run("Brennholt Shipping has released an official statement in regard to the explosion on the Tern Vale.")
    assert chain_of(claims, "official statement") == []


def test_a_released_statement_saying_a_clause_stays_its_issuers_word(run):
    claims = run("Brennholt Shipping released a statement saying the Tern Vale had sunk off Varnia.")
    assert chain_of(claims, "sunk") == ["Brennholt Shipping"]


def test_a_released_report_showing_a_clause_keeps_its_source(run):
    claims = run("The Karsk Navy released a report showing the Tern Vale had been hit twice.")
    assert chain_of(claims, "hit twice") == ["Karsk Navy"]


def test_released_photos_keep_their_publisher(run):
    claims = run("The Karsk Navy released photos of the Tern Vale listing off Varnia.")
    assert chain_of(claims, "listing") == ["Karsk Navy"]


def test_a_speaker_finding_a_thing_is_an_act(run):
    claims = run("Karsk investigators have found traces of explosives on the Tern Vale.")
    assert chain_of(claims, "traces") == []


def test_material_showing_a_thing_is_no_finder(run):
    claims = run("A slide provided by the Karsk Navy shows the damage to the hull of the Tern Vale.")
    assert chain_of(claims, "damage") == ["Karsk Navy"]


def test_a_speaker_finding_a_clause_keeps_the_source(run):
    claims = run("The Karsk Navy found that the Tern Vale had been hit twice off Varnia.")
    assert chain_of(claims, "hit twice") == ["Karsk Navy"]


def test_declining_to_act_is_an_act(run):
    claims = run("Brennholt Shipping's lenders have declined to issue the firm letters of credit for the Tern Vale.")
    assert chain_of(claims, "letters of credit") == []


def test_declining_to_comment_is_still_withheld_and_a_clause_keeps_its_source(run):
    claims = run(
        "Brennholt Shipping declined to comment on the Tern Vale. "
        "Brennholt Shipping said the Tern Vale had left Varnia on Monday."
    )
    assert chain_of(claims, "declined to comment") == []
    assert chain_of(claims, "left Varnia") == ["Brennholt Shipping"]


def test_a_denial_after_a_semicolon_is_no_frame_of_the_clause_before(run):
    claims = run("Karsk says warning shots deter Varnia warship; Varnia denies it")
    assert chain_of(claims, "denies it") == []


def test_a_clause_before_a_comma_stays_what_the_verb_tells(run):
    claims = run("“The Tern Vale was hit twice off Varnia,” the Karsk Navy said.")
    assert chain_of(claims, "hit twice") == ["Karsk Navy"]
