"""The word a voyage's place hangs on, read past the parse's shapes that hide it (port28).

- a phrasal voyage verb: "the ferry set off from X", "cast off from X" (the verb's lemma and its
  particle, `context/port_verbs.txt` holds the two-word entries);
- "be" with the voyage's noun: "the freighter had been on its way from X to the town of Y", "was en
  route to Y" (the parse hangs "to Y" on "been"; `context/port_object_nouns.txt`);
- a voyage verb whose subject is a pronoun that points back to a ship: "The Tern Vale left port on
  Monday. It sailed from X to Y" (GUIDELINES "What in the text makes a port": a ship whose movement
  ends, starts or rests at X, whoever the sentence's subject word; `context/ship_pronouns.txt`).

Read by `port_reading.voyage_end`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words

# a voyage's verb: its 'from'/'to' place is a port ('sailed from X', 'carrying fuel from X to Y')
VOYAGE_VERBS = words("context/port_verbs") | words("context/cargo_voyage_verbs")
# a verb of a ship's movement only where the ship is what moves ('the warship, sent from X'): entity32
SHIP_MOVE_VERBS = words("context/voyage_end_verbs")
PORT_OBJECT_NOUNS = words("context/port_object_nouns")  # 'on its way to X', 'en route to X'
SHIP_WORDS = words("common/vessel_nouns") | words("common/carrier_nouns")
SHIP_PRONOUNS = words("context/ship_pronouns")  # 'it', 'she': a ship named before
VESSEL = LABEL_OF_TYPE["Vessel"]
SENTENCES_BACK = 3  # how far back a pronoun's ship is looked for


def voyage_lemma(gov: Token) -> str:
    """The verb's lemma, with its particle when the pair is a voyage verb ('set off', 'cast off')."""
    lemma = gov.lemma_.lower()
    for child in gov.children:
        if child.dep_ == "prt" and f"{lemma} {child.lower_}" in VOYAGE_VERBS:
            return f"{lemma} {child.lower_}"
    return lemma


def voyage_noun_of_be(gov: Token) -> Token | None:
    """'had been on its way from X to Y', 'was en route to Y': the voyage's noun on 'be', else None."""
    if gov.lemma_ != "be":
        return None
    for child in gov.children:
        if child.lower_ in PORT_OBJECT_NOUNS:
            return child
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lower_ in PORT_OBJECT_NOUNS:
                    return obj
    return None


def ship_pronoun_subject(gov: Token, span: Span, vessels: set[int]) -> bool:
    """Whether a voyage verb's subject is 'it'/'she' and a ship is named before it, in one of the sentences
    before or earlier in its own ('The Tern Vale left port on Monday. It sailed from X'; 'the Tern Vale
    was heading south, where it was to stop at X': entity32): the pronoun's ship makes the voyage."""
    subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in SHIP_PRONOUNS or voyage_lemma(gov) not in VOYAGE_VERBS | SHIP_MOVE_VERBS:
        return False
    return _ship_before(subj, vessels)


def _ship_before(tok: Token, vessels: set[int]) -> bool:
    """Whether a ship is named before the word, in its sentence or one of the SENTENCES_BACK before."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return any(t.i in vessels or t.lemma_.lower() in SHIP_WORDS for t in doc[start : tok.i])


def ship_moved(gov: Token, span: Span, vessels: set[int]) -> bool:
    """Whether a verb of `context/voyage_end_verbs.txt` moves a ship: its subject is a ship ('the Tern
    Vale was sent from X', 'the Tern Vale was expected to stop at X'), or the ship's noun the verb's
    clause describes ('the warship Tern, sent from X'), or 'it' after a ship ('..., where it was to stop
    at X'); not 'the aid on the ship was sent to X'."""
    verb = gov
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # 'was expected to stop at X': the subject of 'expected'
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        nouns.append(verb.head)
    if any(n.i in vessels or n.lemma_.lower() in SHIP_WORDS for n in nouns):
        return True
    return any(n.lower_ in SHIP_PRONOUNS and _ship_before(n, vessels) for n in nouns)
