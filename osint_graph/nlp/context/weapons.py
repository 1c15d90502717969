"""Context rules that find weapon types: "152 mm shells", "Shahed-136 attack drones", "KN-23",
"9M723", "anti-ship ballistic missiles", "anti-radar missile", "Iskander-M ballistic missile", "drone
boats". Designation shapes are data (context/weapon_designators.jsonl); a
weapon class before a ship noun names a ship type ("guided missile destroyer"), no weapon.

Reads the tokens, their parts of speech and the model's entity types; appends `Candidate`s of type
Weapon with a canonical name ("152 mm shell") and, for calibres, the calibre.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from osint_graph.gazetteer import cldr_country
from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.context.weapon_class_folds import RANGE_WORDS, air_defence_missile, folded_class, range_word
from osint_graph.nlp.context.weapon_codes import (
    MAKER_WORDS,
    VARIANT_WORDS,
    date_like,
    demonym_ending,
    describing_words_end,
    family_start,
    glued_suffix,
    hyphen_name,
    letter_prefixed,
    maker_start,
    model_start,
    other_name_before_slash,
    quoted_before_head,
    quoted_name_end,
    quoted_name_start,
    singular,
    slash_prefix,
    slashed_variant,
    two_unknown_words,
    variant_at,
)
from osint_graph.nlp.context.weapon_drone_heads import drone_head_words
from osint_graph.nlp.context.weapon_elision import elided_class
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import designation, designation_shape, sentence_bounds

MUNITION_NOUNS = words("common/munition_nouns")
WEAPON_HEADS = words("context/weapon_heads")
WEAPON_CLASS_HEADS = words("context/weapon_class_heads")
WEAPON_PLATFORM_HEADS = words("context/weapon_platform_heads")
SYSTEM_HEADS = words("context/weapon_system_heads")
WEAPON_CLASS_MODIFIERS = words("context/weapon_class_modifiers")
DESCRIPTIVE_MODIFIERS = words("context/weapon_descriptive_modifiers")
MODEL_MUNITION_HEADS = words("context/weapon_model_heads")
SHIP_PREFIXES = words("context/ship_prefixes")  # 'CCG-3305' is a ship's hull number
NOT_WEAPON_NAME_LABELS = words("context/not_weapon_name_labels")
VESSEL_NOUNS = words("common/vessel_nouns")
CARRIER_NOUNS = words("common/carrier_nouns")  # 'aircraft carrier': 'aircraft' is no head there
WEAPON_ORIGIN_WORDS = words("context/weapon_origin_words")
ALIAS_WORDS = words("context/weapon_alias_words")
AIRCRAFT_HEADS = words("context/weapon_aircraft_heads")
LAUNCHER_HEADS = words("context/weapon_launcher_heads")
LAUNCHED_WORDS = WEAPON_CLASS_HEADS | DESCRIPTIVE_MODIFIERS | {"-"}
AIRCRAFT_ROLE_WORDS = words("context/weapon_aircraft_roles")
AIRCRAFT_MAKERS = words("context/aircraft_makers")  # 'Sikorsky helicopters': a maker, no model
MODEL_LIKENESS = words("context/weapon_model_likeness")  # 'Korvin-type drones'
PLACE_LABEL_WORDS = words("context/not_weapon_code_before")  # 'pier B-12', 'berth C-3'
ORG_WORDS = words("common/org_name_words") | words("common/org_suffixes")  # 'Group 13 drones' is a unit's


# a regular expression on the few tokens with a hyphen (the Matcher's REGEX predicate costs a Python
# call for every token and pattern)
trigger("DESIGNATOR", attr="TOKEN", text=lambda text: designation_shape(singular(text)) is not None)


trigger("WEAPON_HEAD", WEAPON_CLASS_HEADS | WEAPON_PLATFORM_HEADS)


@context_rule("DESIGNATOR", order=150)
def designator(ctx: NameContext, doc: Doc, i: int, end: int, cands: list[Candidate]) -> None:
    """'Shahed-136 attack drones', 'KN-23', 'Su-35 fighter jets', '9M723'."""
    tok = doc[i]
    code, last = glued_suffix(doc, i)
    code = singular(code)
    prefix = code.split("-")[0]
    alone = False if letter_prefixed(code) else designation(code)  # 'G-6 aircraft': only with its head noun
    if slash_prefix(doc, i):  # 'F/A-18': the role letter starts the code ('A-18' alone is none)
        i, code, alone = i - 2, doc[i - 2].text + "/" + code, True
    hull = prefix in SHIP_PREFIXES and "Weapon" not in ctx.known_types(code)  # 'CCG-3305', not a listed 'MV-22'
    if alone is None or hull or (tok.ent_type_ in ("DATE", "TIME") and date_like(prefix)):
        return
    if i > 0 and doc[i - 1].lower_ in PLACE_LABEL_WORDS:
        return  # 'pier B-12': a place's label
    if hyphen_name(ctx, doc, i + 1, sentence_bounds(tok)[0]):
        return  # 'M2' of 'Tarvel-M2': the variant letter of a name, read by weapon_phrase
    types = ctx.known_types(code)
    if types and "Weapon" not in types:
        return
    _, limit = sentence_bounds(tok)
    variant = slashed_variant(doc, last, limit)
    if variant is not None:  # 'Korvat-136/131 drones': the first model alone, the second takes the head noun
        cands.append(Candidate(i, last + 1, "Weapon", "designator", {"_canonical": code}))
        i, last, code = variant, variant, f"{prefix}-{doc[variant].text}"
    named = _model_name_after(ctx, doc, last + 1, limit)
    if named > last + 1:  # 'F/A-18 Super Hornet', 'MH-60R Seahawk': the model's name after its code
        last = named - 1  # in the span; the canonical name stays the designator (GUIDELINES, maker's or popular name)
    last = quoted_name_end(doc, last + 1, limit) - 1  # 'Kh-77 "Falcon"': a popular name in quotes, the same
    last += 2 if variant_at(doc, last + 1, limit) else 0  # 'Block II'
    heads = WEAPON_HEADS | AIRCRAFT_HEADS | SYSTEM_HEADS
    j = describing_words_end(doc, last + 1, limit, heads)
    has_head = any(t.lower_ in heads for t in doc[last + 1 : j])
    if not has_head and quoted_before_head(doc, last, limit, heads):
        has_head, j = True, last + 1  # "a 'Korvat-9' missile": the name in quotes is the mention
    if not has_head:
        j = last + 1
        if not alone and "Weapon" not in types:
            return
    else:  # end at the last head noun ('P-8I surveillance aircraft')
        while j > last + 1 and doc[j - 1].lower_ not in heads:
            j -= 1
    start = maker_start(doc, i, sentence_bounds(tok)[0])  # the maker's name in the mention, not in its name
    start = family_start(ctx, doc, start, sentence_bounds(tok)[0])  # 'Exocet MM40 missiles': the family's name too
    cands.append(Candidate(start, j, "Weapon", "designator", {"_canonical": code}))
    if variant is None:  # 'Korvat-136/131': a second model, no second name
        other_name_before_slash(ctx, doc, i, cands)


def _model_name_after(ctx: NameContext, doc: Doc, j: int, limit: int) -> int:
    """The end of a model's name of one or two capitalised words written after its designation ('F/A-18
    Super Hornets', 'MH-60R Seahawk'), j when there is none: words no source knows as anything, not
    a sentence's first, not a word of a body's name ('Su-35 Squadron'), not a head noun."""
    k = j
    while (
        k < limit
        and k - j < 2
        and doc[k].text[:1].isupper()
        and doc[k].is_alpha
        and not doc[k].is_sent_start
        and doc[k].pos_ in ("PROPN", "NOUN")
        and doc[k].lower_ not in NOT_NAME_WORDS | ORG_WORDS | WEAPON_HEADS | WEAPON_PLATFORM_HEADS | VARIANT_WORDS
        and not ctx.known_types(doc[k].text)
        and not ctx.is_place_or_people(doc[k : k + 1])
    ):
        k += 1
    return k


@context_rule("WEAPON_HEAD", order=160)
def weapon_phrase(ctx: NameContext, doc: Doc, h: int, end: int, cands: list[Candidate]) -> None:
    """'anti-ship ballistic missiles', 'one-way attack drones', 'Iskander missiles', 'drone boat'.

    A bare head ('missiles', 'drones') is no weapon type; platforms ('jets',
    'helicopters') are one only with a model name ('Su-35 fighter jets').
    """
    head = doc[h]
    if head.is_title and head.lower_ in SYSTEM_HEADS:
        _titled_system(ctx, doc, h, cands)
        return
    if head.pos_ not in ("NOUN", "PROPN") or not (head.is_lower or head.text.rstrip("s").isupper()):  # 'UAVs'
        return
    not_heads = WEAPON_CLASS_HEADS | VESSEL_NOUNS | WEAPON_PLATFORM_HEADS | CARRIER_NOUNS
    if h + 1 < len(doc) and doc[h + 1].lower_ in not_heads:
        return  # not the head: 'rocket launchers', 'drone boat', 'guided missile destroyer', 'fighter jets'
    first, _ = sentence_bounds(head)
    drone = drone_head_words(doc, h, first)  # 'unmanned aerial vehicles': a drone's head in three words
    phrase = _walk_left(ctx, doc, h, first, h - drone)
    k, mods = _trim_start(doc, phrase.k, h, phrase.mods)
    name, name_text = phrase.name, phrase.name_text
    if drone:
        if (name is None and mods == 0) or k == h - drone:
            return  # bare 'unmanned aerial vehicles', like bare 'drones'
        canonical = (name_text or name.text) if name is not None else _class_canonical(doc, k, h - drone - 1) + " drone"
        cands.append(Candidate(k, h + 1, "Weapon", "weapon-phrase", {"_canonical": canonical}))
        return
    folded = folded_class(doc, k, h) if name is None else None  # 'unmanned naval drones': the class, as written
    if folded is None and not _names_a_type(ctx, doc, h, k, mods, name, name_text):
        return
    if name is None and folded is None and not ctx.known_types(doc[k : h + 1].text):
        while k < h and doc[k].lower_ in DESCRIPTIVE_MODIFIERS and "Weapon" in ctx.known_types(doc[k + 1 : h + 1].text):
            k += 1  # 'explosive drone boats': a listed class ('drone boats') under a describing word
    canonical = (name_text or name.text) if name is not None else folded or _class_canonical(doc, k, h)
    if name is not None:
        k = model_start(doc, k, first, name)  # 'Karsk Dynamics VR-9', '122-mm Tarvel rockets'
    cands.append(Candidate(k, h + 1, "Weapon", "weapon-phrase", {"_canonical": canonical}))
    if name is not None:
        other_name_before_slash(ctx, doc, k, cands)
    if name is None:
        elided = elided_class(doc, k, first)
        if elided is not None:  # 'ballistic and cruise missiles': 'ballistic' names 'ballistic missile'
            a, b = elided
            text = doc[a:b].text.lower().replace(" - ", "-")
            cands.append(Candidate(a, b, "Weapon", "weapon-phrase", {"_canonical": f"{text} {head.lemma_.lower()}"}))


def _titled_system(ctx: NameContext, doc: Doc, h: int, cands: list[Candidate]) -> None:
    """'Tarvos Coastal Defense Systems', 'the KR-9 Air Defense System': a system named in title case by
    a weapon the sources know or a designation, with class words between; the model names it (not
    'Kestrel Missile Systems', a maker's name: the word before is no weapon)."""
    first, _ = sentence_bounds(doc[h])
    k = h
    while k > first and doc[k - 1].is_title and doc[k - 1].lower_ in WEAPON_CLASS_MODIFIERS | WEAPON_CLASS_HEADS:
        k -= 1
    if k == h or k == first:
        return
    name = doc[k - 1]
    if "Weapon" in ctx.known_types(name.text) or designation(name.text) is not None:
        cands.append(Candidate(k - 1, h + 1, "Weapon", "weapon-phrase", {"_canonical": name.text}))


@dataclass
class _Phrase:
    """What the walk left from a weapon head found: where the phrase starts, how many words name a
    class ('anti-ship', 'ballistic'; describing words such as 'long-range' do not count) and the
    model's name token and text when one is written before the class words."""

    k: int
    mods: int = 0
    name: Token | None = None
    name_text: str = ""


def _walk_left(ctx: NameContext, doc: Doc, h: int, first: int, k: int | None = None) -> _Phrase:
    """Walk left from the head h (from k, when words before h are part of the head) over class words,
    a model's name and its other names."""
    k = h if k is None else k
    mods = 0
    name: Token | None = None
    name_text = ""
    while k > first:
        t = doc[k - 1]
        low = t.lower_
        if (  # 'Iskander-M ballistic missile': a hyphenated model name
            name is None
            and k - 3 >= first
            and t.text[:1].isupper()
            and doc[k - 2].text == "-"
            and not doc[k - 2].whitespace_
            and not doc[k - 3].whitespace_
            and doc[k - 3].text[:1].isupper()
            and (
                "Weapon" in ctx.known_types(doc[k - 3 : k].text) | ctx.known_types(doc[k - 3].text)
                or hyphen_name(ctx, doc, k, first)  # 'Tochka-U', 'Tarvel-M2': a name no source knows
            )
        ):
            name, name_text = doc[k - 3], doc[k - 3 : k].text
            k -= 3
            continue
        if t.text == "-" and k - 2 >= first and doc[k - 2].is_alpha and _reads_lower(doc[k - 2]):
            k -= 1
            continue
        if name is None and k == h and _likeness_name(ctx, doc, k - 1, first):
            name = doc[k - 3]  # 'Korvin-type drones': the model the drones are of
            k -= 3
            continue
        if t.is_alpha and t.is_lower and k - 3 >= first and doc[k - 2].text == "-" and doc[k - 3].lower_ == "anti":
            k -= 1  # 'anti-radar', 'anti-submarine': anti- makes any noun a weapon class
            mods += 1
            continue
        if low in WEAPON_CLASS_MODIFIERS and _reads_lower(t) and not _clause_verb(t, h) and not _count_word(doc, k - 1):
            k -= 1
            # 'guided missiles' name no class; 'medium-range missiles' do (GUIDELINES, range classes)
            mods += low not in DESCRIPTIVE_MODIFIERS or range_word(doc, k) or air_defence_missile(doc, k, h)
            continue
        if low in WEAPON_CLASS_HEADS and _reads_lower(t):  # 'rocket launchers', 'drone boat'
            k -= 1
            mods += 1
            continue
        if low in WEAPON_PLATFORM_HEADS and t.is_lower and name is None and k == h:
            k -= 1  # 'fighter jets': the platform is named by its model before both words
            continue
        if low in AIRCRAFT_ROLE_WORDS and t.is_lower and name is None and doc[h].lower_ in AIRCRAFT_HEADS:
            k -= 1  # 'Poseidon patrol aircraft', 'military transport plane': what the aircraft does
            continue
        if name is None and t.text.isdigit() and k - 2 >= first and doc[k - 2].text == "Type":
            name, name_text = doc[k - 2], doc[k - 2 : k].text  # 'Type 358 anti-aircraft missiles'
            k -= 2
            continue
        if name is None and t.is_quote and quoted_name_start(ctx, doc, k, first) is not None:
            j = quoted_name_start(ctx, doc, k, first)  # "the 'Tarvel' cruise missile": a quoted name
            name, name_text, k = doc[j], doc[j : k - 1].text, j
            continue
        if name is None and t.text == ")":  # 'the Hoveyzeh (or Soumar) cruise missile': a model and its other name
            opening = _parenthesised_alias(ctx, doc, k - 1, first, mods > 0)
            if opening is not None:
                name = doc[opening - 1]
                k = opening - 1
                continue
        if name is None and k - 2 >= first and variant_at(doc, k - 2, k):
            k -= 2  # 'Harpoon Block II missiles': the variant belongs to the model named before it
            continue
        if name is None and _numbered_model(ctx, doc, k - 1, first, mods > 0):
            name, name_text = doc[k - 2], doc[k - 2 : k].text  # 'Aster 30 missiles'
            k -= 2
            continue
        if name is None and _model_name_token(ctx, doc, k - 1, classed=mods > 0):
            name = t
            k -= 1
            if slash_prefix(doc, k):  # 'F/A-18': a role letter before the designation
                name_text = doc[k - 2 : k + 1].text
                k -= 2
            continue
        if (  # 'MQ-9 Reaper drone', 'P-8A Poseidon airplane': a designation before the model's name
            name is not None
            and not name_text
            and k == name.i
            and designation(t.text) is not None
            and designation(name.text) is None
        ):
            name_text = t.text  # the designator names it (GUIDELINES: 'MQ-9', the popular name in the span)
            name = t
            k -= 1
            continue
        if (  # 'Sea Viper missiles', 'Magura V5 drones': a model name of two words
            name is not None
            and not name_text
            and k == name.i
            and t.text[:1].isupper()
            and t.is_alpha
            and not t.is_sent_start
            and t.pos_ in ("PROPN", "NOUN", "ADJ")
            and t.lower_ not in NOT_NAME_WORDS | MAKER_WORDS  # 'Karsk Dynamics VR-9': a maker's, not the model's
            and not ctx.is_place_or_people(doc[k - 1 : k])
            and not ctx.known_types(t.text)
        ):
            name_text = doc[k - 1 : name.i + 1].text
            name = t
            k -= 1
            continue
        break
    return _Phrase(k, mods, name, name_text)


def _likeness_name(ctx: NameContext, doc: Doc, i: int, first: int) -> bool:
    """'-type'/'-style' glued after a capitalised word that names no place, people or body ('Korvin-type
    drones', not 'Soviet-type'): the word is a model's name."""
    if i - 2 < first or doc[i].lower_ not in MODEL_LIKENESS or doc[i - 1].text != "-":
        return False
    word = doc[i - 2]
    return (
        not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
        and word.is_alpha
        and word.text[:1].isupper()
        and word.lower_ not in NOT_NAME_WORDS
        and not ctx.is_place_or_people(doc[i - 2 : i - 1])
        and not ({"Organization", "Country", "Location", "Port", "Person"} & ctx.known_types(word.text))
    )


def _reads_lower(t: Token) -> bool:
    """A lower-case word, or a class word capitalised only because it opens the sentence ('Sea drones
    hit the tanker', 'Maritime drones attacked'): a class, not a model named 'Sea'."""
    return t.is_lower or (t.is_sent_start and t.is_title and t.lower_ in WEAPON_CLASS_MODIFIERS | WEAPON_CLASS_HEADS)


def _trim_start(doc: Doc, k: int, h: int, mods: int) -> tuple[int, int]:
    """The phrase's first token and class-word count once the words the walk stopped inside are
    left out ('ship-launched drone': the loop stopped inside a compound; 'multiple attack drones')."""
    if k < h and doc[k].text == "-":
        k += 1
        if k < h and doc[k].lower_ in WEAPON_CLASS_MODIFIERS | WEAPON_CLASS_HEADS:
            mods -= doc[k].lower_ not in DESCRIPTIVE_MODIFIERS
            k += 1
    while k < h and (doc[k].text == "-" or doc[k].lower_ in ("to",)):
        k += 1
    if k + 1 < h and doc[k].lower_ == "multiple" and doc[k + 1].lower_ not in WEAPON_CLASS_HEADS:
        k += 1  # 'multiple attack drones' counts drones; 'multiple rocket launchers' is a class
    return k, mods


def _names_a_type(ctx: NameContext, doc: Doc, h: int, k: int, mods: int, name: Token | None, name_text: str) -> bool:
    """Whether the words k..h name a weapon type: a class word or a model's name before a munition
    head; before a platform head ('jets', 'boats', 'vessel'), a model the sources know or a
    designation, or an uncrewed boat."""
    low_head = doc[h].lower_
    if low_head in LAUNCHER_HEADS and name is None and all(doc[i].lower_ in LAUNCHED_WORDS for i in range(k, h)):
        return False  # 'missile launchers', 'drone launchers': named by what they fire, no class of their own
    if low_head in WEAPON_PLATFORM_HEADS:
        # 'drone boats', 'unmanned surface vessel'; 'drone aircraft' are drones, no class of their own
        unmanned = doc[h - 1].lower_ in ("drone", "surface") and low_head not in AIRCRAFT_HEADS
        if low_head in ("boat", "boats", "vessel") and not unmanned and mods:
            return False  # 'the Varnek missile boat': a kind of warship, named by what it carries
        if name is None and not unmanned:
            return False
        if (
            name is not None
            and mods == 0
            and designation_shape(name.text) is None
            and "Weapon" not in ctx.known_types(name_text or name.text)
            and not _aircraft_model(ctx, doc, name, name_text, h)
            and not _described_system(doc, name, h)
        ):
            return False  # a platform is a weapon type by its model: 'Su-35 fighter jets', not 'Naval Patrol aircraft'
        if low_head == "vessel" and not any(doc[i].lower_ == "unmanned" for i in range(k, h)):
            if name is None:
                return False
    elif name is None and mods == 0:
        return False
    return k != h


def _described_system(doc: Doc, name: Token, h: int) -> bool:
    """'the Tor air defense system': a system head with weapon class words between it and the name."""
    return doc[h].lower_ in SYSTEM_HEADS and any(doc[j].lower_ in WEAPON_CLASS_MODIFIERS for j in range(name.i + 1, h))


def _aircraft_model(ctx: NameContext, doc: Doc, name: Token, name_text: str, h: int) -> bool:
    """'a Seahawk helicopter', 'Rafale jets': one capitalised word no source knows, before an aircraft's
    head noun, is its model's name; not a word of a service or of a kind of aircraft ('Navy
    helicopters', 'Maritime Patrol aircraft'), not a name of two words ('Naval Patrol aircraft')."""
    return (
        doc[h].lower_ in AIRCRAFT_HEADS
        and not name_text
        and not name.text.isupper()  # 'IDF fighter jets', 'BFAR aircraft': a body's acronym
        and name.lower_ not in AIRCRAFT_ROLE_WORDS | WEAPON_CLASS_MODIFIERS | ORG_WORDS | NOT_NAME_WORDS
        and name.lower_ not in AIRCRAFT_MAKERS
        and not ctx.known_types(name.text)
    )


def _class_canonical(doc: Doc, k: int, h: int) -> str:
    """'anti-ship ballistic missile': the class words as written, lower case, the head singular."""
    words: list[str] = []
    for i in range(k, h + 1):
        t = doc[i]
        text = t.lemma_.lower() if i == h else t.lower_
        if i + 2 < h and range_word(doc, i + 2):
            text = RANGE_WORDS[text]  # 'mid-range' is written 'medium-range'
        if words and (t.text == "-" or doc[i - 1].text == "-"):
            words[-1] += text
        else:
            words.append(text)
    return " ".join(words)


def _origin_before(ctx: NameContext, doc: Doc, i: int) -> bool:
    """'Ukrainian Korvin missiles', 'locally made Korvin missiles', 'anti-air Korvin missiles': a maker's
    demonym, an origin word or a class word before an unknown capitalised word makes it a model's name,
    not a group that fires them ('Houthi attack drones')."""
    if i == 0:
        return False
    prev = doc[i - 1]
    return (
        prev.lower_ in WEAPON_ORIGIN_WORDS
        or ctx.gazetteer.is_demonym(prev.text)
        or (prev.is_lower and prev.lower_ in WEAPON_CLASS_MODIFIERS)  # 'anti-air Korvin missiles'
    )


def _model_name_token(ctx: NameContext, doc: Doc, i: int, classed: bool = False) -> bool:
    """Whether token i can be a weapon's model name before its class words: a designation, a name the
    sources know as a weapon, or a capitalised word the model did not take for a known place, people
    or body ('Korvin missiles', whatever label the statistical model guessed for an unknown word).

    `classed`: the words after it name a class ('hypersonic missiles', not bare 'missiles'): an unknown
    word the model took for a group or a person is then the model's name ('Kinzhal hypersonic
    missiles'; known groups are known: 'Houthi attack drones')."""
    t = doc[i]
    origin = _origin_before(ctx, doc, i)
    # 'Iranian-made Shahed drones': after its maker, an unknown word is no people, whatever the model guessed
    guessed_people = origin and _only_guessed_people(ctx, t)
    if (ctx.is_place_or_people(doc[i : i + 1]) and not guessed_people) or (ctx.known_types(t.text) - {"Weapon"}):
        return False
    if _known_by_plural(ctx, t):
        return False  # 'one Houthi drone': the group that fired it ('Houthis'), not a model named 'Houthi'
    if designation(t.text) is not None or slash_prefix(doc, i) or "Weapon" in ctx.known_types(t.text):
        return True  # ('F/A-18': 'A-18' is a designation only after its role letter)
    return (
        t.text[:1].isupper()
        and t.is_alpha
        and (t.pos_ == "PROPN" or (t.pos_ in ("VERB", "ADJ", "NOUN") and not t.is_sent_start))
        and (
            t.ent_type_ not in NOT_WEAPON_NAME_LABELS
            or (
                t.ent_type_ in ("GPE", "LOC", "LOCATION", "ORG", "PERSON")
                and (
                    t.ent_type_ not in ("ORG", "PERSON")
                    or origin
                    or ((classed or _munition_after(doc, i)) and _lone_unknown_word(ctx, doc, i))
                    or (classed and two_unknown_words(ctx, doc, i))
                    or (i > 0 and designation(doc[i - 1].text) is not None)  # 'MQ9B Predator drones'
                )
                and not ctx.known_types(t.text)
                and cldr_country(t.text) is None
            )
        )
        and (guessed_people or not (t.ent_type_ == "NORP" and (t.pos_ == "ADJ" or ctx.gazetteer.is_demonym(t.text))))
        and not (demonym_ending(ctx, t) and t.ent_type_ not in ("GPE", "LOC"))
        and t.lower_ not in NOT_NAME_WORDS
    )


def _munition_after(doc: Doc, i: int) -> bool:
    """'Tarvos missiles': a munition's head noun right after token i (not 'drones', which groups fly,
    nor a platform), so that one unknown word the model took for a person or a body names its model;
    describing words may stand between ('Tor air defense system')."""
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].lower_ in DESCRIPTIVE_MODIFIERS:
        j += 1
    return j < len(doc) and doc[j].lower_ in MODEL_MUNITION_HEADS


