"""What a source noun phrase names besides its entities: the helpers of the source-resolution ladder.

No pipeline component of its own: `source_resolution.py` (the ladder) calls them with a phrase's
tokens and the entity index of `DocumentSources`; they read the parse and write nothing.

- `named_after_descriptor`: "Danish newspaper Politiken" -> the name after the descriptor noun;
- `unrecognised_name_of`: a name the entity pipeline did not tag ("Customs officials" after
  "Finnish Customs", "United Against Nuclear Iran");
- `state_in`: the state a phrase names, by name, capital or demonym ("Iranian officials");
- `tie_tokens`: the words of a phrase that can tie its speaker to a state ("Finnish officials",
  "officials from Finland"), not those of a clause or a deeper phrase ("officials with knowledge
  of an inquiry led by Finland's prosecutor" speak for no state);
- `state_named`: whether the article names a state by name or capital, not only by a demonym
  (an unnamed speaker of a state named only by an adjective is left out of the chain);
- `in_hyphen_modifier`, `name_after_head`: a name inside a hyphenated modifier ("the Karsk-run
  Vexa network") describes the speaker, and a name right after a descriptor head ("Karsk's
  state-run shipping company KSL") is the speaker, not the possessor before it;
- `state_media`: "Karsk state media", "state-run television", the state's own voice (the ladder's
  state rule and `attribution_relay.state_media_relay` both read it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from osint_graph.model import entity_id, slug
from osint_graph.nlp.extensions import furniture_kind
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import (
    BODY_NOUNS,
    EVIDENCE_NOUNS,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    DocumentSources,
)
from osint_graph.nlp.syntax import strip_the, subtree

# unnamed sources that do not speak for the state of the place or nationality named with them
MARKET_NOUNS = words("attribution/market_nouns")
COMPANY_DESCRIPTORS = words("attribution/company_descriptors")
# prepositions after a speaker noun whose object ties it to a state: "officials from Finland"
TIE_PREPOSITIONS = words("attribution/tie_prepositions")
# "Karsk state media", "state-run television": a state's own voice, not its press in general
MEDIA_HEADS = words("attribution/media_heads")
STATE_MEDIA_WORDS = words("attribution/state_media_words")


def state_media(toks: Sequence[Token], head: Token) -> bool:
    """ "Karsk state media", "state-run television" (`head` a media noun, a state word before it in
    `toks`) are the state's own voice; "Karsk media" is its press in general, a generic speaker
    (GUIDELINES "Media of a state")."""
    return head.lower_ in MEDIA_HEADS and any(t.lower_ in STATE_MEDIA_WORDS for t in toks if t.i < head.i)


def in_hyphen_modifier(ent: Span) -> bool:
    """ "the Karsk-run Vexa TV network", "a pro-Karsk channel", "the Karsk-based firm Tolm Lines": a
    name joined by a hyphen to the next or previous word is part of a modifier that tells who backs,
    runs or hosts the speaker; it is not the speaker."""
    doc = ent.doc
    joined_after = ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not doc[ent.end - 1].whitespace_
    joined_before = ent.start >= 2 and doc[ent.start - 1].text == "-" and not doc[ent.start - 2].whitespace_
    return (joined_after and not doc[ent.end].whitespace_ and doc[ent.end + 1].is_alpha) or (
        joined_before and not doc[ent.start - 1].whitespace_ and doc[ent.start - 2].is_alpha
    )


def name_after_head(ents: Sequence[Span], head: Token) -> bool:
    """Does a name follow the phrase's head noun with nothing but quotation marks or other punctuation
    between ("Karsk's shipowners group 'Tolm Union'", "Karsk's state-run shipping company KSL", "Karsk's
    correspondent, Jane Doe")? The head introduces that name; "Karsk's mission to the United Nations"
    introduces none."""
    doc = head.doc
    for ent in ents:
        if ent.start > head.i and all(doc[i].is_quote or doc[i].is_punct for i in range(head.i + 1, ent.start)):
            return True
    return False


def tie_tokens(toks: Sequence[Token], head: Token) -> list[Token]:
    """The words of a speaker phrase that can tie it to a state: those before its head noun, and the
    object of a tying preposition on the head with that object's own modifiers ("a spokesperson
    for China's coast guard"); not a clause or a phrase deeper down ("officials with knowledge of
    an inquiry led by Finland's prosecutor", "sources familiar with Iran's plans")."""
    inside = {t.i for t in toks}
    tie = [t for t in toks if t.i <= head.i]
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in TIE_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                tie += [t for t in subtree(obj, skip=("prep", "acl", "relcl", "appos")) if t.i in inside]
    return sorted(tie, key=lambda t: t.i)


def named_after_descriptor(ctx: DocumentSources, toks: Sequence[Token]) -> tuple[str, str, str] | None:
    """'Danish newspaper Politiken', 'Norwegian broadcaster NRK': the name after the descriptor noun.

    (name, entity id, label) when the phrase ends in a run of proper nouns that follows a
    common noun of an outlet or an organisation; None otherwise.
    """
    end = len(toks)
    k = end
    while k > 0 and toks[k - 1].pos_ == "PROPN" and toks[k - 1].text[:1].isupper():
        k -= 1
    if k == end or k == 0:
        return None
    desc = toks[k - 1]
    lemma = desc.lemma_.lower()
    if desc.pos_ != "NOUN" or not desc.text.islower():
        return None
    if lemma in OUTLET_NOUNS:
        label, kind = "OUTLET", "Outlet"
    elif lemma in BODY_NOUNS or lemma in COMPANY_DESCRIPTORS:
        label, kind = "ORG", "Organization"
    else:
        return None
    if any(ctx.ent_at[t.i] is not None and ctx.ent_at[t.i].label_ != "PERSON" for t in toks[k:end]):
        return None  # a recognised name keeps its entity; "newspaper X" is no person
    name = " ".join(t.text for t in toks[k:end])
    if ctx.country_of_word(name) or ctx.country_of_word(name, capital=True):
        return None  # "the news agency of Russia" is no name
    return name, entity_id(kind, slug(name)), label


def unrecognised_name_of(
    ctx: DocumentSources, toks: Sequence[Token], head: Token, ents: Sequence[Span]
) -> tuple | None:
    """A name the entity pipeline did not tag: (name, entity id or None, label) or None.

    "Customs officials" after "Finnish Customs" -> that organisation; "the vessel's manager, Third
    January Maritime" -> "Third January Maritime"; "the United Kingdom Maritime Trade Operations
    agency" -> "United Kingdom Maritime Trade Operations"; a bare proper noun ("Sovcomflot").
    """
    in_ent = {i for e in ents for i in range(e.start, e.end)}
    # a capitalised word naming an organisation cited before
    for t in toks:
        if t.i == head.i or t.i in in_ent or not t.text[:1].isupper() or t.dep_ not in ("compound", "amod", "nmod"):
            continue
        if ctx.country_of_word(t.text) or ctx.country_of_word(t.text, capital=True):
            continue
        org = ctx.last_ent(head.i, ("ORG", "OUTLET"), word=t.lower_)
        if org is not None:
            src = ctx.source_from_ent(org, None)
            return src.link.name, src.link.entity, src.label
    # "the Rosmorrechflot maritime agency": a proper noun naming the body its head noun describes
    if head.lemma_.lower() in BODY_NOUNS or head.lemma_.lower() in ORG_NOUNS:
        names = [t for t in toks if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod") and t.head.i == head.i
                 and t.i not in in_ent and not ctx.country_of_word(t.text) and t.text[:1].isupper()
                 and t.text[1:].islower()]  # fmt: skip
        if len(names) == 1:
            return names[0].text, None, None
    # an appositive proper name
    for c in head.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i not in in_ent:
            words = [x for x in subtree(c, skip=("relcl", "acl", "prep", "punct")) if not x.is_punct]
            if words:
                return " ".join(x.text for x in words if x.dep_ != "det"), None, None
    # a run of capitalised words that is more than a state's name ("United Against Nuclear Iran")
    run: list[Token] = []
    for t in toks:
        if t.text[:1].isupper() and not (t.lower_ in ("the", "a", "an") and not run) and t.pos_ != "PRON":
            run.append(t)
        elif run:
            break
    if len(run) >= 2 and any(t.i not in in_ent for t in run) and not ctx.country_of_word(run[0].text):
        if head.i in {t.i for t in run} or head.pos_ != "PROPN":
            return " ".join(t.text for t in run), None, None
    if head.pos_ == "PROPN" and head.i not in in_ent and not ctx.country_of_word(head.text):
        if len(toks) == 1 and _capitalised_common_noun(head):
            return None  # "Insurers said ..." at the start of a sentence: a common noun, no name
        words = [t for t in toks if t.pos_ == "PROPN"]
        return " ".join(t.text for t in words), None, None
    return None


def state_in(
    ctx: DocumentSources, toks: Sequence[Token], ents: Sequence[Span]
) -> tuple[tuple[str, str] | None, set[int]]:
    """The state a phrase names (by name, capital or demonym) and the tokens that name it."""
    used = {i for e in ents for i in range(e.start, e.end)}
    found: tuple[str, str] | None = None
    for ent in ents:
        if found is None and ent.label_ in ("COUNTRY", "GPE"):
            src = ctx.source_from_ent(ent, None)
            if src.link.entity:
                found = (src.link.name, src.link.entity)
        if found is None and ent.label_ in ("LOCATION", "LOC", "NORP"):
            found = ctx.country_of_word(strip_the(ent.text), capital=ent.label_ != "NORP")
    # demonyms are not entities: "Iranian officials", "South Korean intelligence", "the North Koreans"
    words = [t for t in toks if t.pos_ in ("ADJ", "PROPN", "NOUN") and t.text[:1].isupper() and t.i not in used]
    i = 0
    while i < len(words):
        for span_len in (2, 1):
            if i + span_len > len(words):
                continue
            group = words[i : i + span_len]
            text = " ".join(w.text for w in group)
            hit = ctx.country_of_word(text) or ctx.country_of_word(text, capital=True)
            if hit is not None:
                found = found or hit
                used.update(w.i for w in group)
                i += span_len - 1
                break
        i += 1
    return found, used


def _capitalised_common_noun(tok: Token) -> bool:
    """A sentence-initial word the tagger took for a name although it is a source or evidence noun
    ('Insurers', 'Reports')."""
    if not (tok.is_sent_start or tok.i == 0 or tok.doc[tok.i - 1].is_space):
        return False
    w = tok.lower_
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w}
    return bool(forms & (PERSON_NOUNS | ORG_NOUNS | MARKET_NOUNS | EVIDENCE_NOUNS))


