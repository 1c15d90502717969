"""A lone name the model typed as a body that the article shows is a person's (entity32;
GUIDELINES: a person is a Person wherever the text names them by a part of the name):

- the name is a word of a person's name written in full elsewhere in the article ('Ola Brenn, a
  pirate based in Varn, said ... Brenn said'): the first or last word of a Person of two or more words;
- a naming word writes it as a person's ('the captain, surnamed Venn': `common/surname_cues.txt`).

Only a one-word name the model found, that no source lists as anything (a listed body or place
keeps its type), with no body's word in it. Runs in osint_entity_types before coreference.

A Person whose first word is a title's joining word ('of Information' left of 'Director of
Information' when the title word went into the role; `common/title_fillers.txt` minus the particles
of names) is a portfolio, no one's name: it leaves `doc.ents`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate

PERSON = LABEL_OF_TYPE["Person"]
RETYPED = frozenset({LABEL_OF_TYPE["Organization"]})  # not a place: "Natuna" beside a misread "Natuna Besar"
SURNAME_CUES = words("common/surname_cues")  # 'surnamed', 'named'
NAME_WORDS = words("common/org_name_words") | words("common/org_suffixes")
JOINERS = frozenset({"of", "for", "and", "the"})  # a title's joining words, no particle of a name


def _lone(e: Span, gazetteer: Gazetteer) -> bool:
    """A one-word capitalised name the model found, unlisted, no body's word."""
    tok = e[0]
    return (
        len(e) == 1
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.is_upper
        and span_ext(e, "osint_source") in (None, "model")
        and tok.lower_ not in NAME_WORDS
        and not gazetteer.types_of(e.text)
    )


def person_words(doc: Doc) -> set[str]:
    """The first and last words of the people named in full (two words or more)."""
    return {t.text for e in doc.ents if e.label_ == PERSON and len(e) > 1 for t in (e[0], e[-1]) if t.is_alpha}


def read_lone_surnames(doc: Doc, gazetteer: Gazetteer) -> None:
    """Retype to Person every mention of a lone name the article shows is a person's (module doc)."""
    ents = [e for e in doc.ents if not (e.label_ == PERSON and e[0].lower_ in JOINERS and e[0].is_lower)]
    if len(ents) < len(doc.ents):
        doc.ents = ents  # 'of Information': what a title left, no name
    named = person_words(doc)
    cued = {e.text for e in ents if e.start > 0 and doc[e.start - 1].lower_ in SURNAME_CUES}
    people = {e.text for e in ents if e.label_ in RETYPED and _lone(e, gazetteer) and e.text in named | cued}
    if not people:
        return
    doc.ents = [
        annotate(e, "Person", span_ext(e, "osint_source") or "model", canonical=e.text)
        if e.label_ in RETYPED and e.text in people and _lone(e, gazetteer)
        else e
        for e in ents
    ]
