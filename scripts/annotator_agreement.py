#!/usr/bin/env python
"""Inter-annotator agreement: score annotation B against annotation A with evaluate.py's metrics.

    python scripts/annotator_agreement.py GOLD_DIR_A GOLD_DIR_B [--json] [--errors]

GOLD_DIR_A and GOLD_DIR_B hold real-set gold files `<id>.json` (tests/real/README.md
layout), e.g. tests/real/gold and tests/real/gold_second.  Every id with a file in both
folders is scored; B is read as if it were the extractor's output for that article and
A as the gold, so the figures are exactly those `evaluate.py --real` would print for an
extractor that wrote B: the same scoring code (scripts/evalkit/scoring.py `score_real`:
the real set's strict units), the same matching (entities on type + name keys,
figures on overlapping span + value + unit + range upper, claims by best overlap,
chains element by element).

What differs from scoring the extractor, and why:
- B becomes a prediction through `gold_as_prediction` (each entity gets an id, claims
  point at it, a range's `upper` becomes `attributes.upper`).  B's entities carry no
  aliases, so a chain element of B matches A's through the name and mention texts of
  both files only (the extractor's entities also offer their gazetteer aliases).
- The scores are not symmetric: swapping A and B swaps precision and recall, and claim
  recall / origin / chain / hedge are counted over A's claims that B overlaps.  Entity
  and figure F1 are symmetric.
- Claims in real gold have no text: `--errors` lines show claim offsets, not sentences
  (no third-party text is printed).

Exits 0, or 2 when a folder is missing, a file in one is not JSON, or the two share no id.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit lives beside this script

from evalkit.real import read_gold_folder  # noqa: E402
from evalkit.scoring import gold_as_prediction, read_known_vessels, score_real  # noqa: E402

# The lines of the report: (label, metric key) in the order of the brief's targets.
HEADLINE = (
    ("entity micro F1", "entity_micro_f1"),
    ("entity micro P", "entity_micro_precision"),
    ("entity micro R", "entity_micro_recall"),
    ("vessel recall (not in gazetteer)", "vessel_recall_unknown"),
    ("figure F1", "figure_f1"),
    ("figure P", "figure_precision"),
    ("figure R", "figure_recall"),
    ("claim recall", "claim_recall"),
    ("claim precision", "claim_precision"),
    ("origin accuracy", "attribution_origin_accuracy"),
    ("chain accuracy", "chain_accuracy"),
    ("hedge F1", "hedge_f1"),
    ("hedge P", "hedge_precision"),
    ("hedge R", "hedge_recall"),
)


def agreement(gold_a: dict[str, dict], gold_b: dict[str, dict], known_vessels=None) -> dict:
    """evaluate.py's real-set metrics of B (as prediction) against A (as gold), over the shared ids."""
    ids = sorted(set(gold_a) & set(gold_b))
    triples = [(i, gold_a[i], gold_as_prediction(gold_b[i])) for i in ids]
    metrics = score_real(triples, known_vessels)
    metrics["ids"] = ids
    return metrics


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def print_report(m: dict) -> None:
    print(f"articles: {m['n_articles']}  ({' '.join(m['ids'])})")
    print(
        f"A: {m['n_gold_entities']} entities, {m['n_gold_figures']} figures, {m['n_gold_claims']} claims;"
        f"  B: {m['n_pred_entities']} entities, {m['n_pred_figures']} figures, {m['n_pred_claims']} claims"
    )
    for label, key in HEADLINE:
        print(f"  {label:34} {fmt(m[key])}")
    print("  entity F1 by type:")
    for t, d in m["entity_by_type"].items():
        prf = f"P {fmt(d['precision'])}  R {fmt(d['recall'])}  F1 {fmt(d['f1'])}"
        print(f"    {t:14} {prf}  tp {d['tp']} fp {d['fp']} fn {d['fn']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_a", type=Path, help="folder of the reference annotation (scored as gold)")
    parser.add_argument("gold_b", type=Path, help="folder of the second annotation (scored as prediction)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--errors", action="store_true", help="also print each disagreement per article")
    args = parser.parse_args(argv)
    for folder in (args.gold_a, args.gold_b):
        if not folder.is_dir():
            print(f"no such folder: {folder}", file=sys.stderr)
            return 2
    try:
        gold_a, gold_b = read_gold_folder(args.gold_a), read_gold_folder(args.gold_b)
    except ValueError as err:  # a file that is not JSON, named
        print(err, file=sys.stderr)
        return 2
    if not set(gold_a) & set(gold_b):
        print(f"{args.gold_a} and {args.gold_b} share no <id>.json", file=sys.stderr)
        return 2
    metrics = agreement(gold_a, gold_b, read_known_vessels())
    errors = metrics.pop("errors")
    if args.json:
        if args.errors:
            metrics["errors"] = errors
        print(json.dumps(metrics, indent=2, ensure_ascii=False))
        return 0
    print_report(metrics)
    if args.errors:
        for stem, lines in errors.items():
            print(f"\n== {stem}")
            for line in lines:
                print(f"   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
