"""The Python API: one function per CLI verb, so a notebook can do what `osint-graph` does.

    import osint_graph as og
    og.ingest(["sources/articles"], "demo.lbug")
    og.query("demo.lbug", "MATCH (v:Vessel) RETURN v.name AS vessel").to_dataframe()

Every verb that needs a store takes either an open `GraphStore` (left open: the caller owns it)
or a store URI (a LadybugDB path or a neo4j:// / bolt:// URI; None is $OSINT_GRAPH_STORE or
./osint-graph.lbug), which the verb opens and closes itself. The CLI (`osint_graph/cli.py`)
only parses arguments and prints what these functions return.

Extraction and ingest stream: articles are read, extracted and written in batches, so memory
stays flat however many articles come. `ingest(workers=N)` or `ingest(scheduler="tcp://...")`
extracts on worker processes or a Dask cluster and writes from this process
(osint_graph/ingest/parallel.py); a re-run skips the articles already stored
(osint_graph/ingest/resume.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from osint_graph.ingest import Reader, ReadError
from osint_graph.ingest.collector import fewer_collections
from osint_graph.ingest.isolation import Reject, RejectLog, isolated, write_isolated
from osint_graph.ingest.parallel import chunks_in_flight, extraction_pool, fan_out
from osint_graph.ingest.resume import has_articles, skip_stored, warm_resolver
from osint_graph.model import Article, Extraction
from osint_graph.store import GraphStore, QueryResult, default_store_uri, is_neo4j, open_store
from osint_graph.store.graph_rows import BatchBuilder

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from osint_graph.crosscheck import CrossCheck
    from osint_graph.export import Exported
    from osint_graph.queries import SavedQuery
    from osint_graph.resolve import Resolver

# Articles per bulk write: each COPY has a fixed cost, so bigger batches load faster;
# 256 articles of extraction stay a few MB in memory.
DEFAULT_BATCH = 256

StoreLike = GraphStore | str | Path | None


@contextmanager
def using_store(store: StoreLike, read_only: bool = False, must_exist: bool = False) -> Iterator[GraphStore]:
    """An open store for the length of a verb: a URI is opened and closed here, a store object is lent.

    `must_exist` refuses a LadybugDB path with no file behind it (opening one for writing would
    quietly create an empty store, and a cross-check of nothing reads as "no propositions").
    """
    if store is not None and not isinstance(store, (str, Path)):
        yield store
        return
    uri = str(store) if store is not None else default_store_uri()
    if must_exist and not is_neo4j(uri) and not Path(uri).exists():
        raise FileNotFoundError(f"no store at {uri} (run `osint-graph ingest` first)")
    opened = open_store(uri, read_only=read_only)
    try:
        yield opened
    finally:
        opened.close()


# ------------------------------------------------------------------------------------ extract


def _paths(paths: str | Path | Iterable[str | Path]) -> list[str | Path]:
    """One path or many: a lone string is a path, not an iterable of one-letter paths."""
    return [paths] if isinstance(paths, (str, Path)) else list(paths)


def extract_articles(
    articles: Iterable[Article], model: str | None = None, n_process: int = 1, rejects: RejectLog | None = None
) -> Iterator[Extraction]:
    """Run the NLP pipeline over articles, one `Extraction` each, streaming.

    With `rejects`, an article whose extraction fails is logged there and skipped; without, it raises.
    """
    from osint_graph.nlp import Extractor  # loads spaCy: only when extraction is asked for

    on_error = rejects.on_extract_error if rejects is not None else None
    yield from Extractor(model=model).extract_many(articles, n_process=n_process, on_error=on_error)


def extract(
    paths: str | Path | Iterable[str | Path],
    model: str | None = None,
    reader: Reader | None = None,
    rejects: RejectLog | None = None,
) -> Iterator[Extraction]:
    """Entities, figures, dates and claims of the articles at `paths`, without a store (`osint-graph extract`).

    `paths` are files (.txt, .md, .html, .jsonl), directories (read recursively) or "-" for
    standard input. Bad inputs are skipped and listed in `reader.errors` (pass your own `Reader`
    to see them). Each `Extraction` has `.to_dict()`, the JSON contract `extract` prints.
    Articles whose extraction fails go to `rejects` when given (else the failure raises).
    """
    reader = reader or Reader()
    yield from extract_articles(reader.read(_paths(paths)), model=model, rejects=rejects)


def resolved(
    extractions: Iterable[Extraction], resolver: Resolver | None = None, rejects: RejectLog | None = None
) -> Iterator[Extraction]:
    """Canonical entity keys across articles (identifiers, aliases, names); failures to `rejects` when given."""
    from osint_graph.resolve import Resolver

    resolver = resolver or Resolver()
    if rejects is not None:
        yield from isolated(extractions, "resolve", resolver.resolve, rejects)
        return
    for extraction in extractions:
        yield resolver.resolve(extraction)


# ------------------------------------------------------------------------------------- ingest


@dataclass
class IngestReport:
    """What one ingest did: articles written, graph elements (nodes + relationships) in its batches, bad inputs."""

    articles: int = 0
    elements: int = 0
    errors: list[ReadError] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)  # articles skipped at extract/resolve/build/write
    duplicates: list[str] = field(default_factory=list)  # sources of repeats of an article read earlier
    skipped: int = 0  # articles already in the store, not extracted again


def write_batch(
    store: GraphStore, extractions: list[Extraction], on_article: Callable[[Extraction], None] | None = None
) -> int:
    """Turn resolved extractions into one batch of rows and merge it into the store; returns its size."""
    builder = BatchBuilder(store.schema)
    for extraction in extractions:
        builder.add(extraction)
        if on_article:
            on_article(extraction)
    store.write(builder.batch)
    return builder.batch.size()


@contextmanager
def batch_writer(target: GraphStore, bulk: bool) -> Iterator[tuple[Any, Callable[[], None]]]:
    """What `ingest` writes its batches to, and what it runs after each: the store itself (a LadybugDB
    store's `after_write`: a reopen, which empties its page cache), or a `BulkLoader` on it whose
    commits happen there; either way their failures end the run outside `write_isolated`, so that a
    failed commit or reopen is never retried article by article."""
    from osint_graph.ingest.isolation import StoreUnavailable, reason_of

    def step(commit: Callable[[], None]) -> None:
        try:
            commit()
        except Exception as exc:
            raise StoreUnavailable(reason_of(exc)) from exc

    if not bulk:  # a LadybugDB store reopens after each write, emptying its page cache (store/ladybug_store.py)
        yield target, lambda: step(target.after_write)
        return
    from osint_graph.store.ladybug_bulk import BulkLoader

    loader = BulkLoader(target, commit_in_write=False)

    with loader:
        yield loader, lambda: step(loader.commit_if_due)
        step(loader.commit)


class BulkNotSupported(ValueError):
    """`ingest(bulk=True)` on a store the bulk loader does not write (Neo4j)."""


def ingest(
    paths: str | Path | Iterable[str | Path],
    store: StoreLike = None,
    reader: Reader | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_article: Callable[[Extraction], None] | None = None,
    rejects: RejectLog | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    on_skip: Callable[[Article], None] | None = None,
    bulk: bool | None = None,
) -> IngestReport:
    """Read, extract, resolve and write articles to a store, `batch_size` articles a write (`osint-graph ingest`).

    Idempotent and resumable: articles whose id the store holds are skipped without extraction
    (counted in the report's `skipped`, each told to `on_skip`), so an interrupted ingest is
    simply run again; a story re-saved with other line breaks has the same id, so it is skipped
    too, and a repeat within the input is left out (listed in `duplicates`). Extraction runs on
    `workers` local processes, or on the Dask cluster whose scheduler is `scheduler` (or
    $DASK_SCHEDULER_ADDRESS); resolution and writing stay here, in input order, so the store
    ends the same either way. Bad inputs are skipped and listed in the report's `errors`; an
    article that fails in extraction, resolution, row building or its write is skipped and
    listed in `rejects` (ingest/isolation.py), and the rest of its batch is written;
    `on_article` is called once per article written. A store that fails as a whole raises
    `StoreUnavailable`: run the same ingest again to resume.

    `bulk` (default: when the store is a LadybugDB file that holds no articles yet, i.e. a
    first load) writes through `BulkLoader` (store/ladybug_bulk.py): the same store, loaded
    in one transaction and checkpoint per 400,000 rows or 2 minutes, committed in the
    background; a kill loses at most the commit in flight and the rows spooled since, and
    the re-run resumes. `bulk=True` forces it (LadybugDB only: `BulkNotSupported` otherwise), `False` writes
    in batches.
    """
    from osint_graph.resolve import Resolver
    from osint_graph.store.ladybug_bulk import can_bulk_load

    reader = reader or Reader()
    log = rejects if rejects is not None else RejectLog()
    report = IngestReport(errors=reader.errors, rejects=log.rejects)

    def skipped(article: Article) -> None:
        report.skipped += 1
        if on_skip:
            on_skip(article)

    def repeated(article: Article) -> None:
        report.duplicates.append(article.source or "<input>")
        if on_skip:
            on_skip(article)

    with using_store(store) as target, extraction_pool(workers, scheduler, model) as pool:
        resolver = Resolver()
        stored = has_articles(target)
        if stored:
            warm_resolver(resolver, target)
        if bulk and not can_bulk_load(target):
            raise BulkNotSupported(f"bulk loading writes LadybugDB files only, not {target.uri}: leave bulk unset")
        use_bulk = bulk if bulk is not None else not stored and can_bulk_load(target)
        articles = skip_stored(reader.read(_paths(paths)), target, skipped, on_repeat=repeated)
        if pool is None:
            extracted = extract_articles(articles, model=model, rejects=log)
        else:
            failed = lambda f: log.add(f.article, "extract", f.reason)  # noqa: E731 - a worker's failure is a reject
            limit = chunks_in_flight(pool.workers, batch_size)
            extracted = fan_out(articles, pool, model=model, max_in_flight=limit, on_failed=failed)
        extractions = resolved(extracted, resolver, rejects=log)
        # The resolver and the store's ids are loaded: the collector leaves them alone from here (ingest/collector.py).
        with batch_writer(target, use_bulk) as (writer, after_batch), fewer_collections():
            while chunk := list(islice(extractions, batch_size)):
                written, size = write_isolated(writer, chunk, log)
                after_batch()
                for extraction in written if on_article else ():
                    on_article(extraction)
                report.elements += size
                report.articles += len(written)
    return report


# -------------------------------------------------------------------------------------- query


def queries() -> list[SavedQuery]:
    """The saved query library (`osint-graph queries`): name, description, parameters and Cypher of each."""
    from osint_graph.queries import saved_queries

    return list(saved_queries().values())


def query(
    store: StoreLike,
    cypher: str | None = None,
    params: dict[str, Any] | None = None,
    saved: str | None = None,
) -> QueryResult:
    """Run a read-only Cypher query, or the saved query named `saved` (`osint-graph query`).

    A query with a write clause is refused (`WriteQueryRefused`) before it runs. The result
    has `.columns`, `.rows`, `.records()`, `.to_dataframe()` and `.to_networkx()`.
    """
    from osint_graph.store import check_read_only

    if (cypher is None) == (saved is None):
        raise ValueError("give exactly one of cypher or saved")
    params = dict(params or {})
    if saved is not None:
        from osint_graph.queries import get_saved_query

        saved_query = get_saved_query(saved)
        params = saved_query.bind(params)
    with using_store(store, read_only=True) as target:
        if saved is not None:  # a saved query may have a variant for this store (find on Neo4j)
            cypher = saved_query.cypher_for(target.uri, params.pop("limit", None))
        check_read_only(cypher)
        return target.query(cypher, params)


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


# ----------------------------------------------------------------------------- stats, schema


@dataclass(frozen=True)
class Stats:
    """Node counts by label and relationship counts by type (`osint-graph stats`)."""

    nodes: dict[str, int]
    relationships: dict[str, int]

    def to_dict(self) -> dict[str, dict[str, int]]:
        return {"nodes": self.nodes, "relationships": self.relationships}

    def to_dataframe(self) -> pd.DataFrame:
        """One row per label or relationship type: kind ("node"/"relationship"), name, count."""
        import pandas as pd

        rows = [("node", k, n) for k, n in self.nodes.items()]
        rows += [("relationship", k, n) for k, n in self.relationships.items()]
        return pd.DataFrame(rows, columns=["kind", "name", "count"])


def stats(store: StoreLike = None) -> Stats:
    """Count what the store holds."""
    with using_store(store, read_only=True) as target:
        nodes, rels = target.counts()
    return Stats(nodes, rels)


SCHEMA_FORMATS = ("markdown", "ladybug", "neo4j")


def schema(fmt: str = "markdown") -> str:
    """The graph schema derived from the ontology (`osint-graph schema`).

    `fmt`: "markdown" (docs), "ladybug" (LadybugDB DDL) or "neo4j" (constraints and indexes).
    """
    from osint_graph.ontology import default_schema

    s = default_schema()
    if fmt == "ladybug":
        from osint_graph.store.ladybug_store import schema_ddl

        return ";\n".join(schema_ddl(s)) + ";"
    if fmt == "neo4j":
        from osint_graph.store.neo4j_store import schema_statements

        return ";\n".join(schema_statements(s)) + ";"
    if fmt == "markdown":
        from osint_graph.schema_docs import schema_markdown

        return schema_markdown(s)
    raise ValueError(f"unknown schema format {fmt!r}; one of: {', '.join(SCHEMA_FORMATS)}")


# ----------------------------------------------------------------------- corroborate, export


def corroborate(
    store: StoreLike = None,
    default_reliability: str = "F",
    keep_same_as: bool = False,
    write: bool = True,
    coverage_gap_days: int = 90,
) -> CrossCheck:
    """Cross-check the claims in the store (`osint-graph corroborate`) and write the results back.

    Claims that assert the same thing become propositions graded 1-6 from independent origins,
    conflicting figures, hedges and denials. `keep_same_as` uses the SAME_AS edges already in the
    store instead of recomputing them; `write=False` leaves the store untouched. The result has
    `.propositions`, `.about(name)` and `.to_dataframe()`; `report(result, fmt)` renders it.
    `coverage_gap_days`: counts and denials of one proposition come from articles published at
    most this many days apart, one after the other (a longer gap starts another proposition).
    """
    from osint_graph.crosscheck import Settings
    from osint_graph.crosscheck import corroborate as cross_check

    settings = Settings(
        default_reliability=default_reliability, resolve=not keep_same_as, coverage_gap_days=coverage_gap_days
    )
    with using_store(store, must_exist=True) as target:
        return cross_check(target, settings, write=write)


def report(result: CrossCheck, fmt: str = "md", about: str | None = None, store: str | None = None) -> str:
    """A cross-check as Markdown ("md"), one offline HTML page ("html") or schema-valid JSON ("json")."""
    from osint_graph.report import render

    return render(result, fmt, about=about, store=store)


def graph(store: StoreLike = None, about: str | None = None, depth: int = 2) -> nx.MultiDiGraph:
    """The stored graph (or the subgraph within `depth` hops of the entity `about`) as a networkx MultiDiGraph.

    Node ids are the store's ids; each node has its `label` and properties, each edge its `type`.
    """
    from osint_graph.export.graph import load_graph

    with using_store(store, read_only=True) as target:
        return load_graph(target, about=about, depth=depth)


def export(
    store: StoreLike,
    fmt: str,
    out: str | Path | None = None,
    about: str | None = None,
    depth: int = 2,
    **options: Any,
) -> Exported:
    """Export the graph, or the subgraph `about` an entity, in format `fmt` (`osint-graph export`).

    Formats: graphml, gexf, cytoscape, html, geojson, timeline, rdf, stix. Returns the text and
    notes (what was left out and why); writes it to `out` too when given. Options: `rdf_format`,
    `timeline_format`, `title`.
    """
    from osint_graph.export import export_store

    with using_store(store, read_only=True) as target:
        return export_store(target, fmt, out=out, about=about, depth=depth, **options)


__all__ = [
    "DEFAULT_BATCH",
    "BulkNotSupported",
    "IngestReport",
    "Stats",
    "corroborate",
    "export",
    "extract",
    "extract_articles",
    "graph",
    "ingest",
    "open_store",
    "plain",
    "queries",
    "query",
    "report",
    "resolved",
    "schema",
    "stats",
    "using_store",
    "write_batch",
]
