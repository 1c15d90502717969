"""People's names as osint_entity_types writes them: titles out of the name and into the role, the
whole name where the model cut off a given name, and a name the model typed as an organisation that
the parse sets beside a person's role.

`person_span` takes a span osint_entity_types has labelled Person; `apposed_to_role` tells
osint_entity_types that a span the model labelled ORG is a person's name; `role_of` reads the title
written before a name or the appositive after it.
"""

from __future__ import annotations

from spacy.tokens import Span

from osint_graph.gazetteer import Gazetteer
from osint_graph.nlp.english_words import english_word
from osint_graph.nlp.given_names import is_given_name
from osint_graph.nlp.name_tails import with_family_names
from osint_graph.nlp.rules import words
from osint_graph.nlp.spans import PORTFOLIO_WORDS, annotate, sentence_bounds

TITLE_WORDS = words("common/title_words")
TITLE_FILLERS = words("common/title_fillers")
ORG_NAME_WORDS = words("common/org_name_words")
ORG_SUFFIXES = words("common/org_suffixes")
OUTLET_NAME_WORDS = words("common/outlet_name_words")
NOT_NAME_WORDS = words("context/not_name_words")
NAME_PREFIX_WORDS = words("context/name_prefix_words")  # 'Mr', 'Sir', '3rd Class'
# 'Ayatollah', 'Tan Sri', 'Datuk Seri': honorifics before a name, as tuples of lower-case words
HONORIFICS = frozenset(tuple(h.split()) for h in words("context/honorifics") | NAME_PREFIX_WORDS)
POSTNOMINALS = words("context/postnominal_letters")  # 'DBE', 'KC' after a name
HONORIFIC_WORDS = frozenset(w for h in HONORIFICS for w in h)
CALENDAR_WORDS = frozenset(w.lower() for w in words("common/months") | words("common/weekdays"))
# roles of people that are no title ('the first mate', 'the chief engineer'); with the titles, a
# name set beside one by apposition is a person's (context/person_role_nouns)
ROLE_NOUNS = TITLE_WORDS | words("context/person_role_nouns")
NAME_WORDS = ORG_NAME_WORDS | ORG_SUFFIXES | OUTLET_NAME_WORDS


def person_span(span: Span, gazetteer: Gazetteer) -> Span:
    """Titles out of the name ('Superintendent Robin Lardot'), into the role; the given names the
    model left out ('Hirsi Yusuf Barre')."""
    doc = span.doc
    start = span.start
    while start < span.end - 1 and (
        doc[start].lower_ in TITLE_WORDS or doc[start].lower_ in TITLE_FILLERS - {"of", "the", "for", "and"}
    ):
        start += 1
    if start > span.start and any(doc[i].lower_ in TITLE_WORDS for i in range(span.start, start)):
        span = annotate(
            doc[start : span.end],
            "Person",
            span._.osint_source or "model",
            entry=gazetteer.lookup(doc[start : span.end].text, "Person"),
        )
    span = without_honorifics(span, gazetteer)
    span = person_after_state(span, gazetteer)
    span = with_given_names(span, gazetteer)
    span = with_family_names(span, gazetteer)  # 'Muhammad Suffi Mohd Ramli'
    span = hyphenated_given_name(span)
    if span._.role is None:
        role = role_of(span)
        if role:
            span._.role = role
    return span


def _honorific_at(span: Span, start: int) -> int:
    """The number of tokens of the longest honorific at `start` in the span, 0 if none."""
    doc = span.doc
    for n in (3, 2, 1):
        words_ = tuple(t.lower_.rstrip(".") for t in doc[start : min(start + n, span.end)])
        if len(words_) == n and words_ in HONORIFICS:
            return n
    return 0


def lower_only(span: Span) -> bool:
    """'mga tao' read as a person in a quote in Tagalog: English writes a person's name capitalised."""
    return all(t.is_lower for t in span if t.is_alpha)


def honorific_only(span: Span) -> bool:
    """'Datuk Seri' read as a person apart from the name after it: an honorific, no one's name."""
    return _honorific_at(span, span.start) == len(span)


def without_honorifics(span: Span, gazetteer: Gazetteer) -> Span:
    """'Mr Ola Brenn', 'Ayatollah Ola Brenn', 'Tan Sri Ola Brenn', 'Mrs Justice Brenn DBE' -> the name
    (context/honorifics, context/name_prefix_words, context/postnominal_letters); one word of a name
    is always left."""
    doc = span.doc
    start, end = span.start, span.end
    while end - start > 1 and (n := _honorific_at(span, start)) and end - start - n >= 1:
        start += n
    while end - start > 1 and doc[end - 1].text in POSTNOMINALS:
        end -= 1
    if (start, end) == (span.start, span.end):
        return span
    name = doc[start:end]
    out = annotate(name, "Person", span._.osint_source or "model", entry=gazetteer.lookup(name.text, "Person"))
    out._.role = span._.role
    return out


