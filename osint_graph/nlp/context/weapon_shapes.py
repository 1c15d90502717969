"""Context rules that name a weapon by the shape of the words around a name no list holds: "its
Tarvos system" in a sentence about firing, "the Mid-Range Capability (Tarvos) missile system", "the
1,700-mile-range Tarvos". They run after the weapon-phrase rules (context/weapons.py), whose
candidates they leave alone.

Reads the tokens, their case and parts of speech and the model's entity types; appends `Candidate`s of
type Weapon named by the capitalised word(s) the shape points at.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.context.weapons import (
    MUNITION_NOUNS,
    ORG_WORDS,
    SYSTEM_HEADS,
    WEAPON_CLASS_HEADS,
    WEAPON_CLASS_MODIFIERS,
    WEAPON_HEADS,
    WEAPON_PLATFORM_HEADS,
)
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

USE_LEMMAS = words("context/weapon_use_lemmas")  # 'the first firing of its Tarvos system'

# '-range' ending a range compound ('long-range', '1,700-mile-range'): a name after it is a weapon's
# in lower case: 'Mid-Range Capability', 'Long-Range Precision Fires' are programmes' names, in title case
trigger(
    "RANGED_NAME",
    ["range"],
    accept=lambda doc, i, j: (i, j) if i > 0 and doc[i - 1].text == "-" and doc[i].text == "range" else None,
)


@context_rule("WEAPON_HEAD", order=163)
def named_system(ctx: NameContext, doc: Doc, h: int, end: int, cands: list[Candidate]) -> None:
    """'its portable Typhon system', 'the Army's Tarvos system': one capitalised word no source knows as
    anything, before a lower-case 'system', names a weapon system when its sentence speaks of munitions or
    their use ('fired an SM-6 missile from its Typhon system'; context/weapon_system_heads.txt,
    common/munition_nouns.txt, context/weapon_use_lemmas.txt);
    not a place, a people or a body's word, not a sentence's first word, not a word already in a weapon."""
    if not doc[h].is_lower or doc[h].lower_ not in SYSTEM_HEADS or h == 0:
        return
    name = doc[h - 1]
    first, limit = sentence_bounds(doc[h])
    if (
        h - 1 <= first
        or not name.is_alpha
        or not (name.is_title or name.is_upper)
        or name.lower_ in NOT_NAME_WORDS | ORG_WORDS | WEAPON_CLASS_MODIFIERS | WEAPON_CLASS_HEADS
        or ctx.known_types(name.text) - {"Weapon"}
        or ctx.is_place_or_people(doc[h - 1 : h])
        or any(c.type == "Weapon" and c.start <= h - 1 < c.end for c in cands)
    ):
        return
    if not any(
        t.lower_ in MUNITION_NOUNS or t.lemma_.lower() in USE_LEMMAS for t in doc[first:limit] if t.i not in (h - 1, h)
    ):
        return
    cands.append(Candidate(h - 1, h + 1, "Weapon", "weapon-phrase", {"_canonical": name.text}))


@context_rule("WEAPON_HEAD", order=162)
def bracketed_model(ctx: NameContext, doc: Doc, h: int, end: int, cands: list[Candidate]) -> None:
    """'the Mid-Range Capability (Tarvos) missile system': one capitalised word in brackets right before a
    weapon's class and head words is the model's name (the words before the brackets are a programme's or another
    name of it); not an acronym, not a name the sources know as another type, a place or a people."""
    first, _ = sentence_bounds(doc[h])
    k = h
    while k > first and doc[k - 1].is_lower and doc[k - 1].lower_ in WEAPON_CLASS_MODIFIERS | WEAPON_CLASS_HEADS:
        k -= 1
    if k - 3 < first or doc[k - 1].text != ")" or doc[k - 3].text != "(":
        return
    name = doc[k - 2]
    if k == h or not (name.is_alpha and name.is_title):  # class words before the head: not '(Hashd) drones'
        return
    if (
        name.lower_ in NOT_NAME_WORDS | ORG_WORDS
        or ctx.known_types(name.text) - {"Weapon"}
        or ctx.is_place_or_people(doc[k - 2 : k - 1])
    ):
        return
    cands.append(Candidate(k - 2, k - 1, "Weapon", "weapon-phrase", {"_canonical": name.text}))


@context_rule("RANGED_NAME", order=165)
def ranged_name(ctx: NameContext, doc: Doc, r: int, end: int, cands: list[Candidate]) -> None:
    """'the 1,700-mile-range Dark Eagle', 'the long-range Tarvos': a range compound says how far a weapon
    reaches, so one to three capitalised words right after it, with no head noun of their own, name a
    weapon (a head noun after them is weapon_phrase's: 'long-range Tarvos missiles'); not a name the
    sources know as another type, a place or a people ('long-range Russian bombers')."""
    _, limit = sentence_bounds(doc[r])
    k = end
    while k < limit and k - end < 3 and doc[k].is_alpha and doc[k].is_title and doc[k].lower_ not in NOT_NAME_WORDS:
        k += 1
    if k == end or (k < limit and (doc[k].lower_ in WEAPON_HEADS | WEAPON_PLATFORM_HEADS | SYSTEM_HEADS)):
        return
    if k < limit and doc[k].pos_ in ("NOUN", "PROPN") and not doc[k].is_punct:
        return  # 'long-range Karsk bombers': the capitalised words describe a noun after them
    name = doc[end:k]
    types = ctx.known_types(name.text)
    if (types and "Weapon" not in types) or ctx.is_place_or_people(name):
        return
    cands.append(Candidate(end, k, "Weapon", "weapon-phrase", {"_canonical": name.text}))
