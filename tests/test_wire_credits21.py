"""The outlet at the head of a chain: wire credits in the places and shapes real pages give them
(twenty-first round, issue 12; osint_graph/nlp/repost.py, credit_lines.py, `attribution/credit_forms.jsonl`).

- a copyright line naming the wire ("© 2025 Reuters", "Copyright 2025 The Associated Press. All rights
  reserved."); the page's own copyright is no repost;
- an Indian desk's "(With PTI inputs)";
- a wire's staff credit written without brackets ("Reporting by ...; Editing by ..."), which credits the
  agency the story names;
- a dateline the furniture rules know whose brackets close without a dash ("Karsk, Jun 3 (PTI) The ..."),
  not the page's own initials ("(CNA)" on the Central News Agency's page);
- a labelled credit among the furniture at the top ("Source: Xinhua | 2025-06-03 | Editor: ..."), the agency
  in brackets before the filing time ("(Xinhua) 09:28, June 03, 2025"), a wire's contributor line ("Associated
  Press writer ... contributed to this report."), a bracketed agency alone on the last line, a dateline with an
  ordinal date ("KARSK, 3rd June, 2025 (WAM) --");
- "..., X reported, Y reported." framing the story's first sentence under a headline: the headline is no
  sentence of the story, so the frame of the sentence after it decides.

Made-up vessels, places and people; the credited agencies are registry outlets (a credit names an
outlet of the page or of the registry), as in tests/test_credited_outlets.py.
"""

from __future__ import annotations

import pytest

from osint_graph.model import Article

BODY = "The Karsk coast guard released the tanker Tern Vale on Monday.\n\nThe Tern Vale carried 3,000 tonnes of fuel."


def _chain(extractor, text: str, needle: str, outlet: str = "Harbour Ledger") -> list[str]:
    found = extractor.extract(Article(id="w21", text=text, outlet=outlet))
    [claim] = [c for c in found.claims if needle in c.text]
    return [a.name for a in claim.attribution]


@pytest.mark.parametrize(
    "line",
    [
        "© 2025 Reuters",
        "Copyright 2025 Reuters. All rights reserved.",
        "© Copyright 2025 The Associated Press. All Rights Reserved.",
    ],
)
def test_a_copyright_line_naming_a_wire_heads_the_chains(claims_extractor, line):
    chain = _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + line, "3,000 tonnes")
    assert chain[:1] in (["Reuters"], ["Associated Press"])


def test_the_pages_own_copyright_is_no_repost(claims_extractor):
    chain = _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n© 2025 Reuters", "3,000 tonnes", "Reuters")
    assert chain == []


def test_a_copyright_line_without_a_year_is_no_credit(claims_extractor):
    # "© Reuters" under a picture credits the photograph
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n© Reuters", "3,000 tonnes") == []


def test_an_inputs_credit_names_the_agency(claims_extractor):
    chain = _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n(With PTI inputs)", "3,000 tonnes")
    assert chain[:1] == ["Press Trust of India"]


def test_an_inputs_credit_naming_no_outlet_is_no_credit(claims_extractor):
    chain = _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n(With agency inputs)", "3,000 tonnes")
    assert chain == []


STAFF = "Reporting by Ola Berg; Editing by Lena Varga"


def test_a_bare_staff_credit_credits_the_agency_the_story_names(claims_extractor):
    text = "Tanker released\n\n" + BODY + " The master told Reuters the crew was safe.\n\n" + STAFF
    assert _chain(claims_extractor, text, "3,000 tonnes")[:1] == ["Reuters"]


def test_a_bare_staff_credit_on_a_story_naming_no_agency_credits_no_one(claims_extractor):
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + STAFF, "3,000 tonnes") == []


def test_a_dateline_agency_without_a_dash_heads_the_chains(claims_extractor):
    text = "Tanker released\n\nNew Delhi, Jun 3 (PTI) " + BODY
    assert _chain(claims_extractor, text, "3,000 tonnes")[:1] == ["Press Trust of India"]


def test_a_dateline_naming_the_pages_own_initials_is_no_repost(claims_extractor):
    text = "Tanker released\n\nTaipei, Feb. 14 (CNA) " + BODY
    assert _chain(claims_extractor, text, "3,000 tonnes", outlet="Central News Agency") == []


