"""Claims: one record per asserted proposition, with its attribution chain and modality.

The `osint_claims` component runs last in the pipeline.  It reads the
entities (`doc.ents` with `span._.canonical`, `span._.entity_id`,
`span._.role`), `doc._.figures`, `doc._.dates`, `doc._.article_id` and
`doc._.outlet`, and sets `doc._.claims` (list of `model.Claim`),
`doc._.facts` (list of `model.Fact`, see `claim_facts`) and
`doc._.source_bases` (source name -> [[name, entity id, "imagery"], ...]:
the evidence a source's reporting rests on, see `attribution_links`).  Every
annotation it reads is optional: on a bare model it falls back to the
statistical entities (`tests/claim_standalone.py` builds such a pipeline).

**The steps**, one module each (none is a spaCy component of its own: they pass
Token-bearing clauses to each other, which `doc.user_data` could not carry between
processes):

1. `claim_segments`: sentences split at line breaks, captions and headings dropped;
2. `attribution_frames`: each sentence loses its attribution frames and is cut into
   clauses, each with its chain; `source_resolution` names the source of each frame;
3. `attribution_links`: speakers inside a clause, the basis of an analysis;
4. `attribution_scope`: what a frame covers beyond its sentence;
5. here: which clauses are claims, with `claim_kinds` (the kind), `modality` (hedged,
   negated, denial), `claim_referents` (entities, the vessel "it" refers to, the date);
6. `claim_facts`: the events the claims state.

**What is a claim.** A clause is a claim when it has a verb and carries a
figure, mentions a tracked entity (vessel, port, country, weapon, person,
organisation, location; "it" / "the ship" / "the port" referring back to one count) or
has a source in its own sentence, named or not ("Pevkur said the checks would
continue", "Officials said no fuel had leaked"), or in the passage that carries a source
on (the next sentences of a quote running over paragraphs), or a subject that takes part in the
event unnamed ("Authorities detained the tanker", "Some crew members prevented officers from ...":
`claim_participants`).  Captions ("Photo: ..."), headings
without a verb, page furniture, a dateline and the article's own housekeeping ("could not independently verify",
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

**Kinds**: see `claim_kinds`.
"""

from __future__ import annotations

import logging
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import load_gazetteer
from osint_graph.model import Claim, article_id, span_id
from osint_graph.nlp import hedge_scope, modality
from osint_graph.nlp.attribution_background import drop_carried_background
from osint_graph.nlp.attribution_basis import basis
from osint_graph.nlp.attribution_carry import carry_step, record
from osint_graph.nlp.attribution_carry import mode as carry_mode
from osint_graph.nlp.attribution_carry_limits import cut_carried_passages
from osint_graph.nlp.attribution_event_passage import event_passage_scope
from osint_graph.nlp.attribution_frames import Clause, SentenceAttributor
from osint_graph.nlp.attribution_links import add_inner_links, declined_to_say
from osint_graph.nlp.attribution_next_reporter import apply_next_reporter, drop_carried_hearsay, is_writer_cue
from osint_graph.nlp.attribution_scope import Segment, apply_scopes
from osint_graph.nlp.attribution_ship_report import relayed_ship_reports
from osint_graph.nlp.claim_facts import derive_facts
from osint_graph.nlp.claim_kinds import claim_kind, event_verb
from osint_graph.nlp.claim_participants import participant_subject
from osint_graph.nlp.claim_referents import claim_date, claim_entity_ids, entity_id_of, port_references, subject_vessel
from osint_graph.nlp.claim_segments import is_caption_or_heading, segments
from osint_graph.nlp.credited_outlets import add_credited_outlets
from osint_graph.nlp.extensions import doc_text, span_text
from osint_graph.nlp.extensions import register_extensions as register_doc_extensions
from osint_graph.nlp.furniture import is_furniture
from osint_graph.nlp.repost import head_chains, headline_clauses
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.story_frame import story_first_frame
from osint_graph.nlp.syntax import ext, forget_tokens, tokens_of

