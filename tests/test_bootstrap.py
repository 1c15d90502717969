"""Story-level bootstrap intervals of the real-set figures (scripts/evalkit/bootstrap.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import evaluate  # noqa: E402  (scripts/evaluate.py)
from evalkit import bootstrap  # noqa: E402
from evalkit.scoring import gold_as_prediction, score_real  # noqa: E402

TEXT = "The tanker Morrow Gull was seized off Karsk, the Varnian navy said."


def gold(vessel: str = "Morrow Gull") -> dict:
    start = TEXT.index("Morrow Gull")
    navy = TEXT.index("Varnian navy")
    return {
        "entities": [
            {"type": "Vessel", "name": vessel, "mentions": [{"start": start, "end": start + 11}]},
            {"type": "Organization", "name": "Varnian navy", "mentions": [{"start": navy, "end": navy + 12}]},
        ],
        "figures": [],
        "claims": [
            {
                "start": 0,
                "end": len(TEXT),
                "kind": "event",
                "attribution": ["Varnian navy"],
                "entities": [vessel],
                "hedged": False,
                "negated": False,
            }
        ],
    }


def wrong(g: dict) -> dict:
    """A prediction that finds the claim but gives it no source and names no entity."""
    pred = gold_as_prediction(g)
    pred["entities"] = []
    pred["claims"][0]["attribution"] = []
    return pred


def triples(n_right: int, n_wrong: int, prefix: str) -> list[tuple[str, dict, dict]]:
    out = [(f"{prefix}r{i}", gold(), gold_as_prediction(gold())) for i in range(n_right)]
    return out + [(f"{prefix}w{i}", gold(), wrong(gold())) for i in range(n_wrong)]


def test_a_perfect_split_has_a_degenerate_interval_at_one():
    rows = triples(4, 0, "d")
    placement = {stem: ("dev", f"story{i}") for i, (stem, _, _) in enumerate(rows)}
    iv = bootstrap.split_intervals(rows, placement, draws=200)["dev"]
    for key in ("entity_micro_f1", "claim_recall", "attribution_origin_accuracy", "chain_accuracy"):
        assert iv[key] == {"value": 1.0, "low": 1.0, "high": 1.0}


def test_the_value_is_the_aggregate_and_the_interval_brackets_it():
    rows = triples(3, 3, "d")
    placement = {stem: ("dev", f"story{i}") for i, (stem, _, _) in enumerate(rows)}
    iv = bootstrap.split_intervals(rows, placement, draws=500)["dev"]
    whole = score_real(rows)
    for key in ("entity_micro_f1", "attribution_origin_accuracy"):
        assert iv[key]["value"] == whole[key]
        assert iv[key]["low"] < whole[key] < iv[key]["high"]


def test_stories_are_drawn_whole_not_their_articles():
    # one story holding right and wrong articles: every draw is that story, so no spread at all
    rows = triples(3, 3, "d")
    one_story = {stem: ("dev", "only") for stem, _, _ in rows}
    iv = bootstrap.split_intervals(rows, one_story, draws=300)["dev"]["attribution_origin_accuracy"]
    assert iv["low"] == iv["value"] == iv["high"] == 0.5
    # the same articles as six stories spread out
    six = {stem: ("dev", stem) for stem, _, _ in rows}
    iv = bootstrap.split_intervals(rows, six, draws=300)["dev"]["attribution_origin_accuracy"]
    assert iv["low"] < 0.5 < iv["high"]


def test_the_gap_is_dev_minus_test_and_deterministic():
    dev, test = triples(4, 0, "d"), triples(2, 2, "t")
    placement = {stem: ("dev", stem) for stem, _, _ in dev} | {stem: ("test", stem) for stem, _, _ in test}
    first = bootstrap.split_intervals(dev + test, placement, draws=300)
    again = bootstrap.split_intervals(dev + test, placement, draws=300)
    assert first == again
    gap = first["gap"]["attribution_origin_accuracy"]
    assert gap["value"] == 0.5 and gap["low"] <= 0.5 <= gap["high"] and gap["high"] <= 1.0
    assert set(first) == {"dev", "test", "gap"}


def test_bootstrap_needs_the_real_set(capsys):
    assert evaluate.main(["--bootstrap"]) == 2
    assert "--bootstrap needs --real" in capsys.readouterr().err
