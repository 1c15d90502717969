"""Trailing frames of a sentence: "C, X said", "C, according to X", "A, he said, but B".

No pipeline component of its own: a mixin of `SentenceAttributor` (`attribution_frames.py`),
which gives it `self.ctx` (the `AttributionContext`) and `self.doc`. The frames and chains it
reads are described in `attribution_frames.py`'s docstring.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp import modality
from osint_graph.nlp.attribution_acts import CONTENT_OBJECT_VERBS
from osint_graph.nlp.attribution_described_speaker import described_speaker
from osint_graph.nlp.attribution_own_report import reports_its_own
from osint_graph.nlp.attribution_reduced_passive import reduced_passive
from osint_graph.nlp.attribution_relay import (
    drop_as_saying,
    interview_at,
    passive_speaker,
    phrase_relay,
    quoted_source,
    quoting_agent,
    relay_outlet,
)
from osint_graph.nlp.attribution_verbs import (
    AUDIENCE_VERBS,
    CITING_WORDS,
    EVIDENCE_FRAMES,
    HEDGING_FRAMES,
    QUOTING_VERBS,
    RELAY_VERBS,
    REPORT_FORMS,
    STATEMENT_PARTICIPLES,
    base_form,
    frame_phrase,
    is_report_verb,
)
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_ahead import or_named_ahead
from osint_graph.nlp.source_context import EVIDENCE_NOUNS, Source
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import (
    FINITE_TAGS,
    RELATIVE_PRONOUNS,
    chunks,
    has_finite_verb,
    is_negated,
    is_separator,
    np_head,
    tokens_of,
)

POST_STOP = words("attribution/source_phrase_stops")
ADJUNCT_STARTS = words("attribution/adjunct_starts")
TIME_SPAN_WORDS = words("attribution/time_span_words")
TIME_ADJUNCT_HEADS = ("after", "before")  # "a day after ...", "hours before ..."
MAX_APPOSITIVE = 12  # words of a title after an inverted frame's speaker, not a clause


def _counted_noun(tok: Token) -> bool:
    """A reporting form that is a noun by its own dependents: counted or described by a word that names
    nothing ("from 16 oil-producing states", "in two notes"), not "..., Nordic Daily notes." (nor "...,
    IRNA notes.", where the tagger took the name for an adjective)."""
    if tok.tag_.startswith("VB"):
        return False
    return any(c.dep_ in ("nummod", "amod") and not c.ent_type_ and c.pos_ != "PROPN" for c in tok.children)


class TrailingFrames:
    """Peels frames off the end of a sentence and finds a parenthetical frame inside it."""

    ctx: AttributionContext
    residue: list[tuple[int, int, bool, bool]]
    cited_only: bool

    def _frame_chunk(self, s: int, t: int, left: list[tuple[int, int]]) -> tuple[list[Source], int] | None:
        """If tokens [s, t) are a trailing frame: its sources (outer first) and its first token."""
        doc = self.doc
        toks = tokens_of(doc)[s:t]
        first = toks[0].lower_
        n, phrase_verb = frame_phrase(toks, "source")  # "..., according to X"
        if n and len(toks) > n:
            srcs = self.ctx.resolve(toks[n:], phrase_verb)
            # "..., according to a statement by X as quoted by Nordic Daily": the outlet relays X
            relay = [r for r in phrase_relay(self.ctx, toks[n:]) if srcs and r.link.name != srcs[0].link.name]
            return (relay[:1] + srcs, s) if srcs else ([], s)
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
                    if reports_its_own(v, t):
                        return None  # "C, as X alleged that C2": X's words are C2, not C
                    srcs = self.ctx.resolve(tokens_of(doc)[s + 1 : v.i], v.lemma_)
                return (srcs, s) if srcs else None
        # a reporting form inside a name is no verb: "customers in the United States,” she said" ("States")
        verbs = [x for x in toks if (is_report_verb(x) or x.lower_ in REPORT_FORMS) and x.dep_ != "amod"
                 and not x.ent_type_]  # fmt: skip
        if not verbs:
            return None
        # finite, or a participle the tagger mistook ("Yonhap news agency reported" tagged VBN, with a subject)
        finite = [
            x
            for x in verbs
            if is_report_verb(x)
            and (
                x.tag_ in FINITE_TAGS
                or (x.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in x.children))
                or (x.lemma_ in QUOTING_VERBS and passive_speaker(x))
            )  # "..., Xi was quoted as saying"
        ]
        forms = [x for x in verbs if x.lower_ in REPORT_FORMS and x.i == t - 1 and not _counted_noun(x)]
        if not finite and not forms:
            return None  # "..., ships suspected of ...": a participle, not a frame
        v = finite[0] if finite else forms[0]
        if is_negated(v) or reduced_passive(v):
            return None  # "..., with the US reported to have attended": a reduced passive, no frame
        if acts_on_object(v, t):
            return None  # "In a related move, | Karsk announced sanctions on ten firms |, including X": an act
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
        if [x.lower_ for x in pre] in ([w] for w in RELATIVE_PRONOUNS - {"that"}) and not _links_or_weighs(v):
            return None  # "C, an operation which claims to have ...": the noun before speaks of itself, no frame of C
        if any(x.dep_ == "mark" or x.lower_ == "that" for x in post[:1]):
            return None
        verb = v.lemma_ if is_report_verb(v) else base_form(v.lower_)
        srcs: list[Source] = []
        start = s
        evidence = False
        if pre:
            srcs = self.ctx.resolve(pre, verb)
            named = self._appositive_person(pre, left, verb)
            if named is None:  # "..., Tarvik Lines, the Norwegian company operating the vessel said"
                named = described_speaker(self.ctx, pre, srcs, left[-1] if left else None, verb)
            if named is not None:  # "..., Lena Varga, commander of the Karsk Navy said": Varga speaks
                srcs, start = named
            srcs = or_named_ahead(self.ctx, srcs, pre, verb)  # "..., the local governor said": named next
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
        if not srcs and not pre and len(left) >= 2:
            # "..., Tarvik Lines, the company that operates the vessel, said": the description's name speaks
            ls, lt = left[-1]
            named = described_speaker(self.ctx, tokens_of(doc)[ls:lt], [], left[-2], verb)
            if named is not None:
                srcs, start = named
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
        # "X told Reuters", "X said in an interview with Reuters": the outlet spoken to relays
        relay = relay_outlet(self.ctx, post) if verb in RELAY_VERBS else phrase_relay(self.ctx, post)
        if relay and not any(r.link.name == relay[0].link.name for r in srcs):
            srcs = relay + srcs
        if verb in QUOTING_VERBS and passive_speaker(v):  # "..., Xi was quoted as saying by Xinhua"
            srcs = quoting_agent(self.ctx, v) + srcs[:1]
        elif verb in QUOTING_VERBS and pre and post:  # "..., Nordic Daily quoted Lena Varga (as saying)"
            srcs = srcs[:1] + quoted_source(self.ctx, post)
        n, cited_verb = frame_phrase(post, "cited")  # "..., Wirewatch reported citing Y" (no comma): [.., Y]
        if n and len(post) > n and srcs:
            srcs = srcs + self.ctx.resolve(post[n:], cited_verb)[:1]
        return srcs, start

    def _appositive_person(self, pre: list, left: list[tuple[int, int]], verb: str) -> tuple[list[Source], int] | None:
        """'..., Lena Varga, commander of the Karsk Navy said' (no comma before the verb): the frame's
        subject words are a title in apposition to a person named in the chunk before; that person
        speaks, not the body of the title. Returns her sources and the chunk's start, else None."""
        head = np_head(pre)
        if head.dep_ != "appos" or not left:
            return None
        ls, lt = left[-1]
        named = self.ctx.ent_at[head.head.i]
        if not (ls <= head.head.i < lt) or named is None or named.label_ != "PERSON":
            return None
        p_toks = tokens_of(self.doc)[ls:lt]
        if any(x.pos_ in ("VERB", "AUX") for x in p_toks) or len(p_toks) > 6:
            return None
        srcs = self.ctx.resolve(p_toks, verb)
        return (srcs, ls) if srcs else None

    def _frame_like(self, s: int, t: int, left: list[tuple[int, int]]) -> bool:
        return frame_phrase(tokens_of(self.doc)[s:t], "cited")[0] > 0 or self._frame_chunk(s, t, left) is not None

    def peel_trailing(self, a: int, e: int) -> tuple[int, list[Source], str | None, bool]:
        """Peel frames off the end of [a, e): new end, sources (outer first), outer verb, hedging frame.

        A relative clause on the source (", citing a US official, who spoke on condition of
        anonymity") and an adjunct after the frame (", X reported, following reports that ...")
        are residue: kept in `self.residue` (start, end, relative?, a statement of its own?) for the caller.
        """
        doc = self.doc
        parts = chunks(doc, a, e)
        sources: list[Source] = []
        pending: list[Source] = []  # "citing Y" found before (to the right of) its frame
        relayed: list[Source] = []  # "..., X said, speaking to Y": the outlet Y, found before its frame
        outer_verb: str | None = None
        hedging = False
        new_end = e
        self.residue: list[tuple[int, int, bool, bool]] = []
        self.cited_only = False
        while len(parts) > 1:
            s, t = parts[-1]
            toks = tokens_of(doc)[s:t]
            first = toks[0].lower_
            # "..., X told Y, refusing to ...": a participle is an adjunct too (not "citing Y", "adding that C")
            participle = toks[0].tag_ == "VBG" and first not in CITING_WORDS and not is_report_verb(toks[0])
            # "..., X said, according to Y": "according" is tagged a participle, but it frames Y, who relays X
            participle = participle and not frame_phrase(toks, "source")[0]
            relay_phrase = frame_phrase(toks, "relay")[0] > 0
            says_again = first in STATEMENT_PARTICIPLES and toks[0].tag_ == "VBG" and has_finite_verb(toks[1:])
            set_off = first in RELATIVE_PRONOUNS - {"that"} or first in ADJUNCT_STARTS or participle or relay_phrase
            set_off = set_off or time_adjunct(toks)
            if (set_off or says_again) and len(parts) > 2:
                ps, pt = parts[-2]
                # "..., said X, the agency's director, speaking to Y": the relay after the speaker's appositive
                behind = relay_phrase and len(parts) > 3 and self._speaker_appositive(parts[:-1])
                if behind or self._frame_like(ps, pt, parts[:-2]):
                    if relay_phrase and not sources:
                        relayed = phrase_relay(self.ctx, toks)
                    # the source acts (a relative or participle clause) or speaks ("adding that C") again
                    self.residue.append((s, t, first in RELATIVE_PRONOUNS or participle or says_again, says_again))
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
            if len(parts) > 2 and self._speaker_appositive(parts):
                if not sources:  # "..., said X, co-head of Y in an interview with Nordic Daily": Nordic Daily relays
                    relayed = relayed or phrase_relay(self.ctx, toks[interview_at(toks) :])
                parts.pop()  # "..., said Tomas Varga, the navy's commander": it names the speaker, no claim
                new_end = s
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
                # the frame's verb, not a word of the source's name ("the Jerusalem Post reported")
                finite = [
                    x
                    for x in tokens_of(doc)[s:t]
                    if (is_report_verb(x) or x.lower_ in REPORT_FORMS) and x.tag_.startswith("VB")
                ]
                if outer_verb and finite and finite[0].tag_ == "VBD":
                    # "..., Lloyd's List reported." is a news-wire frame of its own sentence, not a
                    # press review ("..., writes X", "..., reports X") that covers a paragraph
                    outer_verb = outer_verb + ":past"
            if relayed and srcs and not any(r.link.name == relayed[0].link.name for r in srcs):
                srcs = relayed + srcs
            relayed = []
            sources = sources + srcs + pending
            pending = []
            while parts and parts[-1][0] >= start:
                parts.pop()
            new_end = start
        # "X said C, citing Y" with no closing frame: Y is cited by the frame that opens the sentence
        self.cited_only = bool(pending) and not sources
        if pending:
            sources = sources + pending
        while new_end > a and (is_separator(tokens_of(doc)[new_end - 1]) or tokens_of(doc)[new_end - 1].is_space):
            new_end -= 1
        if new_end <= a:
            return e, [], None, False
        return new_end, sources, outer_verb, hedging

    def _speaker_appositive(self, parts: list[tuple[int, int]]) -> bool:
        """Is the last chunk a noun phrase after an inverted frame, an appositive on its speaker
        ("“C,” said Tomas Varga, deputy secretary of the Navy"), or on the source of "according to X"
        ("C, according to Tam Oru, a lawmaker who was briefed by the chief")? Then the frame closes the
        sentence. A relative clause on the appositive's noun describes the speaker too, no claim."""
        s, t = parts[-1]
        toks = [x for x in tokens_of(self.doc)[s:t] if not x.is_space and not x.is_punct]
        toks = [x for x in toks if not _in_relative_on_noun(x, s, t)]
        toks = toks[: interview_at(toks)]  # "co-head of Y in an interview with Nordic Daily": the title
        # a participle on a noun ("the ruling party") is no verb of the chunk
        if not toks or len(toks) > MAX_APPOSITIVE or any(x.pos_ in ("VERB", "AUX") and x.dep_ != "amod" for x in toks):
            return False
        if not any(x.pos_ in ("NOUN", "PROPN") for x in toks):
            return False
        ps, pt = parts[-2]
        prev = [x for x in tokens_of(self.doc)[ps:pt] if not x.is_space]
        n, _ = frame_phrase(prev, "source")
        if n and len(prev) > n and not any(x.pos_ in ("VERB", "AUX") for x in prev[n:]):
            return True  # "according to Tam Oru, a lawmaker ...": the source's description
        return (
            len(prev) > 1
            and is_report_verb(prev[0])
            and prev[0].tag_ in FINITE_TAGS
            and not is_negated(prev[0])
            and not any(x.pos_ in ("VERB", "AUX") for x in prev[1:])
        )

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


