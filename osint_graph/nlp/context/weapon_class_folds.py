"""One class for weapon phrases that a listed word decides: "unmanned sea drone", "naval attack
drones" and "sea drones" are all `unmanned surface vessel` (context/weapon_class_folds.csv), so that
the words an outlet adds beside a class word do not make a new weapon type of each phrase."""

from __future__ import annotations

from spacy.tokens import Doc

from osint_graph.nlp.rules import table

FOLDS = tuple(
    (row["head"], frozenset(w.strip() for w in row["words"].split(";") if w.strip()), row["canonical"])
    for row in table("context/weapon_class_folds")
)
RANGE_WORDS = {row["written"]: row["canonical"] for row in table("context/weapon_range_words")}


def folded_class(doc: Doc, k: int, h: int) -> str | None:
    """The canonical class of the phrase k..h (head h) when a fold row's word stands before its head,
    else None."""
    lemma = doc[h].lemma_.lower()
    before = {t.lower_ for t in doc[k:h]}
    for head, cue_words, canonical in FOLDS:
        if lemma == head and before & cue_words:
            return canonical
    return None


def air_defence_missile(doc: Doc, k: int, h: int) -> bool:
    """'air defense missiles', 'air-defence missiles': what the missile is made to hit, a class like
    'anti-aircraft' (GUIDELINES, class words); 'air defence systems' and 'air defence' before other heads
    name none."""
    return (
        doc[k].lower_ in ("defense", "defence")
        and k >= 1
        and doc[k - 1 - (doc[k - 1].text == "-")].lower_ == "air"
        and doc[h].lemma_.lower() == "missile"
    )


def range_word(doc: Doc, i: int) -> bool:
    """'medium-range': token i is 'range' glued by a hyphen to a range word of
    context/weapon_range_words.csv."""
    return i >= 2 and doc[i].lower_ == "range" and doc[i - 1].text == "-" and doc[i - 2].lower_ in RANGE_WORDS
