"""Is a capitalised word of a name an English common word? The model's rule lemmatizer ships
WordNet's index of English nouns, verbs, adjectives and adverbs (`lemma_index`, about 90,000
lemmas); a name's word found there ('Railway', 'Management', 'Naval') is a word of the language,
one not found ('Roy', 'Raytheon', 'Sekkingstad') a proper name. `register` keeps the index per
vocabulary when the pipeline is built (pipeline.add_components); a pipeline without the rule
lemmatizer has none, and `english_word` then answers None (cannot tell).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

_INDEX: dict[int, frozenset[str]] = {}  # id(vocab) -> the lemmas; the pipeline keeps its vocab alive


def register(nlp: Language, name: str = "lemmatizer") -> None:
    """Keep the lemmatizer's WordNet index for the pipeline's vocabulary."""
    if name not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe(name), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    lemmas: set[str] = set()
    for words in lookups.get_table("lemma_index").values():
        lemmas.update(words)
    _INDEX[id(nlp.vocab)] = frozenset(lemmas)


def english_word(tok: Token) -> bool | None:
    """The token, lower-cased or as its lemma, is an English word of WordNet; None when the
    pipeline has no index."""
    index = _INDEX.get(id(tok.doc.vocab))
    if index is None:
        return None
    return tok.lower_ in index or tok.lemma_.lower() in index


def english_text(doc_vocab, text: str) -> bool | None:
    """`text`, lower-cased, is an English word of WordNet ('coordination' for 'Co-ordination'
    written in two tokens); None when the pipeline has no index."""
    index = _INDEX.get(id(doc_vocab))
    if index is None:
        return None
    return text.lower() in index