def _glued(doc, i: int) -> bool:
    """Whether token i is a hyphen with no space on either side ('Min-seok')."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _name_part(tok) -> bool:
    """A lower-case part of a hyphenated given name: no English word ('seok', 'woong'; not the
    'based' of 'Nairobi-based')."""
    return tok.is_lower and tok.is_alpha and not english_word(tok)


def hyphenated_given_name(span: Span) -> Span:
    """A given name of two parts joined by a hyphen, the second in lower case ('Min-seok Yoon',
    'Hyek-woong Kwon', as Korean names are written in English): the model keeps only one side
    ('Yoon', 'Hyek'); the name is the whole run, with the surname after it."""
    doc = span.doc
    start, end = span.start, span.end
    if start >= 3 and _glued(doc, start - 2) and _name_part(doc[start - 1]) and doc[start - 3].is_title:
        start -= 3  # 'Min-seok' before the model's 'Yoon'
    if end + 1 < len(doc) and _glued(doc, end) and _name_part(doc[end + 1]):
        end += 2  # the model's 'Hyek' before '-woong'
    if (
        end - start >= 3
        and _glued(doc, end - 2)
        and _name_part(doc[end - 1])
        and end < len(doc)
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
    ):
        end += 1  # the surname after the given name ('Hyek-woong Kwon')
    if (start, end) == (span.start, span.end) or end - start > 5:
        return span
    out = annotate(doc[start:end], "Person", span._.osint_source or "model")
    out._.role = span._.role
    return out


def person_after_state(span: Span, gazetteer: Gazetteer) -> Span:
    """'Ambassador to Venezuela Hojat Soltani', 'Saudi al-Falid': the state a title names, or a
    demonym standing for 'the Saudi minister', is no part of the person's name."""
    doc = span.doc
    after_to = span.start > 1 and doc[span.start - 1].lower_ == "to" and doc[span.start - 2].lower_ in TITLE_WORDS
    for cut in range(span.start + 1, min(span.end - 1, span.start + 3)):
        state = doc[span.start : cut].text
        demonym = cut == span.start + 1 and gazetteer.is_demonym(state) and not gazetteer.types_of(state)
        if (after_to and "Country" in gazetteer.types_of(state)) or demonym:
            rest = doc[cut : span.end]
            return annotate(rest, "Person", span._.osint_source or "model", entry=gazetteer.lookup(rest.text, "Person"))
    return span


def with_given_names(span: Span, gazetteer: Gazetteer) -> Span:
    """'Hirsi Yusuf Barre', 'Seaman Dakota Kyle Rigsby': the model's person starts one name late.
    A capitalised proper noun right before it that the parse makes part of the name (a compound of
    one of its words) is a given name, unless it is a title, a place or people the sources know, a
    calendar word, an honorific or a word that starts sentences; the same line only, and only
    before a name of two words or more (a lone surname after 'Mr' or 'Sector' is no given name's)."""
    doc = span.doc
    start = span.start
    if len(span) < 2:
        return span
    while start > 0:
        tok = doc[start - 1]
        if not (
            tok.pos_ == "PROPN"
            and tok.dep_ == "compound"
            and start <= tok.head.i < span.end
            and tok.is_alpha
            and tok.text[:1].isupper()
            and not tok.is_upper
            and "\n" not in tok.whitespace_
            and tok.ent_type_ in ("", "PERSON", "ORG")
        ):
            break
        low = tok.lower_
        if low in TITLE_WORDS | TITLE_FILLERS | NAME_WORDS | NOT_NAME_WORDS | CALENDAR_WORDS | HONORIFIC_WORDS:
            break
        if gazetteer.types_of(tok.text) or gazetteer.is_demonym(tok.text):
            break
        if english_word(tok) and not is_given_name(tok.text):
            break  # 'General Manager Ola Brenn': a word of the language that names no one
        start -= 1
    if start == span.start:
        return span
    whole = doc[start : span.end]
    return annotate(whole, "Person", span._.osint_source or "model", entry=gazetteer.lookup(whole.text, "Person"))


