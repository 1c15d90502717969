"""scripts/bench_scale.py refuses a run it does not know before it writes a feed or starts a cluster."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import bench_scale  # noqa: E402


@pytest.mark.parametrize("runs", ["dask-default", "1,two", "0", "dask,"])
def test_an_unknown_run_is_refused_at_once(runs, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        bench_scale.main(["--runs", runs, "--articles", "1", "--workdir", str(tmp_path)])
    assert exit_.value.code == 2
    assert "unknown run" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())  # no feed was written