def _lone_unknown_word(ctx: NameContext, doc: Doc, i: int) -> bool:
    """The model's group or person on one word alone ('Kinzhal' in 'Kinzhal hypersonic missiles'),
    not a word of a longer name ('Kestrel Group anti-ship missiles') nor a body the sources know by its
    plural ('Houthi' in 'a Houthi attack drone': 'Houthis')."""
    t = doc[i]
    alone = t.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    return alone and not _known_by_plural(ctx, t)


def _known_by_plural(ctx: NameContext, t: Token) -> bool:
    """A word the sources know in the plural as something other than a weapon ('Houthi': 'Houthis')."""
    return bool(ctx.known_types(t.text + "s") - {"Weapon"})


def _only_guessed_people(ctx: NameContext, t: Token) -> bool:
    """The statistical model's NORP on a word no source knows as a people, place or body ('Shahed'):
    a guess, where a demonym the gazetteer lists ('Yemeni') or a demonym's ending ('Kurdish') is none."""
    return (
        t.ent_type_ == "NORP"
        and not ctx.gazetteer.is_demonym(t.text)
        and not ctx.gazetteer.country_of_capital(t.text)
        and not ctx.known_types(t.text)
        and cldr_country(t.text) is None
        and re.search(r"(an|ese|ish|ian|i)s?$", t.lower_) is None
    )


