"""Load and layout time of the HTML view (`osint-graph export --format html`) in headless Chromium.

Builds synthetic stores (tests/fixtures/synthetic.py) whose view holds about 1,000, 5,000 and 20,000
nodes, writes the page, opens it in Debian's chromium through playwright and prints nodes,
edges, seconds from navigation to the first picture (sigma.js has drawn the graph, placed
community by community) and to layout done (ForceAtlas2 in its worker has run its iterations
or its 30 s budget), iterations run, Louvain communities and one full redraw's milliseconds.
Headless chromium draws WebGL in software (SwiftShader), slower than a GPU would.
The machine is shared: compare sizes within a run.

    python scripts/bench_view.py [--sizes 1000,5000,20000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # tests/fixtures/synthetic.py

from fixtures.synthetic import synthetic_extractions  # noqa: E402

from osint_graph.export import export_graph, read_graph  # noqa: E402
from osint_graph.export.html import HIDDEN_LABELS  # noqa: E402
from osint_graph.store.graph_rows import batch_of  # noqa: E402
from osint_graph.store.ladybug_store import LadybugStore  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
# Articles per visible node of the synthetic corpus (measured: 950 articles -> ~5,100 nodes).
ARTICLES_PER_NODE = 950 / 5100


def page_for(size: int, folder: Path) -> tuple[Path, int]:
    articles = max(10, round(size * ARTICLES_PER_NODE))
    with LadybugStore(folder / f"bench-{size}.lbug") as store:
        store.write(batch_of(synthetic_extractions(articles, pool=max(50, size // 25))))
        graph = read_graph(store)
    shown = sum(1 for _, d in graph.nodes(data=True) if d["label"] not in HIDDEN_LABELS)
    path = folder / f"bench-{size}.html"
    path.write_text(export_graph(graph, "html").text, encoding="utf-8")
    return path, shown


def measure(browser, path: Path, timeout: float = 900.0) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    started = time.monotonic()
    page.goto(path.as_uri())
    first_picture = None
    while not page.evaluate("() => Boolean(window.osintGraph && window.osintGraph.layoutDone())"):
        if first_picture is None and page.evaluate(
            "() => Boolean(window.osintGraph) && window.osintGraph.stats().firstDrawMs !== null"
        ):
            first_picture = time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"layout of {path.name} not done after {timeout:.0f} s")
        time.sleep(0.05)
    seconds = time.monotonic() - started
    stats = page.evaluate("() => window.osintGraph.stats()")
    stats["redrawMs"] = page.evaluate("() => window.osintGraph.redrawMs()")
    stats["firstPictureSeconds"] = round(first_picture if first_picture is not None else seconds, 2)
    stats["loadAndLayoutSeconds"] = round(seconds, 2)
    page.close()
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000,20000", help="approximate visible node counts")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for size in (int(s) for s in args.sizes.split(",")):
            path, shown = page_for(size, Path(tmp))
            stats = measure(browser, path)
            print(json.dumps({"target": size, "visibleNodes": shown, **stats}), flush=True)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
