"""The unit a figure carries, in one spelling (tests/real/README.md "Figure units").

Measures are read by a units library, pint: it knows the spellings of a unit (plurals, British and
American spelling, abbreviations: "kilometres", "km", "nmi", "MW") and gives one name; the table
figures/pint_units.csv says which of pint's names a figure may carry and how we spell it. Words
that news prose uses otherwise than pint ("tons" are tonnes, "dwt" deadweight, "NM" nautical
miles) come first from figures/units.csv, and counted nouns folded to one lemma ("sailors" ->
crew member) from figures/count_words.csv. Money is an ISO 4217 code: signs from CLDR through babel ("$", "€", "A$")
plus figures/currency_symbols.csv ("US$"), the codes themselves ("USD 1 million"), CLDR's names of
the currencies in use ("Egyptian pounds", "Hong Kong dollars") and the words of
figures/currency_words.csv ("euros", "yen", and "pounds" when the number is scaled).
"""

from __future__ import annotations

import functools

import pint
from babel import Locale
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies, list_currencies
from spacy.tokens import Doc

from osint_graph.gazetteer import load_gazetteer
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import table, words

COUNT_WORDS = {row["word"]: row["unit"] for row in table("figures/count_words")}
UNIT_WORDS = {row["word"]: row["unit"] for row in table("figures/units")} | COUNT_WORDS
PINT_UNITS = {row["pint_name"]: row["unit"] for row in table("figures/pint_units")}
TWO_WORD_UNITS = {(row["first"], row["second"]): row["unit"] for row in table("figures/two_word_units")}
COMPOUND_COUNTS = {row["word"]: row["unit"] for row in table("figures/compound_counts")}
OF_COUNTS = {row["word"]: row["unit"] for row in table("figures/of_counts")}
TWO_WORD_FIRSTS = frozenset(first for first, _ in TWO_WORD_UNITS)
CALIBRE_UNITS = words("common/calibre_units")
RATE_UNITS = {
    (row["abbreviation"], row["per"]): (float(row["factor"]), row["unit"]) for row in table("figures/rate_units")
}
POSITIONS = {(row["unit"], row["word"]) for row in table("figures/positions")}
ARC_SIGNS = words("figures/arc_signs")
RATE_PERIODS = {(row["first"], row["second"]): row["rate"] for row in table("figures/rate_periods")}


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


def _currencies_in_use() -> set[str]:
    codes: set[str] = set()
    for territory in Locale("en").territories:
        try:
            codes.update(get_territory_currencies(territory, tender=True))
        except (KeyError, ValueError):
            continue  # a region (e.g. '001', 'EU') that has no currency of its own
    return codes


# ISO 4217 codes of the currencies in use (CLDR's legal tenders): not withdrawn ones, whose codes
# are also hull numbers and acronyms ('USS Corvin Star (ESB 3)': ESB was a peseta account)
CURRENCY_CODES = frozenset(_currencies_in_use()) - {"XXX"}


def _currency_names() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str], dict]:
    """Currency names as lower-case word tuples -> ISO 4217 code: (always, scaled only, shared).

    CLDR's English names of the currencies in use, singular and plural ("egyptian pounds"), and
    their endings of two words or more when they name one currency ("taiwan dollars"); then the
    words of figures/currency_words.csv, which also settle the ambiguous ones ("dollars" -> USD).
    A last word that names one currency comes only from the table: "real", "rand" are English words
    too. The words several currencies' names end with ("pesos", "dinars", "won", "shillings") and the
    table leaves open -> their codes (shared): the countries the article names decide between them
    (`_country_currency`), and with none or two of them no currency is read."""
    by_name: dict[tuple[str, ...], set[str]] = {}
    for code in _currencies_in_use():
        for count in (1, 2):
            name = tuple(get_currency_name(code, count=count, locale="en").lower().split())
            for k in range(len(name)):  # the last word alone too: kept below only when shared
                by_name.setdefault(name[k:], set()).add(code)
    always = {name: next(iter(codes)) for name, codes in by_name.items() if len(codes) == 1 and len(name) > 1}
    scaled: dict[tuple[str, ...], str] = {}
    for row in table("figures/currency_words"):
        key = tuple(row["word"].lower().split())
        (scaled if (row.get("when") or "").strip() == "scaled" else always)[key] = row["unit"]
    taken = always | scaled
    shared = {name: frozenset(codes) for name, codes in by_name.items() if len(codes) > 1 and name not in taken}
    return always, scaled, shared


