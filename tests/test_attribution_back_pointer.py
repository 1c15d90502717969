"""'A. | This was announced by X.': a passive speech verb on a bare "this"/"that" presents the sentence
before it, which takes X as its source (issue 12, thirty-second round): osint_graph/nlp/attribution_acts.py
(`_points_back`, `attribution/back_pointers.txt`) with attribution_scope._back_reference_scope.

Made-up bodies, ships and places; the stand-alone pipeline of tests/test_nlp_claims.py. Each verb has a twin
whose passive subject is a thing, an act told by the outlet.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "PORT": ["Brennport"],
    "ORG": ["Karsk Defence Ministry"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


LEAD = "The frigate Tern Vale was attacked at dawn by three drones near Brennport. "


@pytest.mark.parametrize("verb", ["announced", "confirmed", "noted", "reported"])
def test_a_sentence_a_bare_this_points_back_at_takes_the_agent(run, verb):
    text = LEAD + f"This was {verb} by the Karsk Defence Ministry."
    assert chain_of(run(text), "three drones") == ["Karsk Defence Ministry"]


@pytest.mark.parametrize("verb", ["announced", "confirmed"])
def test_a_thing_announced_is_an_act_and_passes_nothing_back(run, verb):
    text = LEAD + f"The attack was {verb} by the Karsk Defence Ministry."
    assert chain_of(run(text), "three drones") == []
