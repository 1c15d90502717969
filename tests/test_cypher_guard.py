"""Issue 15, case 8: the query guard parses Cypher; refused queries stay refused in every spelling.

Hypothesis rewrites each refused query (keyword case, full-width letters, comments and
Unicode white space between tokens, back-quoted procedure names, a trailing ';') and
every variant must be refused by `api.query` with the store unchanged: no count moves,
no file appears.
"""

from __future__ import annotations

import re

import pytest
from fixtures.synthetic import synthetic_extractions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from neo4j_support import neo4j_clean, neo4j_store  # noqa: F401 (fixtures)

from osint_graph import api
from osint_graph.queries import saved_queries
from osint_graph.store import WriteQueryRefused
from osint_graph.store.cypher_guard import check, tokenize
from osint_graph.store.graph_rows import batch_of
from osint_graph.store.ladybug_store import LadybugStore

# Refused queries as tokens separated by single spaces; {dir} is a scratch folder.
# Keywords are upper case; procedure names are marked with a leading '@'.
REFUSED = [
    "MATCH ( v : Vessel ) DETACH DELETE v",
    "MATCH ( v : Vessel ) SET v.name = 'x'",
    "CREATE ( : Vessel { id : 'vessel:new' , name : 'x' } )",
    "MERGE ( : Vessel { id : 'vessel:new2' } )",
    "MATCH ( v : Vessel ) DELETE v",
    "COPY ( MATCH ( v : Vessel ) RETURN v.name ) TO '{dir}/out.csv'",
    "LOAD FROM '{dir}/in.csv' RETURN *",
    "LOAD WITH HEADERS ( a STRING ) FROM '{dir}/in.csv' RETURN *",
    "COPY Vessel FROM '{dir}/in.csv'",
    "CALL @READ_CSV_SERIAL ( '{dir}/in.csv' ) RETURN *",
    "CALL @show_functions ( ) RETURN name",
    "CALL @threads = 1",
    "INSTALL json",
    "UNINSTALL json",
    "LOAD EXTENSION json",
    "ATTACH '{dir}/other.lbug' AS o ( dbtype lbug )",
    "USE o",
    "DETACH o",
    "EXPORT DATABASE '{dir}/exported'",
    "IMPORT DATABASE '{dir}/exported'",
    "CHECKPOINT",
    "BEGIN TRANSACTION",
    "DROP TABLE Vessel",
    "ALTER TABLE Vessel ADD extra INT64",
    "MATCH ( n : Vessel ) RETURN n ; CREATE ( : Vessel { id : 'vessel:after' } )",
    "MATCH ( n : Vessel ) RETURN @read_csv ( '{dir}/in.csv' )",
    "MATCH ( n ) CALL { CREATE ( : Vessel { id : 'vessel:sub' } ) } RETURN n",
    "MATCH ( n ) FOREACH ( x IN [ 1 ] | CREATE ( : Vessel { id : 'vessel:fe' } ) )",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "SHOW DATABASES",
]
KEYWORDS = {
    w
    for q in REFUSED
    for w in q.split()
    if w.isupper() and w.isalpha() and w not in {"TO", "AS", "FROM", "IN", "HEADERS", "STRING", "INT64", "ADD"}
}
SEPARATORS = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", " /* note */ ", "/**/", " // note\n", "\r\n"]


def fullwidth(word: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)


@st.composite
def spelling(draw, word: str) -> str:
    if word.startswith("@"):  # a procedure or function name: plain, back-quoted or odd case
        name = word[1:]
        name = draw(st.sampled_from([name, name.lower(), name.upper(), name.swapcase()]))
        return draw(st.sampled_from([name, f"`{name}`"]))
    if word in KEYWORDS:
        cased = "".join(c.upper() if draw(st.booleans()) else c.lower() for c in word)
        return draw(st.sampled_from([cased, cased, fullwidth(cased)]))
    return word


@st.composite
def variant(draw, template: str) -> str:
    words = template.split(" ")
    parts = [draw(spelling(w)) for w in words]
    out = parts[0]
    for part in parts[1:]:
        out += draw(st.sampled_from(SEPARATORS)) + part
    lead = draw(st.sampled_from(["", " ", "\n", "/* lead */ ", "// lead\n"]))
    tail = draw(st.sampled_from(["", ";", " ; ", " // tail", " /* tail */"]))
    return lead + out + tail


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("guard") / "g.lbug"
    with LadybugStore(path) as store:
        store.write(batch_of(synthetic_extractions(20)))
    return path


@pytest.fixture(scope="module")
def baseline(store_path):
    """The store as written: every refused query must leave it so."""
    return snapshot(store_path)


def snapshot(path) -> tuple:
    with LadybugStore(path, read_only=True) as store:
        nodes, rels = store.counts()
        tables = store.tables()
    return nodes, rels, tables


