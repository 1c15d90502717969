"""Carry-on across sentences as a learned decision: whose is a sentence with no frame of its own?

A step of `osint_claims` (`claims.py`), run after the scope rules (`attribution_scope.py`). A
clause with no attribution frame in its own sentence (no "X said", no "according to X", not a
speech act) is a *decision point*: the scope rules have given it a chain or left it the outlet's
own voice. The candidates are the outlet's own voice (no chain) and the chains of the previous
`MAX_CANDIDATES` sentences with a source, in its paragraph and the one before (and the rules'
verdict, when it is none of those). A logistic regression scores each candidate over cheap,
general features (`families.txt` of `sources/rules/carry_model/`): the rules' verdict, distance
in sentences and paragraphs, paragraph start, in or after a quote, the first word's class, the
tense of the root, a number or a hedge, whether the candidate's frame was a quote or a say-frame,
the candidate source's type, another source named in the sentence, sentence length. The model
overrides the rules only when its best candidate's probability beats the rules' verdict's by the
file's `margin`.

Weights are data, `sources/rules/carry_model/weights.csv` (format in sources/README.md), written
by `scripts/train_carry_model.py` from the dev split and tests/gold only. The switch: config
`carry_model` of `osint_claims` ("on", "off"; None reads `$OSINT_GRAPH_CARRY_MODEL`, and when that
is unset the file's `active` row; any other value is refused), or `scripts/evaluate.py --carry-model on|off`.
`$OSINT_GRAPH_CARRY_MODEL=record` keeps the rules' chains and stores every decision point with its
candidates and features in `doc.user_data[RECORD_KEY]` (plain data, for the trainer).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from osint_graph.nlp import modality
from osint_graph.nlp.attribution_bracket import Segment
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.attribution_scope import quote_state
from osint_graph.nlp.logistic import family, logistic, weight_row
from osint_graph.nlp.rules import words
from osint_graph.nlp.source_context import Source, carried
from osint_graph.nlp.syntax import tokens_of

ENV = "OSINT_GRAPH_CARRY_MODEL"
RULE_NAME = "carry_model/weights"
RECORD_KEY = ("osint", "carry_points")
MAX_CANDIDATES = 3  # earlier sourced sentences offered besides the outlet's own voice
SOURCE_LABELS = ("PERSON", "ORG", "OUTLET", "COUNTRY", "GPE", "NORP")
FAMILIES = words("carry_model/families")  # the families `decision_points` computes


def mode(setting: str | None = None) -> str:
    """'on', 'off', 'record' or 'file' (unset or empty: the weights file's `active` row decides).
    Any other value is refused: a misspelt switch must not silently leave the model off."""
    value = (setting if setting is not None else os.environ.get(ENV, "")).strip().lower()
    if value in ("0", "off", "false", "no"):
        return "off"
    if value in ("1", "on", "true", "yes", "record"):
        return "record" if value == "record" else "on"
    if value:
        raise ValueError(f"carry_model (or ${ENV}) must be on, off or record, not {value!r}")
    return "file"


# --- the decision points and their candidates --------------------------------------------------


@dataclass
class Candidate:
    chain: list[Source]
    feats: dict[str, float]


@dataclass
class Point:
    clause: Clause
    candidates: list[Candidate]  # [0] is the outlet's own voice
    verdict: int  # the candidate the scope rules chose


def _sourced(clauses: list[Clause]) -> Clause | None:
    """The clause whose chain stands for its sentence: a framed one first, else any with a chain."""
    with_chain = [cl for cl in clauses if cl.chain and not cl.extra]
    return next((cl for cl in with_chain if cl.leading or cl.trailing), with_chain[0] if with_chain else None)


def _key(chain: Iterable[Source]) -> tuple[str, ...]:
    return tuple(s.key for s in chain)


def _source_type(src: Source) -> str:
    if src.generic:
        return "generic"
    return src.label if src.label in SOURCE_LABELS else "other"


def _first_word(doc: Doc, a: int, b: int) -> str:
    """The class of the sentence's first word: pronoun, 'the' + descriptor noun, conjunction, other."""
    toks = [t for t in tokens_of(doc)[a:b] if not (t.is_punct or t.is_space)]
    if not toks:
        return "none"
    first = toks[0]
    if first.pos_ == "PRON":
        return "pronoun"
    if first.lower_ == "the" and len(toks) > 1 and toks[1].pos_ == "NOUN":
        return "the_noun"
    if first.pos_ in ("CCONJ", "SCONJ"):
        return "conjunction"
    if first.pos_ == "ADV":
        return "adverb"
    return "name" if first.pos_ == "PROPN" else "other"


def _tense(main: Token | None) -> str:
    if main is None:
        return "none"
    aux = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    tags = {main.tag_} | {c.tag_ for c in aux}
    if "MD" in tags:
        return "modal"
    if main.tag_ == "VBG" and aux:
        return "progressive"
    if main.tag_ == "VBN" and any(c.lemma_ == "have" for c in aux):
        return "perfect"
    if "VBD" in tags:
        return "past"
    if tags & {"VBZ", "VBP"}:
        return "present"
    return "other"


def _length(n: int) -> str:
    return "short" if n <= 10 else "medium" if n <= 25 else "long"


def _point_feats(doc: Doc, seg: Segment, cl: Clause, first_in_para: bool, inside: bool) -> dict[str, float]:
    a, b, _p, _clauses = seg
    toks = tokens_of(doc)[a:b]
    ents = [e for e in doc.ents if e.start >= a and e.end <= b]
    feats = {
        f"first={_first_word(doc, a, b)}": 1.0,
        f"tense={_tense(cl.main)}": 1.0,
        f"length={_length(sum(1 for t in toks if t.is_alpha))}": 1.0,
    }
    flags = {
        "para_start": first_in_para,
        "in_quote": inside,
        "opens_quote": bool(toks) and toks[0].text in ("“", '"', "«", "‘", "„"),
        "has_quote": any(t.text in ("“", "”", '"', "«", "»", "„") for t in toks),
        "also": any(t.lower_ == "also" for t in toks),
        "number": any(t.like_num for t in toks),
        "hedge": cl.main is not None and modality.hedged(toks, cl.main),
        "negated": cl.main is not None and modality.negated(cl.main),
        "names_source": any(e.label_ in SOURCE_LABELS for e in ents),
    }
    feats.update({f"point={k}": 1.0 for k, on in flags.items() if on})
    return feats


def _candidate_feats(doc: Doc, seg: Segment, framed: set[int], rank: int, dist: int, paras: int) -> dict[str, float]:
    a, b, _p, clauses = seg
    cl = _sourced(clauses)
    src = cl.chain[-1]
    frame = "leading" if cl.leading else "trailing" if cl.trailing else "carried" if id(cl) not in framed else "own"
    quoted = any(t.text in ("“", "”", '"', "«", "»") for t in tokens_of(doc)[a:b])
    return {
        f"rank={rank}": 1.0,
        f"dist={min(dist, 4)}": 1.0,
        f"paras={paras}": 1.0,
        f"frame={frame}": 1.0,
        f"ctype={_source_type(src)}": 1.0,
        f"clen={min(len(cl.chain), 2)}": 1.0,
        **({"cquote": 1.0} if quoted else {}),
    }


def _crossed(kind: str, feats: dict[str, float]) -> dict[str, float]:
    return {f"kind={kind}&{k}": v for k, v in feats.items()}


def decision_points(doc: Doc, per_segment: list[Segment], framed: set[int]) -> list[Point]:
    """Every clause with no frame of its own, with the candidates the model weighs (rules' chains)."""
    points: list[Point] = []
    quote_open: bool | str = False
    shares = _origin_shares(per_segment, framed)
    for k, seg in enumerate(per_segment):
        a, b, para, clauses = seg
        first_in_para = k == 0 or per_segment[k - 1][2] != para
        inside = bool(quote_open) and not first_in_para
        quote_open = quote_state(doc, a, b, False if first_in_para else quote_open)
        open_clauses = [
            cl for cl in clauses if id(cl) not in framed and not (cl.extra or cl.speech or cl.silent or cl.act)
        ]
        if not open_clauses:
            continue
        earlier = _earlier(doc, per_segment, k, framed)
        prev = _sourced(per_segment[k - 1][3]) if k and not first_in_para else None
        for cl in open_clauses:
            base = _point_feats(doc, seg, cl, first_in_para, inside)
            base[f"nsrc={min(len(shares), 3)}"] = 1.0
            cands = [Candidate([], {"bias": 1.0, **_crossed("own", base)})]
            for chain, feats in earlier:
                extra = {f"cshare={_share(shares, chain)}": 1.0}
                extra["prev=same" if prev is not None and _key(prev.chain) == _key(chain) else "prev=other"] = 1.0
                cands.append(Candidate(list(chain), {"bias": 1.0, **_crossed("carry", base), **feats, **extra}))
            verdict = next((i for i, c in enumerate(cands) if _key(c.chain) == _key(cl.chain)), None)
            if verdict is None:  # a chain the rules built that no earlier sentence has as it is
                cands.append(Candidate(list(cl.chain), {"bias": 1.0, **_crossed("carry", base), "rank=rule": 1.0}))
                verdict = len(cands) - 1
            cands[verdict].feats["verdict=own" if verdict == 0 else "verdict=carry"] = 1.0
            if len(cands) > 1:
                points.append(Point(cl, cands, verdict))
    return points


def _origin_shares(per_segment: list[Segment], framed: set[int]) -> dict[str, float]:
    """Each origin's share of the article's sentences that have a frame of their own."""
    counts: dict[str, int] = {}
    for _a, _b, _p, clauses in per_segment:
        cl = _sourced([c for c in clauses if id(c) in framed])
        if cl is not None:
            counts[cl.chain[-1].key] = counts.get(cl.chain[-1].key, 0) + 1
    total = sum(counts.values()) or 1
    return {k: n / total for k, n in counts.items()}


def _share(shares: dict[str, float], chain: list[Source]) -> str:
    share = shares.get(chain[-1].key, 0.0)
    return "high" if share >= 0.5 else "mid" if share >= 0.25 else "low"


def _earlier(doc: Doc, per_segment: list[Segment], k: int, framed: set[int]) -> list[tuple[list[Source], dict]]:
    """The chains of the sourced sentences before sentence k, nearest first, in its paragraph and
    the one before, distinct by chain, at most MAX_CANDIDATES."""
    out: list[tuple[list[Source], dict]] = []
    seen: set[tuple[str, ...]] = {()}
    paras, para = 0, per_segment[k][2]
    for j in range(k - 1, -1, -1):
        if per_segment[j][2] != para:
            paras, para = paras + 1, per_segment[j][2]
            if paras > 1:
                break
        cl = _sourced(per_segment[j][3])
        if cl is None or _key(cl.chain) in seen:
            continue
        seen.add(_key(cl.chain))
        out.append((cl.chain, _candidate_feats(doc, per_segment[j], framed, len(out) + 1, k - j, paras)))
        if len(out) >= MAX_CANDIDATES:
            break
    return out


# --- the model ---------------------------------------------------------------------------------


@dataclass
class CarryModel:
    weights: dict[str, float]
    margin: float  # the model's best must beat the rules' verdict by this much probability
    active: bool

    def probability(self, feats: dict[str, float]) -> float:
        return logistic(self.weights, feats)

    def choose(self, point: Point) -> int:
        probs = [self.probability(c.feats) for c in point.candidates]
        best = max(range(len(probs)), key=lambda i: (probs[i], -i))
        return best if probs[best] - probs[point.verdict] > self.margin else point.verdict


def model_from_rows(rows: Iterable[dict[str, str]], where: str = RULE_NAME) -> CarryModel:
    """Validate `feature,weight` rows (with `margin` and `active` rows) and build the model."""
    weights: dict[str, float] = {}
    special: dict[str, float] = {}
    for row in rows:
        name, value = weight_row(row, where)
        if name in ("margin", "active"):
            if name in special:
                raise ValueError(f"{where}: `{name}` is given twice")
            special[name] = value
            continue
        unknown = family(name) - FAMILIES
        if not name or unknown or name in weights:
            raise ValueError(f"{where}: feature {name!r} is unknown ({sorted(unknown)}) or given twice")
        weights[name] = value
    if "margin" not in special or "active" not in special or "bias" not in weights:
        raise ValueError(f"{where}: needs `margin`, `active` and `bias` rows")
    if not 0.0 <= special["margin"] <= 1.0:
        raise ValueError(f"{where}: margin {special['margin']} is not a probability difference in [0, 1]")
    return CarryModel(weights, special["margin"], special["active"] > 0)


@cache
def load_model() -> CarryModel:
    from osint_graph.nlp.rules import table

    return model_from_rows(table(RULE_NAME))


# --- the step ----------------------------------------------------------------------------------


def carry_step(doc: Doc, per_segment: list[Segment], framed: set[int], setting: str | None = None) -> list[Point]:
    """Re-decide the chain of every decision point (mode 'on', or 'file' with an active file).

    Returns the points (with the rules' chains as candidates) for the recorder; chains change only
    when the model is on. The candidates are read before any change: one decision does not feed
    the next.
    """
    how = mode(setting)
    if how == "off" or (how == "file" and not load_model().active):
        return []
    points = decision_points(doc, per_segment, framed)
    if how == "record":
        return points
    model = load_model()
    choices = [model.choose(p) for p in points]
    for point, choice in zip(points, choices, strict=True):
        chain = point.candidates[choice].chain
        # the model overriding the rules is the basis of the chain it gives
        point.clause.chain = carried(chain, "carry_model") if choice != point.verdict else list(chain)
    return points


def record(doc: Doc, points: list[Point], final) -> None:
    """Store the points as plain data: clause span (chars), verdict, and per candidate the final
    chain (`final(chain)` -> [(name, entity id)], as the claim would carry it) and its features."""
    doc.user_data[RECORD_KEY] = [
        {
            "start": doc[p.clause.start : p.clause.end].start_char,
            "end": doc[p.clause.start : p.clause.end].end_char,
            "verdict": p.verdict,
            "candidates": [{"chain": final(c.chain), "feats": c.feats} for c in p.candidates],
        }
        for p in points
    ]
