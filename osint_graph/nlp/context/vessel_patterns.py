"""Context rules that find ships no gazetteer holds, from the shapes real news gives their names.

- prefixes with hull numbers and slashes: "CCG 5205", "CCG-3305", "China Coast Guard (CCG) 5205",
  "M/V Kokuka Courageous", "M/T Altair";
- a name before a ship noun: "the Koala tanker", "the flagless Jaguar ship", "Kerrin39 cargo ship",
  "the 15-year-old X oil tanker", "the 'X' tanker", "the Navy's 'X' training and logistical ship", a
  place's name no source knows ("the Varnhold Park merchant ship": ships are named after places), and
  names joined before a plural one: "A, B and C vessels";
- a hull number alone: "with bow number 5205" (context/hull_number_words); a size before a name:
  "the 2,743 teu X", "the 90,000-tonne X" (context/capacity_units);
- names set off after a count of ships by pronoun: "all the sanctioned ships ... three of them—A, B,
  and C—have";
- the object of what is done to ships: "pirates seized the Kestrel", "rammed the Teresa Lark";
- a list in apposition to a ship noun: "three of the vessels on the list, Nordic Wind, Sea Lark and
  Polar Vale, have";
- other names of one ship: "X (also known as Y)", "X, formerly the Y", "X, renamed Y": Y is an
  alias of X (the same entity id);
- IMO numbers are checked by their check digit (`valid_imo`).

Reads the tokens, their parts of speech, dependencies and the model's entity types; appends
`Candidate`s of type Vessel (`_canonical` where the name is not the span's text).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from osint_graph.gazetteer import cldr_country
from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext, name_end, name_start, name_token
from osint_graph.nlp.context.org_sentence_cues import unlisted_body
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import POSSESSIVE_MARKS, words
from osint_graph.nlp.spans import sentence_bounds

VESSEL_NOUNS = words("common/vessel_nouns")
SHIP_PREFIXES = words("context/ship_prefixes")
NAVAL_PREFIXES = words("context/naval_ship_prefixes")  # a state's ships: the prefix is each listed name's
ORG_SUFFIXES = words("common/org_suffixes")
ORG_NAME_WORDS = words("common/org_name_words")
CARRIER_MODIFIERS = words("context/carrier_modifiers")
VESSEL_MODIFIERS = words("context/vessel_modifiers") | CARRIER_MODIFIERS
VESSEL_CLASSES = words("common/vessel_classes")
OBJECT_VERBS = words("context/ship_object_verbs")
ALIAS_CUES = words("context/vessel_alias_cues")
NOT_VESSEL_LABELS = words("context/not_vessel_labels")
CLASS_DESIGNATOR_WORDS = words("context/ship_class_designators")
HULL_NUMBER_WORDS = words("context/hull_number_words")
LIST_DASHES = words("context/list_dashes")
FORCE_NOUNS = words("context/national_force_nouns")
CAPACITY_UNITS = words("context/capacity_units")
LOCATION_HEADS = words("context/location_head_nouns")
SHIP_CLASS_WORDS = words("context/ship_class_words")
FACILITY_HEADS = words("context/ship_noun_facility_heads")  # 'the Tollvik Ferry dock': the place's dock
# whose ship, not what kind of ship
OWNER_NOUNS = words("context/state_body_words") | words("context/ship_owner_modifiers") | FORCE_NOUNS
FLAG_PARTICIPLES = frozenset({"flagged", "owned", "registered", "operated"})  # 'Varnian-flagged'

PLACE_LABELS = ("GPE", "LOC", "NORP")
OPENING_QUOTES = frozenset("'‘\"“")
CLOSING_QUOTES = frozenset("'’\"”")
_HULL = re.compile(r"^([A-Z]{2,6})-(\d{2,5})$")
# 'M/V', 'F/V', 'M/L' ... (context/slash_ship_prefixes): the letter before the slash -> the letters after it
SLASH_PREFIXES = words("context/slash_ship_prefixes")
_SLASH_LETTERS = frozenset(p.split("/")[1] for p in SLASH_PREFIXES)
_SLASH_GLUED = re.compile(r"^[VT]([A-Z][a-z]+)$")  # 'M/TAltair': a space lost on the page


def valid_imo(number: str) -> bool:
    """An IMO ship number: seven digits, the last the check digit (sum of the first six weighted
    7..2, modulo 10)."""
    if not re.fullmatch(r"\d{7}", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:6], range(7, 1, -1), strict=True))
    return total % 10 == int(number[6])


def _slash_letter(text: str) -> bool:
    """The last piece of 'M/V', 'F/V', 'M/L' or 'M/TAltair' (what `_slash_prefix` needs of the token itself)."""
    return text in _SLASH_LETTERS or bool(_SLASH_GLUED.match(text))


def _slash_prefix(tok: Token) -> bool:
    """'M/V', 'F/V', 'M/L' (three tokens: 'M', '/', 'V'; context/slash_ship_prefixes), or 'M/TAltair' glued."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "/" or doc[tok.i - 2].whitespace_ or doc[tok.i - 1].whitespace_:
        return False
    glued = _SLASH_GLUED.match(tok.text)
    return f"{doc[tok.i - 2].text}/{tok.text[0] if glued else tok.text}" in SLASH_PREFIXES


