"""Fan extraction out to worker processes or a Dask cluster; hand the results back to one writer.

Extraction (spaCy) is CPU-bound and independent per article; writing wants one writer
(LadybugDB allows one, Neo4j MERGE contends under many). So articles go out in chunks to
workers that each load the pipeline once (`worker_extractor`, cached per process), and the
driver receives the chunks as they complete, resolves and writes them.

Back-pressure: at most `max_in_flight` chunks are submitted or waiting to be handed on at
any time, so memory does not grow with the input however fast it is read.

Order: chunks complete in any order, but resolution is order-sensitive (the first spelling
seen of a name becomes its key), so the driver releases the chunks in input order from a
reorder buffer bounded by the same limit. A cluster ingest therefore writes exactly what a
single-process ingest of the same input writes (tests/test_scale.py checks it).

Two executors share this code path: a local `ProcessPoolExecutor` (`--workers N`; on Linux its
processes are forked from a server that loaded the pipeline once, ingest/worker_start.py) and a
Dask `distributed.Client` (`--scheduler tcp://HOST:8786` or $DASK_SCHEDULER_ADDRESS).
Nothing here distributes anything itself: Dask does.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as wait_local
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from osint_graph.ingest import worker_start
from osint_graph.model import Article, Extraction

# Articles per task: big enough that sending a task costs little next to extracting it
# (about 0.05 s an article), small enough that the workers share the tail of the input.
DEFAULT_CHUNK = 16
SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
# Dask settings that cut what its workers, nannies and scheduler run beside the tasks (the
# folder's YAML says which and why); `dask worker` reads them with DASK_CONFIG=<this folder>.
DASK_CONFIG_DIR = Path(__file__).resolve().parent / "dask_config"

_extractors: dict[str | None, Any] = {}
_load_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Failed:
    """An article whose extraction raised in a worker: reported by the driver, not written."""

    article: Article
    reason: str


@dataclass(frozen=True, slots=True)
class Chunk:
    """What a worker sends back for a chunk of articles: their extractions (or failures), and the
    CPU seconds its process spent extracting them, so that the writer's CPU per article can be
    set against the workers' (scripts/bench_scale.py prints the ratio); and when and where it ran
    (wall clock at its start and end, the worker's process id), so that the time a worker sits
    with no chunk can be told apart from the time it extracts."""

    results: list[Extraction | Failed]
    cpu_seconds: float
    started: float = 0.0
    ended: float = 0.0
    worker: int = 0
    thread_seconds: float = 0.0  # the task's own thread: cpu_seconds less what the worker ran beside it


def worker_extractor(model: str | None):
    """The spaCy pipeline of this process, loaded on first use and kept (one load per worker, not per task)."""
    with _load_lock:
        if model not in _extractors:
            from osint_graph.nlp import Extractor

            _extractors[model] = Extractor(model=model)
        return _extractors[model]


def extract_chunk(articles: list[Article], model: str | None = None) -> Chunk:
    """The task a worker runs: extract a chunk; an article that fails alone becomes `Failed`."""
    extractor = worker_extractor(model)
    started, start, own = time.time(), time.process_time(), time.thread_time()
    results = _extract_each(extractor, articles)
    cpu, own = time.process_time() - start, time.thread_time() - own
    return Chunk(results, cpu, started, time.time(), os.getpid(), own)


def _extract_each(extractor, articles: list[Article]) -> list[Extraction | Failed]:
    try:
        return list(extractor.extract_many(articles))
    except Exception:  # noqa: BLE001 - one bad article must not cost the chunk: redo one by one
        out: list[Extraction | Failed] = []
        for article in articles:
            try:
                out.append(extractor.extract(article))
            except Exception as exc:  # noqa: BLE001
                out.append(Failed(article, f"{type(exc).__name__}: {exc}"))
        return out


def _warm(model: str | None, environ: dict[str, str] | None = None) -> None:
    """Process-pool initializer: the driver's environment (a worker forked from the forkserver has the
    server's), then the pipeline, loaded when the worker starts, not in its first task; a pipeline
    preloaded under other settings than the driver's now (ingest/worker_start.py) is loaded again."""
    if environ is not None and dict(os.environ) != environ:
        os.environ.clear()
        os.environ.update(environ)
    if worker_start.preloaded_key not in (None, worker_start.settings_key(model)):
        _extractors.clear()
    worker_extractor(model)


def scheduler_address(scheduler: str | None) -> str | None:
    """The Dask scheduler to use: the option, else $DASK_SCHEDULER_ADDRESS, else None (local)."""
    return scheduler or os.environ.get(SCHEDULER_ENV) or None


class Pool:
    """A local pool or a Dask client behind one `submit`/`wait` pair."""

    def __init__(self, submit: Callable[..., Any], wait: Callable[[set], tuple[set, set]], workers: int):
        self.submit = submit
        self.wait = wait
        self.workers = workers


@contextmanager
def local_pool(workers: int, model: str | None) -> Iterator[Pool]:
    """`workers` processes, each with its pipeline: forked from a server process that loaded it once (not
    from this one, which holds an open database), or spawned (ingest/worker_start.py says where and why)."""
    context = worker_start.context(model)
    initargs = (model, dict(os.environ))
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_warm, initargs=initargs) as executor:
        yield Pool(executor.submit, lambda fs: wait_local(fs, return_when=FIRST_COMPLETED), workers)


