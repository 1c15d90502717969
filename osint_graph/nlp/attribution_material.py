"""A leading phrase that brings in a statement or material its issuer released (twentieth round, source20).

"In a press statement posted on Brightwater Shipping's website, 23 crew members were evacuated";
"In grainy footage released by the Karsk Navy, a helicopter could be seen firing at the Morrow Gull";
"In a statement issued by Orvik Lines on Monday, C". What such a statement or material holds is its
issuer's claim (tests/gold/GUIDELINES.md, "Material a source published"), so the phrase frames the
sentence as "according to X" does: X is the agent of an issuing participle on the phrase's noun
(`attribution/document_author_verbs.txt`: released, posted, issued, shared, ...) or the owner named on
the page it was posted on (`attribution/issuer_pages.txt`: "posted on X's website"; a platform names no
issuer). Material someone else obtained or reviewed ("In a video obtained by Nordic Daily") names no
issuer, and a sentence whose own speaker follows ("In a statement issued by X, the company said C") is
left to that speaker's frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from osint_graph.nlp.attribution_verbs import PUBLISHED_MATERIAL, STATEMENT_NOUNS
from osint_graph.nlp.document_author import AUTHOR_LABELS, AUTHOR_VERBS, DOCUMENT_NOUNS
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import subtree

ISSUER_PAGES = words("attribution/issuer_pages")
MATERIAL = STATEMENT_NOUNS | PUBLISHED_MATERIAL | DOCUMENT_NOUNS


def material_issuer(ctx: AttributionContext, toks: Sequence[Token]) -> Source | None:
    """The issuer of the statement or material a leading "In ..." phrase brings in, or None."""
    if not toks or toks[0].lower_ != "in":
        return None
    nouns = [c for c in toks[0].children if c.dep_ == "pobj" and c.lemma_.lower() in MATERIAL]
    if not nouns:
        return None
    last = toks[-1].i
    for part in (c for c in nouns[0].children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i <= last):
        if part.lemma_.lower() not in AUTHOR_VERBS:
            continue
        for c in part.children:
            if c.dep_ == "agent":  # "released by X"
                found = [s for s in ctx.resolve([t for t in subtree(c) if t.i != c.i], part.lemma_) if not s.generic]
                if found and found[0].link.entity:
                    return found[0]
            if c.dep_ == "prep" and c.lower_ == "on":  # "posted on X's website"
                owner = _page_owner(ctx, c)
                if owner is not None:
                    return owner.with_verb(part.lemma_)
    return None


def _page_owner(ctx: AttributionContext, prep: Token) -> Source | None:
    for page in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ISSUER_PAGES):
        for t in (t for c in page.lefts if c.dep_ in ("compound", "poss", "nmod") for t in c.subtree):
            ent = ctx.ent_at[t.i]
            if ent is not None and ent.label_ in AUTHOR_LABELS:
                return ctx.source_from_ent(ent, None)
    return None
