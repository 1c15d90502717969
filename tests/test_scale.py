"""Scale: a Dask cluster ingest writes exactly what one process writes; a killed ingest resumes.

Real spaCy, real LadybugDB, a real Dask LocalCluster (scheduler and two worker processes).
A few articles only: the point is identity of the results, not speed (scripts/bench_scale.py).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from osint_graph import api
from osint_graph.cli import main
from osint_graph.ingest.parallel import Pool, chunks_in_flight, dask_settings, extraction_pool, fan_out
from osint_graph.ingest.progress import count_articles
from osint_graph.ingest.resume import skip_stored
from osint_graph.resources import sources_dir
from osint_graph.store import open_store

ARTICLES = 8


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A few sample articles in a folder of their own (the seed and the next ones, by name)."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((sources_dir() / "articles").glob("*.md"))[:ARTICLES]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def contents(uri: str) -> tuple[dict, dict[str, set], dict[str, set]]:
    """Counts, node ids by label, and (start, end) pairs by relationship type."""
    store = open_store(uri, read_only=True)
    try:
        counts = store.counts()
        ids = {label: {r[0] for r in store.run(f"MATCH (n:{label}) RETURN n.id").rows} for label in store.schema.nodes}
        rels = {
            t: {(a, b) for a, b in store.run(f"MATCH (a)-[:{t}]->(b) RETURN a.id, b.id").rows}
            for t in store.schema.rels
        }
    finally:
        store.close()
    return counts, ids, rels


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> tuple:
    uri = str(tmp_path_factory.mktemp("single") / "single.lbug")
    report = api.ingest([corpus], uri)
    assert report.articles == ARTICLES and report.skipped == 0
    return contents(uri)


def test_dask_cluster_ingest_equals_single_process(corpus, single, tmp_path):
    """On a cluster run with osint-graph's Dask settings (ingest/dask_config), as README says to start one."""
    import dask.config
    from distributed import Client, LocalCluster

    uri = str(tmp_path / "cluster.lbug")
    with (
        dask.config.set(dask_settings()),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
    ):
        report = api.ingest([corpus], uri, scheduler=cluster.scheduler_address, batch_size=3)
        with Client(cluster) as client:  # the nannies passed the settings on to their workers
            assert set(client.run(lambda: dask.config.get("distributed.worker.profile.enabled")).values()) == {False}
    assert report.articles == ARTICLES and not report.rejects
    counts, ids, rels = contents(uri)
    assert sum(counts[0].values()) > ARTICLES and counts == single[0]
    assert ids == single[1]
    assert rels == single[2]


def test_local_workers_ingest_equals_single_process(corpus, single, tmp_path):
    """Two local workers (forked from the forkserver on Linux: ingest/worker_start.py) write what one process writes."""
    uri = str(tmp_path / "local.lbug")
    report = api.ingest([corpus], uri, workers=2, batch_size=3)
    assert report.articles == ARTICLES and not report.rejects
    assert contents(uri) == single


def test_fan_out_keeps_input_order_with_bounded_chunks(corpus):
    from osint_graph.ingest import Reader

    articles = list(Reader().read([corpus]))
    with extraction_pool(workers=2) as pool:
        out = list(fan_out(articles, pool, chunk=1, max_in_flight=3))
    assert [e.article.id for e in out] == [a.id for a in articles]


def test_workers_keep_extracting_while_the_writer_writes_a_batch(corpus):
    """An ingest's in-flight bound covers a whole batch besides two chunks per worker, so after
    the writer takes its first extraction (and goes off to write) the rest of the batch is
    already submitted to the workers."""
    from osint_graph.ingest import Reader

    articles = list(Reader().read([corpus]))
    batch, submitted = 4, []
    limit = chunks_in_flight(workers=1, batch_size=batch, chunk=1)
    assert limit == 2 + batch
    with extraction_pool(workers=2) as real:

        def submit(fn, part, model):
            submitted.append([a.id for a in part])
            return real.submit(fn, part, model)

        pool = Pool(submit, real.wait, workers=1)
        out = fan_out(articles, pool, chunk=1, max_in_flight=limit)
        first = next(out)
        assert len(submitted) == limit  # not 2, as the bound of two chunks per worker alone had it
        rest = list(out)
    assert [e.article.id for e in [first, *rest]] == [a.id for a in articles]
    assert submitted == [[a.id] for a in articles]


