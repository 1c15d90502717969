#!/usr/bin/env python
"""The two-core bound of this machine for extraction, measured: the ideal pair, and what moves it.

    python scripts/bench_cores.py [--articles 160] [--rounds 3]
    python scripts/bench_cores.py --variants base,batch8,freeze,fork+freeze,arena2 --rounds 4

The same chunk of synthetic articles (scripts/bench_scale.py's stream) is extracted by one bare
process, then by two bare processes at once, each the whole chunk (no writer, no transport of
articles or results, no Dask: the ideal pair of a two-worker ingest). Each process loads the
pipeline before the timing starts and times only `Extractor.extract_many` (wall: the monotonic
clock, shared by the processes; CPU: `time.process_time`). Two loops from the same processes
frame the figure: a pure-Python arithmetic loop (compute-bound) and random reads over a
3-million-item list (memory-bound), as the lead's probe ran them (/tmp/cpu_probe.py).

Printed, medians over the rounds: ms of CPU an article alone and in the pair, and the
pair's throughput ratio (two processes' work over one's: 2 x alone / together) from wall
seconds and from CPU seconds (2 x CPU alone / CPU in the pair: what the pair gives when
nothing else runs on the cores; wall seconds count other helpers' work too).

Variants (`--variants`, joined with '+' to combine; each runs its own pair of processes,
all variants interleaved round by round, the order rotated each round):
  base     as a local worker extracts: a spawned process, `nlp.pipe` batches of 32
  batchN   `nlp.pipe` batches of N sections (e.g. batch1, batch8, batch64)
  freeze   `gc.freeze()` once the pipeline is loaded (its objects out of every collection)
  young    young collections every 50,000 allocations, not 700 (ingest/collector.py's setting)
  fork     the pipeline loaded once, then both workers forked from it (copy-on-write pages)
  arena1, arena2   glibc MALLOC_ARENA_MAX=1 / 2 in the workers
  malloc   PYTHONMALLOC=malloc (glibc for every Python object, not pymalloc's arenas)
  trim     MALLOC_TRIM_THRESHOLD_=1GB and MALLOC_MMAP_THRESHOLD_=1GB (glibc keeps its freed memory)
Every variant's extractions are hashed (JSON lines of the extraction contract): a variant whose
output differs from the first variant's is flagged, as it is not a speed-up.

`scripts/bench_scale.py` runs the base pair on its own stream in the same run (`--cores`) and
prints each ingest ratio against it.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

GIB = str(1 << 30)
ATOMS: dict[str, dict] = {
    "base": {},
    "freeze": {"gc_freeze": True},
    "young": {"young": 50_000},
    "fork": {"fork": True},
    "arena1": {"env": {"MALLOC_ARENA_MAX": "1"}},
    "arena2": {"env": {"MALLOC_ARENA_MAX": "2"}},
    "malloc": {"env": {"PYTHONMALLOC": "malloc"}},
    "trim": {"env": {"MALLOC_TRIM_THRESHOLD_": GIB, "MALLOC_MMAP_THRESHOLD_": GIB}},
}
COMPUTE_N = 30_000_000  # the probe's sizes
MEMORY_N = 4_000_000


# --- arithmetic (tests/test_bench_cores.py) -------------------------------------------------------


def setup_of(variant: str) -> dict:
    """A variant's settings: its atoms merged left to right ('fork+freeze'); ValueError if unknown."""
    setup: dict = {"env": {}}
    for atom in variant.split("+"):
        if atom.startswith("batch") and atom[5:].isdigit() and int(atom[5:]) > 0:
            part = {"batch_size": int(atom[5:])}
        elif atom in ATOMS:
            part = ATOMS[atom]
        else:
            raise ValueError(f"unknown variant {atom!r} in {variant!r}")
        setup |= {k: v for k, v in part.items() if k != "env"}
        setup["env"] = setup["env"] | part.get("env", {})
    return setup


def throughput_ratio(alone: float, together: float) -> float:
    """Two processes' work over one's when each does the work one did alone: 2 x alone / together
    (seconds, wall or CPU, of the same work). 2.0 is perfect scaling, 1.0 none."""
    return 2 * alone / together if together > 0 else float("nan")


def pair_wall(spans: list[tuple[float, float]]) -> float:
    """Wall seconds of work done at once: from the first start to the last end."""
    return max(end for _, end in spans) - min(start for start, _ in spans)


