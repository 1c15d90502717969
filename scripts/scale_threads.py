"""Which threads of a process spend the CPU while it extracts: one process, or the workers of a pool.

Why: if spaCy/thinc or numpy's OpenBLAS ran part of an extraction on threads of their own, one
process would already use more than one core, and two workers on two cores would oversubscribe
them (README Scale, twenty-third round, says what this measured). For each thread of the process
(/proc/self/task) it prints the CPU seconds spent while N articles are extracted, with the
process's CPU over wall seconds and CPU milliseconds an article.

    python scripts/scale_threads.py FEED.jsonl --articles 200                 # this process
    OPENBLAS_NUM_THREADS=1 python scripts/scale_threads.py FEED.jsonl ...     # the same, BLAS on one thread
    python scripts/scale_threads.py FEED.jsonl --pool dask --articles 320     # LocalCluster of 2: its workers' threads
    python scripts/scale_threads.py FEED.jsonl --chunks 16,128 --rounds 4     # CPU an article by chunk size, alternated

FEED is a JSON lines feed (`bench_scale.py` writes one: `write_feed`). One JSON line on standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TICK = os.sysconf("SC_CLK_TCK")


def thread_seconds() -> dict[str, tuple[str, float]]:
    """CPU seconds (user + system) of each live thread of this process: id -> (name, seconds)."""
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        except OSError:  # the thread ended meanwhile
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        out[tid] = (name, (int(fields[11]) + int(fields[12])) / TICK)
    return out


def busy(before: dict, after: dict, floor: float = 0.01) -> dict[str, float]:
    """Threads that spent more than `floor` CPU seconds between two `thread_seconds` readings."""
    spent = {f"{name}:{tid}": seconds - before.get(tid, (name, 0.0))[1] for tid, (name, seconds) in after.items()}
    return {key: round(value, 2) for key, value in spent.items() if value > floor}


def articles(feed: Path, n: int, skip: int = 0) -> list:
    from osint_graph.ingest import Reader

    return list(Reader().read([feed]))[skip : skip + n]


def one_process(feed: Path, n: int) -> dict:
    from osint_graph.ingest.parallel import worker_extractor

    extractor = worker_extractor(None)
    batch = articles(feed, n + 16)
    list(extractor.extract_many(batch[:16]))  # lazy loads of the first articles, not counted
    before, wall, cpu, own = thread_seconds(), time.time(), time.process_time(), time.thread_time()
    list(extractor.extract_many(batch[16:]))
    wall, cpu, own = time.time() - wall, time.process_time() - cpu, time.thread_time() - own
    return {"articles": n, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "cpu_over_wall": round(cpu / wall, 3),
            "cpu_ms_an_article": round(cpu / n * 1000, 1), "main_thread_s": round(own, 2),
            "threads": len(thread_seconds()), "busy_threads": busy(before, thread_seconds())}  # fmt: skip


def by_chunk(feed: Path, n: int, sizes: list[int], rounds: int) -> dict:
    """CPU ms an article when the same articles are extracted in chunks of each size (as a worker gets
    them), the sizes' order reversed every other round so that the machine's load falls on each alike."""
    from osint_graph.ingest.parallel import worker_extractor

    extractor = worker_extractor(None)
    batch = articles(feed, n + 16)
    list(extractor.extract_many(batch[:16]))
    batch = batch[16:]
    out: dict[int, list[float]] = {size: [] for size in sizes}
    for number in range(rounds):
        for size in sizes if number % 2 == 0 else sizes[::-1]:
            start = time.process_time()
            for i in range(0, len(batch), size):
                list(extractor.extract_many(batch[i : i + size]))
            out[size].append(round((time.process_time() - start) / len(batch) * 1000, 1))
    return {"articles": len(batch), "cpu_ms_an_article_by_chunk": out}


def pool(feed: Path, n: int, kind: str) -> dict:
    """Two workers (local processes or a Dask LocalCluster with osint-graph's settings) extract n articles
    through `fan_out`; each chunk's process CPU and its task thread's CPU, and on Dask each worker's threads."""
    from osint_graph.ingest import parallel

    chunks = []
    receive = parallel.receive

    def keep(chunk, on_failed):
        chunks.append(chunk)
        return receive(chunk, on_failed)

    parallel.receive = keep
    batch, threads = articles(feed, n), {}
    limit = parallel.chunks_in_flight(2, 256)
    if kind == "local":
        with parallel.local_pool(2, None) as workers:
            wall = time.time()
            list(parallel.fan_out(batch, workers, max_in_flight=limit))
            wall = time.time() - wall
    else:
        import dask.config
        from distributed import Client, LocalCluster

        with (
            dask.config.set(parallel.dask_settings()),
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster.scheduler_address) as client,
        ):
            client.run(parallel.worker_extractor, None)  # the pipeline loaded before the timing
            before = client.run(thread_seconds)
            with parallel.dask_pool(cluster.scheduler_address) as workers:
                wall = time.time()
                list(parallel.fan_out(batch, workers, max_in_flight=limit))
                wall = time.time() - wall
            after = client.run(thread_seconds)
            threads = {address: busy(before[address], seconds, 0.05) for address, seconds in after.items()}
    parallel.receive = receive
    done = sum(len(chunk.results) for chunk in chunks)
    return {"pool": kind, "articles": done, "wall_s": round(wall, 1),
            "process_cpu_ms_an_article": round(sum(c.cpu_seconds for c in chunks) / done * 1000, 1),
            "task_thread_cpu_ms_an_article": round(sum(c.thread_seconds for c in chunks) / done * 1000, 1),
            "worker_threads": threads}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feed", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--pool", choices=("local", "dask"), help="two workers instead of this process")
    parser.add_argument("--chunks", help="chunk sizes to compare, e.g. 16,128 (this process)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    # read first: a LocalCluster's nannies set Dask's pre-spawn environment in this process too
    blas = {k: os.environ[k] for k in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS") if k in os.environ}
    if args.pool:
        out = pool(args.feed, args.articles, args.pool)
    elif args.chunks:
        out = by_chunk(args.feed, args.articles, [int(s) for s in args.chunks.split(",")], args.rounds)
    else:
        out = one_process(args.feed, args.articles)
    print(json.dumps({**out, "environment": blas, "load_average": os.getloadavg()[0]}))


if __name__ == "__main__":
    main()
