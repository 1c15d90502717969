"""Thirteenth-round chain rulings (tests/gold/GUIDELINES.md, "Rulings of the thirteenth round") on
made-up sentences through the whole pipeline: the chain's entity ids."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id


def _claims(extractor, text):
    return extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger")).claims


def _chain(extractor, text, start):
    found = [c for c in _claims(extractor, text) if c.text.startswith(start)]
    assert found, [c.text for c in _claims(extractor, text)]
    return [a.entity for a in found[0].attribution]


# (text, words the claim starts with, the chain's entity ids)
CHAINS = [
    # bare state media speak for the story's state
    (
        "Norway said the Tern Vale was hit. The Tern Vale was seized, state media reported.",
        "The Tern Vale",
        ["country:norway"],
    ),
]


@pytest.mark.parametrize(("text", "start", "chain"), CHAINS)
def test_chain(claims_extractor, text, start, chain):
    assert _chain(claims_extractor, text, start) == chain
