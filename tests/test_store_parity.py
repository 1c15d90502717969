"""Parity: the same data in both stores answers every saved query the same way.

The sample corpus runs through the NLP once; the resolved extractions become one
batch (one ingestedAt) written to an embedded LadybugDB store and to Neo4j; the
cross-check then runs on each store (reading its claims back from that store and
writing its propositions into it). Every saved query, discovered at run time,
then runs on both with the same parameters and the results are compared after
normalising values: dates as ISO strings, floats rounded, unset (null)
properties of nodes and relationships dropped, the order of a `collect()` list
ignored, the order of rows ignored unless the query orders them (and then only
within ties of the ORDER BY keys).
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from typing import Any

import pytest
from neo4j_support import neo4j_clean, neo4j_store, wipe

from osint_graph.queries import SavedQuery, saved_queries
from osint_graph.resources import sources_dir
from osint_graph.store import QueryResult
from osint_graph.store.ladybug_store import LadybugStore

__all__ = ["neo4j_clean", "neo4j_store"]  # fixtures, imported for pytest

CORPUS = sources_dir() / "articles"
INGESTED_AT = datetime(2024, 6, 1, 12, 0, 0)
GENERATED = "2024-06-01T12:00:00+00:00"

# A value for every parameter name a saved query may take: chosen so that the sample corpus
# answers with rows. A new query with a new parameter name needs a line here.
PARAMS: dict[str, Any] = {
    "name": "Lady R",
    "vessel": "Lady R",
    "port": "Rajin",
    "date": "2024-02-04",
    "outlet": "Reuters",
    "subject": "container",
    "text": "containers",
    "about": "Lady R",
    "entity": "Lady R",
    "grade": 3,
    "rule": "fuzzy",
    "min_outlets": 2,
    "kind": "shipment",
    "origin": "Shin Won-sik",
    "limit": 20,
    "terms": "lady r",
}
QUERIES = saved_queries()


def params_for(query: SavedQuery) -> dict[str, Any]:
    missing = [p.name for p in query.params if p.name not in PARAMS]
    if missing:
        pytest.fail(
            f"saved query {query.name!r} takes parameter(s) {', '.join(missing)} that the parity test has no value "
            f"for: add a value that the sample corpus answers to PARAMS in tests/test_store_parity.py",
            pytrace=False,
        )
    return query.bind({p.name: PARAMS[p.name] for p in query.params})


# -- comparing results ----------------------------------------------------------------------------
_BLANK_RE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_CLAUSE_END_RE = re.compile(r"\b(ORDER\s+BY|SKIP|LIMIT)\b", re.IGNORECASE)
_DIRECTION_RE = re.compile(r"\s+(ASC|ASCENDING|DESC|DESCENDING)\s*$", re.IGNORECASE)
_ALIAS_RE = re.compile(r"^(.*?)\s+AS\s+(`[^`]+`|\w+)\s*$", re.IGNORECASE | re.DOTALL)


def _split_top(text: str) -> list[str]:
    """Split at commas outside brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [" ".join(p.split()) for p in parts if p.strip()]


class QueryShape:
    """What the final RETURN of a query says about its results: the columns whose `collect()` order
    is undefined, the ORDER BY keys that are columns, and the LIMIT."""

    def __init__(self, cypher: str):
        # Blank strings and comments (same length) so that keywords are found only in code.
        code = _BLANK_RE.sub(lambda m: " " * len(m.group(0)), cypher)
        returns = [m.end() for m in re.finditer(r"\bRETURN\b", code, re.IGNORECASE)]
        if not returns:
            raise ValueError("no RETURN")
        body = code[returns[-1] :]
        body = re.sub(r"^\s*DISTINCT\b", "", body, flags=re.IGNORECASE)
        end = _CLAUSE_END_RE.search(body)
        items_text = body[: end.start()] if end else body
        self.items: list[tuple[str, str]] = []  # (expression, column name)
        for item in _split_top(items_text):
            alias = _ALIAS_RE.match(item)
            self.items.append((alias.group(1), alias.group(2).strip("`")) if alias else (item, item))
        # collect() keeps an order only after an ORDER BY in an earlier WITH.
        ordered_before = re.search(r"\bORDER\s+BY\b", code[: returns[-1]], re.IGNORECASE) is not None
        self.unordered_lists = {
            name for expr, name in self.items if "collect(" in expr.lower().replace(" ", "") and not ordered_before
        }
        order = re.search(r"\bORDER\s+BY\b(.*?)(?=\bSKIP\b|\bLIMIT\b|$)", body, re.IGNORECASE | re.DOTALL)
        self.ordered = order is not None
        self.order_keys: list[str] = []  # column names, the prefix of ORDER BY that maps to columns
        if order:
            by_expr = {expr: name for expr, name in self.items}
            names = {name for _, name in self.items}
            for key in _split_top(order.group(1)):
                key = _DIRECTION_RE.sub("", key).strip()
                column = key if key in names else by_expr.get(key)
                if column is None:
                    break  # later keys order within groups we cannot see: compare those as sets
                self.order_keys.append(column)
        limit = re.search(r"\bLIMIT\s+(\d+)", body, re.IGNORECASE)
        self.limit = int(limit.group(1)) if limit else None


