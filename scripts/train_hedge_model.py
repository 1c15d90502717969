#!/usr/bin/env python
"""Train the learned hedge decision and write sources/rules/hedge_model/weights.csv.

    python scripts/train_hedge_model.py [--folds 5] [--seed 1] [--repeats 5] [--l2 1.0] [--dry-run]

Training data we own: the dev split of the real-article set (texts from the cache,
`$OSINT_GRAPH_REAL_CACHE`, else .cache/real) and tests/gold.  Never the test split; the held-out
set (tests/gold_heldout) is only scored, as a check, at the end.

1. Run the pipeline over every article.  Each gold claim is paired with the predicted claim
   scripts/evaluate.py pairs it with (evalkit.scoring.best_claim, the largest overlap); the pair is
   one example: the predicted claim's features (osint_graph.nlp.hedge_model.features, kept by
   osint_claims in doc.user_data) and the gold claim's `hedged`.  Hedge F1 over the examples is
   evaluate's hedge F1.
2. Story-level cross-validation on dev (`--folds` folds of the manifest's `story`, dealt with the
   seeds `--seed`, `--seed`+1, ... `--repeats` times; figures are the mean of the repeats): train
   the logistic regression of train_entity_filter.py (L2, Newton) on the other folds' dev claims
   plus tests/gold, decide the held-out fold's claims; the rules' verdict on the same claims is the
   baseline.  The threshold printed as "nested" is chosen inside each outer fold from its training
   folds only.
3. The model is written active (the CV threshold) only when the nested CV beats the rules by
   MIN_GAIN and tests/gold and held-out hedge F1 do not drop with the final weights (trained on all
   of dev + tests/gold); otherwise the file gets threshold 0 and the rules decide.

Deterministic (fixed folds, exact Newton steps, weights rounded to 4 decimals); a few minutes.
Re-run it after any rule change: the claims and their features change with the rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit and the entity trainer live here

from evalkit import real  # noqa: E402
from evalkit.scoring import ROOT, best_claim  # noqa: E402
from train_entity_filter import fit, folds_of, probabilities  # noqa: E402

WEIGHTS = ROOT / "sources" / "rules" / "hedge_model" / "weights.csv"
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))
MIN_GAIN = 0.005  # hedge F1 the nested CV must gain over the rules for the model to be written active


@dataclass
class Doc:
    """One article's examples: features of the predicted claim paired with each gold claim."""

    id: str
    story: str  # "" for tests/gold and held-out (never scored in CV)
    feats: list[dict[str, float]]
    labels: list[int]


def collect(extractor, article, doc_id: str, story: str, gold: dict) -> Doc:
    from osint_graph.nlp.hedge_model import FEATURES_KEY

    sdoc = extractor.nlp(extractor.make_doc(article))
    pred = extractor.assemble(article, sdoc).to_dict()["claims"]
    by_id = sdoc.user_data.get(FEATURES_KEY) or {}
    feats, labels = [], []
    for g in gold.get("claims") or ():
        pi = best_claim(g, pred)
        if pi is not None:
            feats.append(by_id.get(pred[pi]["id"], {"bias": 1.0}))
            labels.append(int(bool(g.get("hedged"))))
    return Doc(doc_id, story, feats, labels)


def load_dev(extractor) -> list[Doc]:
    import evaluate

    cache = real.cache_dir()
    loaded = real.load_split("dev", real.REAL_DIR, cache)
    if loaded.missing or loaded.changed:
        print(f"warning: dev texts missing {loaded.missing} changed {loaded.changed}", file=sys.stderr)
    out = []
    for row in loaded.present:
        if not row.id.startswith("d"):
            raise SystemExit(f"{row.id}: not a dev id")
        article = evaluate.read_real_article(row, cache / f"{row.id}.txt")
        gold = json.loads((real.REAL_DIR / "gold" / f"{row.id}.json").read_text(encoding="utf-8"))
        out.append(collect(extractor, article, row.id, row.story, gold))
    return out


def gold_docs(extractor, folder: Path) -> list[Doc]:
    import evaluate

    from osint_graph.ingest import read_paths

    return [
        collect(extractor, next(iter(read_paths([g.path]))), g.stem, "", g.annotation) for g in evaluate.read_gold(folder)
    ]


# --- hedge F1 ----------------------------------------------------------------------------------


def hedge_f1(pairs: list[tuple[int, bool]]) -> tuple[float, float, float]:
    """(P, R, F1) of (gold, decided) pairs, as evaluate counts them."""
    tp = sum(1 for g, d in pairs if g and d)
    fp = sum(1 for g, d in pairs if d and not g)
    fn = sum(1 for g, d in pairs if g and not d)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rule_pairs(docs: list[Doc]) -> list[tuple[int, bool]]:
    return [(lab, "rule" in f) for d in docs for f, lab in zip(d.feats, d.labels, strict=True)]


def model_pairs(docs: list[Doc], probs: dict[str, list[float]], t: float) -> list[tuple[int, bool]]:
    return [(lab, p >= t) for d in docs for p, lab in zip(probs[d.id], d.labels, strict=True)]


def cv_probs(dev: list[Doc], extra: list[Doc], folds: list[list[str]], l2: float) -> dict[str, list[float]]:
    probs = {}
    for fold in folds:
        weights = fit([d for d in dev if d.story not in fold] + extra, l2)
        probs.update({d.id: probabilities(weights, d) for d in dev if d.story in fold})
    return probs


