"""GeoJSON: well-formed geometries, [lon, lat] in range, voyages in date order."""

from __future__ import annotations

import json

import pytest
from fixtures.demo import write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.export.geojson import to_geojson
from osint_graph.store.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        return read_graph(store)


def _position_ok(position) -> bool:
    return (
        isinstance(position, list)
        and len(position) == 2
        and all(isinstance(v, (int, float)) for v in position)
        and -180 <= position[0] <= 180
        and -90 <= position[1] <= 90
    )


def test_every_feature_is_well_formed_and_in_range(graph):
    collection = json.loads(export_graph(graph, "geojson").text)
    assert collection["type"] == "FeatureCollection" and collection["features"]
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["properties"], dict)
        geometry = feature["geometry"]
        if geometry["type"] == "Point":
            assert _position_ok(geometry["coordinates"])
        else:
            assert geometry["type"] == "LineString"
            assert len(geometry["coordinates"]) >= 2
            assert all(_position_ok(p) for p in geometry["coordinates"])


def test_ports_are_points_with_their_calls_and_lon_lat_order(graph):
    features = to_geojson(graph)["features"]
    rajin = next(f for f in features if f["properties"].get("name") == "Rajin")
    assert rajin["geometry"]["coordinates"] == [130.2831, 42.2556]  # [lon, lat]
    assert rajin["properties"]["country"] == "KP"
    assert any("Lady R" in call["vessels"] for call in rajin["properties"]["portCalls"])
    vostochny = next(f for f in features if f["properties"].get("name") == "Vostochny")
    assert vostochny["properties"]["locode"] == "RUVYP"


def test_ports_without_coordinates_are_counted_not_drawn(graph):
    result = export_graph(graph, "geojson")
    collection = json.loads(result.text)
    assert collection["properties"]["portsWithoutCoordinates"] == 1
    assert collection["properties"]["portsSkipped"] == ["Kilpilahti"]
    assert not [f for f in collection["features"] if f["properties"].get("name") == "Kilpilahti"]
    assert any("Kilpilahti" in note for note in result.notes)


def test_voyages_join_consecutive_port_calls_by_date(graph):
    voyages = [f for f in to_geojson(graph)["features"] if f["properties"]["kind"] == "voyage"]
    lady_r = sorted(
        (f["properties"] for f in voyages if f["properties"]["vessel"] == "Lady R"), key=lambda p: p["fromDate"]
    )
    assert [(p["from"], p["to"]) for p in lady_r] == [("Rajin", "Dunai"), ("Dunai", "Vostochny")]
    assert [(p["fromDate"], p["toDate"]) for p in lady_r] == [
        ("2023-10-02", "2023-11-20"),
        ("2023-11-20", "2024-03-12"),
    ]
    quotes = [c["quote"] for c in lady_r[1]["claims"]]
    assert any("Dunai" in q for q in quotes) and any("Vostochny" in q for q in quotes)
    assert all(c["id"].startswith("claim:") and c["outlet"] for c in lady_r[1]["claims"])
