"""Where an ingest's memory goes: the shares scripts/scale_probe.py reports with `--memory`.

At each 10% of the stream (in the main thread, between batches):

- `rss`: the process's resident memory now;
- `pool`: what LadybugDB's buffer pool holds (`CALL bm_info()`, its used memory), the file's
  pages and what its memory manager hands out;
- `python`: Python's heap as tracemalloc sees it (with `--tracemalloc` only: it slows the writer),
  and of it what was allocated in resolve.py (the resolver's caches), in ladybug_bulk.py (the
  loader's id sets) and the top files;
- `resolver`: names, identifiers and merges the resolver keeps; `id sets`: the bytes of the
  loader's sorted id arrays and the hash pairs not yet sorted in; `arrow`: Arrow's allocator
  (the spool's Parquet writers, tables in flight);
- `glibc free`: bytes glibc holds free in its heaps (`mallinfo2().fordblks`), what
  `malloc_trim` could give back; `glibc used`: bytes handed out by malloc (LadybugDB's memory
  outside its pool, numpy, Python's objects over 512 bytes);
- `rest`: RSS less all the above and less the RSS before the ingest (interpreter, libraries,
  an open empty store): LadybugDB's memory that is neither in its pool nor malloc'd, stacks, and
  what the estimates miss.

Around each bulk commit (in its thread): RSS and the pool after the COPYs, after the
checkpoint, after the trim; and a sampler thread (every 20 ms) keeps each commit's peak RSS
and the peak outside commits.
"""

from __future__ import annotations

import ctypes
import threading
import tracemalloc
from collections import defaultdict
from pathlib import Path

MB = 2**20


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]  # fmt: skip


def mallinfo() -> dict[str, float]:
    """glibc's heap figures in MB (empty where there is no mallinfo2)."""
    try:
        call = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return {}
    call.restype = _MallInfo2
    info = call()
    return {"glibc used": (info.uordblks + info.hblkhd) / MB, "glibc free": info.fordblks / MB}


def rss_mb() -> float:
    import os

    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def pool_mb(conn) -> dict[str, float]:
    """`CALL bm_info()` as MB (its columns as LadybugDB names them)."""
    try:
        result = conn.execute("CALL bm_info() RETURN *")
        names, row = result.get_column_names(), result.get_next()
    except Exception as exc:  # noqa: BLE001 - a closed connection between a reopen's close and open
        return {"error": str(exc)[:80]}
    return {name: value / MB for name, value in zip(names, row, strict=True) if isinstance(value, int)}


