"""A description that points back to the name it introduced: "the conservation group" after "the
anti-whaling group Sea Shepherd Society", "the nonprofit" after "nonprofit Tolm Rescue", "the
carrier" after "Brask Lines, a Danish carrier". The article's own wording says which noun describes
which organisation; no list of nouns does (`source_context.DocumentSources.corefer` asks here when
no name holds the noun).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

DESCRIBED_LABELS = ("ORG", "OUTLET")
APPOSITION_REACH = 7  # words after "Name," that may hold its description ("Brask Lines, a Danish carrier")


def _described_by(ent: Span, lemma: str) -> bool:
    """Whether the organisation's own mention was introduced by a noun of this lemma: the word just
    before its name ("group Sea Shepherd") or the head of an apposition after it ("X, a Y group")."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lemma_.lower() == lemma and doc[ent.start - 1].pos_ in ("NOUN", "ADJ"):
        return True
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    for tok in doc[ent.end + 1 : min(ent.end + 1 + APPOSITION_REACH, len(doc))]:
        if tok.is_punct:
            return False
        if (
            tok.lemma_.lower() == lemma
            and tok.pos_ == "NOUN"
            and tok.dep_ == "appos"
            and tok.head.i in range(ent.start, ent.end)
        ):
            return True
    return False


def described_before(ents: list[Span], head: Token) -> Span | None:
    """The organisation or outlet named last before `head` that the article introduced with the
    head's noun, or None (a noun with a capital, a plural or a pronoun describes nothing here)."""
    if head.pos_ not in ("NOUN", "ADJ") or head.tag_ not in ("NN", "JJ") or head.text[:1].isupper():
        return None
    lemma = head.lemma_.lower()
    for ent in reversed(ents):
        if ent.start < head.i and ent.label_ in DESCRIBED_LABELS and _described_by(ent, lemma):
            return ent
    return None
