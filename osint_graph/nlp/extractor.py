"""Article -> Extraction: run the pipeline and assemble the extraction contract.

`Extractor.extract_many` streams: it hands `nlp.pipe` Doc objects made with
`nlp.make_doc` that already carry the article's id and publication date, so
the date component can resolve "last fall" and "on Monday" per article, also
with several processes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from osint_graph.model import Article, DateMention, Entity, Extraction, Figure, Mention, span_id
from osint_graph.nlp.furniture import unwrap
from osint_graph.nlp.pipeline import TYPE_OF_LABEL, build_pipeline
from osint_graph.nlp.port_spans import port_mention_bounds
from osint_graph.nlp.sections import SECTION_CHARS, as_read, merge, section_bounds, shift

EXTRACTOR_NAME = "osint-graph"


def package_version() -> str:
    try:
        from osint_graph import __version__  # type: ignore[attr-defined]

        return str(__version__)
    except ImportError:
        pass
    try:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("osint-graph")
        except PackageNotFoundError:
            return "0.1.0"
    except ImportError:  # pragma: no cover
        return "0.1.0"


def _sentence(span: Span) -> str:
    try:
        return span.sent.text.strip()
    except ValueError:
        return ""


ERROR_KEY = ("osint", "error")
SECTION_KEY = ("osint", "section")


class ExtractionError(RuntimeError):
    """One article's extraction failed (a component raised); the message names the component."""


def mark_error(proc_name, proc, docs, exc) -> None:
    """spaCy error handler: note the failure on the Doc instead of ending the whole stream.

    In `nlp.pipe` a failing Doc is then dropped (the caller notices and extracts that
    article again on its own to get the reason); in `nlp(doc)` the mark is read after
    the call. A module-level function, so that worker processes can receive it.
    """
    for doc in docs or ():
        doc.user_data[ERROR_KEY] = f"{proc_name}: {type(exc).__name__}: {exc}"


def set_error_handler(nlp, handler) -> None:
    """`nlp.set_error_handler` for every component that takes one.

    spaCy's compiled parser and NER refuse the attribute (AttributeError); a failure in
    them still ends the stream, and `extract_many` then redoes the articles in flight.
    """
    nlp.default_error_handler = handler
    for _, pipe in nlp.pipeline:
        with suppress(AttributeError):
            pipe.set_error_handler(handler)


@dataclass
class _Pending:
    """An article whose sections are in flight through `nlp.pipe`."""

    article: Article
    serial: int
    bounds: list[tuple[int, int]]
    parts: list[Extraction] = field(default_factory=list)
    failed: bool = False


@dataclass
class _Stream:
    exhausted: bool = False
    reader_error: Exception | None = None


