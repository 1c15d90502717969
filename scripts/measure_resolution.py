#!/usr/bin/env python3
"""Precision and recall of entity resolution (resolve.fuzzy_same_as) on name pairs from the gold set.

    .venv/bin/python scripts/measure_resolution.py [--gold tests/gold] [--errors 90]

Prints one table: for each token-sort threshold, the same-entity pairs found (TP), the
different-entity pairs wrongly merged (FP), the same-entity pairs missed (FN), precision, recall,
and recall over the pairs fuzzy matching has to find (those the gazetteer does not resolve);
first for the bare fuzzy scores, then with the guard `fuzzy_same_as` applies by default: names
carrying different numbers ("122 mm" / "152 mm") never match.  See scripts/resolution_pairs.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from resolution_pairs import (  # noqa: E402  (scripts/ is on the path: it holds this script)
    errors,
    gazetteer_spellings,
    gold_spellings,
    measure,
    name_pairs,
    numbers_guard,
    score_pairs,
)

from osint_graph.gazetteer import load_gazetteer  # noqa: E402
from osint_graph.resolve import FUZZY_MIN_LENGTH, FUZZY_THRESHOLD  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", default=str(ROOT / "tests" / "gold"), help="folder of gold *.json files")
    parser.add_argument(
        "--errors",
        type=float,
        default=None,
        metavar="T",
        help="also list the false positives and negatives at threshold T",
    )
    args = parser.parse_args(argv)

    spellings = gold_spellings(args.gold)
    pairs = name_pairs(spellings, load_gazetteer(reference=False))
    scored = score_pairs(pairs)
    same = sum(1 for p in pairs if p.same)
    reachable = sum(1 for p in pairs if p.same and not p.by_gazetteer)
    print(
        f"gold entities: {len(spellings)}; pairs of one type: {len(pairs)} "
        f"({same} same-entity, of which {reachable} not resolved by the gazetteer; {len(pairs) - same} "
        f"different-entity); FUZZY_MIN_LENGTH={FUZZY_MIN_LENGTH}, current FUZZY_THRESHOLD={FUZZY_THRESHOLD:g}"
    )
    for title, guard in (("bare fuzzy scores", None), ("fuzzy_same_as (with its numbers guard)", numbers_guard)):
        print()
        print(title)
        print(f"{'threshold':>9} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7} {'recall*':>8}")
        for m in measure(scored, guard=guard):
            print(
                f"{m.threshold:>9g} {m.true_positives:>4} {m.false_positives:>4} {m.false_negatives:>4} "
                f"{m.precision:>9.3f} {m.recall:>7.3f} {m.recall_fuzzy_reachable:>8.3f}"
            )
    print("\nrecall*: over same-entity pairs the gazetteer does not already resolve (what fuzzy matching must find)")
    # The gazetteer's own entries: different entries of one type must never merge (what fuzzy matching
    # would do to two of them in a store), and each entry's aliases are same-entity spellings.
    gaz_scored = score_pairs(name_pairs(gazetteer_spellings(load_gazetteer())))
    print("\ngazetteer entries (sources/): spelling pairs of one entry vs of two different entries of one type")
    print(f"{'threshold':>9} {'FP':>4} {'FP+guard':>9} {'TP':>4} {'FN':>4}")
    plain, guarded = measure(gaz_scored), measure(gaz_scored, guard=numbers_guard)
    for m, g in zip(plain, guarded, strict=True):
        print(
            f"{m.threshold:>9g} {m.false_positives:>4} {g.false_positives:>9} {m.true_positives:>4} "
            f"{m.false_negatives:>4}"
        )
    if args.errors is not None:
        fps, fns = errors(scored, args.errors, numbers_guard)
        print(f"\nat {args.errors:g} with the numbers guard: false positives")
        for s in fps:
            print(f"  {s.pair.type}: {s.pair.a!r} ~ {s.pair.b!r} ({s.rule} {s.score:g})")
        print("false negatives (not resolved by the gazetteer)")
        for s in fns:
            if not s.pair.by_gazetteer:
                print(f"  {s.pair.type}: {s.pair.a!r} ~ {s.pair.b!r} ({s.rule} {s.score:g})")
        gaz_fps, _ = errors(gaz_scored, args.errors)
        print(f"gazetteer: different entries merged at {args.errors:g} without the numbers guard")
        for s in gaz_fps:
            print(
                f"  {s.pair.type}: {s.pair.a!r} ~ {s.pair.b!r} ({s.rule} {s.score:g}, guard "
                f"{'keeps' if numbers_guard(s.pair) else 'drops'} it)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
