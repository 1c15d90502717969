"""Credit shapes found on 41 pages outside the evaluation set (thirty-second round, credit32, issue 12):
`furniture/datelines.jsonl` (caps_place_date_agency_full_date: the agency's dateline with the date repeated
in full and the story on the same line), `attribution/credit_forms.jsonl` (source_after_bar_two and
source_after_bar_second: "| Source: X / Y |"; read_more_title_bar: "Read More: <headline> | <Outlet>") and
nlp/repost.py `_relayed` ("..., <page> reports, citing X": `attribution/relay_citing_words.txt`).

Each shape with a negative twin that looks like a credit and is not: the page's own outlet, a name no list
knows, a body that is no outlet, another outlet citing the wire. Made-up vessels, places, people and
outlets (Wirewatch and Nordic Daily are Outlets the page's entities know; "Portwire" is one no list knows).
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of
from test_credit_shapes30 import BODY, ENTITIES, TITLE, _heads


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


LEAD = "The Tern Vale unloaded 300 containers at Karsk in May."
REST = "\n\nThe Morrow Gull was detained, Lena Varga said."


# -- caps_place_date_agency_full_date: "KARSK, Feb 9 (Wirewatch) Feb 09, 2025 The ..." (page furniture: the full
# pipeline reads it) ------------------------------------------------------------------------------------


def _full_heads(extractor, text: str) -> list[list[str]]:
    from osint_graph.model import Article

    claims = extractor.extract(Article(id="c32", text=text, outlet="Harbour Ledger")).claims
    return [[a.name for a in c.attribution] for c in claims if "unloaded" in c.text or "detained" in c.text]


def test_a_dateline_with_the_agency_and_the_full_date_repeated_heads_the_story(claims_extractor):
    text = f"{TITLE}\nKARSKVIK, Feb 9 (VNSX) Feb 09, 2025 {LEAD}{REST}"
    heads = _full_heads(claims_extractor, text)
    assert heads and all(chain[:1] == ["VNSX"] for chain in heads)


@pytest.mark.parametrize("bracket", ["(Harbour Ledger)", "(HL)", "(Monday)"])  # the page's own outlet; a weekday
def test_such_a_dateline_naming_no_other_outlet_is_no_credit(claims_extractor, bracket):
    heads = _full_heads(claims_extractor, f"{TITLE}\nKARSKVIK, Feb 9 {bracket} Feb 09, 2025 {LEAD}{REST}")
    assert heads and all(chain[:1] != ["VNSX"] and "Harbour Ledger" not in chain for chain in heads)


# -- source_after_bar_two / source_after_bar_second: "| Source: Portwire / Wirewatch |" ------------------


@pytest.mark.parametrize("names", ["Portwire / Wirewatch", "Wirewatch / Portwire", "Wirewatch/Nordic Daily"])
def test_a_labelled_credit_naming_two_outlets_after_a_bar_heads_the_story_with_the_known_one(run, names):
    line = f"3 June 2025 | 09:19 | Source: {names} | Prepared by: Ola Berg | Print"
    assert _heads(run(f"{TITLE}\n\n{line}\n\n{BODY}")) == (["Wirewatch"], ["Wirewatch", "Lena Varga"])


@pytest.mark.parametrize("names", ["Portwire / Harbour Ledger", "Karsk Navy / Portwire"])  # own outlet; a body
def test_a_labelled_credit_naming_no_other_outlet_is_no_credit(run, names):
    line = f"3 June 2025 | 09:19 | Source: {names} | Prepared by: Ola Berg | Print"
    assert _heads(run(f"{TITLE}\n\n{line}\n\n{BODY}"))[0] == []


# -- read_more_title_bar: "Read More: <headline> | Wirewatch" -----------------------------------------


def test_a_closing_link_to_the_outlets_story_by_its_headline_heads_the_summary(run):
    text = f"{TITLE}\n\n{BODY}\n\nRead More: Tern Vale unloads at Karsk, port says | Wirewatch"
    assert _heads(run(text)) == (["Wirewatch"], ["Wirewatch", "Lena Varga"])


@pytest.mark.parametrize(
    "line",
    [
        "Read More: Tern Vale unloads at Karsk, port says | Harbour Ledger",  # the page's own outlet
        "Read More: Tern Vale unloads at Karsk, port says | Portwire",  # a name no list knows
        "Read more: Tern Vale unloads at Karsk, port says",  # no outlet after a bar
    ],
)
def test_a_closing_link_naming_no_other_outlet_is_no_credit(run, line):
    assert _heads(run(f"{TITLE}\n\n{BODY}\n\n{line}"))[0] == []


# -- _relayed: "..., Harbour Ledger reports, citing Wirewatch." ----------------------------------------


@pytest.mark.parametrize("cite", ["reports, citing", "reported citing", "reports, quoting"])
def test_the_page_citing_another_outlet_at_its_top_carries_that_outlets_story(run, cite):
    text = f"{TITLE}\n\nThe Tern Vale unloaded 300 containers at Karsk in May, Harbour Ledger {cite} Wirewatch.{REST}"
    assert chain_of(run(text), "detained") == ["Wirewatch", "Lena Varga"]


def test_another_outlet_citing_the_wire_makes_no_repost(run):
    lead = "The Tern Vale unloaded 300 containers at Karsk in May, Nordic Daily reports, citing Wirewatch."
    text = f"{TITLE}\n\n{lead}{REST}"
    assert "Wirewatch" not in chain_of(run(text), "detained")


# -- repost.OWN_SLUG: "(Harbour Ledger) The ..." opening the story is the page's own slug, not the page naming
# itself in its story, so the opening frame "..., Wirewatch reported" still makes the page Wirewatch's story ------


def test_the_pages_own_bracketed_slug_does_not_stop_the_opening_frame(run):
    text = (
        "(Harbour Ledger) The Tern Vale was detained at Karsk on Monday, Wirewatch reported.\n\n"
        "The Morrow Gull was freed."
    )
    assert chain_of(run(text), "freed") == ["Wirewatch"]


def test_the_page_naming_itself_in_its_story_still_stops_the_opening_frame(run):
    text = (
        "The Tern Vale was detained at Karsk on Monday, Wirewatch reported.\n\n"
        "Harbour Ledger saw the Morrow Gull leave. The Morrow Gull was freed."
    )
    assert chain_of(run(text), "freed") == []
