"""An outlet that received leaked material in the story's opening frame does not make the page a repost of its story
(osint_graph/nlp/outlet_recipient.py, sources/rules/attribution/recipient_participles.txt); the twin, an outlet that
reports the opening, does (nlp/repost.py). Made-up names; the stand-alone pipeline of tests/test_credit_lines.py."""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "OUTLET": ["Wirewatch"],
    "ORG": ["Karsk Navy"],
}  # fmt: skip

REST = "\nThe Tern Vale unloaded 300 containers at Karsk in May.\nThe Karsk Navy escorted the ship on Monday."


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_documents_leaked_to_an_outlet_do_not_make_a_repost(run):
    claims = run("The Karsk Navy plans to blacklist 120 ships, internal documents, leaked to Wirewatch show." + REST)
    assert chain_of(claims, "300 containers") == []


def test_an_outlet_reporting_the_opening_makes_a_repost(run):
    claims = run("The Karsk Navy plans to blacklist 120 ships, Wirewatch reported." + REST)
    assert chain_of(claims, "300 containers") == ["Wirewatch"]


def test_documents_obtained_by_an_outlet_do_not_make_a_repost(run):
    claims = run("The Karsk Navy plans to blacklist 120 ships, documents obtained by Wirewatch show." + REST)
    assert chain_of(claims, "300 containers") == []