def acts_on_object(verb, t: int) -> bool:
    """A frame that stands beside its content ("C, X said", "C1, X said, C2") reports nothing of its own:
    a direct object after a verb whose subject stands before it makes the chunk a clause of its own, an
    act the outlet tells ("Karsk announced sanctions on ten firms"). Not a date, a pronoun, the
    addressee of a verb of attribution/verb_frames.csv `audience` ("X told Reuters"), a quoting verb
    ("X quoted Y"), the object of a verb whose object is what is told (attribution/content_object_verbs.txt:
    "Reuters reported eight dead"), nor the speaker after the verb ("..., added the statement"); a
    relative clause ("..., which indicated an explosion") is left as it was."""
    if verb.lemma_ in AUDIENCE_VERBS or verb.lemma_ in QUOTING_VERBS or verb.lemma_ in CONTENT_OBJECT_VERBS:
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subj or subj[0].lower_ in RELATIVE_PRONOUNS:
        return False  # "..., added the statement": the speaker after the verb; a relative clause: not read here
    return any(
        c.dep_ == "dobj" and verb.i < c.i < t and c.ent_type_ not in ("DATE", "TIME") and c.pos_ != "PRON"
        for c in verb.children
    )


def _in_relative_on_noun(tok, s: int, t: int) -> bool:
    """Is the token inside a relative or participle clause on a noun of the chunk [s, t) ("a lawmaker
    who was briefed by the chief": "who was briefed by the chief")?"""
    node = tok
    while s <= node.i < t and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN") and s <= node.head.i < t:
            return True
        node = node.head
    return False


def time_adjunct(toks) -> bool:
    """'a day after Y said D', 'two days before ...', 'shortly after ...': a stretch of time (words of
    `attribution/time_span_words.txt`, numbers) and then "after"/"before" open an adjunct of the frame,
    as "after" alone does (`attribution/adjunct_starts.txt`)."""
    for k, x in enumerate(toks[:5]):
        if x.lower_ in TIME_ADJUNCT_HEADS:
            return k > 0
        if not (x.lower_ in TIME_SPAN_WORDS or x.like_num):
            return False
    return False


def _links_or_weighs(verb: Token) -> bool:
    """A verb after a bare relative pronoun that still frames the clause: the antecedent cites a source ("a
    report from Nordic Daily, which cites the navy": a link of the chain) or weighs the evidence ("..., which
    may have indicated an explosion": a hedge)."""
    lemma = verb.lemma_
    return lemma in QUOTING_VERBS or lemma in EVIDENCE_FRAMES or lemma in HEDGING_FRAMES