def titled_name_inside(span: Span, gazetteer: Gazetteer) -> Span | None:
    """'Mumbai MRCC Commandant NV Rama Rao', 'navy First Adm. Franky Pasuna Sihombing', 'Citing Makran
    Commissioner Saeed Ahmed Umrani': a span the model or a context rule took for a body, an outlet or a
    ship that holds a capitalised title word followed by two or more capitalised words closing it (or
    going on past it) is a titled person's name: the words after the last title word, else None. A
    body's name that goes on after a title word ('Coast Guard Investigative Service Special Agent')
    ends in no name; one the sources know is left alone."""
    if gazetteer.types_of(span.text):
        return None
    doc = span.doc
    _, limit = sentence_bounds(doc[span.start])
    titles = [t.i for t in span if t.i < span.end - 1 and t.text[:1].isupper() and t.lower_.rstrip(".") in TITLE_WORDS]
    start = titles[-1] + 1 if titles else _after_office_of(span)
    if start is None:
        return None
    end = start
    while end < limit and (end < span.end or end - start < 4) and _name_word(doc[end]):
        end += 1
    if end - start < 2 or end < span.end:
        return None
    name = doc[start:end]
    if gazetteer.types_of(name.text) - {"Person"}:
        return None
    return annotate(name, "Person", span._.osint_source or "model")


def _after_office_of(span: Span) -> int | None:
    """'Secretary of the Treasury Scott Bessent', 'Minister of Defence Ola Brenn': where the name
    starts after the portfolio words (common/portfolio_words.txt) the span opens with, when a
    capitalised title word and 'of' (and 'the') stand right before it: the portfolio names the
    office, no body (GUIDELINES, Titles); None otherwise ('the Ministry of Defence said')."""
    doc = span.doc
    k = span.start - 1
    if k >= 1 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    title = doc[k - 1]
    if not title.text[:1].isupper() or title.lower_.rstrip(".") not in TITLE_WORDS:
        return None
    i = span.start
    while i < span.end - 2 and doc[i].text[:1].isupper() and doc[i].lower_ in PORTFOLIO_WORDS:
        i += 1
    return i if i > span.start else None


def _name_word(tok) -> bool:
    """A word of a person's name: capitalised or initials, no body's or outlet's word, no title."""
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and tok.lower_ not in NAME_WORDS
        and tok.lower_ not in TITLE_WORDS
        and tok.lower_ not in NOT_NAME_WORDS
    )


def apposed_to_role(span: Span, gazetteer: Gazetteer) -> bool:
    """'Locky Maclean, the first mate of the lead ship, said', 'the commander of Karsk's air force,
    Ola Brenn, announced': a name the parse sets in apposition with a person's role is a person's,
    whatever label the model gave it. The role is the name's appositive, or the name is the role's
    appositive or that of the role's 'of'/'for' object (the parse hangs it on the nearest noun)."""
    if not 1 <= len(span) <= 4 or gazetteer.types_of(span.text):
        return False
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.is_upper or t.lower_ in NAME_WORDS for t in span):
        return False  # a person's name is capitalised words ('DP World' is no one's)
    root = span.root
    if any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in root.children):
        return True
    if root.dep_ != "appos":
        return False
    head = root.head
    if head.lemma_.lower() in ROLE_NOUNS:
        return True
    owner = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "for") else None
    return owner is not None and owner.lemma_.lower() in ROLE_NOUNS and owner.i < span.start


def role_of(span: Span) -> str | None:
    """'South Korean Defense Minister' before a name, or ', the defence minister,' after it."""
    doc = span.doc
    first, limit = sentence_bounds(span[0])
    i = span.start
    while i > first:
        tok = doc[i - 1]
        low = tok.lower_
        if tok.ent_type_ in ("PERSON",) or low in ("the", "a", "an") or tok.is_punct and tok.text not in ("-",):
            break
        if low in TITLE_WORDS or low in TITLE_FILLERS or tok.ent_type_ in ("NORP", "GPE", "COUNTRY", "ORG"):
            i -= 1
            continue
        if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            i -= 1
            continue
        if tok.text == "-" or (
            tok.is_lower and tok.pos_ in ("ADJ", "NOUN") and i - 1 > first and doc[i - 2].lower_ in TITLE_FILLERS
        ):
            i -= 1
            continue
        break
    role_tokens = doc[i : span.start]
    while len(role_tokens) and role_tokens[0].lower_ in ("of", "and", "for", "the", "-"):
        role_tokens = doc[role_tokens.start + 1 : role_tokens.end]
    if len(role_tokens) and any(t.lower_ in TITLE_WORDS for t in role_tokens):
        # the role ends with its title word ("Minister"), never with a stray name
        last = max(t.i for t in role_tokens if t.lower_ in TITLE_WORDS)
        if last == span.start - 1:
            return role_tokens.text
    # appositive: "Shin Won-sik, the defence minister,"
    j = span.end
    if j + 1 < limit and doc[j].text == ",":
        k = j + 1
        if doc[k].lower_ in ("the", "a", "an"):
            k += 1
        m = k
        while (
            m < limit
            and m - k < 8
            and doc[m].text not in (",", ".", ";", "(", ")")
            and doc[m].pos_ not in ("VERB", "AUX", "PRON")
        ):
            m += 1
        words_ = doc[k:m]
        if len(words_) and words_[-1].lower_ in TITLE_WORDS:
            return words_.text
    return None
