"""Where a page's story ends: its text without the link lines an excerpt closes on.

A page carrying another outlet's story often credits it after the story's last sentence ("... the
strait. Wirewatch", "... it said. -- Wirewatch"), and the excerpt of the page may go on with a link
line ("Read more...", "Continue reading"). The credit readers of the story's end (nlp/repost.py's
tail, nlp/credit_lines.py's `close` forms) read it on the line above such lines. The link lines are
data, `sources/rules/attribution/story_end_links.txt` (whole lines, lower case).
"""

from __future__ import annotations

import re

from osint_graph.nlp.rules import word_list

LINK_LINES = frozenset(word_list("attribution/story_end_links"))
_PUNCT = re.compile(r"[^\w\s]+")


def link_line(line: str) -> bool:
    """'Read more...', 'Continue reading →': a link line closing an excerpt (no story, no credit)."""
    return " ".join(_PUNCT.sub(" ", line).lower().split()) in LINK_LINES


def story_tail(text: str) -> str:
    """`text` without the link lines (and blank lines) that close it, right-stripped."""
    lines = text.rstrip().split("\n")
    while len(lines) > 1 and (not lines[-1].strip() or link_line(lines[-1])):
        lines.pop()
    return "\n".join(lines).rstrip()
