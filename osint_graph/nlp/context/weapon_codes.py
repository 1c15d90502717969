"""The shapes of a weapon's designation in prose, for the designator rule (context/weapons.py): a code
in the plural ('ZF-16s') or with a letter the tokenizer split off ('Qarvel-2K'), a role letter before a
slash ('F/A-18'), a second model of the family after a slash ('Korvat-136/131'), a variant after the
model ('Block II'), the describing words up to the head noun ('surface-launched missiles'), a name in
quotes, a second name of the model before a slash ('Storm Lance/SCARP missiles'), and a month's or
quarter's code the statistical model rightly read as a date ('Jan-25').
Word lists are data: context/weapon_variant_words, context/weapon_modifiers, common/months.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from osint_graph.nlp.context.names import NOT_NAME_WORDS, Candidate, NameContext
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import NOT_DESIGNATORS, designation, designation_shape

VARIANT_WORDS = words("context/weapon_variant_words")  # 'Block II': a variant of the model
WEAPON_MODIFIERS = words("context/weapon_modifiers")
AIRCRAFT_ROLE_WORDS = words("context/weapon_aircraft_roles")
MAKERS = {tuple(name.split()) for name in words("context/weapon_makers")}  # 'the Sikorsky MH-60R'
MAKER_WORDS = words("context/weapon_maker_words")  # 'Karsk Dynamics VR-9': a maker no list holds
CALIBRE_UNITS = words("common/calibre_units")
_ORG_WORDS = words("common/org_name_words") | words("common/org_suffixes")  # 'Kestrel Group' is a body's
_CLASS_MODIFIERS = words("context/weapon_class_modifiers")
_MODEL_HEADS = words("context/weapon_model_heads")
MONTH_WORDS = {w.lower() for w in words("common/months") | words("common/month_abbreviations")}  # 'Jan-25' is a date


def singular(code: str) -> str:
    """'AK-47s', 'F-16s': a designation in the plural, without its 's' (the code as written otherwise)."""
    if code.endswith("s") and designation(code) is None and designation(code[:-1]) is not None:
        return code[:-1]
    return code


def letter_prefixed(code: str) -> bool:
    """'G-6', 'M-53', 'E-2D': a model's code whose prefix is one letter of context/not_designators (alone
    it may be a summit, a road or a paper size: 'G-7', 'M-4'), the code itself not listed ('MH-17'):
    a weapon's designation only with a head noun after it ('G-6 aircraft', 'an M-53 fighter jet')."""
    prefix = code.split("-")[0]
    return (
        designation(code) is None
        and designation_shape(code) is not None
        and len(prefix) == 1
        and prefix.lower() in NOT_DESIGNATORS
        and code.lower() not in NOT_DESIGNATORS
    )


def glued_suffix(doc: Doc, i: int) -> tuple[str, int]:
    """'Qasef-2K', 'MiG-31K': the tokenizer splits a letter off the number; the designation with it
    and its last token (the token alone and i when nothing is glued to it)."""
    tok = doc[i]
    if i + 1 < len(doc) and not tok.whitespace_ and re.fullmatch(r"[A-Z0-9]{1,2}", doc[i + 1].text):
        code = tok.text + doc[i + 1].text
        if designation(code) is not None:
            return code, i + 1
    return tok.text, i


def slash_prefix(doc: Doc, i: int) -> bool:
    """'F/A-18', 'EA-18G' aside: a capital letter and a slash glued before the designation at i."""
    return (
        i >= 2
        and designation_shape(doc[i].text) is not None
        and doc[i - 1].text == "/"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and len(doc[i - 2].text) == 1
        and doc[i - 2].text.isupper()
    )


def slashed_variant(doc: Doc, last: int, limit: int) -> int | None:
    """'Korvat-136/131': the index of the number glued after a slash to the designation ending at `last`
    (the number of a second model of the same family; common/tokenizer_infixes splits the slash off)."""
    k = last + 2
    if k >= limit or doc[last + 1].text != "/" or doc[last].whitespace_ or doc[last + 1].whitespace_:
        return None
    return k if re.fullmatch(r"\d{1,4}[A-Z]?", doc[k].text) and "-" in doc[last].text else None


def variant_at(doc: Doc, j: int, limit: int) -> bool:
    """'Block II', 'Mod 7' at token j: a listed variant word (capitalised) and a number or Roman numeral."""
    return (
        j + 1 < limit
        and doc[j].is_title
        and doc[j].lower_ in VARIANT_WORDS
        and re.fullmatch(r"(?:[IVX]{1,4}|\d{1,3})[A-Z]?", doc[j + 1].text) is not None
    )


def describing_words_end(doc: Doc, j: int, limit: int, heads: set[str]) -> int:
    """The end of up to three words after a designation that describe the weapon or head it: class and
    role words ('attack', 'fighter'), head nouns, and hyphenated lower-case compounds ('surface-launched')."""
    words_seen = 0
    describing = WEAPON_MODIFIERS | heads | AIRCRAFT_ROLE_WORDS
    while j < limit and words_seen < 3:
        if doc[j].lower_ in describing:
            j += 1
            if _slashed_role(doc, j, limit, describing):
                j += 1  # 'surveillance/attack drone': two roles of one weapon, the slash between them
        elif hyphen_compound(doc, j, limit):
            j += 3
        else:
            break
        words_seen += 1
    return j


