"""The HTML export in a real headless Chromium (Debian's chromium, driven by playwright).

The store is the sample corpus run through the NLP pipeline (which includes an
article whose text carries a <script> element and an onerror= attribute).
Screenshots and timings go to artifacts/ (gitignored).

The page's Content-Security-Policy forbids eval, so the test polls with
`page.evaluate` (which the policy does not cover) rather than
`wait_for_function` (which evaluates a string in the page).

The graph is drawn by sigma.js with WebGL; headless Chromium renders it in software
(SwiftShader), whose driver logs performance notes ("GPU stall due to ReadPixels") as console
warnings: those, and only those, are not counted as page problems.
"""

from __future__ import annotations

import json
import re
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


GL_DRIVER_NOTE = re.compile(r"^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, ")


def page_problem(message) -> str | None:
    """A console error or warning, except the software GL driver's performance notes."""
    if message.type not in ("error", "warning") or GL_DRIVER_NOTE.match(message.text):
        return None
    return f"console {message.type}: {message.text}"


def open_page(browser, path: Path, timeout: float = 120.0):
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(problem) if (problem := page_problem(m)) else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    requests: list[str] = []
    # blob: is the layout worker the page builds from its own script (in memory, not the network).
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None)
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

        # Centred first: where the layout puts a node, and what it puts near it, changes with
        # the corpus; a click on the node drawn large in the middle tests the click, not the layout.
        assert page.evaluate("() => window.osintGraph.centre('Lady R')"), "Lady R is not in the view"
        page.wait_for_timeout(100)
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


MARKUP_VESSEL = '<img src=x onerror="window.__pwned=3">'
MARKUP_TITLE = "<script>window.__pwned=4</script>"
MARKUP_CLAIM = '<svg onload="window.__pwned=5"></svg> was seen'


