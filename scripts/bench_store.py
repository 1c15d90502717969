#!/usr/bin/env python
"""The store side of scale, without NLP: load, memory and saved queries on a big synthetic store.

    .venv/bin/python scripts/bench_store.py                       # 20,000 articles, LadybugDB
    .venv/bin/python scripts/bench_store.py --articles 100000
    .venv/bin/python scripts/bench_store.py --bulk                # batched writes against the bulk loader
    eval "$(scripts/neo4j start)"; .venv/bin/python scripts/bench_store.py --neo4j   # Neo4j too

Building a 20,000-article store through the spaCy pipeline takes hours on a shared 2-core
machine; the store's own costs do not depend on where the rows come from. So N synthetic
extractions (tests/fixtures/synthetic.py: a pool of N/10 vessels, N/40 ports, N/50 people and
N/100 outlets, so that entities recur and grow with the stream) are written as `ingest` writes
them (resolved batches of --batch articles, one `write` each) into a new store, and the script
prints:

- load elements/s over the time spent inside `write` (nodes + relationships written);
- the process's resident memory (RSS now, and peak) at 10%, 50% and 100% of the stream, and
  the ratio 100% / 10% (the issue's target: within 10%); the batched writes reopen the database
  after each write as `ingest` does (`LadybugStore.after_write`; `--reopen-every 0`: never, as
  before), and the saved queries then run on the store opened anew, as `osint-graph query` does;
- with `--bulk`, the same for the bulk loader (store/ladybug_bulk.py) on the same stream,
  each load in a process of its own, and the ratio of the two loads' elements/s; for the
  bulk loader also the seconds its commit thread spent in COPY and CHECKPOINT (the
  database's share, which overlaps the writes);
- the p50 (of 5) of every saved query on the result, with the most mentioned vessel (and its
  most frequent port) as names; `--baseline main` also times the saved queries as that git
  revision has them, on the same store, and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # tests/fixtures/synthetic.py

from fixtures.synthetic import synthetic_extractions  # noqa: E402

from osint_graph import api  # noqa: E402
from osint_graph.queries import NEO4J_SUFFIX, SavedQuery, parse_saved_query  # noqa: E402
from osint_graph.store import ladybug_bulk, open_store  # noqa: E402
from osint_graph.store.graph_rows import batch_of  # noqa: E402
from osint_graph.store.ladybug_bulk import BulkLoader  # noqa: E402
from osint_graph.store.memory import release_freed_memory  # noqa: E402

MARKS = (10, 50, 100)
# The bulk loader's 10% mark comes before its first commit (it has only spooled to disk), so the
# peak after its first commit is also noted: the ratio 100% / first commit says whether RSS stays
# flat once a commit's memory is part of the peak, as it is from the first batch of batched writes.
FIRST_COMMIT = 0


def rss_mb() -> tuple[float, float]:
    """(resident now, peak) in MB for this process."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(store, articles: int, batch: int, reopen_every: int = 0, trim: bool = False) -> dict:
    """Write the stream in batches; time the writes; note RSS at the marks."""
    stream = synthetic_extractions(articles, pool=max(articles // 10, 20))
    start = time.perf_counter()
    if isinstance(store, BulkLoader):  # what its close() commits is part of the load
        result = _load(store, stream, articles, batch)
        closing = time.perf_counter()
        store.close()
        result["write_s"] += time.perf_counter() - closing
        result["rss"][100] = rss_mb()
        result["database_s"] = store.database_seconds
        result["commits"] = store.commit_log
    else:
        result = _load(store, stream, articles, batch, reopen_every, trim)
    result["wall_s"] = time.perf_counter() - start  # building the batches included
    return result


def _load(store, stream, articles: int, batch: int, reopen_every: int = 0, trim: bool = False) -> dict:
    marks, written, elements, write_s, writes = {}, 0, 0, 0.0, 0
    while written < articles:
        chunk = [next(stream) for _ in range(min(batch, articles - written))]
        rows = batch_of(chunk)
        start = time.perf_counter()
        store.write(rows)
        writes += 1
        if reopen_every and writes % reopen_every == 0 and hasattr(store, "after_write"):  # not Neo4j
            store.after_write()  # what `ingest` runs after each batched write: a reopen and a trim
        elif trim:
            release_freed_memory()
        write_s += time.perf_counter() - start
        elements += rows.size()
        written += len(chunk)
        for share in MARKS:
            if share not in marks and written >= articles * share / 100:
                marks[share] = rss_mb()
        if getattr(store, "commits", 0) and FIRST_COMMIT not in marks:  # the bulk loader's first commit is done
            marks[FIRST_COMMIT] = rss_mb()
    return {"elements": elements, "write_s": write_s, "rss": marks}


def query_values(store) -> dict[str, str]:
    """Parameters for the saved queries: the most mentioned vessel and port, an outlet."""

    def top(label: str) -> str:
        rows = store.run(
            f"MATCH (m:Mention)-[:REFERS_TO]->(e:{label}) RETURN e.name, count(m) AS n ORDER BY n DESC, e.name LIMIT 1"
        ).rows
        return rows[0][0] if rows else ""

    vessel = top("Vessel")
    # The vessel's most frequent port, so that fact-provenance has rows to return.
    calls = store.run(
        "MATCH (pc:PortCall)-[:INVOLVES]->(v:Vessel {name: $v}), (pc)-[:AT_PORT]->(p:Port) "
        "RETURN p.name, count(pc) AS n ORDER BY n DESC, p.name LIMIT 1",
        {"v": vessel},
    ).rows
    port = calls[0][0] if calls else top("Port")
    return {"name": vessel, "vessel": vessel, "port": port, "text": "container", "subject": "container",
            "outlet": top("Outlet"), "terms": vessel}  # fmt: skip


def query_p50(store, queries: list[SavedQuery], repeat: int = 5) -> dict[str, tuple[float, int]]:
    """p50 in ms and the number of rows of every saved query."""
    values = query_values(store)
    timings = {}
    for saved in queries:
        params = saved.bind({p.name: values[p.name] for p in saved.params if p.required and p.name in values})
        cypher = saved.cypher_for(store.uri, params.pop("limit", None))
        runs, rows = [], 0
        try:
            for _ in range(repeat):
                start = time.perf_counter()
                rows = len(store.query(cypher, params).rows)
                runs.append(time.perf_counter() - start)
        except RuntimeError as exc:  # e.g. a buffer pool too small for the query (--buffer-pool)
            print(f"    {saved.name}: failed: {exc}", flush=True)
            continue
        timings[saved.name] = (statistics.median(runs) * 1000, rows)
    return timings


def baseline_queries(ref: str) -> list[SavedQuery]:
    """The saved queries as a git revision has them (e.g. `main`), to time both on the same store."""
    folder = "osint_graph/queries"
    names = subprocess.run(["git", "ls-tree", "--name-only", f"{ref}:{folder}"], capture_output=True, text=True,
                           cwd=ROOT, check=True).stdout.split()  # fmt: skip

    def text(name: str) -> str:
        return subprocess.run(["git", "show", f"{ref}:{folder}/{name}"], capture_output=True, text=True, cwd=ROOT,
                              check=True).stdout  # fmt: skip

    found = []
    for name in names:
        if name.endswith(".cypher") and not name.endswith(NEO4J_SUFFIX):
            query = parse_saved_query(name.removesuffix(".cypher"), text(name))
            variant = name.removesuffix(".cypher") + NEO4J_SUFFIX
            if variant in names:
                query = replace(query, neo4j_cypher=parse_saved_query(query.name, text(variant)).cypher)
            found.append(query)
    return found


def report_load(name: str, result: dict) -> None:
    rss = result["rss"]
    print(f"{name}: {result['elements']:,} elements written in {result['write_s']:.1f} s of writes: "
          f"load {result['elements'] / result['write_s']:,.0f} elements/s; {result['wall_s']:.1f} s with building "
          f"the batches")  # fmt: skip
    if "database_s" in result:  # the bulk loader's commits run in a thread, alongside the writes
        print(f"  of which in COPY and CHECKPOINT (its commit thread): {result['database_s']:.1f} s, i.e. "
              f"{result['elements'] / result['database_s']:,.0f} elements/s for the database alone")  # fmt: skip
        commits = ", ".join(f"{copy:.1f}+{checkpoint:.1f}" for copy, checkpoint in result["commits"])
        print(f"  seconds of COPY+CHECKPOINT per commit: {commits}")
    for share in MARKS:
        now, peak = rss[share]
        print(f"  RSS at {share:3d}%: {now:7.0f} MB now, {peak:7.0f} MB peak")
    print(f"  ratio peak RSS 100% / 10%: {rss[100][1] / rss[10][1]:.2f} (target <= 1.10)", flush=True)
    if FIRST_COMMIT in rss:
        now, peak = rss[FIRST_COMMIT]
        print(f"  RSS after the first commit: {now:.0f} MB now, {peak:.0f} MB peak; ratio peak 100% / first commit: "
              f"{rss[100][1] / peak:.2f}", flush=True)  # fmt: skip


def report_queries(timings: dict[str, tuple[float, int]], baseline: dict | None) -> None:
    print("  saved queries, p50 of 5 (target <= 100 ms)" + (", and as the baseline has them:" if baseline else ":"))
    for query, (ms, rows) in timings.items():
        line = f"    {query:<22} {ms:8.1f} ms  {rows:6d} rows"
        if baseline and query in baseline:
            old_ms, old_rows = baseline[query]
            line += f"   baseline {old_ms:8.1f} ms  {old_rows:6d} rows  ({old_ms / ms:5.1f}x)"
        print(line)


def timed_baseline(store, ref: str | None) -> dict | None:
    return query_p50(store, baseline_queries(ref)) if ref else None


def load_in_child(path: Path, articles: int, batch: int, bulk: bool, reopen_every: int = 1) -> dict:
    """One load in a process of its own, so that each has its own peak RSS (`--load-only`)."""
    command = [sys.executable, __file__, "--load-only", str(path), "--articles", str(articles), "--batch", str(batch),
               "--commit-rows", str(ladybug_bulk.COMMIT_ROWS), "--reopen-every", str(reopen_every)]  # fmt: skip
    out = subprocess.run(command + (["--bulk"] if bulk else []), capture_output=True, text=True, check=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["rss"] = {int(k): v for k, v in result["rss"].items()}
    return result


def load_only(path: str, articles: int, batch: int, bulk: bool, reopen_every: int = 1) -> None:
    store = open_store(path)
    try:
        print(json.dumps(load(BulkLoader(store) if bulk else store, articles, batch, reopen_every)))
    finally:
        store.close()


def compare_bulk(tmp: str, articles: int, batch: int, reopen_every: int = 1) -> Path:
    """Batched writes and the bulk loader on the same stream, each in its own process; returns the bulk store."""
    results = {}
    for bulk in (False, True):
        path = Path(tmp) / ("bulk.lbug" if bulk else "bench.lbug")
        results[bulk] = load_in_child(path, articles, batch, bulk, reopen_every)
        report_load("LadybugDB, bulk loader (store/ladybug_bulk.py)" if bulk else "LadybugDB, batched writes",
                    results[bulk])  # fmt: skip
    rate = {bulk: r["elements"] / r["write_s"] for bulk, r in results.items()}
    met = "met" if rate[True] >= 100_000 else "not met"
    print(f"bulk / batched: {rate[True] / rate[False]:.1f}x ({rate[True]:,.0f} against {rate[False]:,.0f} "
          f"elements/s; target >= 100,000 elements/s in bulk: {met})", flush=True)  # fmt: skip
    return Path(tmp) / "bulk.lbug"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=api.DEFAULT_BATCH, help="articles per write (ingest's default)")
    parser.add_argument("--neo4j", action="store_true", help="also into the Neo4j at $NEO4J_URI (emptied first!)")
    parser.add_argument("--baseline", metavar="REV", help="also time the saved queries of this git revision")
    parser.add_argument("--workdir", default=None, help="where the store goes (default: a temporary folder)")
    parser.add_argument(
        "--bulk", action="store_true", help="also load with the bulk loader, each load in its own process"
    )
    parser.add_argument("--load-only", metavar="PATH", help=argparse.SUPPRESS)  # a child of --bulk
    parser.add_argument("--reopen-every", type=int, metavar="N", default=1,
                        help="batched writes: reopen the database (and trim) after every N writes, as `ingest` "
                             "does after each (default %(default)s; 0: never, as before)")  # fmt: skip
    parser.add_argument("--trim", action="store_true", help="with --reopen-every 0: malloc_trim after each write")
    parser.add_argument("--commit-rows", type=int, default=ladybug_bulk.COMMIT_ROWS,
                        help="rows per commit of the bulk loader (default %(default)s)")  # fmt: skip
    args = parser.parse_args()
    ladybug_bulk.COMMIT_ROWS = args.commit_rows
    if args.load_only:
        return load_only(args.load_only, args.articles, args.batch, args.bulk, args.reopen_every)
    print(f"{args.articles:,} synthetic articles in writes of {args.batch}; "
          f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")  # fmt: skip
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        if args.bulk:
            store = open_store(str(compare_bulk(tmp, args.articles, args.batch, args.reopen_every)))
        else:
            path = str(Path(tmp) / "bench.lbug")
            store = open_store(path)
            try:
                report_load("LadybugDB", load(store, args.articles, args.batch, args.reopen_every, args.trim))
            finally:
                store.close()
            # the saved queries as `osint-graph query` runs them: a Database of their own, the query default pool
            store = open_store(path, read_only=True)
        try:
            report_queries(query_p50(store, api.queries()), timed_baseline(store, args.baseline))
        finally:
            store.close()
    if args.neo4j:
        store = open_store(os.environ["NEO4J_URI"])
        try:
            store.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
            report_load("Neo4j", load(store, args.articles, args.batch))
            report_queries(query_p50(store, api.queries()), timed_baseline(store, args.baseline))
        finally:
            store.close()


if __name__ == "__main__":
    main()