def normalise(value: Any, sort_list: bool = False) -> Any:
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "to_native"):  # a driver temporal type that slipped through
        return normalise(value.to_native())
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6)
    if isinstance(value, dict):
        # A node or relationship: an unset property is absent in Neo4j and a null column in Ladybug
        # (for a node matched without a label Ladybug even has the columns of every table).
        entity = "_label" in value
        return {k: normalise(v) for k, v in sorted(value.items()) if not (entity and v is None)}
    if isinstance(value, (list, tuple)):
        items = [normalise(v) for v in value]
        return sorted(items, key=_key) if sort_list else items
    return repr(value)


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def normalised_rows(result: QueryResult, shape: QueryShape) -> list[list[Any]]:
    unordered = [c in shape.unordered_lists for c in result.columns]
    return [[normalise(v, sort) for v, sort in zip(row, unordered, strict=True)] for row in result.rows]


def differences(shape: QueryShape, a: QueryResult, b: QueryResult) -> list[str]:
    """Why two results differ (empty when they agree)."""
    if a.columns != b.columns:
        return [f"columns differ: {a.columns} != {b.columns}"]
    rows_a, rows_b = normalised_rows(a, shape), normalised_rows(b, shape)
    if len(rows_a) != len(rows_b):
        return [f"{len(rows_a)} rows != {len(rows_b)} rows"] + _set_difference(rows_a, rows_b)
    if not shape.ordered:
        return _set_difference(rows_a, rows_b)
    # Ordered: the same sequence of ORDER BY keys; rows within a run of equal keys in any order.
    index = [a.columns.index(c) for c in shape.order_keys]
    groups_a, groups_b = _groups(rows_a, index), _groups(rows_b, index)
    if [k for k, _ in groups_a] != [k for k, _ in groups_b]:
        keys_a, keys_b = [k for k, _ in groups_a], [k for k, _ in groups_b]
        first = next((i for i, (x, y) in enumerate(zip(keys_a, keys_b, strict=False)) if x != y), None)
        shown = (keys_a[first], keys_b[first]) if first is not None else (keys_a[len(keys_b) :], keys_b[len(keys_a) :])
        return [f"rows in another order (by {shape.order_keys}), first at key #{first}: {shown[0]} != {shown[1]}"]
    problems = []
    for n, ((key, group_a), (_, group_b)) in enumerate(zip(groups_a, groups_b, strict=True)):
        if shape.limit is not None and len(rows_a) == shape.limit and n == len(groups_a) - 1:
            continue  # LIMIT may cut a run of ties anywhere: the last run is compared by its keys only
        problems += _set_difference(group_a, group_b, f"among rows with {shape.order_keys}={key}: ")
    return problems


def _groups(rows: list[list[Any]], index: list[int]) -> list[tuple[list[Any], list[list[Any]]]]:
    groups: list[tuple[list[Any], list[list[Any]]]] = []
    for row in rows:
        key = [row[i] for i in index]
        if groups and groups[-1][0] == key:
            groups[-1][1].append(row)
        else:
            groups.append((key, [row]))
    return groups


def _set_difference(rows_a: list, rows_b: list, prefix: str = "") -> list[str]:
    a, b = sorted(map(_key, rows_a)), sorted(map(_key, rows_b))
    if a == b:
        return []
    only_a = [r for r in a if r not in b][:3]
    only_b = [r for r in b if r not in a][:3]
    return [f"{prefix}only in LadybugDB: {only_a}; only in Neo4j: {only_b}"]


