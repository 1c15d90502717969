"""scripts/annotator_agreement.py scores a second annotation against the first with evaluate.py's metrics.

Two made-up annotations of one made-up text differ in known ways; the test asserts the
exact figures that follow from them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import annotator_agreement  # noqa: E402  (scripts/annotator_agreement.py)

TEXT = (
    "Tanker Grey Heron held\n"
    "KARSVIK (Wirewatch) -- The Varnel coast guard said it boarded the Grey Heron with 4,000 tonnes "
    "of fuel and 12 crew. Officials said the crew may be released."
)
S1 = "Tanker Grey Heron held"
S2 = TEXT[TEXT.index("KARSVIK") : TEXT.index(" Officials")]
S3 = TEXT[TEXT.index("Officials") :]


def span(sub: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return {"text": sub, "start": start, "end": start + len(sub)}


def ent(etype: str, name: str, *spans: dict) -> dict:
    return {"type": etype, "name": name, "mentions": list(spans)}


def fig(sub: str, value, unit: str) -> dict:
    return span(sub) | {"value": value, "unit": unit, "qualifier": None}


def claim(sentence: str, chain: list[str], hedged: bool = False) -> dict:
    start = TEXT.index(sentence)
    return {"start": start, "end": start + len(sentence), "kind": "incident", "entities": [], "figures": [],
            "attribution": chain, "hedged": hedged, "negated": False}  # fmt: skip


HERON = ent("Vessel", "Grey Heron", span("Grey Heron"), span("Grey Heron", 1))
WIRE, VARNEL = ent("Outlet", "Wirewatch", span("Wirewatch")), ent("Country", "Varnel", span("Varnel"))
A = {
    "id": "d001_heron",
    "entities": [HERON, WIRE, VARNEL, ent("Location", "Karsvik", span("KARSVIK"))],
    "figures": [fig("4,000 tonnes", 4000, "tonne"), fig("12 crew", 12, "crew member")],
    "claims": [
        claim(S1, []),
        claim(S2, ["Wirewatch", "Varnel"]),
        claim(S3, ["Wirewatch", "Varnel"], hedged=True),
    ],
}
# B: the dateline city typed Port (A: Location), "crew" as the unit (README: `crew member`),
# the headline claim left out, the outlet dropped from S2's chain, S3 not hedged.
B = {
    "id": "d001_heron",
    "entities": [HERON, WIRE, VARNEL, ent("Port", "Karsvik", span("KARSVIK"))],
    "figures": [fig("4,000 tonnes", 4000, "tonne"), fig("12 crew", 12, "crew")],
    "claims": [claim(S2, ["Varnel"]), claim(S3, ["Wirewatch", "Varnel"])],
}


def test_agreement_gives_the_figures_the_differences_imply():
    m = annotator_agreement.agreement({"d001_heron": A}, {"d001_heron": B}, frozenset())
    assert m["ids"] == ["d001_heron"]
    # 3 of 4 entities agree on type + name: Karsvik is a miss (Location) and an extra (Port)
    assert (m["entity_micro_precision"], m["entity_micro_recall"], m["entity_micro_f1"]) == (0.75, 0.75, 0.75)
    assert m["entity_by_type"]["Location"] == {"precision": 1.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert m["entity_by_type"]["Port"]["fp"] == 1 and m["entity_f1_by_type"]["Vessel"] == 1.0
    assert m["vessel_recall_unknown"] == 1.0
    # "crew" is not "crew member": one figure of two agrees
    assert (m["figure_precision"], m["figure_recall"], m["figure_f1"]) == (0.5, 0.5, 0.5)
    # 2 of 3 claims of A found; both origins agree; one chain of two; the one hedge missed
    assert m["claim_recall"] == pytest.approx(2 / 3) and m["claim_precision"] == 1.0
    assert (m["attribution_origin_accuracy"], m["chain_accuracy"]) == (1.0, 0.5)
    assert (m["hedge_precision"], m["hedge_recall"], m["hedge_f1"]) == (1.0, 0.0, 0.0)


def test_identical_annotations_agree_fully_and_the_swap_exchanges_precision_and_recall():
    same = annotator_agreement.agreement({"x": A}, {"x": A}, frozenset())
    for key in ("entity_micro_f1", "figure_f1", "claim_recall", "attribution_origin_accuracy", "chain_accuracy"):
        assert same[key] == 1.0
    swapped = annotator_agreement.agreement({"x": B}, {"x": A}, frozenset())
    assert swapped["claim_recall"] == 1.0 and swapped["claim_precision"] == pytest.approx(2 / 3)
    # the hedge A lacks is now a false positive; A's zero hedges give recall 1 by definition
    assert swapped["hedge_precision"] == 0.0 and swapped["hedge_recall"] == 1.0


def test_the_command_scores_shared_ids_and_refuses_folders_with_none(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "d001_heron.json").write_text(json.dumps(A), encoding="utf-8")
    (a / "d002_only_in_a.json").write_text(json.dumps(A), encoding="utf-8")
    (b / "d001_heron.json").write_text(json.dumps(B), encoding="utf-8")
    assert annotator_agreement.main([str(a), str(b), "--json"]) == 0
    m = json.loads(capsys.readouterr().out)
    assert m["ids"] == ["d001_heron"] and m["figure_f1"] == 0.5 and m["chain_accuracy"] == 0.5
    assert annotator_agreement.main([str(a), str(b), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "entity missed: Location 'Karsvik'" in out and "claim hedge:" in out
    (b / "d001_heron.json").rename(b / "d009_other.json")
    assert annotator_agreement.main([str(a), str(b)]) == 2


def test_a_gold_file_that_is_not_json_is_refused_by_name(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "d001_heron.json").write_text(json.dumps(A), encoding="utf-8")
    (b / "d001_heron.json").write_text(json.dumps(B)[:-1], encoding="utf-8")  # a cut-off file
    assert annotator_agreement.main([str(a), str(b)]) == 2
    assert str(b / "d001_heron.json") in capsys.readouterr().err
