#!/usr/bin/env python
"""Keep the real-article text cache: store fetched texts, check them, list the manifests.

    python scripts/real_articles.py add ID FILE          store FILE as <cache>/ID.txt if its
                                                         sha256 and chars match ID's manifest row
    python scripts/real_articles.py add --new ID FILE    store a text not yet in a manifest and
                                                         print its sha256 and chars for the new row
    python scripts/real_articles.py check                per article: present / missing / changed,
                                                         totals, and the manifests' and gold files'
                                                         problems
    python scripts/real_articles.py list                 the merged manifest, with articles, stories
                                                         and outlets per split

The cache is `$OSINT_GRAPH_REAL_CACHE`, else `<repo>/.cache/real` (git-ignored: the texts
are third-party pages and never committed).  How to fetch a text: tests/real/README.md.
Exit status: 0, or 1 when `add` refuses a text or `check` finds a changed text or a problem.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit lives beside this script
# the repository root, so that the checks that read texts as the tool does (osint_graph.model)
# work with any Python, not only the project's venv
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from evalkit import real  # noqa: E402


def read_utf8(path: Path) -> tuple[bytes, str]:
    data = path.read_bytes()
    return data, data.decode("utf-8")


def cmd_add(article_id: str, file: Path, new: bool, real_dir: Path) -> int:
    if not real.ID_RE.fullmatch(article_id):
        print(f"id {article_id!r} must match [a-z0-9_]+", file=sys.stderr)
        return 1
    try:
        data, text = read_utf8(file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"cannot read {file} as UTF-8 text: {exc}", file=sys.stderr)
        return 1
    digest = real.sha256_of(data)
    row = next((r for r in real.read_manifests(real_dir) if r.id == article_id), None)
    if new and row is not None:
        print(f"{article_id} is already in {row.batch}.csv: run add without --new", file=sys.stderr)
        return 1
    if not new:
        if row is None:
            print(f"{article_id} is in no manifest (use --new for a text not yet in one)", file=sys.stderr)
            return 1
        if (digest, str(len(text))) != (row.sha256, row.chars):
            print(
                f"{article_id}: not stored: sha256 {digest} chars {len(text)} differ from {row.batch}.csv "
                f"(sha256 {row.sha256} chars {row.chars}); fetch it again as tests/real/README.md says",
                file=sys.stderr,
            )
            return 1
    cache = real.cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{article_id}.txt"
    if file.resolve() != target.resolve():
        shutil.copyfile(file, target)
    if new:
        print(f"id={article_id} sha256={digest} chars={len(text)}")
    print(f"stored {target}")
    return 0


def cmd_check(real_dir: Path) -> int:
    cache = real.cache_dir()
    rows = real.read_manifests(real_dir)
    golds = real.read_gold_files(real_dir)
    statuses = {r.id: real.text_status(r, cache) for r in rows}
    for r in rows:
        print(f"{statuses[r.id]:8} {r.split:4} {r.id}")
    problems = real.manifest_problems(rows) + real.pairing_problems(rows, golds)
    for gold_id, gold in golds.items():
        problems += real.gold_problems(gold_id, gold)
        if statuses.get(gold_id) == "present":
            problems += real.offset_problems(gold_id, gold, real.read_cached(cache / f"{gold_id}.txt"))
    print()
    print(f"cache {cache}")
    for split in real.SPLITS:
        n = {s: sum(1 for r in rows if r.split == split and statuses[r.id] == s) for s in real.STATUSES}
        print(f"{split:4}: " + "  ".join(f"{s} {n[s]}" for s in real.STATUSES))
    for p in problems:
        print(f"problem: {p}")
    changed = sum(1 for s in statuses.values() if s == "changed")
    return 1 if changed or problems else 0


def cmd_list(real_dir: Path) -> int:
    rows = real.read_manifests(real_dir)
    print("id,split,story,outlet,published,batch")
    for r in sorted(rows, key=lambda r: (r.split, r.story, r.id)):
        print(",".join((r.id, r.split, r.story, r.outlet, r.published, r.batch)))
    print()
    for split in (*real.SPLITS, "all"):
        c = real.split_counts(real.select(rows, split))
        print(f"{split:4}: {c['articles']} articles, {c['stories']} stories, {c['outlets']} outlets")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real-dir", type=Path, default=real.REAL_DIR, help="folder with manifests/ and gold/")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="store a fetched text in the cache, checked against its manifest row")
    add.add_argument("id")
    add.add_argument("file", type=Path)
    add.add_argument("--new", action="store_true", help="the id is in no manifest yet: print sha256 and chars")
    sub.add_parser("check", help="present / missing / changed per article, and problems")
    sub.add_parser("list", help="the merged manifest and counts per split")
    args = parser.parse_args(argv)
    if args.command == "add":
        return cmd_add(args.id, args.file, args.new, args.real_dir)
    if args.command == "check":
        return cmd_check(args.real_dir)
    return cmd_list(args.real_dir)


if __name__ == "__main__":
    sys.exit(main())
