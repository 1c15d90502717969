"""A credit line read by what is left of it once its furniture is taken away.

Pages that carry a wire's or another outlet's story credit it on a short line near the top or at the
end, in as many layouts as there are sites: "Wirewatch | June 3, 2025", "3 June 2025 — Wirewatch",
"By WIREWATCH, Oslo", "Source: Wirewatch + Nordic Daily", "Wirewatch Published: 03.06.25, 17:35".
Rather than one pattern per layout, a line is read by its
pieces: split at separators (bars, slashes, commas, colons, brackets, a dash between words, "+",
"and"), each piece loses its dates and times (by shape, and the month and weekday names of
common/months, common/month_abbreviations, common/weekdays), the label words of
`attribution/credit_line_words.txt`, and the places the page's entities mark there; the line is a
credit when every piece left is a name, and the names are what `credit_line_names` returns, in line
order, for nlp/repost.py to keep those that are outlets.

A line is read only when it is short (CREDIT_WORDS words at most), holds no word of
`attribution/credit_line_vetoes.txt` (a photo or video credit credits the picture, not the story; a
copyright line is the `copyright` form's of credit_lines.py) and
something was taken from it or it is a single name on its own line (a bare "Wirewatch" under the
headline or closing the story).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from babel.dates import get_day_names, get_month_names
from spacy.tokens import Doc

from osint_graph.nlp.extensions import doc_text, furniture_pieces
from osint_graph.nlp.furniture import DATELINE, DATELINE_AGENCY, page_lines
from osint_graph.nlp.labels import LABEL_OF_TYPE
from osint_graph.nlp.rules import words

CREDIT_WORDS = 12  # a credit line is short; a longer line is prose
TOP_LINES = 5  # the non-blank lines read at the top of the page (headline block, byline, dateline)
END_LINES = 3  # and at its end,
CREDIT_KINDS = (DATELINE, DATELINE_AGENCY)  # furniture that may be the credit line itself, counted as a top line
TAIL_CHARS = 200  # within its last characters (nlp/repost.py reads its closing credits there too)
PLACE_LABELS = frozenset(LABEL_OF_TYPE[t] for t in ("Country", "Location", "Port") if t in LABEL_OF_TYPE)
PLACE_LABELS |= {"GPE", "LOC"}

# separators between the pieces of a credit line: bars, slashes, bullets, commas, semicolons, colons,
# brackets, "+", and a dash that stands between words, opens the line ("— Wirewatch") or closes a word
# before a space ("(Aggregator- Wirewatch)")
SEPARATORS = re.compile(r"\s*(?:[|/·•,;:()\[\]+]|(?:^|\s)[-–—]+(?=\s|\w)|\s[-–—]+$|(?<=\w)[-–—]+(?=\s)|\s+and\s+)\s*")
# a token that is a date, a time, an age or a number by its shape: "2025", "03.06.25", "17:35", "2011-01-04",
# "3rd", a feed's relative stamp "3d", "2h", "45m", an ISO stamp's pieces once its colons split it
# ("2025-06-03T17", "00+03"), a time written "17h35", a zone's offset "GMT+3", "UTC+03"
DATE_SHAPE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th|[smhdw])?|\d{1,2}h\d{2}|(?:gmt|utc)?[+−-]?[\d./:-]*\d[\d./:+T−-]*(?:am|pm|z)?)\.?$", re.I
)
# a time zone's abbreviation by its shape, right after a time ("12:04 AM BdST", "17:35 NZDT"): the zones a
# list cannot all name
ZONE_SHAPE = re.compile(r"^[A-Z][A-Za-z]{0,3}T$")


def _calendar_words() -> frozenset[str]:
    """Month and weekday names, wide and abbreviated: CLDR's English ones (babel) and the date
    readers' lists ("Sept")."""
    names = set()
    for name in ("common/months", "common/month_abbreviations", "common/weekdays"):
        names |= {w.casefold().rstrip(".") for w in words(name)}
    for width in ("wide", "abbreviated"):
        names |= {n.casefold() for n in get_month_names(width, locale="en").values()}
        names |= {n.casefold() for n in get_day_names(width, locale="en").values()}
    return frozenset(names)


