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


def test_keep_store_moves_the_store_and_its_side_files(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "0-1.lbug").write_text("db")
    (work / "0-1.lbug.wal").write_text("wal")
    (work / "0-10.other").write_text("not the store")
    kept = bench_scale.keep_store(work / "0-1.lbug", tmp_path / "kept" / "s.lbug")
    assert kept == tmp_path / "kept" / "s.lbug"
    assert kept.read_text() == "db"
    assert (tmp_path / "kept" / "s.lbug.wal").read_text() == "wal"
    assert (work / "0-10.other").exists()
    assert not (work / "0-1.lbug").exists()


def test_keep_store_refuses_an_existing_path(tmp_path):
    (tmp_path / "a.lbug").write_text("db")
    (tmp_path / "b.lbug").write_text("taken")
    with pytest.raises(SystemExit, match="exists"):
        bench_scale.keep_store(tmp_path / "a.lbug", tmp_path / "b.lbug")
    assert (tmp_path / "a.lbug").read_text() == "db"
