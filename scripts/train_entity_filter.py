#!/usr/bin/env python
"""Train the learned entity filter and write sources/rules/entity_filter/weights.csv.

    python scripts/train_entity_filter.py [--folds 5] [--seed 1] [--repeats 5] [--l2 1.0] [--dry-run]
    python scripts/train_entity_filter.py --learned-ner [--oof .cache/learned_ner_oof.json] ...
    python scripts/train_entity_filter.py --augment DIR [--augment DIR ...] [--augment-weight W]
        [--judge DIR] [--choose-on-copies] ...

Training data we own: the dev split of the real-article set (texts from the cache,
`$OSINT_GRAPH_REAL_CACHE`, else .cache/real) and tests/gold.  Never the test split and never
tests/gold_heldout: those are evaluation sets (held-out is only scored, as a check, at the end).

1. Run the pipeline with the filter off over every article; each entity it proposes is a
   candidate, labelled keep when scripts/evaluate.py's matching pairs it with a gold entity
   (evalkit.scoring.match_entities: same type, a shared name key), else drop; its features are
   osint_graph.nlp.entity_filter.features.  Candidates the component keeps whatever their score
   (entity_filter.kept_ids: a claim's source, a fact's entity, a state's body, a company with its
   legal form, ...; every candidate of a text under MIN_WORDS) are kept in the CV too.
2. Story-level cross-validation on dev (`--folds` folds of the manifest's `story`, dealt with
   the seeds `--seed`, `--seed`+1, ... `--repeats` times; figures are the mean of the repeats):
   train a logistic regression (L2, Newton's method, numpy only) on the other folds'
   dev articles plus tests/gold, score the held-out fold's articles with evaluate's entity
   metrics (micro and per type), rules alone against rules + filter, for every threshold of the
   grid.  The threshold is chosen by pooled CV F1; the figure printed as "nested" chooses it
   inside each outer fold from its training folds only (an unbiased estimate of the choice).
   When the nested figure gains less than MIN_GAIN (0.003) over the rules alone, the file is
   written with threshold 0: the component then keeps every candidate (the filter is off in
   effect until the data say it helps).
3. Train on all of dev (+ the --augment copies) + tests/gold, write the weights with the CV
   threshold (unless --dry-run), and print in-sample dev, tests/gold and held-out figures with
   the new weights (and the copies', per type).

With `--augment DIR` (repeatable) a name-swapped copy of dev (`scripts/perturb_real.py DIR --seed N`:
every gold name replaced by a made-up one or another real place) joins the training data, its
candidates weighted `--augment-weight`: on dev the feature "the sources know the name, and as what"
is nearly always on (dev's names have gone into the lists), on unseen pages often off, and the
copies teach the weights how far to trust the other cues when the name is unknown.  A copy's
article takes its original's story, so it is in its original's fold (trained on only when the
original is), and its held-out fold is scored too ("copies").  `--judge DIR` scores another copy
(another seed) out of fold and with the final weights, never training on it.  The threshold is
chosen on dev's CV F1, or with `--choose-on-copies` on the mean of dev's and the copies'; the
MIN_GAIN test stays on dev's.

With `--learned-ner` the pipeline runs the learned NER head (osint_graph/nlp/learned_ner.py) and
the candidates get its feature `learned`; the dev and tests/gold candidates read the head's
OUT-OF-FOLD spans of `--oof` (written by scripts/train_entity_ner.py: a head trained on the
other story folds tagged them), not the shipped head's, which saw them in training; the weights go
to sources/rules/entity_filter/weights_learned.csv (read only when the head runs).

Deterministic: fixed folds, exact Newton steps, weights rounded to 4 decimals.  Runs in about a
minute or two (one extraction per article; the folds reuse it).  The lead re-runs it after rule
changes: the candidate set changes with the rules, so the weights must follow.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit lives beside this script

from evalkit import real  # noqa: E402
from evalkit.scoring import ENTITY_TYPES, ROOT, match_entities, score  # noqa: E402

from osint_graph.nlp.logistic import weight_rows  # noqa: E402

WEIGHTS = ROOT / "sources" / "rules" / "entity_filter" / "weights.csv"
LEARNED_WEIGHTS = ROOT / "sources" / "rules" / "entity_filter" / "weights_learned.csv"
OOF: dict[str, list] = {}  # --oof: doc id -> the learned head's out-of-fold spans
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 15))  # 0 = keep everything = rules alone
MIN_COUNT = 3  # a feature seen on fewer training candidates gets no weight
# the filter is written active only when the nested CV gains at least this much micro-F1 over the
# rules alone; otherwise the file gets threshold 0 (the component keeps every candidate)
MIN_GAIN = 0.003


@dataclass
class Doc:
    """One article: its gold entities, the predicted entities and each one's features and label."""

    id: str
    story: str  # "" for tests/gold (always in training, never scored in CV)
    gold: list[dict]
    pred: list[dict]
    feats: list[dict[str, float]]
    labels: list[int]
    protected: list[bool]  # entity_filter.kept_ids (a claim's source, a fact's entity...): never dropped
    weight: float = 1.0  # each candidate's weight in the fit (--augment-weight for a swapped copy's)