def _dropped(token: str, after: str | None = None) -> bool:
    """Is this word of a credit line furniture (a date, a time, a label word)? `after`: the word before
    it on its piece when that one was a date or a time (a zone's abbreviation follows a time)."""
    bare = token.casefold().strip(".'’\"")
    return (
        not any(c.isalnum() for c in bare)
        or DATE_SHAPE.match(bare) is not None
        or bare in _CALENDAR
        or token.casefold() in _LABELS
        or bare in _LABELS
        or (after is not None and ZONE_SHAPE.match(token.strip(".'’\"")) is not None)
    )


def _stamp(token: str) -> bool:
    """A date's or a time's word ("17:35", "June", "pm"), after which a zone's abbreviation may stand."""
    bare = token.casefold().strip(".'’\"")
    return DATE_SHAPE.match(bare) is not None or bare in _CALENDAR or bare in ("am", "pm", "a.m", "p.m")


_CALENDAR = _calendar_words()
_LABELS = words("attribution/credit_line_words")
_VETOES = words("attribution/credit_line_vetoes")
_LINKS = words("attribution/credit_line_links")
_NAME_ENDS = words("attribution/credit_line_name_ends")
_ROLES = words("attribution/credit_line_roles")
# "Editor: Ola Berg", "Edited By : Jane Roe": a staff member's role and name, up to the next separator
ROLE_CREDIT = re.compile(
    r"\b(?i:" + "|".join(sorted((re.escape(r) for r in _ROLES), key=len, reverse=True)) + r")\s*(?::|\b[Bb][Yy]\b)\s*:?"
    r"[^|/·•,;()\[\]+\n]*"
)
# "WirewatchTuesday, June 3": a weekday or a month glued by the page's layout to the name before it
_CAPITALISED = sorted((n.capitalize() for n in _CALENDAR if len(n) > 2), key=len, reverse=True)
GLUED_CALENDAR = re.compile(r"(?<=[a-z])(?=(?:" + "|".join(_CAPITALISED) + r")\b)")
LINE_WORDS = 2 * CREDIT_WORDS  # a longer line whose dates and labels leave a short name (two stamps, a zone)


