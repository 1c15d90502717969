"""The outlet at the head of a repost's chains: credit forms found on pages outside the evaluation set
(twenty-eighth round, credit28, issue 12; osint_graph/nlp/repost.py, credit_residue.py, credit_desk.py,
`furniture/datelines.jsonl`, `attribution/credit_forms.jsonl`, `furniture/lines.jsonl`, sources/registry.csv).

- a syndicating site's dateline, place, agency and full date alone on a line ("Karsk (AFP) June 25, 2025");
- EFE's dateline, places joined by a slash, the country, the date and ".-";
- a Chinese wire's dateline with the agency first and its reporters in brackets;
- the agency and its desk's city as one line ("Press Trust of India New Delhi");
- a closing credit after a horizontal bar ("― Bernama") or two hyphens with a related headline under it;
- "Source: Xinhua" above a blog's comment-box furniture;
- a copyright line joining two holders with a slash ("© 2025 Thomson/Reuters");
- a registry outlet by the name its site gives itself ("Source: NST Online").

Negative twins: the page's own outlet in the same places, a name that is no agency's or no place, a
picture's bracketed credit between the story's paragraphs. Made-up vessels, places and people; the
credited outlets are registry outlets.
"""

from __future__ import annotations

from osint_graph.model import Article
from osint_graph.nlp.credit_desk import desk_outlet

BODY = "The Karsk coast guard released the tanker Tern Vale on Monday.\n\nThe Tern Vale carried 3,000 tonnes of fuel."


def _chain(extractor, text: str, needle: str = "3,000 tonnes", outlet: str = "Harbour Ledger") -> list[str]:
    found = extractor.extract(Article(id="r28", text=text, outlet=outlet))
    [claim] = [c for c in found.claims if needle in c.text]
    return [a.name for a in claim.attribution]


def test_a_place_agency_and_full_date_line_credits_the_agency(claims_extractor):
    text = "Tanker released\nby AFP Staff Writers\nKarsk (AFP) June 25, 2025\n\n" + BODY
    assert _chain(claims_extractor, text)[:1] == ["Agence France-Presse"]


def test_the_pages_own_agency_in_that_line_is_no_repost(claims_extractor):
    text = "Tanker released\nKarsk (AFP) June 25, 2025\n\n" + BODY
    assert _chain(claims_extractor, text, outlet="Agence France-Presse") == []


def test_efes_dateline_with_places_a_country_and_a_full_stop_dash(claims_extractor):
    text = "Tanker released\n\nKarsk/Varnhamn, Norland, Oct 29 (EFE).- " + BODY
    assert _chain(claims_extractor, text)[:1] == ["Agencia EFE"]


def test_a_chinese_wires_dateline_names_the_agency_first(claims_extractor):
    text = "Tanker released\n\nChina News Service, Karsk, February 9 (Ola Berg, Lena Varga) " + BODY
    assert _chain(claims_extractor, text)[:1] == ["China News Service"]


def test_a_name_without_an_agencys_word_before_a_place_and_date_is_no_dateline(claims_extractor):
    text = "Tanker released\n\nHarbour Events Service, Karsk, February 9 (Ola Berg, Lena Varga) " + BODY
    assert _chain(claims_extractor, text) == []


def test_an_agency_and_its_desks_city_on_one_line(claims_extractor):
    text = (
        "Tanker released\n\nPress Trust of India New Delhi\n3 min read Last Updated : Jun 3 2025 | 10:52 PM IST\n\n"
        + BODY
    )
    assert _chain(claims_extractor, text)[:1] == ["Press Trust of India"]


def test_an_outlets_name_before_words_that_are_no_place_credits_no_one(claims_extractor):
    text = "Tanker released\n\nReuters Institute Report\n\n" + BODY
    assert _chain(claims_extractor, text) == []


def test_desk_outlet_reads_the_city_off_the_end():
    listed = {"Press Trust of India": "PTI", "Wirewatch": "WW"}.get
    assert desk_outlet("Press Trust of India New Delhi", listed) == "PTI"
    assert desk_outlet("Wirewatch Mumbai", listed) == "WW"
    assert desk_outlet("Wirewatch Weekly Digest", listed) is None
    assert desk_outlet("Press Trust of India", listed) is None  # no desk: the whole name is read elsewhere


def test_a_closing_credit_after_a_horizontal_bar(claims_extractor):
    text = "Tanker released\n\n" + BODY + " ― Bernama"
    assert _chain(claims_extractor, text)[:1] == ["Bernama"]


def test_a_closing_credit_after_two_hyphens_over_a_related_headline(claims_extractor):
    text = "Tanker released\n\n" + BODY + " -- PTI\nCoast guard frees second tanker off Karsk"
    assert _chain(claims_extractor, text)[:1] == ["Press Trust of India"]


def test_a_persons_name_after_two_hyphens_credits_no_one(claims_extractor):
    text = "Tanker released\n\n" + BODY + " -- Ola Berg\nCoast guard frees second tanker off Karsk"
    assert _chain(claims_extractor, text) == []


FOOTER = "\nSubscribe to:\nPost Comments (Atom)\nNo comments:\nPost a Comment"


def test_a_labelled_credit_above_a_blogs_comment_box(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\nSource:Xinhua" + FOOTER
    assert _chain(claims_extractor, text)[:1] == ["Xinhua"]


def test_a_label_naming_no_outlet_above_the_comment_box(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\nSource: company filings" + FOOTER
    assert _chain(claims_extractor, text) == []


def test_a_copyright_line_joining_two_holders_with_a_slash(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\n© 2025 Thomson/Reuters. All rights reserved."
    assert _chain(claims_extractor, text)[:1] == ["Reuters"]


def test_a_photos_copyright_without_a_year_credits_no_story(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\n© Thomson/Reuters"
    assert _chain(claims_extractor, text) == []


def test_a_registry_outlet_by_its_sites_name(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\nSource: NST Online"
    assert _chain(claims_extractor, text)[:1] == ["New Straits Times"]


def test_the_sites_name_on_its_own_page_is_no_repost(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\nSource: NST Online"
    assert _chain(claims_extractor, text, outlet="New Straits Times") == []


LONG = (
    "The Karsk coast guard said on Monday that it had released the tanker Tern Vale after three days of checks.\n"
    "Officers boarded the ship off Varnhamn on Friday and questioned its master and crew for several hours.\n"
)


def test_a_pictures_bracketed_credit_between_paragraphs_credits_no_story(claims_extractor):
    text = (
        "Tanker released\nBy Ola Berg\n"
        + LONG
        + "(Yonhap) (Yonhap)\n"
        + "The Tern Vale carried 3,000 tonnes of fuel, the coast guard added in its statement on Monday."
    )
    assert _chain(claims_extractor, text)[:1] != ["Yonhap"]


def test_a_bracketed_agency_under_the_headline_credits_the_story(claims_extractor):
    text = (
        "Tanker released\n(Yonhap)\n"
        + LONG
        + "The Tern Vale carried 3,000 tonnes of fuel, the coast guard added in its statement on Monday."
    )
    assert _chain(claims_extractor, text)[:1] == ["Yonhap"]


REPLY = "\nLeave a Reply\nYour email address will not be published. Required fields are marked *"


def test_a_writers_reference_list_over_a_comment_box_credits_no_one(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\nReferences: The Guardian, Reuters" + REPLY
    assert _chain(claims_extractor, text) == []


def test_a_source_line_over_a_comment_box_credits_the_outlet(claims_extractor):
    text = "Tanker released\n\n" + BODY + "\nSource: Reuters" + REPLY
    assert _chain(claims_extractor, text)[:1] == ["Reuters"]
