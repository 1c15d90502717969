"""Attribution as discourse: reposts and wire stories, a source's passage, speakers referred back to.

Each case is a text written for one rule, with made-up vessels, people, bodies and outlets
(real states).  The claims component runs on the stand-alone pipeline (bare model + the
entities named here), as in tests/test_nlp_claims.py.
"""

from __future__ import annotations

from datetime import date

import pytest
from claim_standalone import chain_of

from osint_graph.model import Attribution
from osint_graph.nlp.source_context import same_speaker

ENTITIES = {
    "VESSEL": ["Morrow Gull", "Tern Vale"],
    "PORT": ["Karsk"],
    "OUTLET": ["Wirewatch", "Nordic Daily", "Harbour Ledger", "WNA", "Harbour Post"],
    "ORG": ["Coastal Watch Agency", "Brightwater Shipping", "Harbour Rights Monitor", "Karsk Navy", "Navy",
            "Norwegian Coast Guard", "Finnish Coast Guard", "Coast Guard", "Varnel Intelligence Service",
            "Karsk ferry watch", "Harbour Coordinator", "Karsk Police", "Varnelis"],
    "PERSON": ["Lena Varga", "Tomas Orell", "Captain Varga", "Orell"],
    "COUNTRY": ["Norway", "Finland"],
}  # fmt: skip
ROLES = {"Lena Varga": "agency spokeswoman", "Tomas Orell": "Brightwater chief executive"}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES, roles=ROLES)


# --------------------------------------------------------------------------- reposts and wire stories


