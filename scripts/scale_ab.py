#!/usr/bin/env python
"""A/B of the store side's memory: replayed real-sized ingests under settings that alternate, in one run.

    python scripts/scale_ab.py --articles 20000 --replay 416 --workdir /tmp/ab \
        --variant base= --variant pool256=OSINT_GRAPH_BUFFER_POOL_MB=256 --rounds 2

Each variant is NAME=ENV settings (comma separated `KEY=VALUE`, none for the default); the runs go
A, B, ..., A, B, ... (`--rounds` times) so that the machine's load falls on each alike. Each run is
bench_scale.py's one-process replay (scripts/scale_probe.py in a process of its own, with the
variant's environment), and prints its peak RSS at 10 / 50 / 100%, their ratio, the time in writes,
the commits and the load average. The feed and the replay cache are kept in `--workdir` (the cache
under .cache/replay/ as bench_scale.py keeps it), so later runs start at once.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench_scale  # noqa: E402


def parse_variant(text: str) -> tuple[str, dict[str, str]]:
    name, _, settings = text.partition("=")
    env = dict(pair.split("=", 1) for pair in settings.split(",") if pair)
    return name, env


def one(args, feed: Path, store: Path, cache: Path, env: dict[str, str]) -> dict:
    extra = ("--replay", str(cache), "--commit-articles", str(args.commit_articles))
    command = [sys.executable, str(bench_scale.PROBE), str(feed), str(store), str(args.articles),
               str(args.batch_size), "1", "", "3600", *extra]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **env})
    if done.returncode != 0:
        return {"error": done.stderr[-1500:]}
    import json

    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--replay", type=int, default=416)
    parser.add_argument("--commit-articles", type=int, default=1650)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--variant", action="append", required=True, help="NAME=KEY=VALUE,KEY=VALUE (repeatable)")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    feed = work / f"feed-{args.articles}.jsonl"
    if not feed.exists():
        bench_scale.write_feed(feed, args.articles)
    cache = bench_scale.replay_cache(feed, args.replay)
    variants = [parse_variant(v) for v in args.variant]
    for r in range(args.rounds):
        for name, env in variants:
            store = work / f"ab-{name}.lbug"
            for leftover in work.glob(f"ab-{name}.lbug*"):
                leftover.unlink()
            start = time.perf_counter()
            result = one(args, feed, store, cache, env)
            if "error" in result:
                print(f"round {r + 1} {name}: failed\n{result['error']}", flush=True)
                continue
            rss = result["rss_mb"]
            load = result["load"]
            print(
                f"round {r + 1} {name:<12} peak RSS MB 10/50/100% {rss['10']:.0f} / {rss['50']:.0f} / {rss['100']:.0f}"
                f" (100/10 {rss['100'] / rss['10']:.2f}); {result['articles']} articles, {result['elements']} elements,"
                f" {result['commits']} commits, writes {result['write_s']:.1f} s,"
                f" wall {time.perf_counter() - start:.0f} s; load {load[0]:.1f} -> {load[1]:.1f}; RSS now "
                + " ".join(f"{float(v):.0f}" for v in (result.get("rss_now") or {}).values()),
                flush=True,
            )
            for leftover in work.glob(f"ab-{name}.lbug*"):
                leftover.unlink()


if __name__ == "__main__":
    main()
