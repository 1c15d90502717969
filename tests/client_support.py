"""Running the real clients that analysts open our exports in (Gephi toolkit, cytoscape.js, ...).

A client that cannot be had here (no Java or Maven, no Node) skips its test with the
reason; with OSINT_GRAPH_REQUIRE_CLIENTS=1 (set by .ci/run) that is a failure instead.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CLIENTS = REPO / "scripts" / "clients"
REQUIRE_ENV = "OSINT_GRAPH_REQUIRE_CLIENTS"


def client_unavailable(reason: str) -> None:
    """Skip, or fail when the environment requires the clients (never returns)."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {reason}", pytrace=False)
    pytest.skip(f"{reason} ({REQUIRE_ENV}=1 makes this a failure)")


def run_client(args: list[str], timeout: int = 900) -> dict:
    """Run a client script that prints one JSON object on stdout; exit 3 means 'cannot be built here'."""
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    if done.returncode == 3:
        client_unavailable(f"{Path(args[0]).name} cannot run here: {done.stderr.strip()[-500:]}")
    assert done.returncode == 0, f"{args[0]} failed ({done.returncode}):\n{done.stderr[-3000:]}"
    return json.loads(done.stdout)
