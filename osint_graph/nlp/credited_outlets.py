"""An outlet that heads the article's attribution chains is an entity of the article.

The repost rules (nlp/repost.py, nlp/credit_lines.py) put at the head of every chain the outlet whose
story a page carries, read from where the page credits it: a title's "| Wirewatch", a credit line
"WW | Oslo | Updated: ...", a dateline slug "OSLO (WW) -", the agency's name alone on a line. Those
places are page furniture or the headline, whose names the entity rules leave out (a name only in the
headline is no entity), so the outlet heading every chain was no entity of the article: the chain
named a source the graph had no node for (GUIDELINES "Claims": the chain uses the file's entities;
tests/real/README.md "Datelines": the credited outlet is an Outlet entity).

After the claims are made, each Outlet a chain names that no entity of the article stands for gets
its mentions where the text writes its name, one of its registry aliases or its site's address
("cgtn.com") as a whole word, outside the other entities' mentions. An outlet the text never writes
(a chain head read from the article's metadata) gets none: there is nothing to point at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from osint_graph.gazetteer import Gazetteer
from osint_graph.model import Claim
from osint_graph.nlp.spans import annotate

OUTLET_ID = "outlet:"


def _names(name: str, gazetteer: Gazetteer | None) -> tuple[str, ...]:
    """The outlet's name and its registry aliases, longest first."""
    names = [name]
    if gazetteer is not None:
        entry = gazetteer.lookup(name, "Outlet")  # None where the registry has no such outlet
        if entry is not None:
            names += list(entry.names)
            host = _host(entry.attributes.get("url") or "")
            if host:
                names.append(host)  # '...\ncgtn.com': the credit written as the site's address
    return tuple(sorted(dict.fromkeys(n for n in names if n), key=len, reverse=True))


def _host(url: str) -> str:
    """'https://www.cgtn.com' -> 'cgtn.com' (no path: the site's own address)."""
    m = re.match(r"^(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$", url.strip().lower())
    return m.group(1) if m else ""


def _mentions(doc: Doc, names: Iterable[str], taken: set[int]) -> list[Span]:
    text = doc.text
    found: list[Span] = []
    for name in names:
        for m in re.finditer(r"(?<![\w&.'’-])" + re.escape(name) + r"(?![\w&'’-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or taken & set(range(span.start, span.end)):
                continue
            found.append(span)
            taken.update(range(span.start, span.end))
    return found


def add_credited_outlets(doc: Doc, claims: Iterable[Claim], gazetteer: Gazetteer | None) -> None:
    """Give doc.ents a mention of each chain's Outlet that no entity of the article stands for."""
    have = {ent._.entity_id for ent in doc.ents}
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    added: list[Span] = []
    seen: set[str] = set()
    for claim in claims:
        for link in claim.attribution:
            eid = link.entity
            if not eid or not eid.startswith(OUTLET_ID) or eid in have or eid in seen:
                continue
            seen.add(eid)
            for span in _mentions(doc, _names(link.name, gazetteer), taken):
                added.append(annotate(span, "Outlet", "credit", canonical=link.name))
                added[-1]._.entity_id = eid
    if added:
        doc.ents = filter_spans(list(doc.ents) + added)
