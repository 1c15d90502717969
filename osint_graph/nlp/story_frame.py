"""The story's opening frame: "..., Nordic Daily reported." closing the first sentence of the story.

No pipeline component of its own: `claims.py` reads the frame after the scope steps and hands it to
`repost.head_chains`, which makes the outlet the origin of a page that never names itself (a page that
reviews or reposts that outlet's story: tests/real/README.md "Datelines", "X reported" opening the piece).

Where the frame stands: the trailing frame of the story's first sentence. The page's headline is no
sentence of the story: when the first segment is the headline and names no source, the story's first
sentence is the next one ("9 dead as ferry sinks" over "Nine people died ..., Wirewatch reported.").

When it counts: not on a roundup. A page whose story cites another outlet first in a chain of its own
("..., Nordic Daily reported. | ... | Officials told Harbour Ledger that C"; "..., according to Nordic
Daily and Harbour Ledger" followed by "officials told Harbour Ledger") is the page's digest of several
outlets' reports, not one outlet's story carried on: the opening frame covers its own sentence (and what
the scope rules carry from it), and the page's other sentences are its own (dev gold: gy3, dv4, d118 give
the first outlet none of the sentences outside its passage). A relay inside the opening frame ("..., the
Karsk Post reported, Wirewatch reported") is that frame's chain, not another citation, and the page's
own outlet is no other outlet. A news agency of the registry so framed stays: its wire copy is carried
whole, its own citations of other outlets included ("..., Wirewatch reported. | ... | Nordic Daily
reported that C" on a page carrying Wirewatch's copy: `["Wirewatch", "Nordic Daily"]`, dev d208).
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.extensions import furniture_kind
from osint_graph.nlp.furniture import HEADLINE
from osint_graph.nlp.repost import is_agency
from osint_graph.nlp.source_context import DocumentSources, Source
from osint_graph.nlp.syntax import tokens_of


def opening_frame(doc: Doc, per_segment: list) -> list[Source] | None:
    """The trailing frame of the story's first sentence ("..., Nordic Daily reported."), or None."""
    for a, _b, _p, clauses in per_segment[:2]:
        trailing = next((cl.trailing for cl in clauses if cl.trailing), None)
        if trailing or furniture_kind(doc, tokens_of(doc)[a].idx) != HEADLINE:
            return trailing
    return None


def cites_other_outlet(ctx: DocumentSources, per_segment: list, first: list[Source]) -> bool:
    """Does a sentence of the story cite an outlet other than the opening frame's, first in its chain?"""
    head = first[0].key
    for _a, _b, _p, clauses in per_segment:
        for cl in clauses:
            src = cl.chain[0] if cl.chain else None
            if src is not None and src.label == "OUTLET" and src.key != head and not ctx.is_own_outlet(src):
                return True
    return False


def story_first_frame(ctx: DocumentSources, doc: Doc, per_segment: list) -> list[Source] | None:
    """The story's opening frame when it can make its outlet the page's origin: None on a roundup."""
    first = opening_frame(doc, per_segment)
    if first and not is_agency(ctx, first[0]) and cites_other_outlet(ctx, per_segment, first):
        return None
    return first
