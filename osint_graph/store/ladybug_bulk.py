"""Bulk loading of a LadybugDB store: rows spooled to Parquet per table, copied in few big transactions.

`LadybugStore.write` pays fixed costs on every batch: a look-up of which ids already exist,
one COPY per table, and a COMMIT that LadybugDB follows with a checkpoint (its WAL passes
the default threshold on nearly every COPY-sized commit), which rewrites the touched tables
and grows with the store. Those fixed costs, not the rows, bounded loading at 2,000-9,500
elements/s (README, Scale). `BulkLoader` takes the same batches and:

- knows which nodes exist without asking: it reads the ids the store holds once, when it
  starts (none for a new store), and remembers every id it writes, as two 64-bit hashes per
  label and id (16 bytes a node, in sorted arrays: memory does not grow with the rows);
- writes a relationship without a look-up when one of its ends is a node new in its batch
  (it cannot exist yet); only one between two nodes already known is looked up, once per
  commit;
- appends each batch's new rows to Parquet files, one folder per table, and copies every
  folder with one COPY, in one commit per `commit_rows` rows (or `commit_seconds`);
- turns LadybugDB's automatic checkpoint off; a commit is a few transactions of at most
  `COPIES_PER_CHECKPOINT` COPYs, each followed by a checkpoint (`checkpoint_groups`: LadybugDB
  holds ~8 MB for every COPY until the next checkpoint, whatever its rows, so one transaction of a
  commit's ~20-60 COPYs held 0.2-0.5 GB); after each checkpoint it hands the memory freed back to
  the system, and it reopens the database as soon as a commit ends (in the commit's thread, the
  store's reads waiting), so that what a commit leaves in memory is not held while the next rows
  are extracted and spooled, nor added up (store/memory.py);
- commits in a thread of its own, on a second connection, while the next batches are
  spooled: LadybugDB releases the GIL while it copies and checkpoints, so the load's
  Python work and the database's work overlap. One commit at a time; the next waits for it.
  Reads on the store's connection overlap the COPYs but wait for the COMMIT and the
  CHECKPOINT, which LadybugDB does not isolate from them (`LadybugStore.reads_lock`).

Where the time went before these (cProfile and timers around each statement, 20,000
synthetic articles as `scripts/bench_store.py --bulk` writes them, 800,556 elements):
checkpoints 9.1 s of 20 s (one per 5,000 articles, each rewriting the relationship tables'
CSR node groups, so each costs more as the store grows: 0.7 s for the first, 2.3-4 s after),
the loader's Python 7 s (Arrow tables built a list per column 2.4 s, relationship grouping
and end checks 2.4 s, blake2b digests 0.6 s), COPY 3.4 s.

The store it leaves is the one `LadybugStore.write` leaves for the same batches in the same
order (tests/test_store_bulk.py checks counts, ids, properties and edges): the first
version of a node written wins (within a batch `GraphBatch.add_node` has already merged
its versions), as does the first version of a relationship, and the name index gets the
keys of each entity's first version.

Crash safety: the rows of a COPY are not in LadybugDB's write-ahead log; they are durable
only once checkpointed (measured: a COPY committed without a checkpoint was gone after a
`kill -9`, a CREATE committed next to it was replayed). So every commit is followed by a
checkpoint, and a killed load loses at most the rows spooled since the last checkpoint
(the commit in flight and the rows spooled meanwhile: at most two windows), never part of
an article: `ingest`'s resume (skip the articles whose id is stored) holds. A kill between two
of a commit's checkpoints leaves the groups before durable and the window's articles not (the
Article table and its relationships are the last group), so the re-run ingests those articles
again, and the nodes and relationships already stored are looked up, not written twice
(tests/test_store_bulk.py kills a commit there).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from pathlib import Path
from typing import Any

import ladybug
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from osint_graph.ontology import RelType
from osint_graph.store.base import GraphBatch, GraphStore, Rel
from osint_graph.store.ladybug_store import (
    LadybugStore,
    copy_option,
    node_rows_table,
    rel_rows_table,
    rels_by_pair,
    stored_pairs,
    transaction,
)
from osint_graph.store.memory import release_freed_memory
from osint_graph.store.search import KEY_OF, NAME_KEY, name_key_pairs

# Rows per commit (a transaction, then a checkpoint). What one commit copies sits in the buffer
# pool until its checkpoint (775,000 elements unchecked filled a 128 MB pool), and each
# checkpoint rewrites the relationship tables' last node groups whatever the rows (2.3-4 s at
# 8,000-20,000 synthetic articles), so fewer, bigger commits load faster. Real articles have
# ~160 elements: 400,000 rows are ~2,500 articles, ~2 minutes of one core's extraction.
COMMIT_ROWS = 400_000
# A slow ingest commits at least this often, so a kill loses at most about this much of its work.
COMMIT_SECONDS = 120.0
# ... unless commits are slow: a window then lasts at least this many times the last commit's wall seconds,
# so that commits (whose checkpoints cost about the same however few rows they copy) take at most about a
# tenth of a loaded machine's time instead of a third or more (README, Scale: "Commits bound by their cost").
COMMIT_SPACING = 9.0
# ... and once the window holds this many articles (when it holds any): a commit's checkpoints cost about the
# same CPU however few rows they copy, so on a loaded machine, where 2 minutes are a few dozen articles, the time
# bound alone made commits the writer's largest cost per article (README, Scale: "Commits bound by their cost").
# A kill loses at most about this much extraction, whatever the machine's load.
COMMIT_MIN_ARTICLES = 500
# An optional bound in articles too (None: rows and seconds only); tests set it to commit often.
COMMIT_ARTICLES: int | None = None
# Rows per COPY (None: one COPY per table and commit). Bounds what one COPY statement reads at once;
# the environment variable is for measuring (scripts/scale_ab.py).
COPY_ROWS: int | None = int(os.environ.get("OSINT_GRAPH_BULK_COPY_ROWS") or 0) or None
# Threads LadybugDB may use for a commit's COPY and CHECKPOINT (0: its default, one per core).
COMMIT_THREADS = int(os.environ.get("OSINT_GRAPH_BULK_THREADS") or 0)
# COPY statements per transaction and checkpoint within a commit (None: all of a commit's COPYs in one).
# LadybugDB holds ~8 MB for each COPY (each table and label pair) until the next checkpoint, whatever its
# rows, so a commit of ~60 COPYs held ~0.45 GB; a checkpoint every few COPYs bounds that (README, Scale).
COPIES_PER_CHECKPOINT: int | None = int(os.environ.get("OSINT_GRAPH_BULK_COPIES_PER_CHECKPOINT", "6")) or None
# The table whose rows say an article is stored (`ingest`'s resume skips the articles it holds): its COPY
# and those of the relationships with an end in it go in a commit's last transaction.
ARTICLE = "Article"
# Spool folders are named with the loader's process id, so that a later loader can tell the folders
# of a killed ingest (`kill -9` skips `_release`) from those of a loader still running.
SPOOL_PREFIX = "osint-graph-bulk-"


def remove_orphaned_spools(folder: Path) -> int:
    """Delete the spool folders in `folder` whose loader process is gone; how many were deleted.
    Folders without a process id in their name (older versions) are left alone."""
    removed = 0
    for spool in folder.glob(f"{SPOOL_PREFIX}*-*"):
        pid = spool.name[len(SPOOL_PREFIX) :].split("-", 1)[0]
        if spool.is_dir() and pid.isdigit() and not _process_alive(int(pid)):
            shutil.rmtree(spool, ignore_errors=True)
            removed += 1
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def can_bulk_load(store: GraphStore) -> bool:
    """The bulk loader writes LadybugDB stores only."""
    return isinstance(store, LadybugStore)


def id_hashes(ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Two 64-bit hashes of each id: Python's keyed SipHash of the id and of the id with a NUL after it.

    Together 128 bits: two different ids collide with odds of ~n²/2^129. The key is this
    process's, which is all a loader needs (it learns the stored ids when it starts); ~4x
    faster than a blake2b digest per id (300,000 ids: 0.16 against 0.63 s), more when the
    string has cached its hash already (a batch's ids are its dicts' keys).
    """
    count = len(ids)
    return (
        np.fromiter(map(hash, ids), dtype=np.int64, count=count),
        np.fromiter((hash(i + "\0") for i in ids), dtype=np.int64, count=count),
    )


