"""Normalisation and matching of names, units, qualifiers, values, dates and spans.

Pure functions, no spaCy: the keys scripts/evalkit/scoring.py matches gold and prediction on
(the matching rules are described in scripts/evaluate.py's docstring).
"""

from __future__ import annotations

import re
import unicodedata


def norm_name(text: str | None) -> str:
    """Name key: casefold, no accents, no possessive, no leading 'the', only letters and digits."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text).strip()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


UNIT_SYNONYMS = {
    "tonne": "ton",
    "metric ton": "ton",
    "t": "ton",
    "kilometre": "kilometer",
    "km": "kilometer",
    "metre": "meter",
    "m": "meter",
    "%": "percent",
    "per cent": "percent",
    "pct": "percent",
    "usd": "dollar",
    "$": "dollar",
    "us dollar": "dollar",
    "nm": "nautical mile",
    "bbl": "barrel",
    "mile nautical": "nautical mile",
}


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def norm_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    text = re.sub(r"\s+", " ", unit.casefold().strip())
    if not text:
        return None
    if text in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[text]
    words = [_singular(w) for w in text.split(" ")]
    words = [UNIT_SYNONYMS.get(w, w) for w in words]
    text = " ".join(words)
    return UNIT_SYNONYMS.get(text, text)


IRREGULAR_PLURALS = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def canonical_unit(unit: str | None) -> str | None:
    """Strict unit key of the real-article set: lower case, each word singular, nothing folded.

    The real set's gold writes units in one spelling (tests/real/README.md: `tonne`,
    `USD`, `nautical mile`, `crew member` ...), so "tons", "dollar" or "container ship"
    do not match them: the extractor must canonicalise, the scorer does not do it for it.
    """
    if unit is None:
        return None
    words = unit.casefold().split()
    return " ".join(IRREGULAR_PLURALS.get(w, _singular(w)) for w in words) or None


def units_match(a: str | None, b: str | None, strict: bool = False) -> bool:
    if strict:
        return canonical_unit(a) == canonical_unit(b)
    a, b = norm_unit(a), norm_unit(b)
    if a is None or b is None:
        return a is b
    return a == b or a.split(" ")[-1] == b.split(" ")[-1]


QUALIFIER_SYNONYMS = {
    "about": "about",
    "approximately": "about",
    "approx": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "circa": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "almost",
    "almost": "almost",
    "close to": "almost",
    "just under": "almost",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "greater than": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
    "up to": "up to",
    "as many as": "up to",
    "at most": "up to",
    "no more than": "up to",
}


def norm_qualifier(q: str | None) -> str | None:
    if not q:
        return None
    text = re.sub(r"\s+", " ", q.casefold().strip())
    text = re.sub(r" of$", "", text)
    return QUALIFIER_SYNONYMS.get(text, text) or None


def values_match(gv, pv, gq, pq) -> bool:
    if gv is None or pv is None:
        return gv is None and pv is None and norm_qualifier(gq) == norm_qualifier(pq)
    try:
        gv, pv = float(gv), float(pv)
    except (TypeError, ValueError):
        return False
    return abs(gv - pv) <= 1e-6 * max(1.0, abs(gv))


def uppers_match(gold: dict, pred: dict) -> bool:
    """A range's upper bound: gold `upper` against the prediction's `attributes.upper`."""
    gu, pu = gold.get("upper"), (pred.get("attributes") or {}).get("upper")
    if gu is None or pu is None:
        return gu is None and pu is None
    return values_match(gu, pu, None, None)


def norm_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if "/" in value:
        a, _, b = value.partition("/")
        if a == b:
            return a
    return value


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def iou(a: dict, b: dict) -> float:
    inter = overlap(a["start"], a["end"], b["start"], b["end"])
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return inter / union if union > 0 else 0.0
