"""ISO 3166-2 subdivisions as Location candidates (osint_graph/reference/regions.py; data:
sources/rules/reference/subdivision_types.txt, generic_region_words.txt): a province no article of
the sets names is a place the gazetteer knows; a name that is a people's, an acronym's or made of
generic words is none."""

from __future__ import annotations

import pytest

from osint_graph.reference.gazetteer import load_reference_gazetteer
from osint_graph.reference.regions import regions, subdivisions


@pytest.fixture(scope="module")
def gazetteer():
    return load_reference_gazetteer()


def test_a_province_is_a_region_of_its_state(gazetteer):
    assert ("Niassa", "region", "MZ") in regions()
    entry = gazetteer.lookup("Niassa", "Location")
    assert entry is not None and entry.attributes.get("kind") == "region"


def test_a_misspelt_subdivision_type_names_the_file(monkeypatch):
    from osint_graph.reference import regions as module

    real = module.rule_word_list
    monkeypatch.setattr(
        module, "rule_word_list", lambda name: (*real(name), "Provence") if name == module.TYPES_FILE else real(name)
    )
    subdivisions.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"reference/subdivision_types.txt.*'Provence'"):
            subdivisions()
    finally:
        subdivisions.cache_clear()


def test_the_us_states_stay_first():
    assert ("Texas", "region", "US") in regions()


@pytest.mark.parametrize("name", ["Centre", "North-West", "Upper East", "Western Province", "Imo"])
def test_generic_or_short_names_are_no_candidates(name):
    assert name not in {n for n, _ in subdivisions()}


def test_a_region_named_like_a_people_is_no_place(gazetteer):
    """Ethiopia's 'Somali' region: the gazetteer would read every 'Somali' pirate as a place."""
    assert gazetteer.lookup("Somali", "Location") is None


def test_a_body_named_with_centre_keeps_its_name(nlp):
    doc = nlp("The Karsk-based Centre for Tarvel Studies said the port was closed.")
    assert "Centre" not in {e.text for e in doc.ents if e.label_ == "LOCATION"}


def test_a_country_spelling_of_generic_place_words_only_is_no_name_of_it():
    """countryinfo spells Iceland 'Island': such a spelling would read every 'Island' as the country
    (made-up record below); a spelling with a name in it stays."""
    from types import SimpleNamespace

    from osint_graph.reference.countries import _names

    record = SimpleNamespace(alpha_2="ZK", alpha_3="ZKK", name="Karskland", common_name=None, official_name=None)
    _, aliases = _names(record, "Karskland", {"name": "Karskland", "altSpellings": ["Island", "Karsk Island", "Coast"]})
    assert "Island" not in aliases and "Coast" not in aliases
    assert "Karsk Island" in aliases


def test_an_airfield_is_a_place_only_when_its_name_says_airfield():
    """airportsdata rows (made-up): a field named as an airport or air base is kept, a bare town name,
    a strip without an IATA code or a bracketed alternative is not."""
    from osint_graph.reference.airports import kept

    assert kept({"name": "Karsk International Airport", "iata": "KRK"})
    assert kept({"name": "Velm Air Base", "iata": "VLM"})
    assert not kept({"name": "Karsk", "iata": "KRS"})  # the town's name: no airfield word
    assert not kept({"name": "Tolm Airfield", "iata": ""})  # no IATA code: a private strip
    assert not kept({"name": "Ngara (Velm) Airport", "iata": "NGV"})


def test_an_airfield_named_in_text_is_a_location():
    from osint_graph.gazetteer import load_gazetteer
    from osint_graph.reference.airports import airfields

    name, _, lat, lon = next(a for a in airfields() if a[0].endswith("International Airport"))
    entry = load_gazetteer(None).lookup(name, "Location")
    assert entry is not None
    # with its coordinates, as the other places have them (GeoJSON export places it on the map)
    assert (entry.attributes.get("lat"), entry.attributes.get("lon")) == (f"{lat:.4f}", f"{lon:.4f}")