def state_named(ctx: DocumentSources, state: tuple[str, str]) -> bool:
    """Whether the article names the state by a name or a capital (an entity mention, or its name
    written where the entity pipeline tagged none), not only by a demonym."""
    name, entity = state
    memo = ctx.__dict__.setdefault("_states_named", {})
    if entity not in memo:
        memo[entity] = name_written(ctx, name) or any(
            e.label_ != "NORP" and (ctx.source_from_ent(e, None).link.entity == entity
                                    or (ctx.country_of_word(strip_the(e.text), capital=True) or ("", ""))[1] == entity)
            for e in ctx.ents
            if e.label_ in ("COUNTRY", "GPE", "LOCATION", "LOC", "PORT")
        )  # fmt: skip
    return memo[entity]


def name_written(ctx: DocumentSources, name: str) -> bool:
    """The state's name written outside another name ("China", not "the East China Sea", tagged or not),
    in the body: a name in the headline only names no entity (GUIDELINES, fourteenth round: "Varnia seizes
    tanker" over "Varnian authorities said C" leaves the speakers out)."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", ctx.doc.text):
        if furniture_kind(ctx.doc, m.start(), m.end()) not in (None, "dateline", "dateline_agency"):
            continue
        inside = [e for e in ctx.ents if e.start_char <= m.start() < e.end_char]
        if inside:
            if inside[0].label_ in ("COUNTRY", "GPE"):
                return True
            continue
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        tok = span.root
        joined = [t for t in (tok.head, *tok.children) if t.dep_ == "compound" or tok.dep_ == "compound"]
        if not any(t.i != tok.i and t.text[:1].isupper() for t in joined):
            return True
    return False
