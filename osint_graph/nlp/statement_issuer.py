"""Whose statement "the statement" is when no frame cited its issuer.

"Brightwater Shipping, which owns the ship, issued a statement to Nordic Daily acknowledging the
attack. “No one was hurt,” the statement said." The issuing is an act, not a reporting frame, so
the issuer is not the source cited last; yet the statement the next sentence quotes is its. The
nearest statement noun that is the direct object of an issuing verb (`attribution/statement_issue_verbs.txt`)
in the sentence of the frame or the three before names the issuer: its subject, when that is a named
organisation, outlet, person or state. Read by source_resolution.evidence.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import DocumentSources, Source

ISSUE_VERBS = words("attribution/statement_issue_verbs")
STATEMENT_NOUNS = words("attribution/statement_nouns")
ISSUER_LABELS = ("ORG", "OUTLET", "PERSON", "COUNTRY")
REACH = 3  # sentences back


def _window_start(head: Token) -> int:
    """The first token of the sentence REACH sentences before the one holding `head`."""
    sent = head.sent
    for _ in range(REACH):
        if sent.start == 0:
            break
        sent = head.doc[sent.start - 1].sent
    return sent.start


def statement_issuer(ctx: DocumentSources, head: Token) -> Source | None:
    """The named issuer of the statement `head` ("the statement") points back to, or None."""
    doc = head.doc
    for t in reversed(doc[_window_start(head) : head.i]):
        if t.lemma_.lower() not in STATEMENT_NOUNS or t.dep_ != "dobj" or t.head.lemma_.lower() not in ISSUE_VERBS:
            continue
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        ent = ctx.ent_at[subj.i] if subj is not None else None
        if ent is None or ent.label_ not in ISSUER_LABELS:
            return None  # the nearest statement issued has no named issuer: leave it to the recent source
        return ctx.source_from_ent(ent, None)
    return None
