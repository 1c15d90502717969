"""The outlet's own disclaimer (GUIDELINES ruling): a body that has not confirmed is no source."""

from __future__ import annotations

from osint_graph.model import Article
from osint_graph.nlp.claims import attribution_names


def test_not_confirmed_by_a_body_is_negated_without_that_body(claims_extractor):
    text = "The Morrow Gale was seized, Wirewatch reported. The report has not been confirmed by Karsk."
    claims = claims_extractor.extract(Article(id="dc", text=text, outlet="The Daily Probe")).claims
    disclaimer = next(c for c in claims if "confirmed" in c.text)
    assert disclaimer.negated and not disclaimer.hedged
    assert "Karsk" not in attribution_names(disclaimer)


def test_confirmed_by_a_body_is_an_act_with_no_source(claims_extractor):
    # sixteenth round: a confirmation of a noun is an act the outlet tells, the body no source
    text = "The seizure of the Morrow Gale was confirmed by the Varnel Navy."
    claims = claims_extractor.extract(Article(id="dc2", text=text, outlet="The Daily Probe")).claims
    assert attribution_names(claims[0]) == []