def test_a_wire_dateline_puts_the_agency_at_the_head_of_every_chain(run):
    text = (
        "OSLO (Wirewatch) — The Morrow Gull was detained near Karsk on Monday, Lena Varga said.\n\n"
        "The Morrow Gull had sailed from Finland with 12 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "detained") == ["Wirewatch", "Lena Varga"]
    assert chain_of(claims, "12 crew") == ["Wirewatch"]


@pytest.mark.parametrize(
    "dateline",
    ["Oslo, June 19 (Wirewatch) Jun 19, 2025\n", "Oslo, June 19 (Wirewatch)\n", "Oslo, June 19 (Wirewatch) - "],
)
def test_a_dated_dateline_in_mixed_case_names_the_agency(run, dateline):
    # a wire feed's line "Place, Month Day (Agency)", with or without a dash or a repeated date
    text = (
        dateline + "The Morrow Gull was detained near Karsk on Monday, Lena Varga said.\n\n"
        "The Morrow Gull had sailed from Finland with 12 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "detained") == ["Wirewatch", "Lena Varga"]
    assert chain_of(claims, "12 crew") == ["Wirewatch"]


def test_a_wire_slug_on_a_line_of_its_own_names_the_agency(run):
    # a reposted wire story: headline block, then "(Agency) —" with no place, then the story
    text = (
        "Morrow Gull Detained Near Karsk\n\n(Wirewatch) —\n\n"
        "The Morrow Gull was detained near Karsk on Monday, the Coastal Watch Agency said.\n\n"
        "The Morrow Gull had sailed from Finland with 12 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "detained") == ["Wirewatch", "Coastal Watch Agency"]
    assert chain_of(claims, "12 crew") == ["Wirewatch"]


def test_a_parenthesis_opening_a_line_later_in_the_story_is_no_slug(run):
    text = "The Morrow Gull had sailed from Finland with 12 crew members.\n\n" + "x" * 600 + "\n(Wirewatch) — more"
    assert chain_of(run(text), "12 crew") == []


def test_the_page_relaying_another_outlet_at_its_top_heads_the_story_with_it(run):
    # "..., Nordic Daily reports, Harbour Ledger writes." on Harbour Ledger's own page
    text = (
        "The Morrow Gull was detained near Karsk\n"
        "The Morrow Gull was detained near Karsk on Monday, Nordic Daily reports, Harbour Ledger writes.\n"
        "The ship had sailed from Norway with 14 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "14 crew") == ["Nordic Daily"]
    assert chain_of(claims, "detained") == ["Nordic Daily"]  # the headline too
    # the same sentence on another outlet's page is a press review there, no repost of the page
    assert chain_of(run(text, outlet="Wirewatch"), "detained") == []


def test_a_line_naming_a_body_and_its_acronym_is_no_dateline(run):
    text = "Brightwater Shipping (WNA)\nThe Morrow Gull had sailed from Finland with 12 crew members."
    assert chain_of(run(text), "12 crew") == []


def test_a_dateline_closed_by_a_colon_is_not_the_subject(run):
    # "CITY (Agencies): ..." of South Asian papers: the dateline is no part of the sentence
    text = "OSLO (Agencies): The Coastal Watch Agency has accused the Morrow Gull of carrying 12 crew members."
    assert chain_of(run(text), "12 crew") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    ("headline", "chain"),
    [
        ("Karsk Navy: Morrow Gull seized with 12 crew members", ["Karsk Navy"]),
        ("Morrow Gull seized with 12 crew members — Coastal Watch Agency", ["Coastal Watch Agency"]),
        ("Morrow Gull: 12 crew members rescued near Karsk", []),
        ("Morrow Gull seized with 12 crew members off Karsk: Coastal Watch Agency", ["Coastal Watch Agency"]),
        ("Morrow Gull seized with 12 crew members off Karsk: report", []),
        # a name its state holds is one speaker (credit27, dev dm1 "... - Russia's FSB"); a common noun's is not
        ("Morrow Gull seized with 12 crew members - Norway's Coastal Watch Agency", ["Coastal Watch Agency"]),
        ("Morrow Gull seized with 12 crew members - the harbour's Coastal Watch Agency", []),
    ],
)
def test_a_headline_names_its_source_before_a_colon_or_after_a_dash(run, headline, chain):
    text = headline + "\n\nThe Tern Vale stayed near Karsk overnight."
    assert chain_of(run(text), "12 crew") == chain


def test_the_agency_of_a_dateline_on_its_own_page_is_no_origin(run):
    text = "OSLO (Wirewatch) — The Morrow Gull was detained near Karsk on Monday, Lena Varga said."
    assert chain_of(run(text, outlet="Wirewatch"), "detained") == ["Lena Varga"]


def test_a_first_appeared_note_names_the_original_outlet(run):
    text = "The Tern Vale unloaded 300 containers at Karsk in May.\n\nThis article first appeared in Nordic Daily."
    assert chain_of(run(text), "300 containers") == ["Nordic Daily"]


def test_a_first_published_note_may_name_an_organisation(run):
    text = "*First published on Harbour Rights Monitor\nThe Tern Vale unloaded 300 containers at Karsk in May."
    assert chain_of(run(text), "300 containers") == ["Harbour Rights Monitor"]


def test_a_closing_credit_line_names_the_agency(run):
    text = "The Tern Vale unloaded 300 containers at Karsk in May.\n\n—WNA"
    assert chain_of(run(text), "300 containers") == ["WNA"]


def test_a_credit_closing_the_last_sentences_line_names_the_agency(run):
    # "... in May. – WNA": the agency's credit after the last sentence, on its line
    text = (
        "The Tern Vale unloaded 300 containers at Karsk in May, Lena Varga said.\n\n"
        "The Morrow Gull had sailed from Finland with 12 crew members. – WNA"
    )
    claims = run(text)
    assert chain_of(claims, "300 containers") == ["WNA", "Lena Varga"]
    assert chain_of(claims, "12 crew") == ["WNA"]


def test_a_dash_inside_the_last_sentence_is_no_credit(run):
    text = "The Tern Vale unloaded 300 containers at Karsk – Wirewatch's reporters counted them"
    assert chain_of(run(text), "300 containers") == []


def test_a_dateline_crediting_the_page_and_an_agency_names_the_agency(run):
    # "PLACE (Page / Agency - date)": the page's own credit is skipped, the agency heads the story
    text = (
        "OSLO (Harbour Ledger / Wirewatch - 3rd June, 2025) The Morrow Gull was detained near Karsk, "
        "Lena Varga said on Monday.\n\nThe Morrow Gull had sailed from Finland with 12 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "detained") == ["Wirewatch", "Lena Varga"]
    assert chain_of(claims, "12 crew") == ["Wirewatch"]
    assert chain_of(run(text.replace(" / Wirewatch", "")), "12 crew") == []  # the page's own dateline


@pytest.mark.parametrize(("credit", "chain"), [("Source: Wirewatch", ["Wirewatch"]), ("Source: port records", [])])
def test_a_labelled_closing_credit_names_the_agency_when_it_is_an_outlet(run, credit, chain):
    text = "The Tern Vale unloaded 300 containers at Karsk in May.\n\n" + credit
    assert chain_of(run(text), "300 containers") == chain


@pytest.mark.parametrize("credit", ["Wirewatch | Oslo | Updated: 03-06-2025 14:32 IST", "Wirewatch Europe"])
def test_a_wire_credit_line_near_the_top_names_the_agency(run, credit):
    # the agency's name on a line of its own, then bar-separated furniture or one section word
    text = (
        "Morrow Gull detained near Karsk\n\n" + credit + "\n"
        "The Morrow Gull was detained near Karsk on Monday, Lena Varga said.\n\n"
        "The Morrow Gull had sailed from Finland with 12 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "on Monday") == ["Wirewatch", "Lena Varga"]
    assert chain_of(claims, "12 crew") == ["Wirewatch"]
    assert chain_of(run(text, outlet="Wirewatch"), "12 crew") == []  # the agency's own page


def test_a_line_of_capitalised_words_near_the_top_is_no_credit_unless_it_names_an_outlet(run):
    text = "Morrow Gull Detained | Karsk Harbour\nThe Morrow Gull had sailed from Finland with 12 crew members."
    assert chain_of(run(text), "12 crew") == []


@pytest.mark.parametrize(("last", "chain"), [("Nordic Daily", ["Nordic Daily"]), ("Karsk Harbour", [])])
def test_an_outlets_bare_name_on_the_last_line_is_its_credit(run, last, chain):
    text = "The Tern Vale unloaded 300 containers at Karsk in May.\n\n" + last
    assert chain_of(run(text), "300 containers") == chain


def test_an_outlet_and_a_date_under_the_headline_is_a_repost_byline(run):
    text = (
        "Morrow Gull detained near Karsk\nNordic Daily June 3, 2025\n"
        "The Tern Vale unloaded 300 containers at Karsk in May, Lena Varga said."
    )
    assert chain_of(run(text), "300 containers") == ["Nordic Daily", "Lena Varga"]
    assert chain_of(run(text, outlet="Nordic Daily"), "300 containers") == ["Lena Varga"]


@pytest.mark.parametrize(
    "line", ["20250603 WNA", "2025-06-03 Nordic Daily", "03.06.2025 | WNA", "June 3, 2025  By Nordic Daily"]
)
def test_a_numeric_date_and_an_outlet_on_the_first_line_is_a_wire_credit(run, line):
    # a wire feed's copy carried by another site keeps its credit line: the date, then the agency
    text = line + "\nKarsk - The Tern Vale unloaded 300 containers at Karsk in May, Lena Varga said."
    head = "WNA" if "WNA" in line else "Nordic Daily"
    assert chain_of(run(text), "300 containers") == [head, "Lena Varga"]


def test_a_date_and_a_lower_case_word_or_a_long_name_is_no_credit(run):
    # only an outlet counts: a known one, or an agency's short acronym
    for line in ("20250603 update", "20250603 UPDATE", "20250603 Harbour Masters Guild", "June 3, 2025  By Jane Roe"):
        text = line + "\nThe Tern Vale unloaded 300 containers at Karsk in May, Lena Varga said."
        assert chain_of(run(text), "300 containers") == ["Lena Varga"]


def test_a_byline_naming_an_outlet_is_a_repost_but_a_persons_byline_is_not(run):
    # the byline's name is known as an outlet (here: named again in the page's footer)
    story = "The Tern Vale unloaded 300 containers at Karsk in May.\n\nMore from Nordic Daily"
    assert chain_of(run("By NORDIC DAILY\n" + story), "300 containers") == ["Nordic Daily"]
    assert chain_of(run("By Jane Roe\n" + story), "300 containers") == []


@pytest.mark.parametrize(("outlet", "chain"), [("Harbour Ledger", ["Nordic Daily"]), ("Nordic Daily", [])])
def test_a_byline_naming_an_outlets_newsroom_names_the_outlet(run, outlet, chain):
    # "By Nordic Daily Staff": the outlet's own newsroom, a repost on another page, none on its own
    story = "By Nordic Daily Staff\nThe Tern Vale unloaded 300 containers at Karsk in May.\n\nMore from Nordic Daily"
    assert chain_of(run(story, outlet=outlet), "300 containers") == chain


def test_an_outlet_reporting_the_opening_sentence_heads_the_story(run):
    text = (
        "The Tern Vale unloaded 300 containers at Karsk in May, Nordic Daily reported.\n\n"
        "The ship had sailed from Norway with 14 crew members."
    )
    assert chain_of(run(text), "14 crew") == ["Nordic Daily"]


def test_a_source_cited_later_on_a_page_reviewing_another_is_the_pages_citation(run):
    # the page reviews Nordic Daily's story: an unnamed source cited later is the page's own
    # citation; a sentence with no source of its own stays Nordic Daily's (another outlet cited
    # later makes the page a roundup: tests/test_story_frame29.py)
    text = (
        "The Tern Vale unloaded 300 containers at Karsk in May, Nordic Daily reported.\n\n"
        "The port authority reported that the Tern Vale sailed with 12 crew members.\n\n"
        "The Tern Vale had sailed from Norway with 11 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "12 crew") == []
    assert chain_of(claims, "11 crew") == ["Nordic Daily"]


def test_a_news_agency_of_the_registry_is_carried_whole():
    # an agency's story framed by its opening sentence is wire copy: its later citations stay under it
    from types import SimpleNamespace

    from osint_graph.nlp.repost import is_agency

    class Registry:
        def lookup(self, name, kind):
            kinds = {"Wirewatch": "agency", "Nordic Daily": "outlet"}
            return SimpleNamespace(attributes={"kind": kinds[name]}) if name in kinds else None

    def source(name):
        return SimpleNamespace(link=SimpleNamespace(name=name))

    ctx = SimpleNamespace(gazetteer=Registry())
    assert is_agency(ctx, source("Wirewatch"))
    assert not is_agency(ctx, source("Nordic Daily"))
    assert not is_agency(SimpleNamespace(gazetteer=None), source("Wirewatch"))


def test_an_opening_report_does_not_cover_a_page_that_reports_in_its_own_name(run):
    text = (
        "The Tern Vale unloaded 300 containers at Karsk in May, Nordic Daily reported.\n\n"
        "Imagery reviewed by Harbour Ledger shows the Morrow Gull at Karsk with 14 crew members."
    )
    assert chain_of(run(text), "14 crew") == []


# --------------------------------------------------------------------------- a page retelling one account


SOLE_ACCOUNT = (
    "The Karsk Navy said the Morrow Gull was boarded near Karsk on Monday.\n\n"
    "Two tugs joined the Tern Vale off Karsk.\n\n"
    "The Karsk Navy said 12 crew members were detained.\n\n"
    "A patrol boat towed the Morrow Gull into the harbour of Karsk.\n\n"
    "Divers inspected the hull of the Morrow Gull on Tuesday.\n\n"
    "The crew were questioned at the harbour.\n\n"
    "The Karsk Navy said the Morrow Gull carried 300 tonnes of fuel.\n\n"
    "Rescuers later towed the Tern Vale to the harbour of Karsk.\n\n"
    "The rescuers worked through the night.\n\n"
    "The Morrow Gull is owned by Brightwater Shipping."
)


def test_a_page_retelling_one_sources_account_carries_it_over_narration_between_its_frames(run):
    claims = run(SOLE_ACCOUNT)
    assert chain_of(claims, "patrol boat towed") == ["Karsk Navy"]  # past narration between its frames
    assert chain_of(claims, "Divers inspected") == ["Karsk Navy"]  # farther than a bracket reaches
    assert chain_of(claims, "is owned by") == []  # present-tense background stays the outlet's


def test_a_retold_account_runs_from_the_sources_second_frame_to_its_last(run):
    # after the source's last frame the page goes on in its own voice (extra26: dev gold `[]` for 20 of 29)
    claims = run(SOLE_ACCOUNT)
    assert chain_of(claims, "Rescuers later towed") == []
    assert chain_of(claims, "worked through the night") == []  # a step of the story all the same: a claim
    # one frame alone opens no account (MIN_FRAMES, as for a bracket): narration before the second is the page's
    assert chain_of(claims, "Two tugs joined") == []


def test_a_page_citing_two_sources_carries_neither_over_later_narration(run):
    text = SOLE_ACCOUNT.replace("A patrol boat", "Lena Varga said the Tern Vale left Karsk.\n\nA patrol boat")
    assert chain_of(run(text), "patrol boat towed") == []


def test_an_unnamed_speakers_frame_ends_the_retold_account(run):
    # "Witnesses said ...": another speaker's frame ends the account the page retells, until its next frame
    text = SOLE_ACCOUNT.replace("A patrol boat", "The Tern Vale was hit twice, witnesses said.\n\nA patrol boat")
    assert chain_of(run(text), "patrol boat towed") == []


def test_a_bare_official_does_not_end_the_retold_account(run):
    # "an official said" speaks for the body whose account the page retells (attribution/body_speakers.txt)
    text = SOLE_ACCOUNT.replace("A patrol boat", "The Tern Vale was hit twice, an official said.\n\nA patrol boat")
    assert chain_of(run(text), "patrol boat towed") == ["Karsk Navy"]


@pytest.mark.parametrize(
    ("step", "chain"),
    [
        # the source named by another of its names (a mention of its entity): its own act, told by the outlet
        ("The Morrow Gull was towed to Karsk after the Karsk Coast Guard detained it.", []),
        ("The Morrow Gull was towed to Karsk after a tug reached it.", ["Coastal Watch Agency"]),
    ],
)
def test_a_step_naming_the_source_by_another_of_its_names_is_its_own_act(step, chain):
    from claim_standalone import run as run_doc
    from claim_standalone import standalone_pipeline

    nlp = standalone_pipeline({"VESSEL": ["Morrow Gull"], "PORT": ["Karsk"],
                               "ORG": ["Coastal Watch Agency", "Karsk Coast Guard"]})  # fmt: skip
    text = (
        "The Coastal Watch Agency said the Morrow Gull was boarded near Karsk on Monday.\n\n"
        "The Coastal Watch Agency said 12 crew members were detained.\n\n"
        f"{step}\n\n"
        "The Coastal Watch Agency said the Morrow Gull carried 300 tonnes of fuel."
    )
    doc = run_doc(nlp, text, outlet="Harbour Ledger", canonical={"Karsk Coast Guard": "Coastal Watch Agency"})
    assert chain_of(doc._.claims, "was towed") == chain


# --------------------------------------------------------------------------- a source's passage


def test_a_narrative_step_goes_on_with_the_source_before_it(run):
    text = (
        "The Morrow Gull rammed a patrol boat near Karsk, Lena Varga said. "
        "Minutes later, the Morrow Gull turned around and sailed toward Finland."
    )
    assert chain_of(run(text), "turned around") == ["Lena Varga"]


def test_a_quote_and_an_it_sentence_go_on_with_the_source(run):
    text = (
        "The Coastal Watch Agency said the Tern Vale had switched off its transponder near Karsk. "
        "“We tracked the Tern Vale for weeks.” It then sailed toward Karsk with 12 crew members."
    )
    claims = run(text)
    assert chain_of(claims, "tracked") == ["Coastal Watch Agency"]
    assert chain_of(claims, "12 crew") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    "ranking", ["It was the third such case", "This marks the latest case", "It is the largest case"]
)
def test_an_it_sentence_ranking_the_event_is_the_outlets_own(run, ranking):
    # "It was the first time ...": the outlet sets the event in its history (dev gold: 8 of 9 so)
    text = (
        "The Coastal Watch Agency said the Tern Vale had switched off its transponder near Karsk. "
        + ranking
        + " at Karsk this year, with 12 crew members detained."
    )
    assert chain_of(run(text), "12 crew") == []


def test_a_quoted_ranking_is_the_speakers(run):
    text = (
        "The Coastal Watch Agency said the Tern Vale had switched off its transponder near Karsk.\n\n"
        "“It was the third such case at Karsk this year, with 12 crew members detained.”"
    )
    assert chain_of(run(text), "12 crew") == ["Coastal Watch Agency"]


def test_a_quotation_opened_by_a_frame_carries_its_source_to_its_end(run):
    text = (
        "Brightwater Shipping said on its website that “the Tern Vale was hit near Karsk. "
        "All 12 crew members are safe.”\n\n"
        "The Morrow Gull left Karsk with 40 containers."
    )
    claims = run(text)
    assert chain_of(claims, "12 crew") == ["Brightwater Shipping"]
    assert chain_of(claims, "40 containers") == []


def test_background_in_the_outlets_voice_ends_the_passage(run):
    text = (
        "The Morrow Gull rammed a patrol boat near Karsk, Lena Varga said. "
        "The Morrow Gull is owned by Brightwater Shipping. "
        "Then the Tern Vale left Karsk."
    )
    claims = run(text)
    assert chain_of(claims, "owned by") == []
    assert chain_of(claims, "left Karsk") == []


def test_a_negated_remark_is_the_outlets_own(run):
    text = (
        "The Morrow Gull rammed a patrol boat near Karsk, Lena Varga said. "
        "Then the Morrow Gull was not seen at Karsk again."
    )
    assert chain_of(run(text), "not seen") == []


def test_a_quote_opening_the_next_paragraph_goes_on_with_the_source(run):
    text = (
        "The Morrow Gull rammed a patrol boat near Karsk, Lena Varga said.\n\n"
        "“The Morrow Gull then sailed toward Finland with 12 crew members.”"
    )
    assert chain_of(run(text), "12 crew") == ["Lena Varga"]


# a quote running over paragraphs ("X said: “A.¶“B.”"): B names nothing, yet it is X's statement;
# a quote reopened after "X said." runs over two sentences: the second, negated, is X's too
QUOTE_OVER_PARAGRAPHS = (
    "Lena Varga said: “The Morrow Gull is being held offshore near Karsk.\n"
    "“This morning the fires on board have greatly reduced.\n"
    "“Tugs remain in position should they be required.”"
)
# the quote's next paragraph is negated: still her words, not the outlet's remark
QUOTE_NEGATED_PARAGRAPH = (
    "Lena Varga said: “The Morrow Gull rammed a patrol boat near Karsk.\n\n"
    "“No crew members of the Tern Vale were hurt in the collision.”"
)
QUOTE_REOPENED = (
    "“The Morrow Gull was never a threat,” Lena Varga said. “Its crew left Karsk on a tug. "
    "There are no safe havens for pirates near Karsk and there never will be.” "
    "The Tern Vale left Karsk with 12 crew members."
)


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        (QUOTE_OVER_PARAGRAPHS, "fires on board", ["Lena Varga"]),
        (QUOTE_OVER_PARAGRAPHS, "Tugs remain", ["Lena Varga"]),
        (QUOTE_REOPENED, "safe havens", ["Lena Varga"]),
        (QUOTE_REOPENED, "12 crew", []),
        (QUOTE_NEGATED_PARAGRAPH, "No crew members", ["Lena Varga"]),
    ],
)
def test_every_sentence_of_a_speakers_quotation_is_a_claim_of_the_speaker(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain


@pytest.mark.parametrize("frame", ["It posted on Telegram:", "The agency wrote on its website on Monday:"])
def test_a_statement_on_a_platform_after_a_colon_is_the_posters(run, frame):
    # the parser takes the quoted clause for the head and the frame for its complement
    text = (
        "The Coastal Watch Agency said the Morrow Gull was hit near Karsk. "
        + frame
        + " “On May 9, two drones struck the Tern Vale with 12 crew members aboard.”"
    )
    assert chain_of(run(text), "12 crew") == ["Coastal Watch Agency"]


def _full_chain(extractor, text: str, needle: str) -> list[str]:
    """The chain of the claim holding `needle`, through the full pipeline (its gazetteer reads demonyms)."""
    from osint_graph.model import Article, article_id

    claims = extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger")).claims
    return chain_of(claims, needle)


def test_a_company_named_by_its_flag_is_the_company_cited_before(claims_extractor):
    text = (
        "Brightwater Shipping said the tanker Tern Vale left Karsk on Monday. "
        "In a statement, the Norwegian company said 12 crew members were safe."
    )
    assert _full_chain(claims_extractor, text, "12 crew") == ["Brightwater Shipping"]


def test_a_ministry_named_by_a_demonym_is_not_the_body_cited_before(claims_extractor):
    # a flag makes a company the one cited before; a ministry of a nation is that nation's, not the agency's
    text = (
        "The British Ministry of Defence said the tanker Tern Vale left Karsk on Monday. "
        "Norway summoned the Karsk envoy, the Finnish foreign ministry said."
    )
    assert "Ministry of Defence" not in " ".join(_full_chain(claims_extractor, text, "summoned"))


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        # "the force" after a police force
        (
            "The master of the Tern Vale was arrested by Karsk Police on Tuesday. "
            "The force said on Wednesday that 12 crew members remained aboard.",
            "12 crew",
            ["Karsk Police"],
        ),
        # ... also a few sentences on, past the outlet's own remarks in between
        (
            "Karsk Police said the Tern Vale was boarded on Tuesday.\n\n"
            "The Tern Vale then turned in circles, tracking data showed.\n\n"
            "“No one was hurt among the 12 crew members,” the force added.",
            "12 crew",
            ["Karsk Police"],
        ),
        # "police said" far past the account: the one police force the article names
        (
            "Karsk Police said the Tern Vale was boarded on Tuesday. The Tern Vale had left Karsk on Monday. "
            "It sailed north. It carried timber. It was built in 2004. "
            "Its master and 12 crew members were questioned, police said.",
            "12 crew",
            ["Karsk Police"],
        ),
        # an outlet quoting a statement by a body cites the body
        (
            "Nordic Daily quoted a statement by the Coastal Watch Agency as saying 12 crew members were safe.",
            "12 crew",
            ["Nordic Daily", "Coastal Watch Agency"],
        ),
        # a body publishing photos: what they show is its claim (GUIDELINES "Material a source
        # published"); a document named only is an act the outlet reports
        (
            "The Karsk Navy published photos of 12 small boats surrounding the Morrow Gull.",
            "12 small boats",
            ["Karsk Navy"],
        ),
        ("Lena Varga shared a video of 12 boats ramming the Tern Vale near Karsk.", "12 boats", ["Lena Varga"]),
        ("The Karsk Navy published a timeline of the 12 attacks on the Tern Vale.", "12 attacks", []),
        ("The Karsk Navy did not release footage of the 12 boats near the Tern Vale.", "12 boats", []),
        (
            "Lena Varga released a satellite image of what she described as 12 drone launchers near Karsk.",
            "12 drone launchers",
            ["Lena Varga"],
        ),
    ],
)
def test_who_speaks_in_a_descriptor_a_quoted_statement_or_a_disclosure(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain


def test_quoted_words_in_the_next_paragraph_go_on_with_a_leading_frame(run):
    text = (
        "The Coastal Watch Agency said that the Tern Vale rammed a patrol boat near Karsk.\n\n"
        "The Tern Vale “deliberately turned into the boat” with 12 crew members aboard."
    )
    assert chain_of(run(text), "12 crew") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    "label",
    [
        "The fishing vessel “Tern Vale” had sailed from Karsk with 12 crew members aboard.",  # a quoted name
        "The “high-specification” Tern Vale was bought in May with 12 crew members aboard.",  # a quoted label
    ],
)
def test_quote_marks_around_a_name_or_label_quote_no_ones_account(run, label):
    # quoted words go on with a leading frame only when they hold a verb: marks around a name or a
    # label are the outlet's own writing, in the next paragraph as in the frame's paragraph
    frame = "The Coastal Watch Agency said that the Morrow Gull rammed a patrol boat near Karsk."
    assert chain_of(run(frame + "\n\n" + label), "12 crew") == []
    assert chain_of(run(frame + " " + label), "12 crew") == []


def test_a_past_tense_frame_of_an_outlet_whose_name_is_a_report_word_opens_no_passage(run):
    # "..., the Harbour Post reported on Monday.": a news-wire frame of its own sentence (the "Post"
    # of the name is no present-tense "posts"), not a press review carrying the next paragraphs
    text = (
        "Karsk harbour was closed on Monday.\n\n"
        "The Morrow Gull was detained near Karsk, the Harbour Post reported on Monday. A patrol boat was also "
        "hit, according to the report.\n\nThe strait will stay closed to 12 tankers for a week."
    )
    assert chain_of(run(text), "12 tankers") == []


def test_quoted_words_in_the_next_paragraph_after_a_closing_frame_are_the_outlets(run):
    text = (
        "“The Tern Vale rammed a patrol boat near Karsk,” the Coastal Watch Agency said.\n\n"
        "The Tern Vale “deliberately turned into the boat” with 12 crew members aboard."
    )
    assert chain_of(run(text), "12 crew") == []


@pytest.mark.parametrize(
    ("frame", "chain"),
    [("That's according to the Karsk Navy.", ["Karsk Navy"]), ("This is according to Nordic Daily.", ["Nordic Daily"])],
)
def test_a_sentence_that_only_frames_the_one_before_gives_it_its_source(run, frame, chain):
    text = "The Morrow Gull was detained near Karsk with 12 crew members. " + frame
    assert chain_of(run(text), "12 crew") == chain


@pytest.mark.parametrize("connective", ["Moreover, the", "In addition, the", "What is more, the"])
def test_an_additive_paragraph_goes_on_with_the_source(run, connective):
    # attribution/additive_starts.txt: "Moreover," adds to the account of the paragraph before
    text = (
        "The Morrow Gull rammed a patrol boat near Karsk, Lena Varga said.\n\n"
        f"{connective} Tern Vale left Karsk with 12 crew members."
    )
    assert chain_of(run(text), "left Karsk") == ["Lena Varga"]


def test_an_additive_paragraph_after_the_outlets_voice_has_no_source(run):
    text = (
        "The Morrow Gull rammed a patrol boat near Karsk, Lena Varga said.\n\n"
        "The Morrow Gull is owned by Brightwater Shipping.\n\n"
        "Moreover, the Tern Vale left Karsk with 12 crew members."
    )
    assert chain_of(run(text), "left Karsk") == []


def test_the_passage_ends_with_its_paragraph(run):
    text = (
        "The Morrow Gull rammed a patrol boat near Karsk, Lena Varga said.\n\n"
        "Then the Tern Vale left Karsk with 12 crew members."
    )
    assert chain_of(run(text), "left Karsk") == []


def test_an_unnamed_official_speaks_for_the_body_whose_account_it_is(run):
    text = (
        "The Coastal Watch Agency said the Tern Vale had been boarded near Karsk.\n\n"
        "Patrol boats circled the Morrow Gull for an hour.\n\n"
        "The Tern Vale was escorted to Karsk with 12 crew members, an official said.\n\n"
        "Two patrol boats stayed near the Morrow Gull overnight, official added."
    )
    claims = run(text)
    assert chain_of(claims, "12 crew") == ["Coastal Watch Agency"]
    assert chain_of(claims, "stayed near") == ["Coastal Watch Agency"]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        (  # an official speaks for a body, never for an outlet cited for background
            "The Coastal Watch Agency said the Tern Vale had been boarded near Karsk.\n\n"
            "Boardings of this kind are rare, according to Nordic Daily.\n\n"
            "\u201cThe Tern Vale carried 12 crew members,\u201d the official said.",
            ["Coastal Watch Agency"],
        ),
        (  # "the same report" is the outlet whose report was cited last
            "According to Nordic Daily, the Morrow Gull was stopped near Karsk on Monday. "
            "The Morrow Gull is owned by Brightwater Shipping.\n\n"
            "\u201cThe Tern Vale later took 12 crew members off the ship,\u201d the same report added.",
            ["Nordic Daily"],
        ),
    ],
)
def test_an_unnamed_closing_speaker_refers_back_to_a_source_of_its_kind(run, text, chain):
    assert chain_of(run(text), "12 crew") == chain