CURRENCY_NAMES, SCALED_CURRENCY_NAMES, SHARED_CURRENCY_NAMES = _currency_names()
COUNTRY_LABEL = LABEL_OF_TYPE["Country"]


@functools.cache
def _territory_codes() -> dict[str, str]:
    """CLDR's English country names, lower case -> territory code ('philippines' -> 'PH')."""
    return {name.lower(): code for code, name in Locale("en").territories.items() if code.isalpha()}


def _country_currency(doc: Doc, codes: frozenset[str]) -> str | None:
    """The one currency of `codes` that is legal tender in a country the Doc names (by name or by a
    demonym): 'pesos' in an article that names the Philippines are PHP, in one that names Mexico MXN;
    None when no country or more than one currency of `codes` fits."""
    territories = {
        _territory_codes().get(ent.text.lower().removeprefix("the ")) for ent in doc.ents if ent.label_ == COUNTRY_LABEL
    }
    territories |= _demonym_territories(doc)  # 'a South Korean court fined them 30 million won'
    found = set()
    for territory in territories - {None}:
        try:
            found.update(set(get_territory_currencies(territory, tender=True)) & codes)
        except (KeyError, ValueError):
            continue
    return found.pop() if len(found) == 1 else None


def _demonym_territories(doc: Doc) -> set[str]:
    """Territory codes of the countries the Doc names by a demonym of the gazetteer ('South Korean',
    'Filipino'), read over words and pairs of words."""
    gazetteer = load_gazetteer()
    out = set()
    for k, tok in enumerate(doc):
        if not tok.text[:1].isupper():
            continue
        for text in (tok.text, f"{tok.text} {doc[k + 1].text}" if k + 1 < len(doc) else None):
            entry = gazetteer.country_of_demonym(text) if text else None
            if entry is not None and entry.identifiers.get("iso2"):
                out.add(entry.identifiers["iso2"])
    return out


MAX_NAME_WORDS = max(len(name) for name in CURRENCY_NAMES | SCALED_CURRENCY_NAMES)


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
    return _abbreviation_plural(low)


def _abbreviation_plural(low: str) -> str | None:
    """'kgs', 'Kgs' (glued '3300Kgs' too): a unit's symbol with a plural 's', which pint reads only
    for its names ('hrs' it knows, 'kgs' not); the singular must be pint's symbol of the unit itself."""
    if len(low) < 3 or not low.endswith("s") or not low.isalpha():
        return None
    single = low[:-1]
    try:
        registry = _registry()
        name, symbol = registry.get_name(single), registry.get_symbol(single)
    except (pint.errors.UndefinedUnitError, AttributeError, ValueError, TypeError):
        return None
    return PINT_UNITS.get(name) if symbol == single else None


def currency_sign(text: str) -> str | None:
    """'$' -> 'USD', 'US$' -> 'USD', 'EUR' -> 'EUR'; None for anything else."""
    if text in CURRENCY_SIGNS:
        return CURRENCY_SIGNS[text]
    if len(text) == 3 and text.isupper() and text in CURRENCY_CODES:
        return text
    return None


def currency_word(text: str) -> str | None:
    """A currency named by one word after the number: 'euros' -> 'EUR', 'USD' -> 'USD'."""
    return CURRENCY_NAMES.get((text.lower(),)) or currency_sign(text)