def _count_word(doc: Doc, i: int) -> bool:
    """'one drone': a number word counts, unless a hyphen joins it to the class ('one-way attack drones')."""
    return doc[i].like_num and not (i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_)


def _clause_verb(t: Token, h: int) -> bool:
    """A verb of the clause before a weapon phrase ('launched Samad-3 drones'), not a participle inside
    it ('air-launched cruise missiles', 'anti-tank guided missiles' modify a noun of the phrase)."""
    return t.pos_ in ("VERB", "AUX") and not (t.i < t.head.i <= h)


def _parenthesised_alias(ctx: NameContext, doc: Doc, close: int, first: int, classed: bool) -> int | None:
    """'Hoveyzeh (or Soumar)', 'Saqr (Type 358)': at `close`, the ')' after a model name and another name
    of it in brackets; the index of '(' when the words before and inside both can be a model's name."""
    for opening in range(close - 1, max(first, close - 6), -1):
        if doc[opening].text == "(":
            break
    else:
        return None
    inner = [t for t in doc[opening + 1 : close] if not (t.is_lower and t.lower_ in ALIAS_WORDS)]
    if opening - 1 < first or not inner or not all(t.text[:1].isupper() or t.like_num for t in inner):
        return None
    if not _model_name_token(ctx, doc, opening - 1, classed):
        return None
    return opening if _model_name_token(ctx, doc, inner[0].i, classed) else None


def _numbered_model(ctx: NameContext, doc: Doc, i: int, first: int, classed: bool) -> bool:
    """'Aster 30 missiles', 'Fateh 110 missiles': a model's name and number written apart, token i being
    the number (a count is written before the name: 'two Aster missiles'; 'Type 45' is a ship class
    and 'Type 358' has its own rule)."""
    if i - 1 < first or not re.fullmatch(r"\d{1,4}", doc[i].text) or doc[i - 1].text == "Type":
        return False
    name = doc[i - 1]
    return name.text[:1].isupper() and name.lower_ not in ORG_WORDS and _model_name_token(ctx, doc, i - 1, classed)