def test_markup_in_names_titles_and_claims_is_shown_as_text(browser, tmp_path):
    """Names, aliases, titles, outlets and claims made of markup appear as their literal text in
    the search list, the panel and the community and node labels; nothing of it runs."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node("vessel:x", label="Vessel", name=MARKUP_VESSEL, aliases=["<b>bold</b>"])
    graph.add_node("article:x", label="Article", title=MARKUP_TITLE, url="javascript:alert(1)", outlet="<i>O</i>")
    graph.add_node("claim:x", label="Claim", text=MARKUP_CLAIM, attribution=["<u>Source</u>"])
    graph.add_edge("claim:x", "article:x", key="DERIVED_FROM")
    graph.add_edge("claim:x", "vessel:x", key="CONCERNS")
    page_path = tmp_path / "markup.html"
    page_path.write_text(export_graph(graph, "html").text, encoding="utf-8")
    page, problems, _, _ = open_page(browser, page_path)
    try:
        search = page.locator("header input")
        search.fill("<b>bold")
        page.wait_for_timeout(400)
        assert page.locator(".results button").first.locator("span").nth(1).inner_text() == MARKUP_VESSEL
        search.press("Enter")
        panel = page.locator("section.panel")
        panel.wait_for(state="visible", timeout=5000)
        assert panel.locator("h2").first.inner_text() == MARKUP_VESSEL
        assert MARKUP_CLAIM in panel.locator(".claim blockquote").first.inner_text()
        text = panel.inner_text()
        assert "<u>Source</u>" in text and MARKUP_TITLE in text and "<i>O</i>" in text
        assert MARKUP_VESSEL in [label["name"] for label in page.evaluate("() => window.osintGraph.labels()")]
        assert page.locator("aside.filters .outlets label", has_text="<i>O</i>").count() == 1
        assert page.evaluate("() => typeof window.__pwned") == "undefined"
        assert page.evaluate("() => document.images.length") == 0
        assert page.evaluate("() => document.querySelectorAll('b, i, u, svg').length") == 0
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


@pytest.fixture(scope="module")
def big_page(tmp_path_factory):
    """A synthetic store whose view holds over 5,000 nodes (no NLP: tests/fixtures/synthetic.py)."""
    from fixtures.synthetic import synthetic_extractions

    from osint_graph.store.graph_rows import batch_of

    folder = tmp_path_factory.mktemp("big")
    with LadybugStore(folder / "big.lbug") as store:
        store.write(batch_of(synthetic_extractions(950, pool=200)))
        graph = read_graph(store)
    page_path = folder / "big.html"
    page_path.write_text(export_graph(graph, "html").text, encoding="utf-8")
    expected = sum(1 for _, d in graph.nodes(data=True) if d["label"] not in HIDDEN_LABELS)
    return page_path, expected


def test_five_thousand_nodes_render_with_a_readable_overview(browser, big_page):
    """Every node is in the drawn graph; zoomed out, the view is communities with labels, and
    only important named things carry a node label.

    The timings are written to artifacts/html-5000.json and printed (pytest -s); the bound
    asserted here is about usability, not a benchmark.
    """
    path, expected = big_page
    page, problems, _, seconds = open_page(browser, path, timeout=240)
    try:
        stats = page.evaluate("() => window.osintGraph.stats()")
        stats["loadAndLayoutSeconds"] = round(seconds, 2)
        assert stats["nodes"] == expected >= 5000
        assert page.evaluate("() => window.osintGraph.renderedNodeCount()") == expected
        assert page.evaluate("() => window.osintGraph.visibleNodeCount()") == expected
        assert 0 < stats["iterations"] <= 150

        communities = page.evaluate("() => window.osintGraph.communities()")
        assert 5 <= len(communities) <= expected / 20
        assert max(c["size"] for c in communities) < expected / 4  # not one hairball
        labelled = page.evaluate("() => window.osintGraph.communityLabels()")
        assert len(labelled) >= 5, labelled
        assert all(c["size"] >= 6 and c["name"] for c in labelled)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "html-view-5000.png"))
        shown = page.locator("main .clusters button.cluster:visible")
        assert shown.count() == len(labelled)
        assert {shown.nth(i).evaluate("b => b.firstChild.textContent") for i in range(shown.count())} <= {
            c["name"] for c in labelled
        }

        node_labels = page.evaluate("() => window.osintGraph.labels()")
        assert 1 <= len(node_labels) <= 150, len(node_labels)
        named = {"Outlet", "Organization", "Person", "Country", "Location", "Port", "Vessel", "Weapon"}
        assert {label["type"] for label in node_labels} <= named  # no claim or figure text at overview
        assert min(label["links"] for label in node_labels) >= 5

        # A click on a community label zooms onto it: the labels give way to its nodes' labels.
        page.mouse.click(labelled[0]["x"], labelled[0]["y"])
        deadline = time.monotonic() + 15  # the zoom is animated; software WebGL draws slowly
        while page.evaluate("() => window.osintGraph.communityLabels().length") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert page.evaluate("() => window.osintGraph.communityLabels()") == []
        assert page.evaluate("() => window.osintGraph.labels().length") > 0
        assert problems == []
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "html-5000.json").write_text(json.dumps(stats, indent=1))
        print(f"\n5,000-node view in Chromium: {json.dumps(stats)}")
    finally:
        page.close()


def test_search_lands_on_the_entity_in_a_big_graph(browser, big_page):
    """'Vessel 12' is one vessel among 'Vessel 120'...'Vessel 129' and many articles and claims
    that name it: Enter opens that vessel, centred in the view; a prefix finds its entity."""
    path, _ = big_page
    page, problems, _, _ = open_page(browser, path, timeout=240)
    try:
        search = page.locator("header input")
        panel = page.locator("section.panel")
        for typed, name in (("Vessel 12", "Vessel 12"), ("vessel 120", "Vessel 120"), ("port 3", "Port 3")):
            search.fill(typed)
            search.press("Enter")
            panel.wait_for(state="visible", timeout=5000)
            assert panel.locator("h2").first.inner_text() == name, typed
        first = page.locator(".results button").first
        search.fill("Person 1")
        page.wait_for_timeout(400)
        assert first.locator("span").nth(1).inner_text() == "Person 1"
        assert first.locator("span.n").inner_text() == "Person"
        where = page.evaluate("() => window.osintGraph.screenPosition('Port 3')")
        box = page.locator("main").bounding_box()
        assert box["x"] <= where["x"] <= box["x"] + box["width"] and box["y"] <= where["y"] <= box["y"] + box["height"]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "html-view-5000-search.png"))
        assert problems == []
    finally:
        page.close()
