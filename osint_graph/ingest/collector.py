"""Python's cyclic garbage collector during an ingest: fewer young collections, the start-up heap left out.

An ingest's writer makes container objects by the million (unpickled extractions, resolved
copies, row dicts, Arrow inputs) that die by reference counting, in batches, without cycles.
With Python's default thresholds the collector ran every 700 net allocations, went through
each batch's young objects again and again, and through the whole heap at each full
collection (modules, the gazetteer, the resolver's names): measured with
`python scripts/bench_scale.py --articles 400 --runs 2 --commit-seconds 3600`, 1.68 ms an
article of the writer's 7.34 ms of CPU went to collections; 0.22 ms inside `fewer_collections`.
Extraction itself gained 1-4% (within the noise of the shared machine), so the workers keep
the defaults.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Net container allocations between two young collections (Python's default: 700). At ~100 bytes
# an object the young generation then holds a few MB at most before a collection.
YOUNG_THRESHOLD = 50_000

_depth = 0  # blocks open: only the outermost one changes and restores the collector
_lock = threading.Lock()


@contextmanager
def fewer_collections(young: int = YOUNG_THRESHOLD) -> Iterator[None]:
    """Within the block, young collections every `young` allocations, and the objects alive when it
    starts frozen out of every collection (`gc.freeze`); the thresholds and the freeze are undone
    when the outermost block ends. Garbage cycles are still collected, only less often."""
    global _depth
    with _lock:
        _depth += 1
        outermost = _depth == 1
        if outermost:
            saved = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(young, *saved[1:])
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if outermost:
                gc.set_threshold(*saved)
                gc.unfreeze()
