"""Freed memory goes back to the system after each bulk commit (store/memory.py)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

import pytest
from fixtures.synthetic import synthetic_extractions

from osint_graph.store import ladybug_bulk, memory
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_bulk import BulkLoader
from osint_graph.store.ladybug_store import LadybugStore

glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or memory._malloc_trim() is None, reason="glibc's malloc_trim"
)


@glibc_only
def test_trimming_returns_freed_heap_pages_that_free_alone_keeps():
    """~200 MB of heap blocks freed between blocks still in use: free() cannot shrink the heap, the trim can."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    size = 64 * 1024  # under glibc's mmap threshold: these come from the heap
    blocks = [libc.malloc(size) for _ in range(3200)]
    for block in blocks:
        libc.memset(block, 1, size)
    pins = blocks[::50]  # kept in use: the heap's top cannot move down past them
    for block in blocks:
        if block not in pins:
            libc.free(block)
    freed = memory.resident_mb()
    assert memory.release_freed_memory()
    trimmed = memory.resident_mb()
    for block in pins:
        libc.free(block)
    assert freed - trimmed > 100, (freed, trimmed)


def test_each_bulk_commit_releases_memory_and_the_next_one_runs_on_a_reopened_database(tmp_path, monkeypatch):
    """A made-up stream of 60 articles, a commit every 20: three commits, a reopen at the end of each but the
    last (made by `close`, the store is closed next), and the store's connection (which ingest's resume reads
    through) works after each."""
    stream = list(synthetic_extractions(60, pool=12))
    released, reopened, seen = [], [], []
    monkeypatch.setattr(ladybug_bulk, "release_freed_memory", lambda: released.append(1) or True)
    with LadybugStore(tmp_path / "bulk.lbug") as store:
        reopen = store.reopen
        monkeypatch.setattr(store, "reopen", lambda: reopened.append(1) or reopen())
        with BulkLoader(store, commit_articles=20, commit_in_write=False) as loader:
            for i in range(0, 60, 10):
                loader.write(batch_of(stream[i : i + 10]))
                if i < 50:  # the last 20 articles: committed by `close`
                    loader.commit_if_due()
                seen.append(store.run("MATCH (a:Article) RETURN count(a)").rows[0][0])
        assert loader.commits == 3 and len(reopened) == 2
        # a trim when each commit starts, after each checkpoint (a commit checkpoints its COPYs in groups)
        # and after each reopen
        assert loader.checkpoints > loader.commits
        assert len(released) == loader.commits + loader.checkpoints + len(reopened)
        assert seen == sorted(seen) and seen[-1] >= 20
        assert store.counts()[0]["Article"] == 60
        # the automatic checkpoint is back on the reopened database's connection
        assert store.run("CALL current_setting('auto_checkpoint') RETURN *").rows == [["True"]]


def test_a_bulk_commit_gives_its_memory_back_when_it_ends_not_at_the_next_commit(tmp_path, monkeypatch):
    """The database is reopened inside the write whose commit it is (in the commit's thread when there is
    one), so the pool pages and session memory a commit leaves are not held while the next rows are
    extracted and spooled: the pool is as empty after each committing write as on a newly opened store
    (before, the reopen came at the next commit's hand-off and the pool held the commit's pages until then)."""
    stream = list(synthetic_extractions(60, pool=12))
    reopened, pools = [], []
    with LadybugStore(tmp_path / "bulk.lbug") as store:
        fresh = _pool_used_mb(store)
        reopen = store.reopen
        monkeypatch.setattr(store, "reopen", lambda: reopened.append(1) or reopen())
        with BulkLoader(store, commit_articles=20, background=False) as loader:
            for i in range(0, 60, 10):
                loader.write(batch_of(stream[i : i + 10]))
                pools.append((loader.commits, len(reopened), _pool_used_mb(store)))
        assert [(c, r) for c, r, _ in pools] == [(0, 0), (1, 1), (1, 1), (2, 2), (2, 2), (3, 3)]
        assert all(used <= fresh + 1 for commits, _, used in pools if commits), (fresh, pools)
        assert store.counts()[0]["Article"] == 60


def _pool_used_mb(store: LadybugStore) -> float:
    return store.run("CALL bm_info() RETURN mem_usage").rows[0][0] / 2**20


def test_resident_memory_is_read():
    if sys.platform.startswith("linux"):
        assert memory.resident_mb() > 10


