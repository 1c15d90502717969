"""Long texts in sections: cut where the text breaks, extract each, put the pieces back together.

spaCy refuses a text over `nlp.max_length` (1,000,000 characters, error E088),
and our components cost more than linearly in the length of one Doc (scans over
all entities per token, pairwise merging of entity spans). So a text longer than
SECTION_CHARS is cut into sections no longer than that, at a paragraph break if
there is one in the second half of the window, else a line break, else a
sentence end, else white space, else anywhere. Each section is extracted as a Doc
of its own, and its records are shifted back by the section's start, so that
every offset points into the whole text exactly (`text[start:end]` is the span)
and every id made from a span (claims, figures) is the id of that span in the
whole text. Extraction time is then linear in length (scripts/bench_extract.py
--long). What a section loses is context across its cut: a pronoun or an
attribution frame that reaches over a paragraph break at a cut.

Texts up to SECTION_CHARS are one section, extracted exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from osint_graph.model import Entity, Extraction, Fact

SECTION_CHARS = 20_000
# Where to cut, best first: the cut falls right after the match.
BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]]*\s"), re.compile(r"\s"))
_SPAN_ID_RE = re.compile(r"^(?P<prefix>[a-z_]+:[0-9a-f]+):(?P<start>\d+)-(?P<end>\d+)$")


def section_bounds(text: str, size: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces that cover the text in order, each at most `size` characters."""
    bounds = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> int:
    """The best cut in the second half of text[start:limit]."""
    floor = start + (limit - start) // 2
    for pattern in BOUNDARIES:
        last = None
        for match in pattern.finditer(text, floor, limit):
            last = match
        if last is not None:
            return last.end()
    return limit


def shift_id(record_id: str | None, offset: int) -> str | None:
    """A span id ('claim:<article>:10-20') for the same span `offset` characters later."""
    if not record_id or not offset:
        return record_id
    match = _SPAN_ID_RE.match(record_id)
    if match is None:
        return record_id
    return f"{match['prefix']}:{int(match['start']) + offset}-{int(match['end']) + offset}"


def shift(extraction: Extraction, offset: int) -> Extraction:
    """An extraction of a section as if made from the whole text: offsets and span ids moved."""
    if not offset:
        return extraction
    return replace(
        extraction,
        entities=tuple(
            replace(e, mentions=tuple(replace(m, start=m.start + offset, end=m.end + offset) for m in e.mentions))
            for e in extraction.entities
        ),
        figures=tuple(
            replace(
                f,
                id=shift_id(f.id, offset),
                claim=shift_id(f.claim, offset),
                start=f.start + offset,
                end=f.end + offset,
            )
            for f in extraction.figures
        ),
        dates=tuple(replace(d, start=d.start + offset, end=d.end + offset) for d in extraction.dates),
        claims=tuple(
            replace(
                c,
                id=shift_id(c.id, offset),
                start=c.start + offset,
                end=c.end + offset,
                figures=tuple(shift_id(f, offset) for f in c.figures),
            )
            for c in extraction.claims
        ),
        facts=tuple(replace(f, claims=tuple(shift_id(c, offset) for c in f.claims)) for f in extraction.facts),
    )


def merge(parts: list[Extraction]) -> Extraction:
    """One extraction from the shifted extractions of an article's sections, in order."""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    return replace(
        first,
        entities=_merge_entities(e for p in parts for e in p.entities),
        figures=tuple(f for p in parts for f in p.figures),
        dates=tuple(d for p in parts for d in p.dates),
        claims=tuple(c for p in parts for c in p.claims),
        facts=_merge_facts(f for p in parts for f in p.facts),
    )


def _merge_entities(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    """Entities of one id from several sections become one: mentions, aliases and identifiers joined."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        have = merged.get(entity.id)
        if have is None:
            merged[entity.id] = entity
            continue
        aliases = tuple(dict.fromkeys(a for a in (*have.aliases, entity.name, *entity.aliases) if a != have.name))
        merged[entity.id] = replace(
            have,
            aliases=aliases,
            identifiers={**entity.identifiers, **have.identifiers},
            mentions=have.mentions + entity.mentions,
            role=have.role or entity.role,
        )
    return tuple(merged.values())


def _merge_facts(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """Facts are made from their content: the same fact from two sections keeps both sections' claims."""
    merged: dict[str, Fact] = {}
    for fact in facts:
        have = merged.get(fact.id)
        merged[fact.id] = (
            fact if have is None else replace(have, claims=tuple(dict.fromkeys(have.claims + fact.claims)))
        )
    return tuple(merged.values())


def as_read(extraction: Extraction) -> Extraction:
    """Every span's text as the article reads it: a hard-wrapped paragraph's line breaks, which the
    pipeline read as spaces (furniture.unwrap, one character for one), back in place."""
    text = extraction.article.text

    def fix(span):
        same = span.text == text[span.start : span.end]
        return span if same else replace(span, text=text[span.start : span.end])

    return replace(
        extraction,
        entities=tuple(replace(e, mentions=tuple(map(fix, e.mentions))) for e in extraction.entities),
        figures=tuple(map(fix, extraction.figures)),
        dates=tuple(map(fix, extraction.dates)),
        claims=tuple(map(fix, extraction.claims)),
    )
