"""STIX 2.1 bundle: parses back with the stix2 library, stable ids, confidence from Admiralty grades."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import stix2
from fixtures.demo import write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.export.stix import PROPERTY_EXTENSION, confidence, stix_id
from osint_graph.store.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        return read_graph(store)


@pytest.fixture(scope="module")
def bundle_text(graph):
    return export_graph(graph, "stix").text


@pytest.fixture(scope="module")
def objects(bundle_text):
    return {o["id"]: o for o in json.loads(bundle_text)["objects"]}


def test_the_bundle_parses_back_with_stix2(bundle_text):
    bundle = stix2.parse(bundle_text, allow_custom=True)
    assert bundle.type == "bundle" and len(bundle.objects) > 20
    strict = stix2.parse(bundle_text)
    assert {o.type for o in strict.objects} >= {
        "identity",
        "report",
        "note",
        "location",
        "relationship",
        "extension-definition",
        "grouping",
    }


def test_a_consumer_without_our_code_parses_it(bundle_text, tmp_path):
    path = tmp_path / "bundle.json"
    path.write_text(bundle_text, encoding="utf-8")
    # Strict parsing (no custom objects, no registered extension): every object is standard STIX 2.1.
    code = "import sys, stix2; b = stix2.parse(open(sys.argv[1]).read(), allow_custom=False); print(len(b.objects))"
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert int(done.stdout) == len(json.loads(bundle_text)["objects"])


def test_ids_are_stable_across_exports(graph, bundle_text):
    assert export_graph(graph, "stix").text == bundle_text
    assert stix_id("note", "claim:x") == stix_id("note", "claim:x") != stix_id("note", "claim:y")


def test_vessels_are_system_identities_with_their_identifiers(objects):
    lady_r = objects[stix_id("identity", "vessel:imo-9161003")]
    assert lady_r["name"] == "Lady R" and lady_r["identity_class"] == "system"
    assert {"source_name": "IMO", "external_id": "9161003"} in lady_r["external_references"]
    ext = lady_r["extensions"][PROPERTY_EXTENSION]
    assert (ext["osint_label"], ext["imo"], ext["flag"]) == ("Vessel", "9161003", "RU")
    assert "Lady-R" in ext["aliases"]
    definition = objects[PROPERTY_EXTENSION]
    assert definition["type"] == "extension-definition" and definition["extension_types"] == ["property-extension"]
    assert not [o for o in objects.values() if o["type"].startswith(("x-", "osint-"))]


def test_claims_are_notes_with_quote_chain_and_confidence(objects):
    notes = [o for o in objects.values() if o["type"] == "note"]
    kirby = next(n for n in notes if "unloaded at Vostochny" in n["content"])
    assert "John Kirby <- White House" in kirby["content"]
    ext = kirby["extensions"][PROPERTY_EXTENSION]
    assert ext["attribution"] == ["John Kirby", "White House"] and ext["admiralty_credibility"] == 2
    assert kirby["confidence"] == 70
    assert stix_id("identity", "vessel:angara") in kirby["object_refs"]
    assert any(r.startswith("report--") for r in kirby["object_refs"])
    inject = next(n for n in notes if "__pwned = 1" in n["content"])
    assert "confidence" not in inject  # grade 6: truth cannot be judged
    attributed = [
        o
        for o in objects.values()
        if o["type"] == "relationship" and o["relationship_type"] == "attributed-to" and o["source_ref"] == kirby["id"]
    ]
    assert {o["target_ref"] for o in attributed} == {
        stix_id("identity", "person:john-kirby"),
        stix_id("identity", "organization:white-house"),
    }


def test_reports_places_and_sources(objects):
    reports = [o for o in objects.values() if o["type"] == "report"]
    assert len(reports) == 7
    yonhap = next(r for r in reports if r["name"] == "Ministry tracks Russian cargo ship at Rajin")
    assert yonhap["created_by_ref"] == stix_id("identity", "outlet:yonhap")
    assert stix_id("identity", "vessel:imo-9161003") in yonhap["object_refs"]
    assert objects[stix_id("identity", "outlet:nk-pro")]["extensions"][PROPERTY_EXTENSION]["reliability"] == "B"
    rajin = objects[stix_id("location", "port:locode-KPNJN")]
    assert (rajin["latitude"], rajin["longitude"], rajin["country"]) == (42.2556, 130.2831, "KP")
    assert objects[stix_id("location", "country:russia")]["country"] == "RU"
    # The injected markup is data (JSON strings), not something the bundle interprets.
    injected = next(r for r in reports if "markup" in r["name"])
    assert "external_references" not in injected  # a javascript: URL is not a reference


def test_port_calls_are_dated_located_at_relationships(objects):
    located = [
        o
        for o in objects.values()
        if o["type"] == "relationship"
        and o["relationship_type"] == "located-at"
        and o["source_ref"] == stix_id("identity", "vessel:imo-9161003")
    ]
    assert {o["target_ref"] for o in located} == {
        stix_id("location", p) for p in ("port:locode-KPNJN", "port:dunai", "port:locode-RUVYP")
    }
    vostochny = next(o for o in located if o["target_ref"] == stix_id("location", "port:locode-RUVYP"))
    assert vostochny["start_time"].startswith("2024-03-12") and vostochny["confidence"] == 70


def test_confidence_follows_the_stix_admiralty_mapping():
    assert [confidence(g) for g in (1, 2, 3, 4, 5, 6, None)] == [90, 70, 50, 30, 10, None, None]
