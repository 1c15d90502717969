"""A town's name before a division word names the first-level division of states whose divisions
are named after their towns (context/first_level_divisions.csv; context/places.py `_division`).
Made-up sentences; the towns are the gazetteer's."""

from __future__ import annotations


def locations(nlp, text: str) -> set[str]:
    return {e._.canonical or e.text for e in nlp(text).ents if e.label_ == "LOCATION"}


def test_a_town_before_region_names_its_oblast(nlp):
    assert "Kharkiv Oblast" in locations(nlp, "Shelling hit villages in the Kharkiv region on Monday.")


def test_a_port_town_before_region_names_its_oblast_not_the_port(nlp):
    found = locations(nlp, "Missiles hit grain silos in the Odesa region overnight.")
    assert "Odesa Oblast" in found


def test_the_gazetteer_row_of_a_division_wins(nlp):
    assert "Krasnodar Krai" in locations(nlp, "Drones were downed over the Krasnodar region.")
