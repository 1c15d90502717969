"""Claims: one record per asserted proposition, with its attribution chain and modality.

The `osint_claims` component runs last in the pipeline.  It reads the
entities (`doc.ents` with `span._.canonical`, `span._.entity_id`,
`span._.role`), `doc._.figures`, `doc._.dates`, `doc._.article_id` and
`doc._.outlet`, and sets `doc._.claims` (list of `model.Claim`),
`doc._.facts` (list of `model.Fact`, see `claim_facts`) and
`doc._.source_bases` (source name -> [[name, entity id, "imagery"], ...]:
the evidence a source's reporting rests on, see `attribution`).  Every
annotation it reads is optional: on a bare model it falls back to the
statistical entities (`tests/claim_standalone.py` builds such a pipeline).

**What is a claim.**  Sentences are split at line breaks as well (the parser
glues a photo caption or a heading to the next paragraph), then each sentence
loses its attribution frames (see `attribution`) and is cut into clauses
where it joins assertions that differ: coordinated clauses with their own
subject ("A, but B"), comma splices ("A, then it was B"), a clause before a
colon, a concessive clause ("A, although B"), a verb phrase or a
non-restrictive relative clause with a hedge or a speaker of its own ("...
and may have been targeted", ", which the manager denied"), embedded speech
(", with X saying C").  A clause is a claim when it has a verb and carries a
figure, mentions a tracked entity (vessel, port, country, weapon, person,
organisation; "it" / "the ship" / "the port" referring back to one count) or
has a named source in its own sentence ("Pevkur said the checks would
continue").  Captions ("Photo: ..."), headings without a verb, a dateline
and the article's own housekeeping ("could not independently verify",
"Reporting by ...") are not claims; "X did not respond" is one (negated).

`claim.text` is the clause without its peeled frames (`doc.text[start:end]
== text`); `claim.sentence` is the whole sentence.  `claim.entities` lists
the ids of the entities mentioned inside `claim.text` -- sources cited only
in a peeled frame are not there (they are in the chain), while the accusers
of an accusation and the deniers of a denial are in both, since their clause
is the claim -- the subject's entities first, then the others in text
order; a pronoun or "the ship" subject that refers back to a vessel puts
that vessel first, and "the North Korean port" adds the port it refers to.
`claim.figures` are the ids of the figures inside the span; `claim.date` the
normalised date the clause refers to (the date attached to its predicate --
the arrival for a port call -- else the nearest inside the span, never one
inside a description of a noun; else None).

**Kinds** (cues are lemmas; a strong shipment verb as the predicate
("send", "deliver", "supply", ...) first, then a counted trip, then a port
call, then the main predicate's kind, then any cue in the clause, in this
order; nouns count when they are the predicate's own arguments, "carried
out" is no carrying):

- ``denial``: the predicate denies or rejects (deny, reject, refute,
  dismiss, rebut; "called the reports baseless"); stance "denial".
- ``accusation``: accuse, charge, blame, condemn, allege, denounce.
- ``sanction``: sanction, embargo, blacklist, designate.
- ``port_call``: a vessel arrives, docks, berths, moors, anchors, calls,
  visits, enters, leaves, departs, loads or unloads at a port (a PORT
  entity or a port word), a call or voyage there, or a vessel "was in" /
  "remains off" a port.
- ``trip_count``: a counted trip, voyage, run, journey, crossing, flight,
  expedition, transit ("made at least 32 trips").
- ``shipment``: send, ship, deliver, supply, transport, transfer, export,
  import, smuggle, provide, carry, load, receive, move; delivery, shipment,
  cargo, consignment, transportation.
- ``production``: produce, manufacture, assemble, build, operate (factories);
  factory, plant, production, output.
- ``incident``: stop, halt, suspend, seize, detain, attack, strike, sink,
  explode, collide, damage, destroy, intercept, fire, hit, launch, target,
  injure, abandon, evacuate, drift, drag, board, escort, inspect, sever;
  explosion, seizure, collision, damage, sabotage, debris, spill, outage.
- ``capability``: capable, able, range, payload, capability, "can" + verb.
- ``quantity``: any other clause stating a figure.
- ``statement``: anything else.

Verbs inside a description of a noun ("satellite images provided by X")
give no kind.
"""

from __future__ import annotations

