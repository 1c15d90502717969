#!/usr/bin/env python
"""The layout-variation harness: dev's top credit lines rewritten in the layouts real pages use.

    python scripts/credit_variants.py [--ids PREFIX] [--families F,G] [--show-failures] [--json OUT]

Takes each dev article (never the test split) whose gold chains are headed by an Outlet first named
on a short credit line among the page's top lines (`head_place` `top_lines/credit` of
evalkit/attribution_context.py), rewrites that line in many layouts (evalkit/credit_variants.py),
runs the extractor on each variant and prints, by layout family, the share of variants whose chain
heads are right: every gold claim headed by the outlet whose head the unchanged page gets right must
keep the credited outlet at its head (the swapped-in one for `swap`), and for a negative variant no
gold claim may be headed by the outlet it names more than when the credit line is dropped. A second
rate counts variants where no gold claim's chain below its head changes against the unchanged page
(no body claim loses or gains a source) and none is lost or gained.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit lives beside this script

from evalkit import real  # noqa: E402
from evalkit.attribution_context import _head_place  # noqa: E402
from evalkit.credit_variants import variants  # noqa: E402
from evalkit.normalise import norm_name  # noqa: E402
from evalkit.scoring import best_claim  # noqa: E402


def _canonical(gaz, name: str) -> str:
    entry = gaz.lookup(name, "Outlet") if name else None
    return entry.name if entry is not None else norm_name(name)


def _element_name(element) -> str:
    return (element.get("name") or "") if isinstance(element, dict) else str(element)


def _cases(rows, cache: Path, gaz):
    """(row, text, gold, head name, registry name, line span) of each dev page with a top credit line."""
    for row in rows:
        path = real.REAL_DIR / "gold" / f"{row.id}.json"
        if row.id.startswith("t") or not path.exists() or real.text_status(row, cache) != "present":
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = real.read_cached(cache / f"{row.id}.txt")
        heads = {
            (c.get("attribution") or [None])[0]
            for c in gold.get("claims") or ()
            if _head_place(c.get("attribution") or [], gold, text.rstrip("\n"), c["start"], c["end"])
            == "top_lines/credit"
        }
        for head in sorted(h for h in heads if h):
            entity = next(e for e in gold["entities"] if e["name"] == head)
            first = min(m["start"] for m in entity["mentions"] if m.get("start") is not None)
            start = text.rfind("\n", 0, first) + 1
            end = text.find("\n", first)
            end = len(text) if end < 0 else end
            names = [head] + [text[m["start"] : m["end"]] for m in entity["mentions"]]
            listed = next((gaz.lookup(n, "Outlet").name for n in names if gaz.lookup(n, "Outlet") is not None), head)
            yield row, text, gold, head, listed, (start, end)


def _heads(pred: dict, gold_claims: list[dict], gaz) -> list[tuple[bool, str | None, tuple]]:
    """Per gold claim (start, end): found, the predicted head's registry name, the chain below it."""
    out = []
    claims = pred.get("claims") or []
    for gc in gold_claims:
        if gc is None:
            out.append((False, None, ()))
            continue
        pi = best_claim(gc, claims)
        if pi is None:
            out.append((False, None, ()))
            continue
        chain = [_element_name(e) for e in claims[pi].get("attribution") or ()]
        head = _canonical(gaz, chain[0]) if chain else None
        out.append((True, head, tuple(norm_name(n) for n in chain)))
    return out


