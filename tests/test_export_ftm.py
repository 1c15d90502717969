"""FollowTheMoney export: every line is a valid FtM entity by followthemoney's own model and
the `ftm validate` tool; vessels carry their IMO number as OpenSanctions writes it; claims
keep their provenance."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.demo import write_demo
from followthemoney import model

from osint_graph.export import export_graph, read_graph
from osint_graph.store.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    path = tmp_path_factory.mktemp("ftm") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        graph = read_graph(store)
    result = export_graph(graph, "ftm")
    return graph, result, [json.loads(line) for line in result.text.splitlines()]


def test_every_line_is_a_valid_ftm_entity(exported):
    _, _, entities = exported
    assert len(entities) > 50
    for entity in entities:
        schema = model.get(entity["schema"])
        assert schema is not None and not schema.abstract
        assert schema.validate(entity) is None
        # Values are already what FtM's cleaning makes of them.
        assert model.get_proxy(entity, cleaned=False).to_dict()["properties"] == entity["properties"]


def test_entity_references_point_into_the_file(exported):
    _, _, entities = exported
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)
    refs = [
        value
        for e in entities
        for name, values in e["properties"].items()
        if model.get(e["schema"]).properties[name].type.name == "entity"
        for value in values
    ]
    assert refs and set(refs) <= ids


def test_the_ftm_tool_validates_the_file(exported, tmp_path):
    _, result, entities = exported
    source, checked = tmp_path / "in.ftm.json", tmp_path / "out.ftm.json"
    source.write_text(result.text, encoding="utf-8")
    ftm = Path(sys.executable).parent / "ftm"
    done = subprocess.run([str(ftm), "validate", "-i", str(source), "-o", str(checked)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(checked.read_text(encoding="utf-8").splitlines()) == len(entities)


def test_vessels_carry_imo_numbers_as_opensanctions_does(exported):
    _, _, entities = exported
    lady_r = next(e for e in entities if e["schema"] == "Vessel" and e["properties"]["name"] == ["Lady R"])
    assert lady_r["properties"]["imoNumber"] == ["IMO9161003"]
    assert lady_r["properties"]["flag"] == ["ru"] and "Lady-R" in lady_r["properties"]["alias"]


def test_claims_are_documentation_with_their_provenance(exported):
    _, _, entities = exported
    by_id = {e["id"]: e for e in entities}
    docs = [e for e in entities if e["schema"] == "Documentation"]
    docs = [e for e in docs if "unloaded at Vostochny" in e["properties"]["summary"][0]]
    assert docs
    kirby = next(d for d in docs if by_id[d["properties"]["entity"][0]]["properties"].get("name") == ["John Kirby"])
    props = kirby["properties"]
    assert props["role"] == ["attributed source, position 0"]
    assert props["recordId"][0].startswith("claim:")
    assert "John Kirby <- White House" in props["description"][0]
    assert props["sourceUrl"][0].startswith("https://") and props["publisher"]
    article = by_id[props["document"][0]]
    assert article["schema"] == "Article" and article["properties"]["sourceUrl"] == props["sourceUrl"]


def test_mentions_resolve_to_entities_and_what_is_left_out_is_said(exported):
    _, result, entities = exported
    mentions = [e for e in entities if e["schema"] == "Mention"]
    assert mentions and all(e["properties"]["resolved"] and e["properties"]["document"] for e in mentions)
    assert any("weapon type" in note for note in result.notes)
