"""The names a dateline gives that no other step found: its agency ("OSLO (Wirewatch) -": the Outlet
that wrote the story, registry or not) and its place ("KESMAR, Tollo, June 3 (Wirewatch) -", "KESMAR, Tollo" alone on a
line under a byline: a Location, tests/real/README.md "Datelines").

The furniture step (`furniture.py`, `sources/rules/furniture/datelines.jsonl`) marks the pieces; the
model often reads no entity in an upper-case word it has not seen ("KORSOR"). A place is added only
where the sources know the name as a place or GeoNames lists a town of that name (`reference.places`,
towns of 15,000 people and more), so a stray upper-case word before a dash ("UPDATE -") is none.

An agency nothing covers is an Outlet when the registry lists it, or when it is shaped as an agency's
acronym (two to six capitals, no generic credit word such as "Staff" or "Agencies":
sources/rules/attribution/generic_credits.txt) that the gazetteer gives no other type. Initials of the
page's own outlet ("(CN)" on Courthouse News Service's page) name that outlet; other acronyms keep the
name as written, as the repost rule does for the chain head (nlp/repost.py).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, cldr_place
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.furniture import DATELINE, DATELINE_AGENCY
from osint_graph.nlp.furniture import pieces as furniture_pieces
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate

PLACE_TYPES = frozenset({"Location", "Port", "Country"})
GENERIC_CREDITS = words("attribution/generic_credits")
MIN_LETTERS, MAX_LETTERS = 2, 6


# letters NFKD does not take apart, as datelines write them in ASCII ('KORSOR' for Korsør)
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "ł": "l", "ı": "i", "œ": "oe"})


def _fold(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return plain.encode("ascii", "ignore").decode().casefold().strip()


@cache
def _town_names() -> frozenset[str]:
    from osint_graph.reference.places import all_cities

    return frozenset(_fold(c.name) for c in all_cities())


def known_place(name: str, gazetteer: Gazetteer) -> bool:
    """A name the sources know as a place, or a GeoNames town's (accents and case aside: 'KORSOR')."""
    return bool(gazetteer.types_of(name) & PLACE_TYPES) or cldr_place(name) is not None or _fold(name) in _town_names()


def agency_acronym(name: str) -> bool:
    """Shaped as an agency's acronym ("WNA", "CN"), no generic credit word ("STAFF")."""
    if not (name.isupper() and name.isalpha()):
        return False
    return MIN_LETTERS <= len(name) <= MAX_LETTERS and name.lower() not in GENERIC_CREDITS


def initials_of(acronym: str, outlet: str) -> bool:
    """Are the letters of `acronym` ("CN") the initials of words of `outlet` ("Courthouse News Service"), in order,
    the first word's among them?"""
    words_ = [w for w in outlet.replace("-", " ").split() if w[:1].isalpha()]
    if not words_ or not acronym or acronym[0].lower() != words_[0][0].lower():
        return False
    initials = iter(w[0].lower() for w in words_)
    return all(letter in initials for letter in acronym.lower())


def _agency(doc: Doc, span: Span, name: str, gazetteer: Gazetteer) -> Span | None:
    """The dateline agency's Outlet span: the registry's, else an acronym's (the page's own outlet's
    name when the acronym is its initials)."""
    entry = gazetteer.lookup(name, "Outlet")
    if entry is not None:
        return annotate(span, "Outlet", "gazetteer", entry=entry)
    if span.text != name or not agency_acronym(name) or gazetteer.types_of(name):
        return None
    page = getattr(doc._, "outlet", None) or ""
    if page and initials_of(name, page):
        return annotate(span, "Outlet", "dateline", entry=gazetteer.lookup(page, "Outlet"), canonical=page)
    return annotate(span, "Outlet", "dateline")


def unfound_dateline_entities(doc: Doc, found: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Outlets and places of the datelines that no span of `found` covers."""
    covered = {i for s in found for i in range(s.start, s.end)}
    text = doc_text(doc)
    out = []
    for kind, start, end in furniture_pieces(doc):
        if kind not in (DATELINE, DATELINE_AGENCY):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or covered & set(range(span.start, span.end)):
            continue
        name = text[start:end]
        if kind == DATELINE_AGENCY and (agency := _agency(doc, span, name, gazetteer)) is not None:
            out.append(agency)
        elif kind == DATELINE and span.text == name and known_place(name, gazetteer):
            canonical = name.title() if name.isupper() else None
            out.append(annotate(span, "Location", "context", canonical=canonical))
    return out
