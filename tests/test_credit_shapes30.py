"""Credit lines found on 42 pages outside the evaluation set (thirtieth round, credit30, issue 12):
`attribution/credit_forms.jsonl` (title_dash, via_wire, closing_label_glued, closing_hyphen_glued),
osint_graph/nlp/story_end.py (a credit read above a closing "Read more..." link line) and
osint_graph/nlp/credit_addresses.py (a site's address as the credit: "Source: harbourwire.com").

Each shape with a negative twin that looks like a credit and is not: a caption's photo credit, a person's
byline alone, a sentence naming the outlet in prose, the page's own outlet, a name no list knows.
Made-up vessels, places, people and outlets (Wirewatch and Nordic Daily are Outlets the page's
entities know; "Portwire" is one no list knows).
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Karsk"],
    "OUTLET": ["Wirewatch", "Nordic Daily", "Harbour Ledger"],
    "PERSON": ["Lena Varga", "Ola Berg"],
    "ORG": ["Karsk Navy"],
}  # fmt: skip

TITLE = "Tern Vale unloads at Karsk"
BODY = "The Tern Vale unloaded 300 containers at Karsk in May.\n\nThe Morrow Gull was detained, Lena Varga said."


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def _heads(claims) -> tuple[list, list]:
    return chain_of(claims, "300 containers"), chain_of(claims, "detained")


# -- title_dash: the wire after a dash closing the title ------------------------------------------


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_wire_after_a_dash_closing_the_title_heads_the_story(run, dash):
    assert _heads(run(f"{TITLE} {dash} Wirewatch\n\n" + BODY)) == (["Wirewatch"], ["Wirewatch", "Lena Varga"])


@pytest.mark.parametrize(
    "title",
    [
        f"{TITLE} – Portwire",  # a name no list knows as an outlet
        f"{TITLE} – Harbour Ledger",  # the page's own outlet
        f"{TITLE} – Lena Varga",  # a person, as a headline quoting her ends
        "Karsk-Wirewatch link reopens",  # a hyphenated word, no dash between spaces
    ],
)
def test_a_title_dash_naming_no_other_outlet_is_no_credit(run, title):
    assert _heads(run(title + "\n\n" + BODY))[0] == []


# -- via_wire: "Via Wirewatch", "Via Wirewatch news wire" ---------------------------------------------


@pytest.mark.parametrize("line", ["Via Wirewatch", "Via Wirewatch news wire", "via Wirewatch wire"])
def test_a_via_line_names_the_wire_the_copy_came_from(run, line):
    assert _heads(run(f"{TITLE}\n\n{line}\nTuesday 03 June 2025 11:51\n\n" + BODY))[0] == ["Wirewatch"]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Wirewatch",  # a photo credit
        "Via Ola Berg",  # a person
        "Via Portwire news wire",  # a wire no list knows
    ],
)
def test_a_via_line_naming_no_wire_is_no_credit(run, line):
    assert _heads(run(f"{TITLE}\n\n{line}\n\n" + BODY))[0] == []


def test_via_in_a_sentence_is_prose_not_a_credit(run):
    text = f"{TITLE}\n\nThe footage came via Wirewatch on Monday.\n\n" + BODY
    assert _heads(run(text))[0] == []


# -- closing_label_glued: "... the strait. Sources: Wirewatch" -----------------------------------


@pytest.mark.parametrize("label", ["Sources:", "Source:", "SOURCE:"])
def test_a_label_credit_glued_after_the_last_sentence_heads_the_story(run, label):
    assert _heads(run(f"{TITLE}\n\n{BODY} {label} Wirewatch"))[0] == ["Wirewatch"]


def test_a_label_glued_after_the_last_sentence_naming_no_outlet_is_no_credit(run):
    assert _heads(run(f"{TITLE}\n\n{BODY} Sources: port officials"))[0] == []
    assert _heads(run(f"{TITLE}\n\n{BODY} Sources: Harbour Ledger"))[0] == []  # the page's own


def test_a_label_credit_glued_to_a_caption_above_the_story_is_no_credit(run):
    text = f"{TITLE}\n\nThe Morrow Gull at Karsk. Source: Wirewatch\n\n" + BODY
    assert _heads(run(text))[0] == []


# -- closing_hyphen_glued: "... it said.    -Wirewatch" -------------------------------------------


def _chain(extractor, text: str, needle: str = "300 containers", outlet: str = "Harbour Ledger") -> list[str]:
    from osint_graph.model import Article

    found = extractor.extract(Article(id="c30", text=text, outlet=outlet))
    [claim] = [c for c in found.claims if needle in c.text]
    return [a.name for a in claim.attribution]


def test_a_hyphen_glued_to_the_wire_after_the_last_sentence_heads_the_story(claims_extractor):
    # the name glued to its hyphen is one token, no entity of the page: a registry agency is read
    assert _chain(claims_extractor, f"{TITLE}\n\n{BODY}    -Bernama")[:1] == ["Bernama"]


@pytest.mark.parametrize("tail", ["    -Ola Berg", "    -Portwire", "    -Harbour Ledger", " -based crews left."])
def test_a_hyphen_glued_to_a_person_unknown_or_own_name_is_no_credit(claims_extractor, tail):
    assert _chain(claims_extractor, f"{TITLE}\n\n{BODY}{tail}") == []


# -- story_end.py: a credit read above a closing link line ----------------------------------------


@pytest.mark.parametrize("link", ["Read more...", "Continue reading →", "Click here to read more"])
def test_a_credit_closing_the_story_above_a_link_line_heads_the_story(run, link):
    assert _heads(run(f"{TITLE}\n\n{BODY} (Wirewatch)\n\n{link}"))[0] == ["Wirewatch"]
    assert _heads(run(f"{TITLE}\n\n{BODY} -- Wirewatch\n{link}"))[0] == ["Wirewatch"]


def test_a_prose_sentence_naming_the_outlet_above_a_link_line_is_no_credit(run):
    text = f"{TITLE}\n\n{BODY}\n\nThe Morrow Gull was first seen by Wirewatch.\n\nRead more..."
    assert _heads(run(text))[0] == []


def test_story_tail_drops_only_link_lines():
    from osint_graph.nlp.story_end import link_line, story_tail

    assert story_tail("It sank. PTI\n\nRead more...\n") == "It sank. PTI"
    prose = "It sank.\nRead more about the Tern Vale here."
    assert story_tail(prose) == prose
    assert link_line("Continue reading →") and not link_line("Read more about the Tern Vale here.")


# -- credit_addresses.py: "Source: harbourwire.com" ---------------------------------------------


def _hosts(text: str, own: set[str] = frozenset(), known: dict | None = None) -> list[str]:
    from osint_graph.nlp.credit_addresses import credited_sites

    return [(known or {}).get(host, host) for host in credited_sites(text, set(own))]


@pytest.mark.parametrize(
    "line",
    [
        "Source: harbourwire.com",
        "source: harbourwire.com",
        "Source: www.harbourwire.com by Ola Berg",
        "(source: harbourwire.com)",
        "Courtesy: harbourwire.com",
    ],
)
def test_a_labelled_site_address_names_the_sites_outlet(line):
    known = {"harbourwire.com": "Harbour Wire", "www.harbourwire.com": "Harbour Wire"}
    assert _hosts(f"{TITLE}\n{line}\n\n{BODY}", known=known) == ["Harbour Wire"]
    assert _hosts(f"{TITLE}\n\n{BODY}\n\n{line}\n\nRelated News") == [line.split(": ")[1].split()[0].rstrip(")")]


@pytest.mark.parametrize(
    "text",
    [
        f"{TITLE}\n\nPhoto: harbourwire.com\n\n{BODY}",  # a photo credit
        f"{TITLE}\n\n{BODY} The footage was posted on harbourwire.com.",  # prose naming the site
        f"{TITLE}\n\nSource: twitter.com\n\n{BODY}",  # a platform, no outlet
        f"{TITLE}\n\nSource: harbourledger.com\n\n{BODY}",  # the page's own site
        f"{TITLE}\n\nSource: harbourwire.com/news/tern-vale-unloads\n\n{BODY}",  # a link to one story
        f"{TITLE}\n\nBy Ola Berg\n\n{BODY}",  # a person's byline alone
    ],
)
def test_no_address_credit_where_no_site_is_credited(text):
    assert _hosts(text, own={"harbour ledger"}) == []


def test_an_address_credit_heads_the_story_through_the_repost_rule(run):
    claims = run(f"{TITLE}\nsource: wirewatch.com\n\n" + BODY)
    # no registry in the stand-alone pipeline: the site as written heads the chains
    assert _heads(claims) == (["wirewatch.com"], ["wirewatch.com", "Lena Varga"])


def test_an_agency_glued_after_the_last_sentence_above_a_link_line_heads_the_story(claims_extractor):
    assert _chain(claims_extractor, f"{TITLE}\n\n{BODY} Bernama\n\nRead more...")[:1] == ["Bernama"]
    # a link line that is a sentence of its own keeps the glued name from closing the story
    text = f"{TITLE}\n\n{BODY} Bernama\n\nRead more about the Tern Vale on our site."
    assert _chain(claims_extractor, text) == []


# -- slug_names_then_agency: "(Harbour Ledger / Nordic Daily / Wirewatch - 09th Feb, 2025) KARSK, ..." ---------


def test_an_aggregators_slug_of_several_names_credits_the_last_before_the_date(run):
    text = f"{TITLE}\n(Harbour Ledger / Nordic Daily / Wirewatch - 09th Feb, 2025) KARSK,9th February, 2025 – " + BODY
    assert _heads(run(text))[0] == ["Wirewatch"]


@pytest.mark.parametrize(
    "slug",
    [
        "(Harbour Ledger / Nordic Daily / Portwire - 09th Feb, 2025)",  # the last name no list knows
        "(Harbour Ledger / Karsk Navy - 09th Feb, 2025)",  # a body, no outlet
        "(photo / video - 09th Feb, 2025)",  # no name at all
    ],
)
def test_a_slug_whose_last_name_is_no_outlet_is_no_credit(run, slug):
    assert _heads(run(f"{TITLE}\n{slug} KARSK – " + BODY))[0] == []


# -- place_country_date_agency: "Karsk (Norland), Feb 9 (Wirewatch) The ..." --------------------------------


@pytest.mark.parametrize("head", ["", "date 2025-02-09 "])
def test_a_dateline_with_the_country_in_brackets_credits_its_agency(run, head):
    assert _heads(run(f"{head}Karsk (Norland), Feb 9 (Wirewatch) " + BODY))[0] == ["Wirewatch"]


@pytest.mark.parametrize(
    "line",
    [
        "Karsk (Norland), Feb 9 (Harbour Ledger) ",  # the page's own agency
        "Karsk (Norland), Feb 9 (Lena Varga) ",  # a person in the brackets
        "Talks in Karsk (Norland), Feb 9 (Wirewatch said) ",  # prose, no dateline
    ],
)
def test_a_bracketed_country_dateline_naming_no_other_agency_is_no_credit(run, line):
    assert _heads(run(f"{TITLE}\n\n{line}" + BODY))[0] == []


# -- credit_line_vetoes: a breadcrumb ---------------------------------------------------------------------------


@pytest.mark.parametrize("crumb", ["  >  WIREWATCH", "Home » WIREWATCH"])
def test_a_breadcrumb_line_is_navigation_not_a_credit(crumb):
    from osint_graph.nlp.credit_residue import read_credit_line

    assert read_credit_line(crumb) is None
    assert read_credit_line("WIREWATCH | June 3, 2025") is not None  # the same name on a credit line
