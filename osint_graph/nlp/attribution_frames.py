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
  "C, reports the portal X"; "C, according to X"; "C, X said, citing Y" -> [X, Y]; appositive
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
from osint_graph.nlp.attribution_relay import drop_as_saying, quoted_source, relay_outlet
from osint_graph.nlp.attribution_verbs import (
    AUDIENCE_VERBS,
    CITING_WORDS,
    EVIDENCE_FRAMES,
    HEDGING_FRAMES,
    QUOTING_VERBS,
    RELAY_VERBS,
    REPORT_FORMS,
    REPORT_VERBS,
    base_form,
    frame_phrase,
    is_report_verb,
)
from osint_graph.nlp.claim_segments import has_subject, is_joiner, split_clauses
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.headline_source import headline_source
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import EVIDENCE_NOUNS, Source, can_speak, inanimate
from osint_graph.nlp.source_resolution import NEGATIVE_PRONOUNS, AttributionContext
from osint_graph.nlp.syntax import (
    FINITE_TAGS,
    RELATIVE_PRONOUNS,
    SUBJECTS,
    by_objects,
    chunks,
    colon_after,
    content_end,
    has_finite_verb,
    is_negated,
    is_quote,
    is_separator,
    norm_name,
    np_head,
    subtree,
    tokens_of,
)

POST_STOP = words("attribution/source_phrase_stops")
# "WASHINGTON, Sept 6 (Reuters) - ", "SEOUL (AP) — ", "MOSCOW — ", and the colon of South Asian
# papers: "WASHINGTON (Agencies): ", "NEW DELHI: "
DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z0-9][A-Za-z0-9.]*){0,2})?"
    r"\s*(?:\(([^()]{2,40})\))?\s*(?:[-–—]+|:)\s+"
)
WH_WORDS = words("attribution/question_words")
ADJUNCT_STARTS = words("attribution/adjunct_starts")


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


# --------------------------------------------------------------------------- sentences


