"""Forms of a weapon's name that prose adds around its designation or model (context/weapons.py,
context/weapon_codes.py; data: context/weapon_designators.jsonl, weapon_maker_words.txt,
weapon_class_modifiers.txt): a variant letter glued by a hyphen, a popular name in quotes, a calibre
before the model, a maker no list holds. Made-up names only."""

from __future__ import annotations

import pytest


def weapons(nlp, text):
    return {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}


@pytest.mark.parametrize(
    "text,weapon",
    [
        # a model's name and a variant letter, which the tokenizer splits in three
        ("Varnia fired three Tarvel-U ballistic missiles at Kesport.", ("Tarvel-U ballistic missiles", "Tarvel-U")),
        # a variant letter and number: one weapon, not the bare 'M2'
        ("Varnia fired Tarvel-M2 cruise missiles at Kesport.", ("Tarvel-M2 cruise missiles", "Tarvel-M2")),
        # a popular or reporting name in quotes after the designation, then the class words
        (
            'The frigate test-fired the KR-35 "Falcon" anti-ship missile near Kesport.',
            ('KR-35 "Falcon" anti-ship missile', "KR-35"),
        ),
        ("The frigate fired a KR-35 'Falcon' missile near Kesport.", ("KR-35 'Falcon' missile", "KR-35")),
        # a calibre before a model's name is in the span; the model names it
        ("Rebels fired 122-mm Tarvel rockets at Kesport.", ("122-mm Tarvel rockets", "Tarvel")),
        ("Rebels fired 122mm Tarvel rockets at Kesport.", ("122mm Tarvel rockets", "Tarvel")),
        # a maker that no list holds, named by capitalised words ending in a maker's word
        ("Karsk Dynamics VR-9 missiles were sold to Varnia.", ("Karsk Dynamics VR-9 missiles", "VR-9")),
        ("Varnia bought the Tolm Industries KR-4 drone.", ("Tolm Industries KR-4 drone", "KR-4")),
        # the closed-up spelling of a class word
        ("Varnia fired an antishipping missile at the tanker.", ("antishipping missile", "antishipping missile")),
    ],
)
def test_one_weapon_with_its_added_words(nlp, text, weapon):
    found = weapons(nlp, text)
    assert found == {weapon}


def test_a_possessive_maker_stays_outside(nlp):
    """'Karsk Dynamics' VR-9': the company is its own entity, the weapon is the designation's."""
    assert weapons(nlp, "Karsk Dynamics' VR-9 missiles were sold to Varnia.") == {("VR-9 missiles", "VR-9")}


def test_two_places_joined_by_a_hyphen_are_no_model(nlp):
    """'Varnia-US': a name and letters that name places, not a model and its variant."""
    assert weapons(nlp, "Varnia fired the Tarvel missile while the Varnia-US talks went on.") == {
        ("Tarvel missile", "Tarvel")
    }


def test_a_quoted_clause_after_a_designation_is_no_name(nlp):
    """Only capitalised words in quotes are a name: 'the VR-9 "was never fired"' ends at the designation."""
    assert weapons(nlp, 'Officials said the VR-9 "was never fired" near Kesport.') == {("VR-9", "VR-9")}


@pytest.mark.parametrize(
    "text,weapon",
    [
        # two roles of one weapon glued by a slash after the model: one mention to the head noun
        (
            "Karsk lost a VR-9 Falcon surveillance/attack drone near Kesport.",
            ("VR-9 Falcon surveillance/attack drone", "VR-9"),
        ),
        ("The navy flew a VR-9 patrol/surveillance aircraft.", ("VR-9 patrol/surveillance aircraft", "VR-9")),
    ],
)
def test_slashed_roles_after_a_designation(nlp, text, weapon):
    assert weapons(nlp, text) == {weapon}


def test_a_listed_model_with_a_ship_prefix_letters_is_a_weapon(nlp):
    """'MV-22s': a code the weapons gazetteer lists is the weapon, though 'MV' opens ship names ('MV
    Kestrel'); an unlisted code with such letters stays a hull number ('CCG-3305')."""
    assert {text for text, _ in weapons(nlp, "Two MV-22s and a Varnian tug reached Kesport.")} == {"MV-22s"}
    assert weapons(nlp, "CCG-3305 shadowed the Tern Vale off Kesport.") == set()


def test_a_known_family_name_before_a_designation_is_in_its_mention(nlp):
    """'Tarvos TR-40 missiles': a family name the sources know as a weapon, written before the
    designation, is in the designation's mention and no weapon of its own (weapons.family_start)."""
    from osint_graph.nlp.context.weapon_codes import family_start

    class Ctx:
        def known_types(self, text):
            return {"Weapon"} if text == "Tarvos" else set()

    doc = nlp("The frigates launched Tarvos TR-40 missiles at a target.")
    code = next(t.i for t in doc if t.text.startswith("TR"))
    assert family_start(Ctx(), doc, code, 0) == code - 1
    assert family_start(Ctx(), nlp("The frigates launched Kesport TR-40 missiles."), code, 0) == code


@pytest.mark.parametrize(
    "text,weapon",
    [
        ("Officials said the 900-km-range Tarvos Hawk could reach Kesport.", ("Tarvos Hawk", "Tarvos Hawk")),
        ("Varnia plans to field the long-range Korvel next year.", ("Korvel", "Korvel")),
    ],
)
def test_a_name_after_a_range_compound_is_a_weapon(nlp, text, weapon):
    """'the 1,700-mile-range X': a range compound before capitalised words names a weapon (ranged_name)."""
    assert weapon in weapons(nlp, text)


def test_a_title_case_range_programme_and_a_people_after_a_range_word_are_no_weapon(nlp):
    """'Mid-Range Capability' is a programme's name in title case; 'long-range Varnian bombers' a people."""
    assert weapons(nlp, "The army tested its Mid-Range Capability at Kesport.") == set()
    assert weapons(nlp, "Varnia flew long-range Varnian bombers near Kesport.") == set()


def test_heavyweight_is_a_class_word_between_a_model_and_its_head(nlp):
    """'a Tarvos heavyweight torpedo': one mention (context/weapon_class_modifiers.txt)."""
    assert ("Tarvos heavyweight torpedo", "Tarvos") in weapons(nlp, "The submarine fired a Tarvos heavyweight torpedo.")


@pytest.mark.parametrize(
    "text,weapon",
    [
        ("Varnia fired two missiles from its portable Tarvos system.", ("Tarvos system", "Tarvos")),
        ("It was the first firing of the Varnian army's Tarvos system at Kesport.", ("Tarvos system", "Tarvos")),
    ],
)
def test_a_capitalised_word_before_system_in_a_sentence_of_munitions_is_a_weapon(nlp, text, weapon):
    """'its Tarvos system' beside a munition noun or a use word (weapon_shapes.named_system)."""
    assert weapon in weapons(nlp, text)


def test_a_system_without_munitions_in_its_sentence_is_no_weapon(nlp):
    """'its Tarvos system' in a sentence about anything else names no weapon."""
    assert weapons(nlp, "The ship switched off its Tarvos system near Kesport.") == set()


def test_a_capitalised_word_in_brackets_before_class_words_is_the_model(nlp):
    """'the Mid-Range Capability (Tarvos) missile system' names the Tarvos (weapon_shapes.bracketed_model);
    a body's short name in brackets before a bare 'drones' is no model."""
    text = "The Varnian Army tested the Mid-Range Capability (Tarvos) missile system at Kesport."
    assert ("Tarvos", "Tarvos") in weapons(nlp, text)
    assert weapons(nlp, "The Popular Mobilization Forces (Hashd) drones hit the base.") == set()
