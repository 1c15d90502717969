"""Whose statement "the statement" is when no frame cited its issuer.

"Brightwater Shipping, which owns the ship, issued a statement to Nordic Daily acknowledging the
attack. “No one was hurt,” the statement said." The issuing is an act, not a reporting frame, so
the issuer is not the source cited last; yet the statement the next sentence quotes is its. The
nearest statement noun that is the direct object of an issuing verb (`attribution/statement_issue_verbs.txt`)
in the sentence of the frame or the three before names the issuer: its subject, when that is a named
organisation, outlet, person or state; so does a statement issued by an agent ("a statement released
by the Karsk Customs said A. The note stated B" -> Karsk Customs for B; `released_by`, which also reads
the frame's own phrase: "according to a statement released by the fleet's press office" -> whom "the
fleet" points back to). Read by source_resolution.evidence.
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


def released_by(ctx: DocumentSources, head: Token) -> Source | None:
    """The issuer a statement noun's participle names by its agent ("a statement released by X"), resolved
    as a source phrase (a generic or unresolved agent names none), or None."""
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            toks = [t for t in agent.subtree if t.i != agent.i]
            found = ctx.resolve(toks, None) if toks and hasattr(ctx, "resolve") else []
            if found and not found[0].generic and found[0].label in ISSUER_LABELS:
                return found[0]
    return None


def statement_issuer(ctx: DocumentSources, head: Token) -> Source | None:
    """The named issuer of the statement `head` ("the statement") points back to, or None."""
    doc = head.doc
    for t in reversed(doc[_window_start(head) : head.i]):
        if t.lemma_.lower() in STATEMENT_NOUNS and t.dep_ != "dobj":
            found = released_by(ctx, t)
            if found is not None:
                return found
        if t.lemma_.lower() not in STATEMENT_NOUNS or t.dep_ != "dobj" or t.head.lemma_.lower() not in ISSUE_VERBS:
            continue
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        ent = ctx.ent_at[subj.i] if subj is not None else None
        if ent is None or ent.label_ not in ISSUER_LABELS:
            return None  # the nearest statement issued has no named issuer: leave it to the recent source
        return ctx.source_from_ent(ent, None)
    return None
