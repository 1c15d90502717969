"""Names of military exercises read as places or people: "Exercise Kestrel Shield", "the Kestrel Shield
2025 exercise", "a training exercise, called 'Kestrel Shield'" (location29, issue 11).

The model reads an exercise's name as a person ("Noble Dingo") or a town ("Milan", "Talisman Sabre");
dev gold annotates no exercise so written. A name right after an exercise noun
(`entity_types/exercise_words.txt`, perhaps after "called" or "dubbed": `exercise_name_links.txt`) or
right before one (a year, a number and lower-case adjectives may stand between: "the Kestrel Shield
2025 military exercise") is the exercise's; its readings as a Person, Location or Port leave
`doc.ents` in every mention of the article. An Organization keeps it (a body's name, "Exercise Neptune
Strike" written whole, as named operations are: GUIDELINES "Named operations").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from osint_graph.gazetteer import Gazetteer, normalise_name
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words

EXERCISE_WORDS = words("entity_types/exercise_words")
LINK_WORDS = words("entity_types/exercise_name_links")
LABELS = frozenset(LABEL_OF_TYPE[t] for t in ("Person", "Location", "Port"))
QUOTES = frozenset("\"'“”‘’")
MAX_BETWEEN = 3  # a year, a number, an adjective: "Kestrel Shield 2025 military exercise"


def _after_exercise_word(span: Span) -> bool:
    """'Exercise Kestrel Shield', 'a training exercise, called “Kestrel Shield”'."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].text in QUOTES:
        i -= 1
    if i >= 0 and doc[i].lower_ in LINK_WORDS:
        i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
    return i >= 0 and doc[i].lower_ in EXERCISE_WORDS


def _before_exercise_word(span: Span, gazetteer: Gazetteer) -> bool:
    """'the Kestrel Shield 2025 exercise', 'the Kestrel Shield military drills'; not a name the sources
    know ('the Black Sea drills' are held on that sea)."""
    doc = span.doc
    if span_ext(span, "osint_source") == "gazetteer" or gazetteer.types_of(span.text):
        return False
    for tok in doc[span.end : min(len(doc), span.end + MAX_BETWEEN + 1)]:
        if tok.lower_ in EXERCISE_WORDS:
            return True
        if not (tok.like_num or tok.text == "/" or (tok.is_lower and tok.pos_ == "ADJ")):
            return False
    return False


def _quoted_names(doc: Doc) -> set[str]:
    """'a training exercise, called “Kestrel Shield”': the name in quotes, an entity or not."""
    out = set()
    for tok in doc:
        if tok.lower_ not in LINK_WORDS or tok.i < 2 or tok.i + 2 >= len(doc):
            continue
        before = doc[tok.i - 2] if doc[tok.i - 1].text == "," else doc[tok.i - 1]
        if before.lower_ not in EXERCISE_WORDS or doc[tok.i + 1].text not in QUOTES:
            continue
        end = tok.i + 2
        while end < len(doc) and doc[end].text[:1].isupper():
            end += 1
        if end > tok.i + 2:
            out.add(_key(doc[tok.i + 2 : end]))
    return out


def _key(span: Span) -> str:
    """The name without a trailing year or number ('Kestrel Shield 2025' -> 'kestrel shield')."""
    toks = [t for t in span if not (t.like_num or t.text == "/")]
    return normalise_name(" ".join(t.text for t in toks))


def drop_exercise_names(doc: Doc, gazetteer: Gazetteer) -> None:
    """Leave out every Person, Location or Port reading of a name the article gives an exercise."""
    names = {
        _key(e)
        for e in doc.ents
        if e.label_ in LABELS and (_after_exercise_word(e) or _before_exercise_word(e, gazetteer))
    } | _quoted_names(doc)
    if not names:
        return
    doc.ents = [e for e in doc.ents if not (e.label_ in LABELS and _named(_key(e), names))]


def _named(key: str, names: set[str]) -> bool:
    """The exercise's name or its last words ('Noble Dingo' and, read apart, 'Dingo')."""
    return key in names or any(name.endswith(" " + key) for name in names)
