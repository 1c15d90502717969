"""The story's opening frame on a roundup (twenty-ninth round, issue 12; osint_graph/nlp/story_frame.py).

"..., Nordic Daily reported." closing the first sentence of a page that never names itself makes the
page Nordic Daily's story retold: its sentences with no source of their own get Nordic Daily's chain.
A page that also cites another outlet first in a chain of its own is a roundup of several outlets'
reports: the opening frame covers its sentence only, and the page's other sentences are its own. A news
agency of the registry framing the first sentence is wire copy carried whole, other outlets it cites
included.

Made-up vessels, places, people and outlets; the agency is a registry agency.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

from osint_graph.model import Article

OPENING = "The Tern Vale unloaded 300 containers at Karsk in May, Nordic Daily reported.\n\n"
LATER = "The Tern Vale had sailed from Norway with 11 crew members."


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    outlets = ["Nordic Daily", "Harbour Ledger", "Brenn Courier"]
    kinds = {"VESSEL": ["Tern Vale"], "PORT": ["Karsk"], "ORG": ["Karsk Navy"], "COUNTRY": ["Norway"]}
    return claims_runner({"OUTLET": outlets, **kinds})


def test_an_opening_frame_heads_a_page_citing_no_other_outlet(run):
    text = OPENING + "The Karsk Navy said the ship was inspected on Monday.\n\n" + LATER
    assert chain_of(run(text, outlet="Brenn Courier"), "11 crew") == ["Nordic Daily"]


def test_another_outlet_cited_later_makes_the_page_a_roundup(run):
    text = OPENING + "Two officials told Harbour Ledger that the ship was inspected on Monday.\n\n" + LATER
    claims = run(text, outlet="Brenn Courier")
    assert chain_of(claims, "11 crew") == []
    assert chain_of(claims, "300 containers") == ["Nordic Daily"]


def test_the_opening_outlet_named_again_is_no_other_outlet(run):
    text = OPENING + "Nordic Daily reported that the ship was inspected on Monday.\n\n" + LATER
    assert chain_of(run(text, outlet="Brenn Courier"), "11 crew") == ["Nordic Daily"]


def _chain(extractor, text: str, needle: str) -> list[str]:
    found = extractor.extract(Article(id="sf29", text=text, outlet="Brenn Courier"))
    [claim] = [c for c in found.claims if needle in c.text]
    return [a.name for a in claim.attribution]


def test_an_agencys_opening_frame_carries_its_copy_whole_on_a_roundup(claims_extractor):
    text = (
        "Tanker released\n\nThe Karsk coast guard released the tanker Tern Vale on Monday, Reuters reported.\n\n"
        "Two officials told Harbour Ledger that the ship was inspected on Monday.\n\n"
        "The Tern Vale carried 3,000 tonnes of fuel."
    )
    assert _chain(claims_extractor, text, "3,000 tonnes")[:1] == ["Reuters"]
