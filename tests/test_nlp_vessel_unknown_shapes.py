"""Ships no gazetteer holds, in the shapes small-craft and regional news gives them
(osint_graph/nlp/context/vessels.py, vessel_patterns.py), on made-up names."""

from __future__ import annotations

from osint_graph.gazetteer import load_gazetteer


def vessels(nlp, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents if e.label_ == "VESSEL"}


def test_the_made_up_names_are_in_no_gazetteer():
    gazetteer = load_gazetteer()
    for name in ("Orla Vane", "Brenna Holt", "Tamsin Reeve", "Kestrel Moor", "Velmora", "Korsa 2"):
        assert not gazetteer.lookup_all(name), name


def test_a_ship_abbreviation_in_brackets_between_noun_and_name(nlp):
    found = vessels(nlp, "The navy said the fishing vessel (FV) Velmora had been boarded by pirates.")
    assert "Velmora" in found


def test_a_kind_of_ship_the_parse_hangs_on_the_ship_noun(nlp):
    assert "Orla Vane" in vessels(nlp, "Officials said the Orla Vane support ship left port.")


def test_a_flag_between_the_name_and_the_ship_noun(nlp):
    assert "Kestrel Moor" in vessels(nlp, "The Kestrel Moor Liberian-flagged ship carried the cargo.")


def test_a_demonym_and_a_number_around_the_name_before_a_ship_noun(nlp):
    found = vessels(nlp, "The Iranian Korsa 2 oil tanker, which was detained last week, has left.")
    assert "Korsa 2" in found