def test_the_comparison_ignores_ties_and_collect_order_but_not_order():
    shape = QueryShape(
        "MATCH (a) WITH a ORDER BY a.x // ignore: RETURN x ORDER BY y\n"
        "MATCH (b) RETURN DISTINCT a.name AS name, count(b) AS n, collect(DISTINCT b.name) AS names, a.x "
        "ORDER BY n DESC, a.x, size(names) LIMIT 3"
    )
    assert shape.order_keys == ["n", "a.x"] and shape.limit == 3
    assert shape.unordered_lists == set()  # an ORDER BY before the RETURN: collect() keeps that order
    shape = QueryShape("MATCH (a) RETURN a.name AS name, collect(a.x) AS xs, [1, 2] AS fixed ORDER BY name")
    assert shape.unordered_lists == {"xs"} and shape.order_keys == ["name"]
    cols = ["name", "xs", "fixed"]
    a = QueryResult(cols, [["a", [2, 1], [1, 2]], ["a", [3], [1, 2]], ["b", [], [1, 2]]])
    b = QueryResult(cols, [["a", [3], [1, 2]], ["a", [1, 2], [1, 2]], ["b", [], [1, 2]]])
    assert differences(shape, a, b) == []  # ties in any order; collect() lists in any order
    c = QueryResult(cols, [["b", [], [1, 2]], ["a", [3], [1, 2]], ["a", [1, 2], [1, 2]]])
    assert differences(shape, a, c)  # the ORDER BY keys in another order
    d = QueryResult(cols, [["a", [2, 1], [2, 1]], ["a", [3], [1, 2]], ["b", [], [1, 2]]])
    assert differences(shape, a, d)  # a list that is not a collect() keeps its order
    unordered = QueryShape("MATCH (a) RETURN a.published AS d, a.value AS v")
    e = QueryResult(["d", "v"], [[date(2024, 2, 4), 1.0000000001], [None, 2]])
    f = QueryResult(["d", "v"], [[None, 2], [date(2024, 2, 4), 1.0]])
    assert differences(unordered, e, f) == []
    g = QueryResult(["d", "v"], [[None, 2.0], [date(2024, 2, 4), 1.0]])
    assert differences(unordered, e, g)  # an int is not a float: `--format json` would show 2 and 2.0


# -- both stores over the sample corpus ------------------------------------------------------------
@pytest.fixture(scope="module")
def stores(neo4j_clean, tmp_path_factory):
    """(LadybugStore, Neo4jStore) holding the same batch and each its own cross-check results."""
    from osint_graph import crosscheck
    from osint_graph.api import extract_articles, resolved
    from osint_graph.ingest import Reader
    from osint_graph.store.graph_rows import BatchBuilder

    reader = Reader()
    extractions = list(resolved(extract_articles(reader.read([CORPUS]))))
    assert extractions and not reader.errors
    builder = BatchBuilder(ingested_at=INGESTED_AT)
    for extraction in extractions:
        builder.add(extraction)
    wipe(neo4j_clean)
    embedded = LadybugStore(tmp_path_factory.mktemp("parity") / "parity.lbug")
    for store in (embedded, neo4j_clean):
        store.write(builder.batch)
    corpora = [crosscheck.read_claims(store) for store in (embedded, neo4j_clean)]
    for store in (embedded, neo4j_clean):
        crosscheck.corroborate(store, generated=GENERATED)
    yield embedded, neo4j_clean, corpora
    embedded.close()


@pytest.mark.neo4j
@pytest.mark.slow
def test_both_stores_hold_the_same_counts(stores):
    embedded, neo4j, _ = stores
    nodes, rels = embedded.counts()
    assert nodes["Article"] == len(list(CORPUS.glob("*.md"))) and nodes["Claim"] > 0 and nodes["Proposition"] > 0
    assert neo4j.counts() == (nodes, rels)


