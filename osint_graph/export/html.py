"""One self-contained HTML file: an interactive view of the graph that works offline.

The page inlines its script (the vendored graph libraries, vendor/graph-libs.min.js:
sigma.js, graphology, ForceAtlas2, Louvain; then assets/view.js), its style
(assets/view.css) and its data; it loads nothing from anywhere.  The view shows every node except
mentions and extraction runs: a mention becomes a MENTIONS edge from its
article to the entity it names (its sentences are kept for the side panel),
and the run is metadata.  Article texts are left out (claims carry their quotes).

Safety: the data is JSON inside `<script type="application/json">`, with `<`,
`>`, `&`, U+2028 and U+2029 escaped as \\uXXXX, so no article text can close the
element or open markup; the script reads it with `JSON.parse` and renders every
piece of data with `textContent` (never innerHTML), and only http(s) URLs
become links.  A Content-Security-Policy allows no network access, and only
the page's own script (by its sha256), so even injected markup could not run;
it allows `blob:` workers, which only that script can create (the layout's
worker is built from its own source).
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
from datetime import date, datetime
from importlib import resources
from typing import Any

import networkx as nx

from osint_graph.export.graph import (
    attribution_chain,
    claim_article,
    claim_grades,
    display_name,
    in_edges,
    nodes_of,
    out_edges,
)
from osint_graph.ontology import default_schema

HIDDEN_LABELS = frozenset({"Mention", "ExtractionRun"})
HIDDEN_RELS = frozenset({"REFERS_TO", "GENERATED_BY"})
# A colour per label (legend and graph use the same; sigma draws every node as a disc).
ENTITY_LABELS = frozenset(default_schema().entity_labels())
STYLE = {
    "Article": "#7f7f7f",
    "Outlet": "#1f77b4",
    "Organization": "#17becf",
    "Person": "#2ca02c",
    "Country": "#8c564b",
    "Location": "#bcbd22",
    "Port": "#ff7f0e",
    "Vessel": "#d62728",
    "Weapon": "#9467bd",
    "Claim": "#e377c2",
    "Figure": "#aec7e8",
    "PortCall": "#ffbb78",
    "Shipment": "#98df8a",
    "TripCount": "#c5b0d5",
    "Proposition": "#393b79",
}
FALLBACK = ["#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d"]
SKIP_PROPS = frozenset({"text", "label", "aliases", "attribution", "article"})
ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _asset(name: str, folder: str = "assets") -> str:
    return resources.files("osint_graph.export").joinpath(folder, name).read_text(encoding="utf-8")


def safe_json(data: Any) -> str:
    """JSON that can sit inside a <script> element whatever the strings hold."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_plain)
    for char, escape in ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _scalar(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_scalar(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _plain(value) if isinstance(value, (date, datetime)) else str(value)


def view_data(graph: nx.MultiDiGraph, title: str = "osint-graph") -> dict[str, Any]:
    """The compact JSON the page draws: nodes, edges, claims, articles, outlets, legend."""
    grades = claim_grades(graph)
    shown = sorted(
        (n for n, d in graph.nodes(data=True) if d.get("label") not in HIDDEN_LABELS),
        key=lambda n: (graph.nodes[n].get("label", ""), n),
    )
    index = {n: i for i, n in enumerate(shown)}
    labels = sorted(
        {graph.nodes[n]["label"] for n in shown}, key=lambda lab: (list(STYLE).index(lab) if lab in STYLE else 99, lab)
    )
    label_index = {lab: i for i, lab in enumerate(labels)}

    # Articles and their outlets (outlets in name order, for the filter list).
    def outlet_of(article: str) -> str | None:
        publisher = next((t for t, _ in out_edges(graph, article, "PUBLISHED_BY")), None)
        return graph.nodes[publisher].get("name") if publisher else graph.nodes[article].get("outlet")

    names = {outlet_of(a) for a, _ in nodes_of(graph, "Article")} | {
        d.get("name") for _, d in nodes_of(graph, "Outlet")
    }
    outlets = sorted((n for n in names if n), key=lambda n: (str(n).casefold(), n))
    outlet_index = {name: i for i, name in enumerate(outlets)}

    def outlet_id(name: str | None) -> int | None:
        return outlet_index.get(name) if name else None

    articles, article_index = [], {}
    for article, data in nodes_of(graph, "Article"):
        outlet_name = outlet_of(article)
        article_index[article] = len(articles)
        articles.append({
            "id": article, "node": index.get(article), "title": display_name(graph, article),
            "outlet": outlet_name, "o": outlet_id(outlet_name),
            "published": _plain(data["published"]) if data.get("published") else None, "url": data.get("url"),
        })  # fmt: skip

    # Claims.
    claims, claim_index = [], {}
    for claim, data in nodes_of(graph, "Claim"):
        article = claim_article(graph, claim)
        claim_index[claim] = len(claims)
        claims.append({
            "id": claim, "node": index.get(claim), "text": data.get("text"),
            "sentence": data.get("sentence") if data.get("sentence") not in (None, "", data.get("text")) else None,
            "kind": data.get("kind"), "stance": data.get("stance"), "hedged": bool(data.get("hedged")),
            "negated": bool(data.get("negated")), "date": data.get("date"), "grade": grades.get(claim),
            "chain": [[link["name"], link.get("verb"), index.get(link["id"], -1) if link["id"] else -1]
                      for link in attribution_chain(graph, claim)],
            "article": article_index.get(article, -1),
        })  # fmt: skip

    # Per-node: claims about it, claims it is the source of, articles, outlets, grade.
    about: dict[str, set[int]] = {n: set() for n in shown}
    said: dict[str, set[int]] = {n: set() for n in shown}
    in_articles: dict[str, set[int]] = {n: set() for n in shown}
    mention_edges: dict[tuple[str, str], list[str]] = {}
    for claim, ci in claim_index.items():
        about[claim].add(ci)
        article = claim_article(graph, claim)
        if article in about:
            about[article].add(ci)
            in_articles[claim].add(article_index[article])
        for target, _ in out_edges(graph, claim, "CONCERNS"):
            if target in about:
                about[target].add(ci)
        for target, _ in out_edges(graph, claim, "ATTRIBUTED_TO"):
            if target in said:
                said[target].add(ci)
        for target, _ in out_edges(graph, claim, "HAS_FIGURE"):
            if target in about:
                about[target].add(ci)
    for node in shown:
        label = graph.nodes[node]["label"]
        if label in ("PortCall", "Shipment", "TripCount", "Proposition"):
            for rel in ("SUPPORTED_BY", "GROUPS"):
                about[node].update(claim_index[c] for c, _ in out_edges(graph, node, rel) if c in claim_index)
        if label == "Article":
            in_articles[node].add(article_index[node])
        if label == "Figure":
            article = claim_article(graph, node)
            if article in article_index:
                in_articles[node].add(article_index[article])
    for mention, _ in nodes_of(graph, "Mention"):
        article = claim_article(graph, mention)
        for entity, _ in out_edges(graph, mention, "REFERS_TO"):
            if entity in in_articles and article in article_index:
                in_articles[entity].add(article_index[article])
                mention_edges.setdefault((article, entity), []).append(graph.nodes[mention].get("sentence") or "")
    for outlet, _ in nodes_of(graph, "Outlet"):
        for article, _ in in_edges(graph, outlet, "PUBLISHED_BY"):
            in_articles[outlet].add(article_index[article])
    for node in shown:
        for ci in about[node] | said[node]:
            if claims[ci]["article"] >= 0:
                in_articles[node].add(claims[ci]["article"])

    nodes = []
    for node in shown:
        data = graph.nodes[node]
        label = data["label"]
        own = {articles[a]["o"] for a in in_articles[node] if articles[a]["o"] is not None}
        if label == "Outlet" and data.get("name"):
            own.add(outlet_id(data["name"]))
        if label == "Claim":
            grade = grades.get(node)
        elif label == "Proposition":
            grade = data.get("grade")
        elif label in ("PortCall", "Shipment", "TripCount"):
            known = [claims[ci]["grade"] for ci in about[node] if claims[ci]["grade"] is not None]
            grade = min(known) if known else None
        else:
            grade = None
        props = {k: _scalar(v) for k, v in sorted(data.items()) if k not in SKIP_PROPS and v not in (None, "", [])}
        nodes.append({
            "id": node, "t": label_index[label], "n": display_name(graph, node)[:160],
            "a": [str(a) for a in data.get("aliases") or []], "o": sorted(own), "g": grade, "p": props,
            "c": sorted(about[node]), "s": sorted(said[node]), "ar": sorted(in_articles[node]),
        })  # fmt: skip

    rel_types: list[str] = []
    rel_index: dict[str, int] = {}

    def rel_id(name: str) -> int:
        if name not in rel_index:
            rel_index[name] = len(rel_types)
            rel_types.append(name)
        return rel_index[name]

    edges = []
    for start, end, key, data in graph.edges(keys=True, data=True):
        if key in HIDDEN_RELS or start not in index or end not in index:
            continue
        edge: dict[str, Any] = {"s": index[start], "t": index[end], "r": rel_id(key)}
        props = {k: _scalar(v) for k, v in data.items() if k != "type" and v is not None}
        if props:
            edge["p"] = props
        related = _edge_claims(graph, start, end, key, claim_index)
        if related:
            edge["c"] = related
        edges.append(edge)
    for (article, entity), sentences in sorted(mention_edges.items()):
        related = sorted(ci for ci in about[entity] if claims[ci]["article"] == article_index[article])
        edge = {
            "s": index[article],
            "t": index[entity],
            "r": rel_id("MENTIONS"),
            "p": {"mentions": str(len(sentences))},
            "m": sorted(set(s for s in sentences if s))[:20],
        }
        if related:
            edge["c"] = related
        edges.append(edge)

    types = []
    for i, lab in enumerate(labels):
        colour = STYLE.get(lab, FALLBACK[i % len(FALLBACK)])
        types.append({
            "label": lab, "color": colour, "count": sum(1 for n in nodes if n["t"] == i),
            "entity": lab in ENTITY_LABELS,  # search ranks a named thing before an article or claim
        })  # fmt: skip
    return {
        "title": title,
        "types": types,
        "rels": rel_types,
        "outlets": outlets,
        "nodes": nodes,
        "edges": edges,
        "claims": claims,
        "articles": articles,
        "hidden": {lab: sum(1 for _, d in graph.nodes(data=True) if d.get("label") == lab) for lab in HIDDEN_LABELS},
    }


def _edge_claims(graph: nx.MultiDiGraph, start: str, end: str, key: str, claim_index: dict[str, int]) -> list[int]:
    """The claims that state an edge: its own claim end, or the claims supporting its fact end."""
    found = {claim_index[n] for n in (start, end) if n in claim_index}
    for node in (start, end):
        if graph.nodes[node].get("label") in ("PortCall", "Shipment", "TripCount") and key != "SUPPORTED_BY":
            found.update(claim_index[c] for c, _ in out_edges(graph, node, "SUPPORTED_BY") if c in claim_index)
    return sorted(found)


def render_html(graph: nx.MultiDiGraph, title: str = "osint-graph") -> str:
    """The page as a string (see the module docstring for what it holds)."""
    script = _asset("graph-libs.min.js", "vendor") + "\n" + _asset("view.js")
    style = _asset("view.css")
    if "</script" in script.lower() or "</style" in style.lower():
        raise ValueError("an asset would close its own element")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = (
        "default-src 'none'; "
        f"script-src 'sha256-{digest}'; "
        "worker-src blob:; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    assert '"' not in csp
    data = safe_json(view_data(graph, title))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{html_lib.escape(csp, quote=False)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{html_lib.escape(title)}</title>\n"
        f"<style>\n{style}</style>\n</head>\n<body>\n"
        f'<script type="application/json" id="osint-data">{data}</script>\n'
        f"<script>{script}</script>\n"
        "</body>\n</html>\n"
    )
