"""The corroboration report on hand-built claims: summary first, everything escaped, offline HTML,
JSON valid against the shipped schema, --about filtering by name or alias."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from test_crosscheck import check, claim, concern, containers, fig, lady_r_claims

from osint_graph.report import corroboration_data, render, schema_path

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def result():
    hostile = claim("h", f"The Lady R was seen {HOSTILE}", kind="port_call", outlet="Test Outlet",
                    published="2024-03-10", chain=["a post <b>bold</b>"],
                    concerns=[concern("vessel:imo-9161003", "Lady R"), concern("port:rajin", "Rajin")],
                    date_="2024-03-09", figures=[fig("fh", "1 | 2 containers", 2, "container")])  # fmt: skip
    denial = claim("den", "Moscow and Pyongyang deny it", kind="denial", stance="denial", outlet="Sky News",
                   published="2024-02-28", chain=["Russia", "North Korea"],
                   concerns=[concern("country:russia"), concern("country:north-korea")])  # fmt: skip
    return check([*lady_r_claims(), *containers(), hostile, denial])


def test_json_validates_against_the_shipped_schema(result):
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(render(result, "json"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    assert data["generated"] == "test" and data["rules"]["grading"]
    prop = next(p for p in data["propositions"] if "containers" in p["statement"] and len(p["claims"]) > 1)
    # Shin Won-sik via AFP and via Reuters; the White House and the State Department: one state
    assert prop["independent_origins"] == 2 and prop["circular"]
    assert {f["value"] for f in prop["figures"]} == {1000, 5000, 10000, 6700}
    more = next(f for f in prop["figures"] if f["value"] == 10000)
    assert more["high"] is None and more["qualifier"] == "more than"  # no upper bound: null, not Infinity
    assert prop["conflicts"] and prop["series"]
    assert prop["denials"][0]["denial"]["quote"] == "Moscow and Pyongyang deny it"


def test_markdown_starts_with_the_summary_and_states_the_rules(result):
    md = render(result, "md")
    assert md.index("## Summary") < md.index("## Propositions") < md.index("## Rules")
    assert "| # | Proposition | Grade | Independent origins | Outlets | Conflicts | Circular |" in md
    for grade, text in (("1 (confirmed)", "at least 2 independent origins"), ("5 (improbable)", "denied")):
        assert re.search(rf"- {re.escape(grade)}: .*{text}", md)
    assert "Series (a count that grew over time, not a conflict)" in md
    assert "different values for the same period" in md
    assert "<script>" not in md and "&lt;script>" in md  # no raw HTML from article text
    assert "1 \\| 2 containers" in md  # a pipe in a cell does not break the table
    assert "Denied:" in md and "Accusations this denial answers:" in md


def test_html_is_one_offline_page_with_every_text_escaped(result):
    page = render(result, "html")
    assert page.startswith("<!DOCTYPE html>")
    # One script only: the report's own table script, allowed by its hash and nothing else.
    from osint_graph.report.corroborate import content_security_policy, table_script

    assert page.lower().count("<script") == 1 and f"<script>{table_script()}</script>" in page
    assert content_security_policy(table_script()) in page.replace("&#x27;", "'")
    assert "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert not re.search(r"""src\s*=\s*["']?\s*(https?:)?//""", page, re.I)  # nothing is loaded from the web
    # Links to the articles are plain <a> elements (followed only when clicked), never javascript: URLs.
    links = re.findall(r"<a href=\"([^\"]*)\"", page)
    assert links and all(u.startswith(("#", "http")) for u in links)
    assert "<link" not in page.lower() and "@import" not in page
    assert page.index("<h2>Summary</h2>") < page.index("<h2>Propositions</h2>") < page.index("<h2>Rules</h2>")


def test_about_filters_by_name_or_alias_and_keeps_the_schema(result):
    data = corroboration_data(result, about="lady r")
    assert data["about"] == "lady r"
    assert data["propositions"] and all(
        any(c["id"] in {"c1", "c2", "c3", "c4", "h"} for c in p["claims"]) for p in data["propositions"]
    )
    assert not corroboration_data(result, about="Eagle S")["propositions"]
    assert len(corroboration_data(result, about="North Korea")["propositions"]) >= 2
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_an_unknown_format_is_refused(result):
    with pytest.raises(ValueError, match="unknown format"):
        render(result, "pdf")


def test_claims_link_their_article_and_an_unknown_outlet_is_not_an_outlet():
    from dataclasses import replace

    from test_crosscheck import lady_r_claims

    claims = lady_r_claims()
    linked = replace(claims[0], url="https://example.org/a?x=1&y=<2>")
    hostile = replace(claims[1], url="javascript:alert(1)")
    seed = replace(claims[2], outlet=None, url=None, title="Seed article")
    result = check([linked, hostile, seed, *claims[3:]])
    prop = next(p for p in corroboration_data(result)["propositions"] if any(c["id"] == seed.id for c in p["claims"]))
    assert None not in prop["outlets"] and not any("outlet" in o for o in prop["outlets"])
    md, page = render(result, "md"), render(result, "html")
    assert "[title of c1](<https://example.org/a?x=1&y=%3C2%3E>)" in md
    assert '<a href="https://example.org/a?x=1&amp;y=&lt;2&gt;" rel="noreferrer noopener">title of c1</a>' in page
    assert "javascript:" not in md and "javascript:" not in page
    assert "| Seed article | unknown outlet |" in md and "<td>unknown outlet</td>" in page
