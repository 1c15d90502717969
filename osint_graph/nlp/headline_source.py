"""A headline that names its source at one end: "Karsk Navy: tanker seized", "Tanker seized — KCG".

No pipeline component of its own: a step of `osint_claims`, called by `attribution_frames.py`
on each sentence before its frames are peeled. It reads the page's first line, the entity
spans the pipeline set on its tokens and the parse (determiners), and writes nothing on the
Doc: it gives the headline's clause its source and the tokens of the claim.

News headlines name their source in a fixed place instead of with a reporting verb: before a
colon ("US Navy: Iran seizes tanker", "Pentagon: drone fired from Iran") or after a last dash
("Ship rams cutter off the shoal — PCG") or after a last colon ("Destroyer downs missiles: Pentagon").
Only when those words are one named speaker and
nothing else: "Morrow Gull: crew rescued" names a vessel, no source.
"""

from __future__ import annotations

from osint_graph.nlp.rules import POSSESSIVE_MARKS
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import tokens_of

HEADLINE_DASHES = ("—", "–", "-")
SPEAKER_LABELS = ("ORG", "OUTLET", "PERSON", "GPE", "COUNTRY", "NORP")
_CREDIT_MARKS = (*HEADLINE_DASHES, ":")
MAX_NAME = 6  # tokens: a source's name, not a clause


def headline_source(ctx: AttributionContext, a: int, e: int) -> tuple[list[Source], int, int] | None:
    """(source, claim start, claim end) when the sentence [a, e) is a headline naming its source."""
    doc = ctx.doc
    tk = tokens_of(doc)
    if ctx.first_line_end < tk[e - 1].idx:
        return None  # only the page's first line
    colon = next((k for k in range(a + 1, min(a + MAX_NAME + 1, e - 2)) if tk[k].text == ":"), None)
    if colon is not None:
        srcs = _named_speaker(ctx, a, colon)
        return (srcs, colon + 1, e) if srcs else None
    end = e
    while end > a and tk[end - 1].is_punct and tk[end - 1].text not in HEADLINE_DASHES:
        end -= 1
    # the credit after a last dash or colon, a few tokens from the end
    mark = next((k for k in range(end - 2, max(a + 2, end - MAX_NAME - 1), -1) if tk[k].text in _CREDIT_MARKS), None)
    if mark is not None:
        srcs = _named_speaker(ctx, mark + 1, end)
        return (srcs, a, mark) if srcs else None
    return None


def _named_speaker(ctx: AttributionContext, s: int, t: int) -> list[Source]:
    """The source named by exactly the tokens [s, t) (a determiner aside), if they name one: one name,
    or a name its state or owner holds ("Karsk's KCG": KCG, as the ladder reads a possessor)."""
    toks = [x for x in tokens_of(ctx.doc)[s:t] if x.dep_ != "det" and not x.is_space]
    marks = [k for k, x in enumerate(toks) if x.text in POSSESSIVE_MARKS]
    held = toks[marks[0] + 1 :] if len(marks) == 1 and 0 < marks[0] < len(toks) - 1 else toks
    if held is not toks and not all(x.pos_ == "PROPN" or x.ent_type_ in SPEAKER_LABELS for x in toks[: marks[0]]):
        return []  # the possessor is a name too ("Karsk's", not "the port's")
    if not _one_name(held):
        return []
    return [x for x in ctx.resolve(toks, "say") if not x.generic][:1]


def _one_name(toks: list) -> bool:
    """Are the tokens one speaker's name and nothing else ("Karsk Navy", not "Karsk Navy Orvik Lines")?"""
    if not toks or any(x.ent_iob_ == "O" or x.ent_type_ not in SPEAKER_LABELS for x in toks):
        return False
    return len({x.ent_type_ for x in toks}) == 1 and not any(x.ent_iob_ == "B" for x in toks[1:])
