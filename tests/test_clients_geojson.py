"""GeoJSON read back with GDAL (through pyogrio, the reader QGIS's GDAL provider shares):
every feature arrives, fields are flat and the start/end fields are dates (QGIS's temporal
controller needs date fields)."""

from __future__ import annotations

import json

import pytest
from fixtures.demo import write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.store.ladybug_store import LadybugStore

pyogrio = pytest.importorskip("pyogrio", reason="pyogrio is in the dev extra (make install-dev)")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("geojson")
    write_demo(str(folder / "demo.lbug"))
    with LadybugStore(folder / "demo.lbug", read_only=True) as store:
        graph = read_graph(store)
    path = folder / "demo.geojson"
    path.write_text(export_graph(graph, "geojson").text, encoding="utf-8")
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_gdal_reads_every_feature_with_flat_typed_fields(exported):
    path, collection = exported
    info = pyogrio.read_info(path)
    assert info["driver"] == "GeoJSON" and info["features"] == len(collection["features"]) > 5
    dtypes = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert dtypes["start"].startswith("datetime64") and dtypes["end"].startswith("datetime64")
    assert dtypes["claims"] == "int32" or dtypes["claims"].startswith("int")
    assert dtypes["vessel"] == "object" and dtypes["quotes"] == "object"


def test_gdal_reads_points_and_lines_in_date_order(exported):
    path, _ = exported
    meta, _, geometry, fields = pyogrio.raw.read(path, return_fids=True)
    columns = dict(zip(meta["fields"], fields, strict=True))
    kinds = list(columns["kind"])
    calls = [i for i, k in enumerate(kinds) if k == "portCall" and columns["vessel"][i] == "Lady R"]
    starts = [str(columns["start"][i])[:10] for i in calls]
    assert starts == sorted(starts) == ["2023-10-02", "2023-11-20", "2024-03-12"]
    assert [columns["port"][i] for i in calls] == ["Rajin", "Dunai", "Vostochny"]
    assert "voyage" in kinds and "leg" in kinds and "port" in kinds
