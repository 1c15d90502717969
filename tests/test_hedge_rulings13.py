"""Thirteenth-round hedge ruling on "X is/was reported" with no reporter (tests/gold/GUIDELINES.md;
sources/rules/modality/bare_report_passives.txt, report_event_adverbs.txt), on made-up sentences
through the whole pipeline: the claim that starts with the given words says whether it is hedged."""

from __future__ import annotations

import pytest

from osint_graph.model import Article, article_id

# (text, words the claim starts with, hedged, negated)
CASES = [
    # hearsay with no reporter: hedged, like "is reported to"
    ("A fire is reported on the bridge of the Tern Vale.", "A fire", True, False),
    # the report is the event: its recipient, its time
    ("The collision of the Tern Vale was reported to the Karsk coast guard.", "The collision", False, False),
    ("The collision of the Tern Vale was reported at 6:24 on Monday.", "The collision", False, False),
    # the reporter named
    ("The attack on the Tern Vale was reported by Harbour Daily.", "The attack", False, False),
    # an absence reported: negated, not hedged
    ("No injuries were reported aboard the Tern Vale.", "No injuries", False, True),
    # "as reported": the outlet's own earlier report
    ("As reported, nobody aboard the Tern Vale was hurt.", "As reported", False, True),
]


@pytest.mark.parametrize(("text", "start", "hedged", "negated"), CASES)
def test_bare_report(claims_extractor, text, start, hedged, negated):
    claims = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger")).claims
    found = [c for c in claims if c.text.startswith(start)]
    assert found, [c.text for c in claims]
    assert (found[0].hedged, found[0].negated) == (hedged, negated), found[0].text
