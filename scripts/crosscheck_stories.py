#!/usr/bin/env python3
"""Does the cross-check keep stories apart? Propositions measured on the real-article corpus.

The real-article manifests (tests/real/README.md) say which story each article tells: a dev or
test story is one event or affair, and no two stories of the corpus are the same event. So a
proposition whose claims come from articles of two stories groups claims that do not assert the
same thing (a false merge), and one whose claims come from two articles of one story is the
corroboration the cross-check exists for. This script ingests a split's cached texts, with
their manifest metadata (url, outlet, published date), into a LadybugDB file, runs the
cross-check without writing back, and prints:

- propositions of two or more articles, and how many of them mix stories (`mixed`);
- `purity`: 1 - mixed / multi-article propositions (1.0: no proposition mixes stories);
- claims in mixed propositions, and the largest mixed proposition (claims, stories);
- `pure_multi`: propositions of two or more articles of ONE story, and `stories_corroborated`:
  stories of two or more articles that have at least one such proposition (what a stricter
  grouping must not lose).

    OSINT_GRAPH_REAL_CACHE=.cache/real python scripts/crosscheck_stories.py --split dev [--show 20]
    python scripts/crosscheck_stories.py --split test --json    # aggregate only (blind split)

The store is kept (`--store`, default .cache/crosscheck/<split>.lbug) and reused: extraction of
the dev split takes minutes, the cross-check seconds; `--rebuild` extracts again (after a
change to extraction). `--show` lists mixed propositions, and is refused on the test split.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evalkit.real import cache_dir, load_split, read_cached  # noqa: E402

from osint_graph import api  # noqa: E402


def build_store(split: str, store: Path, workers: int) -> int:
    """Ingest the split's cached texts with their manifest metadata; the number of articles."""
    rows = load_split(split).present
    if not rows:
        raise SystemExit(f"no cached texts for split {split!r}: fetch them first (tests/real/README.md)")
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        with feed.open("w", encoding="utf-8") as fh:
            for row in rows:
                text = read_cached(cache_dir() / f"{row.id}.txt")
                record = {"text": text, "url": row.url, "outlet": row.outlet, "published": row.published or None}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        if store.exists():
            shutil.rmtree(store) if store.is_dir() else store.unlink()
        store.parent.mkdir(parents=True, exist_ok=True)
        api.ingest(feed, store=str(store), workers=workers)
    return len(rows)


def story_of_url(split: str) -> dict[str, str]:
    return {row.url: row.story for row in load_split(split).present}


def measure(store: Path, split: str) -> tuple[dict, list[dict]]:
    """The figures above, and the mixed propositions (largest first)."""
    stories = story_of_url(split)
    result = api.corroborate(str(store), write=False)
    articles_of_story: dict[str, set[str]] = defaultdict(set)
    multi = mixed = pure_multi = mixed_claims = 0
    corroborated: set[str] = set()
    mixed_list = []
    for prop in result.propositions:
        articles = {c.article for c in prop.claims}
        for c in prop.claims:
            articles_of_story[stories.get(c.url or "", "?")].add(c.article)
        if len(articles) < 2:
            continue
        multi += 1
        by_story = Counter(stories.get(c.url or "", "?") for c in prop.claims)
        if len(by_story) > 1:
            mixed += 1
            mixed_claims += len(prop.claims)
            mixed_list.append({"statement": prop.statement, "kind": prop.kind, "grade": prop.grade,
                               "claims": len(prop.claims), "stories": dict(by_story.most_common())})  # fmt: skip
        else:
            pure_multi += 1
            corroborated.add(next(iter(by_story)))
    multi_article_stories = [s for s, arts in articles_of_story.items() if len(arts) >= 2]
    mixed_list.sort(key=lambda m: (-m["claims"], m["statement"]))
    figures = {
        "split": split,
        "propositions": len(result.propositions),
        "claims": sum(len(p.claims) for p in result.propositions),
        "multi_article": multi,
        "mixed": mixed,
        "purity": round(1 - mixed / multi, 4) if multi else None,
        "claims_in_mixed": mixed_claims,
        "largest_mixed": [mixed_list[0]["claims"], len(mixed_list[0]["stories"])] if mixed_list else [0, 0],
        "pure_multi": pure_multi,
        "stories_with_two_articles": len(multi_article_stories),
        "stories_corroborated": len(corroborated),
    }
    return figures, mixed_list


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--store", type=Path, help="the LadybugDB file (default .cache/crosscheck/<split>.lbug)")
    parser.add_argument("--rebuild", action="store_true", help="extract and ingest again")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, help="list the N largest mixed propositions (dev only)")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args(argv)
    if args.show and args.split == "test":
        parser.error("--show lists propositions of the blind test split: refused (aggregate figures only)")
    store = args.store or ROOT / ".cache" / "crosscheck" / f"{args.split}.lbug"
    if args.rebuild or not store.exists():
        n = build_store(args.split, store, args.workers)
        print(f"ingested {n} {args.split} articles into {store}", file=sys.stderr)
    figures, mixed = measure(store, args.split)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value}")
    for m in mixed[: args.show]:
        stories = ", ".join(f"{s} {n}" for s, n in m["stories"].items())
        print(f"- [{m['claims']} claims, grade {m['grade']}] {m['statement'][:140]}\n    {stories}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