import logging
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from osint_graph.model import Claim, article_id, span_id
from osint_graph.nlp import modality
from osint_graph.nlp.attribution import (
    ANALYSIS_NOUNS,
    Clause,
    SentenceAttributor,
    embedded_speakers,
    observation_agent,
    speaker_of,
)
from osint_graph.nlp.attribution_verbs import HEDGING_FRAMES, PARAGRAPH_VERBS
from osint_graph.nlp.claim_referents import claim_entity_ids, entity_id_of, port_references, subject_vessel
from osint_graph.nlp.extensions import register_extensions as register_doc_extensions
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.source_context import IMAGERY_NOUNS, Source
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import described, ext, forget_tokens, norm_name, subtree, tokens_of

log = logging.getLogger(__name__)
TRACKED_LABELS = words("claims/tracked_labels")
CAPTION = re.compile(r"(?i)\b(photo|foto|image|picture|credit|source|illustration|video)s?\s*:|©")
# the article's own housekeeping, not a proposition ("X did not respond" IS one: a claim, negated)
BOILERPLATE = re.compile(
    r"(?i)(could not|couldn't|was unable to|were unable to|cannot|has not been able to) (independently )?"
    r"(verify|confirm)|(reporting|editing|writing|additional reporting) by |(subscribe|sign up) (to|for)"
    r"|all rights reserved|click here|read more:"
)


def _kind_cues() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """kind -> (verb lemmas, noun/adjective lemmas), in the order of sources/rules/claims/kind_cues.csv."""
    rows = table("claims/kind_cues")
    kinds = list(dict.fromkeys(row["kind"] for row in rows))
    return {
        k: tuple(
            frozenset(r["lemma"] for r in rows if r["kind"] == k and r["part"] == part) for part in ("verb", "noun")
        )
        for k in kinds
    }


KIND_CUES: dict[str, tuple[frozenset[str], frozenset[str]]] = _kind_cues()
# shipment verbs that name the kind even where a port is mentioned ("sending drones ..., loading them at X")
STRONG_SHIPMENT = words("claims/strong_shipment_verbs")
PORT_NOUNS = words("claims/port_nouns")
ARGUMENT_DEPS = words("claims/argument_dependencies")


def register_extensions() -> None:
    """Doc extensions this component sets (claims/facts stored msgpack-friendly by `extensions`)."""
    register_doc_extensions()
    if not Doc.has_extension("source_bases"):
        Doc.set_extension("source_bases", default=None)


register_extensions()


# --------------------------------------------------------------------------- segmentation


def segments(doc: Doc) -> list[tuple[int, int, int]]:
    """Sentences split at line breaks: (start token, end token, paragraph number)."""
    out: list[tuple[int, int, int]] = []
    para = 0
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append((start, tok.i, para))
                para += 1
                start = tok.i + 1
            elif "\n" in tok.whitespace_:  # pragma: no cover - spaCy puts newlines in their own tokens
                out.append((start, tok.i + 1, para))
                para += 1
                start = tok.i + 1
        if start < sent.end:
            out.append((start, sent.end, para))
    return out


def is_caption_or_heading(span: Span) -> bool:
    text = span.text.strip()
    if CAPTION.search(text):
        return True
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        return True
    return False


# --------------------------------------------------------------------------- the component


class ClaimExtractor:
    """The `osint_claims` pipeline component.

    `generic_sources`: "drop" (default) leaves unnamed sources ("analysts",
    "industry sources") out of chains, as tests/gold/GUIDELINES.md annotates
    them; "keep" keeps them as names without an entity.
    """

    def __init__(self, nlp: Language | None = None, name: str = "osint_claims", use_gazetteer: bool = True,
                 generic_sources: str = "drop"):  # fmt: skip
        if generic_sources not in ("keep", "drop"):
            raise ValueError(f"generic_sources must be 'keep' or 'drop', not {generic_sources!r}")
        self.name = name
        self._gazetteer = None
        self._use_gazetteer = use_gazetteer
        self.generic_sources = generic_sources

    @property
    def gazetteer(self) -> object | None:
        if self._gazetteer is None and self._use_gazetteer:
            try:
                from osint_graph.gazetteer import load_gazetteer

                self._gazetteer = load_gazetteer()
            except Exception:  # noqa: BLE001 - no data, no demonym fallback
                self._use_gazetteer = False
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        from osint_graph.nlp.claim_facts import derive_facts

        claims, infos, ctx = extract_claims(doc, self.gazetteer, drop_generic=self.generic_sources == "drop")
        doc._.claims = claims
        # plain values only: the Doc may travel between processes as bytes
        doc._.source_bases = {k: [[a.name, a.entity, a.verb] for a in v] for k, v in ctx.bases.items()}
        doc._.facts = derive_facts(doc, infos, ctx)
        forget_tokens()  # do not keep the Doc alive
        return doc


