"""Credit lines found on pages outside the evaluation set (thirty-first round, outlet31, issue 12):
`attribution/credit_forms.jsonl` (closing_agency_slash_initials, read_the_outlet_story,
read_the_story_at_outlet, article_published_on_outlet), osint_graph/nlp/credit_addresses.py (a full link
to the story taken: "Source: https://www.<registry site>/news/...") and nlp/repost.py's dateline readers
(a country in a dateline's brackets, "DOUALA (Cameroon): ...", is no agency).

Each shape with a negative twin that looks like a credit and is not: a name no list knows, the page's own
outlet, a slash inside prose, a bare "Read more" link, a link to a site the registry does not list as an
outlet (a body's press release). Made-up vessels, places, people and outlets (Wirewatch and Nordic Daily
are Outlets the page's entities know; "Portwire" is one no list knows); the registry's Bernama where the
rule needs a listed site.
"""

from __future__ import annotations

import pytest
from claim_standalone import claims_runner
from test_credit_shapes30 import BODY, ENTITIES, TITLE, _chain, _heads


@pytest.fixture(scope="module")
def run():
    return claims_runner(ENTITIES)


# -- closing_agency_slash_initials: "... in court. Wirewatch/SP" -----------------------------------


@pytest.mark.parametrize("after", ["", "\n\nTanker fleet grows in the Baltic"])  # a related headline under it
def test_an_agency_with_its_editors_initials_after_the_last_sentence_heads_the_story(run, after):
    text = f"{TITLE}\n\n{BODY} Wirewatch/SP{after}"
    assert _heads(run(text)) == (["Wirewatch"], ["Wirewatch", "Lena Varga"])


@pytest.mark.parametrize(
    "tail",
    [
        " Portwire/SP",  # a name no list knows as an outlet
        " Harbour Ledger/SP",  # the page's own outlet
        "\n\nThe Tern Vale sailed for the Wirewatch/KN joint venture.",  # a slash inside prose
        " Wirewatch/Nordic",  # no editors' initials after the slash
    ],
)
def test_a_slash_credit_naming_no_other_outlet_is_no_credit(run, tail):
    assert _heads(run(f"{TITLE}\n\n{BODY}{tail}"))[0] == []


# -- read_the_outlet_story / read_the_story_at_outlet: "Read the Wirewatch story HERE" --------------


@pytest.mark.parametrize(
    "line",
    [
        "Read the Wirewatch story HERE",
        "Read the full Wirewatch report here.",
        "Read the original story at Wirewatch",
        "READ the Wirewatch article",
    ],
)
def test_a_link_line_naming_the_outlets_story_heads_the_summary(run, line):
    text = f"{TITLE}\n\n{BODY}\n\n{line}\n\nWant more? Subscribe now!"
    assert _heads(run(text)) == (["Wirewatch"], ["Wirewatch", "Lena Varga"])


@pytest.mark.parametrize(
    "line",
    [
        "Read more",  # a bare link line names no one
        "Read the story",
        "Read the Portwire story HERE",  # a name no list knows as an outlet
        "Read the Harbour Ledger story here",  # the page's own outlet
        "Read the Wirewatch story about the Tern Vale and the Karsk Navy here.",  # a sentence, not a link line
    ],
)
def test_a_link_line_naming_no_other_outlets_story_is_no_credit(run, line):
    assert _heads(run(f"{TITLE}\n\n{BODY}\n\n{line}"))[0] == []


# -- credit_addresses.py: a full link to the story taken -------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Source: https://www.bernama.com/en/news.php?id=2290123",
        "Source: http://bernama.com/en/world/tern-vale-unloads.html",
        "(Source: https://www.bernama.com/en/news/tern-vale)",
    ],
)
def test_a_labelled_link_to_a_listed_outlets_story_heads_the_story(claims_extractor, line):
    assert _chain(claims_extractor, f"{TITLE}\n\n{BODY}\n\n{line}")[:1] == ["Bernama"]


@pytest.mark.parametrize(
    "line",
    [
        "Source: https://www.karsk-navy.gov/releases/tern-vale.html",  # a body's press release, no outlet
        "Photo: https://www.bernama.com/en/photos/tern-vale.jpg",  # a photo credit
        "Source: https://twitter.com/karsknavy/status/1",  # a platform
    ],
)
def test_a_labelled_link_to_no_listed_outlet_is_no_credit(claims_extractor, line):
    assert _chain(claims_extractor, f"{TITLE}\n\n{BODY}\n\n{line}") == []


def test_linked_and_bare_hosts_are_told_apart():
    from osint_graph.nlp.credit_addresses import credited_sites

    text = "Source: harbourwire.com\n\nSource: https://www.bernama.com/en/news.php?id=1\n\nSource: karsk.net/"
    assert credited_sites(text, set()) == ["harbourwire.com", "karsk.net"]
    assert credited_sites(text, set(), linked=True) == ["www.bernama.com"]


# -- article_published_on_outlet: "More information ... in this article published on Wirewatch." ---------


@pytest.mark.parametrize(
    "line",
    [
        "More information can be found in this article published on Wirewatch.",
        "This story was first published by Wirewatch",
    ],
)
def test_a_line_pointing_at_the_outlets_article_heads_the_story(run, line):
    text = f"{TITLE}\n\n{BODY}\n\n{line}\n\nRelated articles"
    assert _heads(run(text)) == (["Wirewatch"], ["Wirewatch", "Lena Varga"])


@pytest.mark.parametrize(
    "line",
    [
        "More information can be found in this article published on Portwire.",  # a name no list knows
        "The report published by Karsk Navy said the Tern Vale sank.",  # a body's report, told in prose
        "This story was first published by Harbour Ledger",  # the page's own outlet
    ],
)
def test_a_line_pointing_at_no_other_outlets_article_is_no_credit(run, line):
    assert _heads(run(f"{TITLE}\n\n{BODY}\n\n{line}"))[0] == []


# -- a dateline naming its country in brackets: "DOUALA (Cameroon): ..." -----------------------------


def test_a_country_in_a_datelines_brackets_is_no_agency(claims_extractor):
    text = f"{TITLE}\n\nKARSK (Cameroon): The Tern Vale unloaded 300 containers at Karsk in May, officials said."
    assert _chain(claims_extractor, text) == []
    # the agency closing the story then heads it, as the page credits it
    assert _chain(claims_extractor, text + " -Bernama")[:1] == ["Bernama"]


def test_an_agency_in_a_datelines_brackets_still_heads_the_story(claims_extractor):
    text = f"{TITLE}\n\nKARSK (Bernama): The Tern Vale unloaded 300 containers at Karsk in May, officials said."
    assert _chain(claims_extractor, text)[:1] == ["Bernama"]
