"""Leading frames of a sentence: "According to X, C", "As X noted, C", "X said (that) C".

No pipeline component of its own: a mixin of `SentenceAttributor` (`attribution_frames.py`),
which gives it `self.ctx` (the `AttributionContext`) and `self.doc`. The frames and chains it
reads are described in `attribution_frames.py`'s docstring.
"""

from __future__ import annotations

from spacy.tokens import Token

from osint_graph.nlp.attribution_acts import performs
from osint_graph.nlp.attribution_material import material_issuer
from osint_graph.nlp.attribution_own_report import own_report_start
from osint_graph.nlp.attribution_reduced_passive import reduced_passive
from osint_graph.nlp.attribution_relay import (
    passive_speaker,
    phrase_relay,
    quoting_agent,
    relay_outlet,
    subject_relay,
    told_body,
)
from osint_graph.nlp.attribution_verbs import (
    AUDIENCE_VERBS,
    CITING_DEPS,
    CITING_WORDS,
    EVIDENCE_FRAMES,
    QUOTING_VERBS,
    RELAY_VERBS,
    REPORT_VERBS,
    frame_phrase,
    is_report_verb,
    report_lemma_indices,
)
from osint_graph.nlp.document_author import authored
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_ahead import or_named_ahead
from osint_graph.nlp.source_context import EVIDENCE_NOUNS, Source, can_speak, inanimate
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.source_rules_pointing import NEGATIVE_PRONOUNS
from osint_graph.nlp.syntax import (
    RELATIVE_PRONOUNS,
    SUBJECTS,
    by_objects,
    chunks,
    colon_after,
    has_finite_verb,
    is_negated,
    np_head,
    subtree,
    tokens_of,
)

WH_WORDS = words("attribution/question_words")
OUTLET_NOUNS = words("context/outlet_nouns")  # "a Karsk news outlet, Nordblick,": the description of an outlet


