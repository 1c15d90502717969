"""Names of places that are also common English words ("Split", "Mobile", "Reading", "Colon").

A name is a *common English word* when, as one word, its lower-case form is a lower-case entry of
Webster's Second (the `english-words` package's `web2` list, which keeps proper nouns
capitalised, so "paris" is not there but "nice" is) **and** is used at least once per million
words (Zipf frequency >= `MIN_ZIPF` in the `wordfreq` package).  Neither list tells the place
from the word by case (wordfreq folds case; web2 lists "berlin", a carriage), so a city of at
least `MAJOR_CITY` people keeps its name: Berlin, Shanghai and Tripoli are read as places far
more often than as words (sources/README.md gives the counts).  Those two packages are
development dependencies: the list they produce is committed as
`sources/rules/reference/common_word_names.txt` (written by `scripts/build_common_word_names.py`,
checked current by a test against `merge.expected_common_word_names`), so that loading the
reference data at run time needs neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

MIN_ZIPF = 3.0
MAJOR_CITY = 1_000_000
RULE_FILE = "reference/common_word_names"


@cache
def common_word_names() -> frozenset[str]:
    """The place names (as the packages spell them) that are common English words."""
    from osint_graph.reference._packages import rule_word_list

    return frozenset(rule_word_list(RULE_FILE))


@cache
def _lowercase_words() -> frozenset[str]:
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def is_common_word(name: str) -> bool:
    """True when `name` is one word that English uses as an ordinary word (needs the dev packages)."""
    from wordfreq import zipf_frequency

    word = name.strip()
    if " " in word or not word.isalpha():
        return False
    lower = word.lower()
    return lower in _lowercase_words() and zipf_frequency(lower, "en") >= MIN_ZIPF


def common_words_among(names: Iterable[str]) -> list[str]:
    """The names of `names` that are common English words, sorted, once each."""
    return sorted({n for n in names if is_common_word(n)})
