"""A name the model read as a person or a body, where the sentence puts a place
(osint_graph/nlp/place_syntax.py), and the region after a dateline's comma
(sources/rules/furniture/datelines.jsonl, group `place_region`). Made-up names and sentences."""

from __future__ import annotations

import pytest

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry
from osint_graph.nlp.extensions import register_extensions
from osint_graph.nlp.pipeline import load_model
from osint_graph.nlp.place_syntax import locative_place

EMPTY = Gazetteer([])


@pytest.fixture(scope="module")
def model():
    register_extensions()
    return load_model()


def reads_as_place(model, text: str, name: str, gazetteer: Gazetteer = EMPTY) -> bool:
    doc = model(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return locative_place(span, gazetteer)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The tanker ran aground off the east coast of Varnmoor on Monday.", "Varnmoor"),
        ("The dhow was hijacked in the vicinity of Kesmar last week.", "Kesmar"),
        ("Pirates took the ship and its crew to Tollbury on Friday.", "Tollbury"),
        ("The hostages are held about 30 miles north of Brennick.", "Brennick"),
        ("The ferry capsized between Ostrava Point and Kellmore on Friday.", "Kellmore"),
        ("The barge drifted towards Dunmarrow overnight.", "Dunmarrow"),
    ],
)
def test_a_name_where_the_sentence_puts_a_place(model, text, name):
    assert reads_as_place(model, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Investors took a large stake in Varnco last year.", "Varnco"),
        ("A statement from Ola Brenn was read to the court.", "Ola Brenn"),
        ("The ship was sold to Kesmar Shipping in May.", "Kesmar Shipping"),
        ("According to Tollbury, the crew was safe.", "Tollbury"),
    ],
)
def test_no_place_where_a_body_or_a_person_stands(model, text, name):
    assert not reads_as_place(model, text, name)


def test_a_name_the_sources_know_as_a_person_stays_one(model):
    known = Gazetteer([GazetteerEntry("Person", "Varnmoor", (), {}, {})])
    assert not reads_as_place(model, "The tanker ran aground off the coast of Varnmoor.", "Varnmoor", known)


def test_the_region_after_a_datelines_comma_is_a_place(nlp):
    doc = nlp("KESMARTOWN, Vellarny — Dozens of passengers were flown south after the cruise ship ran aground.")
    found = {e.text: e.label_ for e in doc.ents}
    assert found.get("Vellarny") == "LOCATION"
