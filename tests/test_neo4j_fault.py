"""Issue 15, Deliver: Neo4j killed in the middle of an ingest, restarted, and the ingest run again.

The test runs its own Neo4j (scripts/neo4j in a scratch cache folder, the jars shared with
the usual cache), so that killing it costs no other test its server. It ingests part of the
sample corpus cleanly, empties the database, ingests again and SIGKILLs the server after the
second batch, restarts it with its data (`scripts/neo4j restart`), runs the same ingest
again, and requires the counts of the clean run.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest
from neo4j_support import neo4j_unavailable, wipe

from osint_graph import api
from osint_graph.ingest.isolation import StoreUnavailable
from osint_graph.resources import sources_dir
from osint_graph.store.neo4j_store import Neo4jStore

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "neo4j"
ARTICLES = sorted((sources_dir() / "articles").glob("a*.md"))[:8]


def neo4j_version() -> str:
    return re.search(r"<neo4j\.version>([^<]+)<", (ROOT / "scripts" / "neo4j-pom.xml").read_text()).group(1)


def run_script(command: str, env: dict) -> dict:
    done = subprocess.run([str(SCRIPT), command], env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        neo4j_unavailable(f"scripts/neo4j {command} failed: {done.stderr.strip().splitlines()[-1:]}")
    return dict(re.findall(r"export (\w+)=(\S+)", done.stdout))


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    """A Neo4j of this module's own (scratch cache), stopped at the end."""
    cache = tmp_path_factory.mktemp("neo4j-fault")
    home = cache / f"neo4j-{neo4j_version()}"
    home.mkdir()
    usual = Path(os.environ.get("OSINT_GRAPH_CACHE") or Path.home() / ".cache" / "osint-graph")
    lib = usual.expanduser() / f"neo4j-{neo4j_version()}" / "lib"
    if (lib / ".complete").is_file():
        (home / "lib").symlink_to(lib)  # no second Maven resolution
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | {"OSINT_GRAPH_CACHE": str(cache)}
    exports = run_script("start", env)
    yield env, exports, home
    subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, timeout=300)


def connect(exports: dict) -> Neo4jStore:
    return Neo4jStore(
        exports["NEO4J_URI"], username=exports["NEO4J_USERNAME"], password=exports["NEO4J_PASSWORD"], database=None
    )


def kill_server(home: Path) -> None:
    state = json.loads((home / "run" / "state.json").read_text())
    os.kill(state["pid"], signal.SIGKILL)


def test_killed_mid_ingest_then_rerun_gives_the_clean_counts(own_server):
    env, exports, home = own_server
    store = connect(exports)
    try:
        report = api.ingest(ARTICLES, store, batch_size=2)
        assert report.articles == len(ARTICLES)
        clean = store.counts()
        wipe(store)

        written = []

        def kill_after_two_batches(extraction) -> None:
            written.append(extraction)
            if len(written) == 4:
                kill_server(home)

        with pytest.raises(StoreUnavailable):
            api.ingest(ARTICLES, store, batch_size=2, on_article=kill_after_two_batches)
    finally:
        store.close()

    assert run_script("restart", env)["NEO4J_URI"] == exports["NEO4J_URI"]
    store = connect(exports)
    try:
        partial = store.counts()
        assert 0 < partial[0]["Article"] < clean[0]["Article"]
        report = api.ingest(ARTICLES, store, batch_size=2)
        assert store.counts() == clean
        assert report.rejects == []
    finally:
        store.close()
