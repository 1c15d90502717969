"""The same story with other line breaks is the same article, with the text first stored.

An article's id is the sha256 of its text with white space folded, so a story re-saved
with other line breaks keeps its id; but its offsets are into its own text. Extracting
the new layout would add claims and mentions whose ids (made from their offsets) are
new, and whose offsets do not fit the stored text (issue 15, case 5). So an article
whose id is already in the store is extracted from the stored text, which gives the
records already there; and a second copy in the same run is skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from osint_graph.ingest.isolation import StoreUnavailable, reason_of, store_is_gone
from osint_graph.model import Article

STORED_TEXT = "MATCH (a:Article {id: $id}) RETURN a.text AS text"


def stored_text(store, article_id: str) -> str | None:
    """The text stored for an article id, or None when the store does not have it."""
    try:
        rows = store.run(STORED_TEXT, {"id": article_id}).rows
    except Exception as exc:
        if store_is_gone(exc):
            raise StoreUnavailable(reason_of(exc)) from exc
        raise
    return rows[0][0] if rows and rows[0][0] else None


def in_stored_layout(articles: Iterable[Article], store, duplicates: list[str] | None = None) -> Iterator[Article]:
    """Articles as the store knows them: stored text for known ids, repeats in this run left out."""
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            if duplicates is not None:
                duplicates.append(article.source or "<input>")
            continue
        seen.add(article.id)
        text = stored_text(store, article.id)
        yield article if text is None or text == article.text else replace(article, text=text)
