"""The class word that shares the head noun of the weapon class phrase after it: "ballistic and
cruise missiles" names `ballistic missile` too, "anti-ship and anti-aircraft missiles" `anti-ship
missile`, "surface-to-surface and surface-to-air missiles" `surface-to-surface missile` (a chain of
class words joined by hyphens and 'to').  Read by context/weapons.py `weapon_phrase`."""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.rules import words

WEAPON_CLASS_MODIFIERS = words("context/weapon_class_modifiers")
DESCRIPTIVE_MODIFIERS = words("context/weapon_descriptive_modifiers")


def _to_chain(doc: Doc, end: int) -> bool:
    return doc[end - 3].lower_ == "to" and all(doc[i].lower_ in WEAPON_CLASS_MODIFIERS for i in (end - 5, end - 1))


def elided_class(doc: Doc, k: int, first: int) -> tuple[int, int] | None:
    """'anti-ship and anti-aircraft missiles', 'ballistic or cruise missiles': the class word before
    'and'/'or' that shares the head noun of the class phrase starting at k, as (start, end)."""
    if k - 2 < first or doc[k - 1].lower_ not in ("and", "or"):
        return None
    end = k - 1
    last = doc[end - 1]
    if end - 5 >= first and [doc[i].lower_ for i in range(end - 4, end, 2)] == ["-", "-"] and _to_chain(doc, end):
        return end - 5, end  # 'surface-to-surface and surface-to-air missiles'
    if not last.is_lower or not last.is_alpha or last.dep_ not in ("amod", "compound", "nmod"):
        return None  # 'a missile attack and cruise missile strikes': 'attack' heads its own phrase
    if end - 3 >= first and doc[end - 2].text == "-" and doc[end - 3].lower_ == "anti":
        return end - 3, end  # 'anti-ship'
    if last.lower_ in WEAPON_CLASS_MODIFIERS - DESCRIPTIVE_MODIFIERS and last.pos_ in ("ADJ", "NOUN", "PROPN"):
        return end - 1, end  # 'ballistic'
    return None
