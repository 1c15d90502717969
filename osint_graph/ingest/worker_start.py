"""How local workers start: forked from a server process that has loaded the pipeline, or spawned.

A spawned worker (a new interpreter) loads the spaCy pipeline itself: each of N workers pays the
load and holds its own copy. A plain fork of the ingesting process is ruled out, as it holds an
open database (and threads). So on Linux the workers come from multiprocessing's `forkserver`: a
new interpreter started once, which never opens a store, imports `osint_graph.ingest.preload`
(that loads the pipeline and freezes it out of the collector, `gc.freeze()`), and then forks a
worker on each request. The workers share the loaded pipeline copy-on-write, and the collector
does not walk (and so does not write to) its frozen objects: the thirtieth round measured 11%
less CPU an article for a worker forked so (scripts/bench_cores.py, variant `fork+freeze`).

What a forked worker would otherwise get wrong, and how it is kept as a spawned one:
- its environment is the server's (the driver's when the server started), not the driver's now:
  the pool's initializer (`parallel._warm`) sets the driver's environment of the pool's start;
- the preloaded pipeline was built under the server's settings: the initializer compares
  `settings_key` (the model and every OSINT_GRAPH_* variable) and loads the pipeline afresh
  when they differ;
- Python 3.11's forkserver does not take the driver's `sys.path` (it sends it, then ignores it),
  so the server would import osint_graph from wherever its own path finds it: it is started with
  the driver's leading path entries (the script's folder, PYTHONPATH, inserted folders) as PYTHONPATH.

Elsewhere (Windows has no forkserver; on macOS, forking a process that has loaded native libraries
is unsafe, which is why Python spawns there by default) the workers are spawned as before.
$OSINT_GRAPH_WORKER_START=spawn (or forkserver) chooses (scripts/bench_scale.py's run `2spawn`).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

START_ENV = "OSINT_GRAPH_WORKER_START"
PRELOAD_ENV = "OSINT_GRAPH_PRELOAD_MODEL"  # set in the server's environment only: the model to load ("" = default)
PRELOAD_MODULE = "osint_graph.ingest.preload"
START_METHODS = ("forkserver", "spawn")

# In a worker forked from the server: the settings the preloaded pipeline was built under (preload.py).
preloaded_key: tuple | None = None

_start_lock = threading.Lock()


def start_method(platform: str = sys.platform, available: list[str] | None = None) -> str:
    """'forkserver' on Linux (when this Python has it), else 'spawn'; $OSINT_GRAPH_WORKER_START overrides."""
    import multiprocessing

    asked = (os.environ.get(START_ENV) or "").strip().lower()
    if asked and asked not in START_METHODS:
        raise ValueError(f"${START_ENV} must be forkserver or spawn, not {asked!r}")
    methods = available if available is not None else multiprocessing.get_all_start_methods()
    if asked:
        return asked if asked in methods else "spawn"
    return "forkserver" if platform.startswith("linux") and "forkserver" in methods else "spawn"


def settings_key(model: str | None, environ=None) -> tuple:
    """What a pipeline's build depends on besides the code: the model asked for and the OSINT_GRAPH_* variables."""
    environ = os.environ if environ is None else environ
    own = (START_ENV, PRELOAD_ENV)
    variables = sorted((k, v) for k, v in environ.items() if k.startswith("OSINT_GRAPH_") and k not in own)
    return (model or "", tuple(variables))


def leading_path(path: list[str] | None = None, stdlib: str | None = None) -> list[str]:
    """The entries of `path` (sys.path) before the standard library's, absolute, without '' (the current
    folder, which the server has too): the script's folder, PYTHONPATH and folders a script inserted."""
    path = sys.path if path is None else path
    stdlib = stdlib or os.path.dirname(os.__file__)
    zipped = f"python{sys.version_info[0]}{sys.version_info[1]}.zip"
    out: list[str] = []
    for entry in path:
        if entry == stdlib or entry.endswith(zipped):
            break
        if entry and os.path.abspath(entry) not in out:
            out.append(os.path.abspath(entry))
    return out


@contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def context(model: str | None):
    """The multiprocessing context for the local pool; a forkserver is started (once a process) with
    the pipeline of `model` preloaded. A server already running is kept: its workers check its key."""
    import multiprocessing

    method = start_method()
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        from multiprocessing import forkserver

        with _start_lock:
            ctx.set_forkserver_preload([PRELOAD_MODULE])
            path = os.pathsep.join(leading_path())
            with _environ({PRELOAD_ENV: model or "", "PYTHONPATH": path}):
                forkserver.ensure_running()  # nothing when it runs already
    return ctx
