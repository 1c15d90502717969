"""The corroboration report: Markdown, one self-contained HTML page, or JSON.

All three are rendered from one plain dict (`corroboration_data`), the same that `--format json`
prints, so that what an analyst reads and what a program reads never differ.  The dict
validates against `osint_graph/schemas/corroboration.schema.json`.

Order: a summary table first (proposition, grade, independent origins, outlets, conflicts),
then each proposition: its claims (quote, article, outlet, date, chain), origins, figures side
by side with their dates and sources, series and conflicts explained, hedges, denials against
the accusations they answer, first and last reported; the entity merges; the rules.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from osint_graph.crosscheck import GRADE_WORDS, CrossCheck, Proposition

FORMATS = ("md", "html", "json")
# What an article without front matter shows as its outlet; it is never counted as one.
UNKNOWN_OUTLET = "unknown outlet"
SCHEMA_FILE = "corroboration.schema.json"


def schema_path() -> Path:
    """The JSON Schema of the json output, shipped inside the package."""
    return Path(str(resources.files("osint_graph") / "schemas" / SCHEMA_FILE))


def load_schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------------------- data


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _num(value: float | None) -> float | None:
    if value is None or (isinstance(value, float) and math.isinf(value)):
        return None
    return value


def corroboration_data(result: CrossCheck, about: str | None = None, store: str | None = None) -> dict[str, Any]:
    """The report as plain data (what `--format json` prints)."""
    props = result.about(about) if about else list(result.propositions)
    grades = Counter(p.grade for p in props)
    return {
        "generated": result.generated,
        "store": store,
        "about": about,
        "summary": {
            "propositions": len(props),
            "claims": len({c.id for p in props for c in p.claims}),
            "by_grade": {str(g): grades.get(g, 0) for g in range(1, 7)},
            "circular": sum(1 for p in props if p.circular),
            "with_conflicts": sum(1 for p in props if p.conflicts),
            "denied": sum(1 for p in props if p.denials),
        },
        "propositions": [_proposition(p, result) for p in props],
        "same_as": [
            {
                "type": m.type,
                "name": m.name,
                "from": m.source_id,
                "into": m.into,
                "into_name": result.entity_names.get(m.into, m.into),
                "rule": m.rule,
                "score": float(m.score),
            }
            for m in result.merges
        ],
        "rules": result.rules(),
    }


def _claim(claim, origin) -> dict[str, Any]:
    return {
        "id": claim.id,
        "quote": claim.text,
        "sentence": claim.sentence,
        "kind": claim.kind,
        "article": claim.article,
        "title": claim.title,
        "url": claim.url,
        "outlet": claim.outlet,
        "published": _iso(claim.published),
        "date": claim.date,
        "attribution": [link.name for link in claim.chain],
        "origin": origin.name,
        "origin_reliability": origin.reliability,
        "hedged": claim.hedged,
        "negated": claim.negated,
    }


def _proposition(p: Proposition, result: CrossCheck) -> dict[str, Any]:
    claims = {c.id: c for c in p.claims}
    figure_claim = {f.id: f.claim for f in p.figures}
    origin_of = dict(p.origins)
    denials: dict[str, list[str]] = {}
    for denial, accused in p.denials:
        denials.setdefault(denial, []).append(accused)
    answers: dict[str, list[str]] = {}
    for denial, accused in p.answers:
        answers.setdefault(denial, []).append(accused)

    def any_claim(claim_id: str) -> dict[str, Any]:
        claim = result.claims[claim_id]
        origin = origin_of.get(claim_id) or _origin_for(result, claim_id)
        return _claim(claim, origin)

    return {
        "id": p.id,
        "statement": p.statement,
        "kind": p.kind,
        "grade": p.grade,
        "grade_words": GRADE_WORDS[p.grade],
        "grade_rule": p.grade_rule,
        "entities": [name for _, name in p.entities],
        "independent_origins": len(p.independent),
        "origins": [o.name for o in p.independent],
        "origin_details": [{"name": o.name, "reliability": o.reliability} for o in p.independent],
        "unknown_origins": sum(1 for c in p.claims if not p.origins[c.id].known),
        "outlets": p.outlets,
        "circular": p.circular,
        "first_reported": _iso(p.first_reported),
        "last_reported": _iso(p.last_reported),
        "claims": [_claim(c, p.origins[c.id]) for c in p.claims],
        "figures": [
            {
                "id": f.id,
                "claim": f.claim,
                "text": f.text,
                "value": f.value,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "calibre": f.calibre,
                "low": _num(f.low),
                "high": _num(f.high),
                "date": f.date,
                "as_of": _iso(f.as_of),
                "origin": f.origin,
                "outlet": f.outlet,
                "published": _iso(f.published),
                "hedged": f.hedged,
            }
            for f in p.figures
        ],
        "comparisons": [{"a": c.a, "b": c.b, "relation": c.relation, "reason": c.reason} for c in p.comparisons],
        "conflicts": [
            {
                "figures": [c.a, c.b],
                "claims": [figure_claim[c.a], figure_claim[c.b]],
                "reason": c.reason,
            }
            for c in p.conflicts
        ],
        "series": [f.id for f in p.series],
        "hedged": [c.id for c in p.claims if c.hedged],
        "denials": [
            {"denial": any_claim(d), "answers": [a for a in accused if a in claims]} for d, accused in denials.items()
        ],
        "answers": [{"denial": d, "accusations": [any_claim(a) for a in accused]} for d, accused in answers.items()],
    }


def _origin_for(result: CrossCheck, claim_id: str):
    for p in result.propositions:
        if claim_id in p.origins:
            return p.origins[claim_id]
    raise KeyError(claim_id)


# ----------------------------------------------------------------------------------------- render


def render(result: CrossCheck, fmt: str = "md", about: str | None = None, store: str | None = None) -> str:
    data = corroboration_data(result, about=about, store=store)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "html":
        return to_html(data)
    if fmt == "md":
        return to_markdown(data)
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def _chain(names: list[str]) -> str:
    return " <- ".join(names) if names else "(unattributed)"


def _figure_value(f: dict) -> str:
    lo, hi = f["low"], f["high"]
    if hi is None:
        return f">= {lo:,.0f}"
    if lo == 0:
        return f"<= {hi:,.0f}"
    if f["value"] is not None and hi - lo <= max(abs(f["value"]) * 0.011, 1):
        return f"{f['value']:,.0f}"
    return f"{lo:,.0f}-{hi:,.0f}"


def _when(f: dict) -> str:
    if f["date"]:
        return f["date"]
    return f"undated (reported {f['published']})" if f["published"] else "undated"


# -- Markdown -------------------------------------------------------------------------------------


def _md(text: Any) -> str:
    """A table cell or inline text: no line breaks, no table pipes, no raw HTML."""
    value = "" if text is None else str(text)
    value = " ".join(value.split())
    return value.replace("<", "&lt;").replace("|", "\\|")


def _web_url(url: Any) -> str | None:
    """Only http(s) URLs become links (a javascript: or data: URL in front matter is shown as text)."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _md_article(claim: dict) -> str:
    """The claim's article as a Markdown link when it has a web URL, else its title."""
    title = _md(claim["title"] or claim["article"]).replace("[", "\\[").replace("]", "\\]")
    url = _web_url(claim["url"])
    if not url:
        return title
    return f"[{title}](<{url.replace('<', '%3C').replace('>', '%3E').replace(' ', '%20')}>)"


