"""Units of figures that count people, where the counted noun alone would mislead.

- A count whose noun is joined by "and" to another noun of people, with no number of its own,
  counts both groups: "more than 450 passengers and crew" -> `person` (figures/people_nouns).
- An adjective a headline or a tally uses as the noun of the people it describes counts people:
  "Four Dead, 19 Missing", "One Dead After ..." -> `person` (figures/casualty_heads).
- "Members" with no "crew" written before them, in a text about a crew ("two members of the crew",
  "Fourteen Karskian members of the Tern Vale crew") are crew members (figure_ellipsis.crew_context).
- A count by nationality that is no part of a group keeps its noun ("two Varnian nationals" ->
  `national`), and a demonym alone counts people: "165 Varnians were killed" -> `person`
  (tests/gold/GUIDELINES.md, twenty-eighth round).
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.figure_ellipsis import crew_context
from osint_graph.nlp.figure_nouns import lemma_of
from osint_graph.nlp.figure_units import COUNT_WORDS
from osint_graph.nlp.rules import words

PEOPLE_NOUNS = words("figures/people_nouns")
CASUALTY_HEADS = words("figures/casualty_heads")


def _people(lemma: str) -> bool:
    return lemma in PEOPLE_NOUNS or COUNT_WORDS.get(lemma) in PEOPLE_NOUNS


def joined_people(doc: Doc, head: int) -> int | None:
    """'450 passengers and crew': the index of the second people noun joined to the counted noun at
    `head` by "and", with no number of its own; None otherwise ('12 passengers and two crew',
    'ten ships and crew' stay as they are)."""
    tok = doc[head]
    if not _people(lemma_of(tok)) or head + 2 >= len(doc) or doc[head + 1].lower_ != "and":
        return None
    other = doc[head + 2]
    if other.like_num or other.pos_ not in ("NOUN", "PROPN") or not _people(lemma_of(other)):
        return None
    if COUNT_WORDS.get(lemma_of(other), lemma_of(other)) == COUNT_WORDS.get(lemma_of(tok), lemma_of(tok)):
        return None  # 'sailors and seafarers': one group
    return head + 2


def casualty_head(doc: Doc, head: int) -> bool:
    """'Four Dead', 'One Dead After ...': the word taken as the counted noun is an adjective of
    casualties with no noun after it."""
    if doc[head].lower_ not in CASUALTY_HEADS:
        return False
    nxt = doc[head + 1] if head + 1 < len(doc) else None
    return nxt is None or nxt.pos_ != "NOUN" or nxt.tag_ not in ("NNS", "NN")


def people_unit(doc: Doc, head: int, unit: str) -> tuple[str, int] | None:
    """(unit, last token) for a count of people whose noun alone gives the wrong unit, or None."""
    other = joined_people(doc, head)
    if other is not None:
        return "person", other
    if casualty_head(doc, head):
        return "person", head
    if unit == "member" and crew_context(doc, head):
        return "crew member", head  # 'two members of the crew', 'Fourteen Karskian members'
    return None