def dask_settings() -> dict[str, Any]:
    """The settings of DASK_CONFIG_DIR as dotted keys, for `dask.config.set`: a nested dict there
    would replace Dask's whole `distributed` section, dotted keys replace only themselves."""
    import dask.config

    def dotted(tree: dict, prefix: str = "") -> dict[str, Any]:
        out = {}
        for key, value in tree.items():
            out |= dotted(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key: value}
        return out

    return dotted(dask.config.collect([str(DASK_CONFIG_DIR)], env={}))


@contextmanager
def dask_pool(address: str) -> Iterator[Pool]:
    """The workers of the Dask cluster whose scheduler is at `address` (the client with dask_settings)."""
    import dask.config
    from distributed import Client
    from distributed import wait as wait_dask

    with dask.config.set(dask_settings()), Client(address) as client:
        workers = max(1, sum(client.nthreads().values()))

        def submit(fn, *args):
            return client.submit(fn, *args, pure=False)

        def wait(futures):
            done, pending = wait_dask(futures, return_when="FIRST_COMPLETED")
            return set(done), set(pending)

        yield Pool(submit, wait, workers)


def chunks_in_flight(workers: int, batch_size: int, chunk: int = DEFAULT_CHUNK) -> int:
    """The `max_in_flight` of an ingest that writes `batch_size` articles at a time.

    The writer stops reading extractions while it resolves and writes a batch (seconds on a
    big store); with only two chunks per worker in flight the workers then ran dry and waited
    for it. One batch's worth of chunks more keeps them extracting the next batch meanwhile,
    still a bound that does not grow with the input.
    """
    return 2 * workers + -(-batch_size // chunk)


def fan_out(
    articles: Iterable[Article],
    pool: Pool,
    model: str | None = None,
    chunk: int = DEFAULT_CHUNK,
    max_in_flight: int | None = None,
    on_failed: Callable[[Failed], None] | None = None,
) -> Iterator[Extraction]:
    """Extractions of `articles` from the pool's workers, in input order, with bounded chunks in flight.

    `max_in_flight` (default: two chunks per worker) bounds submitted plus buffered chunks.
    Failed articles go to `on_failed` (else they raise).
    """
    limit = max_in_flight or 2 * pool.workers
    source = iter(articles)
    futures: dict[Any, int] = {}  # future -> chunk number
    ready: dict[int, list] = {}  # completed chunks waiting for their turn
    submitted = next_out = 0
    exhausted = False
    while True:
        while not exhausted and len(futures) + len(ready) < limit:
            part = list(islice(source, chunk))
            if not part:
                exhausted = True
                break
            futures[pool.submit(extract_chunk, part, model)] = submitted
            submitted += 1
        if not futures and not ready:
            return
        if futures and next_out not in ready:
            done, _ = pool.wait(set(futures))
            for future in done:
                ready[futures.pop(future)] = future.result()
        while next_out in ready:
            yield from receive(ready.pop(next_out), on_failed)
            next_out += 1


def receive(chunk: Chunk, on_failed: Callable[[Failed], None] | None) -> Iterator[Extraction]:
    """The writer's side of a chunk: its extractions in order, its failures told to `on_failed`."""
    for item in chunk.results:
        if isinstance(item, Failed):
            if on_failed is None:
                raise RuntimeError(f"extraction failed for {item.article.source or item.article.id}: {item.reason}")
            on_failed(item)
        else:
            yield item


@contextmanager
def extraction_pool(workers: int = 1, scheduler: str | None = None, model: str | None = None):
    """The pool an ingest asks for: Dask when a scheduler is given, processes when workers > 1, else None."""
    address = scheduler_address(scheduler)
    if address:
        with dask_pool(address) as pool:
            yield pool
    elif workers > 1:
        with local_pool(workers, model) as pool:
            yield pool
    else:
        yield None