def test_an_official_met_before_any_body_stays_unnamed(run):
    text = (
        "The Tern Vale was detained at Karsk, a port official said.\n\n"
        "The Coastal Watch Agency said the Morrow Gull had left Karsk.\n\n"
        "The Tern Vale carried 40 containers, the port official said."
    )
    assert chain_of(run(text), "40 containers") == []


def test_an_official_after_a_person_speaks_for_nobody_named(run):
    text = (
        "Lena Varga said the Tern Vale had been boarded near Karsk.\n\n"
        "The Tern Vale carried 40 containers, an official said."
    )
    assert chain_of(run(text), "40 containers") == []


# --------------------------------------------------------------------------- speakers named short


def test_a_title_and_surname_is_the_person_named_in_full_before(run):
    text = (
        "Lena Varga inspected the Morrow Gull at Karsk on Monday.\n\n"
        "Captain Varga said the Morrow Gull carried 40 containers."
    )
    assert chain_of(run(text), "40 containers") == ["Lena Varga"]


def test_a_surname_is_the_person_named_in_full_before(run):
    text = "Tomas Orell spoke at Karsk.\n\nOrell said the Tern Vale carried 40 containers."
    assert chain_of(run(text), "40 containers") == ["Tomas Orell"]


def test_a_short_body_name_ends_the_one_longer_name(run):
    text = "The Karsk Navy escorted the Tern Vale.\n\nThe Navy said the Tern Vale carried 40 containers."
    assert chain_of(run(text), "40 containers") == ["Karsk Navy"]


