#!/usr/bin/env python
"""Score the extractor against a hand-annotated gold set.

    python scripts/evaluate.py [--gold DIR] [--json] [--errors] [--model NAME] [--no-entity-filter]
                               [--carry-model on|off] [--learned-ner on|off]
    python scripts/evaluate.py --real dev|test|all [--json] [--errors] [--model NAME] [--ids PREFIX]
                               [--bootstrap [DRAWS]]

Without --real: every article of tests/gold/ (an `.md` file with a `.json`
annotation beside it, see tests/gold/GUIDELINES.md).  With --real: the real-article
set (tests/real/README.md): the manifest rows of that split whose text is in the
cache (`$OSINT_GRAPH_REAL_CACHE`, else .cache/real) with the manifest's sha256; it
also prints how many articles, stories and outlets were scored and which texts are
missing or changed.  `--errors` is refused on the test split (and on `all`, which
holds it): only aggregate test figures are looked at.  It runs
`osint_graph.nlp.Extractor` over each article and prints:

- entities: precision/recall/F1 per type and micro overall, matched per article
  on (type, name): a predicted entity matches a gold entity of the same type when
  its normalised name or one of its mention texts equals the gold name or one of
  the gold mention texts (one-to-one).  Normalising casefolds, drops accents, a
  possessive 's and a leading "the", and removes spaces, hyphens and punctuation.
  Secondary: mention-level micro P/R/F1 on exact (start, end, type).
- vessel_recall_unknown: recall on the gold vessels none of whose names is in
  sources/gazetteers/vessels.csv (names and aliases): what the context rules find
  without the gazetteer's help.
- figures: P/R/F1; a predicted figure matches a gold figure when the values are
  equal (two nulls only with the same qualifier), the units match and the spans
  overlap.  On tests/gold units match after lemmatising and folding synonyms (or
  share the head word: "container ship" ~ "ship"); on the real set they must be
  equal after lower-casing and singularising each word ("tons" != "tonne",
  "dollar" != "USD"), and a range's `attributes.upper` must equal the gold
  `upper`.  Qualifier accuracy over matched figures (synonyms folded:
  approximately/around/roughly -> about, over/above -> more than, ...).
- date_accuracy (tests/gold only): share of gold dates for which a predicted
  date overlapping the span has the same value.
- claims: claim_recall (a gold claim is found when a predicted claim overlaps
  it; the best one by overlap/union is kept), attribution_origin_accuracy over
  found claims (last element of the chains equal, both empty counting as equal; a
  predicted element also matches through its entity's aliases and mentions, a
  gold element through its entity's mentions), chain_accuracy (the whole chain
  equal element by element, matched the same way), hedge_f1 and negation_f1 (the
  `negated` flag, scored like the hedge) over found claims.
- origin_by_context: over found claims, per context of the gold attribution (where the origin
  is said, how many sentences back, its type, the frame's kind and position, how the sentence
  refers to it, the chain's length; scripts/evalkit/attribution_context.py defines them, from
  the gold and a spaCy parse of the text) the claims, right origins and chains, and the wrong
  origins by kind: an aggregate (numbers only), printed for every split.
- origin_by_basis: over found claims, per attribution basis of the matched PREDICTED claim (which
  rule of the extractor gave its chain: `attribution_basis`, its family, the `source_rule` rung,
  the basis crossed with an empty or named gold chain; scripts/evalkit/attribution_basis.py) the
  same counts: an aggregate (numbers and rule names only), printed for every split.
- origin_errors and chain_errors count the wrong ones by kind (missing_source,
  missing_outlet_head, extra_source, type_mismatch, ...: scripts/evalkit/chain_errors.py
  defines each); they are aggregates, printed for every split, test included.
- hedge_errors: over found claims, tp/fp/fn/tn of the hedge decision by the cue
  kind the claim's text holds (reporting hearsay, modal, epistemic verb, ...;
  scripts/evalkit/hedge_errors.py defines them): an aggregate, printed for every
  split alike so the mixes can be compared.
- negation_errors: the same for the `negated` flag, by negation cue kind (denial,
  withholding "declined to comment", unverified "could not confirm", absence "no one was
  hurt", particle not/no/never; scripts/evalkit/negation_errors.py defines them).
- intervals (`--bootstrap`, real set only): a 95% interval for each of the eight headline
  metrics per split, from resampling the split's stories with replacement (1,000 draws by
  default, seed 1; scripts/evalkit/bootstrap.py says why stories, not articles), and for
  `--real all` the interval of the dev-minus-test gap.
- entity_errors: per entity type, the false negatives by kind (typed_otherwise, span_overlap,
  no_candidate) and the false positives by kind (typed_otherwise, span_overlap, not_in_gold),
  with the other type of each typed_otherwise error (fn_as, fp_gold);
  scripts/evalkit/entity_errors.py defines them; an aggregate, printed for every split.
- span_shapes: per entity type and side (fp, fn), the shapes of the span_overlap errors: the
  predicted mention longer or shorter than the gold one on the left or right, and by what kind of
  words (an article, a demonym, a title, a legal form, a bracketed acronym, ...;
  scripts/evalkit/span_shapes.py defines them); counts only, printed for every split.

The process exits 0 (it is a report, not a test), or 2 when the arguments are
refused.  The scoring functions live in scripts/evalkit/ and are tested in
tests/test_gold_format.py and tests/test_real_gold.py.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalkit lives beside this script

from evalkit import real  # noqa: E402
from evalkit.attribution_basis import origin_by_basis  # noqa: E402
from evalkit.attribution_context import origin_by_context  # noqa: E402
from evalkit.bootstrap import split_intervals  # noqa: E402
from evalkit.entity_errors import entity_errors, span_shapes  # noqa: E402
from evalkit.hedge_errors import hedge_errors  # noqa: E402
from evalkit.negation_errors import negation_errors  # noqa: E402
from evalkit.normalise import norm_name, norm_qualifier, norm_unit, units_match  # noqa: E402
from evalkit.scoring import (  # noqa: E402
    ROOT,
    gold_as_prediction,
    read_known_vessels,
    score,
    score_real,
)

__all__ = [
    "gold_as_prediction",
    "main",
    "norm_name",
    "norm_qualifier",
    "norm_unit",
    "read_article_file",
    "read_gold",
    "read_known_vessels",
    "score",
    "units_match",
]
DEFAULT_GOLD = ROOT / "tests" / "gold"
EMPTY = {"entities": [], "figures": [], "dates": [], "claims": []}


# -- reading the gold set ---------------------------------------------------


def read_article_file(path: Path) -> tuple[dict[str, str], str]:
    """(front matter, text as read) of one article file, read as `osint-graph` reads it."""
    from osint_graph.ingest.readers import split_front_matter
    from osint_graph.model import normalise_text

    meta, body = split_front_matter(path.read_bytes().decode("utf-8-sig"))
    return meta, normalise_text(body)


@dataclass
class GoldArticle:
    stem: str
    path: Path
    meta: dict[str, str]
    text: str
    annotation: dict


def read_gold(gold_dir: Path) -> list[GoldArticle]:
    """Every `<stem>.md` with a `<stem>.json` beside it, in name order."""
    out = []
    for ann_path in sorted(gold_dir.glob("*.json")):
        md = ann_path.with_suffix(".md")
        if not md.exists():
            continue
        meta, text = read_article_file(md)
        out.append(GoldArticle(ann_path.stem, md, meta, text, json.loads(ann_path.read_text(encoding="utf-8"))))
    return out


# -- running the extractor ------------------------------------------------------


def fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:5.3f}"


def print_report(m: dict, model: str | None) -> None:
    print(f"articles scored: {m['n_articles']}   model: {model or 'default'}")
    print()
    print(f"entities (article level, type + name)   gold {m['n_gold_entities']}  predicted {m['n_pred_entities']}")
    print(f"  {'type':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for t, d in m["entity_by_type"].items():
        print(
            f"  {t:14} {fmt(d['precision'])} {fmt(d['recall'])} {fmt(d['f1'])} {d['tp']:5d} {d['fp']:5d} {d['fn']:5d}"
        )
    print(
        f"  {'micro':14} {fmt(m['entity_micro_precision'])} {fmt(m['entity_micro_recall'])} {fmt(m['entity_micro_f1'])}"
    )
    print(
        f"  mentions (exact span + type) P {fmt(m['mention_micro_precision'])}  R {fmt(m['mention_micro_recall'])}"
        f"  F1 {fmt(m['mention_micro_f1'])}"
    )
    print(
        f"  vessel_recall_unknown {fmt(m['vessel_recall_unknown'])}  (over {m['n_unknown_vessels']} gold vessels "
        "absent from the vessel gazetteer)"
    )
    print()
    print(
        f"figures  P {fmt(m['figure_precision'])}  R {fmt(m['figure_recall'])}  F1 {fmt(m['figure_f1'])}"
        f"   gold {m['n_gold_figures']}  predicted {m['n_pred_figures']}"
        f"   qualifier accuracy {fmt(m['qualifier_accuracy'])}"
    )
    if "date_accuracy" in m:
        print(f"dates    accuracy {fmt(m['date_accuracy'])}   gold {m['n_gold_dates']}")
    print(
        f"claims   recall {fmt(m['claim_recall'])}  precision (overlapping a gold claim) {fmt(m['claim_precision'])}"
        f"   gold {m['n_gold_claims']}  predicted {m['n_pred_claims']}"
    )
    print(
        f"         attribution_origin_accuracy {fmt(m['attribution_origin_accuracy'])}"
        f"  chain_accuracy {fmt(m['chain_accuracy'])}   (over {m['n_claims_found']} found claims)"
    )
    for key in ("origin_errors", "chain_errors"):
        kinds = ", ".join(f"{kind} {n}" for kind, n in m[key].items())
        print(f"         {key.replace('_', ' ')} by kind ({sum(m[key].values())}): {kinds}")
    for dim, values in (m.get("origin_by_context") or {}).items():
        if dim != "where_x_type":
            cells = ", ".join(f"{v} {c['origin_accuracy']:.3f} ({c['n']})" for v, c in values.items())
            print(f"         origin by {dim}: {cells}")
    for dim in ("basis", "source_rule"):
        values = (m.get("origin_by_basis") or {}).get(dim) or {}
        cells = ", ".join(f"{v} {c['origin_accuracy']:.3f} ({c['n']})" for v, c in values.items())
        print(f"         origin by predicted {dim}: {cells}")
    print(f"         hedge P {fmt(m['hedge_precision'])}  R {fmt(m['hedge_recall'])}  F1 {fmt(m['hedge_f1'])}")
    if "hedge_errors" in m:
        cells = (f"{kind} fp {c['fp']} fn {c['fn']}" for kind, c in m["hedge_errors"].items() if c["fp"] or c["fn"])
        print(f"         hedge errors by cue kind: {'; '.join(cells) or 'none'}")
    print(
        f"         negation P {fmt(m['negation_precision'])}  R {fmt(m['negation_recall'])}  F1 {fmt(m['negation_f1'])}"
    )
    if "negation_errors" in m:
        cells = (f"{kind} fp {c['fp']} fn {c['fn']}" for kind, c in m["negation_errors"].items() if c["fp"] or c["fn"])
        print(f"         negation errors by cue kind: {'; '.join(cells) or 'none'}")
    for etype, c in (m.get("entity_errors") or {}).items():
        misses = ", ".join(f"{kind} {n}" for kind, n in c["fn"].items() if n)
        extras = ", ".join(f"{kind} {n}" for kind, n in c["fp"].items() if n)
        line = f"entity errors {etype}: missed ({misses or 'none'}); false positives ({extras or 'none'})"
        as_other = ", ".join(f"{t} {n}" for t, n in sorted(c.get("fn_as", {}).items()))
        gold_other = ", ".join(f"{t} {n}" for t, n in sorted(c.get("fp_gold", {}).items()))
        if as_other or gold_other:
            line += f"; found as ({as_other or 'none'}), gold has ({gold_other or 'none'})"
        print(line)
    for etype, sides in (m.get("span_shapes") or {}).items():
        cells = "; ".join(f"{side} " + ", ".join(f"{k} {n}" for k, n in c.items()) for side, c in sides.items() if c)
        print(f"span shapes {etype}: {cells}")


def load_extractor(model: str | None, entity_filter: bool | None = None):
    """The extractor, or None with a message (it may be mid-rewrite: report, do not fail)."""
    sys.path.insert(0, str(ROOT))
    try:
        from osint_graph.nlp import Extractor

        return Extractor(model=model, entity_filter=entity_filter)
    except Exception as exc:
        print(f"cannot build the extractor ({type(exc).__name__}: {exc}); nothing to evaluate")
        return None


def extract_or_empty(extractor, article, name: str) -> dict:
    try:
        return extractor.extract(article).to_dict()
    except Exception:
        print(f"warning: {name}: extraction failed, scored as empty:\n{traceback.format_exc()}", file=sys.stderr)
        return dict(EMPTY)


def gold_triples(gold: list[GoldArticle], extractor) -> list[tuple[str, dict, dict]]:
    from osint_graph.ingest import read_paths

    triples = []
    for g in gold:
        article = next(iter(read_paths([g.path])), None)
        if article is not None and article.text != g.text:
            print(f"warning: {g.path.name}: the reader's text differs from the gold text", file=sys.stderr)
        pred = extract_or_empty(extractor, article, g.path.name) if article is not None else dict(EMPTY)
        triples.append((g.stem, g.annotation, pred))
    return triples


def read_real_article(row: real.Row, path: Path):
    """The cached text read as the tool reads a .txt file, with the manifest's metadata."""
    from osint_graph.ingest import Reader

    meta = {"outlet": row.outlet, "published": row.published or None, "url": row.url}
    reader = Reader(overrides=meta)
    articles = list(reader.read([path]))
    if not articles:
        raise ValueError(f"{path}: {'; '.join(e.reason for e in reader.errors) or 'no article read'}")
    return articles[0]