def test_a_relayed_report_under_a_headline_is_the_agencys_copy(claims_extractor):
    # the first sentence after the headline: "..., the Jakarta Post reported, Xinhua reported." - the agency's
    # wire copy, carried whole (its citations are the agency's)
    text = (
        "9 killed, 3 missing as ferry sinks off Karsk\n\n"
        "Nine people died after a ferry sank off Karsk on Wednesday, the Jakarta Post reported on Thursday, "
        "Xinhua reported.\n\nThe ferry was carrying 27 passengers and two crew members."
    )
    assert _chain(claims_extractor, text, "27 passengers", outlet="Trend News Agency") == ["Xinhua"]


REVIEWED = (
    "9 killed, 3 missing as ferry sinks off Karsk\n\n"
    "Nine people died after a ferry sank off Karsk on Wednesday, the Jakarta Post reported.\n\n"
    "The ferry was carrying 27 passengers and two crew members."
)


def test_a_reviewing_pages_headline_is_its_own(claims_extractor):
    # a page known only by its opening frame reviews that outlet's story: its headline is the page's own words
    # (extra26), while the story's sentences carry the reviewed outlet
    assert _chain(claims_extractor, REVIEWED, "3 missing", outlet="Trend News Agency") == []
    assert _chain(claims_extractor, REVIEWED, "27 passengers", outlet="Trend News Agency") == ["Jakarta Post"]


def test_a_wire_story_so_framed_keeps_its_agency_over_the_headline(claims_extractor):
    # an agency's story framed the same way is wire copy carried whole, headline included
    text = REVIEWED.replace("the Jakarta Post reported", "Xinhua reported")
    assert _chain(claims_extractor, text, "3 missing", outlet="Trend News Agency") == ["Xinhua"]


def test_a_headline_alone_names_no_first_frame(claims_extractor):
    # without a frame on the story's first sentence the page speaks in its own voice
    text = "9 killed, 3 missing as ferry sinks off Karsk\n\nNine people died after a ferry sank off Karsk.\n\n" + BODY
    assert _chain(claims_extractor, text, "3,000 tonnes", outlet="Trend News Agency") == []


# the credit among the furniture lines of agency pages and their carriers (credit_forms.jsonl)
@pytest.mark.parametrize(
    "line",
    [
        "Source: Xinhua | 2025-06-03 09:28:11 | Editor: Ola Berg",
        "Editor: Ola Berg | Source: Xinhua",
        "Source: Xinhua Published: Jun 3, 2025 09:28 PM",
        "(Xinhua) 09:28, June 03, 2025",
    ],
)
def test_a_credit_among_the_top_furniture_heads_the_chains(claims_extractor, line):
    chain = _chain(claims_extractor, "Tanker released\n\n" + line + "\n\n" + BODY, "3,000 tonnes")
    assert chain[:1] == ["Xinhua"]


def test_a_source_line_naming_no_outlet_is_no_credit(claims_extractor):
    text = "Tanker released\n\nSource: Karsk Port | 2025-06-03 | Editor: Ola Berg\n\n" + BODY
    assert _chain(claims_extractor, text, "3,000 tonnes") == []


def test_a_wire_contributor_line_heads_the_chains(claims_extractor):
    line = "Associated Press writer Ola Berg in Karsk contributed to this report."
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + line, "3,000 tonnes")[:1] == [
        "Associated Press"
    ]


def test_the_pages_own_contributor_line_is_no_repost(claims_extractor):
    line = "Harbour Ledger writer Ola Berg contributed to this report."
    assert _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n" + line, "3,000 tonnes") == []


def test_a_bracketed_agency_on_the_last_line_heads_the_chains(claims_extractor):
    chain = _chain(claims_extractor, "Tanker released\n\n" + BODY + "\n\n(AFP)", "3,000 tonnes")
    assert chain[:1] == ["Agence France-Presse"]


def test_a_dateline_with_an_ordinal_date_names_its_agency(claims_extractor):
    text = "Tanker released\n\nKARSK, 3rd June, 2025 (WAM) -- " + BODY
    assert _chain(claims_extractor, text, "3,000 tonnes")[:1] == ["Emirates News Agency"]
