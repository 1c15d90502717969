#!/usr/bin/env python
"""Dev against test, per attribution context: which contexts explain test's origin shortfall.

    python scripts/origin_context_gap.py DEV.json TEST.json [--top N] [--metric origin|chain] [--basis]

Reads two `scripts/evaluate.py --real dev|test --json` outputs and prints, per dimension and value
of their `origin_by_context` (scripts/evalkit/attribution_context.py), dev and test origin (or,
with `--metric chain`, full-chain) accuracy and counts and the test shortfall, test n x (dev
accuracy - test accuracy), largest first; with `--basis`, per value of their `origin_by_basis`
instead (the rule of the extractor that gave the predicted chain: scripts/evalkit/attribution_basis.py).
Numbers only (the JSON holds no text, name or id), so it
may be run on the blind test split's aggregate.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit lives beside this script

from evalkit.attribution_basis import BASIS_DIMENSIONS  # noqa: E402
from evalkit.attribution_context import DIMENSIONS, shortfall_table  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dev", type=Path)
    parser.add_argument("test", type=Path)
    parser.add_argument("--top", type=int, default=0, help="print only the N largest shortfalls")
    parser.add_argument("--metric", choices=("origin", "chain"), default="origin", help="accuracy compared")
    parser.add_argument("--basis", action="store_true", help="by the predicted attribution basis, not the gold context")
    args = parser.parse_args(argv)
    key, dims = ("origin_by_basis", BASIS_DIMENSIONS) if args.basis else ("origin_by_context", DIMENSIONS)
    dev, test = (json.loads(p.read_text(encoding="utf-8"))[key] for p in (args.dev, args.test))
    rows = shortfall_table(dev, test, args.metric, dims)
    if args.top:
        rows = rows[: args.top]
    m = args.metric
    print(f"| dimension | context | dev n | dev {m} | test n | test {m} | test shortfall |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['dimension']} | {r['value']} | {r['dev_n']} | {r['dev_accuracy']:.3f} | {r['test_n']} "
            f"| {r['test_accuracy']:.3f} | {r['shortfall']:+.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
