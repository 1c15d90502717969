"""Weapon classes sharing one head noun and air-defence batteries (context/weapon_elision.py,
context/weapon_class_heads.txt), on made-up sentences."""

from __future__ import annotations


def weapons(nlp, text: str) -> set[str]:
    return {e._.canonical or e.text for e in nlp(text).ents if e.label_ == "WEAPON"}


def test_a_to_chain_before_and_shares_the_head_noun(nlp):
    found = weapons(nlp, "The corvette carried surface-to-surface and surface-to-air missiles.")
    assert {"surface-to-surface missile", "surface-to-air missile"} <= found


def test_an_anti_class_battery_is_a_weapon_class(nlp):
    assert "anti-aircraft battery" in weapons(nlp, "The port was ringed by anti-aircraft batteries.")


def test_batteries_without_a_class_word_are_no_weapon(nlp):
    assert not weapons(nlp, "The plant makes lithium batteries and solar panels.")
