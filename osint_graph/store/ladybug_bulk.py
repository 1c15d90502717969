"""Bulk loading of a LadybugDB store: rows spooled to Parquet per table, copied in few big transactions.

`LadybugStore.write` pays fixed costs on every batch: a look-up of which ids already exist,
one COPY per table, and a COMMIT that LadybugDB follows with a checkpoint (its WAL passes
the default threshold on nearly every COPY-sized commit), which rewrites the touched tables
and grows with the store. Those fixed costs, not the rows, bounded loading at 2,000-9,500
elements/s (README, Scale). `BulkLoader` takes the same batches and:

- knows which nodes exist without asking: it reads the ids the store holds once, when it
  starts (none for a new store), and remembers every id it writes, as a 128-bit digest of
  label and id (16 bytes a node, in a sorted array: memory does not grow with the rows);
- writes a relationship without a look-up when one of its ends is a node new in its batch
  (it cannot exist yet); only one between two nodes already known is looked up, once per
  commit;
- appends each batch's new rows to Parquet files, one folder per table, and copies every
  folder with one COPY, in one transaction per `commit_articles` articles;
- turns LadybugDB's automatic checkpoint off and checkpoints after each of its commits.

The store it leaves is the one `LadybugStore.write` leaves for the same batches in the same
order (tests/test_store_bulk.py checks counts, ids, properties and edges): the first
version of a node written wins (within a batch `GraphBatch.add_node` has already merged
its versions), as does the first version of a relationship, and the name index gets the
keys of each entity's first version.

Crash safety: the rows of a COPY are not in LadybugDB's write-ahead log; they are durable
only once checkpointed (measured: a COPY committed without a checkpoint was gone after a
`kill -9`, a CREATE committed next to it was replayed). So every commit is followed by a
checkpoint, and a killed load loses at most the articles spooled since the last commit,
never part of an article: `ingest`'s resume (skip the articles whose id is stored) holds.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

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
)
from osint_graph.store.search import NAME_KEY, name_key_pairs

# Articles per commit (a transaction, then a checkpoint). A kill loses at most these: the
# re-run extracts them again (~4 minutes of one core at ~20 articles/s). Each checkpoint
# costs more as the store grows (2-7 s at 4,000-16,000 synthetic articles), so fewer is faster.
COMMIT_ARTICLES = 5000
# Rows per commit whatever the articles (real articles have ~160 elements, synthetic ~40;
# `osint-graph copy` writes rows, not articles): what is copied but not checkpointed stays in
# the buffer pool, and 775,000 elements unchecked filled a 128 MB pool.
COMMIT_ROWS = 400_000


def can_bulk_load(store: GraphStore) -> bool:
    """The bulk loader writes LadybugDB stores only."""
    return isinstance(store, LadybugStore)


def _digests(label: str, ids: Iterable[str]) -> np.ndarray:
    """128-bit digests of (label, id): two different ids collide with odds of ~n²/2^129."""
    prefix = label.encode() + b"\0"
    return np.array([hashlib.blake2b(prefix + i.encode(), digest_size=16).digest() for i in ids], dtype="S16")


class IdSet:
    """The nodes the store or the spool holds, as digests: a sorted array (16 bytes each) and the latest in a set.

    Digests join the array at each commit (one sort), not at each batch (a sort per batch cost more than the load).
    """

    def __init__(self) -> None:
        self._sorted = np.empty(0, dtype="S16")
        self._recent: set[bytes] = set()

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent)

    def known(self, digests: np.ndarray) -> np.ndarray:
        """A boolean mask: which of `digests` are in the set."""
        found = np.zeros(len(digests), dtype=bool)
        if len(self._sorted) and len(digests):
            where = np.searchsorted(self._sorted, digests).clip(max=len(self._sorted) - 1)
            found = self._sorted[where] == digests
        if self._recent:
            found |= np.fromiter((d in self._recent for d in digests.tolist()), dtype=bool, count=len(digests))
        return found

    def add(self, digests: np.ndarray) -> None:
        self._recent.update(digests.tolist())

    def settle(self) -> None:
        """Move the latest digests into the sorted array."""
        if self._recent:
            self._sorted = np.sort(np.concatenate([self._sorted, np.array(list(self._recent), dtype="S16")]))
            self._recent.clear()


class BulkLoader:
    """Writes `GraphBatch`es into a `LadybugStore` in bulk; `close()` (or the `with` block) commits the rest.

    Only one writer may write the file meanwhile (LadybugDB's lock already ensures it); the
    store's own `write` must not be used while a loader is open.
    """

    def __init__(
        self,
        store: LadybugStore,
        commit_articles: int | None = None,
        commit_rows: int = COMMIT_ROWS,
        commit_in_write: bool = True,
    ):
        self.store = store
        self.schema = store.schema
        self.commit_articles = commit_articles or COMMIT_ARTICLES
        self.commit_rows = commit_rows
        # False: `write` only spools and the caller runs `commit_if_due` (ingest does, so that a
        # failed commit ends the run instead of being retried article by article).
        self.commit_in_write = commit_in_write
        self._conn = store._conn
        self._nodes = {**self.schema.nodes, NAME_KEY: store._key_node}
        self._rels = {**self.schema.rels, store._key_rel.type: store._key_rel}
        self._entity_labels = frozenset(self.schema.entity_labels())
        self._known = IdSet()
        for label in self._nodes:
            self._learn_stored(label)
        self._known.settle()
        self._spool = Path(tempfile.mkdtemp(prefix="osint-graph-bulk-"))
        self._files: dict[tuple[str, str, str], tuple[str, pq.ParquetWriter]] = {}  # (table, from, to) -> its file
        self._to_check: dict[tuple[str, str, str], dict[tuple[str, str], Rel]] = {}  # rels between known nodes
        self._articles = self._rows = 0
        self.commits = 0
        self._conn.execute("CALL auto_checkpoint=false")

    def _learn_stored(self, label: str) -> None:
        ids = self._conn.execute(f"MATCH (n:{label}) RETURN n.id").get_as_arrow().column(0).to_pylist()
        self._known.add(_digests(label, ids))

    # -- GraphStore's write -------------------------------------------------------------------
    def write(self, batch: GraphBatch) -> None:
        """Spool the batch's new rows (all or nothing: a row that cannot be converted raises
        before anything is kept, so `write_isolated` can retry its articles one by one)."""
        staged, new_digests, new_ids = [], [], set()
        new_entities: list[dict[str, Any]] = []
        for label, rows in batch.nodes.items():
            new = self._new_nodes(label, list(rows.values()), new_digests)
            new_ids.update((label, row["id"]) for row in new)
            staged.append(((label, "", ""), node_rows_table(self._nodes[label], new)))
            if label in self._entity_labels:
                new_entities += [{**row, "_label": label} for row in new]
        keys, key_rels = self._name_keys(new_entities, new_digests, new_ids)
        staged.append(((NAME_KEY, "", ""), node_rows_table(self._nodes[NAME_KEY], keys)))
        checks: list[tuple[tuple[str, str, str], Rel]] = []
        for rel_type, rels in [
            *batch.rels.items(),
            (self.store._key_rel.type, {(r.start, r.end): r for r in key_rels}),
        ]:
            staged += self._new_rels(batch, self._rels[rel_type], list(rels.values()), new_ids, checks)
        for key, table in staged:  # nothing raised: keep it
            if table.num_rows:
                self._spool_table(key, table)
        for digests in new_digests:
            self._known.add(digests)
        for key, rel in checks:
            self._to_check.setdefault(key, {}).setdefault((rel.start, rel.end), rel)
        self._rows += len(checks)
        self._articles += len(batch.nodes.get("Article", {}))
        if self.commit_in_write:
            self.commit_if_due()

    def commit_if_due(self) -> None:
        """Commit once `commit_articles` articles or `commit_rows` rows are spooled."""
        if self._articles >= self.commit_articles or self._rows >= self.commit_rows:
            self.commit()

    def _new_nodes(self, label: str, rows: list[dict[str, Any]], new_digests: list) -> list[dict[str, Any]]:
        if label not in self._nodes:
            raise ValueError(f"no node table {label} in the ontology")
        digests = _digests(label, [r["id"] for r in rows])
        fresh = ~self._known.known(digests)
        new_digests.append(digests[fresh])
        return [row for row, is_new in zip(rows, fresh, strict=True) if is_new]

    def _name_keys(self, entities, new_digests, new_ids) -> tuple[list[dict[str, Any]], list[Rel]]:
        """The name index rows of entities new in this batch (as `LadybugStore._write_name_keys`)."""
        labels = {row["id"]: row["_label"] for row in entities}
        pairs = sorted(name_key_pairs(entities))
        keys = [{"id": key} for key in sorted({key for key, _ in pairs})]
        keys = self._new_nodes(NAME_KEY, keys, new_digests)
        new_ids.update((NAME_KEY, row["id"]) for row in keys)
        return keys, [Rel(NAME_KEY, key, labels[entity], entity) for key, entity in pairs]

    def _new_rels(self, batch: GraphBatch, rel: RelType, rels: list[Rel], new_ids: set, checks: list) -> list:
        """Tables of the relationships with an end new in this batch; the others go to `checks`."""
        staged = []
        for (start_label, end_label), group in rels_by_pair(rel, rels).items():
            new, between_known = [], []
            for r in group:
                start_new, end_new = (start_label, r.start) in new_ids, (end_label, r.end) in new_ids
                (new if start_new or end_new else between_known).append((r, start_new, end_new))
            # Ends that are nodes of the batch (nearly all) need no check.
            starts, ends = batch.nodes.get(start_label, {}), batch.nodes.get(end_label, {})
            self._require_known(start_label, [r.start for r, new_start, _ in new + between_known
                                              if not new_start and r.start not in starts])  # fmt: skip
            self._require_known(end_label, [r.end for r, _, new_end in new + between_known
                                            if not new_end and r.end not in ends])  # fmt: skip
            key = (rel.type, start_label, end_label)
            checks += [(key, r) for r, _, _ in between_known]
            staged.append((key, rel_rows_table(rel, [r for r, _, _ in new])))
        return staged

    def _require_known(self, label: str, ids: list[str]) -> None:
        """A relationship to a node neither stored nor in the batch would fail its COPY: refuse it now."""
        missing = ~self._known.known(_digests(label, ids))
        if missing.any():
            raise ValueError(f"no {label} node with primary key {ids[int(np.argmax(missing))]!r} for a relationship")

    # -- Parquet ---------------------------------------------------------------------------------
    def _spool_table(self, key: tuple[str, str, str], table: pa.Table) -> None:
        """Append rows to the table's Parquet file of this commit (one row group a batch)."""
        if key not in self._files:
            path = str(self._spool / f"{'-'.join(filter(None, key))}.parquet")
            self._files[key] = (path, pq.ParquetWriter(path, table.schema, compression="none"))
        self._files[key][1].write_table(table)
        self._rows += table.num_rows

    # -- commits ----------------------------------------------------------------------------------
    def commit(self) -> None:
        """Copy everything spooled in one transaction, then checkpoint."""
        if not self._files and not self._to_check:
            return
        with self.store._transaction():
            self._copy_spooled()
            # Relationships between nodes known before their batch, looked up now that the
            # transaction sees this commit's rows too: the stored ones are left out.
            self._spool_checked_rels()
            self._copy_spooled()
        self._articles = self._rows = 0
        self._conn.execute("CHECKPOINT")  # the COPYs are durable only now (see above)
        self._known.settle()
        self.commits += 1

    def _copy_spooled(self) -> None:
        """One COPY per table (and per label pair) from its file: nodes first, as a relationship needs its ends."""
        keys = sorted(self._files, key=lambda k: k[0] not in self._nodes)
        for key in keys:
            table, start, end = key
            path, writer = self._files[key]
            writer.close()
            option = copy_option(self._rels[table], start, end) if start else ""
            self._conn.execute(f'COPY {table} FROM "{path}"{option}')
            os.remove(path)
        self._files.clear()

    def _spool_checked_rels(self) -> None:
        for (rel_type, start_label, end_label), rels in self._to_check.items():
            rel = self._rels[rel_type]
            stored = self.store._existing_pairs(rel, start_label, end_label, sorted({start for start, _ in rels}))
            new = [r for pair, r in rels.items() if pair not in stored]
            if new:
                self._spool_table((rel_type, start_label, end_label), rel_rows_table(rel, new))
        self._to_check.clear()

    def close(self) -> None:
        """Commit what is spooled and give LadybugDB its automatic checkpoints back."""
        try:
            self.commit()
        finally:
            self._release()

    def _release(self) -> None:
        self._conn.execute("CALL auto_checkpoint=true")
        shutil.rmtree(self._spool, ignore_errors=True)

    def __enter__(self) -> BulkLoader:
        return self

    def __exit__(self, exc_type, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:  # a failed load keeps what was committed; the spool is dropped
            self._release()