def test_a_body_named_in_lower_case_is_that_body_when_named_again(run):
    text = (
        "The Karsk ferry watch detained the Tern Vale on Monday.\n\n"
        "The Tern Vale carried 40 containers, the ferry watch said."
    )
    assert chain_of(run(text), "40 containers") == ["Karsk ferry watch"]


def test_a_title_taken_for_a_body_gives_way_to_the_person_holding_it(run):
    text = "The agency's Harbour Coordinator, Lena Varga, said the Tern Vale carried 40 containers."
    assert chain_of(run(text), "40 containers") == ["Lena Varga"]


def test_a_short_name_of_two_bodies_stays_short(run):
    text = (
        "The Norwegian Coast Guard and the Finnish Coast Guard escorted the Tern Vale.\n\n"
        "The Coast Guard said the Tern Vale carried 40 containers."
    )
    assert chain_of(run(text), "40 containers") == ["Coast Guard"]


def test_the_agent_of_a_review_is_its_source_not_the_keeper_of_the_records(run):
    text = "A review of Coastal Watch Agency records by Nordic Daily showed that the Tern Vale was anchored at Karsk."
    assert chain_of(run(text), "anchored at Karsk") == ["Nordic Daily"]


def test_one_descriptor_word_ties_an_unnamed_source_to_no_body(run):
    text = (
        "The Varnel Intelligence Service tracked the Tern Vale. "
        "Military intelligence officers believe the Tern Vale may have been mapping cables near Karsk, Lena Varga said."
    )
    assert chain_of(run(text), "mapping cables") == ["Lena Varga"]


def test_a_news_website_described_by_its_country_is_the_outlet_cited_last(run):
    # the page's own outlet was described by the same noun before: recency wins
    text = (
        "The Harbour Ledger news website reported that the Morrow Gull left Karsk.\n"
        "The Morrow Gull carried 12 crew members, Norway’s Nordic Daily wrote.\n"
        "According to the Norwegian news website, the ship sailed out of Karsk on August 22."
    )
    assert chain_of(run(text), "August 22") == ["Nordic Daily"]


