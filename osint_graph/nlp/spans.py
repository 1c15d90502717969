"""Span helpers that the entity components share: the model's own spans, our annotation, merging.

Reads and writes nothing by itself; the components call it.  `stash_model_ents` keeps the
statistical model's spans (DATE, CARDINAL, ...) in `doc.user_data` before the entity components
relabel `doc.ents`, and `model_spans` gives them back to the date and figure components.
`annotate` gives a span our label and the extensions `canonical`, `entity_id`, `identifiers`,
`role` and `osint_source`; `merge_ents` puts new spans into `doc.ents` by a rule of precedence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from osint_graph.gazetteer import GazetteerEntry
from osint_graph.model import entity_id as make_entity_id
from osint_graph.model import slug
from osint_graph.nlp.extensions import doc_text
from osint_graph.nlp.labels import LABEL_OF_TYPE, TYPE_PRIORITY  # noqa: F401  (re-exported)
from osint_graph.nlp.legal_forms import is_legal_form
from osint_graph.nlp.rules import patterns, words

MODEL_ENTS_KEY = ("osint", "model_ents")
_INITIAL = re.compile(r"^[A-Z]\.$")
_GLUED = re.compile(r"^([a-z]{3,})([A-Z][a-z]+)$")
# where in a text a token of each shape can start (_INITIAL) or lie (_GLUED, _SLASHED)
_INITIAL_IN_TEXT = re.compile(r"[A-Z]\.")
_GLUED_IN_TEXT = re.compile(r"[a-z]{3}[A-Z][a-z]")
_SLASHED_IN_TEXT = re.compile(r"/[A-Z][A-Za-z]+/")
# a dateline's agency between slashes, read as one token: '/TASS/.'
_SLASHED = re.compile(r"^(/)([A-Z][A-Za-z]+)(/)(\.?)$")
# a weapon's designator: 'KN-23', 'Shahed-136', 'Su-35'
_JOINERS = ("of", "for", "and", "on")
# a host country inside a body's own name, kept only before an acronym that spells the name:
# 'Committee on Foreign Investment in the United States (CFIUS)'
_HOST_JOINER = ("in", "the")
_PREFIXED = re.compile(r"^((?:M/[VT])|[A-Z][A-Za-z/]{1,5}\.?)\s+(\S.*)$")
# weapon designation shapes ("KN-23", "Shahed-136", "9M723"), data in context/weapon_designators.jsonl
DESIGNATIONS = tuple((re.compile(p["pattern"]), bool(p["alone"])) for p in patterns("context/weapon_designators"))
ANY_DESIGNATION = re.compile("|".join(f"(?:{p.pattern})" for p, _ in DESIGNATIONS))
NOT_DESIGNATORS = words("context/not_designators")  # 'COVID-19', 'EU-27', hull numbers ('DDG-64'), 'MH-17'


HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # the hyphen and the non-breaking hyphen


def designation(text: str) -> bool | None:
    """None: no weapon designation; else whether it names a weapon type without a head noun
    ('Su-35': True; 'Shahed-136': only as 'Shahed-136 drones' or when the sources know it)."""
    text = text.translate(HYPHENS)
    if text.split("-")[0].lower() in NOT_DESIGNATORS or text.lower() in NOT_DESIGNATORS:
        return None
    return designation_shape(text)


def designation_starts(doc: Doc, i: int) -> bool:
    """Whether a weapon's designation that names it alone starts at token i: 'Su-35', or the role
    letter of 'F/A-18' (tokens 'F', '/', 'A-18')."""
    if designation(doc[i].text):
        return True
    return (
        i + 2 < len(doc)
        and len(doc[i].text) == 1
        and doc[i].text.isupper()
        and doc[i + 1].text == "/"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and designation_shape(doc[i + 2].text) is not None
    )


def designation_shape(text: str) -> bool | None:
    """`designation` without the prefixes that are none: 'A-18' is one only after 'F/' ('F/A-18')."""
    text = text.translate(HYPHENS)  # 'Su‑35' with a non-breaking hyphen, as some sites write it
    if ANY_DESIGNATION.match(text) is None:  # one C-level test for every token
        return None
    for pattern, alone in DESIGNATIONS:
        if pattern.match(text):
            return alone
    return None


def stash_model_ents(doc: Doc) -> None:
    """Keep the model's own spans (DATE, CARDINAL, ...) before we relabel `doc.ents`.

    Kept by character offsets: our components may split tokens ('Eagle S.'), which moves token indices.
    """
    if MODEL_ENTS_KEY not in doc.user_data:
        doc.user_data[MODEL_ENTS_KEY] = [[e.start_char, e.end_char, e.label_] for e in doc.ents]


def model_spans(doc: Doc, labels: Iterable[str]) -> list[Span]:
    """The statistical model's spans with these labels (from the stash, else from doc.ents)."""
    wanted = set(labels)
    stored = doc.user_data.get(MODEL_ENTS_KEY)
    if stored is None:
        return [e for e in doc.ents if e.label_ in wanted]
    out = []
    for start, end, label in stored:
        if label in wanted:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                out.append(span)
    return out


