"""Whose document or statement a source phrase cites when the phrase names no one and the article
wrote no author where it brought the document in (`document_author.py` reads that author first).

- `named_last`: the source cited last that names someone, passing over generic ones a frame relayed
  ("Nordic Daily reported, citing security sources, that C. The report says D": the sources are
  Nordic Daily's, so "the report" is still Nordic Daily's, not a report of nobody).
- `first_document_issuer`: a definite document noun the article has not mentioned before ("The
  Karsk Justice Ministry announced charges against the crew. The indictment alleges C"): the
  definite article points at a document the story has already brought in, the one whose issuing
  the body cited last announced; it speaks for that body (an organisation or a state, not an outlet,
  a person or a generic speaker). Later definite mentions of the same noun ("According to the
  indictment, D") are the same document.
- `state_document`: a statement or document written with a word of the state's own voice before it
  ("the government statement", "a new government report": `attribution/state_document_words.txt`)
  and no name speaks for the story's state, as "the government said" does (`source_story_state`).

Read by `document_author.issued_document` and `source_rules_unnamed.evidence` (the first two) and by
the source ladder (`state_document`, rung of its own in `source_resolution.LADDER`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import DocumentSources, Source
from osint_graph.nlp.source_story_state import article_state

if TYPE_CHECKING:  # pragma: no cover
    from osint_graph.nlp.source_phrase import NounPhrase

STATE_DOCUMENT_WORDS = words("attribution/state_document_words")
DOCUMENT_NOUNS = words("attribution/document_nouns")
STATEMENT_NOUNS = words("attribution/statement_nouns")
ISSUER_LABELS = ("ORG", "COUNTRY")  # bodies that issue indictments, reports, notices
DEFINITE = ("the", "this")


def named_last(ctx: DocumentSources) -> Source | None:
    """The source cited last that names someone: generic ones ("security sources") passed over."""
    return next((src for src in reversed(ctx.recent) if not src.generic), None)


def _earlier_mentions(head: Token) -> list[Token]:
    """Earlier nouns of the same lemma as `head` ("report", "indictment"), nearest first."""
    lemma = head.lemma_.lower()
    return [t for t in reversed(head.doc[: head.i]) if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN")]


def _said_before(head: Token) -> bool:
    """Whether the noun's verb stands before it ("Zeit reported C ... the report"): a report of a reporter."""
    lemma = head.lemma_.lower()
    return any(t.lemma_.lower() == lemma and t.pos_ == "VERB" for t in head.doc[: head.i])


def first_document_issuer(ctx: DocumentSources, head: Token) -> Source | None:
    """The body a definite document noun met for the first time speaks for (see the module), or None;
    a later definite mention of that noun with no author of its own takes what the first one took."""
    issuers: dict[int, Source | None] = ctx.document_issuers
    det = next((c.lower_ for c in head.children if c.dep_ == "det"), "")
    if det not in DEFINITE or _said_before(head):
        return None
    earlier = _earlier_mentions(head)
    if earlier:
        first = earlier[-1]
        first_det = next((c.lower_ for c in first.children if c.dep_ == "det"), "")
        if first_det not in DEFINITE:
            return None  # "a report" with no author came first: the article names none
        return issuers.get(first.i)
    if head.i not in issuers:
        last = named_last(ctx)
        issuers[head.i] = last if last is not None and last.label in ISSUER_LABELS else None
    return issuers[head.i]


def state_document(np: NounPhrase) -> list[Source] | None:
    """ "according to the government statement", "a new government report": the story's state."""
    if np.ents or (np.lemma not in DOCUMENT_NOUNS and np.lemma not in STATEMENT_NOUNS):
        return None
    mods = {t.lemma_.lower() for t in np.toks if t.i < np.head.i and t.pos_ != "DET"}
    if not mods & STATE_DOCUMENT_WORDS:
        return None
    found = article_state(np)
    return [found] if found is not None else None
