"""A ship named as what holds people or cargo "on board" (issue 11): "The Orla Dawn has more than 2,100
passengers and 1,000 crew on board", "The Varn Neng 1 had nearly 1,000 tons of fuel oil on board when
it struck the shoal".

The clause's verb is one of context/ship_on_board_verbs.txt (have, carry) and holds an "on board" word
(context/aboard_words.txt); its subject is written with "the" and is one to four capitalised words (a
number may close them: "Varn Neng 1"); the article names ships (a ship noun in it). The first word
may be a demonym when a capitalised word follows ("the Norwegian Dawn": a cruise line's name); no
body's word, no name a source knows as another type, no plane maker (context/aircraft_makers.txt:
"the Boeing 737 had 150 passengers on board"), no country or people as the whole. A person's name
takes no "the" ("Dana Kovar had two bags on board"), a group is a common noun ("the Kovar family had").

Appends `Candidate`s of type Vessel; osint_context_rules spreads each to its other mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.nlp.context.names import (
    NOT_NAME_WORDS,
    SHIP_KIND_WORDS,
    Candidate,
    NameContext,
    free_of,
    names_ships,
)
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words

ON_BOARD_VERBS = words("context/ship_on_board_verbs")
AIRCRAFT_MAKERS = words("context/aircraft_makers")

trigger("ON_BOARD", words("context/aboard_words"))


def _holding_verb(tok: Token) -> Token | None:
    """The verb of context/ship_on_board_verbs that the 'on board' word hangs from, if any."""
    for _ in range(4):
        tok = tok.head
        if tok.lemma_.lower() in ON_BOARD_VERBS and tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
    return None


def _name_word(tok: Token, k: int) -> bool:
    """A word of the name: capitalised, or a short number closing it ('Varn Neng 1')."""
    return (tok.is_alpha and tok.is_title) or (k > 0 and tok.text.isdigit() and len(tok.text) <= 3)


def _ship_subject(ctx: NameContext, doc: Doc, subject: Token) -> Span | None:
    left, right = subject.left_edge.i, subject.right_edge.i + 1
    if doc[left].lower_ != "the" or not 1 <= right - left - 1 <= 4:
        return None
    span = doc[left + 1 : right]
    if not all(_name_word(t, k) for k, t in enumerate(span)) or span[-1].text.isdigit() and len(span) == 1:
        return None
    if any(t.lower_ in ORG_WORDS | NOT_NAME_WORDS | AIRCRAFT_MAKERS or t.ent_type_ in ("DATE", "TIME") for t in span):
        return None
    if span[-1].lower_ in SHIP_KIND_WORDS or ctx.known_types(span.text) - {"Vessel", "Location", "Port"}:
        return None  # 'the Karsk Tanker', 'the Boeing 737'
    rest = span[1:] if len(span) > 1 and ctx.is_place_or_people(span[:1]) else span
    if ctx.is_place_or_people(rest) or ctx.is_place_or_people(rest[-1:]):
        return None  # 'the Karskians had ...'; ('the Norwegian Dawn': a demonym opens a ship's name)
    return span


@context_rule("ON_BOARD", order=255)
def ship_with_people_on_board(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'The Orla Dawn has more than 2,100 passengers and 1,000 crew on board'."""
    if not names_ships(doc):
        return
    verb = _holding_verb(doc[start])
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    span = _ship_subject(ctx, doc, subject) if subject is not None else None
    if span is None:
        return
    if free_of(cands, span.start, span.end):
        cands.append(Candidate(span.start, span.end, "Vessel", "ship-with-people-on-board"))