log = logging.getLogger(__name__)
TRACKED_LABELS = words("claims/tracked_labels")
# the article's own housekeeping, not a proposition ("X did not respond" IS one: a claim, negated)
BOILERPLATE = re.compile(
    r"(?i)(could not|couldn't|was unable to|were unable to|cannot|has not been able to) (independently )?"
    r"(verify|confirm)|(reporting|editing|writing|additional reporting) by |(subscribe|sign up) (to|for)"
    r"|all rights reserved|click here|read more:"
)


def register_extensions() -> None:
    """Doc extensions this component sets (claims/facts stored msgpack-friendly by `extensions`)."""
    register_doc_extensions()
    if not Doc.has_extension("source_bases"):
        Doc.set_extension("source_bases", default=None)


register_extensions()


# --------------------------------------------------------------------------- the component


class ClaimExtractor:
    """The `osint_claims` pipeline component.

    `carry_model`: "on" or "off" turns the learned carry-on decision (`attribution_carry`) on or
    off; None (default) reads $OSINT_GRAPH_CARRY_MODEL, else the weights file's `active` row.
    `generic_sources`: "drop" (default) leaves unnamed sources ("analysts",
    "industry sources") out of chains, as tests/gold/GUIDELINES.md annotates
    them; "keep" keeps them as names without an entity.  `sources`: the
    sources folder whose gazetteer (demonyms, capitals) resolves "a Seoul
    official" to its state, the same as the other components' (default: the
    project's); `use_gazetteer=False` resolves without one.
    """

    def __init__(self, nlp: Language | None = None, name: str = "osint_claims", use_gazetteer: bool = True,
                 generic_sources: str = "drop", sources: str | None = None,
                 carry_model: str | None = None):  # fmt: skip
        if generic_sources not in ("keep", "drop"):
            raise ValueError(f"generic_sources must be 'keep' or 'drop', not {generic_sources!r}")
        self.name = name
        self._gazetteer = None
        self._use_gazetteer = use_gazetteer
        self.generic_sources = generic_sources
        self.sources = sources
        self.carry_model = carry_model
        if carry_model is not None:
            carry_mode(carry_model)  # a misspelt value fails here, not on the first Doc

    @property
    def gazetteer(self) -> object | None:
        if self._gazetteer is None and self._use_gazetteer:
            try:
                self._gazetteer = load_gazetteer(self.sources)
            except Exception:  # noqa: BLE001 - no data, no demonym fallback
                self._use_gazetteer = False
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        claims, infos, ctx = extract_claims(
            doc, self.gazetteer, drop_generic=self.generic_sources == "drop", carry=self.carry_model
        )
        doc._.claims = claims
        add_credited_outlets(doc, claims, self.gazetteer)  # the outlet heading the chains is an entity
        # plain values only: the Doc may travel between processes as bytes
        doc._.source_bases = {k: [[a.name, a.entity, a.verb] for a in v] for k, v in ctx.bases.items()}
        doc._.facts = derive_facts(doc, infos, ctx)
        forget_tokens()  # do not keep the Doc alive
        return doc


@Language.factory(
    "osint_claims",
    default_config={"use_gazetteer": True, "generic_sources": "drop", "sources": None, "carry_model": None},
)
def make_claim_extractor(
    nlp: Language, name: str, use_gazetteer: bool, generic_sources: str, sources: str | None,
    carry_model: str | None = None,
) -> ClaimExtractor:  # fmt: skip
    return ClaimExtractor(nlp, name, use_gazetteer, generic_sources, sources, carry_model)


class ClaimInfo:
    """A claim plus the tokens the fact rules need."""

    __slots__ = ("claim", "start", "end", "main", "subject_vessel")

    def __init__(self, claim: Claim, start: int, end: int, main: Token, subject_vessel: Span | None):
        self.claim = claim
        self.start = start
        self.end = end
        self.main = main
        self.subject_vessel = subject_vessel


