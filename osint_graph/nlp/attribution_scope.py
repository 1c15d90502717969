"""What an attribution frame covers beyond its sentence: quotations, paragraphs, passages, continuations.

No pipeline component of its own: a step of `osint_claims` (`claims.py`), run once the clauses
of every sentence have their chains. It reads the clauses (with their peeled frames), the
paragraph numbers of the segments and the quote tokens, and writes nothing on the Doc: it
extends the chains of the clauses a frame covers.

- a quotation running over several sentences takes the frame of the sentence that closes it
  ("“A. B,” the cited analysts estimate" covers A), else, within one paragraph, the leading
  frame of the sentence that opens it ("X said that “A. B.”" covers B);
- a press-review frame ("..., writes X", "..., reports X", "..., X notes": the `press_review`
  verbs of `sources/rules/attribution/verb_frames.csv`) closing a paragraph covers the sentences
  before it in that paragraph -- and no further; a past-tense frame ("..., X reported.") is the
  news-wire frame of its own sentence, not a press review;
- a press-review frame of an outlet or organisation in a paragraph's first sentence opens a
  passage: the following paragraphs are that source's until a short one-sentence paragraph (a
  subheading) or a clause with a frame of another source; sources cited inside the passage nest
  under it ("identified by experts from RUSI" -> [NK Pro, RUSI]);
- a sentence that goes on with "They ..." / "From there ..." keeps the source of the sentence
  before it in its paragraph (`attribution/continuation_starts.txt`);
- a reporting frame of a named source opens a speaker passage in its paragraph: the sentences
  after it that go on with its account (a quote, "Minutes later", "As a result", "It ...":
  `attribution/passage_starts.txt`) and are not negated carry its chain, as do all the sentences
  of a quotation it opened that runs on over several sentences, and so does a next
  paragraph that opens with a quote or an additive connective ("Moreover,":
  `attribution/additive_starts.txt`), or quotes words after a leading frame ("X said that A.¶B
  “C”") (`_speaker_scope`); a sentence whose only source is a bare
  official ("an official said": `attribution/body_speakers.txt`) speaks for the body whose
  account was reported last (not a person's; by a frame or by a speech act of the body's own),
  unless that official was met before any body;
- the items of a list that a sourced sentence announces with a colon ("CAS data reveals:¶• A¶• B")
  are that source's (`attribution_list_items.py`);
- a past-tense sentence between two frames of one source already cited ("X said A. ... B. C, X
  said.") is X's account too (`attribution_bracket.py`);
- the claims whose source is their own subject (accusations, denials, speech acts) are not
  re-attributed by these scopes.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from osint_graph.nlp.attribution_bracket import Segment, bracket_scope
from osint_graph.nlp.attribution_frames import Clause
from osint_graph.nlp.attribution_list_items import list_item_scope
from osint_graph.nlp.attribution_speaking_note import speaking_note
from osint_graph.nlp.attribution_verbs import PARAGRAPH_VERBS, RELAY_VERBS, is_report_verb
from osint_graph.nlp.modality import negated
from osint_graph.nlp.rules import POSSESSIVE_MARKS, word_list, words
from osint_graph.nlp.source_context import Source, carried
from osint_graph.nlp.syntax import doc_memo, norm_name, tokens_of

LOW_QUOTE = "„"  # „...“ (Baltic, German, Polish style): the “ after it closes the quotation


# every mark the two scans below look at: the ones that open a quotation, the ones that close it,
# and the straight quote, which does either
_OPENING_MARKS = (LOW_QUOTE, "“", "«", "``")
_CLOSING_MARKS = ("”", "»", "''")
_QUOTE_MARKS = (*_OPENING_MARKS, *_CLOSING_MARKS, '"')
_QUOTE_MARK_IDS = frozenset(get_string_id(q) for q in _QUOTE_MARKS)


def _quote_tokens(doc: Doc, a: int, b: int) -> list[Token]:
    """The quotation-mark tokens of [a, b), in order (their indices read once per Doc from the ORTH
    array): the scans below change nothing on any other token."""
    memo = doc_memo(doc)
    found = memo.get("quote_marks")
    if found is None:
        found = memo["quote_marks"] = [i for i, o in enumerate(doc.to_array(ORTH).tolist()) if o in _QUOTE_MARK_IDS]
    toks = tokens_of(doc)
    return [toks[i] for i in found[bisect_left(found, a) : bisect_left(found, b)]]


def _quote_marks(doc: Doc, a: int, b: int, low_open: bool) -> tuple[int, int, bool]:
    """(opening marks, closing marks, a „ still open) of the sentence [a, b) given whether a „
    was open before it: “ opens a quotation, unless a „ is open, whose closing mark it then is."""
    opens = closes = 0
    for t in _quote_tokens(doc, a, b):
        if t.text == LOW_QUOTE or t.text in ("«", "``") or (t.text == "“" and not low_open):
            opens += 1
            low_open = t.text == LOW_QUOTE or (low_open and t.text != "“")
        elif t.text in ("”", "»", "''", "“"):
            closes += 1
            low_open = False
    return opens, closes, low_open


def _quotation_scope(doc: Doc, per_segment: list[tuple[int, int, int, list[Clause]]]) -> None:
    """A quotation over several sentences takes the frame of the sentence that closes it."""
    open_from: int | None = None
    low_open = False
    for k, (a, b, _para, _clauses) in enumerate(per_segment):
        opens, closes, low_open = _quote_marks(doc, a, b, low_open)
        straight = sum(1 for t in tokens_of(doc)[a:b] if t.text == '"')
        if straight % 2 == 1:
            if open_from is None:
                opens += 1
            else:
                closes += 1
        if open_from is None and opens > closes:
            open_from = k
            continue
        if open_from is None and closes > opens and not straight:
            _resumed_quotation(doc, per_segment, k)
            continue
        if open_from is not None and closes > opens:
            trailing = next((cl.trailing for cl in per_segment[k][3] if cl.trailing), [])
            # "X said that “A. B.”": B is X's too, when no frame closes the quotation (in one paragraph)
            leading = next((cl.chain for cl in per_segment[open_from][3] if cl.leading and reported(cl)), [])
            if per_segment[open_from][2] != per_segment[k][2]:
                leading = []
            if not trailing and not leading and not straight and per_segment[open_from][2] != per_segment[k][2]:
                _resumed_quotation(doc, per_segment, k, open_from)  # "“A.¶“B,” X said.¶C.”": X resumed
            first, chain = (open_from, trailing) if trailing else (open_from + 1, leading)
            for j in range(first, k + (not trailing)):
                for cl in per_segment[j][3]:
                    if chain and not cl.chain:
                        cl.chain = carried(chain, "quotation")
            open_from = None


def _resumed_quotation(
    doc: Doc, per_segment: list[tuple[int, int, int, list[Clause]]], k: int, floor: int = -1
) -> None:
    """A closing mark with no quotation open ("“A,” Varga said.¶B.”"): the writer resumed the
    speaker's quotation without reopening it. The sentences of its paragraph up to that mark are
    the words of the speaker whose quotation a frame closed last, in this paragraph or the one
    before ("“A. B,” X said"), when no other source is cited in between. With a quotation still open
    from sentence `floor`, only a frame after it counts: a frame inside the open quotation ("Wirewatch
    reports: “A, X said.¶B.”") is the quoted text's, and B stays with the one who quotes it."""
    para = per_segment[k][2]
    first = k
    while first > 0 and per_segment[first - 1][2] == para:
        first -= 1
    chain: list[Source] = []
    for j in range(first - 1, floor, -1):
        if per_segment[j][2] < para - 1:
            return
        clauses = per_segment[j][3]
        if any(cl.trailing for cl in clauses) and _quote_tokens(doc, per_segment[j][0], per_segment[j][1]):
            chain = next(cl.trailing for cl in clauses if cl.trailing)
            break
        if any(cl.chain or cl.speech for cl in clauses):
            return
    if not chain:
        return
    for j in range(first, k + 1):
        for cl in per_segment[j][3]:
            # a frame inside the quotation that names no one ("the boarding shows the need ...") is
            # the speaker's wording, not a source of its own
            unnamed = bool(cl.chain) and all(src.link.entity is None and src.label is None for src in cl.chain)
            if unnamed or (not cl.chain and not cl.speech and not cl.act):
                cl.chain, cl.speech = carried(chain, "resumed_quotation"), False


def _paragraph_scope(per_segment: list[tuple[int, int, int, list[Clause]]]) -> None:
    """A press-review frame ('..., writes X') ending a paragraph covers that paragraph."""
    by_para: dict[int, list[int]] = {}
    for k, seg in enumerate(per_segment):
        by_para.setdefault(seg[2], []).append(k)
    for ks in by_para.values():
        if len(ks) < 2:
            continue
        last = per_segment[ks[-1]][3]
        frame = next((cl for cl in last if cl.trailing), None)
        if frame is None or (frame.trailing_verb or "") not in PARAGRAPH_VERBS:
            continue
        links = frame.trailing
        head = norm_name(links[0].link.name)
        for k in ks[:-1]:
            for cl in per_segment[k][3]:
                if cl.speech or (cl.chain and norm_name(cl.chain[0].link.name) == head):
                    continue
                cl.chain = carried(links, "paragraph_review") + cl.chain


HEADING_WORDS = 10
ANAPHORIC_STARTS = words("attribution/anaphoric_starts")
CONTINUATION_STARTS = words("attribution/continuation_starts")


def _words(doc: Doc, a: int, b: int) -> int:
    return sum(1 for t in tokens_of(doc)[a:b] if t.is_alpha)


def _key(src: Source) -> str:
    return src.key


def _passage_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """A press review ('..., reports X' opening a paragraph) covers the paragraphs that follow.

    It covers them while the article keeps reporting X: it ends at a short
    one-sentence paragraph (a subheading) and at a clause with a frame of its
    own whose source is not in the passage's chain.  Sources cited inside the
    passage otherwise nest under it ("identified by experts from RUSI" ->
    [X, RUSI]; "the spy agency told lawmakers" in a passage [Yonhap, NIS] ->
    [Yonhap, NIS]).
    """
    by_para: dict[int, list[Segment]] = {}
    for seg in per_segment:
        by_para.setdefault(seg[2], []).append(seg)
    passage: list[Source] | None = None
    for _para, segs in sorted(by_para.items()):
        first = segs[0][3]
        opening = next((cl for cl in first if cl.trailing), None)
        heading = (
            len(segs) == 1
            and _words(doc, segs[0][0], segs[0][1]) <= HEADING_WORDS
            and not any(cl.chain for cl in first)
            and doc[segs[0][0]].lower_ not in ANAPHORIC_STARTS  # "The ships made 32 trips." continues
        )
        if heading:
            passage = None
            continue
        for _a, _b, _p, clauses in segs:
            for cl in clauses:
                if passage is None:
                    break
                keys = [_key(x) for x in passage]
                relayed = len(cl.chain) > 1 and cl.chain[1].link.verb in RELAY_VERBS  # "X told Reuters": X speaks
                if cl.chain and _key(cl.chain[0]) in keys and not relayed:
                    # the passage's own source again: complete the chain from it
                    cl.chain = carried(passage[: keys.index(_key(cl.chain[0]))], "passage") + cl.chain
                elif cl.chain and (cl.leading or cl.trailing):
                    passage = None  # another source takes over
                elif not (cl.speech or cl.act):
                    cl.chain = carried(passage, "passage") + cl.chain
        if (
            opening is not None
            and (opening.trailing_verb or "") in PARAGRAPH_VERBS
            and opening.trailing[0].label in ("ORG", "OUTLET")
        ):
            passage = list(opening.trailing)


def _continuation_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """'..., Kirby said. From there they were taken ...': 'they' carries the previous sentence's source on."""
    for k in range(1, len(per_segment)):
        a, _b, para, clauses = per_segment[k]
        prev = per_segment[k - 1]
        if prev[2] != para or not clauses or any(cl.chain for cl in clauses):
            continue
        toks = [t for t in tokens_of(doc)[a : a + 4] if not t.is_punct]
        starts = {t.lower_ for t in toks[:1]}
        if [t.lower_ for t in toks[:2]] == ["from", "there"]:
            starts.add("there")
        if not starts & CONTINUATION_STARTS:
            continue
        source = next((cl.chain for cl in prev[3] if cl.chain), None)
        if source:
            for cl in clauses:
                cl.chain = carried(source, "continuation")


def reported(cl: Clause) -> bool:
    """A clause whose named source comes from a reporting frame ('X said', 'according to X')."""
    framed = cl.leading or bool(cl.trailing)
    return bool(cl.chain) and not cl.chain[-1].generic and framed and not cl.speech and not cl.extra


PASSAGE_STARTS = [tuple(w.split()) for w in word_list("attribution/passage_starts")]
ADDITIVE_STARTS = [tuple(w.split()) for w in word_list("attribution/additive_starts")]
OPENING_QUOTES = ("“", "«", '"', "‘", LOW_QUOTE)


def _opens_quote(doc: Doc, a: int, b: int) -> bool:
    toks = [t for t in tokens_of(doc)[a:b] if not t.is_space]
    return bool(toks) and toks[0].text in OPENING_QUOTES


QUOTE_CLOSERS = ("”", "»", "“")


def _quotes_words(doc: Doc, a: int, b: int) -> bool:
    """Does the sentence [a, b) quote someone's words ('Patrol 401 “deliberately rammed the boat”')?

    Words with a verb of their own, or a quotation still open at the sentence's end: quote marks
    around a name or a label ('the fishing vessel “Lupeng 28”', 'a “high-specification” ship',
    'the so-called “destruction of the port”') quote no one's account.
    """
    toks = tokens_of(doc)[a:b]
    for i, t in enumerate(toks):
        if t.text not in ("“", "«", LOW_QUOTE):
            continue
        inner = []
        for u in toks[i + 1 :]:
            if u.text in QUOTE_CLOSERS:
                break
            inner.append(u)
        else:
            return True  # the quotation runs on past the sentence
        if any(u.pos_ in ("VERB", "AUX") for u in inner):
            return True
    return False


MILESTONE_WORDS = words("attribution/milestone_words")
MILESTONE_VERBS = ("be", "mark")


def ranks_event(toks: list[Token]) -> bool:
    """'It was the first time ...', 'This marks the latest attack ...': the outlet ranks the event."""
    words_ = [t for t in toks if not t.is_punct][:4]
    return (
        len(words_) == 4
        and words_[0].lower_ in BACK_POINTERS + ("it",)
        and words_[1].lemma_ in MILESTONE_VERBS
        and words_[2].lower_ == "the"
        and (words_[3].lower_ in MILESTONE_WORDS or words_[3].tag_ == "JJS")
    )


def _starts_with(doc: Doc, a: int, b: int, starts: list[tuple[str, ...]]) -> bool:
    """Do the first words of the sentence [a, b) (punctuation left out) make one of `starts`?"""
    first = tuple(t.lower_ for t in tokens_of(doc)[a:b] if not (t.is_space or t.is_punct))[:3]
    return any(first[: len(start)] == start for start in starts)


def _goes_on(doc: Doc, a: int, b: int) -> bool:
    """Does the sentence [a, b) go on with the account before it (a quote, 'Minutes later', 'It')?"""
    toks = [t for t in tokens_of(doc)[a:b] if not t.is_space]
    if not toks or (toks[0].text not in OPENING_QUOTES and ranks_event(toks)):
        return False  # a quoted "It was the first time" is the speaker's ranking, not the outlet's
    if toks[0].text in OPENING_QUOTES or _quotes_words(doc, a, b):
        return True
    return _starts_with(doc, a, b, PASSAGE_STARTS)


def _quote_open_after(doc: Doc, a: int, b: int, open_before: bool | str) -> bool | str:
    """Is a quotation still open at the end of the sentence [a, b), given whether one was open
    before it? Curly and angle quotes open and close; a straight quote turns the state over; a
    „ opens a quotation that the next “ closes (the state is then LOW_QUOTE, which is true)."""
    state = open_before
    for t in _quote_tokens(doc, a, b):
        if t.text == LOW_QUOTE:
            state = LOW_QUOTE
        elif t.text == "“":
            state = state != LOW_QUOTE
        elif t.text in ("«", "``"):
            state = True
        elif t.text in ("”", "»", "''"):
            state = False
        elif t.text == '"':
            state = not state
    return state


quote_state = _quote_open_after  # the carry-on decision (attribution_carry.py) reads it too

BODY_SPEAKERS = words("attribution/body_speakers")
# an unnamed official speaks for a state or an organisation, never for a news outlet the article
# cites for background ("..., according to Harbour Wire.¶“...,” the official said")
BODY_LABELS = ("ORG", "COUNTRY", "GPE")


def _bare_speaker(clauses: list[Clause], unbodied: set[str]) -> bool:
    """Is every source of the sentence an unnamed official of no named body ("an official said")?

    Not one met before with no body in force ("a judicial official said" opening the story, "the
    official said" later): that official stays unnamed.
    """
    chains = [cl.chain for cl in clauses if cl.chain]
    return bool(chains) and all(
        len(ch) == 1
        and ch[0].generic
        and ch[0].head_lemma in BODY_SPEAKERS
        and not ch[0].plural
        and ch[0].key not in unbodied
        for ch in chains
    )


def _speaker_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """'The agency said A. Minutes later B. "C," ...': a reporting frame's passage in its paragraph.

    A sentence with a reporting frame of a named source ("X said", "according to X") opens a
    passage; the sentences after it in the same paragraph with no source of their own and that
    go on with its account (a quote, "Minutes later", "As a result", "It"/"This": see
    `attribution/passage_starts.txt`), and whose predicate is not negated (“... were not
    released” is the outlet's own remark), carry its chain; so does a next paragraph that opens
    with a quote or with "Moreover," (`attribution/additive_starts.txt`).  The passage ends at the
    paragraph's end (unless a quote or "Moreover," opens the next), at a sentence that does not go
    on, and at a sentence with a source of its own (a speech act such as "Moscow accused ..." opens
    none).
    """
    current: list[Source] | None = None
    body: list[Source] | None = None  # the last reported chain that ends in a body, not a person
    unbodied: set[str] = set()  # unnamed sources met with no body in force
    leading = False  # the passage was opened by a leading frame ("X said that ...")
    para = None
    quote_open = False  # a quotation opened by an earlier sentence of the paragraph runs on
    for a, b, p, clauses in per_segment:
        if p != para:
            para = p
            quote_open = False  # a quote over paragraphs opens each of them again
            if not (
                _opens_quote(doc, a, b)
                or (leading and _quotes_words(doc, a, b))
                or _starts_with(doc, a, b, ADDITIVE_STARTS)
            ):
                current = None  # a new paragraph goes on only through a quote or an additive "Moreover,"
        inside, quote_open = quote_open, _quote_open_after(doc, a, b, quote_open)
        # a sentence the speaker's quote opens (the paragraph's first, or one after her frame) is inside
        # her words from its first mark on: its acts and negations are hers (“A,” X said. “B sent the tug.”)
        inside = inside or (current is not None and _opens_quote(doc, a, b))
        if body is not None and _bare_speaker(clauses, unbodied):
            # "..., an official said": the official of the body whose account this is
            for cl in clauses:
                cl.chain = carried(body, "speaker_passage") + cl.chain
            current = list(body)
            continue
        unbodied.update(src.key for cl in clauses for src in cl.chain if src.generic)
        if any(cl.chain for cl in clauses):
            # a source of its own: a reporting frame opens a passage, a speech act does not
            framed = [cl for cl in clauses if reported(cl)]
            current = list(framed[-1].chain) if framed else None
            if current is None and _colon_frame(doc, a, b, clauses):
                # "X confirmed the incident and stated:¶“C”": the quote the colon announces is X's
                current = next(list(cl.chain) for cl in clauses if cl.chain)
            leading = bool(framed) and framed[-1].leading
            # the body that spoke last: by a reporting frame, or by a speech act of its own ("A Karsk
            # Navy spokesman urged calm" is the navy's account, which "a spokesperson said" goes on with)
            spoke = current or next((list(cl.chain) for cl in clauses if cl.speech and cl.chain), None)
            if spoke and spoke[-1].label in BODY_LABELS:
                body = spoke
            continue
        if current is None:
            continue
        if not inside and speaking_note(doc, a, b, current):
            continue  # "He spoke by satellite phone.": the outlet's note, the speaker's passage goes on
        if not (inside or _goes_on(doc, a, b)):
            current = None
            continue
        for cl in clauses:
            # inside the quotation a negated sentence is the speaker's too (“... There are no safe havens.”)
            # an act ("the navy confirmed the seizure") is the outlet's, unless inside the speaker's quotation
            own = cl.speech or (cl.act and not inside)
            if not cl.chain and not own and (inside or not (cl.main is not None and negated(cl.main))):
                cl.chain = carried(current, "speaker_passage")


def _colon_frame(doc: Doc, a: int, b: int, clauses: list[Clause]) -> bool:
    """Does the sentence [a, b) end with a colon after a named source's speech act ("X stated:"),
    so that what it announces follows, in the next paragraph?"""
    toks = [t for t in tokens_of(doc)[a:b] if not t.is_space]
    named = [cl for cl in clauses if cl.chain and not cl.chain[-1].generic and cl.speech]
    return bool(toks) and toks[-1].text == ":" and bool(named)


BACK_POINTERS = ("that", "this")


def _points_back(doc: Doc, a: int, b: int) -> bool:
    """Is the sentence [a, b) only a frame on the one before it ("That's according to X.", "This was
    reported by X.", "This was announced by X, ...")?"""
    toks = [t for t in tokens_of(doc)[a:b] if not (t.is_space or t.is_punct)]
    if len(toks) < 3 or toks[0].lower_ not in BACK_POINTERS:
        return False
    if not (toks[1].lemma_ in ("be", "have") or toks[1].lower_ in POSSESSIVE_MARKS):
        return False
    rest = toks[3:] if toks[2].lower_ == "been" else toks[2:]  # "This has been reported by X"
    if len(rest) >= 2 and rest[0].tag_ == "VBN" and is_report_verb(rest[0]) and rest[1].lower_ == "by":
        return True
    return toks[2].lower_ == "according"


TITLE_ABBREVIATIONS = words("attribution/title_abbreviations")


def _cut_at_title(doc: Doc, a: int, b: int) -> bool:
    """Does the sentence [a, b) end inside a name, at an abbreviated title ("..., spokesman Brig.")?"""
    toks = [t for t in tokens_of(doc)[a:b] if not t.is_space]
    if len(toks) >= 2 and toks[-1].text == "." and toks[-2].text in TITLE_ABBREVIATIONS:
        return True
    return bool(toks) and toks[-1].text.endswith(".") and toks[-1].text[:-1] in TITLE_ABBREVIATIONS


SENTENCE_GOES_ON = (",", ";")  # no sentence starts with one


def _cut_before(doc: Doc, a: int) -> bool:
    """Does the sentence starting at `a` go on with the one before it, which the parser ended where no
    sentence ends ("... near the Gulf" + ", the navy said.", "... at 4:38 a.m." + "local time, when ...")?"""
    tok = next((t for t in tokens_of(doc)[a : a + 3] if not t.is_space), None)
    return tok is not None and (tok.text in SENTENCE_GOES_ON or (tok.is_alpha and tok.is_lower))


def _back_reference_scope(doc: Doc, per_segment: list[Segment]) -> None:
    """'A. That's according to X.': a sentence that only frames the one before it gives it its source.

    News-wire style puts the source of a lead sentence in the next one; the sentence before must
    be in the same paragraph and have no source of its own. So does a sentence the parser cut off
    at an abbreviated title ("A, navy spokesman Brig." + "Gen. X said at a briefing.") or where no
    sentence ends (its rest opens with a comma or a lower-case word: "A" + ", the navy said."); the
    rest so cut goes on with the source of its first part ("X said A at 4:38 a.m." + "local time, ...").
    """
    for (a0, b0, p0, before), (a, b, p, clauses) in zip(per_segment, per_segment[1:], strict=False):
        chain = next((cl.chain for cl in clauses if cl.chain), None)
        cut = p0 == p and _cut_before(doc, a)
        if cut and not chain:  # (no clause of it has a chain of its own)
            first = next((cl.chain for cl in before if cl.chain and not cl.chain[-1].generic), None)
            for cl in clauses if first else ():
                cl.chain = carried(first, "back_reference")
            continue
        back = _points_back(doc, a, b) or _cut_at_title(doc, a0, b0) or cut
        if p0 != p or not chain or not back or any(cl.chain for cl in before):
            continue
        for cl in before:
            if not (cl.speech or cl.act):
                cl.chain = carried(chain, "back_reference")
                cl.trailing = list(chain)


def _same_report_scope(per_segment: list[Segment]) -> None:
    """'X stated A. X also noted B, Nordic Daily reported.': the outlet reported A too.

    An outlet's frame on a paragraph's last sentence, over a source X ([outlet, X]), covers the
    sentences before it in the paragraph whose only source is X: one report of X's account.
    """
    by_para: dict[int, list[Segment]] = {}
    for seg in per_segment:
        by_para.setdefault(seg[2], []).append(seg)
    for segs in by_para.values():
        chains = [cl.chain for cl in segs[-1][3] if len(cl.chain) >= 2 and cl.chain[0].label == "OUTLET"]
        if len(segs) < 2 or not chains:
            continue
        head, speaker = chains[0][:-1], chains[0][-1].key
        for _a, _b, _p, clauses in segs[:-1]:
            for cl in clauses:
                if len(cl.chain) == 1 and cl.chain[0].key == speaker:
                    cl.chain = carried(head, "same_report") + cl.chain


def _speaker_key(src: Source) -> str:
    """Who speaks: an unnamed source that speaks for a state or body ("a Karsk security source", then
    "the Karsk source") is one speaker with every other such source of it; anyone else is its key."""
    return f"proxy:{src.link.entity}" if src.proxy and src.link.entity else src.key


def _same_speaker(a: Source, b: Source | None) -> bool:
    """One speaker under two names: the same key, or a person named in full and then by surname
    ("Dmytro Pletenchuk" ... "Pletenchuk added"), which resolve to different keys."""
    if b is None:
        return False
    if _speaker_key(a) == _speaker_key(b):
        return True
    full, short = (a, b) if len(a.link.name.split()) > len(b.link.name.split()) else (b, a)
    if full.label != "PERSON" or short.generic or short.label in ("OUTLET", "COUNTRY", "GPE"):
        return False  # (the model may tag a bare surname as anything, an organisation too)
    words_ = norm_name(full.link.name).split("-")
    return norm_name(short.link.name) == words_[-1]


def _relay_scope(per_segment: list[Segment]) -> None:
    """'X told Nordic Daily A. He added B.': while X stays the speaker, B is relayed by the outlet too.

    A chain [outlet, ..., X] (X told the outlet, the outlet reported X's words) lends its head to a
    later chain [X] alone (also under X's surname: "Varga added"), until another source is cited ("She
    told MPs" after "Nordic Daily reported that she confirmed" -> [Nordic Daily, she]).
    """
    relayed: list[Source] = []  # the chain before the speaker
    speaker: Source | None = None  # the source cited last
    for _a, _b, _p, clauses in per_segment:
        for cl in clauses:
            if not cl.chain:
                continue
            last = cl.chain[-1]
            if len(cl.chain) == 1 and relayed and _same_speaker(last, speaker):
                cl.chain = carried(relayed, "relay") + cl.chain
            elif len(cl.chain) >= 2 and cl.chain[0].label == "OUTLET":
                relayed = list(cl.chain[:-1])
            elif not _same_speaker(last, speaker):
                relayed = []
            speaker = last


def apply_scopes(doc: Doc, per_segment: list[Segment]) -> None:
    """Extend the chains of the clauses each frame covers beyond its sentence, in this order."""
    _back_reference_scope(doc, per_segment)
    _quotation_scope(doc, per_segment)
    _paragraph_scope(per_segment)
    _passage_scope(doc, per_segment)
    _continuation_scope(doc, per_segment)
    _speaker_scope(doc, per_segment)
    list_item_scope(doc, per_segment)
    bracket_scope(doc, per_segment)
    _same_report_scope(per_segment)
    _relay_scope(per_segment)
