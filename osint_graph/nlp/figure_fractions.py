"""Shares written as fractions: "roughly a quarter of the Russian budget" -> 25 `percent`.

News states shares in words as often as in digits. The fractions are data
(sources/rules/figures/fractions.csv) matched by a spaCy Matcher as "<fraction> of" and, for a
change, "by <fraction>" ("has fallen by a third"); the hedge before them is read as for any other
figure. A fraction inside a number already found, in page
furniture or a date is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.rules import table

FRACTIONS = {row["words"]: (float(row["percent"]), row["cues"].split()) for row in table("figures/fractions")}


_MATCHERS: dict[int, tuple[Matcher, dict[int, float]]] = {}


def _matcher(doc: Doc) -> tuple[Matcher, dict[int, float]]:
    """One Matcher per vocabulary (built once), with the percent of each pattern's match id."""
    if id(doc.vocab) in _MATCHERS:
        return _MATCHERS[id(doc.vocab)]
    matcher = Matcher(doc.vocab)
    percents: dict[int, float] = {}
    for words, (percent, cues) in FRACTIONS.items():
        fraction = [{"LOWER": w} for w in _split(words)]
        for cue in cues:  # 'a quarter of', 'by a third': the cue word is no part of the figure
            key = doc.vocab.strings.add(f"FRACTION_{cue}_{words}")
            pattern = fraction + [{"LOWER": "of"}] if cue == "of" else [{"LOWER": "by"}] + fraction
            matcher.add(f"FRACTION_{cue}_{words}", [pattern])
            percents[key] = percent
    _MATCHERS[id(doc.vocab)] = (matcher, percents)
    return matcher, percents


def _sieve() -> re.Pattern:
    """Every pattern as it can stand in the lower-cased text (adjacent tokens are joined by one
    space or none): where this finds nothing, the Matcher cannot either, and is not run."""
    shapes = set()
    for words, (_percent, cues) in FRACTIONS.items():
        for cue in cues:
            parts = _split(words) + ["of"] if cue == "of" else ["by", *_split(words)]
            shapes.add(" ?".join(re.escape(p) for p in parts))
    return re.compile("|".join(sorted(shapes)))


def _split(words: str) -> list[str]:
    """'one-fourth' -> ['one', '-', 'fourth'] as spaCy's English tokenizer splits it."""
    return [part for piece in words.split() for part in piece.replace("-", " - ").split()]


SIEVE = _sieve()


def fraction_figures(
    doc: Doc, taken: list[Span], blocked: set[int], qualifier: Callable[[Doc, int, set[int]], tuple]
) -> list[Span]:
    """Figure spans (value, unit 'percent', qualifier) for the fractions of `doc` outside `taken`."""
    if not SIEVE.search(doc_text(doc).lower()):
        return []
    used = {i for span in taken for i in range(span.start, span.end)} | blocked
    matcher, percents = _matcher(doc)
    found = []
    for key, start, end in matcher(doc):
        head = end - 2 if doc[end - 1].lower_ == "of" else end - 1  # the fraction's last word
        start = start + 1 if doc[start].lower_ == "by" else start
        if any(i in used for i in range(start, head + 1)):
            continue
        hedge, q_start = qualifier(doc, start, blocked)
        span = Span(doc, q_start, head + 1, label="FIGURE")
        span._.figure_value, span._.figure_unit = percents[key], "percent"
        span._.figure_qualifier, span._.figure_attrs = hedge, {}
        found.append(span)
        used.update(range(q_start, head + 1))
    return found
