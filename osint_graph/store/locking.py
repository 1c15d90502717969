"""Opening a LadybugDB file that another process is using, or that a crash left behind.

LadybugDB lets one process write a file and others read it, but

- a second writer fails at once ("Could not set lock on file");
- a reader fails while the writer checkpoints ("Cannot open database in read-only
  mode while checkpoint recovery is pending"), which an ingest does after every batch;
- after a `kill -9` the write-ahead log and shadow files stay, and every read-only
  open fails the same way until a writer opens the file and recovers it.

So an open waits for the lock up to a timeout (`--lock-timeout`, $OSINT_GRAPH_LOCK_TIMEOUT,
default 30 s), retrying with a growing pause, and a read-only open that finds recovery
pending opens the file read-write once to recover it when no writer holds the lock (a
crash's leftovers), else waits for the writer's checkpoint to end. When the time is up,
`StoreBusy` says which it was, in one line.

A writer also holds a gate of its own on the file (an flock, apart from LadybugDB's lock) from
its first open to its close: `LadybugStore.reopen` (the bulk loader's, between two commits)
closes the database for a moment, and another process's writer polling the lock would
otherwise get in then and write under the loader (measured: 11 of 300 reopens).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

import ladybug

try:
    import fcntl
except ImportError:  # no flock (Windows): LadybugDB's own lock only
    fcntl = None

TIMEOUT_ENV = "OSINT_GRAPH_LOCK_TIMEOUT"
DEFAULT_TIMEOUT = 30.0
_LOCKED_RE = re.compile(r"Could not set lock on file", re.IGNORECASE)
_RECOVERY_RE = re.compile(r"checkpoint recovery is pending", re.IGNORECASE)
_PID_RE = re.compile(r"held by PID (\d+)")


# real path -> [file descriptor, opens holding it] of this process's writer gates. Re-entrant:
# LadybugDB lets one process open a file for writing twice, and a reopen holds it throughout.
_GATES: dict[str, list[int]] = {}


def take_gate(path: str | Path) -> bool:
    """Hold the writer gate of a database file (opened already); False if another process holds it."""
    if fcntl is None:
        return True
    key = os.path.realpath(path)
    if key in _GATES:
        _GATES[key][1] += 1
        return True
    try:
        fd = os.open(key, os.O_RDONLY)
    except OSError:  # not a file this process can open (an in-memory database): LadybugDB's lock only
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False
    _GATES[key] = [fd, 1]
    return True


def release_gate(path: str | Path) -> None:
    """Let go of one hold of the writer gate taken by `take_gate` (the last one frees it)."""
    key = os.path.realpath(path)
    held = _GATES.get(key)
    if held is None:
        return
    held[1] -= 1
    if held[1] == 0:
        del _GATES[key]
        os.close(held[0])


class StoreBusy(ConnectionError):
    """The store stayed locked by another process for the whole lock timeout."""


def lock_timeout() -> float:
    """Seconds to wait for a lock: $OSINT_GRAPH_LOCK_TIMEOUT (set by --lock-timeout), else 30."""
    try:
        return max(0.0, float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT)))
    except ValueError:
        return DEFAULT_TIMEOUT


def _kind(exc: Exception) -> str | None:
    message = str(exc)
    if _LOCKED_RE.search(message):
        return "locked"
    if _RECOVERY_RE.search(message):
        return "recovery"
    return None


def recover(path: str | Path) -> bool:
    """Open the file read-write once, which replays or discards a crash's leftovers; False if a writer holds it."""
    try:
        ladybug.Database(str(path)).close()
    except RuntimeError as exc:
        if _kind(exc) == "locked":
            return False
        raise
    return True


def open_database(
    path: str | Path, read_only: bool = False, timeout: float | None = None, **options: Any
) -> ladybug.Database:
    """`ladybug.Database(path, **options)`, waiting up to `timeout` seconds for another process's lock or checkpoint.

    A writer's open takes the writer gate (`take_gate`): its `close` must `release_gate`."""
    timeout = lock_timeout() if timeout is None else timeout
    deadline = time.monotonic() + timeout
    pause = 0.05
    while True:
        try:
            db = ladybug.Database(str(path), read_only=read_only, **options)
        except RuntimeError as exc:
            kind, reason = _kind(exc), exc
            if kind is None:
                raise
            if kind == "recovery" and recover(path):
                continue
        else:
            if read_only or take_gate(path):
                return db
            db.close()  # another writer has it closed for a moment (a reopen): as locked
            kind, reason = "locked", RuntimeError("its writer gate is held")
        if time.monotonic() >= deadline:
            raise StoreBusy(_busy_message(path, kind, reason, timeout, read_only)) from None
        time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
        pause = min(pause * 2, 1.0)


def _busy_message(path, kind: str, exc: Exception, timeout: float, read_only: bool) -> str:
    pid = _PID_RE.search(str(exc))
    holder = f" (process {pid.group(1)})" if pid else ""
    if kind == "locked":
        what = f"{path} is being written by another process{holder}"
    else:
        what = f"{path} is being checkpointed by its writer{holder}"
    action = "read" if read_only else "write"
    return f"store busy: {what}; waited {timeout:g} s to {action} (--lock-timeout); retry when it is done"
