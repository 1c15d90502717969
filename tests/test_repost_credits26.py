"""The outlet at the head of a repost's chains: credit forms of aggregators, translated and syndicated pages
(twenty-sixth round, issue 12; osint_graph/nlp/repost.py, credit_lines.py, `attribution/credit_forms.jsonl`).

- the agency named before its staff credit closing the copy ("(Reuters - Reporting by ...; Editing by ...)");
- a line of its own saying whose story the page retells ("The Associated Press (AP) writes about it.",
  "This was reported by Reuters.");
- an aggregator's author box naming the outlet its writer works for ("Ola Berg is a news reporter for USA
  TODAY."); the page's own writer is no repost;
- "..., Reuters reported, citing ..." framing the first sentence of a page whose own name stands only in its
  dateline ("KARSK, 3rd June, 2025 (WAM) -- ..."): the dateline names the carrier, not the story's writer.

Negative twins: the page's own masthead in a credit line; "X reported on ..." inside the story frames its
own sentence only. Made-up vessels, places and people; the credited outlets are registry outlets.
"""

from __future__ import annotations

from osint_graph.model import Article

BODY = "The Karsk coast guard released the tanker Tern Vale on Monday.\n\nThe Tern Vale carried 3,000 tonnes of fuel."


def _chain(extractor, text: str, needle: str, outlet: str = "Harbour Ledger") -> list[str]:
    found = extractor.extract(Article(id="r26", text=text, outlet=outlet))
    [claim] = [c for c in found.claims if needle in c.text]
    return [a.name for a in claim.attribution]


def test_an_agency_named_before_its_staff_credit_heads_the_chains(claims_extractor):
    line = "(Reuters - Reporting by Ola Berg in Karsk; Editing by Lena Varga)"
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + line, "3,000 tonnes")[:1] == ["Reuters"]


def test_the_pages_own_agency_before_its_staff_credit_is_no_repost(claims_extractor):
    line = "(Reuters - Reporting by Ola Berg in Karsk; Editing by Lena Varga)"
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + line, "3,000 tonnes", "Reuters") == []


def test_a_line_saying_who_writes_about_it_heads_the_chains(claims_extractor):
    text = "Tanker released\n\nThe Karsk coast guard released the tanker Tern Vale on Monday.\n\n"
    text += "The Associated Press (AP) writes about it.\n\nThe Tern Vale carried 3,000 tonnes of fuel."
    assert _chain(claims_extractor, text, "3,000 tonnes")[:1] == ["Associated Press"]


def test_a_passive_report_line_heads_the_chains(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\n\nThis was reported by Reuters."
    assert _chain(claims_extractor, text, "3,000 tonnes")[:1] == ["Reuters"]


def test_x_reported_inside_the_story_frames_its_own_sentence_only(claims_extractor):
    text = (
        "Tanker released\n\nThe Karsk coast guard released the tanker Tern Vale on Monday.\n\n"
        "Reuters reported on the release on Tuesday.\n\nThe Tern Vale carried 3,000 tonnes of fuel."
    )
    assert _chain(claims_extractor, text, "3,000 tonnes") == []


def test_an_aggregators_author_box_names_the_writers_outlet(claims_extractor):
    box = "Ola Berg is a news reporter for USA TODAY. You can reach her at oberg@example.com."
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + box, "3,000 tonnes")[:1] == ["USA Today"]


def test_the_pages_own_writer_box_is_no_repost(claims_extractor):
    box = "Ola Berg is a news reporter for USA TODAY. You can reach her at oberg@example.com."
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + box, "3,000 tonnes", "USA Today") == []


def test_a_first_sentence_frame_under_the_pages_own_dateline_heads_the_story(claims_extractor):
    text = (
        "Tanker released\n\nKARSK, 3rd June, 2025 (WAM) -- The Karsk coast guard released the tanker Tern Vale"
        " on Monday, Reuters reported, citing the port authority.\n\nThe Tern Vale carried 3,000 tonnes of fuel."
    )
    assert _chain(claims_extractor, text, "3,000 tonnes", "Emirates News Agency")[:1] == ["Reuters"]


def test_a_page_naming_itself_in_its_story_keeps_its_own_voice(claims_extractor):
    text = (
        "Tanker released\n\nKARSK, 3rd June, 2025 (WAM) -- The Karsk coast guard released the tanker Tern Vale"
        " on Monday, Reuters reported, citing the port authority.\n\nThe Tern Vale carried 3,000 tonnes of fuel,"
        " records seen by WAM show."
    )
    assert _chain(claims_extractor, text, "carried 3,000 tonnes", "Emirates News Agency")[:1] != ["Reuters"]


def test_an_outlet_asking_for_comment_on_another_page_heads_the_chains(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\n\nReuters has reached out to the Karsk coast guard for comment."
    assert _chain(claims_extractor, text, "3,000 tonnes")[:1] == ["Reuters"]


def test_the_pages_own_request_for_comment_is_no_repost(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\n\nReuters has reached out to the Karsk coast guard for comment."
    assert _chain(claims_extractor, text, "3,000 tonnes", "Reuters") == []


def test_an_outlet_reaching_a_place_asks_no_comment(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\n\nA Reuters crew reached the port of Karsk on Tuesday."
    assert _chain(claims_extractor, text, "3,000 tonnes") == []
