"""A second ship joined to a ship already found by 'and the' (issue 11): "Houthi forces attacked the
tanker Tern Vale and the Orla Bay", "aboard the Kestrel and the Orla Bay".

The first name is a Vessel candidate an earlier rule found; the words after it are 'and the' (or ',
and the'), then one to three capitalised words that stand alone (no noun after them, no 'of'), that no
source knows as another type, no place, demonym or country, no body's word among them and no place's
head noun ('the Strait', 'the Varn Canal'). 'the' is required: a person's name takes none ('the tanker
Tern Vale and Dana Kovar'); a body written with it is one a source knows or ends in a body's word
('the tanker Tern Vale and the Karsk Navy').

Runs once per document, after the rules that find the first ship; appends `Candidate`s of type Vessel.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext, name_end
from osint_graph.nlp.context.registry import context_rule
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

LOCATION_HEADS = words("context/location_head_nouns")


def _second_name(ctx: NameContext, doc: Doc, first_end: int) -> tuple[int, int] | None:
    """(start, end) of a lone name after 'and the' right after a ship's name ending at `first_end`."""
    _, limit = sentence_bounds(doc[first_end - 1])
    k = first_end + (first_end < limit and doc[first_end].text == ",")
    if k + 2 >= limit or doc[k].lower_ != "and" or doc[k + 1].lower_ != "the":
        return None
    start = k + 2
    end = name_end(doc, start, limit, max_len=3)
    if end == start or end - start > 3:
        return None
    span = doc[start:end]
    if not all(t.is_alpha and t.is_title for t in span):
        return None
    if any(t.lower_ in ORG_WORDS or t.lower_ in NOT_NAME_WORDS for t in span) or span[-1].lower_ in LOCATION_HEADS:
        return None  # 'the Karsk Navy', 'the Strait'
    if end < limit and (doc[end].pos_ in ("NOUN", "PROPN", "NUM") or doc[end].lower_ == "of" or doc[end].text == "-"):
        return None  # 'and the Varn coast guard', 'and the Gulf of Aden': the name modifies a noun or goes on
    if ctx.known_types(span.text) or ctx.is_place_or_people(span) or any(t.ent_type_ == "DATE" for t in span):
        return None
    return start, end


@context_rule(None, order=257)
def ship_and_the_name(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """'the tanker Tern Vale and the Orla Bay': the second name joined to a ship's is a ship's."""
    taken = {i for c in cands for i in range(c.start, c.end)}
    for cand in [c for c in cands if c.type == "Vessel"]:
        found = _second_name(ctx, doc, cand.end) if cand.end < len(doc) else None
        if found is None or taken & set(range(*found)):
            continue
        cands.append(Candidate(found[0], found[1], "Vessel", "ship-and-the-name"))
        taken.update(range(*found))