# --- candidates ---------------------------------------------------------------------------------


def collect(extractor, article, doc_id: str, story: str, gold: dict) -> Doc:
    from osint_graph.nlp.entity_filter import MIN_WORDS, candidate_features, kept_ids, word_count
    from osint_graph.nlp.sections import section_bounds

    if len(section_bounds(article.text, extractor.section_size)) != 1:
        raise SystemExit(f"{doc_id}: longer than one section; the trainer reads one Doc per article")
    sdoc = extractor.nlp(extractor.make_doc(article))
    pred = extractor.assemble(article, sdoc).to_dict()["entities"]
    if OOF and doc_id in OOF:
        from osint_graph.nlp.learned_ner import LEARNED_KEY

        sdoc.user_data[LEARNED_KEY] = OOF[doc_id]  # the head that tagged it never saw its story
    gazetteer = extractor.nlp.get_pipe("osint_entity_types").gazetteer
    by_id = candidate_features(sdoc, gazetteer)
    gold_entities = list(gold.get("entities") or ())
    matched = {pi for _, pi in match_entities(gold_entities, pred)}
    feats = [by_id.get(e["id"], {"bias": 1.0}) for e in pred]
    labels = [int(i in matched) for i in range(len(pred))]
    keep = kept_ids(sdoc, gazetteer)  # the component keeps them whatever their score
    short = word_count(sdoc) < MIN_WORDS  # and every entity of a text too short to filter
    return Doc(doc_id, story, gold_entities, pred, feats, labels, [short or e["id"] in keep for e in pred])


def load_docs(extractor, collect_doc=None) -> tuple[list[Doc], list[Doc]]:
    """(dev docs, tests/gold docs), each made by `collect_doc(extractor, article, id, story, gold)`
    (default `collect`; scripts/train_carry_model.py passes its own)."""
    collect_doc = collect_doc or collect
    import evaluate

    cache = real.cache_dir()
    loaded = real.load_split("dev", real.REAL_DIR, cache)
    if loaded.missing or loaded.changed:
        print(f"warning: dev texts missing {loaded.missing} changed {loaded.changed}", file=sys.stderr)
    dev = []
    for row in loaded.present:
        # the blind split never trains: a row must be dev by its manifest and not named like a test
        # article (test ids start with "t"; dev ids with "d" or, from the tenth round on, "e")
        if row.split != "dev" or row.id.startswith("t"):
            raise SystemExit(f"{row.id}: not a dev id")
        article = evaluate.read_real_article(row, cache / f"{row.id}.txt")
        gold = json.loads((real.REAL_DIR / "gold" / f"{row.id}.json").read_text(encoding="utf-8"))
        dev.append(collect_doc(extractor, article, row.id, row.story, gold))
    return dev, gold_docs(extractor, evaluate.DEFAULT_GOLD, collect_doc)


def copy_docs(extractor, folder: Path, stories: dict[str, str], weight: float = 1.0, collect_doc=None) -> list[Doc]:
    """A name-swapped copy of dev (scripts/perturb_real.py's DIR: cache/, gold/, manifests/), one Doc
    per article, id `<dev id>@<DIR's name>`.  `stories` maps each dev id to its story: a copy's
    article takes its original's story, so the CV deals it into its original's fold (a copy in
    another fold than its original would leak the original's candidates into the held-out fold)."""
    import evaluate

    collect_doc = collect_doc or collect
    loaded = real.load_split("dev", folder, folder / "cache")
    if loaded.missing or loaded.changed or loaded.no_gold:
        raise SystemExit(f"{folder}: texts missing {loaded.missing} changed {loaded.changed} no gold {loaded.no_gold}")
    out = []
    for row in loaded.present:
        if row.split != "dev" or row.id.startswith("t") or row.id not in stories:
            raise SystemExit(f"{folder}: {row.id} is no article of the dev split")
        article = evaluate.read_real_article(row, folder / "cache" / f"{row.id}.txt")
        gold = json.loads((folder / "gold" / f"{row.id}.json").read_text(encoding="utf-8"))
        doc = collect_doc(extractor, article, f"{row.id}@{folder.name}", stories[row.id], gold)
        doc.weight = weight
        out.append(doc)
    return out


