"""A list a source's sentence announces with a colon: its items are that source's.

A step of `attribution_scope.apply_scopes` (after the speaker passages). A sentence that ends
with a colon and has a chain ("Tanker data from Orvik Lines shows:", "The Karsk Navy listed the
seized cargo:") announces what follows; when the paragraphs right after it open with a list mark
(`attribution/list_bullets.txt`: "•", "-", ...), each of those items is the announced source's
account: its clauses with no chain of their own take the announcing sentence's chain (basis
`list_item`). The run of items ends at the first paragraph that does not open with a mark; an item
with a source of its own keeps it. A colon with no source before it ("The cargo included:") and
items after a sentence that does not end with a colon carry nothing: the outlet's own list.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source, carried
from osint_graph.nlp.syntax import tokens_of

LIST_BULLETS = words("attribution/list_bullets")


def _opens_item(doc: Doc, a: int, b: int) -> bool:
    """Does the sentence [a, b) open with a list mark, as its first token or just before it on its line?"""
    first = next((t for t in tokens_of(doc)[a:b] if not t.is_space), None)
    if first is None:
        return False
    line = doc.text[doc.text.rfind("\n", 0, first.idx) + 1 : first.idx].strip()
    return first.text in LIST_BULLETS or line in LIST_BULLETS


def _announces(doc: Doc, a: int, b: int, clauses: list[Clause]) -> list[Source] | None:
    """The chain of a sentence that ends with a colon and cites a named source, else None."""
    toks = [t for t in tokens_of(doc)[a:b] if not t.is_space]
    if not toks or toks[-1].text != ":":
        return None
    chain = next((cl.chain for cl in reversed(clauses) if cl.chain), None)
    return list(chain) if chain and not chain[-1].generic else None


def list_item_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """Give the items of a list a sourced sentence announces with a colon that sentence's chain."""
    announced: list[Source] | None = None  # the chain of the announcing sentence, while its list runs
    para = None  # the paragraph of the announcing sentence, then of the current item
    in_item = False
    for a, b, p, clauses in per_segment:
        if announced is not None and p == para and in_item:
            _carry(clauses, announced)  # a further sentence of the same item
            continue
        if announced is not None and p != para and _opens_item(doc, a, b):
            para, in_item = p, True
            _carry(clauses, announced)
            continue
        announced, para, in_item = _announces(doc, a, b, clauses), p, False


def _carry(clauses: list[Clause], chain: list[Source]) -> None:
    for cl in clauses:
        if not cl.chain and not (cl.speech or cl.act):
            cl.chain = carried(chain, "list_item")
