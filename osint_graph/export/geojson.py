"""GeoJSON (RFC 7946): ports as points, vessel voyages as lines between consecutive port calls.

- each port with coordinates is a Point feature with its name, UN/LOCODE,
  country and the port calls reported there (vessel, date, claim ids);
- for each vessel, its dated port calls in date order (an interval sorts by its
  start) give LineString features from one port to the next, carrying both
  dates and the supporting claims (ids, quotes, outlets);
- a shipment whose origin and destination both have coordinates is a
  LineString too;
- coordinates are [longitude, latitude]; ports without coordinates (or with
  values out of range) are left out and counted in the collection's
  `properties` (a foreign member, allowed by RFC 7946 section 6.1).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from osint_graph.export.graph import (
    attribution_chain,
    claim_article,
    display_name,
    fact_summary,
    nodes_of,
    out_edges,
)


def position(data: dict) -> list[float] | None:
    """[lon, lat] if the node has both and they are in range."""
    lat, lon = data.get("latitude"), data.get("longitude")
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [round(lon, 6), round(lat, 6)]


def _claims(graph: nx.MultiDiGraph, fact: str) -> list[dict[str, Any]]:
    out = []
    for claim, _ in out_edges(graph, fact, "SUPPORTED_BY"):
        data = graph.nodes[claim]
        article = claim_article(graph, claim)
        adata = graph.nodes[article] if article else {}
        out.append(
            {
                "id": claim,
                "quote": data.get("text"),
                "attribution": [link["name"] for link in attribution_chain(graph, claim)],
                "outlet": adata.get("outlet"),
                "article": adata.get("title"),
                "url": adata.get("url"),
                "published": str(adata["published"]) if adata.get("published") else None,
            }
        )
    return out


def _sort_key(date: str | None) -> str:
    return str(date or "").split("/")[0]


def to_geojson(graph: nx.MultiDiGraph) -> dict[str, Any]:
    features: list[dict[str, Any]] = []
    ports_without: list[str] = []
    calls_at: dict[str, list[dict]] = {}
    calls_of: dict[str, list[tuple[str, str, dict]]] = {}  # vessel -> (date, port, call)
    for call, data in nodes_of(graph, "PortCall"):
        ports = [p for p, _ in out_edges(graph, call, "AT_PORT")]
        vessels = [v for v, _ in out_edges(graph, call, "INVOLVES")]
        record = {
            "id": call,
            "date": data.get("date"),
            "vessels": [display_name(graph, v) for v in vessels],
            "claims": [c for c, _ in out_edges(graph, call, "SUPPORTED_BY")],
        }
        for port in ports:
            calls_at.setdefault(port, []).append(record)
            for vessel in vessels:
                if data.get("date"):
                    calls_of.setdefault(vessel, []).append((str(data["date"]), port, {"id": call, **data}))

    for port, data in nodes_of(graph, "Port"):
        point = position(data)
        if point is None:
            ports_without.append(data.get("name") or port)
            continue
        features.append(
            {
                "type": "Feature",
                "id": port,
                "geometry": {"type": "Point", "coordinates": point},
                "properties": {
                    "kind": "port",
                    "name": data.get("name"),
                    "locode": data.get("locode"),
                    "country": data.get("country"),
                    "portCalls": sorted(calls_at.get(port, []), key=lambda r: _sort_key(r["date"])),
                },
            }
        )

    voyages = 0
    for vessel, calls in sorted(calls_of.items()):
        calls.sort(key=lambda c: (_sort_key(c[0]), c[1]))
        for (d1, p1, c1), (d2, p2, c2) in zip(calls, calls[1:], strict=False):
            a, b = position(graph.nodes[p1]), position(graph.nodes[p2])
            if p1 == p2 or a is None or b is None:
                continue
            voyages += 1
            features.append(
                {
                    "type": "Feature",
                    "id": f"voyage:{vessel}:{c1['id']}->{c2['id']}",
                    "geometry": {"type": "LineString", "coordinates": [a, b]},
                    "properties": {
                        "kind": "voyage",
                        "vessel": display_name(graph, vessel),
                        "vesselId": vessel,
                        "imo": graph.nodes[vessel].get("imo"),
                        "from": display_name(graph, p1),
                        "to": display_name(graph, p2),
                        "fromDate": d1,
                        "toDate": d2,
                        "portCalls": [c1["id"], c2["id"]],
                        "claims": _claims(graph, c1["id"]) + _claims(graph, c2["id"]),
                    },
                }
            )

    for shipment, data in nodes_of(graph, "Shipment"):
        ends = [next(iter(out_edges(graph, shipment, rel)), (None, None))[0] for rel in ("SHIPPED_FROM", "SHIPPED_TO")]
        if None in ends:
            continue
        a, b = (position(graph.nodes[e]) for e in ends)
        if a is None or b is None or a == b:
            continue
        features.append(
            {
                "type": "Feature",
                "id": shipment,
                "geometry": {"type": "LineString", "coordinates": [a, b]},
                "properties": {
                    "kind": "shipment",
                    "summary": fact_summary(graph, shipment),
                    "date": data.get("date"),
                    "quantity": data.get("quantity"),
                    "unit": data.get("unit"),
                    "item": data.get("item"),
                    "claims": _claims(graph, shipment),
                },
            }
        )

    return {
        "type": "FeatureCollection",
        "features": features,
        "properties": {
            "ports": len(nodes_of(graph, "Port")),
            "portsWithoutCoordinates": len(ports_without),
            "portsSkipped": sorted(ports_without),
            "voyages": voyages,
        },
    }
