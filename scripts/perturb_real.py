#!/usr/bin/env python
"""Write a name-swapped copy of a real-article split (issue 11: how much of a score is memory).

    python scripts/perturb_real.py DIR [--split dev] [--seed 1] [--types Person,Vessel,...] [--ids PREFIX]

Reads the split's manifest rows, cached texts and gold, gives every gold entity of the chosen types
(default: all but Outlet) a made-up name of the same shape, or another real country, port or place
of the reference data (scripts/evalkit/perturb.py says how), and writes

    DIR/cache/<id>.txt     the swapped text, as the evaluator reads it
    DIR/gold/<id>.json     the gold with the new names and shifted offsets
    DIR/manifests/<batch>.csv   the rows with sha256 and chars of the new texts
    DIR/swaps.json         per article: old name -> new name; and the counts by type and reason

Score it with

    OSINT_GRAPH_REAL_CACHE=DIR/cache python scripts/evaluate.py --real dev --real-dir DIR --json

The test split is refused: its texts and gold are blind (tests/real/README.md).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalkit import real  # noqa: E402
from evalkit.perturb import DEFAULT_TYPES, swap_article  # noqa: E402
from evalkit.scoring import ENTITY_TYPES  # noqa: E402


def write_copy(out: Path, split: str, seed: int, types: tuple[str, ...], id_prefix: str | None = None) -> dict:
    """Write the swapped copy under `out`; return the summary written to swaps.json."""
    if split != "dev":
        raise ValueError("only the dev split may be copied: test is blind")
    loaded = real.load_split(split, id_prefix=id_prefix)
    cache = real.cache_dir()
    for sub in ("cache", "gold", "manifests"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    counts: Counter = Counter()
    articles, batches = {}, {}
    for row in loaded.present:
        text = real.read_cached(cache / f"{row.id}.txt")
        gold = json.loads((real.REAL_DIR / "gold" / f"{row.id}.json").read_text(encoding="utf-8"))
        swapped = swap_article(row.id, text, gold, types, seed)
        path = out / "cache" / f"{row.id}.txt"
        path.write_text(swapped.text, encoding="utf-8")
        if real.read_cached(path) != swapped.text:
            raise ValueError(f"{row.id}: the swapped text does not read back as written")
        problems = real.offset_problems(row.id, swapped.gold, swapped.text)
        problems += real.gold_problems(row.id, swapped.gold)
        if problems:
            raise ValueError("; ".join(problems))
        (out / "gold" / f"{row.id}.json").write_text(
            json.dumps(swapped.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        data = path.read_bytes()
        fields = {**row.__dict__, "sha256": real.sha256_of(data), "chars": str(len(data.decode("utf-8")))}
        batches.setdefault(row.batch, []).append({k: fields[k] for k in real.COLUMNS})
        counts.update(swapped.counts)
        articles[row.id] = {old: new for old, new in swapped.names.items() if old != new}
    for batch, rows in batches.items():
        with (out / "manifests" / f"{batch}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=real.COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    summary = {
        "split": split,
        "seed": seed,
        "types": list(types),
        "n_articles": len(articles),
        "counts": dict(sorted(counts.items())),
        "articles": articles,
    }
    (out / "swaps.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write (cache/, gold/, manifests/, swaps.json)")
    parser.add_argument("--split", default="dev", help="dev (test is refused)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--types", default=",".join(DEFAULT_TYPES), help="comma-separated entity types to swap")
    parser.add_argument("--ids", help="only the rows whose id starts with this")
    args = parser.parse_args(argv)
    types = tuple(t.strip() for t in args.types.split(",") if t.strip())
    if args.split != "dev":
        print("perturb_real.py: only dev may be copied (test is blind)", file=sys.stderr)
        return 2
    if unknown := [t for t in types if t not in ENTITY_TYPES]:
        print(f"perturb_real.py: unknown types {unknown}", file=sys.stderr)
        return 2
    summary = write_copy(args.out, args.split, args.seed, types, args.ids)
    print(f"{summary['n_articles']} articles written to {args.out}")
    for key, n in summary["counts"].items():
        print(f"  {key:40} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