def currency_name(doc: Doc, k: int, scaled: bool) -> tuple[str, int] | None:
    """The currency named from token k on, longest name first: (ISO 4217 code, index of its last
    word) for '120 million Egyptian pounds', '5 million Hong Kong dollars', '10,000 pounds
    sterling'; with `scaled` (the number carries 'million', 'bn' ...) also '15 billion pounds',
    unless 'of' follows ('2 million pounds of fuel' is a weight). None when no currency is named."""
    for size in range(min(MAX_NAME_WORDS, len(doc) - k), 0, -1):
        key = tuple(t.lower_ for t in doc[k : k + size])
        after = doc[k + size].lower_ if k + size < len(doc) else ""
        if key in CURRENCY_NAMES:
            return CURRENCY_NAMES[key], k + size - 1
        if key in SHARED_CURRENCY_NAMES and (code := _country_currency(doc, SHARED_CURRENCY_NAMES[key])):
            return code, k + size - 1  # '50 million pesos' in an article on the Philippines
        if scaled and key in SCALED_CURRENCY_NAMES and after != "of":
            return SCALED_CURRENCY_NAMES[key], k + size - 1
    code = currency_sign(doc[k].text) if k < len(doc) else None
    return (code, k) if code else None


def two_word_unit(first: str, unit: str) -> str | None:
    """'nautical' + 'mile' -> 'nautical mile', 'crew' + 'member' -> 'crew member'."""
    return TWO_WORD_UNITS.get((first.lower(), unit))


def two_word_next(doc: Doc, k: int) -> bool:
    """The word after k completes a unit of two words with it ('crew members', 'deadweight tonnage')."""
    if k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    second = measure_unit(nxt.text) or nxt.lemma_.lower()
    return two_word_unit(doc[k].text, second) is not None


def two_word_end(doc: Doc, k: int) -> int:
    """'160,000-deadweight tonnage': a unit's first word takes its second."""
    return k + 1 if two_word_next(doc, k) else k


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
    """'mb/d', 'km/h' from token j ('1.2 mb/d' -> (1000000.0, 'barrel per day')); None when no rate is written there."""
    if j + 2 >= len(doc) or doc[j + 1].text != "/":
        return None
    return RATE_UNITS.get((doc[j].lower_, doc[j + 2].lower_))


def rate_period(doc: Doc, head: int) -> str | None:
    """'per day' / 'an hour' right after the measure at `head` ('50 miles per hour'): the rate's
    suffix ('per hour'), or None. A count keeps its noun: '32 vessels a day' counts vessels."""
    if head + 2 >= len(doc) or measure_unit(doc[head].text) is None:
        return None
    return RATE_PERIODS.get((doc[head + 1].lower_, doc[head + 2].lower_))


def is_position(doc: Doc, head: int, unit: str, start: int | None = None) -> bool:
    """'15 degrees north': a measure that gives a position (figures/positions.csv), not an amount;
    '18°47m W': the minutes of a coordinate, a number glued to a degree sign before it at `start`
    (figures/arc_signs)."""
    if start is not None and start > 0 and doc[start - 1].text in ARC_SIGNS and not doc[start - 1].whitespace_:
        return True
    return head + 1 < len(doc) and (unit, doc[head + 1].lower_) in POSITIONS


def modifier_before_plural(doc: Doc, head: int, m: int, name_labels: frozenset[str]) -> bool:
    """The singular word at `head` modifies a plural noun after the adjective at m: 'four Houthi
    small boats', 'two Philippine navy inflatable boats' count boats, not Houthis or navies. A
    measure ('5 km east') or a name of `name_labels` in between ends the noun."""
    if doc[head].tag_ not in ("NN", "NNP") or measure_unit(doc[head].text) is not None:
        return False
    for q in range(m + 1, min(len(doc), m + 4)):
        if doc[q].pos_ == "NOUN" and doc[q].tag_ == "NNS":
            return True
        if doc[q].pos_ not in ("ADJ", "NOUN", "PROPN") or doc[q].ent_type_ in name_labels:
            return False
    return False