def gold_docs(extractor, folder: Path, collect_doc=None) -> list[Doc]:
    import evaluate

    from osint_graph.ingest import read_paths

    collect_doc = collect_doc or collect
    out = []
    for g in evaluate.read_gold(folder):
        article = next(iter(read_paths([g.path])))
        out.append(collect_doc(extractor, article, g.stem, "", g.annotation))
    return out


# --- logistic regression ---------------------------------------------------------------------


def vocabulary(docs: list[Doc]) -> list[str]:
    counts: dict[str, int] = {}
    for d in docs:
        for f in d.feats:
            for k in f:
                counts[k] = counts.get(k, 0) + 1
    return sorted(k for k, n in counts.items() if n >= MIN_COUNT or k == "bias")


def matrix(docs: list[Doc], vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {k: i for i, k in enumerate(vocab)}
    rows = [f for d in docs for f in d.feats]
    x = np.zeros((len(rows), len(vocab)))
    for r, f in enumerate(rows):
        for k, v in f.items():
            if k in index:
                x[r, index[k]] = v
    y = np.array([lab for d in docs for lab in d.labels], dtype=float)
    return x, y


def sparse_rows(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The Hessian's pairs of a sparse matrix: for each row, the flat index (i * (V+1) + j) and the
    product x_i * x_j of every pair of its non-zero columns i, j, padded to the longest row with
    the spare column V (value 0)."""
    n, v = x.shape
    rows, found = np.nonzero(x)  # row by row, columns ascending
    counts = np.bincount(rows, minlength=n)
    place = np.arange(len(rows)) - np.repeat(np.cumsum(counts) - counts, counts)  # rank within its row
    cols = np.full((n, max(1, int(counts.max(initial=0)))), v)
    vals = np.zeros(cols.shape)
    cols[rows, place] = found
    vals[rows, place] = x[rows, found]
    index = (cols[:, :, None] * (v + 1) + cols[:, None, :]).reshape(n, -1)
    return index, (vals[:, :, None] * vals[:, None, :]).reshape(n, -1)


def fit(docs: list[Doc], l2: float) -> dict[str, float]:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised); each
    candidate's loss counts its Doc's `weight` times (1 for a Doc without one:
    scripts/train_carry_model.py fits its own).  The Hessian is summed over each row's pairs of
    non-zero features (about 20 of some 800 per candidate), not by a dense matrix product."""
    vocab = vocabulary(docs)
    x, y = matrix(docs, vocab)
    sw = np.array([getattr(d, "weight", 1.0) for d in docs for _ in d.labels], dtype=float)
    index, products = sparse_rows(x)
    size = len(vocab) + 1
    w = np.zeros(len(vocab))
    penalty = np.full(len(vocab), l2)
    penalty[vocab.index("bias")] = 1e-6
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -50, 50)))
        grad = x.T @ (sw * (p - y)) + penalty * w
        curvature = (products * (sw * p * (1 - p))[:, None]).ravel()
        hess = np.bincount(index.ravel(), weights=curvature, minlength=size * size).reshape(size, size)
        step = np.linalg.solve(hess[:-1, :-1] + np.diag(penalty), grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return {k: float(v) for k, v in zip(vocab, w, strict=True)}


def probabilities(weights: dict[str, float], doc: Doc) -> list[float]:
    from osint_graph.nlp.entity_filter import FilterModel

    model = FilterModel(weights, 0.0)
    return [model.probability(f) for f in doc.feats]


# --- scoring ---------------------------------------------------------------------------------


def filtered_triples(docs: list[Doc], probs: dict[str, list[float]], threshold: float) -> list:
    out = []
    for d in docs:
        kept = [e for e, p, safe in zip(d.pred, probs[d.id], d.protected, strict=True) if safe or p >= threshold]
        out.append((d.id, {"entities": d.gold}, {"entities": kept}))
    return out


def entity_metrics(docs: list[Doc], probs: dict[str, list[float]], threshold: float) -> dict:
    m = score(filtered_triples(docs, probs, threshold), strict_units=True)
    return {k: m[k] for k in ("entity_micro_f1", "entity_micro_precision", "entity_micro_recall", "entity_by_type")}


def folds_of(dev: list[Doc], k: int, seed: int) -> list[list[str]]:
    """Stories dealt into k folds (sorted, shuffled with the seed, dealt round-robin)."""
    stories = sorted({d.story for d in dev})
    random.Random(seed).shuffle(stories)
    return [stories[i::k] for i in range(k)]


def cv_probs(
    dev: list[Doc], extra: list[Doc], folds: list[list[str]], l2: float, copies=(), scored=()
) -> dict[str, list[float]]:
    """Out-of-fold probabilities of every candidate of `dev`, `copies` and `scored`: each fold's
    model trains on the other folds' dev articles and copies (--augment) plus `extra`; `scored`
    (--judge) is never trained on."""
    probs = {}
    for fold in folds:
        train = [d for d in [*dev, *copies] if d.story not in fold] + extra
        weights = fit(train, l2)
        for d in [*dev, *copies, *scored]:
            if d.story in fold:
                probs[d.id] = probabilities(weights, d)
    return probs


def best_threshold(groups: list[list[Doc]], probs: dict[str, list[float]]) -> float:
    """The threshold of the grid with the best mean over `groups` of their micro-F1 (the lowest
    among equals); the groups are dev alone, or dev and its swapped copies (--choose-on-copies)."""
    scored = [
        (round(sum(entity_metrics(g, probs, t)["entity_micro_f1"] for g in groups) / len(groups), 6), -t)
        for t in THRESHOLDS
    ]
    return -max(scored)[1]


def choice_groups(dev: list[Doc], copies: list[Doc], on_copies: bool) -> list[list[Doc]]:
    return [dev, copies] if on_copies and copies else [dev]


def nested_cv(
    dev: list[Doc], extra: list[Doc], folds: list[list[str]], l2: float, copies=(), scored=(), on_copies=False
) -> dict[str, list[float]]:
    """Out-of-fold keep decisions (as probabilities 0/1) of `dev`, `copies` and `scored`, with the
    threshold chosen inside each outer fold from its training folds only."""
    decisions = {}
    for i, fold in enumerate(folds):
        inner_folds = [f for j, f in enumerate(folds) if j != i]
        inner_dev = [d for d in dev if d.story not in fold]
        inner_copies = [d for d in copies if d.story not in fold]
        inner = cv_probs(inner_dev, extra, inner_folds, l2, inner_copies)
        t = best_threshold(choice_groups(inner_dev, inner_copies, on_copies), inner)
        weights = fit(inner_dev + inner_copies + extra, l2)
        for d in [*dev, *copies, *scored]:
            if d.story in fold:
                decisions[d.id] = [float(p >= t) for p in probabilities(weights, d)]
    return decisions


def gain_of(after: dict, before: dict) -> float:
    return after["entity_micro_f1"] - before["entity_micro_f1"]


def mean_metrics(runs: list[dict]) -> dict:
    """Micro P/R/F1 averaged over CV repeats (for printing and the decision)."""
    keys = ("entity_micro_f1", "entity_micro_precision", "entity_micro_recall")
    return {k: sum(r[k] for r in runs) / len(runs) for k in keys}


def mean_f1(curves: list[list[dict]], i: int) -> float:
    return sum(c[i]["entity_micro_f1"] for c in curves) / len(curves)


def line(name: str, m: dict) -> str:
    return (
        f"  {name:28} F1 {m['entity_micro_f1']:.3f}  P {m['entity_micro_precision']:.3f}"
        f"  R {m['entity_micro_recall']:.3f}"
    )


def by_type(before: dict, after: dict) -> None:
    print(f"  {'type':14} {'F1 rules':>9} {'F1 +filter':>10} {'fp':>9} {'fn':>9}")
    for t in ENTITY_TYPES:
        b, a = before["entity_by_type"].get(t), after["entity_by_type"].get(t)
        if b and a:
            print(f"  {t:14} {b['f1']:9.3f} {a['f1']:10.3f} {b['fp']:4d}->{a['fp']:<4d} {b['fn']:4d}->{a['fn']:<4d}")


# --- the weights file ------------------------------------------------------------------------


def write_weights(path: Path, weights: dict[str, float], threshold: float, summary: str) -> None:
    lines = [
        "# Learned entity filter (osint_graph/nlp/entity_filter.py): logistic regression weights.",
        "# Written by scripts/train_entity_filter.py (do not edit by hand; re-run it after rule changes).",
        f"# {summary}",
        "# threshold: a candidate whose probability is below it is dropped; other rows: feature,weight.",
        "feature,weight",
        f"threshold,{threshold:.2f}",
    ]
    lines += weight_rows(weights)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="See the module docstring.")
    parser.add_argument("--folds", type=int, default=5, help="story folds of the dev split (default 5)")
    parser.add_argument("--seed", type=int, default=1, help="first seed that deals the stories into folds")
    parser.add_argument(
        "--repeats", type=int, default=5, help="CV repeats with seeds SEED, SEED+1, ... (default 5); figures averaged"
    )
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic regression")
    parser.add_argument("--model", default=None, help="spaCy model (default: the extractor's)")
    parser.add_argument("--dry-run", action="store_true", help="print the CV figures, write nothing")
    parser.add_argument(
        "--no-gold", action="store_true", help="train on dev only (tests/gold left out of the training data)"
    )
    parser.add_argument(
        "--augment",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a name-swapped copy of dev (scripts/perturb_real.py DIR) added to the training data, each "
        "article in its original's story fold; repeatable",
    )
    parser.add_argument(
        "--augment-weight", type=float, default=1.0, help="weight of an --augment copy's candidates (default 1)"
    )
    parser.add_argument(
        "--judge",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a name-swapped copy of dev scored (out of fold and with the final weights), never trained on",
    )
    parser.add_argument(
        "--choose-on-copies",
        action="store_true",
        help="choose the threshold by the mean of dev's and the --augment copies' F1 (default: dev's)",
    )
    parser.add_argument(
        "--learned-ner", action="store_true", help="with the learned NER head's feature; writes weights_learned.csv"
    )
    parser.add_argument(
        "--oof",
        type=Path,
        default=ROOT / ".cache" / "learned_ner_oof.json",
        help="with --learned-ner: the head's out-of-fold spans (scripts/train_entity_ner.py writes them)",
    )
    return parser.parse_args(argv)