def best_threshold(docs: list[Doc], probs: dict[str, list[float]]) -> float:
    return max(THRESHOLDS, key=lambda t: (round(hedge_f1(model_pairs(docs, probs, t))[2], 6), -abs(t - 0.5)))


def nested_pairs(dev: list[Doc], extra: list[Doc], folds: list[list[str]], l2: float) -> list[tuple[int, bool]]:
    """Out-of-fold decisions with the threshold chosen inside each outer fold."""
    out = []
    for i, fold in enumerate(folds):
        inner = [d for d in dev if d.story not in fold]
        t = best_threshold(inner, cv_probs(inner, extra, [f for j, f in enumerate(folds) if j != i], l2))
        weights = fit(inner + extra, l2)
        held = [d for d in dev if d.story in fold]
        out += model_pairs(held, {d.id: probabilities(weights, d) for d in held}, t)
    return out


def line(name: str, prf: tuple[float, float, float]) -> str:
    return f"  {name:34} F1 {prf[2]:.3f}  P {prf[0]:.3f}  R {prf[1]:.3f}"


def mean(prfs: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    return tuple(sum(x[i] for x in prfs) / len(prfs) for i in range(3))  # type: ignore[return-value]


def write_weights(path: Path, weights: dict[str, float], threshold: float, summary: str) -> None:
    lines = [
        "# Learned hedge decision (osint_graph/nlp/hedge_model.py): logistic regression weights.",
        "# Written by scripts/train_hedge_model.py (do not edit by hand; re-run it after rule changes).",
        f"# {summary}",
        "# threshold: a claim is hedged when its probability is at least this; 0 = the rules decide.",
        "feature,weight",
        f"threshold,{threshold:.2f}",
    ]
    for name in sorted(weights, key=lambda k: (k != "bias", k)):
        value = round(weights[name], 4)
        if value or name == "bias":
            lines.append(f"{name},{value}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="See the module docstring.")
    parser.add_argument("--folds", type=int, default=5, help="story folds of the dev split (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="first seed that deals the stories into folds")
    parser.add_argument("--repeats", type=int, default=5, help="CV repeats with seeds SEED, SEED+1, ... (default 5)")
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic regression")
    parser.add_argument("--dry-run", action="store_true", help="print the CV figures, write nothing")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from osint_graph.nlp import Extractor

    extractor = Extractor(entity_filter=False)
    dev = load_dev(extractor)
    own = gold_docs(extractor, ROOT / "tests" / "gold")
    n = sum(len(d.labels) for d in dev)
    print(f"examples: {n} dev claims ({sum(sum(d.labels) for d in dev)} hedged) from {len(dev)} articles, "
          f"{sum(len(d.labels) for d in own)} tests/gold claims")  # fmt: skip

    seeds = [args.seed + i for i in range(max(1, args.repeats))]
    rules = hedge_f1(rule_pairs(dev))
    print(f"\nstory-level CV on dev ({args.folds} folds, l2 {args.l2}), fold seeds {seeds}:")
    print(line("rules (the same claims)", rules))
    pooled, nested = {t: [] for t in THRESHOLDS}, []
    for seed in seeds:
        folds = folds_of(dev, args.folds, seed)  # type: ignore[arg-type]
        probs = cv_probs(dev, own, folds, args.l2)
        for t in THRESHOLDS:
            pooled[t].append(hedge_f1(model_pairs(dev, probs, t)))
        nested.append(hedge_f1(nested_pairs(dev, own, folds, args.l2)))
        print(line(f"seed {seed}: nested CV", nested[-1]), f" gain {nested[-1][2] - rules[2]:+.4f}")
    for t in THRESHOLDS:
        print(line(f"mean CV, t={t:.2f}", mean(pooled[t])))
    chosen = max(THRESHOLDS, key=lambda t: (round(mean(pooled[t])[2], 6), -abs(t - 0.5)))
    nest = mean(nested)
    print(line(f"chosen by mean CV: t={chosen:.2f}", mean(pooled[chosen])))
    print(line("nested CV, mean of repeats", nest))

    weights = fit(dev + own, args.l2)
    held = gold_docs(extractor, ROOT / "tests" / "gold_heldout")
    checks = []
    print("\nwith the final weights (trained on all of dev + tests/gold):")
    for name, docs in (("dev (in-sample)", dev), ("tests/gold (in-sample)", own), ("held-out", held)):
        before = hedge_f1(rule_pairs(docs))
        after = hedge_f1(model_pairs(docs, {d.id: probabilities(weights, d) for d in docs}, chosen))
        print(line(f"{name} rules", before))
        print(line(f"{name} model", after))
        checks.append(after[2] >= before[2] - 1e-9)
    gain = nest[2] - rules[2]
    active = gain >= MIN_GAIN and all(checks[1:])
    if not active:
        print(f"\nnested gain {gain:+.4f} (needs {MIN_GAIN}), gold/held-out kept: {all(checks[1:])}: threshold 0")
    summary = (
        f"trained on {len(dev)} dev articles + {len(own)} tests/gold; {args.folds}-fold story CV hedge F1 rules "
        f"{rules[2]:.3f} -> nested {nest[2]:.3f} (mean of {len(seeds)}); l2 {args.l2}, fold seeds {seeds[0]}-{seeds[-1]}"
    )
    if args.dry_run:
        print("\n--dry-run: weights not written")
        return 0
    write_weights(WEIGHTS, weights, chosen if active else 0.0, summary)
    print(f"\nwrote {WEIGHTS.relative_to(ROOT)} (threshold {chosen if active else 0.0:.2f}, {len(weights)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
