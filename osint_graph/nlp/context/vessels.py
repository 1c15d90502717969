"""Context rules that find ships' names: "the tanker Eagle S", "the Panama-flagged Eventin",
"X (IMO 9123456)", "HMS Belos", "the Marbella Song sailed", "X was boarded", "X's crew",
"aboard the Kestrel", "two vessels to the area — the X and Y —" (a dash after a phrase on the
noun, context/list_dashes), "the CCG vessel 5205", "X, the vessel which sank".  Also the flag state
before "-flagged" ("Marshall Islands-flagged").

Reads the tokens, their parts of speech, dependencies and the model's entity types; appends
`Candidate`s of type Vessel (and Country, Port); osint_context_rules puts them into `doc.ents`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from osint_graph.gazetteer import cldr_country
from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext, name_end, name_start, name_token
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.context.vessel_forms import before_a_person, company_participle, joined_and, unquoted_end
from osint_graph.nlp.context.vessel_patterns import (
    apposition_list,
    class_designator_end,
    glued_prefix,
    hull_number_at,
    prefix_number,
    prefixed_list,
    valid_imo,
)
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import POSSESSIVE_MARKS, words
from osint_graph.nlp.spans import sentence_bounds, sentence_bounds_trimmed

VESSEL_NOUNS = words("common/vessel_nouns")
CARRIER_NOUNS = words("common/carrier_nouns")
CARRIER_MODIFIERS = words("context/carrier_modifiers")
VESSEL_CLASSES = words("common/vessel_classes")
VESSEL_MODIFIERS = words("context/vessel_modifiers")
SHIP_PREFIXES = words("context/ship_prefixes")
SHIP_PREFIXES_LOWER = frozenset(p.lower() for p in SHIP_PREFIXES)
SHIP_VERBS = words("context/ship_verbs")
SHIP_VERBS_INTRANSITIVE = words("context/ship_verbs_intransitive")
SHIP_PASSIVES = words("context/ship_passives")
SHIP_PASSIVES_THE = words("context/ship_passives_the")  # only after 'the': 'the Konarak was hit'
SHIP_PARTS = words("context/ship_parts")
CARGO_WORDS = words("context/cargo_words")
ORG_SUFFIXES = words("common/org_suffixes")
NAVAL_PREFIXES = words("context/naval_ship_prefixes")  # a state's ships: the prefix is each listed name's
ORG_NAME_WORDS = words("common/org_name_words")
PASSIVE_AUXILIARIES = words("context/passive_auxiliaries")
FUNCTION_POS = words("context/function_pos")
LIST_VERBS = words("context/list_verbs")
LIST_DASHES = words("context/list_dashes")
PASSIVE_ADVERBS = words("context/passive_adverbs")
APPOSITIVE_DETERMINERS = words("context/appositive_determiners")
SHIP_TITLE_SERVICES = words("context/ship_title_services")
THE_NAME_LABELS = words("context/the_name_labels")
LOCATION_HEADS = words("context/location_head_nouns")
# 'the Karsk Embassy', 'the Automatic Identification System', 'the Mutual Defense Treaty': no ship
BODY_OR_SYSTEM_HEADS = words("context/state_possessive_bodies") | words("entity_types/not_entity_heads")
TOWN_LABELS = (LABEL_OF_TYPE["Location"], LABEL_OF_TYPE["Port"])  # a town the gazetteer found
SHIP_ATTACK_NOUNS = {tuple(line.split()) for line in words("context/ship_attack_nouns")}  # ('attack', 'on')
SPEAKING_VERBS = words("common/report_verbs") | words("common/source_verbs")  # 'the Independent reported'
NAMING_WORDS = ("named", "called", "dubbed")


def _ship_verb(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    tok = doc[start]
    return (start, end) if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBD", "VBN", "JJ") else None


def _ship_noun(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A size class is a ship noun only as the trade writes it ('VLCC', 'Aframax'): 'Mr' is no MR class."""
    tok = doc[start]
    if end - start > 1 or tok.lower_ not in VESSEL_CLASSES:
        return start, end
    if not tok.text.isupper() and len(tok) <= 3:
        return None
    # 'Arrested VLCC Navigating Nigerian ... Waters': in a Title Case headline a verb follows the class
    return None if end < len(doc) and doc[end].tag_.startswith("VB") else (start, end)


