"""GeoJSON (RFC 7946) for GIS tools: port calls and ports as points, voyages as lines.

Shaped for QGIS/GDAL, which read a GeoJSON file as one layer of flat fields:

- `portCall`: one Point per dated port call, at its port, with `start` and `end` as
  ISO dates (an interval's ends; a day's call has start = end) so that QGIS's temporal
  controller can animate them ("separate fields for start and end"); `source` says
  whether a PortCall fact holds it or only dated port-call claims do (see `_port_calls`);
- `port`: one Point per port with coordinates: name, UN/LOCODE, country, how many
  calls, `firstCall` and `lastCall` (no `start`/`end`: QGIS shows a feature whose
  start and end are empty at every time, as a port should be);
- `voyage`: per vessel, one LineString through its dated calls in date order (an
  interval sorts by its start), `start` = first call, `end` = last call;
- `leg`: each step of a voyage from one port to the next, `start`/`end` the two calls'
  dates, with the supporting claims;
- `shipment`: a LineString from origin to destination where both have coordinates.

Every property is a scalar (GDAL turns a list or an object into a JSON text field):
lists are joined with "; ", the claims behind a feature are counted and their ids,
outlets, URLs and quotes joined.  Coordinates are [longitude, latitude]; ports without
coordinates (or with values out of range) are left out and counted in the collection's
`properties` (a foreign member, allowed by RFC 7946 section 6.1).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from osint_graph.export.graph import attribution_chain, claim_article, display_name, fact_summary, nodes_of, out_edges

JOIN = "; "


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


def date_range(value: Any) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a date or an interval 'YYYY-MM-DD/YYYY-MM-DD'."""
    if not value:
        return None, None
    start, _, end = str(value).partition("/")
    return start, end or start


def claim_fields(graph: nx.MultiDiGraph, claims: list[str]) -> dict[str, Any]:
    """The claims behind a feature as flat fields: count, ids, outlets, sources, URLs, quotes."""
    outlets, urls, chains = [], [], []
    for claim in claims:
        article = claim_article(graph, claim)
        adata = graph.nodes[article] if article else {}
        outlets.append(str(adata.get("outlet") or "unknown outlet"))
        if adata.get("url"):
            urls.append(str(adata["url"]))
        chain = " <- ".join(str(link["name"]) for link in attribution_chain(graph, claim))
        if chain:
            chains.append(chain)
    return {
        "claims": len(claims),
        "outlets": JOIN.join(sorted(set(outlets))),
        "attribution": JOIN.join(sorted(set(chains))),
        "urls": JOIN.join(sorted(set(urls))),
        "quotes": " | ".join(str(graph.nodes[c].get("text") or "") for c in claims),
        "claimIds": JOIN.join(claims),
    }


def _feature(feature_id: str, geometry: dict, properties: dict) -> dict[str, Any]:
    return {"type": "Feature", "id": feature_id, "geometry": geometry, "properties": properties}