def real_triples(
    rows: list[real.Row], cache: Path, real_dir: Path, extractor, texts: dict[str, str] | None = None
) -> list[tuple[str, dict, dict]]:
    """(id, gold, prediction) per row; gold claims get their text from the cache, for error lines only
    (and `texts`, when given, gets each article's text by id)."""
    triples = []
    for row in rows:
        article = read_real_article(row, cache / f"{row.id}.txt")
        if texts is not None:
            texts[row.id] = article.text
        gold = json.loads((real_dir / "gold" / f"{row.id}.json").read_text(encoding="utf-8"))
        gold["claims"] = [dict(c, text=article.text[c["start"] : c["end"]]) for c in gold.get("claims") or ()]
        triples.append((row.id, gold, extract_or_empty(extractor, article, row.id)))
    return triples


def real_counts(loaded: real.RealSet) -> dict:
    """The counts printed beside the real-set figures (scored = present texts with gold)."""
    scored, listed = real.split_counts(loaded.present), real.split_counts(loaded.rows)
    return {
        "n_stories": scored["stories"],
        "n_outlets": scored["outlets"],
        "n_manifest_articles": listed["articles"],
        "n_manifest_stories": listed["stories"],
        "n_manifest_outlets": listed["outlets"],
        "n_missing_texts": len(loaded.missing),
        "n_changed_texts": len(loaded.changed),
        "n_without_gold": len(loaded.no_gold),
        "missing_ids": loaded.missing,
        "changed_ids": loaded.changed,
        "without_gold_ids": loaded.no_gold,
    }


