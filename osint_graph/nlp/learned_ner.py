"""osint_learned_ner: a second, learned NER head over the model's own tok2vec, typed by our types.

The rule components find entities by gazetteers, context rules and the model's OntoNotes labels;
rules written against some texts carry less well to others (issue 11 item 6).  This component is
a small transition-based NER head (spaCy's `ner` architecture) trained on the gold entity
mentions of the real-article dev split and tests/gold, labelled with the graph's entity types
(Vessel, Port, Person, Organization, Outlet, Country, Location, Weapon).  It has no tok2vec of its
own: its input is a `Tok2VecListener` that reads `doc.tensor`, the output of the model's shared
`tok2vec` (which the tagger and parser already pay for), so extraction pays one extra head, not a
second network.  It runs right after the model's `ner`.

It does not touch `doc.ents`: its spans are kept as `doc.user_data[LEARNED_KEY]`, a list of
`[start_char, end_char, type]`, and the learned entity filter reads them as a feature of each
candidate (`learned=same|other|none`; weights `sources/rules/entity_filter/weights_learned.csv`).

The head's config and weights live in `osint_graph/nlp/learned_ner/` (`config.json`: the
architecture; `model/`: `EntityRecognizer.to_disk`), written by `scripts/train_entity_ner.py`.

Switch: `build_pipeline(learned_ner=...)`, `Extractor(learned_ner=...)`, `$OSINT_GRAPH_LEARNED_NER`
(on/off), `scripts/evaluate.py --learned-ner on|off`; the default is `DEFAULT_ON` (see README,
"The learned NER head").
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

ENV = "OSINT_GRAPH_LEARNED_NER"
COMPONENT = "osint_learned_ner"
LEARNED_KEY = ("osint", "learned_ents")
MODEL_DIR = Path(__file__).resolve().parent / "learned_ner"
OFF_VALUES = ("0", "off", "false", "no")
ON_VALUES = ("1", "on", "true", "yes")
# Measured (README "The learned NER head"): the head as a filter feature did not gain on held-out
# stories, so it is off unless asked for.
DEFAULT_ON = False


def enabled_by_env(default: bool = DEFAULT_ON) -> bool:
    """$OSINT_GRAPH_LEARNED_NER read as on/off; `default` when unset; ValueError when misspelt."""
    value = (os.environ.get(ENV) or "").strip().lower()
    if not value:
        return default
    if value not in OFF_VALUES + ON_VALUES:
        raise ValueError(f"${ENV} must be on or off, not {value!r}")
    return value in ON_VALUES


def head_config(path: Path = MODEL_DIR) -> dict:
    """The `ner` factory config of the head (`config.json`): a TransitionBasedParser whose tok2vec
    is a listener of the model's `tok2vec` (width 96 in en_core_web_sm)."""
    return json.loads((path / "config.json").read_text(encoding="utf-8"))


def new_head(nlp: Language, config: dict, name: str = "learned_ner_head"):
    """An untrained EntityRecognizer over `nlp`'s vocab, not added to the pipeline (the wrapper
    calls it, so that its output does not replace `doc.ents`)."""
    return nlp.create_pipe("ner", name=name, config=config)


@cache
def _load_head_bytes(path: str) -> tuple[dict, Path]:
    return head_config(Path(path)), Path(path) / "model"


def load_head(nlp: Language, path: Path = MODEL_DIR):
    config, model = _load_head_bytes(str(path))
    if not model.is_dir():
        raise FileNotFoundError(f"{model}: no trained head (python scripts/train_entity_ner.py writes it)")
    return new_head(nlp, config).from_disk(model, exclude=["vocab"])  # the model's vocab serves


def predict_spans(head, doc: Doc) -> list[list]:
    """The head's spans over `doc` as [start_char, end_char, type], `doc.ents` left as it was.
    The head needs `doc.tensor` (the model's tok2vec output) and an empty `doc.ents` (a NER keeps
    the entities already set as constraints), so the model's entities are set aside meanwhile."""
    kept = doc.ents
    doc.set_ents([], default="missing")  # unset, not "O": a preset O would bind the head
    try:
        head.set_annotations([doc], head.predict([doc]))
        out = [[e.start_char, e.end_char, e.label_] for e in doc.ents]
    finally:
        doc.ents = kept  # as the model's ner left them (others "O")
    return out


class LearnedNer:
    def __init__(self, nlp: Language, name: str, path: Path):
        self.name = name
        self.head = load_head(nlp, path)

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[LEARNED_KEY] = predict_spans(self.head, doc) if len(doc) else []
        return doc


@Language.factory(COMPONENT, default_config={"path": None})
def make_learned_ner(nlp: Language, name: str, path: str | None) -> LearnedNer:
    return LearnedNer(nlp, name, Path(path) if path else MODEL_DIR)
