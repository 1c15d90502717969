"""The reporter named in the next sentence (tests/gold/GUIDELINES.md ruling).

"The Tern Vale has reportedly been detained. | He was held on Monday, Nordic Daily reported."
The writer's "reportedly" / "is said to" in a sentence with no source of its own points at the
report the next sentence names: when that sentence (the next one, in the same or the next
paragraph) closes with a reporting verb of a named, non-generic source ("..., X reported"; not
"according to X", not a frame opening the sentence, not a quote), the cue sentence takes that
chain and the cue stops hedging it (`Clause.cue_resolved`). A generic next speaker ("Karsk media
say") leaves the hedge; the cue inside a named speaker's own sentence is not touched (the
sentence has a chain). Cue words are data: attribution/writer_report_cues.txt.

The same cue ends a source's passage: "Varga said A. | The Tern Vale is said to have been hit
twice." The writer passes on hearsay of his own there, not Varga's account, so a sentence with no
frame of its own that holds the cue (outside any quotation) keeps no carried chain
(`drop_carried_hearsay`, before the reporter of the next sentence is looked for).
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import carried
from osint_graph.nlp.syntax import tokens_of

CUES = words("attribution/writer_report_cues")


def is_writer_cue(tok: Token) -> bool:
    """'reportedly', or a passive 'said'/'reported' before 'to' ('is said to have lost power')."""
    if tok.lower_ not in CUES:
        return False
    if tok.pos_ == "ADV":
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.tag_ == "VBN"
    return passive and nxt is not None and nxt.lower_ == "to"


def _impersonal_report(tok: Token) -> bool:
    """'It is reported that C', 'it was said that C': the passive with an empty 'it' as subject."""
    if tok.lower_ not in CUES or tok.tag_ != "VBN":
        return False
    return any(c.lower_ == "it" and c.dep_ in ("nsubjpass", "expl", "nsubj") for c in tok.children)


def drop_carried_hearsay(doc, per_segment: list[Segment], framed: set[int]) -> None:
    """A sentence with the writer's hearsay cue and no frame of its own leaves the passage before it."""
    toks = tokens_of(doc)
    for a, b, _para, clauses in per_segment:
        if any(t.is_quote for t in toks[a:b]):
            continue  # "“It was reported that two crew were hurt,” ...": the cue is the speaker's
        for cl in clauses:
            if id(cl) in framed or not cl.chain:
                continue
            if any(is_writer_cue(t) or _impersonal_report(t) for t in toks[cl.start : cl.end]):
                cl.chain, cl.emptied = [], "hearsay_cut"


def _own_chain(first: Token, clauses, framed: set[int]) -> list:
    """The chain the sentence's closing reporting verb gives ("..., Nordic Daily reported"), named and
    not generic, else []. Not a phrase ("according to X" covers its own sentence only, GUIDELINES),
    not a frame opening the sentence nor a quote's (those start a statement of their own)."""
    if first.is_quote:
        return []
    for cl in clauses:
        if id(cl) not in framed or not cl.chain or not cl.trailing or any(s.generic for s in cl.chain):
            continue
        if cl.leading or " " in (cl.trailing_verb or " "):
            continue
        return cl.chain
    return []


def apply_next_reporter(doc, per_segment: list[Segment], framed: set[int]) -> None:
    """Give each unsourced cue sentence the chain the next sentence's own frame names."""
    toks = tokens_of(doc)
    for (_a, _b, para, clauses), (a2, _b2, para2, nxt) in zip(per_segment, per_segment[1:], strict=False):
        if not clauses or para2 - para > 1 or any(id(cl) in framed or cl.chain for cl in clauses):
            continue
        chain = _own_chain(toks[a2], nxt, framed)
        if not chain:
            continue
        for cl in clauses:
            if any(is_writer_cue(t) for t in toks[cl.start : cl.end]):
                cl.chain = carried(chain, "next_reporter")
                cl.cue_resolved = True