def efficiency(ingest: float, ideal: float) -> float:
    """An ingest's ratio over the ideal pair's: 1.0 means the ingest loses nothing beyond the machine."""
    return ingest / ideal if ideal > 0 else float("nan")


@dataclass
class Timing:
    """One job in one process: monotonic start and end, CPU seconds, and the output's digest."""

    start: float
    end: float
    cpu: float
    digest: str = ""


@dataclass
class Figures:
    """A variant's (or a loop's) rounds: each round one job alone and the same job in two processes at once."""

    alone: list[Timing] = field(default_factory=list)
    pairs: list[list[Timing]] = field(default_factory=list)

    def add(self, alone: Timing, pair: list[Timing]) -> None:
        self.alone.append(alone)
        self.pairs.append(pair)

    def cpu_alone(self) -> float:
        return statistics.median(t.cpu for t in self.alone)

    def cpu_pair(self) -> float:
        """CPU seconds of one process of the pair (the mean of the two), median over the rounds."""
        return statistics.median(statistics.mean(t.cpu for t in pair) for pair in self.pairs)

    def ratio_wall(self) -> float:
        """Median over the rounds of each round's own wall ratio (alone then the pair, side by side)."""
        return statistics.median(
            throughput_ratio(a.end - a.start, pair_wall([(t.start, t.end) for t in pair]))
            for a, pair in zip(self.alone, self.pairs, strict=True)
        )

    def ratio_cpu(self) -> float:
        return statistics.median(
            throughput_ratio(a.cpu, statistics.mean(t.cpu for t in pair))
            for a, pair in zip(self.alone, self.pairs, strict=True)
        )

    def digests(self) -> set[str]:
        return {t.digest for t in self.alone + [t for pair in self.pairs for t in pair] if t.digest}


# --- the workers ------------------------------------------------------------------------------------


def compute_loop(n: int) -> None:
    s = 0
    for i in range(n):
        s += i * i % 7


def memory_loop(n: int) -> None:
    a = list(range(3_000_000))
    rng = random.Random(1)
    s = 0
    for _ in range(n):
        s += a[rng.randrange(3_000_000)]


def digest_of(extractions) -> str:
    h = hashlib.sha256()
    for extraction in extractions:
        h.update(json.dumps(extraction.to_dict(), ensure_ascii=False).encode() + b"\n")
    return h.hexdigest()[:16]


def load(setup: dict):
    """The worker's pipeline, with the variant's collector settings applied once it is loaded."""
    from osint_graph.ingest.parallel import worker_extractor

    extractor = worker_extractor(None)
    gc.collect()
    if setup.get("young"):
        gc.set_threshold(setup["young"], *gc.get_threshold()[1:])
    if setup.get("gc_freeze"):
        gc.freeze()
    return extractor


def next_job(conn) -> str:
    try:
        return conn.recv()
    except EOFError:  # the bench is gone
        return "stop"


def serve(conn, setup: dict, articles, extractor=None) -> None:
    """A worker: load the pipeline (unless forked with it), say ready, then run jobs until 'stop'."""
    extractor = extractor or load(setup)
    batch = setup.get("batch_size", 32)
    conn.send("ready")
    while (job := next_job(conn)) != "stop":
        start, cpu = time.monotonic(), time.process_time()
        if job == "extract":
            out = list(extractor.extract_many(articles, batch_size=batch))
        elif job == "compute":
            compute_loop(COMPUTE_N)
        else:
            memory_loop(MEMORY_N)
        timing = Timing(start, time.monotonic(), time.process_time() - cpu)
        if job == "extract":
            timing.digest = digest_of(out)
        conn.send(timing)


def fork_template(conns, setup: dict, articles) -> None:
    """Load the pipeline once (collector settings included), then fork the two workers from this process."""
    extractor = load(setup)
    context = multiprocessing.get_context("fork")
    children = [context.Process(target=serve, args=(c, setup, articles, extractor)) for c in conns]
    for child in children:
        child.start()
    for child in children:
        child.join()