def _port_calls(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Every dated port call at a place: call id, vessel ids, place id, start, end, claims, source.

    From the PortCall facts first; then from dated `port_call` claims that name exactly one
    port or place on the map (and the vessels at it), where no fact already holds that vessel,
    place and day (the extractor makes facts only at ports it knows, while the cross-check
    report lists every dated call a claim states, e.g. the Lady R at Vladivostok).  A claim
    naming two places is ambiguous (which one was the call?) and left out, and so is a claim
    one of whose vessels a fact already puts there that day ("the last two calls were the
    Lady R on February 4 and the Maya-1 on February 12": the date belongs to one vessel).
    """
    calls: list[dict[str, Any]] = []
    for call, data in nodes_of(graph, "PortCall"):
        start, end = date_range(data.get("date"))
        if start is None:
            continue
        for port, _ in out_edges(graph, call, "AT_PORT"):
            calls.append(
                {
                    "id": call,
                    "port": port,
                    "vessels": [v for v, _ in out_edges(graph, call, "INVOLVES")],
                    "date": str(data["date"]),
                    "start": start,
                    "end": end,
                    "claims": [c for c, _ in out_edges(graph, call, "SUPPORTED_BY")],
                    "summary": fact_summary(graph, call),
                    "source": "fact",
                }
            )
    known = {(v, c["port"], c["start"]) for c in calls for v in c["vessels"]}
    from_claims: dict[tuple[str, str, str], dict[str, Any]] = {}
    for claim, data in nodes_of(graph, "Claim"):
        start, end = date_range(data.get("date"))
        if data.get("kind") != "port_call" or start is None:
            continue
        concerned = [t for t, _ in out_edges(graph, claim, "CONCERNS")]
        vessels = [t for t in concerned if graph.nodes[t].get("label") == "Vessel"]
        places = [
            t for t in concerned
            if graph.nodes[t].get("label") in ("Port", "Location") and position(graph.nodes[t]) is not None
        ]  # fmt: skip
        if len(places) != 1 or any((v, places[0], start) in known for v in vessels):
            continue  # ambiguous, or a fact already holds what the claim states
        for vessel in vessels:
            key = (vessel, places[0], start)
            call = from_claims.setdefault(
                key,
                {
                    "id": f"portcall-claimed:{vessel}:{places[0]}:{start}",
                    "port": places[0],
                    "vessels": [vessel],
                    "date": str(data["date"]),
                    "start": start,
                    "end": end,
                    "claims": [],
                    "summary": f"{display_name(graph, vessel)} at {display_name(graph, places[0])} on {data['date']}",
                    "source": "claims",
                },
            )
            call["claims"].append(claim)
    calls += from_claims.values()
    calls.sort(key=lambda c: (c["start"], c["end"], c["id"]))
    return calls


def to_geojson(graph: nx.MultiDiGraph) -> dict[str, Any]:
    features: list[dict[str, Any]] = []
    calls = _port_calls(graph)
    ports = nodes_of(graph, "Port")
    ports_without = sorted(str(d.get("name") or p) for p, d in ports if position(d) is None)

    for call in calls:
        pdata = graph.nodes[call["port"]]
        point = position(pdata)
        if point is None:
            continue
        vessels = call["vessels"]
        features.append(
            _feature(
                f"{call['id']}@{call['port']}",
                {"type": "Point", "coordinates": point},
                {
                    "kind": "portCall",
                    "summary": call["summary"],
                    "source": call["source"],
                    "vessel": JOIN.join(display_name(graph, v) for v in vessels),
                    "imo": JOIN.join(str(graph.nodes[v]["imo"]) for v in vessels if graph.nodes[v].get("imo")),
                    "port": display_name(graph, call["port"]),
                    "locode": pdata.get("locode"),
                    "country": pdata.get("country"),
                    "date": call["date"],
                    "start": call["start"],
                    "end": call["end"],
                    "portCallId": call["id"],
                    **claim_fields(graph, call["claims"]),
                },
            )
        )

    for port, data in ports:
        point = position(data)
        if point is None:
            continue
        here = [c for c in calls if c["port"] == port]
        vessels = sorted({display_name(graph, v) for c in here for v in c["vessels"]})
        features.append(
            _feature(
                port,
                {"type": "Point", "coordinates": point},
                {
                    "kind": "port",
                    "name": data.get("name"),
                    "locode": data.get("locode"),
                    "country": data.get("country"),
                    "portCalls": len(here),
                    "vessels": JOIN.join(vessels),
                    "firstCall": here[0]["start"] if here else None,
                    "lastCall": max(c["end"] for c in here) if here else None,
                },
            )
        )

    voyages, legs = _voyages(graph, calls)
    features += voyages + legs + _shipments(graph)
    return {
        "type": "FeatureCollection",
        "features": features,
        "properties": {
            "ports": len(ports),
            "portsWithoutCoordinates": len(ports_without),
            "portsSkipped": ports_without,
            "portCalls": sum(1 for f in features if f["properties"]["kind"] == "portCall"),
            "voyages": len(voyages),
            "legs": len(legs),
        },
    }


def _voyages(graph: nx.MultiDiGraph, calls: list[dict]) -> tuple[list[dict], list[dict]]:
    """Per vessel: its track through its dated, mapped calls in date order, and each leg of it."""
    by_vessel: dict[str, list[dict]] = {}
    for call in calls:
        if position(graph.nodes[call["port"]]) is not None:
            for vessel in call["vessels"]:
                by_vessel.setdefault(vessel, []).append(call)
    voyages, legs = [], []
    for vessel, track in sorted(by_vessel.items()):
        vdata = graph.nodes[vessel]
        common = {"vessel": display_name(graph, vessel), "vesselId": vessel, "imo": vdata.get("imo")}
        coords = [position(graph.nodes[c["port"]]) for c in track]
        if len({tuple(c) for c in coords}) >= 2:
            voyages.append(
                _feature(
                    f"voyage:{vessel}",
                    {"type": "LineString", "coordinates": coords},
                    {
                        "kind": "voyage",
                        **common,
                        "ports": " > ".join(display_name(graph, c["port"]) for c in track),
                        "dates": " > ".join(c["date"] for c in track),
                        "portCalls": len(track),
                        "start": track[0]["start"],
                        "end": max(c["end"] for c in track),
                    },
                )
            )
        for a, b in zip(track, track[1:], strict=False):
            if a["port"] == b["port"]:
                continue
            legs.append(
                _feature(
                    f"leg:{vessel}:{a['id']}->{b['id']}",
                    {
                        "type": "LineString",
                        "coordinates": [position(graph.nodes[a["port"]]), position(graph.nodes[b["port"]])],
                    },
                    {
                        "kind": "leg",
                        **common,
                        "from": display_name(graph, a["port"]),
                        "to": display_name(graph, b["port"]),
                        "start": a["start"],
                        "end": b["end"],
                        "portCallIds": JOIN.join((a["id"], b["id"])),
                        **claim_fields(graph, a["claims"] + b["claims"]),
                    },
                )
            )
    return voyages, legs


def _shipments(graph: nx.MultiDiGraph) -> list[dict]:
    features = []
    for shipment, data in nodes_of(graph, "Shipment"):
        ends = [next(iter(out_edges(graph, shipment, rel)), (None, None))[0] for rel in ("SHIPPED_FROM", "SHIPPED_TO")]
        if None in ends:
            continue
        a, b = (position(graph.nodes[e]) for e in ends)
        if a is None or b is None or a == b:
            continue
        start, end = date_range(data.get("date"))
        features.append(
            _feature(
                shipment,
                {"type": "LineString", "coordinates": [a, b]},
                {
                    "kind": "shipment",
                    "summary": fact_summary(graph, shipment),
                    "date": data.get("date"),
                    "start": start,
                    "end": end,
                    "quantity": data.get("quantity"),
                    "unit": data.get("unit"),
                    "item": data.get("item"),
                    **claim_fields(graph, [c for c, _ in out_edges(graph, shipment, "SUPPORTED_BY")]),
                },
            )
        )
    return features