@Language.factory("osint_claims", default_config={"use_gazetteer": True, "generic_sources": "drop"})
def make_claim_extractor(nlp: Language, name: str, use_gazetteer: bool, generic_sources: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name, use_gazetteer, generic_sources)


class ClaimInfo:
    """A claim plus the tokens the fact rules need."""

    __slots__ = ("claim", "start", "end", "main", "subject_vessel")

    def __init__(self, claim: Claim, start: int, end: int, main: Token, subject_vessel: Span | None):
        self.claim = claim
        self.start = start
        self.end = end
        self.main = main
        self.subject_vessel = subject_vessel


Segment = tuple[int, int, int, list[Clause]]


def extract_claims(
    doc: Doc, gazetteer: object | None = None, drop_generic: bool = True
) -> tuple[list[Claim], list[ClaimInfo], AttributionContext]:
    """All claims of a Doc (see the module docstring), in text order."""
    forget_tokens()
    ctx = AttributionContext(doc, gazetteer)
    ctx.drop_generic = drop_generic
    attributor = SentenceAttributor(ctx)
    aid = ext(doc, "article_id") or article_id(doc.text)
    figures = [f for f in (ext(doc, "figures") or []) if isinstance(f, Span)]
    dates = [d for d in (ext(doc, "dates") or []) if isinstance(d, Span)]
    vessels = [e for e in ctx.ents if e.label_ == "VESSEL"]
    ports = [e for e in ctx.ents if e.label_ == "PORT"]

    # 1. attribution, sentence by sentence
    per_segment: list[Segment] = []
    segs = segments(doc)
    ctx.set_segments(segs)
    own_named: dict[int, bool] = {}
    for a, b, para in segs:
        if is_caption_or_heading(doc[a:b]):
            continue
        try:
            clauses = attributor.analyse(a, b)
            extra: list[Clause] = []
            for cl in clauses:
                extra += _add_inner_links(ctx, cl)
        except Exception:  # noqa: BLE001 - one odd sentence must not cost the article its claims
            log.warning("osint_claims: sentence at %d skipped", tokens_of(doc)[a].idx, exc_info=True)
            continue
        clauses = sorted(clauses + extra, key=lambda c: (c.start, -c.end))
        for cl in clauses:
            # a named source in the sentence makes a claim of it ("Pevkur said the checks would continue"),
            # but not of frame residue ("..., citing an official, who spoke on condition of anonymity")
            own_named[id(cl)] = not cl.extra and any(not s.generic for s in cl.chain)
        per_segment.append((a, b, para, clauses))
    # 2. what a frame covers beyond its sentence
    _quotation_scope(doc, per_segment)
    _paragraph_scope(per_segment)
    _passage_scope(doc, per_segment)
    _continuation_scope(doc, per_segment)

    # 3. clauses -> claims
    claims: list[Claim] = []
    infos: list[ClaimInfo] = []
    seen: set[tuple[int, int]] = set()
    for a, b, _para, clauses in per_segment:
        sentence = doc[a:b].text.strip()
        for cl in clauses:
            if (cl.start, cl.end) in seen:
                continue
            seen.add((cl.start, cl.end))
            built = _build_claim(doc, ctx, aid, cl, sentence, figures, dates, vessels, ports,
                                 own_named.get(id(cl), False))  # fmt: skip
            if built is not None:
                claims.append(built.claim)
                infos.append(built)
    return claims, infos, ctx


def _append(chain: list[Source], srcs: list[Source]) -> list[Source]:
    keys = {s.key for s in chain}
    return chain + [s for s in srcs if s.key not in keys]


