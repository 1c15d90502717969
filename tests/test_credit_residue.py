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