trigger("HULL_NUMBER", attr="TOKEN", text=lambda text: text[:1].isupper() and _hull_parts(text) is not None)
trigger("SLASH_PREFIX", attr="TOKEN", text=_slash_letter, token=_slash_prefix)
trigger(  # ('the Kestrel vehicle carrier': "carrier" names a ship after its modifier, context/carrier_modifiers)
    "SHIP_NOUN_AFTER_NAME",
    [
        *(n for n in VESSEL_NOUNS if not n.endswith("s") or n in ("vessel",)),
        *(f"{m} carrier" for m in CARRIER_MODIFIERS),
    ],
)
trigger("SHIP_OBJECT_VERB", OBJECT_VERBS, attr="LEMMA")
trigger("VESSEL_ALIAS", ALIAS_CUES)
trigger("HULL_NUMBER_WORD", HULL_NUMBER_WORDS)
trigger("CAPACITY_UNIT", CAPACITY_UNITS)
trigger("SHIPS_AFTER_NAMES", [n for n in VESSEL_NOUNS if n.endswith("s") and n != "vessel"])
trigger("COUNT_OF_THEM", ["of them", "of those", "of which"])
trigger("CARRIER_LIST", [n for n in words("common/carrier_nouns") if n.endswith("s")])


@context_rule("CARRIER_LIST", order=14)
def carrier_list(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the carriers Nordic Wind, Sea Lark and Polar Vale': a list of two names or more after the
    plural (a lone 'carrier' is a company as often as a ship)."""
    _, limit = sentence_bounds(doc[start])
    found: list[Candidate] = []
    ctx.name_list(doc, end, limit, "Vessel", "carrier-list", found)
    if len(found) >= 2:
        cands.extend(found)


def _hull(tok: Token) -> tuple[str, str] | None:
    """'CCG-3305': a ship prefix and a hull number in one token."""
    return _hull_parts(tok.text)


def _hull_parts(text: str) -> tuple[str, str] | None:
    m = _HULL.match(text)
    return (m[1], m[2]) if m and m[1] in SHIP_PREFIXES else None


@context_rule("HULL_NUMBER", order=141)
def hull_number_token(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'CCG-3305 utilized its water cannon': one token, the prefix and the number."""
    prefix, number = _hull(doc[i]) or ("", "")
    cands.append(Candidate(i, i + 1, "Vessel", "hull-number", {"_canonical": f"{prefix} {number}"}))


def hull_number_at(doc: Doc, k: int) -> bool:
    """Token k is a ship's hull number standing alone: three to five digits, not a year, and no
    noun or unit after it ('vessel 5205 rammed', not 'ship 2019' or 'boat 100 metres')."""
    if k >= len(doc) or not doc[k].text.isdigit() or not 3 <= len(doc[k].text) <= 5:
        return False
    if len(doc[k].text) == 4 and doc[k].text[:2] in ("19", "20"):
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")


@context_rule("HULL_NUMBER_WORD", order=143)
def numbered_ship(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'a CCG vessel with bow number 5205', 'identified by hull number 3302': the number names the ship."""
    k = end + (end < len(doc) and doc[end].text == ":")
    if hull_number_at(doc, k):
        cands.append(Candidate(k, k + 1, "Vessel", "hull-number-word"))


@context_rule("CAPACITY_UNIT", order=144)
def sized_ship(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the 2,743 teu Kestrel Moor', 'the 74,189 dwt Polar Vale', 'the 90,000-tonne Varn Star': a number,
    its unit of size (hyphenated or not), the name."""
    number = start - 1 - (start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_)
    if number < 0 or not doc[number].like_num or end >= len(doc) or doc[end].lower_ in VESSEL_CLASSES:
        return
    _, limit = sentence_bounds(doc[start])
    stop = name_end(doc, end, limit)
    if stop == end or (stop < limit and doc[stop].lower_ in VESSEL_NOUNS | VESSEL_MODIFIERS):
        return  # 'a 74,189 dwt LR1 tanker': a kind of ship before its noun
    if (stop < limit and doc[stop].is_lower and doc[stop - 1].dep_ in ("compound", "amod")) or any(
        t.lower_ in ORG_WORDS | VESSEL_NOUNS for t in doc[end:stop]
    ):
        return  # 'the 225-foot Coast Guard buoy tender Walnut'; a headline's '53,000 Ton Merchant Ship Collide'
    ctx.add_name(doc, end, limit, "Vessel", "sized-ship", cands)


def prefix_number(ctx: NameContext, doc: Doc, i: int, cands: list[Candidate]) -> bool:
    """'CCG 5205', 'China Coast Guard (CCG) 5205': a ship's prefix and its hull number."""
    tok = doc[i]
    j = i + 1
    if j < len(doc) and doc[j].text == ")" and i > 0 and doc[i - 1].text == "(":
        j += 1
    if j < len(doc) and doc[j].text.isdigit() and 2 <= len(doc[j].text) <= 5:
        start = i if j == i + 1 else j
        cands.append(Candidate(start, j + 1, "Vessel", "prefix-number", {"_canonical": f"{tok.text} {doc[j].text}"}))
        return True
    return False


@context_rule("SLASH_PREFIX", order=142)
def slash_prefix(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'M/V Kokuka Courageous', 'M/T Altair', 'M/TAltair' (a space lost on the page)."""
    tok = doc[i]
    glued = _SLASH_GLUED.match(tok.text)
    _, limit = sentence_bounds(tok)
    if glued:
        stop = name_end(doc, i + 1, limit, max_len=3) if i + 1 < limit and doc[i + 1].text[:1].isupper() else i + 1
        canonical = " ".join([glued[1], *(t.text for t in doc[i + 1 : stop])])
        cands.append(Candidate(i, stop, "Vessel", "slash-prefix", {"_canonical": canonical}))
        return
    stop = name_end(doc, i + 1, limit, max_len=4)
    if stop > i + 1:
        cands.append(Candidate(i - 2, stop, "Vessel", "slash-prefix", {"_canonical": doc[i + 1 : stop].text}))


def class_designator_end(doc: Doc, i: int, limit: int) -> int:
    """Where a ship class's designation starting at token i ends ('Type 45', 'Type-054A', 'Project
    22160'), i when there is none: a class names many ships, none of them."""
    if i >= limit:
        return i
    word, _, rest = doc[i].text.partition("-")
    if word.lower() not in CLASS_DESIGNATOR_WORDS or not word[:1].isupper():
        return i
    if rest[:1].isdigit():
        return i + 1
    if i + 1 < limit and doc[i + 1].text[:1].isdigit() and not rest:
        return i + 2
    return i


def _not_a_ship_name(ctx: NameContext, doc: Doc, start: int, end: int) -> bool:
    span = doc[start:end]
    if class_designator_end(doc, start, end) > start:
        return True  # 'the Type-45 destroyer': a class
    if span.text.isupper() and len(span) == 1:
        return True  # 'PCG vessel', 'BFAR vessels': an organisation's acronym
    if all(t.lower_ in VESSEL_MODIFIERS for t in span):
        return True  # 'the Varnia-flagged Oil Products Tanker, TERN': the ship's kind in capitals
    if span[-1].lower_ in VESSEL_CLASSES or cldr_country(span.text) is not None:
        return True
    if span[-1].lower_ == "class":
        return True  # 'the 11,490-ton Slava Class cruiser': a class names many ships
    if span[-1].lower_ in FORCE_NOUNS or span[-2:].text.lower() in FORCE_NOUNS:
        return True  # 'the Indian Navy ship', 'a Varnish Coast Guard vessel': the force that sails it
    if ctx.is_place_or_people(span) or ctx.listed_types(span.text) - {"Vessel", "Weapon"}:
        return True  # ('Jaguar' the fighter jet names ships too)
    place_ok = _unknown_place_word(ctx, span)
    if (span[0].ent_type_ in NOT_VESSEL_LABELS and not (place_ok and span[0].ent_type_ in PLACE_LABELS)) or any(
        t.lower_ in ORG_WORDS or (t.ent_type_ in PLACE_LABELS and not place_ok) for t in span
    ):
        return True  # ('Grace May 3': the model's date inside a ship's name)
    return span[0].lower_ in ("the", "a", "an") or span[0].is_sent_start and span[0].pos_ not in ("PROPN",)


def _unknown_place_word(ctx: NameContext, span) -> bool:
    """The model took the name for a place, but no source knows it and it holds no place's word
    ('the Varnhold Park merchant ship'; not 'the Gulf of Varn tanker', 'the Black Sea ship'): ships
    are named after places, and a ship noun right after the name says which it is here."""
    if ctx.known_types(span.text) or any(t.ent_type_ == "NORP" for t in span):
        return False
    return not any(t.lower_ in LOCATION_HEADS or t.is_lower for t in span)


def _joined_adjective(doc: Doc, i: int, noun: int) -> bool:
    """A lower-case adjective, or 'and' between two, in the run of modifiers before the ship noun at
    `noun` ('the X training and logistical ship'): a second word of the kind of ship."""
    tok = doc[i]
    if not tok.is_lower:
        return False
    if tok.lower_ == "and":
        return i + 1 < noun and i > 0 and doc[i - 1].is_lower and doc[i - 1].pos_ in ("ADJ", "NOUN", "VERB")
    return tok.pos_ == "ADJ" or (tok.pos_ in ("NOUN", "VERB") and i + 1 < noun and doc[i + 1].lower_ == "and")


@context_rule("SHIP_NOUN_AFTER_NAME", order=12)
def name_before_noun(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Koala tanker', 'the flagless Jaguar ship', 'the Front Eagle oil tanker', 'Chinese-owned
    Kerrin39 cargo ship': a name, its kind of ship, the ship noun."""
    first, _ = sentence_bounds(doc[start])
    if end < len(doc) and doc[end].lower_ in FACILITY_HEADS:
        return  # 'the Tollvik Ferry dock', 'the Varnholm ferry terminal': a place's dock, no ship
    if doc[end - 1].is_title and end < len(doc) and doc[end].text[:1].isupper() and doc[end].text[:1].isalpha():
        if end - 2 >= first and doc[end - 2].text[:1].isupper():
            return  # 'the National Iranian Tanker Co.': a ship noun inside a body's name
    k = start
    while k > first and (
        (doc[k - 1].lower_ in VESSEL_MODIFIERS and doc[k - 1].is_lower)
        or doc[k - 1].lower_ in VESSEL_CLASSES
        or _joined_adjective(doc, k - 1, start)
    ):
        k -= 1  # 'oil', 'bulk', 'Aframax', 'training and logistical'
    while k - 1 > first and start - k < 4 and _noun_modifier(doc, k - 1, start):
        k -= 1  # 'the X support ship': a lower-case word the parse hangs on the ship noun
    if k - 3 > first and doc[k - 1].lower_ in FLAG_PARTICIPLES and doc[k - 2].text == "-":
        k -= 3  # 'the Tern Vale Varnian-flagged ship': the flag is no part of the name
    if k - 1 > first and ctx.gazetteer.is_demonym(doc[k - 1].text):
        k -= 1  # 'the Caesar Kunikov Russian vessel': the flag's demonym is no part of the name
    quoted = k - 2 > first and doc[k - 1].text in CLOSING_QUOTES  # "the 'Kestrel' tanker"
    name_to = k - 1 if quoted else k
    name_from = name_start(doc, name_to, first, max_len=4)
    if name_from == name_to and name_to - 2 > first and doc[name_to - 1].like_num:
        name_from = name_start(doc, name_to - 1, first, max_len=4)  # 'the Tern 2 tanker': a number ends it
        name_from = name_to if name_from == name_to - 1 else name_from
    while name_from < name_to - 1 and ctx.gazetteer.is_demonym(doc[name_from].text):
        name_from += 1  # 'the Varnian Tern Vale oil tanker': the flag's demonym, then the name
    if name_from == name_to or (quoted and (name_from == first or doc[name_from - 1].text not in OPENING_QUOTES)):
        return
    if class_designator_end(doc, name_from, name_to) == name_to:
        return  # 'the lead Project 11990 frigate Admiral Varnov': a class before the ship noun, no owner
    if not quoted and _owner_before_ship(ctx, doc, name_from, name_to, start, end):
        cands.append(Candidate(name_from, name_to, "Organization", "owner-before-ship"))
        return
    # led by 'the' (over an adjective or two, or an age: 'the flagless Jaguar ship', 'the 15-year-old
    # Kestrel oil tanker'), by '-owned'/'-flagged', or by an owner's possessive before a quoted or
    # numbered name ("Varnia's Tolla 1 tanker"; not "Varnia's Tolvex tanker": a company)
    lead = [t for t in doc[max(first, name_from - quoted - 6) : name_from - quoted]]
    led = bool(lead) and (
        lead[-1].lower_ in ("owned", "flagged")
        or (lead[-1].text in POSSESSIVE_MARKS and (quoted or doc[name_to - 1].like_num))
        or any(
            t.lower_ == "the" and all(_lead_word(u) or ctx.gazetteer.is_demonym(u.text) for u in lead[n + 1 :])
            for n, t in enumerate(lead)
        )  # 'the Varnian Tern Vale oil tanker': the flag's demonym before the name
    )
    if not led or _not_a_ship_name(ctx, doc, name_from, name_to):
        return
    if doc[end - 1].is_lower and end < len(doc) and name_token(doc[end], True) and doc[end].pos_ == "PROPN":
        return  # 'the Karsk Shipping tanker Tern Vale': the ship's name follows; before it, its owner
    cands.append(Candidate(name_from, name_to, "Vessel", "name-before-noun"))


def _owner_before_ship(ctx: NameContext, doc: Doc, name_from: int, name_to: int, noun: int, end: int) -> bool:
    """'the Norvik vessel Tern Vale', 'a Karsk Tankers tanker Tern Vale': a lower-case ship noun right
    after one name and right before the ship's own name; the name before is its owner or operator, a
    company's (issue 11), when no list knows it as another type and it is no place, demonym or
    person's name ('the Varnian vessel X', 'the Rotterdam tanker X' stay what they are)."""
    _, limit = sentence_bounds(doc[noun])
    if end - noun != 1 or not doc[noun].is_lower or end >= limit or doc[end].pos_ != "PROPN":
        return False
    if not name_token(doc[end], False) or doc[end].ent_type_ in ("DATE", "TIME", "GPE", "NORP"):
        return False
    return unlisted_body(ctx, doc[name_from:name_to])


def _noun_modifier(doc: Doc, i: int, noun: int) -> bool:
    """A lower-case noun or adjective the parse attaches to the ship noun at `noun` (or to a word
    between), 'support' in 'the X support ship': a kind of ship no list needs to hold."""
    tok = doc[i]
    if tok.lower_ in SHIP_CLASS_WORDS or tok.lower_ in ORG_WORDS or tok.lower_ in OWNER_NOUNS:
        return False  # 'the Thetis class patrol vessel', 'the Svalbard local government vessel': not the name's ship
    return tok.is_lower and tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("compound", "amod") and i < tok.head.i <= noun


def _lead_word(tok: Token) -> bool:
    """A word between 'the' and a ship's name: a lower-case adjective, noun or participle, or a part
    of an age ('15-year-old')."""
    return (tok.is_lower and tok.pos_ in ("ADJ", "NOUN", "VERB")) or tok.like_num or tok.text == "-"


@context_rule("SHIP_OBJECT_VERB", order=13)
def object_of_ship_verb(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'Pirates seized the Kestrel', 'a Chinese ship rammed the Teresa Lark', 'boarded the “Kestrel”':
    what one does to a ship."""
    verb = doc[i]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children):
        return
    _, limit = sentence_bounds(verb)
    j = i + 1
    if j >= limit or doc[j].lower_ != "the":
        return
    j += 1
    lead = j  # 'detained the previously blacklisted Kestrel': lower-case words before the name
    while j < min(lead + 3, limit) and doc[j].is_lower and doc[j].pos_ in ("ADV", "ADJ", "VERB"):
        j += 1
    if j > lead and not (j < limit and doc[j].text[:1].isupper()):
        return
    quoted = j + 1 < limit and doc[j].text in OPENING_QUOTES  # 'pirates boarded the “Kestrel”'
    j += quoted
    stop = name_end(doc, j, limit, max_len=4)
    if quoted and not (stop < limit and doc[stop].text in CLOSING_QUOTES):
        return
    if stop == j or _not_a_ship_name(ctx, doc, j, stop):
        return
    if stop < limit and (doc[stop].lower_ in VESSEL_MODIFIERS or doc[stop].text[:1].isupper() or doc[stop].text == "-"):
        return  # 'the Kestrel oil ...' is the noun rule's; a longer name the prefix rule's
    if any(t.ent_type_ == "PERSON" for t in doc[j:stop]) and stop - j > 1 and not _closed_after(doc, stop, limit):
        return  # 'targeted the Lena Varga administration'; but 'struck the Vsevolod Varn, setting it alight'
    cands.append(Candidate(j, stop, "Vessel", "ship-object"))


def _closed_after(doc: Doc, stop: int, limit: int) -> bool:
    """The name after 'the' ends its phrase (a comma, a full stop, a preposition): a person's name
    takes no 'the', so a ship named for a person is the object there, not a noun's modifier."""
    return stop >= limit or doc[stop].text in (",", ".", ";", "—", "–") or doc[stop].pos_ == "ADP"


@context_rule("VESSEL_ALIAS", order=35)
def vessel_alias(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'X (also known as Y)', 'X, formerly the Y', 'X, renamed Y': Y is another name of the vessel X."""
    first, limit = sentence_bounds(doc[start])
    k = start
    while k > first and doc[k - 1].text in ("(", ",", "also", "-", "–"):
        k -= 1
    j = end
    while j < limit and doc[j].lower_ in ("as", "the", "named", "called", "-"):
        j += 1
    stop = name_end(doc, j, limit, max_len=4)
    if stop == j or not name_token(doc[j], True) or _not_a_ship_name(ctx, doc, j, stop):
        return
    ship = next((c for c in cands if c.type == "Vessel" and c.end == k), None)
    alias = next((c for c in cands if c.type == "Vessel" and (c.start, c.end) == (j, stop)), None)
    if ship is None and alias is not None:  # 'X (also known as Y, IMO 9074729)': Y's number makes X a ship
        start_x = name_start(doc, k, first, max_len=5)
        if start_x == k or _not_a_ship_name(ctx, doc, start_x, k):
            return
        ship = Candidate(start_x, k, "Vessel", "vessel-alias")
        cands.append(ship)
    if ship is None:
        return
    canonical = ship.identifiers.get("_canonical") or doc[ship.start : ship.end].text
    if alias is None:
        alias = Candidate(j, stop, "Vessel", "vessel-alias")
        cands.append(alias)
    alias.identifiers["_canonical"] = canonical
    if "imo" in alias.identifiers:
        ship.identifiers.setdefault("imo", alias.identifiers["imo"])


def apposition_list(ctx: NameContext, doc: Doc, end: int, limit: int, cands: list[Candidate]) -> None:
    """'three of the vessels on the new list, Nordic Wind, Sea Lark and Polar Vale, have': the
    names between commas after a plural ship noun and its modifier."""
    k = end
    while k < limit and k - end < 8 and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX", "PUNCT"):
        k += 1
    if k + 1 >= limit or doc[k].text != "," or not name_token(doc[k + 1], True):
        return
    found: list[Candidate] = []
    ctx.name_list(doc, k + 1, limit, "Vessel", "vessel-apposition", found)
    if len(found) >= 2 and found[-1].end < limit and doc[found[-1].end].text in (",", ")", "—", "–"):
        cands.extend(found)


@context_rule("COUNT_OF_THEM", order=145)
def ships_counted_by_pronoun(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'all the sanctioned ships ... only three of them—A, B, and C—have': names set off after 'N of
    them' when the nearest plural noun before, in the sentence or the one before, is a ship noun."""
    _, limit = sentence_bounds(doc[start])
    if start == 0 or not doc[start - 1].like_num or end + 1 >= limit:
        return
    if doc[end].text not in LIST_DASHES and doc[end].text not in (",", ":"):
        return
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    plural = next((t for t in reversed(doc[first : start - 1]) if t.tag_ == "NNS"), None)
    if plural is None or plural.lower_ not in VESSEL_NOUNS:
        return
    found: list[Candidate] = []
    ctx.name_list(doc, end + 1, limit, "Vessel", "ships-of-them", found)
    if len(found) >= 2 and found[-1].end < limit and doc[found[-1].end].text in LIST_DASHES | {",", ")"}:
        cands.extend(found)


@context_rule("SHIPS_AFTER_NAMES", order=146)
def names_before_ships(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Berdyansk, Nikopol and Yany Kapu vessels did not respond': two names or more joined by 'and',
    right before a plural ship noun, opening the sentence or led by 'the'."""
    first, _ = sentence_bounds(doc[start])
    found: list[Candidate] = []
    j, joined = start, False
    while True:
        name_from = name_start(doc, j, first, max_len=4)
        if name_from == j or _not_a_ship_name(ctx, doc, name_from, j) or doc[name_from:j].text.isupper():
            return  # ('NATO and EU ships', 'Houthi and Iranian vessels': bodies and peoples)
        found.append(Candidate(name_from, j, "Vessel", "names-before-ships"))
        j = name_from
        if j - 1 > first and doc[j - 1].lower_ == "and" and not joined:
            j, joined = j - 1 - (doc[j - 2].text == ","), True
        elif joined and j - 1 > first and doc[j - 1].text == ",":
            j -= 1
        else:
            break
    if joined and len(found) >= 2 and (j == first or doc[j - 1].lower_ == "the"):
        cands.extend(found)


def prefixed_list(doc: Doc, prefix: str, k: int, limit: int, cands: list[Candidate]) -> None:
    """'USS Tolm and Brenn', 'HMS Arn, Bell and Cope': the prefix before a list is each name's
    (GUIDELINES ruling on a naval prefix before a list): 'USS Brenn' the canonical name, the span
    the later name's own words."""
    while k + 1 < limit and doc[k].text in (",", "and"):
        k += 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and")
        # (a text cut off after ', and' has no name left: 'USS Arnvik, and')
        end = name_end(doc, k, limit, max_len=3) if k < limit and doc[k].text[:1].isupper() else k
        name = doc[k:end]
        body_word = any(t.lower_ in ORG_SUFFIXES | ORG_NAME_WORDS | NOT_NAME_WORDS for t in name)
        if end == k or name.text.isupper() or body_word or name[0].text in SHIP_PREFIXES:
            return  # 'HMS Kestrel and Royal Navy ships', '... and MARCOS', ', USS Tolm' (its own prefix)
        if class_designator_end(doc, k, limit) > k or (end < limit and doc[end].lower_ in VESSEL_NOUNS):
            return  # 'HMS Arn, Type 45 destroyer HMS Bell': a class and a ship noun open the next ship
        if end < limit and doc[end].lower_ in ("'s", "’s"):
            return  # 'USS Tolm and Varnia's destroyer VNS Brenn': a possessive is the next ship's owner
        # 'HMS Arn, RFABell and ...': a page that lost the space after the name's own prefix
        full = unglued(doc[k:end].text) or f"{prefix} {doc[k:end].text}"
        for cand in cands:  # the same name found by an earlier rule ('destroyers X and Y') takes it too
            if (cand.start, cand.end, cand.type) == (k, end, "Vessel"):
                cand.identifiers.setdefault("_canonical", full)
        cands.append(Candidate(k, end, "Vessel", "ship-prefix", {"_canonical": full}))
        k = end


def unglued(name: str) -> str | None:
    """'RFABell Moor' -> 'RFA Bell Moor' (a naval prefix stays in the name), 'MVTern' -> 'Tern';
    None when the name's first word carries no glued prefix."""
    for p in SHIP_PREFIXES:
        if p.isupper() and glued_prefix(name.split()[0]) and name.startswith(p) and name[len(p) : len(p) + 1].isupper():
            return f"{p} {name[len(p) :]}" if p in NAVAL_PREFIXES else name[len(p) :]
    return None


def glued_prefix(text: str) -> bool:
    """'HMSKestrel': a ship prefix in capitals glued to a capitalised name."""
    return any(
        text.startswith(p) and text[len(p) : len(p) + 1].isupper() and text[len(p) + 1 : len(p) + 2].islower()
        for p in SHIP_PREFIXES
        if p.isupper()
    )