@pytest.mark.neo4j
@pytest.mark.slow
def test_the_cross_check_reads_the_same_claims_from_both(stores):
    embedded_corpus, neo4j_corpus = stores[2]
    assert len(embedded_corpus.claims) > 0
    assert neo4j_corpus == embedded_corpus


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_saved_query_answers_the_same_on_both(stores, name):
    embedded, neo4j, _ = stores
    query = QUERIES[name]
    params = params_for(query)
    shape = QueryShape(query.cypher)
    result_embedded = embedded.query(query.cypher_for(embedded.uri), params)
    result_neo4j = neo4j.query(query.cypher_for(neo4j.uri), params)
    problems = differences(shape, result_embedded, result_neo4j)
    assert not problems, f"{name} {params}: " + "\n".join(problems)


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize(
    "cypher",
    [
        "MATCH (v:Vessel) RETURN v ORDER BY v.id",
        "MATCH (c:Claim)-[r:ATTRIBUTED_TO]->(s) RETURN c.id AS claim, r, s ORDER BY claim, r.position",
        "MATCH p = (f:Figure)<-[:HAS_FIGURE]-(:Claim)-[:DERIVED_FROM]->(:Article) RETURN p ORDER BY f.id",
        "MATCH (a:Article) RETURN a.published AS published, a.ingestedAt AS at, a ORDER BY a.id",
    ],
)
def test_nodes_relationships_and_paths_come_back_alike(stores, cypher):
    """What an analyst's own query returns: whole nodes, relationships and paths, temporal values."""
    embedded, neo4j, _ = stores
    result_embedded, result_neo4j = embedded.query(cypher), neo4j.query(cypher)
    assert result_embedded.rows, cypher
    assert not differences(QueryShape(cypher), result_embedded, result_neo4j)


@pytest.mark.neo4j
@pytest.mark.slow
def test_most_saved_queries_return_rows(stores):
    """Parity over empty results proves little: the parameters must make the corpus answer."""
    embedded, _, _ = stores
    empty = [name for name, q in QUERIES.items() if not embedded.query(q.cypher, params_for(q)).rows]
    assert len(empty) <= len(QUERIES) // 4, f"saved queries with no rows on the sample corpus: {empty}"


@pytest.mark.neo4j
@pytest.mark.slow
@pytest.mark.parametrize("terms", ["lady r", "LADY-R", "rason", "nk", "korea", "ministry defense"])
def test_find_answers_the_same_from_the_fulltext_index_and_the_name_keys(stores, terms):
    """Neo4j's `find` reads its FULLTEXT index, the embedded store its nameKeys property."""
    embedded, neo4j, _ = stores
    query = QUERIES["find"]
    assert query.neo4j_cypher and "db.index.fulltext.queryNodes" in query.neo4j_cypher
    params = query.bind({"terms": terms})
    result_embedded = embedded.query(query.cypher, params)
    result_neo4j = neo4j.query(query.neo4j_cypher, params)
    assert result_embedded.rows, terms
    assert not differences(QueryShape(query.cypher), result_embedded, result_neo4j), terms


@pytest.mark.neo4j
@pytest.mark.slow
def test_every_entity_has_the_entity_label_and_dates_are_dates(stores):
    embedded, neo4j, _ = stores
    nodes, _ = embedded.counts()
    entities = sum(nodes[label] for label in embedded.schema.entity_labels())
    assert neo4j.query("MATCH (n:Entity) RETURN count(n)").rows == [[entities]]
    for cypher in (
        "MATCH (c:Claim) WHERE c.startDate IS NOT NULL RETURN c.id, c.date, c.startDate, c.endDate ORDER BY c.id",
        "MATCH (p:PortCall) WHERE p.date IS NOT NULL RETURN p.id, p.date, p.startDate, p.endDate ORDER BY p.id",
    ):
        rows = neo4j.query(cypher).rows
        assert rows and all(isinstance(r[2], date) and isinstance(r[3], date) and r[2] <= r[3] for r in rows)
        assert not differences(QueryShape(cypher), embedded.query(cypher), neo4j.query(cypher))
    # A date range query: what both stores hold for February 2024.
    window = (
        "MATCH (p:PortCall)-[:AT_PORT]->(port:Port) WHERE p.startDate >= date('2024-02-01') "
        "AND p.endDate <= date('2024-02-29') RETURN p.id AS call, port.name AS port ORDER BY call"
    )
    rows = embedded.query(window).rows
    assert rows and not differences(QueryShape(window), embedded.query(window), neo4j.query(window))