class MemoryProbe:
    """Collects the shares (see the module docstring); `install` wraps what it needs."""

    def __init__(self, trace: bool = False):
        self.trace = trace
        self.marks: dict[int, dict] = {}
        self.commits: list[dict] = []
        self.peak_outside = 0.0
        self.resolver = None
        self.loader = None
        self.store = None
        self._commit: dict | None = None
        self._stop = threading.Event()
        self.start_rss = rss_mb()

    # -- wiring ----------------------------------------------------------------------------------
    def install(self, resolver_cls, loader_cls, bulk_module) -> None:
        probe = self
        init_resolver, init_loader = resolver_cls.__init__, loader_cls.__init__
        commit, checked = loader_cls._commit, loader_cls._checked_rels
        release = bulk_module.release_freed_memory

        def resolver_init(self, *args, **kwargs):
            init_resolver(self, *args, **kwargs)
            probe.resolver = self

        def loader_init(self, *args, **kwargs):
            init_loader(self, *args, **kwargs)
            probe.loader = self

        def timed_commit(self, *args, **kwargs):
            probe._commit = {"rss before": rss_mb(), "peak": 0.0, "pool before": pool_mb(self._conn)}
            try:
                return commit(self, *args, **kwargs)
            finally:
                record, probe._commit = probe._commit, None
                record["rss after"] = rss_mb()
                probe.commits.append(record)

        def after_copy(self, *args, **kwargs):
            if probe._commit is not None:
                probe._commit |= {"rss after copy": rss_mb(), "pool after copy": pool_mb(self._conn)}
            return checked(self, *args, **kwargs)

        def timed_release():
            record = probe._commit if threading.current_thread().name.startswith("ladybug-bulk") else None
            if record is not None:
                record["rss after checkpoint"] = rss_mb()
                record |= {f"{k} after checkpoint": v for k, v in mallinfo().items()}
                if probe.loader is not None:
                    record["pool after checkpoint"] = pool_mb(probe.loader._conn)
            done = release()
            if record is not None:
                record["rss after trim"] = rss_mb()
            return done

        resolver_cls.__init__, loader_cls.__init__ = resolver_init, loader_init
        loader_cls._commit, loader_cls._checked_rels = timed_commit, after_copy
        bulk_module.release_freed_memory = timed_release
        if self.trace:
            tracemalloc.start(1)
        threading.Thread(target=self._sample, daemon=True, name="rss-sampler").start()

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            now, record = rss_mb(), self._commit
            if record is not None:
                record["peak"] = max(record["peak"], now)
            else:
                self.peak_outside = max(self.peak_outside, now)

    def stop(self) -> dict:
        self._stop.set()
        if self.trace:
            tracemalloc.stop()
        return {"start rss": self.start_rss, "marks": self.marks, "commits": self.commits,
                "peak outside commits": self.peak_outside}  # fmt: skip

    # -- a mark ------------------------------------------------------------------------------------
    def mark(self, share: int) -> None:
        import pyarrow as pa

        out: dict = {"rss": rss_mb(), "in commit": self._commit is not None}
        # Not while a commit is in flight: a run that read bm_info then failed its next read ("DiskArray ... corrupted")
        if self.store is not None and not out["in commit"]:
            out["pool"] = pool_mb(self.store._conn)
        out |= mallinfo()
        out["arrow"] = pa.total_allocated_bytes() / MB
        if self.resolver is not None:
            r = self.resolver
            out["resolver"] = {"names": len(r.by_name), "identifiers": len(r.by_identifier), "merges": len(r.merges)}
        if self.loader is not None:
            sets = self.loader._known.values()
            out["id sets"] = {
                "sorted MB": sum(s._hi.nbytes + s._lo.nbytes for s in sets) / MB,
                "unsorted pairs": sum(len(s._recent) for s in sets),
            }
        if self.trace:
            out["python"] = self._python_heap()
        self.marks[share] = out

    def _python_heap(self) -> dict[str, float]:
        snapshot = tracemalloc.take_snapshot()
        by_file: dict[str, float] = defaultdict(float)
        for stat in snapshot.statistics("filename"):
            by_file[stat.traceback[0].filename] += stat.size / MB
        total = sum(by_file.values())
        groups = {"total": total}
        for label, part in (("resolver (resolve.py)", "resolve.py"), ("loader (ladybug_bulk.py)", "ladybug_bulk.py")):
            groups[label] = sum(v for f, v in by_file.items() if f.endswith(part))
        for name, size in sorted(by_file.items(), key=lambda kv: -kv[1])[:6]:
            groups[f"top: {Path(name).name}"] = size
        return groups


def shares(record: dict, start_rss: float) -> dict[str, float]:
    """A mark's RSS split into the shares above (MB)."""
    pool = record.get("pool", {})
    pool_used = pool.get("used_memory", pool.get("mem_usage", 0.0)) if pool else 0.0
    python = record.get("python", {}).get("total", 0.0)
    parts = {
        "pool": pool_used,
        "glibc free": record.get("glibc free", 0.0),
        "glibc used": record.get("glibc used", 0.0),
        "arrow": record.get("arrow", 0.0),
    }
    parts["rest"] = record["rss"] - start_rss - sum(parts.values())
    parts["python (tracemalloc, part of glibc used and rest)"] = python
    return parts


def report(memory: dict) -> list[str]:
    """Lines for bench_scale.py: the shares at each mark, then each commit's memory."""
    start = memory["start rss"]
    outside = memory["peak outside commits"]
    lines = [f"memory (MB; RSS before the ingest {start:.0f}; peak outside commits {outside:.0f}):"]
    for share, record in sorted(memory["marks"].items(), key=lambda kv: int(kv[0])):
        parts = ", ".join(f"{k} {v:.0f}" for k, v in shares(record, start).items())
        extra = f"; resolver {record.get('resolver')}; id sets {record.get('id sets')}"
        if "python" in record:
            extra += "; python " + ", ".join(f"{k} {v:.1f}" for k, v in record["python"].items())
        commit = " (a commit in flight)" if record.get("in commit") else ""
        lines.append(f"  {int(share):3d}%: RSS {record['rss']:.0f}{commit}: {parts}{extra}")

    def pool(c: dict, key: str) -> str:
        found = c.get(key) or {}
        return "/".join(f"{v:.0f}" for v in found.values() if not isinstance(v, str)) or "-"

    for i, c in enumerate(memory["commits"], 1):
        lines.append(
            f"  commit {i}: RSS before {c['rss before']:.0f}, after COPY {c.get('rss after copy', 0):.0f},"
            f" after CHECKPOINT {c.get('rss after checkpoint', 0):.0f} (glibc free"
            f" {c.get('glibc free after checkpoint', 0):.0f}), after trim {c.get('rss after trim', 0):.0f},"
            f" peak {c['peak']:.0f}; pool before/after COPY/after CHECKPOINT {pool(c, 'pool before')} |"
            f" {pool(c, 'pool after copy')} | {pool(c, 'pool after checkpoint')}"
        )
    return lines
