"""A closing frame whose speaker is a name with its description after it (issue 12, thirty-second round):
osint_graph/nlp/attribution_described_speaker.py.

Made-up companies, ships and places; the stand-alone pipeline of tests/test_nlp_claims.py. Each shape has
a twin that must not give the name the claim.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Karsk", "Brennport"],
    "ORG": ["Tarvik Lines", "Brenn Ship Management", "Kestrel Offshore", "Varn Lines"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


CLAIM = "Gunmen boarded the Tern Vale and seized six crew members off Karsk on Sunday"


@pytest.mark.parametrize(
    "frame",
    [
        ", Tarvik Lines, the company that operates the vessel, said in a statement.",  # a relative clause, commas
        ", Tarvik Lines, the Norwegian company operating the vessel said on Monday.",  # no comma before the verb
        ", Tarvik Lines, the technical managers of the tanker said.",  # a plural title of a body
        ", Tarvik Lines, a Norwegian firm that manages the ship, said.",  # an indefinite description
    ],
)
def test_a_name_described_before_the_verb_speaks(run, frame):
    assert chain_of(run(CLAIM + frame), "six crew") == ["Tarvik Lines"]


def test_a_chunk_that_is_more_than_a_name_is_no_speaker(run):
    text = CLAIM + ", a blow to the insurers of Tarvik Lines, the company that operates the vessel, said."
    assert "Tarvik Lines" not in chain_of(run(text), "six crew")
