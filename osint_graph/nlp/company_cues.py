"""What a careful reader knows of a company's name without a list of companies: its last word
('Tarvik Shipping', 'Norvale Lines', 'Kestrel Group', `common/org_suffixes` and
`common/org_name_words`) and the role the sentence gives it ('owned by Tarvik', 'the carmaker
Ostrel', 'Norvale, the ship's manager', 'Kaymor as time charterer';
`context/company_role_before.txt`, `context/company_role_after.txt`; 'Tarvik CEO', "Norvale's
chief executive", `context/company_role_next.txt`).  The learned entity filter
reads both as features (`org_word`, `company_role`): a company the model tags once in the body,
unknown to the sources, was the filter's most frequent loss.  `company_name` (a company's last
word or legal form, or the short name the article gives a company in brackets) keeps a company
from being read as a ship by a ship's cue ('the Varn-registered Tern Vale Shipping Company');
`company_noun` (a noun only a company is called by, `context/company_nouns_before.txt`,
`company_nouns_after.txt`) retypes a name the model took for a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.extensions import span_ext
from osint_graph.nlp.labels import TYPE_OF_LABEL
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import POSSESSIVE_MARKS, word_list, words

ROLE_BEFORE = tuple(tuple(p.split()) for p in word_list("context/company_role_before"))
ROLE_AFTER = words("context/company_role_after")
NOUNS_BEFORE = tuple(tuple(p.split()) for p in word_list("context/company_nouns_before"))
NOUNS_AFTER = tuple(tuple(p.split()) for p in word_list("context/company_nouns_after"))
ROLE_NEXT = tuple(tuple(p.split()) for p in word_list("context/company_role_next"))
ONE_WORD_NEXT = frozenset(p[0] for p in ROLE_NEXT if len(p) == 1)  # nouns: 'Ostrel shares', 'Tarvik CEO'
SKIPPED_BEFORE = frozenset({"the", "a", "an", "its", "their"})  # 'owned by the Tarvik group'
APPOSITION_SPAN = 6  # words of an apposition read after the name
PLACES_TOO = words("context/company_words_places_too")  # 'Dogger Bank': a company's word and a place's
# a share's ticker after a company's name: '(OSE: TNI)', '(NYSE:NRV)'; an exchange's code in capitals or
# an exchange written as a word (context/ticker_exchanges.txt: 'Nasdaq')
TICKER = re.compile(
    r"\s*\((?:[A-Z]{2,6}|"
    + "|".join(re.escape(w) for w in sorted(word_list("context/ticker_exchanges")))
    + r")\s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9}\)"
)


def _org_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.lower_ in ORG_WORDS


def org_word_name(span: Span) -> bool:
    """The name ends in an organisation's word, 'Tarvik Shipping', 'Norvale Lines', or that word heads
    it before its 'of', 'Varn Court of Appeal', 'Karsk Bureau of Shipping' (not a one-word name)."""
    if len(span) < 2:
        return False
    return _org_word(span[-1]) or any(t.lower_ == "of" and k and _org_word(span[k - 1]) for k, t in enumerate(span))


def _company_word(text: str) -> bool:
    """A company's last word as written: an organisation's word or a legal form ('Co.', 'Ltd')."""
    word = text.rstrip(".")
    return word[:1].isupper() and (word.lower() in ORG_WORDS or is_legal_form(word))


def company_acronym(doc, text: str) -> bool:
    """`text` is written in brackets right after a company's name in the article ('Tern Ocean
    Shipping Co. (Toscor)'): the company's short name wherever else it stands."""
    return any(
        tok.text == text
        and 2 <= tok.i < len(doc) - 1
        and doc[tok.i - 1].text == "("
        and doc[tok.i + 1].text == ")"
        and _company_word(doc[tok.i - 2].text)
        for tok in doc
    )


def company_name(span: Span) -> bool:
    """The name is a company's by its own words: a legal form or an organisation's last word at its
    end ('Tern Vale Shipping Company', 'Karsk Lines Ltd'), or the acronym the article gives a
    company in brackets ('Toscor'): never a ship's, whatever a ship word near it says."""
    if len(span) > 1:
        return _company_word(span[-1].text)
    return company_acronym(span.doc, span[0].text)


