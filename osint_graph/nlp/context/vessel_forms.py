"""Shapes of ships' names no gazetteer holds (issue 11), besides vessels.py and vessel_patterns.py.

- A prefix spelled out before it in brackets: "Varnian Navy Ship (VNS) Tolmar",
"Motor Tanker (MT) Brenna Sky", "Passenger Motor Ship (KMP) Kelvane".

The capitalised words before the bracket spell the prefix out (their last word a ship noun:
common/vessel_nouns); the name after the closing bracket is the ship's. The prefix is handled as
the ship-prefix rule handles it written plainly (context/ship_prefixes.txt): a navy's stays in the
canonical name (`VNS Tolmar`), a merchant one is dropped (`Brenna Sky`); the span is the name alone.
The spelled words are no name of their own (`NameContext.add_name` refuses them before such a
bracket). Not after a comma ("Varnian Navy Ship (VNS), TOLMAR, Apapa": a shore base named so).

- A prefixed ship's name runs on into a person's full name ('Commanding Officer of HMS Belos Tom
  Varn, said'): `before_a_person` ends the name where the model's two-word (or longer) person starts,
  past the name's first word ('RFS Admiral Varnov': one word, the ship's; 'USS Dana Kovar': from the
  first word, the ship's), or where a given name and a surname close the model's person that holds
  the ship's name too ('HMS [Belos Tom Varn]').
- A ship's operator or owner before an unhyphenated participle ('the Karsk Maritime operated Morrow
  Dawn'): `company_participle` lets vessels.py's FLAGGED rule take the name after it.
- A name in quotes before the comma of an apposition ('the “Morrow Gull”, a ferry, capsized'):
  `unquoted_end` gives the rule where the name inside the quotes ends, `joined_and` lets it read
  'and' between two lower-case words of the apposition ('a passenger and cargo ship').

Appends `Candidate`s of type Vessel; the trigger is vessels.py's SHIP_PREFIX.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_end, spelled_prefix_at
from osint_graph.nlp.context.registry import context_rule
from osint_graph.nlp.given_names import is_given_name
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

NAVAL_PREFIXES = words("context/naval_ship_prefixes")
OPENING_QUOTES = frozenset('"“‘')
CLOSING_QUOTES = frozenset('"”’')


def unquoted_end(doc: Doc, end: int, first: int) -> int:
    """`end` less a closing quote right before it when an opening quote stands at most five words
    before ('the “Morrow Gull”, a ferry'): where the quoted name ends; `end` itself otherwise."""
    if end - 2 <= first or doc[end - 1].text not in CLOSING_QUOTES:
        return end
    opened = any(doc[k].text in OPENING_QUOTES for k in range(max(first, end - 7), end - 2))
    return end - 1 if opened else end


@context_rule("SHIP_PREFIX", order=139)
def spelled_prefix(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Varnian Navy Ship (VNS) Tolmar': the prefix in brackets after its spelled form, then the name."""
    if start < 2 or not spelled_prefix_at(doc, start - 1):
        return
    _, limit = sentence_bounds(doc[start])
    i = start + 2
    stop = name_end(doc, i, limit, max_len=4)
    if stop == i or doc[i].text.isupper() and stop - i == 1 and len(doc[i]) <= 2:
        return
    name = doc[i:stop].text
    prefix = doc[start].text
    canonical = f"{prefix} {name}" if prefix in NAVAL_PREFIXES else name
    cands.append(Candidate(i, stop, "Vessel", "spelled-prefix", {"_canonical": canonical}))


def before_a_person(doc: Doc, i: int, end: int) -> int:
    """Where a name that may go on from token i to `end` ends: before the first person of two words or
    more that the model found wholly inside it ('HMS Belos [Tom Varn]'), or before a given name and a
    surname that close it inside the model's person ('HMS [Belos Tom Varn]'), `end` if none."""
    for k in range(i, end - 1):
        if doc[k].ent_type_ != "PERSON" or doc[k + 1].ent_iob_ != "I":
            continue
        if k + 2 == end and is_given_name(doc[k].text) and doc[k + 1].is_title:
            return k  # the model's person holds the ship's name too: '[Tolmar Dana Kovar]', a given name
        stop = k + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        if doc[k].ent_iob_ == "B" and stop <= end:
            return k
    return end


def company_participle(doc: Doc, i: int) -> bool:
    """Token i ('operated', 'owned', 'managed') follows one to three capitalised words that 'the'
    opens ('the Karsk Maritime operated Morrow Dawn'): an adjective on the ship after it, as
    'Karsk Maritime-operated' would be; not a verb ('Karsk Maritime operated the ship')."""
    if doc[i].lower_ == "flagged" or i < 2 or not doc[i - 1].text[:1].isupper():
        return False
    k = i - 1
    while k > 0 and i - k <= 3 and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha:
        k -= 1
    return k > 0 and doc[k - 1].lower_ == "the" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()


def joined_and(doc: Doc, k: int) -> bool:
    """Token k is 'and' after a lower-case word ('X, a passenger and cargo ship, sank')."""
    return doc[k].lower_ == "and" and doc[k - 1].is_lower
