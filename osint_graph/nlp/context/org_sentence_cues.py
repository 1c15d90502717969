"""Context rules for an organisation no list holds, named only by what its sentence says of it
(issue 11, read on the name-swapped dev): an apposition headed by a company's noun ("Kestrab, a
Varnport-based firm,"), a relative clause of owning or running ("Varkel, which owns the tanker,"), a
members' or speaker's noun after the name ("Tolvar militants"), a glued participle of control
("Tolvar-controlled"), a phrase of owning or data before it ("owned by Kestrab", "data from
Norvin"), "the X have" (a plural verb), and a name joined in a list to an organisation already typed.
Each reads the parse and a cue list under sources/rules/context/; `unlisted_body` keeps places,
demonyms, titles, people's names and listed names of other types out.

Reads the tokens and the model's entity types; appends `Candidate`s of type Organization.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.context.names import (
    Candidate,
    NameContext,
    name_end,
    name_start,
    name_token,
    title_case_only,
)
from osint_graph.nlp.context.organizations import NOT_ENTITY_ACRONYMS, OUTLET_NOUNS, TITLE_WORDS, compound_word
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.given_names import given_name_person
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import sentence_bounds

# 'Kestrab, a Varnport-based firm, said', 'Norvin, the vessel's manager,', 'Varkel, which owns the
# tanker,': an unlisted name the sentence describes, after it, as an organisation (issue 11)
APPOSITION_NOUNS = words("context/org_apposition_nouns")
SHIP_ROLE_NOUNS = words("context/org_apposition_ship_roles")
RELATIVE_VERBS = words("context/org_relative_verbs")
VESSEL_NOUNS = words("common/vessel_nouns")
NEWS_WORDS = OUTLET_NOUNS | {"news", "media"}
APPOSED_NAME_LEN = 4  # words of the name before the comma
trigger(
    "APPOSITION_NOUN",
    APPOSITION_NOUNS | SHIP_ROLE_NOUNS,
    accept=lambda doc, start, end: (start, end) if doc[start].is_lower and doc[start].dep_ == "appos" else None,
)
trigger(
    "RELATIVE_VERB",
    RELATIVE_VERBS,
    attr="LEMMA",
    accept=lambda doc, start, end: (start, end) if doc[start].dep_ == "relcl" else None,
)


def _ship_owned(ctx: NameContext, noun) -> bool:
    """The role noun's owner is a ship: "the vessel's manager", 'the owner of the tanker', 'the
    Tarn Voyager's operator'."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ in VESSEL_NOUNS or child.ent_type_ == LABEL_OF_TYPE["Vessel"]):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(o.lower_ in VESSEL_NOUNS or o.ent_type_ == LABEL_OF_TYPE["Vessel"] for o in child.children):
                return True
    return False


def _name_before_comma(ctx: NameContext, doc: Doc, comma: int, head, closed: bool = False) -> Candidate | None:
    """The unlisted organisation's name that ends right before the comma at `comma`, the parse's
    `head` of the apposition or clause inside it; None for a place, people, a known other type or a
    given name and surname. After 'of' the name is taken only where the apposition is `closed`,
    no list going on after its noun ('members of Tarvo de Brunel, a gang that ...')."""
    first, _ = sentence_bounds(doc[comma])
    if comma <= first or doc[comma].text != ",":
        return None
    name_from = name_start(doc, comma, first, max_len=APPOSED_NAME_LEN)
    if name_from == comma or not name_from <= head.i < comma:
        return None
    span = doc[name_from:comma]
    if name_from > first and doc[name_from - 1].lower_ == "of" and not closed:
        return None  # 'the port of Varnholm, a security firm and ...': a list, not an apposition
    if not unlisted_body(ctx, span):
        return None  # ('Ola Brenn, the ship's owner': a person's)
    return Candidate(name_from, comma, "Organization", "apposed-organization")