class Extractor:
    """Extract entities, figures, dates, claims and facts from articles with one spaCy pipeline.

    A text longer than `section_chars` is extracted in sections (nlp/sections.py), so that
    no text is too long for the model and time stays linear in length.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        claims: bool = True,
        section_chars: int = SECTION_CHARS,
        entity_filter: bool | None = None,
        learned_ner: bool | None = None,
    ):
        self.nlp = build_pipeline(model, claims=claims, entity_filter=entity_filter, learned_ner=learned_ner)
        set_error_handler(self.nlp, mark_error)
        self.version = package_version()
        self.section_chars = section_chars

    @property
    def section_size(self) -> int:
        """Sections never exceed the model's own limit (spaCy's max_length, E088)."""
        return max(1, min(self.section_chars, self.nlp.max_length - 1))

    def make_doc(self, article: Article, start: int = 0, end: int | None = None) -> Doc:
        # a hard-wrapped paragraph read as one line (furniture.unwrap: offsets unchanged)
        doc = self.nlp.make_doc(unwrap(article.text[start:end] if start or end is not None else article.text))
        doc._.published = article.published
        doc._.article_id = article.id
        doc._.outlet = article.outlet
        return doc

    def extract(self, article: Article) -> Extraction:
        """One article, section by section; ExtractionError if a component fails on it."""
        parts = []
        for start, end in section_bounds(article.text, self.section_size):
            doc = self.nlp(self.make_doc(article, start, end))
            if ERROR_KEY in doc.user_data:
                raise ExtractionError(doc.user_data[ERROR_KEY])
            parts.append(shift(self.assemble(article, doc), start))
        return as_read(merge(parts))

    def extract_many(
        self,
        articles: Iterable[Article],
        n_process: int = 1,
        batch_size: int = 32,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[Extraction]:
        """Extractions in input order, streamed through `nlp.pipe`.

        An article that fails is extracted again on its own; if it fails again it goes to
        `on_error` (article, exception) and the stream carries on with the next one.
        Without `on_error` the exception is raised.
        """
        source = iter(articles)
        state = _Stream()
        while not state.exhausted:
            pending: deque[_Pending] = deque()
            try:
                docs = self._section_docs(source, pending, state)
                for doc in self.nlp.pipe(docs, n_process=n_process, batch_size=batch_size):
                    yield from self._receive(doc, pending, on_error)
            except Exception:  # noqa: BLE001 - the stream broke: redo what was in flight, then go on
                pass
            for entry in pending:
                yield from self._again(entry, on_error)
            if state.reader_error is not None:
                raise state.reader_error

    def _section_docs(self, source: Iterator[Article], pending: deque[_Pending], state: _Stream) -> Iterator[Doc]:
        serial = 0
        while True:
            try:
                article = next(source)
            except StopIteration:
                state.exhausted = True
                return
            except Exception as exc:  # the reader's own failure is not the pipeline's: raised after
                state.exhausted, state.reader_error = True, exc
                return
            entry = _Pending(article, serial, section_bounds(article.text, self.section_size))
            pending.append(entry)
            serial += 1
            for index, (start, end) in enumerate(entry.bounds):
                doc = self.make_doc(article, start, end)
                doc.user_data[SECTION_KEY] = (entry.serial, index)
                yield doc

    def _receive(self, doc: Doc, pending: deque[_Pending], on_error) -> Iterator[Extraction]:
        """Place one processed section; finished articles come out, dropped ones are redone."""
        serial, index = doc.user_data[SECTION_KEY]
        while pending and pending[0].serial < serial:  # its docs were dropped by mark_error
            yield from self._again(pending.popleft(), on_error)
        entry = pending[0]
        if ERROR_KEY in doc.user_data or index != len(entry.parts):
            entry.failed = True
        if not entry.failed:
            start = entry.bounds[index][0]
            entry.parts.append(shift(self.assemble(entry.article, doc), start))
        if index == len(entry.bounds) - 1:
            pending.popleft()
            if entry.failed:
                yield from self._again(entry, on_error)
            else:
                yield as_read(merge(entry.parts))

    def _again(self, entry: _Pending, on_error) -> Iterator[Extraction]:
        try:
            yield self.extract(entry.article)
        except Exception as exc:  # noqa: BLE001 - one article never costs the run
            if on_error is None:
                raise
            on_error(entry.article, exc)

    # -- the contract
    def assemble(self, article: Article, doc: Doc) -> Extraction:
        return Extraction(
            article=article,
            entities=self.entities(doc),
            figures=self.figures(article, doc),
            dates=self.dates(doc),
            claims=tuple(doc._.claims or ()),
            facts=tuple(doc._.facts or ()),
            extractor=EXTRACTOR_NAME,
            extractor_version=self.version,
        )

    @staticmethod
    def entities(doc: Doc) -> tuple[Entity, ...]:
        groups: dict[str, dict] = {}
        for ent in doc.ents:
            type_ = TYPE_OF_LABEL.get(ent.label_)
            if type_ is None:
                continue
            eid = ent._.entity_id
            name = ent._.canonical or ent.text
            group = groups.setdefault(
                eid, {"type": type_, "name": name, "surface": [], "identifiers": {}, "role": None, "mentions": []}
            )
            if type_ == "Vessel" and name.endswith(" " + group["name"]):
                group["name"] = name  # 'Belos' first, 'HMS Belos' later: the navy's prefix stays in the name
            # a port's capitalised port word is in its mention, a lower-case one outside (GUIDELINES)
            start, end = port_mention_bounds(ent) if type_ == "Port" else (ent.start_char, ent.end_char)
            text = doc.text[start:end]
            group["surface"].append(text)
            group["identifiers"].update(ent._.identifiers or {})
            if ent._.role and not group["role"]:
                group["role"] = ent._.role
            group["mentions"].append(Mention(start, end, text, _sentence(ent)))
        out = []
        for eid, g in groups.items():
            aliases = tuple(dict.fromkeys(s for s in g["surface"] if s != g["name"]))
            out.append(
                Entity(
                    id=eid,
                    type=g["type"],
                    name=g["name"],
                    aliases=aliases,
                    identifiers=dict(g["identifiers"]),
                    mentions=tuple(g["mentions"]),
                    role=g["role"],
                )
            )
        return tuple(out)

    @staticmethod
    def figures(article: Article, doc: Doc) -> tuple[Figure, ...]:
        out = []
        for span in doc._.figures or ():
            out.append(
                Figure(
                    id=span_id("fig", article.id, span.start_char, span.end_char),
                    text=span.text,
                    value=span._.figure_value,
                    unit=span._.figure_unit,
                    qualifier=span._.figure_qualifier,
                    start=span.start_char,
                    end=span.end_char,
                    attributes=dict(span._.figure_attrs or {}),
                    sentence=_sentence(span),
                )
            )
        return tuple(out)

    @staticmethod
    def dates(doc: Doc) -> tuple[DateMention, ...]:
        return tuple(
            DateMention(text=s.text, start=s.start_char, end=s.end_char, value=s._.date_value)
            for s in doc._.dates or ()
        )
