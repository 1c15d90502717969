"""Time and memory of loading the reference data (osint_graph/reference/) in a fresh process.

    .venv/bin/python scripts/bench_reference.py

Prints the seconds each loader takes (first call; later calls are cached) and the process's
peak resident memory before and after. Run it on a quiet machine: load average inflates it.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from osint_graph.gazetteer import load_gazetteer
    from osint_graph.reference import cities, countries, load_reference_gazetteer, ports

    load_gazetteer(reference=False)  # the hand rows alone, for the baseline
    base = _rss_mb()
    total = time.perf_counter()
    for label, loader in (("countries", countries), ("ports", ports), ("cities", cities)):
        start = time.perf_counter()
        n = len(loader())
        print(f"{label:10} {n:6d} records  {time.perf_counter() - start:5.2f} s")
    start = time.perf_counter()
    gazetteer = load_reference_gazetteer()
    print(f"{'merge':10} {len(gazetteer):6d} entries  {time.perf_counter() - start:5.2f} s")
    print(f"total      {time.perf_counter() - total:5.2f} s; peak RSS {base:.0f} -> {_rss_mb():.0f} MB")
    start = time.perf_counter()
    load_reference_gazetteer()
    print(f"cached     {time.perf_counter() - start:.4f} s; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