def files_in(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_variant_of_a_refused_query_is_refused_and_changes_nothing(store_path, baseline, tmp_path, data):
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    (scratch / "in.csv").write_text("a\nx\n")
    template = data.draw(st.sampled_from(REFUSED)).replace("{dir}", str(scratch))
    query = data.draw(variant(template))
    files = files_in(scratch)
    with pytest.raises(WriteQueryRefused):
        api.query(str(store_path), query)
    assert snapshot(store_path) == baseline
    assert files_in(scratch) == files


@pytest.mark.parametrize("template", REFUSED)
def test_each_refused_query_as_written(store_path, baseline, tmp_path, template):
    """Every template once, unmutated (hypothesis samples them; this makes sure each is seen)."""
    query = template.replace("{dir}", str(tmp_path)).replace("@", "")
    with pytest.raises(WriteQueryRefused):
        api.query(str(store_path), query)
    assert snapshot(store_path) == baseline
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("saved", sorted(saved_queries()))
def test_every_saved_query_is_allowed(saved):
    check(saved_queries()[saved].cypher)


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (v:Vessel) RETURN v.name, v.`set`, v.create ORDER BY v.name",
        "MATCH (n:Vessel) WHERE n.name = 'CREATE (x); DELETE' RETURN n.name // SET n.x = 1",
        'MATCH (n:Vessel) WHERE n.name CONTAINS "it\\"s; LOAD" RETURN count(*) AS `copy`',
        "MATCH (c:Claim) RETURN c.startOffset AS start, {set: 1, load: 2} AS m LIMIT 1",
        "CALL show_tables() RETURN name",
        "CALL table_info('Vessel') RETURN *",
        "CALL db.labels() YIELD label RETURN label",
        "MATCH (n:Vessel) RETURN n.name;",
        "MATCH (n:Vessel)\u00a0RETURN\u2003n.name",
        "EXPLAIN MATCH (n:Vessel) RETURN n",
        "UNWIND [1, 2] AS x WITH x WHERE x > 1 RETURN x",
        "MATCH (p:PortCall) RETURN p.id AS call, p.date AS set ORDER BY call",  # aliases named like clauses
    ],
)
def test_read_queries_pass(query):
    check(query)


@pytest.mark.parametrize(
    "query, reason",
    [
        ("MATCH (n) RETURN n.name AS x\u200b", "U+200B"),
        ("MATCH (n) RETURN 'open", "unterminated string"),
        ("MATCH (n) RETURN n /* open", "unterminated comment"),
        ("MATCH (n) RETURN n.`open", "unterminated back-quoted"),
        ("", "empty"),
        ("RETURN 1; RETURN 2", "one statement"),
    ],
)
def test_unreadable_queries_are_refused_with_the_reason(query, reason):
    with pytest.raises(WriteQueryRefused, match=re.escape(reason)):
        check(query)


def test_tokenizer_keeps_strings_comments_and_names_apart():
    tokens = tokenize("MATCH (n) // CREATE\nWHERE n.x = 'a\\'b CREATE' /* SET */ RETURN n.`we``ird`")
    words = [(t.kind, t.text) for t in tokens if t.kind != "punct"]
    assert words == [
        ("word", "MATCH"),
        ("word", "n"),
        ("word", "WHERE"),
        ("word", "n"),
        ("word", "x"),
        ("string", "'a\\'b CREATE'"),
        ("word", "RETURN"),
        ("word", "n"),
        ("name", "`we``ird`"),
    ]
    assert tokens[-1].text == "`we``ird`"


def test_read_only_store_still_reads(store_path):
    result = api.query(str(store_path), "MATCH (v:Vessel) RETURN count(v) AS n")
    assert result.rows[0][0] > 0


# -- the same guard in front of Neo4j ---------------------------------------------------------

NEO4J_REFUSED = [
    "MATCH ( v : Vessel ) DETACH DELETE v",
    "MATCH ( v : Vessel ) SET v.name = 'x'",
    "CREATE ( : Vessel { id : 'vessel:new' } )",
    "INSERT ( : Vessel { id : 'vessel:gql' } )",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH ( n ) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS RETURN 1",
    "CALL @dbms.listConfig ( ) YIELD name RETURN name",
    "CALL @apoc.load.json ( 'file:///etc/passwd' ) YIELD value RETURN value",
    "MATCH ( n ) RETURN @apoc.text.join ( [ 'a' ] , ',' )",
    "USE system SHOW USERS",
    "SHOW DATABASES",
    "CREATE DATABASE other",
    "MATCH ( n ) FOREACH ( x IN [ 1 ] | CREATE ( : Vessel { id : 'vessel:fe' } ) )",
]


KEYWORDS |= {w for q in NEO4J_REFUSED for w in q.split() if w.isupper() and w.isalpha() and w not in {"AS", "IN"}}


@pytest.fixture(scope="module")
def neo4j_graph(neo4j_clean):  # noqa: F811 (the fixture imported above)
    neo4j_clean.write(batch_of(synthetic_extractions(10, pool=5)))
    return neo4j_clean, neo4j_clean.counts()


@pytest.mark.neo4j
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_neo4j_refuses_every_variant_and_stays_unchanged(neo4j_graph, data):
    store, baseline = neo4j_graph
    query = data.draw(variant(data.draw(st.sampled_from(NEO4J_REFUSED))))
    with pytest.raises(WriteQueryRefused):
        store.query(query)
    assert store.counts() == baseline


@pytest.mark.neo4j
def test_neo4j_runs_the_allowed_procedures(neo4j_graph):
    labels = {row[0] for row in neo4j_graph[0].query("CALL db.labels() YIELD label RETURN label").rows}
    assert "Vessel" in labels
