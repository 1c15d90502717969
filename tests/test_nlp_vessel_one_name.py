"""One name, one thing per article: a ship found by its context keeps every mention of its name,
also where the gazetteer knows the name as a place; a middle initial stays inside a ship's name
read backwards from its apposition. Made-up texts."""

from __future__ import annotations

SHIP = "The tanker Sea of Azov sailed from Kessby on Monday."


def labels_of(nlp, text: str, name: str) -> list[str]:
    """The labels of the mentions written `name`, in order."""
    return [e.label_ for e in nlp(text).ents if e.text == name]


def test_a_ships_name_that_is_a_sea_is_the_ship_throughout(nlp):
    text = f"{SHIP} Port officials said the Sea of Azov is a 6,000-tonne product carrier with a crew of 14."
    assert labels_of(nlp, text, "Sea of Azov") == ["VESSEL", "VESSEL"]


def test_the_place_stays_a_place_where_the_page_speaks_of_the_namesake(nlp):
    text = f"{SHIP} The ship was named after the Sea of Azov, where its owner grew up."
    assert labels_of(nlp, text, "Sea of Azov") == ["VESSEL", "LOCATION"]


def test_a_middle_initial_inside_a_ships_name_before_its_apposition(nlp):
    text = "The Orla B. Tarrow, a 9,000-tonne tanker barge owned by Varnline Towing, ran aground."
    assert labels_of(nlp, text, "Orla B. Tarrow") == ["VESSEL"]
    assert labels_of(nlp, text, "Tarrow") == []


def test_a_name_the_clause_says_is_a_ship(nlp):
    assert labels_of(nlp, "The Tern Vale is a 5,000-ton cargo ship that carried timber.", "Tern Vale") == ["VESSEL"]
    assert labels_of(nlp, "Vesselwatch lists the Orla as a Comoros-flagged ship.", "Orla") == ["VESSEL"]


def test_a_ship_noun_that_modifies_or_is_owned_names_no_ship(nlp):
    assert "VESSEL" not in labels_of(nlp, "Ola Brenn is a ship broker in Karsk.", "Ola Brenn")
    assert "VESSEL" not in labels_of(nlp, "Karsk Marine is the yacht's owner.", "Karsk Marine")


def test_a_possessive_before_a_described_crew(nlp):
    text = "Rescuers found two members of the Scandies Vale's seven-man crew in a life raft."
    assert labels_of(nlp, text, "Scandies Vale") == ["VESSEL"]
    assert "VESSEL" not in labels_of(nlp, "Captain Ola Brenn's entire crew was rescued.", "Ola Brenn")


def test_who_describes_a_ship_as_a_ship_is_no_ship(nlp):
    text = "The vessel was described by Vesselwatch as a Panama-flagged tanker."
    assert "VESSEL" not in labels_of(nlp, text, "Vesselwatch")


def test_a_town_where_something_is_stays_a_town_beside_its_namesake_ship(nlp):
    text = "The landing ship Sea of Azov sailed on Monday. A week later it anchored in the Sea of Azov."
    assert labels_of(nlp, text, "Sea of Azov") == ["VESSEL", "LOCATION"]
