"""osint_furniture: the page around the article (headline, bylines, captions, credits, share lines).

The first component of the pipeline. Reads only `doc.text` (line by line); writes the pieces it
finds as character ranges in `doc.user_data` (msgpack-friendly), the span group
`doc.spans["furniture"]` (each span labelled with its kind), and, when it runs before the parser,
sentence starts at the edges of every piece, so that a headline or a caption never runs into the
body's first sentence, and after every line with no final punctuation (a heading, a label line:
news pages break lines between paragraphs, never inside a sentence).

Real pages, as a reader meets them, carry more than the article: a headline, "By Jane Doe",
"Photo: X/Getty Images", "2 min read", "Share this article", related links, tag lists, a repeated
caption. None of them asserts anything about the events: no entity, figure, claim or source may
come from them (tests/real/README.md). The patterns are data (`sources/rules/furniture/`):

- `lines.jsonl`: one regular expression a row with its `kind` (byline, credit, caption, date,
  reading_time, navigation, related, share, subscribe, cookie, tags, comments, embed) and `scope`
  (the whole line, only the prefix it matched: "date 2025-02-09 An explosion ...", or only the
  suffix: a credit glued to its caption, "... projectilesPhoto: X/Y").
- `datelines.jsonl`: "CAIRO (AP) —", "NEW DELHI:": content, marked so that osint_entity_types
  types the place as a Location and the agency tag as an Outlet.

Found here, not by pattern: the headline (the first line when it is short and ends without a full
stop), repeats of the headline, a line that repeats it and goes on (a photo's text, then its
caption; or, when more than one sentence follows, the headline glued to the first paragraph),
subheadings (later short lines in Title Case, without a full stop),
and a caption given twice (once with its credit, once without).

Kinds in `CONTENT_KINDS` are content (the headline, subheadings, the dateline); every other kind
is furniture. An entity of a headline or a subheading stays only where the body names it too.
Read them with `doc._.furniture` (spans) or `span._.furniture` (the kind of the piece a span
starts in, None in the body); `is_furniture(span)` says whether a span must be skipped.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from osint_graph.nlp.extensions import FURNITURE_KEY, doc_text, furniture_kind, furniture_pieces
from osint_graph.nlp.rules import patterns, word_list

SPAN_GROUP = "furniture"
HEADLINE = "headline"
DATELINE = "dateline"
DATELINE_AGENCY = "dateline_agency"
SUBHEAD = "subhead"
CONTENT_KINDS = frozenset({HEADLINE, SUBHEAD, DATELINE, DATELINE_AGENCY})
TITLE_SHARE = 0.6  # a subheading capitalises most of its longer words
MAX_HEADLINE_WORDS = 25
MAX_CREDIT_WORDS = 4  # "... cable AFP": a caption repeated with its credit
EMBED = "embed"
MAX_EMBED_LINES = 3  # the text of an embedded post above its "— Name (@handle) June 17, 2025" line
MIN_LINK_LINES = 3  # other stories' headlines listed at the foot of a page, one a line
AUTHOR = "author"
AUTHOR_TAIL_LINES = 2  # short lines a page may set after an author box ("Back to top button")
AUTHOR_NAME = re.compile(r"^(?:[A-Z][a-z'’-]+ ){1,3}[A-Z][a-z'’-]+$")
PROSE_END = '.!?:;"”’)'
SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[\"“‘]?[A-Z]")  # a sentence ends and the next begins
LINE_GOES_ON = PROSE_END + ",-–—"  # a line that ends so may run on into the next one
# a hard-wrapped page (text broken at 60-80 characters, one line per visual line, as copied from a PDF
# or an e-mail bulletin): WRAP_MIN_LINES lines of four words or more, WRAP_SHARE of them ending
# mid-sentence, nine in ten no longer than WRAP_WIDTH characters
WRAP_MIN_LINES = 8
WRAP_SHARE = 0.7
WRAP_WIDTH = 100


@cache
def _line_rules() -> tuple[tuple[str, str, re.Pattern], ...]:
    return tuple((p["kind"], p["scope"], re.compile(p["pattern"], re.I)) for p in patterns("furniture/lines"))


@cache
def _dateline_rules() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p["pattern"]) for p in patterns("furniture/datelines"))


def page_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, without its surrounding spaces."""
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            out.append((start, start + len(stripped)))
        pos += len(raw) + 1
    return out


def hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """The page breaks its paragraphs into lines of a fixed width: most prose lines end mid-sentence
    and nearly all are short."""
    prose = [(s, e) for s, e in lines if len(text[s:e].split()) >= 4]
    if len(prose) < WRAP_MIN_LINES:
        return False
    open_ends = sum(text[e - 1] not in PROSE_END for _, e in prose)
    lengths = sorted(e - s for s, e in prose)
    return open_ends >= WRAP_SHARE * len(prose) and lengths[int(0.9 * len(lengths)) - 1] <= WRAP_WIDTH


def _goes_on(line: str, following: str) -> bool:
    """The next line goes on with the sentence of a line of prose (four words or more): it opens with
    a word in lower case, and is no lone word ('crime', a section under a caption) unless it ends the
    sentence ('tugs.'); a web address or a label ('cgtn.com', 'logo_header') is no word."""
    first = following.split()[0]
    return (
        len(line.split()) >= 4
        and first.isalpha()
        and first.islower()
        and (len(following.split()) > 1 or following[-1] in PROSE_END)
    )


def runs_on(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines a paragraph's sentence runs on from into the next line: a line with no final
    punctuation, the next line right under it (no blank line), no furniture of its own (a byline, a
    dateline), and going on in lower case (`_goes_on`: '... the' / 'gasoline on the ship ...'), or on a
    hard-wrapped page (`hard_wrapped`) whatever its first letter. Such a line is body text, no
    headline or subheading, and no sentence ends at its end. Returns the ends of those lines."""
    wrapped = None
    out = set()
    for (start, end), (nxt, nxt_end) in zip(lines, lines[1:], strict=False):
        if text[end - 1] in LINE_GOES_ON or text[end:nxt].count("\n") != 1:
            continue
        following = text[nxt:nxt_end]
        if _match_line(following) is not None or _dateline(text, nxt, nxt_end):
            continue
        if not _goes_on(text[start:end], following):
            if wrapped is None:
                wrapped = hard_wrapped(text, lines)
            if not wrapped:
                continue
        out.add(end)
    return out


def unwrap(text: str) -> str:
    """The text with the line break after every line that runs on (`runs_on`) read as a space: a
    hard-wrapped paragraph as one line, so the model reads 'San / Marino' as one name and the
    sentence as one. One character for one: every offset stays the offset into the text as read."""
    ends = runs_on(text, page_lines(text))
    if not ends:
        return text
    chars = list(text)
    for end in ends:
        chars[text.index("\n", end)] = " "
    return "".join(chars)


def _match_line(line: str) -> tuple[str, int, int] | None:
    """(kind, start, end) of the furniture within the line, by the first rule that matches it."""
    for kind, scope, pattern in _line_rules():
        m = pattern.search(line)
        if m is None:
            continue
        if scope == "prefix":
            if m.start() == 0 and m.end() > 0:
                return kind, 0, m.end()
            continue
        if scope == "suffix":
            return kind, m.start(), len(line)
        return kind, 0, len(line)
    return None


def _is_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_HEADLINE_WORDS and line[-1] not in '.!?:;,"”’' and any(c.isalpha() for c in line)


def _is_subhead(line: str) -> bool:
    """A heading inside the body: short, no full stop, its longer words mostly capitalised."""
    if not _is_headline(line) or "," in line:
        return False
    longer = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(longer) >= 2 and sum(w[0].isupper() for w in longer) >= TITLE_SHARE * len(longer)


def _norm(line: str) -> str:
    return " ".join(line.split()).casefold()


def _headline_repeated(text: str, start: int, end: int, words: int) -> list[tuple[str, int, int]]:
    """A line that repeats the headline and goes on: the headline as a photo's text with its caption
    after it (one sentence at most: the whole line a caption), or the headline glued to the body's
    first paragraph, as some pages print it ('Blast Rips Tanker Apart at Dock An explosion aboard ...
    The ship ...': the headline's words the headline again, the rest body)."""
    cut = start
    for _ in range(words):  # the end of the headline's last word in the line
        while text[cut].isspace():
            cut += 1
        while cut < end and not text[cut].isspace():
            cut += 1
    if not SENTENCE_BREAK.search(text, cut, end):
        return [("caption", start, end)]
    rest = cut
    while rest < end and text[rest].isspace():
        rest += 1
    return [(HEADLINE, start, cut), *_dateline(text, rest, end)]


def _dateline(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    line = text[start:end]
    for pattern in _dateline_rules():
        m = pattern.match(line)
        if m is None:
            continue
        # every place the line names is a dateline place ("NAIROBI/NEW YORK (Reuters) -": two desks)
        places = [g for g in pattern.groupindex if g.startswith("place") and m.group(g)]
        out = [(DATELINE, start + m.start(g), start + m.end(g)) for g in places]
        # every agency it credits too ("SYDNEY (Wirenet/AP)": a broadcaster and the wire it took the story from)
        agencies = [g for g in pattern.groupindex if g.startswith("agency") and m.group(g)]
        out += [(DATELINE_AGENCY, start + m.start(g), start + m.end(g)) for g in agencies]
        return out
    return []


def _caps_dateline(text: str, start: int, end: int) -> bool:
    """A first line that opens with an upper-case dateline ('MADRID (AP) -' after the look-up's date,
    'KUALA LUMPUR, June 19 The ...'): the dateline, no headline; a headline in title case with a
    colon ('Royal Navy: Destroyer ...') stays the headline."""
    return any(kind == DATELINE and text[s:e].isupper() for kind, s, e in _dateline(text, start, end))


def _embedded_posts(
    text: str, lines: list[tuple[int, int]], found: list[tuple[str, int, int]], body_lines: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The text of a post embedded in the page (a tweet) is furniture too: the lines above its
    signature ("— Name (@handle) June 17, 2025") or its link line, the first line above a bare
    signature always, the others while they do not end as prose does (a post's text ends in "…", a
    link or an emoji, its title without a full stop); appended to `found`. Returns the body lines
    that are left."""
    embeds = {(s, e) for k, s, e in found if k == EMBED}
    taken: set[tuple[int, int]] = set()
    for n, line in enumerate(lines):
        if line not in embeds or (n + 1 < len(lines) and lines[n + 1] in embeds):
            continue  # start from the last line of a post (its signature)
        m = n
        while m >= 0 and lines[m] in embeds:
            m -= 1
        # a signature alone: the post's text is above it; a link line is the post's text itself
        first = all(text[lines[k][0]] in "\u2014\u2013-" for k in range(m + 1, n + 1))
        while m >= 0 and n - m <= MAX_EMBED_LINES and lines[m] in body_lines:
            start, end = lines[m]
            if not first and text[end - 1] in PROSE_END:
                break
            taken.add(lines[m])
            found.append((EMBED, start, end))
            first = False
            m -= 1
    return [line for line in body_lines if line not in taken]


def find_furniture(text: str) -> list[tuple[str, int, int]]:
    """The pieces of a page's text: (kind, start, end), character offsets, in text order."""
    found: list[tuple[str, int, int]] = []
    lines = page_lines(text)
    body_lines: list[tuple[int, int]] = []  # what the rules left, after a prefix they took
    for start, end in lines:
        hit = _match_line(text[start:end])
        if hit is None:
            body_lines.append((start, end))
            continue
        kind, begin, stop = hit
        found.append((kind, start + begin, start + stop))
        if begin > 0:  # 'projectilesPhoto: X': the caption's text before a glued credit
            body_lines.append((start, start + begin))
            continue
        rest = start + stop
        while rest < end and text[rest].isspace():
            rest += 1
        again = _match_line(text[rest:end]) if rest < end else None
        if again is not None and again[1:] == (0, end - rest):  # 'date 2022-08-01 2022 August 1 14:40'
            found.append((again[0], rest, end))
        elif rest < end:
            body_lines.append((rest, end))
    body_lines = _embedded_posts(text, lines, found, body_lines)
    running = runs_on(text, lines)
    captions = {_norm(text[s:e]) for k, s, e in found if k == "caption"}
    headline: str | None = None
    previous: str | None = None
    # the headline is the first line with a word: a stray mark before it ('^') is no line of text
    first = next((i for i, (s, e) in enumerate(body_lines) if any(c.isalpha() for c in text[s:e])), 0)
    for i, (start, end) in enumerate(body_lines):
        line = text[start:end]
        norm = _norm(line)
        if end in running:
            found.extend(_dateline(text, start, end))  # a wrapped paragraph's line: body text
        elif headline is None and i == first and _is_headline(line) and not _caps_dateline(text, start, end):
            headline = norm
            found.append((HEADLINE, start, end))
        elif headline is not None and norm == headline:
            found.append((HEADLINE, start, end))  # the headline again, as pages repeat it
        elif headline is not None and norm.startswith(headline + " "):
            found.extend(_headline_repeated(text, start, end, len(headline.split())))
        elif 0 < i < len(body_lines) - 1 and _is_subhead(line):  # (the last line may be cut short)
            found.append((SUBHEAD, start, end))  # 'Not the First Incident': a heading in the body
        elif any(c != norm and c.startswith(norm) for c in captions) or (
            previous is not None
            and norm != previous
            and norm.startswith(previous)
            and len(norm[len(previous) :].split()) <= MAX_CREDIT_WORDS
        ):
            found.append(("caption", start, end))  # a caption without its credit / with it added
        else:
            found.extend(_dateline(text, start, end))
        previous = norm
    found.extend(("related", s, e) for s, e in _link_list(text, body_lines))
    box = _author_box(text, body_lines)
    if box:
        found = [f for f in found if not any(f[1] < e and s < f[2] for s, e in box)]
        found.extend((AUTHOR, s, e) for s, e in box)
    return sorted(found, key=lambda f: (f[1], f[2]))


@cache
def _bio_words() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in word_list("furniture/author_bio_words")) + r")\b", re.I)


