"""Dates: absolute and relative time expressions normalised against the publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class Dates:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = []
        return doc


@Language.factory("osint_dates")
def make_dates(nlp: Language, name: str) -> Dates:
    return Dates(nlp, name)