def to_markdown(data: dict) -> str:
    out: list[str] = []
    add = out.append
    add("# Cross-check: corroboration report")
    add("")
    add(f"Generated {_md(data['generated'])}" + (f" from `{_md(data['store'])}`" if data["store"] else "") + ".")
    if data["about"]:
        add(f"Propositions concerning **{_md(data['about'])}** only.")
    s = data["summary"]
    grades = ", ".join(f"{g}: {n}" for g, n in s["by_grade"].items() if n)
    add("")
    add(f"{s['propositions']} propositions from {s['claims']} claims (grades {grades or 'none'}); "
        f"{s['circular']} circular, {s['with_conflicts']} with conflicting figures, {s['denied']} denied.")  # fmt: skip
    add("")
    add("## Summary")
    add("")
    add("| # | Proposition | Grade | Independent origins | Outlets | Conflicts | Circular |")
    add("| --- | --- | --- | --- | --- | --- | --- |")
    for i, p in enumerate(data["propositions"], 1):
        add(f"| [{i}](#p{i}) | {_md(p['statement'])} | {p['grade']} ({p['grade_words']}) | {p['independent_origins']} "
            f"| {len(p['outlets'])} | {len(p['conflicts'])} | {'yes' if p['circular'] else ''} |")  # fmt: skip
    add("")
    add("## Propositions")
    for i, p in enumerate(data["propositions"], 1):
        add("")
        add(f'<a id="p{i}"></a>')
        add(f"### {i}. {_md(p['statement'])}")
        add("")
        add(f"- **Grade {p['grade']}**: {_md(p['grade_rule'])}")
        add(f"- Kind: {_md(p['kind'])}; id `{_md(p['id'])}`")
        add(f"- First reported {p['first_reported'] or '?'}, last reported {p['last_reported'] or '?'}")
        origins = ", ".join(f"{_md(o['name'])} ({o['reliability']})" for o in p["origin_details"]) or "none known"
        add(f"- Independent origins ({p['independent_origins']}): {origins}"
            + (f"; {p['unknown_origins']} claim(s) of unknown origin" if p["unknown_origins"] else ""))  # fmt: skip
        add(f"- Outlets ({len(p['outlets'])}): {', '.join(_md(o) for o in p['outlets'])}"
            + (" - **circular**: more outlets than independent origins" if p["circular"] else ""))  # fmt: skip
        add("")
        add("| Quote | Article | Outlet | Published | Refers to | Attribution chain | Origin | Hedged |")
        add("| --- | --- | --- | --- | --- | --- | --- | --- |")
        for c in p["claims"]:
            add(f"| {_md(c['quote'])} | {_md_article(c)} | {_md(c['outlet'] or UNKNOWN_OUTLET)} | "
                f"{c['published'] or ''} | "
                f"{_md(c['date'] or '')} | {_md(_chain(c['attribution']))} | {_md(c['origin'])} "
                f"({c['origin_reliability']}) | {'hedged' if c['hedged'] else ''} |")  # fmt: skip
        add("")
        add("Articles: " + "; ".join(sorted({f"{_md_article(c)} ({_md(c['outlet'] or UNKNOWN_OUTLET)}, "
                                             f"{c['published'] or '?'})" for c in p["claims"]})))  # fmt: skip
        if p["figures"]:
            add("")
            add("Figures side by side:")
            add("")
            add("| Figure | Reads as | Unit | Qualifier | Date | Origin | Outlet | Hedged |")
            add("| --- | --- | --- | --- | --- | --- | --- | --- |")
            for f in p["figures"]:
                add(f"| {_md(f['text'])} | {_md(_figure_value(f))} | {_md(f['unit'])} | {_md(f['qualifier'] or '')} "
                    f"| {_md(_when(f))} | {_md(f['origin'])} | {_md(f['outlet'] or '')} | "
                    f"{'hedged' if f['hedged'] else ''} |")  # fmt: skip
        if p["series"]:
            by_id = {f["id"]: f for f in p["figures"]}
            steps = " -> ".join(f"{_md(by_id[x]['text'])} ({by_id[x]['as_of']})" for x in p["series"])
            add("")
            add(f"Series (a count that grew over time, not a conflict): {steps}")
        if p["conflicts"]:
            add("")
            add("Conflicts:")
            for c in p["conflicts"]:
                add(f"- {_md(c['reason'])}")
        other = [c for c in p["comparisons"] if c["relation"] in ("hedged", "differs")]
        if other:
            add("")
            add("Differences that are not conflicts:")
            for c in other:
                add(f"- {_md(c['reason'])}")
        hedged = [c for c in p["claims"] if c["hedged"]]
        if hedged:
            add("")
            add("Hedged claims: " + "; ".join(f"\"{_md(c['quote'])}\" ({_md_article(c)}, "
                                              f"{_md(c['outlet'] or UNKNOWN_OUTLET)})" for c in hedged))  # fmt: skip
        if p["denials"]:
            add("")
            add("Denied:")
            quotes = {c["id"]: c["quote"] for c in p["claims"]}
            for d in p["denials"]:
                c = d["denial"]
                answered = "; ".join(f'"{_md(quotes[a])}"' for a in d["answers"] if a in quotes)
                add(f"- \"{_md(c['quote'])}\" ({_md_article(c)}, {_md(c['outlet'] or UNKNOWN_OUTLET)}, "
                    f"{c['published'] or '?'}, origin {_md(c['origin'])}) - answers: {answered}")  # fmt: skip
        if p["answers"]:
            add("")
            add("Accusations this denial answers:")
            for a in p["answers"]:
                for c in a["accusations"]:
                    add(f"- \"{_md(c['quote'])}\" ({_md_article(c)}, {_md(c['outlet'] or UNKNOWN_OUTLET)}, "
                        f"{c['published'] or '?'}, origin {_md(c['origin'])})")  # fmt: skip
    if data["same_as"]:
        add("")
        add("## Entity resolution (SAME_AS)")
        add("")
        add("| Type | Name | Merged into | Rule | Score |")
        add("| --- | --- | --- | --- | --- |")
        for m in data["same_as"]:
            add(f"| {_md(m['type'])} | {_md(m['name'])} | {_md(m['into_name'])} | {_md(m['rule'])} | {m['score']:g} |")
    add("")
    add("## Rules")
    for section, lines in data["rules"].items():
        if isinstance(lines, str):
            add("")
            add(_md(lines))
            continue
        add("")
        add(f"### {section.replace('_', ' ').capitalize()}")
        add("")
        for line in lines:
            add(f"- {_md(line)}")
    add("")
    return "\n".join(out)


