"""One weapon class whatever words an outlet adds beside its class word (context/weapon_class_folds.csv,
weapon_descriptive_modifiers.txt, the weapons gazetteer's uncrewed-boat aliases). Made-up names only."""

from __future__ import annotations

import pytest


def weapons(nlp, text):
    return {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}


USV = "Unmanned surface vessel"


@pytest.mark.parametrize(
    "text,span",
    [
        # a sea word anywhere before 'drone(s)': the uncrewed boat class, the span as written
        ("Varnia has built naval attack drones at Kesport.", "naval attack drones"),
        ("An unmanned sea drone struck the Tern Vale.", "unmanned sea drone"),
        ("The Osk Lantern was hit by unmanned naval drones.", "unmanned naval drones"),
        ("Karsk said explosive maritime drones hit the pier.", "explosive maritime drones"),
        # an uncrewed boat named by a ship noun
        ("The attack was carried out by Varnian unmanned speedboats off Kesport.", "unmanned speedboats"),
        ("The navy showed unmanned ships and jets at the parade.", "unmanned ships"),
    ],
)
def test_sea_drones_and_uncrewed_boats_are_one_class(nlp, text, span):
    assert (span, USV) in weapons(nlp, text)


def test_the_phrases_of_one_article_are_one_weapon(nlp):
    """'unmanned sea drone' and 'sea drones' in one text: one class, not two weapon types."""
    doc = nlp("An unmanned sea drone struck the Tern Vale. Sea drones are cheap to build in Varnia.")
    assert {e._.canonical for e in doc.ents if e.label_ == "WEAPON"} == {USV}


@pytest.mark.parametrize(
    "text",
    [
        # 'unmanned' says what any drone is: no class alone (GUIDELINES, Class words on generic nouns)
        "A video showed how an unmanned drone struck the Tern Vale.",
        "Karsk said two unmanned Varnian drones were shot down.",
        # a sea word before another head noun is no drone class ('naval missiles' names none)
        "The frigate carried naval missiles to Kesport.",
        # 'strike' says what any missile does: no class alone
        "The Varnian fleet would be left without a strike missile for five years.",
    ],
)
def test_no_class_from_these_words(nlp, text):
    assert weapons(nlp, text) == set()


def test_a_descriptor_beside_a_class_word_stays_in_the_class(nlp):
    """'long-range precision strike missiles': the range word makes the class, the descriptors stay in it."""
    assert weapons(nlp, "Varnia will buy long-range precision strike missiles.") == {
        ("long-range precision strike missiles", "long-range precision strike missile")
    }