def cross_validate(
    dev: list[Doc], extra: list[Doc], args: argparse.Namespace, copies=(), judged=()
) -> tuple[float, str]:
    """Print the story CV figures; return (the threshold to write, the weights file's summary line)."""
    copies, judged = list(copies), list(judged)
    seeds = [args.seed + i for i in range(max(1, args.repeats))]
    print(f"\nstory-level CV on dev ({args.folds} folds, l2 {args.l2}), repeated with fold seeds {seeds}:")
    groups = {"dev": dev, "copies": copies, "judged": judged}
    groups = {k: v for k, v in groups.items() if v}
    curves, nested_runs = [], {k: [] for k in groups}
    for seed in seeds:
        folds = folds_of(dev, args.folds, seed)
        probs = cv_probs(dev, extra, folds, args.l2, copies, judged)
        curves.append({k: [entity_metrics(v, probs, t) for t in THRESHOLDS] for k, v in groups.items()})
        decisions = nested_cv(dev, extra, folds, args.l2, copies, judged, args.choose_on_copies)
        for k, v in groups.items():
            nested_runs[k].append(entity_metrics(v, decisions, 0.5))
            gain = gain_of(nested_runs[k][-1], curves[-1][k][0])
            print(line(f"seed {seed}: nested CV, {k}", nested_runs[k][-1]), f" gain {gain:+.4f}")
    rules = {k: curves[0][k][0] for k in groups}  # threshold 0 keeps every candidate: the same in every repeat
    nested = {k: mean_metrics(runs) for k, runs in nested_runs.items()}
    for k in groups:
        print(f"\n{k} ({len(groups[k])} articles):")
        print(line("rules alone", rules[k]))
        for i, t in enumerate(THRESHOLDS[1:], 1):
            print(line(f"mean CV, t={t:.2f}", mean_metrics([c[k][i] for c in curves])))
        print(line("nested CV, mean of repeats", nested[k]))
    chosen_on = ["dev", "copies"] if args.choose_on_copies and copies else ["dev"]

    def pooled(i: int) -> float:
        return sum(mean_f1([c[k] for c in curves], i) for k in chosen_on) / len(chosen_on)

    chosen = THRESHOLDS[max(range(len(THRESHOLDS)), key=lambda i: (round(pooled(i), 6), -i))]
    print(f"\nchosen by mean CV of {' and '.join(chosen_on)}: t={chosen:.2f}")
    for k in groups:
        print(f"\n{k}, per type, rules alone -> nested CV (seed {seeds[0]}):")
        by_type(rules[k], nested_runs[k][0])

    gain = gain_of(nested["dev"], rules["dev"])
    if gain < MIN_GAIN:
        print(f"\nnested CV gain {gain:+.4f} < {MIN_GAIN}: the file is written with threshold 0 (keeps everything)")
        chosen = 0.0
    summary = (
        f"trained on {len(dev)} dev articles + {len(extra)} tests/gold; {args.folds}-fold story CV micro-F1 "
        f"rules {rules['dev']['entity_micro_f1']:.3f} -> nested {nested['dev']['entity_micro_f1']:.3f} "
        f"(mean of {len(seeds)}); l2 {args.l2}, fold seeds {seeds[0]}-{seeds[-1]}"
    )
    if copies:
        names = sorted({d.id.split("@", 1)[1] for d in copies})
        before, after = rules["copies"]["entity_micro_f1"], nested["copies"]["entity_micro_f1"]
        summary += (
            f"; + {len(copies)} name-swapped copies ({', '.join(names)}, weight {args.augment_weight:g}), "
            f"their CV rules {before:.3f} -> nested {after:.3f}"
        )
    return chosen, summary


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from osint_graph.nlp import Extractor

    if args.learned_ner:
        if not args.oof.is_file():
            raise SystemExit(f"{args.oof}: no out-of-fold spans; run scripts/train_entity_ner.py first")
        OOF.update(json.loads(args.oof.read_text(encoding="utf-8")))
    target = LEARNED_WEIGHTS if args.learned_ner else WEIGHTS
    extractor = Extractor(args.model, entity_filter=False, learned_ner=args.learned_ner)
    dev, own = load_docs(extractor)
    extra = [] if args.no_gold else own
    OOF.clear()  # the copies and held-out are tagged by the shipped head, as in use
    stories = {d.id: d.story for d in dev}
    copies = [d for folder in args.augment for d in copy_docs(extractor, folder, stories, args.augment_weight)]
    judged = [d for folder in args.judge for d in copy_docs(extractor, folder, stories)]
    heldout = gold_docs(extractor, ROOT / "tests" / "gold_heldout")
    n_cand = sum(len(d.labels) for d in dev + copies + extra)
    n_keep = sum(sum(d.labels) for d in dev + copies + extra)
    print(
        f"candidates: {n_cand} ({n_keep} keep, {n_cand - n_keep} drop) from {len(dev)} dev + "
        f"{len(copies)} swapped copies + {len(extra)} own; {len(judged)} swapped copies judged only"
    )
    chosen, summary = cross_validate(dev, extra, args, copies, judged)
    weights = fit(dev + copies + extra, args.l2)
    report_final(weights, chosen, dev, own, copies, judged, heldout)
    if args.dry_run:
        print("\n--dry-run: weights not written")
        return 0
    write_weights(target, weights, chosen, summary)
    print(f"\nwrote {target.relative_to(ROOT)} (threshold {chosen:.2f}, {len(weights)} features)")
    return 0


def report_final(weights, chosen, dev, own, copies, judged, heldout) -> None:
    full = {d.id: probabilities(weights, d) for d in dev + own + copies + judged + heldout}
    print(f"\nwith the final weights (trained on all of dev{' + copies' if copies else ''} + tests/gold):")
    for name, docs, note in (
        ("dev", dev, "in-sample"),
        ("copies", copies, "in-sample"),
        ("judged copies", judged, "not trained"),
        ("tests/gold", own, "in-sample"),
        ("held-out", heldout, "not trained"),
    ):
        if docs:
            before, after = entity_metrics(docs, full, 0.0), entity_metrics(docs, full, chosen)
            print(line(f"{name} rules", before))
            print(line(f"{name} + filter ({note})", after))
            by_type(before, after)


if __name__ == "__main__":
    sys.exit(main())
