"""Weapons named by their calibre (osint_graph/nlp/context/weapon_calibres.py): millimetres, and a naval gun's
inches (sources/rules/context/calibre_inch_units.txt); a designation written with a non-breaking hyphen
(osint_graph/nlp/spans.py). Made-up ships and places; each rule has a twin that must not fire."""

from __future__ import annotations


def _weapons(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e._.canonical) for e in nlp(text).ents if e.label_ == "WEAPON"}


def test_a_calibre_in_inches_before_a_gun_is_a_weapon(nlp):
    found = _weapons(nlp, "The Kestrel Vale and the Tarn Bay conducted a combined 5-inch gun firing off Karsk.")
    assert ("5-inch gun", "5-inch gun") in found


def test_a_calibre_in_inches_written_as_a_word_takes_the_digits(nlp):
    found = _weapons(nlp, "The frigate Tarn Bay fired its five-inch guns at a towed target off Karsk.")
    assert ("five-inch guns", "5-inch gun") in found


def test_inches_before_no_munition_noun_are_no_weapon(nlp):
    """The twin: 'a 12-inch pipe' is a measure."""
    assert not _weapons(nlp, "A 12-inch pipe burst on the deck of the Tarn Bay off Karsk.")


def test_millimetres_still_make_the_calibre_name(nlp):
    assert ("152 mm shells", "152 mm artillery shell") in _weapons(nlp, "The crew fired 152 mm shells at Karsk.")


def test_a_designation_with_a_non_breaking_hyphen(nlp):
    found = _weapons(nlp, "Karsk scrambled a Vr\u201135 into Varnian airspace after the tanker left.")
    assert any(text == "Vr\u201135" for text, _ in found)


def test_a_code_with_a_non_breaking_hyphen_after_a_place_noun_is_no_weapon(nlp):
    """The twin: 'pier B‑12' is a place's label, whichever hyphen it is written with."""
    assert not _weapons(nlp, "The tanker moored at pier B\u201112 in Karsk on Monday.")