# a size class stands for its ship noun before a name: 'the VLOC Stellar Vale', 'VLCC Kestrel Moor'
trigger(
    "VESSEL_NOUN",
    [*VESSEL_NOUNS, *VESSEL_CLASSES, *(f"{m} {c}" for m in CARRIER_MODIFIERS for c in CARRIER_NOUNS)],
    accept=_ship_noun,
)
trigger("FLAGGED", words("context/flag_words"))
trigger("IMO", ["imo", "mmsi"])
trigger("SHIP_PREFIX", attr="TOKEN", text=lambda text: text in SHIP_PREFIXES)
trigger("SHIP_VERB", SHIP_VERBS | words("context/ship_verb_forms"), attr="LEMMA", accept=_ship_verb)
trigger("SHIP_PASSIVE", SHIP_PASSIVES, attr="LEMMA", accept=_ship_verb)
trigger("SHIP_PASSIVE_THE", SHIP_PASSIVES_THE, attr="LEMMA", accept=_ship_verb)
trigger("SHIP_PART", [f"{p} {w}" for p in POSSESSIVE_MARKS for w in SHIP_PARTS])
trigger("ABOARD", words("context/aboard_words") | {f"{part} of" for part in words("context/ship_parts_of")})


def vessel_noun_ok(doc: Doc, end: int) -> bool:
    noun = doc[end - 1]
    return noun.pos_ in ("NOUN", "PROPN") or noun.tag_.startswith("NN") or noun.lower_ in VESSEL_NOUNS


