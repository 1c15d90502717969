"""The evaluator's origin accuracy by the predicted attribution basis (scripts/evalkit/attribution_basis.py).

Made-up gold and predicted claims, each prediction with the basis the extractor would record: the
counts per basis, the missing_source error under the basis that fired for the empty chain, the
extra_source one under the rule that gave a chain, and the dev-test shortfall over these dimensions.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from evalkit.attribution_basis import BASIS_DIMENSIONS, origin_by_basis  # noqa: E402
from evalkit.attribution_context import shortfall_table  # noqa: E402

# (gold chain, predicted chain, predicted basis, predicted source rule)
CLAIMS = [
    (["Karsk Navy"], ["Karsk Navy"], "frame_verb", "head_entity"),  # right
    (["Lena Varga"], ["Lena Varga"], "resolved_subject", "coreference"),  # right
    (["Lena Varga"], ["Karsk Navy"], "resolved_subject", "coreference"),  # wrong origin
    (["Karsk Navy"], [], "background", None),  # missing_source, a carried chain dropped
    (["Karsk Navy"], [], "none", None),  # missing_source, nothing fired
    ([], ["Karsk Navy"], "passage", "head_entity"),  # extra_source from a carried passage
    ([], [], "none", None),  # right: the outlet's own voice
]
ENTITIES = {"Karsk Navy": "Organization", "Lena Varga": "Person"}


def _triples() -> list[tuple[str, dict, dict]]:
    gold_claims, pred_claims = [], []
    for i, (g_chain, p_chain, basis, rule) in enumerate(CLAIMS):
        base = {"start": i * 100, "end": i * 100 + 50, "kind": "statement", "hedged": False, "negated": False}
        gold_claims.append(dict(base, entities=[], figures=[], attribution=g_chain))
        pred_claims.append(
            dict(
                base,
                id=f"c{i}",
                attribution=[{"entity": None, "name": n, "verb": None} for n in p_chain],
                attribution_basis=basis,
                source_rule=rule,
            )
        )
    entities = [{"type": t, "name": n, "mentions": []} for n, t in ENTITIES.items()]
    gold = {"entities": entities, "figures": [], "claims": gold_claims}
    pred = {"entities": [], "figures": [], "dates": [], "claims": pred_claims}
    return [("x1", gold, pred)]


def test_counts_by_predicted_basis():
    cells = origin_by_basis(_triples())
    assert set(cells) == set(BASIS_DIMENSIONS)
    basis = cells["basis"]
    assert {v: (c["n"], c["origin_right"]) for v, c in basis.items()} == {
        "frame_verb": (1, 1),
        "resolved_subject": (2, 1),
        "background": (1, 0),
        "none": (2, 1),
        "passage": (1, 0),
    }
    assert basis["background"]["origin_errors"] == {"missing_source": 1}
    assert basis["none"]["origin_errors"] == {"missing_source": 1}
    assert basis["passage"]["origin_errors"] == {"extra_source": 1}
    assert basis["resolved_subject"]["origin_accuracy"] == 0.5


def test_families_rules_and_gold_crossing():
    cells = origin_by_basis(_triples())
    families = {v: c["n"] for v, c in cells["basis_family"].items()}
    assert families == {"own_sentence": 3, "empty": 3, "carried": 1}
    assert {v: c["n"] for v, c in cells["source_rule"].items()} == {"n/a": 3, "coreference": 2, "head_entity": 2}
    crossed = cells["basis_x_gold"]
    assert crossed["none/attributed"]["origin_right"] == 0
    assert crossed["none/unattributed"]["origin_right"] == 1
    assert crossed["passage/unattributed"]["origin_errors"] == {"extra_source": 1}


def test_a_prediction_without_basis_is_unknown():
    ((stem, gold, pred),) = _triples()
    for c in pred["claims"]:
        c.pop("attribution_basis")
    cells = origin_by_basis([(stem, gold, pred)])
    assert cells["basis"]["unknown"]["n"] == len(CLAIMS)
    assert cells["basis_family"]["unknown"]["n"] == len(CLAIMS)


def test_shortfall_over_basis_dimensions():
    dev = origin_by_basis(_triples())
    ((stem, gold, pred),) = _triples()
    for c in pred["claims"]:  # on "test" every resolved subject goes wrong
        if c["attribution_basis"] == "resolved_subject":
            c["attribution"] = [{"entity": None, "name": "Someone Else", "verb": None}]
    test = origin_by_basis([(stem, gold, pred)])
    rows = shortfall_table(dev, test, dimensions=BASIS_DIMENSIONS)
    top = rows[0]
    assert (top["dimension"], top["value"]) in {("basis", "resolved_subject"), ("source_rule", "coreference")}
    assert top["shortfall"] == 2 * 0.5


def test_gap_script_lines_up_the_bases(tmp_path, capsys):
    import json

    import origin_context_gap  # scripts/origin_context_gap.py

    dev = origin_by_basis(_triples())
    ((stem, gold, pred),) = _triples()
    pred["claims"][0]["attribution"] = []  # on "test" the frame-verb claim loses its source
    test = origin_by_basis([(stem, gold, pred)])
    paths = []
    for name, cells in (("dev", dev), ("test", test)):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps({"origin_by_basis": cells, "origin_by_context": {}}), encoding="utf-8")
        paths.append(str(path))
    assert origin_context_gap.main([*paths, "--basis"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "| basis | frame_verb | 1 | 1.000 | 1 | 0.000 | +1.0 |" in lines
