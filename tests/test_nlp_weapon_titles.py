"""A weapon's proper name in title case ending in its head noun (context/weapon_titles.py,
sources/rules/context/weapon_titled_heads.txt). Made-up names only."""

from __future__ import annotations

import pytest


def weapons(nlp, text):
    return {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}


@pytest.mark.parametrize(
    "text,weapon",
    [
        # a name of class-like words the model reads as a body's
        ("Varnia ordered the Future Strike Weapon for its frigates.", ("Future Strike Weapon", "Future Strike Weapon")),
        # the plural head gives the singular name
        (
            "The frigates will carry Varnel Strike Missiles from 2026.",
            ("Varnel Strike Missiles", "Varnel Strike Missile"),
        ),
        # 'The' opening the sentence does not continue the name
        ("The Varnel Strike Missile will replace older missiles.", ("Varnel Strike Missile", "Varnel Strike Missile")),
        ("The submarine carries Korvath Heavy Torpedoes.", ("Korvath Heavy Torpedoes", "Korvath Heavy Torpedo")),
    ],
)
def test_titled_weapon_name(nlp, text, weapon):
    assert weapon in weapons(nlp, text)


@pytest.mark.parametrize(
    "text,not_weapon",
    [
        # a headline's title case: the class rules name it, not as a proper name
        ("Navy Fires Varnel Strike Missiles At Kesport Port", "Varnel Strike Missiles"),
        # the head noun is not the last word of the name: a ship
        ("The Varnel Missile Cruiser left Kesport on Monday.", "Varnel Missile"),
    ],
)
def test_not_a_titled_weapon_name(nlp, text, not_weapon):
    assert not_weapon not in {t for t, _ in weapons(nlp, text)}
