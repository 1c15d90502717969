"""Names the model makes of a measure unit after a number: "3089 Kgs Charas", "158 Kgs
Methamphetamine" were read as people (issue 11, thirty-second round; the fresh batch dev-dd): the
capitalised unit abbreviation ("Kgs", "KG", "Kms") and the substance after it are no name. A unit
is what the figure component reads as one (`figure_units.measure_unit`: pint, figures/units.csv),
right after a number; a Person, Organization, Location or Port reading that starts with it is left
out, and so is the same name without the unit elsewhere on the page ("... and Methamphetamine").
A Vessel or a Weapon keeps its reading (a ship named 'Knot 7' is the vessel rules' to read)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import normalise_name
from osint_graph.nlp.figure_numbers import is_number
from osint_graph.nlp.figure_units import measure_unit
from osint_graph.nlp.labels import LABEL_OF_TYPE

LABELS = frozenset(LABEL_OF_TYPE[t] for t in ("Person", "Organization", "Location", "Port"))


def _after_unit(span: Span) -> str | None:
    """The name after the unit ('Charas' of 'Kgs Charas' after '3089'), '' when the span is the
    unit alone, None when the span does not start with a unit after a number."""
    doc = span.doc
    first = doc[span.start]
    if span.start == 0 or not is_number(doc[span.start - 1]) or measure_unit(first.text) is None:
        return None
    if not first.text[:1].isupper():
        return None
    return normalise_name(doc[span.start + 1 : span.end].text) if span.end > span.start + 1 else ""


def drop_measure_names(doc: Doc) -> None:
    """Leave out the Person/Organization/Location/Port readings that start with a unit after a number,
    and the other mentions of the name written after the unit."""
    ents = list(doc.ents)
    rest = {name for e in ents if e.label_ in LABELS and (name := _after_unit(e)) is not None}
    if not rest:
        return
    doc.ents = [
        e
        for e in ents
        if not (e.label_ in LABELS and (_after_unit(e) is not None or normalise_name(e.text) in rest - {""}))
    ]
