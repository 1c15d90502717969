"""Weapons named on unseen pages (issue 11): a name in quotes before the class words, a name given
after the class ('a cruise missile named X'), a class word on a generic noun ('anti-tank weapons'),
and a title-case weapon system ('the Close-In Weapons System'); each with a negative twin
(context/weapon_codes.py quoted_name_start, context/weapon_named.py, context/weapon_titles.py,
sources/rules/context/weapon_naming_words.txt, weapon_generic_heads.txt, weapon_titled_heads.txt).
Made-up names only."""

from __future__ import annotations

import pytest


def weapons(nlp, text):
    return {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}


def names(nlp, text):
    return {e._.canonical for e in nlp(text).ents if e.label_ == "WEAPON"}


@pytest.mark.parametrize(
    "text,canonical",
    [
        ("Varnia revealed the 'Tarvel' cruise missile at a ceremony in Kesport.", "Tarvel"),
        ("Varnia revealed the \u2018Osk Tarvel\u2019 naval cruise missile in Kesport.", "Osk Tarvel"),
    ],
)
def test_a_quoted_name_before_class_words_names_the_model(nlp, text, canonical):
    assert canonical in names(nlp, text)


def test_a_quoted_place_before_a_munition_is_no_model(nlp):
    # negative twin: a quoted word a source knows as a country is no weapon's name
    assert "France" not in names(nlp, "Varnia revealed the 'France' cruise missile in Kesport.")
    # and quoted words before a ship noun name no weapon
    assert names(nlp, "The 'Tarvel' frigate sailed from Kesport on Monday.") == set()


@pytest.mark.parametrize(
    "text,canonical",
    [
        ("Varnia unveiled a hypersonic ballistic missile named Korvat in Kesport.", "Korvat"),
        ("Varnia unveiled a new cruise missile, dubbed Zarvek, in Kesport.", "Zarvek"),
    ],
)
def test_a_name_given_after_the_class_is_a_weapon(nlp, text, canonical):
    assert canonical in names(nlp, text)


def test_a_name_after_a_ship_or_a_day_is_no_weapon(nlp):
    # negative twins: a ship named so, a missile 'named' a day, a hull number after a naming word
    assert "Korvat" not in names(nlp, "Varnia launched a frigate named Korvat in Kesport.")
    assert "Monday" not in names(nlp, "Varnia said the missile named Monday was a test.")
    assert names(nlp, "The corvette F-231 was named Ostra in Kesport.") == set()


@pytest.mark.parametrize(
    "text,weapon",
    [
        ("Rebels in Kesport received anti-tank weapons from Varnia.", ("anti-tank weapons", "anti-tank weapon")),
        ("Varnia sold anti-ship weaponry to Kesport.", ("anti-ship weaponry", "anti-ship weapon")),
        ("The other anti-missile weapons on the Osk Lantern failed.", ("anti-missile weapons", "anti-missile weapon")),
    ],
)
def test_a_class_word_on_a_generic_noun_is_a_weapon_class(nlp, text, weapon):
    assert weapon in weapons(nlp, text)


def test_generic_nouns_with_describing_words_only_are_no_class(nlp):
    # negative twins: describing words only, or no word at all, before the generic noun
    text = "Varnia keeps nuclear weapons, naval weapons and guided weapons near Kesport; the weapons were old."
    assert names(nlp, text) == set()
    # nor class words the guidelines do not name on a generic noun (weapon_generic_classes.txt)
    text = "Varnia said its surface-to-surface strike weapon would reach Kesport."
    assert names(nlp, text) == set()


def test_a_title_case_weapon_system_is_one_weapon(nlp):
    found = weapons(nlp, "The destroyer Osk Lantern used its Close-In Weapons System to down the missile.")
    assert ("Close-In Weapons System", "Close-In Weapon System") in found


def test_title_case_weapons_without_a_system_word_name_no_weapon(nlp):
    # negative twin: 'Weapons' ending a body's name, not a system
    text = "The Varnian Office of Strategic Weapons said on Monday that the test in Kesport failed."
    assert names(nlp, text) == set()
