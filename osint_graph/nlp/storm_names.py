"""Names of storms read as people, bodies or places: "Storm Kesmar", "Super Typhoon Tollo", and the name
alone after it ("Tollo made landfall"): a weather system, no entity type of ours (location29, issue 11;
the words are `sources/rules/entity_types/storm_words.txt`). A Weapon or a Vessel keeps its reading
("Storm Shadow missiles", a ship named "Typhoon")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import normalise_name
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words

STORM_WORDS = frozenset(tuple(w.split()) for w in words("entity_types/storm_words"))
LABELS = frozenset(LABEL_OF_TYPE[t] for t in ("Person", "Organization", "Location", "Port"))


def _storm_word_end(doc: Doc, start: int) -> int:
    """The end of the longest storm word at `start`, `start` if none."""
    for n in (2, 1):
        if tuple(t.lower_ for t in doc[start : start + n]) in STORM_WORDS and start + n <= len(doc):
            return start + n
    return start


def _storm_name(span: Span) -> str | None:
    """The storm's name of 'Storm Kesmar' (the span, or the storm words written right before it)."""
    doc = span.doc
    for begin in (span.start, span.start - 1, span.start - 2):
        if begin < 0:
            continue
        end = _storm_word_end(doc, begin)
        if end > begin and end >= span.start and end < span.end and doc[end].text[:1].isupper():
            return normalise_name(doc[end : span.end].text)
    return None


def drop_storm_names(doc: Doc) -> None:
    """Leave out every Person, Organization, Location or Port reading of a storm's name, written with
    its storm word or alone."""
    ents = list(doc.ents)
    read = [_storm_name(e) if e.label_ in LABELS else None for e in ents]  # each entity's storm name, once
    names = {name for name in read if name}
    if names:
        doc.ents = [
            e
            for e, name in zip(ents, read, strict=True)
            if not (e.label_ in LABELS and (name or normalise_name(e.text)) in names)
        ]