def read_credit_line(line: str) -> tuple[list[str], bool] | None:
    """The names a credit line gives, in order, and whether anything besides them was on the line
    (False: a lone name on its line), or None when the line is no credit line.

    `line` is the line with its places already blanked out (see `credit_line_names`).
    """
    line_words = [w for w in line.split() if any(c.isalnum() for c in w)]  # a bar or a dash is no word
    if not line_words or len(line_words) > LINE_WORDS:
        return None
    if any(w.casefold().strip(".,:;()[]'’\"") in _VETOES for w in line.split()):
        return None
    took = False
    unroled = ROLE_CREDIT.sub(" | ", line)
    if unroled != line:
        took, line = True, unroled  # a staff member's credit beside the outlet's: "Editor: Ola Berg"
    line = GLUED_CALENDAR.sub(" ", line)
    pieces = [p for p in SEPARATORS.split(line) if p and p.strip()]
    took = took or len(pieces) > 1 or SEPARATORS.search(line) is not None
    names: list[str] = []
    kept = 0
    for piece in pieces:
        toks = piece.split()
        if all(t.casefold().strip(".'’\"") in _LINKS for t in toks):
            took = True  # a link or button standing alone on the line: "| Share", "| Listen"
            continue
        if any(t.casefold().strip(".'’\"") in _LINKS for t in toks):
            return None  # a link to more of an outlet: "More from Wirewatch", "Follow Wirewatch"
        # the words left between dropped ones are names each: "Story by Wirewatch", "Wirewatch via
        # Nordic Daily" give two names (prose keeps its words, "Wirewatch staff in Oslo" one name)
        run: list[str] = []
        after: str | None = None
        for tok in toks:
            if run and tok[:1].isupper() and tok.casefold().strip(".'’\"") in _NAME_ENDS:
                run.append(tok)  # "Emirates News Agency": a label word ending the name it follows
                kept += 1
                after = None
                continue
            if not _dropped(tok, after):
                run.append(tok)
                kept += 1
                after = None
                continue
            took = True
            after = tok if _stamp(tok) else None
            names += _joined(run)
            run = []
        names += _joined(run)
    if not names or (len(line_words) > CREDIT_WORDS and kept > CREDIT_WORDS // 2):
        return None
    return names, took


def _joined(run: list[str]) -> list[str]:
    """The name a run of kept words makes, as a list of none or one."""
    return [" ".join(run).strip(".'’\"")] if run else []


def _candidate_lines(
    text: str, lines: list[tuple[int, int]], furniture: Callable[[int, int], bool] | None = None
) -> Iterable[tuple[int, int]]:
    """The first TOP_LINES non-blank lines, then the last END_LINES that start within the last
    TAIL_CHARS characters of the page (a credit followed by more story closes nothing; a short notice
    under it, a comment box's, does not hide it). A top line is counted in lines, not characters: a
    long standfirst over the credit line pushes it down the page, not out of the top lines. A line
    that is page furniture (`furniture(start, end)`: a masthead, a headline, a caption) is read but not
    counted, as the head's characters leave it out (nlp/repost.py `_head`): "AFP" under a site's masthead,
    its browser notice and a repeated headline is still a top line (twenty-fifth round, credit25); such a
    line past the first TOP_LINES is not read itself (a list of links)."""
    top: list[tuple[int, int]] = []
    counted = 0
    for k, span in enumerate(lines):
        if counted >= TOP_LINES:
            break
        skipped = furniture is not None and furniture(*span)
        if k < TOP_LINES or not skipped:  # furniture beyond the first lines (a list of links) is not read
            top.append(span)
        counted += 0 if skipped else 1
    tail_start = len(text.rstrip()) - TAIL_CHARS
    # the last lines, a blog's or a site's furniture under the story not counted ("Subscribe to:", "Post
    # Comments (Atom)", "No comments:": "Source: Wirewatch" above them closes the story)
    closing = [span for span in lines if span[0] >= tail_start]
    if furniture is not None:
        while closing and furniture(*closing[-1]):
            closing.pop()
    end = closing[-END_LINES:] if closing else []
    return top + [span for span in end if span not in top]


def _piece_at(line: str, start: int, end: int) -> str:
    """The piece of the line (between separators or dates) that holds start..end: the whole name a
    place's word may stand in ("The Washington Post|December 1" read with "Washington" a place)."""
    bounds = [0] + [i for m in SEPARATORS.finditer(line) for i in (m.start(), m.end())] + [len(line)]
    lo = max(b for b in bounds if b <= start)
    hi = min(b for b in bounds if b >= end)
    words = line[lo:hi].split()
    kept = [w for w in words if not _dropped(w)]  # "Wirewatch December 1, 2026": the name without its date
    return " ".join(kept)


# a line of nothing but bracketed names: "(Wirewatch)", "(Wirewatch) (Wirewatch)"
BRACKETED_ONLY = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)+$")
BODY_LINES = 2  # prose lines above a line that show the story has begun (one may be a standfirst)


def _picture_credit(line: str, k: int, prose: list[int]) -> bool:
    """Is the k-th line a picture's credit left between the story's paragraphs: only bracketed names
    ("(Wirewatch) (Wirewatch)", the captions of two photos gone from the text), under BODY_LINES
    prose lines and over more of the story? Under the headline "(Wirewatch)" credits the story, and
    closing it too."""
    if BRACKETED_ONLY.match(line) is None:
        return False
    above = sum(1 for i in prose if i < k)
    return above >= BODY_LINES and any(i > k for i in prose)


def credit_line_names(doc: Doc, outlet: Callable[[str], bool] | None = None) -> list[tuple[list[str], bool]]:
    """`read_credit_line` of each credit line near the top (the first TOP_LINES lines) or at the
    end of the page, in page order; the places the page's entities mark are taken away first, but not
    one inside a name `outlet` says is an outlet's (a list's: "The Washington Post" holds a place)."""
    text = doc_text(doc)
    lines = page_lines(text)
    places = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in PLACE_LABELS]
    found = []
    pieces = [(s, e) for kind, s, e in furniture_pieces(doc) if kind not in CREDIT_KINDS]

    def furniture(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in pieces)

    prose = [k for k, (s, e) in enumerate(lines) if len(text[s:e].split()) > CREDIT_WORDS]
    for start, end in _candidate_lines(text, lines, furniture):
        line = text[start:end]
        if _picture_credit(line, lines.index((start, end)), prose):
            continue
        blanked = False
        for s, e in places:
            if s >= start and e <= end:
                piece = _piece_at(line, s - start, e - start)
                if outlet is not None and piece != text[s:e] and outlet(piece):
                    continue
                line = line[: s - start] + " " * (e - s) + line[e - start :]
                blanked = True
        read = read_credit_line(line)
        if read is not None:
            found.append((read[0], read[1] or blanked))
    return found
