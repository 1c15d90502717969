"""Who "they" is (twenty-fifth round, issue 12): a plural subject named in apposition, and number agreement.

"The ship's owners, Brennholt Shipping, did not comment but they confirmed C": "they" is the plural
subject named in apposition (`SourceContext.plural_subject_before`), not the speaker cited last; and
"they" never points back to one person named (`SourceContext.corefer`). Made-up names; the
stand-alone pipeline of tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "ORG": ["Karsk Navy", "Brennholt Shipping"],
    "COUNTRY": ["Varnia", "Karsk"],
    "PERSON": ["Piet Varga"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_they_is_the_plural_subject_named_in_apposition(run):
    claims = run(
        "Piet Varga said the Tern Vale had been held for eight months. The ship's owners, Brennholt "
        "Shipping, did not comment about the ransom but they confirmed that the ship had been released."
    )
    assert chain_of(claims, "had been released") == ["Brennholt Shipping"]


def test_a_plural_subject_with_no_name_leaves_they_to_the_sources_cited(run):
    claims = run(
        "The Karsk Navy said the Tern Vale was towed to Varnia. Piet Varga said the crew was safe. "
        "The ship's owners did not comment but they confirmed that the ship had been released."
    )
    assert chain_of(claims, "had been released") == ["Karsk Navy"]


def test_they_never_points_back_to_one_person(run):
    claims = run(
        "Piet Varga said the Tern Vale had been held for eight months. The ship's owners did not "
        "comment about the ransom but they confirmed that the ship had been released."
    )
    assert chain_of(claims, "held for eight months") == ["Piet Varga"]
    assert chain_of(claims, "had been released") == []
