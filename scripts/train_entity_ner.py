#!/usr/bin/env python
"""Train the learned NER head (osint_graph/nlp/learned_ner.py) and write osint_graph/nlp/learned_ner/model.

    python scripts/train_entity_ner.py [--folds 5] [--seed 1] [--epochs 30] [--oof PATH] [--dry-run]

Training data we own only: the gold entity MENTIONS of the real-article dev split (texts from the
cache, `$OSINT_GRAPH_REAL_CACHE`, else .cache/real; never an id starting with t0, never the test
split) and of tests/gold, each mention labelled with its entity's type (Vessel, Port, Person,
Organization, Outlet, Country, Location, Weapon).  A mention that does not fall on token edges is
left "missing" (neither entity nor outside); of overlapping mentions the longest is kept.

The head is spaCy's transition-based `ner` over a `Tok2VecListener` of the model's own `tok2vec`
(config `osint_graph/nlp/learned_ner/config.json`); the tok2vec is frozen: every text is run
through it once and the head learns from `doc.tensor` (the listener reads it when its upstream is
not being updated).  So only the head's weights are trained and shipped (a few hundred KB).

1. Story folds: the dev stories (manifest `story`) sorted, shuffled with `--seed` and dealt into
   `--folds` folds, as scripts/train_entity_filter.py deals them (tests/gold articles are dealt
   by their file name).  For each fold a head is trained on the other folds and tags the fold's
   texts: mention-level P/R/F1 per type are printed, and the out-of-fold spans are written to
   `--oof` (default .cache/learned_ner_oof.json), which `scripts/train_entity_filter.py
   --learned-ner --oof PATH` uses as the feature of the dev candidates, so that the filter learns
   how far the head is right on stories it never saw.
2. A head trained on everything is written to osint_graph/nlp/learned_ner/model (unless --dry-run).

Deterministic for a given machine (seed fixed; thinc's CPU ops).  A few minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit lives beside this script

ROOT = Path(__file__).resolve().parent.parent
from osint_graph.nlp.labels import LABEL_OF_TYPE  # noqa: E402

TYPES = tuple(LABEL_OF_TYPE)  # the graph's entity types (sources/rules/common/entity_types.csv)
DEFAULT_OOF = ROOT / ".cache" / "learned_ner_oof.json"
# Adam's rate: on story fold 0, 0.005 reached held-out mention F1 0.544 at 30 epochs, 0.002 0.524
LEARN_RATE = 0.005


@dataclass
class Text:
    """One training text: its id, story (the fold key), text and gold mentions (start, end, type)."""

    id: str
    story: str
    text: str
    mentions: list[tuple[int, int, str]]


def gold_mentions(annotation: dict) -> list[tuple[int, int, str]]:
    out = []
    for ent in annotation.get("entities") or ():
        if ent.get("type") in TYPES:
            out += [(m["start"], m["end"], ent["type"]) for m in ent.get("mentions") or ()]
    return out


def load_texts() -> list[Text]:
    """The dev split (never t0*) and tests/gold, as Texts."""
    import evaluate
    from evalkit import real

    from osint_graph.ingest import read_paths

    cache = real.cache_dir()
    loaded = real.load_split("dev", real.REAL_DIR, cache)
    out = []
    for row in loaded.present:
        if row.id.startswith("t0") or row.split != "dev":
            raise SystemExit(f"{row.id}: not a dev text; the test split never trains anything")
        text = evaluate.read_real_article(row, cache / f"{row.id}.txt").text
        gold = json.loads((real.REAL_DIR / "gold" / f"{row.id}.json").read_text(encoding="utf-8"))
        out.append(Text(row.id, row.story, text, gold_mentions(gold)))
    for g in evaluate.read_gold(evaluate.DEFAULT_GOLD):
        text = next(iter(read_paths([g.path]))).text
        out.append(Text(g.stem, f"gold/{g.stem}", text, gold_mentions(g.annotation)))
    return out


# --- examples -----------------------------------------------------------------------------------


def reference_doc(nlp, text: str, mentions: Iterable[tuple[int, int, str]]):
    """The gold doc: mentions on token edges as entities (longest first wins an overlap), mentions
    inside a token ('US' of 'US-flagged') missing, every other token outside."""
    doc = nlp.make_doc(text)
    spans, missing, taken = [], [], set()
    for start, end, label in sorted(mentions, key=lambda m: (m[0] - m[1], m[0])):
        span = doc.char_span(start, end, label=label, alignment_mode="contract")
        if span is None or len(span.text) != end - start:
            wide = doc.char_span(start, end, alignment_mode="expand")
            if wide is not None and not taken & set(range(wide.start, wide.end)):
                missing.append(wide)
            continue
        if taken & set(range(span.start, span.end)):
            continue
        taken |= set(range(span.start, span.end))
        spans.append(span)
    missing = [m for m in missing if not taken & set(range(m.start, m.end))]
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


def predicted_doc(nlp, text: str):
    """The doc the head reads: tokens and the model's tok2vec output (`doc.tensor`)."""
    return nlp.get_pipe("tok2vec")(nlp.make_doc(text))


def examples_of(nlp, texts: list[Text]) -> list:
    from spacy.training import Example

    return [Example(predicted_doc(nlp, t.text), reference_doc(nlp, t.text, t.mentions)) for t in texts]


