"""A source's account between two of its frames: 'X said A. B. C, X said.' makes B X's too.

A step of `attribution_scope.apply_scopes`, after the speaker passages. When a sentence with a
reporting frame of a source already cited before (origin X, at least `MIN_FRAMES` frames so far:
the article is retelling X's account) is followed, within `BRACKET_PARAGRAPHS` paragraphs, by
the next sentence that has a source at all, and that is a reporting frame of X again, the
sentences between them have no source of their own: the second frame closes one account. Each
of them takes the chain of the opening frame when it narrates in a past tense
(`attribution/bracket_tenses.txt`; not a progressive that sets the scene, not a modal) and does
not name X itself (X's own acts told by the outlet: "BFAR vessels completed their mission").
Present-tense and future background stays the outlet's own.

Decided once per article (`sole_account`): when every sourced sentence of the page cites one
source, framed at least `MIN_FRAMES` times (a page retelling a press release), each sentence after
its second frame (one frame alone opens no account, as for a bracket) and before its last that has
no source and narrates in a past tense, not negated, is that account too; a page citing two sources
gets no such carry. Before the second frame and after the last the page narrates in its own voice
(the wreck's history, the rescue, what officials at the port did: dev gold `[]` for 27 of 46 such
sentences, twenty-sixth round, extra26): such a sentence is still a claim of the story, with no
source (basis `account_closed`). A frame of an unnamed speaker ("police said in a statement") ends
the account until the source's next frame.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.modality import negated
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source, carried

# (first token, end token, paragraph, clauses) of one sentence; attribution_scope and claims use it too
Segment = tuple[int, int, int, list[Clause]]

BRACKET_PARAGRAPHS = 2  # the closing frame is at most this many paragraphs after the opening one
MIN_FRAMES = 2  # the opening frame is at least the source's second: one frame alone opens no account
NARRATIVE_TAGS = {w.upper() for w in words("attribution/bracket_tenses")}
BODY_SPEAKERS = words("attribution/body_speakers")  # "an official said": the body's speaker, no other source


def _origin(clauses: list[Clause]) -> tuple[str, list] | None:
    """(origin key, chain) of the sentence's reporting frame ('X said', 'according to X'), if any."""
    for cl in clauses:
        if cl.chain and (cl.leading or cl.trailing) and not (cl.speech or cl.extra or cl.chain[-1].generic):
            return cl.chain[-1].key, cl.chain
    return None


def _narrates(main: Token | None) -> bool:
    """Is the clause's main verb (or its auxiliary: 'was towed', 'had cut') in a past tense?"""
    if main is None or main.tag_ == "VBG":
        return False  # "was sailing": a progressive sets the scene, it is no step of the account
    verbs = [main] + [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    if any(v.tag_ == "MD" for v in verbs):
        return False  # "would", "will", "can": not the account of what happened
    return any(v.tag_ in NARRATIVE_TAGS for v in verbs)


def _names(doc: Doc, a: int, b: int, source: Source) -> bool:
    """Does the sentence [a, b) name the source itself ('BFAR vessels completed their mission')?

    By the last word of its name, by its initials, or by any mention of its entity ("detained by
    Taiwan's coast guard" for the Coast Guard Administration): the source's own acts told by the outlet.
    """
    parts = (source.link.name or "").split()
    initials = "".join(w[0] for w in parts if w[:1].isupper())
    head = parts[-1].lower() if parts else ""
    if any(t.lower_ == head or (len(initials) > 1 and t.text == initials) for t in doc[a:b]):
        return True
    entity = source.link.entity
    return bool(entity) and any(a <= e.start and e.end <= b and span_ext(e, "entity_id") == entity for e in doc.ents)


def _sole_source(per_segment: list[Segment]) -> str | None:
    """The origin of every sourced sentence of the article, when there is one: the page retells one account."""
    chains = [cl.chain for _a, _b, _p, clauses in per_segment for cl in clauses if cl.chain]
    keys = {chain[-1].key for chain in chains if not chain[-1].generic}
    return next(iter(keys)) if len(keys) == 1 else None


def _unnamed_frame(clauses: list[Clause]) -> bool:
    """Does the sentence have a reporting frame of an unnamed speaker ("police said", "witnesses said")?
    Not a bare official ("an official said": `attribution/body_speakers.txt`), who speaks for the body
    whose account the page retells."""
    return any(
        cl.chain and (cl.leading or cl.trailing) and cl.chain[-1].generic
        and not (cl.chain[-1].head_lemma in BODY_SPEAKERS and not cl.chain[-1].plural)
        for cl in clauses
    )  # fmt: skip


def sole_account(doc: Doc, per_segment: list[Segment]) -> None:
    """A page retelling one source's account (every sourced sentence cites it, framed MIN_FRAMES times or
    more): each sentence with no source between its second and last frames that narrates in a past tense is
    that account too; one before the second or after the last is a claim in the outlet's own voice
    (`account_closed`)."""
    sole = _sole_source(per_segment)
    frames = [k for k, seg in enumerate(per_segment) if (o := _origin(seg[3])) is not None and o[0] == sole]
    if sole is None or len(frames) < MIN_FRAMES:
        return
    chain = None
    for k in range(frames[0], len(per_segment)):
        a, b, _p, clauses = per_segment[k]
        opened = _origin(clauses)
        if opened is not None:
            chain = opened[1]
            continue
        if _unnamed_frame(clauses):
            chain = None  # "police said ...": another speaker's frame ends the account until its next frame
            continue
        if chain is None or any(cl.chain for cl in clauses) or _names(doc, a, b, chain[-1]):
            continue
        for cl in clauses:  # a negated predicate is the outlet's ("Statements gave no details")
            if not (cl.speech or cl.act) and _narrates(cl.main) and not negated(cl.main):
                if k > frames[-1] or k < frames[MIN_FRAMES - 1]:
                    cl.emptied = "account_closed"  # a step of the story outside the account: the outlet's own
                else:
                    cl.chain = carried(chain, "sole_account")


def bracket_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """Fill the sentences between two frames of the same source with the first frame's chain."""
    sole_account(doc, per_segment)
    seen: dict[str, int] = {}  # origin key -> the source's frames so far
    k = 0
    while k < len(per_segment):
        opened = _origin(per_segment[k][3])
        if opened is None:
            k += 1
            continue
        seen[opened[0]] = seen.get(opened[0], 0) + 1
        m = next((j for j in range(k + 1, len(per_segment)) if any(cl.chain for cl in per_segment[j][3])), None)
        if m is None:
            return
        closed = _origin(per_segment[m][3])
        near = per_segment[m][2] - per_segment[k][2] <= BRACKET_PARAGRAPHS
        if closed and closed[0] == opened[0] and seen[opened[0]] >= MIN_FRAMES and near:
            for a, b, _p, clauses in per_segment[k + 1 : m]:
                if _names(doc, a, b, opened[1][-1]):
                    continue
                for cl in clauses:
                    if not cl.chain and not (cl.speech or cl.act) and _narrates(cl.main):
                        cl.chain = carried(opened[1], "bracket")
        k = m
