"""Credit lines read by what is left of them (osint_graph/nlp/credit_residue.py), and the outlets
nlp/repost.py takes from them (made-up outlets: Wirewatch, Nordic Daily; the page is Harbour Ledger's)."""

from __future__ import annotations

import pytest

from osint_graph.nlp.credit_residue import read_credit_line


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Wirewatch | June 3, 2025", ["Wirewatch"]),
        ("3 June 2025 — Wirewatch", ["Wirewatch"]),
        ("20250603 WNA", ["WNA"]),
        ("June 3, 2025  By Wirewatch", ["Wirewatch"]),
        ("Wirewatch|Published:  03.06.25 , 17:35", ["Wirewatch"]),
        ("Wirewatch , Wednesday 3 Jun 2025", ["Wirewatch"]),
        ("Source: Wirewatch + Nordic Daily", ["Wirewatch", "Nordic Daily"]),
        ("SOURCE:Wirewatch", ["Wirewatch"]),
        ("—WNA", ["WNA"]),
        ("WW | Oslo | Updated: 03-06-2025 14:32 IST | Created: 03-06-2025 14:23 IST", ["WW", "Oslo"]),
    ],
)
def test_what_is_left_of_a_credit_line(line, names):
    read = read_credit_line(line)
    assert read is not None and read[0] == names and read[1] is True


def test_a_lone_name_is_read_as_left_alone():
    assert read_credit_line("Wirewatch") == (["Wirewatch"], False)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Wirewatch",  # a picture's credit, not the story's
        "Video by Wirewatch, June 3, 2025",
        "Categories: World News, News",  # the site's taxonomy
        "© 2025 Wirewatch. All rights reserved.",  # left to the copyright credit form
        "More from Wirewatch",  # a link to more of the outlet
        "The Morrow Gull left Karsk in June with twelve crew aboard and a cargo of grain for Oslo.",
    ],
)
def test_no_credit_line(line):
    assert read_credit_line(line) is None


def test_words_between_dropped_ones_are_names_each():
    assert read_credit_line("Story by Wirewatch • 3d") == (["Story", "Wirewatch"], True)
    assert read_credit_line("By Wirewatch via Nordic Daily") == (["Wirewatch", "Nordic Daily"], True)
    assert read_credit_line("Tue 3 Jun 2025 12.16 GMT Wirewatch") == (["Wirewatch"], True)
    assert read_credit_line("Wirewatch | Jun 3, 2025 | 2 min read") == (["Wirewatch"], True)
    assert read_credit_line("Wirewatch staff on board") == (["Wirewatch staff", "board"], True)


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner({"OUTLET": ["Wirewatch", "Nordic Daily"], "PERSON": ["Lena Varga"]})


def chain_of(claims, words: str) -> list[str]:
    claim = next(c for c in claims if words in c.text)
    return [a.name for a in claim.attribution]


STORY = "The Morrow Gull was detained near Karsk on Monday, Lena Varga said.\n\nIt had sailed with 12 crew members.\n"


@pytest.mark.parametrize(
    ("credit", "head"),
    [
        ("Wirewatch | June 3, 2025", ["Wirewatch"]),
        ("Tuesday 3 June 2025, 09:12 GMT — Wirewatch", ["Wirewatch"]),
        ("Harbour Ledger | June 3, 2025", []),  # the page's own masthead
        ("Photo: Wirewatch", []),
    ],
)
def test_a_dated_credit_under_the_headline_heads_the_chains(run, credit, head):
    claims = run("Morrow Gull detained near Karsk\n\n" + credit + "\n" + STORY)
    assert chain_of(claims, "12 crew") == head
    assert chain_of(claims, "on Monday") == head + ["Lena Varga"]


@pytest.mark.parametrize(
    ("credit", "head"),
    [
        ("Story by Wirewatch • 3d", ["Wirewatch"]),  # a one-word side name beside the outlet
        ("Harbour Ledger Staff and Wirewatch | June 3, 2025", ["Wirewatch"]),  # the page's own desk, skipped
        ("Wirewatch staff on board", []),  # a lower-case word left: prose, no credit
        ("Reporting by Jane Roe; Editing by Ola Berg", []),  # no outlet named
    ],
)
def test_what_is_left_must_be_outlets_or_side_names(run, credit, head):
    claims = run("Morrow Gull detained near Karsk\n\n" + credit + "\n" + STORY)
    assert chain_of(claims, "12 crew") == head