# --- training -----------------------------------------------------------------------------------


def train_head(
    nlp, examples: list, epochs: int, seed: int, batch: int = 8, dropout: float = 0.2, learn_rate: float = LEARN_RATE
):
    """A new head trained on `examples` (their predicted docs carry tok2vec tensors); returned with
    the optimizer's averaged weights in place."""
    from spacy.util import fix_random_seed
    from thinc.api import Adam

    from osint_graph.nlp.learned_ner import head_config, new_head

    fix_random_seed(seed)
    head = new_head(nlp, head_config())
    head.initialize(lambda: examples, nlp=nlp)
    optimizer = Adam(learn_rate)  # averages kept (use_averages)
    order = list(examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in range(0, len(order), batch):
            head.update(order[i : i + batch], drop=dropout, sgd=optimizer)
    for node in head.model.walk():  # the averaged weights generalise better than the last step's
        for name in node.param_names:
            if (node.id, name) in optimizer.averages:
                node.set_param(name, optimizer.averages[(node.id, name)])
    return head


def tag(head, nlp, texts: list[Text]) -> dict[str, list[list]]:
    from osint_graph.nlp.learned_ner import predict_spans

    return {t.id: predict_spans(head, predicted_doc(nlp, t.text)) for t in texts}


def mention_scores(texts: list[Text], spans: dict[str, list[list]]) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per type and `micro` (a mention inside a token counts as gold too)."""
    counts = {t: [0, 0, 0] for t in (*TYPES, "micro")}  # tp, fp, fn
    for text in texts:
        gold = {(s, e, lab) for s, e, lab in text.mentions}
        pred = {tuple(x) for x in spans.get(text.id, ())}
        for key, bucket in ((gold & pred, 0), (pred - gold, 1), (gold - pred, 2)):
            for _, _, lab in key:
                for name in (lab, "micro"):
                    counts[name][bucket] += 1
    out = {}
    for name, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[name] = {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "n": tp + fn}
    return out


def folds_of(texts: list[Text], k: int, seed: int) -> list[set[str]]:
    """Dev stories dealt as scripts/train_entity_filter.py deals them; tests/gold texts by name."""
    dev = sorted({t.story for t in texts if not t.story.startswith("gold/")})
    random.Random(seed).shuffle(dev)
    folds = [set(dev[i::k]) for i in range(k)]
    for i, story in enumerate(sorted({t.story for t in texts if t.story.startswith("gold/")})):
        folds[i % k].add(story)
    return folds


def print_scores(name: str, scores: dict) -> None:
    cells = "  ".join(f"{t} {scores[t]['f1']:.3f}" for t in (*TYPES, "micro") if scores[t]["n"])
    m = scores["micro"]
    print(f"  {name:12} P {m['p']:.3f} R {m['r']:.3f} | F1 {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="See the module docstring.")
    parser.add_argument("--folds", type=int, default=5, help="story folds for the out-of-fold spans (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the fold deal and of training (default 1)")
    parser.add_argument("--epochs", type=int, default=30, help="passes over the training texts (default 30)")
    parser.add_argument("--model", default=None, help="spaCy model whose tok2vec the head listens to")
    parser.add_argument("--oof", type=Path, default=DEFAULT_OOF, help="where to write the out-of-fold spans")
    parser.add_argument("--no-cv", action="store_true", help="skip the story folds (no out-of-fold spans)")
    parser.add_argument("--dry-run", action="store_true", help="print the figures, write no model")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import spacy

    from osint_graph.nlp.learned_ner import MODEL_DIR
    from osint_graph.nlp.pipeline import resolve_model_name

    nlp = spacy.load(resolve_model_name(args.model))
    texts = load_texts()
    print(f"texts: {len(texts)} ({sum(len(t.mentions) for t in texts)} gold mentions)")
    started = time.time()
    if not args.no_cv:
        oof: dict[str, list[list]] = {}
        for i, fold in enumerate(folds_of(texts, args.folds, args.seed)):
            train = [t for t in texts if t.story not in fold]
            held = [t for t in texts if t.story in fold]
            head = train_head(nlp, examples_of(nlp, train), args.epochs, args.seed)
            spans = tag(head, nlp, held)
            oof.update(spans)
            print_scores(f"fold {i}", mention_scores([t for t in held if not t.story.startswith("gold/")], spans))
        dev = [t for t in texts if not t.story.startswith("gold/")]
        print_scores("dev OOF", mention_scores(dev, oof))
        args.oof.parent.mkdir(parents=True, exist_ok=True)
        args.oof.write_text(json.dumps(oof, sort_keys=True), encoding="utf-8")
        print(f"out-of-fold spans: {args.oof} ({time.time() - started:.0f} s)")
    head = train_head(nlp, examples_of(nlp, texts), args.epochs, args.seed)
    print_scores("in-sample", mention_scores(texts, tag(head, nlp, texts)))
    if args.dry_run:
        print("--dry-run: model not written")
        return 0
    head.to_disk(MODEL_DIR / "model", exclude=["vocab"])  # the model's own vocab serves (1.2 MB saved)
    size = sum(p.stat().st_size for p in (MODEL_DIR / "model").rglob("*") if p.is_file())
    print(f"wrote {(MODEL_DIR / 'model').relative_to(ROOT)} ({size // 1024} KB, {time.time() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
