"""Several words that together are a drone's head noun, as "drones" is: "unmanned aerial vehicles"
(context/weapon_drone_phrases.txt).  Read by context/weapons.py `weapon_phrase`, which treats the
words before the head as part of it: "one-way attack unmanned aerial vehicles" is the class
`one-way attack drone`, bare "unmanned aerial vehicles" no weapon."""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.rules import words

DRONE_PHRASES = {tuple(p.split()) for p in words("context/weapon_drone_phrases")}


def drone_head_words(doc: Doc, h: int, first: int) -> int:
    """How many words before the head h belong to a drone's head of context/weapon_drone_phrases.txt
    ('unmanned aerial vehicles': 2), 0 when none does; `first` is the sentence's first token."""
    for phrase in DRONE_PHRASES:
        n = len(phrase)
        if h - n + 1 >= first and tuple(t.lower_ for t in doc[h - n + 1 : h + 1]) == phrase:
            return n - 1
    return 0
