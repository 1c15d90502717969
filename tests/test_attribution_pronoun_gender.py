"""Who "he" or "she" is (thirty-second round, issue 12): the given name's sex, an unnamed person
subject, the sentence before a quotation.

"Greta Orvik ... Tomas Varga praised the crew. “C,” she said": "she" is no Tomas
(`pronoun_gender.agrees`, Faker's female-only and male-only given names); "A Brennholt Shipping
representative said C. He said D": "he" is that representative, not the person named last
(`subject_antecedent.person_subject_before`). Each with a twin that must not change. Made-up names;
the stand-alone pipeline of tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

from osint_graph.nlp.pronoun_gender import agrees, name_sex

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "ORG": ["Karsk Navy", "Brennholt Shipping"],
    "COUNTRY": ["Varnia", "Karsk"],
    "PERSON": ["Greta Orvik", "Tomas Varga", "Kim Lodde"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_name_sex_reads_the_given_name():
    assert name_sex("Greta Orvik") == "female"
    assert name_sex("Lt. Cmdr. Tomas Varga") == "male"
    assert name_sex("Kim Lodde") is None  # a given name of both sexes
    assert name_sex("Orvik") is None  # a surname alone says nothing


def test_agrees_only_rules_out():
    assert not agrees("she", "Tomas Varga")
    assert not agrees("his", "Greta Orvik")
    assert agrees("she", "Greta Orvik") and agrees("he", "Kim Lodde") and agrees("it", "Tomas Varga")


def test_she_is_not_the_man_named_last(run):
    claims = run(
        "Greta Orvik, the port's harbour master, said the Tern Vale was held at the pier. "
        "Tomas Varga, a deckhand, said he was hurt. Later she said the crew would be released."
    )
    assert chain_of(claims, "crew would be released") == ["Greta Orvik"]


def test_he_is_still_the_man_named_last(run):
    claims = run(
        "Greta Orvik, the port's harbour master, said the Tern Vale was held at the pier. "
        "Tomas Varga, a deckhand, said he was hurt. Later he said the crew would be released."
    )
    assert chain_of(claims, "crew would be released") == ["Tomas Varga"]


def test_he_is_the_unnamed_representative_of_the_sentence_before(run):
    claims = run(
        "Tomas Varga said the Tern Vale was held at the pier.\n\n"
        "A Brennholt Shipping representative said the crew had not been told. "
        "He said the owners would pay the fees."
    )
    assert chain_of(claims, "owners would pay") == ["Brennholt Shipping"]


def test_he_after_a_named_subject_keeps_the_name(run):
    claims = run(
        "Tomas Varga said the Tern Vale was held at the pier.\n\n"
        "Brennholt Shipping said the crew had not been told. Later he said the owners would pay the fees."
    )
    assert chain_of(claims, "owners would pay") == ["Tomas Varga"]


def test_the_sentence_before_a_quote_is_found_past_a_closing_mark(run):
    claims = run(
        "Greta Orvik said the Tern Vale was held.\n\n"
        'Tomas Varga ordered the Karsk Navy to leave the boats that "are violating our waters."\n\n'
        '"This is a clear provocation... We will defend our waters," he said in a statement.'
    )
    assert chain_of(claims, "We will defend our waters") == ["Tomas Varga"]
