"""Capitalised common nouns the model makes an organisation of (issue 11, thirty-second round; the
fresh batch dev-dd, wire copy from India): an Organization of words of the language ending in a
body's kind in the plural (entity_types/generic_body_plurals.txt): "the Law Enforcement Agencies",
"the Investigating Authorities" name no one body; a word that is no common word ("Kestrian Port
Authorities", an acronym) keeps the name. (A ship noun written capitalised, "the Vessel", is the
vessel rules'.)"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words

BODY_PLURALS = words("entity_types/generic_body_plurals")
ORG = LABEL_OF_TYPE["Organization"]


def _generic(span: Span) -> bool:
    if span.label_ != ORG or len(span) < 2 or span[-1].lower_ not in BODY_PLURALS:
        return False
    return all(t.is_alpha and not t.is_upper and english_word(t) for t in span[:-1])  # the head: the list's


def drop_generic_names(doc: Doc) -> None:
    """Leave out the entities that are capitalised common nouns (above)."""
    ents = list(doc.ents)
    kept = [e for e in ents if not _generic(e)]
    if len(kept) < len(ents):
        doc.ents = kept