def test_a_participle_after_a_relay_frame_is_residue(run):
    # "..., X told <outlet> on Thursday, refusing to ...": the frame is still peeled
    text = (
        "“The Morrow Gull will not enter Karsk,” Lena Varga told the Nordic Daily broadcaster on Thursday, "
        "refusing to name the port."
    )
    assert chain_of(run(text, outlet="Wirewatch"), "will not enter") == ["Nordic Daily", "Lena Varga"]


def test_low_opening_quotes_close_with_a_high_mark(run):
    # „...“ (Baltic and Central European style): the “ closes the quotation
    text = (
        "„The Morrow Gull will not enter Karsk. We checked the 12 crew members,“ Lena Varga said.\n"
        "She added that a ship with the „flag acceptable to us“ may enter Karsk. "
        "The Morrow Gull is owned by Brightwater Shipping."
    )
    claims = run(text, outlet="Wirewatch")
    assert chain_of(claims, "12 crew") == ["Lena Varga"]
    assert chain_of(claims, "owned by") == []


def test_naming_a_thing_as_something_is_the_namers_statement(run):
    assert chain_of(run("The Coastal Watch Agency identified the vessel as the Morrow Gull."), "identified") == [
        "Coastal Watch Agency"
    ]
    # without "as" identifying is an act, not a statement
    assert chain_of(run("The Coastal Watch Agency identified the cause of the fire on the Morrow Gull."), "cause") == []
    # the parser hangs "as" on the object when an adjective follows: still a naming (carry27)
    text = "The Coastal Watch Agency identified the shipment as Varnian in origin."
    assert chain_of(run(text), "shipment") == ["Coastal Watch Agency"]
    assert chain_of(run("The Coastal Watch Agency identified the shipment near the port."), "shipment") == []


def test_what_a_speaker_described_as_is_the_speakers_wherever_the_clause_stands(run):
    text = "The Tern Vale repelled what Lena Varga described as the largest attack yet near Karsk."
    assert chain_of(run(text), "largest attack") == ["Lena Varga"]


def test_the_agency_is_whichever_agency_was_cited_last(run):
    # "agency" names a news agency and a state body alike: the one cited last
    text = (
        "The Morrow Gull collided with a barge near Karsk, Nordic Daily reports, Harbour Ledger writes.\n"
        "The collision happened on March 2, the Coastal Watch Agency said in a statement. "
        "The case is still under investigation, the agency said."
    )
    assert chain_of(run(text), "investigation") == ["Nordic Daily", "Coastal Watch Agency"]


@pytest.mark.parametrize(
    "main",
    [
        "Norway did not immediately acknowledge the seizure of 12 crew members",  # negated
        "It is reported that 12 crew members were killed in the strikes",  # hedged hearsay
    ],
)
def test_a_relative_clause_with_a_speaker_is_its_own_claim_after_a_negated_or_hedged_one(run, main):
    # the navy vouches for its relative clause, not for the outlet's negated or hedged main clause
    claims = run("Karsk harbour was closed on Monday.\n\n" + main + ", which the Karsk Navy said happened in June.")
    assert chain_of(claims, main[-30:]) == []
    # (the relative clause's claim is cut at "which ... said" by claim segmentation: "happened in June")
    assert any(c.text.endswith("happened in June") and [a.name for a in c.attribution] == ["Karsk Navy"]
               for c in claims)  # fmt: skip


def test_a_relative_clause_with_a_speaker_after_a_comma_is_the_speakers_claim_on_a_plain_main_clause_too(run):
    # claim segmentation cuts ", which X said C" off (GUIDELINES: a clause whose source differs is a claim
    # of its own); the main clause stays the outlet's
    text = (
        "Karsk harbour was closed on Monday.\n\n"
        "The vessels listed include 12 barges, which the Karsk Navy said had carried mines."
    )
    claims = run(text)
    assert chain_of(claims, "carried mines") == ["Karsk Navy"]
    assert chain_of(claims, "include 12 barges") == []


def test_a_speaker_who_told_an_outlet_goes_on_through_it(run):
    text = (
        "Harbour Ledger has followed the Morrow Gull since May.\n"
        "“The Morrow Gull will not enter Karsk,” Lena Varga told Nordic Daily on Thursday.\n"
        "She added that the Tern Vale could dock at Karsk for repairs.\n"
        "Lena Varga also said that the Tern Vale had called at Karsk twice."
    )
    claims = run(text)
    assert chain_of(claims, "could dock") == ["Nordic Daily", "Lena Varga"]
    assert chain_of(claims, "twice") == ["Nordic Daily", "Lena Varga"]


def test_an_unnamed_source_named_again_goes_on_through_the_outlet_told(claims_extractor):
    # "a Norwegian security source told X ... the Norwegian source said": one speaker for Norway
    text = (
        "Harbour Ledger has followed the Morrow Gull since it left Norway in May.\n\n"
        "The Morrow Gull was hit near Karsk on Friday, a Norwegian security source told Nordic Daily. "
        "“The Tern Vale was carrying 12 crew members,” the Norwegian source said."
    )
    from osint_graph.model import Article, article_id

    claims = claims_extractor.extract(Article(id=article_id(text), text=text, outlet="Harbour Ledger")).claims
    chain = next(c.attribution for c in claims if "12 crew" in c.text)
    assert [a.name for a in chain] == ["Nordic Daily", "the Norwegian source"]
    assert "norway" in (chain[-1].entity or "")  # the unnamed source speaks for Norway


def test_another_source_ends_what_an_outlet_relays(run):
    text = (
        "Harbour Ledger has followed the Morrow Gull since May.\n"
        "“The Morrow Gull will not enter Karsk,” Lena Varga told Nordic Daily on Thursday.\n"
        "The Coastal Watch Agency said the Tern Vale could dock at Karsk.\n"
        "Lena Varga said that the Tern Vale had called at Karsk twice."
    )
    assert chain_of(run(text), "twice") == ["Lena Varga"]


def test_a_ship_that_called_at_a_port_said_nothing(run):
    # "call" is a speech act ("X called the move unjustified"), but a ship is no speaker
    assert chain_of(run("The Tern Vale called at Karsk twice in May."), "twice") == []


@pytest.mark.parametrize("aux", ["will", "would", "may"])
def test_a_body_that_will_act_inside_a_speakers_frame_has_said_nothing(run, aux):
    text = f"Lena Varga said the Coastal Watch Agency {aux} assess the damage to the Morrow Gull on Monday."
    assert chain_of(run(text), "assess the damage") == ["Lena Varga"]


def test_a_body_that_assessed_a_thing_is_still_its_source(run):
    text = "Lena Varga said the Coastal Watch Agency assessed the damage to the Morrow Gull as minor."
    assert chain_of(run(text), "assessed the damage") == ["Lena Varga", "Coastal Watch Agency"]


def test_a_plural_name_before_claim_is_its_subject_when_the_parser_reads_a_noun_phrase(run):
    claims = run("The Varnelis claim they downed 26 drones over the past decade.")
    assert chain_of(claims, "downed 26 drones") == ["Varnelis"]


def test_a_claim_noun_with_a_verb_of_its_own_frames_nothing(run):
    assert chain_of(run("The Varnelis claim was rejected by Norway on Monday."), "rejected") == []


def test_a_plural_name_before_claim_that_is_its_subject(run):
    # with "that" the parser makes the name the noun's subject and the claimed clause its acl
    claims = run("The Varnelis claim that the strikes targeted 12 ships near Karsk.")
    assert chain_of(claims, "12 ships") == ["Varnelis"]


def test_a_claim_noun_with_that_and_a_verb_of_its_own_frames_nothing(run):
    claims = run("The Varnelis claim that the strikes targeted 12 ships was rejected by Norway.")
    assert "Varnelis" not in chain_of(claims, "12 ships")  # Norway's rejection, not the Varnelis' word


def test_an_as_clause_that_reports_its_own_content_closes_no_frame(run):
    text = (
        "Norway has claimed it used drones to sink a Finnish ship near Karsk, as the Karsk Navy "
        "alleged that a Finnish plane was brought down by two missiles fired by Norway."
    )
    claims = run(text)
    assert chain_of(claims, "sink a Finnish ship") == ["Norway"]
    assert chain_of(claims, "brought down") == ["Karsk Navy"]


def test_an_as_clause_with_nothing_of_its_own_is_a_closing_frame(run):
    assert chain_of(run("The Morrow Gull was detained near Karsk, as the Karsk Navy said."), "detained") == [
        "Karsk Navy"
    ]


def test_neither_of_two_sources_that_confirmed_nothing_is_a_source(run):
    assert chain_of(run("Neither Norway nor Finland have confirmed the seizure of the Morrow Gull."), "seizure") == []


def test_both_of_two_sources_that_confirmed_a_thing_give_the_first(run):
    # a that-clause: "confirmed the seizure" alone is an act with no source (sixteenth round)
    claims = run("Both Norway and Finland have confirmed that the Morrow Gull was seized.")
    assert chain_of(claims, "seized") == ["Norway"]


