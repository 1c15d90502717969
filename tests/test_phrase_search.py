"""Phrase search in saved queries (`// pattern NAME`, store/search.py `phrase_pattern`).

`claim-provenance` finds claims whose text contains a phrase, in any case. On LadybugDB it
matches `regexp_matches(c.text, $text_pattern)`, which scans faster than lower-casing every
text; these tests check that the pattern finds exactly what `toLower(x) CONTAINS toLower(p)`
finds, whatever punctuation or letters the phrase holds, on a real LadybugDB connection.
"""

from __future__ import annotations

import string

import ladybug
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osint_graph.queries import get_saved_query, parse_saved_query
from osint_graph.store.ladybug_store import LadybugStore
from osint_graph.store.search import phrase_pattern

# every ASCII punctuation character, white space, both cases, digits and letters beyond ASCII
ALPHABET = string.punctuation + " \t" + "aAbBzZ09" + "éÉüÜßçÇ’–"


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    db = ladybug.Database(str(tmp_path_factory.mktemp("phrase") / "p.lbug"))
    connection = ladybug.Connection(db)
    yield connection
    connection.close()
    db.close()


def found(conn, text: str, phrase: str) -> tuple[bool, bool]:
    """(the pattern matches, the lower-cased text contains the lower-cased phrase), both by the database."""
    row = conn.execute(
        "RETURN regexp_matches($text, $pattern), toLower($text) CONTAINS toLower($phrase)",
        {"text": text, "pattern": phrase_pattern(phrase), "phrase": phrase},
    ).get_next()
    return row[0], row[1]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Some 6,700 Containers were shipped", "6,700 containers", True),
        ("a cost of $1.5m (estimated)", "$1.5m (est", True),
        ("a cost of $1x5m", "$1.5m", False),  # the dot is a dot, not any character
        ("path C:\\ships\\log", "\\ships\\", True),
        ("[sic] *urgent* ^top^ a|b {x} ?q +1", "[sic] *urgent* ^top^ a|b {x} ?q +1", True),
        ("the ÜBER-class ship", "über-class", True),
    ],
)
def test_the_pattern_takes_every_character_literally_and_ignores_case(conn, text, phrase, expected):
    matches, contains = found(conn, text, phrase)
    assert matches is expected
    assert contains is expected


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, max_size=30),
    phrase=st.text(alphabet=ALPHABET, min_size=1, max_size=6),
)
def test_the_pattern_finds_what_lower_cased_contains_finds(conn, text, phrase):
    # A phrase cut from the text must be found whatever it holds; any other agrees with CONTAINS.
    assert found(conn, text + phrase + text, phrase)[0] is True
    matches, contains = found(conn, text, phrase)
    assert matches is contains


def test_a_pattern_header_line_makes_bind_add_the_pattern():
    query = parse_saved_query("q", "// a test\n// param text: a phrase\n// pattern text\nRETURN 1")
    assert query.patterns == ("text",)
    assert query.bind({"text": "a.b"})["text_pattern"] == "(?i)a\\x2eb"
    assert get_saved_query("claim-provenance").patterns == ("text",)


def test_sums_of_integers_come_back_as_ints(tmp_path):
    # LadybugDB's sum of INT64 is a 128-bit integer that its driver reads as a Decimal; the store
    # gives an int, as Neo4j does (origins-echoed sums claim counts)
    with LadybugStore(tmp_path / "s.lbug") as store:
        rows = store.run("UNWIND [1, 2, 39] AS n RETURN sum(n), sum(n * 0.5)").rows
    assert rows == [[42, 21.0]]
    assert type(rows[0][0]) is int
