"""The saved query library: one Cypher query a file, its purpose and parameters in a header.

Header lines (`//` comments before the first Cypher line):
    // <description, one or more lines>
    // param NAME: what it is                (required)
    // param NAME = "default": what it is    (optional, with a default)

    // search NAME                         (NAME is a search phrase: `bind` adds $words, its
                                          normalised words, and $lucene, a full-text query)
    // pattern NAME                        (NAME is a phrase: `bind` adds $NAME_pattern, a
                                          case-insensitive regular expression that finds it
                                          literally anywhere, for `regexp_matches(x, $NAME_pattern)`)
    // param limit = 1000: ...             (every saved query: the most rows it returns; `bind`
                                          checks it is a whole number >= 1)

    // key NAME                            (NAME is an entity's name or alias: `bind` adds
                                          $NAME_key, the name normalised as the name index keys
                                          it, for `MATCH (k:NameKey {id: $NAME_key})-[:KEY_OF]->(e)`;
                                          store/search.py. A query may have several.)

A query may have a Neo4j variant in `NAME.neo4j.cypher` (same header), used on Neo4j where it
can do better (a FULLTEXT index); the parity test checks that both variants answer the same.

Portability (both LadybugDB and Neo4j run every query; tests/test_store_parity.py checks):
LadybugDB cannot read a `$parameter` inside a list predicate such as `any(x IN ... WHERE ...)`,
so queries bind such parameters first: `WITH toLower($name) AS want_name MATCH ...`.
No `type(r)`, `labels(n)`, map projections or list comprehensions; `end` is a reserved word.

Speed: a query's cost grows with the rows it returns (on a real-sized 20,000-article store,
claim-provenance of "container": 39,100 rows 1.7 s, its first 1,000 0.6 s), so every saved query
ends in `LIMIT $limit`, 1,000 rows unless asked (co-mentioned: 50); the CLI says when a result
stopped at its limit. A query that takes a name starts from the name index (`// key NAME`, above), one look-up.
LadybugDB's planner may still join what follows by scanning a whole table (a 20,000-article
store: `(pc)-[:SUPPORTED_BY]->(c:Claim)` planned as a scan of every Claim, 0.4 s); an
`OPTIONAL MATCH` extends from the nodes already bound, so such steps are written
`OPTIONAL MATCH ... WITH ... WHERE x IS NOT NULL` (the same rows as MATCH; 10x faster there).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

_PARAM_RE = re.compile(r"^param\s+(\w+)\s*(?:=\s*(.+?))?\s*:\s*(.*)$")
_SEARCH_RE = re.compile(r"^search\s+(\w+)\s*$")
_KEY_RE = re.compile(r"^key\s+(\w+)\s*$")
_PATTERN_RE = re.compile(r"^pattern\s+(\w+)\s*$")
NEO4J_SUFFIX = ".neo4j.cypher"


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    description: str
    default: Any = None
    required: bool = True


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    neo4j_cypher: str | None = None
    search: str | None = None  # the parameter whose words `bind` derives
    keys: tuple[str, ...] = ()  # the parameters whose name-index keys `bind` derives
    patterns: tuple[str, ...] = ()  # the parameters whose regular expressions `bind` derives

    def cypher_for(self, store_uri: str, limit: int | None = None) -> str:
        """The query text for a store: the Neo4j variant on a neo4j:// or bolt:// URI, if there is one.

        `$limit` is written into the text as a number (`bind` checked it is one): LadybugDB plans
        `LIMIT $limit` far slower than the same literal (vessel-port-calls on a 20,000-article
        store: 20 ms -> 150 ms, conflicting-figures 2 -> 190 ms)."""
        from osint_graph.store import is_neo4j

        text = self.neo4j_cypher if self.neo4j_cypher and is_neo4j(store_uri) else self.cypher
        if limit is not None:
            text = re.sub(r"\$limit\b", str(int(limit)), text)
        return text

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Parameters for a run: defaults filled in; a missing or unknown one is an error."""
        known = {p.name for p in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            takes = ", ".join(sorted(known)) or "none"
            raise ValueError(f"query {self.name!r} has no parameter {', '.join(unknown)} (it takes: {takes})")
        bound = {}
        for p in self.params:
            if p.name in given:
                bound[p.name] = given[p.name]
            elif p.required:
                raise ValueError(f"query {self.name!r} needs --param {p.name}=... ({p.description})")
            else:
                bound[p.name] = p.default
        limit = bound.get("limit")
        if "limit" in bound and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f"query {self.name!r}: limit must be a whole number of rows, 1 or more (got {limit!r})")
        if self.search:
            from osint_graph.store.search import lucene_query, name_words

            words = name_words(str(bound[self.search] or ""))
            if not words:
                raise ValueError(f"query {self.name!r} needs at least one word (letters or digits) in {self.search}")
            bound["words"], bound["lucene"] = words, lucene_query(words)
        if self.keys:
            from osint_graph.store.search import name_key

            for key in self.keys:
                bound[f"{key}_key"] = name_key(str(bound[key] or ""))
        if self.patterns:
            from osint_graph.store.search import phrase_pattern

            for name in self.patterns:
                bound[f"{name}_pattern"] = phrase_pattern(str(bound[name] or ""))
        return bound


def parse_saved_query(name: str, text: str) -> SavedQuery:
    description: list[str] = []
    params: list[Param] = []
    search = None
    keys: list[str] = []
    patterns: list[str] = []
    body: list[str] = []
    in_header = True
    for line in text.splitlines():
        stripped = line.strip()
        if in_header and stripped.startswith("//"):
            content = stripped[2:].strip()
            match = _PARAM_RE.match(content)
            if _SEARCH_RE.match(content):
                search = _SEARCH_RE.match(content).group(1)
            elif _KEY_RE.match(content):
                keys.append(_KEY_RE.match(content).group(1))
            elif _PATTERN_RE.match(content):
                patterns.append(_PATTERN_RE.match(content).group(1))
            elif match:
                pname, default, pdesc = match.groups()
                params.append(
                    Param(pname, pdesc, json.loads(default) if default is not None else None, default is None)
                )
            elif content:
                description.append(content)
            continue
        in_header = False
        body.append(line)
    cypher = "\n".join(body).strip()
    if not cypher:
        raise ValueError(f"saved query {name!r} has no Cypher")
    return SavedQuery(
        name, " ".join(description), tuple(params), cypher, search=search, keys=tuple(keys), patterns=tuple(patterns)
    )


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query by name (the file name without .cypher), sorted."""
    folder = resources.files(__package__)
    found = {}
    entries = {entry.name: entry for entry in folder.iterdir()}
    for file_name in sorted(entries):
        if file_name.endswith(".cypher") and not file_name.endswith(NEO4J_SUFFIX):
            name = file_name.removesuffix(".cypher")
            query = parse_saved_query(name, entries[file_name].read_text(encoding="utf-8"))
            variant = entries.get(name + NEO4J_SUFFIX)
            if variant is not None:
                neo4j = parse_saved_query(name, variant.read_text(encoding="utf-8"))
                query = replace(query, neo4j_cypher=neo4j.cypher)
            found[name] = query
    return found


def get_saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise KeyError(f"no saved query {name!r}; `osint-graph queries` lists them: {', '.join(queries)}")
    return queries[name]