def test_a_sentence_cut_at_an_abbreviated_title_takes_the_frame_after_it(run):
    text = (
        "The Morrow Gull was in the Baltic on Thursday when it intercepted three drones, Karsk Navy "
        "spokesman Brig. Gen. Tomas Orell said at a briefing."
    )
    claims = run(text)
    assert chain_of(claims, "intercepted three drones") == ["Tomas Orell"]


def test_a_whole_sentence_before_a_bare_frame_keeps_its_own_voice(run):
    claims = run("The Morrow Gull intercepted three drones near Karsk. Tomas Orell spoke at a briefing on Monday.")
    assert chain_of(claims, "intercepted three drones") == []


@pytest.mark.parametrize("quoted", ["Lena Varga", "Lena Varga, an aide to the minister,"])
def test_an_outlet_quoting_a_speaker_at_the_end_gives_both(run, quoted):
    text = (
        "Harbour Ledger has followed the ship. "
        f"Eleven crew members of the Morrow Gull were taken to hospital, Nordic Daily quoted {quoted} as saying."
    )
    assert chain_of(run(text), "Eleven crew") == ["Nordic Daily", "Lena Varga"]


def test_as_a_speaker_tells_an_outlet_gives_both(run):
    text = "Harbour Ledger has followed the ship. As Lena Varga tells Nordic Daily, the Morrow Gull cannot enter Karsk."
    assert chain_of(run(text), "cannot enter") == ["Nordic Daily", "Lena Varga"]


def test_a_report_named_by_a_known_organisation_in_its_compound_is_that_organisations(run):
    # "the <Org> report": the organisation (here one of the gazetteer's, not tagged in the text) wrote it
    text = (
        "According to the Kpler report, which did not name the buyer, the Morrow Gull loaded 300 containers at Karsk."
    )
    assert chain_of(run(text), "300 containers") == ["Kpler"]


def test_an_outlet_closing_a_paragraph_over_a_source_reported_its_earlier_sentences_too(run):
    text = (
        "Harbour Ledger has followed the ship.\n\n"
        "The Coastal Watch Agency stated that three boats approached the Morrow Gull. "
        "The Coastal Watch Agency also noted that the Morrow Gull was hit near Karsk, Nordic Daily reported."
    )
    assert chain_of(run(text), "three boats") == ["Nordic Daily", "Coastal Watch Agency"]


# --------------------------------------------------------------------------- an account between two frames

ACCOUNT = (
    "The Coastal Watch Agency said the Morrow Gull slowed near Karsk on Monday. "
    "The ship was 12 miles offshore, according to the Coastal Watch Agency.\n\n"
    "The Morrow Gull turned north and dropped anchor near a pipeline. "
    "The Tern Vale is moored at Karsk. "
    "The Tern Vale was sailing to Finland. "
    "The agency patrol boat followed the Morrow Gull.\n\n"
    "The Morrow Gull was towed to Karsk on Tuesday, {closer} said."
)


def test_a_narrative_between_two_frames_of_one_source_is_that_source_account(run):
    # the agency's account is retold (two frames), its frame closes it: the past-tense step
    # between is its account; present-tense background and the agency's own acts are the outlet's
    claims = run(ACCOUNT.format(closer="the Coastal Watch Agency"))
    assert chain_of(claims, "dropped anchor") == ["Coastal Watch Agency"]
    assert chain_of(claims, "is moored") == []
    assert chain_of(claims, "was sailing") == []
    assert chain_of(claims, "patrol boat followed") == []


def test_a_narrative_closed_by_another_source_stays_the_outlet_own(run):
    claims = run(ACCOUNT.format(closer="Lena Varga"))
    assert chain_of(claims, "dropped anchor") == []


def test_a_long_caption_does_not_push_the_dateline_out_of_the_top_of_the_page():
    # a wire story under a long photo caption: the caption is furniture, not part of the top's budget
    from types import SimpleNamespace

    import spacy

    from osint_graph.nlp.extensions import FURNITURE_KEY
    from osint_graph.nlp.furniture import find_furniture
    from osint_graph.nlp.repost import DATELINE_AGENCY, _head

    caption = (
        "FILE - In this handout photo provided by the Karsk Navy, " + "a patrol boat shadows the Morrow Gull. " * 12
    )
    top = (
        "Karsk demands the return of the Morrow Gull\n\n"
        + caption
        + "\n\nBy Jane Roe\n\nPosted June 19, 2025 7:11 am.\n\n"
    )
    text = top + "OSLO (Wirewatch) — The Morrow Gull was held."
    doc = spacy.blank("en")(text)
    assert len(top) > 600
    assert not DATELINE_AGENCY.search(_head(SimpleNamespace(doc=doc), text))  # no furniture known: cut off
    doc.user_data[FURNITURE_KEY] = [list(p) for p in find_furniture(text)]
    assert DATELINE_AGENCY.search(_head(SimpleNamespace(doc=doc), text)).group(1) == "Wirewatch"


def test_the_statement_is_the_statement_of_the_source_cited_last(run):
    # "X said in a statement ... according to a statement ... the statement said": X's statement
    text = (
        "The Karsk Navy said in a statement on Tuesday that it seized the Morrow Gull.\n\n"
        "Sailors seized the ship near Karsk with 12 crew members, according to a statement.\n\n"
        "Sailors sank the Tern Vale after it was deemed unsafe, the statement said.\n\n"
        "Official statements gave no details on the 14 crew members of the Tern Vale."
    )
    claims = run(text)
    assert chain_of(claims, "12 crew") == ["Karsk Navy"]
    assert chain_of(claims, "deemed unsafe") == ["Karsk Navy"]
    assert chain_of(claims, "14 crew") == []  # statements with a word of their own are no such pointer


def test_the_statement_of_an_unnamed_speaker_gives_no_source(run):
    # "police said in a statement ... “B,” the statement said": the unnamed police's statement, a frame
    # with no source -- not a sentence left open for the named source's passage before it
    text = (
        "The Karsk Navy said in a statement it used gunfire to stop the Morrow Gull. The navy reports all "
        "four people on board were rescued.\n\n"
        "The crew of the Morrow Gull was safe, police said in a statement.\n\n"
        "“The Morrow Gull tried to ram the patrol,” the statement said."
    )
    claims = run(text)
    assert chain_of(claims, "used gunfire") == ["Karsk Navy"]
    assert chain_of(claims, "tried to ram") == []


def test_they_points_back_to_the_named_group_subject_before_it_not_the_last_source(run):
    # "The Varnelis have attacked ships ... They say ...": the group the writer just made the subject
    text = (
        "The Karsk Navy said in a statement that two drones were downed near Karsk.\n\n"
        "The Varnelis have been attacking ships near Karsk since November.\n\n"
        "They say the attacks are in solidarity with Finland."
    )
    claims = run(text)
    assert chain_of(claims, "drones were downed") == ["Karsk Navy"]
    assert chain_of(claims, "in solidarity") == ["Varnelis"]


def test_the_company_is_no_states_body_cited_before(run):
    # "the company" points back to a firm, never to a state's body ("Karsk Navy") cited last
    text = "The Karsk Navy said the Tern Vale was not hit.\n\nThe company claimed that the Tern Vale was rammed."
    claims = run(text)
    assert chain_of(claims, "not hit") == ["Karsk Navy"]
    assert chain_of(claims, "was rammed") != ["Karsk Navy"]


def test_an_appositive_after_an_inverted_frame_names_the_speaker_and_the_next_quote_is_hers(run):
    # "..., said Lena Varga, <title>": the title is no claim of its own, and the quote that opens the
    # next paragraph goes on with her words
    text = (
        "“We tracked the Tern Vale for weeks,” said Lena Varga, deputy head of the Karsk Navy.\n\n"
        "“The Morrow Gull left Karsk without its cargo.”"
    )
    claims = run(text)
    assert chain_of(claims, "Morrow Gull left") == ["Lena Varga"]
    assert not [c for c in claims if c.text.startswith("deputy head")]


def test_a_subject_the_parser_ran_into_the_dateline_leaves_the_sentence_a_claim(claims_extractor, caplog):
    # "KESPORT, Oct. 65 (Wirewatch) — ...": the parser put the whole subject inside the dateline,
    # so no speaker is left for the frame; the sentence used to be skipped with an IndexError
    text = (
        "KESPORT, Oct. 65 (Wirewatch) — Taven Korea's defense ministry on Solvi confirmed that containers "
        "have been moving by sea between Norland and Tator."
    )
    with caplog.at_level("WARNING"):
        chain = _full_chain(claims_extractor, text, "containers")
    assert not [r for r in caplog.records if "skipped" in r.getMessage()]
    assert chain[-1] == "defense ministry"  # the claim is made, with the ministry as its speaker


def test_one_of_the_officials_is_one_of_the_officials_cited_before(run):
    # a partitive subject resolves as its definite plural does: "the officials" are the Finnish ones
    text = (
        "Two Finnish officials said the Morrow Gull had dragged its anchor off Finland.\n\n"
        "\u201cThat is incorrect,\u201d one of the officials said of a claim that the crew had fled."
    )
    found = [c for c in run(text) if "incorrect" in c.text]
    assert [a.entity for a in found[0].attribution] == ["country:finland"]


