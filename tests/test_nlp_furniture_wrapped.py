"""Hard-wrapped pages (osint_furniture.runs_on, unwrap): a paragraph broken into lines of 60-80
characters is body text, not headlines and subheadings; a real headline, byline or caption on such a
page stays furniture. Made-up pages."""

from __future__ import annotations

from test_nlp_furniture import _kinds

from osint_graph.model import Article
from osint_graph.nlp.furniture import hard_wrapped, page_lines, runs_on, unwrap

WRAPPED_BODY = """The Harbour Office of the Republic of Ostland’s
Maritime Directorate detained the tanker Grey Falcon on Tuesday
as well as two more tankers and three
tugs.
The Grey Falcon is also noteworthy in the latest Ostland
rulings for its flag. The tanker is accused of carrying tens of thousands of
metric tons of fuel oil to Varnholm. It flies the flag of Kesport
Islands, a shipping register founded in 2021. The Kesport
register will likely raise questions within Nordic circles as
its fleet grew by half last year.
The Silver Heron Is Owned By Norvik Tanker Holdings
which the directorate said had hidden its owners behind
a chain of shell companies in three countries."""


def test_a_wrapped_page_is_told_by_its_line_lengths():
    assert hard_wrapped(WRAPPED_BODY, page_lines(WRAPPED_BODY))
    one_line = "\n".join(p.replace("\n", " ") for p in WRAPPED_BODY.split("\n\n"))
    assert not hard_wrapped(one_line, page_lines(one_line))


def test_the_short_lines_of_a_wrapped_paragraph_stay_body_text():
    kinds = _kinds(WRAPPED_BODY)
    assert "headline" not in kinds  # 'The Harbour Office of the Republic of Ostland’s' runs on
    assert "subhead" not in kinds  # 'The Silver Heron Is Owned By Norvik Tanker Holdings' too


def test_unwrap_keeps_every_offset_and_joins_only_running_lines():
    flat = unwrap(WRAPPED_BODY)
    assert len(flat) == len(WRAPPED_BODY)
    assert "flag of Kesport Islands, a shipping" in flat
    assert "as well as two more tankers and three tugs." in flat
    assert "\nThe Grey Falcon is also" in flat  # a sentence that ended its line: a paragraph ends there
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(WRAPPED_BODY, flat, strict=True))


def test_a_line_going_on_in_lower_case_runs_on_on_any_page():
    text = "Ostland Coast Guard Boards Tanker\n\nThe coast guard said the\ncrew of the Grey Falcon was safe."
    ends = runs_on(text, page_lines(text))
    assert ends == {text.index(" the\n") + 4}
    assert _kinds(text)["headline"] == ["Ostland Coast Guard Boards Tanker"]
    # a lone section word or a web address under a line goes on with no sentence
    for under in ("crime", "kesportdaily.com"):
        text = f"Ostland Coast Guard Boards Tanker Off Kesport\n{under}\n\nThe crew of the Grey Falcon was safe."
        assert not runs_on(text, page_lines(text))
        assert _kinds(text)["headline"] == ["Ostland Coast Guard Boards Tanker Off Kesport"]


def test_a_headline_byline_and_caption_on_a_wrapped_page_stay_furniture():
    page = (
        "Ostland Detains Tanker Grey Falcon\n\n"
        + WRAPPED_BODY
        + "\nA tug beside the Silver Heron off Kesport (Photo: Piet Norlund/Getty Images)"
    )
    kinds = _kinds(page)
    assert kinds["headline"] == ["Ostland Detains Tanker Grey Falcon"]  # a blank line after it
    assert kinds["caption"] == ["A tug beside the Silver Heron off Kesport (Photo: Piet Norlund/Getty Images)"]
    bylined = "Ostland Detains Tanker Grey Falcon\nBy Jane Doravik\n" + WRAPPED_BODY
    kinds = _kinds(bylined)
    assert kinds["headline"] == ["Ostland Detains Tanker Grey Falcon"]  # the next line is a byline
    assert kinds["byline"] == ["By Jane Doravik"]


def test_a_subheading_on_a_page_that_is_not_wrapped_stays_one():
    text = (
        "The tanker Grey Falcon was boarded by the Ostland Coast Guard on Tuesday morning.\n"
        "Not the First Incident\n"
        "The Grey Falcon was detained once before, in March, the coast guard said."
    )
    assert _kinds(text)["subhead"] == ["Not the First Incident"]


def test_the_extraction_of_a_wrapped_page_keeps_its_text_as_read(extractor):
    text = WRAPPED_BODY
    extraction = extractor.extract(Article(id="wrap", text=text))
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for figure in extraction.figures:
        assert text[figure.start : figure.end] == figure.text
    # a name and a figure across a line break: read as one, their text as the page has it
    mentions = {(e.name, m.text) for e in extraction.entities for m in e.mentions}
    assert ("Kesport Islands", "Kesport\nIslands") in mentions
    assert "three\ntugs" in {f.text for f in extraction.figures}