def extract_claims(
    doc: Doc, gazetteer: object | None = None, drop_generic: bool = True, carry: str | None = None
) -> tuple[list[Claim], list[ClaimInfo], AttributionContext]:
    """All claims of a Doc (see the module docstring), in text order."""
    forget_tokens()
    ctx = AttributionContext(doc, gazetteer)
    ctx.drop_generic = drop_generic
    attributor = SentenceAttributor(ctx)
    aid = ext(doc, "article_id") or article_id(doc_text(doc))
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
        if is_caption_or_heading(doc[a:b]) or is_furniture(doc[a:b]):
            continue  # page furniture (bylines, captions, links) makes no claim and opens no passage
        try:
            clauses = attributor.analyse(a, b)
            extra: list[Clause] = []
            for cl in clauses:
                extra += add_inner_links(ctx, cl)
        except Exception:  # noqa: BLE001 - one odd sentence must not cost the article its claims
            log.warning("osint_claims: sentence at %d skipped", tokens_of(doc)[a].idx, exc_info=True)
            continue
        clauses = sorted(clauses + extra, key=lambda c: (c.start, -c.end))
        for cl in clauses:
            # a reported clause is asserted by its source, named or not ("Officials said no fuel had
            # leaked" is a claim, issue 12 item 4), but frame residue is not ("..., citing an official,
            # who spoke on condition of anonymity")
            own_named[id(cl)] = not cl.extra and (bool(cl.chain) or cl.silent or cl.act)
        per_segment.append((a, b, para, clauses))
    # 2. what a frame covers beyond its sentence; a clause the passage of a source covers is that
    # source's statement, a claim like one with a source of its own ("X said: “A.¶“B.”": B is X's)
    framed = {id(cl) for _a, _b, _p, clauses in per_segment for cl in clauses if cl.chain}
    apply_scopes(doc, per_segment)
    event_passage_scope(doc, per_segment, framed)  # the same event told on after an opening frame
    for _a, _b, _p, clauses in per_segment:
        for cl in clauses:
            own_named[id(cl)] = own_named.get(id(cl), False) or (
                not cl.extra and (bool(cl.chain) or cl.silent or cl.act or cl.emptied == "account_closed")
            )
    # 2b. the learned carry-on decision re-weighs the chains of the clauses with no frame of their own
    # (which clauses are claims stays the rules' call)
    points = carry_step(doc, per_segment, framed, carry)
    # 2c. the writer's 'reportedly' ends a carried passage, and points at the reporter the next
    # sentence names
    drop_carried_hearsay(doc, per_segment, framed)
    drop_carried_background(doc, per_segment, framed)
    cut_carried_passages(doc, per_segment, framed)
    apply_next_reporter(doc, per_segment, framed)
    relayed_ship_reports(doc, per_segment)  # a ship's report, passed on by the body that received it
    # 3. a republished story: its original outlet heads every chain
    first_frame = story_first_frame(ctx, doc, per_segment)
    head_chains(ctx, [cl.chain for _a, _b, _p, clauses in per_segment for cl in clauses], first_frame,
                tuple(cl.chain for cl in headline_clauses(doc, per_segment)))  # fmt: skip
    if points and carry_mode(carry) == "record":
        record(doc, points, lambda chain: _final_chain(ctx, chain, first_frame))

    # 4. clauses -> claims
    claims: list[Claim] = []
    infos: list[ClaimInfo] = []
    seen: set[tuple[int, int]] = set()
    for a, b, _para, clauses in per_segment:
        sentence = span_text(doc[a:b]).strip()
        built_here: list[tuple[Clause, ClaimInfo | None]] = []
        for cl in clauses:
            if (cl.start, cl.end) in seen:
                continue
            seen.add((cl.start, cl.end))
            built = _build_claim(doc, ctx, aid, cl, sentence, figures, dates, vessels, ports,
                                 own_named.get(id(cl), False))  # fmt: skip
            built_here.append((cl, built))
        polarities = {built.claim.negated for _cl, built in built_here if built is not None}
        for cl, built in built_here:
            if built is None and _other_polarity(cl, polarities):
                # "the ship was damaged, while no crewmen were hurt" (or the reverse): a clause whose negation
                # differs from a claim beside it is its own claim even with no entity of its own (GUIDELINES,
                # thirteenth round)
                built = _build_claim(doc, ctx, aid, cl, sentence, figures, dates, vessels, ports, True)
            if built is not None:
                claims.append(built.claim)
                infos.append(built)
    return claims, infos, ctx