def test_a_reopen_that_fails_raises_its_own_error_not_a_closed_connection(tmp_path, monkeypatch):
    """Another process kept the lock through the reopen: the load ends with StoreBusy (one line for the
    user), not with "Connection is closed" from giving the automatic checkpoint back."""
    from osint_graph.store.locking import StoreBusy

    stream = list(synthetic_extractions(40, pool=12))
    with LadybugStore(tmp_path / "bulk.lbug") as store:

        def busy():
            store._conn.close()
            store._db.close()
            raise StoreBusy("store busy: made up for the test")

        monkeypatch.setattr(store, "reopen", busy)
        with pytest.raises(StoreBusy), BulkLoader(store, commit_articles=20, background=False) as loader:
            for i in range(0, 40, 10):
                loader.write(batch_of(stream[i : i + 10]))


def _feed(tmp_path, n: int):
    import json

    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": f"Made-up item {i}.", "outlet": "Outlet 1"}) + "\n"
                            for i in range(n)), encoding="utf-8")  # fmt: skip
    return feed


def _replay(monkeypatch):
    from pathlib import Path

    from osint_graph import api

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from scale_replay import replayed_extraction

    monkeypatch.setattr(api, "extract_articles", replayed_extraction(list(synthetic_extractions(5, pool=6))))
    return api


def _pool_mb(store: LadybugStore) -> float:
    """The buffer pool the open database has, as LadybugDB reports it."""
    return store.run("CALL bm_info() RETURN mem_limit").rows[0][0] / 2**20


def test_the_buffer_pool_given_reaches_the_database_and_survives_a_reopen(tmp_path, monkeypatch):
    with LadybugStore(tmp_path / "a.lbug", buffer_pool_mb=96) as store:
        assert _pool_mb(store) == 96
        store.reopen()
        assert _pool_mb(store) == 96
    monkeypatch.setenv("OSINT_GRAPH_BUFFER_POOL_MB", "80")
    with LadybugStore(tmp_path / "a.lbug") as store:
        assert _pool_mb(store) == 80
    monkeypatch.delenv("OSINT_GRAPH_BUFFER_POOL_MB")
    with LadybugStore(tmp_path / "a.lbug") as store:
        assert _pool_mb(store) == 512


def test_batched_ingest_reopens_after_each_write_on_the_writers_pool(tmp_path, monkeypatch):
    """24 articles in writes of 7: four writes, a reopen (and a trim) after each, every reopened database on the
    pool the writer was given."""
    api = _replay(monkeypatch)
    feed = _feed(tmp_path, 24)
    released, pools = [], []
    monkeypatch.setattr("osint_graph.store.ladybug_store.release_freed_memory", lambda: released.append(1) or True)
    with LadybugStore(tmp_path / "w.lbug", buffer_pool_mb=96) as store:
        reopen = store.reopen
        monkeypatch.setattr(store, "reopen", lambda: reopen() or pools.append(_pool_mb(store)))
        report = api.ingest([feed], store, batch_size=7, bulk=False)
        assert report.articles == 24 and not report.rejects
        assert pools == [96, 96, 96, 96] and len(released) == 4
        assert store.counts()[0]["Article"] == 24


def test_batched_ingest_with_reopens_stores_what_it_stored_without_them(tmp_path, monkeypatch):
    """The same feed written in batches with and without the reopens: the same ids of every label, the same
    relationship counts."""
    feed = _feed(tmp_path, 24)

    def stored(name: str) -> tuple:
        api = _replay(monkeypatch)  # a replay of its own: a replay names its later rounds as it goes
        with LadybugStore(tmp_path / name) as store:
            api.ingest([feed], store, batch_size=7, bulk=False)
            ids = {label: sorted(r[0] for r in store.run(f"MATCH (n:{label}) RETURN n.id").rows)
                   for label in store.schema.nodes}  # fmt: skip
            return ids, store.counts()[1]

    with_reopens = stored("with.lbug")
    monkeypatch.setattr(LadybugStore, "after_write", lambda self: None)
    without = stored("without.lbug")
    assert with_reopens == without and with_reopens[0]["Article"]


def test_a_commit_gives_back_what_the_writer_freed_before_its_first_copy(tmp_path, monkeypatch):
    """The extraction's and spooling's freed memory, which glibc keeps, goes back before a commit's first COPY,
    so that the commit's peak does not stand on it (the 100% peak of the twenty-sixth round's ingest did)."""
    stream = list(synthetic_extractions(20, pool=6))
    events = []
    monkeypatch.setattr(ladybug_bulk, "release_freed_memory", lambda: events.append("trim") or True)
    with LadybugStore(tmp_path / "bulk.lbug") as store:
        with BulkLoader(store, background=False) as loader:
            copy_files = loader._copy_files
            monkeypatch.setattr(loader, "_copy_files", lambda files: events.append("copy") or copy_files(files))
            loader.write(batch_of(stream))
            loader.commit()
        assert events[:2] == ["trim", "copy"], events
        assert store.counts()[0]["Article"] == 20
