"""Where an organisation's name starts and ends when the words around it decide, not a list of names
(issue 11, round nineteen): fields joined by 'and', '&' or a list's commas before the name's last
word ('Tarvo Dock and Railway Company', 'Karsk Fish & Wildlife Foundation', 'Varn Electrical,
Mechanical and Electronics Services Agency'), a unit's ordinal ('04th Fast Attack Craft Flotilla'),
a list of fields after a ministry's 'of' ('Ministry of Land, Infrastructure, Transport and
Tourism'), and a company's seat written after it ('Tern Tankers of Brennport': the company is
`Tern Tankers`, the port its own place).

The organisation's last words are `common/org_suffixes` and `common/org_name_words` and the legal
forms (`legal_forms.py`): the same data the other name rules read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.legal_forms import is_legal_form, legal_forms_end
from osint_graph.nlp.org_names import ORG_AND_HEADS, ORG_TAIL_HEADS, ORG_WORDS, STATE_BODY_HEADS
from osint_graph.nlp.rules import words

ORDINAL = re.compile(r"^\d{1,3}(st|nd|rd|th)$")
MAX_FIELD = 4  # capitalised words of one field ('Natural Resources', 'Tanzania Electrical')
# a body's head, whose 'of X' is its own name ('Port Authority of Varn'), never a company's seat
BODY_HEADS = STATE_BODY_HEADS | ORG_TAIL_HEADS | ORG_AND_HEADS
# a branch's or unit's last word, whose 'of the <body>' names its parent inside its own name
BRANCH_HEADS = words("entity_types/branch_heads")
BRANCH_JOINERS = (("of",), ("of", "the"), ("for",), ("for", "the"))
# 'a London-based Karsk Shipping': the participle after a seat's hyphen (gazetteer/seat_participles.txt)
SEAT_PARTICIPLES = words("gazetteer/seat_participles")
VESSEL_NOUNS = words("common/vessel_nouns")


def _org_last_word(tok) -> bool:
    word = tok.text.rstrip(".")
    return word[:1].isupper() and (word.lower() in ORG_WORDS or is_legal_form(tok.text))


def _field_start(doc: Doc, j: int) -> int:
    """The start of the run of capitalised words ending just before token j."""
    i = j
    while i > 0 and j - i < MAX_FIELD and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
        i -= 1
    while i < j and doc[i].lower_ in ("the", "a", "an"):
        i += 1  # 'The Varn Electrical, ...' opening a sentence: the article is no part of the name
    return i


def _own_name_end(doc: Doc, start: int, end: int) -> int:
    """The last token of a name's own words: before a body's 'of X' ('Port Authority' + 'of
    Varnia', 'Coast Guard' + 'of Karsk'), else the span's last."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ == "of":
            return k - 1
    return end - 1


def _modifier_field(field: Span) -> bool:
    """A field of one English word that is an organisation's word but heads no body by itself:
    'Maritime' in 'Maritime and Port Authority' (not 'Navy' in 'the Navy and Coast Guard', a body
    of its own; not 'Tarvo Shipping', a name)."""
    return len(field) == 1 and bool(english_word(field[0])) and field[0].lower_ not in BODY_HEADS | BRANCH_HEADS


def coordinated_start(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a name ending in an organisation's word starts when the span began after 'and' or '&'
    joining fields of the same name, and after the commas of a list of them; `start` otherwise.
    The organisation's word may come before a body's 'of X' ('Maritime and Port Authority of
    Varnia'). After 'and' the span must open with an English word, a field ('Railway Company',
    'Natural Resources Division'), not a name of its own ('Raytheon Technologies'); a field that
    holds an organisation's word (unless it is one English word that heads no body: 'Maritime') or
    that the sources know is another name ('Tarvo Shipping and Karsk Lines', 'Varnia and Karsk
    Shipping', 'the Navy and Coast Guard')."""
    if not _org_last_word(doc[_own_name_end(doc, start, end)]) or start < 2:
        return start
    if doc[start - 1].text != "&" and not english_word(doc[start]):
        return start
    k, joined = start, False
    while k >= 2:
        joiner = doc[k - 1].text
        if joiner in ("and", "&") and not joined:
            joined = True
        elif not (joiner == "," and joined):
            break
        i = _field_start(doc, k - 1)
        field = doc[i : k - 1]
        if i == k - 1 or (joiner != "&" and any(_org_last_word(t) for t in field) and not _modifier_field(field)):
            break
        if gazetteer.types_of(field.text) or all(t.ent_type_ not in ("", "ORG") for t in field):
            break  # 'HMS Arnvik and Royal Navy ships': the field is a name of another kind
        k = i
    return k if joined else start


def ordinal_start(doc: Doc, start: int, end: int) -> int:
    """'the 04th Fast Attack Craft Flotilla': a unit's ordinal is the first word of its name."""
    if start > 0 and ORDINAL.match(doc[start - 1].text) and _org_last_word(doc[end - 1]):
        return start - 1
    return start


def listed_fields_end(doc: Doc, start: int, end: int) -> int:
    """'Ministry of Land' + ', Infrastructure, Transport and Tourism': a ministry's or department's
    name ('of' after a head of org_and_heads.txt) goes on over a list of capitalised fields that
    closes with 'and'; `end` otherwise."""
    name = doc[start:end]
    if not any(t.lower_ in ORG_AND_HEADS for t in name) or not any(t.lower_ == "of" for t in name):
        return end
    k = end
    while k + 1 < len(doc) and doc[k].text == ",":
        j = k + 1
        while j < len(doc) and j - k <= MAX_FIELD and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j == k + 1:
            return end
        k = j
    if k == end or k + 1 >= len(doc) or doc[k].lower_ != "and" or not doc[k + 1].text[:1].isupper():
        return end
    j = k + 1
    while j < len(doc) and j - k <= MAX_FIELD and doc[j].is_alpha and doc[j].text[:1].isupper():
        j += 1
    return j


def ampersand_end(doc: Doc, end: int) -> int:
    """'Tarvo Sanders' + '& Brenn LLP': '&' joins the names of one firm; the name runs on to the
    organisation's word or legal form that closes it; `end` otherwise."""
    if end + 1 >= len(doc) or doc[end].text != "&":
        return end
    j = end + 1
    while j < len(doc) and j - end <= MAX_FIELD + 1 and doc[j].text[:1].isupper() and not doc[j].is_punct:
        j += 1
        if _org_last_word(doc[j - 1]):
            return legal_forms_end(doc, j - 1)
    return end


def whole_org(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The organisation's whole name by the rules above, or None when the span is whole."""
    doc = span.doc
    end = ampersand_end(doc, listed_fields_end(doc, span.start, span.end))
    start = coordinated_start(doc, span.start, end, gazetteer)
    start = ordinal_start(doc, start, end)
    return Span(doc, start, end, label="ORG") if (start, end) != (span.start, span.end) else None


def company_seat(span: Span, gazetteer: Gazetteer) -> tuple[Span, Span] | None:
    """'Tern Tankers of Brennport': a company's name (two words or more, ending in an organisation's
    word that heads no state's body) and the port town after its 'of' that the sources know (a
    shipping company's seat; not 'the District Court of Varn'): the company and the town, or None.
    A town of the reference lists that is no port is a seat too after 'Company' or a legal form
    ('Tern Trading Company of <city>', round twenty-five)."""
    doc = span.doc
    for k in range(span.start + 2, span.end - 1):
        if doc[k].lower_ != "of":
            continue
        head = doc[k - 1]
        if not _org_last_word(head) or head.lower_ in BODY_HEADS:
            return None
        place = doc[k + 1 + (doc[k + 1].lower_ == "the") : span.end]
        known = gazetteer.types_of(place.text) if len(place) else set()
        if "Port" in known and "Country" not in known:
            return Span(doc, span.start, k, label="ORG"), place
        if len(place) and _company_word(head) and _city(gazetteer, place.text):
            return Span(doc, span.start, k, label="ORG"), place  # 'Tern Trading Company of <city>'
        return None
    return None


def _company_word(tok) -> bool:
    """A word that closes only a company's name: a legal form or 'Company' (not 'Bank', 'Corporation',
    'University', whose 'of <city>' is often the name's own: 'State Bank of Varn')."""
    return is_legal_form(tok.text) or tok.lower_ == "company"


def _city(gazetteer: Gazetteer, text: str) -> bool:
    """A town of the reference lists and nothing else (no country, region or body of that name)."""
    entries = gazetteer.lookup_all(text)
    return bool(entries) and all(e.type == "Location" and e.attributes.get("kind") == "city" for e in entries)


def _branch_start(doc: Doc, end: int) -> int:
    """The start of a branch's capitalised name ending at token `end` - 1 in a word of
    branch_heads.txt ('General Staff', 'Strategic Communications Center'); `end` when there is none."""
    if end < 1 or doc[end - 1].lower_ not in BRANCH_HEADS or not doc[end - 1].text[:1].isupper():
        return end
    i = end - 1
    while i > 0 and end - i < MAX_FIELD and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
        i -= 1
    while i < end - 1 and doc[i].lower_ in ("the", "a", "an"):
        i += 1  # 'The General Staff of ...' opening a sentence: the article is no part of the name
    return i


def branch_of_parent(doc: Doc, spans: list[Span]) -> list[tuple[Span | None, Span, Span]]:
    """'the General Staff of the Armed Forces of Varnia', 'Central Command for Maritime Emergencies':
    a branch's or unit's capitalised name ending in a word of entity_types/branch_heads.txt, joined
    by 'of (the)' or 'for (the)' to an organisation the model found, is one organisation with it,
    the branch, whose mention is the whole phrase (GUIDELINES "A branch named with its parent body's
    name"); the branch's own name may be an organisation of the model's too, or no entity at all.
    The merges as (branch's own span or None, parent's span, whole), in text order."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    by_end = {s.end: s for s in spans if s.label_ == "ORG"}
    merged: list[tuple[Span | None, Span, Span]] = []
    used: set[int] = set()
    for b in sorted((s for s in spans if s.label_ == "ORG"), key=lambda s: s.start):
        if id(b) in used or not doc[b.start].text[:1].isupper():
            continue
        for joiner in BRANCH_JOINERS:
            j = b.start - len(joiner)
            if j < 1 or tuple(t.lower_ for t in doc[j : b.start]) != joiner:
                continue
            a = by_end.get(j)
            if a is not None and id(a) not in used:
                if doc[j - 1].lower_ in BRANCH_HEADS and doc[j - 1].text[:1].isupper():
                    used.update((id(a), id(b)))
                    merged.append((a, b, Span(doc, a.start, b.end, label="ORG")))
                break
            start = _branch_start(doc, j)
            if start < j and joiner[0] == "of" and not taken & set(range(start, j)):
                used.add(id(b))
                merged.append((None, b, Span(doc, start, b.end, label="ORG")))
            break
    return merged


def seat_split(ent: Span) -> tuple[Span | None, Span] | None:
    """'Varnport-based Karsk Maritime Initiative' (one span of the model's or a rule's): a seat joined
    by a hyphen to 'based', 'owned', 'headquartered'... before the name is its own place and no word
    of the name (GUIDELINES "Span": "Seoul-based" -> `Seoul`). The place (label GPE; None where the
    tokenizer kept 'D.C.-based' one token: no token is the place alone) and the organisation after
    the participle, or None. The name after it must open with a capital."""
    doc = ent.doc
    start = ent.start + (doc[ent.start].lower_ == "the")
    for k in range(start, ent.end - 1):
        joined = "-" in doc[k].text[1:] and doc[k].lower_.rsplit("-", 1)[1] in SEAT_PARTICIPLES
        split = (
            k > start
            and k + 2 < ent.end
            and doc[k].text == "-"
            and not doc[k - 1].whitespace_
            and doc[k + 1].lower_ in SEAT_PARTICIPLES
        )
        if not joined and not split:
            continue
        name = k + (1 if joined else 2)
        if not doc[name].text[:1].isupper() or not doc[start].text[:1].isupper():
            return None
        place = Span(doc, start, k, label="GPE") if split else None  # ('Washington D.C.-based': no part)
        return place, Span(doc, name, ent.end, label=ent.label_)
    return None


def _plural(tok) -> bool:
    """A plural ship noun ('Ferries', 'Tankers', 'Boats'): the fleet a company runs, not one ship."""
    word = tok.lower_
    return word.endswith("s") and (word[:-1] in VESSEL_NOUNS or word[:-3] + "y" in VESSEL_NOUNS)


def count_and_ship_cut(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The model's organisation without a count before it whose noun comes after the span ('Two Karsk
    Navy helicopters': 'Two' counts the helicopters, by the parse) and without a ship's noun at its
    end ('Karsk Navy Ship (KNS) Varn': the navy; the ship is named after it). A plural ship noun
    closes a company's name and stays ('Karsk State Ferries', 'Varn Tankers': the fleet it runs)."""
    if end - start > 1 and doc[start].pos_ == "NUM" and doc[start].like_num and doc[start].head.i >= end:
        start += 1
    last, before = doc[end - 1], doc[end - 2]
    if end - start > 2 and last.text[:1].isupper() and last.lower_ in VESSEL_NOUNS and not _plural(last):
        if before.text not in ("&", "and", ",") and before.lower_ not in VESSEL_NOUNS:
            end -= 1  # ('Brenn Tug & Barge' is a company's name: its nouns are its fields)
    return start, end
