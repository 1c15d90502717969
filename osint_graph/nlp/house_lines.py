"""The page's own outlet in its house lines: a masthead line that is only the outlet's name
("Jakarta Post", "The Asian Age."), and the lines where the site speaks to its reader about itself
("Share the best of Wirewatch with friends", "Get Wirewatch updates delivered to your inbox", "We,
the journalists of Wirewatch, ...", "More from Wirewatch", "Heather Roe is a reporter with
Wirewatch. She ..."). They are page furniture (tests/real/README.md: share/subscribe lines, author
boxes), not a place where the outlet reports: the outlet is an entity of its own page only where
the story names it so ("told Wirewatch", "Wirewatch could not verify", "(Wirewatch) --").

The words are `sources/rules/furniture/house_lines.txt` and the biography words of an author box
(`furniture/author_bio_words.txt`), looked for outside quotation marks (a speaker's "we" is the
speaker's).
"""

from __future__ import annotations

import re
from functools import cache

from osint_graph.nlp.rules import word_list, words

OUTLET_NAME_WORDS = words("common/outlet_name_words")
QUOTED = re.compile(r"[\"“][^\"”]*(?:[\"”]|$)")  # to the closing mark, or to the line's end


@cache
def _house_words() -> re.Pattern:
    entries = word_list("furniture/house_lines") + word_list("furniture/author_bio_words")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in entries) + r")\b", re.I)


def line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the line holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _bare(text: str) -> list[str]:
    return re.sub(r"[\W_]+", " ", text).casefold().split()


def masthead_line(text: str, start: int, end: int) -> bool:
    """The line holding text[start:end] is that name alone, with at most 'the' and an outlet's
    name words ('VOA News' around 'VOA') beside it."""
    line_start, line_end = line_of(text, start, end)
    if any(c in text[line_start:line_end] for c in "(/"):
        return False  # '(Wirewatch)', 'Wirewatch/Reuters': a credit, which names who wrote the story
    rest = _bare(text[line_start:start]) + _bare(text[end:line_end])
    return all(w == "the" or w in OUTLET_NAME_WORDS for w in rest)


def house_line(text: str, start: int, end: int) -> bool:
    """The line holding text[start:end] (the page's own outlet) is a masthead or speaks to the
    reader about the site."""
    if masthead_line(text, start, end):
        return True
    line_start, line_end = line_of(text, start, end)
    outside = QUOTED.sub(" ", text[line_start:line_end])
    # a capitalised 'US' is the state, not the reader's 'us'
    return any(not (m.group().isupper() and len(m.group()) > 1) for m in _house_words().finditer(outside))