class SentenceAttributor:
    """Peels attribution frames off one sentence, yields attributed clauses."""

    def __init__(self, ctx: AttributionContext):
        self.ctx = ctx
        self.doc = ctx.doc

    # ------------------------------------------------------------ trailing frames

    def _frame_chunk(self, s: int, t: int, left: list[tuple[int, int]]) -> tuple[list[Source], int] | None:
        """If tokens [s, t) are a trailing frame: its sources (outer first) and its first token."""
        doc = self.doc
        toks = tokens_of(doc)[s:t]
        first = toks[0].lower_
        n, phrase_verb = frame_phrase(toks, "source")  # "..., according to X"
        if n and len(toks) > n:
            srcs = self.ctx.resolve(toks[n:], phrase_verb)
            return (srcs, s) if srcs else ([], s)
        # "..., based on what X said" / "judging by what X reported" / "from what X told reporters"
        n, _ = frame_phrase(toks, "origin")
        if n and len(toks) > n:
            verbs = [x for x in toks[n:] if is_report_verb(x)]
            if verbs and not is_negated(verbs[0]):
                srcs = self.ctx.resolve(tokens_of(doc)[toks[n - 1].i + 1 : verbs[0].i], verbs[0].lemma_)
                if srcs:
                    return srcs, s
        if first == "as" and len(toks) > 2:
            verbs = [x for x in toks[1:] if is_report_verb(x)]
            if verbs:
                v = verbs[0]
                if v.i + 1 < t and tokens_of(doc)[v.i + 1].lower_ == "by":
                    srcs = self.ctx.resolve(tokens_of(doc)[v.i + 2 : t], v.lemma_)
                else:
                    srcs = self.ctx.resolve(tokens_of(doc)[s + 1 : v.i], v.lemma_)
                return (srcs, s) if srcs else None
        verbs = [x for x in toks if (is_report_verb(x) or x.lower_ in REPORT_FORMS) and x.dep_ != "amod"]
        if not verbs:
            return None
        # finite, or a participle the tagger mistook ("Yonhap news agency reported" tagged VBN, with a subject)
        finite = [
            x
            for x in verbs
            if is_report_verb(x)
            and (x.tag_ in FINITE_TAGS or (x.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in x.children)))
        ]
        forms = [x for x in verbs if x.lower_ in REPORT_FORMS and x.i == t - 1]
        if not finite and not forms:
            return None  # "..., ships suspected of ...": a participle, not a frame
        v = finite[0] if finite else forms[0]
        if is_negated(v):
            return None
        pre = [
            x
            for x in toks
            if x.i < v.i
            and x.pos_ not in ("ADV",)
            and x.lower_ not in ("also", "and")
            and not (x.head.i == v.i and x.dep_ in ("aux", "auxpass", "neg"))
        ]  # "X has found"
        post = [x for x in toks if x.i > v.i]
        if has_finite_verb(pre) or has_finite_verb(post):
            return None
        if any(x.dep_ == "mark" or x.lower_ == "that" for x in post[:1]):
            return None
        verb = v.lemma_ if is_report_verb(v) else base_form(v.lower_)
        srcs: list[Source] = []
        start = s
        evidence = False
        if pre:
            srcs = self.ctx.resolve(pre, verb)
            # images speak for nobody; a pronoun we cannot resolve still frames the sentence
            evidence = not srcs and (np_head(pre).lemma_.lower() in EVIDENCE_NOUNS or np_head(pre).pos_ == "PRON")
        elif post and verb not in RELAY_VERBS:
            np = []
            for x in post:
                if x.lower_ in POST_STOP:
                    break
                np.append(x)
            if np:
                srcs = self.ctx.resolve(np, verb)
        if not srcs and not pre and left:
            # "..., Shin Won-sik, the defense minister, said" / "..., said X, the spokeswoman"
            ls, lt = left[-1]
            lt_toks = tokens_of(doc)[ls:lt]
            if not any(x.pos_ in ("VERB", "AUX") for x in lt_toks) and len(lt_toks) <= 12:
                srcs = self.ctx.resolve(lt_toks, verb)
                if srcs:
                    start = ls
                    if len(left) >= 2:
                        ps, pt = left[-2]
                        p_toks = tokens_of(doc)[ps:pt]
                        if (
                            not any(x.pos_ in ("VERB", "AUX") for x in p_toks)
                            and len(p_toks) <= 6
                            and any(self.ctx.ent_at[x.i] is not None and self.ctx.ent_at[x.i].label_ == "PERSON"
                                    for x in p_toks)
                        ):  # fmt: skip
                            srcs = self.ctx.resolve(p_toks, verb)
                            start = ps
        if not srcs:
            # "..., satellite images show": a frame with no speaker
            return ([], s) if evidence else None
        if verb in RELAY_VERBS:
            relay = relay_outlet(self.ctx, post)
            if relay:
                srcs = relay + srcs
        if verb in QUOTING_VERBS and pre and post:  # "..., Nordic Daily quoted Lena Varga (as saying)"
            srcs = srcs[:1] + quoted_source(self.ctx, post)
        return srcs, start

    def _frame_like(self, s: int, t: int, left: list[tuple[int, int]]) -> bool:
        return frame_phrase(tokens_of(self.doc)[s:t], "cited")[0] > 0 or self._frame_chunk(s, t, left) is not None

    def peel_trailing(self, a: int, e: int) -> tuple[int, list[Source], str | None, bool]:
        """Peel frames off the end of [a, e): new end, sources (outer first), outer verb, hedging frame.

        A relative clause on the source (", citing a US official, who spoke on condition of
        anonymity") and an adjunct after the frame (", X reported, following reports that ...")
        are residue: kept in `self.residue` (start, end, relative?) for the caller.
        """
        doc = self.doc
        parts = chunks(doc, a, e)
        sources: list[Source] = []
        pending: list[Source] = []  # "citing Y" found before (to the right of) its frame
        outer_verb: str | None = None
        hedging = False
        new_end = e
        self.residue: list[tuple[int, int, bool]] = []
        while len(parts) > 1:
            s, t = parts[-1]
            toks = tokens_of(doc)[s:t]
            first = toks[0].lower_
            # "..., X told Y, refusing to ...": a participle is an adjunct too (not "citing Y", "adding that C")
            participle = toks[0].tag_ == "VBG" and first not in CITING_WORDS and not is_report_verb(toks[0])
            if (first in RELATIVE_PRONOUNS - {"that"} or first in ADJUNCT_STARTS or participle) and len(parts) > 2:
                ps, pt = parts[-2]
                if self._frame_like(ps, pt, parts[:-2]):
                    self.residue.append((s, t, first in RELATIVE_PRONOUNS or participle))  # the source acts again
                    parts.pop()
                    new_end = s
                    continue
            n, phrase_verb = frame_phrase(toks, "cited")
            if n and len(toks) > n:
                pending = self.ctx.resolve(toks[n:], phrase_verb) + pending
                parts.pop()
                new_end = s
                continue
            if drop_as_saying(doc, parts):  # "..., X quoted Y, an aide, as saying": the frame ends the sentence
                new_end = parts[-1][1]
                continue
            if first == "without" or (first == "adding" and not has_finite_verb(toks)):
                parts.pop()
                new_end = s
                continue
            found = self._frame_chunk(s, t, parts[:-1])
            if found is None:
                break
            srcs, start = found
            verbs = [x.lemma_ for x in tokens_of(doc)[s:t] if is_report_verb(x) or x.lower_ in REPORT_FORMS]
            if verbs and (verbs[0] in HEDGING_FRAMES or base_form(verbs[0]) in HEDGING_FRAMES):
                hedging = True
            hedging = hedging or modality.doubted_source(toks)  # "..., unconfirmed reports said"
            if outer_verb is None and srcs:
                outer_verb = srcs[-1].link.verb
                finite = [x for x in tokens_of(doc)[s:t] if is_report_verb(x) or x.lower_ in REPORT_FORMS]
                if outer_verb and finite and finite[0].tag_ == "VBD":
                    # "..., Lloyd's List reported." is a news-wire frame of its own sentence, not a
                    # press review ("..., writes X", "..., reports X") that covers a paragraph
                    outer_verb = outer_verb + ":past"
            sources = sources + srcs + pending
            pending = []
            while parts and parts[-1][0] >= start:
                parts.pop()
            new_end = start
        if pending:
            sources = sources + pending
        while new_end > a and (is_separator(tokens_of(doc)[new_end - 1]) or tokens_of(doc)[new_end - 1].is_space):
            new_end -= 1
        if new_end <= a:
            return e, [], None, False
        return new_end, sources, outer_verb, hedging

    # ------------------------------------------------------------ leading frames

    def peel_leading_chunk(self, a: int, e: int) -> tuple[int, list[Source], list[Source]]:
        """'According to X, C' / 'As reported by X, C' / 'Citing X, ...' at the start.

        Returns the new start, the sources, and the cited ones ("Citing Y, X reported that C":
        Y goes after X in the chain).
        """
        doc = self.doc
        sources: list[Source] = []
        cited: list[Source] = []
        while True:
            while a < e and (
                tokens_of(doc)[a].is_punct or tokens_of(doc)[a].is_space or tokens_of(doc)[a].lower_ in ("that",)
            ):
                a += 1
            parts = chunks(doc, a, e)
            if len(parts) < 2:
                break
            s, t = parts[0]
            toks = tokens_of(doc)[s:t]
            first = toks[0].lower_
            srcs: list[Source] = []
            relayed: list[Source] = []  # the outlet a frame's source told ("As X tells Nordic Daily, C")
            frame = False
            n, phrase_verb = frame_phrase(toks, "source")
            m, cited_verb = frame_phrase(toks, "cited")
            if n and len(toks) > n:  # "According to X, C", "In the words of X, C"
                srcs, frame = self.ctx.resolve(toks[n:], phrase_verb), True
            elif (
                first == "as"
                and len(toks) > 2
                and any(is_report_verb(x) for x in toks)
                and not has_finite_verb([x for x in toks if not is_report_verb(x)])
            ):
                v = next(x for x in toks if is_report_verb(x))
                frame = True
                if v.i + 1 < t and tokens_of(doc)[v.i + 1].lower_ == "by":
                    srcs = self.ctx.resolve(tokens_of(doc)[v.i + 2 : t], v.lemma_)
                else:
                    srcs = self.ctx.resolve(tokens_of(doc)[s + 1 : v.i], v.lemma_)
                    relayed = relay_outlet(self.ctx, tokens_of(doc)[v.i + 1 : t]) if v.lemma_ in RELAY_VERBS else []
            elif m and len(toks) > m:  # "Citing Y, X reported that C"
                cited.extend(self.ctx.resolve(toks[m:], cited_verb)[:1])
                frame = True
            if not frame:
                break
            sources.extend(relayed + srcs[:1])
            a = parts[1][0]
            # "According to X, which tracks the trade, C": the description of X goes with the frame
            k = 1
            while k < len(parts) - 1:
                ns, nt = parts[k]
                nxt = tokens_of(doc)[ns:nt]
                appositive = nxt[0].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and not any(
                    x.pos_ in ("VERB", "AUX") for x in nxt
                )
                if nxt[0].lower_ in RELATIVE_PRONOUNS or appositive:
                    k += 1
                    a = parts[k][0]
                    continue
                break
        return a, sources, cited

    def leading_verb_frame(self, a: int, e: int) -> tuple[list[Source], int, int, Token] | None:
        """'X said (that) C': sources, content start, content end, verb."""
        doc = self.doc
        for v in tokens_of(doc)[a:e]:
            if not is_report_verb(v) or is_negated(v):
                continue
            colon_at = colon_after(v, e)
            if a <= v.head.i < e and v.head.i != v.i:
                # an embedded reporting verb ("C, X said" parsed as a complement) is not a leading frame,
                # unless its colon opens what it reports ("X posted on Y: “C”", C taken for the head)
                inverted = colon_at is not None and v.head.i > colon_at and v.dep_ == "ccomp"
                if not (v.dep_ == "conj" and v.head.lemma_ in REPORT_VERBS) and not inverted:
                    continue
            comps = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and v.i < c.i < e]
            if v.lemma_ in QUOTING_VERBS:  # "X quoted Y as saying C"
                for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"):
                    for g in p.children:
                        if g.dep_ == "pcomp":
                            comps += [x for x in g.children if x.dep_ in ("ccomp", "xcomp") and x.i < e]
            if not comps:
                # "X reported, citing Y, that C": the parser hangs the complement on "citing"
                cites = [c for c in v.children if c.dep_ in ("advcl", "xcomp", "prep") and c.lower_ in CITING_WORDS]
                comps = [x for c in cites for x in c.children if x.dep_ == "ccomp" and c.i < x.i < e]
            comps = [c for c in comps if c.pos_ in ("VERB", "AUX") or any(g.dep_ in SUBJECTS for g in c.children)]
            colon = colon_at is not None
            if colon and v.head.i > colon_at:
                comps = []  # the head after the colon is the reported clause, not a complement of v
            if not comps:
                comps = _misparsed_complement(v, e)
            if not comps and not colon:
                continue
            subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
            if not subj and v.dep_ == "conj":  # "X called A unfounded and reaffirmed that C": X's subject
                subj = [c for c in v.head.children if c.dep_ == "nsubj" and c.i < v.i]
            if (
                not subj
                or subj[0].lower_ in NEGATIVE_PRONOUNS
                or any(g.dep_ == "det" and g.lower_ == "no" for g in subj[0].children)
            ):
                continue
            subj_toks = [t for t in subtree(subj[0], skip=("relcl",)) if t.i >= min(a, subj[0].i)]
            if subj[0].i < self.ctx.dateline_end:
                # the parser took the dateline for the subject ("MOSCOW (X) - Spokesman Y said"): what is left
                subj_toks = [t for t in subtree(subj[0], skip=("relcl",)) if self.ctx.dateline_end <= t.i < v.i]
            verb = v.lemma_
            srcs = self.ctx.resolve(subj_toks, verb)
            if verb in EVIDENCE_FRAMES and not all(can_speak(x) for x in srcs):
                srcs = []  # "the purchases showed that C": a fact shows, nobody speaks
            if verb in EVIDENCE_FRAMES and srcs and inanimate(self.ctx, subj_toks):
                srcs = []  # "the Sparta IV seizure showed that C": an event is no speaker
            evidence = not srcs and (np_head(subj_toks).lemma_.lower() in EVIDENCE_NOUNS or verb in EVIDENCE_FRAMES)
            if not srcs and not evidence and np_head(subj_toks).pos_ != "PRON":
                continue
            inner: list[Source] = []
            relay: list[Source] = []
            for c in v.children:
                if c.dep_ in ("advcl", "xcomp", "prep") and c.lower_ in CITING_WORDS:
                    objs = [g for g in c.children if g.dep_ in ("dobj", "pobj")]
                    if objs:
                        inner += self.ctx.resolve(subtree(objs[0]), "cite")[:1]
                if c.dep_ in ("dobj", "dative") and verb in RELAY_VERBS:
                    relay += relay_outlet(self.ctx, list(c.subtree))
                if c.dep_ == "dobj" and verb in QUOTING_VERBS:  # "quoted Y", "quoted a statement by Y"
                    by = [x for g in by_objects(c)[:1] for x in self.ctx.resolve(subtree(g), "say")]
                    inner += (self.ctx.resolve(subtree(c, skip=("prep",)), "say") or by)[:1]
            if colon and not comps:
                cs, ce = colon_at + 1, e
            else:
                comp = comps[0]
                # all the complements ("said investigators examining X had found Y" parses as two),
                # and an object the parser hung on the verb before them ("said [investigators] had found")
                parts = [t for c in comps for t in subtree(c)]
                if verb not in AUDIENCE_VERBS:  # "told Reuters that C": Reuters is the audience
                    parts += [t for c in v.children if c.dep_ in ("dobj", "nsubj") and v.i < c.i < comp.i
                              for t in subtree(c)]  # fmt: skip
                cs, ce = min(t.i for t in parts), min(max(t.i for t in parts) + 1, e)
                if verb in QUOTING_VERBS and comp.lower_ == "saying":
                    comps2 = [c for c in comp.children if c.dep_ == "ccomp"]
                    if comps2:
                        sub = subtree(comps2[0])
                        cs, ce = sub[0].i, min(sub[-1].i + 1, e)
            cs = max(cs, v.i + 1)
            tk = tokens_of(doc)
            while cs < ce and (tk[cs].dep_ == "mark" or tk[cs].lower_ == "that" or tk[cs].is_punct or tk[cs].is_space):
                cs += 1
            if cs >= ce or tk[cs].lower_ in WH_WORDS:
                continue  # "officials are assessing how the weapons performed": a question, not a report
            return relay + srcs[:1] + inner, cs, ce, v
        return None

    # ------------------------------------------------------------ the sentence

    def _middle_frame(self, a: int, e: int) -> tuple[list[Source], int, int] | None:
        """A frame standing between two commas inside the sentence: sources and its token range."""
        doc = self.doc
        parts = chunks(doc, a, e)
        for k in range(1, len(parts) - 1):
            s, t = parts[k]
            if t - s > 8:
                continue
            toks = tokens_of(doc)[s:t]
            if not any(is_report_verb(x) and x.tag_ in FINITE_TAGS for x in toks) or frame_phrase(toks, "source")[0]:
                continue
            found = self._frame_chunk(s, t, parts[:k])
            if found and found[0] and found[1] == s:
                fe = t
                while fe < e and (is_separator(tokens_of(doc)[fe]) or tokens_of(doc)[fe].is_space):
                    fe += 1
                return found[0], s, fe
        return None

    def _skip_dateline(self, a: int, e: int) -> int:
        """'WASHINGTON, Sept 6 (Reuters) - ...': the dateline is no part of the claim; its agency is the outlet."""
        doc = self.doc
        if a >= e or a > self.ctx.first_word:
            return a  # only the article's first line carries a dateline
        start = tokens_of(doc)[a].idx
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
        else:
            self._content(a, new_e, list(trailing), out, depth=0, hedging=hedging)
        for cl in out:
            cl.trailing = list(trailing)
            cl.trailing_verb = tverb
        for rs, re_, relative in self.residue:
            # "..., who said C": the source speaks again; "..., following reports that C": the article's own
            extra: list[Clause] = []
            self._content(rs, re_, list(trailing) if relative else [], extra, depth=1)
            for cl in extra:
                cl.extra = True
            out += extra
        return out

    def _content(self, a: int, e: int, chain: list[Source], out: list[Clause], depth: int,
                 hedging: bool = False, leading: bool = False) -> None:  # fmt: skip
        doc = self.doc
        a0 = a
        a, lead, cited = self.peel_leading_chunk(a, e)
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
                self._content(cs, ce, chain + srcs, out, depth + 1, hedging or v.lemma_ in HEDGING_FRAMES, True)
                if ce < e:
                    # the rest after the reported clause: "..., but said C2" reports again (same speaker);
                    # ", and the conclusion is ..." does not
                    again = next((c for c in v.children if c.dep_ == "conj" and ce <= c.i < e and is_report_verb(c)
                                  and not has_subject(c)), None)  # fmt: skip
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


def _misparsed_complement(v: Token, e: int) -> list[Token]:
    """'said after a briefing that C': the parser hangs C on the briefing as a relative clause."""
    for prep in v.children:
        if prep.dep_ != "prep" or prep.i < v.i:
            continue
        for t in prep.subtree:
            if t.dep_ != "relcl" or t.i >= e:
                continue
            that = [c for c in t.children if c.lower_ == "that" and c.i < t.i]
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"]
            if that and subj:
                return [t]
    return []