def _author_box(text: str, body_lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The author box at the foot of a page: a line that is only a person's name ("Ola Brenn"), then
    the paragraph of the biography, which names the person again and holds a word of
    `furniture/author_bio_words.txt` ("editor", "his work"), with no more than AUTHOR_TAIL_LINES short
    lines after it to the end of the text. Its outlets and companies are the writer's career, not the
    story's sources (tests/real/README.md: "bylines and author boxes" are furniture)."""
    last = len(body_lines) - 1
    for i in range(max(0, last - AUTHOR_TAIL_LINES - 1), last):
        (ns, ne), (bs, be) = body_lines[i], body_lines[i + 1]
        name, bio = text[ns:ne].strip(), text[bs:be]
        tail = body_lines[i + 2 :]
        if not AUTHOR_NAME.match(name) or name.split()[-1] not in bio or not _bio_words().search(bio):
            continue
        if all(len(text[s:e].split()) <= MAX_CREDIT_WORDS for s, e in tail):
            return [(ns, ne), (bs, be)]
    return []


def _link_list(text: str, body_lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other stories' headlines at the foot of the page without a 'Related' label: after a blank line,
    at least MIN_LINK_LINES lines to the end of the text, one under the other, none ending as prose
    does (an excerpt's last line, cut short, is one such line alone)."""
    run: list[tuple[int, int]] = []
    for start, end in reversed(body_lines):
        line = text[start:end]
        if not _is_headline(line) or line[-1] in PROSE_END:
            break
        if run and text[end : run[0][0]].count("\n") != 1:
            break  # a blank line between two lines: the list starts after it
        run.insert(0, (start, end))
    if len(run) < MIN_LINK_LINES or "\n\n" not in text[: run[0][0]][-3:].replace(" ", ""):
        return []
    return run


# --- reading the pieces (the extensions live in extensions.py) ----------------------------------

pieces = furniture_pieces
kind_at = furniture_kind


def agency_piece(span: Span) -> Span | None:
    """The dateline agency a name the model ran across the credits stands in, where it is not that
    piece itself: 'Harbour Ledger / Wirewatch - 3rd' read as one name, 'Harbour' of 'Harbour Ledger
    News' alone. The first credit it touches; the agencies it covers after it are added from the
    registry (osint_entity_types)."""
    doc = span.doc
    for kind, start, end in pieces(doc):
        if kind == DATELINE_AGENCY and span.start_char < end and start < span.end_char:
            if (start, end) == (span.start_char, span.end_char):
                return None
            return doc.char_span(start, end)  # None when the credit cuts a token ('Wirenet/AP')
    return None


def is_furniture(span: Span) -> bool:
    """The span lies in a piece of furniture (not the headline, a subheading or the dateline): skip it."""
    kind = kind_at(span.doc, span.start_char, span.end_char)
    return kind is not None and kind not in CONTENT_KINDS


def set_span_group(doc: Doc) -> None:
    """doc.spans["furniture"] from the stored pieces (again after a component split tokens)."""
    doc.spans[SPAN_GROUP] = doc._.furniture


def _line_breaks(text: str) -> list[int]:
    """The start of every line after a line with no final punctuation: a heading, a label or a
    headline ends there, whatever the parser would glue to it ('Not the First Incident' + 'The ship
    ...'). News pages break lines only between paragraphs, never inside a sentence."""
    lines = page_lines(text)
    running = runs_on(text, lines)
    return [
        nxt
        for (_, end), (nxt, _) in zip(lines, lines[1:], strict=False)
        if text[end - 1] not in LINE_GOES_ON and end not in running
    ]


def _mark_sentences(doc: Doc, found: list[tuple[str, int, int]]) -> None:
    """A piece starts a sentence and so does what follows it, and so does a line after a line with
    no final punctuation (only before the parser has run)."""
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        return
    text = doc_text(doc)
    edges = [c for kind, start, end in found if kind not in (DATELINE, DATELINE_AGENCY) for c in (start, end)]
    starts = []
    for char in edges + _line_breaks(text):
        while char < len(text) and text[char] in " \t":  # a piece that ends before a space: what follows it
            char += 1
        span = doc.char_span(char, min(char + 1, len(text)), alignment_mode="expand") if char < len(text) else None
        if span is None or not len(span):  # the character is white space after a token
            continue
        tok = span[0]
        while tok.is_space and tok.i + 1 < len(doc):
            tok = doc[tok.i + 1]
        if tok.i > 0 and not tok.is_space:
            starts.append(tok.i)
    if starts:
        # written once through the array: `Token.is_sent_start = True` scans the whole Doc for a parse
        # (has_annotation("DEP")) on every call
        column = doc.to_array(SENT_START)
        column[starts] = 1
        doc.from_array([SENT_START], column)


class Furniture:
    """Marks the headline, bylines, captions, credits and other page furniture of a text."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        _line_rules()
        _dateline_rules()

    def __call__(self, doc: Doc) -> Doc:
        found = find_furniture(doc_text(doc))
        doc.user_data[FURNITURE_KEY] = [list(f) for f in found]
        _mark_sentences(doc, found)
        set_span_group(doc)
        return doc


@Language.factory("osint_furniture")
def make_furniture(nlp: Language, name: str) -> Furniture:
    return Furniture(nlp, name)
