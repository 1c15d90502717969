"""The bulk loader (store/ladybug_bulk.py) leaves the same LadybugDB store as batch-by-batch writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from types import SimpleNamespace

import numpy as np
import pytest
from fixtures.synthetic import synthetic_extractions

from osint_graph.store import ladybug_bulk
from osint_graph.store.base import GraphBatch, Rel
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_bulk import SPOOL_PREFIX, BulkLoader, IdSet, id_hashes, remove_orphaned_spools
from osint_graph.store.ladybug_store import LadybugStore


def batches(articles: int, per_batch: int, pool: int) -> list[GraphBatch]:
    """Synthetic batches with entities (and some port calls) recurring across batches."""
    stream = list(synthetic_extractions(articles, pool=pool))
    return [batch_of(stream[i : i + per_batch]) for i in range(0, articles, per_batch)]


def contents(store: LadybugStore) -> tuple[dict, dict]:
    """Every node with all its properties, every relationship with its ends and properties (name index included)."""
    nodes, rels = {}, {}
    for label in [*store.schema.nodes, "NameKey"]:
        nodes[label] = sorted(repr(sorted(row[0].items())) for row in store.run(f"MATCH (n:{label}) RETURN n").rows)
    key_rel = store._key_rel
    for rel in [*store.schema.rels.values(), key_rel]:
        for start, end in rel.pairs:
            cypher = f"MATCH (a:{start})-[r:{rel.type}]->(b:{end}) RETURN a.id, b.id, r"
            found = [
                (a, b, repr(sorted((k, v) for k, v in r.items() if k != "_label")))
                for a, b, r in store.run(cypher).rows
            ]
            rels[(rel.type, start, end)] = sorted(found)
    return nodes, rels


def assert_same_store(one: LadybugStore, other: LadybugStore) -> None:
    nodes, rels = contents(one)
    other_nodes, other_rels = contents(other)
    assert {k: len(v) for k, v in nodes.items()} == {k: len(v) for k, v in other_nodes.items()}
    assert {k: len(v) for k, v in rels.items()} == {k: len(v) for k, v in other_rels.items()}
    assert nodes == other_nodes
    assert rels == other_rels


@pytest.fixture(scope="module")
def stream() -> list[GraphBatch]:
    return batches(128, per_batch=16, pool=20)


def test_bulk_load_equals_batched_writes(stream, tmp_path):
    with LadybugStore(tmp_path / "batched.lbug") as batched:
        for batch in stream:
            batched.write(batch)
        with LadybugStore(tmp_path / "bulk.lbug") as bulk:
            # Commits every 50 articles: windows that cut through batches' recurring entities.
            with BulkLoader(bulk, commit_articles=30) as loader:
                for batch in stream:
                    loader.write(batch)
            assert loader.commits >= 4
            assert_same_store(batched, bulk)
            nodes, rels = bulk.counts()
            assert nodes["Article"] == 128 and nodes["Vessel"] > 0 and rels["REFERS_TO"] > 0
            # Recurring port calls: relationships between nodes known before their batch.
            assert rels["INVOLVES"] > 0


def test_bulk_into_a_store_that_has_rows_and_repeats_equals_batched(stream, tmp_path):
    """A loader opened on a non-empty store learns its ids; batches written twice add nothing."""
    with LadybugStore(tmp_path / "batched.lbug") as batched, LadybugStore(tmp_path / "bulk.lbug") as bulk:
        for batch in stream[:5]:
            batched.write(batch)
            bulk.write(batch)
        for batch in stream[3:] + stream[:2]:
            batched.write(batch)
        with BulkLoader(bulk, commit_articles=40) as loader:
            for batch in stream[3:] + stream[:2]:
                loader.write(batch)
        assert_same_store(batched, bulk)


def test_a_later_version_of_a_node_does_not_overwrite_the_first(tmp_path):
    first, later = GraphBatch(), GraphBatch()
    first.add_node("Vessel", {"id": "vessel:a", "name": "A", "aliases": ["A"]})
    later.add_node("Vessel", {"id": "vessel:a", "name": "A", "aliases": ["A", "Alpha"], "imo": "IMO 1234567"})
    later.add_node("Port", {"id": "port:p", "name": "P", "aliases": ["P"]})
    with LadybugStore(tmp_path / "batched.lbug") as batched, LadybugStore(tmp_path / "bulk.lbug") as bulk:
        batched.write(first)
        batched.write(later)
        with BulkLoader(bulk, commit_articles=1) as loader:
            loader.write(first)
            loader.write(later)
        assert_same_store(batched, bulk)
        assert bulk.run("MATCH (k:NameKey) RETURN k.id ORDER BY k.id").rows == [["a"], ["p"]]


def test_a_relationship_to_a_missing_node_is_refused_before_anything_is_spooled(tmp_path):
    bad = GraphBatch()
    bad.add_node("Vessel", {"id": "vessel:a", "name": "A", "aliases": ["A"]})
    bad.add_rel("LOCATED_IN", Rel("Port", "port:nowhere", "Country", "country:none"))
    with LadybugStore(tmp_path / "bulk.lbug") as bulk:
        with BulkLoader(bulk) as loader:
            with pytest.raises(ValueError):
                loader.write(bad)
        assert bulk.counts()[0]["Vessel"] == 0


def test_id_set_tells_apart_ids_whose_first_hashes_are_equal():
    """Two ids with the same first 64-bit hash (odds ~n²/2^65, forced here) are told apart by the second."""
    ids = IdSet()
    ids.add(np.array([5, 5, 9], dtype=np.int64), np.array([1, 2, 3], dtype=np.int64))
    ids.settle()
    ids.add(np.array([7], dtype=np.int64), np.array([4], dtype=np.int64))
    hi = np.array([5, 5, 5, 9, 9, 7, 7, 6], dtype=np.int64)
    lo = np.array([1, 2, 3, 3, 1, 4, 1, 1], dtype=np.int64)
    assert ids.known(hi, lo).tolist() == [True, True, False, True, False, True, False, False]
    assert len(ids) == 4


def test_id_hashes_are_two_independent_halves():
    hi, lo = id_hashes(["vessel:a", "vessel:b", "vessel:a"])
    assert hi[0] == hi[2] and lo[0] == lo[2]
    assert hi[0] != hi[1] and lo[0] != lo[1] and hi[0] != lo[0]


def test_a_commit_that_fails_in_the_background_is_raised_and_earlier_commits_stay(stream, tmp_path):
    with LadybugStore(tmp_path / "bulk.lbug") as bulk:
        loader = BulkLoader(bulk, commit_in_write=False)
        loader.write(stream[0])
        loader.commit()  # durable
        loader.write(stream[1])
        shutil.rmtree(loader._spool / str(loader._generation))  # the next COPY finds no file
        loader.commit_if_due()  # not due: nothing happens yet
        with pytest.raises(RuntimeError):
            loader.close()
        assert bulk.counts()[0]["Article"] == len(stream[0].nodes["Article"])


def test_background_and_foreground_commits_leave_the_same_store(stream, tmp_path):
    with LadybugStore(tmp_path / "fg.lbug") as fg, LadybugStore(tmp_path / "bg.lbug") as bg:
        for store, background in ((fg, False), (bg, True)):
            stored = []
            with BulkLoader(store, commit_rows=500, background=background) as loader:
                for batch in stream:
                    loader.write(batch)
                    # ingest's resume reads the store's own connection while a commit may be in flight
                    stored.append(store.run("MATCH (a:Article) RETURN count(a)").rows[0][0])
            assert loader.commits >= 3 and loader.database_seconds > 0
            assert stored == sorted(stored) and store.counts()[0]["Article"] == len(stream) * 16
        assert_same_store(fg, bg)


def test_spool_folders_of_a_killed_loader_are_removed_and_a_running_ones_kept(tmp_path):
    # a kill -9 skips the loader's clean-up; the next loader deletes the folders whose process is gone
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(finished.stdout)  # that process has exited: no process holds its id now (short of reuse)
    dead = tmp_path / f"{SPOOL_PREFIX}{dead_pid}-abc123"
    alive = tmp_path / f"{SPOOL_PREFIX}{os.getpid()}-def456"
    older = tmp_path / f"{SPOOL_PREFIX}k2x9q_1z"  # a version without a process id in the name
    for folder in (dead, alive, older):
        (folder / "0").mkdir(parents=True)
        (folder / "0" / "rows.parquet").write_bytes(b"x")
    assert remove_orphaned_spools(tmp_path) == 1
    assert not dead.exists() and alive.exists() and older.exists()


def test_reads_while_background_commits_run_neither_fail_nor_see_part_of_a_commit(stream, tmp_path):
    """What ingest reads on the store's connection while the commit thread copies and checkpoints
    (the resume read, a saved query, the buffer pool's figures), many times during each commit;
    scripts/store_race.py does the same at scale."""
    from osint_graph.ingest.resume import KNOWN_ARTICLES
    from osint_graph.queries import get_saved_query

    mentions = get_saved_query("entity-mentions")
    params = mentions.bind({"name": "Vessel 1"})
    with LadybugStore(tmp_path / "race.lbug") as store:
        overlapping, seen = 0, []
        with BulkLoader(store, commit_articles=16, commit_in_write=False) as loader:
            for batch in stream:
                loader.write(batch)
                loader.commit_if_due()
                ids = sorted(batch.nodes["Article"])
                while loader._pending is not None and not loader._pending.done():
                    overlapping += 1
                    stored = store.run(KNOWN_ARTICLES, {"ids": ids}).rows
                    assert stored in ([], [[i] for i in ids])  # the commit's articles: none or all of them
                    store.run(mentions.cypher, params)
                    store.run("CALL bm_info() RETURN *")
                    seen.append(store.run("MATCH (a:Article) RETURN count(a)").rows[0][0])
        assert loader.commits >= 7 and overlapping > 0
        assert seen == sorted(seen) and all(n % 16 == 0 for n in seen)
        assert store.counts()[0]["Article"] == len(stream) * 16


def test_a_commit_is_checkpointed_in_groups_of_at_most_n_copies_with_the_articles_last():
    from osint_graph.store.ladybug_bulk import checkpoint_groups

    files = {
        ("Article", "", ""): ["a-0", "a-1"],
        ("Vessel", "", ""): ["v-0"],
        ("Mention", "", ""): ["m-0", "m-1", "m-2"],
        ("REFERS_TO", "Mention", "Vessel"): ["r-0", "r-1"],
        ("DERIVED_FROM", "Mention", "Article"): ["d-0"],
        ("PUBLISHED_BY", "Article", "Outlet"): ["p-0"],
        ("INVOLVES", "PortCall", "Vessel"): ["i-0"],
    }
    groups = checkpoint_groups(files, 3)
    *before, last = groups
    article_rels = {("DERIVED_FROM", "Mention", "Article"), ("PUBLISHED_BY", "Article", "Outlet")}
    assert set(last) == {("Article", "", ""), *article_rels}
    assert all(sum(map(len, group.values())) <= 3 for group in before)
    assert [key for group in before for key in group] == [
        ("Mention", "", ""), ("Vessel", "", ""), ("INVOLVES", "PortCall", "Vessel"), ("REFERS_TO", "Mention", "Vessel")
    ]  # fmt: skip
    assert len(before) == 3  # Mention's 3 files, Vessel and INVOLVES (3 + 1 > 3), REFERS_TO
    assert checkpoint_groups(files, None)[:-1] == [{k: files[k] for k in before[0] | before[1] | before[2]}]


def test_grouped_checkpoints_leave_the_store_one_checkpoint_a_commit_leaves(stream, tmp_path, monkeypatch):
    from osint_graph.store import ladybug_bulk

    with LadybugStore(tmp_path / "one.lbug") as one, LadybugStore(tmp_path / "groups.lbug") as grouped:
        for store, size in ((one, None), (grouped, 2)):
            monkeypatch.setattr(ladybug_bulk, "COPIES_PER_CHECKPOINT", size)
            with BulkLoader(store, commit_articles=40) as loader:
                for batch in stream:
                    loader.write(batch)
            per_commit = loader.checkpoints / loader.commits
            assert per_commit <= 2 if size is None else per_commit > 5  # None: the rest, then the articles
        assert_same_store(one, grouped)


def test_a_commit_killed_before_its_articles_group_is_completed_by_the_next_load(stream, tmp_path):
    """The groups before the Article one are durable, the articles are not: the re-run writes them all
    again, and the store is the one an unbroken load leaves (nodes and relationships not doubled)."""
    with LadybugStore(tmp_path / "batched.lbug") as batched, LadybugStore(tmp_path / "bulk.lbug") as bulk:
        for batch in stream:
            batched.write(batch)
        loader = BulkLoader(bulk, commit_in_write=False, background=False)
        for batch in stream:
            loader.write(batch)
        loader._files[("Article", "", "")][1].close()
        os.remove(loader._parts[("Article", "", "")][0])  # the last group's first COPY fails
        with pytest.raises(RuntimeError):
            loader.close()
        nodes, rels = bulk.counts()
        assert nodes["Article"] == 0 and nodes["Mention"] > 0 and rels["REFERS_TO"] > 0
        with BulkLoader(bulk) as again:  # ingest's resume: no article is stored, so all are written again
            for batch in stream:
                again.write(batch)
        assert_same_store(batched, bulk)


def test_a_slow_commit_spaces_the_next_ones_by_its_cost(tmp_path, monkeypatch):
    """A window lasts `commit_seconds`, or `COMMIT_SPACING` times the last commit's wall seconds when that is
    longer: on a loaded machine, where a commit takes tens of seconds, commits (a fixed cost of checkpoints each)
    then take about a tenth of the time, not a third or more."""
    stream = list(synthetic_extractions(20, pool=6))
    monkeypatch.setattr(ladybug_bulk, "COMMIT_MIN_ARTICLES", 1)
    clock = [1000.0]
    fake_time = SimpleNamespace(monotonic=lambda: clock[0], perf_counter=time.perf_counter)
    monkeypatch.setattr(ladybug_bulk, "time", fake_time)
    with LadybugStore(tmp_path / "bulk.lbug") as store:
        with BulkLoader(store, commit_seconds=10, commit_in_write=False, background=False) as loader:
            assert loader.window_seconds == 10
            loader.write(batch_of(stream[:5]))
            clock[0] += 11
            loader.commit_if_due()
            assert loader.commits == 1 and loader.last_commit_seconds > 0
            loader.last_commit_seconds = 4.0  # as if the commit had taken 4 s: the next window lasts 9 x 4 = 36 s
            assert loader.window_seconds == ladybug_bulk.COMMIT_SPACING * 4.0 > 10
            loader.write(batch_of(stream[5:10]))
            clock[0] += 11
            loader.commit_if_due()
            assert loader.commits == 1  # 11 s > commit_seconds, but not yet 36 s
            clock[0] += 26
            loader.commit_if_due()
            assert loader.commits == 2
        assert store.counts()[0]["Article"] == 10


def test_the_time_bound_waits_for_a_window_of_enough_articles(tmp_path, monkeypatch):
    """On a loaded machine 2 minutes are a few articles: a commit is due by time only once its window holds
    `COMMIT_MIN_ARTICLES` articles, so that commits (checkpoints of a fixed cost) do not dominate the writer."""
    stream = list(synthetic_extractions(20, pool=6))
    monkeypatch.setattr(ladybug_bulk, "COMMIT_MIN_ARTICLES", 10)
    clock = [1000.0]
    fake_time = SimpleNamespace(monotonic=lambda: clock[0], perf_counter=time.perf_counter)
    monkeypatch.setattr(ladybug_bulk, "time", fake_time)
    with LadybugStore(tmp_path / "bulk.lbug") as store:
        with BulkLoader(store, commit_seconds=10, commit_in_write=False, background=False) as loader:
            loader.write(batch_of(stream[:5]))
            clock[0] += 60
            loader.commit_if_due()
            assert loader.commits == 0  # the time bound passed, but 5 articles < 10
            loader.write(batch_of(stream[5:10]))
            loader.commit_if_due()
            assert loader.commits == 1
        assert store.counts()[0]["Article"] == 10