def test_a_closing_copyright_line_credits_the_story(run):
    claims = run("Morrow Gull detained near Karsk\n\n" + STORY + "\n© 2025 Wirewatch. All rights reserved.")
    assert chain_of(claims, "12 crew") == ["Wirewatch"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Wirewatch 2025-06-03T17:35:00+03:00", ["Wirewatch"]),  # an ISO stamp with its zone's offset
        ("Wirewatch, 03/06/2025 17h35", ["Wirewatch"]),  # a time written with an "h"
        ("Wirewatch 3 Jun 2025, 12:04 AM KrST", ["Wirewatch"]),  # a zone no list names, after a time
        ("Wirewatch Tuesday 3 June 2025 17:35 (UTC+3)", ["Wirewatch"]),
        ("Source: Wirewatch | 3 June 2025 | Editor: Ola Berg", ["Wirewatch"]),  # a staff member's credit
        ("Edited By : Jane Roe | Wirewatch | June 3, 2025", ["Wirewatch"]),
        ("By Wirewatch | Published June 3, 2025 | Share", ["Wirewatch"]),  # a button beside the credit
        # two stamps make the line long; what is left of it is one name
        ("Wirewatch | Updated: Jun 03, 2025, 17:35 IST | First Published: Jun 03, 2025, 15:02 IST", ["Wirewatch"]),
        ("3 June 2025 - Varnia News Agency", ["Varnia News Agency"]),  # a label word ending the name
        ("Agency: Wirewatch", ["Wirewatch"]),  # the same word as a label
        ("(Aggregator- WNA)", ["Aggregator", "WNA"]),  # a dash closing a word before a space
        ("WirewatchTuesday, June 3, 2025", ["Wirewatch"]),  # a weekday glued to the name
    ],
)
def test_dated_credit_layouts(line, names):
    read = read_credit_line(line)
    assert read is not None and read[0] == names and read[1] is True


@pytest.mark.parametrize(
    "line",
    [
        "Follow Wirewatch | June 3, 2025",  # a link beside the name still vetoes
        "Last Updated: June 3, 2025 | First Published: June 2, 2025",  # stamps alone name no one
        # a long line that leaves many words is prose, whatever stamps it holds
        "On June 3, 2025 at 17:35 the Morrow Gull left Karsk harbour with twelve crew aboard and grain for Oslo",
    ],
)
def test_no_dated_credit_line(line):
    assert read_credit_line(line) is None


@pytest.mark.parametrize(
    ("end", "head"),
    [
        (" Wirewatch", ["Wirewatch"]),  # the wire's name glued after the last sentence, no dash
        (" The", []),  # a cut excerpt's last word names no outlet
    ],
)
def test_a_name_glued_after_the_last_sentence(run, end, head):
    claims = run("Morrow Gull detained near Karsk\n\n" + STORY.rstrip() + end)
    assert chain_of(claims, "12 crew") == head


def test_a_long_dated_credit_under_the_headline_heads_the_chains(run):
    credit = "Wirewatch | Updated: Jun 03, 2025, 17:35 IST | First Published: Jun 03, 2025, 15:02 IST"
    claims = run("Morrow Gull detained near Karsk\n\n" + credit + "\n" + STORY)
    assert chain_of(claims, "12 crew") == ["Wirewatch"]
    claims = run("Morrow Gull detained near Karsk\n\nSource: Wirewatch | 3 June 2025 | Editor: Ola Berg\n" + STORY)
    assert chain_of(claims, "12 crew") == ["Wirewatch"]


@pytest.mark.parametrize(
    ("credit", "head"),
    [
        ("By Wirewatch via Harbourcast", ["Wirewatch"]),  # the first name an outlet: what follows is its carrier
        ("Staff Writer | Wirewatch | June 3, 2025", ["Wirewatch"]),  # a newsroom's staff alone
        ("By Jane Roe | Wirewatch | June 3, 2025", []),  # a writer first: that outlet's own byline
    ],
)
def test_the_first_outlet_or_staff_beside_it(run, credit, head):
    claims = run("Morrow Gull detained near Karsk\n\n" + credit + "\n" + STORY)
    assert chain_of(claims, "12 crew") == head


@pytest.mark.parametrize(
    ("opening", "head"),
    [
        ("(Aggregator- WNA) The Morrow Gull", ["WNA"]),  # an aggregator's slug, the agency named last
        ("(Aggregator - WNA) -- The Morrow Gull", ["WNA"]),
        ("(Updated - June 3) The Morrow Gull", []),  # a stamp in brackets names no agency
    ],
)
def test_an_aggregator_slug_credits_the_agency_it_names_last(run, opening, head):
    claims = run(
        "Morrow Gull detained near Karsk\n\n" + opening + " was detained near Karsk on Monday.\n\nIt had 12 crew.\n"
    )
    assert chain_of(claims, "12 crew") == head


