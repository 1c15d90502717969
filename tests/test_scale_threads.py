"""scripts/scale_threads.py: the per-thread CPU account that told whether extraction uses threads."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from scale_threads import busy, thread_seconds  # noqa: E402


def spin_then_wait(seconds: float, spun: threading.Event, release: threading.Event) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass
    spun.set()
    release.wait()


def test_a_thread_that_spins_is_counted_busy_and_one_that_sleeps_is_not():
    spun, release = threading.Event(), threading.Event()
    spinner = threading.Thread(target=spin_then_wait, args=(0.3, spun, release))
    sleeper = threading.Thread(target=release.wait)
    spinner.start(), sleeper.start()
    before = thread_seconds()
    spun.wait()
    after = thread_seconds()  # both still alive: their ids are in the reading
    release.set()
    spinner.join(), sleeper.join()
    spent = busy(before, after, floor=0.0)
    assert any(key.endswith(f":{spinner.native_id}") and value >= 0.2 for key, value in spent.items())
    assert not any(key.endswith(f":{sleeper.native_id}") for key in spent)


def test_busy_keeps_threads_over_the_floor_and_counts_new_threads_from_zero():
    before = {"1": ("python", 1.0), "2": ("OpenBLAS", 0.5)}
    after = {"1": ("python", 3.5), "2": ("OpenBLAS", 0.5), "3": ("new", 0.2)}
    assert busy(before, after) == {"python:1": 2.5, "new:3": 0.2}
