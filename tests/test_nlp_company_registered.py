"""A company named beside a ship's cues, on made-up texts: a name that ends in a company's form or
an organisation's word is the owner, not the ship ('the Varn-registered Tern Vale Shipping
Company'); a short name in brackets after a company's name is its acronym though not in capitals
('Tern Ocean Shipping Co. (Toscor)'); a court or a
fund is a body by its last word (sources/rules/common/org_suffixes.txt); a name the model took for a
person is a company after a noun only a company is called by, or before "'s lenders" (context/
company_nouns_before.txt, company_nouns_after.txt)."""

from __future__ import annotations


def ents(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label_, e._.entity_id) for e in nlp(text).ents}


def test_a_registered_company_is_no_ship(nlp):
    found = ents(nlp, "The master of the tanker owned by the Karsk-registered Tern Vale Shipping Company was fined.")
    assert found.get("Tern Vale Shipping Company", ("",))[0] == "ORG"


def test_a_company_acronym_in_title_case_is_the_company(nlp):
    doc_ents = ents(
        nlp,
        "Prosecutors charged Brennhavn Ocean Shipping Co. (Broscor) on Monday. "
        "Karsk-registered Broscor, owner of the tanker, failed to answer a call.",
    )
    company = doc_ents.get("Brennhavn Ocean Shipping Co.")
    assert company is not None and company[0] == "ORG"
    assert doc_ents.get("Broscor") == company


def test_a_court_and_a_fund_are_bodies(nlp):
    found = ents(
        nlp,
        "The Varnholm High Court fined the owner. The International Karsk Compensation Fund said fishermen lost money.",
    )
    assert found.get("Varnholm High Court", ("",))[0] == "ORG"
    assert found.get("International Karsk Compensation Fund", ("",))[0] == "ORG"


def test_a_name_after_a_company_noun_is_the_company(nlp):
    found = ents(nlp, "Shares fell after the trading firm Dal Venner said on Monday that output dropped.")
    assert found.get("Dal Venner", ("",))[0] == "ORG"
    found = ents(nlp, "Kerrin Holt is the owner of one of the largest fuel suppliers, Ostrel Marine.")
    assert found.get("Ostrel Marine", ("",))[0] == "ORG"


def test_a_name_with_lenders_is_the_company(nlp):
    found = ents(nlp, "Dal Venner's lenders declined to issue new letters of credit to the firm.")
    assert found.get("Dal Venner", ("",))[0] == "ORG"
