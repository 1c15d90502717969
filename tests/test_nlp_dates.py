"""The date component and its normaliser, anchored on a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from osint_graph.nlp.dates import normalise

PUBLISHED = date(2024, 3, 4)  # a Monday


@pytest.mark.parametrize(
    "text,value",
    [
        ("January 16", "2024-01-16"),
        ("16 January 2023", "2023-01-16"),
        ("March 10", "2023-03-10"),  # after publication: the year before
        ("last fall", "2023-09-01/2023-11-30"),
        ("the fall", "2023-09-01/2023-11-30"),
        ("since last July", "2023-07-01/2024-03-04"),
        ("since the end of August", "2023-08-21/2024-03-04"),
        ("the end of October", "2023-10-21/2023-10-31"),
        ("January", "2024-01-01/2024-01-31"),
        ("in December 2024", "2024-12-01/2024-12-31"),
        ("mid-January", "2024-01-11/2024-01-20"),
        ("early March", "2024-03-01/2024-03-10"),
        ("Monday", "2024-03-04"),
        ("on Friday", "2024-03-01"),
        ("Sunday morning", "2024-03-03"),
        ("last week", "2024-02-26/2024-03-03"),
        ("last month", "2024-02-01/2024-02-29"),
        ("last year", "2023-01-01/2023-12-31"),
        ("early next year", "2025-01-01/2025-04-30"),
        ("the winter", "2023-12-01/2024-02-29"),
        ("2006", "2006-01-01/2006-12-31"),
        ("the 1990s", "1990-01-01/1999-12-31"),
        ("since August last year", "2023-08-01/2024-03-04"),
        ("the first week of September", "2023-09-01/2023-09-07"),
        ("yesterday", "2024-03-03"),
    ],
)
def test_normalise(text, value):
    assert normalise(text, PUBLISHED) == value


@pytest.mark.parametrize("text", ["almost three weeks", "several months", "recent weeks", "Maya 1"])
def test_not_dates(text):
    assert normalise(text, PUBLISHED) is None


def test_anaphora_needs_an_anchor():
    assert normalise("the following day", PUBLISHED) is None
    assert normalise("the following day", PUBLISHED, previous=date(2024, 11, 17)) == "2024-11-18"


def dates(nlp, text, published=PUBLISHED):
    doc = nlp.make_doc(text)
    doc._.published = published
    return {s.text: s._.date_value for s in nlp(doc)._.dates}


def test_component_spans_and_values(nlp):
    found = dates(nlp, "Ships have sailed since last fall. On January 16 it got a certificate and left on February 4.")
    assert found == {"since last fall": "2023-09-01/2024-03-04", "January 16": "2024-01-16", "February 4": "2024-02-04"}


def test_reporting_day_orders_the_weekdays(nlp):
    found = dates(nlp, "Shin Won-sik told local media on Monday, Reuters reported on Tuesday.")
    assert found == {"Monday": "2024-02-26", "Tuesday": "2024-02-27"}


def test_following_day(nlp):
    found = dates(nlp, "The cable failed on Sunday morning, and a second one the following day.", date(2024, 11, 21))
    assert found == {"Sunday morning": "2024-11-17", "the following day": "2024-11-18"}


def test_durations_are_not_dates(nlp):
    assert dates(nlp, "For almost three weeks no containers arrived; repairs could take several months.") == {}


def test_without_a_published_date_only_absolute_dates_resolve(nlp):
    found = dates(nlp, "The ship left on 16 January 2024 and returned last week.", published=None)
    assert found == {"16 January 2024": "2024-01-16"}


def test_published_date_survives_the_doc(nlp):
    doc = nlp.make_doc("Nothing happened.")
    doc._.published = PUBLISHED
    assert doc._.published == PUBLISHED
    assert isinstance(doc._.published, date)


def test_future_dates_when_the_text_speaks_of_the_future(nlp):
    found = dates(nlp, "Repairs are expected to be completed by January 10.", date(2025, 1, 8))
    assert found == {"January 10": "2025-01-10"}
    assert normalise("January 10", date(2025, 1, 8)) == "2024-01-10"
