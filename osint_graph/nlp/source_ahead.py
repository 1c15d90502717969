"""A speaker the lead describes and the next sentences name (twentieth round, source20).

News leads close on a description of their source and name it a sentence or two later: "A barrage
of missiles struck Karsk early Thursday, the local governor said. ... Karsk Gov. Tomas Orell said
air defenses downed 12 drones"; "..., the service's deputy chief said. | Adm. Lena Varga, the deputy
chief of naval operations, said ..."; "..., the country's federal shipping agency said. | The Varnex
maritime transport agency wrote on Telegram that ...". A closing frame whose speaker is such a
description and points back to nothing (`DocumentSources.corefer` found no one) speaks for the
person or body named as the speaker of a reporting verb in the next `AHEAD_REACH` sentences whose
title or head noun holds the description's noun: a title before the name ("Gov." for "governor",
an abbreviation standing for the word it starts), an appositive after it, or the noun the name is
a word of ("the Varnex ... agency"). Nothing else is guessed: a description no later speaker is
called by keeps the sentence unsourced, as before.

The speaker named next speaks by a reporting verb or by naming a thing "as" something ("Karsk Gov.
Tomas Orell identified the vessel as the Morrow Gull": his statement; twenty-fifth round, credit25).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from osint_graph.nlp.source_context import (
    BODY_KINDS,
    COMPANY_NOUNS,
    COREF_DETS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WINDOW,
    DocumentSources,
    Source,
    kind_lemma,
)
from osint_graph.nlp.source_rules_pointing import SHIP_PARTY_NOUNS
from osint_graph.nlp.speaking_name import shown_speaking
from osint_graph.nlp.syntax import np_head

AHEAD_REACH = 3  # sentences after the description's own
POSSESSIVE_STARTS = ("its", "their")  # "its administrator said"
COMPANY_WORDS = COMPANY_NOUNS | SHIP_PARTY_NOUNS | {"company"}


def named_ahead(ctx: DocumentSources, toks: Sequence[Token]) -> Source | None:
    """The speaker named in the next sentences that a closing frame's description stands for, or None."""
    if not toks or (toks[0].lower_ not in COREF_DETS and toks[0].lower_ not in POSSESSIVE_STARTS):
        return None
    head = np_head(toks)
    if any(t.pos_ == "PROPN" or ctx.ent_at[t.i] is not None for t in toks if t.i <= head.i):
        return None  # a name of its own, resolved (or not) by the other rungs
    if any(ctx.ent_at[t.i] is not None and ctx.ent_at[t.i].label_ in ("ORG", "PERSON", "OUTLET") for t in toks):
        return None  # "the owner of Brightwater Shipping": the name is the rungs' to resolve
    lemma = kind_lemma(head)
    if lemma in COMPANY_WORDS:
        label = "ORG"  # "the owner", "the operator": a company, though a person may be one too
    elif lemma in PERSON_NOUNS:
        label = "PERSON"
    elif lemma in ORG_NOUNS:
        label = "ORG"
    else:
        return None
    here = ctx.segment_of(head.i)
    for ent in ctx.ents:
        if ent.start <= head.i or ent.label_ != label:
            continue
        seg = ctx.segment_of(ent.start)
        if seg > here + AHEAD_REACH:
            break
        if seg <= here or not shown_speaking(ent):
            continue
        if lemma in _called(ent, lemma) or (seg == here + 1 and lemma in COMPANY_WORDS and _company_name(ent)):
            # "The owner of a bulk carrier has confirmed C. | Japan's Nagashiki Shipping said D": a company's
            # description is the company speaking in the very next sentence, whatever it calls it
            return ctx.source_from_ent(ent, None)
    return None


def or_named_ahead(ctx: DocumentSources, srcs: list[Source], toks: Sequence[Token], verb: str) -> list[Source]:
    """A frame's sources, unless all are generic descriptions (or none was found): then the speaker the
    next sentences name for the description (`named_ahead`), with the frame's verb, if there is one."""
    if not all(s.generic for s in srcs):
        return srcs
    ahead = named_ahead(ctx, toks)
    return [ahead.with_verb(verb)] if ahead is not None else srcs


def _company_name(ent: Span) -> bool:
    """Does the organisation's name hold a word only a company is called by ("Nagashiki Shipping")?"""
    return ent.label_ == "ORG" and any(w.lower() in BODY_KINDS["company"] for w in ent.text.split())


def _called(ent: Span, lemma: str) -> set[str]:
    """The lower-case words the text calls the named one by: the words of its name, a title before it
    (an abbreviation "Gov." counting as the word it starts), an appositive after it, the noun the name
    is a word of."""
    out: set[str] = {w.lower() for w in ent.text.split()}  # "the ministry" ... "the Karsk Defence Ministry"
    doc = ent.doc
    sent_start = ent.sent.start
    for tok in reversed(doc[max(sent_start, ent.start - TITLE_WINDOW) : ent.start]):
        if tok.is_punct and not tok.text.endswith("."):
            break
        word = tok.lower_
        out.add(tok.lemma_.lower())
        if word.endswith(".") and len(word) > 2 and lemma.startswith(word[:-1]):
            out.add(lemma)  # "Gov." is "governor", "Adm." "admiral"
    root = ent.root
    for app in (c for c in root.children if c.dep_ == "appos"):
        out.update(t.lemma_.lower() for t in app.subtree)
    for rel in (c for c in root.children if c.dep_ == "relcl"):  # "X, which owns the ship": its owner
        stem = rel.lemma_.lower().removesuffix("e")
        if len(stem) > 2 and lemma.startswith(stem):
            out.add(lemma)
    tok = root
    while tok.dep_ in ("compound", "nmod", "flat") and tok.head.i > tok.i:
        tok = tok.head
        out.add(tok.lemma_.lower())
    return out
