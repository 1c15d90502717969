"""Ships named by what a sentence says they are, or by their crew's description.

- a name the clause says is a ship: "The Tern Vale is a 5,000-ton cargo ship", "the Kestrel was the
  second tanker hit", "Vesselwatch lists the Orla as a Comoros-flagged ship" (a copula or "as", then
  a described ship noun, as "X, a Panama-flagged tanker" is in apposition: context/vessels.py);
- a possessive before a ship's part or people described by a count or a word: "the Tern Vale's
  seven-man crew", "Kestrel's entire crew", "the Orla's 14 crew" ("X's crew" is context/vessels.py's).

The cue is the sentence's own statement about the name, so a name the model took for a person, a body
or a place is the ship's (one name, one thing per article does the other mentions).  Appends
`Candidate`s of type Vessel, as the other families do (see `registry`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_start
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import POSSESSIVE_MARKS, words
from osint_graph.nlp.spans import sentence_bounds

SHIP_PARTS = words("context/ship_parts")
DETERMINERS = words("context/appositive_determiners") | {"the"}
PART_COUNT_NOUNS = words("context/part_count_words")  # 'seven-man', '23-member', '20-strong'

trigger("POSSESSIVE", list(POSSESSIVE_MARKS))


def _ship_name(ctx: NameContext, doc: Doc, start: int, end: int) -> bool:
    """A name no hand-made row knows as anything but a ship, no state or people, no body's word, no
    acronym: the clause's statement outweighs the model's label and a town of that name."""
    span = doc[start:end]
    if end == start or (len(span) == 1 and span.text.isupper()):
        return False
    if ctx.is_place_or_people(span) or ctx.listed_types(span.text) - {"Vessel"}:
        return False
    return not any(t.lower_ in ORG_WORDS for t in span) and not span[0].is_lower


@context_rule("VESSEL_NOUN", order=15)
def vessel_predicate(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'The Tern Vale is a 5,000-ton cargo ship', 'lists the Orla as a Comoros-flagged ship'."""
    first, _ = sentence_bounds(doc[start])
    noun = doc[end - 1]
    if end < len(doc) and doc[end].text in POSSESSIVE_MARKS:
        return  # 'X is the yacht's owner': the ship's, not the name's
    if noun.head.i >= end and noun.dep_ in ("compound", "amod", "nmod"):
        return  # 'X is a ship broker': the ship noun only modifies the noun after it
    k = start - 1
    while k > first and start - k < 8 and doc[k].lower_ not in DETERMINERS:
        if doc[k].pos_ not in ("ADJ", "ADV", "NOUN", "PROPN", "NUM", "VERB") and doc[k].text != "-":
            return
        k -= 1
    link = doc[k - 1] if k - 1 > first else None
    if doc[k].lower_ not in DETERMINERS or link is None:
        return
    if not (link.lower_ == "as" or (link.lemma_ == "be" and link.tag_ in ("VBZ", "VBD"))):
        return
    name_from = name_start(doc, k - 1, first)
    before = doc[name_from - 1] if name_from > first else None
    if before is not None and before.lower_ != "the" and link.lower_ != "as":
        return  # 'Officials at Karsk Port are ...': the subject is a longer phrase
    if name_from < k - 1 and doc[name_from : k - 1].root.dep_ in ("pobj", "agent"):
        return  # 'described by Vesselwatch as a tanker': who describes it, not the ship
    if _ship_name(ctx, doc, name_from, k - 1):
        cands.append(Candidate(name_from, k - 1, "Vessel", "vessel-predicate"))


@context_rule("POSSESSIVE", order=221)
def described_part_owner(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """A possessive, then up to four words of count or description before a ship's part or people
    (context/ship_parts): "the Tern Vale's seven-man crew", "Kestrel's entire crew"."""
    _, limit = sentence_bounds(doc[start])
    k = end
    while k < limit and k - end < 4 and doc[k].lower_ not in SHIP_PARTS:
        tok = doc[k]
        if not (tok.like_num or tok.text == "-" or tok.pos_ == "ADJ" or tok.lower_ in PART_COUNT_NOUNS):
            return
        k += 1
    if k == end or k >= limit or doc[k].lower_ not in SHIP_PARTS:
        return  # no word between: "X's crew" is the ship-part rule's (context/vessels.py)
    first, _ = sentence_bounds(doc[start])
    name_from = name_start(doc, start, first)
    the = name_from > first and doc[name_from - 1].lower_ == "the"  # a person's name takes no 'the'
    if _ship_name(ctx, doc, name_from, start) and (the or doc[name_from:start].root.ent_type_ != "PERSON"):
        cands.append(Candidate(name_from, start, "Vessel", "described-part-owner"))