# -- HTML -----------------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;
color:#1d232a;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:.2rem 0}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid #d5d9de;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f1f3f5}
.g1,.g2{background:#e3f4e6}.g3{background:#eef3fb}.g4{background:#fdf3dd}.g5{background:#fbe3e3}.g6{background:#eee}
.grade{font-weight:600;padding:.05rem .4rem;border-radius:.3rem}
details{border:1px solid #d5d9de;border-radius:.4rem;margin:.8rem 0;padding:.5rem .8rem}
summary{cursor:pointer}
.muted{color:#5b6570;font-size:.9rem}.warn{color:#9a3412;font-weight:600}
q{font-style:italic}
th[aria-sort]{cursor:pointer}th[aria-sort=ascending]::after{content:" \\25B2"}
th[aria-sort=descending]::after{content:" \\25BC"}.filter input{width:24rem;max-width:100%}
"""


def _h(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _h_article(claim: dict) -> str:
    """The claim's article as a link when it has a web URL (escaped), else its title."""
    title = _h(claim["title"] or claim["article"])
    url = _web_url(claim["url"])
    return f'<a href="{_h(url)}" rel="noreferrer noopener">{title}</a>' if url else title


def table_script() -> str:
    """The inline script that sorts and filters tables (osint_graph/report/assets/table.js)."""
    return (resources.files("osint_graph") / "report" / "assets" / "table.js").read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """No network, no other script: only the page's own inline script, by its sha256 (as the HTML view)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return (
        f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
        "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def to_html(data: dict) -> str:
    out: list[str] = []
    add = out.append
    script = table_script()
    add("<!DOCTYPE html>")
    add('<html lang="en"><head><meta charset="utf-8">')
    add(f'<meta http-equiv="Content-Security-Policy" content="{_h(content_security_policy(script))}">')
    add('<meta name="referrer" content="no-referrer">')
    add('<meta name="viewport" content="width=device-width, initial-scale=1">')
    add("<title>Cross-check: corroboration report</title>")
    add(f"<style>{CSS}</style></head><body>")
    add("<h1>Cross-check: corroboration report</h1>")
    store = f" from <code>{_h(data['store'])}</code>" if data["store"] else ""
    add(f'<p class="muted">Generated {_h(data["generated"])}{store}.'
        + (f" Propositions concerning <strong>{_h(data['about'])}</strong> only." if data["about"] else "")
        + "</p>")  # fmt: skip
    s = data["summary"]
    add(f"<p>{s['propositions']} propositions from {s['claims']} claims; {s['circular']} circular, "
        f"{s['with_conflicts']} with conflicting figures, {s['denied']} denied.</p>")  # fmt: skip
    add("<h2>Summary</h2>")
    add('<p class="filter"><label>Filter: <input type="search" data-filter="summary" '
        'placeholder="words in any column, e.g. Lady R circular"></label> '
        f'<span id="summary-count" class="muted">{len(data["propositions"])} shown</span> '
        '<span class="muted">(click a column header to sort)</span></p>')  # fmt: skip
    add('<table id="summary" class="sortable"><thead><tr><th>#</th><th>Proposition</th><th>Grade</th>'
        "<th>Independent origins</th><th>Outlets</th><th>Conflicts</th><th>Circular</th></tr></thead>"
        "<tbody>")  # fmt: skip
    for i, p in enumerate(data["propositions"], 1):
        add(f'<tr><td data-sort="{i}"><a href="#p{i}">{i}</a></td><td>{_h(p["statement"])}</td>'
            f'<td class="g{p["grade"]}" data-sort="{p["grade"]}">{p["grade"]} ({_h(p["grade_words"])})</td>'
            f'<td>{p["independent_origins"]}</td><td>{len(p["outlets"])}</td><td>{len(p["conflicts"])}</td>'
            f'<td>{"yes" if p["circular"] else ""}</td></tr>')  # fmt: skip
    add("</tbody></table>")
    add("<h2>Propositions</h2>")
    for i, p in enumerate(data["propositions"], 1):
        add(f'<details id="p{i}"{" open" if i <= 10 else ""}><summary><h3 style="display:inline">{i}. '
            f'{_h(p["statement"])}</h3> <span class="grade g{p["grade"]}">grade {p["grade"]}: '
            f"{_h(p['grade_words'])}</span></summary>")  # fmt: skip
        add(f"<p><strong>Grade {p['grade']}</strong>: {_h(p['grade_rule'])}</p>")
        origins = ", ".join(f"{_h(o['name'])} ({_h(o['reliability'])})" for o in p["origin_details"]) or "none known"
        unknown = f"; {p['unknown_origins']} claim(s) of unknown origin" if p["unknown_origins"] else ""
        circular = ' <span class="warn">circular: more outlets than independent origins</span>' if p["circular"] else ""
        add("<ul>")
        add(f"<li>Kind {_h(p['kind'])}; id <code>{_h(p['id'])}</code></li>")
        add(f"<li>First reported {_h(p['first_reported'] or '?')}, last reported {_h(p['last_reported'] or '?')}</li>")
        add(f"<li>Independent origins ({p['independent_origins']}): {origins}{unknown}</li>")
        add(f"<li>Outlets ({len(p['outlets'])}): {_h(', '.join(p['outlets']))}{circular}</li>")
        add("</ul>")
        add("<table><thead><tr><th>Quote</th><th>Article</th><th>Outlet</th><th>Published</th><th>Refers to</th>"
            "<th>Attribution chain</th><th>Origin</th><th>Hedged</th></tr></thead><tbody>")  # fmt: skip
        for c in p["claims"]:
            add(f"<tr><td><q>{_h(c['quote'])}</q></td><td>{_h_article(c)}</td>"
                f"<td>{_h(c['outlet'] or UNKNOWN_OUTLET)}</td><td>{_h(c['published'] or '')}</td>"
                f"<td>{_h(c['date'] or '')}</td><td>{_h(_chain(c['attribution']))}</td>"
                f"<td>{_h(c['origin'])} ({_h(c['origin_reliability'])})</td>"
                f"<td>{'hedged' if c['hedged'] else ''}</td></tr>")  # fmt: skip
        add("</tbody></table>")
        if p["figures"]:
            add("<p>Figures side by side:</p>")
            add("<table><thead><tr><th>Figure</th><th>Reads as</th><th>Unit</th><th>Qualifier</th><th>Date</th>"
                "<th>Origin</th><th>Outlet</th><th>Hedged</th></tr></thead><tbody>")  # fmt: skip
            for f in p["figures"]:
                add(f"<tr><td>{_h(f['text'])}</td><td>{_h(_figure_value(f))}</td><td>{_h(f['unit'])}</td>"
                    f"<td>{_h(f['qualifier'] or '')}</td><td>{_h(_when(f))}</td><td>{_h(f['origin'])}</td>"
                    f"<td>{_h(f['outlet'] or '')}</td><td>{'hedged' if f['hedged'] else ''}</td></tr>")  # fmt: skip
            add("</tbody></table>")
        if p["series"]:
            by_id = {f["id"]: f for f in p["figures"]}
            steps = " &rarr; ".join(f"{_h(by_id[x]['text'])} ({_h(by_id[x]['as_of'])})" for x in p["series"])
            add(f"<p>Series (a count that grew over time, not a conflict): {steps}</p>")
        if p["conflicts"]:
            add('<p class="warn">Conflicts:</p><ul>')
            add("".join(f"<li>{_h(c['reason'])}</li>" for c in p["conflicts"]))
            add("</ul>")
        other = [c for c in p["comparisons"] if c["relation"] in ("hedged", "differs")]
        if other:
            add("<p>Differences that are not conflicts:</p><ul>")
            add("".join(f"<li>{_h(c['reason'])}</li>" for c in other))
            add("</ul>")
        hedged = [c for c in p["claims"] if c["hedged"]]
        if hedged:
            add("<p>Hedged claims:</p><ul>")
            add("".join(f"<li><q>{_h(c['quote'])}</q> ({_h_article(c)}, {_h(c['outlet'] or UNKNOWN_OUTLET)})</li>"
                        for c in hedged))  # fmt: skip
            add("</ul>")
        if p["denials"]:
            quotes = {c["id"]: c["quote"] for c in p["claims"]}
            add("<p>Denied:</p><ul>")
            for d in p["denials"]:
                c = d["denial"]
                answered = "; ".join(f"<q>{_h(quotes[a])}</q>" for a in d["answers"] if a in quotes)
                add(f"<li><q>{_h(c['quote'])}</q> ({_h_article(c)}, {_h(c['outlet'] or UNKNOWN_OUTLET)}, "
                    f"{_h(c['published'] or '?')}, "
                    f"origin {_h(c['origin'])}) answers: {answered}</li>")  # fmt: skip
            add("</ul>")
        if p["answers"]:
            add("<p>Accusations this denial answers:</p><ul>")
            for a in p["answers"]:
                for c in a["accusations"]:
                    add(f"<li><q>{_h(c['quote'])}</q> ({_h_article(c)}, {_h(c['outlet'] or UNKNOWN_OUTLET)}, "
                        f"{_h(c['published'] or '?')}, origin {_h(c['origin'])})</li>")  # fmt: skip
            add("</ul>")
        add("</details>")
    if data["same_as"]:
        add("<h2>Entity resolution (SAME_AS)</h2>")
        add("<table><thead><tr><th>Type</th><th>Name</th><th>Merged into</th><th>Rule</th><th>Score</th></tr>"
            "</thead><tbody>")  # fmt: skip
        for m in data["same_as"]:
            add(f"<tr><td>{_h(m['type'])}</td><td>{_h(m['name'])}</td><td>{_h(m['into_name'])}</td>"
                f"<td>{_h(m['rule'])}</td><td>{m['score']:g}</td></tr>")  # fmt: skip
        add("</tbody></table>")
    add("<h2>Rules</h2>")
    for section, lines in data["rules"].items():
        if isinstance(lines, str):
            add(f"<p>{_h(lines)}</p>")
            continue
        add(f"<h3>{_h(section.replace('_', ' ').capitalize())}</h3><ul>")
        add("".join(f"<li>{_h(line)}</li>" for line in lines))
        add("</ul>")
    add(f"<script>{script}</script>")
    add("</body></html>")
    return "\n".join(out) + "\n"
