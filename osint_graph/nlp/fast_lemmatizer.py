"""The model's rule lemmatizer, the same lemmas read from arrays rather than a Token per token.

spaCy's Lemmatizer visits every token as a Token object (its text, part of speech, a new
MorphAnalysis for its cache key, then `lemma_` written back): ~0.09 s of CPU on the bench's
20,000 words. In "rule" mode a lemma depends only on the token's ORTH, POS and MORPH, which is
spaCy's own cache key, so `FastLemmatizer` reads those three columns with `to_array`, asks spaCy's
`rule_lemmatize` once per distinct triple (kept across documents), and writes the LEMMA column
back with `from_array`. Tokens that already carry a lemma (the attribute ruler's exceptions)
keep it unless `overwrite` is set, as in spaCy. `add_components` puts it in the model's
`lemmatizer` place with the model's tables; another mode or another lemmatizer class is left
alone. tests/test_nlp_fast_paths.py checks it against spaCy's on a made-up text.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

MAX_CACHED = 200_000  # distinct (ORTH, POS, MORPH) kept before the cache starts again


class FastLemmatizer(EnglishLemmatizer):
    """EnglishLemmatizer whose rule mode runs on the Doc's arrays (other modes: spaCy's way)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lemma_ids: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)  # as spaCy's __call__ does
        known, strings = self.lemma_ids, self.vocab.strings
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                if len(known) >= MAX_CACHED:
                    known.clear()
                found = known[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


@Language.factory(
    "osint_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "rule",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_fast_lemmatizer(nlp: Language, model, name: str, mode: str, overwrite: bool, scorer) -> FastLemmatizer:
    return FastLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


def speed_up_lemmatizer(nlp: Language, name: str = "lemmatizer") -> None:
    """Put a FastLemmatizer with the same tables in the place of spaCy's English rule lemmatizer."""
    if name not in nlp.pipe_names:
        return
    old = nlp.get_pipe(name)
    if type(old) is not EnglishLemmatizer or old.mode != "rule":
        return
    nlp.replace_pipe(name, "osint_lemmatizer", config={"overwrite": old.overwrite})
    nlp.get_pipe(name).initialize(lookups=old.lookups)
