"""export: read a store into a networkx graph and write it out in a format other tools read.

One module per family of formats, each a plain function of the graph:

- `graph`: the store as a MultiDiGraph, and the subgraph around an entity (`--about`);
- `networks`: GraphML, GEXF (Gephi), Cytoscape.js JSON;
- `html`: one self-contained, offline, interactive page;
- `geojson`: ports and voyages;
- `timeline`: dated facts and claims as CSV, JSON or JSONL (Timesketch's columns);
- `rdf`: Turtle / JSON-LD with the ontology's IRIs and PROV-O (shapes in ontology/shapes.ttl);
- `stix`: a STIX 2.1 bundle;
- `ftm`: FollowTheMoney entities as JSON lines (Aleph, OpenSanctions tooling).

`export_graph(graph, fmt, ...)` returns the file's text and notes for the user
(what was left out and why); the CLI writes the text to --out or stdout.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from osint_graph.export.graph import ExportError, ego_subgraph, load_graph, read_graph
from osint_graph.ontology import Schema

FORMATS = ("graphml", "gexf", "cytoscape", "html", "geojson", "timeline", "rdf", "stix", "ftm")
SUFFIXES = {
    "graphml": ".graphml", "gexf": ".gexf", "cytoscape": ".cyjs", "html": ".html", "geojson": ".geojson",
    "timeline": ".json", "rdf": ".ttl", "stix": ".json", "ftm": ".ftm.json",
}  # fmt: skip


@dataclass
class Exported:
    text: str
    notes: list[str] = field(default_factory=list)


def export_graph(
    graph: nx.MultiDiGraph,
    fmt: str,
    out: str | Path | None = None,
    rdf_format: str | None = None,
    timeline_format: str | None = None,
    title: str | None = None,
    schema: Schema | None = None,
) -> Exported:
    """Render `graph` in format `fmt`; `out` only decides sub-formats by its suffix."""
    notes: list[str] = []
    if fmt in ("graphml", "gexf"):
        from osint_graph.export import networks

        buffer = io.BytesIO()
        writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
        writer(networks.flat_graph(graph, schema, gexf=fmt == "gexf"), buffer, encoding="utf-8", prettyprint=True)
        return Exported(networks.with_edge_types(buffer.getvalue().decode("utf-8"), fmt))
    if fmt == "cytoscape":
        from osint_graph.export.networks import cytoscape_json

        return Exported(json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1))
    if fmt == "html":
        from osint_graph.export.html import render_html

        return Exported(render_html(graph, title or "osint-graph"))
    if fmt == "geojson":
        from osint_graph.export.geojson import to_geojson

        collection = to_geojson(graph)
        summary = collection["properties"]
        if summary["portsWithoutCoordinates"]:
            notes.append(
                f"{summary['portsWithoutCoordinates']} of {summary['ports']} port(s) have no coordinates and are "
                f"not on the map: {', '.join(summary['portsSkipped'][:10])}"
            )
        return Exported(json.dumps(collection, ensure_ascii=False, indent=1, default=str), notes)
    if fmt == "timeline":
        from osint_graph.export.timeline import timeline, timeline_csv, timeline_jsonl
        from osint_graph.export.timeline import timeline_format as pick

        events = timeline(graph)
        if pick(out, timeline_format) == "csv":
            return Exported(timeline_csv(events))
        if pick(out, timeline_format) == "jsonl":
            return Exported(timeline_jsonl(events))
        return Exported(json.dumps(events, ensure_ascii=False, indent=1, default=str))
    if fmt == "rdf":
        from osint_graph.export.rdf import export_text
        from osint_graph.export.rdf import rdf_format as pick

        return Exported(export_text(graph, pick(out, rdf_format), schema))
    if fmt == "stix":
        from osint_graph.export.stix import to_stix

        bundle, skipped = to_stix(graph)
        notes += [f"not in the STIX bundle: {n} {why}" for why, n in sorted(skipped.items())]
        # stix2's own pretty printer is quadratic in the bundle size (minutes for a few thousand
        # objects): serialise compactly, then indent with json, which keeps stix2's key order.
        text = json.dumps(json.loads(bundle.serialize()), ensure_ascii=False, indent=1)
        return Exported(text, notes)
    if fmt == "ftm":
        from osint_graph.export.ftm import ftm_lines, to_ftm

        entities, skipped = to_ftm(graph)
        notes += [f"not in the FtM file: {n} {why}" for why, n in sorted(skipped.items())]
        return Exported(ftm_lines(entities), notes)
    raise ExportError(f"unknown format {fmt!r}; one of: {', '.join(FORMATS)}")


def export_store(
    store,
    fmt: str,
    out: str | Path | None = None,
    about: str | None = None,
    depth: int = 2,
    **options,
) -> Exported:
    """Read the store (or the subgraph around `about`), render it, and write it to `out` if given."""
    graph = load_graph(store, about=about, depth=depth)
    if "title" not in options or not options["title"]:
        options["title"] = f"osint-graph: {about} (depth {depth})" if about else "osint-graph"
    result = export_graph(graph, fmt, out=out, **options)
    if out:
        Path(out).write_text(result.text, encoding="utf-8")
    return result


__all__ = [
    "FORMATS",
    "ExportError",
    "Exported",
    "ego_subgraph",
    "export_graph",
    "export_store",
    "load_graph",
    "read_graph",
]