def _slashed_role(doc: Doc, j: int, limit: int, describing: frozenset[str]) -> bool:
    """A slash glued between two describing words, at j ('surveillance/attack')."""
    return (
        j + 1 < limit
        and doc[j].text == "/"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].lower_ in describing
    )


def hyphen_compound(doc: Doc, j: int, limit: int) -> bool:
    """'surface-launched', 'radar-guided': lower-case words glued by a hyphen (three tokens)."""
    return (
        j + 2 < limit
        and doc[j + 1].text == "-"
        and not doc[j].whitespace_
        and not doc[j + 1].whitespace_
        and doc[j].is_lower
        and doc[j].is_alpha
        and doc[j + 2].is_lower
        and doc[j + 2].is_alpha
    )


def quoted_before_head(doc: Doc, last: int, limit: int, heads: set[str]) -> bool:
    """A name in quotes, "a 'Korvat-9' missile": a closing quote glued after the designation, then its head noun."""
    return (
        last + 2 < limit
        and doc[last + 1].is_quote
        and not doc[last].whitespace_
        and doc[last + 2].lower_ in heads
        and last > 0
        and doc[last - 1].is_quote
    )


def quoted_name_end(doc: Doc, j: int, limit: int) -> int:
    """'the Kh-77 "Falcon" anti-ship missile', "a KR-35 'Tarn'": a name of one or two capitalised words in
    quotes written right after a designation is its popular or reporting name, inside the mention
    (GUIDELINES: a weapon's maker's or popular name); the end of the closing quote, j when none."""
    k = j + 1
    while k < limit and k - j <= 2 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if (
        j < limit
        and doc[j].is_quote
        and not doc[j].whitespace_
        and k > j + 1
        and k < limit
        and doc[k].is_quote
        and not doc[k - 1].whitespace_
    ):
        return k + 1
    return j


def date_like(prefix: str) -> bool:
    """A designation's prefix the model's DATE may be right about: a month ('Jan-25') or a quarter ('Q3-24'),
    not a model's letters the model took for a date ('Zu-300 and Zu-400 systems')."""
    return prefix.lower() in MONTH_WORDS or re.fullmatch(r"[QH]\d", prefix) is not None


def slashed_name_start(doc: Doc, k: int) -> int | None:
    """The first token of a name glued by a slash before token k ('Storm Lance/SCARP', 'Korvat-136/Zarya-2'):
    a designation, or one or two capitalised words (not listed as no names); None when there is none."""
    if k < 2 or doc[k - 1].text != "/" or doc[k - 1].whitespace_ or doc[k - 2].whitespace_:
        return None
    if designation(doc[k - 2].text) is not None:
        return k - 2

    def name_word(i: int) -> bool:
        t = doc[i]
        return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and t.lower_ not in NOT_NAME_WORDS

    if not name_word(k - 2):
        return None
    return k - 3 if k >= 3 and name_word(k - 3) else k - 2


def other_name_before_slash(ctx: NameContext, doc: Doc, k: int, cands: list[Candidate]) -> None:
    """'Storm Lance/SCARP missiles', 'Korvat-136/Zarya-2 drones': the name glued before a slash to a
    model's name starting at k is another name of the same model (GUIDELINES, nicknames and second
    names), a mention of it: a designation, or one or two capitalised words no source knows otherwise.
    The name written first names both, as the gazetteer's 'Shahed-136/Geran-2' does; `cands[-1]` is
    the candidate just made at k."""
    start = slashed_name_start(doc, k)
    if (
        start is None
        or ctx.is_place_or_people(doc[start : k - 1])
        or ctx.known_types(doc[start : k - 1].text) - {"Weapon"}
    ):
        return
    first = doc[start : k - 1].text
    cands[-1].identifiers["_canonical"] = first
    cands.append(Candidate(start, k - 1, "Weapon", "weapon-phrase", {"_canonical": first}))


def hyphen_name(ctx: NameContext, doc: Doc, k: int, first: int) -> bool:
    """'Tochka-U', 'Tarvel-M2': a model's name and a variant letter glued by a hyphen, which the tokenizer
    splits in three (tokens k-3..k-1), make a designation of context/weapon_designators.jsonl; neither
    part names a place, people or anything else the sources know ('Varnia-US talks')."""
    if k - 3 < first or doc[k - 2].text != "-" or doc[k - 2].whitespace_ or doc[k - 3].whitespace_:
        return False
    parts = (doc[k - 3 : k - 2], doc[k - 1 : k])
    return (
        designation(doc[k - 3 : k].text) is not None
        and not any(ctx.is_place_or_people(part) or ctx.known_types(part.text) - {"Weapon"} for part in parts)
        and doc[k - 3].lower_ not in NOT_NAME_WORDS
    )


