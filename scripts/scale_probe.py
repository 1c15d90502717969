#!/usr/bin/env python
"""The ingesting side of scripts/bench_scale.py: one ingest, its timings and CPU accounts as JSON.

    python scripts/scale_probe.py FEED STORE ARTICLES BATCH WORKERS [SCHEDULER] [COMMIT_SECONDS]
        [--replay CACHE] [--commit-articles N] [--memory] [--tracemalloc]

Run in a process of its own (its peak RSS and CPU are the writer's). Prints one JSON line:
wall seconds, articles, elements, time inside the store's writes, peak RSS at 10/50/100%
of the stream, and `cpu`: the CPU seconds of this process (the writer), split as follows.

- The main thread, by what it was doing (exclusive time of nested regions, `time.thread_time`):
  `reading` (files, JSON, article ids, the stored-id checks), `loading the pipeline` and
  `extracting` (the single-process run only), `resolving` (`Resolver.resolve`), `building
  rows` (`write_isolated` less its writes), `store writes` (the loader's or the store's
  `write` and commit calls made here), `garbage collection` (Python's cyclic collector in
  this thread, outside extraction), `other` (starting the pool, handing it chunks, the loop).
- `store commit thread`: the bulk loader's commits (COPY, CHECKPOINT), timed in that thread.
- `native threads`: threads that Python did not start (LadybugDB's own workers, Arrow's),
  read from /proc/self/task at the end of the ingest (they live as long as the database).
- `transport`: the rest of the process's CPU (`getrusage`): the other Python threads, which
  send the articles and receive and unpickle the extractions (the process pool's manager
  and queue threads, the Dask client's event loop), and end with the pool.

And `worker_extract_s`: the CPU seconds the workers spent extracting (each chunk's own
measure, `parallel.Chunk.cpu_seconds`; in the single-process run, the main thread's
`extracting`), `worker_task_thread_s` (the same, the tasks' own threads only: the rest is
what a worker process ran beside its task). CPU seconds hold under other load on the machine;
wall seconds do not.

Idle time: `chunks` (each chunk's worker process id, wall-clock start and end, articles) and
`wall` (the ingest's start and end) say when each worker had no chunk; `writer_waiting_s` is
the wall time the writer spent waiting for one. Memory: `rss_now` (RSS, not the peak, at each
10% of the stream), `rss_at_last_article` (the peak when the last article was written, before
the bulk loader's final commit) and `rss_before_close` (peak and now after that commit).

`--replay CACHE`: extraction is replaced by a replay of the extractions kept in CACHE
(scripts/scale_replay.py); `--commit-articles N`: the bulk loader also commits every N articles;
`--memory` (and `--tracemalloc`): `memory` holds the shares of scripts/scale_memory.py at each
10% mark and around each commit.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # scale_replay.py, scale_memory.py

from osint_graph import api  # noqa: E402
from osint_graph.ingest import parallel  # noqa: E402
from osint_graph.nlp import Extractor  # noqa: E402
from osint_graph.resolve import Resolver  # noqa: E402
from osint_graph.store import ladybug_bulk, open_store  # noqa: E402
from osint_graph.store.ladybug_bulk import BulkLoader  # noqa: E402
from osint_graph.store.ladybug_store import LadybugStore  # noqa: E402

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
EXTRACTION = ("loading the pipeline", "extracting")  # the regions that are a worker's work in other runs


class MainThreadCpu:
    """Exclusive CPU seconds of the main thread by region: a region's time stops while a nested one runs."""

    def __init__(self) -> None:
        self._main = threading.main_thread().ident
        self.reset()

    def reset(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack = ["other"]
        self._collecting = False
        self._mark = time.thread_time()

    def _switch(self) -> None:
        now = time.thread_time()
        self.seconds[self._stack[-1]] += now - self._mark
        self._mark = now

    def enter(self, region: str) -> None:
        self._switch()
        self._stack.append(region)

    def leave(self) -> None:
        self._switch()
        self._stack.pop()

    def stop(self) -> dict[str, float]:
        self._switch()
        return dict(self.seconds)

    def on_gc(self, phase: str, info: dict) -> None:
        """A `gc.callbacks` hook: collections run in the main thread are a region of their own,
        except during extraction, whose collections a worker process counts as extraction too."""
        if threading.get_ident() != self._main:
            return
        if phase == "start":
            self._collecting = self._stack[-1] not in EXTRACTION
            if self._collecting:
                self.enter("garbage collection")
        elif self._collecting:
            self.leave()

    def wrap(self, owner, name: str, region: str, extra=None) -> None:
        """Time calls of `owner.name` made in the main thread as `region` (`extra` sees the arguments)."""
        call = getattr(owner, name)

        def timed(*args, **kwargs):
            if threading.get_ident() != self._main:
                return call(*args, **kwargs)
            if extra:
                extra(*args)
            self.enter(region)
            try:
                return call(*args, **kwargs)
            finally:
                self.leave()

        setattr(owner, name, timed)

    def wrap_iter(self, owner, name: str, region: str, extra=None) -> None:
        """Time each step of the iterator that `owner.name(...)` returns as `region`."""
        make = getattr(owner, name)

        def timed(*args, **kwargs):
            if extra:
                extra(*args)
            self.enter(region)
            try:
                source = iter(make(*args, **kwargs))
            finally:
                self.leave()
            while True:
                self.enter(region)
                try:
                    item = next(source)
                except StopIteration:
                    return
                finally:
                    self.leave()
                yield item

        setattr(owner, name, timed)


def native_thread_seconds() -> float:
    """CPU seconds of the live threads of this process that Python did not start."""
    python = {t.native_id for t in threading.enumerate()}
    total = 0
    for task in Path("/proc/self/task").iterdir():
        if int(task.name) in python:
            continue
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / CLOCK_TICKS


def process_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def current_rss_mb() -> float:
    """The resident set of this process now (not its peak), MB."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def children_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stop_forkserver() -> None:
    """End the forkserver of the local workers (ingest/worker_start.py), if one runs: its workers are its
    children, not this process's, so their CPU reaches RUSAGE_CHILDREN only once it has ended too."""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # private, but the only way; a no-op when none was started


def commit_every(seconds: float) -> None:
    """The bulk loader's time bound on a commit, for the loaders `ingest` makes (its default is bound at import)."""
    init = BulkLoader.__init__

    def with_seconds(self, *args, **kwargs):
        kwargs.setdefault("commit_seconds", seconds)
        init(self, *args, **kwargs)

    BulkLoader.__init__ = with_seconds


# The bulk loader's methods that a commit runs, timed in the commit's thread (`commit_split`).
COMMIT_PARTS = {
    "_copy_files": "COPY",
    "_checkpoint": "CHECKPOINT",
    "_checked_rels": "key look-ups",
    "_reopen": "reopen",
}


def commit_part(call, part: str, out: dict):
    """`call` with its thread CPU seconds added to `out["commit_split"][part]` when it runs outside the main thread
    (nested parts are counted in both: the trim inside a reopen is in `reopen` and in `trim`)."""

    def timed(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            return call(*args, **kwargs)
        start = time.thread_time()
        try:
            return call(*args, **kwargs)
        finally:
            split = out.setdefault("commit_split", {})
            split[part] = split.get(part, 0.0) + time.thread_time() - start

    return timed


def instrument(cpu: MainThreadCpu, out: dict) -> None:
    """Wrap what the writer does, so that its CPU can be told apart (see the module docstring)."""

    def chunk_cpu(chunk, *_):
        out["worker_extract_s"] += chunk.cpu_seconds
        out["worker_task_thread_s"] += chunk.thread_seconds
        out["chunks"].append((chunk.worker, chunk.started, chunk.ended, len(chunk.results)))

    def waited(call):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                out["writer_waiting_s"] += time.perf_counter() - start

        return timed

    def commit_thread(call):
        def timed(*args, **kwargs):
            start = time.thread_time()
            try:
                return call(*args, **kwargs)
            finally:
                out["commit_thread_s"] += time.thread_time() - start
                out["commits"] += 1

        return timed

    def timed_write(owner, name):
        call = getattr(owner, name)

        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return call(*args, **kwargs)
            finally:
                out["write_s"] += time.perf_counter() - start

        setattr(owner, name, timed)

    BulkLoader._commit = commit_thread(BulkLoader._commit)
    for name, part in COMMIT_PARTS.items():  # the commit thread's CPU by part (the rest: Parquet, spool, Python)
        setattr(BulkLoader, name, commit_part(getattr(BulkLoader, name), part, out))
    ladybug_bulk.release_freed_memory = commit_part(ladybug_bulk.release_freed_memory, "trim", out)
    for owner, name in ((LadybugStore, "write"), (BulkLoader, "write"), (BulkLoader, "commit_if_due"),
                        (BulkLoader, "commit")):  # fmt: skip
        timed_write(owner, name)
        cpu.wrap(owner, name, "store writes")
    cpu.wrap(Resolver, "resolve", "resolving")
    cpu.wrap(api, "write_isolated", "building rows")
    cpu.wrap(Extractor, "__init__", "loading the pipeline")
    cpu.wrap_iter(api, "skip_stored", "reading")
    cpu.wrap_iter(api, "extract_articles", "extracting")
    cpu.wrap_iter(parallel, "receive", "receiving", extra=chunk_cpu)
    parallel.wait_local = waited(parallel.wait_local)  # the writer waiting for a chunk (local pool)
    import distributed

    distributed.wait = waited(distributed.wait)  # the same on Dask (dask_pool imports it when it starts)
    gc.callbacks.append(cpu.on_gc)


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    for name in ("feed", "uri", "total", "batch", "workers"):
        parser.add_argument(name)
    parser.add_argument("scheduler", nargs="?", default="")
    parser.add_argument("commit_seconds", nargs="?", default="")
    parser.add_argument("--replay", help="a cache of extractions to replay instead of extracting")
    parser.add_argument("--commit-articles", type=int, help="the bulk loader also commits every N articles")
    parser.add_argument("--memory", action="store_true", help="the memory shares (scripts/scale_memory.py)")
    parser.add_argument("--tracemalloc", action="store_true", help="with --memory: Python's heap too (slower)")
    return parser.parse_args()


def main() -> None:
    args = options()
    feed, uri, total, batch, workers, scheduler = (args.feed, args.uri, args.total, args.batch, args.workers,
                                                   args.scheduler)  # fmt: skip
    if args.commit_seconds:
        commit_every(float(args.commit_seconds))
    if args.commit_articles:
        ladybug_bulk.COMMIT_ARTICLES = args.commit_articles
    if args.replay:
        import scale_replay

        scale_replay.install(api, scale_replay.load_cache(Path(args.replay)))
    probe = None
    if args.memory:
        from scale_memory import MemoryProbe

        probe = MemoryProbe(trace=args.tracemalloc)
        probe.install(Resolver, BulkLoader, ladybug_bulk)
    total = int(total)
    marks: dict[int, float] = {}
    rss_now: dict[int, float] = {}  # RSS at that point, not the peak so far
    out = {"write_s": 0.0, "commit_thread_s": 0.0, "worker_extract_s": 0.0, "worker_task_thread_s": 0.0,
           "commits": 0, "chunks": [], "writer_waiting_s": 0.0}  # fmt: skip
    store = open_store(uri)
    if probe is not None:
        probe.store = store
        probe.start_rss = current_rss_mb()
    cpu = MainThreadCpu()
    instrument(cpu, out)
    done = 0

    def written(extraction) -> None:
        nonlocal done
        done += 1
        for share in range(10, 101, 10):
            if share not in marks and done >= total * share / 100:
                marks[share] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                rss_now[share] = current_rss_mb()
                if probe is not None:
                    probe.mark(share)

    process_start, children_start, native_start = process_seconds(), children_seconds(), native_thread_seconds()
    cpu.reset()  # from here on
    load = os.getloadavg()[0]
    start, wall_start = time.perf_counter(), time.time()
    report = api.ingest([feed], store, batch_size=int(batch), workers=int(workers), scheduler=scheduler or None,
                        on_article=written)  # fmt: skip
    out["seconds"] = time.perf_counter() - start
    out["wall"] = [wall_start, time.time()]
    main_thread = cpu.stop()
    native = native_thread_seconds() - native_start
    process = process_seconds() - process_start
    out["rss_before_close"] = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, current_rss_mb()]
    store.close()
    stop_forkserver()
    out["rss_now"] = rss_now
    out["rss_at_last_article"] = marks[100]
    marks[100] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if main_thread.get("extracting"):
        out["worker_extract_s"] = main_thread["extracting"]
    accounted = sum(main_thread.values()) + out["commit_thread_s"] + native
    out.update(
        articles=report.articles,
        elements=report.elements,
        rss_mb=marks,
        load=[load, os.getloadavg()[0]],
        cpu={
            "process": process,
            "main": main_thread,
            "store commit thread": out.pop("commit_thread_s"),
            "native threads": native,
            "transport": max(0.0, process - accounted),
            "local workers": children_seconds() - children_start,  # their whole processes (pool ended)
        },
    )
    if probe is not None:
        out["memory"] = probe.stop()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
