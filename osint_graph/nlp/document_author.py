"""Whose document "the report" or "the letter" is, when a frame cites the document alone.

"A Karsk Navy report found the fire was preventable. ... Two teams failed to find a hose, the report
found." The second frame names no one, yet the report is the Karsk Navy's: the article named its
author where it first brought the document in. The nearest earlier mention of the same document noun
(`attribution/document_nouns.txt`) names the author by one of: a name in its compound or possessive
("a Karsk Navy report", "Karsk's letter"), a "by"/"from" phrase ("a letter from Ola Brenn"), the
subject of the verb that issued it ("the Karsk Navy released a report": `document_author_verbs.txt`),
or the subject of the clause it frames ("In a letter to the council, Ola Brenn said ..."). A definite
mention with no author of its own ("the report said") points further back; an indefinite one with no
author ends the search: the document has no author the article names, and stays evidence that speaks
for nobody (source_resolution.evidence). Read by source_resolution's ladder (rule `issued_document`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from osint_graph.model import Attribution
from osint_graph.nlp.document_issuer import first_document_issuer, named_last
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.syntax import np_head

if TYPE_CHECKING:  # pragma: no cover
    from osint_graph.nlp.source_phrase import NounPhrase

DOCUMENT_NOUNS = words("attribution/document_nouns")
AUTHOR_VERBS = words("attribution/document_author_verbs")
AUTHOR_LABELS = ("ORG", "OUTLET", "PERSON", "COUNTRY", "GPE")
DEFINITE = ("the", "this", "that")
FRAMING_PREPS = ("in", "through")  # "in a letter, X said"
AUTHOR_PREPS = ("by", "from")  # "a report by X", "a letter from X" (not "reports of X's involvement")


def _named(ctx, toks) -> Source | None:
    """The first entity among `toks` that can author a document, as a source."""
    for t in toks:
        ent = ctx.ent_at[t.i]
        if ent is not None and ent.label_ in AUTHOR_LABELS:
            return ctx.source_from_ent(ent, None)
    return None


def _subject(ctx, verb: Token) -> Source | None:
    """The named (or resolvable) subject of `verb`, or its passive agent."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "agent"):
            toks = [t for t in c.subtree if t.i != c.i] if c.dep_ == "agent" else list(c.subtree)  # "by X": X
            found = _resolved(ctx, toks) or _named(ctx, toks)
            if found is not None:
                return found
    return None


def _resolved(ctx, toks) -> Source | None:
    """A descriptor subject ("the navy") resolved as any source phrase; a generic one names no author."""
    sources = ctx.resolve(toks, None)
    if sources and not sources[0].generic and sources[0].link.entity:
        return sources[0]
    return None


def _author_at(ctx, doc_tok: Token) -> Source | None:
    """The author the article names at this mention of a document, or None."""
    lefts = [t for c in doc_tok.lefts if c.dep_ in ("compound", "nmod", "poss", "amod") for t in c.subtree]
    found = _named(ctx, lefts)
    if found is None:
        missed = ctx.author_in_compound(list(doc_tok.lefts), doc_tok)  # "the UKMTO report": a name NER missed
        if missed is not None:
            name, eid, label = missed
            found = Source(Attribution(name, eid, None), label, "", False, False)
    if found is not None:
        return found
    for prep in (c for c in doc_tok.children if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPS):
        found = _named(ctx, [t for t in prep.subtree if t.i != prep.i])
        if found is not None:
            return found
    gov = doc_tok.head
    if doc_tok.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in AUTHOR_VERBS:
        return _subject(ctx, gov)
    if doc_tok.dep_ == "pobj" and gov.lower_ in FRAMING_PREPS and gov.head.pos_ in ("VERB", "AUX"):
        return _subject(ctx, gov.head)
    return None


def document_author(ctx, head: Token) -> Source | None:
    """The author of the document `head` ("the report") points back to, or None."""
    lemma = head.lemma_.lower()
    for t in reversed(head.doc[: head.i]):
        if t.lemma_.lower() != lemma:
            continue
        if t.pos_ == "VERB":
            return None  # "Zeit reported that C. ... according to the report": the reporter's, not a document's
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        found = _author_at(ctx, t)
        if found is not None:
            return found
        det = next((c.lower_ for c in t.children if c.dep_ == "det"), "")
        if det not in DEFINITE:
            return None  # "a report" with no author: the article names none
    return None


def authored(ctx, toks) -> bool:
    """Whether a subject phrase is a definite document with no name of its own ("the study"), whose
    source, if any, is the author `issued_document` found ("Karsk assessments showed C" stays evidence)."""
    words_ = [t for t in toks if not t.is_punct]
    if not words_ or words_[0].lower_ not in DEFINITE or any(ctx.ent_at[t.i] is not None for t in words_):
        return False
    return np_head(words_).lemma_.lower() in DOCUMENT_NOUNS


def issued_document(np: NounPhrase) -> list[Source] | None:
    """ "the report found", "according to the letter": the document's author, named where the article
    brought the document in; None (ask the next rule) when no author is named there."""
    if np.lemma not in DOCUMENT_NOUNS or np.ents or np.toks[0].lower_ not in DEFINITE:
        return None
    last = named_last(np.ctx)
    if np.lemma == "report" and last is not None and last.label == "OUTLET":
        return None  # "Nordic Daily reported C. The report says D": the outlet's report (rule `evidence`)
    author = document_author(np.ctx, np.head) or first_document_issuer(np.ctx, np.head)
    if author is None:
        return None
    return [author.with_verb(np.verb)]
