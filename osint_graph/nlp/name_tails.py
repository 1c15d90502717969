"""The family names the model cut off a long personal name: 'Muhammad Suffi Mohd Ramli' read as
'Muhammad Suffi', 'Muhd Nur Syam Asmawie Yaacob' as 'Muhd Nur Syam' (issue 11, thirty-second round:
Malay, Senegalese and Arabic names of four words or more on wire copy from South-East Asia and West
Africa). The parse still makes the model's last word a compound of a capitalised proper noun after
it: that noun, and the next ones so bound, belong to the name, unless one is a title, a calendar
word, a word of an organisation's or an outlet's name, a place or people the sources
know, or a word of the language that names no one ('Tan Ah Bik said', 'Ola Brenn Monday')."""

from __future__ import annotations

from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.given_names import is_given_name
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import annotate

STOP_WORDS = (
    words("common/title_words")
    | words("common/title_fillers")
    | words("common/org_name_words")
    | words("common/org_suffixes")
    | words("common/outlet_name_words")
    | words("context/not_name_words")
    | frozenset(w.lower() for w in words("common/months") | words("common/weekdays"))
)


def _tail_word(tok, gazetteer: Gazetteer) -> bool:
    """A capitalised proper noun that may end a person's name."""
    if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper):
        return False
    if tok.ent_type_ not in ("", "PERSON") or tok.lower_ in STOP_WORDS:
        return False
    if gazetteer.types_of(tok.text) or gazetteer.is_demonym(tok.text):
        return False
    return not english_word(tok) or is_given_name(tok.text)


def with_family_names(span: Span, gazetteer: Gazetteer) -> Span:
    """The person's span with the proper nouns after it that the parse binds to its last word."""
    doc = span.doc
    end = span.end
    if len(span) < 2:
        return span
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and doc[end - 1].whitespace_:
        last, nxt = doc[end - 1], doc[end]
        if last.dep_ != "compound" or last.head.i < end or not _tail_word(nxt, gazetteer):
            break
        end += 1
    if end == span.end:
        return span
    whole = doc[span.start : end]
    return annotate(whole, "Person", span._.osint_source or "model", entry=gazetteer.lookup(whole.text, "Person"))
