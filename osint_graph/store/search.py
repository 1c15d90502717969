"""Finding entities by the words of their names, the same way in both stores.

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

# Lucene's StandardTokenizer keeps letters and digits together and splits at everything else
# (UAX#29); a word's inner apostrophe ("O'Brien") is the one case where the two differ.
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
FULLTEXT_INDEX = "osint_entity_names"


def name_words(text: str) -> list[str]:
    """The words of a name: NFKC, case-folded, split at anything that is not a letter or digit."""
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def name_keys(names: Iterable[str | None]) -> list[str]:
    """The sorted set of words of a name and its aliases (the `nameKeys` property)."""
    return sorted({word for name in names if name for word in name_words(name)})


def lucene_query(words: list[str]) -> str:
    """A Lucene query that requires every word (each quoted, so no word is read as an operator)."""
    return " AND ".join('"' + w.replace("\\", "\\\\").replace('"', '\\"') + '"' for w in words)
