"""Local workers forked from a forkserver that preloaded the pipeline (ingest/worker_start.py, ingest/preload.py).

The choice of start method and the settings key on made-up values; then a real pool of two: its
workers are forked from the server (not from the driver), with the pipeline preloaded and the
driver's environment, and a killed worker breaks the pool as a spawned one does.
"""

from __future__ import annotations

import os
import signal
import sys
from concurrent.futures.process import BrokenProcessPool

import pytest

from osint_graph.ingest import parallel, worker_start
from osint_graph.ingest.worker_start import START_ENV, leading_path, settings_key, start_method


@pytest.mark.parametrize(
    ("platform", "available", "asked", "method"),
    [
        ("linux", ["fork", "spawn", "forkserver"], None, "forkserver"),
        ("linux", ["fork", "spawn"], None, "spawn"),  # a Python without it
        ("darwin", ["spawn", "fork", "forkserver"], None, "spawn"),  # forking native libraries is unsafe there
        ("win32", ["spawn"], None, "spawn"),
        ("linux", ["fork", "spawn", "forkserver"], "spawn", "spawn"),
        ("darwin", ["spawn", "fork", "forkserver"], "forkserver", "forkserver"),
        ("win32", ["spawn"], "forkserver", "spawn"),  # asked for, not there
    ],
)
def test_start_method(monkeypatch, platform, available, asked, method):
    if asked:
        monkeypatch.setenv(START_ENV, asked)
    else:
        monkeypatch.delenv(START_ENV, raising=False)
    assert start_method(platform, available) == method


def test_a_misspelt_start_method_is_refused(monkeypatch):
    monkeypatch.setenv(START_ENV, "forkserve")
    with pytest.raises(ValueError, match="forkserver or spawn"):
        start_method("linux", ["forkserver", "spawn"])


def test_the_settings_key_holds_the_model_and_the_osint_graph_variables():
    env = {"OSINT_GRAPH_ENTITY_FILTER": "off", "HOME": "/x", START_ENV: "spawn", worker_start.PRELOAD_ENV: ""}
    assert settings_key(None, env) == ("", (("OSINT_GRAPH_ENTITY_FILTER", "off"),))
    assert settings_key("en_core_web_sm", {"HOME": "/y"}) == ("en_core_web_sm", ())
    assert settings_key(None, env) != settings_key(None, {})


def test_leading_path_is_what_precedes_the_standard_library(tmp_path):
    zipped = f"/usr/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip"
    path = ["", str(tmp_path / "scripts"), str(tmp_path), str(tmp_path), zipped,
            "/usr/lib/python3.11", "/venv/site-packages", "/elsewhere/checkout"]  # fmt: skip
    assert leading_path(path, stdlib="/usr/lib/python3.11") == [str(tmp_path / "scripts"), str(tmp_path)]
    assert leading_path(["/usr/lib/python3.11", "/a"], stdlib="/usr/lib/python3.11") == []


def test_a_worker_forked_with_a_pipeline_of_other_settings_loads_its_own(monkeypatch):
    """The initializer: the driver's environment first, then the preloaded pipeline kept only if its key holds."""
    built = []

    class Fake:
        def __init__(self, model=None):
            built.append((model, os.environ.get("OSINT_GRAPH_ENTITY_FILTER")))

    import osint_graph.nlp

    monkeypatch.setattr(osint_graph.nlp, "Extractor", Fake)
    monkeypatch.setattr(parallel, "_extractors", {None: "preloaded"})
    monkeypatch.setattr(worker_start, "preloaded_key", settings_key(None, {}))
    driver = {k: v for k, v in os.environ.items() if not k.startswith("OSINT_GRAPH_")}
    monkeypatch.setattr(os, "environ", os.environ.copy())  # _warm replaces it: keep the test's own
    parallel._warm(None, driver)
    assert parallel._extractors[None] == "preloaded" and built == []  # the same settings: kept
    parallel._warm(None, {**driver, "OSINT_GRAPH_ENTITY_FILTER": "off"})
    assert isinstance(parallel._extractors[None], Fake) and built == [(None, "off")]


def _who() -> tuple:
    return (os.getpid(), os.getppid(), worker_start.preloaded_key, worker_start.settings_key(None),
            os.environ.get("SCALE_TEST_MARK"), os.environ.get(worker_start.PRELOAD_ENV))  # fmt: skip


@pytest.mark.skipif(start_method() != "forkserver", reason="workers are spawned here")
def test_local_workers_are_forked_from_a_server_with_the_pipeline_loaded(monkeypatch):
    monkeypatch.setenv("SCALE_TEST_MARK", "driver's")  # set after the server may have started: still seen
    with parallel.local_pool(2, None) as pool:
        pid, parent, preloaded, key, mark, preload_env = pool.submit(_who).result()
    assert parent != os.getpid() and pid != os.getpid()  # the server's child, not the driver's
    assert mark == "driver's" and preload_env is None  # the driver's environment, not the server's
    assert preloaded is not None and preloaded[0] == ""  # the default model, preloaded in the server


def _pid() -> int:
    return os.getpid()


def test_a_killed_worker_breaks_the_pool():
    with parallel.local_pool(2, None) as pool:
        os.kill(pool.submit(_pid).result(), signal.SIGKILL)
        with pytest.raises(BrokenProcessPool):
            for _ in range(20):
                pool.submit(_pid).result()
