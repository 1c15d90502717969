"""Counts whose noun is left out: "Thirteen seafarers were evacuated. At least eight had to be
lifted from the water and two are in hospital" -> 8 and 2 `crew member`; "Eleven of those",
"four others".

News prose counts a group once with its noun, then counts parts of it by the number alone. Such a
number takes the unit of the nearest figure before it, in its sentence or the one before, that
counts things (no measure, money or share) and a group at least as large (a part is no larger
than its whole: "one dead person" is not the group that "at least eight" are part of). Only a
number that stands as a noun phrase is read so: "N of those/them" (figures/elliptic_of_words),
"N others" (figures/elliptic_heads), the subject of a verb ("two are said to be ..."), or a
number that takes a dependent a noun would take, with no noun after it ("the remaining three",
"15 by the coast guard and two by a trawler", "7 containing resin":
figures/elliptic_dependents).
A number that ends its phrase after "the number of <noun>" in its sentence counts that noun:
"brings the total number of listed ships to 25".
When no count comes before, the number counts the nearest plural noun before it in its sentence or
the one before ("Pirates freed the tanker, but five drowned" -> 5 pirate).
A count by nationality ("four Russian nationals", "eight Georgians") is a part of the group of
people counted just before it ("the crew of 24 people") and takes its unit; its subject of "crew"
("Seven Chinese nationals were crewing the vessel") is a crew, and so is a count set in apposition
to a group noun ("the entire crew -- 30 Iranians and two Bangladeshis").
A bare number set against a figure just before it by "from" or "to" repeats that figure's unit:
"fell to 1 billion tons from 1.5 billion" (figures/parallel_words).
A number followed by "from <country>" counts people of that country, in the group its sentence
names before it ("the crew includes 17 from China" -> crew member).
With no group counted before it, a number with no noun that is the subject or the object of what
befalls people in an incident counts people: "39 missing after ...", "Two killed in drone attack",
"injuring four others", "and injured 7,000" -> `person` (figures/casualty_words).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from osint_graph.gazetteer import load_gazetteer
from osint_graph.nlp.figure_units import (
    COUNT_WORDS,
    PINT_UNITS,
    TWO_WORD_UNITS,
    UNIT_WORDS,
    currency_sign,
    currency_word,
    measure_unit,
)
from osint_graph.nlp.furniture import is_furniture
from osint_graph.nlp.rules import words

OF_WORDS = words("figures/elliptic_of_words")
HEADS = words("figures/elliptic_heads")
DEPENDENTS = words("figures/elliptic_dependents")
OF_DETERMINERS = words("figures/of_determiners")
GROUP_HEADS = words("figures/group_heads")
GROUP_UNITS = words("figures/group_units")
GROUP_VERBS = words("figures/group_verbs")
ABOARD_CUES = words("context/aboard_words")  # "aboard", "on board": people on a ship
CASUALTY_WORDS = words("figures/casualty_words")
PARALLEL_WORDS = words("figures/parallel_words")
SERIES_WORDS = words("figures/series_words")
QUALIFIERS = words("figures/qualifiers")
TIME_NOUNS = words("figures/time_nouns")
REPORT_VERBS = words("common/report_verbs")
SPEECH_VERBS = REPORT_VERBS | words("common/accusation_verbs")
# the units of measures (the unit tables also fold counted nouns: "sailors" -> crew member)
MEASURES = frozenset(PINT_UNITS.values()) | frozenset(TWO_WORD_UNITS.values()) | frozenset(UNIT_WORDS.values())
NOT_COUNTS = (MEASURES - frozenset(COUNT_WORDS.values())) | {"time"}
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
NOUNS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def is_count(unit: str) -> bool:
    """'crew member', 'ship': a count of things; 'nautical mile', 'USD', 'euro', 'percent': no count."""
    return bool(unit) and unit not in NOT_COUNTS and currency_sign(unit) is None and currency_word(unit) is None


def elliptic_head(doc: Doc, end: int) -> int | None:
    """The last token of a count whose noun is left out, for the number that ends before `end`."""
    n = len(doc)
    nxt = doc[end] if end < n else None
    if nxt is not None and nxt.lower_ == "of" and end + 1 < n and doc[end + 1].lower_ in OF_WORDS:
        return end + 1
    if partitive_noun(doc, end - 1) is not None:
        return end - 1  # '21 of the 23 crew': the part is the number alone
    if nxt is not None and nxt.lower_ in HEADS and not (end + 1 < n and doc[end + 1].pos_ in NOUNS):
        return end  # 'four others', not 'ten more tankers'

    number = doc[end - 1]
    if number.dep_ in SUBJECTS and nxt is not None and nxt.pos_ in ("AUX", "VERB") and not modifies_noun(doc, end):
        return end - 1
    if heads_phrase(number, nxt):
        return end - 1
    return None


def modifies_noun(doc: Doc, end: int) -> bool:
    """The verb after the number ending before `end` is a participle on the noun after it: '40
    reported attacks', '12 remaining vessels'. Not a present participle before a singular noun
    after a plural number: '7 containing resin' (its object; the 7 count a group named
    before)."""
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is None or after.pos_ != "NOUN" or doc[end].pos_ == "AUX":
        return False  # 'Of the 23 vessels, 14 were tankers': a copula modifies no noun
    return after.tag_ == "NNS" or doc[end].tag_ != "VBG" or doc[end - 1].lower_ in ("one", "1")


def heads_phrase(number: Token, nxt: Token | None) -> bool:
    """'the remaining five, the master ...', 'two by a trawler', '7 containing
    resin': a number that takes a dependent a noun would take (figures/elliptic_dependents.txt),
    with no noun, unit or participle on a noun after it ('more than 100 reported attacks')."""
    if number.dep_ in ("nummod", "compound", "quantmod"):
        return False
    if nxt is not None and nxt.tag_ == "VBG" and nxt.pos_ == "VERB" and number.dep_ not in SUBJECTS:
        return not modifies_noun(nxt.doc, nxt.i)  # '7 containing resin', however the parser hangs it
    if not any(c.dep_ in DEPENDENTS for c in number.children):
        return False
    if nxt is None:
        return True  # 'three of the vessels' names its noun after 'of'; '5 per cent' is a share
    if nxt.pos_ in ("VERB", "AUX"):  # a clause on the number, not a participle on a noun after it
        return nxt.head.i == number.i and nxt.dep_ == "acl" and not modifies_noun(nxt.doc, nxt.i)
    if nxt.pos_ in NOUNS:
        return False
    return nxt.lower_ not in ("of", "per") and measure_unit(nxt.text) is None


def origin_unit(doc: Doc, start: int, end: int, value: float, figures: list[Span]) -> str | None:
    """The unit of a count of people by where they come from ('the crew includes 17 from China, 17
    from Indonesia' -> crew member), or None when no 'from <country>' follows the number: the group
    noun its sentence names before it, else the group counted before; None with no group."""
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    if end >= len(doc) or doc[end].lower_ != "from" or k >= len(doc) or doc[k].ent_type_ != "COUNTRY":
        return None
    for tok in doc[doc[start].sent.start : start]:
        unit = COUNT_WORDS.get(tok.lemma_.lower(), tok.lemma_.lower())
        if tok.pos_ == "NOUN" and unit in GROUP_UNITS:
            return unit  # 'the crew includes 17 from China'
    unit = antecedent_unit(doc, start, value, figures)
    return unit if unit in GROUP_UNITS else None  # 'imports fell to 5 from China' counts no people


def casualty_count(doc: Doc, end: int, head: int | None = None) -> int | None:
    """The last token of a count of people for the number ending before `end` (or its noun-less head
    'others'/'more' at `head`), or None: the number is the subject or object of a casualty word
    ('Two killed in ...', 'injured four others'), or one follows it with no noun after ('39 missing
    after ...', '5 Detained by ...')."""
    last = head if head is not None else end - 1
    tok = doc[last]
    gov = tok.head if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "conj", "appos") else None
    if gov is not None and gov.i != tok.i and gov.lemma_.lower() in CASUALTY_WORDS and gov.pos_ in ("VERB", "ADJ"):
        return last
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    after = doc[last + 2] if last + 2 < len(doc) else None
    if nxt is None or (nxt.lemma_.lower() not in CASUALTY_WORDS and nxt.lower_ not in CASUALTY_WORDS):
        return None
    if nxt.tag_ not in ("VBN", "VBD", "VBG", "JJ") or (after is not None and after.pos_ in ("NOUN", "PROPN")):
        return None  # '2 injured sailors': the participle modifies the noun counted
    return last


def bare_number(doc: Doc, end: int) -> bool:
    """No noun follows the number that ends before `end`: 'rose to 25.', 'to 25 and ...', 'to 25 last
    year' (a date after it)."""
    if end >= len(doc) or doc[end].pos_ in ("PUNCT", "CCONJ", "ADP"):
        return True
    return doc[end].lower_ in ("last", "next", "this") and end + 1 < len(doc) and doc[end + 1].lower_ in TIME_NOUNS


def number_of(doc: Doc, start: int) -> int | None:
    """The index of the first word after 'number of' before token `start` in its sentence, or None."""
    for k in range(start - 2, doc[start].sent.start - 1, -1):
        if doc[k].lower_ == "number" and doc[k + 1].lower_ == "of":
            return k + 2
    return None


def antecedent_unit(doc: Doc, start: int, value: float, figures: list[Span]) -> str | None:
    """The unit of the nearest count before token `start`, in its sentence or the one before, of at
    least `value` things."""
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for fig in reversed(figures):
        if fig.start < first:
            break
        if fig.end > start:
            continue
        whole = fig._.figure_value
        upper = (fig._.figure_attrs or {}).get("upper")
        size = float(upper) if upper else whole
        if size is not None and size >= value and is_count(fig._.figure_unit or ""):
            return fig._.figure_unit
    return None


_GAZETTEER: list = [None, None]  # the last Doc asked about and the gazetteer read for it


def _gazetteer_of(doc: Doc):
    """The project's gazetteer, looked up once per Doc: `load_gazetteer` checks its files' times on
    every call, and the counts of a Doc ask hundreds of times."""
    if _GAZETTEER[0] is not doc:
        _GAZETTEER[0], _GAZETTEER[1] = doc, load_gazetteer()
    return _GAZETTEER[1]


def is_demonym(doc: Doc, text: str) -> bool:
    """'Chinese', 'Filipinos': a demonym of the reference data (the pipeline drops the model's NORP)."""
    return _gazetteer_of(doc).is_demonym(text)


def demonym_ends_at(doc: Doc, start: int, head: int) -> bool:
    """A demonym of one word or of two ending at `head`, after the number at `start`: 'Filipinos',
    'Sri Lankans' (whose last word alone names no people)."""
    if is_demonym(doc, doc[head].text):
        return True
    return head - 1 > start and is_demonym(doc, f"{doc[head - 1].text} {doc[head].text}")


def group_unit(doc: Doc, start: int, head: int, value: float | None, figures: list[Span]) -> str | None:
    """The unit of the group a count by nationality is part of ('four Russian nationals' after 'the
    crew of 24 people' -> crew member), or None when the count is not by nationality or no group is
    counted before it. Demonyms come from the reference data (the pipeline drops NORP)."""
    tok = doc[head]
    if tok.lemma_.lower() not in GROUP_HEADS and not demonym_ends_at(doc, start, head):
        return None
    verb = tok.head
    if tok.dep_ in SUBJECTS and verb.lemma_.lower() in GROUP_VERBS:
        return "crew member"  # 'Seven Chinese nationals were crewing the vessel'
    if tok.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_.lower() in GROUP_VERBS:
        return "crew member"  # 'the vessel was crewed by 25 Filipinos'
    if governing_group(tok):
        return governing_group(tok)
    alone = None if tok.lemma_.lower() in GROUP_HEADS else "person"  # no group: '165 Varnians' counts people
    if value is None:
        return alone
    unit = antecedent_unit(doc, start, value, figures)
    if unit in GROUP_UNITS:
        return unit
    return "crew member" if crew_context(doc, start) else alone  # no group, or "people" of a crew


def crew_context(doc: Doc, start: int) -> bool:
    """A count by nationality with no group counted before it, in a sentence that puts people on
    board ('the ship had 16 Filipinos and eight Karskians on board', context/aboard_words) or names a
    crew, there or in the sentence before ('Two crew members were rescued ... the missing include
    eight Karskians'): the nationals are the ship's crew, as tests/real/README.md counts them."""
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    text = f" {sent.text.lower()} "
    if any(f" {cue} " in text or f" {cue}." in text or f" {cue}," in text for cue in ABOARD_CUES):
        return True
    return any(COUNT_WORDS.get(t.lower_) == "crew member" for t in doc[first : sent.end])


def governing_group(tok: Token) -> str | None:
    """The group unit of the noun a count stands in apposition to, over conjuncts: 'the entire crew
    -- 30 Iranians and two Bangladeshis' -> crew member for both counts."""
    for _ in range(4):
        if tok.dep_ not in ("appos", "conj") or tok.head is tok:
            return None
        tok = tok.head
        lemma = tok.lemma_.lower()
        if COUNT_WORDS.get(lemma, lemma) in GROUP_UNITS:
            return COUNT_WORDS.get(lemma, lemma)
    return None


def parallel_unit(doc: Doc, start: int, end: int, figures: list[Span]) -> str | None:
    """The unit of the figure the bare number at start..end is set against: right before 'from'/'to'
    ('to 1 billion tons from 1.5 billion' -> tonne) or anywhere before a comparison in its sentence
    ('60 incidents, compared to 65'). A share ('fell 5 percent to 340') lends no unit."""
    if start < 2 or not bare_number(doc, end) or not figures:
        return None
    if f"{doc[start - 2].lower_} {doc[start - 1].lower_}" in QUALIFIERS and start >= 4:
        start -= 2  # 'compared with more than 160'
    elif doc[start - 1].lower_ in QUALIFIERS and start >= 3:
        start -= 1
    pair = f"{doc[start - 2].lower_} {doc[start - 1].lower_}"
    cue = start - 2 if pair in PARALLEL_WORDS else start - 1 if doc[start - 1].lower_ in PARALLEL_WORDS else None
    last = figures[-1]
    if cue is None or last.end > cue or last.sent != doc[start].sent or (cue == start - 1 and cue - last.end > 2):
        return None
    unit = last._.figure_unit
    return unit if unit and unit != "percent" else None


def series_unit(doc: Doc, start: int, end: int, figures: list[Span]) -> str | None:
    """The unit of the figure a bare number continues a series of, earlier in its sentence, after
    'and', ',', 'from' ... (figures/series_words): '2 million tonnes in May and 2.5 million in June'
    -> tonne. Not a number that is the subject of a verb ('24 crew, and 3 were hurt')."""
    if not figures or not bare_number(doc, end):
        return None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("AUX", "VERB") or nxt.lower_ in ("per", "%") or measure_unit(nxt.text)):
        return None  # a verb, or a unit of its own: 'and 5 per cent of the fleet'
    number = doc[end - 1]
    if number.dep_ in SUBJECTS or number.lower_ in ("one", "1"):
        return None
    cue = start - 1
    if cue >= 1 and f"{doc[cue - 1].lower_} {doc[cue].lower_}" in QUALIFIERS:
        cue -= 2  # 'and more than 160'
    elif cue >= 0 and doc[cue].lower_ in QUALIFIERS:
        cue -= 1
    last = figures[-1]
    if cue < 0 or doc[cue].lower_ not in SERIES_WORDS or last.end > cue or last.sent != doc[start].sent:
        return None
    return last._.figure_unit or None