def _add_inner_links(ctx: AttributionContext, cl: Clause) -> list[Clause]:
    """Links that do not narrow the span; returns extra clauses (descriptions with a source of their own)."""
    doc = ctx.doc
    extra: list[Clause] = []
    main = cl.main if cl.main is not None else tokens_of(doc)[cl.start]
    # "according to X" inside the clause
    for t in tokens_of(doc)[cl.start : cl.end]:
        if t.lower_ == "according" and t.i + 1 < cl.end and tokens_of(doc)[t.i + 1].lower_ == "to":
            objs = [g for g in tokens_of(doc)[t.i + 1].children if g.dep_ == "pobj"]
            if not objs:
                continue
            srcs = ctx.resolve(subtree(objs[0]), "according to")[:1]
            ctx.remember(srcs)
            rel = _relative_of(t, cl.start, cl.end)
            if rel is not None:
                # "containers in which, according to X, were transporting ...": X vouches for the description
                noun = rel.head
                span = [x for x in subtree(noun) if cl.start <= x.i < cl.end]
                s, f = span[0].i, span[-1].i + 1
                while f > s and (tokens_of(doc)[f - 1].is_punct or tokens_of(doc)[f - 1].is_space):
                    f -= 1
                extra.append(Clause(s, f, _append(list(cl.chain), srcs), rel, list(cl.trailing), cl.trailing_verb,
                                    cl.leading, cl.hedged_frame, True))  # fmt: skip
                continue
            cl.chain = _append(cl.chain, srcs)
    # the subject as the source: speech acts, accusations, denials, documents with an author
    speaker = speaker_of(ctx, main)
    if speaker:
        ctx.remember(speaker)
        if main.dep_ == "relcl":
            # "X claimed that C, which the manager denied": the denial is the manager's, not X's
            cl.chain = list(cl.trailing)
        cl.chain = _append(cl.chain, speaker)
        cl.speech = True
    # "were identified by experts from X"
    agent = observation_agent(ctx, main, cl.start, cl.end)
    if agent:
        ctx.remember(agent)
        cl.chain = _append(cl.chain, agent)
    # "which the Treasury said had carried ..."
    inner = embedded_speakers(ctx, cl.start, cl.end, main)
    if inner:
        ctx.remember(inner)
        cl.chain = _append(cl.chain, inner[:1])
    # the basis of an analysis: "NK Pro monitored ... satellite images provided by Planet Labs"
    basis = find_basis(ctx, cl.start, cl.end)
    if basis is not None:
        analyst, provider = basis
        ctx.bases[analyst.link.name] = (provider.link,)
        cl.chain = _append(_append(cl.chain, [analyst]), [provider])
    return extra


def _relative_of(tok: Token, a: int, e: int) -> Token | None:
    """The relative clause (on a noun) a token stands in, if any, within [a, e)."""
    node = tok
    for _ in range(32):
        if node.dep_ == "relcl":
            return node
        if node.head.i == node.i or not (a <= node.head.i < e):
            return None
        node = node.head
    return None


def find_basis(ctx: AttributionContext, a: int, e: int) -> tuple[Source, Source] | None:
    """'X monitored ... satellite images provided by Y' / "X's analysis of Y imagery": (X, Y)."""
    doc = ctx.doc
    for n in tokens_of(doc)[a:e]:
        if n.lemma_.lower() not in IMAGERY_NOUNS or n.pos_ not in ("NOUN", "PROPN"):
            continue
        provider = None
        # "images provided by Y", "images from Y", "Y imagery", "Y's images"
        cands: list[Token] = []
        for c in n.children:
            if c.dep_ in ("compound", "poss", "nmod"):
                cands.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                cands += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "acl":
                for g in c.children:
                    if g.dep_ in ("agent", "prep") and g.lower_ in ("by", "from"):
                        cands += [x for x in g.children if x.dep_ == "pobj"]
        for c in cands:
            ent = ctx.ent_at[c.i]
            if ent is not None and ent.label_ in ("ORG", "OUTLET"):
                provider = ctx.source_from_ent(ent, "imagery")
                break
        if provider is None:
            continue
        # the analyst: possessor of an analysis noun, or the subject of the governing verb
        analyst = None
        node = n
        for _ in range(8):
            if node.lemma_.lower() in ANALYSIS_NOUNS:
                poss = [c for c in node.children if c.dep_ == "poss"]
                if poss:
                    found = ctx.resolve(sorted(poss[0].subtree, key=lambda x: x.i), "analysis")
                    if found:
                        analyst = found[0]
                        break
            if node.pos_ in ("VERB", "AUX"):
                subj = [c for c in node.children if c.dep_ == "nsubj"]
                if subj:
                    found = ctx.resolve(sorted(subj[0].subtree, key=lambda x: x.i), node.lemma_)
                    if found:
                        analyst = found[0]
                        break
            if node.head.i == node.i:
                break
            node = node.head
        if analyst is not None and norm_name(analyst.link.name) != norm_name(provider.link.name):
            return analyst, provider
    return None


