"""Finding entities by their names through an index, the same way in both stores.

Exact names (the saved queries that take a name: `claims-about`, `co-mentioned`, ...): every
entity written gets one `NameKey` node per name and alias, whose id is the name normalised
(`name_key`: NFKC, case-folded, spaces collapsed), with a `KEY_OF` edge to the entity. The
id is the primary key (LadybugDB hash-indexes primary keys, and only those; on Neo4j a
uniqueness constraint indexes it), so `MATCH (k:NameKey {id: $name_key})-[:KEY_OF]->(e)` is
one index look-up where `any(x IN e.aliases WHERE toLower(x) = ...)` scanned every node.
These two tables are the stores' index, not the ontology's: no export or count shows them.

Words of names (the saved query `find`):

Neo4j answers from a FULLTEXT index over `name` and `aliases` (Lucene's standard analyzer:
words split at Unicode word boundaries, lower-cased, no stop words); LadybugDB has no such
index, so every entity also stores `nameKeys`, the words of its name and aliases normalised
the same way (`name_words`).  An entity is found when every word asked for is one of its
name's or aliases' words, so both stores return the same entities (tests/test_store_parity.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from osint_graph.ontology import NodeType, Property, RelType, Schema

# Lucene's StandardTokenizer keeps letters and digits together and splits at everything else
# (UAX#29); a word's inner apostrophe ("O'Brien") is the one case where the two differ.
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
FULLTEXT_INDEX = "osint_entity_names"
NAME_KEY = "NameKey"
KEY_OF = "KEY_OF"
_INDEX_IRI = "urn:osint-graph:index#"


def name_key(text: str) -> str:
    """A name as the index keys it: NFKC, case-folded, runs of white space made one space."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def name_key_tables(schema: Schema) -> tuple[NodeType, RelType]:
    """The index's node table (`NameKey`, keyed by the normalised name) and its edge to every entity label."""
    node = NodeType(NAME_KEY, _INDEX_IRI + NAME_KEY, (Property("id", "string", _INDEX_IRI + "id"),))
    rel = RelType(KEY_OF, _INDEX_IRI + KEY_OF, tuple((NAME_KEY, label) for label in schema.entity_labels()))
    return node, rel


def name_key_pairs(rows: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    """(key, entity id) for every name and alias of entity rows about to be written."""
    pairs = set()
    for row in rows:
        for name in (row.get("name"), *(row.get("aliases") or [])):
            key = name_key(name) if name else ""
            if key:
                pairs.add((key, row["id"]))
    return pairs


def name_words(text: str) -> list[str]:
    """The words of a name: NFKC, case-folded, split at anything that is not a letter or digit."""
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def name_keys(names: Iterable[str | None]) -> list[str]:
    """The sorted set of words of a name and its aliases (the `nameKeys` property)."""
    return sorted({word for name in names if name for word in name_words(name)})


def phrase_pattern(text: str) -> str:
    """A case-insensitive RE2 pattern that finds `text` anywhere in a string, every character taken
    literally (for LadybugDB's `regexp_matches`, which scans ~2.5x faster than `toLower(x)
    CONTAINS toLower($text)`: it does not build a lower-cased copy of every row).

    ASCII punctuation is written as a hex escape (`\\x2e` for "."), not as a backslash before the
    character: LadybugDB 0.22 reads a pattern's `\\\\` as one backslash before handing it to RE2, so
    `\\\\s` (a literal backslash, then "s") would become `\\s` (any white space)."""
    literal = (f"\\x{ord(ch):02x}" if ch.isascii() and not ch.isalnum() and not ch.isspace() else ch for ch in text)
    return "(?i)" + "".join(literal)


def lucene_query(words: list[str]) -> str:
    """A Lucene query that requires every word (each quoted, so no word is read as an operator)."""
    return " AND ".join('"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"' for w in words)