def _other_polarity(cl: Clause, polarities: set[bool]) -> bool:
    """A clause of its own (not frame residue) negated where a claim of its sentence is not, or the reverse."""
    return cl.main is not None and not cl.extra and (not modality.negated(cl.main)) in polarities


def _final_chain(ctx: AttributionContext, chain: list, first_frame) -> list[tuple[str, str | None]]:
    """A candidate chain as the claim would carry it: headed by a reposted outlet, kept names only."""
    headed = list(chain)
    head_chains(ctx, [headed], first_frame)
    return [(a.name, a.entity) for a in ctx.keep(headed)]


# --------------------------------------------------------------------------- one claim


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
    text = span_text(span)
    if BOILERPLATE.search(text) or is_furniture(span):
        return None
    toks = tokens_of(doc)[s:f]  # the Doc's Token objects, not new ones
    if not any(t.pos_ in ("VERB", "AUX") for t in toks) or sum(1 for t in toks if t.is_alpha) < 2:
        return None
    start_char, end_char = span.start_char, span.end_char
    figs = [x for x in figures if x.start_char >= start_char and x.end_char <= end_char]
    # the entities inside the clause, in text order, from the token -> entity index (not a scan of all)
    ents = [e for i in range(s, f) if (e := ctx.ent_at[i]) is not None and e.start == i and e.end <= f]
    labels = {x.label_ for x in ents}
    vessel = subject_vessel(ctx, main, vessels)
    if vessel is not None:
        labels.add("VESSEL")
    port_refs = port_references(ctx, s, f, ports)
    if port_refs:
        labels.add("PORT")
    if not figs and not (labels & TRACKED_LABELS) and not named_source and not participant_subject(main, s, f):
        return None  # "Authorities detained the tanker": an event told of unnamed participants is a claim
    kind = claim_kind(doc, s, f, main, bool(figs), labels)
    cue_free = [t for t in toks if not is_writer_cue(t)] if cl.cue_resolved else toks  # the cue names a reporter
    if cl.chain:  # "X said two injuries were reported": the chain names the reporter, no hearsay left
        cue_free = [t for t in cue_free if not hedge_scope.bare_report(t)]
    is_hedged = cl.hedged_frame or modality.hedged(cue_free, main) or modality.governing_hedge(main)
    is_negated = modality.negated(main, (s, f)) or declined_to_say(main)
    stance = "denial" if kind == "denial" else None
    if stance == "denial":
        is_negated = True  # the source says the allegation is false
    entity_ids = claim_entity_ids(doc, ents, main, vessel, s, f)
    for p in port_refs:
        pid = entity_id_of(p)
        if pid and pid not in entity_ids:
            entity_ids.append(pid)
    chain_basis, source_rule = basis(ctx, cl)
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
        date=claim_date(event_verb(doc, s, f, main, kind), [d for d in dates if d.start >= s and d.end <= f]),
        sentence=sentence,
        stance=stance,
        basis=chain_basis,
        source_rule=source_rule,
    )
    return ClaimInfo(claim, s, f, main, vessel)


def attribution_names(claim: Claim) -> list[str]:
    """The chain as names (for tests and reports)."""
    return [a.name for a in claim.attribution]


__all__ = ["ClaimExtractor", "attribution_names", "extract_claims", "make_claim_extractor", "segments"]
