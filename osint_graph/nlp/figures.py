"""Figures: counts, amounts and percentages with their unit and qualifier."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class Figures:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = []
        return doc


@Language.factory("osint_figures")
def make_figures(nlp: Language, name: str) -> Figures:
    return Figures(nlp, name)