class IdSet:
    """The ids of one label the store or the spool holds, as hash pairs: sorted arrays, the latest in a set.

    Hashes join the arrays at each commit (one sort), not at each batch (a sort per batch cost more than the load).
    """

    def __init__(self) -> None:
        self._hi = np.empty(0, dtype=np.int64)  # sorted by (hi, lo)
        self._lo = np.empty(0, dtype=np.int64)
        self._recent: set[tuple[int, int]] = set()

    def __len__(self) -> int:
        return len(self._hi) + len(self._recent)

    def known(self, hi: np.ndarray, lo: np.ndarray) -> np.ndarray:
        """A boolean mask: which of the ids hashed to (`hi`, `lo`) are in the set."""
        found = np.zeros(len(hi), dtype=bool)
        if len(self._hi) and len(hi):
            left = np.searchsorted(self._hi, hi)
            right = np.searchsorted(self._hi, hi, side="right")
            found = (right - left == 1) & (self._lo[left.clip(max=len(self._hi) - 1)] == lo)
            for i in np.flatnonzero(right - left > 1):  # the same first hash for several ids: rare
                found[i] = lo[i] in self._lo[left[i] : right[i]]
        if self._recent:
            recent = self._recent
            found |= np.fromiter(
                (pair in recent for pair in zip(hi.tolist(), lo.tolist(), strict=True)), dtype=bool, count=len(hi)
            )
        return found

    def add(self, hi: np.ndarray, lo: np.ndarray) -> None:
        self._recent.update(zip(hi.tolist(), lo.tolist(), strict=True))

    def settle(self) -> None:
        """Move the latest hashes into the sorted arrays."""
        if self._recent:
            new_hi, new_lo = np.array(list(self._recent), dtype=np.int64).T
            hi, lo = np.concatenate([self._hi, new_hi]), np.concatenate([self._lo, new_lo])
            order = np.lexsort((lo, hi))
            self._hi, self._lo = hi[order], lo[order]
            self._recent.clear()


