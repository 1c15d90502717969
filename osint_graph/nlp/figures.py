"""osint_figures: counts and quantities with their counted noun, unit and qualifier.

Reads the tokens, `doc.ents` (no figure inside a name), the model's DATE and TIME spans,
`doc._.dates` (no figure of a date's numbers) and the page furniture (no figure from a caption,
a byline or an embedded post); writes `doc._.figures`, a list of spans "more than
three million 152 mm shells", each with `figure_value` (3000000.0, or None for "several million"),
`figure_unit` (lemma of the counted noun's head: "shell"), `figure_qualifier` ("more than") and
`figure_attrs` ({"calibre": "152 mm"}).

Not figures: dates and years, durations, ages, a calibre alone, IMO numbers, numbers inside names
("Maya 1", "KN-23"), "one"/"a" as an article. One pass over the tokens; no per-token call into
anything slow.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.figure_ellipsis import (
    GROUP_UNITS,
    OF_DETERMINERS,
    antecedent_unit,
    bare_number,
    casualty_count,
    elliptic_head,
    elliptic_unit,
    group_unit,
    number_of,
    origin_unit,
    parallel_unit,
    series_unit,
    speaker_one,
)
from osint_graph.nlp.figure_fractions import fraction_figures
from osint_graph.nlp.figure_nouns import NAME_LABELS, counted_noun, head_unit, lemma_of, possessive_name_end
from osint_graph.nlp.figure_numbers import (
    DIGITS,
    MULTIPLIERS,
    SPACES,
    WORDS,
    glued,
    hyphen_multiplier,
    is_number,
    looks_like_year,
    number_value,
    scaled,
    short_multiplier,
    spaced_group,
)
from osint_graph.nlp.figure_people import people_unit
from osint_graph.nlp.figure_units import (
    COUNT_WORDS,
    OF_COUNTS,
    TWO_WORD_FIRSTS,
    calibre_in,
    compound_unit,
    currency_name,
    currency_sign,
    currency_word,
    is_calibre,
    is_position,
    measure_unit,
    rate_period,
    rate_unit,
)
from osint_graph.nlp.furniture import CONTENT_KINDS, HEADLINE, pieces
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.spans import model_spans

PEOPLE_UNITS = frozenset(COUNT_WORDS.values())  # crew member, person, personnel
PEOPLE_GROUPS = PEOPLE_UNITS | GROUP_UNITS  # a casualty count with no noun takes one counted before it

# vague counts: the value is unknown, the word is the qualifier
VAGUE_ALONE = words("figures/vague_alone")
VAGUE = VAGUE_ALONE | words("figures/vague_counts")
VAGUE_LEADS = {tuple(phrase.split()) for phrase in words("figures/vague_number_leads")}  # 'a few dozen'
QUALIFIERS_2 = {tuple(q.split()) for q in words("figures/qualifiers") if " " in q}
QUALIFIERS_1 = {q for q in words("figures/qualifiers") if " " not in q}
# nouns that make a number a date, a duration or an age: no figure
TIME_NOUNS = words("figures/time_nouns")
DURATION_WORDS = words("figures/duration_words")
COUNT_LEADERS = words("figures/count_leaders")
IDENTIFIER_WORDS = words("figures/identifier_words")  # 'IMO 9123456', 'Project 22160'
RANGE_JOINERS = words("figures/range_joiners")
TONNAGE_WORDS = {row["word"]: row["unit"] for row in table("figures/tonnage_words")}
FREQUENCY_WORDS = {row["word"]: float(row["value"]) for row in table("figures/frequency_words")}


def _vague_lead(doc: Doc, j: int) -> int | None:
    """Where the vague words of figures/vague_number_leads.txt before the number word at j start
    ('a few dozen', 'a couple of hundred'), or None."""
    if doc[j].lower_ not in MULTIPLIERS:
        return None
    for lead in VAGUE_LEADS:
        k = j - len(lead)
        if k >= 0 and tuple(t.lower_ for t in doc[k:j]) == lead:
            return k
    return None


def _money_number(doc: Doc, i: int) -> bool:
    """A number right after a currency sign and before a multiplier word: 'Rs 45 lakh', '$3 million'."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return i > 0 and currency_sign(doc[i - 1].text) is not None and nxt in MULTIPLIERS


