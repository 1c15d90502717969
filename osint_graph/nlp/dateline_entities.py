"""The names a dateline gives that no other step found: its agency ("OSLO (Wirewatch) -": the Outlet
that wrote the story) and its place ("KESMAR, Tollo, June 3 (Wirewatch) -", "KESMAR, Tollo" alone on a
line under a byline: a Location, tests/real/README.md "Datelines").

The furniture step (`furniture.py`, `sources/rules/furniture/datelines.jsonl`) marks the pieces; the
model often reads no entity in an upper-case word it has not seen ("KORSOR"). A place is added only
where the sources know the name as a place or GeoNames lists a town of that name (`reference.places`,
towns of 15,000 people and more), so a stray upper-case word before a dash ("UPDATE -") is none.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, cldr_place
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.furniture import DATELINE, DATELINE_AGENCY
from osint_graph.nlp.furniture import pieces as furniture_pieces
from osint_graph.nlp.spans import annotate

PLACE_TYPES = frozenset({"Location", "Port", "Country"})


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
        if kind == DATELINE_AGENCY and (entry := gazetteer.lookup(name, "Outlet")) is not None:
            out.append(annotate(span, "Outlet", "gazetteer", entry=entry))
        elif kind == DATELINE and span.text == name and known_place(name, gazetteer):
            canonical = name.title() if name.isupper() else None
            out.append(annotate(span, "Location", "context", canonical=canonical))
    return out
