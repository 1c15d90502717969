"""Timeline of dated facts and claims, CSV and JSON, with their sources."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fixtures.demo import write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.store.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        return read_graph(store)


def test_json_events_are_dated_sorted_and_sourced(graph):
    events = json.loads(export_graph(graph, "timeline", out="t.json").text)
    dates = [e["date"] for e in events]
    assert dates == sorted(dates)
    kinds = {(e["event"], e["kind"]) for e in events}
    assert {("fact", "PortCall"), ("fact", "Shipment"), ("fact", "TripCount")} <= kinds
    call = next(e for e in events if e["kind"] == "PortCall" and e["date"] == "2024-03-12")
    assert call["summary"] == "Lady R at Vostochny on 2024-03-12"
    assert {s["outlet"] for s in call["sources"]} == {"NK Pro", "Associated Press"}
    assert all(s["article"] and s["url"] and s["quote"] for s in call["sources"])
    assert call["grade"] == 2
    shipment = next(e for e in events if e["kind"] == "Shipment")
    assert (shipment["date"], shipment["endDate"]) == ("2023-09-07", "2023-10-01")
    assert ["John Kirby", "White House"] in [s["attribution"] for s in shipment["sources"]]


def test_undated_claims_take_the_publication_date_and_say_so(graph):
    events = json.loads(export_graph(graph, "timeline").text)
    denial = next(e for e in events if e["stance"] == "denial")
    assert (denial["date"], denial["dateSource"]) == ("2023-10-17", "published")
    assert denial["sources"][0]["attribution"] == ["Dmitry Peskov"]


def test_csv_by_suffix_or_option(graph):
    for text in (
        export_graph(graph, "timeline", out="x.csv").text,
        export_graph(graph, "timeline", timeline_format="csv").text,
    ):
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows and {"date", "kind", "summary", "outlets", "attribution", "articles", "urls"} <= set(rows[0])
        denial = next(r for r in rows if r["stance"] == "denial")
        assert denial["outlets"] == "TASS" and denial["attribution"] == "Dmitry Peskov"
        assert denial["urls"].startswith("https://")


def test_timesketch_columns_in_csv_and_jsonl(graph):
    from datetime import datetime

    rows = list(csv.DictReader(io.StringIO(export_graph(graph, "timeline", timeline_format="csv").text)))
    lines = [json.loads(line) for line in export_graph(graph, "timeline", out="t.jsonl").text.splitlines()]
    assert rows and len(lines) == len(rows)
    assert list(rows[0])[:4] == ["message", "datetime", "timestamp", "timestamp_desc"]
    for row, line in zip(rows, lines, strict=True):
        moment = datetime.fromisoformat(row["datetime"])
        assert moment.tzinfo is not None and row["date"].startswith(moment.date().isoformat()[: len(row["date"])])
        assert int(row["timestamp"]) == int(moment.timestamp()) * 1_000_000 == line["timestamp"]
        assert row["message"] and row["timestamp_desc"] and line["message"] == row["message"]
        assert all(not isinstance(v, (list, dict)) for v in line.values())
    call = next(r for r in rows if r["kind"] == "PortCall" and r["date"] == "2024-03-12")
    assert call["message"].startswith("PortCall: Lady R at Vostochny") and call["timestamp_desc"] == "Event date"
    denial = next(r for r in rows if r["stance"] == "denial")
    assert denial["timestamp_desc"] == "Article published"
