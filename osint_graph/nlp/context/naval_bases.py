"""A naval base named as such: 'Naval Base Varnhamn', 'Varnhamn Naval Base', 'the Karsk Navy Base',
'Naval Station Tarvik' (capitalised base words, `context/naval_base_words.txt`) is a Port spanning the
whole name (GUIDELINES, thirty-first round "A naval base named as such"). An air base or air station
('Kadena Air Base', 'Naval Air Station Oceana') is no harbour: 'Air' before the base words stops it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_end, name_start
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

BASE_WORDS = words("context/naval_base_words")


def _capitalised(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A trigger's `accept`: the base words count only capitalised, and not after 'Air'."""
    if not all(t.is_title for t in doc[start:end]):
        return None
    return None if start > 0 and doc[start - 1].lower_ == "air" else (start, end)


trigger("NAVAL_BASE", BASE_WORDS, accept=_capitalised)


@context_rule("NAVAL_BASE", order=244)
def naval_base(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Varnhamn Naval Base' (the place's name before the words) or 'Naval Base Varnhamn' (after them):
    the whole capitalised name is the Port; bare 'Naval Base' with no place's name is none."""
    first, last = sentence_bounds(doc[start])
    begin = name_start(doc, start, first, max_len=3)
    while begin < start and (doc[begin].is_sent_start or doc[begin].lower_ == "the"):
        begin += 1  # 'The Varnhamn Naval Base ...': 'The' opens the sentence, not the name
    stop = end if begin < start else name_end(doc, end, last, max_len=3)
    if begin == start and stop == end:
        return
    span = doc[begin:stop]
    if begin < start and ctx.is_place_or_people(doc[begin:start]):
        return  # 'the Russian Naval Base', 'a US Navy Base': a state's base, no named place
    cands.append(Candidate(span.start, span.end, "Port", "naval-base"))


@context_rule(None, order=999)
def naval_bases_win(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """A naval base's name is the Port: another rule's reading of the same words ('Ranai Navy Base' as
    an organisation by its 'Navy', a place by its 'Base') gives way."""
    bases = [c for c in cands if c.rule == "naval-base"]
    if bases:
        cands[:] = [c for c in cands if c in bases or not any(c.start < b.end and b.start < c.end for b in bases)]
