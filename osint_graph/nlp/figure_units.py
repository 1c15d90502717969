"""The unit a figure carries, in one spelling (tests/real/README.md "Figure units").

Measures are read by a units library, pint: it knows the spellings of a unit (plurals, British and
American spelling, abbreviations: "kilometres", "km", "nmi", "MW") and gives one name; the table
figures/pint_units.csv says which of pint's names a figure may carry and how we spell it. Words
that news prose uses otherwise than pint ("tons" are tonnes, "dwt" deadweight, "NM" nautical
miles) come first from figures/units.csv, and counted nouns folded to one lemma ("sailors" ->
crew member) from figures/count_words.csv. Money is an ISO 4217 code: signs from CLDR through babel ("$", "€", "A$")
plus figures/currency_symbols.csv ("US$"), the codes themselves ("USD 1 million") and the words
of figures/currency_words.csv ("euros").
"""

from __future__ import annotations

import functools

import pint
from babel.numbers import get_currency_symbol, list_currencies
from spacy.tokens import Doc

from osint_graph.nlp.rules import table, words

COUNT_WORDS = {row["word"]: row["unit"] for row in table("figures/count_words")}
UNIT_WORDS = {row["word"]: row["unit"] for row in table("figures/units")} | COUNT_WORDS
PINT_UNITS = {row["pint_name"]: row["unit"] for row in table("figures/pint_units")}
TWO_WORD_UNITS = {(row["first"], row["second"]): row["unit"] for row in table("figures/two_word_units")}
CURRENCY_WORDS = {row["word"]: row["unit"] for row in table("figures/currency_words")}
COMPOUND_COUNTS = {row["word"]: row["unit"] for row in table("figures/compound_counts")}
OF_COUNTS = {row["word"]: row["unit"] for row in table("figures/of_counts")}
TWO_WORD_FIRSTS = frozenset(first for first, _ in TWO_WORD_UNITS)
CALIBRE_UNITS = words("common/calibre_units")
RATE_UNITS = {row["abbreviation"]: (float(row["factor"]), row["unit"]) for row in table("figures/rate_units")}


def _currency_signs() -> dict[str, str]:
    """Sign -> ISO 4217 code: CLDR's English symbols that name one currency, then our extra signs."""
    by_sign: dict[str, list[str]] = {}
    for code in list_currencies():
        sign = get_currency_symbol(code, "en")
        if sign != code and not sign.isalpha():
            by_sign.setdefault(sign, []).append(code)
    signs = {sign: codes[0] for sign, codes in by_sign.items() if len(codes) == 1}
    signs.update({row["symbol"]: row["unit"] for row in table("figures/currency_symbols")})
    return signs


CURRENCY_SIGNS = _currency_signs()
CURRENCY_CODES = frozenset(list_currencies()) - {"XXX"}


@functools.cache
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


@functools.cache
def measure_unit(word: str) -> str | None:
    """'kilometres' -> 'kilometre', 'tons' -> 'tonne', 'MW' -> 'megawatt'; None for no measure."""
    if len(word) > 1 and word.endswith(".") and word[:-1].isalpha():
        word = word[:-1]  # '250 m.' at the end of a sentence
    low = word.lower()
    if low in UNIT_WORDS:
        return UNIT_WORDS[low]
    if not word.isalpha() and word != "%":
        return None
    for form in (word, low) if word != low else (word,):
        try:
            name = _registry().get_name(form)
        except (pint.errors.UndefinedUnitError, AttributeError, ValueError, TypeError):
            continue
        if name in PINT_UNITS:
            return PINT_UNITS[name]
    return None


def currency_sign(text: str) -> str | None:
    """'$' -> 'USD', 'US$' -> 'USD', 'EUR' -> 'EUR'; None for anything else."""
    if text in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[text]
    if len(text) == 3 and text.isupper() and text in CURRENCY_CODES:
        return text
    return None


def currency_word(text: str) -> str | None:
    """A currency named after the number: 'euros' -> 'EUR', 'USD' -> 'USD'."""
    return CURRENCY_WORDS.get(text.lower()) or currency_sign(text)


def two_word_unit(first: str, unit: str) -> str | None:
    """'nautical' + 'mile' -> 'nautical mile', 'crew' + 'member' -> 'crew member'."""
    return TWO_WORD_UNITS.get((first.lower(), unit))


def compound_unit(word: str, noun_unit: str) -> str | None:
    """'member' before 'crew' -> 'crew member' ('a 21-member crew'); None when `word` is no such word."""
    template = COMPOUND_COUNTS.get(word.lower())
    if template is None:
        return None
    unit = template.replace("{noun}", noun_unit)
    return UNIT_WORDS.get(unit, unit)


def is_calibre(doc: Doc, j: int) -> bool:
    """'152' in '152 mm' or '152-mm'."""
    n = len(doc)
    if j + 1 < n and doc[j + 1].lower_ in CALIBRE_UNITS:
        return True
    return j + 2 < n and doc[j + 1].text == "-" and doc[j + 2].lower_ in CALIBRE_UNITS


def calibre_in(doc: Doc, start: int, end: int) -> str | None:
    """The calibre written between the number and its noun: '500,000 122 mm shells' -> '122 mm'."""
    for m in range(start, end):
        t = doc[m]
        if t.like_num:
            nxt = doc[m + 1] if m + 1 < len(doc) else None
            if nxt is not None and nxt.text == "-" and m + 2 < len(doc):
                nxt = doc[m + 2]
            if nxt is not None and nxt.lower_ in CALIBRE_UNITS:
                return f"{t.text} mm"
    return None


def rate_unit(doc: Doc, j: int) -> tuple[float, str] | None:
    """'mb/d' from token j ('1.2 mb/d' -> (1000000.0, 'barrel per day')); None when no rate is written there."""
    if j + 2 >= len(doc) or doc[j + 1].text != "/" or doc[j + 2].lower_ != "d":
        return None
    return RATE_UNITS.get(doc[j].lower_)
