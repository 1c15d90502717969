"""A ship named after the possessive of the line that runs it (issue 11): "Holland America Line's
Maasdam is scheduled to arrive on March 20", "Fred. Olsen Cruises' Braemar, have passengers aboard",
"Celebrity Cruises' Eclipse".

The possessor's last word is one of context/ship_operator_tails.txt (Cruises, Line, Ferries, ...); the
name after the possessive is one to three capitalised words with no noun after them, in an article
that names ships (a ship noun in it). Not a ship: a name of more than one word the model reads as a
person's ("Karsk Lines' Dana Kovar"), a name that speaks ("Karsk Cruises' Kovar said"), a body's word
or title in it ("Karsk Line's Chief Executive"), a name a source knows as another type, a place or a
people.

Appends `Candidate`s of type Vessel; osint_context_rules spreads each to its other mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext, free_of, name_end, names_ships
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.context.vessels import SPEAKING_VERBS
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import POSSESSIVE_MARKS, words
from osint_graph.nlp.spans import sentence_bounds

OPERATOR_TAILS = words("context/ship_operator_tails")
TITLE_WORDS = words("common/title_words")

trigger("OPERATOR_TAIL", attr="TOKEN", text=lambda text: text in OPERATOR_TAILS)


@context_rule("OPERATOR_TAIL", order=147)
def ship_after_its_operator(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'Holland America Line's Maasdam is scheduled to arrive', 'Celebrity Cruises' Eclipse'."""
    _, limit = sentence_bounds(doc[i])
    k = i + 1
    if k >= limit or not (doc[k].text in POSSESSIVE_MARKS or (doc[k].text in ("'", "’") and doc[i].text.endswith("s"))):
        return
    if i == 0 or not (doc[i - 1].text[:1].isupper() or doc[i - 1].text == ".") or not doc[i].is_title:
        return  # 'the Line's ...': the operator is a name ('Fred. Olsen Cruises'), not a common noun
    if not names_ships(doc):
        return
    start = k + 1
    stop = name_end(doc, start, limit, max_len=3)
    if stop == start:
        return
    span = doc[start:stop]
    if not all(t.is_alpha and t.is_title or t.text.isdigit() for t in span) or not span[0].is_alpha:
        return
    if any(t.lower_ in ORG_WORDS | NOT_NAME_WORDS | TITLE_WORDS for t in span):
        return  # "Karsk Line's Chief Executive", "Karsk Line's Tarvik Terminal"
    if len(span) > 1 and any(t.ent_type_ == "PERSON" for t in span) and not span[-1].text.isdigit():
        return  # "Karsk Lines' Dana Kovar"
    after = doc[stop] if stop < limit else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.lemma_.lower() in SPEAKING_VERBS):
        return  # "Karsk Line's Orla service", "Karsk Cruises' Kovar said"
    if ctx.known_types(span.text) - {"Vessel", "Location", "Port"} or ctx.is_place_or_people(span):
        return
    if free_of(cands, start, stop):
        cands.append(Candidate(start, stop, "Vessel", "ship-after-its-operator"))
