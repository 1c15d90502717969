"""Which noun a number counts, and that noun's unit: "more than 400 Shahed drones" -> 'drones'
-> `drone`; "about 50 nautical miles" -> `nautical mile`; "eight of the ship's sailors" -> `crew
member`. The figure component (figures.py) finds the number; this module walks the words after it.

Modifiers are passed over (adjectives, participles, names of weapons and bodies: "two Bureau of
Fisheries (BFAR) ships"), a plural or a measure ends the noun ("23 seafarers hostage", "5 km
east"), a name after the noun ends it ("ships Ever Given"), and a calibre is no counted noun
("155 mm" alone).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.nlp.figure_ellipsis import OF_DETERMINERS, is_demonym, participle
from osint_graph.nlp.figure_units import (
    currency_word,
    measure_unit,
    modifier_before_plural,
    two_word_end,
    two_word_next,
    two_word_unit,
)
from osint_graph.nlp.labels import OUR_LABELS
from osint_graph.nlp.rules import POSSESSIVE_MARKS, words

CALIBRE_UNITS = words("common/calibre_units")
NOT_COUNTED = words("figures/not_counted")
IDENTIFIER_WORDS = words("figures/identifier_words")  # 'Type 23', 'Project 22800' inside a counted noun
VAGUE_ALONE = words("figures/vague_alone")
NAME_LABELS = frozenset(OUR_LABELS)
# a name after the counted noun ends it ("ships Ever Given"); a weapon's name may stand before it
NOT_WEAPON_NAMES = NAME_LABELS - {"WEAPON"}


def is_unit_tok(tok: Token) -> bool:
    return measure_unit(tok.text) is not None


def counted_noun(doc: Doc, k: int, vague_alone: bool, hyphenated: bool) -> int | None:
    """Index of the head noun counted by the number ending before token k, or None."""
    n = len(doc)
    if k >= n:
        return None
    tok = doc[k]
    if hyphenated:  # '650-megawatt', '225-metre': a measure bound to the number
        if (measure_unit(tok.text) is not None and tok.lower_ != "per") or two_word_next(doc, k):
            return two_word_end(doc, k)
        return None
    if tok.lower_ in CALIBRE_UNITS:
        return None  # '155 mm': a calibre alone
    if tok.ent_type_ and is_unit_tok(tok) and len(ent_of(doc, tok)) == 1 and not two_word_next(doc, k):
        return k  # '12 NM off the coast': a measure the model took for a name
    if tok.lower_ == "of":
        # 'dozens of vehicles', 'eight of the ship's sailors', 'millions of ammunition'
        k += 1
        if k < n and doc[k].lower_ in OF_DETERMINERS:
            k += 1
            if k + 1 < n and doc[k + 1].lower_ in POSSESSIVE_MARKS:
                k += 2
        elif (owner := possessive_name_end(doc, k)) is not None:
            k = owner  # "three of Kestrel Shipping's merchant ships"
        elif k + 2 < n and doc[k].lower_ in VAGUE_ALONE and doc[k + 1].lower_ == "of":
            k += 2  # 'hundreds of millions of dollars': the dollars are counted
    elif vague_alone:
        pass
    head = None
    seen_common = False
    m = k
    while m < n and m - k < 8:
        t = doc[m]
        low = t.lower_
        if t.ent_type_ in NOT_WEAPON_NAMES and (seen_common or head is not None):
            break
        if t.text == "-" and m > k and m + 1 < n and not doc[m + 1].is_punct:
            m += 1  # 'Russian-flagged', 'one-way'
            continue
        if t.like_num and m + 1 < n and doc[m + 1].lower_ in CALIBRE_UNITS:
            m += 2
            continue
        if t.like_num and m + 2 < n and doc[m + 1].text == "-" and doc[m + 2].lower_ in CALIBRE_UNITS:
            m += 3
            continue
        if t.like_num and m + 1 < n and doc[m + 1].text == "-":
            m += 2  # 'one-way attack drones'
            continue
        if low in IDENTIFIER_WORDS and t.text[:1].isupper() and m + 1 < n and doc[m + 1].like_num:
            m += 2  # 'eleven Type 23 frigates', 'three Project 22800 corvettes': a class names the kind
            head, seen_common = None, False
            continue
        if t.is_quote or (t.tag_ == "RBR" and head is None):
            m += 1  # 'six ‘pirates’', '10 more "shadow fleet" tankers'
            continue
        if t.ent_type_ == "WEAPON" and t.ent_iob_ == "B" and head is None:
            last = ent_of(doc, t).end - 1
            if doc[last].pos_ == "NOUN" and doc[last].tag_ == "NNS":
                return last  # 'two Neptune anti-ship cruise missiles': the weapon's noun is counted
        if t.ent_type_ == "WEAPON" and t.pos_ not in ("NOUN",) and not seen_common:
            m += 1  # 'Shahed-136' before 'drones'
            continue
        if t.ent_type_ in NOT_WEAPON_NAMES and t.ent_iob_ == "B" and head is None:
            m = t.i + len(ent_of(doc, t))  # 'two Bureau of Fisheries (BFAR) ships'
            if m + 2 < n and doc[m].text == "(" and doc[m + 2].text == ")":
                m += 3
            continue
        singular_head = head is not None and doc[head].tag_ == "NN" and doc[k - 1].lower_ != "one"  # one noun
        singular_head = singular_head and not is_unit_tok(doc[head])
        if low in ("and", "or") and m > k and (singular_head or (head is None and doc[m - 1].ent_type_)):
            m += 1  # 'two navy and coast guard ships': the singular noun was a modifier
            head, seen_common = None, False
            continue
        if t.text == "(" and m + 2 < n and doc[m + 2].text == ")" and head is not None and doc[head].pos_ == "PROPN":
            m += 3  # 'two Bureau of ... Resources (BFAR) ships': the name and its acronym
            head, seen_common = None, False
            continue
        if head is None and t.tag_ == "RB" and m + 1 < n and doc[m + 1].tag_ in ("VBN", "JJ"):
            m += 1  # 'three lightly wounded soldiers', 'two newly built tankers': an adverb on a modifier
            continue
        if head is None and plural_demonym_pair(doc, m):
            head = m + 1  # 'eight South Koreans': a demonym of two words counts its people
            break
        if head is None and (after := demonym_series_end(doc, m)) is not None:
            m = after  # '39 Chinese, Indonesian and Filipino sailors': the nationalities modify the noun
            continue
        is_unit = measure_unit(t.text) is not None
        title_plural = t.tag_ == "NNPS" and head is not None and doc[head].is_title  # '2 Oil Tankers'
        if t.pos_ in ("NOUN",) or (t.pos_ == "PROPN" and (not seen_common or title_plural)) or is_unit:
            if low in NOT_COUNTED and low != "percent" and head is None:
                break  # 'a number of', but 'two identification numbers'
            if m + 1 < n and doc[m + 1].text == "-" and head is None:
                m += 1  # 'Chinese-linked': a modifier, not the head
                continue
            head = m
            seen_common = seen_common or t.pos_ == "NOUN" or is_unit
            m += 1
            # 'munitions factories' go on; in a Title Case headline the plural ends ('2 Oil Tankers Catch Fire')
            plural_end = t.tag_ in ("NNS", "NNPS") and (t.dep_ != "compound" or t.is_title)
            if (plural_end and not (m < n and doc[m].text == "(")) or (is_unit and not two_word_next(doc, m - 1)):
                break  # a plural or a unit ends the noun ('23 seafarers hostage', '5 km east')
            # a following noun continues the compound ('container ships'); 'of' does not
            continue
        if (
            t.pos_ in ("ADJ", "VERB")
            and (t.tag_ in ("JJ", "VBN", "JJR", "VBG") or t.text[:1].isupper() or participle(doc, m))
            and (head is None or modifier_before_plural(doc, head, m, NOT_WEAPON_NAMES))
        ):
            m += 1  # 'Russian-flagged', 'undersea', 'one-way', '100 reported attacks'
            continue
        if t.pos_ == "PROPN" and head is None:
            m += 1
            continue
        break
    if head is None or doc[head].ent_type_ in NOT_WEAPON_NAMES:
        return None
    return compound_end(doc, head)


def possessive_name_end(doc: Doc, k: int) -> int | None:
    """After 'of': a capitalised name of up to four words and its "'s" at k ("Kestrel Shipping's"),
    the owner of the counted things; the index after the "'s", or None."""
    for m in range(k, min(len(doc) - 1, k + 4)):
        if not doc[m].text[:1].isupper():
            return None
        if doc[m + 1].lower_ in POSSESSIVE_MARKS:
            return m + 2
    return None


def plural_demonym_pair(doc: Doc, m: int) -> bool:
    """'South Koreans', 'Sri Lankans' at m: a plural demonym of two words, whose first word alone
    is no noun to count ('eight South')."""
    return (
        m + 1 < len(doc) and doc[m + 1].tag_ in ("NNS", "NNPS") and is_demonym(doc, f"{doc[m].text} {doc[m + 1].text}")
    )


def demonym_series_end(doc: Doc, m: int) -> int | None:
    """Where a series of demonyms joined by commas and 'and'/'or' ends, when a common noun follows
    it ('Chinese, Indonesian and Filipino sailors' -> the index of 'sailors'); None otherwise
    ('17 Chinese, 17 Indonesians': each count has its own nationality)."""
    n = len(doc)
    k, joined = m, False
    while k < n and is_demonym(doc, doc[k].text):
        k += 1
        separated = k < n and doc[k].text == ","
        k += separated
        if k < n and doc[k].lower_ in ("and", "or"):
            k += 1
            separated = joined = True
        if not separated:
            return k if joined and k < n and doc[k].pos_ == "NOUN" else None
    return None


def compound_end(doc: Doc, head: int) -> int:
    """'three coast guard cutters': a singular noun that the parser makes part of a compound
    ending, within three words, in a plural noun (over a capitalised word the walk stops at)
    modifies that plural, which is counted."""
    end = doc[head]
    if end.tag_ != "NN" or is_unit_tok(end):
        return head  # a measure is what is counted: 'a 300,000 dwt VLCC' -> deadweight tonne
    for _ in range(3):
        if end.dep_ != "compound" or not end.i < end.head.i <= head + 3:
            break
        end = end.head
    if end.i == head or end.tag_ != "NNS" or any(t.ent_type_ for t in doc[head + 1 : end.i + 1]):
        return head
    return end.i


def ent_of(doc: Doc, tok: Token) -> Span:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return doc[tok.i : tok.i + 1]


def lemma_of(tok: Token) -> str:
    lemma = tok.lemma_.lower() if tok.lemma_ else tok.lower_
    if tok.pos_ == "PROPN" or not lemma.isalpha():
        low = tok.lower_
        lemma = low.rstrip("s") if low.endswith("s") and not low.endswith("ss") else low
    return lemma


def head_unit(doc: Doc, head: int) -> str:
    """The canonical unit of the head noun: a measure, a folded lemma, or the lemma itself."""
    tok = doc[head]
    lemma = lemma_of(tok)
    unit = measure_unit(tok.text) or measure_unit(lemma) or currency_word(tok.text) or lemma  # 'of dollars'
    k = head - 1
    while k >= 0:
        if two_word_unit(doc[k].text, unit):  # 'nautical miles', 'unmanned aerial vehicles'
            unit = two_word_unit(doc[k].text, unit)
            k -= 1
        elif k > 0 and doc[k].text == "-" and not doc[k - 1].whitespace_ and two_word_unit(doc[k - 1].text, unit):
            unit = two_word_unit(doc[k - 1].text, unit)  # '16,408 gross-ton'
            k -= 2
        else:
            break
    return unit
