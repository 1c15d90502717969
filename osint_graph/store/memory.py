"""Give the memory a LadybugDB commit freed back to the operating system.

A bulk commit (store/ladybug_bulk.py) COPYs into every relationship table it touches and
LadybugDB holds each table's new rows in memory until the CHECKPOINT (~8 MB a table,
~250-370 MB a commit of synthetic articles, whatever its rows), then the checkpoint rewrites
the touched node groups. Both are freed once the checkpoint ends, but glibc's allocator keeps
freed memory in its heaps for reuse: the next commit then reused only part of it and the
process's resident memory grew by 30-100 MB a commit (measured with a sampler thread around
each commit of a 60,000-article bulk load, 400,000 rows a commit: RSS before each commit 243,
536, 629, 720, 799, 871 MB). `malloc_trim(0)` after each checkpoint hands the free pages of
every heap back (the same commits: 243, 288, 333, 358, 412, 506 MB). The rest of that growth is
memory LadybugDB keeps in use from a session's writes (outside its buffer pool, which held 33 ->
180 MB of it over 80,000 articles) and gives back only when the database closes: so the bulk
loader also reopens the database at the end of each commit (`LadybugStore.reopen`), after which RSS
between commits stayed at 253-268 MB over 80,000 articles (opening the 80,000-article store
costs 16 MB more than an empty one).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import cache
from pathlib import Path


@cache
def _malloc_trim():
    """glibc's `malloc_trim`, or None where the C library has none (macOS, musl)."""
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


def release_freed_memory() -> bool:
    """Return the allocator's free pages to the system; False where that cannot be done.

    Costs a walk of the heaps (milliseconds); call it after a big free, not per row.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def resident_mb() -> float:
    """This process's resident memory now, in MB (0 where /proc is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
