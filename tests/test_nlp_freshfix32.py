"""Shapes the fresh batches dev-dd and dev-de (issue 11, thirty-second round) showed failing, as pages
outside the real-article set write them (wire copy from South Asia, South-East Asia, West Africa and
Latin America), each with a negative twin, on made-up texts: unit abbreviations in the plural after a
number ('3089 Kgs', '3300Kgs': pint's symbols) and the name the model made of them; the Indian press's
'cr' crore and lakh after 'Rs'; a currency code or the ringgit sign glued to the number; 'men and
boys'; the family names the model cut off a long personal name (name_tails.py); capitalised generic
body plurals (generic_names.py); a place name's leading word and protected areas (place_names.py)."""

from __future__ import annotations

from osint_graph.nlp.figure_units import measure_unit


def figures(nlp, text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f._.figure_value, f._.figure_unit) for f in nlp(text)._.figures]


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_a_unit_symbol_in_the_plural():
    assert measure_unit("Kgs") == "kilogram"
    assert measure_unit("KGS") == "kilogram"
    assert measure_unit("kms") == "kilometre"
    # twins: words ending in 's' whose singular is no unit's symbol, or a unit pint names only
    assert measure_unit("Cars") is None
    assert measure_unit("bus") is None
    assert measure_unit("gs") is None


def test_kgs_after_a_number_is_a_weight_and_no_person(nlp):
    text = "The coast guard seized 2170 Kgs Charas and 412 Kgs Methamphetamine from a dhow near Velpur."
    assert ("2170 Kgs", 2170.0, "kilogram") in figures(nlp, text)
    assert ("412 Kgs", 412.0, "kilogram") in figures(nlp, text)
    assert "PERSON" not in ents(nlp, text).values()
    assert figures(nlp, "Officers found almost 4400Kgs of hashish in the hold.") == [
        ("almost 4400Kgs", 4400.0, "kilogram")
    ]


def test_a_name_after_a_number_that_is_no_unit(nlp):
    # twin: a person's name after a count keeps its reading
    found = ents(nlp, "The 2 Tarvik Brenn sisters said the boat had left, police said.")
    assert "PERSON" not in found.values() or any("Tarvik" in k for k in found)
    text = "The ferry carried 212 passengers, Captain Ola Brenn said on Monday."
    assert ents(nlp, text).get("Ola Brenn") == "PERSON"


def test_indian_money_in_crore_and_lakh(nlp):
    assert figures(nlp, "The haul is worth Rs 2,800 cr in the international market.") == [
        ("Rs 2,800 cr", 28000000000.0, "INR")
    ]
    assert figures(nlp, "Police said the second seizure was valued at Rs 45 lakh.") == [
        ("Rs 45 lakh", 4500000.0, "INR")
    ]
    # twin: a bare number after 'Rs' stays in rupees
    assert figures(nlp, "The fine was Rs 2,800 and the boat was released.") == [("Rs 2,800", 2800.0, "INR")]


def test_a_currency_glued_to_its_number(nlp):
    assert figures(nlp, "The owner paid a fine of USD3.2 million in 2023.") == [("USD3.2 million", 3200000.0, "USD")]
    assert figures(nlp, "He said the catch was estimated at RM600,000 and the case was investigated.") == [
        ("RM600,000", 600000.0, "MYR")
    ]
    # twin: letters glued to a number that name no currency
    assert figures(nlp, "The patrol boat KD450 returned to Tarvik on Monday.") == []


def test_men_and_boys_are_people(nlp):
    assert figures(nlp, "The boat carried 57 men and boys when it capsized off Dravik.") == [
        ("57 men and boys", 57.0, "person")
    ]
    # twin: two counts stay two
    found = figures(nlp, "The boat carried 57 men and 12 boys when it capsized off Dravik.")
    assert ("57 men", 57.0, "man") in found


def test_family_names_the_model_cut(nlp):
    text = "Tarvik MMEA director Maritime Captain Muhammad Sufian Mohd Rasdi confirmed the detention."
    assert ents(nlp, text).get("Muhammad Sufian Mohd Rasdi") == "PERSON"
    text = "He said the patrol team led by Maritime Captain Che Engku Suhail Che Engku Darus stopped the boat."
    assert ents(nlp, text).get("Che Engku Suhail Che Engku Darus") == "PERSON"
    # twins: a weekday and an organisation's words after a name stay out of it
    found = ents(nlp, "Officials said Ola Brenn Monday that the ship was seized off Tarvik.")
    assert not any("Monday" in k for k, v in found.items() if v == "PERSON")


def test_a_capitalised_generic_body_plural(nlp):
    text = "The contraband was handed over to the Law Enforcement Agencies at Korvath."
    assert "Law Enforcement Agencies" not in ents(nlp, text)
    # twin: a body's plural after a proper name keeps it
    found = ents(nlp, "The Kestrian Port Authorities said the ship was held.")
    assert any("Authorities" in k for k in found)


def test_a_place_name_with_its_leading_word(nlp):
    text = "The navy stopped the ship earlier in August near San Orvalo, the easternmost island of the group."
    found = ents(nlp, text)
    assert found.get("San Orvalo") == "LOCATION"
    text = "The boat was detained 37 nautical miles southwest of Pulau Kerdang at night."
    assert ents(nlp, text).get("Pulau Kerdang") == "LOCATION"
    # twin: the word on the line before the name is not taken in
    assert not any("\n" in k for k in ents(nlp, "The boat was detained 37 nautical miles southwest of Pulau\nKerdang."))


def test_a_protected_area_is_a_place(nlp):
    text = "Authorities say the crew was fishing inside the Orvalo Marine Reserve, one of the largest."
    assert ents(nlp, text).get("Orvalo Marine Reserve") == "LOCATION"
    # twin: the body that runs it stays an organisation
    text = "The Orvalo National Park Directorate said the crew was fishing illegally."
    assert ents(nlp, text).get("Orvalo National Park Directorate") != "LOCATION"
