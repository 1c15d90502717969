"""A weapon's proper name written in title case and ending in its head noun.

"the Varnel Strike Missile", "the Future Offensive Surface Weapon", "Korvath Heavy Torpedoes": the
statistical model reads such names as a body's (ORG) or not at all, and the weapon-phrase rule
(context/weapons.py) takes only lower-case heads. A reader sees one weapon, named by the whole
title-case phrase (GUIDELINES: a weapon with no letter-and-number designator keeps its name as the
text writes it most completely). The heads are data (sources/rules/context/weapon_titled_heads.txt).

Not a name: a phrase inside a longer name ('RGM-7 Tarvos Block II Surface Launched Missiles', which
the designator rules name; 'the Varnel Missile Cruiser', a ship), a headline's title case ("Navy
Fires Cruise Missiles": most of its words are capitalised), a phrase holding a word the sources know
as anything (a place, a people, a body or a known weapon, which their own rules name), a verb or a
body's word ('Aerospace', 'Group').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

TITLED_HEADS = words("context/weapon_titled_heads")
SYSTEM_WORDS = words("context/weapon_system_heads")
WEAPON_WORDS = ("weapon", "weapons")
NOT_IN_NAME = NOT_NAME_WORDS | ORG_WORDS | TITLED_HEADS  # a verb's or a body's word, or another head
MAX_NAME_WORDS = 4  # 'Future Offensive Surface Weapon' has three before its head
HEADLINE_SHARE = 0.6  # a sentence whose other words are capitalised beyond this share is a headline

trigger("WEAPON_TITLED_HEAD", TITLED_HEADS)


@context_rule("WEAPON_TITLED_HEAD", order=161)
def titled_weapon_name(ctx: NameContext, doc: Doc, h: int, end: int, cands: list[Candidate]) -> None:
    """The title-case name ending at the head h, as one Weapon named by the whole phrase."""
    head = doc[h]
    if not head.is_title:
        return
    first, last = sentence_bounds(head)
    k = h
    while k > first and h - k < MAX_NAME_WORDS and (_name_word(ctx, doc[k - 1]) or _compound_tail(doc, k - 1, first)):
        k -= 1 if _name_word(ctx, doc[k - 1]) else 3
    # 'the Close-In Weapon System': a titled system word after 'Weapon' ends the name ('Kestrel Missile
    # Systems' stays a maker's name)
    system = h + 1 < last and head.lower_ in WEAPON_WORDS and doc[h + 1].is_title and doc[h + 1].lower_ in SYSTEM_WORDS
    end = h + 2 if system else h + 1
    if head.lower_ == "weapons" and not system:
        return  # 'Chemical Weapons' names a convention's or a body's subject; 'Weapons System' a weapon
    if k == h or (k > first and _name_goes_on(doc[k - 1])) or (end < last and _name_goes_on(doc[end])):
        return  # no name, or a longer one the rule does not take ('Block II Surface ...', '... Missile Cruiser')
    if _headline([t for t in doc[first:last] if t.is_alpha and not k <= t.i < end]):
        return
    singular = head.text[:-2] if head.lower_.endswith("oes") else head.text.rstrip("s")
    canonical = f"{doc[k:h].text} {singular}" + (f" {doc[h + 1].text.rstrip('s')}" if system else "")
    cands.append(Candidate(k, end, "Weapon", "titled-weapon-name", {"_canonical": canonical}))


def _compound_tail(doc: Doc, i: int, first: int) -> bool:
    """Token i ends a hyphenated title-case compound ('Close-In', 'Ship-Launched'): two capitalised
    words glued by a hyphen, one name word."""
    return (
        i - 2 >= first
        and doc[i].is_title
        and doc[i].is_alpha
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_title
        and doc[i - 2].is_alpha
    )


def _name_word(ctx: NameContext, t: Token) -> bool:
    """A title-case word that may stand in a weapon's name: no verb, no body's word, nothing known."""
    return (
        t.is_title
        and t.is_alpha
        and t.pos_ in ("PROPN", "NOUN", "ADJ")
        and t.lower_ not in NOT_IN_NAME
        and not ctx.known_types(t.text)
        and not ctx.is_place_or_people(t.doc[t.i : t.i + 1])
    )


def _name_goes_on(t: Token) -> bool:
    """A capitalised name word or a number beside the name: the name is part of a longer one (not
    'The' opening the sentence)."""
    return (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM")) or t.text[:1].isdigit()


def _headline(others: list[Token]) -> bool:
    """Whether most of the sentence's other words are capitalised (a headline's title case); a name
    standing alone on its line is read as a headline too."""
    return not others or sum(t.is_title for t in others) / len(others) > HEADLINE_SHARE
