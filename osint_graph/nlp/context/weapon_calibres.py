"""Context rules that find weapons named by their calibre: "152 mm shells", "122 mm artillery shells",
"155mm rounds", and a naval gun's calibre in inches, "a 5-inch gun", "the five-inch guns" (a calibre
alone is no weapon: a munition noun of common/munition_nouns must follow it).

The units are data: common/calibre_units.txt (millimetres; also read by the figure rules) and
context/calibre_inch_units.txt (inches, for the weapon rules only: "a 12-inch pipe" stays a measure).
Appends `Candidate`s of type Weapon with a canonical name ("152 mm shell", "5-inch gun") and the calibre.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from osint_graph.nlp.context.names import Candidate, NameContext
from osint_graph.nlp.context.registry import context_rule, trigger
from osint_graph.nlp.context.weapon_codes import after_number, maker_start
from osint_graph.nlp.rules import table, words
from osint_graph.nlp.spans import sentence_bounds

MUNITION_NOUNS = words("common/munition_nouns")
TAIL_NOUNS = words("context/weapon_tail_nouns")  # '60mm mortar tubes': still the mortar
CALIBRE_UNITS = words("common/calibre_units")
INCH_UNITS = words("context/calibre_inch_units")
NUMBER_WORDS = {row["word"]: row["value"] for row in table("common/number_words")}
MAX_WORDS = 5  # descriptive words between the calibre and the munition noun

trigger("CALIBRE", CALIBRE_UNITS, accept=after_number)
trigger("CALIBRE_INCH", INCH_UNITS, accept=after_number)


@context_rule("CALIBRE", order=130)
def calibre_weapon(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'152 mm shells', '122 mm artillery shells', '155mm rounds'."""
    number = doc[start].text
    _calibred(doc, start, end, f"{number} mm", f"{number} mm ", cands)


@context_rule("CALIBRE_INCH", order=131)
def inch_calibre_weapon(ctx: NameContext, doc: Doc, start: int, end: int, cands: list[Candidate]) -> None:
    """'a 5-inch gun', 'five-inch guns': the number written in digits in the canonical name ('5-inch gun')."""
    number = NUMBER_WORDS.get(doc[start].lower_, doc[start].text)
    _calibred(doc, start, end, f"{number}-inch", f"{number}-inch ", cands)


def _calibred(doc: Doc, start: int, end: int, calibre: str, lead: str, cands: list[Candidate]) -> None:
    """The munition noun after the calibre at start..end, past at most MAX_WORDS lower-case words."""
    first, limit = sentence_bounds(doc[start])
    j = end
    while (
        j < limit
        and j - end < MAX_WORDS
        and doc[j].lower_ not in MUNITION_NOUNS
        and ((doc[j].pos_ in ("ADJ", "NOUN", "VERB") and doc[j].is_lower) or doc[j].text == "-")
    ):
        j += 1
    if j < limit and doc[j].lower_ in MUNITION_NOUNS:
        # "artillery shells": take the last munition noun of the compound
        while j + 1 < limit and doc[j + 1].lower_ in MUNITION_NOUNS | TAIL_NOUNS:
            j += 1
        canonical = lead + "".join(_head_lemma(t) if t.i == j else t.text_with_ws.lower() for t in doc[end : j + 1])
        start = maker_start(doc, start, first)  # 'the OTO Melara 76mm gun': the maker is inside the mention
        cands.append(Candidate(start, j + 1, "Weapon", "calibre", {"calibre": calibre, "_canonical": canonical}))


def _head_lemma(t: Token) -> str:
    """The head noun singular: 'shells' -> 'shell'; 'tubes', which the lemmatizer may leave, -> 'tube'."""
    lemma = t.lemma_.lower()
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] in TAIL_NOUNS else lemma
