"""Listed companies: the constituents of the stock indices `pytickersymbols` ships in its wheel.

`pytickersymbols` (pinned in pyproject.toml) keeps the members of twenty indices (S&P 500, DAX,
FTSE 100, NIKKEI 225, CAC 40, OMX Helsinki 25, ...) as a Python module (`indices_data.INDICES`),
so nothing is fetched at run time: 1,837 company names ('Lockheed Martin', 'Repsol', 'Matson,
Inc.').  A name is kept as written and without its legal form or company word at the end ('Matson,
Inc.' -> 'Matson', 'Volkswagen Group' -> 'Volkswagen'; the tail words are
`sources/rules/reference/listed_company_tails.txt`).  The NLP side (`osint_graph.nlp.listed_companies`)
decides where such a name in a text is the company; this module only gives the names.
"""

from __future__ import annotations

import re
from functools import cache

from osint_graph.gazetteer_entry import normalise_name

TAIL_FILE = "reference/listed_company_tails"


def _tails() -> tuple[str, ...]:
    from osint_graph.reference._packages import rule_word_list

    return tuple(sorted(rule_word_list(TAIL_FILE), key=len, reverse=True))


@cache
def _tail_pattern(tails: tuple[str, ...]) -> re.Pattern:
    """One tail word at the end of a name, a comma or space before it (built once, not per name)."""
    return re.compile(r"[\s,]+(?:" + "|".join(re.escape(t) for t in tails) + r")$", re.I)


def short_forms(name: str, tails: tuple[str, ...]) -> set[str]:
    """The name as written, and without a leading 'The' and its tail words ('Matson, Inc.' -> 'Matson')."""
    out = {name}
    short = re.sub(r"^the\s+", "", name, flags=re.I)
    out.add(short)
    pattern = _tail_pattern(tails)
    while True:
        cut = pattern.sub("", short).strip()
        if cut == short or not cut:
            break
        short = cut
        out.add(short)
    return out


@cache
def listed_company_names() -> frozenset[str]:
    """Every index constituent's name, normalised (`normalise_name`), with its short forms."""
    from pytickersymbols.indices_data import INDICES

    tails = _tails()
    out: set[str] = set()
    for index in INDICES.values():
        for company in index.get("companies", ()):
            for form in short_forms(company.get("name") or "", tails):
                if key := normalise_name(form):
                    out.add(key)
    return frozenset(out)


def is_listed_company(text: str) -> bool:
    """`text` is a listed company's name (as the list writes it or its short form)."""
    return normalise_name(text) in listed_company_names()


def source_note() -> str:
    from osint_graph.reference._packages import package_version

    return f"pytickersymbols {package_version('pytickersymbols')} index constituents"
