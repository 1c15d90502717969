"""A document cited alone speaks for the author the article named where it brought it in.

"the report found", "according to the letter", "the study showed": the author is read at the
document's earlier mention (a name in its compound, the subject that issued it, the subject of the
clause it frames); with no author written it stays evidence that speaks for nobody. Made-up names;
the stand-alone pipeline of tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale", "Tolm Star"],
    "ORG": ["Karsk Navy", "Brennholt Shipping"],
    "COUNTRY": ["Varnia", "Karsk"],
    "PERSON": ["Ola Tolm"],
    "OUTLET": ["Nordic Daily"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_the_report_points_to_the_body_that_released_it(run):
    claims = run(
        "The Karsk Navy released a report on Monday about the fire on the Tolm Star. "
        "Two teams failed to find a working hose on the Tolm Star, the report found."
    )
    assert chain_of(claims, "working hose") == ["Karsk Navy"]


def test_the_report_points_to_the_name_in_its_compound(run):
    claims = run(
        "A Karsk Navy report last year found the fire on the Tolm Star was preventable. "
        "Two teams failed to find a working hose on the Tolm Star, the report found."
    )
    assert chain_of(claims, "working hose") == ["Karsk Navy"]


def test_the_letter_points_to_the_speaker_of_the_clause_it_framed(run):
    claims = run(
        "In a letter to the council, Ola Tolm said the blasts on the Tern Vale were sabotage. "
        "The hull of the Tern Vale was breached in two places, according to the letter."
    )
    assert chain_of(claims, "two places") == ["Ola Tolm"]


def test_a_study_a_company_published_shows_for_it(run):
    claims = run(
        "Brennholt Shipping published a study on the Tern Vale on Monday. "
        "The study showed the Tern Vale carried 300 tonnes of chlorate."
    )
    assert chain_of(claims, "chlorate") == ["Brennholt Shipping"]


def test_a_report_with_no_author_speaks_for_nobody(run):
    claims = run(
        "A report on the Tern Vale appeared on Monday. The Tern Vale carried 300 tonnes of chlorate, the report said."
    )
    assert chain_of(claims, "chlorate") == []


def test_an_outlets_report_stays_the_outlets(run):
    claims = run(
        "Nordic Daily reported that the Tern Vale left Karsk on Monday. "
        "The Tern Vale carried 300 tonnes of chlorate, according to the report."
    )
    assert chain_of(claims, "chlorate") == ["Nordic Daily"]


# Twenty-eighth round (osint_graph/nlp/document_issuer.py, statement_issuer.released_by): a definite
# document met first speaks for the body cited last; "the report" after an outlet citing unnamed
# sources is the outlet's; "the government statement" is the story's state's; "a statement released
# by X" names X.
CHARGES = "A court in Karsk charged two companies over oil dumped from the Tern Vale, the Karsk Navy announced. "


def test_a_definite_document_met_first_speaks_for_the_body_cited_last(run):
    claims = run(
        CHARGES + "The indictment alleges that the Tern Vale was owned by Brennholt Shipping. "
        "The Tolm Star sailed from Karsk in May. "
        "According to the indictment, the Tern Vale dumped oil 12 times."
    )
    assert chain_of(claims, "owned by") == ["Karsk Navy"]
    assert chain_of(claims, "12 times") == ["Karsk Navy"]


def test_an_indefinite_document_with_no_author_still_speaks_for_nobody(run):
    claims = run(CHARGES + "An indictment alleges that the Tern Vale was owned by Brennholt Shipping.")
    assert chain_of(claims, "owned by") == []


def test_a_definite_document_after_a_persons_words_is_not_the_persons(run):
    claims = run(
        "The Tern Vale dumped oil off Karsk, Ola Tolm said. "
        "The indictment alleges that the Tern Vale was owned by Brennholt Shipping."
    )
    assert chain_of(claims, "owned by") == []


def test_the_report_after_an_outlet_citing_generic_sources_is_the_outlets(run):
    text = (
        "Nordic Daily reported on Tuesday, citing security sources, that the Tern Vale was seized off Karsk. "
        "The report says nine armed men boarded the Tern Vale."
    )
    assert chain_of(run(text), "nine armed men") == ["Nordic Daily"]
    body = text.replace("Nordic Daily reported", "The Karsk Navy said")
    assert chain_of(run(body), "nine armed men") != ["Nordic Daily"]  # a body's words: no outlet's report


def test_a_government_statement_speaks_for_the_story_state(run):
    lead = "A ferry sank off Karsk on Friday, and Karsk sent two boats to the Tern Vale. "
    claims = run(lead + "According to the government statement, the Tern Vale carried 12 crew members.")
    assert chain_of(claims, "12 crew") == ["Karsk"]
    claims = run(lead + "According to the statement, the Tern Vale carried 12 crew members.")
    assert chain_of(claims, "12 crew") != ["Karsk"]  # no word of the state's voice: not the story's state


def test_a_statement_released_by_a_body_names_it_for_the_note_after_it(run):
    text = (
        "The Tern Vale carried 300 tonnes of talc, the Karsk Navy said in a statement released by "
        "Brennholt Shipping. The note stated that 12 containers were seized at Karsk."
    )
    assert chain_of(run(text), "12 containers") == ["Brennholt Shipping"]
    plain = (
        "The Tern Vale carried 300 tonnes of talc, the Karsk Navy said in a statement released on "
        "Monday. The note stated that 12 containers were seized at Karsk."
    )
    assert chain_of(run(plain), "12 containers") == ["Karsk Navy"]  # no agent: the source cited last
