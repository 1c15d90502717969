"""scripts/bench_cores.py's arithmetic on made-up timings (nothing here is timed)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import bench_cores  # noqa: E402
from bench_cores import Figures, Timing  # noqa: E402


def test_throughput_ratio_is_two_processes_work_over_ones():
    assert bench_cores.throughput_ratio(10.0, 10.0) == 2.0  # perfect scaling
    assert bench_cores.throughput_ratio(10.0, 20.0) == 1.0  # none
    assert bench_cores.throughput_ratio(58.0, 70.0) == pytest.approx(1.657, abs=1e-3)  # the README's 58 -> 70 ms
    assert math.isnan(bench_cores.throughput_ratio(1.0, 0.0))


def test_pair_wall_runs_from_the_first_start_to_the_last_end():
    assert bench_cores.pair_wall([(100.0, 111.0), (100.5, 112.5)]) == 12.5


def test_efficiency_is_the_ingest_ratio_over_the_ideal_pairs():
    assert bench_cores.efficiency(1.63, 1.70) == pytest.approx(0.9588, abs=1e-4)
    assert bench_cores.efficiency(1.8, 1.8) == 1.0
    assert math.isnan(bench_cores.efficiency(1.5, 0.0))


def made_up_figures() -> Figures:
    figures = Figures()
    # round 1: alone 10 s wall, 9.5 s CPU; the pair 12 s wall (one started 0.5 s later), 11 and 12 s CPU
    figures.add(Timing(0.0, 10.0, 9.5, "a"), [Timing(20.0, 31.5, 11.0, "a"), Timing(20.5, 32.0, 12.0, "a")])
    # round 2: alone 11 s, 10 s CPU; the pair 11 s wall, 10 and 10 s CPU
    figures.add(Timing(40.0, 51.0, 10.0, "a"), [Timing(60.0, 71.0, 10.0, "a"), Timing(60.0, 71.0, 10.0, "a")])
    # round 3: alone 9 s, 9 s CPU; the pair 15 s wall, 14 and 16 s CPU
    figures.add(Timing(80.0, 89.0, 9.0, "a"), [Timing(90.0, 105.0, 14.0, "a"), Timing(90.0, 104.0, 16.0, "a")])
    return figures


def test_figures_take_medians_over_rounds_and_ratios_within_each_round():
    figures = made_up_figures()
    assert figures.cpu_alone() == 9.5
    assert figures.cpu_pair() == 11.5  # means 11.5, 10, 15
    # each round's own ratio: 2*10/12, 2*11/11, 2*9/15 -> median 1.667
    assert figures.ratio_wall() == pytest.approx(20 / 12)
    # 2*9.5/11.5, 2*10/10, 2*9/15 -> median 1.652
    assert figures.ratio_cpu() == pytest.approx(19 / 11.5)


def test_report_flags_a_variant_whose_output_differs_and_gives_ms_per_article():
    same, other = made_up_figures(), made_up_figures()
    other.alone[0].digest = "b"
    lines = bench_cores.report({"base": same, "batch8": other, "memory": made_up_figures()}, n=100)
    assert lines[1].split()[:3] == ["base", "95.0", "115.0"]  # 9.5 s / 100 articles; 11.5 s / 100
    assert lines[1].endswith("same")
    assert lines[2].endswith("DIFFERS")
    assert lines[3].split()[:3] == ["memory", "9500.0", "11500.0"]  # loops in ms a run


def test_setup_of_merges_atoms_and_refuses_unknown_ones():
    assert bench_cores.setup_of("base") == {"env": {}}
    setup = bench_cores.setup_of("fork+freeze+arena2+batch8")
    assert setup == {"env": {"MALLOC_ARENA_MAX": "2"}, "fork": True, "gc_freeze": True, "batch_size": 8}
    for bad in ("batch0", "batchx", "forks", "base+"):
        with pytest.raises(ValueError, match="unknown variant"):
            bench_cores.setup_of(bad)


def test_main_refuses_an_unknown_variant_before_extracting(capsys):
    with pytest.raises(SystemExit) as exit_:
        bench_cores.main(["--variants", "base,fast", "--articles", "1"])
    assert exit_.value.code == 2
    assert "unknown variant" in capsys.readouterr().err