class LeadingFrames:
    """Peels frames off the start of a sentence: a leading phrase or a reporting verb's subject."""

    ctx: AttributionContext

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
            elif first == "in" and self.leading_verb_frame(parts[1][0], e) is None:
                # "In footage released by X, C", "In a statement posted on X's website, C": X's material
                issuer = material_issuer(self.ctx, toks)
                if issuer is not None:
                    srcs, frame = [issuer], True
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
                    unnamed = not srcs or (srcs[0].generic or not srcs[0].link.entity)
                    described = n and np_head(toks[n:]).lower_ in OUTLET_NOUNS  # not "the indictment, Dela Cruz,"
                    if unnamed and described and appositive and k == 1 and leading_name(nxt):
                        # "According to a Karsk news outlet, Nordblick, C": the name set off after an
                        # unnamed description of the source is the source
                        named = self.ctx.resolve(nxt, phrase_verb)[:1]
                        if named and named[0].link.entity:
                            sources[len(sources) - len(srcs[:1]) :] = named
                            srcs = named
                    if srcs and not relayed and nxt[0].lower_ in RELATIVE_PRONOUNS:
                        # "According to X, who was quoted by Nordic Daily, C": the outlet relays X, before X
                        relayed = [r for r in phrase_relay(self.ctx, nxt) if r.link.name != srcs[0].link.name][:1]
                        sources[-1:-1] = relayed
                    k += 1
                    a = parts[k][0]
                    continue
                break
        return a, sources, cited

    def leading_verb_frame(self, a: int, e: int) -> tuple[list[Source], int, int, Token] | None:
        """'X said (that) C': sources, content start, content end, verb."""
        doc = self.doc
        toks = tokens_of(doc)
        for v in (toks[i] for i in report_lemma_indices(doc, a, e)):
            if not is_report_verb(v) or is_negated(v) or reduced_passive(v):
                continue  # "One Missile Said to Have Struck Tanker": a headline's passive, no frame
            colon_at = colon_after(v, e)
            if a <= v.head.i < e and v.head.i != v.i:
                # an embedded reporting verb ("C, X said" parsed as a complement) is not a leading frame,
                # unless its colon opens what it reports ("X posted on Y: “C”", C taken for the head)
                inverted = colon_at is not None and v.head.i > colon_at and v.dep_ == "ccomp"
                if not (v.dep_ == "conj" and v.head.lemma_ in REPORT_VERBS) and not inverted:
                    continue
            comps = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "parataxis") and v.i < c.i < e]
            comps = [c for c in comps if not performs(v, c)]  # "declared the group to be a terrorist organisation"
            if v.lemma_ in QUOTING_VERBS:  # "X quoted Y as saying C"
                for p in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"):
                    for g in p.children:
                        if g.dep_ == "pcomp":
                            comps += [x for x in g.children if x.dep_ in ("ccomp", "xcomp") and x.i < e]
            if not comps:
                # "X reported, citing Y, that C": the parser hangs the complement on "citing"
                cites = [c for c in v.children if c.dep_ in CITING_DEPS and c.lower_ in CITING_WORDS]
                comps = [x for c in cites for x in c.children if x.dep_ == "ccomp" and c.i < x.i < e]
            comps = [c for c in comps if c.pos_ in ("VERB", "AUX") or any(g.dep_ in SUBJECTS for g in c.children)]
            colon = colon_at is not None
            if colon and v.head.i > colon_at:
                comps = []  # the head after the colon is the reported clause, not a complement of v
            if not comps:
                comps = _misparsed_complement(v, e) or _complement_under_outer_frame(v, e)
            if not comps and not colon:
                continue
            subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
            # "Citing Y, X reported that C" parsed with Y a second subject: one inside the peeled lead is none
            subj = [c for c in subj if c.i >= a] or subj
            quoted = not subj and v.lemma_ in QUOTING_VERBS and passive_speaker(v)
            if quoted:  # "Y was quoted as saying C (by X)": the passive subject is the speaker
                subj = [passive_speaker(v)]
            if not subj and v.dep_ == "conj":  # "X called A unfounded and reaffirmed that C": X's subject
                subj = [c for c in v.head.children if c.dep_ == "nsubj" and c.i < v.i]
            told_by = [] if subj else _passive_teller(v)
            if told_by:  # "X was told by Y that C": Y speaks, an outlet X relays it ("it": the outer frame's)
                subj = told_by
            if not subj:  # "X, citing Y, reported that C": the parser hung X on the verb, not as its subject
                subj = _subject_before_citing(v)
            if (
                not subj
                or subj[0].lower_ in NEGATIVE_PRONOUNS
                or any(g.dep_ == "det" and g.lower_ == "no" for g in subj[0].children)
            ):
                continue
            subj_toks = [t for t in subtree(subj[0], skip=("relcl",)) if t.i >= min(a, subj[0].i)]
            split = [c for c in v.children if c.dep_ == "nsubj" and subj[0].i < c.i < v.i]
            if len(split) == 1 and subj_toks and _second_subject_follows(subj_toks[-1], split[0]):
                # "Russian state news agency TASS reported", "Karsk defence minister, Arvid Tolme said":
                # the parser made the name a second subject
                subj_toks += [t for t in v.doc[subj_toks[-1].i + 1 : split[0].left_edge.i]]
                subj_toks += subtree(split[0], skip=("relcl",))
            if subj[0].i < self.ctx.dateline_end:
                # the parser took the dateline for the subject ("MOSCOW (X) - Spokesman Y said"): what is left
                subj_toks = [t for t in subtree(subj[0], skip=("relcl",)) if self.ctx.dateline_end <= t.i < v.i]
            if not subj_toks:
                continue  # the whole subject was dateline: no speaker is left for this frame
            verb = v.lemma_
            srcs = self.ctx.resolve(subj_toks, verb)
            srcs = or_named_ahead(self.ctx, srcs, subj_toks, verb)  # "The owner of a bulk carrier has confirmed C"
            if verb in RELAY_VERBS and not told_by:  # "Survivors told the coast guard C": the body told speaks
                srcs = told_body(self.ctx, v, np_head(subj_toks), srcs) or srcs
            if verb in EVIDENCE_FRAMES and not all(can_speak(x) for x in srcs):
                srcs = []  # "the purchases showed that C": a fact shows, nobody speaks
            if (
                verb in EVIDENCE_FRAMES
                and srcs
                and inanimate(self.ctx, subj_toks)
                and not authored(self.ctx, subj_toks)
            ):
                srcs = []  # "the Sparta IV seizure showed that C": an event is no speaker (a document speaks
                # for the author it was resolved to: "the study showed C" after "X published a study")
            evidence = not srcs and (np_head(subj_toks).lemma_.lower() in EVIDENCE_NOUNS or verb in EVIDENCE_FRAMES)
            if not srcs and not evidence and np_head(subj_toks).pos_ != "PRON":
                continue
            inner: list[Source] = []
            relay: list[Source] = []
            if told_by:  # "Wirewatch was told by Y": the outlet told relays Y's words, [Wirewatch, Y]
                relay += [x for c in v.children if c.dep_ == "nsubjpass" for x in relay_outlet(self.ctx, subtree(c))]
            for c in v.children:
                if c.dep_ in CITING_DEPS and c.lower_ in CITING_WORDS:
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
            # "officials are assessing how the weapons performed": a question, not a report; but a wh-word
            # on a clause inside the complement ("told X: “Where ships are damaged, it is vital ...”") asks nothing
            asks = tk[cs].lower_ in WH_WORDS and (not comps or tk[cs].head.i in {c.i for c in comps} or tk[cs] in comps)
            if cs >= ce or asks:
                continue
            ce = own_report_start(doc, cs, ce)  # "X claimed C, as Y alleged that C2": C2 is Y's, not X's
            if quoted:  # "Y was quoted as saying C by Xinhua": Y is quoted, no one Y cites
                inner = []
            relay = self._relay(v, subj[0], srcs, relay, tk[v.i + 1 : cs], quoted, a)
            return relay + srcs[:1] + inner, cs, ce, v
        return self._verb_taken_for_noun(a, e)

    def _relay(
        self,
        v: Token,
        subj: Token,
        srcs: list[Source],
        relay: list[Source],
        between: list[Token],
        quoted: bool,
        a: int | None = None,
    ) -> list[Source]:
        """Who relays what the subject says: an outlet told ('told Reuters', found before), else one
        spoken to between the verb and C ('said in an interview with Reuters that C'); the agent of a
        passive quoting verb over either ('Y was quoted as saying C by Xinhua', [] if none); then, if
        still none, an outlet the subject spoke to in a relative clause ('X, who spoke to Reuters, said
        C').  attr17's passive quoting and attr18's subject relay, in that order; a relay phrase
        opening the sentence before the subject ('In a statement to Reuters, X said C') counts as
        one between the verb and C."""

        def other_relay(toks: list[Token]) -> list[Source]:  # a relay phrase's outlet, not the speaker again
            return [r for r in phrase_relay(self.ctx, toks) if srcs[:1] and r.link.name != srcs[0].link.name]

        lead: list[Token] = []
        if not relay:
            relay = other_relay(between)
        if not relay:  # "In a statement to Wirewatch, X said C": the phrase may open the sentence
            lead = [t for c in v.children if c.i < subj.i and c.dep_ in ("prep", "advcl") for t in subtree(c)]
            relay = other_relay(lead)
        if not relay and not lead and a is not None:
            # "Quoted by Wirewatch, X said C" where the parser hung the phrase on the sentence before: the
            # words of the sentence before its subject, closed by a comma, are the phrase all the same
            start = max(a, subj.sent.start)
            before = list(tokens_of(self.doc)[start : subj.left_edge.i])
            if before and before[-1].text == ",":
                relay = other_relay(before)
        if quoted:
            relay = quoting_agent(self.ctx, v)
        if not relay and srcs:
            relay = [r for r in subject_relay(self.ctx, subj, RELAY_VERBS) if r.link.name != srcs[0].link.name]
        return relay

    def _verb_taken_for_noun(self, a: int, e: int) -> tuple[list[Source], int, int, Token] | None:
        """'The Varnelis claim they downed 26 drones': the parser reads "Varnelis claim" as a noun
        phrase and the rest as its relative clause. A plural name before a bare reporting noun
        that heads the sentence agrees with it as a verb would: the name is the subject, the
        clause with a subject of its own after it, to the sentence's end, is what was claimed."""
        toks = tokens_of(self.doc)
        for v in (toks[i] for i in report_lemma_indices(self.doc, a, e)):  # `v.lemma_ in REPORT_VERBS` below
            # heading the sentence, or the subject of a root that is no verb either (the parse went wrong)
            heads = v.dep_ == "ROOT" or (
                v.dep_ == "nsubj" and v.head.dep_ == "ROOT" and v.head.pos_ not in ("VERB", "AUX")
            )
            if not heads or v.tag_ != "NN" or v.lemma_ not in REPORT_VERBS:
                continue
            # "The Varnelis claim that C": with "that" the name may be parsed the noun's subject and C its acl
            names = [c for c in v.children if c.dep_ in ("compound", "nsubj") and c.i == v.i - 1 and c.pos_ == "PROPN"]
            plural = names and (names[0].tag_ == "NNPS" or names[0].lower_.endswith("s"))
            said = [c for c in v.children if c.dep_ in ("relcl", "acl") and c.i > v.i and has_subject_before(c)]
            if not plural or not said:
                continue
            srcs = self.ctx.resolve([t for t in subtree(v) if a <= t.i < v.i], v.lemma_)
            if srcs:  # what was claimed runs to the end of the sentence
                return srcs[:1], subtree(said[0])[0].i, e, v
        return None


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


