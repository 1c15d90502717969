"""Organisations in the shapes unseen news pages write them (issue 11, thirtieth round, org30), in
made-up prose, each with a negative twin that must not fire:

- a company named at the sentence's start with a ship noun inside its name ('Kestrel Tankers
  Management, operators of the tanker ...'): no ship named 'Management' (context/vessels.py
  `_inside_a_name`; 'management' in common/org_name_words.txt);
- a company's short name beside its full name that closes with 'Management', 'Enterprises', 'Club',
  'Company' or 'Corporation' (context/company_name_tails.txt): one entity;
- a squad is a body ('Tolmish Anti-Terrorist Squad'), no person (common/org_name_words.txt);
- a line drawn on a map ('the International Maritime Boundary Line (IMBL)', 'the Nine-Dash Line'):
  no organisation, nor its short form (entity_types/boundary_line_words.txt, thing_names.py);
- the classification societies and the P&I clubs the sources list (gazetteers/organizations.csv).
"""

from __future__ import annotations


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def ids(nlp, text):
    return {e.text: e._.entity_id for e in nlp(text).ents}


def test_a_company_at_the_sentences_start_names_no_ship_after_its_ship_noun(nlp):
    found = ents(nlp, "Kestrel Tankers Management, operators of the oil tanker MT Varnhold, said the crew was held.")
    assert ("Kestrel Tankers Management", "ORG") in found
    assert not any(t == "Management" for t, _ in found), found


def test_a_ship_noun_after_a_sentences_first_word_before_a_name_still_names_the_ship(nlp):
    found = ents(nlp, "Pirates said the tanker Varnhold Star was taken near the coast on Monday.")
    assert ("Varnhold Star", "VESSEL") in found


def test_a_companys_short_name_before_management_is_the_company(nlp):
    found = ids(nlp, "Kestrel Tankers Management owns the ship. Kestrel Tankers said the claim was false.")
    assert found.get("Kestrel Tankers") == found.get("Kestrel Tankers Management") is not None


def test_a_companys_short_name_before_enterprises_company_is_the_company(nlp):
    text = (
        "The tanker is operated by an Athens-based shipping company, Tarven Shipping Enterprises Company. "
        "Tarven Shipping said there was no leakage of oil."
    )
    found = ids(nlp, text)
    assert found.get("Tarven Shipping") == found.get("Tarven Shipping Enterprises Company") is not None


def test_another_companys_name_is_no_short_name(nlp):
    text = "Tarven Shipping Enterprises Company owns the ship. Brenmark Shipping said it had chartered her."
    found = ids(nlp, text)
    assert found.get("Brenmark Shipping") != found.get("Tarven Shipping Enterprises Company")


def test_a_squad_is_a_body_not_a_person(nlp):
    found = ents(nlp, (
        "Based on a tip-off, the Varnian Coast Guard and Tolmish Anti-Terrorist Squad (ATS) conducted a joint "
        "operation, said Olav Brenn, superintendent of police, ATS."
    ))
    assert ("Tolmish Anti-Terrorist Squad", "ORG") in found


def test_a_person_is_still_a_person_beside_a_squad(nlp):
    found = ents(nlp, "The Tolmish Anti-Terrorist Squad said Olav Brenn led the operation.")
    assert ("Olav Brenn", "PERSON") in found


def test_a_line_on_a_map_is_no_organisation(nlp):
    text = (
        "The Varnian Coast Guard found the boat near the International Maritime Boundary Line (IMBL). "
        "The boat had crossed the IMBL at night, inside the Nine-Dash Line."
    )
    found = ents(nlp, text)
    assert not any("Line" in t or t == "IMBL" for t, _ in found), found
    assert ("Varnian Coast Guard", "ORG") in found


def test_a_shipping_line_is_still_a_company(nlp):
    found = ents(nlp, "The Varnian Coast Guard said Kestrel Container Line had lost two boxes.")
    assert ("Kestrel Container Line", "ORG") in found


def test_listed_societies_and_clubs_are_organisations(nlp):
    text = (
        "Bulkers insured by Gard had fewer deficiencies, according to a study by Intercargo. "
        "The tanker was classed by ClassNK and entered with the Japan P&I Club."
    )
    found = ents(nlp, text)
    for name in ("Gard", "Intercargo", "ClassNK", "Japan P&I Club"):
        assert (name, "ORG") in found, found


def test_an_unlisted_word_beside_the_clubs_is_no_organisation(nlp):
    found = ents(nlp, "Bulkers insured by Gard had fewer deficiencies, according to a study published on Monday.")
    assert ("Gard", "ORG") in found
    assert not any(t == "Monday" and label == "ORG" for t, label in found), found
