"""The outlet a page credits is an entity of the article (osint_graph/nlp/credited_outlets.py), and the
look-up's "date YYYY-MM-DD" line head before a credit is no part of it (osint_graph/nlp/repost.py).

Twentieth round (issue 11): the repost rules put a wire credited only in page furniture or the title
("Tanker released | Wirewatch", "PTI | Dubai | Updated: ...", "MADRID (AP) -") at the head of every
chain, but the entity rules leave names of furniture and of the headline alone out, so the chains
named an outlet the article had no entity for (tests/real/README.md "Datelines": the credited outlet
is an Outlet entity). Made-up vessels, places and bodies; the credited agencies are registry
outlets (a credit names an outlet of the page or of the registry).
"""

from __future__ import annotations

from osint_graph.model import Article

BODY = "The Karsk coast guard released the tanker Tern Vale on Monday.\n\nThe Tern Vale carried 3,000 tonnes of fuel."


def _extract(claims_extractor, text: str, outlet: str = "Harbour Ledger"):
    return claims_extractor.extract(Article(id="co", text=text, outlet=outlet))


def _outlets(extraction) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extraction.entities if e.type == "Outlet"}


def _chain(extraction, needle: str) -> list[str]:
    [claim] = [c for c in extraction.claims if needle in c.text]
    return [a.name for a in claim.attribution]


def test_a_wire_credited_after_the_title_bar_is_an_outlet_entity(claims_extractor):
    found = _extract(claims_extractor, "Tern Vale released, crew safe | Reuters\n\n" + BODY)
    assert _chain(found, "3,000 tonnes")[:1] == ["Reuters"]
    assert _outlets(found).get("Reuters") == ["Reuters"]


def test_the_pages_own_outlet_in_its_title_is_no_credited_entity(claims_extractor):
    found = _extract(claims_extractor, "Tern Vale released, crew safe | Reuters\n\n" + BODY, outlet="Reuters")
    assert _chain(found, "3,000 tonnes") == []
    assert "Reuters" not in _outlets(found)


def test_a_wire_named_after_the_lookups_date_line_head_is_credited(claims_extractor):
    found = _extract(claims_extractor, "date 2025-06-03 Bloomberg\n\n" + BODY)
    assert _chain(found, "3,000 tonnes")[:1] == ["Bloomberg"]
    assert _outlets(found).get("Bloomberg") == ["Bloomberg"]


def test_a_date_line_head_before_the_story_credits_no_one(claims_extractor):
    found = _extract(claims_extractor, "date 2025-06-03 " + BODY)
    assert _chain(found, "3,000 tonnes") == []


def test_a_wire_credited_by_its_sites_address_is_an_outlet_entity(claims_extractor):
    found = _extract(claims_extractor, BODY + "\n\ncgtn.com")
    assert _chain(found, "3,000 tonnes")[:1] == ["CGTN"]
    assert _outlets(found).get("CGTN") == ["cgtn.com"]