@pytest.mark.parametrize(
    "frame",
    [
        "said Lena Varga, speaking to Nordic Daily",
        "Lena Varga said, speaking to Nordic Daily",
        "Lena Varga said in an interview with Nordic Daily",
        "Lena Varga said, talking to Nordic Daily",
    ],
)
def test_a_participle_or_interview_relay_puts_the_outlet_at_the_head(run, frame):
    # "X said, speaking to <outlet>" / "in an interview with <outlet>": the outlet relays X's words
    # (attribution/relay_phrases.txt), as "X told <outlet>" does
    text = f"Harbour Ledger has followed the Morrow Gull since May.\n“The Morrow Gull will not enter Karsk,” {frame}.\n"
    assert chain_of(run(text), "will not enter") == ["Nordic Daily", "Lena Varga"]


def test_an_interview_relay_before_a_that_clause_puts_the_outlet_at_the_head(run):
    text = (
        "Harbour Ledger has followed the Morrow Gull since May.\n"
        "On Sunday, Lena Varga said in an interview with Nordic Daily that the Morrow Gull would not enter Karsk.\n"
    )
    assert chain_of(run(text), "would not enter") == ["Nordic Daily", "Lena Varga"]


def test_speaking_to_a_body_is_no_relay(run):
    # only an outlet relays: a speaker "speaking to" a body or a person keeps her own chain
    text = (
        "Harbour Ledger has followed the Morrow Gull since May.\n"
        "“The Morrow Gull will not enter Karsk,” said Lena Varga, speaking to the Karsk Navy.\n"
    )
    assert chain_of(run(text), "will not enter") == ["Lena Varga"]


def test_a_wh_word_inside_a_told_quote_is_no_question(run):
    # "told Y: “Where ..., it is vital ...”": the wh-word opens an adverbial clause inside the quote,
    # not an indirect question ("are assessing how the Morrow Gull sank" still frames nothing)
    text = (
        "Harbour Ledger has followed the Morrow Gull since May.\n"
        "Tomas Orell told Nordic Daily: “Where ships are damaged, it is vital that the cause is found.”\n"
    )
    assert chain_of(run(text), "vital") == ["Nordic Daily", "Tomas Orell"]


@pytest.mark.parametrize(
    ("text", "needle", "chain"),
    [
        # a body's commitment told by another source is part of that source's claim (GUIDELINES "A second
        # body named inside a speaker's quote")
        (
            "“Karsk Police promised to inspect 12 containers,” the Coastal Watch Agency told Nordic Daily.",
            "12 containers",
            ["Nordic Daily", "Coastal Watch Agency"],
        ),
        ("Lena Varga said the Karsk Navy had agreed to release 12 crew members.", "12 crew", ["Lena Varga"]),
        # with no other source, the commitment is the body's own speech act
        ("The Karsk Navy promised to release 12 crew members.", "12 crew", ["Karsk Navy"]),
    ],
)
def test_a_commitment_told_by_another_source_is_no_source_of_its_own(run, text, needle, chain):
    assert chain_of(run(text), needle) == chain


def test_unnamed_speakers_of_a_state_named_only_by_an_adjective_are_left_out(run):
    # GUIDELINES "A state named only by an adjective": no entity, so no speaker (like "analysts")
    text = "Nordic Daily quoted an unnamed Swedish official as saying that 12 drones hit the Tern Vale."
    assert chain_of(run(text), "12 drones") == ["Nordic Daily"]
    assert chain_of(run("Finnish officials said 12 drones hit the Tern Vale."), "12 drones") == []
    # once the state's name is written, its unnamed speakers are that state
    named = "Finland sent a frigate to Karsk. Finnish officials said 12 drones hit the Tern Vale."
    assert chain_of(run(named), "12 drones") == ["Finnish officials"]


def test_a_reporting_form_inside_a_name_is_no_frame():
    # "... customers in the United States,” Varga said": the parser takes "States" for the verb "state"
    # closing a frame of its own, with "... the United" as its subject
    from claim_standalone import run as run_doc
    from claim_standalone import standalone_pipeline

    nlp = standalone_pipeline({**ENTITIES, "COUNTRY": ["Norway", "Finland", "United States"]})
    text = (
        "“One of the two vessels was on its way to be loaded with crude oil from Karsk, to be delivered to "
        "Brightwater customers in the United States,” Lena Varga said."
    )
    claims = run_doc(nlp, text, published=date(2025, 2, 3), outlet="Harbour Ledger", roles=ROLES)._.claims
    assert chain_of(claims, "crude oil") == ["Lena Varga"]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # GUIDELINES "Media of a state": state media are the state's own voice, a country's press in general none
        ("Norway sent a frigate. Norwegian state media said 12 crew members were rescued.", ["Norwegian state media"]),
        ("Norway sent a frigate. State-run Norwegian television said 12 crew members were rescued.",
         ["State-run Norwegian television"]),
        ("Norway sent a frigate. Norwegian media said 12 crew members were rescued.", []),
        # a report of the press is the press's: "Norwegian media reports" names no speaker either
        ("Norway sent a frigate. According to Norwegian media reports, 12 crew members were rescued.", []),
    ],
)  # fmt: skip
def test_state_media_speak_for_the_state_a_countrys_press_does_not(run, text, chain):
    found = [c for c in run(text) if "12 crew" in c.text]
    assert [a.name for a in found[0].attribution] == chain
    if chain:
        assert found[0].attribution[0].entity == "country:norway"


@pytest.mark.parametrize(
    "text",
    [
        "The Morrow Gull caught fire near Karsk on Monday. Survivors told the Coastal Watch Agency the blaze "
        "started in the engine room with 12 crew members aboard.",
        "The Morrow Gull caught fire near Karsk on Monday. The ship's captain told the Coastal Watch Agency the "
        "blaze started in the engine room with 12 crew members aboard.",
    ],
)
def test_a_speaker_who_is_no_body_leaves_the_body_he_told_as_the_source(run, text):
    # GUIDELINES "An unnamed speaker who is no body": the chain ends at the body told
    # (attribution/no_body_speakers.txt)
    assert chain_of(run(text), "12 crew") == ["Coastal Watch Agency"]


def test_a_body_that_tells_another_body_stays_the_source(run):
    text = "The Karsk Navy told the Coastal Watch Agency the blaze started in the engine room with 12 crew members."
    assert chain_of(run(text), "12 crew") == ["Karsk Navy"]


@pytest.mark.parametrize(
    ("outlet", "chain"), [("Harbour Ledger", ["Wirewatch", "Lena Varga"]), ("Wirewatch", ["Lena Varga"])]
)
def test_a_wire_credit_line_with_the_place_it_filed_from_names_the_agency(run, outlet, chain):
    text = (
        "Morrow Gull detained near Karsk\n\nWirewatch, Oslo\n\n"
        "The Morrow Gull was detained near Karsk on Monday, Lena Varga said."
    )
    assert chain_of(run(text, outlet=outlet), "on Monday") == chain


@pytest.mark.parametrize("byline", ["By WirewatchFriday, June 3, 2025", "By Wirewatch Friday, June 3, 2025"])
def test_a_byline_with_its_filing_date_names_the_agency(run, byline):
    # the page's layout may glue the date to the outlet's name (known as an outlet: named in the footer)
    story = "\nThe Morrow Gull had sailed from Finland with 12 crew members.\n\nMore from Wirewatch"
    text = "Morrow Gull detained near Karsk\n" + byline + story
    assert chain_of(run(text), "12 crew") == ["Wirewatch"]
    assert chain_of(run("By Jane RoeFriday, June 3, 2025\nThe Morrow Gull had 12 crew members."), "12 crew") == []


def test_a_labelled_credit_at_the_top_may_describe_the_outlet(run):
    text = "Source: Karsk news outlet Wirewatch\n\nThe Morrow Gull had sailed from Finland with 12 crew members."
    assert chain_of(run(text), "12 crew") == ["Wirewatch"]
    # a page that reports in its own name credits the one item, not the page
    own = text + "\n\nHarbour Ledger found that the Tern Vale unloaded 300 containers."
    assert chain_of(run(own), "12 crew") == []


@pytest.mark.parametrize("name", ["Wirewatch", "Harbourwatch.com"])
def test_an_aggregators_lead_quoting_an_outlet_heads_every_chain(run, name):
    text = (
        "Morrow Gull detained near Karsk\n\n"
        f"{name} reports: “The Morrow Gull was detained near Karsk on Monday, Lena Varga said.\n\n"
        "The Morrow Gull had sailed from Finland with 12 crew members.”\n\nView Original Article"
    )
    claims = run(text)
    assert chain_of(claims, "on Monday") == [name, "Lena Varga"]
    assert chain_of(claims, "12 crew") == [name]


