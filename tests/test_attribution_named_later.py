"""A speaker described first and named later (thirty-second round, issue 12).

"The port's chief executive said C" in the lead and "CEO Tomas Varga told Wirewatch" further
down: the description is that person (`source_named_later.named_later`). Twins that must not
change: an indefinite "a spokesman" is a new speaker; a role no later name holds stays unnamed; a
description that points back to someone of that role named before. Made-up names; the stand-alone
pipeline of tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "ORG": ["Karsk Navy", "Brennholt Port"],
    "COUNTRY": ["Varnia", "Karsk"],
    "PERSON": ["Tomas Varga", "Ola Brenn", "Jane Lodde"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_the_chief_executive_is_the_ceo_named_later(run):
    claims = run(
        "Brennholt Port has lost half its traffic since May, the port's chief executive said on Monday.\n\n"
        "Ships now sail around Karsk.\n\n"
        '"We lost 85 percent of our activity," CEO Tomas Varga told reporters.'
    )
    assert chain_of(claims, "lost half its traffic") == ["Tomas Varga"]


def test_the_captain_is_the_captain_named_in_apposition_later(run):
    claims = run(
        "The frigate's guns failed when drones attacked it, the captain said on Thursday.\n\n"
        "The Karsk Navy has not commented.\n\n"
        "Ola Brenn, the frigate's captain, said the crew fixed the fault within hours."
    )
    assert chain_of(claims, "guns failed") == ["Ola Brenn"]


def test_an_indefinite_spokesman_is_no_person_named_later(run):
    claims = run(
        "The frigate's guns failed when drones attacked it, a spokesman said on Thursday.\n\n"
        "Navy spokesman Ola Brenn said the crew fixed the fault within hours."
    )
    assert chain_of(claims, "guns failed") != ["Ola Brenn"]


def test_a_role_no_later_name_holds_stays_unnamed(run):
    claims = run(
        "Brennholt Port has lost half its traffic since May, the port's chief executive said on Monday.\n\n"
        "Harbour pilot Tomas Varga said ships now sail around Karsk."
    )
    assert chain_of(claims, "lost half its traffic") != ["Tomas Varga"]


def test_the_role_named_before_points_back(run):
    claims = run(
        "Director Jane Lodde said the Tern Vale was held.\n\n"
        "Brennholt Port has lost half its traffic since May, the director said.\n\n"
        "Director Ola Brenn of the Karsk Navy said the fleet was ready."
    )
    assert chain_of(claims, "lost half its traffic") == ["Jane Lodde"]
