"""Plural demonyms in counts of people (round 28): the noun forms countryinfo lacks ("Spaniards",
"Madagascans", "Frenchmen") and a demonym two states share ("Koreans") are demonyms, so "two
Spaniards" counts persons; a capitalised word merely ending in -ans or -ese is none, and a demonym
written before a noun ("two Korean trawlers") counts that noun."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import load_gazetteer
from osint_graph.reference.countries import _listed_demonyms, countries
from osint_graph.reference.merge import country_entries


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.mark.parametrize(
    ("word", "iso2"),
    [("Spaniards", "ES"), ("Spaniard", "ES"), ("Madagascans", "MG"), ("Frenchmen", "FR"), ("Dutchmen", "NL"),
     ("Swedes", "SE"), ("Croats", "HR"), ("Kazakhs", "KZ"), ("Argentines", "AR"), ("Swiss", "CH")],
)  # fmt: skip
def test_noun_demonyms_and_their_plurals_resolve(gazetteer, word, iso2):
    entry = gazetteer.country_of_demonym(word)
    assert entry is not None and entry.identifiers["iso2"] == iso2, word


def test_a_demonym_two_states_share_is_a_demonym_of_no_state(gazetteer):
    for word in ("Korean", "Koreans", "Congolese"):
        assert gazetteer.is_demonym(word), word
        assert gazetteer.country_of_demonym(word) is None, word
    assert "Korean" in next(e for e in country_entries() if e.identifiers["iso2"] == "KR").values("shared_demonyms")


@pytest.mark.parametrize("word", ["Veterans", "Partisans", "Titans", "Pekingese", "Ruritanians", "Women", "Omens"])
def test_words_ending_like_a_demonym_are_none(gazetteer, word):
    assert not gazetteer.is_demonym(word)


def test_every_listed_code_is_a_country_and_adds_its_forms():
    by_code = {c.iso2: c for c in countries()}
    assert set(_listed_demonyms()) <= set(by_code), set(_listed_demonyms()) - set(by_code)
    assert "Spaniard" in by_code["ES"].demonyms and "Spanish" in by_code["ES"].demonyms


def figures(nlp, text):
    return {f.text: (f._.figure_value, f._.figure_unit) for f in nlp(text)._.figures}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Karsk police detained two Spaniards and nine Madagascans in Tolm.", "two Spaniards", (2, "person")),
        ("Karsk police detained two Spaniards and nine Madagascans in Tolm.", "nine Madagascans", (9, "person")),
        ("Three Koreans were detained by Karsk police in Tolm.", "Three Koreans", (3, "person")),
        ("The Tolm court fined four Frenchmen for fishing off Karsk.", "four Frenchmen", (4, "person")),
    ],
)
def test_a_plural_demonym_alone_counts_persons(nlp, text, span, expected):
    found = figures(nlp, text)
    assert found.get(span) == expected, found


def test_a_demonym_before_a_noun_counts_the_noun(nlp):
    found = figures(nlp, "Karsk police seized two Korean trawlers off Tolm.")
    assert found.get("two Korean trawlers") == (2, "trawler"), found


def test_a_capitalised_word_ending_in_ans_is_no_people(nlp):
    found = figures(nlp, "The Tolm club beat the Karsk Titans by 12 points.")
    assert all(unit != "person" for _, unit in found.values()), found