@pytest.mark.parametrize(
    ("end", "head"),
    [
        ("\nWNA ABC DEF", ["WNA"]),  # a listed agency closing the story with its editors' initials
        (" WNA ABC", ["WNA"]),  # the same glued after the last sentence
        ("\nWNA Abc Def", []),  # capitalised words are no initials
    ],
)
def test_an_agency_with_its_editors_initials(end, head):
    from claim_standalone import claims_runner

    run = claims_runner({"OUTLET": ["WNA"], "PERSON": ["Lena Varga"]})
    claims = run("Morrow Gull detained near Karsk\n\n" + STORY.rstrip() + end)
    assert chain_of(claims, "12 crew") == head


def _doc_with_place(text: str, place: str):
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")(text)
    start = text.index(place)
    span = doc.char_span(start, start + len(place))
    doc.ents = [Span(doc, span.start, span.end, label="GPE")]
    return doc


def test_a_place_inside_a_listed_outlets_name_is_kept():
    from osint_graph.nlp.credit_residue import credit_line_names

    text = "Morrow Gull detained near Karsk\nThe Varnholm Courier|June 3, 2025\nThe ship was held."
    doc = _doc_with_place(text, "Varnholm")
    assert credit_line_names(doc, lambda name: name == "The Varnholm Courier")[1][0] == ["The Varnholm Courier"]
    # without a list that knows the outlet, the place is taken away as before
    assert credit_line_names(doc)[1][0] == ["The Courier"]
    # a place standing alone in its piece is taken away even so ("Varnholm | Wirewatch")
    text = "Morrow Gull detained near Karsk\nVarnholm | Wirewatch | June 3, 2025\nThe ship was held."
    doc = _doc_with_place(text, "Varnholm")
    assert credit_line_names(doc, lambda name: True)[1][0] == ["Wirewatch"]


@pytest.fixture(scope="module")
def extract():
    from osint_graph.model import Article
    from osint_graph.nlp import Extractor

    extractor = Extractor()

    def go(credit: str) -> list[list[str]]:
        text = "Morrow Gull detained near Karsk\n" + credit + "\n\n" + STORY
        result = extractor.extract(Article(id="x", text=text, outlet="Harbour Ledger")).to_dict()
        return [[a["name"] for a in c["attribution"]][:1] for c in result["claims"] if "12 crew" in c["text"]]

    return go


@pytest.mark.parametrize(
    ("credit", "head"),
    [
        ("World News | June 3, 2025", []),  # a section's name the model may read as an outlet: no list knows it
        ("Tuesday 3 June 2025 10:32, UK", []),  # an acronym the page reads as a place
        ("20250603 WNA", ["WNA"]),  # an agency's acronym alone beside a date
        ("Reuters|June 3, 2025", ["Reuters"]),  # a registry outlet
    ],
)
def test_a_name_alone_beside_a_date_is_a_listed_outlet_or_an_acronym(extract, credit, head):
    assert extract(credit) == [head]


def test_a_credit_line_under_a_long_standfirst_is_a_top_line():
    from osint_graph.nlp.credit_residue import _candidate_lines
    from osint_graph.nlp.furniture import page_lines
    from osint_graph.nlp.repost import HEAD_CHARS

    deck = "Analysts say the detention raises new questions about the safety of shipping in the region. " * 9
    text = "Morrow Gull detained near Karsk\n" + deck + "\nWirewatch | June 3, 2025\n\n" + STORY * 4
    credit = text.index("Wirewatch")
    assert credit > HEAD_CHARS  # past the head's characters, the third line of the page
    tops = [s for s, _e in _candidate_lines(text, page_lines(text))]
    assert credit in tops


def test_furniture_lines_over_a_credit_line_do_not_count_as_top_lines():
    # twenty-fifth round (credit25): a masthead and repeated headlines over the credit ("Wirewatch" on the
    # eighth line) are read but not counted; a furniture line past the first five is not read itself
    from osint_graph.nlp.credit_residue import _candidate_lines
    from osint_graph.nlp.furniture import page_lines

    furniture_lines = ["Harbour Ledger", "Morrow Gull detained near Karsk", "Morrow Gull detained near Karsk"]
    notice = ["Please update your browser.", "It may not work with this site.", "Click an icon below."]
    lines = furniture_lines[:1] + notice + furniture_lines[1:] + ["The ship was held on Monday.", "Wirewatch"]
    text = "\n".join(lines) + "\nOslo\n" + STORY * 4
    spans = page_lines(text)
    masthead = {spans[0], spans[4], spans[5]}
    credit = text.index("\nWirewatch") + 1
    tops = [s for s, _e in _candidate_lines(text, spans, lambda s, e: (s, e) in masthead)]
    assert credit in tops
    # with no furniture marked, the credit is the seventh line: not a top line
    assert credit not in [s for s, _e in _candidate_lines(text, spans)]
    # a furniture line past the first five lines is not read itself (a list of links)
    late = {spans[6], spans[7]}
    tops = [s for s, _e in _candidate_lines(text, spans, lambda s, e: (s, e) in late or (s, e) in masthead)]
    assert spans[7][0] not in tops
