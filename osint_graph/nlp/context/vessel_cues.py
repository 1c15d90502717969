"""More words around a ship's name no gazetteer holds (issue 11), besides vessels.py and vessel_patterns.py.

- What befalls a ship, whatever the statistical model took its name for: "the sinking of the Orlova",
  "the attack on the Kestova" (context/ship_attack_nouns), in an article that names ships, where the
  name is one the sources do not know (a lone name, no body's word, no noun after it: vessels.py's
  `lone_unknown_name`). vessels.py's `the_unknown_name_in_a_ship_story` reads only the names the model
  took for a person or a body; ships are named after places, and the model reads those as places
  ("the sinking of the Moskva"). A place's name a source knows stays a place ("the attack on the Gulf").
  A name that goes on after "of" is taken whole ("the sinking of the Queen of the North").
- A name the model left without a type, written with "the" and the subject of its clause, in an
  article that names ships: "The Verity was carrying steel" (as vessels.py's
  `the_unknown_name_in_a_ship_story` reads the names the model took for a person or a body: a person's
  name takes no "the", a body written so is one a source knows or ends in a body's word).
- The subject of a port call, with "the": "the Detroit Express will call at the Port of Saint John" (a
  ship named after a place, the model's place; not a title: "the President called at the embassy").
- The name a sentence on a ship gives it: "the tanker, which is now going by the name Tern Vale"
  (context/ship_name_phrases after a ship noun in the same sentence).

Appends `Candidate`s of type Vessel.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_end, name_start, name_token, names_ships
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.context.vessels import VESSEL_NOUNS, attacked, lone_unknown_name
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

# a common noun capitalised as a title or a body ('the Captain delivered', 'the Government must')
COMMON_CAPITALS = (
    words("common/title_words") | words("entity_types/generic_orgs") | words("entity_types/government_nouns")
)

trigger("SHIP_NAME_PHRASE", words("context/ship_name_phrases"))
trigger("CALL", ["call"], attr="LEMMA")


def _the_names(doc: Doc, cands: list[Candidate], untyped: bool) -> Iterator[tuple[int, int, int]]:
    """(start, end, sentence limit) of each capitalised name after 'the' that no candidate holds (with
    `untyped`, only names the model gave no type), in an article that names ships; a name given
    back as a candidate is taken."""
    if not names_ships(doc):
        return
    taken = {i for c in cands for i in range(c.start, c.end)}
    for tok in doc:
        i = tok.i
        if i < 1 or doc[i - 1].lower_ != "the" or not name_token(tok, True) or i in taken:
            continue
        _, limit = sentence_bounds(tok)
        end = name_end(doc, i, limit, max_len=3)
        if end == i or taken & set(range(i, end)) or (untyped and any(t.ent_iob_ != "O" for t in doc[i:end])):
            continue
        before = len(cands)
        yield i, end, limit
        if len(cands) > before:
            taken.update(range(cands[-1].start, cands[-1].end))


@context_rule(None, order=253)
def what_befalls_an_unknown_name(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """'the sinking of the Orlova', 'the attack on the Kestova' in an article that names ships."""
    for i, end, limit in _the_names(doc, cands, untyped=False):
        if not attacked(doc[i:end].root) or not lone_unknown_name(ctx, doc, i, end):
            continue
        longer = _of_name_end(ctx, doc, end, limit)  # 'the sinking of the Queen of the North'
        if longer is not None:
            cands.append(Candidate(i, longer or end, "Vessel", "what-befalls-a-ship"))


def _of_name_end(ctx: NameContext, doc: Doc, end: int, limit: int) -> int | None:
    """The name goes on after 'of' ('the Queen of the North', 'the Pride of Karsk'): where the longer
    name ends; 0 when no 'of' follows; None when the longer name is one a source knows or a body's."""
    if end + 1 >= limit or doc[end].lower_ != "of":
        return 0
    j = end + 1 + (doc[end + 1].lower_ == "the")
    stop = name_end(doc, j, limit, max_len=3)
    if stop == j or any(t.lower_ in ORG_WORDS for t in doc[j:stop]) or ctx.known_types(doc[end - 1 : stop].text):
        return None
    return None if ctx.known_types(doc[j:stop].text) - {"Location", "Port"} else stop


@context_rule(None, order=254)
def the_untyped_name_in_a_ship_story(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """'The Verity was carrying steel' in an article that names ships: no type from the model."""
    for i, end, _ in _the_names(doc, cands, untyped=True):
        span = doc[i:end]
        if span.root.head.lemma_ in ("be", "have") or any(t.lower_ in COMMON_CAPITALS for t in span):
            continue  # ('The Union is ...': what a clause says a name is; 'the Captain delivered': a title)
        if lone_unknown_name(ctx, doc, i, end):
            cands.append(Candidate(i, end, "Vessel", "the-untyped-name"))


@context_rule("SHIP_NAME_PHRASE", order=36)
def ship_by_name(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the tanker, which is now going by the name Tern Vale': a ship noun before, in the sentence."""
    first, limit = sentence_bounds(doc[start])
    if end < limit and doc[end].lower_ == "of":
        return  # the longer phrase ('by the name of') is its own match
    if any(t.lower_ in VESSEL_NOUNS for t in doc[first:start]):
        ctx.add_name(doc, end, limit, "Vessel", "ship-by-name", cands)


@context_rule("CALL", order=37)
def ship_calling_at(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Varnholt Express will call at the Port of Brenn': the subject of 'call at', with 'the'."""
    verb = doc[start]
    if verb.pos_ != "VERB" or end >= len(doc) or doc[end].lower_ != "at":
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not subject.text[:1].isupper():
        return
    first, _ = sentence_bounds(verb)
    name_from = name_start(doc, subject.i + 1, first, max_len=4)
    span = doc[name_from : subject.i + 1]
    if name_from == 0 or doc[name_from - 1].lower_ != "the" or any(t.lower_ in COMMON_CAPITALS for t in span):
        return
    if ctx.listed_types(span.text) - {"Vessel"} or ctx.is_place_or_people(span) or span.text.isupper():
        return
    if any(t.lower_ in ORG_WORDS for t in span):
        return  # 'the Karsk Port Authority called at ...': a body
    cands.append(Candidate(name_from, subject.i + 1, "Vessel", "ship-calling-at"))
