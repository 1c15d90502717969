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
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from osint_graph.nlp.attribution_verbs import is_report_verb
from osint_graph.nlp.source_context import (
    COREF_DETS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WINDOW,
    DocumentSources,
    Source,
    kind_lemma,
)
from osint_graph.nlp.syntax import np_head

AHEAD_REACH = 3  # sentences after the description's own
POSSESSIVE_STARTS = ("its", "their")  # "its administrator said"
NAME_LINKS = ("compound", "appos", "flat", "poss", "nmod", "amod")  # a name's way up to the noun that speaks


def named_ahead(ctx: DocumentSources, toks: Sequence[Token]) -> Source | None:
    """The speaker named in the next sentences that a closing frame's description stands for, or None."""
    if not toks or (toks[0].lower_ not in COREF_DETS and toks[0].lower_ not in POSSESSIVE_STARTS):
        return None
    if any(t.pos_ == "PROPN" or ctx.ent_at[t.i] is not None for t in toks):
        return None  # a name of its own, resolved (or not) by the other rungs
    head = np_head(toks)
    lemma = kind_lemma(head)
    if lemma in PERSON_NOUNS:
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
        if seg > here and _speaks(ent) and lemma in _called(ent, lemma):
            return ctx.source_from_ent(ent, None)
    return None


def _speaks(ent: Span) -> bool:
    """Is the name (or the noun it is a word of) the subject of a reporting verb?"""
    tok = ent.root
    while tok.dep_ in NAME_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and is_report_verb(tok.head)


def _called(ent: Span, lemma: str) -> set[str]:
    """The lower-case words the text calls the named one by: a title before the name in its sentence
    (an abbreviation "Gov." counting as the word it starts), an appositive after it, the noun the name
    is a word of."""
    out: set[str] = set()
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
    tok = root
    while tok.dep_ in ("compound", "nmod", "flat") and tok.head.i > tok.i:
        tok = tok.head
        out.add(tok.lemma_.lower())
    return out
