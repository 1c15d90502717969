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
