"""What a claim is about: the vessel of its subject, the ports it refers back to, its entity ids.

Read by the claims component (`claims.py`) when it builds a claim and by the fact rules
(`claim_facts.py`) when they look for a port call's vessel. Reads the entity index of the
`AttributionContext` (`doc.ents` with `span._.entity_id`, `span._.canonical`) and the
dependency parse; writes nothing on the Doc.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from osint_graph.model import entity_id, slug
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import LABEL_TYPES
from osint_graph.nlp.source_resolution import AttributionContext
from osint_graph.nlp.syntax import described, ext, tokens_of


def subject_tokens(main: Token) -> list[Token]:
    node = main
    for _ in range(6):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return sorted(subj[0].subtree, key=lambda t: t.i)
        if node.head.i == node.i or node.dep_ not in ("conj", "advcl", "xcomp", "acl", "ccomp"):
            break
        node = node.head
    return []


VESSEL_ANAPHORS = words("claims/vessel_anaphors")

PORT_ANAPHORS = words("claims/port_anaphors")


def _expletive(tok: Token) -> bool:
    """'It can be assumed that', 'it is likely that', 'it was the first time': no referent."""
    verb = tok.head
    if any(c.dep_ in ("ccomp", "csubj", "csubjpass", "xcomp") and c.i > verb.i for c in verb.children):
        return True
    if verb.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return True
    return tok.dep_ == "expl"


def subject_vessel(ctx: AttributionContext, main: Token, vessels: list[Span]) -> Span | None:
    """The vessel a predicate is about: its subject, or what 'it' / 'the ship' refers back to."""
    subj = subject_tokens(main)
    if not subj:
        return None
    for t in subj:
        ent = ctx.ent_at[t.i]
        if ent is not None and ent.label_ == "VESSEL":
            return ent
    head = next((t for t in subj if t.dep_ in ("nsubj", "nsubjpass")), subj[-1])
    here = ctx.segment_of(head.i)
    if head.lower_ == "it" and not _expletive(head):
        # "it" refers back to a vessel that was the subject of one of the last sentences
        for v in reversed(vessels):
            if v.end > head.i or here - ctx.segment_of(v.start) > 2:
                continue
            if v.root.dep_ in ("nsubj", "nsubjpass", "appos") or v.root.head.dep_ in ("nsubj", "nsubjpass"):
                return v
        return None
    if (
        head.lemma_.lower() in VESSEL_ANAPHORS
        and head.tag_ == "NN"
        and not any(c.dep_ == "nummod" for c in head.children)
    ):
        if any(c.lower_ in ("the", "this", "that") for c in head.children):
            before = [v for v in vessels if v.end <= head.i and here - ctx.segment_of(v.start) <= 2]
            if before:
                return before[-1]
    return None


def port_references(ctx: AttributionContext, s: int, f: int, ports: list[Span]) -> list[Span]:
    """'the North Korean port' -> the port named last (within three sentences)."""
    out = []
    doc = ctx.doc
    for t in tokens_of(doc)[s:f]:
        if t.lemma_.lower() not in PORT_ANAPHORS or t.tag_ != "NN" or ctx.ent_at[t.i] is not None:
            continue
        if not any(c.lower_ in ("the", "this", "that") for c in t.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            continue  # "the port of Rajin" names it
        here = ctx.segment_of(t.i)
        before = [p for p in ports if p.end <= t.i and here - ctx.segment_of(p.start) <= 2]
        if before:
            out.append(before[-1])
    return out


def entity_id_of(ent: Span) -> str | None:
    eid = ext(ent, "entity_id")
    if eid:
        return str(eid)
    if ent.label_ in LABEL_TYPES:
        return entity_id(LABEL_TYPES[ent.label_], slug(str(ext(ent, "canonical") or ent.text)))
    return None


def claim_entity_ids(doc: Doc, ents: Iterable[Span], main: Token, vessel: Span | None, s: int, f: int) -> list[str]:
    subj = {t.i for t in subject_tokens(main)}
    ordered = sorted(ents, key=lambda e: (0 if any(i in subj for i in range(e.start, e.end)) else 1, e.start))
    out: list[str] = []
    if vessel is not None and not (s <= vessel.start < f):
        vid = entity_id_of(vessel)
        if vid:
            out.append(vid)
    for e in ordered:
        if e.label_ not in LABEL_TYPES:
            continue
        eid = entity_id_of(e)
        if eid and eid not in out:
            out.append(eid)
    return out


def claim_date(main: Token, dates: list[Span]) -> str | None:
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
