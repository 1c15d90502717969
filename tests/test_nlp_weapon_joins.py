"""A model and the class words beside it are one weapon; class nouns and tails of weapon names
(context/weapon_joins.py, sources/rules/context/weapon_tail_nouns.txt, weapon_aircraft_heads.txt,
weapon_platform_heads.txt). Made-up names only."""

from __future__ import annotations

import pytest


def weapons(nlp, text):
    return {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}


@pytest.mark.parametrize(
    "text,weapon",
    [
        # a hyphenated describing word between the model and its class
        (
            "The corvette was hit by a VR-802 radar-guided anti-ship missile off Kesport.",
            ("VR-802 radar-guided anti-ship missile", "VR-802"),
        ),
        # the class written before the model
        (
            "The frigate Osk Lantern fired a hypersonic cruise missile KR-77 at a target.",
            ("hypersonic cruise missile KR-77", "KR-77"),
        ),
        # a model before a listed class of small arms
        (
            "Inspectors found 30 VR-12 general purpose machine guns under nets.",
            ("VR-12 general purpose machine guns", "VR-12"),
        ),
        # a listed describing word between them
        ("Rebels on Kesport pier fired a VK-12 heavy machine gun.", ("VK-12 heavy machine gun", "VK-12")),
        # interceptors are a designator's head noun
        ("The destroyer Osk Lantern fired two VR-2 interceptors.", ("VR-2 interceptors", "VR-2")),
        # a calibre's weapon named with its tube
        ("The raid on Kesport seized 12 81mm mortar tubes.", ("81mm mortar tubes", "81 mm mortar tube")),
        # a model's name of nine letters and its number (context/weapon_designators.jsonl)
        ("Varnia fired two Karvelanis-4 cruise missiles at Kesport.", ("Karvelanis-4 cruise missiles", "Karvelanis-4")),
        # bombers are aircraft named by their model
        ("Varnia sent two VX-9 bombers over Kesport.", ("VX-9 bombers", "VX-9")),
    ],
)
def test_model_with_its_class_is_one_weapon(nlp, text, weapon):
    found = weapons(nlp, text)
    assert weapon in found
    assert len(found) == 1


def test_mortar_and_hand_name_classes(nlp):
    """Like 'artillery shells' (GUIDELINES, Weapon: a class), not bare 'shells' or 'grenades'."""
    found = weapons(nlp, "Inspectors at Kesport found mortar shells, hand grenades, shells and grenades.")
    assert found == {("mortar shells", "mortar shell"), ("hand grenades", "hand grenade")}


def test_a_conjunction_keeps_two_weapons(nlp):
    found = {text for text, _ in weapons(nlp, "Varnia fired KR-77 missiles and cruise missiles at Kesport.")}
    assert found == {"KR-77 missiles", "cruise missiles"}


@pytest.mark.parametrize(
    "text",
    [
        "Armoured vehicles and unmanned vehicles patrolled Kesport.",  # vehicles without a model
        "Spare barrels and torpedo tubes were stored at Kesport.",  # parts, no weapon type
        "The corvette, a Varn-5 class ship, sailed from Kesport.",  # a ship class
        "The Osk Lantern moored at pier B-12, then at berth C-3 in Kesport.",  # places' labels
    ],
)
def test_no_weapon(nlp, text):
    assert weapons(nlp, text) == set()


def test_listed_classes_of_mines_and_guided_bombs(nlp):
    """sources/gazetteers/weapons.csv: 'naval mine' and 'precision-guided bomb' are classes."""
    found = weapons(nlp, "Divers near Kesport found naval mines after jets dropped precision-guided bombs.")
    assert {canonical for _, canonical in found} == {"Naval mine", "Precision-guided bomb"}


@pytest.mark.parametrize(
    "text,weapon",
    [
        # GUIDELINES, Rulings: Range classes (context/weapon_range_words.csv)
        ("Varnia deployed 40 medium-range missiles near Kesport.", ("medium-range missiles", "medium-range missile")),
        ("Karsk stockpiled 260 mid-range missiles at Kesport.", ("mid-range missiles", "medium-range missile")),
        ("Long-range rockets were seen on the pier at Kesport.", ("Long-range rockets", "long-range rocket")),
    ],
)
def test_a_range_word_with_a_munition_noun_is_a_class(nlp, text, weapon):
    assert weapon in weapons(nlp, text)


def test_a_describing_word_alone_is_still_no_class(nlp):
    assert weapons(nlp, "The frigate fired guided missiles at Kesport.") == set()


@pytest.mark.parametrize(
    "text,weapon",
    [
        # a battery or launchers of a model the statistical model took for a person (weapon_model_heads.txt)
        ("A Korvin battery shot down the drone over the strait.", ("Korvin battery", "Korvin")),
        ("Two Korvin launchers were seen near the port.", ("Korvin launchers", "Korvin")),
        # a name ending in '-an' that no source reads as a people ('Toufan missiles')
        ("The rebels fired two Torvan missiles at the tanker.", ("Torvan missiles", "Torvan")),
        # a maker's name before a calibre is inside the mention (weapon_makers.txt, weapon_maker_words.txt)
        (
            "The frigate fired its Karsk Dynamics 40mm cannon at the skiff.",
            ("Karsk Dynamics 40mm cannon", "40 mm cannon"),
        ),
        # a variant after a named model: one mention of the model
        ("The destroyer fired a Korvin Block II missile at the pier.", ("Korvin Block II missile", "Korvin")),
        # what an air defence missile is made to hit is its class, like 'anti-aircraft'
        (
            "The corvette could not fire its air defense missiles for an hour.",
            ("air defense missiles", "air defense missile"),
        ),
    ],
)
def test_batteries_makers_variants_and_air_defence_classes(nlp, text, weapon):
    found = weapons(nlp, text)
    assert found == {weapon}


def test_air_defence_systems_and_a_demonym_stay_no_weapon(nlp):
    """'air defence systems' names no class, and a people's word before 'missiles' names no model."""
    assert weapons(nlp, "Varnia moved air defence systems and a Cuban missile to the coast.") == set()


@pytest.mark.parametrize("name", ["Hatem Varol", "Tarvek Morn"])
def test_two_unknown_words_before_a_class_name_the_model(nlp, name):
    """Two words no source knows before class words and a munition head name the model, whatever the
    statistical model took them for (weapon_codes.two_unknown_words); a body's name does not."""
    assert weapons(nlp, f"The rebels fired a {name} ballistic missile at the tanker.") == {
        (f"{name} ballistic missile", name)
    }
    assert weapons(nlp, "The Kestrel Group anti-ship missiles were shown at the fair.") == {
        ("anti-ship missiles", "Anti-ship missile")
    }