def print_real_counts(m: dict, split: str, cache: Path) -> None:
    print(
        f"real-article set, split {split}: {m['n_articles']} articles scored, {m['n_stories']} stories, "
        f"{m['n_outlets']} outlets  (manifest: {m['n_manifest_articles']} articles, "
        f"{m['n_manifest_stories']} stories, {m['n_manifest_outlets']} outlets)"
    )
    print(f"cache: {cache}")
    for key, what in (("missing", "missing texts"), ("changed", "changed texts (not scored)"), ("without_gold", "")):
        ids = m[f"{key}_ids"]
        if ids:
            print(f"{what or 'rows without a gold file'}: {len(ids)}: {' '.join(ids)}")
        elif what:
            print(f"{what}: 0")
    if m["missing_ids"]:
        print(f"fill the cache: {real.FILL_COMMAND}")
    if not m["n_articles"]:
        print("nothing scored: the figures below are empty")
    print()


def context_parser(model: str | None):
    """text -> spaCy Doc with the bare model (no NER), for `origin_by_context`."""
    import spacy

    from osint_graph.nlp.pipeline import resolve_model_name

    return spacy.load(resolve_model_name(model), exclude=["ner"])


def blind_view(metrics: dict, split: str | None) -> dict:
    """The metrics fit to print for `split`: on the blind test split (and `all`, which holds it)
    the names of its gold vessels are dropped, so that aggregate output shows no test gold."""
    if split in ("test", "all"):
        metrics.pop("unknown_vessels", None)
    return metrics


