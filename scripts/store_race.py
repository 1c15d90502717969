#!/usr/bin/env python
"""Reads of a LadybugDB store while the bulk loader's commit thread copies and checkpoints.

    python scripts/store_race.py --articles 3000 --commit-articles 150 --rounds 3 [--reads 20]
    python scripts/store_race.py --replay CACHE --articles 6000 --commit-articles 600   # real-sized rows

During a first load `api.ingest` writes through `BulkLoader`, which commits (COPY, then
CHECKPOINT) on a thread of its own and a connection of its own, while the main thread keeps
reading the store on the store's connection: `skip_stored`'s "which of these ids are stored?"
every 1,000 articles (ingest/resume.py), and anything a caller runs on the same store. This
script does what that path does, many times over: after each batch it hands the loader the
batch, then runs `--reads` rounds of reads on the store's connection from the main thread (the
resume read, the saved query `entity-mentions`, `CALL bm_info()`), and more while a commit is in
flight, so that reads overlap every commit, its CHECKPOINT included.
Each round loads a fresh store and checks its counts against the rows written; a read or a
commit that raises, a resume read that sees part of a commit's articles, or a count that
differs, is a failure. `--without-lock` lets the reads run during the commit's COMMIT and
CHECKPOINT, as before `LadybugStore.reads_lock` (LadybugDB 0.22 then shows part of a commit).
Prints one line a round and a summary: reads run, reads that overlapped a commit, failures and
their messages.

`--replay CACHE` takes real-sized extractions from a cache of scripts/scale_replay.py (as
bench_scale.py --replay keeps them) instead of synthetic ones.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

from osint_graph.ingest.resume import KNOWN_ARTICLES  # noqa: E402
from osint_graph.queries import get_saved_query  # noqa: E402
from osint_graph.store.graph_rows import batch_of  # noqa: E402
from osint_graph.store.ladybug_bulk import BulkLoader  # noqa: E402
from osint_graph.store.ladybug_store import LadybugStore  # noqa: E402


def extraction_stream(args):
    if args.replay:
        import scale_replay

        from osint_graph.model import Article, article_id

        replay = scale_replay.Replay(scale_replay.load_cache(Path(args.replay)))
        bases = replay.bases

        def articles():
            for i in range(args.articles):
                base = bases[i % len(bases)].article
                text = f"{base.text}\n\n(race copy {i})"
                yield Article(id=article_id(text), text=text, title=base.title, outlet=base.outlet,
                              published=base.published, source=base.source)  # fmt: skip

        return replay.extractions(articles())
    from fixtures.synthetic import synthetic_extractions

    return synthetic_extractions(args.articles, seed=args.seed, pool=args.pool)


def reads(store: LadybugStore, ids: list[str], name: str) -> list:
    """What the main thread reads during an ingest (and what a caller might): each a callable."""
    mentions = get_saved_query("entity-mentions")
    params = mentions.bind({"name": name})

    def resume_read():
        stored = store.run(KNOWN_ARTICLES, {"ids": ids}).rows
        if stored not in ([], [[i] for i in ids]):  # a batch's articles are all in one commit
            raise AssertionError(f"saw {len(stored)} of a commit's {len(ids)} articles")
        return stored

    return [
        ("resume read", resume_read),
        ("entity-mentions", lambda: store.run(mentions.cypher, params).rows),
        ("bm_info", lambda: store.run("CALL bm_info() RETURN *").rows),
    ]


def one_round(args, folder: Path) -> dict:
    stats: dict = {"reads": 0, "overlapping": 0, "failures": Counter(), "commits": 0}
    stream = list(extraction_stream(args))
    batches = [batch_of(stream[i : i + args.batch]) for i in range(0, len(stream), args.batch)]
    written_articles = 0
    name = stream[0].entities[0].name if stream[0].entities else "x"
    with LadybugStore(folder / "race.lbug") as store:
        if args.without_lock:
            store.reads_lock = nullcontext()  # what the store did before `reads_lock`
        loader = BulkLoader(store, commit_articles=args.commit_articles, commit_in_write=False)
        try:
            for batch in batches:
                loader.write(batch)
                loader.commit_if_due()
                written_articles += len(batch.nodes.get("Article", {}))
                ids = sorted(batch.nodes.get("Article", {}))
                rounds = 0
                # `--reads` rounds, then on while the commit is in flight (its CHECKPOINT included)
                while rounds < args.reads or (loader._pending is not None and not loader._pending.done()):
                    rounds += 1
                    for label, read in reads(store, ids, name):
                        busy = loader._pending is not None and not loader._pending.done()
                        try:
                            read()
                        except Exception as exc:  # noqa: BLE001 - counted and reported
                            stats["failures"][f"{label}: {str(exc)[:120]}"] += 1
                        stats["reads"] += 1
                        stats["overlapping"] += busy
            loader.close()
        except Exception as exc:  # noqa: BLE001 - a failed commit
            stats["failures"][f"commit: {str(exc)[:120]}"] += 1
            loader._release()
        stats["commits"] = loader.commits
        try:
            stored = store.run("MATCH (a:Article) RETURN count(a)").rows[0][0]
        except Exception as exc:  # noqa: BLE001
            stored = f"unreadable: {str(exc)[:120]}"
        if stored != written_articles:
            stats["failures"][f"count: {stored} articles stored, {written_articles} written"] += 1
    return stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--commit-articles", type=int, default=150)
    parser.add_argument("--reads", type=int, default=20, help="rounds of the three reads after each batch")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pool", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--replay", default=None, help="a scale_replay.py cache of real-sized extractions")
    parser.add_argument(
        "--without-lock", action="store_true", help="reads do not wait for a commit's COMMIT and CHECKPOINT (as before)"
    )
    args = parser.parse_args(argv)
    total: Counter = Counter()
    failures: Counter = Counter()
    failed_rounds = 0
    for r in range(args.rounds):
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="store-race-") as folder:
            stats = one_round(args, Path(folder))
        failed_rounds += bool(stats["failures"])
        failures += stats["failures"]
        total.update({k: stats[k] for k in ("reads", "overlapping", "commits")})
        print(
            f"round {r + 1}: {stats['commits']} commits, {stats['reads']} reads ({stats['overlapping']} during a"
            f" commit), {sum(stats['failures'].values())} failures, {time.perf_counter() - start:.0f} s",
            flush=True,
        )
    print(
        f"total: {args.rounds} rounds, {failed_rounds} with a failure; {total['commits']} commits,"
        f" {total['reads']} reads, {total['overlapping']} during a commit"
    )
    for message, count in failures.most_common():
        print(f"  {count} x {message}")
    return 1 if failed_rounds else 0


if __name__ == "__main__":
    raise SystemExit(main())
