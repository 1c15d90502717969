"""Weapons named by the words around a class: a name given after it ("a hypersonic ballistic missile
named Tarvel", "a new cruise missile, dubbed Korvat"), and a class word on a generic noun
("anti-tank weapons", "anti-ship weaponry").

A name a text gives a weapon is a Weapon (GUIDELINES: family names and nicknames of weapons); the
statistical model often reads such a word as a person's. Not a name: a word a source knows as
anything but a weapon, a place's or a people's word, a day or a place the model reads so ('named
Monday'), a name after a head that is no munition ('a ship named X', 'an operation called X'). The
naming words are data (sources/rules/context/weapon_naming_words.txt).

A class word that says what a munition is made to hit or how it flies makes a Weapon class also on
a generic noun ("anti-tank weapons" -> `anti-tank weapon`; GUIDELINES: class words on generic nouns);
describing words alone ("naval weapons", "guided weapons") and other class words ("hypersonic weapons")
do not. The nouns and class words are data (sources/rules/context/weapon_generic_heads.txt,
weapon_generic_classes.txt; "anti-" compounds and range words always count).
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.context.weapon_class_folds import range_word
from osint_graph.nlp.context.weapons import ORG_WORDS, WEAPON_CLASS_HEADS, _class_canonical, _trim_start, _walk_left
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

NAMING_WORDS = words("context/weapon_naming_words")
MAX_NAME_WORDS = 3
GENERIC_HEADS = words("context/weapon_generic_heads")
GENERIC_CLASSES = words("context/weapon_generic_classes")
NOT_NAME_ENTS = {"DATE", "TIME", "GPE", "LOC", "NORP"}  # 'named Monday', 'called Karsk'

trigger("WEAPON_GENERIC_HEAD", GENERIC_HEADS)


@context_rule("WEAPON_HEAD", order=164)
def named_after_class(ctx: NameContext, doc: Doc, h: int, end: int, cands: list[Candidate]) -> None:
    """The capitalised name after a lower-case munition head and a naming word, as one Weapon."""
    head = doc[h]
    if not head.is_lower or head.lower_ not in WEAPON_CLASS_HEADS:
        return
    _, limit = sentence_bounds(head)
    j = h + 1
    if j < limit and doc[j].text == ",":
        j += 1
    if j >= limit or doc[j].lower_ not in NAMING_WORDS:
        return
    a = b = j + 1
    while b < limit and b - a < MAX_NAME_WORDS and _name_word(doc, b):
        b += 1
    if b == a:
        return
    name = doc[a:b]
    if ctx.known_types(name.text) - {"Weapon"} or ctx.is_place_or_people(name):
        return
    cands.append(Candidate(a, b, "Weapon", "weapon-named", {"_canonical": name.text}))


def _name_word(doc: Doc, i: int) -> bool:
    t = doc[i]
    return (
        t.is_alpha
        and t.text[:1].isupper()
        and t.pos_ in ("PROPN", "NOUN", "ADJ")
        and t.lower_ not in NOT_NAME_WORDS | ORG_WORDS
        and t.ent_type_ not in NOT_NAME_ENTS
    )


@context_rule("WEAPON_GENERIC_HEAD", order=166)
def class_on_generic_noun(ctx: NameContext, doc: Doc, h: int, end: int, cands: list[Candidate]) -> None:
    """'anti-tank weapons' -> `anti-tank weapon`, 'anti-ship weaponry' -> `anti-ship weapon`: a class
    word (not a describing word only) before a generic noun for weapons; no model's name before it."""
    if not doc[h].is_lower:
        return
    first, _ = sentence_bounds(doc[h])
    phrase = _walk_left(ctx, doc, h, first)
    k, mods = _trim_start(doc, phrase.k, h, phrase.mods)
    if phrase.name is not None or mods <= 0 or k >= h:
        return
    words_before = doc[k:h].text.lower().replace(" - ", "-")
    if not (
        any(doc[i].lower_ == "anti" or range_word(doc, i) for i in range(k, h))
        or any(w in GENERIC_CLASSES for w in words_before.split())
    ):
        return  # 'hypersonic weapons', 'surface-to-surface strike weapon': no class the guidelines name
    canonical = f"{_class_canonical(doc, k, h - 1)} weapon"
    cands.append(Candidate(k, h + 1, "Weapon", "weapon-phrase", {"_canonical": canonical}))
