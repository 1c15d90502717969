"""Resume an interrupted ingest: skip the articles already in the store, know its entities.

A killed ingest leaves whole batches behind (LadybugDB writes a batch in one transaction),
so an article whose id is stored has all its records stored too. Running the same ingest
again asks the store, a chunk of ids at a time, which articles it already has and does not
extract them again; the count of skipped articles is reported.

Resolution must give the same keys as a clean run would: a name first seen in an article
written before the kill decides the key of later spellings. So, on a store that already has
articles, the resolver first learns the stored entities' names, aliases and identifiers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from osint_graph.ingest.isolation import StoreUnavailable, reason_of, store_is_gone
from osint_graph.model import Article

# Ids per "which of these are stored?" query: one round trip per this many articles.
CHECK_CHUNK = 1000
KNOWN_ARTICLES = "UNWIND $ids AS i MATCH (a:Article {id: i}) RETURN a.id"
# Entity labels: those whose nodes carry a name and aliases (the resolver's vocabulary).
IDENTIFIER_PROPERTIES = ("imo", "locode")


def stored_article_ids(store, ids: list[str]) -> set[str]:
    """Which of `ids` the store already holds (one query, through the id key)."""
    try:
        rows = store.run(KNOWN_ARTICLES, {"ids": ids}).rows
    except Exception as exc:
        if store_is_gone(exc):  # the server, not an article: end the run with one message
            raise StoreUnavailable(reason_of(exc)) from exc
        raise
    return {row[0] for row in rows}


def has_articles(store) -> bool:
    return store.run("MATCH (a:Article) RETURN count(a)").rows[0][0] > 0


def skip_stored(
    articles: Iterable[Article],
    store,
    on_skip: Callable[[Article], None] | None = None,
    chunk: int = CHECK_CHUNK,
    on_repeat: Callable[[Article], None] | None = None,
) -> Iterator[Article]:
    """The articles the store does not hold yet, in input order; `on_skip` is told of each stored one left out.

    Repeats within the input are left out too (after the first), as the store would hold them;
    `on_repeat` is told of each (else `on_skip`). An article id is the hash of its text with
    white space folded, so a story saved again with other line breaks is a repeat: it is never
    extracted again, and its offsets never meet the text stored first (issue 15, case 5).
    """
    on_repeat = on_repeat or on_skip
    source = iter(articles)
    seen: set[str] = set()
    while part := list(islice(source, chunk)):
        stored = stored_article_ids(store, sorted({a.id for a in part}))
        for article in part:
            if article.id in stored:
                if on_skip:
                    on_skip(article)
                continue
            if article.id in seen:
                if on_repeat:
                    on_repeat(article)
                continue
            seen.add(article.id)
            yield article
        # Ids of this chunk are stored by the time a later chunk is checked only if written:
        # keep them until then, and no longer than the input needs (bounded by the chunk).
        seen &= {a.id for a in part}


def entity_labels(schema) -> list[str]:
    return [n.label for n in schema.nodes.values() if n.property("name") and n.property("aliases")]


def warm_resolver(resolver, store) -> int:
    """Teach `resolver` the entities already stored; returns how many it learned."""
    learned = 0
    for label in entity_labels(store.schema):
        node = store.schema.nodes[label]
        idents = [p for p in IDENTIFIER_PROPERTIES if node.property(p)]
        columns = ", ".join(["n.id", "n.name", "n.aliases", *(f"n.{p}" for p in idents)])
        for row in store.run(f"MATCH (n:{label}) RETURN {columns} ORDER BY n.id").rows:
            entity, name, aliases, *values = row
            identifiers = {p: v for p, v in zip(idents, values, strict=True) if v}
            resolver.learn(label, entity, [name, *(aliases or [])], identifiers)
            learned += 1
    return learned
