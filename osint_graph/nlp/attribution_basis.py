"""The attribution basis of a claim: which decision of the extractor gave it its chain.

No pipeline component of its own: `claims.py` calls `basis` on each clause it makes a claim of
and stores the answer on the claim (`Claim.basis`, `Claim.source_rule`; the extraction JSON's
`attribution_basis` and `source_rule`). The answer is not guessed from the chain after the fact:
it reads what the deciding steps recorded when they decided -- the rung of `source_resolution`
that resolved a source (`Source.rung`), the step that carried a source in from another sentence
or a credit line (`Source.via`, set by `source_context.carried` and `repost.head_chains`), and the
step that took a carried chain away (`Clause.emptied`) -- and the verb the frame recorded on the
link ("according to", "cite").

The vocabulary (closed: `BASES`). The claim's origin (the last link of its kept chain) came from:

- the clause's own sentence: `frame_verb` (a reporting verb frame, "X said C", "C, X reported"),
  `according_to` ("according to X", "as per X"), `citing` ("citing X"), `speech_act` (the
  clause's own subject speaks: "Moscow accused X of C", a denial), `resolved_subject` (the frame's
  speaker is a pronoun or a description resolved to a source named before: "he said", "the
  ministry said", "authorities said" -> the story's state; the `RESOLVED_RUNGS` of the ladder),
  `document_author` ("the report found" -> the author the article named with the document);
- another sentence (the scope steps of `attribution_scope.py`, `attribution_bracket.py`,
  `attribution_next_reporter.py`, `attribution_carry.py`): `quotation` (a quotation over several
  sentences), `resumed_quotation`, `paragraph_review` (a press-review frame closing the
  paragraph), `passage` (an outlet's press-review passage), `speaker_passage` (a speaker's account
  going on), `continuation` ("They ..."), `back_reference` ("That's according to X", a sentence cut
  off), `same_report`, `relay` (the outlet an earlier chain named heads it), `bracket`,
  `sole_account`, `next_reporter` (a 'reportedly' the next sentence names), `carry_model`,
  `list_item` (the items of a list a sourced sentence announces with a colon), `relayed_report` (a
  ship's or its master's report passed on by the body that received it: `attribution_ship_report.py`);
- the page: `credit_line` (a repost head or credit line heads a chain that was empty),
  `story_frame` (the story's first frame, "..., Nordic Daily reported", heads it);
- no origin (empty kept chain): `none` (no frame, nothing carried), `background` (a carried chain
  dropped from a background clause), `hearsay_cut` (a carried chain dropped at the writer's
  'reportedly'), `own_outlet` (the only source was the page's own outlet), `account_closed` (a step
  of a retold story outside its source's account, before its second frame or after its last:
  `attribution_bracket.sole_account`), `generic_dropped` (only unnamed sources: "analysts said"),
  `dropped` (another source `keep` leaves out: a ship).

`source_rule` is the ladder rung (`source_resolution.LADDER`) that resolved the origin's phrase,
None when no rung did (a credit line, a dateline, an empty chain).
"""

from __future__ import annotations

from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.source_context import DocumentSources, Source

_BASES = table("attribution/attribution_bases")


def _group(name: str) -> tuple[str, ...]:
    return tuple(row["basis"] for row in _BASES if row["group"] == name)


OWN_SENTENCE = _group("own_sentence")
CARRIED = _group("carried")
PAGE = _group("page")
EMPTY = _group("empty")
BASES = OWN_SENTENCE + CARRIED + PAGE + EMPTY
# the ladder rungs that resolve a pronoun or a description to a source named elsewhere
RESOLVED_RUNGS = words("attribution/resolved_rungs")
PHRASE_VERBS = {"according to": "according_to", "cite": "citing"}


def _origin(ctx: DocumentSources, chain: list[Source]) -> Source | None:
    """The source of the chain that the claim's kept chain ends with."""
    kept = ctx.keep(chain)
    if not kept:
        return None
    return next((src for src in reversed(chain) if src.link is kept[-1]), None)


def basis(ctx: DocumentSources, cl: Clause) -> tuple[str, str | None]:
    """(the attribution basis, the origin's ladder rung or None) of a clause (see the docstring)."""
    origin = _origin(ctx, cl.chain)
    if origin is None:
        if cl.emptied:
            return cl.emptied, None
        if not cl.chain:
            return "none", None
        if any(ctx.is_own_outlet(src) for src in cl.chain):
            return "own_outlet", None
        return ("generic_dropped" if any(src.generic for src in cl.chain) else "dropped"), None
    rung = origin.rung or None
    if origin.via:
        return origin.via, rung
    if cl.speech and origin is cl.chain[-1]:
        return "speech_act", rung
    if origin.rung == "issued_document":
        return "document_author", rung
    if origin.rung in RESOLVED_RUNGS:
        return "resolved_subject", rung
    return PHRASE_VERBS.get(origin.link.verb or "", "frame_verb"), rung
