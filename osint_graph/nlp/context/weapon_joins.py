"""One weapon mention from a model's name and the class words written beside it.

The gazetteer and the context rules find "PKM" and "general purpose machine guns", "C-802" and
"anti-shipping missile", "hypersonic cruise missile" and "Tsirkon" as two weapons each; a reader
sees one: the model, named with its class ("49 PKM general purpose machine guns", "a C-802
radar-guided anti-shipping missile", "a hypersonic cruise missile Tsirkon"). GUIDELINES, Weapon:
the span includes the type noun and the canonical name is the model.

A class is a weapon span written in lower case without digits; a model is one with a capital
inside or a digit ('PKM', 'C-802'), or a capitalised word that does not open its sentence
('Tsirkon'). Between a model and the class after it, only hyphenated describing words may stand
('radar-guided') or listed describing words ('heavy', context/weapon_join_gap_words.txt); a class
before a model must touch it. Anything else between them ('and', a
comma) keeps two weapons ('KN-23 and cruise missiles'). A designator and the model's name or variant
written right after it ('RGM-7 Tarvos Block II missiles') are one weapon too, named by the designator
(GUIDELINES, a weapon's canonical name with a maker's or popular name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate, designation_starts

MAX_GAP = 4  # 'radar-guided', 'wire-guided': a hyphenated compound is three tokens
GAP_WORDS = words("context/weapon_join_gap_words")  # 'a DShK heavy machine gun'


def join_weapon_parts(doc: Doc, gazetteer: Gazetteer) -> None:
    """Merge each model span with the class span beside it (see the module's docstring)."""
    label = LABEL_OF_TYPE["Weapon"]
    ents = list(doc.ents)
    out: list[Span] = []
    for b in ents:
        a = out[-1] if out else None
        if a is not None and a.label_ == label and b.label_ == label:
            model = _joined_model(doc, a, b)
            if model is not None:  # the merged span may take the next part too ('RGM-7 Tarvos Block II missiles')
                out[-1] = _merged(doc, a, b, model, gazetteer)
                continue
        out.append(b)
    if len(out) != len(ents):
        doc.ents = out


def _joined_model(doc: Doc, a: Span, b: Span) -> Span | None:
    """The model of two weapon spans a, b (a first) that name one weapon, else None."""
    if _is_model(a) and _is_class(b) and _describing_gap(doc, a.end, b.start):
        return a
    if a.end == b.start and _is_model(b) and designation_starts(doc, a.start) and not designation_starts(doc, b.start):
        return a  # 'RGM-7 Tarvos', 'VR-17 Falcon Block II missiles': a designator and the model's name written after it
    if _is_class(a) and _is_model(b) and a.end == b.start and not (b.text.isupper() and b.text.isalpha()):
        return b  # 'hypersonic cruise missile Tsirkon', '... KR-77' (not a body's acronym after it)
    return None


def _is_class(span: Span) -> bool:
    text = span.text
    return text == text.lower() and not any(c.isdigit() for c in text)


def _is_model(span: Span) -> bool:
    text = span.text
    if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        return True
    return any(c.isupper() for c in text[1:]) or (text[:1].isupper() and not span[0].is_sent_start)


def _describing_gap(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are none, listed describing words ('heavy') or hyphenated lower-case ones
    ('radar-guided')."""
    if end - start > MAX_GAP:
        return False
    gap = doc[start:end]
    if all(t.lower_ in GAP_WORDS for t in gap):
        return True
    return any(t.text == "-" for t in gap) and all(t.text == "-" or (t.is_alpha and t.is_lower) for t in gap)


def _merged(doc: Doc, a: Span, b: Span, model: Span, gazetteer: Gazetteer) -> Span:
    """One span over a and b, named as the model is."""
    span = Span(doc, a.start, b.end, label=a.label_)
    canonical = model._.canonical
    entry = gazetteer.lookup(canonical or "", "Weapon")
    merged = annotate(span, "Weapon", model._.osint_source or "context", entry=entry, canonical=canonical)
    merged._.identifiers = dict(model._.identifiers or {})
    return merged
