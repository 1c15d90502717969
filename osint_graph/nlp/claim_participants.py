"""A clause about the story's event whose participants are all unnamed is still a claim.

"Authorities detained the tanker for investigation", "Some crew members initially prevented
enforcement officers from returning", "A journalist saw fire department workers recover a body":
none names a tracked entity or carries a figure, yet each asserts what happened
(tests/gold/GUIDELINES.md, "Claims": one claim per asserted proposition; the annotators of the
fresh batches, and most of the dev gold, give such sentences a claim).

The test reads the main predicate's subject: its head noun, or one of its conjuncts, is a
participant noun of `sources/rules/claims/event_participants.txt` (crew, officers, authorities,
the vessel ...), or a personal pronoun he/she/they. "It", "this", "what", "you" and nouns of
background or page furniture ("Stories with the ... byline are ...", "Read more") stay out: they
make claims nobody would check.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.claim_segments import with_clause_own_cue
from osint_graph.nlp.rules import words

PARTICIPANTS = words("claims/event_participants")
SUBJECTS = ("nsubj", "nsubjpass")


def participant_subject(main: Token, start: int, end: int) -> bool:
    """Is the subject of `main` (inside the clause [start, end)) an unnamed event participant? Or is the
    clause a with-clause split off for a cue of its own ("..., | with dozens feared missing": GUIDELINES,
    thirteenth round, its own claim with its own hedge)?"""
    if start <= main.i < end and with_clause_own_cue(main):
        return True
    for child in main.children:
        if child.dep_ not in SUBJECTS or not (start <= child.i < end):
            continue
        heads = [child, *(c for c in child.children if c.dep_ == "conj")]
        return any(_participant(t) for t in heads)
    return False


def _participant(tok: Token) -> bool:
    if tok.pos_ == "PRON":
        return tok.lower_ in PARTICIPANTS and tok.tag_ == "PRP"
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in PARTICIPANTS or tok.lower_ in PARTICIPANTS)
