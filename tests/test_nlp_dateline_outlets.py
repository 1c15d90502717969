"""The outlet a dateline's brackets name is an Outlet entity, registry or not (osint_graph/nlp/dateline_entities.py,
tests/real/README.md "Datelines"), and the tokenizer splits a dateline's agency and a credit line's outlet off the marks
glued to them (sources/rules/common/tokenizer_infixes.jsonl). Made-up outlets, places and ships; each rule has a twin
that must not fire."""

from __future__ import annotations

import pytest

from osint_graph.model import Article
from osint_graph.nlp.dateline_entities import agency_acronym, initials_of

STORY = "A federal grand jury on Tuesday charged the captain of the Tern Vale with manslaughter."


def _outlets(extractor, text: str, outlet: str = "") -> set[tuple[str, str]]:
    ents = extractor.extract(Article(id="da", text=text, outlet=outlet or None)).entities
    return {(m.text, e.name) for e in ents if e.type == "Outlet" for m in e.mentions}


def test_initials_of_the_pages_outlet_name_that_outlet(extractor):
    """'KARSKVIK (HL) -' on Harbour Ledger's page: the page's own initials, its Outlet by its name."""
    assert ("HL", "Harbour Ledger") in _outlets(extractor, f"KARSKVIK (HL) — {STORY}", "Harbour Ledger")


def test_an_unlisted_agency_acronym_is_an_outlet_as_written(extractor):
    assert ("VNSX", "VNSX") in _outlets(extractor, f"KARSKVIK (VNSX) — {STORY}", "Harbour Ledger")


def test_a_generic_credit_in_the_brackets_is_no_outlet(extractor):
    """The twin: '(STAFF)', '(AGENCIES)' credit no one outlet."""
    for word in ("STAFF", "AGENCIES"):
        assert not _outlets(extractor, f"KARSKVIK ({word}) — {STORY}", "Harbour Ledger"), word


def test_an_acronym_in_brackets_inside_a_sentence_is_no_dateline_agency(extractor):
    """The twin: a body's acronym after its name in the story is no outlet."""
    text = f"The Karsk Maritime Board (KMBX) said on Tuesday that the Tern Vale had left. {STORY}"
    assert not _outlets(extractor, text, "Harbour Ledger")


def test_a_full_date_and_an_agency_glued_to_the_dash(extractor):
    """'May 13, 2019 (VNSX)—Two tankers': the tokenizer splits the bracket and the dash off, the date line is a
    dateline and its agency an Outlet."""
    text = "May 13, 2019 (VNSX)—Two tankers were hit off the coast of Karsk, the harbour master said today."
    assert ("VNSX", "VNSX") in _outlets(extractor, text, "Harbour Ledger")


def test_a_weekday_after_a_full_date_is_no_agency(extractor):
    """The twin: '(Monday)' after a date is no outlet."""
    text = "May 13, 2019 (Monday) - Two tankers were hit off the coast of Karsk, the harbour master said today."
    assert not _outlets(extractor, text, "Harbour Ledger")


def test_a_credit_line_glued_to_its_bar(nlp):
    """'Wirewatch|Published: 08.04.19': the outlet's name is a token of its own."""
    doc = nlp("Tanker seized off Karsk\nReuters|Published: 08.04.19 , 17:35\nThe Tern Vale was seized on Monday.")
    assert "Reuters" in [t.text for t in doc]


@pytest.mark.parametrize(
    ("name", "expected"), [("CN", True), ("WNA", True), ("STAFF", False), ("Wirewatch", False), ("A", False)]
)
def test_agency_acronym(name, expected):
    assert agency_acronym(name) is expected


@pytest.mark.parametrize(
    ("acronym", "outlet", "expected"),
    [
        ("CN", "Courthouse Newsline Service", True),
        ("HLN", "Harbour Ledger News", True),
        ("LN", "Harbour Ledger", False),
    ],
)
def test_initials_of(acronym, outlet, expected):
    assert initials_of(acronym, outlet) is expected
