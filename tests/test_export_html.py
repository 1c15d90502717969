"""The HTML page: self-contained, data embedded safely, a CSP that allows only the page's own script."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from fixtures.demo import INJECTION_IMG, INJECTION_SCRIPT, write_demo

from osint_graph.export import export_graph, read_graph
from osint_graph.export.html import HIDDEN_LABELS, safe_json, view_data
from osint_graph.store.ladybug_store import LadybugStore


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        graph = read_graph(store)
        nodes, _ = store.counts()
    return graph, nodes, export_graph(graph, "html").text


def test_safe_json_cannot_close_the_element_or_open_markup():
    text = safe_json({"t": "</script><script>alert(1)</script> & <!-- \u2028\u2029"})
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in text
    assert json.loads(text) == {"t": "</script><script>alert(1)</script> & <!-- \u2028\u2029"}


def test_the_page_has_one_script_and_one_data_block(demo):
    _, _, page = demo
    scripts = re.findall(r"<script\b[^>]*>", page, flags=re.IGNORECASE)
    assert scripts == ['<script type="application/json" id="osint-data">', "<script>"]
    assert INJECTION_SCRIPT not in page and INJECTION_IMG not in page
    assert "window.__pwned = 1" in page  # the text is there, as escaped JSON only
    assert "<img" not in page.lower()


def test_nothing_is_loaded_from_elsewhere(demo):
    _, _, page = demo
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, flags=re.IGNORECASE)
    assert "@import" not in page and "url(" not in page


def test_the_csp_allows_exactly_the_inline_script(demo):
    _, _, page = demo
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    script = re.search(r"<script>(.*?)</script>", page, flags=re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in csp


def test_the_view_holds_every_node_but_mentions_and_runs(demo):
    graph, counts, page = demo
    data = view_data(graph)
    expected = sum(n for label, n in counts.items() if label not in HIDDEN_LABELS)
    assert len(data["nodes"]) == expected
    assert {t["label"] for t in data["types"]} == {lab for lab, n in counts.items() if n and lab not in HIDDEN_LABELS}
    assert "MENTIONS" in data["rels"] and "REFERS_TO" not in data["rels"]
    lady_r = next(n for n in data["nodes"] if n["id"] == "vessel:imo-9161003")
    quotes = [data["claims"][c]["text"] for c in lady_r["c"]]
    assert any("Vostochny on March 12" in q for q in quotes)
    assert {data["outlets"][o] for o in lady_r["o"]} >= {"NK Pro", "Yonhap", "Test Outlet"}
    graded = [c for c in data["claims"] if c["grade"] is not None]
    assert graded and all(1 <= c["grade"] <= 6 for c in graded)
    kirby = next(c for c in data["claims"] if "unloaded at Vostochny" in c["text"])
    assert [link[0] for link in kirby["chain"]] == ["John Kirby", "White House"]
    article = data["articles"][kirby["article"]]
    assert article["outlet"] == "Reuters" and article["url"].startswith("https://")


def test_the_page_inlines_the_vendored_graph_libraries_with_their_licences(demo):
    """sigma.js, graphology, ForceAtlas2 and Louvain travel in the page (no CDN), with the MIT
    notices; every bundled package has its licence file and a row in vendor/PACKAGES.md."""
    from importlib import resources

    _, _, page = demo
    vendor = resources.files("osint_graph.export").joinpath("vendor")
    rows = [line.split("|")[1:4] for line in vendor.joinpath("PACKAGES.md").read_text().splitlines()[2:]]
    packages = {name.strip(): (version.strip(), licence.strip()) for name, version, licence in rows}
    assert {"sigma", "graphology", "graphology-layout-forceatlas2", "graphology-communities-louvain"} <= set(packages)
    for name, (version, licence) in packages.items():
        assert licence == "MIT" and version, name
        assert "Permission is hereby granted" in vendor.joinpath(f"LICENSE-{name}.txt").read_text(), name
    bundle = vendor.joinpath("graph-libs.min.js").read_text()
    assert bundle in page and "window.osintGraph" in page
    assert page.count("Permission is hereby granted") >= len(packages)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "worker-src blob:;" in csp and "'unsafe-inline'" not in csp.split("style-src")[0]
