"""A listed company named with no cue ('Repsol said', 'shares of Lockheed Martin'): the name is one
of the index constituents `pytickersymbols` ships (osint_graph/reference/companies.py), written as a
name, and the model took it for a person or a place or found nothing there.

A name of the list is read as the company only where it is written as a proper name: every word
capitalised and a proper noun to the parser, and, for a name of one word, no English word of WordNet
('Orange', 'Screen', 'Interface', 'Block') and no given name ('Elisa' the telecom is also a woman's
name), and no all-capitals acronym of three letters or fewer ('SCA', 'NN': short codes mean many
things). The sources' own types come first: a name the gazetteer knows is left to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.given_names import is_given_name
from osint_graph.nlp.rules import POSSESSIVE_MARKS
from osint_graph.reference.companies import is_listed_company

MAX_WORDS = 4
JOINERS = ("&", "-", "+", ".")


def _name_word(tok) -> bool:
    return tok.text in JOINERS or (tok.text[:1].isupper() and tok.pos_ == "PROPN")


def listed_company_name(span: Span, gazetteer: Gazetteer) -> bool:
    """The span is written as a listed company's name, by the conditions above."""
    words = [t for t in span if t.text not in POSSESSIVE_MARKS and t.lower_ != "the"]
    if not words or not all(_name_word(t) for t in words) or not words[0].text[:1].isupper():
        return False
    text = span.doc[words[0].i : words[-1].i + 1].text
    if len(words) == 1:
        word = words[0]
        if english_word(word) is not False or is_given_name(word.text):
            return False
        if word.text.isupper() and len(word.text) <= 3:
            return False
    return is_listed_company(text) and not gazetteer.types_of(text)


def unfound_listed_companies(doc: Doc, spans: list[Span], gazetteer: Gazetteer) -> list[tuple[Span, list[Span]]]:
    """The listed companies' names written where no entity stands, or where only the model's spans
    stand inside the name ('Lockheed' + 'Martin' for 'Lockheed Martin'): each name (longest first,
    left to right) with the spans it replaces."""
    owner: dict[int, Span] = {i: s for s in spans for i in range(s.start, s.end)}

    def pieces(span: Span) -> list[Span] | None:
        inside = {id(owner[t.i]): owner[t.i] for t in span if t.i in owner}
        for piece in inside.values():
            if piece.start < span.start or piece.end > span.end or (piece._.osint_source or "model") != "model":
                return None
        return list(inside.values())

    out: list[tuple[Span, list[Span]]] = []
    i = 0
    while i < len(doc):
        found = None
        if doc[i].text[:1].isupper() and not (i > 0 and _name_word(doc[i - 1]) and doc[i - 1].text not in JOINERS):
            for n in range(min(MAX_WORDS, len(doc) - i), 0, -1):
                span = doc[i : i + n]
                if span[-1].text in JOINERS:
                    continue
                if i + n < len(doc) and _name_word(doc[i + n]) and doc[i + n].text not in JOINERS:
                    continue  # 'Repsol Sinopec Resources': part of a longer name
                replaced = pieces(span)
                if replaced is None or (len(replaced) == 1 and (replaced[0].start, replaced[0].end) == (i, i + n)):
                    continue  # another source's name, or the model's own span (typed by `_map`)
                if listed_company_name(span, gazetteer):
                    found = (Span(doc, i, i + n, label="ORG"), replaced)
                    break
        if found is not None:
            out.append(found)
            i = found[0].end
        else:
            i += 1
    return out
