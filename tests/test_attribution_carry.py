"""The learned carry-on decision (osint_graph/nlp/attribution_carry.py) on texts written for it.

Made-up vessels, people, bodies and outlets; the claims component runs on the stand-alone
pipeline (bare model + the entities named here), as in tests/test_attribution_discourse.py.
The shipped weights are inactive (the story CV showed no gain over the scope rules), so the
model's own effect is tested with hand-made weights.
"""

from __future__ import annotations

from datetime import date

import pytest

from osint_graph.nlp import attribution_carry as carry

ENTITIES = {
    "VESSEL": ["Morrow Gull"],
    "PORT": ["Karsk"],
    "ORG": ["Brightwater Shipping", "Karsk Navy"],
    "PERSON": ["Lena Varga"],
}
ROLES = {"Lena Varga": "navy spokeswoman"}

PASSAGE = (
    "Lena Varga said the Morrow Gull rammed a patrol boat off Karsk on Monday. "
    "Minutes later, the Morrow Gull turned back. "
    "The Morrow Gull used full speed as it sailed on towards Karsk. "  # a verb of state ("used"): the rules'
    # event passage (attribution_event_passage.py) does not carry it, a model may
    "The Morrow Gull is owned by Brightwater Shipping."
)

# carry a past-tense account on, keep present-tense background the outlet's own, whatever the rules say
PAST_CARRIES = carry.CarryModel(
    {"bias": 0.0, "kind=carry&tense=past": 4.0, "kind=carry&tense=present": -4.0, "kind=own&tense=present": 4.0},
    margin=0.0,
    active=True,
)


@pytest.fixture(scope="module")
def run():
    from claim_standalone import run as run_doc
    from claim_standalone import standalone_pipeline

    nlp = standalone_pipeline(ENTITIES)
    return lambda text: run_doc(nlp, text, published=date(2025, 2, 3), outlet="Harbour Ledger", roles=ROLES)


def chain_of(doc, needle: str) -> list[str]:
    found = [c for c in doc._.claims if needle in c.text]
    assert found, f"no claim with {needle!r} in {[c.text for c in doc._.claims]}"
    return [a.name for a in found[0].attribution]


def test_the_shipped_weights_load_and_are_off():
    model = carry.load_model()
    assert model.active is False  # the CV gain was not clear: the rules decide by default
    assert 0.0 <= model.margin <= 1.0 and "bias" in model.weights


def test_a_weights_row_of_an_unknown_family_is_refused():
    rows = [{"feature": "active", "weight": "0"}, {"feature": "margin", "weight": "0.1"},
            {"feature": "bias", "weight": "0"}, {"feature": "vesselname=Morrow", "weight": "1"}]  # fmt: skip
    with pytest.raises(ValueError, match="unknown"):
        carry.model_from_rows(rows)
    with pytest.raises(ValueError, match="margin"):
        carry.model_from_rows(rows[2:3])


def test_every_sentence_without_a_frame_is_a_decision_point(run, monkeypatch):
    monkeypatch.setenv(carry.ENV, "record")
    doc = run(PASSAGE)
    points = {doc.text[p["start"] : p["end"]]: p for p in doc.user_data[carry.RECORD_KEY]}
    later = next(p for text, p in points.items() if text.startswith("Minutes later"))
    owned = next(p for text, p in points.items() if "owned by" in text)
    # the he-said passage: the rules carry Varga's chain on ("Minutes later" goes on with her account)
    assert [n for n, _ in later["candidates"][later["verdict"]]["chain"]] == ["Lena Varga"]
    # the outlet's own background: the rules keep no chain; Varga is a candidate all the same
    assert owned["verdict"] == 0 and owned["candidates"][0]["chain"] == []
    assert [[n for n, _ in c["chain"]] for c in owned["candidates"][1:]] == [["Lena Varga"]]
    assert owned["candidates"][0]["feats"]["kind=own&tense=present"] == 1.0


def test_by_default_the_rules_decide(run, monkeypatch):
    monkeypatch.delenv(carry.ENV, raising=False)
    doc = run(PASSAGE)
    assert chain_of(doc, "Minutes later") == ["Lena Varga"]
    assert chain_of(doc, "sailed on") == []  # no passage start: the rules end Varga's account
    assert chain_of(doc, "owned by") == []


def test_the_model_carries_a_past_account_and_keeps_background_the_outlets(run, monkeypatch):
    monkeypatch.setenv(carry.ENV, "on")
    monkeypatch.setattr(carry, "load_model", lambda: PAST_CARRIES)
    doc = run(PASSAGE)
    assert chain_of(doc, "Minutes later") == ["Lena Varga"]
    assert chain_of(doc, "sailed on") == ["Lena Varga"]  # the model overrides the rules here
    assert chain_of(doc, "owned by") == []


def test_off_leaves_the_rules_chains(run, monkeypatch):
    monkeypatch.setenv(carry.ENV, "off")
    monkeypatch.setattr(carry, "load_model", lambda: PAST_CARRIES)
    assert chain_of(run(PASSAGE), "sailed on") == []


def test_a_misspelt_switch_is_refused_not_read_as_the_files():
    assert carry.mode("ON ") == "on" and carry.mode("record") == "record" and carry.mode("") == "file"
    with pytest.raises(ValueError, match="carry_model.*'onn'"):
        carry.mode("onn")


def test_a_margin_out_of_range_or_a_switch_row_given_twice_is_refused():
    rows = [{"feature": "active", "weight": "0"}, {"feature": "margin", "weight": "0.1"},
            {"feature": "bias", "weight": "0"}]  # fmt: skip
    assert carry.model_from_rows(rows).margin == 0.1
    with pytest.raises(ValueError, match="given twice"):
        carry.model_from_rows([*rows, {"feature": "active", "weight": "1"}])
    with pytest.raises(ValueError, match="margin"):
        carry.model_from_rows([rows[0], {"feature": "margin", "weight": "1.5"}, rows[2]])