def test_ingest_writes_with_fewer_collections_and_puts_the_collector_back(corpus, tmp_path):
    """The writer runs under ingest/collector.py's settings; the caller's are back afterwards."""
    import gc

    from osint_graph.ingest.collector import YOUNG_THRESHOLD

    before, seen = gc.get_threshold(), []
    report = api.ingest(sorted(corpus.iterdir())[:2], str(tmp_path / "gc.lbug"),
                        on_article=lambda _: seen.append(gc.get_threshold()[0]))  # fmt: skip
    assert report.articles == 2 and seen == [YOUNG_THRESHOLD] * 2
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


KILLABLE = textwrap.dedent(
    """
    import sys
    from osint_graph import api
    from osint_graph.store import ladybug_bulk

    def written(extraction):
        print("article", flush=True)

    bulk = sys.argv[3] == "bulk"
    ladybug_bulk.COMMIT_ARTICLES = 2  # the bulk loader commits every batch here, as batched writes do
    api.ingest([sys.argv[1]], sys.argv[2], batch_size=2, on_article=written, bulk=bulk)
    print("finished", flush=True)
    """
)


@pytest.mark.parametrize("mode", ["batched", "bulk"])
def test_killed_ingest_resumes_to_the_clean_result(corpus, single, tmp_path, mode):
    uri = str(tmp_path / "killed.lbug")
    process = subprocess.Popen(
        [sys.executable, "-c", KILLABLE, str(corpus), uri, mode], stdout=subprocess.PIPE, text=True,
        env=os.environ.copy(),
    )  # fmt: skip
    seen = 0
    for line in process.stdout:
        seen += line.startswith("article")
        if seen == 3:  # the first batch (2 articles) is written, the second is being built
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert seen == 3 and process.returncode == -signal.SIGKILL

    result = CliRunner().invoke(main, ["ingest", str(corpus), "--store", uri])
    assert result.exit_code == 0, result.output
    match = re.search(r"ingested (\d+) article\(s\) into .*, skipped (\d+) already stored", result.output)
    assert match, result.output
    ingested, skipped = int(match[1]), int(match[2])
    assert skipped >= 2 and ingested + skipped == ARTICLES
    assert contents(uri) == single


def test_skip_stored_leaves_out_stored_and_repeated_articles(corpus, tmp_path):
    from osint_graph.ingest import Reader

    articles = list(Reader().read([corpus]))
    uri = str(tmp_path / "part.lbug")
    api.ingest([sorted(corpus.iterdir())[0]], uri)
    skipped = []
    with open_store(uri) as store:
        kept = list(skip_stored([articles[0], articles[1], articles[1], *articles[2:]], store, skipped.append, chunk=3))
    assert [a.id for a in kept] == [a.id for a in articles[1:]]
    assert [a.id for a in skipped] == [articles[0].id, articles[1].id]


def test_count_articles_counts_files_and_json_lines(corpus, tmp_path):
    lines = tmp_path / "feed.jsonl"
    lines.write_text('{"text": "One."}\n\n{"text": "Two."}\n{"text": "Three."}\n', encoding="utf-8")
    assert count_articles([corpus, lines]) == ARTICLES + 3
    assert count_articles(["-"]) is None


def test_a_chunk_says_which_worker_extracted_it_when_and_at_what_cpu(monkeypatch):
    """What scripts/bench_scale.py's idle account reads: each chunk's worker, wall-clock span, and the
    CPU seconds of its process and of the task's own thread (the rest ran beside the task)."""
    import time

    from osint_graph.ingest import parallel
    from osint_graph.model import Article

    class Busy:
        def extract_many(self, articles):
            end = time.thread_time() + 0.02
            while time.thread_time() < end:  # CPU, not sleep: both clocks must see it
                pass
            return [f"extraction of {a.id}" for a in articles]

    monkeypatch.setitem(parallel._extractors, "fake", Busy())
    before = time.time()
    chunk = parallel.extract_chunk([Article(id="made-up-1", text="A made-up text.", title="One")], model="fake")
    assert chunk.results == ["extraction of made-up-1"] and chunk.worker == os.getpid()
    assert before <= chunk.started < chunk.ended <= time.time() and chunk.ended - chunk.started >= 0.02
    assert 0.02 <= chunk.thread_seconds <= chunk.cpu_seconds + 1e-3
