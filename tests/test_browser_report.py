"""The corroboration report's HTML in a real headless Chromium: its table sorts and filters under
the page's Content-Security-Policy (the script runs, allowed by its hash; nothing else loads)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_crosscheck import check, claim, concern, containers, lady_r_claims

from osint_graph.report import render

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]

if not CHROMIUM.exists():
    pytest.skip("needs Debian's chromium at /usr/bin/chromium (scripts/run-tests installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (the dev extra)")


def test_the_summary_table_sorts_and_filters(tmp_path):
    path = tmp_path / "report.html"
    denial = claim("den", "Moscow and Pyongyang deny it", kind="denial", stance="denial", outlet="Sky News",
                   published="2024-02-28", chain=["Russia", "North Korea"],
                   concerns=[concern("country:russia"), concern("country:north-korea")])  # fmt: skip
    result = check([*lady_r_claims(), *containers(), denial])
    path.write_text(render(result, "html"), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(path.as_uri())
        rows = page.locator("#summary tbody tr")
        total = rows.count()
        assert total >= 3

        def column(n: int) -> list[str]:
            return [r.locator("td").nth(n).inner_text() for r in rows.all() if r.is_visible()]

        grade = page.locator("#summary th", has_text="Grade")
        grade.click()
        grades = [int(g.split()[0]) for g in column(2)]
        assert len(set(grades)) > 1 and grades == sorted(grades) and grade.get_attribute("aria-sort") == "ascending"
        grade.click()
        assert [int(g.split()[0]) for g in column(2)] == sorted(grades, reverse=True)

        statements = column(1)
        word = next(w for w in statements[0].split() if len(w) > 4)
        page.locator("input[data-filter=summary]").fill(word)
        shown = column(1)
        assert 0 < len(shown) <= total and all(word.lower() in s.lower() for s in shown)
        assert page.locator("#summary-count").inner_text() == f"{len(shown)} of {total} shown"
        page.locator("input[data-filter=summary]").fill("")
        assert len(column(1)) == total
        assert problems == []
        browser.close()
