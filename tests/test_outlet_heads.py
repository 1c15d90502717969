"""The outlet at the head of a chain, read off the article's structure (issue 12, nineteenth round).

- a newsroom's own check ("Wirewatch could not independently verify the footage") on another
  outlet's page: the page carries Wirewatch's story (osint_graph/nlp/newsroom_checks.py);
- a dateline's bracketed credit shaped as a wire's name names the outlet even when the registry does
  not list it ("KARSK (Portwire-X) -"; osint_graph/nlp/repost.py, `attribution/generic_credits.txt`);
- a labelled credit closing the story above the credited outlet's own blurb and link ("Source:
  Wirewatch" then "Wirewatch, the news division of ..." and "Go to: https://...").

Made-up vessels, people and outlets; the stand-alone pipeline as in tests/test_credit_lines.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of
from test_credit_lines import ENTITIES  # the same made-up vessels, people and outlets


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


STORY = (
    "The Morrow Gull was detained off Karsk on Monday, Lena Varga said.\n\n"
    "The Tern Vale unloaded 300 containers at Karsk in May.\n\n"
)


@pytest.mark.parametrize(
    "check",
    [
        "Wirewatch could not independently verify the footage.",
        "Wirewatch was unable to verify the footage.",
        "Wirewatch could not reach the owner for comment.",
    ],
)
def test_another_outlets_newsroom_check_makes_the_page_a_repost(run, check):
    claims = run(STORY + check)
    assert chain_of(claims, "300 containers") == ["Wirewatch"]
    assert chain_of(claims, "detained") == ["Wirewatch", "Lena Varga"]


def test_the_pages_own_newsroom_check_is_no_repost(run):
    claims = run(STORY + "Harbour Ledger could not independently verify the footage.")
    assert chain_of(claims, "300 containers") == []


def test_an_outlet_that_verified_is_no_newsroom_check(run):
    claims = run(STORY + "Wirewatch verified the footage.")
    assert chain_of(claims, "300 containers") == []


def test_a_dateline_credit_shaped_as_a_wire_name_is_the_stories_origin(run):
    claims = run("KARSK (Portwire-X) - " + STORY)
    assert chain_of(claims, "300 containers") == ["Portwire-X"]
    assert chain_of(claims, "detained") == ["Portwire-X", "Lena Varga"]


@pytest.mark.parametrize("credit", ["Agencies", "staff", "two reporters"])
def test_a_generic_dateline_credit_names_no_outlet(run, credit):
    assert chain_of(run(f"KARSK ({credit}) - " + STORY), "300 containers") == []


def test_a_credit_above_the_outlets_own_blurb_closes_the_story(run):
    claims = run(
        STORY
        + "Source: Wirewatch\nWirewatch, the news arm of a larger group, is a large news provider."
        + "\nGo to: https://example.org/"
    )
    assert chain_of(claims, "300 containers") == ["Wirewatch"]


def test_a_credit_followed_by_more_story_is_no_closing_credit(run):
    filler = "The Morrow Gull is a bulk carrier built in a yard near Karsk many years ago.\n\n" * 8
    after = "The Tern Vale left Karsk in June. " + "The Morrow Gull stayed in port for a long time after that. " * 4
    claims = run(STORY + filler + "Source: Wirewatch\n" + after)
    assert chain_of(claims, "left Karsk") == []


def test_a_dateline_credit_of_the_pages_own_initials_is_no_repost(run):
    assert chain_of(run("KARSK (HL) - " + STORY), "300 containers") == []
