"""Imported by the local workers' forkserver (ingest/worker_start.py) before it forks any worker.

It loads the pipeline of the model named in $OSINT_GRAPH_PRELOAD_MODEL (empty: the default
model), collects once and freezes every object alive (`gc.freeze()`), so that the workers
forked from this process share the pipeline copy-on-write and their collections leave it alone.
It records the settings the pipeline was built under (`worker_start.preloaded_key`), which each
worker compares with its driver's. Imported anywhere else (no such variable), it does nothing.
A pipeline that fails to load here is left to the workers, which load it and report the error as
spawned workers do.
"""

from __future__ import annotations

import gc
import os

from osint_graph.ingest import worker_start


def preload() -> None:
    model = os.environ.get(worker_start.PRELOAD_ENV)
    if model is None:
        return
    from osint_graph.ingest.parallel import worker_extractor

    try:
        worker_extractor(model or None)
    except Exception:  # noqa: BLE001 - the workers load it again and report what fails
        return
    gc.collect()
    gc.freeze()
    worker_start.preloaded_key = worker_start.settings_key(model or None)


preload()