def is_capitalised(tok: Token) -> bool:
    text = tok.text
    return bool(text) and text[0].isupper() and not tok.is_punct


def sentence_bounds(tok: Token) -> tuple[int, int]:
    try:
        sent = tok.sent
        return sent.start, sent.end
    except ValueError:  # no sentence boundaries (no parser): the whole doc
        return 0, len(tok.doc)


def sentence_bounds_trimmed(tok: Token, floor: int) -> tuple[int, int]:
    """`sentence_bounds` without the whitespace tokens ending it, down to `floor`: a paragraph's last
    sentence holds its line break ('from the ship, the Tern Vale.\n\n')."""
    first, limit = sentence_bounds(tok)
    while limit > floor and tok.doc[limit - 1].is_space:
        limit -= 1
    return first, limit


def clean_name(text: str) -> str:
    """A mention's text as a canonical name: no leading 'the', no possessive, no end period."""
    text = " ".join(text.split())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"(?:'s|’s|')$", "", text).strip()
    if re.search(r"\b[A-Za-z]\.$", text) and not re.search(r"\b[A-Za-z]\.[A-Za-z]\.$", text):
        text = text[:-1]  # "Eagle S." at the end of a sentence
    return text.strip(" ,;:\"'“”‘’") or text


def name_to_bracket(doc: Doc, start: int, end: int, max_extra: int = 6) -> int:
    """Where the name of an organisation ends when its acronym follows in brackets: 'Bureau of
    Fisheries' + 'and Aquatic Resources (BFAR)', 'Federal Agency' + 'for Sea and Inland Water
    Transport (Rosmorrechflot)'. `end` itself unless only capitalised words and 'of', 'for', 'and',
    'on' lie between it and a one-word bracket; `end` after a legal form, which closes a company's name
    ('Brenn Holding Co. Ltd.' + 'and Kestrel Tanker (Varnport) ...' is another company)."""
    if end > start and is_legal_form(doc[end - 1].text):
        return end
    j, host = end, False
    while j < len(doc) and j - end < max_extra:
        if (doc[j].text[:1].isupper() and doc[j].is_alpha) or (
            doc[j].lower_ in _JOINERS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
        ):
            j += 1
        elif j + 2 < len(doc) and (doc[j].lower_, doc[j + 1].lower_) == _HOST_JOINER and doc[j + 2].text[:1].isupper():
            j, host = j + 2, True  # 'Committee on Foreign Investment' + 'in the United States (CFIUS)'
        else:
            break
    if j == end or doc[j - 1].lower_ in _JOINERS:
        return end
    if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text[:1].isupper():
        if doc[end].lower_ == "and" and "".join(t.text[0] for t in doc[end + 1 : j]) == doc[j + 1].text:
            return end  # 'Amnesty International and Human Rights Watch (HRW)': the acronym is the second's
        if host and not (doc[j + 1].is_upper and doc[j + 1].text[0] == doc[start].text[0]):
            return end  # 'in the X' belongs to the name only before an acronym in capitals that starts as the name does
        return j
    return end