def _complement_under_outer_frame(v: Token, e: int) -> list[Token]:
    """'X said C, Wirewatch reported': with no "that", the parser makes the peeled outer frame's verb
    ("reported", at or after `e`) the complement of "said" and hangs C on it; C, before `e`, is what X
    said (the outer frame, already peeled, heads the chain: [Wirewatch, X])."""
    for outer in v.children:
        if outer.dep_ not in ("ccomp", "parataxis") or outer.i < e or not is_report_verb(outer):
            continue
        inner = [c for c in outer.children if c.dep_ in ("ccomp", "xcomp") and v.i < c.i < e]
        if inner and (inner[0].pos_ in ("VERB", "AUX") or any(g.dep_ in SUBJECTS for g in inner[0].children)):
            return inner[:1]
    return []


def has_subject_before(v: Token) -> bool:
    """A clause with a subject of its own (not a relative pronoun): "they downed ...", not "that sank"."""
    return any(c.dep_ in SUBJECTS and c.i < v.i and c.lower_ not in RELATIVE_PRONOUNS for c in v.children)


def _passive_teller(v: Token) -> list[Token]:
    """'(it) was told by a Karsk Navy official that C': the agent of a passive telling verb is the speaker."""
    if v.lemma_ not in RELAY_VERBS or not any(c.dep_ == "auxpass" for c in v.children):
        return []
    return [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"][:1]


def _subject_before_citing(v: Token) -> list[Token]:
    """'Wirewatch, citing the navy, reported that C': with no subject parsed, the noun just before the
    comma of the "citing" phrase (hung on the verb or an adverb) is the verb's subject (Y is cited)."""
    cites = [c for c in v.children if c.lower_ in CITING_WORDS and c.i < v.i]
    if not cites or cites[0].i < 2 or v.doc[cites[0].i - 1].text != ",":
        return []
    last = v.doc[cites[0].i - 2]  # "Later, Wirewatch, citing": the parser may hang X on the adverb
    return [last] if last.pos_ in ("PROPN", "NOUN") and last.dep_ != "nsubj" else []


def leading_name(toks) -> bool:
    """A chunk that is only a name ("Nordblick", "Karsk Wind"): one to four capitalised words, a
    proper noun among them; a description ("a senior official") or a clause is none."""
    words = [t for t in toks if not t.is_punct]
    return (
        0 < len(words) <= 4
        and all(t.text[:1].isupper() or t.lower_ in ("of", "and", "&") for t in words)
        and any(t.pos_ == "PROPN" for t in words)
    )


def _second_subject_follows(last: Token, second: Token) -> bool:
    """Does the verb's second subject start right after the first one ends, or after a comma only
    ("Karsk defence minister, Arvid Tolme said": a title and the name the parser split)?"""
    start = second.left_edge.i
    if start == last.i + 1:
        return True
    return start == last.i + 2 and last.doc[last.i + 1].text == "," and second.ent_type_ == "PERSON"
