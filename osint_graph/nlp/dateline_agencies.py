"""The outlet a dateline's brackets name, as an entity of the article, registry or not.

"LOS ANGELES (CN) -", "Oslo (WNA) -": the dateline's brackets name the outlet that wrote the story
(tests/real/README.md, Datelines: "annotate it as an Outlet entity"). osint_furniture marks that
agency as a `dateline_agency` piece; a name the model or the gazetteer found there is typed an Outlet
by osint_entity_types. A piece nothing covers is an Outlet here when the registry lists it, or when
it is shaped as an agency's acronym (two to six capitals, no generic credit word such as "Staff" or
"Agencies": sources/rules/attribution/generic_credits.txt) that the gazetteer gives no other type.
Initials of the page's own outlet ("(CN)" on Courthouse News Service's page) name that outlet; other
acronyms keep the name as written, as the repost rule does for the chain head (nlp/repost.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.furniture import DATELINE_AGENCY
from osint_graph.nlp.furniture import pieces as furniture_pieces
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate

GENERIC_CREDITS = words("attribution/generic_credits")
MIN_LETTERS, MAX_LETTERS = 2, 6


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


def dateline_agency_spans(doc: Doc, gazetteer: Gazetteer, covered: set[int]) -> list[Span]:
    """Outlet spans for the dateline agencies no span of `covered` token indices holds."""
    text = doc_text(doc)
    page = getattr(doc._, "outlet", None) or ""
    out: list[Span] = []
    for kind, start, end in furniture_pieces(doc):
        if kind != DATELINE_AGENCY:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or covered & set(range(span.start, span.end)):
            continue
        name = text[start:end]
        entry = gazetteer.lookup(name, "Outlet")
        if entry is not None:
            out.append(annotate(span, "Outlet", "gazetteer", entry=entry))
        elif span.text == name and agency_acronym(name) and not gazetteer.types_of(name):
            if page and initials_of(name, page):
                own = gazetteer.lookup(page, "Outlet")
                out.append(annotate(span, "Outlet", "dateline", entry=own, canonical=page))
            else:
                out.append(annotate(span, "Outlet", "dateline"))

    return out
