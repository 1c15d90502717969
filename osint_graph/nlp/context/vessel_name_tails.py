"""Ships named with a last word that ends ships' names and hardly any other (issue 11): "the Keiei Maru
No. 65", "Daiichi Gyotoku-maru", "the Svendborg Maersk", "the Diamond Princess".

The last words are in context/ship_name_tails.txt (case as written; "maru" also in lower case after a
hyphen). In an article that names ships (a ship noun in it), one to three capitalised words before the
word, the word, and a number after it ("Maru 2", "Maru No. 65") make a ship's name. Not a ship where a
word before it makes a title or a company (context/ship_name_tail_not_before.txt: "Crown Princess",
"Moller Maersk"), where a body's word, a date, a demonym or a country stands among the words before
("the Danish Maersk"), where a capitalised name follows ("Princess Aiko", "Maersk Line": the word opens
that name), or where a source knows the whole as something else.

Appends `Candidate`s of type Vessel; osint_context_rules spreads each to its other mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, free_of, name_start, names_ships
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

TAILS = words("context/ship_name_tails")
HYPHEN_TAILS = frozenset(t.lower() for t in TAILS if t == "Maru")
NOT_BEFORE = words("context/ship_name_tail_not_before")

trigger("SHIP_NAME_TAIL", attr="TOKEN", text=lambda text: text in TAILS or text in HYPHEN_TAILS)


def _number_end(doc: Doc, k: int, limit: int) -> int:
    """Past a number after the tail word: 'Maru 2', 'Maru No. 65', 'Maru No 2'."""
    if k < limit and doc[k].text in ("No", "No.", "no.") and k + 1 < limit and doc[k + 1].like_num:
        return k + 2
    if k < limit and doc[k].text == "No" and k + 2 < limit and doc[k + 1].text == "." and doc[k + 2].like_num:
        return k + 3
    if k < limit and doc[k].like_num and len(doc[k].text) <= 3 and doc[k].text.isdigit():
        return k + 1
    return k


@context_rule("SHIP_NAME_TAIL", order=149)
def ship_named_with_a_tail(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'the Keiei Maru No. 65 capsized', 'the Svendborg Maersk lost 520 containers'."""
    if not names_ships(doc):
        return
    first, limit = sentence_bounds(doc[i])
    tail = doc[i]
    if tail.text in HYPHEN_TAILS:  # 'Gyotoku-maru': the tail joined by a hyphen
        if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
            return
        before_end = i - 1
    else:
        before_end = i
    start = name_start(doc, before_end, first, max_len=3)
    if start == before_end or any(t.lower_ in NOT_BEFORE for t in doc[start:before_end]):
        return
    before = doc[start:before_end]
    if any(t.lower_ in ORG_WORDS or t.ent_type_ in ("DATE", "TIME", "NORP") for t in before):
        return  # 'Karsk Shipping Maersk', 'the Danish Maersk'
    if ctx.is_place_or_people(before) and len(before) == 1 and before[0].ent_type_ == "NORP":
        return
    stop = _number_end(doc, i + 1, limit)
    if stop == i + 1 and stop < limit and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        return  # 'Princess Aiko', 'Maersk Line': the word opens the name after it
    span = doc[start:stop]
    if ctx.known_types(span.text) - {"Vessel"}:
        return
    if free_of(cands, start, stop):
        cands.append(Candidate(start, stop, "Vessel", "ship-name-tail"))
