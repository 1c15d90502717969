"""The Doc and Span extensions of osint-graph: what the components read and write.

Declared here, apart from the pipeline that assembles the components, so that every component
module can declare what it needs without importing the pipeline (no import cycle).

Only msgpack-friendly values are kept in `doc.user_data` (strings, numbers, lists, dicts):
`nlp.pipe(n_process=2)` ships docs between processes with `Doc.to_bytes`, which drops anything
else. Dates, spans and the claims component's dataclasses are therefore stored as plain values
and rebuilt by getters.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

from osint_graph.model import Attribution, Claim, Fact


def _get_published(doc: Doc) -> date | None:
    value = doc._.published_iso
    return date.fromisoformat(value) if value else None


def _set_published(doc: Doc, value: date | str | None) -> None:
    if isinstance(value, date):
        value = value.isoformat()
    doc._.published_iso = value or None


def _spans_getter(key: str):
    def get(doc: Doc) -> list[Span]:
        return [doc[s:e] for s, e in (doc.user_data.get(("osint", key)) or ())]

    def set_(doc: Doc, spans) -> None:
        doc.user_data[("osint", key)] = [[s.start, s.end] for s in spans]

    return get, set_


def _claim_dict(claim: Claim) -> dict:
    """`asdict(claim)` without its generic deep copy: a Claim holds strings, numbers, tuples of
    strings and a tuple of Attributions (any other value takes the generic way)."""
    out = {}
    for name in _CLAIM_FIELDS:
        value = getattr(claim, name)
        if name == "attribution" and type(value) is tuple and all(type(a) is Attribution for a in value):
            value = tuple({"name": a.name, "entity": a.entity, "verb": a.verb} for a in value)
        elif type(value) is tuple and all(type(x) in _ATOMS for x in value):
            value = tuple(value)
        elif type(value) not in _ATOMS:
            return asdict(claim)
        out[name] = value
    return out


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_ATOMS = (str, int, float, bool, type(None))


def _claim_to_msg(item):
    if isinstance(item, Claim):
        return {"__claim__": _claim_dict(item)}
    if isinstance(item, Fact):
        return {"__fact__": asdict(item)}
    return item


def _claim_from_msg(item):
    if isinstance(item, dict) and "__claim__" in item:
        data = dict(item["__claim__"])
        data["attribution"] = tuple(Attribution(**a) for a in data.get("attribution") or ())
        for key in ("entities", "figures"):
            data[key] = tuple(data.get(key) or ())
        return Claim(**data)
    if isinstance(item, dict) and "__fact__" in item:
        data = dict(item["__fact__"])
        data["claims"] = tuple(data.get("claims") or ())
        return Fact(**data)
    return item


def _records_getter(key: str):
    """doc._.claims / doc._.facts: model.Claim / model.Fact objects, stored as dicts."""

    def get(doc: Doc):
        stored = doc.user_data.get(("osint", key))
        return None if stored is None else [_claim_from_msg(x) for x in stored]

    def set_(doc: Doc, items) -> None:
        doc.user_data[("osint", key)] = None if items is None else [_claim_to_msg(x) for x in items]

    return get, set_


# --- the text, once per Doc ----------------------------------------------------------------------

TEXT_KEY = ("osint", "text")  # the Doc's text, kept by doc_text() until osint_drop_tensor drops it


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins a new Token object per token on every read
    (about a millisecond an article), and most components read it.  Retokenising keeps the
    text, so the copy stays right; its length is checked against the last token all the same."""
    text = doc.user_data.get(TEXT_KEY)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != end:
        # joined from the ORTH and SPACY arrays: a token's text_with_ws is its ORTH string and a space
        # where SPACY is set (doc.text builds a Token object per token for the same)
        strings = doc.vocab.strings
        pairs = doc.to_array([ORTH, SPACY]).tolist()
        text = "".join([strings[orth] + " " if space else strings[orth] for orth, space in pairs])
        doc.user_data[TEXT_KEY] = text
    return text


# --- span extensions, read fast ------------------------------------------------------------------


def span_ext(span: Span, name: str):
    """`span._.<name>` for a span extension declared with `default=None` (all of ours but
    `furniture`), read straight from `doc.user_data`, where spaCy keeps it under
    ("._.", name, start_char, end_char): `span._` builds a new Underscore object on every access,
    about 2 microseconds, and the entity components read thousands."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


def span_text(span: Span) -> str:
    """`span.text`, cut from `doc_text()` (a span's text is its characters: every token's
    whitespace is one space or none, and the last one's is left out)."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


# --- page furniture (osint_furniture) ---------------------------------------------------------

FURNITURE_KEY = ("osint", "furniture")  # [[kind, start_char, end_char], ...]


def furniture_pieces(doc: Doc) -> list[tuple[str, int, int]]:
    """The pieces osint_furniture found: (kind, start_char, end_char), in text order."""
    return [tuple(p) for p in doc.user_data.get(FURNITURE_KEY) or ()]


def furniture_kind(doc: Doc, start_char: int, end_char: int | None = None) -> str | None:
    """The kind of the piece that holds the characters start..end (None: the body)."""
    end_char = start_char + 1 if end_char is None else end_char
    for kind, start, end in furniture_pieces(doc):
        if start <= start_char and end_char <= end:
            return kind
    return None


def _doc_furniture(doc: Doc) -> list[Span]:
    """doc._.furniture: the pieces as spans labelled with their kind (rebuilt from character
    offsets, so that a component splitting tokens cannot misplace them)."""
    out = []
    for kind, start, end in furniture_pieces(doc):
        span = doc.char_span(start, end, label=kind, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def register_extensions() -> None:
    """Declare our Doc and Span extensions (idempotent; never overrides another's)."""
    doc_ext = {
        "published_iso": {"default": None},
        "article_id": {"default": None},
        "outlet": {"default": None},  # the article's own outlet, as its metadata names it
    }
    for name, kwargs in doc_ext.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)
    if not Doc.has_extension("published"):
        Doc.set_extension("published", getter=_get_published, setter=_set_published)
    for name in ("figures", "dates"):
        if not Doc.has_extension(name):
            get, set_ = _spans_getter(name)
            Doc.set_extension(name, getter=get, setter=set_)
    for name in ("claims", "facts"):
        if not Doc.has_extension(name):
            get, set_ = _records_getter(name)
            Doc.set_extension(name, getter=get, setter=set_)
    if not Doc.has_extension("furniture"):
        Doc.set_extension("furniture", getter=_doc_furniture)
    if not Span.has_extension("furniture"):  # the kind of the piece a span lies in, None in the body
        Span.set_extension("furniture", getter=lambda span: furniture_kind(span.doc, span.start_char, span.end_char))
    span_ext = {
        "canonical": None,
        "entity_id": None,
        "identifiers": None,
        "role": None,
        "osint_source": None,  # gazetteer | context | model: who decided the label
        "figure_value": None,
        "figure_unit": None,
        "figure_qualifier": None,
        "figure_attrs": None,
        "date_value": None,
    }
    for name, default in span_ext.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
