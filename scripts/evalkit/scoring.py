"""Scoring of extractions against gold annotations: pure functions, no spaCy.

Shared by scripts/evaluate.py (tests/gold and the real-article set) and its tests.
The matching rules are described in scripts/evaluate.py's docstring.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from evalkit.chain_errors import CHAIN_ERROR_KINDS, ORIGIN_ERROR_KINDS, chain_error_kind, origin_error_kind
from evalkit.normalise import (
    iou,
    norm_date,
    norm_name,
    norm_qualifier,
    overlap,
    units_match,
    uppers_match,
    values_match,
)

ROOT = Path(__file__).resolve().parent.parent.parent
ENTITY_TYPES = ("Vessel", "Port", "Person", "Organization", "Outlet", "Country", "Location", "Weapon")


def read_known_vessels(path: Path | None = None) -> frozenset[str] | None:
    """Normalised names and aliases of sources/gazetteers/vessels.csv (None if absent)."""
    path = path or ROOT / "sources" / "gazetteers" / "vessels.csv"
    if not path.exists():
        return None
    names: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for value in [row.get("name") or ""] + (row.get("aliases") or "").split(";"):
                if value.strip():
                    names.add(norm_name(value))
    return frozenset(names)


# -- metrics --------------------------------------------------------------------


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def entity_keys(entity: dict, with_aliases: bool = False) -> set[str]:
    texts = [entity.get("name") or ""] + [m.get("text") or "" for m in entity.get("mentions") or ()]
    if with_aliases:
        texts += list(entity.get("aliases") or ())
    return {k for k in map(norm_name, texts) if k}


def match_entities(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs of the same type with a shared name key."""
    gkeys = [entity_keys(g) for g in gold]
    pkeys = [entity_keys(p) for p in pred]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.get("type") == p.get("type"):
                shared = len(gkeys[gi] & pkeys[pi])
                if shared:
                    exact = norm_name(g.get("name")) == norm_name(p.get("name"))
                    candidates.append((-int(exact), -shared, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def match_figures(gold: list[dict], pred: list[dict], strict: bool = False) -> list[tuple[int, int]]:
    """One-to-one figure pairs: spans overlap, values (and with `strict`, range uppers) equal, units match."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p.get("start") is None or p.get("end") is None:
                continue
            ov = overlap(g["start"], g["end"], p["start"], p["end"])
            if (
                ov
                and units_match(g.get("unit"), p.get("unit"), strict)
                and values_match(g.get("value"), p.get("value"), g.get("qualifier"), p.get("qualifier"))
                and (not strict or uppers_match(g, p))
            ):
                candidates.append((-ov, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def best_claim(gold_claim: dict, pred_claims: list[dict]) -> int | None:
    best, best_score = None, 0.0
    for pi, p in enumerate(pred_claims):
        if p.get("start") is None or p.get("end") is None:
            continue
        score = iou(gold_claim, p)
        if score > best_score:
            best, best_score = pi, score
    return best


def chain_element_keys(element: dict | str, entities_by_id: dict[str, dict]) -> set[str]:
    """Name keys of one predicted chain element (and of its entity, if it names one)."""
    if isinstance(element, str):
        return {norm_name(element)} - {""}
    keys = {norm_name(element.get("name"))} - {""}
    entity = entities_by_id.get(element.get("entity") or "")
    if entity:
        keys |= entity_keys(entity, with_aliases=True)
    return keys


def element_name(element: dict | str) -> str:
    """A predicted chain element's name as written."""
    return (element.get("name") or "") if isinstance(element, dict) else element


def gold_name_keys(name: str, gold_entities: list[dict]) -> set[str]:
    keys = {norm_name(name)} - {""}
    for e in gold_entities:
        if e.get("name") == name:
            keys |= entity_keys(e)
    return keys


@dataclass
class ArticleScore:
    """Counts and errors for one article (summed by `score`)."""

    stem: str
    entities_by_type: dict[str, PRF] = field(default_factory=dict)
    mentions: PRF = field(default_factory=PRF)
    unknown_vessels: int = 0
    unknown_vessels_found: int = 0
    unknown_vessel_names: list[str] = field(default_factory=list)
    figures: PRF = field(default_factory=PRF)
    qualifiers_right: int = 0
    dates_total: int = 0
    dates_right: int = 0
    claims_total: int = 0
    claims_found: int = 0
    pred_claims: int = 0
    pred_claims_on_gold: int = 0
    origin_right: int = 0
    chain_right: int = 0
    hedge: PRF = field(default_factory=PRF)
    negation: PRF = field(default_factory=PRF)
    origin_errors: Counter = field(default_factory=Counter)  # kind -> count (chain_errors.py)
    chain_errors: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def claim_label(claim: dict) -> str:
    """A gold claim as shown in errors: its text when the gold has it, else its offsets."""
    text = claim.get("text")
    if not text:
        return f"[{claim['start']}:{claim['end']}]"
    return repr(text[:70] + ("..." if len(text) > 70 else ""))


def score_article(
    stem: str, gold: dict, pred: dict, known_vessels: frozenset[str] | None = None, strict_units: bool = False
) -> ArticleScore:
    """Compare one gold annotation with one predicted extraction (contract `to_dict()` form).

    `strict_units` is the real-article rule: figure units must be equal after
    `canonical_unit`, and a range's upper bound must match too.
    """
    out = ArticleScore(stem)
    known = known_vessels or frozenset()
    g_ents = list(gold.get("entities") or ())
    p_ents = [e for e in pred.get("entities") or ()]
    pairs = match_entities(g_ents, p_ents)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(g_ents):
        prf = out.entities_by_type.setdefault(g["type"], PRF())
        if gi in matched_g:
            prf.tp += 1
        else:
            prf.fn += 1
            out.errors.append(f"entity missed: {g['type']} {g['name']!r}")
    for pi, p in enumerate(p_ents):
        if pi not in matched_p:
            t = p.get("type") if p.get("type") in ENTITY_TYPES else "Other"
            out.entities_by_type.setdefault(t, PRF()).fp += 1
            texts = sorted({m.get("text") for m in p.get("mentions") or ()} - {None})
            out.errors.append(f"entity false positive: {p.get('type')} {p.get('name')!r} {texts}")

    g_spans = {(m["start"], m["end"], e["type"]) for e in g_ents for m in e.get("mentions") or ()}
    p_spans = {
        (m["start"], m["end"], e.get("type"))
        for e in p_ents
        for m in e.get("mentions") or ()
        if m.get("start") is not None
    }
    out.mentions = PRF(len(g_spans & p_spans), len(p_spans - g_spans), len(g_spans - p_spans))

    for gi, g in enumerate(g_ents):
        if g["type"] == "Vessel" and not (entity_keys(g) & known):
            out.unknown_vessels += 1
            out.unknown_vessel_names.append(g["name"])
            out.unknown_vessels_found += gi in matched_g

    g_figs, p_figs = list(gold.get("figures") or ()), list(pred.get("figures") or ())
    fpairs = match_figures(g_figs, p_figs, strict_units)
    out.figures = PRF(len(fpairs), len(p_figs) - len(fpairs), len(g_figs) - len(fpairs))
    for gi, pi in fpairs:
        gq, pq = norm_qualifier(g_figs[gi].get("qualifier")), norm_qualifier(p_figs[pi].get("qualifier"))
        if gq == pq:
            out.qualifiers_right += 1
        else:
            out.errors.append(f"figure qualifier: {g_figs[gi]['text']!r} gold {gq!r} predicted {pq!r}")
    fg, fp_ = {gi for gi, _ in fpairs}, {pi for _, pi in fpairs}
    for gi, g in enumerate(g_figs):
        if gi not in fg:
            out.errors.append(
                f"figure missed: {g['text']!r} value={g.get('value')} unit={g.get('unit')} "
                f"qualifier={g.get('qualifier')}"
            )
    for pi, p in enumerate(p_figs):
        if pi not in fp_:
            out.errors.append(
                f"figure false positive: {p.get('text')!r} value={p.get('value')} "
                f"unit={p.get('unit')} qualifier={p.get('qualifier')}"
            )

    p_dates = [d for d in pred.get("dates") or () if d.get("start") is not None]
    for g in gold.get("dates") or ():
        out.dates_total += 1
        over = [d for d in p_dates if overlap(g["start"], g["end"], d["start"], d["end"])]
        if any(norm_date(d.get("value")) == norm_date(g["value"]) for d in over):
            out.dates_right += 1
        else:
            got = [(d.get("text"), d.get("value")) for d in over]
            out.errors.append(f"date wrong: {g['text']!r} gold {g['value']} predicted {got or 'nothing'}")

    _score_claims(out, list(gold.get("claims") or ()), list(pred.get("claims") or ()), g_ents, p_ents)
    return out


def _score_claims(out: ArticleScore, g_claims: list[dict], p_claims: list[dict], g_ents: list, p_ents: list) -> None:
    """Claim recall and precision, and over found claims origin, chain (each wrong one by kind), hedge and negation."""
    by_id = {e.get("id"): e for e in p_ents if e.get("id")}
    out.pred_claims = len(p_claims)
    out.pred_claims_on_gold = sum(
        1
        for p in p_claims
        if p.get("start") is not None and any(overlap(g["start"], g["end"], p["start"], p["end"]) for g in g_claims)
    )
    gold_types = {e["name"]: e.get("type") for e in g_ents}

    def match(gold_name: str, element) -> bool:
        return bool(gold_name_keys(gold_name, g_ents) & chain_element_keys(element, by_id))

    for g in g_claims:
        out.claims_total += 1
        pi = best_claim(g, p_claims)
        short = claim_label(g)
        if pi is None:
            out.errors.append(f"claim missed: {short}")
            continue
        out.claims_found += 1
        p = p_claims[pi]
        _score_chain(out, short, list(g.get("attribution") or ()), list(p.get("attribution") or ()), gold_types, match)
        _score_flag(out, out.hedge, "hedge", bool(g.get("hedged")), bool(p.get("hedged")), short)
        _score_flag(out, out.negation, "negation", bool(g.get("negated")), bool(p.get("negated")), short)


def _score_flag(out: ArticleScore, prf: PRF, name: str, gold: bool, pred: bool, short: str) -> None:
    """One found claim's hedge or negation decision, an error line when it differs."""
    prf.tp += gold and pred
    prf.fp += pred and not gold
    prf.fn += gold and not pred
    if gold != pred:
        out.errors.append(f"claim {name}: {short} gold {gold} predicted {pred}")


def _score_chain(
    out: ArticleScore, short: str, g_chain: list, p_chain: list, gold_types: dict[str, str], match
) -> None:
    """One found claim's origin and chain, a wrong one counted by its kind (chain_errors.py)."""
    if not g_chain and not p_chain:
        origin_ok = True
    elif g_chain and p_chain:
        origin_ok = match(g_chain[-1], p_chain[-1])
    else:
        origin_ok = False
    chain_ok = len(g_chain) == len(p_chain) and all(match(a, b) for a, b in zip(g_chain, p_chain, strict=True))
    out.origin_right += origin_ok
    out.chain_right += chain_ok
    names = [e.get("name") if isinstance(e, dict) else e for e in p_chain]
    if not origin_ok:
        kind = origin_error_kind(g_chain, p_chain, gold_types, match, element_name)
        out.origin_errors[kind] += 1
        out.errors.append(f"claim origin: {short} gold {g_chain} predicted {names} ({kind})")
    elif not chain_ok:  # the origin is right but a link before it is missing, extra or wrong
        kind = chain_error_kind(g_chain, p_chain, gold_types, match)
        out.chain_errors[kind] += 1
        out.errors.append(f"claim chain: {short} gold {g_chain} predicted {names} ({kind})")


def _summed(arts: Sequence[ArticleScore], get: Callable[[ArticleScore], PRF]) -> PRF:
    total = PRF()
    for a in arts:
        total.add(get(a))
    return total


def _entities(a: ArticleScore) -> PRF:
    total = PRF()
    for prf in a.entities_by_type.values():
        total.add(prf)
    return total


def headline_metrics(arts: Sequence[ArticleScore]) -> dict[str, float | None]:
    """The eight headline metrics over scored articles (`score` reports them; evalkit/bootstrap.py
    recomputes them on each resample)."""
    count = lambda attr: sum(getattr(a, attr) for a in arts)  # noqa: E731
    return {
        "entity_micro_f1": _summed(arts, _entities).f1,
        "vessel_recall_unknown": ratio(count("unknown_vessels_found"), count("unknown_vessels")),
        "figure_f1": _summed(arts, lambda a: a.figures).f1,
        "claim_recall": ratio(count("claims_found"), count("claims_total")),
        "attribution_origin_accuracy": ratio(count("origin_right"), count("claims_found")),
        "chain_accuracy": ratio(count("chain_right"), count("claims_found")),
        "hedge_f1": _summed(arts, lambda a: a.hedge).f1,
        "negation_f1": _summed(arts, lambda a: a.negation).f1,
    }


def score(
    pairs: list[tuple[str, dict, dict]], known_vessels: frozenset[str] | None = None, strict_units: bool = False
) -> dict:
    """Metrics over (stem, gold annotation, predicted extraction dict) triples."""
    arts = [score_article(stem, gold, pred, known_vessels, strict_units) for stem, gold, pred in pairs]
    by_type: dict[str, PRF] = {}
    micro, mentions, figures, hedge, negation = PRF(), PRF(), PRF(), PRF(), PRF()
    for a in arts:
        for t, prf in a.entities_by_type.items():
            by_type.setdefault(t, PRF()).add(prf)
            micro.add(prf)
        mentions.add(a.mentions)
        figures.add(a.figures)
        hedge.add(a.hedge)
        negation.add(a.negation)
    total = lambda attr: sum(getattr(a, attr) for a in arts)  # noqa: E731
    types = [t for t in ENTITY_TYPES if t in by_type] + sorted(set(by_type) - set(ENTITY_TYPES))
    head = headline_metrics(arts)
    return {
        "n_articles": len(arts),
        "entity_micro_precision": micro.precision,
        "entity_micro_recall": micro.recall,
        "entity_micro_f1": head["entity_micro_f1"],
        "entity_f1_by_type": {t: by_type[t].f1 for t in types},
        "entity_by_type": {t: by_type[t].as_dict() for t in types},
        "n_gold_entities": micro.tp + micro.fn,
        "n_pred_entities": micro.tp + micro.fp,
        "mention_micro_precision": mentions.precision,
        "mention_micro_recall": mentions.recall,
        "mention_micro_f1": mentions.f1,
        "vessel_recall_unknown": head["vessel_recall_unknown"],
        "n_unknown_vessels": total("unknown_vessels"),
        "unknown_vessels": sorted({n for a in arts for n in a.unknown_vessel_names}),
        "figure_precision": figures.precision,
        "figure_recall": figures.recall,
        "figure_f1": head["figure_f1"],
        "n_gold_figures": figures.tp + figures.fn,
        "n_pred_figures": figures.tp + figures.fp,
        "qualifier_accuracy": ratio(total("qualifiers_right"), figures.tp),
        "date_accuracy": ratio(total("dates_right"), total("dates_total")),
        "n_gold_dates": total("dates_total"),
        "claim_recall": head["claim_recall"],
        "claim_precision": ratio(total("pred_claims_on_gold"), total("pred_claims")),
        "n_gold_claims": total("claims_total"),
        "n_pred_claims": total("pred_claims"),
        "n_claims_found": total("claims_found"),
        "attribution_origin_accuracy": head["attribution_origin_accuracy"],
        "attribution_chain_accuracy": head["chain_accuracy"],
        "chain_accuracy": head["chain_accuracy"],
        "origin_errors": {k: sum(a.origin_errors[k] for a in arts) for k in ORIGIN_ERROR_KINDS},
        "chain_errors": {k: sum(a.chain_errors[k] for a in arts) for k in CHAIN_ERROR_KINDS},
        "hedge_precision": hedge.precision,
        "hedge_recall": hedge.recall,
        "hedge_f1": head["hedge_f1"],
        "negation_precision": negation.precision,
        "negation_recall": negation.recall,
        "negation_f1": head["negation_f1"],
        "errors": {a.stem: a.errors for a in arts},
    }


def score_real(pairs: list[tuple[str, dict, dict]], known_vessels: frozenset[str] | None = None) -> dict:
    """`score` as the real set is scored: units strictly, no date metrics (its gold has no dates)."""
    metrics = score(pairs, known_vessels, strict_units=True)
    for key in ("date_accuracy", "n_gold_dates"):
        metrics.pop(key)
    return metrics


def gold_as_prediction(gold: dict) -> dict:
    """A gold annotation in extraction-contract form (a perfect prediction)."""
    entities = []
    for i, e in enumerate(gold.get("entities") or ()):
        entities.append(
            {
                "id": f"e{i}",
                "type": e["type"],
                "name": e["name"],
                "aliases": [],
                "identifiers": {},
                "mentions": [dict(m) for m in e.get("mentions") or ()],
            }
        )
    ids = {e["name"]: e["id"] for e in entities}
    figures = []
    for i, f in enumerate(gold.get("figures") or ()):
        upper = {"upper": str(f["upper"])} if f.get("upper") is not None else {}
        figures.append(dict(f, id=f"f{i}", claim=None, attributes=upper))
    claims = []
    for i, c in enumerate(gold.get("claims") or ()):
        claims.append(
            {
                "id": f"c{i}",
                "text": c.get("text") or "",
                "start": c["start"],
                "end": c["end"],
                "kind": c["kind"],
                "attribution": [{"entity": ids.get(n), "name": n, "verb": None} for n in c.get("attribution") or ()],
                "entities": [ids[n] for n in c.get("entities") or () if n in ids],
                "figures": [],
                "hedged": c.get("hedged", False),
                "negated": c.get("negated", False),
                "date": None,
            }
        )
    return {
        "article": {},
        "entities": entities,
        "figures": figures,
        "dates": [dict(d) for d in gold.get("dates") or ()],
        "claims": claims,
    }