@pytest.mark.parametrize(("writer", "chain"), [("Tomas Orell", []), ("Wirewatch", ["Wirewatch"])])
def test_only_an_outlets_lead_heads_the_rest_of_the_story(run, writer, chain):
    # a person who writes is no outlet whose story the page carries
    text = (
        f"Morrow Gull detained near Karsk\n\n{writer} writes: “The Morrow Gull had 12 crew members.”\n\n"
        "The Tern Vale unloaded 300 containers at Karsk in May."
    )
    assert chain_of(run(text), "300 containers") == chain


@pytest.mark.parametrize(
    ("subject", "chain"),
    [
        ("Lena Varga, who spoke to Nordic Daily on condition of anonymity,", ["Nordic Daily", "Lena Varga"]),
        ("Lena Varga, who told Nordic Daily about the raid,", ["Nordic Daily", "Lena Varga"]),
        ("Lena Varga, who spoke to the Karsk Navy,", ["Lena Varga"]),  # only an outlet relays
        ("Lena Varga, who spoke at the port,", ["Lena Varga"]),
    ],
)
def test_the_outlet_a_speaker_spoke_to_in_a_relative_clause_relays_her_words(run, subject, chain):
    text = f"{subject} said the Morrow Gull was detained near Karsk on Monday."
    assert chain_of(run(text), "on Monday") == chain


@pytest.mark.parametrize(
    ("headline", "chain"),
    [
        ("Varnelis accused of attack on Morrow Gull", []),  # the party charged, in a headline's passive
        ("Varnelis blamed for attack on Morrow Gull", []),
        ("Varnelis accused Karsk Navy of attack on Morrow Gull", ["Varnelis"]),  # the accuser speaks
    ],
)
def test_a_headline_passive_of_a_charge_makes_its_subject_no_speaker(run, headline, chain):
    text = headline + "\n\nThe Tern Vale unloaded 300 containers at Karsk in May."
    assert chain_of(run(text), "Morrow Gull") == chain


@pytest.mark.parametrize(
    ("frame", "chain"),
    [
        ("the Karsk Navy said in a statement carried by Wirewatch", ["Wirewatch", "Karsk Navy"]),
        ("the Karsk Navy said in a statement carried by its website", ["Karsk Navy"]),  # only an outlet relays
    ],
)
def test_an_outlet_carrying_a_bodys_statement_relays_it(run, frame, chain):
    text = f"The Morrow Gull was detained near Karsk on Monday, {frame}."
    assert chain_of(run(text), "on Monday") == chain


@pytest.mark.parametrize(
    ("text", "cut_at", "needle", "chain"),
    [
        # the parser ended the sentence before its trailing frame: the frame still covers it
        (
            "The Tern Vale sank after a fire near Karsk, the Karsk Navy said.",
            ", the Karsk Navy",
            "sank",
            ["Karsk Navy"],
        ),
        # ... and a rest cut off after an abbreviation goes on with the frame of its first part
        (
            "The Karsk Navy said the Tern Vale was hit at 4:38 a.m. local time, when 12 flares were seen.",
            "local time",
            "12 flares",
            ["Karsk Navy"],
        ),
    ],
)
def test_a_sentence_the_parser_cut_where_no_sentence_ends_is_one_account(text, cut_at, needle, chain):
    from claim_standalone import standalone_pipeline

    nlp = standalone_pipeline(ENTITIES)
    doc = nlp.make_doc(text)
    doc.user_data["osint_meta"] = {"published": date(2025, 2, 3), "outlet": "Harbour Ledger", "canonical": {},
                                   "roles": {}}  # fmt: skip
    cut = doc.char_span(text.index(cut_at), text.index(cut_at) + 1, alignment_mode="expand")
    doc[cut.start].is_sent_start = True  # where the parser cut the real sentence
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    assert len(list(doc.sents)) == 2
    assert chain_of(doc._.claims, needle) == chain


# --------------------------------------------------------------------------- relays at the head (chain14)


def test_a_relay_phrase_opening_the_sentence_puts_the_outlet_at_the_head(run):
    # "In a statement to <outlet>, X said C": the phrase stands before the subject, not after the verb
    text = (
        "Harbour Ledger has followed the Morrow Gull since May.\n\n"
        "In a statement to Nordic Daily, Brightwater Shipping said the Morrow Gull was not boarded.\n"
    )
    assert chain_of(run(text), "not boarded") == ["Nordic Daily", "Brightwater Shipping"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quoted by Nordic Daily, Lena Varga said the Morrow Gull was not boarded.",
        "Quoted in Nordic Daily, Lena Varga said the Morrow Gull was not boarded.",
        "Cited by Nordic Daily, Lena Varga said the Morrow Gull was not boarded.",
        "Lena Varga, quoted by Nordic Daily, said the Morrow Gull was not boarded.",
        "The Morrow Gull was not boarded, Lena Varga said, quoted by Nordic Daily.",
    ],
)
def test_a_speaker_quoted_by_an_outlet_has_the_outlet_at_the_head(run, sentence):
    # "quoted by / in", "cited by / in" an outlet: it relays the words, [outlet, speaker], wherever the
    # phrase stands (before the subject, on it, after the frame); the parser may hang an opening
    # participle on the sentence before
    text = "Harbour Ledger has followed the Morrow Gull since May.\n\n" + sentence + "\n"
    assert chain_of(run(text), "not boarded") == ["Nordic Daily", "Lena Varga"]


def test_an_official_described_by_the_words_of_a_body_cited_before_speaks_for_it(run):
    # "the coast guard said" names a body no entity stands for; "a coast guard spokeswoman" later
    # is its speaker (described_body), also when she tells an outlet
    text = (
        "The Morrow Gull sank off Karsk, the coast guard said.\n\n"
        "One sailor was rescued, a coast guard spokeswoman told Nordic Daily.\n\n"
        "She said that two helicopters were searching for the crew.\n"
    )
    claims = run(text)
    assert chain_of(claims, "One sailor") == ["Nordic Daily", "coast guard"]
    assert chain_of(claims, "two helicopters") == ["Nordic Daily", "coast guard"]  # "she" is the spokeswoman


def test_an_official_of_another_kind_does_not_speak_for_a_body_cited_before(run):
    text = (
        "The Morrow Gull sank off Karsk, the coast guard said.\n\n"
        "One sailor was rescued, a fishing union spokeswoman said.\n"
    )
    assert chain_of(run(text), "One sailor") == []


def test_quoted_words_with_no_outlet_add_no_relay(run):
    text = (
        "Harbour Ledger has followed the Morrow Gull since May.\n\n"
        "Quoted at length, Lena Varga said the Morrow Gull was not boarded.\n"
    )
    assert chain_of(run(text), "not boarded") == ["Lena Varga"]


def test_telling_a_states_own_television_puts_the_state_before_the_speaker(run):
    # GUIDELINES "A statement relayed through state media": [state, speaker]
    text = (
        "Norway detained the Morrow Gull near Karsk on Monday.\n\n"
        "Lena Varga told Norway's state-run television that the Morrow Gull carried no cargo.\n"
    )
    found = [c for c in run(text) if "no cargo" in c.text]
    assert [a.entity for a in found[0].attribution] == ["country:norway", "person:lena-varga"]


def test_telling_a_countrys_press_in_general_is_no_relay(run):
    # "Norwegian media" are the country's press in general (GUIDELINES "Media of a state"): no link
    text = (
        "Norway detained the Morrow Gull near Karsk on Monday.\n\n"
        "Lena Varga told Norwegian media that the Morrow Gull carried no cargo.\n"
    )
    assert chain_of(run(text), "no cargo") == ["Lena Varga"]


def test_remarks_reported_by_state_media_put_the_state_before_the_speaker(run):
    text = (
        "Norway detained the Morrow Gull near Karsk on Monday. Norway said it had been warned.\n\n"
        "In remarks reported by state media, Lena Varga said the Morrow Gull carried no cargo.\n"
    )
    assert chain_of(run(text), "no cargo") == ["Norway", "Lena Varga"]


def test_a_foreign_dateline_crediting_a_wire_puts_it_at_the_head(run):
    # "OSLO, Norway (Harbour Ledger/Wirewatch) ..." on Harbour Ledger's page: the wire's story
    text = (
        "Morrow Gull detained\n\n"
        "OSLO, Norway (Harbour Ledger/Wirewatch) The Morrow Gull was detained near Karsk on Monday.\n\n"
        "The Morrow Gull had sailed from Karsk with 12 crew members.\n"
    )
    claims = run(text)
    assert chain_of(claims, "was detained") == ["Wirewatch"]
    assert chain_of(claims, "12 crew") == ["Wirewatch"]


def test_one_speaker_twice_in_a_row_is_one_link():
    state = Attribution("Norway's armed forces", "country:norway", "say")
    assert same_speaker(state, Attribution("Norway", "country:norway", "say"))
    assert same_speaker(Attribution("Brightwater Shipping", "organization:brightwater-shipping"),
                        Attribution("Brightwater", None, "assure"))  # fmt: skip
    assert not same_speaker(Attribution("Wirewatch", "outlet:wirewatch"), state)
    assert not same_speaker(Attribution("Lena Varga", "person:lena-varga"), Attribution("Nordic Daily", None))