INTERVAL_LABELS = {
    "entity_micro_f1": "entity F1",
    "vessel_recall_unknown": "vessel recall (unknown)",
    "figure_f1": "figure F1",
    "claim_recall": "claim recall",
    "attribution_origin_accuracy": "origin accuracy",
    "chain_accuracy": "chain accuracy",
    "hedge_f1": "hedge F1",
    "negation_f1": "negation F1",
}


def print_intervals(intervals: dict[str, dict]) -> None:
    """One line a metric: each split's value and 95% story-bootstrap interval, then the gap's."""
    print()
    columns = list(intervals)
    print("95% intervals, stories resampled: " + "   ".join(f"{c:>24}" for c in columns))
    for key, label in INTERVAL_LABELS.items():
        cells = []
        for c in columns:
            iv = intervals[c].get(key)
            sign = "+" if c == "gap" else ""  # the gap is signed, dev minus test
            cells.append(f"{iv['value']:{sign}.3f} [{iv['low']:{sign}.3f}, {iv['high']:{sign}.3f}]" if iv else "-")
        print(f"{label:<33}" + "   ".join(f"{cell:>24}" for cell in cells))


def print_errors(errors: dict[str, list[str]]) -> None:
    for stem, lines in errors.items():
        print()
        counts = Counter(line.split(":")[0] for line in lines)
        summary = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
        print(f"== {stem}  ({summary or 'no errors'})")
        for line in lines:
            print(f"   {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of gold .md/.json pairs")
    parser.add_argument(
        "--real", choices=("dev", "test", "all"), help="score the real-article set's split (tests/real/README.md)"
    )
    parser.add_argument("--real-dir", type=Path, default=real.REAL_DIR, help="folder with manifests/ and gold/")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument(
        "--errors", action="store_true", help="also print misses and false positives per article (not on test)"
    )
    parser.add_argument("--model", default=None, help="spaCy model package or path (default: the extractor's)")
    parser.add_argument(
        "--no-entity-filter",
        dest="entity_filter",
        action="store_false",
        default=None,
        help="leave out the learned entity filter (rules alone), to compare",
    )
    parser.add_argument(
        "--carry-model",
        choices=("on", "off"),
        default=None,
        help="turn the learned carry-on decision on or off (default: its weights file's `active` row; "
        "sets $OSINT_GRAPH_CARRY_MODEL)",
    )
    parser.add_argument(
        "--learned-ner",
        choices=("on", "off"),
        default=None,
        help="turn the learned NER head (and the entity filter weights trained with it) on or off "
        "(default: off, osint_graph/nlp/learned_ner.py DEFAULT_ON; sets $OSINT_GRAPH_LEARNED_NER)",
    )
    parser.add_argument(
        "--ids",
        metavar="PREFIX",
        default=None,
        help="with --real dev: score only the articles whose id starts with PREFIX (e.g. a new batch, d3)",
    )
    parser.add_argument(
        "--bootstrap",
        metavar="DRAWS",
        type=int,
        nargs="?",
        const=1000,
        default=None,
        help="with --real: 95%% intervals of the headline metrics by resampling stories "
        "(DRAWS draws, default 1000); with --real all also of the dev-minus-test gap",
    )
    args = parser.parse_args(argv)
    if args.carry_model:
        os.environ["OSINT_GRAPH_CARRY_MODEL"] = args.carry_model  # read by osint_claims on every Doc
    if args.learned_ner:
        os.environ["OSINT_GRAPH_LEARNED_NER"] = args.learned_ner  # read by build_pipeline
    if args.ids and args.real != "dev":
        print(
            "--ids works with --real dev only: the test split is scored whole (tests/real/README.md).", file=sys.stderr
        )
        return 2
    if args.bootstrap is not None and (not args.real or args.bootstrap < 1):
        print("--bootstrap needs --real and a positive number of draws.", file=sys.stderr)
        return 2
    if args.errors and args.real in ("test", "all"):
        print(
            f"--errors is refused with --real {args.real}: the test split is blind, only its aggregate "
            "figures are looked at (tests/real/README.md). Use --real dev --errors.",
            file=sys.stderr,
        )
        return 2

    if args.real:
        cache = real.cache_dir()
        loaded = real.load_split(args.real, args.real_dir, cache, id_prefix=args.ids)
        counts = real_counts(loaded)
        extractor = load_extractor(args.model, args.entity_filter) if loaded.present else None
        texts: dict[str, str] = {}
        triples = real_triples(loaded.present, cache, args.real_dir, extractor, texts) if extractor else []
        metrics = score_real(triples, read_known_vessels())
        metrics["origin_by_context"] = origin_by_context(triples, texts, context_parser(args.model)) if triples else {}
        metrics["origin_by_basis"] = origin_by_basis(triples)
        metrics["hedge_errors"] = hedge_errors(triples)
        metrics["negation_errors"] = negation_errors(triples)
        metrics["entity_errors"] = entity_errors(triples)
        metrics["span_shapes"] = span_shapes(triples)
        metrics.update(counts)
        if args.bootstrap:
            placement = {row.id: (row.split, row.story) for row in loaded.present}
            metrics["intervals"] = split_intervals(triples, placement, read_known_vessels(), args.bootstrap)
        blind_view(metrics, args.real)
    else:
        gold = read_gold(args.gold)
        if not gold:
            print(f"no gold articles (.md with .json) in {args.gold}")
            return 0
        extractor = load_extractor(args.model, args.entity_filter)
        if extractor is None:
            return 0
        triples = gold_triples(gold, extractor)
        metrics = score(triples, read_known_vessels())
        texts = {g.stem: g.text for g in gold}
        metrics["origin_by_context"] = origin_by_context(triples, texts, context_parser(args.model))
        metrics["origin_by_basis"] = origin_by_basis(triples)
        metrics["hedge_errors"] = hedge_errors(triples)
        metrics["negation_errors"] = negation_errors(triples)
        metrics["entity_errors"] = entity_errors(triples)
        metrics["span_shapes"] = span_shapes(triples)

    errors = metrics.pop("errors")
    if args.json:
        if args.errors:
            metrics["errors"] = errors
        print(json.dumps(metrics, indent=2, ensure_ascii=False))
        return 0
    if args.real:
        print_real_counts(metrics, args.real, cache)
    print_report(metrics, args.model)
    if "intervals" in metrics:
        print_intervals(metrics["intervals"])
    if args.errors:
        print_errors(errors)
    return 0


if __name__ == "__main__":
    try:
        code = main()
    except Exception:  # a report never fails the build
        traceback.print_exc()
        code = 0
    sys.exit(code)
