"""Ships named by what ties them to another ship or to what befell them.

- a ship-relation noun in apposition: "its sister, the Tern Vale,", "the Kestrel's partner, the Orla
  Vane," (context/ship_relation_nouns; the owner is "its" or a ship's name found already);
- a name joined to a count of other ships: "the Tern Vale and four other Karsk vessels";
- a possessive before what befalls a ship: "the Tern Vale's sinking" (context/ship_attack_nouns);
- a company's name inside a ship's: "the attack on the Varnline Tern Vale" (a name the sources know
  as a company, then more capitalised words, after what befalls a ship);
- a ship's dimensions in feet before its name, as the trade press writes them: "the 1,095'x157' Tern
  Vale" (length by beam, in feet marks);
- the subject, written with "the", of a verb people share with ships: "the Tern Vale is drifting"
  (context/ship_verbs_the);
- a fleet's naming: "the Varnline Tern ... the Varnline Orla": the first word of a ship's name found,
  then other capitalised words, written with "the" and standing alone, is another ship of the fleet.

Appends `Candidate`s of type Vessel, as the other families do (see `registry`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from osint_graph.nlp.context.names import Candidate, NameContext, name_end, name_start, names_ships
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds, sentence_bounds_trimmed

RELATION_NOUNS = words("context/ship_relation_nouns")
VESSEL_NOUNS = words("common/vessel_nouns")
PLURAL_VESSEL_NOUNS = frozenset(n for n in VESSEL_NOUNS if n.endswith("s") and n != "vessel")
EVENT_PAIRS = [line.split() for line in words("context/ship_attack_nouns")]
EVENT_NOUNS = frozenset(p[0] for p in EVENT_PAIRS)
CLOSERS = (",", ";", "—", "–", ".")
FEET_MARKS = ("'", "’")
# length by beam (by draught) in feet, the last mark split off by the tokenizer: "1,095’x157" + "’"
_DIMENSIONS = re.compile(r"\d[\d,.]*['’](?:x\d[\d,.]*['’])*x\d[\d,.]*")

trigger("SHIP_RELATION", RELATION_NOUNS)
trigger("OTHER_SHIPS", ["other"])
trigger("SHIP_EVENT_NOUN", EVENT_NOUNS)
trigger("SHIP_EVENT_THE", [f"{noun} {prep} the" for noun, prep in EVENT_PAIRS])


def _unknown_ship_name(ctx: NameContext, doc: Doc, start: int, end: int) -> bool:
    """A name no source knows as anything but a ship, no place or people."""
    span = doc[start:end]
    return end > start and not ctx.is_place_or_people(span) and not ctx.known_types(span.text) - {"Vessel"}


def _vessel_texts(doc: Doc, cands: list[Candidate]) -> set[str]:
    return {doc[c.start : c.end].text for c in cands if c.type == "Vessel"}


@context_rule("SHIP_RELATION", order=246)
def relation_apposition(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'its sister, the Tern Vale,': the owner is 'its' or a ship already found ("the Kestrel's")."""
    first, limit = sentence_bounds_trimmed(doc[start], end)
    if start <= first:
        return
    owner = doc[start - 1]
    if owner.lower_ != "its":
        owner_name = doc[name_start(doc, start - 1, first) : start - 1].text
        if owner.tag_ != "POS" or owner_name not in _vessel_texts(doc, cands):
            return
    if end + 2 >= limit or doc[end].text != "," or doc[end + 1].lower_ != "the":
        return
    name_to = name_end(doc, end + 2, limit)
    if name_to >= limit or doc[name_to].text not in CLOSERS or not _unknown_ship_name(ctx, doc, end + 2, name_to):
        return
    cands.append(Candidate(end + 2, name_to, "Vessel", "ship-relation"))


