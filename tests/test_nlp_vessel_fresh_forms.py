"""Ships' names in the forms fresh real pages wrote them (dev batches dev-cr..dev-cu, twenty-fifth
round), each with a negative twin, on made-up texts no gazetteer entry names: a name that starts with
a capital 'A', a list after 'tankers including', a name in capitals after a capitalised ship type, an
owner's name before the ship noun, a class designation inside a naval prefix's list, a flag state at the
head of a list, an acronym before a noun in a list."""

from __future__ import annotations


def vessels(nlp, text: str) -> dict[str, str]:
    """Each vessel mention's text -> its canonical name."""
    return {e.text: e._.canonical for e in nlp(text).ents if e.label_ == "VESSEL"}


def test_a_capital_a_after_a_ship_noun_is_the_names_first_word(nlp):
    found = vessels(
        nlp, "The collision involving the anchored tanker A Velmora and the bulker Tarnwick took place at dawn."
    )
    assert "A Velmora" in found and "Velmora" not in found
    # twin: 'A' as the article of a common noun opens the sentence, and a lower-case 'a' after a ship
    # noun is an article
    assert vessels(nlp, "A tanker was at anchor off Varnhamn when the collision took place.") == {}
    assert vessels(nlp, "The court said the tanker a Karsk company owned had sailed.") == {}


def test_a_list_after_a_plural_ship_noun_and_including(nlp):
    found = vessels(
        nlp, "The ministry named several tankers including the Velmora, Tarnwick and Pell Harrow as blocked property."
    )
    assert {"Velmora", "Tarnwick", "Pell Harrow"} <= set(found)
    # twin: a list of ports after 'including' names no ship
    assert vessels(nlp, "The ministry sanctioned several ports including Varnhamn, Tolmera and Brennick.") == {}


def test_a_name_in_capitals_after_a_capitalised_ship_type(nlp):
    text = "The fire spread to the Varnia-flagged Oil Products Tanker, PELL HARROW during the night."
    found = vessels(nlp, text)
    assert "PELL HARROW" in found and "Oil Products" not in found
    # twin: a state's name in capitals after the comma is a speaker's, no ship
    assert vessels(nlp, "The fire reached the tanker, UK officials said.") == {}


def test_an_owners_name_before_the_ship_noun_and_the_ships_name_after_it(nlp):
    found = vessels(nlp, "The Tarnwick was preparing a transfer with the Kestrelline vessel Pell Harrow.")
    assert "Pell Harrow" in found and "Kestrelline" not in found
    # twin: with no name after the noun, the name before it is the ship's
    assert "Velmora" in vessels(nlp, "The Velmora tanker sailed from Varnhamn on Monday.")


def test_a_class_designation_ends_a_naval_prefixs_list(nlp):
    text = "The carrier sailed with the submarine HMS Arnvik, Type 45 destroyer HMS Bellmoor and RFA Copeland."
    found = vessels(nlp, text)
    assert {"HMS Arnvik", "HMS Bellmoor", "RFA Copeland"} <= set(found)
    assert "Type 45" not in found
    # twin: a list of names after one prefix still takes the prefix
    assert vessels(nlp, "The frigates HMS Arnvik, Bellmoor and Copeland sailed on Monday.") == {
        "HMS Arnvik": "HMS Arnvik",
        "Bellmoor": "HMS Bellmoor",
        "Copeland": "HMS Copeland",
    }


def test_an_auxiliarys_prefix_glued_to_its_name_in_a_list(nlp):
    found = vessels(nlp, "The group includes the frigate HMS Arnvik, RFABellmoor and HMS Copeland.")
    assert found.get("RFABellmoor") == "RFA Bellmoor"


def test_a_flag_state_at_the_head_of_a_list_is_no_ship(nlp):
    found = vessels(
        nlp, "The designated vessels include the Tern Vale, the Kestrel Islands-flagged Velmora and the Tarnwick."
    )
    assert {"Tern Vale", "Velmora", "Tarnwick"} <= set(found) and "Kestrel Islands" not in found
    found = vessels(
        nlp, "The designated vessels include the Hong Kong-flagged Velmora and its owner Tarn Trading Limited."
    )
    assert "Velmora" in found and "Hong Kong" not in found


def test_an_acronym_before_a_noun_in_a_list_is_no_ship(nlp):
    assert vessels(nlp, "The treasury targets tankers, STS operators, and a minister in its latest sanctions.") == {}
    # twin: names in the list stand on their own
    found = vessels(nlp, "The navy escorted the tankers Velmora, Tern Vale and Tarnwick through the strait.")
    assert {"Velmora", "Tern Vale", "Tarnwick"} <= set(found)
