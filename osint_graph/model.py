"""The extraction contract: plain frozen dataclasses, JSON-serialisable.

Everything the NLP stage produces is one `Extraction` per article.  The store,
the cross-check and the exports read these records (or the graph built from
them); nothing here knows about spaCy or about a database.

`Extraction.to_dict()` is the contract printed by `osint-graph extract
--format jsonl`; its keys are stable.
"""

from __future__ import annotations

import hashlib
import operator
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import date

# Control characters other than tab and newline have no place in an article and are not
# allowed in XML 1.0 (GraphML, GEXF): line-like ones become newlines, the rest go, and so do
# the non-characters U+FFFE/U+FFFF. Lone surrogates (from "\ud800" in JSON) become U+FFFD.
_LINE_CONTROLS = str.maketrans({"\r": "\n", "\v": "\n", "\f": "\n", "\x85": "\n"})
_DROPPED_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """Text as read: NFC, Unix newlines, no control characters, stripped. Offsets point into this."""
    text = text.replace("\r\n", "\n").translate(_LINE_CONTROLS)
    text = _SURROGATE_RE.sub("\ufffd", _DROPPED_RE.sub("", text))
    return unicodedata.normalize("NFC", text).strip()


def article_id(text: str) -> str:
    """Deterministic article id: sha256 of the text with white space folded.

    Folding white space means the same story re-saved with other line breaks
    keeps its id, so re-ingesting it changes nothing.
    """
    folded = re.sub(r"\s+", " ", normalise_text(text))
    return "sha256:" + hashlib.sha256(folded.encode("utf-8")).hexdigest()


def slug(name: str) -> str:
    """Canonical key of a name: ASCII, lower case, words joined by '-'.

    Any dash joins words as '-' does ('Su‑35' with a non-breaking hyphen, 'Antwerp–Bruges' with an en
    dash), where dropping the non-ASCII character would glue the words ('su35') and give the same
    thing written with '-' another id."""
    if not name.isascii():
        name = "".join("-" if unicodedata.category(c) == "Pd" else c for c in name)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def entity_id(entity_type: str, key: str) -> str:
    """An entity is its type plus a canonical key (IMO, UN/LOCODE or name slug)."""
    return f"{entity_type.lower()}:{key}"


def span_id(prefix: str, article: str, start: int, end: int) -> str:
    """Claims and figures are their article plus their span."""
    return f"{prefix}:{article.removeprefix('sha256:')[:16]}:{start}-{end}"


def compact_pickle(cls):
    """Pickle instances as their class and a tuple of their field values, rebuilt by `cls(*values)`.

    A slotted dataclass otherwise pickles through `__getstate__`/`__setstate__` written in
    Python (a list of `fields()` and a `setattr` per field): extractions cross processes in
    `ingest --workers`/`--scheduler` (ingest/parallel.py), and this halves what the workers
    spend pickling them and cuts what the writer spends unpickling them (1,200 synthetic
    extractions, chunks of 16: 0.21 -> 0.08 ms an article to pickle, 0.18 -> 0.11 to unpickle
    with the cyclic collector off). The same objects come back (tests/test_model.py).
    """
    values = operator.attrgetter(*(f.name for f in fields(cls)))
    if len(fields(cls)) < 2:  # attrgetter of one name gives the value, not a tuple
        raise TypeError(f"{cls.__name__}: compact_pickle wants two fields or more")
    cls.__reduce__ = lambda self: (type(self), values(self))
    return cls


@compact_pickle
@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: text plus metadata.  `source` is where it came from."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    language: str = "en"
    source: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
        }


@compact_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    sentence: str = ""  # the sentence the mention stands in (provenance)


@compact_pickle
@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    identifiers: dict[str, str] = field(default_factory=dict)
    mentions: tuple[Mention, ...] = ()
    role: str | None = None  # a person's title or role where the text states it
    # What the gazetteer or the source registry says of it (flag, lat/lon, reliability, ...), as
    # their columns; filled by resolution (osint_graph/resolve.py), empty in `extract` output.
    attributes: dict[str, str] = field(default_factory=dict)


@compact_pickle
@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    text: str
    value: float | None
    unit: str | None
    qualifier: str | None
    start: int
    end: int
    claim: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)  # e.g. {"calibre": "152 mm"}
    sentence: str = ""


@compact_pickle
@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None  # "YYYY-MM-DD" or an interval "YYYY-MM-DD/YYYY-MM-DD"


@compact_pickle
@dataclass(frozen=True, slots=True)
class Attribution:
    """One link of an attribution chain: who the article says said it."""

    name: str
    entity: str | None = None
    verb: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    text: str
    start: int
    end: int
    kind: str
    attribution: tuple[Attribution, ...] = ()
    entities: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()
    hedged: bool = False
    negated: bool = False
    date: str | None = None
    sentence: str = ""
    stance: str | None = None  # "denial" when the claim denies another
    # which decision of the extractor gave the chain (nlp/attribution_basis.py: a closed vocabulary)
    # and the source-resolution rung that resolved its origin
    basis: str | None = None
    source_rule: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True)
class Fact:
    """An event stated by claims: a port call, a shipment, a trip count."""

    id: str
    kind: str  # port_call | shipment | trip_count
    claims: tuple[str, ...]
    vessel: str | None = None
    port: str | None = None
    origin: str | None = None
    destination: str | None = None
    item: str | None = None
    quantity: float | None = None
    unit: str | None = None
    date: str | None = None


@compact_pickle
@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    facts: tuple[Fact, ...] = ()
    extractor: str = "osint-graph"
    extractor_version: str = "0"
    # The outlet that published the article, as a resolved entity (registry entry, the article's
    # own Outlet entity, or a key from the name); set by resolution, None before it.
    outlet: Entity | None = None

    def to_dict(self) -> dict:
        """The extraction contract (see module docstring)."""
        return {
            "article": self.article.to_dict(),
            "entities": [
                {
                    "id": e.id,
                    "type": e.type,
                    "name": e.name,
                    "aliases": list(e.aliases),
                    "identifiers": dict(e.identifiers),
                    "role": e.role,
                    "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions],
                }
                for e in self.entities
            ],
            "figures": [
                {
                    "id": f.id,
                    "text": f.text,
                    "value": f.value,
                    "unit": f.unit,
                    "qualifier": f.qualifier,
                    "attributes": dict(f.attributes),
                    "start": f.start,
                    "end": f.end,
                    "claim": f.claim,
                }
                for f in self.figures
            ],
            "dates": [asdict(d) for d in self.dates],
            "claims": [
                {
                    "id": c.id,
                    "text": c.text,
                    "start": c.start,
                    "end": c.end,
                    "kind": c.kind,
                    "attribution": [asdict(a) for a in c.attribution],
                    "entities": list(c.entities),
                    "figures": list(c.figures),
                    "hedged": c.hedged,
                    "negated": c.negated,
                    "stance": c.stance,
                    "date": c.date,
                    "attribution_basis": c.basis,
                    "source_rule": c.source_rule,
                }
                for c in self.claims
            ],
            "facts": [asdict(f) | {"claims": list(f.claims)} for f in self.facts],
            "extractor": {"name": self.extractor, "version": self.extractor_version},
        }