def _quotation_scope(doc: Doc, per_segment: list[tuple[int, int, int, list[Clause]]]) -> None:
    """A quotation over several sentences takes the frame of the sentence that closes it."""
    open_from: int | None = None
    for k, (a, b, _para, _clauses) in enumerate(per_segment):
        opens = sum(1 for t in tokens_of(doc)[a:b] if t.text in ("“", "«", "``"))
        closes = sum(1 for t in tokens_of(doc)[a:b] if t.text in ("”", "»", "''"))
        straight = sum(1 for t in tokens_of(doc)[a:b] if t.text == '"')
        if straight % 2 == 1:
            if open_from is None:
                opens += 1
            else:
                closes += 1
        if open_from is None and opens > closes:
            open_from = k
            continue
        if open_from is not None and closes > opens:
            trailing = next((cl.trailing for cl in per_segment[k][3] if cl.trailing), [])
            if trailing:
                for j in range(open_from, k):
                    for cl in per_segment[j][3]:
                        if not cl.chain:
                            cl.chain = list(trailing)
            open_from = None


def _paragraph_scope(per_segment: list[tuple[int, int, int, list[Clause]]]) -> None:
    """A press-review frame ('..., writes X') ending a paragraph covers that paragraph."""
    by_para: dict[int, list[int]] = {}
    for k, seg in enumerate(per_segment):
        by_para.setdefault(seg[2], []).append(k)
    for ks in by_para.values():
        if len(ks) < 2:
            continue
        last = per_segment[ks[-1]][3]
        frame = next((cl for cl in last if cl.trailing), None)
        if frame is None or (frame.trailing_verb or "") not in PARAGRAPH_VERBS:
            continue
        links = frame.trailing
        head = norm_name(links[0].link.name)
        for k in ks[:-1]:
            for cl in per_segment[k][3]:
                if cl.speech or (cl.chain and norm_name(cl.chain[0].link.name) == head):
                    continue
                cl.chain = list(links) + cl.chain


HEADING_WORDS = 10
ANAPHORIC_STARTS = words("attribution/anaphoric_starts")
CONTINUATION_STARTS = words("attribution/continuation_starts")


def _words(doc: Doc, a: int, b: int) -> int:
    return sum(1 for t in tokens_of(doc)[a:b] if t.is_alpha)


def _key(src: Source) -> str:
    return src.key


def _passage_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """A press review ('..., reports X' opening a paragraph) covers the paragraphs that follow.

    It covers them while the article keeps reporting X: it ends at a short
    one-sentence paragraph (a subheading) and at a clause with a frame of its
    own whose source is not in the passage's chain.  Sources cited inside the
    passage otherwise nest under it ("identified by experts from RUSI" ->
    [X, RUSI]; "the spy agency told lawmakers" in a passage [Yonhap, NIS] ->
    [Yonhap, NIS]).
    """
    by_para: dict[int, list[Segment]] = {}
    for seg in per_segment:
        by_para.setdefault(seg[2], []).append(seg)
    passage: list[Source] | None = None
    for _para, segs in sorted(by_para.items()):
        first = segs[0][3]
        opening = next((cl for cl in first if cl.trailing), None)
        heading = (
            len(segs) == 1
            and _words(doc, segs[0][0], segs[0][1]) <= HEADING_WORDS
            and not any(cl.chain for cl in first)
            and doc[segs[0][0]].lower_ not in ANAPHORIC_STARTS  # "The ships made 32 trips." continues
        )
        if heading:
            passage = None
            continue
        for _a, _b, _p, clauses in segs:
            for cl in clauses:
                if passage is None:
                    break
                keys = [_key(x) for x in passage]
                if cl.chain and _key(cl.chain[0]) in keys:
                    # the passage's own source again: complete the chain from it
                    cl.chain = passage[: keys.index(_key(cl.chain[0]))] + cl.chain
                elif cl.chain and (cl.leading or cl.trailing):
                    passage = None  # another source takes over
                elif not cl.speech:
                    cl.chain = list(passage) + cl.chain
        if (
            opening is not None
            and (opening.trailing_verb or "") in PARAGRAPH_VERBS
            and opening.trailing[0].label in ("ORG", "OUTLET")
        ):
            passage = list(opening.trailing)