@context_rule("OTHER_SHIPS", order=247)
def and_other_ships(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Tern Vale and four other Karsk vessels': a name counted among ships."""
    first, limit = sentence_bounds(doc[start])
    if not any(doc[k].lower_ in PLURAL_VESSEL_NOUNS for k in range(end, min(limit, end + 3))):
        return
    k = start - 1 - (doc[start - 1].like_num and start - 1 > first)
    if k <= first or doc[k].lower_ != "and":
        return
    name_from = name_start(doc, k, first)
    if name_from < k and doc[name_from - 1].lower_ == "the" and _unknown_ship_name(ctx, doc, name_from, k):
        cands.append(Candidate(name_from, k, "Vessel", "and-other-ships"))


@context_rule("SHIP_EVENT_NOUN", order=248)
def possessive_event(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Tern Vale's sinking': what befalls a ship, after its name's possessive and 'the'."""
    first, _ = sentence_bounds(doc[start])
    if start - 2 <= first or doc[start - 1].tag_ != "POS":
        return
    name_from = name_start(doc, start - 1, first)
    if (
        name_from < start - 1
        and doc[name_from - 1].lower_ == "the"
        and _unknown_ship_name(ctx, doc, name_from, start - 1)
    ):
        cands.append(Candidate(name_from, start - 1, "Vessel", "possessive-event"))


@context_rule("SHIP_EVENT_THE", order=249)
def company_ship_after_event(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the attack on the Varnline Tern Vale': a company's name the sources know, then more capitalised
    words: a ship named after its operator (a company attacked is written without the rest)."""
    _, limit = sentence_bounds(doc[start])
    name_to = name_end(doc, end, limit)
    for k in range(end + 1, name_to):
        if "Organization" in ctx.known_types(doc[end:k].text) and doc[k].is_title:
            if not ctx.is_place_or_people(doc[end:name_to]) and not ctx.known_types(doc[end:name_to].text):
                cands.append(Candidate(end, name_to, "Vessel", "company-ship-name"))
            return


trigger("SHIP_VERB_THE", words("context/ship_verbs_the"), attr="LEMMA")


@context_rule("SHIP_VERB_THE", order=251)
def the_subject_of_a_ship_verb(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Tern Vale is drifting off the coast': the verb's subject, a name written with 'the'
    (context/ship_verbs_the), in an article that names ships."""
    verb = doc[start]
    if verb.pos_ not in ("VERB", "AUX") or not names_ships(doc):
        return
    first, limit = sentence_bounds(verb)
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.i < start):
        name_from = name_start(doc, subj.i + 1, first)
        if first < name_from <= subj.i and doc[name_from - 1].lower_ == "the":
            name_to = max(subj.i + 1, name_end(doc, name_from, min(limit, start)))  # 'the Morsk 239'
            if _unknown_ship_name(ctx, doc, name_from, name_to):
                cands.append(Candidate(name_from, name_to, "Vessel", "the-ship-verb"))


trigger("DIMENSIONS", attr="TOKEN", text=lambda text: _DIMENSIONS.fullmatch(text) is not None)


@context_rule("DIMENSIONS", order=252)
def sized_in_feet(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the 1,095'x157' Tern Vale was stuck': 'the', the dimensions, their last feet mark, the name (a
    ship noun after the name leaves it to the name-before-noun rule)."""
    _, limit = sentence_bounds(doc[start])
    if start == 0 or doc[start - 1].lower_ != "the" or end >= limit or doc[end].text not in FEET_MARKS:
        return
    name_to = name_end(doc, end + 1, limit)
    if name_to < limit and doc[name_to].lower_ in VESSEL_NOUNS:
        return
    if _unknown_ship_name(ctx, doc, end + 1, name_to):
        cands.append(Candidate(end + 1, name_to, "Vessel", "sized-in-feet"))


@context_rule(None, order=256)
def fleet_siblings(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """'the Hanjin Milano is drifting ... The Hanjin California is still under arrest': operators name
    their ships with one first word, so 'the' + that word + other capitalised words, with no noun after
    them and no source knowing the whole as anything but a ship, is another ship of the fleet."""
    firsts: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "Vessel" and c.end - c.start >= 2 and doc[c.start].is_title and doc[c.start].is_alpha:
            firsts.setdefault(doc[c.start].text, set()).add(doc[c.start : c.end].text)
    occupied = {i for c in cands for i in range(c.start, c.end)}
    for tok in doc:
        if tok.text not in firsts or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.i in occupied:
            continue
        _, limit = sentence_bounds(tok)
        end = name_end(doc, tok.i, limit)
        span = doc[tok.i : end]
        if end - tok.i < 2 or span.text in firsts[tok.text] or occupied & set(range(tok.i, end)):
            continue
        if end < limit and doc[end].pos_ in ("NOUN", "PROPN", "NUM"):
            continue  # 'the Varnline Group's ships', 'the Varnline Tern tanker': a noun after the name
        if any(t.lower_ in ORG_WORDS for t in span) or not _unknown_ship_name(ctx, doc, tok.i, end):
            continue
        if span[-1].tag_ == "NNPS":
            continue  # 'the Varnline Autoliners': a plural names the fleet's operator, not one ship
        cands.append(Candidate(tok.i, end, "Vessel", "fleet-sibling"))
        occupied.update(range(tok.i, end))
