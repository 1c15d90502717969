"""A company named only by what the sentence says of it as a ship's owner or operator (issue 11,
round twenty-five, fresh dev dev-cr..dev-cv): the name before a ship noun that the ship's own name
follows, a name glued to "-owned"/"-operated"/"-managed"/"-chartered", "insured with"/"classed by"
before a name, a plural ship noun closing a company's name, a capitalised "Ports" inside a company's
name. Each with its negative twin (a person, a place, a demonym, a ship after the same cue). Made-up
names on made-up texts."""

from __future__ import annotations

import pytest


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


@pytest.mark.parametrize(
    "text,owner,ship",
    [
        ("The blast hit during a transfer with the Norvikel vessel Tern Vale on Monday.", "Norvikel", "Tern Vale"),
        ("A fire broke out on a Karsvold Tankers tanker Brenna Star off the coast.", "Karsvold Tankers", "Brenna Star"),
    ],
)
def test_a_name_before_a_ship_noun_and_the_ships_name_is_its_owner(nlp, text, owner, ship):
    found = ents(nlp, text)
    assert (owner, "ORG") in found
    assert (ship, "VESSEL") in found


def test_a_demonym_before_a_ship_noun_and_the_ships_name_names_no_company(nlp):
    found = ents(nlp, "The blast hit during a transfer with the Greek vessel Tern Vale on Monday.")
    assert ("Tern Vale", "VESSEL") in found
    assert not any(label == "ORG" for _, label in found)


def test_a_place_before_a_ship_noun_and_the_ships_name_names_no_company(nlp):
    found = ents(nlp, "The blast hit during a transfer with the Rotterdam vessel Tern Vale on Monday.")
    assert ("Rotterdam", "ORG") not in found


def test_a_persons_name_before_a_ship_noun_and_the_ships_name_names_no_company(nlp):
    found = ents(nlp, "The blast hit a transfer with the Ivan Petrov vessel Tern Vale on Monday.")
    assert ("Ivan Petrov", "ORG") not in found


def test_a_ship_noun_before_a_date_names_no_owner(nlp):
    found = ents(nlp, "The crew of the Norvikel tanker Monday said the fire was out.")
    assert ("Norvikel", "ORG") not in found


@pytest.mark.parametrize(
    "text,name",
    [
        ("A Norvikel-owned tanker was hit off the coast on Monday.", "Norvikel"),
        ("The Brastoval-operated terminal closed on Monday.", "Brastoval"),
        ("A Kelvrano-managed bulker ran aground on Monday.", "Kelvrano"),
        ("The Tolvessa-chartered vessel left port on Monday.", "Tolvessa"),
    ],
)
def test_a_name_glued_to_a_participle_of_owning_or_running_a_ship_is_a_company(nlp, text, name):
    assert (name, "ORG") in ents(nlp, text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("A Greek-owned tanker was hit off the coast on Monday.", "Greek"),
        ("A Panama-flagged tanker was hit off the coast on Monday.", "Panama"),
        ("Ola Brennvik sold the yacht. The Brennvik-owned yacht left on Monday.", "Brennvik"),
    ],
)
def test_a_demonym_a_flag_or_a_persons_surname_before_the_participle_names_no_company(nlp, text, name):
    assert (name, "ORG") not in ents(nlp, text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("The tanker is insured with Norvikel Mutual, the registry shows.", "Norvikel Mutual"),
        ("The tanker is classed by Tolvessa Register, the registry shows.", "Tolvessa Register"),
    ],
)
def test_an_insurer_or_a_classification_society_after_its_phrase_is_an_organisation(nlp, text, name):
    assert (name, "ORG") in ents(nlp, text)


def test_a_person_or_a_place_after_insured_with_names_no_organisation(nlp):
    found = ents(nlp, "The cargo was insured with Ola Brennvik in Rotterdam, the registry shows.")
    assert ("Ola Brennvik", "ORG") not in found
    assert ("Rotterdam", "ORG") not in found


def test_a_plural_ship_noun_closes_a_companys_name(nlp):
    assert ("Karsk State Ferries", "ORG") in ents(nlp, "Karsk State Ferries said the crossing was cancelled.")


def test_a_singular_ship_noun_before_a_ships_name_is_no_part_of_the_body():
    import spacy

    from osint_graph.nlp.org_spans import count_and_ship_cut

    doc = spacy.blank("en")("Karsk State Ferries said it. Varnian Navy Ship Aba sailed.")
    assert count_and_ship_cut(doc, 0, 3) == (0, 3)
    assert count_and_ship_cut(doc, 6, 9) == (6, 8)


def test_a_capitalised_ports_inside_a_companys_name_is_no_port(nlp):
    found = ents(nlp, "Karsvold Ports said in a statement that the terminal opened on Monday.")
    assert ("Karsvold", "PORT") not in found


def test_a_names_port_noun_still_makes_it_a_port(nlp):
    found = ents(nlp, "The tanker docked at the Karsvold port on Monday.")
    assert ("Karsvold", "PORT") in found


def test_a_companys_seat_in_a_listed_town_is_its_own_place(nlp):
    found = ents(nlp, "The boxes came in the name of Kestavo Trading Company of Coimbatore, the court heard.")
    assert ("Kestavo Trading Company", "ORG") in found
    assert ("Coimbatore", "LOCATION") in found


def test_a_banks_of_a_listed_town_stays_in_its_name(nlp):
    found = ents(nlp, "The loan came from the State Bank of Coimbatore, the court heard.")
    assert ("State Bank", "ORG") not in found


def test_the_border_agency_coordinated_by_and_is_one_organisation(nlp):
    found = ents(nlp, "A U.S. Customs and Border Protection aircraft spotted the boat.")
    assert ("U.S. Customs and Border Protection", "ORG") in found
