"""Credit lines read by their structure: where a page names the outlet whose story it carries.

A page that carries a wire's or another outlet's story credits it in a line whose shape, not its
words, says so: the wire's name after a bar closing the page's title ("Tanker released | Wirewatch"),
a bracketed credit closing the story's sentence ("... where the law applies. (Wirewatch)", "(Source:
Wirewatch)"), a wire's staff credit naming its writers ("(Reporting by ...; Editing by ...)"), a
copyright line ("© 2025 Wirewatch"), an Indian desk's "(With Wirewatch inputs)", a labelled credit among
a line's furniture ("Source: Wirewatch | 2025-06-03 | Editor: ..."), the agency before the filing time
("(Wirewatch) 09:28, June 03, 2025"), a wire's contributor line ("Wirewatch writer ... contributed"). The
forms are data, `sources/rules/attribution/credit_forms.jsonl` (each a regular expression with a named
group `outlet` and the part of the page it is read in).

This module only finds the names; nlp/repost.py keeps those that are Outlets of the page or of the
registry and puts the first at the head of every chain.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from osint_graph.nlp.extensions import doc_text, furniture_pieces
from osint_graph.nlp.furniture import CONTENT_KINDS, page_lines
from osint_graph.nlp.rules import patterns
from osint_graph.nlp.story_end import link_line


@cache
def _forms() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((p["where"], re.compile(p["pattern"])) for p in patterns("attribution/credit_forms"))


def _furniture_at(doc: Doc, start: int, end: int) -> bool:
    """Does page furniture (not the headline, a subheading or the dateline) overlap start..end?"""
    return any(kind not in CONTENT_KINDS and s < end and start < e for kind, s, e in furniture_pieces(doc))


def credit_names(doc: Doc) -> list[str | None]:
    """The outlet names the page's credit lines give, the forms of credit_forms.jsonl in file order.
    None stands for a credit naming no outlet (a wire's staff credit): the news agency the story names."""
    text = doc_text(doc)
    names: list[str | None] = []
    lines = page_lines(text)
    for where, pattern in _forms():
        if where == "title":
            parts = lines[:1]
        elif where == "close":  # the story's last line, the furniture and link lines after it skipped
            parts = [(s, e) for s, e in lines if not _furniture_at(doc, s, e) and not link_line(text[s:e])][-1:]
        else:  # "line": every line
            parts = lines
        for s, e in parts:
            m = pattern.search(text[s:e])
            if m is not None:
                names.append(m.group("outlet") if "outlet" in pattern.groupindex else None)
    return names
