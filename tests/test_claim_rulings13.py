"""Thirteenth-round rulings (tests/gold/GUIDELINES.md, "Rulings of the thirteenth round") on made-up
sentences through the whole pipeline: which clauses are claims, their flags and chains."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id


def _claims(extractor, text):
    return extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger")).claims


# (text, words a claim starts with, negated, hedged)
SPLITS = [
    # a negative clause with no entity of its own beside a positive one: its own negated claim
    ("The Tern Vale was damaged near Karsk, while no crewmen were hurt.", "no crewmen", True, False),
    ("The Tern Vale was damaged near Karsk, but no crewmen were hurt.", "The Tern Vale", False, False),
    # ... and the reverse order: the positive part is its own claim, neither negated nor hedged
    ("The Tern Vale was not damaged and the crew remained on board.", "the crew remained", False, False),
    ("The Tern Vale was not damaged and the crew remained on board.", "The Tern Vale", True, False),
]


@pytest.mark.parametrize(("text", "start", "negated", "hedged"), SPLITS)
def test_clause_split(claims_extractor, text, start, negated, hedged):
    found = [c for c in _claims(claims_extractor, text) if c.text.startswith(start)]
    assert found, [c.text for c in _claims(claims_extractor, text)]
    assert (found[0].negated, found[0].hedged) == (negated, hedged), found[0].text


def test_lone_negative_sentence_is_no_claim(claims_extractor):
    """Only beside a claim of its sentence: "Nobody was hurt." alone mentions nothing tracked."""
    assert not _claims(claims_extractor, "Nobody was hurt.")


def test_with_clause_with_its_own_hedge_is_split(claims_extractor):
    """ ", with two crew reportedly missing": a with-clause whose hedge differs is its own claim, the cue
    does not reach the main clause."""
    text = "The Tern Vale sank off Karsk on Monday, with two crew reportedly missing."
    by_start = {c.text.split()[0]: c for c in _claims(claims_extractor, text)}
    assert by_start["with"].hedged and by_start["with"].text == "with two crew reportedly missing"
    assert not by_start["The"].hedged


def test_with_clause_without_its_own_cue_stays(claims_extractor):
    text = "The Tern Vale sank off Karsk on Monday, with two crew missing."
    assert [c.text for c in _claims(claims_extractor, text)] == [text[:-1]]
