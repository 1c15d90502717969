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
    assert rajin["properties"]["portCalls"] == 1 and "Lady R" in rajin["properties"]["vessels"]
    vostochny = next(f for f in features if f["properties"].get("name") == "Vostochny")
    assert vostochny["properties"]["locode"] == "RUVYP"


def test_every_property_is_a_scalar(graph):
    for feature in to_geojson(graph)["features"]:
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in feature["properties"].values())


def test_one_point_per_dated_port_call_with_start_and_end(graph):
    calls = [f for f in to_geojson(graph)["features"] if f["properties"]["kind"] == "portCall"]
    facts = [c for c in calls if c["properties"]["source"] == "fact"]
    dated = [n for n, d in graph.nodes(data=True) if d["label"] == "PortCall" and d.get("date")]
    assert len(facts) == 3 and len(dated) == 4  # the fourth is at Kilpilahti, which has no coordinates
    # A dated port-call claim at a mapped place that no fact holds is a call too (Porvoo is a Location).
    [claimed] = [c["properties"] for c in calls if c["properties"]["source"] == "claims"]
    assert (claimed["vessel"], claimed["port"], claimed["start"]) == ("Eagle S", "Porvoo", "2024-12-28")
    lady_r = sorted((c["properties"] for c in calls if c["properties"]["vessel"] == "Lady R"), key=lambda p: p["start"])
    assert [(p["port"], p["start"], p["end"]) for p in lady_r] == [
        ("Rajin", "2023-10-02", "2023-10-02"),
        ("Dunai", "2023-11-20", "2023-11-20"),
        ("Vostochny", "2024-03-12", "2024-03-12"),
    ]
    assert lady_r[2]["imo"] == "9161003" and lady_r[2]["claims"] >= 1 and lady_r[2]["urls"].startswith("https://")


def test_ports_without_coordinates_are_counted_not_drawn(graph):
    result = export_graph(graph, "geojson")
    collection = json.loads(result.text)
    assert collection["properties"]["portsWithoutCoordinates"] == 1
    assert collection["properties"]["portsSkipped"] == ["Kilpilahti"]
    assert not [f for f in collection["features"] if f["properties"].get("name") == "Kilpilahti"]
    assert any("Kilpilahti" in note for note in result.notes)


def test_a_voyage_per_vessel_through_its_calls_in_date_order(graph):
    features = to_geojson(graph)["features"]
    [voyage] = [f for f in features if f["properties"]["kind"] == "voyage" and f["properties"]["vessel"] == "Lady R"]
    assert voyage["properties"]["ports"] == "Rajin > Dunai > Vostochny"
    assert (voyage["properties"]["start"], voyage["properties"]["end"]) == ("2023-10-02", "2024-03-12")
    assert len(voyage["geometry"]["coordinates"]) == 3
    assert voyage["geometry"]["coordinates"][0] == [130.2831, 42.2556]


def test_legs_join_consecutive_port_calls_by_date(graph):
    legs = [f for f in to_geojson(graph)["features"] if f["properties"]["kind"] == "leg"]
    lady_r = sorted((f["properties"] for f in legs if f["properties"]["vessel"] == "Lady R"), key=lambda p: p["start"])
    assert [(p["from"], p["to"]) for p in lady_r] == [("Rajin", "Dunai"), ("Dunai", "Vostochny")]
    assert [(p["start"], p["end"]) for p in lady_r] == [("2023-10-02", "2023-11-20"), ("2023-11-20", "2024-03-12")]
    assert "Dunai" in lady_r[1]["quotes"] and "Vostochny" in lady_r[1]["quotes"]
    assert all(i.startswith("claim:") for i in lady_r[1]["claimIds"].split("; "))
    assert lady_r[1]["outlets"] and "unknown outlet" not in lady_r[1]["outlets"]
