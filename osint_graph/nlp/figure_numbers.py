"""The numbers of figures as news prose writes them, read from spaCy tokens.

Digits with comma, space or dot thousands ("6,700", "12 450", "12.450"), decimals ("1.2"), word
numbers ("twenty-one", "three million", "a dozen"), a multiplier glued on ("5bn", "$900m") and a
unit glued on ("40NM", "110km" when the tokenizer keeps it whole). Why our own reader over a
number library: the libraries tried (quantulum3, number-parser, text2num; see README
"Evaluation") read a whole string, while the figure component must know which tokens the number
spans; quantulum3, the most accurate of them on the dev split's figure phrases, costs ~30 ms a
phrase.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from osint_graph.nlp.figure_units import measure_unit
from osint_graph.nlp.rules import table, words

MULTIPLIERS = {row["word"]: float(row["factor"]) for row in table("figures/multipliers")}
SHORT_MULTIPLIERS = {row["suffix"]: float(row["factor"]) for row in table("figures/short_multipliers")}
WORDS = {row["word"]: int(row["value"]) for row in table("common/number_words")}
DIGITS = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?$")
# one token holding thousands groups split by a (narrow) no-break space: "12\u202f450"
_SPACED = re.compile(r"^\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+$")
# "12.450": dot thousands (one group of exactly three digits after 1-3 digits not starting with 0)
_DOTTED = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$")
_GLUED = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z%/]+)\.?$", re.I)
GROUP = re.compile(r"^\d{3}$")
SPACES = (" ", "\u00a0", "\u202f", "\u2009")
TIME_NOUNS = words("figures/time_nouns")


def digits_value(text: str, dotted_thousands: bool = True) -> float | None:
    """'6,700' -> 6700, '12\u202f450' -> 12450, '12.450' -> 12450 (dot thousands), '1.2' -> 1.2."""
    if _SPACED.match(text):
        return float(re.sub(r"\D", "", text))
    if dotted_thousands and _DOTTED.match(text):
        return float(text.replace(".", ""))
    if DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def glued(text: str, money: bool = False) -> tuple[float, str, str] | None:
    """'5bn' -> (5e9, 'multiplier', 'bn'); '40NM' -> (40, 'unit', 'nautical mile'); else None.

    A glued "m" is a million only after a currency sign ("$900m"); else metres ("a 110m ship")."""
    m = _GLUED.match(text)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    suffix = m.group(2)
    if suffix.lower() in SHORT_MULTIPLIERS and (money or suffix.lower() != "m"):
        return value * SHORT_MULTIPLIERS[suffix.lower()], "multiplier", suffix
    unit = measure_unit(suffix)
    if unit is not None:
        return value, "unit", unit
    return None


def is_number(tok: Token) -> bool:
    low = tok.lower_
    if low in WORDS or low in MULTIPLIERS:
        return True
    text = tok.text
    if not (text[:1].isdigit() or text[:1] in ("+", "-")):
        return False  # every digit pattern starts so (a cheap test first: it runs on every token)
    if digits_value(text) is not None or _SPACED.match(text):
        return True
    return glued(text) is not None


def spaced_group(prev: Token, tok: Token, space: Token | None = None) -> bool:
    """'200' after '4' in '4 200 tonnes': a group of three digits after a 1-3 digit group and one space
    (or a no-break space token between them)."""
    if not (GROUP.match(tok.text) and re.fullmatch(r"\d{1,3}", prev.text)):
        return False
    return prev.whitespace_ == "" and space.whitespace_ == "" if space is not None else prev.whitespace_ == " "


def number_value(tokens: list[Token], money: bool = False) -> float | None:
    """'2 million' -> 2e6, '6,700' -> 6700, '4 200' -> 4200, 'three million' -> 3e6, 'a million' -> 1e6,
    'half a million' -> 5e5."""
    total = 0.0
    current = 0.0
    seen = False
    prev_digits = prev_half = False
    dotted = not (tokens and tokens[-1].lower_ in MULTIPLIERS)
    for tok in tokens:
        low = tok.lower_
        if low in ("a", "an") and (not seen or prev_half):
            current, seen = (0.5 if prev_half else 1.0), True
            continue
        prev_half = low == "half" and not seen  # 'half a million'
        if prev_half:
            continue
        if tok.is_space:
            continue  # the no-break space inside '12\u202f450'
        if low in ("-", "and"):
            prev_digits = False
            continue
        value = digits_value(tok.text, dotted)
        g = glued(tok.text, money) if value is None else None
        if value is not None:
            current = current * 1000 + value if prev_digits and GROUP.match(tok.text) else current + value
            seen, prev_digits = True, True
            continue
        prev_digits = False
        if g is not None:
            current += g[0]
            seen = True
        elif low in WORDS:
            current += WORDS[low]
            seen = True
        elif low in MULTIPLIERS:
            factor = MULTIPLIERS[low]
            current = (current or 1.0) * factor
            if factor >= 1e3:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def short_multiplier(tok: Token) -> float | None:
    """'m' / 'bn' / 'mn' after a currency number ('$900m' tokenised '$', '900', 'm'), else None."""
    return SHORT_MULTIPLIERS.get(tok.lower_.rstrip("."))


def scaled(doc: Doc, k: int, num_tokens: list[Token]) -> bool:
    """The number that ends before token k carries a scale word: '15 billion', '$900m', '2 mln'."""
    return bool(num_tokens) and (num_tokens[-1].lower_ in MULTIPLIERS or (k > 0 and bool(short_multiplier(doc[k - 1]))))


def hyphen_multiplier(doc: Doc, j: int, num_tokens: list[Token]) -> bool:
    """The hyphen at j joins digits to a multiplier: '1.116-million barrels', '$2-billion'."""
    if doc[j].text != "-" or not num_tokens or j + 1 >= len(doc):
        return False
    after = doc[j + 1].lower_
    return DIGITS.match(doc[j - 1].text) is not None and after in MULTIPLIERS and after != "dozen"


def looks_like_year(num_tokens: list[Token], doc: Doc, j: int) -> bool:
    """A lone four-digit number of a year ('in 2019'), unless a plural count noun follows ('1990 ships')."""
    if len(num_tokens) != 1:
        return False
    text = num_tokens[0].text
    if not re.fullmatch(r"(1[89]|20)\d\d", text):
        return False
    nxt = doc[j] if j < len(doc) else None
    return nxt is None or not (nxt.tag_ in ("NNS",) and nxt.lower_ not in TIME_NOUNS)
