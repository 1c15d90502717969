"""Places and persons of the twenty-ninth round (location29, issue 11): a coast named by its region, a
sea's short name as an adjective, a capital after a town, a ship class named after a place, locks and
spits, datelines the model reads nothing in, states written with 'St', honorifics around a name.

Made-up names where the rule reads the words around the name; each rule has a twin that must not fire.
"""

from __future__ import annotations

import pytest

from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.reference.countries import _saint_forms

PLACE, COUNTRY, PERSON = (LABEL_OF_TYPE[t] for t in ("Location", "Country", "Person"))


def _ents(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in nlp(text).ents}


# -- the coast of a region


def test_the_coast_of_a_named_region_is_the_region(nlp):
    found = _ents(nlp, "The tanker lost forty containers off the Kesmarra coast in 2018.")
    assert ("Kesmarra", PLACE) in found


def test_the_coast_of_a_people_names_no_place(nlp):
    found = _ents(nlp, "The tanker lost forty containers off the Somali coast in 2018.")
    assert not [e for e in found if e[1] == PLACE]


def test_a_shore_head_after_a_known_sea_is_the_sea(nlp):
    found = _ents(nlp, "Strikes hit radar sites on Varnia's Red Sea Coast early on Thursday.")
    assert ("Red Sea", PLACE) in found and ("Red Sea Coast", PLACE) not in found


def test_a_shore_head_after_an_unknown_name_stays_in_the_name(nlp):
    found = _ents(nlp, "The ferry sank off the Kesmarra Coast early on Thursday.")
    assert ("Kesmarra Coast", PLACE) in found


# -- a sea's short name before a noun


@pytest.mark.parametrize(
    "text",
    [
        "The Tern Vale left Brennport for a Mediterranean cruise on Monday.",
        "Varnia's Mediterranean ports handle most of its trade.",
        "The trawler was sailing on the Atlantic coast when the fire broke out.",
    ],
)
def test_a_seas_short_name_before_a_noun_is_an_adjective(nlp, text):
    assert not [e for e in _ents(nlp, text) if e[1] == PLACE and e[0] in ("Mediterranean", "Atlantic")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Tern Vale sank in the Mediterranean on Monday.", "Mediterranean"),
        ("Warships patrol the Mediterranean region every summer.", "Mediterranean"),
        ("The trawler crossed the Atlantic last week.", "Atlantic"),
    ],
)
def test_a_seas_short_name_as_a_noun_is_the_sea(nlp, text, name):
    assert (name, PLACE) in _ents(nlp, text)


# -- a capital's name after a town


def test_a_capitals_name_after_a_town_is_the_region(nlp):
    found = _ents(nlp, "The corvette was built by a yard in Kesmarra, Victoria, for the navy.")
    assert ("Victoria", PLACE) in found and ("Victoria", COUNTRY) not in found


def test_a_capital_acting_stays_its_state(nlp):
    found = _ents(nlp, "Moscow protested on Monday, and Kyiv said the talks had failed.")
    assert ("Kyiv", COUNTRY) in found


# -- a ship class named after a place


def test_a_place_before_class_names_a_ship_class(nlp):
    found = _ents(nlp, "The Tern Vale, an Austin-class transport dock, joined the group.")
    assert not [e for e in found if e[0] == "Austin"]


def test_a_place_before_another_noun_stays_a_place(nlp):
    found = _ents(nlp, "The Tern Vale, an Austin-based transport dock, joined the group.")
    assert ("Austin", PLACE) in found


# -- locks and spits


def test_a_named_lock_is_a_place(nlp):
    found = _ents(nlp, "Varnholt Lock and Brennkade Lock were closed by the strike on Monday.")
    assert {("Varnholt Lock", PLACE), ("Brennkade Lock", PLACE)} <= found


def test_a_lock_without_a_name_is_no_place(nlp):
    found = _ents(nlp, "The lock was closed by the strike on Monday, the port said.")
    assert not [e for e in found if e[1] == PLACE]


# -- datelines


def test_a_dateline_town_the_model_misses_is_the_place(extractor):
    from osint_graph.model import Article

    text = "Frigate fails\n\nKORSCHENBROICH, Germany, April 4 (Reuters) – A frigate suffered a failure, the navy said."
    names = {(e.type, e.name) for e in extractor.extract(Article(id="t29a", text=text)).entities}
    assert ("Location", "Korschenbroich") in names


def test_an_upper_case_word_before_a_dash_that_is_no_town_is_no_place(extractor):
    from osint_graph.model import Article

    text = "Frigate fails in combat\n\nUPDATE – A frigate suffered a failure near Kesmarra, the navy said."
    names = {(e.type, e.name) for e in extractor.extract(Article(id="t29b", text=text)).entities}
    assert not [n for n in names if n[1] in ("Update", "UPDATE")]


