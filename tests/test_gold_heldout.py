"""The held-out evaluation set (tests/gold_heldout/): well-formed, every span exact.

It was written after the extractor was built, by someone who had not seen the
extractor's rules, and measured once (README, Evaluation).  Do not tune rules
on it: a set that has been tuned on no longer measures anything; write a new
held-out set instead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_gold_format import ENTITY_TYPES, read_article

HELDOUT = Path(__file__).resolve().parent / "gold_heldout"
STEMS = sorted(p.stem for p in HELDOUT.glob("*.json"))


def test_the_set_is_there():
    assert len(STEMS) >= 8
    assert {p.stem for p in HELDOUT.glob("*.md")} - {"README"} == set(STEMS)


@pytest.mark.parametrize("stem", STEMS)
def test_spans_are_exact(stem):
    _, text = read_article(HELDOUT / f"{stem}.md")
    gold = json.loads((HELDOUT / f"{stem}.json").read_text(encoding="utf-8"))
    assert gold["entities"] and all(entity["mentions"] for entity in gold["entities"]), stem
    for entity in gold["entities"]:
        assert entity["type"] in ENTITY_TYPES
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"], m
    for key in ("figures", "dates", "claims"):
        for span in gold[key]:
            assert text[span["start"] : span["end"]] == span["text"], span
