"""ingest/collector.py: the collector's settings inside an ingest, and put back after it."""

from __future__ import annotations

import gc

import pytest

from osint_graph.ingest.collector import YOUNG_THRESHOLD, fewer_collections


def test_fewer_collections_raises_the_young_threshold_and_freezes_then_restores():
    before = gc.get_threshold()
    kept = [object() for _ in range(3)]  # noqa: F841 - alive when the block starts
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *before[1:])
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_an_inner_block_leaves_the_outer_one_in_force_and_an_error_restores():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        with fewer_collections(young=123):
            pass
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD and gc.get_freeze_count() > 0
        raise RuntimeError("a failed ingest")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_cycles_made_inside_are_still_collected():
    with fewer_collections():
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() >= 1