def test_a_dateline_town_and_state_alone_under_a_byline(extractor):
    from osint_graph.model import Article

    text = "Court extends custody\n\nBy OLA BRENN\nCOPENHAGEN, Denmark\n\nA court has extended the time in custody."
    types = {e.name: e.type for e in extractor.extract(Article(id="t29c", text=text)).entities}
    assert types.get("Copenhagen") == "Location"


# -- states written with 'St'


def test_a_saint_state_has_its_press_forms():
    forms = _saint_forms("Saint Vincent and the Grenadines")
    assert {"St Vincent and Grenadines", "St. Vincent and the Grenadines"} <= set(forms)
    assert _saint_forms("Santa Varnia") == []


def test_a_state_written_with_st_is_the_state(nlp):
    found = _ents(nlp, "The Tern Vale sailed under the flag of St Vincent and Grenadines.")
    assert ("St Vincent and Grenadines", COUNTRY) in found


# -- honorifics


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tan Sri Ola Brennsen watched the drill on Monday.", "Ola Brennsen"),
        ("Defence Minister Datuk Seri Ola Brennsen confirmed the drills.", "Ola Brennsen"),
        ("Mrs Justice Brennsen DBE dealt with the claim.", "Brennsen"),
        ("Mr Ola Brennsen, chairman of the group, said the port would open.", "Ola Brennsen"),
    ],
)
def test_honorifics_stay_outside_the_name(nlp, text, name):
    persons = {e.text for e in nlp(text).ents if e.label_ == PERSON}
    assert name in persons and not [p for p in persons if p != name]


# -- exercises


@pytest.mark.parametrize(
    "text, name",
    [
        ("The frigate sailed to Varnia for Exercise Kesmarra on Monday.", "Kesmarra"),
        ("It fired a missile during exercise Tollo Guardian 2017 near Brennport.", "Tollo Guardian 2017"),
        ("The training exercise, called “Noble Kestrel”, was held at sea. Noble Kestrel ended on Friday.", "Kestrel"),
    ],
)
def test_an_exercises_name_is_no_place_and_no_person(nlp, text, name):
    assert not [e for e in _ents(nlp, text) if name in e[0] and e[1] in (PLACE, PERSON)]


def test_a_place_after_the_exercises_stays_a_place(nlp):
    found = _ents(nlp, "After the exercises, the frigate sailed to Kesmarra on Monday. Kesmarra lies on the coast.")
    assert [e for e in found if e[0] == "Kesmarra" and e[1] != PERSON]


def test_a_known_sea_before_drills_stays_the_sea(nlp):
    assert ("Black Sea", PLACE) in _ents(nlp, "Russian ships held drills in the Black Sea after the Black Sea drills.")


# -- a shared noun after two seas' short names, and a byline run into its dateline


def test_two_short_names_sharing_a_noun_are_adjectives(nlp):
    found = _ents(nlp, "The company runs the two ports at the Pacific and Atlantic entrances to the canal.")
    assert not [e for e in found if e[1] == PLACE]


def test_a_byline_run_into_a_dateline_gives_no_person(extractor):
    from osint_graph.model import Article

    text = (
        "Cargo story\n\nBy Ola Brennsen, Lena Varga and Jon Dalsund KESMARRA/LONDON, Aug 11 (Reuters) – In the"
        " story of the cargo, the owner said on Monday that he knew nothing."
    )
    ents = extractor.extract(Article(id="t29d", text=text)).entities
    assert not [e for e in ents if e.type == "Person"]
    assert ("Location", "London") in {(e.type, e.name) for e in ents}


# -- world regions named with 'America'


def test_a_region_named_with_america_is_the_region(nlp):
    found = _ents(nlp, "The trawler sank 2,500 kilometres from shore in South America on Monday.")
    assert ("South America", PLACE) in found and ("America", COUNTRY) not in found


def test_america_alone_stays_the_state(nlp):
    found = _ents(nlp, "North American navies joined the search. America said the talks had failed.")
    assert ("America", COUNTRY) in found and not [e for e in found if e[1] == PLACE]


# -- storms


def test_a_storms_name_is_no_person_and_no_body(nlp):
    found = _ents(nlp, "Super Typhoon Kesmarra formed last week. Kesmarra made landfall on Monday, Ola Brennsen said.")
    assert not [e for e in found if "Kesmarra" in e[0]] and ("Ola Brennsen", PERSON) in found


def test_a_weapon_named_like_a_storm_keeps_its_type(nlp):
    found = _ents(nlp, "The air force fired Storm Shadow missiles at the port on Monday.")
    assert [e for e in found if e[0].startswith("Storm Shadow") and e[1] == LABEL_OF_TYPE["Weapon"]]
