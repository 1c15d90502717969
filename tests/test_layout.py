"""The package's shape stays as docs/ARCHITECTURE.md describes it: small modules, no look-ups in
the store layer, no test fixtures in the package or the sample corpus (no import cycle:
tests/test_import_cycles.py)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "osint_graph"
MAX_LINES = 600


def modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def imported(path: Path) -> set[str]:
    """The modules a file imports (absolute names)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_no_module_is_over_600_lines():
    found = modules(PACKAGE)
    assert len(found) > 20
    too_long = {str(p.relative_to(ROOT)): n for p in found if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert too_long == {}


def test_the_store_layer_does_no_resolution():
    """Outlet look-ups and gazetteer enrichment belong to osint_graph/resolve.py."""
    store_modules = modules(PACKAGE / "store")
    assert store_modules
    for path in store_modules:
        assert not imported(path) & {"osint_graph.gazetteer", "osint_graph.resolve"}, path


def test_fixtures_stay_out_of_the_package_and_the_sample_corpus():
    assert not (PACKAGE / "export" / "demo.py").exists() and not (PACKAGE / "synthetic.py").exists()
    articles = sorted((ROOT / "sources" / "articles").glob("*.md"))
    assert articles
    test_articles = [p.name for p in articles if "outlet: Test Outlet" in p.read_text(encoding="utf-8")]
    assert test_articles == []