@context_rule("VESSEL_NOUN", order=10)
def vessel_after(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the tanker Eagle S', 'the tankers Maya 1, Angara and Lady R', 'a dhow, the Bint Salem, was'."""
    if not vessel_noun_ok(doc, end) or _inside_a_name(doc, end - 1):
        return
    _, limit = sentence_bounds_trimmed(doc[start], end)
    noun = doc[end - 1]
    i = end
    if noun.is_title and i < limit and doc[i].tag_ in ("VBN", "VBD", "VBZ"):  # 'Ferry Sinks at ...
        if i + 1 == len(doc) or not name_token(doc[i + 1], False):
            return  # a headline's 'Same Ship Involved in ...', 'Vessel Confiscated amid ...': a verb, no name
    if i + 2 < limit and doc[i].text == "(" and doc[i + 1].text in SHIP_PREFIXES and doc[i + 2].text == ")":
        i += 3  # 'the fishing vessel (FV) Tern Vale': the noun's abbreviation between it and the name
    if i + 1 < limit and doc[i].lower_ in (",", "—", "–", "is", "was") and doc[i + 1].lower_ in NAMING_WORDS:
        i += 1  # 'The ship, named Fitburg, was ...', 'the yacht—named Tern—', 'The ship is named Tern Union'
    if i < limit and doc[i].lower_ in NAMING_WORDS:
        i += 1 + (i + 1 < limit and doc[i + 1].lower_ == "the")  # 'The cargo ship, called the Tern Vale,'
    elif i < limit and doc[i].lower_ == "as" and noun.head.lemma_.lower() in ("identify", "name"):
        i += 1 + (i + 1 < limit and doc[i + 1].lower_ == "the")  # 'identified the vessel as the Niovi'
    else:  # '... oil tanker in the Gulf of Oman known as the Advantage Sweet'
        for k in range(i, min(limit - 1, i + 8)):
            if doc[k].lower_ == "known" and doc[k + 1].lower_ == "as":
                j = k + 2 + (k + 2 < limit and doc[k + 2].lower_ == "the")
                ctx.add_name(doc, j, limit, "Vessel", "vessel-known-as", cands)
                break
            if doc[k].text in (",", ";") or doc[k].pos_ == "VERB":
                break
    plural = noun.lower_.endswith("s") and noun.lower_ not in ("vessel", "ss")
    if not plural and i + 2 < limit and doc[i].text in (",", "—", "–") and doc[i].i > 0:
        # 'The tanker, Niovi, was sailing', 'a second dhow, the Bint Salem, was': a name between commas
        # (or dashes: 'another Russian boat — Ivanovets — sank'), quoted ('its vessel, the "Tern",'),
        # or closing the sentence ('collided with a Liberian-flagged vessel, Tern Vale.'); a town's
        # name there is the ship's ('its sister ship, the Minsk, was hit')
        n = i + 1 + (doc[i + 1].lower_ == "the")
        quoted = n < limit and doc[n].text in ('"', "“")
        if n + quoted < limit and name_token(doc[n + quoted], True):
            end_name = name_end(doc, n + quoted, limit)
            shut = end_name + (quoted and end_name < limit and doc[end_name].text in ('"', "”"))  # 'the "Tern 5",'
            closed = shut < limit and doc[shut].text in (",", ";", "—", "–")
            # 'the Oil Products Tanker, STOLT TERN during ...': a name in capitals needs no closing comma
            # (two words or more, then a preposition or a conjunction: not 'the tanker, UK officials said')
            capitals = (
                end_name - n - quoted >= 2
                and doc[n + quoted : end_name].text.isupper()
                and end_name < limit
                and doc[end_name].pos_ in ("ADP", "SCONJ", "CCONJ")
            )
            if closed or capitals or (end_name == limit - 1 and doc[end_name].text == "."):
                ctx.add_name(doc, n, limit, "Vessel", "vessel-comma", cands, places_ok=True)
                return
    if i + 1 < limit and doc[i].text in (",", ":") and doc[i + 1].lower_ in ("including", "like", "namely"):
        i += 2
        plural = True
    elif plural and i + 1 < limit and (doc[i].lower_ in ("including", "namely") or doc[i : i + 2].text == "such as"):
        i += 1 + (doc[i].lower_ == "such")  # 'tankers including the Adena, Liliana', 'vessels such as X': no comma
    elif (  # 'the tankers included X, Y and Z', 'among the vessels were X and the Y'
        plural
        and i + 1 < limit
        and doc[i].lower_ in LIST_VERBS
        and (doc[i + 1].lower_ == "the" or name_token(doc[i + 1], True))
    ):
        i += 1
    elif (
        plural
        and i + 1 < limit
        and (doc[i].text in (",", ":") or doc[i].text in LIST_DASHES or (doc[i].text == "-" and doc[i].whitespace_))
        and (doc[i + 1].lower_ == "the" or name_token(doc[i + 1], True))
    ):
        i += 1
    elif plural and (dash := _dash_after_phrase(doc, i, limit)) is not None:
        i = dash + 1  # 'two vessels to the area — the X and Y —', 'three ships of the navy � A, B and C'
    elif i + 2 < limit and doc[i].text == "," and doc[i + 1].lower_ == "such" and doc[i + 2].lower_ == "as":
        i += 3
        plural = True
    elif i + 1 < limit and doc[i].text == "," and doc[i + 1].text in ('"', "“"):
        i += 1  # 'the oil tanker, "Liberty,"'
    if i == end and i < limit and doc[i].lower_ == "the":
        if not _the_name_in_apposition(doc, noun, i + 1, limit):
            return  # 'one of the ships the Houthis claimed': no name follows the noun
        i += 1  # 'hit by the Karsk ship the Tern Vale': the parser sets the name beside the noun
    if plural:
        before = len(cands)
        ctx.name_list(doc, i, limit, "Vessel", "vessel-list", cands)
        last = cands[-1].end if len(cands) == before + 1 else limit
        if last < limit and doc[last].lemma_.lower() in SPEAKING_VERBS:
            del cands[-1]  # 'harassing the vessels," Tarriela said', 'tankers, the Treasury said': a speaker
        if len(cands) == before and i == end:
            apposition_list(ctx, doc, end, limit, cands)
    else:  # 'the ship Project 22160 Varna Hill': the class's designation, then the name
        start_name = class_designator_end(doc, i, limit)
        # 'the tanker A Symphony': a capital 'A' inside the sentence, before a name, is the name's
        # first word (an article there is written 'a': 'the tanker a court seized')
        article = start_name + 1 < limit and doc[start_name].text == "A" and name_token(doc[start_name + 1], True)
        before = len(cands)
        if (
            ctx.add_name(doc, start_name + article, limit, "Vessel", "vessel-noun", cands, places_ok=start_name == end)
            > i
        ):
            if article and len(cands) > before:
                cands[-1] = replace(cands[-1], start=start_name)
            return
        if start_name == end and hull_number_at(doc, end):
            cands.append(Candidate(end, end + 1, "Vessel", "vessel-hull-number"))  # 'the CCG vessel 5205'


def _the_name_in_apposition(doc: Doc, noun: Token, i: int, limit: int) -> bool:
    """'the Karsk ship the Tern Vale': a name after 'the' in apposition to the ship noun (not 'the ships
    the Houthis claimed': a relative clause's subject)."""
    end = name_end(doc, i, limit)
    return end > i and any(t.dep_ == "appos" and t.head.i == noun.i for t in doc[i:end])


def _dash_after_phrase(doc: Doc, i: int, limit: int) -> int | None:
    """The dash that opens a list of names after a prepositional phrase on a plural ship noun ('two
    vessels to the area — the X and Y'), or None: a preposition at i, then at most five words, no
    verb and no punctuation, then a dash (context/list_dashes) and a name or 'the'."""
    if i >= limit or doc[i].pos_ != "ADP":
        return None
    for k in range(i + 1, min(limit - 1, i + 7)):
        if doc[k].text in LIST_DASHES:
            follows = doc[k + 1].lower_ == "the" or name_token(doc[k + 1], True)
            return k if follows and k > i + 1 else None
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _preposition_object(tok: Token) -> bool:
    """The object of a preposition, or a conjunct of one ('between Asia and Europe')."""
    return tok.dep_ == "pobj" or (tok.dep_ == "conj" and tok.head.dep_ == "pobj")


def _subject_elsewhere(verb: Token, start: int, end: int) -> bool:
    """The verb has its subject outside tokens start..end ('The ship ... ran aground')."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and not start <= c.i < end for c in verb.children)


def _inside_a_name(doc: Doc, i: int) -> bool:
    """'Brave Royal Ship Management', 'the UK Ship Register': a capitalised ship noun after a capitalised
    word that does not start the sentence is a word of a body's name, no ship noun before a ship's name.
    Not after a service's word when a name follows: 'the Coast Guard Cutter Sequoia' is the cutter
    Sequoia (context/ship_title_services)."""
    title = i >= 1 and f"{doc[i - 1].lower_} {doc[i].lower_}" in SHIP_TITLE_SERVICES
    if title and i + 1 < len(doc) and doc[i + 1].is_title:
        return doc[i + 1].lower_ in ORG_SUFFIXES | ORG_NAME_WORDS
    if not (doc[i].is_title and i >= 1 and doc[i - 1].text[:1].isupper()):
        return False
    if doc[i - 1].is_sent_start:  # 'Kestrel Tankers Management, operators of ...': a company at the start
        return i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ in ORG_SUFFIXES | ORG_NAME_WORDS
    # 'the Varnia-flagged Oil Products Tanker, TERN': capitalised modifiers of the ship noun, no name
    k = i - 1
    while k >= 0 and doc[k].text[:1].isupper() and doc[k].lower_ in VESSEL_MODIFIERS:
        k -= 1
    return k == i - 1 or (k >= 0 and doc[k].text[:1].isupper())  # 'Karsk Oil Tanker Company' is a name


@context_rule("VESSEL_NOUN", order=11)
def vessel_appositive(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Eventin, a Panama-flagged oil tanker', 'Eventin, the vessel which sank': a name, a comma (or a
    dash: 'Eventin — a Panama-flagged tanker'), then a described vessel (not 'X Ltd., a ship
    management company': there the vessel noun only modifies the noun it describes)."""
    first, _ = sentence_bounds(doc[start])
    if doc[end - 1].head.i >= end and doc[end - 1].dep_ in ("compound", "amod", "nmod"):
        return
    k = start - 1
    while (
        k > first
        and (doc[k].pos_ in ("ADJ", "ADV", "NOUN", "PROPN", "NUM", "VERB") or doc[k].text == "-" or joined_and(doc, k))
        and start - k < 8
    ):
        if doc[k].lower_ in ("a", "an", "the") or doc[k].text == ",":
            break
        k -= 1
    # 'X, the vessel which sank', or an apposition closed right after its ship noun: 'X, the research
    # ship, docked' (not 'X, the ship's master': a possessive ship noun names no ship)
    relative = end < len(doc) and (doc[end].lower_ in ("which", "that") or doc[end].text in (",", "—", "–"))
    owner = _possessive_owner(doc, k, first) if relative else k
    if owner < k:
        k = owner  # 'X, Russia's former flagship cruiser that sank': an owner's closed apposition
    elif k <= first or not (doc[k].lower_ in APPOSITIVE_DETERMINERS or (doc[k].lower_ == "the" and relative)):
        return  # 'X, a tanker', 'X, another Suezmax vessel'
    if k - 1 <= first or not (doc[k - 1].text == "," or doc[k - 1].text in LIST_DASHES):
        return  # 'X, a tanker', 'X — a tanker'
    name_to = unquoted_end(doc, _before_brackets(doc, k - 1, first), first)  # 'Andromeda (Bavaria Cruiser 50), a'
    if name_to < k - 1 and "Outlet" in ctx.known_types(doc[name_to + 1 : k - 2].text):
        return  # a dateline's agency in the brackets: 'SEATTLE (AP) — A passenger ferry ran aground'
    name_from = ship_name_before(doc, name_to, first)  # (a number ends it: "Tern 8, a ship")
    while name_from < name_to and doc[name_from].lower_ in VESSEL_CLASSES:
        name_from += 1  # 'the Suezmax Tern Vale, a ...': the size class is no part of the name
    if name_from == name_to:
        return
    span = doc[name_from:name_to]
    if ctx.is_place_or_people(span) or ctx.listed_types(span.text) - {"Vessel"} or span[0].ent_type_ == "DATE":
        return  # ('Today, another bulker, ...': a day)
    cands.append(Candidate(name_from, name_to, "Vessel", "vessel-appositive"))


def _possessive_owner(doc: Doc, k: int, first: int) -> int:
    """Where the owner's name before the possessive "'s" at k starts, right after a comma ('X, Karsk's
    flagship cruiser', 'X, the Varn Fleet's flagship'), or k when there is none (one to three
    capitalised words, 'the' before them)."""
    if doc[k].tag_ != "POS":
        return k
    m = k - 1
    while m > first and k - m <= 3 and doc[m].text[:1].isupper() and doc[m].is_alpha:
        m -= 1
    m -= m < k - 1 and m > first and doc[m].lower_ == "the"  # 'X, the Varn Fleet's flagship,'
    return m + 1 if m < k - 1 and doc[m].text == "," else k


def _before_brackets(doc: Doc, comma: int, first: int) -> int:
    """Where the name before the comma ends: before a short bracketed aside ('the Rota (P525), a'), else at it."""
    if doc[comma - 1].text != ")":
        return comma
    for j in range(comma - 2, max(first, comma - 10), -1):
        if doc[j].text == "(":
            return j
    return comma


@context_rule("FLAGGED", order=20)
def vessel_flagged(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Panama-flagged Eventin', 'the Greek-owned Star Nasia'."""
    _, limit = sentence_bounds(doc[end - 1])
    word = doc[end - 1]
    if (
        word.lower_ != "flagged"
        and not (word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].text[:1].isupper())
        and not company_participle(doc, word.i)
    ):
        return  # 'state-owned Sovcomflot' is a company; only a country's '-owned' marks a ship
    if (
        end < limit
        and doc[end].lower_ not in VESSEL_MODIFIERS
        and not (end + 1 < limit and doc[end + 1].lower_ in VESSEL_NOUNS | VESSEL_MODIFIERS)
    ):
        ctx.add_name(doc, end, limit, "Vessel", "vessel-flagged", cands)


@context_rule("FLAGGED", order=21)
def flag_state(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'Marshall Islands-flagged', 'Panama-registered': the state before the hyphen."""
    if i < 2 or doc[i - 1].text != "-":
        return
    first, _ = sentence_bounds(doc[i])
    start = name_start(doc, i - 1, first, max_len=4)
    if start == i - 1:
        return
    text = doc[start : i - 1].text
    entry = ctx.gazetteer.lookup(text, "Country") or cldr_country(text)
    if entry is not None:
        cands.append(Candidate(start, i - 1, "Country", "flag-state", {"_entry": entry}))
    elif doc[i].lower_ == "registered" and not ctx.non_city_types(text) - {"Port"}:
        span = doc[start : i - 1]
        if not ctx.is_place_or_people(span) and not span.text.isupper():
            cands.append(Candidate(start, i - 1, "Port", "port-of-registry"))  # 'Valletta-registered'


@context_rule("IMO", order=30)
def imo(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'X (IMO 9123456)': the number is an identifier of the vessel just before."""
    key = doc[start].lower_
    k = end
    while k < len(doc) and k - end < 3 and not doc[k].like_num:
        if doc[k].lower_ not in ("number", "no", "no.", ":", "#", "nr"):
            return
        k += 1
    if k >= len(doc):
        return
    number = re.sub(r"\D", "", doc[k].text)
    if (key == "imo" and not valid_imo(number)) or (key == "mmsi" and len(number) != 9):
        return  # not a ship's number: an IMO number's check digit must hold
    first, _ = sentence_bounds(doc[start])
    name_to = start
    while name_to > first and doc[name_to - 1].text in ("(", ",", "[", "–", "-", "—"):
        name_to -= 1
    for cand in cands:
        if cand.type == "Vessel" and cand.end == name_to:
            cand.identifiers[key] = number
            return
    name_from = ship_name_before(doc, name_to, first)  # 'Xing Lun 39, IMO ...': a number ends it
    if name_from < name_to:
        cands.append(Candidate(name_from, name_to, "Vessel", "vessel-imo", {key: number}))


@context_rule("SHIP_PREFIX", order=140)
def ship_prefix(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'HMS Belos', 'INS Kolkata': a ship's prefix and its name."""
    tok = doc[start]
    if prefix_number(ctx, doc, start, cands) or (start and doc[start - 1].like_num):
        return  # ('12 KM North': a unit after a number, no prefix)
    if tok.i + 1 < len(doc):
        _, limit = sentence_bounds(tok)
        end = name_end(doc, tok.i + 1, limit, max_len=4)
        while (  # 'USS John F. Lehman': an initial and its period inside the name
            end + 1 < limit
            and doc[end - 1].text.isupper()
            and len(doc[end - 1].text) == 1
            and doc[end].text == "."
            and doc[end + 1].text[:1].isupper()
        ):
            end = name_end(doc, end + 1, limit, max_len=3)
        if (end := before_a_person(doc, tok.i + 2, end)) > tok.i + 1:  # 'of HMS Duncan Tom Trent'
            cands.append(Candidate(tok.i, end, "Vessel", "ship-prefix"))
            if tok.text.rstrip(".") in NAVAL_PREFIXES:  # a merchant 'MV' names no list: 'MV Tolm and MARCOS'
                prefixed_list(doc, tok.text, end, limit, cands)


@context_rule("SHIP_VERB", order=200)
def ship_verb_subject(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    ship_subject(ctx, doc, start, False, cands)


@context_rule("SHIP_PASSIVE", order=210)
def ship_passive_subject(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    ship_subject(ctx, doc, start, True, cands)


@context_rule("SHIP_PASSIVE_THE", order=211)
def ship_passive_subject_the(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    ship_subject(ctx, doc, start, True, cands, needs_the=True)


@context_rule("SHIP_PART", order=220)
def ship_part_owner(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    ship_subject(ctx, doc, start + 1, None, cands)


@context_rule("ABOARD", order=230)
def aboard(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'aboard the Kestrel', 'the engine room of the Kestrel'."""
    _, limit = sentence_bounds(doc[end - 1])
    i = end + (end < limit and doc[end].lower_ == "the")
    after = name_end(doc, i, limit)
    if after < limit and doc[after].lower_ in VESSEL_NOUNS | VESSEL_MODIFIERS:
        return  # 'aboard the Indian Navy ship': the name before a ship noun is the name-before-noun rule's
    if after > i and doc[after - 1].lower_ in ORG_SUFFIXES | ORG_NAME_WORDS:
        return  # 'the crew of the Karsk Coast Guard': a body's name
    if after < limit and doc[after].text == "-":
        return  # 'the crew of the Karsk-based tug': a place that modifies the noun after it
    if doc[start].is_title and not doc[start].is_sent_start and doc[start].lower_ not in ("aboard", "onboard"):
        return  # 'the Coast Guard Captain of the Port': a capitalised part word is an office's title
    if after > i and glued_prefix(doc[i].text):
        return  # 'the crew of HMSKestrel': a page that lost a space; the prefixed rule finds 'HMS Kestrel'
    ctx.add_name(doc, i, limit, "Vessel", "aboard", cands)


def ship_subject(
    ctx: NameContext, doc: Doc, i: int, passive: bool | None, cands: list[Candidate], needs_the: bool = False
) -> None:
    """'The Marbella Song sailed', 'Pelican Drift was boarded', "Grace's crew": only a ship does that.

    `passive` None: token i follows a possessive "'s" (a ship's part). `needs_the`: the name counts
    only with "the" before it (context/ship_passives_the).
    """
    verb = doc[i]
    end = i
    if passive is None:
        end = i - 1  # the "'s"
    elif passive:
        if i < 2 or doc[i - 1].lower_ not in PASSIVE_AUXILIARIES:
            return
        if verb.lemma_.lower() == "flag" and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("in", "under")):
            return  # 'X was flagged in Panama'; 'flagged by analysts' says nothing
        end = i - 1
        if end >= 2 and doc[end - 1].lower_ in PASSIVE_ADVERBS:
            end -= 1
    else:
        if verb.tag_ == "VB" and i >= 3 and doc[i - 1].lower_ == "to":
            end, needs_the = i - 1, True  # 'what led the Orla Vane to run aground': 'the' and the name
        elif verb.tag_ not in ("VBD", "VBZ", "VBP") and verb.dep_ != "ROOT":
            return
        if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() in SHIP_VERBS_INTRANSITIVE:
            return  # 'Ukraine sank a Russian landing ship': the ship is the object
        if verb.lemma_.lower() in ("load", "unload", "offload", "loaded", "unloaded", "offloaded") and not (
            (i + 1 < len(doc) and doc[i + 1].lower_ in ("at", "in", "off", "from"))
            or any(t.lower_ in CARGO_WORDS for t in doc[i + 1 : i + 4])
        ):
            return  # 'Rosa Tellier loaded crude at the buoy'; not 'workers loaded the truck'
        if verb.lemma_.lower() == "run" and not (i + 1 < len(doc) and doc[i + 1].lower_ == "aground"):
            return
        if verb.lemma_.lower() == "switch" and not any(
            t.lower_ in ("ais", "transponder", "transponders") for t in doc[i + 1 : i + 6]
        ):
            return
    first, _ = sentence_bounds(doc[max(end - 1, 0)])
    found = 0
    while end > first and found < 5:
        start = ship_name_before(doc, end, first)
        if start == end:
            return
        span = doc[start:end]
        if len(span) == 1 and (
            span[0].lower_ in VESSEL_NOUNS or span[0].lower_ in NOT_NAME_WORDS or span[0].tag_ in ("NN", "NNS")
        ):
            return  # 'Ships docked', 'Containers unloaded from...': a sentence-initial common noun
        if span[0].lower_ in SHIP_PREFIXES_LOWER or span.text.isupper():
            return  # the prefix rule has it / an acronym is an organisation
        if ctx.is_place_or_people(span) or ctx.listed_types(span.text) - {"Vessel"}:
            return
        if span[-1].lower_ in ORG_SUFFIXES | ORG_NAME_WORDS or any(t.ent_type_ in ("NORP", "DATE") for t in span):
            return
        if _preposition_object(span[-1]) and (found or _subject_elsewhere(verb, start, end)):
            return  # 'the ship that carries cargo between Asia and Europe ran aground', 'in the Varn Sea, Tern's crew'
        bare = start == first or doc[start - 1].lower_ != "the"
        if needs_the and bare:
            return
        if (  # people sail too: 'Peter Olsen sailed to Oslo'
            passive is False
            and found == 0
            and verb.lemma_.lower() == "sail"
            and bare
            and any(t.ent_type_ == "PERSON" for t in span)
        ):
            return
        cands.append(Candidate(start, end, "Vessel", "ship-subject"))
        found += 1
        # 'Orchid Falls and Nova Hesper sailed': the names before, joined by 'and' or commas
        k = start - (0 if bare else 1)
        if k - 1 > first and doc[k - 1].lower_ in ("and", ","):
            k -= 1
            if k - 1 > first and doc[k - 1].text == ",":  # Oxford comma
                k -= 1
            end = k
        else:
            return


def ship_name_before(doc: Doc, end: int, first: int) -> int:
    """Start of the name ending before `end`; a number ends a ship's name ('Hai Xing 826')."""
    if end - 1 > first and doc[end - 1].text.isdigit() and len(doc[end - 1].text) <= 4:
        start = name_start(doc, end - 1, first, max_len=5)
        if start == end - 1:
            return end
    else:
        start = name_start(doc, end, first, max_len=5)
    while start < end and (doc[start].pos_ in FUNCTION_POS or doc[start].lower_ in VESSEL_CLASSES):
        start += 1  # 'Later Orlen Bay unloaded': a capitalised adverb starts the sentence; 'VLOC X sank'
    return start


@context_rule(None, order=245)
def the_unknown_name_in_a_ship_story(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """'The Konarak was hit', 'the Yantar made headlines' in an article that names ships: a name the
    statistical model took for a person or a body, that no source knows, written with 'the' and
    standing alone (no noun after it), is a ship's. A person's name takes no 'the'; a body written
    so ('the Kremlin', 'the Pentagon') is in the gazetteer or ends in a body's word.  The model's span
    may hold the mid-sentence 'the' ('[the Ivan Khurs] sustained'); after what befalls a ship ('the
    attack on the Cheonan', 'the sinking of the Kursk', context/ship_attack_nouns) a town's name the
    gazetteer found counts too."""
    if not any(t.lower_ in VESSEL_NOUNS for t in doc):
        return
    taken = {i for c in cands for i in range(c.start, c.end)}
    for ent in doc.ents:
        start = ent.start + (ent[0].text == "the" and len(ent) > 1)  # '[the Ivan Khurs] sustained': 'the' mid-sentence
        town = ent.label_ in TOWN_LABELS and attacked(doc[start : ent.end].root)  # 'the attack on the Cheonan'
        if not (ent.label_ in THE_NAME_LABELS or town) or start == 0 or doc[start - 1].lower_ != "the":
            continue  # (a span of the model's that holds 'The' is left alone: on dev it was mostly no ship)
        if taken & set(range(start, ent.end)) or not lone_unknown_name(ctx, doc, start, ent.end):
            continue
        cands.append(Candidate(start, ent.end, "Vessel", "the-unknown-name"))


def attacked(root: Token) -> bool:
    """'the attack on the Cheonan', 'the sinking of the Kursk': what befalls a ship (context/ship_attack_nouns)."""
    prep = root.head
    event = prep.head
    return root.dep_ == "pobj" and any(
        (w, prep.lower_) in SHIP_ATTACK_NOUNS for w in (event.lower_, event.lemma_.lower())
    )


def lone_unknown_name(ctx: NameContext, doc: Doc, start: int, end: int) -> bool:
    """One to three capitalised words no source knows, no body's word among them, no noun after them."""
    span = doc[start:end]
    if end - start > 3 or not all(t.is_alpha and t.is_title for t in span):
        return False
    if any(t.lower_ in ORG_SUFFIXES | ORG_NAME_WORDS | NOT_NAME_WORDS | SHIP_PREFIXES_LOWER for t in span):
        return False
    if span[-1].lower_ in BODY_OR_SYSTEM_HEADS or (len(span) > 1 and span[-1].tag_ == "NNPS"):
        return False  # 'the Karsk Embassy', 'the Automatic Identification System', 'the Varn Autoliners'
    joined = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_  # not a spaced dash
    if end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN", "NUM") or joined):
        return False  # 'the Wagner mercenaries', 'the Biden administration': the name modifies a noun
    root = span.root
    if attacked(root):
        return not ctx.known_types(span.text) - {"Location", "Port"} and not ctx.is_place_or_people(span)
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_.lower() in SPEAKING_VERBS:
        return False  # a ship is what the clause is about ('the Konarak was hit'), not where or who speaks
    if span[-1].lower_ in LOCATION_HEADS:
        return False  # 'the Canal', 'the Strait', 'the Varn Canal': a place named by its kind
    if span.text.lower() in (doc._.outlet or "").lower():
        return False  # 'The Independent is on the ground': the page's own outlet
    if ctx.known_types(span.text + "s"):
        return False  # 'the Houthi': a people or group the sources know by its plural
    return not ctx.known_types(span.text) and not ctx.is_place_or_people(span)