def bare_vessel_name(text: str) -> str:
    """A ship's name without any prefix ('MV Kestrel', 'M/V Kestrel', 'BRP Teresa Lark' -> the
    name): the form a later bare mention takes, and the key of one entity per vessel."""
    m = _PREFIXED.match(text)
    if m and m[1].rstrip(".") in ship_prefixes() and len(m[2]) > 1:
        return m[2]
    return text


def vessel_name(text: str) -> str:
    """A ship's canonical name: a navy's or coast guard's prefix kept ('HMS Belos'), a merchant
    one dropped ('MV Kestrel' -> 'Kestrel') (context/naval_ship_prefixes)."""
    m = _PREFIXED.match(text)
    if m and m[1].rstrip(".") in words("context/naval_ship_prefixes"):
        return text
    return bare_vessel_name(text)


def ship_prefixes() -> frozenset[str]:
    return words("context/ship_prefixes") | words("context/slash_ship_prefixes")


def annotate(
    span: Span,
    type_: str,
    source: str,
    *,
    entry: GazetteerEntry | None = None,
    canonical: str | None = None,
    identifiers: dict | None = None,
    role: str | None = None,
) -> Span:
    """Give a span our label and its canonical name, entity id and identifiers."""
    span = Span(span.doc, span.start, span.end, label=LABEL_OF_TYPE[type_])
    ext = span._  # one Underscore object for the five writes (`span._` builds a new one each time)
    if entry is not None:
        ext.canonical = entry.name
        ext.entity_id = entry.id
        ids = dict(entry.identifiers)
    else:
        name = canonical or clean_name(span.text)
        if type_ == "Vessel" and canonical is None:
            name = vessel_name(name)
        ext.canonical = name
        # 'HMS Belos' and a later bare 'Belos': one vessel, keyed without its prefix
        ext.entity_id = make_entity_id(type_, slug(bare_vessel_name(name) if type_ == "Vessel" else name))
        ids = {}
    if identifiers:
        ids.update(identifiers)
        if "imo" in identifiers and entry is None:
            ext.entity_id = make_entity_id(type_, f"imo-{identifiers['imo']}")
    ext.identifiers = ids
    ext.osint_source = source
    if role is not None:
        ext.role = role
    return span


def merge_ents(
    doc: Doc,
    new: list[tuple[Span, Callable[[Span], Span]]],
    wins: Callable[[Span, str | None, Span], bool],
) -> None:
    """Put new spans into doc.ents.

    `new` holds (span, finish) pairs: `finish` annotates a span once it is
    taken (span extensions are stored by offsets, so annotating a loser would
    overwrite the entity it lost to).  An old entity that a new span overlaps
    goes if `wins(old, old_source, new)`, else the new span does; one with the
    very same offsets is always replaced.
    """
    # the old entities by their offsets (doc.ents never holds two with the same), in document order
    old = {(o.start, o.end): o for o in doc.ents}
    finish_of: dict[tuple[int, int], Callable[[Span], Span]] = {}
    for s, f in new:
        finish_of.setdefault((s.start, s.end), f)  # the first for a span wins: callers order by priority
    taken: list[Span] = []
    for span in sorted(filter_spans([s for s, _ in new]), key=lambda s: s.start):
        key = start, end = span.start, span.end
        clash = [k for k in old if k[0] < end and start < k[1] and k != key]
        # an old entity's source is read before any new span is annotated (finish runs last)
        if all(wins(old[k], old[k]._.osint_source, span) for k in clash):
            old.pop(key, None)
            for k in clash:
                del old[k]
            taken.append(span)
    doc.ents = sorted([*old.values(), *(finish_of[(s.start, s.end)](s) for s in taken)], key=lambda s: s.start)


