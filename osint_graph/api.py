"""The Python API: the same verbs as the CLI (extract, ingest, query, stats).

Each function streams: articles are read, extracted and written in batches, so
memory stays flat however many articles come.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any

from osint_graph.ingest import Reader, ReadError
from osint_graph.model import Article, Extraction
from osint_graph.store import GraphStore, QueryResult, open_store
from osint_graph.store.graph_rows import BatchBuilder

# Articles per bulk write: each COPY has a fixed cost, so bigger batches load faster;
# 256 articles of extraction stay a few MB in memory.
DEFAULT_BATCH = 256


def extract_articles(articles: Iterable[Article], model: str | None = None, n_process: int = 1) -> Iterator[Extraction]:
    """Run the NLP pipeline over articles, one Extraction each, streaming."""
    from osint_graph.nlp import Extractor  # loads spaCy: only when extraction is asked for

    yield from Extractor(model=model).extract_many(articles, n_process=n_process)


def resolved(extractions: Iterable[Extraction]) -> Iterator[Extraction]:
    """Canonical entity keys across articles (identifiers, aliases, names)."""
    from osint_graph.resolve import Resolver

    resolver = Resolver()
    for extraction in extractions:
        yield resolver.resolve(extraction)


@dataclass
class IngestReport:
    articles: int = 0
    elements: int = 0
    errors: list[ReadError] = field(default_factory=list)


def ingest(
    paths: Iterable[str | Path],
    store: GraphStore,
    reader: Reader | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_article: Callable[[Extraction], None] | None = None,
) -> IngestReport:
    """Read, extract, resolve and write articles to a store, `batch_size` articles a write."""
    reader = reader or Reader()
    report = IngestReport(errors=reader.errors)
    stream = resolved(extract_articles(reader.read(paths), model=model))
    while chunk := list(islice(stream, batch_size)):
        builder = BatchBuilder(store.schema)
        for extraction in chunk:
            builder.add(extraction)
            if on_article:
                on_article(extraction)
        store.write(builder.batch)
        report.articles += len(chunk)
        report.elements += builder.batch.size()
    return report


def query(store_uri: str | None, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
    """Run an analyst's query read-only (write clauses refused before anything runs)."""
    from osint_graph.store import check_read_only

    check_read_only(cypher)
    store = open_store(store_uri, read_only=True)
    try:
        return store.query(cypher, params)
    finally:
        store.close()


def plain(value: Any) -> Any:
    """A query value as JSON-friendly data (dates as ISO strings, nested values kept)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "to_native"):  # neo4j.time types
        return plain(value.to_native())
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value