class Pair:
    """Two worker processes of one variant."""

    def __init__(self, variant: str, articles) -> None:
        self.variant, setup = variant, setup_of(variant)
        context = multiprocessing.get_context("spawn")
        ends = [context.Pipe() for _ in range(2)]
        self.conns = [parent for parent, _ in ends]
        saved = {k: os.environ.get(k) for k in setup["env"]}
        os.environ.update(setup["env"])  # read by the spawned interpreters at their start
        try:
            if setup.get("fork"):
                args = ([child for _, child in ends], setup, articles)
                self.processes = [context.Process(target=fork_template, args=args)]
            else:
                self.processes = [context.Process(target=serve, args=(c, setup, articles)) for _, c in ends]
            for process in self.processes:
                process.start()
            for _, child in ends:  # the workers hold theirs: if this process dies, they read EOF and end
                child.close()
        finally:
            for key, value in saved.items():
                os.environ.pop(key) if value is None else os.environ.__setitem__(key, value)

    def ready(self) -> None:
        for conn in self.conns:
            assert conn.recv() == "ready"

    def run(self, job: str, which: list[int]) -> list[Timing]:
        for i in which:
            self.conns[i].send(job)
        return [self.conns[i].recv() for i in which]

    def close(self) -> None:
        for conn in self.conns:
            conn.send("stop")
        for process in self.processes:
            process.join()


def load_average() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def measure(articles, variants: list[str], rounds: int, loops: bool = True, say=print) -> dict[str, Figures]:
    """Every variant's rounds (alone, then the pair), interleaved, the order rotated each round; the
    loops ('compute', 'memory') in the first variant's processes, once a round. Each process first
    extracts the chunk once untimed."""
    for variant in variants:
        setup_of(variant)  # unknown names fail before anything starts
    pairs = {v: Pair(v, articles) for v in variants}
    for pair in pairs.values():
        pair.ready()
    for pair in pairs.values():  # an untimed first extraction in each: the first pays lazy loads and cold caches
        pair.run("extract", [0, 1])
    figures = {name: Figures() for name in [*variants, *(("compute", "memory") if loops else ())]}
    try:
        for r in range(rounds):
            order = variants[r % len(variants) :] + variants[: r % len(variants)]
            jobs = [(v, "extract", pairs[v]) for v in order]
            if loops:
                jobs += [(name, name, pairs[variants[0]]) for name in ("compute", "memory")]
            for name, job, pair in jobs:
                alone = pair.run(job, [r % 2])[0]
                together = pair.run(job, [0, 1])
                figures[name].add(alone, together)
                say(f"  round {r + 1} {name:<14} alone {alone.cpu:6.2f} s CPU, pair"
                    f" {together[0].cpu:6.2f}/{together[1].cpu:6.2f} s; load {load_average()}")  # fmt: skip
    finally:
        for pair in pairs.values():
            pair.close()
    return figures


def report(figures: dict[str, Figures], n: int) -> list[str]:
    lines = [f"{'':<16}{'ms/art. alone':>14}{'in the pair':>13}{'ratio wall':>12}{'ratio CPU':>11}  output"]
    first = next((f.digests() for name, f in figures.items() if name not in ("compute", "memory")), set())
    for name, f in figures.items():
        per = 1000 / n if name not in ("compute", "memory") else 1000
        same = "" if name in ("compute", "memory") else ("same" if f.digests() == first else "DIFFERS")
        lines.append(f"{name:<16}{f.cpu_alone() * per:14.1f}{f.cpu_pair() * per:13.1f}"
                     f"{f.ratio_wall():12.2f}{f.ratio_cpu():11.2f}  {same}")  # fmt: skip
    return lines


def stream_articles(n: int, feed: Path | None = None):
    """The first n articles of bench_scale.py's synthetic stream (or of the feed given)."""
    from osint_graph.ingest import Reader

    if feed is None:
        import bench_scale

        feed = Path(tempfile.mkdtemp()) / "feed.jsonl"
        bench_scale.write_feed(feed, n)
    return list(islice(Reader().read([feed]), n))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=160)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variants", default="base", help="comma-separated; see the module's docstring")
    parser.add_argument("--no-loops", action="store_true", help="skip the compute and memory loops")
    args = parser.parse_args(argv)
    variants = args.variants.split(",")
    try:
        for variant in variants:
            setup_of(variant)
    except ValueError as exc:
        parser.error(str(exc))
    articles = stream_articles(args.articles)
    print(f"{len(articles)} articles, {args.rounds} round(s), variants {', '.join(variants)}; load {load_average()}")
    figures = measure(articles, variants, args.rounds, loops=not args.no_loops)
    print("\n".join(report(figures, len(articles))))
    print(f"load average at the end {load_average()}")


if __name__ == "__main__":
    main()