def _tokens_at(doc: Doc, text: str, pattern: re.Pattern) -> list[Token]:
    """The tokens that start where `pattern` matches the text, in order."""
    starts = [m.start() for m in pattern.finditer(text)]
    if not starts:
        return []
    index = {idx: i for i, idx in enumerate(doc.to_array(IDX).tolist())}
    return [doc[index[p]] for p in starts if p in index]


def _ends_name(doc: Doc, tok: Token) -> bool:
    """An initial ('S.') after a capitalised word, before a space, a capital, a quote or the end."""
    if not _INITIAL.match(tok.text) or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    if not (prev.is_alpha and prev.is_title and len(prev.text) > 1):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.is_space or nxt.text[0].isupper() or nxt.text[0] in "\"“”'’"


def end_initials_split(doc: Doc) -> Doc | None:
    """`doc` as split_end_initials leaves it, for a gazetteer name's pattern: 'Dwight D. Eisenhower'
    in a text becomes 'Dwight D . Eisenhower', so the listed name must be matched in that form too
    (None when no initial would be split)."""
    if not any(_ends_name(doc, tok) for tok in doc):
        return None
    words: list[str] = []
    spaces: list[bool] = []
    for tok in doc:
        if _ends_name(doc, tok):
            words += [tok.text[0], "."]
            spaces += [False, bool(tok.whitespace_)]
        else:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
    return Doc(doc.vocab, words=words, spaces=spaces)


def split_end_initials(doc: Doc) -> None:
    """'Eagle S.' at the end of a sentence: split the period off the initial, so the name is 'Eagle S'."""
    text = doc_text(doc)
    # sieves on the text, not a Token object per token: a token can only match where its text does
    todo = [tok for tok in _tokens_at(doc, text, _INITIAL_IN_TEXT) if _ends_name(doc, tok)]
    glued = [tok for tok in doc if _GLUED.match(tok.text) and not tok.like_url] if _GLUED_IN_TEXT.search(text) else []
    slashed = [tok for tok in doc if _SLASHED.match(tok.text)] if _SLASHED_IN_TEXT.search(text) else []
    if not todo and not glued and not slashed:
        return
    with doc.retokenize() as retokenizer:
        for tok in todo:
            head = tok.head if tok.head.i != tok.i else (tok, 0)
            retokenizer.split(tok, [tok.text[0], "."], heads=[head, (tok, 0)], attrs={"POS": [tok.pos_, "PUNCT"]})
        for tok in glued:  # 'projectilesPhoto': a caption glued to the next line's first word
            m = _GLUED.match(tok.text)
            head = tok.head if tok.head.i != tok.i else (tok, 0)
            retokenizer.split(tok, [m[1], m[2]], heads=[head, (tok, 0)], attrs={"POS": [tok.pos_, "PROPN"]})
        for tok in slashed:  # '/TASS/.': the agency's name alone
            parts = [p for p in _SLASHED.match(tok.text).groups() if p]
            head = tok.head if tok.head.i != tok.i else (tok, 1)
            heads = [(tok, 1) if n != 1 else head for n in range(len(parts))]
            pos = ["PUNCT" if n != 1 else "PROPN" for n in range(len(parts))]
            retokenizer.split(tok, parts, heads=heads, attrs={"POS": pos})


PORTFOLIO_WORDS = words("common/portfolio_words")
PORTFOLIO_TITLES = words("common/portfolio_titles")


def portfolio_cut(doc: Doc, start: int, end: int) -> int:
    """The end of a name once a minister's portfolio before his title is cut off ('US Treasury' in
    'US Treasury Secretary Ola Brenn' -> 'US'): a portfolio names an office, no body (GUIDELINES,
    Titles). Unchanged where no title follows ('the US Treasury said')."""
    if end >= len(doc) or doc[end].lower_ not in PORTFOLIO_TITLES or not doc[end].text[:1].isupper():
        return end
    while end > start and doc[end - 1].lower_ in PORTFOLIO_WORDS:
        end -= 1
    return end
