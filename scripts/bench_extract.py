#!/usr/bin/env python
"""Words per second of the extraction pipeline against the bare spaCy model, in one run.

    python scripts/bench_extract.py [--words 50000] [--model NAME] [--batch-size 32] [--repeat 1]

Texts: the sample corpus (sources/articles/) and the gold articles (tests/gold/),
repeated until about --words words.  Prints, side by side:

- bare:      the statistical model alone, `nlp.pipe`
- ours:      the model plus our components (gazetteer, context rules, entity
             types, dates, figures), `nlp.pipe`
- full:      the same plus the claims component where it is installed
- full x2:   the full pipeline with n_process=2
- extractor: `Extractor.extract_many` (pipeline plus assembling the contract)

and the ratios full/bare (target >= 0.7) and 2-process/1-process (target >= 1.6).
With --repeat N the runs are interleaved N times and the best time of each is kept,
which steadies the figures on a machine that other work shares.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from osint_graph.ingest.readers import read_paths  # noqa: E402
from osint_graph.nlp.pipeline import add_components, resolve_model_name  # noqa: E402


def corpus(target_words: int):
    folders = [p for p in (ROOT / "sources" / "articles", ROOT / "tests" / "gold") if p.is_dir()]
    articles = [a for a in read_paths(folders) if a.text.strip()]
    if not articles:
        raise SystemExit("no texts: sources/articles/ and tests/gold/ are empty")
    out, words = [], 0
    while words < target_words:
        for a in articles:
            out.append(a)
            words += len(a.text.split())
            if words >= target_words:
                break
    return out, words


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--model", default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="interleaved rounds; the best time of each is kept")
    args = parser.parse_args(argv)

    model = resolve_model_name(args.model)
    articles, words = corpus(args.words)
    texts = [a.text for a in articles]
    print(f"model {model}; {len(texts)} texts, {words} words; batch size {args.batch_size}")

    bare = spacy.load(model)
    ours = add_components(spacy.load(model), claims=False)
    full = add_components(spacy.load(model), claims=True)
    has_claims = "osint_claims" in full.pipe_names

    def docs(nlp):
        for a in articles:
            doc = nlp.make_doc(a.text)
            doc._.published = a.published
            doc._.article_id = a.id
            yield doc

    def run(nlp, n_process=1):
        return lambda: sum(1 for _ in nlp.pipe(docs(nlp), batch_size=args.batch_size, n_process=n_process))

    # warm up (lazy imports, first-call costs) on a few texts; dateparser is imported lazily by the date
    # component: import it here, before the 2-process runs fork, so that no worker pays for it
    from datetime import date

    from osint_graph.nlp.dates import dateparser_value

    dateparser_value("4/3/2024", date(2024, 3, 4))
    for nlp in (bare, ours, full):
        list(nlp.pipe(texts[:4]))

    from osint_graph.nlp import Extractor

    extractor = Extractor(model)
    list(extractor.extract_many(articles[:4]))
    runs = {
        "bare": run(bare),
        "ours": run(ours),
        "full": run(full),
        "full x2": run(full, n_process=2),
        "extractor": lambda: sum(1 for _ in extractor.extract_many(articles, batch_size=args.batch_size)),
        "extractor x2": lambda: sum(
            1 for _ in extractor.extract_many(articles, n_process=2, batch_size=args.batch_size)
        ),
    }
    results: dict[str, float] = {}
    for _ in range(max(1, args.repeat)):
        for name, job in runs.items():
            seconds = timed(job)
            results[name] = min(seconds, results.get(name, seconds))

    print(f"{'pipeline':14} {'seconds':>8} {'words/s':>9}")
    for name, seconds in results.items():
        label = name if has_claims or "full" not in name else name + " (no claims component installed)"
        print(f"{label:14} {seconds:8.2f} {words / seconds:9.0f}")
    wps = {k: words / v for k, v in results.items()}
    print()
    print(f"ours / bare        {wps['ours'] / wps['bare']:.2f}")
    print(f"full / bare        {wps['full'] / wps['bare']:.2f}   (target >= 0.70)")
    print(f"full 2 proc / 1    {wps['full x2'] / wps['full']:.2f}   (target >= 1.60)")
    print(f"extractor 2 / 1    {wps['extractor x2'] / wps['extractor']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
