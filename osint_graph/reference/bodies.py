"""National bodies by pattern: "<demonym or country name> <body noun>" ("Norwegian Customs").

The body nouns are data (`sources/rules/reference/body_nouns.txt`); the demonyms and country
names come from a table the caller passes (normalised name -> ISO alpha-2), by default every
Country of the merged reference gazetteer (`country_table`).  A phrase whose words before the
noun are not a country or demonym is not a body: "Police and Border Guard Board" is a name of
its own and stays a gazetteer row.

The NLP side calls `find_national_bodies(text)` on a text (or `national_body(phrase)` on a span
it has already found) and gets back the phrase, its offsets and the country's ISO code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from osint_graph.gazetteer_entry import GazetteerEntry, normalise_name

RULE_FILE = "reference/body_nouns"
MAX_COUNTRY_WORDS = 5  # "Democratic Republic of the Congo"


@dataclass(frozen=True, slots=True)
class NationalBody:
    """A body named by its country: the phrase as written, its offsets, the country's ISO alpha-2."""

    name: str
    country: str
    start: int
    end: int


def table_from_entries(entries: Iterable[GazetteerEntry]) -> dict[str, str]:
    """Normalised country name, alias and demonym -> ISO alpha-2, from Country entries."""
    out: dict[str, str] = {}
    for entry in entries:
        code = entry.identifiers.get("iso2", "")
        if entry.type != "Country" or not code:
            continue
        for name in (*entry.names, *entry.values("demonyms")):
            out.setdefault(normalise_name(name), code.upper())
    return out


@cache
def country_table() -> dict[str, str]:
    """The default table: every country of the hand rows merged with the reference data."""
    from osint_graph.reference.gazetteer import load_reference_gazetteer

    return table_from_entries(load_reference_gazetteer().by_type("Country"))


@cache
def _noun_pattern() -> re.Pattern[str]:
    from osint_graph.reference._packages import rule_word_list

    nouns = sorted(rule_word_list(RULE_FILE), key=len, reverse=True)
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(n) for n in nouns) + r")(?![\w'’])")


_WORD_BEFORE = re.compile(r"([\w.'’-]+)\s+$")


def _country_before(text: str, end: int, table: Mapping[str, str]) -> tuple[int, str] | None:
    """The start and ISO code of the longest demonym/country name ending just before `end`."""
    starts = []
    cursor = end
    for _ in range(MAX_COUNTRY_WORDS):
        match = _WORD_BEFORE.search(text, 0, cursor)
        if match is None or not match.group(1)[:1].isupper() and match.group(1) not in ("of", "the", "and"):
            break
        starts.append(match.start(1))
        cursor = match.start(1)
    for start in reversed(starts):  # longest first
        phrase = text[start:end].strip()
        if phrase.split()[0] in ("The", "the"):
            continue  # "the Norwegian Customs": the article is not part of the name
        if phrase[:1].isupper() and (code := table.get(normalise_name(phrase))):
            return start, code
    return None


def find_national_bodies(text: str, table: Mapping[str, str] | None = None) -> list[NationalBody]:
    """Every "<demonym or country> <body noun>" in `text`, in order."""
    table = country_table() if table is None else table
    out = []
    for match in _noun_pattern().finditer(text):
        found = _country_before(text, match.start(), table)
        if found:
            start, code = found
            out.append(NationalBody(text[start : match.end()], code, start, match.end()))
    return out


SMALL_WORDS = frozenset({"of", "the", "and", "for"})


def demonym_body_name(demonym: str, phrase: str) -> str:
    """The canonical name of a state's body written "<state>'s <phrase>": "<Demonym> <Phrase>" in
    title case ("Estonian", "foreign ministry" -> "Estonian Foreign Ministry"; "ministry of defence"
    -> "Estonian Ministry of Defence"), the form `national_body` reads back. Given the state's name
    instead of its demonym, the "<State> <Phrase>" form a gazetteer may list ("Japan Coast Guard")."""
    words = [w if w in SMALL_WORDS else w[:1].upper() + w[1:] for w in phrase.lower().split()]
    return " ".join([demonym, *words])


def possessive_body(
    lookup: Callable[[str, str], GazetteerEntry | None], state: GazetteerEntry, phrase: str
) -> tuple[str, GazetteerEntry | None] | None:
    """A state's body written "<state>'s <phrase>" (GUIDELINES, "A state's body"): (name, entry).

    The gazetteer's organisation named "<Demonym> <Phrase>" or "<State> <Phrase>" when `lookup`
    finds one ("Japan's coast guard" -> Japan Coast Guard), else "<Demonym> <Phrase>" with no
    entry; None when the gazetteer gives the state no demonym."""
    demonyms = state.values("demonyms")
    if not demonyms:
        return None
    name = demonym_body_name(demonyms[0], phrase)
    for prefix in (demonyms[0], state.name):
        entry = lookup(demonym_body_name(prefix, phrase), "Organization")
        if entry is not None:
            return entry.name, entry
    return name, None


def national_body(phrase: str, table: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """(name, ISO code) when the whole `phrase` is a national body, else None."""
    phrase = phrase.strip()
    found = find_national_bodies(phrase, table)
    if found and found[0].start == 0 and found[0].end == len(phrase):
        return found[0].name, found[0].country
    return None
