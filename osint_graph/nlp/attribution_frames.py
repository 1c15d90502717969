"""Attribution frames: who the article says said a thing, and through whom, read off each sentence.

No pipeline component of its own: the attribution step of `osint_claims` (`claims.py`).
`SentenceAttributor.analyse` reads one sentence (token range) of the Doc -- its parse, tags,
quotes and commas, the entity index of the `AttributionContext` -- and returns its `Clause`s, each
with an attribution chain; it writes nothing on the Doc except that a dateline ("SEOUL (AP) --")
names the article's outlet (`ctx.outlet`) when the metadata does not. The verbs are data
(`attribution_verbs.py`); which source a noun phrase names is `source_resolution.py`; links that
do not narrow the span are `attribution_links.py`; what a frame covers beyond its sentence is
`attribution_scope.py`.

A chain is ordered from the source the article cites directly to the origin: "Shin told local
media, Reuters reported" gives [Reuters, Shin]. An empty chain means the article asserts the
thing itself; the article's own outlet (`doc._.outlet`) never appears in a chain. Parallel
sources ("Seoul and Washington have accused") are not a chain: the first named is the link.

Frames peeled off (the claim's span narrows to the proposition):

- trailing frames after a comma or a closing quote, stacked from the outside in: "C, X said",
  "C, X told local media on Monday, Reuters reported" -> [Reuters, X]; inverted "C, writes X" /
  "C, reports the portal X"; "C, according to X"; "C, X said, citing Y" -> [X, Y] ("X said C, citing Y"
  too: a cited source with no closing frame goes after the opening frame's speaker; also with no comma,
  "C, X reported citing Y"); appositive
  subjects "C, X, the minister, said"; "..., without specifying ..." is frame residue; "C, based
  on what X said" makes X the origin;
- leading frames: "According to X, C"; "As reported by X, C"; "As X noted, C"; "Citing Y, X
  reported that C" -> [X, Y]; "X said (that) C" / "X said: C" read from the dependency parse (a
  reporting verb whose clausal complement follows it), nested ("X reported that, according to
  Y, C" -> [X, Y]); "X quoted Y as saying C" -> [X, Y]; "X reported, citing Y, that C" -> [X, Y];
  embedded ones once the clause is split off: "..., with X saying C", "..., NYK Line, which said C";
- "X told Reuters (that) C": an outlet as the audience of "tell" is the relay, [Reuters, X];
  other audiences ("local media", "reporters") are not sources;
- an inanimate subject of an evidence verb ("X said the seizure showed C") is no speaker;
- parenthetical frames cover both sides ("A, he said, but B"); a relative clause on the cited
  source is residue (", citing an official, who spoke on condition of anonymity"), and so is an
  adjunct after a frame (", Reuters reported, following reports that ..." -- the article's own);
- a past-tense trailing frame ("..., X reported.") is marked ":past" in `Clause.trailing_verb`:
  the news-wire frame of its own sentence, not a press review covering the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from osint_graph.nlp import modality
from osint_graph.nlp.attribution_leading import LeadingFrames
from osint_graph.nlp.attribution_trailing import TrailingFrames
from osint_graph.nlp.attribution_verbs import (
    HEDGING_FRAMES,
    is_report_verb,
)
from osint_graph.nlp.claim_segments import has_subject, is_joiner, split_clauses
from osint_graph.nlp.extensions import doc_text, furniture_kind
from osint_graph.nlp.headline_source import headline_source
from osint_graph.nlp.hedge_scope import advice, doubted_subject
from osint_graph.nlp.source_context import Source
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import (
    content_end,
    has_finite_verb,
    is_negated,
    is_quote,
    norm_name,
    subtree,
    tokens_of,
)

# "WASHINGTON, Sept 6 (Reuters) - ", "SEOUL (AP) — ", "MOSCOW — ", and the colon of South Asian
# papers: "WASHINGTON (Agencies): ", "NEW DELHI: "
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z0-9][A-Za-z0-9.]*){0,2})?"
    r"\s*(?:\(([^()]{2,40})\))?\s*(?:[-–—]+|:)\s+"
)


# --------------------------------------------------------------------------- clauses


@dataclass(slots=True)
class Clause:
    """A span of content tokens with its attribution chain, before it becomes a Claim."""

    start: int  # token index
    end: int  # token index (exclusive)
    chain: list[Source] = field(default_factory=list)
    main: Token | None = None
    trailing: list[Source] = field(default_factory=list)  # links peeled off the end of the sentence
    trailing_verb: str | None = None
    leading: bool = False  # the clause had a frame of its own at its start
    hedged_frame: bool = False  # "X believes that C", "images suggest that C"
    extra: bool = False  # a description carved out of a clause ("containers in which, according to X, ...")
    speech: bool = False  # the chain ends in the clause's own subject ("Moscow has accused ...")
    silent: bool = False  # a named subject withholds its statement ("X declined to comment"): no source
    act: bool = False  # a speech verb with no proposition ("the navy confirmed the seizure"): no source, and
    # no passage carried into it either (its subject speaks for itself, as when it was a speech act)
    cue_resolved: bool = False  # its 'reportedly' points at the report the next sentence names
    emptied: str = ""  # the step that took a carried chain away (the claim's `basis`: "background", "hearsay_cut")


# --------------------------------------------------------------------------- sentences


class SentenceAttributor(TrailingFrames, LeadingFrames):
    """Peels attribution frames off one sentence, yields attributed clauses.

    Trailing frames: `attribution_trailing.py`; leading frames: `attribution_leading.py`.
    """

    def __init__(self, ctx: AttributionContext):
        self.ctx = ctx
        self.doc = ctx.doc

    # ------------------------------------------------------------ the sentence

    def _skip_dateline(self, a: int, e: int) -> int:
        """'WASHINGTON, Sept 6 (Reuters) - ...': the dateline is no part of the claim; its agency is the outlet."""
        doc = self.doc
        start = tokens_of(doc)[a].idx if a < e else 0
        if a >= e or (a > self.ctx.first_word and furniture_kind(doc, start) != "dateline"):
            return a  # only the article's first line carries a dateline, or a line the furniture step read as one
        m = DATELINE.match(doc_text(doc), start, tokens_of(doc)[e - 1].idx + len(tokens_of(doc)[e - 1]))
        if m is None:
            return a
        if m.group(1) and not self.ctx.outlet:
            self.ctx.outlet = norm_name(m.group(1))
        end = m.end()
        while a < e and tokens_of(doc)[a].idx < end:
            a += 1
        self.ctx.dateline_end = a
        return a

    def analyse(self, a: int, b: int) -> list[Clause]:
        """Attributed clauses of the sentence [a, b) (token indices)."""
        doc = self.doc
        e = content_end(doc, a, b)
        a = self._skip_dateline(a, e)
        while a < e and (tokens_of(doc)[a].is_space or is_quote(tokens_of(doc)[a]) or tokens_of(doc)[a].is_punct):
            a += 1
        if a >= e:
            return []
        headline = headline_source(self.ctx, a, e)
        if headline is not None:
            srcs, a, e = headline
            self.ctx.remember(srcs)
            out_h: list[Clause] = []
            self._content(a, e, srcs, out_h, depth=0, leading=True)
            return out_h
        new_e, trailing, tverb, hedging = self.peel_trailing(a, e)
        self.ctx.remember(trailing)
        out: list[Clause] = []
        middle = self._middle_frame(a, new_e)
        if middle is not None:
            # "A, he said, but B": the parenthetical frame covers both sides
            srcs, fs, ft = middle
            self.ctx.remember(srcs)
            left = tokens_of(doc)[a:fs]
            if has_finite_verb(left):
                self._content(a, fs, list(trailing) + srcs, out, depth=0, hedging=hedging)
                self._content(ft, new_e, list(trailing) + srcs, out, depth=0, hedging=hedging)
            else:  # "Converted into ammunition, he said, 5,000 containers would hold ...": one clause
                self._content(a, new_e, list(trailing) + srcs, out, depth=0, hedging=hedging)
        elif self.cited_only:
            # "X said C, citing Y": Y goes after the speaker of the frame that opens the sentence, [X, Y]
            self._content(a, new_e, [], out, depth=0, hedging=hedging, cited_after=list(trailing))
        else:
            self._content(a, new_e, list(trailing), out, depth=0, hedging=hedging)
        for cl in out:
            cl.trailing = list(trailing)
            cl.trailing_verb = tverb
        for rs, re_, relative, speaks in self.residue:
            # "..., who said C": the source speaks again; "..., following reports that C": the article's own
            extra: list[Clause] = []
            self._content(rs, re_, list(trailing) if relative else [], extra, depth=1)
            for cl in extra:
                cl.extra = not speaks  # "..., adding that C": a statement of the source's own, no description
            out += extra
        return out

    def _content(self, a: int, e: int, chain: list[Source], out: list[Clause], depth: int,
                 hedging: bool = False, leading: bool = False,
                 cited_after: list[Source] | None = None) -> None:  # fmt: skip
        doc = self.doc
        a0 = a
        a, lead, cited = self.peel_leading_chunk(a, e)
        cited = cited + (cited_after or [])  # "X said C, citing Y", peeled off the end
        if a != a0:
            self.ctx.remember(lead + cited)
            chain = chain + lead
            leading = True
            hedging = hedging or modality.doubted_source(tokens_of(doc)[a0:a])  # "according to unconfirmed reports"
        while a < e and (tokens_of(doc)[a].is_space or tokens_of(doc)[a].is_punct or is_joiner(tokens_of(doc)[a])):
            a += 1
        while e > a and (tokens_of(doc)[e - 1].is_space or tokens_of(doc)[e - 1].is_punct):
            e -= 1
        if a >= e:
            return
        if depth < 6:
            frame = self.leading_verb_frame(a, e)
            if frame is not None:
                srcs, cs, ce, v = frame
                srcs = srcs + cited
                cited = []
                self.ctx.remember(srcs)
                # "unconfirmed reports say C"; not advice ("I suggest you refer to ...")
                doubted = (v.lemma_ in HEDGING_FRAMES and not advice(v)) or doubted_subject(v)
                self._content(cs, ce, chain + srcs, out, depth + 1, hedging or doubted, True)
                if ce < e:
                    # the rest after the reported clause: "..., but said C2" reports again (same speaker);
                    # ", and the conclusion is ..." does not, nor "but did not say who fired": a silent
                    # clause of its own, negated, with the chain in force without the speaker (GUIDELINES)
                    again = next((c for c in v.children if c.dep_ == "conj" and ce <= c.i < e and is_report_verb(c)
                                  and not has_subject(c) and not is_negated(c)), None)  # fmt: skip
                    comps = [c for c in again.children if c.dep_ in ("ccomp", "xcomp")] if again is not None else []
                    if comps:
                        sub = [t for c in comps for t in subtree(c)]
                        c2s, c2e = min(t.i for t in sub), min(max(t.i for t in sub) + 1, e)
                        self._content(c2s, c2e, chain + [x.with_verb(again.lemma_) for x in srcs], out, depth + 1,
                                      hedging or again.lemma_ in HEDGING_FRAMES, True)  # fmt: skip
                        if c2e < e:
                            self._content(c2e, e, chain, out, depth + 1, hedging)
                    else:
                        self._content(ce, e, chain, out, depth + 1, hedging)
                return
        chain = chain + cited  # "Citing Y, C": Y is the source
        if depth < 6:
            pieces = split_clauses(doc, a, e)
            if len(pieces) > 1:
                for s, f, _main in pieces:
                    self._content(s, f, chain, out, depth + 1, hedging, leading)
                return
        pieces = split_clauses(doc, a, e) or [(a, e, tokens_of(doc)[a])]
        for s, f, main in pieces:
            out.append(Clause(s, f, list(chain), main, leading=leading, hedged_frame=hedging))