def _continuation_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """'..., Kirby said. From there they were taken ...': 'they' carries the previous sentence's source on."""
    for k in range(1, len(per_segment)):
        a, _b, para, clauses = per_segment[k]
        prev = per_segment[k - 1]
        if prev[2] != para or not clauses or any(cl.chain for cl in clauses):
            continue
        toks = [t for t in tokens_of(doc)[a : a + 4] if not t.is_punct]
        starts = {t.lower_ for t in toks[:1]}
        if [t.lower_ for t in toks[:2]] == ["from", "there"]:
            starts.add("there")
        if not starts & CONTINUATION_STARTS:
            continue
        source = next((cl.chain for cl in prev[3] if cl.chain), None)
        if source:
            for cl in clauses:
                cl.chain = list(source)


# --------------------------------------------------------------------------- one claim


def _cue_tokens(doc: Doc, s: int, f: int, main: Token) -> list[Token]:
    """The clause's tokens minus relative and participial clauses on nouns (their verbs describe, not assert)."""
    skip: set[int] = set()
    for t in tokens_of(doc)[s:f]:
        if t.dep_ in ("relcl", "acl") and t.i != main.i:
            skip.update(x.i for x in t.subtree)
    return [t for t in tokens_of(doc)[s:f] if t.i not in skip]