def _below(chain: tuple, head: str | None, outlet: str | None, gaz) -> tuple:
    """The chain without a head that is the credited outlet."""
    if chain and head is not None and outlet is not None and head == outlet:
        return chain[1:]
    return chain


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ids", default="", help="only dev ids starting with this")
    parser.add_argument("--families", default="", help="comma-separated families (default: all)")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="write the per-family figures here")
    args = parser.parse_args(argv)
    from evaluate import read_real_article  # the evaluation's own reader (metadata from the manifest)

    from osint_graph.gazetteer import load_gazetteer
    from osint_graph.nlp import Extractor

    os.environ.setdefault("OSINT_GRAPH_REAL_CACHE", str(real.cache_dir()))
    cache = real.cache_dir()
    gaz = load_gazetteer()
    extractor = Extractor()
    families = set(filter(None, args.families.split(",")))
    rows = [r for r in real.read_manifests() if r.split == "dev" and r.id.startswith(args.ids)]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # family -> [variants, heads right, body same]
    failures: list[str] = []
    for row, text, gold, head, listed, line in _cases(rows, cache, gaz):
        article = read_real_article(row, cache / f"{row.id}.txt")
        base = _heads(extractor.extract(article).to_dict(), gold["claims"], gaz)
        headed = [i for i, c in enumerate(gold["claims"]) if (c.get("attribution") or [None])[0] == head]
        right = [i for i in headed if base[i][1] == listed]
        if not right:
            print(f"{row.id}: the unchanged page misses its head {head!r}; skipped")
            continue
        made = variants(text, line, listed, row.outlet)
        dropped_heads: dict[str, set[int]] = {}
        dropped = next(v for v in made if v.name == "dropped")
        made = [dropped] + [v for v in made if v is not dropped]
        for v in made:
            if families and v.family not in families and v is not dropped:
                continue
            moved = []
            for c in gold["claims"]:
                span = v.moved(c["start"], c["end"])
                moved.append(None if span is None else dict(c, start=span[0], end=span[1]))
            pred = extractor.extract(dataclasses.replace(article, text=v.text)).to_dict()
            got = _heads(pred, moved, gaz)
            if v.outlet is not None:
                expect = _canonical(gaz, v.outlet)
                ok = all(moved[i] is not None and got[i][1] == expect for i in right)
            else:
                avoid = _canonical(gaz, v.avoid or "")
                hit = {i for i, g in enumerate(got) if g[1] == avoid}
                if v is dropped:
                    dropped_heads[avoid] = hit
                    dropped_heads["__base"] = {i for i, g in enumerate(got)}
                ok = hit <= dropped_heads.get(avoid, set()) if v is not dropped else True
            expect_head = _canonical(gaz, v.outlet) if v.outlet else None
            same = all(
                moved[i] is None
                or (
                    base[i][0] == got[i][0]
                    and _below(base[i][2], base[i][1], listed, gaz) == _below(got[i][2], got[i][1], expect_head, gaz)
                )
                for i in range(len(gold["claims"]))
                if v.outlet is not None
            )
            if v is dropped and families and "negative" not in families:
                continue
            t = tally[v.family]
            t[0] += 1
            t[1] += ok
            t[2] += same
            if not ok or not same:
                lines_shown = " / ".join(v.text[max(0, line[0] - 80) : line[0] + 120].split("\n")[:5])
                verdict = f"head={'ok' if ok else 'WRONG'} body={'same' if same else 'CHANGED'}"
                failures.append(f"{row.id} [{v.family}: {v.name}] {verdict} :: {lines_shown!r}")
        print(f"{row.id}: {head!r} ({listed}) done", file=sys.stderr)
    print("| family | variants | heads right | rate | body unchanged |")
    print("|---|---|---|---|---|")
    total = [0, 0, 0]
    for family in sorted(tally):
        n, ok, same = tally[family]
        total = [a + b for a, b in zip(total, tally[family], strict=True)]
        print(f"| {family} | {n} | {ok} | {ok / n:.3f} | {same}/{n} |")
    n, ok, same = total
    if n:
        print(f"| all | {n} | {ok} | {ok / n:.3f} | {same}/{n} |")
    if args.show_failures:
        print("\n".join(failures))
    if args.json:
        args.json.write_text(
            json.dumps(
                {f: dict(zip(("n", "heads_right", "body_same"), t, strict=True)) for f, t in tally.items()}, indent=1
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