class BulkLoader:
    """Writes `GraphBatch`es into a `LadybugStore` in bulk; `close()` (or the `with` block) commits the rest.

    Only one writer may write the file meanwhile (LadybugDB's lock already ensures it); the
    store's own `write` must not be used while a loader is open. `background=False` commits
    in the caller's thread.
    """

    def __init__(
        self,
        store: LadybugStore,
        commit_articles: int | None = None,
        commit_rows: int | None = None,
        commit_in_write: bool = True,
        commit_seconds: float = COMMIT_SECONDS,
        background: bool = True,
    ):
        self.store = store
        self.schema = store.schema
        self.commit_articles = commit_articles or COMMIT_ARTICLES
        self.commit_rows = commit_rows or COMMIT_ROWS
        self.commit_seconds = commit_seconds
        # False: `write` only spools and the caller runs `commit_if_due` (ingest does, so that a
        # failed commit ends the run instead of being retried article by article).
        self.commit_in_write = commit_in_write
        self._nodes = {**self.schema.nodes, NAME_KEY: store._key_node}
        self._rels = {**self.schema.rels, store._key_rel.type: store._key_rel}
        self._entity_labels = frozenset(self.schema.entity_labels())
        self._known = {label: IdSet() for label in self._nodes}
        for label in self._nodes:
            self._learn_stored(label)
            self._known[label].settle()
        remove_orphaned_spools(Path(tempfile.gettempdir()))
        self._spool = Path(tempfile.mkdtemp(prefix=f"{SPOOL_PREFIX}{os.getpid()}-"))
        self._generation = 0  # each commit's files in a folder of their own
        self._files: dict[tuple[str, str, str], tuple[str, pq.ParquetWriter]] = {}  # (table, from, to) -> its file
        self._parts: dict[tuple[str, str, str], list[str]] = {}  # (table, from, to) -> its files, one COPY each
        self._file_rows: dict[tuple[str, str, str], int] = {}
        self._to_check: dict[tuple[str, str, str], dict[tuple[str, str], Rel]] = {}  # rels between known nodes
        self._articles = self._rows = 0
        self._since = time.monotonic()
        self.commits = 0
        self.checkpoints = 0  # a commit's COPYs are checkpointed in groups (`checkpoint_groups`)
        self.commit_log: list[tuple[float, float]] = []  # seconds of (COPY, CHECKPOINT) of each commit
        self.last_commit_seconds = 0.0  # the last commit's wall seconds, its reopen included
        # Commits run on a connection of their own: the store's stays free for the ingest's reads.
        self._connect()
        self._committer = ThreadPoolExecutor(1, thread_name_prefix="ladybug-bulk-commit") if background else None
        self._pending: Future | None = None

    def _connect(self) -> None:
        self._conn = ladybug.Connection(self.store._db)
        if COMMIT_THREADS:
            self._conn.set_max_threads_for_exec(COMMIT_THREADS)
        for conn in (self.store._conn, self._conn):
            conn.execute("CALL auto_checkpoint=false")

    def _reopen(self) -> None:
        """Close and reopen the database at the end of a commit, so that the memory LadybugDB keeps from
        a commit's writes is neither held until the next commit nor added up (store/memory.py has the
        figures). Runs in the commit's thread: the store's reads, on the main thread, take `reads_lock`
        and so wait for it (the store's connection is a new one after it)."""
        with self.store.reads_lock:
            self._conn.close()
            self.store.reopen()
            self._connect()
        release_freed_memory()

    @property
    def database_seconds(self) -> float:
        """Seconds spent in COPY and CHECKPOINT (in the commit thread, alongside the writes): the database's share."""
        return sum(copy + checkpoint for copy, checkpoint in self.commit_log)

    def _learn_stored(self, label: str) -> None:
        with self.store.reads_lock:
            ids = self.store._conn.execute(f"MATCH (n:{label}) RETURN n.id").get_as_arrow().column(0).to_pylist()
        self._known[label].add(*id_hashes(ids))

    # -- GraphStore's write -------------------------------------------------------------------
    def write(self, batch: GraphBatch) -> None:
        """Spool the batch's new rows (all or nothing: a row that cannot be converted raises
        before anything is kept, so `write_isolated` can retry its articles one by one)."""
        staged: list[tuple[tuple[str, str, str], pa.Table]] = []
        added: list[tuple[str, np.ndarray, np.ndarray]] = []
        fresh: dict[str, list[str]] = {}  # label -> ids new in this batch
        new_entities: list[dict[str, Any]] = []
        for label, rows in batch.nodes.items():
            new = self._new_nodes(label, rows, added)
            fresh[label] = [row["id"] for row in new]
            staged.append(((label, "", ""), node_rows_table(self._nodes[label], new)))
            if label in self._entity_labels:
                new_entities += [{**row, "_label": label} for row in new]
        keys, key_rels = self._name_keys(new_entities, added, fresh)
        staged.append(((NAME_KEY, "", ""), node_rows_table(self._nodes[NAME_KEY], keys)))
        ends = BatchEnds(batch, fresh)
        checks: list[tuple[tuple[str, str, str], Rel]] = []
        for rel_type, rels in [*((t, list(r.values())) for t, r in batch.rels.items()), (KEY_OF, key_rels)]:
            staged += self._new_rels(self._rels[rel_type], rels, ends, checks)
        for key, table in staged:  # nothing raised: keep it
            if table.num_rows:
                self._spool_table(key, table)
        for label, hi, lo in added:
            self._known[label].add(hi, lo)
        for key, rel in checks:
            self._to_check.setdefault(key, {}).setdefault((rel.start, rel.end), rel)
        self._rows += len(checks)
        self._articles += len(batch.nodes.get("Article", {}))
        if self.commit_in_write:
            self.commit_if_due()

    def commit_if_due(self) -> None:
        """Hand the spool to a commit once `commit_rows` rows (or `commit_articles` articles) are spooled,
        or `commit_seconds` have passed; a failed commit in the background is raised here."""
        if self._pending is not None and self._pending.done():
            self._wait()
        due = self._rows >= self.commit_rows or (self.commit_articles and self._articles >= self.commit_articles)
        enough = not self._articles or self._articles >= COMMIT_MIN_ARTICLES
        if due or (self._rows and enough and time.monotonic() - self._since >= self.window_seconds):
            self._hand_off()

    @property
    def window_seconds(self) -> float:
        """The time bound on a window: `commit_seconds`, or `COMMIT_SPACING` times the last commit's wall seconds
        when that is longer (a kill loses at most about this much work, plus the commit in flight)."""
        return max(self.commit_seconds, COMMIT_SPACING * self.last_commit_seconds)

    def _new_nodes(self, label: str, rows: dict[str, dict[str, Any]], added: list) -> list[dict[str, Any]]:
        if label not in self._nodes:
            raise ValueError(f"no node table {label} in the ontology")
        hi, lo = id_hashes(list(rows))
        new = ~self._known[label].known(hi, lo)
        added.append((label, hi[new], lo[new]))
        values = list(rows.values())
        return values if new.all() else [values[i] for i in np.flatnonzero(new)]

    def _name_keys(self, entities, added, fresh) -> tuple[list[dict[str, Any]], list[Rel]]:
        """The name index rows of entities new in this batch (as `LadybugStore._write_name_keys`)."""
        labels = {row["id"]: row["_label"] for row in entities}
        pairs = sorted(name_key_pairs(entities))
        keys = self._new_nodes(NAME_KEY, {key: {"id": key} for key, _ in pairs}, added)
        fresh[NAME_KEY] = [row["id"] for row in keys]
        return keys, [Rel(NAME_KEY, key, labels[entity], entity) for key, entity in pairs]

    def _new_rels(self, rel: RelType, rels: list[Rel], ends: BatchEnds, checks: list) -> list:
        """Tables of the relationships with an end new in this batch; the others go to `checks`.

        One pass of set look-ups per relationship (the ids' hashes are cached in the strings):
        measured 5x faster than Arrow's `is_in`, which hashes its value set again on every call.
        """
        staged = []
        for (start_label, end_label), group in rels_by_pair(rel, rels).items():
            new_starts, new_ends = ends.new(start_label), ends.new(end_label)
            batch_starts, batch_ends = ends.present(start_label), ends.present(end_label)
            key = (rel.type, start_label, end_label)
            written, outside_starts, outside_ends = [], [], []
            for r in group:
                start_new, end_new = r.start in new_starts, r.end in new_ends
                if start_new or end_new:
                    written.append(r)
                else:
                    checks.append((key, r))
                # An end that is neither new nor a node of the batch (already known) must be stored or spooled.
                if not start_new and r.start not in batch_starts:
                    outside_starts.append(r.start)
                if not end_new and r.end not in batch_ends:
                    outside_ends.append(r.end)
            for label, outside in ((start_label, outside_starts), (end_label, outside_ends)):
                if outside:
                    self._require_known(label, outside)
            staged.append((key, rel_rows_table(rel, written)))
        return staged

    def _require_known(self, label: str, ids: list[str]) -> None:
        """A relationship to a node neither stored nor in the batch would fail its COPY: refuse it now."""
        missing = ~self._known[label].known(*id_hashes(ids)) if label in self._known else np.ones(len(ids), bool)
        if missing.any():
            raise ValueError(f"no {label} node with primary key {ids[int(np.argmax(missing))]!r} for a relationship")

    # -- Parquet ---------------------------------------------------------------------------------
    def _folder(self) -> Path:
        folder = self._spool / str(self._generation)
        folder.mkdir(exist_ok=True)
        return folder

    def _spool_table(self, key: tuple[str, str, str], table: pa.Table) -> None:
        """Append rows to the table's Parquet file of this commit (one row group a batch)."""
        if key in self._files and COPY_ROWS and self._file_rows[key] >= COPY_ROWS:
            self._files.pop(key)[1].close()  # a file per COPY_ROWS rows: one COPY each
        if key not in self._files:
            parts = self._parts.setdefault(key, [])
            path = str(self._folder() / f"{'-'.join(filter(None, key))}-{len(parts)}.parquet")
            writer = pq.ParquetWriter(path, table.schema, compression="none", write_statistics=False)
            self._files[key] = (path, writer)
            self._file_rows[key] = 0
            parts.append(path)
        self._files[key][1].write_table(table)
        self._file_rows[key] += table.num_rows
        self._rows += table.num_rows

    # -- commits ----------------------------------------------------------------------------------
    def commit(self) -> None:
        """Copy everything spooled, then checkpoint; returns once it is durable."""
        self._hand_off()
        self._wait()

    def _hand_off(self, reopen: bool = True) -> None:
        """Close this window's files and commit them (in the background when there is one); `reopen`: reopen
        the database once the commit is durable (not after the last, made by `close`)."""
        self._wait()  # one commit at a time: the next one's look-ups must see the last one's rows
        if not self._parts and not self._to_check:
            return
        files, to_check, folder = self._parts, self._to_check, self._folder()
        for _, writer in self._files.values():
            writer.close()
        self._files, self._parts, self._file_rows, self._to_check = {}, {}, {}, {}
        self._generation += 1
        self._articles = self._rows = 0
        self._since = time.monotonic()
        for known in self._known.values():
            known.settle()
        if self._committer is None:
            self._commit(files, to_check, folder, reopen)
        else:
            self._pending = self._committer.submit(self._commit, files, to_check, folder, reopen)

    def _wait(self) -> None:
        """Wait for the commit in flight; its error, if any, is raised here."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def _commit(self, files: dict, to_check: dict, folder: Path, reopen: bool = True) -> None:
        """The spooled files in a few transactions, each followed by a checkpoint (`checkpoint_groups`):
        the Article table and its relationships last, with the relationships between known nodes."""
        started = time.perf_counter()
        copy_s = checkpoint_s = 0.0
        groups = checkpoint_groups(files, COPIES_PER_CHECKPOINT)
        # What the writer freed since the last commit (the extraction's and spooling's garbage, which glibc
        # keeps) goes back first, so that the commit's peak does not stand on it (store/memory.py).
        release_freed_memory()
        for i, group in enumerate(groups):
            began = time.perf_counter()
            with transaction(self._conn, self.store.reads_lock):
                self._copy_files(group)
                if i == len(groups) - 1:
                    self._copy_files(self._checked_rels(to_check, folder))
            copied = time.perf_counter()
            # The COPYs are durable only now (see above); reads on the store's connection wait
            # meanwhile, as LadybugDB would let them see part of the commit (LadybugStore.reads_lock).
            self._checkpoint()
            # The group's rows and the checkpoint's node groups are freed now: give them back, or
            # the allocator keeps them and RSS ratchets up (store/memory.py).
            release_freed_memory()
            copy_s += copied - began
            checkpoint_s += time.perf_counter() - copied
        shutil.rmtree(folder, ignore_errors=True)
        if reopen:
            self._reopen()
        self.commits += 1
        self.checkpoints += len(groups)
        self.commit_log.append((copy_s, checkpoint_s))
        self.last_commit_seconds = time.perf_counter() - started

    def _checkpoint(self) -> None:
        with self.store.reads_lock:
            self._conn.execute("CHECKPOINT")

    def _copy_files(self, files: dict) -> None:
        """One COPY per table (and per label pair) from its file: nodes first, as a relationship needs its ends."""
        for key in sorted(files, key=lambda k: k[0] not in self._nodes):
            table, start, end = key
            option = copy_option(self._rels[table], start, end) if start else ""
            for path in files[key]:
                self._conn.execute(f'COPY {table} FROM "{path}"{option}')

    def _checked_rels(self, to_check: dict, folder: Path) -> dict:
        """Files of the relationships between nodes known before their batch that the store does not
        hold (looked up inside the commit's transaction, so this window's rows count too)."""
        files = {}
        for (rel_type, start_label, end_label), rels in to_check.items():
            rel = self._rels[rel_type]
            stored = stored_pairs(self._conn, rel, start_label, end_label, sorted({start for start, _ in rels}))
            new = [r for pair, r in rels.items() if pair not in stored]
            if new:
                path = str(folder / f"checked-{rel_type}-{start_label}-{end_label}.parquet")
                pq.write_table(rel_rows_table(rel, new), path, compression="none")
                files[(rel_type, start_label, end_label)] = [path]
        return files

    def close(self) -> None:
        """Commit what is spooled and give LadybugDB its automatic checkpoints back."""
        try:
            self._hand_off(reopen=False)
            self._wait()
        finally:
            self._release()

    def _release(self) -> None:
        with suppress(Exception):  # a failed commit was raised already, or another error is on its way
            self._wait()
        if self._committer is not None:
            self._committer.shutdown()
        for _, writer in self._files.values():
            writer.close()
        for conn in (self.store._conn, self._conn):
            try:
                conn.execute("CALL auto_checkpoint=true")
            except RuntimeError as exc:  # closed by a reopen that failed: that error is on its way
                if "closed" not in str(exc):
                    raise
        self._conn.close()
        shutil.rmtree(self._spool, ignore_errors=True)

    def __enter__(self) -> BulkLoader:
        return self

    def __exit__(self, exc_type, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:  # a failed load keeps what was committed; the spool is dropped
            self._release()


def checkpoint_groups(files: dict, size: int | None) -> list[dict]:
    """A commit's files split into groups of at most `size` COPY statements, one transaction and one
    checkpoint each: node tables first (a relationship needs its ends), then relationship tables;
    the Article table and every relationship with an Article end always form the last group, whatever
    its size, so that a kill between two groups leaves none of the window's articles stored (the
    re-run ingests them again; the nodes and relationships stored meanwhile are looked up, not doubled).
    """

    def last(key: tuple[str, str, str]) -> bool:
        table, start, end = key
        return table == ARTICLE if not start else ARTICLE in (start, end)

    def copies(key: tuple[str, str, str]) -> int:
        return len(files[key])

    order = sorted(files, key=lambda k: (bool(k[1]), k))  # nodes (no start label) first
    final = {key: files[key] for key in order if last(key)}
    groups: list[dict] = []
    for key in (k for k in order if not last(k)):
        if not groups or (size and sum(map(copies, groups[-1])) + copies(key) > size):
            groups.append({})
        groups[-1][key] = files[key]
    return [*groups, final]


class BatchEnds:
    """Which relationship ends are nodes of the batch, and which of those are new, by label (sets made once a batch)."""

    def __init__(self, batch: GraphBatch, fresh: dict[str, list[str]]):
        self._batch = batch
        self._fresh = fresh
        self._new: dict[str, set[str]] = {}

    def new(self, label: str) -> set[str]:
        if label not in self._new:
            self._new[label] = set(self._fresh.get(label, ()))
        return self._new[label]

    def present(self, label: str):
        return self._batch.nodes.get(label, {}).keys()