def plural_antecedent(doc: Doc, start: int) -> str | None:
    """The lemma of the nearest plural common noun before token `start`, in its sentence or the one
    before, that is no measure or time nor the subject of a reporting verb
    ('Pirates freed the tanker, but five drowned' -> pirate)."""
    sent = doc[start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for k in range(start - 1, first - 1, -1):
        tok = doc[k]
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.dep_ == "compound":
            continue
        if is_furniture(doc[k : k + 1]):
            continue  # 'Headlines' (a page's section label) over the headline counts nothing
        if tok.dep_ in SUBJECTS and tok.head.lemma_.lower() in REPORT_VERBS:
            continue  # 'Officials said two had left': the speakers are not the group
        lemma = tok.lemma_.lower()
        unit = COUNT_WORDS.get(lemma, lemma)
        if lemma in TIME_NOUNS or not is_count(unit) or not lemma.isalpha():
            continue
        return TWO_WORD_UNITS.get((doc[k - 1].lower_, unit), unit) if k > 0 else unit  # 'crew members'
    return None


def elliptic_unit(doc: Doc, start: int, value: float, figures: list[Span], head: int | None = None) -> str | None:
    """The unit of a count whose noun is left out: the whole it is a part of ('21 of the 23 crew'),
    the group counted before, else the nearest plural."""
    noun = partitive_noun(doc, head) if head is not None else None
    if noun is not None:
        lemma = doc[noun].lemma_.lower()
        unit = COUNT_WORDS.get(lemma, lemma)
        return TWO_WORD_UNITS.get((doc[noun - 1].lower_, unit), unit)  # 'crew members'
    return antecedent_unit(doc, start, value, figures) or plural_antecedent(doc, start)


def partitive_noun(doc: Doc, last: int) -> int | None:
    """'21 of the 23 crew members': for the number ending at `last`, the index of the plural noun
    of the whole after 'of the <number>', or None."""
    n = len(doc)
    if last + 3 >= n or doc[last + 1].lower_ != "of" or doc[last + 2].lower_ not in OF_DETERMINERS:
        return None
    if not doc[last + 3].like_num:
        return None
    for k in range(last + 4, min(n, last + 8)):
        if doc[k].pos_ == "NOUN" and (doc[k].tag_ == "NNS" or doc[k].lemma_.lower() in COUNT_WORDS):
            return k
        if doc[k].pos_ not in ("ADJ", "NOUN", "NUM", "VERB") or doc[k].lower_ in OF_WORDS:
            return None
    return None


def participle(doc: Doc, m: int) -> bool:
    """A past form right before a noun modifies it: '100 reported attacks' (often tagged VBD); not
    after a name, where it is the verb ('the Project 22160 Sergei Kotov sustained damage')."""
    return doc[m].tag_ == "VBD" and m + 1 < len(doc) and doc[m + 1].pos_ == "NOUN" and doc[m - 1].pos_ != "PROPN"


def speaker_one(doc: Doc, num_tokens: list[Token], head: int) -> bool:
    """'One source blamed the attack', 'one refugee told me': 'one' before the subject of a verb of
    speech or accusation describes a source; 'One jigger, the Kestrel 8, was seen' names an example.
    Either counts nothing."""
    if len(num_tokens) != 1 or num_tokens[0].lower_ != "one":
        return False
    if (
        head + 1 < len(doc)
        and doc[head + 1].text == ","
        and any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_) for c in doc[head].children)
    ):
        return True  # 'One jigger, the Hai Xing 826, was recorded': 'one' introduces an example
    tok, verb = doc[head], doc[head].head
    if tok.dep_ != "nsubj" or verb.tag_ == "VBN" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False  # 'at least one person was reported dead', 'one minor injury reported': counts
    return any(child.dep_ in ("dobj", "dative", "ccomp") for child in verb.children)
