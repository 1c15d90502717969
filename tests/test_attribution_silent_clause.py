"""A party silent in one clause and speaking in the other: two claims (GUIDELINES, negated speech acts)."""

from __future__ import annotations

from osint_graph.model import Article
from osint_graph.nlp.claims import attribution_names


def test_the_silent_clause_is_negated_without_the_silent_party(claims_extractor):
    text = "Karsk announced that two tankers were hit near Port Lennit, but did not say who fired."
    claims = claims_extractor.extract(Article(id="sc", text=text, outlet="The Daily Probe")).claims
    spoken = next(c for c in claims if "tankers were hit" in c.text)
    silent = next(c for c in claims if "did not say who fired" in c.text)
    assert attribution_names(spoken) == ["Karsk"] and not spoken.negated
    assert silent.negated and attribution_names(silent) == []


def test_a_second_report_verb_still_reports_again(claims_extractor):
    text = "Karsk said two tankers were hit near Port Lennit, but said the crews were safe."
    claims = claims_extractor.extract(Article(id="sc2", text=text, outlet="The Daily Probe")).claims
    again = next(c for c in claims if "crews were safe" in c.text)
    assert attribution_names(again) == ["Karsk"] and not again.negated
