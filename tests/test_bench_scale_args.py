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


@pytest.mark.parametrize(
    ("run", "expected"),
    [("1", (1, None)), ("2", (2, None)), ("2spawn", (2, "spawn")), ("4forkserver", (4, "forkserver"))],
)
def test_a_local_run_names_its_workers_and_start_method(run, expected):
    assert bench_scale.local_run(run) == expected


@pytest.mark.parametrize("run", ["0", "spawn", "2fork", "dask", "-1"])
def test_not_a_local_run(run):
    assert not bench_scale.is_local_run(run)


def _run(articles: int, seconds: float, cpu: float) -> dict:
    """A made-up run: `cpu` seconds in all (the writer's process, no workers), one main-thread region."""
    return {"articles": articles, "seconds": seconds,
            "cpu": {"process": cpu, "local workers": 0.0, "main": {"other": 0.1}}}  # fmt: skip


def test_runs_named_again_start_new_rounds_and_ratios_stay_within_their_round():
    first = [("1", _run(100, 10.0, 20.0)), ("2", _run(100, 5.0, 10.0)), ("2spawn", _run(100, 6.0, 12.0))]
    second = [("1", _run(100, 20.0, 40.0)), ("2", _run(100, 12.5, 25.0)), ("2spawn", _run(100, 10.0, 20.0))]
    results = first + second
    rounds = bench_scale.rounds_of(results)
    assert [list(r) for r in rounds] == [["1", "2", "2spawn"], ["1", "2", "2spawn"]]
    assert rounds[1]["1"]["seconds"] == 20.0
    # round 1: 10 / 5 = 2.0 (CPU: 20 / 2 over 10 / 2); round 2: 20 / 12.5 = 1.6, not 10 / 12.5 across rounds
    assert bench_scale.speed_ratios(results, "2") == [(2.0, 2.0), (1.6, 1.6)]
    assert bench_scale.speed_ratios(results, "2spawn") == [(10 / 6, 20 / 12), (2.0, 2.0)]
    assert bench_scale.speed_ratios(results, "dask") == []


def test_a_round_without_its_one_process_run_gives_no_ratio():
    results = [("1", _run(10, 1.0, 1.0)), ("2", _run(10, 0.5, 1.0)), ("2", _run(10, 0.5, 1.0))]
    assert bench_scale.speed_ratios(results, "2") == [(2.0, 1.0)]
