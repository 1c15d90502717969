"""Weapons no list holds, read on their shape (issue 11, the name-swapped dev): an unknown acronym before
the class of a machine gun (context/weapon_class_modifiers.txt: 'machine', 'general', 'purpose'), a
designation whose one-letter prefix alone is no model's (context/not_designators.txt) before its head
noun, and a drone's head in three words (context/weapon_drone_phrases.txt). Made-up names only."""

from __future__ import annotations

import pytest


def weapons(nlp, text):
    return {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}


@pytest.mark.parametrize(
    "text,weapon",
    [
        # an acronym no source knows before a machine gun's class: the model, named with its class
        (
            "The boarding team found 49 QZV general purpose machine guns in the hold.",
            ("QZV general purpose machine guns", "QZV"),
        ),
        ("Inspectors also seized hundreds of XKT machine guns and sniper rifles.", ("XKT machine guns", "XKT")),
        ("Gunmen with Korvelan machine guns attacked the post.", ("Korvelan machine guns", "Korvelan")),
        # a one-letter prefix of context/not_designators with an aircraft's head noun after it
        ("Ships and G-6 aircraft of the Varnian fleet responded.", ("G-6 aircraft", "G-6")),
        ("A drone was shot down by an M-53 fighter jet over Kesport.", ("M-53 fighter jet", "M-53")),
        ("The navy deployed drones and G-2D surveillance aircraft.", ("G-2D surveillance aircraft", "G-2D")),
        # a drone's head in three words, after a model or a class
        (
            "The attacks used Korvat-847 unmanned aerial vehicles made in Varnia.",
            ("Korvat-847 unmanned aerial vehicles", "Korvat-847"),
        ),
        (
            "The militia fired one-way attack unmanned aerial vehicles at the tanker.",
            ("one-way attack unmanned aerial vehicles", "one-way attack drone"),
        ),
    ],
)
def test_unlisted_weapons_by_shape(nlp, text, weapon):
    assert weapon in weapons(nlp, text)


def test_a_class_without_a_model_stays_the_class(nlp):
    found = weapons(nlp, "The rebels carried general purpose machine guns.")
    assert {text for text, _ in found} == {"general purpose machine guns"}


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met at the G-7 summit and drove on the M-4 motorway.",  # one-letter prefixes alone: no model
        "The MH-17 aircraft was downed over the plains.",  # a listed code is none, whatever follows
        "The army flew unmanned aerial vehicles over the border.",  # bare, as bare 'drones'
        "The Varnian navy bought general purpose vessels.",  # describing words without a weapon head
    ],
)
def test_no_weapon_in_these_shapes(nlp, text):
    assert weapons(nlp, text) == set()


def test_a_known_body_before_machine_guns_is_no_model(nlp):
    found = weapons(nlp, "Soldiers of the IDF fired IDF machine guns at the boat.")
    assert all(canonical != "IDF" for _, canonical in found), found
