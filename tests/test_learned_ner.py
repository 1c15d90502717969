"""The learned NER head (osint_graph/nlp/learned_ner.py): it loads and tags, the switch adds or
leaves it out (and picks the filter's weights), the entity filter reads its spans, and its trainer
runs on a tiny corpus.  Texts written for these tests, with made-up names."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import spacy

from osint_graph.nlp import entity_filter as ef
from osint_graph.nlp import learned_ner as ln
from osint_graph.nlp.pipeline import build_pipeline, resolve_model_name

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = (
    "The Varnish Coast Guard boarded the tanker Orrin Bay off Velmora on Tuesday, and Captain Idris "
    "Holloway was taken to the port of Kestrava."
)


def trainer():
    spec = importlib.util.spec_from_file_location("train_entity_ner", ROOT / "scripts" / "train_entity_ner.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_entity_ner", module)  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def base():
    return spacy.load(resolve_model_name())


def test_the_shipped_head_loads_and_tags_a_made_up_sentence(base):
    head = ln.load_head(base)
    assert set(head.labels) == set(trainer().TYPES)
    doc = base(SENTENCE)
    before = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    spans = ln.predict_spans(head, doc)
    assert spans, "the head finds some entity in a sentence full of names"
    assert all(label in head.labels and 0 <= s < e <= len(SENTENCE) for s, e, label in spans)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == before, "doc.ents left as the model set them"


def test_the_switch_adds_the_component_and_the_filter_weights_follow(monkeypatch):
    monkeypatch.delenv(ef.ENV, raising=False)  # another test's CLI run may have switched the filter off
    on = build_pipeline(entity_filter=True, learned_ner=True)
    off = build_pipeline(entity_filter=True, learned_ner=False)
    assert ln.COMPONENT in on.pipe_names and ln.COMPONENT not in off.pipe_names
    assert on.pipe_names.index(ln.COMPONENT) == on.pipe_names.index("ner") + 1
    doc = on(SENTENCE)
    assert isinstance(doc.user_data[ln.LEARNED_KEY], list)
    assert ln.LEARNED_KEY not in off(SENTENCE).user_data
    assert on.get_pipe("osint_entity_filter").model is ef.load_model(None, True)
    assert off.get_pipe("osint_entity_filter").model is ef.load_model(None, False)
    monkeypatch.setenv(ln.ENV, "on")
    assert ln.COMPONENT in build_pipeline().pipe_names
    monkeypatch.setenv(ln.ENV, "off")
    assert ln.COMPONENT not in build_pipeline().pipe_names
    monkeypatch.setenv(ln.ENV, "maybe")
    with pytest.raises(ValueError, match="on or off"):
        build_pipeline()


def test_the_learned_weights_load_and_name_the_learned_feature():
    model = ef.load_model(None, True)
    assert "bias" in model.weights and any(name.startswith("learned") for name in model.weights)


def test_the_filter_reads_the_learned_spans_as_a_feature():
    doc = build_pipeline(entity_filter=False, learned_ner=False)(SENTENCE)
    cands = ef.candidates(doc)
    vessel = next(c for c in cands if c.type == "Vessel")
    assert not any(k.startswith("learned") for k in ef.features(doc, vessel, cands))  # head off: no feature
    span = vessel.spans[0]
    doc.user_data[ln.LEARNED_KEY] = [[span.start_char, span.end_char, "Vessel"]]
    feats = ef.features(doc, vessel, cands)
    assert feats["learned=same"] == 1.0 and feats["type=Vessel&learned=same"] == 1.0
    doc.user_data[ln.LEARNED_KEY] = [[span.start_char, span.end_char, "Person"]]
    assert ef.features(doc, vessel, cands)["learned=other"] == 1.0
    doc.user_data[ln.LEARNED_KEY] = []
    assert ef.features(doc, vessel, cands)["learned=none"] == 1.0


def test_training_on_a_tiny_made_up_corpus_runs_and_learns(base):
    t = trainer()
    text = "Captain Idris Holloway sailed the tanker Orrin Bay from Kestrava to Velmora."
    mentions = [(8, 22, "Person"), (41, 50, "Vessel"), (56, 64, "Port"), (68, 75, "Location")]
    reference = t.reference_doc(base, text, mentions)
    assert [(e.text, e.label_) for e in reference.ents] == [
        ("Idris Holloway", "Person"), ("Orrin Bay", "Vessel"), ("Kestrava", "Port"), ("Velmora", "Location"),
    ]  # fmt: skip
    texts = [t.Text(f"x{i}", "made-up", text, mentions) for i in range(4)]
    head = t.train_head(base, t.examples_of(base, texts), epochs=15, seed=1)
    scores = t.mention_scores(texts, t.tag(head, base, texts))
    assert scores["micro"]["f1"] > 0.5, "a head trained on four copies of one sentence tags it back"


def test_a_mention_inside_a_token_is_missing_not_outside(base):
    reference = trainer().reference_doc(base, "The Velmoran navy sailed.", [(4, 11, "Country")])
    assert not reference.ents
    assert reference[1].ent_iob_ == "" and reference[0].ent_iob_ == "O"