def _before(span: Span) -> list[str]:
    """The lower-case words before the name, nearest last, skipping articles and demonym-like adjectives."""
    doc, i, out = span.doc, span.start, []
    while i > 0 and len(out) < 3:
        tok = doc[i - 1]
        if tok.text == "," and not out and i == span.start:
            i -= 1  # 'the car maker, Ostrel': the role before a comma
            continue
        if tok.is_punct:
            break
        if not out and (tok.lower_ in SKIPPED_BEFORE or (tok.text[:1].isupper() and tok.pos_ == "ADJ")):
            i -= 1  # 'the Italian carmaker Ostrel': the role is further back
            continue
        out.insert(0, tok.lower_)
        i -= 1
    return out


def _ends_with(before: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Do the words before a name end in one of the phrases?"""
    return any(tuple(before[-len(p) :]) == p for p in phrases if len(p) <= len(before))


def _role_before(span: Span) -> bool:
    return _ends_with(_before(span), ROLE_BEFORE)


def _role_after(span: Span) -> bool:
    """', the ship's manager' / ', which owns' / 'as time charterer' right after the name."""
    doc, j = span.doc, span.end
    if j >= len(doc) or doc[j].text not in (",", "as"):
        return False
    for tok in doc[j + 1 : j + 1 + APPOSITION_SPAN]:
        if tok.is_punct:
            return False
        if tok.lower_ in ROLE_AFTER:
            return True
    return False


def _possessive_end(span: Span) -> int:
    """The index after the name and its possessive "'s", if one follows it."""
    j = span.end
    return j + 1 if j < len(span.doc) and span.doc[j].lower_ in POSSESSIVE_MARKS else j


def _role_next(span: Span) -> bool:
    """'Tarvik CEO', "Norvale's chief executive", 'Kaymor said in a filing' right after the name."""
    doc, j = span.doc, _possessive_end(span)
    after = tuple(t.lower_ for t in doc[j : j + 4])
    if j < len(doc) and doc[j].pos_ == "VERB" and doc[j].lower_ in ONE_WORD_NEXT:
        return False  # "Varnia shares a border with ...": the verb, not the company's shares
    return any(after[: len(p)] == p for p in ROLE_NEXT)


def company_role(span: Span) -> bool:
    """The sentence gives the name a company's role before or after it."""
    return _role_before(span) or _role_after(span) or _role_next(span)


def ticker_after(span: Span) -> bool:
    """'Tarvik Nielsen (OSE: TNI)', 'Norvale Corp (Nasdaq: NRV)': a stock exchange's code and the
    share's ticker in brackets right after the name; only a listed company has one."""
    doc = span.doc
    return bool(TICKER.match(doc.text, span.end_char))


def company_noun(span: Span) -> bool:
    """A noun only a company is called by stands right before the name ('the trading firm Tarvik',
    'miner Norvale', 'his company, Kaymor Tours'), or a company's word right after it ('Tarvik CEO',
    "Norvale's shareholders"), or its share's ticker ('Tarvik Nielsen (OSE: TNI)'): a name the
    model took for a person is the company's."""
    if _ends_with(_before(span), NOUNS_BEFORE) or ticker_after(span):
        return True
    j = _possessive_end(span)
    if j > span.end:
        after = tuple(t.lower_ for t in span.doc[j : j + 2])
        if any(after[: len(p)] == p for p in NOUNS_AFTER):
            return True
    return _role_next(span)


def _named_company(span: Span) -> bool:
    """'Stolt Tankers', 'Korvane Systems': capitalised words, one of them no English word, before an
    organisation's last word (`org_word_name`): the name says it is a company's."""
    if span[-1].lower_ in PLACES_TOO:
        return False  # 'Dogger Bank': a shoal's name too
    return org_word_name(span) and any(
        t.is_alpha and t.text[:1].isupper() and english_word(t) is False for t in span[:-1]
    )


def company_word_ids(doc: Doc) -> set[str]:
    """Organisations one of whose mentions is a name no dictionary holds and an organisation's last
    word ('Stolt Tankers', twenty-sixth round: the learned score dropped such companies named once)."""
    return {
        span_ext(e, "entity_id") or ""
        for e in doc.ents
        if TYPE_OF_LABEL.get(e.label_) == "Organization" and _named_company(e)
    }