def maker_start(doc: Doc, i: int, first: int) -> int:
    """'the Lockheed Martin F-35', 'a Sikorsky MH-60R', 'Karsk Dynamics VR-9': where a maker's name written
    right before the designation at i starts (context/weapon_makers, or capitalised words ending in a word
    of context/weapon_maker_words), i when there is none."""
    for name in MAKERS:
        start = i - len(name)
        if start >= first and tuple(t.text for t in doc[start:i]) == name:
            return start
    if i - 2 >= first and doc[i - 1].is_title and doc[i - 1].lower_ in MAKER_WORDS:
        start = i - 1  # 'Karsk Dynamics VR-9': one or two capitalised words ending in a maker's word
        while start > first and i - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        return start if start < i - 1 else i
    return i


def after_number(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'152 mm', '152-mm': the calibre with its number."""
    if start >= 1 and doc[start - 1].like_num:
        return start - 1, end
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].like_num:
        return start - 2, end
    return None


def model_start(doc: Doc, k: int, first: int, name) -> int:
    """Where the mention of a model named by `name` (a token) and starting at k begins once the words
    prose writes before it are in: a maker before a designation ('Karsk Dynamics VR-9 missiles') and a
    calibre ('122-mm Tarvel rockets'); the model still names it (GUIDELINES, Weapon: the span includes
    calibre and type noun; a maker's name stays inside the mention)."""
    if designation(name.text) is not None:
        k = maker_start(doc, k, first)
    if k > first and doc[k - 1].lower_ in CALIBRE_UNITS:
        k = (after_number(doc, k - 1, k) or (k, k))[0]
    return k


def demonym_ending(ctx: NameContext, t: Token) -> bool:
    """A demonym's ending on an unknown word ('Kurdish', 'Sudanese', 'Azerbaijanian'); a bare '-an'
    ('Toufan', 'Burkan') only on a word the gazetteer or the statistical model reads as a people
    ('Cuban', 'Angolan'): a model's name that ends so and was taken for a body stays a name."""
    if re.search(r"(ese|ish|ian|ean|can)s?$", t.lower_):
        return True
    return re.search(r"ans?$", t.lower_) is not None and (t.ent_type_ == "NORP" or ctx.gazetteer.is_demonym(t.text))


def two_unknown_words(ctx: NameContext, doc: Doc, i: int) -> bool:
    """The model's group or person on two words no source knows, before class words and a munition
    head ('Khalij Fars anti-ship ballistic missile', 'Hatem Nahr ballistic missile'): the model's name,
    as one word is ('Kinzhal hypersonic missiles'); not a name with a body's word ('Kestrel Group')."""
    t, prev = doc[i], doc[i - 1] if i else None
    if prev is None or t.ent_iob_ != "I" or prev.ent_iob_ != "B" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return False
    if any(not w.is_title or not w.is_alpha or w.lower_ in _ORG_WORDS | NOT_NAME_WORDS for w in (prev, t)):
        return False
    if ctx.known_types(prev.text) or ctx.known_types(t.text) or ctx.known_types(doc[i - 1 : i + 1].text):
        return False
    j = i + 1
    while (
        j < len(doc) and j - i <= 5 and (doc[j].text == "-" or (doc[j].is_lower and doc[j].lower_ in _CLASS_MODIFIERS))
    ):
        j += 1
    return j < len(doc) and doc[j].lower_ in _MODEL_HEADS


def family_start(ctx: NameContext, doc: Doc, i: int, first: int) -> int:
    """'Exocet MM40 missiles', 'Tarvos TR-2 rockets': a weapon's family name the sources know, written
    right before a designation, is in the designation's mention and names no weapon of its own (GUIDELINES,
    Weapon: the designator names the model; 'Predator MQ9B' -> `MQ-9B`); i when there is none."""
    if i - 1 < first:
        return i
    prev = doc[i - 1]
    if not prev.is_alpha or not (prev.is_title or prev.is_upper) or designation(prev.text) is not None:
        return i
    return i - 1 if "Weapon" in ctx.known_types(prev.text) else i


def quoted_name_start(ctx: NameContext, doc: Doc, k: int, first: int) -> int | None:
    """A name in quotes before class words ("the 'Tarvel' cruise missile", "the 'Abu Tarvel' naval cruise
    missile"): one to three capitalised words in quotes written right before a weapon's class words name
    its model (GUIDELINES: family names and nicknames of weapons); the first name word, None when
    doc[k - 1] closes no such name. Words a source knows as anything, or a place's or a people's, are no
    model's name."""
    close = k - 1
    if close - 2 < first or not doc[close].is_quote or doc[close - 1].whitespace_:
        return None
    j = close
    while j > first and close - j < 3 and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper():
        j -= 1
    if j == close or j - 1 < first or not doc[j - 1].is_quote or doc[j - 1].whitespace_:
        return None
    name = doc[j:close]
    if any(t.lower_ in NOT_NAME_WORDS for t in name) or ctx.is_place_or_people(name):
        return None
    if ctx.known_types(name.text) - {"Weapon"}:
        return None
    return j
