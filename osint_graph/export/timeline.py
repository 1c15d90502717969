"""A timeline of dated facts (port calls, shipments, trip counts) and dated claims.

One event a row, in date order.  A fact is dated by its own `date`; a claim by
the date it refers to, or else by its article's publication date (the
`dateSource` column says which).  Every event lists its sources: for each
supporting claim, the outlet, the attribution chain and the article's title
and URL.  JSON keeps the sources as a list; CSV and JSONL join them with " | ".

Every event also carries the three fields Timesketch requires (its CSV and JSONL
importers read them): `message` (what happened, one line), `datetime` (ISO 8601 with
time and offset: midnight UTC of the day) and `timestamp_desc` (which date it is: the
day a fact happened, the day a claim refers to, or the day the article was published),
plus `timestamp` (microseconds since the epoch); the other columns become attributes.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import networkx as nx

from osint_graph.daterange import bounds
from osint_graph.export.graph import (
    attribution_chain,
    claim_article,
    claim_grades,
    fact_summary,
    json_line,
    nodes_of,
    out_edges,
)

FACT_LABELS = ("PortCall", "Shipment", "TripCount")
TIMESKETCH_COLUMNS = ("message", "datetime", "timestamp", "timestamp_desc")
TIMESTAMP_DESC = {"fact": "Event date", "claim": "Date the claim refers to", "published": "Article published"}
CSV_COLUMNS = TIMESKETCH_COLUMNS + (
    "date", "endDate", "dateSource", "event", "kind", "summary", "stance", "hedged", "grade",
    "outlets", "attribution", "articles", "urls", "id", "claims",
)  # fmt: skip


def _split(date: Any) -> tuple[str, str | None]:
    text = str(date)
    start, _, end = text.partition("/")
    return start, end or None


def _source(graph: nx.MultiDiGraph, claim: str) -> dict[str, Any]:
    article = claim_article(graph, claim)
    adata = graph.nodes[article] if article else {}
    return {
        "claim": claim,
        "quote": graph.nodes[claim].get("text"),
        "outlet": adata.get("outlet"),
        "attribution": [link["name"] for link in attribution_chain(graph, claim)],
        "article": adata.get("title"),
        "url": adata.get("url"),
        "published": str(adata["published"]) if adata.get("published") else None,
    }


def timesketch_fields(event: dict[str, Any]) -> dict[str, Any]:
    """message, datetime, timestamp and timestamp_desc for an event (see the module docstring)."""
    day = bounds(event["date"])[0]
    moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    where = f" until {event['endDate']}" if event.get("endDate") else ""
    outlets = sorted({str(s["outlet"]) for s in event["sources"] if s.get("outlet")})
    said = f" [{', '.join(outlets)}]" if outlets else ""
    return {
        "message": f"{event['kind']}{where}: {event['summary']}{said}",
        "datetime": moment.isoformat(),
        "timestamp": int(moment.timestamp()) * 1_000_000,
        "timestamp_desc": TIMESTAMP_DESC[event["dateSource"]],
    }


def timeline(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    grades = claim_grades(graph)
    events = []
    for label in FACT_LABELS:
        for fact, data in nodes_of(graph, label):
            if not data.get("date"):
                continue
            start, end = _split(data["date"])
            claims = [c for c, _ in out_edges(graph, fact, "SUPPORTED_BY")]
            known = [grades[c] for c in claims if c in grades]
            events.append({
                "date": start, "endDate": end, "dateSource": "fact", "event": "fact", "kind": label,
                "summary": fact_summary(graph, fact), "stance": None, "hedged": None,
                "grade": min(known) if known else None, "id": fact,
                "sources": [_source(graph, c) for c in claims],
            })  # fmt: skip
    for claim, data in nodes_of(graph, "Claim"):
        date, source = data.get("date"), "claim"
        if not date:
            article = claim_article(graph, claim)
            date, source = (graph.nodes[article].get("published") if article else None), "published"
        if not date:
            continue
        start, end = _split(date)
        events.append({
            "date": start, "endDate": end, "dateSource": source, "event": "claim",
            "kind": data.get("kind") or "claim", "summary": data.get("text"), "stance": data.get("stance"),
            "hedged": data.get("hedged"), "grade": grades.get(claim), "id": claim, "sources": [_source(graph, claim)],
        })  # fmt: skip
    events = [e for e in events if bounds(e["date"])]
    events.sort(key=lambda e: (e["date"], e["event"] != "fact", e["id"]))
    return [{**timesketch_fields(e), **e} for e in events]


def flat_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flat row an event (sources joined with " | "), in CSV_COLUMNS order."""
    rows = []
    for event in events:
        sources = event["sources"]
        row = {k: event.get(k) for k in CSV_COLUMNS if k in event}
        row["outlets"] = " | ".join(sorted({str(s["outlet"]) for s in sources if s["outlet"]}))
        row["attribution"] = " | ".join(" <- ".join(s["attribution"]) for s in sources if s["attribution"])
        row["articles"] = " | ".join(str(s["article"] or "") for s in sources)
        row["urls"] = " | ".join(str(s["url"] or "") for s in sources)
        row["claims"] = " | ".join(s["claim"] for s in sources)
        rows.append({k: row.get(k) for k in CSV_COLUMNS})
    return rows


def timeline_csv(events: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat_rows(events))
    return out.getvalue()


def timeline_jsonl(events: list[dict[str, Any]]) -> str:
    """Timesketch's JSONL: one flat object a line, the same fields as the CSV (nulls left out)."""
    lines = ({k: v for k, v in row.items() if v is not None and v != ""} for row in flat_rows(events))
    return "".join(json_line(line) for line in lines)


def timeline_format(out: str | Path | None, requested: str | None) -> str:
    if requested:
        return requested
    suffix = Path(str(out or "")).suffix.lower()
    return {".csv": "csv", ".jsonl": "jsonl"}.get(suffix, "json")
