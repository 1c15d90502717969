"""A listed company named with no cue (osint_graph/nlp/listed_companies.py, reference/companies.py):
made-up names put in the list for the test, on made-up texts."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import normalise_name
from osint_graph.nlp.listed_companies import listed_company_name
from osint_graph.reference import companies

MADE_UP = ("Torvexa", "Kelbrand Marsh", "Orange", "Ilse", "KVX", "Quorvant")


@pytest.fixture
def listed(monkeypatch):
    names = frozenset(normalise_name(n) for n in MADE_UP)
    monkeypatch.setattr(companies, "listed_company_names", lambda: names)


def ents(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.label_, e.text) for e in nlp(text).ents]


def test_short_forms_drop_the_legal_form_and_company_word():
    tails = ("Inc.", "Group", "Company", "Ltd")
    assert companies.short_forms("Torvexa, Inc.", tails) == {"Torvexa, Inc.", "Torvexa"}
    assert "Kelbrand Marsh" in companies.short_forms("The Kelbrand Marsh Company Ltd", tails)
    assert companies.short_forms("Group", tails) == {"Group"}  # a name is never cut to nothing


def test_the_package_list_holds_index_constituents():
    names = companies.listed_company_names()
    assert len(names) > 1000
    assert companies.is_listed_company("Lockheed Martin") and companies.is_listed_company("Volkswagen")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Torvexa said the tanker had been chartered for a cargo to the north.", "Torvexa"),
        ("The radar was delivered by Kelbrand Marsh in the spring.", "Kelbrand Marsh"),
    ],
)
def test_a_listed_name_is_a_company(nlp, listed, text, name):
    assert ("ORG", name) in ents(nlp, text)


def test_a_name_off_the_list_is_left_to_the_other_rules(nlp, listed):
    assert ("ORG", "Quelmarin") not in ents(nlp, "Quelmarin said the tanker had been chartered for a cargo.")


@pytest.mark.parametrize(
    "text, word",
    [
        ("Orange said the cable had been cut near the coast.", "Orange"),  # an English word
        ("Ilse said the cable had been cut near the coast.", "Ilse"),  # a given name
        ("KVX said the cable had been cut near the coast.", "KVX"),  # a short code
        ("The order went to the quorvant of the yard.", "quorvant"),  # not written as a name
    ],
)
def test_a_listed_name_that_is_a_word_a_given_name_or_a_short_code_is_no_company(nlp, listed, text, word):
    doc = nlp(text)
    k = next(t.i for t in doc if t.text == word)
    assert not listed_company_name(doc[k : k + 1], Gazetteer([]))


def test_the_same_check_takes_a_listed_proper_name(nlp, listed):
    doc = nlp("Torvexa said the cable had been cut near the coast.")
    assert listed_company_name(doc[0:1], Gazetteer([]))
