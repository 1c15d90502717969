"""The evaluator's origin accuracy by attribution context (scripts/evalkit/attribution_context.py).

A made-up article with one claim per context: the gold and a prediction (two origins wrong) go
through `origin_by_context` with the spaCy model, and the counts per dimension come out as the
context of each claim says; the totals agree with `evaluate.score`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import evaluate  # noqa: E402  (scripts/evaluate.py)
from evalkit.attribution_context import _head_place, origin_by_context, shortfall_table  # noqa: E402

TEXT = (
    "The freighter Orvik Star lost power near Port Halm on Monday.\n"
    "The Karsk Navy said that a tug reached the ship within hours.\n"
    "It added that the crew of twelve was safe.\n"
    "Lena Varga, a spokesperson for Orvik Lines, told reporters the engine had failed.\n"
    "According to the Karsk Navy, the tow would take two days.\n"
    "The storm had eased by Tuesday.\n"
    "This article first appeared in Wirewatch.\n"
)

# (claim sentence's first words, gold chain, predicted chain)
CLAIMS = [
    ("The freighter", ["Wirewatch"], ["Wirewatch"]),  # outlet_line (the credit line), no frame: right
    ("The Karsk Navy said", ["Karsk Navy"], ["Karsk Navy"]),  # same_sentence, verb before: right
    ("It added", ["Karsk Navy"], []),  # carried 1 back, pronoun speaker: missing_source
    ("Lena Varga", ["Lena Varga"], ["Lena Varga"]),  # same_sentence Person, name: right
    ("According to", ["Karsk Navy"], ["Karsk Navy"]),  # same_sentence, according_to before: right
    ("The storm", [], ["Karsk Navy"]),  # unattributed: extra_source
]
ENTITIES = {
    "Wirewatch": ("Outlet", ["Wirewatch"]),
    "Karsk Navy": ("Organization", ["Karsk Navy"]),
    "Lena Varga": ("Person", ["Lena Varga"]),
    "Orvik Lines": ("Organization", ["Orvik Lines"]),
}


def _sentence(first_words: str) -> tuple[int, int]:
    start = TEXT.index(first_words)
    return start, TEXT.index("\n", start)


def _gold_and_pred() -> tuple[dict, dict]:
    entities = [
        {
            "type": etype,
            "name": name,
            "mentions": [
                {"text": form, "start": m.start(), "end": m.end()}
                for form in forms
                for m in re.finditer(re.escape(form), TEXT)
            ],
        }
        for name, (etype, forms) in ENTITIES.items()
    ]
    gold_claims, pred_claims = [], []
    for i, (words, g_chain, p_chain) in enumerate(CLAIMS):
        start, end = _sentence(words)
        base = {"start": start, "end": end, "kind": "statement", "hedged": False, "negated": False}
        gold_claims.append(dict(base, entities=[], figures=[], attribution=g_chain))
        pred_claims.append(
            dict(base, id=f"c{i}", attribution=[{"entity": None, "name": n, "verb": None} for n in p_chain])
        )
    gold = {"entities": entities, "figures": [], "claims": gold_claims}
    pred = {"entities": [], "figures": [], "dates": [], "claims": pred_claims}
    return gold, pred


@pytest.fixture(scope="module")
def contexts() -> dict:
    spacy = pytest.importorskip("spacy")
    from osint_graph.nlp.pipeline import resolve_model_name

    try:
        nlp = spacy.load(resolve_model_name(None), exclude=["ner"])
    except OSError:
        pytest.skip("no spaCy model installed")
    gold, pred = _gold_and_pred()
    return origin_by_context([("x1", gold, pred)], {"x1": TEXT}, nlp)


def _counts(cells: dict) -> dict[str, tuple[int, int]]:
    return {value: (c["n"], c["origin_right"]) for value, c in cells.items()}


def test_where_each_claim_is_placed(contexts):
    assert _counts(contexts["where"]) == {
        "same_sentence": (3, 3),
        "outlet_line": (1, 1),
        "earlier_other_paragraph": (1, 0),  # "It added" on the line after the Karsk Navy's
        "unattributed": (1, 0),
    }
    assert contexts["where"]["earlier_other_paragraph"]["origin_errors"] == {"missing_source": 1}
    assert contexts["where"]["unattributed"]["origin_errors"] == {"extra_source": 1}


def test_types_lengths_and_distance(contexts):
    assert _counts(contexts["origin_type"]) == {
        "Organization": (3, 2),
        "Outlet": (1, 1),
        "Person": (1, 1),
        "unattributed": (1, 0),
    }
    assert _counts(contexts["chain_length"]) == {"1": (5, 4), "0": (1, 0)}
    assert _counts(contexts["sentences_back"]) == {"0": (3, 3), "1": (1, 0), "none": (1, 1), "n/a": (1, 0)}


def test_frames_and_references(contexts):
    kinds = _counts(contexts["frame_kind"])
    assert kinds["according_to"] == (1, 1)
    assert kinds["verb"] == (3, 2)  # said, added, told
    assert kinds["none"] == (2, 1)  # the credited sentence and the outlet's own voice
    refs = _counts(contexts["reference"])
    assert refs["name"][0] + refs.get("descriptor", (0, 0))[0] == 3  # the Karsk Navy may be tagged NOUN
    assert refs["pronoun_speaker"] == (1, 0)  # "It added"
    assert refs["no_frame"] == (1, 1)
    positions = _counts(contexts["frame_position"])
    assert positions["before"] == (4, 3)  # said that, It added that, told, According to X, C


def test_totals_agree_with_score(contexts):
    gold, pred = _gold_and_pred()
    m = evaluate.score([("x1", gold, pred)])
    for cells in contexts.values():
        assert sum(c["n"] for c in cells.values()) == m["n_claims_found"]
        right = sum(c["origin_right"] for c in cells.values())
        assert right / m["n_claims_found"] == m["attribution_origin_accuracy"]


def test_shortfall_orders_by_count_times_gap():
    dev = {"where": {"a": {"n": 10, "origin_accuracy": 0.9}, "b": {"n": 10, "origin_accuracy": 0.9}}}
    test = {"where": {"a": {"n": 10, "origin_accuracy": 0.8}, "b": {"n": 40, "origin_accuracy": 0.85}}}
    rows = shortfall_table(dev, test)
    assert [r["value"] for r in rows] == ["b", "a"]
    assert rows[0]["shortfall"] == pytest.approx(2.0)


def test_where_crossed_with_frame(contexts):
    assert _counts(contexts["where_x_frame"])["unattributed/none"] == (1, 0)
    assert _counts(contexts["where_x_frame"])["outlet_line/none"] == (1, 1)


def test_head_place_of_the_credit_line(contexts):
    # only "The freighter" has an Outlet head, named on the short last line
    assert _counts(contexts["head_place"]) == {"n/a": (5, 3), "last_lines/credit": (1, 1)}


def test_head_place_by_line_and_shape():
    text = (
        "Tanker Halm Drifts Off Karsk\n"
        "\n"
        "By Nordic Daily staff\n"
        "The tanker Halm drifted for a day after its engine failed, the crew told the port, which is a long way off.\n"
        "Tugs reached it on Friday.\n"
        "A second line of prose about the tow and the weather and the port and the cargo and more.\n"
        "Another line.\n"
        "More.\n"
        "The end.\n"
    )
    gold = {
        "entities": [
            {"name": "Nordic Daily", "type": "Outlet", "mentions": [{"start": text.index("Nordic"), "end": 0}]},
            {"name": "Karsk", "type": "Country", "mentions": [{"start": text.index("Karsk"), "end": 0}]},
            {"name": "Wirewatch", "type": "Outlet", "mentions": []},
        ]
    }
    claim = text.index("Tugs"), text.index(" on Friday")
    assert _head_place(["Nordic Daily", "Karsk"], gold, text, *claim) == "top_lines/credit"
    assert _head_place(["Karsk"], gold, text, *claim) == "n/a"  # the head is no Outlet
    assert _head_place([], gold, text, *claim) == "n/a"
    assert _head_place(["Wirewatch"], gold, text, *claim) == "not_in_text"
    # named in the claim's own sentence: no credit line at all
    own = text.index("By Nordic"), text.index("\nThe tanker")
    assert _head_place(["Nordic Daily"], gold, text, *own) == "n/a"
    gold["entities"][0]["mentions"] = [{"start": text.index("the port, which"), "end": 0}]
    assert _head_place(["Nordic Daily"], gold, text, *claim) == "top_lines/prose"


def test_shortfall_of_chain_accuracy():
    dev = {"where": {"a": {"n": 10, "origin_accuracy": 0.9, "chain_accuracy": 0.9}}}
    test = {"where": {"a": {"n": 20, "origin_accuracy": 0.9, "chain_accuracy": 0.7}}}
    assert shortfall_table(dev, test)[0]["shortfall"] == pytest.approx(0.0)
    assert shortfall_table(dev, test, "chain")[0]["shortfall"] == pytest.approx(4.0)


def test_credit_forms():
    from evalkit.attribution_context import _credit_form

    assert _credit_form("By Nordic Daily staff", "Nordic Daily") == "by"
    assert _credit_form("Source: Wirewatch", "Wirewatch") == "source"
    assert _credit_form("Photo: Wirewatch/Handout", "Wirewatch") == "photo"
    assert _credit_form("(Wirewatch)", "Wirewatch") == "name_only"
    assert _credit_form("Wirewatch | March 3, 2025", "Wirewatch") == "dated"
    assert _credit_form("Wirewatch | World", "Wirewatch") == "separated"
    assert _credit_form("Wirewatch reporters in Karsk", "Wirewatch") == "other"


def test_credit_names():
    from evalkit.attribution_context import _credit_names

    assert _credit_names("Jane Roe | Wirewatch | March 3, 2025", "Wirewatch") == "writer_before"
    assert _credit_names("By Ola Berg-Lund, Wirewatch", "Wirewatch") == "writer_before"
    assert _credit_names("Wirewatch | Jane Roe", "Wirewatch") == "writer_after"
    assert _credit_names("Karsk | Wirewatch | Updated: March 3, 2025", "Wirewatch") == "outlet_alone"
    assert _credit_names("Published March 3, 2025 by Wirewatch", "Wirewatch") == "outlet_alone"


def test_credit_form_follows_head_place(contexts):
    assert _counts(contexts["credit_form"]) == {"n/a": (5, 3), "other": (1, 1)}
    assert _counts(contexts["credit_names"]) == {"n/a": (5, 3), "outlet_alone": (1, 1)}
    # the made-up "Wirewatch" is in no registry
    assert _counts(contexts["head_listed"]) == {"n/a": (5, 3), "unlisted/credit": (1, 1)}


def test_head_listed_reads_the_registry():
    from evalkit.attribution_context import _head_listed

    text = "Reuters | March 3, 2025\nThe ship sank."
    gold = {"entities": [{"name": "Reuters", "type": "Outlet", "mentions": [{"start": 0, "end": 7}]}]}
    assert _head_listed(["Reuters"], gold, text, "first_line/credit") == "listed/credit"
    assert _head_listed(["Reuters"], gold, text, "n/a") == "n/a"
