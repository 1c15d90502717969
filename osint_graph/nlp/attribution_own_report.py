"""An "as" clause that reports something of its own: "C, as X alleged that C2".

No pipeline component of its own: helpers of the frame peeling (`attribution_trailing.py`,
`attribution_leading.py`). "C, as X said" closes a frame over C; "C, as X alleged that C2" does
not: X's words are C2, and C keeps the chain it had without X.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp.attribution_verbs import is_report_verb
from osint_graph.nlp.rules import words
from osint_graph.nlp.syntax import tokens_of

COMPLEMENTISERS = words("attribution/complementisers")


def reports_its_own(v: Token, t: int) -> bool:
    """A reporting verb followed, before token t, by a complementiser or a clausal complement."""
    after = [x for x in v.doc[v.i + 1 : t] if not x.is_space]
    if after and after[0].lower_ in COMPLEMENTISERS:
        return True
    return any(c.dep_ == "ccomp" and v.i < c.i < t for c in v.children)


def own_report_start(doc: Doc, cs: int, ce: int) -> int:
    """Where an "as X alleged that C2" clause starts inside [cs, ce) (the content ends there), else ce."""
    for x in tokens_of(doc)[cs:ce]:  # `doc[cs:ce]` and `x.head` build a Token object per step
        if x.lower_ != "as" or x.dep_ != "mark" or x.i <= cs:
            continue
        v = x.head
        if v.dep_ == "advcl" and v.i < ce:
            if is_report_verb(v) and reports_its_own(v, ce):
                return x.i
    return ce