def _argument_nouns(main: Token, toks: list[Token]) -> set[str]:
    """Nouns that are the predicate's own arguments (and their compounds), not nouns deep in phrases."""
    keep = {t.i for t in toks}
    out: set[str] = set()
    for c in main.children:
        if c.dep_ in ARGUMENT_DEPS and c.i in keep:
            out.add(c.lemma_.lower())
            out.update(g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod", "nmod"))
    if main.pos_ in ("NOUN", "ADJ"):
        out.add(main.lemma_.lower())
    return out


def _kind(doc: Doc, s: int, f: int, main: Token, has_figure: bool, labels: set[str]) -> str:
    if modality.is_denial(main):
        return "denial"
    if modality.is_accusation(main):
        return "accusation"
    toks = _cue_tokens(doc, s, f, main)
    verbs = {t.lemma_.lower() for t in toks if t.pos_ == "VERB" and not _performs(t)}
    nouns = {t.lemma_.lower() for t in toks if t.pos_ in ("NOUN", "ADJ", "PROPN")}
    args = _argument_nouns(main, toks) | {t.lemma_.lower() for t in toks if t.dep_ == "prep" and t.head.i == main.i
                                           for t in t.children if t.dep_ == "pobj"}  # fmt: skip
    lemmas = {t.lemma_.lower() for t in toks}
    at_port = "PORT" in labels or bool(lemmas & PORT_NOUNS)
    main_lemma = main.lemma_.lower()
    if _performs(main):
        main_lemma = "carry_out"

    def fits(kind: str, verb_set: set[str], noun_set: set[str]) -> bool:
        vcues, ncues = KIND_CUES[kind]
        if kind == "port_call":
            located = main.lemma_ in ("be", "remain") and "PORT" in labels and "VESSEL" in labels
            return located or (bool(verb_set & vcues) and at_port) or (bool(noun_set & ncues & args) and at_port)
        if kind == "trip_count":
            counted = [t for t in toks if t.pos_ == "NOUN" and t.lemma_.lower() in ncues & noun_set]
            return any(
                any(c.dep_ == "nummod" or c.like_num or c.lower_ in ("several", "dozens", "many") for c in t.children)
                for t in counted
            )
        if kind == "capability":
            can = any(t.lower_ == "can" and t.head.i == main.i for t in toks) and main.lemma_ not in HEDGING_FRAMES
            return bool(noun_set & ncues) or (can and not any(c.dep_ == "auxpass" for c in main.children))
        # nouns name a kind when they are the predicate's arguments ("Deliveries ... were carried out"),
        # not when they hang deep in a phrase ("pressure over oil shipments")
        return bool(verb_set & vcues) or bool(noun_set & ncues & args)

    if main_lemma in STRONG_SHIPMENT:
        return "shipment"
    if fits("trip_count", verbs, nouns):
        return "trip_count"
    if fits("port_call", verbs, nouns):
        return "port_call"
    # the main predicate decides first, then any cue in the clause, in the order of KIND_CUES
    for kind in KIND_CUES:
        if main_lemma in KIND_CUES[kind][0] and fits(kind, {main_lemma}, set()):
            return kind
    for kind in KIND_CUES:
        if fits(kind, verbs, nouns):
            return kind
    return "quantity" if has_figure else "statement"


def _performs(verb: Token) -> bool:
    """'carried out' = performed: no carrying."""
    return verb.lemma_ == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _date_of(main: Token, dates: list[Span]) -> str | None:
    best = None
    best_score = None
    for d in dates:
        value = ext(d, "date_value")
        if not value or described(d, main):
            continue
        # hops from the date to the predicate, without passing another clause
        node = d.root
        hops = 0
        reached = False
        for _ in range(12):
            if node == main:
                reached = True
                break
            if node.head.i == node.i:
                break
            if node.pos_ in ("VERB", "AUX") and node != d.root and node.dep_ not in ("aux", "auxpass"):
                hops += 3
            node = node.head
            hops += 1
        score = (0 if reached else 1, hops, d.start)
        if best_score is None or score < best_score:
            best, best_score = value, score
    return str(best) if best else None


def _event_verb(doc: Doc, s: int, f: int, main: Token, kind: str) -> Token:
    """The verb whose date is the claim's date: the arrival of a port call, else the main predicate."""
    if kind == "port_call" and main.lemma_ not in KIND_CUES["port_call"][0]:
        for t in tokens_of(doc)[s:f]:
            if t.pos_ == "VERB" and t.lemma_ in KIND_CUES["port_call"][0]:
                return t
    return main


def _build_claim(
    doc: Doc,
    ctx: AttributionContext,
    aid: str,
    cl: Clause,
    sentence: str,
    figures: list[Span],
    dates: list[Span],
    vessels: list[Span],
    ports: list[Span],
    named_source: bool,
) -> ClaimInfo | None:
    s, f = cl.start, cl.end
    main = cl.main if cl.main is not None else tokens_of(doc)[s]
    span = doc[s:f]
    text = span.text
    if BOILERPLATE.search(text):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in span) or sum(1 for t in span if t.is_alpha) < 2:
        return None
    start_char, end_char = span.start_char, span.end_char
    figs = [x for x in figures if x.start_char >= start_char and x.end_char <= end_char]
    ents = [x for x in ctx.ents if x.start >= s and x.end <= f]
    labels = {x.label_ for x in ents}
    vessel = subject_vessel(ctx, main, vessels)
    if vessel is not None:
        labels.add("VESSEL")
    port_refs = port_references(ctx, s, f, ports)
    if port_refs:
        labels.add("PORT")
    if not figs and not (labels & TRACKED_LABELS) and not named_source:
        return None
    kind = _kind(doc, s, f, main, bool(figs), labels)
    is_hedged = cl.hedged_frame or modality.hedged(span, main)
    is_negated = modality.negated(main)
    stance = "denial" if kind == "denial" else None
    if stance == "denial":
        is_negated = True  # the source says the allegation is false
    entity_ids = claim_entity_ids(doc, ents, main, vessel, s, f)
    for p in port_refs:
        pid = entity_id_of(p)
        if pid and pid not in entity_ids:
            entity_ids.append(pid)
    claim = Claim(
        id=span_id("claim", aid, start_char, end_char),
        text=text,
        start=start_char,
        end=end_char,
        kind=kind,
        attribution=ctx.keep(cl.chain),
        entities=tuple(entity_ids),
        figures=tuple(span_id("fig", aid, x.start_char, x.end_char) for x in figs),
        hedged=is_hedged,
        negated=is_negated,
        date=_date_of(_event_verb(doc, s, f, main, kind), [d for d in dates if d.start >= s and d.end <= f]),
        sentence=sentence,
        stance=stance,
    )
    return ClaimInfo(claim, s, f, main, vessel)


def attribution_names(claim: Claim) -> list[str]:
    """The chain as names (for tests and reports)."""
    return [a.name for a in claim.attribution]


__all__ = ["ClaimExtractor", "attribution_names", "extract_claims", "make_claim_extractor", "segments"]
