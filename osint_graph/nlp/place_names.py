"""Places' names the model cuts or mistypes (issue 11, thirty-second round; the fresh batch dev-de and
pages from Latin America and South-East Asia):

- a leading word of the name left out: "near San Cristobal" read as 'Cristobal', "off Pulau Kendi"
  as 'Kendi': a word of entity_types/place_name_prefixes.txt right before a Location or Port, on
  the same line and in no entity of its own, is taken in;
- a protected area read as an organisation: "the Galapagos Marine Reserve" (the closing words a
  phrase of entity_types/protected_area_heads.txt) is a Location.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.nlp.labels import LABEL_OF_TYPE, TYPE_OF_LABEL
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate

PREFIXES = words("entity_types/place_name_prefixes")
AREA_HEADS = frozenset(tuple(p.split()) for p in words("entity_types/protected_area_heads"))
PLACES = frozenset(LABEL_OF_TYPE[t] for t in ("Location", "Port"))
ORG = LABEL_OF_TYPE["Organization"]


def _with_prefix(span: Span, taken: set[int]) -> Span:
    doc = span.doc
    k = span.start - 1
    if k < 0 or k in taken or doc[k].lower_ not in PREFIXES or not doc[k].text[:1].isupper():
        return span
    if doc[k].whitespace_ != " " or doc[k].is_sent_start:
        return span  # 'San' opening a sentence may be its own word ('Santa ...' of a headline)
    source = span._.osint_source or "model"
    return annotate(doc[k : span.end], TYPE_OF_LABEL[span.label_], source)


def _area(span: Span) -> Span:
    if span.label_ != ORG or not any(tuple(t.lower_ for t in span[-n:]) in AREA_HEADS for n in (2, 3)):
        return span
    return annotate(span, "Location", span._.osint_source or "model")


def read_place_names(doc: Doc) -> None:
    """Whole places' names and protected areas as places."""
    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = [_with_prefix(e, taken) if e.label_ in PLACES else _area(e) for e in ents]
    if any(a is not b for a, b in zip(out, ents, strict=True)):
        doc.ents = out
