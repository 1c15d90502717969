"""A learned hedge decision: is a claim presented as uncertain?

The hedge rules (`modality.py`, `sources/rules/modality/`) were fitted to the dev articles and did
not carry to unseen prose as well (issue 12).  This module describes each claim by cheap features
-- the rules' verdict and which rule gave it, the hedge cues of the clause by kind and place
(`modality.cue_class`, `modality.cue_place`), the words of `hedge_model/cue_lemmas.txt` in the
clause and in the rest of its sentence (the attribution frame), the frame's verb, negation,
question, future, condition, the length of the chain -- and scores it with a logistic regression
whose weights are data: `sources/rules/hedge_model/weights.csv`, written by
`scripts/train_hedge_model.py` from the real-article dev split and tests/gold.

`osint_claims` asks `decide` for every claim: the rules' verdict when the model is off (the weights
file has threshold 0, or `OSINT_GRAPH_HEDGE_MODEL=off`), else probability >= threshold.  The
features of the last run are kept in `doc.user_data[FEATURES_KEY]` as {claim id: features} (the
trainer reads them).

Format of weights.csv: that of the entity filter's (`entity_filter.py`): `feature,weight` rows,
`#` comments, required `threshold` (0..1; 0 = the rules decide) and `bias`; a feature is
`family=value` or two joined by `&`, of the families of `hedge_model/families.txt`.
"""

from __future__ import annotations

import os
from functools import cache

from spacy.tokens import Span, Token

from osint_graph.nlp import modality
from osint_graph.nlp.entity_filter import FilterModel, model_from_rows
from osint_graph.nlp.rules import table, words

ENV = "OSINT_GRAPH_HEDGE_MODEL"
RULE_NAME = "hedge_model/weights"
FEATURES_KEY = ("osint", "hedge_features")
FAMILIES = words("hedge_model/families")
CUE_LEMMAS = words("hedge_model/cue_lemmas")
CONDITIONAL = words("modality/conditional_markers")
RULE_PARTS = ("frame", "clause", "governing")


def _cue_word(tok: Token) -> str | None:
    if tok.lower_ in CUE_LEMMAS:
        return tok.lower_
    return tok.lemma_.lower() if tok.lemma_.lower() in CUE_LEMMAS else None


def _frame_verb(span: Span, main: Token) -> str:
    """The verb outside the clause that governs it ('X said C', 'it is claimed that C'), or none."""
    node = main
    for _ in range(8):  # a parse is shallow
        head = node.head
        if head.i == node.i:
            return "none"
        if not span.start <= head.i < span.end:
            return head.lemma_.lower() if head.pos_ in ("VERB", "AUX") else "none"
        node = head
    return "none"


def _clause_features(span: Span, main: Token) -> dict[str, float]:
    out: dict[str, float] = {}
    for tok in span:
        kind = modality.cue_class(tok)
        if kind is not None:
            place = modality.cue_place(tok, main)
            out[f"cue={kind}"] = 1.0
            out[f"cue={kind}&at={place}"] = 1.0
        word = _cue_word(tok)
        if word is not None:
            out[f"lemma={word}"] = 1.0
            if tok.i == main.i or tok.head.i == main.i:
                out[f"lemma={word}&on_main=1"] = 1.0
    return out


def _sentence_features(span: Span, main: Token) -> dict[str, float]:
    sent = main.sent
    out: dict[str, float] = {f"frame_verb={_frame_verb(span, main)}": 1.0}
    for tok in sent:
        if span.start <= tok.i < span.end:
            continue
        word = _cue_word(tok)
        if word is not None:
            out[f"frame={word}"] = 1.0
    if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        out["question"] = 1.0
    if any(t.dep_ == "mark" and t.lower_ in CONDITIONAL for t in sent):
        out["conditional"] = 1.0
    return out


def features(span: Span, main: Token, rule_parts: tuple[bool, bool, bool], chain: int) -> dict[str, float]:
    """The features of one claim: `span` its clause, `main` its predicate, `rule_parts` the verdicts
    of the hedging frame, of `modality.hedged` and of `modality.governing_hedge`, `chain` the length
    of its attribution chain."""
    feats = {"bias": 1.0, f"chain={min(chain, 2)}": 1.0}
    if any(rule_parts):
        feats["rule"] = 1.0
    for name, fired in zip(RULE_PARTS, rule_parts, strict=True):
        if fired:
            feats[f"rule_part={name}"] = 1.0
    if modality.negated(main):
        feats["negated"] = 1.0
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in main.children):
        feats["future"] = 1.0
    feats.update(_clause_features(span, main))
    feats.update(_sentence_features(span, main))
    return feats


def enabled_by_env() -> bool:
    return (os.environ.get(ENV) or "on").strip().lower() not in ("0", "off", "false", "no")


@cache
def load_model() -> FilterModel:
    return model_from_rows(table(RULE_NAME), RULE_NAME, FAMILIES)


def decide(feats: dict[str, float], rules: bool) -> bool:
    """The claim's hedge: the model's when it is on (threshold above 0), else the rules'."""
    model = load_model()
    if model.threshold <= 0.0 or not enabled_by_env():
        return rules
    return model.keeps(feats)
