"""A person's name the model typed as an organisation, told by a given name before the surname.

The statistical model labels a name it has never seen as ORG about as often as PERSON ("Duncan
Roy said", "Iskandar Safa's company"). A careful reader knows the first word is a given name:
`sources/rules/reference/given_names.txt` holds 16,507 given names of Faker's 111 locales written
in Latin letters (MIT licence; written by scripts/build_given_names.py), the knowledge wanted here,
not a hand list. (gender-guesser, which helper org19 measured first, knows more names, but its
data are GPLv3, which this MIT-licensed package does not take in.) It is used only where
nothing else decides: the sources know neither the name nor any word of it, and no word is an
organisation's, an outlet's or a legal form (a company named for its founder, 'Tarvo Lines', keeps
its type), and no word of it is an English word (`english_words.py`: 'Aurora Ship
Management'). Measured on the dev gold names (round nineteen): a first word the package knows starts
83% of the multi-word Person names and 14% of the multi-word Organization names, most of which end
in an organisation's word and are kept by that test (with gender-guesser's list; Faker's has the
common given names of Europe, the Americas and much of Asia and Africa but fewer transliterated
ones: "Duncan", "Kjartan", "Nickson" and not "Iskandar", "Anatoly").
"""

from __future__ import annotations

from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.rules import words

# the names' own words that rule a person out (last words of organisations' and outlets' names)
TITLE_WORDS = words("common/title_words")
NOT_PERSON_WORDS = (
    words("common/org_suffixes")
    | words("common/org_name_words")
    | words("common/outlet_name_words")
    | words("common/outlet_inner_words")
    | TITLE_WORDS
)
GIVEN_NAMES = frozenset(name.casefold() for name in words("reference/given_names"))


def is_given_name(word: str) -> bool:
    """`word` (as written, capitalised, letters only) is a given name of the list."""
    return word[:1].isupper() and word.isalpha() and word.casefold() in GIVEN_NAMES


def given_name_person(span: Span, gazetteer: Gazetteer) -> bool:
    """The span (2 or 3 words, the model's ORG) is a person's name: a given name, then capitalised
    words none of which the sources know or an organisation's name ends in."""
    toks = list(span)
    if not 2 <= len(toks) <= 3 or not is_given_name(toks[0].text) or not toks[0].whitespace_:
        return False  # not 'Mercedes-Benz': a given name is a word of its own
    if any(english_word(t) is not False for t in toks[1:]):
        return False  # 'Serenity Ship Management', 'Argentine Naval Prefecture': words of the language
    for tok in toks:
        text = tok.text
        if not (text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()):
            return False  # 'Duncan Roy'; not 'Karsk 7', not 'UN-HABITAT'
        if text.isupper() and len(text) > 1:
            return False  # an acronym: 'Abu MRCC'
        if tok.lower_ in NOT_PERSON_WORDS or is_legal_form(text):
            return False
        if gazetteer.types_of(text) - {"Location", "Port", "Person"} or gazetteer.is_demonym(text):
            return False  # 'Georgia Ports', 'Philippine Navy': a state or its word (a surname may be a town's)
    return not gazetteer.types_of(span.text) and not _named_with_org_word(span)


def _named_with_org_word(span: Span) -> bool:
    """The article writes the same words before an organisation's word elsewhere ('Abu Sayyaf' and
    'the Abu Sayyaf Group'): the name is the organisation's short name."""
    doc, words_ = span.doc, [t.text for t in span]
    n = len(words_)
    for i in range(len(doc) - n):
        if [t.text for t in doc[i : i + n]] == words_ and doc[i + n].lower_ in NOT_PERSON_WORDS - TITLE_WORDS:
            return True
    return False


def org_shaped_person(span: Span, gazetteer: Gazetteer) -> bool:
    """The span the model labelled PERSON is an organisation's name: it opens with no given name
    and either with an acronym of three capitals or more ('MRCC Varnport': a rescue centre and its
    town) or with an English word before a state the sources know ('Space Varnia': a company
    named for its field and its country). People's names start with a given name or a surname."""
    toks = list(span)
    if len(toks) < 2 or is_given_name(toks[0].text) or not toks[-1].text[:1].isupper():
        return False
    first = toks[0].text
    if len(first) >= 3 and first.isupper() and first.isalpha():
        return True
    state = "Country" in gazetteer.types_of(toks[-1].text)  # not a town's: 'Great Varnmouth'
    return state and english_word(toks[0]) is True and not gazetteer.types_of(span.text)
