"""Names of things no entity type of ours holds, known from one mention and dropped at all of them
(a step of osint_entity_types, beside `infrastructure.infrastructure_names`; issue 11, twenty-ninth
round; a storm's name is `storm_names.drop_storm_names`'s):

- the short form written in brackets after the name of a law, an agreement or a framework
  (a last word of `entity_types/not_entity_heads.txt`): 'the Net-Zero Framework (NZF) ... the NZF',
  as 'an unmanned aerial vehicle (UAV)' is a common noun's;
- a person's title's acronym, written in brackets or between commas after the title ('the Flag
  Officer Commanding (FOC)', 'the Chief of Naval Staff, CNS,'): the initials of the capitalised
  words before it, one of them a title word (common/title_words.txt);
- a portfolio after a title's 'for' ('Under Secretary for Terrorism and Financial Intelligence
  Ola Brenn'): the office's field, no body (GUIDELINES "Titles"), unless an organisation's word
  closes it;
- a stock exchange's code and a share's ticker in brackets after a company's name ('Tarvik Holm
  (OSE: TRV)': `company_cues.ticker_after` makes the name the company's; the codes are no entity);
- a line drawn on a map ('the International Maritime Boundary Line (IMBL)', 'the Nine-Dash Line':
  a word of `entity_types/boundary_line_words.txt` before a closing 'Line'; thirtieth round, org30),
  with the short form in brackets after it.

`thing_names(doc)` gives the names as written; osint_entity_types drops the model's entities whose
name (without a leading 'the') is one of them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.company_cues import TICKER
from osint_graph.nlp.org_names import ORG_WORDS
from osint_graph.nlp.rules import words

NOT_ENTITY_HEADS = words("entity_types/not_entity_heads")
BOUNDARY_LINE_WORDS = words("entity_types/boundary_line_words")
TITLE_WORDS = words("common/title_words")
SKIPPED_IN_INITIALS = ("of", "the", "and", "for")


def _bracketed_short_forms(doc: Doc) -> set[str]:
    """'the Net-Zero Framework (NZF)': the capitals in brackets after a thing's capitalised head."""
    out: set[str] = set()
    for tok in doc:
        i = tok.i
        if tok.text != "(" or i < 1 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        head, short = doc[i - 1], doc[i + 1]
        if head.text[:1].isupper() and head.lower_ in NOT_ENTITY_HEADS and short.text.isupper():
            out.add(short.text)
    return out


def _ticker_codes(doc: Doc) -> set[str]:
    """'(OSE: TRV)' -> 'OSE', 'TRV'."""
    out: set[str] = set()
    for tok in doc:
        if tok.text == "(" and (match := TICKER.match(doc.text, tok.idx)):
            out.update(code.strip() for code in match.group().strip(" ()").split(":"))
    return out


def _title_acronyms(doc: Doc) -> set[str]:
    """'the Flag Officer Commanding (FOC)', 'the Chief of Naval Staff, CNS,' -> 'FOC', 'CNS'."""
    out: set[str] = set()
    for tok in doc:
        i = tok.i
        if tok.text not in ("(", ",") or i < 2 or i + 2 >= len(doc):
            continue
        short = doc[i + 1]
        if doc[i + 2].text != (")" if tok.text == "(" else ",") or not short.is_alpha or not short.is_upper:
            continue
        initials, k, title = [], i, False
        while k > 0 and len(initials) < len(short.text):
            word = doc[k - 1]
            if word.lower_ in SKIPPED_IN_INITIALS and initials:
                k -= 1
                continue
            if not (word.is_alpha and word.text[:1].isupper()):
                break
            initials.insert(0, word.text[0])
            title = title or word.lower_ in TITLE_WORDS
            k -= 1
        if title and "".join(initials) == short.text:
            out.add(short.text)
    return out


def _portfolios(doc: Doc) -> set[str]:
    """'Under Secretary for Terrorism and Financial Intelligence Ola Brenn' -> 'Terrorism': an
    organisation of the model's right after a title's 'for' (a title word among the five words
    before it), with no organisation's word."""
    out: set[str] = set()
    for ent in doc.ents:
        i = ent.start
        if ent.label_ != "ORG" or i < 2 or doc[i - 1].lower_ != "for":
            continue
        before = doc[max(0, i - 6) : i - 1]
        if any(t.lower_ in TITLE_WORDS and t.text[:1].isupper() for t in before):
            if not any(t.lower_ in ORG_WORDS for t in ent):
                out.add(ent.text)
    return out


def boundary_line(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end name a line drawn on a map: 'Nine-Dash Line', 'Maritime Boundary Line'."""
    return end - start >= 2 and doc[end - 1].lower_ in ("line", "lines") and doc[end - 2].lower_ in BOUNDARY_LINE_WORDS


def _boundary_lines(doc: Doc) -> set[str]:
    """'the International Maritime Boundary Line (IMBL)' -> the name and 'IMBL'."""
    out: set[str] = set()
    for ent in doc.ents:
        if not boundary_line(doc, ent.start, ent.end):
            continue
        out.add(ent.text[4:] if ent.text.lower().startswith("the ") else ent.text)
        k = ent.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper():
            out.add(doc[k + 1].text)
    return out


def thing_names(doc: Doc) -> frozenset[str]:
    """The things' short forms and the tickers of the article (see the module's
    docstring)."""
    return frozenset(
        _bracketed_short_forms(doc)
        | _ticker_codes(doc)
        | _title_acronyms(doc)
        | _portfolios(doc)
        | _boundary_lines(doc)
    )
