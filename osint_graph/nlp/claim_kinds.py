"""The kind of a claim: denial, accusation, sanction, port call, trip count, shipment, production,
incident, capability, quantity or statement.

No pipeline component of its own: a step of `osint_claims` (`claims.py`), run on each clause
that is a claim. It reads the clause's tokens (lemmas, part of speech, dependency parse) and
the labels of the entities in it, and writes nothing on the Doc: `claims.py` stores the kind on
`model.Claim.kind`. The cues are data: `sources/rules/claims/kind_cues.csv` (kind, verb or noun,
lemma), `strong_shipment_verbs.txt`, `port_nouns.txt`, `argument_dependencies.txt`; denials and
accusations come from `modality`.

Cues are lemmas; a strong shipment verb as the predicate ("send", "deliver", "supply", ...)
first, then a counted trip, then a port call, then the main predicate's kind, then any cue in
the clause, in the order of the kinds in kind_cues.csv; nouns count when they are the
predicate's own arguments, "carried out" is no carrying:

- ``denial``: the predicate denies or rejects (deny, reject, refute, dismiss, rebut; "called the
  reports baseless"); stance "denial".
- ``accusation``: accuse, charge, blame, condemn, allege, denounce.
- ``port_call``: a vessel arrives, docks, berths, moors, anchors, calls, visits, enters, leaves,
  departs, loads or unloads at a port (a PORT entity or a port word), a call or voyage there, or
  a vessel "was in" / "remains off" a port.
- ``trip_count``: a counted trip, voyage, run, journey, crossing, flight, expedition, transit
  ("made at least 32 trips").
- ``capability``: capable, able, range, payload, capability, "can" + verb.
- ``quantity``: any other clause stating a figure; ``statement``: anything else.
- the others (sanction, shipment, production, incident): a cue of kind_cues.csv.

Verbs inside a description of a noun ("satellite images provided by X") give no kind.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp import modality
from osint_graph.nlp.attribution_verbs import HEDGING_FRAMES
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.syntax import dep_labels, head_indices, tokens_of


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
COUNT_WORDS = words("claims/count_words")


def _cue_tokens(doc: Doc, s: int, f: int, main: Token) -> list[Token]:
    """The clause's tokens minus relative and participial clauses on nouns (their verbs describe, not assert)."""
    skip: set[int] = set()
    toks, deps = tokens_of(doc), dep_labels(doc)
    for i in range(s, f):
        if deps[i] in ("relcl", "acl") and i != main.i:
            skip.update(x.i for x in toks[i].subtree)
    return [toks[i] for i in range(s, f) if i not in skip] if skip else toks[s:f]


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


def claim_kind(doc: Doc, s: int, f: int, main: Token, has_figure: bool, labels: set[str]) -> str:
    if modality.is_denial(main):
        return "denial"
    if modality.is_accusation(main):
        return "accusation"
    toks = _cue_tokens(doc, s, f, main)
    # each token's lemma and part of speech read once (a Token's string attributes are looked up per read)
    lows = [t.lemma_.lower() for t in toks]
    tags = [t.pos_ for t in toks]
    verbs = {low for t, low, pos in zip(toks, lows, tags, strict=True) if pos == "VERB" and not _performs(t)}
    nouns = {low for low, pos in zip(lows, tags, strict=True) if pos in ("NOUN", "ADJ", "PROPN")}
    deps, heads = dep_labels(doc), head_indices(doc)  # the parse as arrays: no Token per `head` read
    args = _argument_nouns(main, toks) | {c.lemma_.lower() for t in toks if deps[t.i] == "prep" and heads[t.i] == main.i
                                           for c in t.children if c.dep_ == "pobj"}  # fmt: skip
    lemmas = set(lows)
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
            wanted = ncues & noun_set
            counted = (
                [t for t, low, pos in zip(toks, lows, tags, strict=True) if pos == "NOUN" and low in wanted]
                if wanted
                else []
            )
            return any(
                any(c.dep_ == "nummod" or c.like_num or c.lower_ in COUNT_WORDS for c in t.children) for t in counted
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


def event_verb(doc: Doc, s: int, f: int, main: Token, kind: str) -> Token:
    """The verb whose date is the claim's date: the arrival of a port call, else the main predicate."""
    if kind == "port_call" and main.lemma_ not in KIND_CUES["port_call"][0]:
        for t in tokens_of(doc)[s:f]:
            if t.pos_ == "VERB" and t.lemma_ in KIND_CUES["port_call"][0]:
                return t
    return main
