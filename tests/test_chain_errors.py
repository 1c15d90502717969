"""The evaluator's breakdown of attribution errors by kind (scripts/evalkit/chain_errors.py).

One made-up gold/prediction pair with one claim per kind: the counts come out one each,
and the same text through `evaluate.score` gives the same aggregate (the JSON keys).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402  (scripts/evaluate.py)
from evalkit.chain_errors import CHAIN_ERROR_KINDS, ORIGIN_ERROR_KINDS  # noqa: E402

TYPES = {
    "Wirewatch": "Outlet",
    "Karsk": "Country",
    "Karsk Navy": "Organization",
    "Lena Varga": "Person",
    "Tomas Orell": "Person",
    "Orvik Lines": "Organization",
}

# (gold chain, predicted chain names, expected kind); None: origin and chain right.
CASES = [
    ([], ["Karsk Navy"], "extra_source"),
    (["Wirewatch"], [], "missing_outlet_head"),
    (["Karsk Navy"], [], "missing_source"),
    (["Wirewatch", "Karsk Navy"], ["Wirewatch"], "truncated_chain"),
    (["Karsk Navy"], ["Karsk Navy", "Lena Varga"], "extra_link"),
    (["Orvik Lines"], ["the Orvik company"], "name_mismatch"),
    (["Karsk Navy"], ["Sources"], "unknown_source"),
    (["Karsk Navy"], ["Karsk"], "type_mismatch"),
    (["Lena Varga"], ["Tomas Orell"], "wrong_antecedent"),
    (["Wirewatch", "Lena Varga"], ["Lena Varga"], "chain:missing_outlet_head"),
    (["Karsk", "Karsk Navy"], ["Karsk Navy"], "chain:missing_link"),
    (["Lena Varga"], ["Wirewatch", "Lena Varga"], "chain:extra_head"),
    (["Wirewatch", "Karsk", "Lena Varga"], ["Wirewatch", "Karsk Navy", "Lena Varga"], "chain:wrong_link"),
    (["Wirewatch", "Lena Varga"], ["Wirewatch", "Lena Varga"], None),
    ([], [], None),
]


def made_up_pair() -> tuple[dict, dict]:
    """Gold and prediction: claim i spans [10*i, 10*i+9]; entities have one mention each."""
    gold_entities = [
        {"type": t, "name": n, "mentions": [{"text": n, "start": 500 + i, "end": 501 + i}]}
        for i, (n, t) in enumerate(TYPES.items())
    ]
    ids = {n: f"e{i}" for i, n in enumerate(TYPES)}
    pred_entities = [{"id": ids[n], "type": t, "name": n, "aliases": [], "mentions": []} for n, t in TYPES.items()]
    gold_claims, pred_claims = [], []
    for i, (g_chain, p_chain, _) in enumerate(CASES):
        span = {"start": 10 * i, "end": 10 * i + 9}
        gold_claims.append(dict(span, kind="statement", entities=[], figures=[], attribution=g_chain))
        chain = [{"entity": ids.get(n), "name": n, "verb": "said"} for n in p_chain]
        pred_claims.append(dict(span, text="", kind="statement", attribution=chain, hedged=False))
    gold = {"entities": gold_entities, "figures": [], "claims": gold_claims}
    pred = {"entities": pred_entities, "figures": [], "dates": [], "claims": pred_claims}
    return gold, pred


def test_each_wrong_claim_gets_its_one_kind():
    gold, pred = made_up_pair()
    m = evaluate.score([("made-up", gold, pred)])
    assert m["origin_errors"] == {kind: 1 for kind in ORIGIN_ERROR_KINDS}
    assert m["chain_errors"] == {kind: 1 for kind in CHAIN_ERROR_KINDS}
    # the kinds add up to the accuracies' misses
    found = m["n_claims_found"]
    assert sum(m["origin_errors"].values()) == round(found * (1 - m["attribution_origin_accuracy"]))
    wrong_chains = round(found * (1 - m["chain_accuracy"]))
    assert sum(m["origin_errors"].values()) + sum(m["chain_errors"].values()) == wrong_chains


def test_each_error_line_names_its_kind():
    gold, pred = made_up_pair()
    m = evaluate.score([("made-up", gold, pred)])
    lines = [line for line in m["errors"]["made-up"] if line.startswith("claim ")]
    expected = [kind for _, _, kind in CASES if kind]
    assert [line.rsplit("(", 1)[1].rstrip(")") for line in lines] == [k.split(":")[-1] for k in expected]
    assert all(
        line.startswith("claim chain") == k.startswith("chain:") for line, k in zip(lines, expected, strict=True)
    )


def test_the_table_prints_the_breakdown(capsys):
    gold, pred = made_up_pair()
    m = evaluate.score([("made-up", gold, pred)])
    m.pop("errors")
    evaluate.print_report(m | {"n_articles": 1}, None)
    out = capsys.readouterr().out
    assert "origin errors by kind (9): extra_source 1, missing_outlet_head 1," in out
    assert "chain errors by kind (4): missing_outlet_head 1, missing_link 1, extra_head 1, wrong_link 1" in out