@context_rule("APPOSITION_NOUN", order=187)
def apposed_organization(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Kestrab, a Varnport-based firm, said', 'Norvin, the Karsk shipping company,', 'Varkel, the
    vessel's manager,': the apposition after an unlisted name calls it an organisation (a role
    noun a person shares only with a ship as its owner)."""
    noun = doc[start]
    phrase = doc[noun.left_edge.i : noun.i + 1]
    if any(t.lower_ in NEWS_WORDS for t in phrase):
        return  # 'a media group', 'a news agency': an outlet's
    if noun.lower_ in SHIP_ROLE_NOUNS and noun.lower_ not in APPOSITION_NOUNS and not _ship_owned(ctx, noun):
        return
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    closed = after is None or after.lower_ in ("that", "which", ".") or after.dep_ == "relcl"
    cand = _name_before_comma(ctx, doc, noun.left_edge.i - 1, noun.head, closed)
    if cand is not None:
        cands.append(cand)


@context_rule("RELATIVE_VERB", order=188)
def relative_organization(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Kestrab, which owns the tanker,', 'Norvin, which manages the vessel': a relative clause of
    owning or running after an unlisted name, with 'which' as its subject, makes it an organisation."""
    verb = doc[start]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("which", "that") or subject.i != verb.left_edge.i:
        return
    cand = _name_before_comma(ctx, doc, subject.i - 1, verb.head)
    if cand is not None:
        cands.append(cand)


LOCATION_HEADS = words("context/location_head_nouns") | words("context/sea_heads")
NAME_PREFIXES = TITLE_WORDS | words("context/name_prefix_words")


def unlisted_body(ctx: NameContext, span) -> bool:
    """A capitalised name no list knows as another type, not all English words ('Coast Guard'), no
    place ('Varn Strait': a place's head word), demonym ('Unnamed Varnian officials'), common
    acronym, title ('Mr Brenn') or given name and surname; the whole name, not the end of a longer
    one ('Kestrel Steel Re-Rolling Mills')."""
    doc = span.doc
    first, _ = sentence_bounds(span[0]) if len(span) else (0, 0)
    return (
        len(span) > 0
        and not (span.start > first and name_token(doc[span.start - 1], False) and not doc[span.start - 1].is_stop)
        and not any(t.lower_ in LOCATION_HEADS or t.lower_ in NAME_PREFIXES for t in span)
        and not any(t.ent_type_ == "NORP" and t.pos_ == "ADJ" for t in span)
        and not any(ctx.gazetteer.is_demonym(span[i:j].text) for i in range(len(span)) for j in (i + 1, i + 2))
        and any(t.pos_ == "PROPN" or english_word(t) is False for t in span)
        and not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT") for t in span)
        and span.text not in NOT_ENTITY_ACRONYMS
        and not ctx.known_types(span.text) - {"Organization"}
        and not ctx.is_place_or_people(span)
        and not all(english_word(t) for t in span)
        and not given_name_person(span, ctx.gazetteer)
        and not (len(span) == 1 and _surname(ctx, span[0]))
    )


def _surname(ctx: NameContext, tok) -> bool:
    """The word ends a person's name of two words or more the model found in the document ('said
    Vasquez, the owner of the tanker' after 'Mirtha Vasquez')."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == tok.text for e in ctx.ents(tok.doc))


MEMBER_NOUNS = words("context/org_member_nouns")
HYPHEN_PARTICIPLES = words("context/org_hyphen_participles")
trigger(
    "MEMBER_NOUN",
    MEMBER_NOUNS,
    accept=lambda doc, start, end: (start, end) if doc[start].is_lower and start > 0 else None,
)
trigger(
    "HYPHEN_PARTICIPLE",
    HYPHEN_PARTICIPLES,
    accept=lambda doc, start, end: (
        (start, end)
        if doc[start].is_lower and start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
        else None
    ),
)
trigger("AGENT_PHRASE", words("context/org_agent_phrases"))
trigger(
    "KIND_NOUN",
    words("context/org_kind_nouns"),
    accept=lambda doc, start, end: (start, end) if _kind_noun_written(doc, start, end) else None,
)
INNER_JOINERS = ("at", "for")  # 'Human Rights at Sea', 'Friends for Peace': a name's own small word


def _kind_noun_written(doc: Doc, start: int, end: int) -> bool:
    """The kind noun written as a common noun: lower case ('NGO' as the acronym; a sentence's
    first word capitalised), not a word of a longer name ('the Seafarers Union')."""
    first = doc[start]
    if start > 0 and name_token(doc[start - 1], True) and not doc[start - 1].is_sent_start:
        return False  # 'Karsk Trade Union', 'Varn Labor Union'
    if first.text in ("NGO", "NGOs"):
        return True
    return all(t.is_lower for t in doc[start + 1 : end]) and (first.is_lower or first.is_sent_start)


@context_rule("MEMBER_NOUN", order=189)
def member_noun(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Tolvar rebels', 'Kestrab militants', 'a Varkel spokesman': an unlisted name as the compound
    modifier of a noun of a body's members or speakers is the body's."""
    first, _ = sentence_bounds(doc[start])
    last = doc[start - 1]
    if start - 1 < first or not name_token(last, True) or last.dep_ not in ("compound", "nmod", "amod"):
        return
    if last.head.i != start:
        return
    name_from = start - 1
    while name_from > first and start - name_from < 4 and compound_word(doc, name_from - 1):
        name_from -= 1
    span = doc[name_from:start]
    if "Organization" in ctx.known_types(span.text + "s"):
        return  # 'Houthi rebels': the adjective of a group named in the plural, like a demonym (GUIDELINES)
    if unlisted_body(ctx, span):
        cands.append(Candidate(name_from, start, "Organization", "member-noun"))


@context_rule("HYPHEN_PARTICIPLE", order=191)
def hyphen_participle(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'Tolvar-controlled ports', 'the Kestrab-run channel': an unlisted name glued to a participle
    of controlling, running or backing is a body's."""
    first, _ = sentence_bounds(doc[start])
    hyphen = start - 1
    if doc[hyphen - 1].whitespace_:
        return
    name_from = name_start(doc, hyphen, first, max_len=3)
    if name_from == hyphen or (name_from > first and doc[name_from - 1].text == "-"):
        return  # 'Karsk-Varn-led': a pair of names, read apart
    span = doc[name_from:hyphen]
    if unlisted_body(ctx, span):
        cands.append(Candidate(name_from, hyphen, "Organization", "hyphen-participle"))


@context_rule("AGENT_PHRASE", order=192)
def agent_phrase(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'owned by Kestrab', 'data from Norvin': the name right after a phrase of owning, running or
    supplying data is a company's (or a data provider's)."""
    _, limit = sentence_bounds(doc[start])
    i = end + (end < limit and doc[end].lower_ == "the")
    name_to = name_end(doc, i, limit, max_len=4)
    if name_to == i:
        return
    if name_to < limit and (doc[name_to].text == "-" or doc[name_to].lower_ in MEMBER_NOUNS):
        return  # 'operated by Varn-based ...', 'by Tolvar rebels': other rules read these
    span = doc[i:name_to]
    if unlisted_body(ctx, span):
        cands.append(Candidate(i, name_to, "Organization", "agent-phrase"))


@context_rule("KIND_NOUN", order=195)
def kind_noun(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the NGO Varkel', 'trade union Norvin', 'the charity Kestrab at Sea': the name right after a
    noun of a kind of organisation (context/org_kind_nouns.txt) is that organisation's, English
    words or not; not a place, a demonym, a known name of another type or a given name and surname."""
    _, limit = sentence_bounds(doc[start])
    name_to = name_end(doc, end, limit, max_len=5)
    while name_to + 1 < limit and doc[name_to].lower_ in INNER_JOINERS and name_token(doc[name_to + 1], True):
        name_to = name_end(doc, name_to + 1, limit, max_len=3)
    if name_to == end or (name_to < limit and doc[name_to].text == "-"):
        return
    span = doc[end:name_to]
    if (
        span.text in NOT_ENTITY_ACRONYMS
        or ctx.known_types(span.text) - {"Organization"}
        or ctx.is_place_or_people(span)
        or given_name_person(span, ctx.gazetteer)
        or any(t.ent_type_ in ("NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") for t in span)
    ):
        return
    cands.append(Candidate(end, name_to, "Organization", "kind-noun"))


def _model_person_name(doc: Doc, i: int) -> bool:
    """Token i is in a person's name of two words or more that the model found."""
    if doc[i].ent_type_ != "PERSON":
        return False
    return doc[i].ent_iob_ == "I" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")


@context_rule(None, order=300)
def listed_siblings(ctx: NameContext, doc: Doc, cands: list[Candidate]) -> None:
    """'data from Kpler and Norvin', 'Kestrab, Tolvar and the Varn Navy said': a name the parse
    joins ('conj') to an organisation a list or a context rule has typed is an organisation too,
    when no list knows it and it is no place, demonym or person's name."""
    label = LABEL_OF_TYPE["Organization"]
    typed = [(c.start, c.end) for c in cands if c.type == "Organization"]
    typed += [(e.start, e.end) for e in ctx.ents(doc) if e.label_ == label and e._.osint_source == "gazetteer"]
    if not typed:
        return
    taken = {i for c in cands for i in range(c.start, c.end)}
    taken |= {i for e in ctx.ents(doc) if e._.osint_source in ("gazetteer", "context") for i in range(e.start, e.end)}
    for start, end in typed:
        root = doc[start:end].root
        siblings = [t for t in root.children if t.dep_ == "conj"]
        if root.dep_ == "conj":
            siblings.append(root.head)
        for sib in siblings:
            if sib.i in taken or not name_token(sib, True) or sib.pos_ != "PROPN":
                continue
            if sib.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or _model_person_name(doc, sib.i):
                continue  # the model's place, or a person's name of two words or more: no list member of ours
            first, limit = sentence_bounds(sib)
            name_from = name_start(doc, sib.i + 1, first, max_len=4)
            name_to = name_end(doc, name_from, limit, max_len=4)
            if not name_from <= sib.i < name_to or any(i in taken for i in range(name_from, name_to)):
                continue
            span = doc[name_from:name_to]
            if unlisted_body(ctx, span):
                cands.append(Candidate(name_from, name_to, "Organization", "listed-sibling"))
                taken.update(range(name_from, name_to))


trigger(
    "PLURAL_VERB",
    words("context/org_plural_verbs"),
    accept=lambda doc, start, end: (start, end) if start > 1 and doc[start - 1].text[:1].isupper() else None,
)


@context_rule("PLURAL_VERB", order=193)
def plural_group(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Tolvar have fired', 'the Kestrab say': 'the', an unlisted name and a verb in the plural
    agreeing with it name a group."""
    first, _ = sentence_bounds(doc[start])
    name_from = name_start(doc, start, first, max_len=2)
    if name_from == start or name_from - 1 < first or doc[name_from - 1].lower_ != "the":
        return
    span = doc[name_from:start]
    if not span.root.dep_.startswith("nsubj") or any(c.start < start and c.end > name_from for c in cands):
        return
    if any(t.tag_ == "NNPS" and english_word(t) for t in span):
        return  # 'the Americans are': a people's word
    if unlisted_body(ctx, span):
        cands.append(Candidate(name_from, start, "Organization", "plural-group"))


# 'Torvask Shipyard', 'Korvane Technologies', 'NKV Shipmanagement': a company's own last word
# (common/org_name_words.txt; the words of common/org_suffixes.txt have their own rule) after a name
# no dictionary or list holds (issue 11: such names had no candidate when the model missed them)
COMPANY_WORDS = (
    words("common/org_name_words") - words("common/org_suffixes") - words("context/company_words_places_too")
)
trigger("COMPANY_WORD", COMPANY_WORDS, accept=title_case_only)
HEADLINE_SHARE = 0.6  # a sentence whose other words are capitalised beyond this share is a headline


@context_rule("COMPANY_WORD", order=194)
def named_company(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'the Torvask Shipyard', 'Korvane Technologies said': capitalised words before a company's last
    word, one of them no English word and the whole no place, people, person or listed name of
    another type (`unlisted_body`), name a company; not in a headline's title case ('Shipping
    Companies Cry Foul'), not 'Delta Tankers' (English words only: the name may be a description)."""
    first, limit = sentence_bounds(doc[start])
    name_from = name_start(doc, start, first, max_len=3)
    if name_from == start or any(c.start < end and c.end > name_from for c in cands):
        return
    if end < limit and doc[end].is_alpha and doc[end].text[:1].isupper():
        return  # 'Korvane Technologies Park': the word is inside a longer name
    others = [t for t in doc[first:limit] if t.is_alpha and len(t) > 3 and not name_from <= t.i < end]
    if not others or sum(t.is_title for t in others) / len(others) > HEADLINE_SHARE:
        return
    if ctx.known_types(doc[name_from:end].text) - {"Organization"} or not unlisted_body(ctx, doc[name_from:start]):
        return
    cands.append(Candidate(name_from, end, "Organization", "named-company"))