def _start_words(doc: Doc) -> list[int]:
    """Positions whose word can start a figure (a frequency word, a number, a vague count, a currency
    sign, "US"): the test depends on the word alone (its text and lower case), so it runs once per
    distinct word of the Doc on the ORTH array rather than on a Token object per position."""
    starts: dict[int, bool] = {}
    out = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        ok = starts.get(orth)
        if ok is None:
            tok = doc[i]
            low = tok.lower_
            ok = starts[orth] = bool(
                low in FREQUENCY_WORDS or is_number(tok) or low in VAGUE or currency_sign(tok.text) or tok.text == "US"
            )
        if ok:
            out.append(i)
    return out


class Figures:
    """Finds figures in one pass over the tokens."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self._found: list[Span] = []

    def __call__(self, doc: Doc) -> Doc:
        blocked = self._blocked(doc)
        names = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                names[i] = ent
        figures: list[Span] = []
        self._found = figures  # the figures so far: a count whose noun is left out takes their unit
        after = 0  # the first position a new figure may start at
        for i in _start_words(doc):  # the only positions that can start one: no Token object for the rest
            if i < after:
                continue
            after = i + 1
            tok = doc[i]
            if tok.lower_ in FREQUENCY_WORDS and i not in blocked and not self._comparative_after(doc, i):
                span = Span(doc, i, i + 1, label="FIGURE")  # 'rammed the ship thrice'
                span._.figure_value, span._.figure_unit = FREQUENCY_WORDS[tok.lower_], "time"
                span._.figure_qualifier, span._.figure_attrs = None, {}
                figures.append(span)
                continue
            if i in blocked or not (
                is_number(tok) or tok.lower_ in VAGUE or currency_sign(tok.text) or tok.text == "US"
            ):
                continue
            found = self._figure_at(doc, i, names, blocked)
            if found is None:
                continue
            span, value, unit, qualifier, attrs = found
            span._.figure_value = value
            span._.figure_unit = unit
            span._.figure_qualifier = qualifier
            span._.figure_attrs = attrs
            figures.append(span)
            after = max(span.end, i + 1)
        figures += fraction_figures(doc, figures, blocked, self._qualifier)  # 'a quarter of'
        doc._.figures = sorted(figures, key=lambda span: span.start)
        return doc

    @staticmethod
    def _blocked(doc: Doc) -> set[int]:
        """Tokens of dates and times: their numbers are no figures."""
        blocked: set[int] = set()
        for span in model_spans(doc, ("DATE", "TIME")):
            measured = any(Figures._measure_follows(doc, t.i) for t in span if t.like_num)
            measured = measured or any((glued(t.text) or ("", ""))[1] == "unit" for t in span)  # '40pc last year'
            measured = measured or any(t.like_num and _money_number(doc, t.i) for t in span)  # 'Rs 45 lakh'
            if measured or Figures._counts_next(doc, span):
                continue  # 'approximately 16 nautical miles', 'between 10 and 15 drones' read as a date
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
        headline = None  # a headline the page repeats counts once
        for kind, start, end in pieces(doc):  # no figure from a byline, a caption, an embedded post
            again = kind == HEADLINE and headline is not None
            headline = headline or (doc_text(doc)[start:end] if kind == HEADLINE else None)
            span = doc.char_span(start, end, alignment_mode="expand") if kind not in CONTENT_KINDS or again else None
            if span is not None:
                blocked.update(range(span.start, span.end))
        return blocked

    @staticmethod
    def _counts_next(doc: Doc, span: Span) -> bool:
        """A model date of bare numbers before a plural noun: 'Between 10 and 15 drones' counts drones."""
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is None or nxt.tag_ != "NNS" or nxt.lower_ in TIME_NOUNS:
            return False
        return all(t.like_num or t.lower_ in RANGE_JOINERS or t.lower_ in ("between", "and") for t in span)

    @staticmethod
    def _measure_follows(doc: Doc, i: int) -> bool:
        """A measure unit right after the number at i ('16 nautical miles', '40 km')."""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ in TIME_NOUNS:
            return False
        if nxt.lower_ in TWO_WORD_FIRSTS and i + 2 < len(doc):
            nxt = doc[i + 2]
        return measure_unit(nxt.text) is not None and nxt.lower_ not in TIME_NOUNS

    def _figure_at(self, doc: Doc, i: int, names: dict, blocked: set[int]):
        n = len(doc)
        tok = doc[i]
        # numbers inside names ('Maya 1', 'Yi Peng 3') and identifiers ('IMO 9123456')
        ent = names.get(i)
        if ent is not None and ent.label_ in NAME_LABELS:
            return None
        if i > 0 and doc[i - 1].lower_ in IDENTIFIER_WORDS:
            return None
        if i > 1 and doc[i - 1].text == "." and doc[i - 2].lower_ == "no":
            return None  # 'the No. 3 cable': a number as a name
        if i > 0 and DIGITS.match(tok.text) and len(tok.text) <= 3:
            prev = doc[i - 1]
            if prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and prev.ent_type_ != "DATE":
                nxt = doc[i + 1].text if i + 1 < n else ""
                bound = nxt.lower() in MULTIPLIERS or currency_word(nxt) or self._measure_follows(doc, i)
                bound = bound or prev.is_stop  # a function word ends no name: 'From 4 Tankers' in a headline
                if prev.lower_ not in COUNT_LEADERS and currency_sign(prev.text) is None and not bound:
                    return None  # 'Estlink 2', 'Nord Stream 2': a number inside a name
        # the number expression
        start = i
        currency, i = self._currency_before(doc, i)
        if currency and (i >= n or not is_number(doc[i])):
            return None
        j = i
        vague = None
        a_dozen = doc[j].lower_ == "dozen" and j > 0 and doc[j - 1].lower_ in ("a", "an")  # 'a dozen ships': 12
        lead = _vague_lead(doc, j)
        if lead is not None:  # 'a few dozen ships': no value, the vague words qualify
            vague, start = " ".join(t.lower_ for t in doc[lead:j]), lead
        elif doc[j].lower_ in VAGUE and not a_dozen:
            vague = doc[j].lower_
            j += 1
            if vague == "tens" and j + 1 < n and doc[j].lower_ == "of" and doc[j + 1].lower_ in VAGUE_ALONE:
                vague = "tens of " + doc[j + 1].lower_
                j += 2
        between = start > 0 and doc[start - 1].lower_ == "between"
        j, num_tokens = self._number_tokens(doc, j, blocked, joins_and=not between)
        if not num_tokens and vague is None:
            return None
        if (
            num_tokens
            and num_tokens[0].lower_ in MULTIPLIERS
            and (num_tokens[0].lower_ != "dozen" or a_dozen)
            and vague is None
        ):
            # 'a million missiles', 'more than a dozen ships' (the qualifier stands before the article)
            if start > 0 and doc[start - 1].lower_ in ("a", "an"):
                start -= 1
                num_tokens.insert(0, doc[start])
                if start > 0 and doc[start - 1].lower_ == "half":
                    start -= 1  # 'half a million barrels': 500,000
                    num_tokens.insert(0, doc[start])
            else:
                return None
        if (
            vague is not None
            and vague.split()[0] not in VAGUE_ALONE
            and not num_tokens
            and vague != "several"
            and lead is None
        ):
            return None
        value = None if vague else number_value(num_tokens, money=currency is not None)
        if vague is None and value is None:
            return None
        glued_before_plural = num_tokens and not num_tokens[-1].whitespace_ and j + 1 < n and doc[j + 1].tag_ == "NNS"
        glued_before_plural = glued_before_plural or (  # '2.1m dwt': a million of another measure, not metres
            num_tokens
            and not num_tokens[-1].whitespace_
            and j + 1 < n
            and measure_unit(doc[j + 1].text) not in (None, "metre")
        )
        if value is not None and j < n and short_multiplier(doc[j]) and (currency or glued_before_plural):
            value *= short_multiplier(doc[j])  # '$900m', '1m barrels' (but 'a 110m ship')
            j += 1
        if value is not None and j < n and currency is None and rate_unit(doc, j):
            return self._rate(doc, start, j, value, blocked)  # '1.2 mb/d'
        value, upper, j = self._range(doc, j, blocked, between, value, num_tokens, currency is not None)
        if upper is None and between:
            return None
        if upper is None and vague is None and len(num_tokens) == 1 and num_tokens[0].lower_ == "one":
            one_of = j < n and doc[j].lower_ == "of"
            if (num_tokens[0].dep_ != "nummod" or one_of) and not (one_of and one_of_people(doc, j)):
                return None  # 'one' as a pronoun or an article: 'one of the', 'one said'; 'one person' counts
        if upper is None and num_tokens and looks_like_year(num_tokens, doc, j):
            return None
        found = None
        if currency is None and vague is None and upper is None and j > start:
            found = self._elliptic(doc, start, j, value)
        if found is None:
            found = self._unit_and_head(doc, j, start, num_tokens, currency, vague is not None and not num_tokens)
        if found is None:
            return None
        unit, head, start = found
        if speaker_one(doc, num_tokens, head) or is_position(doc, head, unit, start):
            return None  # 'one source blamed the attack on a mine', '15 degrees north'
        unit = group_unit(doc, start, head, value, self._found) or unit  # 'four Russian nationals'
        if (people := people_unit(doc, head, unit)) is not None:
            unit, head = people  # '450 passengers and crew', 'Four Dead' -> person
        if unit == "percent" and len(num_tokens) == 1 and "." in num_tokens[0].text and upper is None:
            value = float(num_tokens[0].text)  # '2.125 percent' is a decimal, not dot thousands
        if unit == "time" and doc[head].lower_ == "times" and not self._comparative_after(doc, head):
            unit = "time"  # 'seven times': how often
        elif unit == "time":
            return None
        if (
            not re.search(r"[A-Za-z%]", unit)
            or unit in TIME_NOUNS
            or (doc[head].lower_ in TIME_NOUNS and " per " not in unit)
        ):
            return None
        if upper is None and value is not None:
            upper, head = self._range_after_unit(doc, head, unit, value, names, blocked)
        qualifier, q_start = self._qualifier(doc, start, blocked)
        if vague is not None:
            qualifier = vague
        if between:
            q_start = start - 1
        if upper is not None:
            qualifier = "range"
        if head == len(doc) - 1 and doc[head].is_alpha and measure_unit(doc[head].text) is None:
            return None  # a text cut off mid-word ('... the two tank'): the counted noun may be cut
        span = Span(doc, q_start, head + 1, label="FIGURE")
        attrs = {}
        calibre = calibre_in(doc, j, head)
        if calibre:
            attrs["calibre"] = calibre
        if upper is not None:
            attrs["upper"] = str(int(upper)) if float(upper).is_integer() else str(upper)  # attributes are strings
        return span, value, unit, qualifier, attrs

    def _rate(self, doc: Doc, start: int, j: int, value: float, blocked: set[int]):
        """'about 1.2 mb/d': the figure of a rate written '<abbreviation>/d'."""
        factor, unit = rate_unit(doc, j)
        qualifier, q_start = self._qualifier(doc, start, blocked)
        return Span(doc, q_start, j + 3, label="FIGURE"), value * factor, unit, qualifier, {}

    def _elliptic(self, doc: Doc, start: int, end: int, value: float):
        """'At least eight had to be lifted', 'Eleven of those', 'four others': (unit, head, start)
        from the group counted before (figure_ellipsis), or None."""
        if parallel_unit(doc, start, end, self._found):  # set against a figure: its unit first
            return parallel_unit(doc, start, end, self._found), end - 1, start  # 'from 1.5 billion'
        if origin_unit(doc, start, end, value, self._found):  # '17 from China': people of a country
            return origin_unit(doc, start, end, value, self._found), end - 1, start
        head = elliptic_head(doc, end)
        if head is None and partitive_head(doc, end) is not None:
            return None  # 'Two of the crew members were hurt': the noun after 'of the' is counted
        if head is not None:
            unit = elliptic_unit(doc, start, value, self._found, head)
            if unit is None and (casualty_count(doc, end, head) is not None or casualty_count(doc, end) is not None):
                unit = "person"  # 'killing the pilot and injuring four others': no group counted before
            return (unit, head, start) if unit else None
        counted = number_of(doc, start) if bare_number(doc, end) else None
        noun = counted_noun(doc, counted, False, False) if counted is not None else None
        if noun is None or doc[noun].tag_ not in ("NNS", "NNPS"):
            series = series_unit(doc, start, end, self._found)  # '... in May and 2.5 million in June'
            if series:
                return series, end - 1, start
            no_noun = end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN")
            casualty = casualty_count(doc, end) if no_noun else None
            if casualty is None:
                return None
            group = antecedent_unit(doc, start, value, self._found)  # '10 sailors missing and five injured'
            return (group if group in PEOPLE_GROUPS else "person"), casualty, start  # 'Two killed in ...'
        return head_unit(doc, noun), end - 1, start  # 'the number of listed ships rose to 25'

    @staticmethod
    def _currency_before(doc: Doc, i: int) -> tuple[str | None, int]:
        """'$' / 'US$' / 'USD' / 'US $' before a number: (ISO 4217 code, index after the sign)."""
        tok = doc[i]
        if tok.text == "US" and i + 1 < len(doc) and doc[i + 1].text == "$":
            return "USD", i + 2
        code = currency_sign(tok.text)
        return (code, i + 1) if code else (None, i)

    def _number_tokens(self, doc: Doc, j: int, blocked: set[int], joins_and: bool = True):
        """The tokens of one number from j: '4 200', 'twenty-one', 'three million'; (end, tokens)."""
        n = len(doc)
        num_tokens: list[Token] = []
        while j < n and j not in blocked and not is_calibre(doc, j):
            t = doc[j]
            joiner = (
                t.lower_ in (("and", "-") if joins_and else ("-",))
                and num_tokens
                and j + 1 < n
                and is_number(doc[j + 1])
                and doc[j + 1].lower_ not in MULTIPLIERS
                and (doc[j - 1].lower_ in WORDS or (doc[j - 1].lower_ == "hundred" and doc[j + 1].lower_ in WORDS))
            ) or hyphen_multiplier(doc, j, num_tokens)
            if t.text in SPACES[1:] and num_tokens and j + 1 < n and spaced_group(num_tokens[-1], doc[j + 1], t):
                num_tokens.append(t)  # '12\u202f450': a no-break space the tokenizer keeps apart
                j += 1
                continue
            if not (is_number(t) or joiner):
                break
            if num_tokens and t.lower_ in WORDS and t.lower_ not in MULTIPLIERS and DIGITS.match(num_tokens[-1].text):
                break  # '24,346 twenty-foot equivalent units': a word number after digits starts anew
            if num_tokens and DIGITS.match(t.text) and DIGITS.match(num_tokens[-1].text):
                if not spaced_group(num_tokens[-1], t) and not num_tokens[-1].is_space:
                    break  # '500,000 122 mm': two numbers side by side
            num_tokens.append(t)
            j += 1
            if glued(t.text) is not None and glued(t.text)[1] == "unit":
                break  # '40NM'
        return j, num_tokens

    def _range(self, doc: Doc, j: int, blocked: set[int], between: bool, value, num_tokens, money: bool):
        """'600-1,000', 'three or four', '400 to 750', 'between 10 and 15': (lower, upper, end)."""
        n = len(doc)
        if value is None or j + 1 >= n:
            return value, None, j
        joiner = doc[j].lower_
        if not (joiner in RANGE_JOINERS or (between and joiner == "and")):
            return value, None, j
        k = j + 1
        sign, k = self._currency_before(doc, k)
        end, upper_tokens = self._number_tokens(doc, k, blocked)
        if not upper_tokens or (upper_tokens[0].lower_ in MULTIPLIERS and len(upper_tokens) == 1):
            return value, None, j
        upper = number_value(upper_tokens, money)
        if money and upper is not None and end < n and short_multiplier(doc[end]):
            upper *= short_multiplier(doc[end])
            end += 1
        if upper is None:
            return value, None, j
        last = upper_tokens[-1].lower_
        if last in MULTIPLIERS and not any(t.lower_ in MULTIPLIERS for t in num_tokens):
            if value * MULTIPLIERS[last] < upper:  # not '$500,000-$1.5 million': a lower bound written in full
                value *= MULTIPLIERS[last]  # '2-3 million barrels': both bounds in millions
        if upper <= value:
            return value, None, j
        return value, upper, end

    def _range_after_unit(self, doc: Doc, head: int, unit: str, value: float, names: dict, blocked: set[int]):
        """'4,000 dwt or 5,000 dwt': a second number of the same unit makes a range; (upper, head)."""
        k = head + 1
        if k + 1 >= len(doc) or doc[k].lower_ not in RANGE_JOINERS or not is_number(doc[k + 1]):
            return None, head
        found = self._figure_at(doc, k + 1, names, blocked)
        if found is None or found[2] != unit or found[1] is None or found[1] <= value:
            return None, head
        return found[1], found[0].end - 1

    def _unit_and_head(self, doc: Doc, j: int, start: int, num_tokens, currency, vague_alone: bool):
        """The figure's unit, the index of its last token and its start: (unit, head, start) or None."""
        n = len(doc)
        k = j
        last = num_tokens[-1] if num_tokens else None
        glued_unit = glued(last.text) if last is not None else None
        if currency:
            return currency, j - 1, start
        if glued_unit is not None and glued_unit[1] == "unit":
            return glued_unit[2], j - 1, start
        if k < n and doc[k].text == "%":
            return "percent", k, start
        if k + 1 < n and doc[k].lower_ == "per" and doc[k + 1].lower_ == "cent":
            return "percent", k + 1, start
        if k < n and (named := currency_name(doc, k, scaled(doc, k, num_tokens))) is not None:
            return *named, start  # '8 million euros', '5 million US dollars', '120 million Egyptian pounds'
        hyphenated = k < n and doc[k].text == "-"
        if hyphenated and k + 2 < n and compound_unit(doc[k + 1].text, "") is not None:
            # 'a 21-member crew' -> crew member
            head = counted_noun(doc, k + 2, False, False)
            if head is None:
                return None
            return compound_unit(doc[k + 1].text, lemma_of(doc[head])), head, start
        head = counted_noun(doc, k + 1 if hyphenated else k, vague_alone, hyphenated)
        if head is None:
            # 'a crew of 14'
            if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in OF_COUNTS:
                return OF_COUNTS[doc[start - 2].lower_], j - 1, start - 2
            return None
        unit = head_unit(doc, head)
        if unit == "tonne" and any(doc[k].lower_ in TONNAGE_WORDS for k in range(max(0, start - 4), start)):
            unit = next(
                TONNAGE_WORDS[doc[k].lower_] for k in range(max(0, start - 4), start) if doc[k].lower_ in TONNAGE_WORDS
            )
        if unit == "person" and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in OF_COUNTS:
            unit = OF_COUNTS[doc[start - 2].lower_]  # 'a crew of 24 people'
        if rate_period(doc, head) and " per " not in unit:  # not '50 mph per hour' again
            return f"{unit} {rate_period(doc, head)}", head + 2, start  # '300,000 barrels per day'
        return unit, head, start

    @staticmethod
    def _qualifier(doc: Doc, start: int, blocked: set[int]) -> tuple[str | None, int]:
        """The hedge before the number ('at least', 'about') and where the figure then starts."""
        qualifier = None
        q_start = start
        if start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in QUALIFIERS_2:
            q_start = start - 2
            qualifier = f"{doc[start - 2].lower_} {doc[start - 1].lower_}"
        elif start >= 1 and doc[start - 1].lower_ in QUALIFIERS_1 and doc[start - 1].pos_ != "VERB":
            q_start = start - 1
            qualifier = doc[start - 1].lower_
        if q_start in blocked:
            return qualifier, start
        return qualifier, q_start

    @staticmethod
    def _comparative_after(doc: Doc, k: int) -> bool:
        """'three times larger', 'twice as many', 'three times the size': a ratio, not a count."""
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        return nxt is not None and (nxt.tag_ in ("JJR", "RBR", "DT") or nxt.lower_ in ("as", "more", "over"))


@Language.factory("osint_figures")
def make_figures(nlp: Language, name: str) -> Figures:
    return Figures(nlp, name)


def partitive_head(doc: Doc, of: int) -> int | None:
    """'two of the crew members', 'eight of the ship's sailors': the counted noun after 'of' and a
    determiner at `of`, with no number of the whole before it ('21 of the 23 crew' counts the part
    by the number alone, figure_ellipsis.partitive_noun); None otherwise."""
    if of + 1 >= len(doc) or doc[of].lower_ != "of":
        return None
    if doc[of + 1].lower_ not in OF_DETERMINERS and possessive_name_end(doc, of + 1) is None:
        return None
    noun = counted_noun(doc, of, False, False)
    if noun is None or any(t.like_num for t in doc[of + 1 : noun]):
        return None
    return noun


def one_of_people(doc: Doc, of: int) -> bool:
    """'One of the crew members was injured', 'injuring one of the crew': one of a group of people
    (figures/count_words: crew, people, personnel) counts a person of it; 'one of the largest ports',
    'one of its tankers' stay no figure."""
    noun = partitive_head(doc, of)
    return noun is not None and head_unit(doc, noun) in PEOPLE_UNITS
