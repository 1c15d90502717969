"""Where a carried passage ends and where a repost names its wire (issue 12, fifteenth round).

Made-up vessels, bodies and outlets (real states); the stand-alone pipeline of
tests/test_nlp_claims.py, and a gazetteer built here for the site-address credit.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

from osint_graph.gazetteer import Gazetteer
from osint_graph.gazetteer_entry import GazetteerEntry

ENTITIES = {
    "VESSEL": ["Morrow Gull"],
    "PORT": ["Karsk"],
    "OUTLET": ["Wirewatch"],
    "ORG": ["Coastal Watch Agency"],
    "COUNTRY": ["Finland"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


# --------------------------------------------------------------------------- background in the past perfect


def test_a_past_perfect_sentence_leaves_the_carried_passage(run):
    claims = run(
        "The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. "
        "It was towed to Karsk by two tugs. It had sailed from Finland with 12 crew members."
    )
    assert chain_of(claims, "two tugs") == ["Coastal Watch Agency"]  # the account goes on
    assert chain_of(claims, "12 crew") == []  # what came before it is the writer's background


def test_a_past_perfect_sentence_with_its_own_frame_keeps_it(run):
    claims = run(
        "The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. "
        "It had sailed from Finland with 12 crew members, the agency said."
    )
    assert chain_of(claims, "12 crew") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. "
        "“It had sailed from Finland with 12 crew members.”",
        "The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. "
        "“It is a tanker with 12 crew members.”",  # a description, quoted
        # no quote mark in the sentence itself: the quotation opened before it is still open
        "“The Morrow Gull was detained near Karsk. It is a tanker with 12 crew members. "
        "We towed it to Karsk,” the Coastal Watch Agency said.",
    ],
)
def test_a_quoted_background_sentence_keeps_the_speaker(run, text):
    assert chain_of(run(text), "12 crew") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    "framing",
    [
        "It comes two weeks after Finland seized a tanker with 12 crew members.",
        "It came amid a dispute with Finland over a tanker with 12 crew members.",
        "It follows the seizure of a tanker with 12 crew members by Finland.",
    ],
)
def test_a_sentence_setting_the_event_among_others_leaves_the_carried_passage(run, framing):
    # the writer's "comes after", "follows": outlet framing (attribution/situating_verbs.csv)
    claims = run("The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. " + framing)
    assert chain_of(claims, "12 crew") == []


@pytest.mark.parametrize(
    "narration",
    [
        "It came under fire from 12 boats near Karsk.",  # "come" with no link word after it
        "It followed a tanker with 12 crew members to Karsk.",  # a past "followed" narrates
    ],
)
def test_a_narrating_come_or_follow_stays_in_the_carried_passage(run, narration):
    claims = run("The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. " + narration)
    assert chain_of(claims, "12 ") == ["Coastal Watch Agency"]


# --------------------------------------------------------------------------- a wire's dateline inside a line


@pytest.mark.parametrize(
    "head",
    [
        "date 2025-02-03 OSLO (Wirewatch) - ",  # the look-up's date line head before the dateline
        "By Ola Nordberg and Kari Lund OSLO/BERGEN, Feb 3 (Wirewatch) – ",  # a byline, several places
    ],
)
def test_a_dateline_inside_a_line_names_the_agency(run, head):
    claims = run(head + "The Morrow Gull was detained near Karsk on Monday.\n\nThe ship carried 12 crew members.")
    assert chain_of(claims, "12 crew") == ["Wirewatch"]


def test_a_bracketed_word_after_a_lower_case_place_is_no_dateline(run):
    claims = run("date 2025-02-03 Boats near Karsk (Wirewatch) - The Morrow Gull carried 12 crew members.")
    assert chain_of(claims, "12 crew") == []


# --------------------------------------------------------------------------- a site address closing the text


def _gazetteer() -> Gazetteer:
    return Gazetteer([GazetteerEntry("Outlet", "Wirewatch", (), {}, {"url": "https://www.wirewatch.example"})])


@pytest.mark.parametrize("host", ["wirewatch.example", "www.wirewatch.example", "WIREWATCH.example"])
def test_an_outlet_is_found_by_its_site_address(host):
    entry = _gazetteer().outlet_of_host(host)
    assert entry is not None and entry.name == "Wirewatch"


def test_another_site_names_no_outlet():
    assert _gazetteer().outlet_of_host("harbourledger.example") is None


def test_a_closing_site_address_credits_the_outlet():
    from osint_graph.nlp.repost import CREDIT_LAST_HOST

    assert CREDIT_LAST_HOST.search("The ship carried 12 crew.\nReference(s):\nA title\nwirewatch.example").group(1) == (
        "wirewatch.example"
    )
    # a link with a path is a related article, no credit
    assert CREDIT_LAST_HOST.search("The ship carried 12 crew.\nRead more:\nhttps://wirewatch.example/a/b") is None


# --------------------------------------------------------------------------- what a thing is, in the present


@pytest.mark.parametrize(
    "description",
    [
        "It is a Tern-class tanker with 12 crew members.",  # a noun predicate
        "It is part of a fleet of 12 tankers owned in Finland.",
        "It is used to carry 12 kinds of chemicals.",  # a present passive of use, no agent
        "This tanker is known as one of 12 ships of a Finland register.",
    ],
)
def test_a_sentence_telling_what_a_thing_is_leaves_the_carried_passage(run, description):
    claims = run("The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. " + description)
    assert chain_of(claims, "12 ") == []


@pytest.mark.parametrize(
    "account",
    [
        "It is also a tanker with 12 crew members.",  # "also": the account goes on
        "It was towed to Karsk with 12 crew members on board.",  # a step of the event, in the past
        "There are 12 crew members on board.",  # a count of the event, no noun predicate
        "It is now used by 12 tugs as a pier.",  # an agent: who does what
    ],
)
def test_a_sentence_going_on_with_the_account_keeps_the_carried_passage(run, account):
    claims = run("The Coastal Watch Agency said the Morrow Gull was detained near Karsk on Monday. " + account)
    assert chain_of(claims, "12 ") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # the sentence opening the quotation made no claim (no verb): the quotation is open all the same
        ("Varga rejected it.\n“Yet another lie. It is a tanker with 12 crew members.”", True),
        ("“Yet another lie,” Varga said.\nIt is a tanker with 12 crew members.", False),  # closed, new line
        ("“Yet another lie.\nIt is a tanker with 12 crew members.", False),  # a quotation open on another line
    ],
)
def test_a_sentence_inside_a_quotation_opened_before_it_on_its_line(text, inside):
    import spacy

    from osint_graph.nlp.attribution_background import in_open_quotation

    doc = spacy.blank("en")(text)
    at = next(t.i for t in doc if t.text == "It")
    assert in_open_quotation(doc, at) is inside
