"""The HTML export in a real headless Chromium (Debian's chromium, driven by playwright).

The store is the sample corpus run through the NLP pipeline (which includes an
article whose text carries a <script> element and an onerror= attribute).
Screenshots and timings go to artifacts/ (gitignored).

The page's Content-Security-Policy forbids eval, so the test polls with
`page.evaluate` (which the policy does not cover) rather than
`wait_for_function` (which evaluates a string in the page).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from osint_graph.export import export_graph, read_graph
from osint_graph.export.html import HIDDEN_LABELS
from osint_graph.store.ladybug_store import LadybugStore

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"

if not CHROMIUM.exists():
    pytest.skip(
        "needs Debian's chromium at /usr/bin/chromium (apt-get install chromium; scripts/run-tests installs it)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (the dev extra)")


def build_store(path: Path) -> str:
    """The sample corpus and the markup test article through the real pipeline (a pipeline failure fails the test)."""
    from fixtures import INJECTION_ARTICLE

    from osint_graph import api

    with LadybugStore(path) as store:
        report = api.ingest([str(ROOT / "sources" / "articles"), str(INJECTION_ARTICLE)], store)
    assert report.articles > 0
    return "corpus"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    store_path = folder / "corpus.lbug"
    source = build_store(store_path)
    with LadybugStore(store_path, read_only=True) as store:
        nodes, _ = store.counts()
        graph = read_graph(store)
    page_path = folder / "view.html"
    page_path.write_text(export_graph(graph, "html", title=f"osint-graph ({source})").text, encoding="utf-8")
    expected = sum(n for label, n in nodes.items() if label not in HIDDEN_LABELS)
    return page_path, expected, source


def open_page(browser, path: Path, timeout: float = 120.0):
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    started = time.monotonic()
    page.goto(path.as_uri())
    while not page.evaluate("() => Boolean(window.osintGraph && window.osintGraph.layoutDone())"):
        assert time.monotonic() - started < timeout, "the layout did not finish"
        time.sleep(0.05)
    return page, problems, requests, time.monotonic() - started


def test_the_view_loads_shows_every_node_and_opens_claims_on_click(browser, corpus_page):
    path, expected, source = corpus_page
    page, problems, requests, _ = open_page(browser, path)
    try:
        assert problems == []
        assert requests == []
        assert page.evaluate("() => window.osintGraph.nodeCount()") == expected
        assert page.evaluate("() => window.osintGraph.visibleNodeCount()") == expected
        assert page.evaluate("() => document.querySelector('header .counts').dataset.visible") == str(expected)

        where = page.evaluate("() => window.osintGraph.screenPosition('Lady R')")
        assert where is not None, "Lady R is not in the view"
        page.mouse.click(where["x"], where["y"])
        panel = page.locator("section.panel")
        panel.wait_for(state="visible", timeout=5000)
        assert panel.locator("h2").first.inner_text() == "Lady R"
        text = panel.inner_text()
        assert "CLAIMS ABOUT IT" in text.upper()
        quotes = panel.locator(".claim blockquote").all_inner_texts()
        assert quotes and any("Lady R" in q for q in quotes)
        assert panel.locator(".claim .source").count() > 0  # article lines: title, outlet, date
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"html-view-{source}.png"))
        assert problems == []
    finally:
        page.close()


def test_markup_in_articles_does_not_run(browser, corpus_page):
    path, _, _ = corpus_page
    page, problems, _, _ = open_page(browser, path)
    try:
        # Open everything that shows the injection article's text: its article node and its claims.
        page.evaluate("() => window.osintGraph.select('Lady R')")
        search = page.locator("header input")
        search.fill("markup")
        search.press("Enter")
        page.wait_for_timeout(300)
        assert page.evaluate("() => typeof window.__pwned") == "undefined"
        assert page.evaluate("() => document.images.length") == 0
        assert page.evaluate("() => document.scripts.length") == 2
        assert page.locator("a[href^='javascript']").count() == 0
        assert problems == []
    finally:
        page.close()


def test_search_and_enter_land_on_the_entity_first(browser, corpus_page):
    """Articles whose titles hold a vessel's name come after the vessel itself."""
    path, _, _ = corpus_page
    page, problems, _, _ = open_page(browser, path)
    try:
        search = page.locator("header input")
        cases = (("Lady R", "Lady R"), ("lady r", "Lady R"), ("Rason", "Rajin"), ("lady", "Lady R"), ("maya", "Maya-1"))
        for typed, name in cases:
            search.fill(typed)
            search.press("Enter")
            panel = page.locator("section.panel")
            panel.wait_for(state="visible", timeout=5000)
            assert panel.locator("h2").first.inner_text() == name, typed
        assert problems == []
    finally:
        page.close()


def test_filters_change_what_is_drawn(browser, corpus_page):
    path, expected, _ = corpus_page
    page, problems, _, _ = open_page(browser, path)
    try:
        page.locator("aside.filters .legend label", has_text="Claim").locator("input").uncheck()
        after = page.evaluate("() => window.osintGraph.visibleNodeCount()")
        assert 0 < after < expected
        page.locator("aside.filters .row button", has_text="none").click()
        assert page.evaluate("() => window.osintGraph.visibleNodeCount()") == 0
        page.locator("aside.filters .row button", has_text="all").click()
        assert page.evaluate("() => window.osintGraph.visibleNodeCount()") == after
        assert problems == []
    finally:
        page.close()


def test_five_thousand_nodes_stay_usable(browser, tmp_path):
    """A synthetic store whose view holds over 5,000 nodes: it loads, lays out and draws.

    The timings are written to artifacts/html-5000.json and printed (pytest -s);
    the bound asserted here is about usability, not a benchmark.
    """
    from fixtures.synthetic import synthetic_extractions

    from osint_graph.store.graph_rows import batch_of

    with LadybugStore(tmp_path / "big.lbug") as store:
        store.write(batch_of(synthetic_extractions(950, pool=200)))
        graph = read_graph(store)
    page_path = tmp_path / "big.html"
    page_path.write_text(export_graph(graph, "html").text, encoding="utf-8")
    page, problems, _, seconds = open_page(browser, page_path, timeout=180)
    try:
        stats = page.evaluate("() => window.osintGraph.stats()")
        stats["redrawMs"] = page.evaluate("() => window.osintGraph.redrawMs()")
        stats["loadAndLayoutSeconds"] = round(seconds, 2)
        assert stats["nodes"] >= 5000
        assert stats["iterations"] <= 300
        assert problems == []
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "html-5000.json").write_text(json.dumps(stats, indent=1))
        page.screenshot(path=str(ARTIFACTS / "html-view-5000.png"))
        print(f"\n5,000-node view in Chromium: {json.dumps(stats)}")
    finally:
        page.close()
