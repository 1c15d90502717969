"""osint_figures: counts and quantities with their counted noun, unit and qualifier.

Reads the tokens, `doc.ents` (no figure inside a name), the model's DATE and TIME spans and
`doc._.dates` (no figure of a date's numbers); writes `doc._.figures`, a list of spans "more than
three million 152 mm shells", each with `figure_value` (3000000.0, or None for "several million"),
`figure_unit` (lemma of the counted noun's head: "shell"), `figure_qualifier` ("more than") and
`figure_attrs` ({"calibre": "152 mm"}).

Not figures: dates and years, durations, ages, a calibre alone, IMO numbers, numbers inside names
("Maya 1", "KN-23"), "one"/"a" as an article. One pass over the tokens; no per-token call into
anything slow.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from osint_graph.nlp.labels import OUR_LABELS
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.spans import model_spans

CALIBRE_UNITS = words("common/calibre_units")
# measurement units, one spelling each
UNITS = {row["word"]: row["unit"] for row in table("figures/units")}
CURRENCY_SYMBOLS = {row["symbol"]: row["unit"] for row in table("figures/currency_symbols")}
MULTIPLIERS = {row["word"]: float(row["factor"]) for row in table("figures/multipliers")}
SHORT_MULTIPLIERS = {row["suffix"]: float(row["factor"]) for row in table("figures/short_multipliers")}
WORDS = {row["word"]: int(row["value"]) for row in table("common/number_words")}
# vague counts: the value is unknown, the word is the qualifier
VAGUE_ALONE = words("figures/vague_alone")
VAGUE = VAGUE_ALONE | words("figures/vague_counts")
QUALIFIERS_2 = {tuple(q.split()) for q in words("figures/qualifiers") if " " in q}
QUALIFIERS_1 = {q for q in words("figures/qualifiers") if " " not in q}
# nouns that make a number a date, a duration or an age: no figure
TIME_NOUNS = words("figures/time_nouns")
NOT_COUNTED = words("figures/not_counted")
DURATION_WORDS = words("figures/duration_words")
COUNT_LEADERS = words("figures/count_leaders")
OF_DETERMINERS = words("figures/of_determiners")
NAME_LABELS = frozenset(OUR_LABELS)
# a name after the counted noun ends it ("ships Ever Given"); a weapon's name may stand before it
NOT_WEAPON_NAMES = NAME_LABELS - {"WEAPON"}
_DIGITS = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(m|mn|bn|b|k)$", re.I)


def number_value(tokens: list[Token]) -> float | None:
    """'2 million' -> 2e6, '6,700' -> 6700, 'three million' -> 3e6, 'a million' -> 1e6."""
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        low = tok.lower_
        if low in ("a", "an") and not seen:
            current, seen = 1.0, True
            continue
        if low in ("-", "and"):
            continue
        m = _DIGITS_SUFFIX.match(low)
        if _DIGITS.match(low):
            current += float(low.replace(",", ""))
            seen = True
        elif m:
            current += float(m.group(1).replace(",", "")) * SHORT_MULTIPLIERS[m.group(2).lower()]
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


def is_number(tok: Token) -> bool:
    low = tok.lower_
    return bool(_DIGITS.match(low) or low in WORDS or low in MULTIPLIERS or _DIGITS_SUFFIX.match(low))


class Figures:
    """Finds figures in one pass over the tokens."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        blocked = self._blocked(doc)
        names = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                names[i] = ent
        figures: list[Span] = []
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if i in blocked or not (is_number(tok) or tok.lower_ in VAGUE or tok.text in CURRENCY_SYMBOLS):
                i += 1
                continue
            found = self._figure_at(doc, i, names, blocked)
            if found is None:
                i += 1
                continue
            span, value, unit, qualifier, attrs = found
            span._.figure_value = value
            span._.figure_unit = unit
            span._.figure_qualifier = qualifier
            span._.figure_attrs = attrs
            figures.append(span)
            i = max(span.end, i + 1)
        doc._.figures = figures
        return doc

    @staticmethod
    def _blocked(doc: Doc) -> set[int]:
        """Tokens of dates and times: their numbers are no figures."""
        blocked: set[int] = set()
        for span in model_spans(doc, ("DATE", "TIME")):
            words = {t.lower_ for t in span}
            if words & DURATION_WORDS and not any(t.lower_ in ("ago",) for t in span):
                blocked.update(range(span.start, span.end))  # durations and ages
            elif any(t.like_num for t in span) or span.label_ == "TIME":
                for t in span:
                    if t.like_num and (t.ent_type_ in ("DATE", "TIME") or not any(c == "," for c in t.text)):
                        # a number that is part of a date: "January 16", "2024"; a DATE span that
                        # the model gave to a count ("2 million projectiles") stays free when the
                        # next word is counted below
                        blocked.add(t.i)
        for span in getattr(doc._, "dates", None) or ():
            blocked.update(range(span.start, span.end))
        return blocked

    def _figure_at(self, doc: Doc, i: int, names: dict, blocked: set[int]):
        n = len(doc)
        tok = doc[i]
        # numbers inside names ('Maya 1', 'Yi Peng 3') and identifiers ('IMO 9123456')
        ent = names.get(i)
        if ent is not None and ent.label_ in NAME_LABELS:
            return None
        if i > 0 and doc[i - 1].lower_ in ("imo", "mmsi", "no", "no.", "number", "#"):
            return None
        if i > 0 and _DIGITS.match(tok.text) and len(tok.text) <= 3:
            prev = doc[i - 1]
            if prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and prev.ent_type_ != "DATE":
                if prev.lower_ not in COUNT_LEADERS:
                    return None  # 'Estlink 2', 'Nord Stream 2': a number inside a name
        # the number expression
        start = i
        currency = None
        if tok.text in CURRENCY_SYMBOLS:
            currency = CURRENCY_SYMBOLS[tok.text]
            if i + 1 >= n or not is_number(doc[i + 1]):
                return None
            i += 1
        j = i
        vague = None
        if doc[j].lower_ in VAGUE:
            vague = doc[j].lower_
            j += 1
            if vague == "tens" and j + 1 < n and doc[j].lower_ == "of" and doc[j + 1].lower_ in VAGUE_ALONE:
                vague = "tens of " + doc[j + 1].lower_
                j += 2
        num_tokens: list[Token] = []
        while j < n and j not in blocked and not self._is_calibre(doc, j):
            t = doc[j]
            joiner = (
                t.lower_ in ("and", "-")
                and num_tokens
                and j + 1 < n
                and is_number(doc[j + 1])
                and doc[j + 1].lower_ not in MULTIPLIERS
                and doc[j - 1].lower_ in WORDS
            )
            if not (is_number(t) or joiner):
                break
            if num_tokens and _DIGITS.match(t.lower_) and _DIGITS.match(num_tokens[-1].lower_):
                break  # '500,000 122 mm': two numbers side by side
            num_tokens.append(t)
            j += 1
        if not num_tokens and vague is None:
            return None
        if num_tokens and num_tokens[0].lower_ in MULTIPLIERS and num_tokens[0].lower_ != "dozen" and vague is None:
            # 'a million missiles'
            if start > 0 and doc[start - 1].lower_ in ("a", "an"):
                start -= 1
                num_tokens.insert(0, doc[start])
            else:
                return None
        if vague is None and len(num_tokens) == 1 and num_tokens[0].lower_ == "one":
            return None  # 'one' as an article
        if vague is not None and vague not in VAGUE_ALONE and not num_tokens and vague != "several":
            return None
        value = None if vague else number_value(num_tokens)
        if vague is None and value is None:
            return None
        if num_tokens and self._looks_like_year(num_tokens, doc, j):
            return None
        # the counted noun
        k = j
        unit = None
        head = None
        hyphenated = k < n and doc[k].text == "-"
        if currency:
            unit = currency
            head = j - 1
        elif k < n and doc[k].text in ("%",):
            unit, head = "percent", k
        elif k + 1 < n and doc[k].lower_ == "per" and doc[k + 1].lower_ == "cent":
            unit, head = "percent", k + 1
        else:
            if hyphenated:
                k += 1
            head = self._counted_noun(doc, k, vague is not None and not num_tokens, hyphenated)
            if head is None:
                return None
            unit = self._unit(doc, head)
        if unit is None:
            return None
        if doc[head].lower_ in TIME_NOUNS or unit in TIME_NOUNS:
            return None
        # 'nautical miles'
        if unit == "mile" and head > 0 and doc[head - 1].lower_ == "nautical":
            unit = "nautical mile"
        # the qualifier before the number
        qualifier = None
        q_start = start
        if start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in QUALIFIERS_2:
            q_start = start - 2
            qualifier = f"{doc[start - 2].lower_} {doc[start - 1].lower_}"
        elif start >= 1 and doc[start - 1].lower_ in QUALIFIERS_1 and doc[start - 1].pos_ != "VERB":
            q_start = start - 1
            qualifier = doc[start - 1].lower_
        if vague is not None:
            qualifier = vague
        if q_start in blocked:
            q_start = start
        span = Span(doc, q_start, head + 1, label="FIGURE")
        attrs = {}
        calibre = self._calibre_in(doc, j, head)
        if calibre:
            attrs["calibre"] = calibre
        return span, value, unit, qualifier, attrs

    @staticmethod
    def _is_calibre(doc: Doc, j: int) -> bool:
        """'152' in '152 mm' or '152-mm'."""
        n = len(doc)
        if j + 1 < n and doc[j + 1].lower_ in CALIBRE_UNITS:
            return True
        return j + 2 < n and doc[j + 1].text == "-" and doc[j + 2].lower_ in CALIBRE_UNITS

    @staticmethod
    def _looks_like_year(num_tokens: list[Token], doc: Doc, j: int) -> bool:
        if len(num_tokens) != 1:
            return False
        text = num_tokens[0].text
        if not re.fullmatch(r"(1[89]|20)\d\d", text):
            return False
        nxt = doc[j] if j < len(doc) else None
        return nxt is None or not (nxt.tag_ in ("NNS",) and nxt.lower_ not in TIME_NOUNS)

    def _counted_noun(self, doc: Doc, k: int, vague_alone: bool, hyphenated: bool) -> int | None:
        """Index of the head noun counted by the number ending before token k, or None."""
        n = len(doc)
        if k >= n:
            return None
        tok = doc[k]
        if hyphenated:  # '650-megawatt', '225-metre': a measure bound to the number
            if tok.lower_ in UNITS and tok.lower_ not in ("per", "%", "$", "€", "£"):
                return k
            return None
        if tok.lower_ in CALIBRE_UNITS:
            return None  # '155 mm': a calibre alone
        if tok.lower_ == "of":
            # 'dozens of vehicles', 'eight of the ship's sailors', 'millions of ammunition'
            k += 1
            if k < n and doc[k].lower_ in OF_DETERMINERS:
                k += 1
                if k + 1 < n and doc[k + 1].lower_ in ("'s", "’s"):
                    k += 2
        elif vague_alone:
            pass
        head = None
        seen_common = False
        m = k
        while m < n and m - k < 8:
            t = doc[m]
            low = t.lower_
            if t.ent_type_ in NOT_WEAPON_NAMES and seen_common:
                break
            if t.text == "-" and m > k and m + 1 < n and not doc[m + 1].is_punct:
                m += 1  # 'Russian-flagged', 'one-way'
                continue
            if t.like_num and m + 1 < n and doc[m + 1].lower_ in CALIBRE_UNITS:
                m += 2
                continue
            if t.like_num and m + 2 < n and doc[m + 1].text == "-" and doc[m + 2].lower_ in CALIBRE_UNITS:
                m += 3
                continue
            if t.like_num and m + 1 < n and doc[m + 1].text == "-":
                m += 2  # 'one-way attack drones'
                continue
            if t.ent_type_ == "WEAPON" and t.pos_ not in ("NOUN",) and not seen_common:
                m += 1  # 'Shahed-136' before 'drones'
                continue
            if t.pos_ in ("NOUN",) or (t.pos_ == "PROPN" and not seen_common) or low in UNITS:
                if low in NOT_COUNTED and low != "percent":
                    break
                head = m
                seen_common = seen_common or t.pos_ == "NOUN" or low in UNITS
                m += 1
                # a following noun continues the compound ('container ships'); 'of' does not
                continue
            if (
                t.pos_ in ("ADJ", "VERB")
                and (t.tag_ in ("JJ", "VBN", "JJR", "VBG") or t.text[:1].isupper())
                and head is None
            ):
                m += 1  # 'Russian-flagged', 'undersea', 'one-way'
                continue
            if t.pos_ == "PROPN" and head is None:
                m += 1
                continue
            break
        if head is None:
            return None
        return head

    @staticmethod
    def _unit(doc: Doc, head: int) -> str | None:
        tok = doc[head]
        low = tok.lower_
        if low in UNITS:
            return UNITS[low]
        lemma = tok.lemma_.lower() if tok.lemma_ else low
        if tok.pos_ == "PROPN" or not lemma.isalpha():
            lemma = low.rstrip("s") if low.endswith("s") and not low.endswith("ss") else low
        return UNITS.get(lemma, lemma)

    @staticmethod
    def _calibre_in(doc: Doc, start: int, end: int) -> str | None:
        for m in range(start, end):
            t = doc[m]
            if t.like_num:
                nxt = doc[m + 1] if m + 1 < len(doc) else None
                if nxt is not None and nxt.text == "-" and m + 2 < len(doc):
                    nxt = doc[m + 2]
                if nxt is not None and nxt.lower_ in CALIBRE_UNITS:
                    return f"{t.text} mm"
        return None


@Language.factory("osint_figures")
def make_figures(nlp: Language, name: str) -> Figures:
    return Figures(nlp, name)
