"""Article -> Extraction: run the pipeline and assemble the extraction contract.

`Extractor.extract_many` streams: it hands `nlp.pipe` Doc objects made with
`nlp.make_doc` that already carry the article's id and publication date, so
the date component can resolve "last fall" and "on Monday" per article, also
with several processes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span

from osint_graph.model import Article, DateMention, Entity, Extraction, Figure, Mention, span_id
from osint_graph.nlp.pipeline import TYPE_OF_LABEL, build_pipeline

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


class Extractor:
    """Extract entities, figures, dates, claims and facts from articles with one spaCy pipeline."""

    def __init__(self, model: str | None = None, *, claims: bool = True):
        self.nlp = build_pipeline(model, claims=claims)
        self.version = package_version()

    def make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.published = article.published
        doc._.article_id = article.id
        doc._.outlet = article.outlet
        return doc

    def extract(self, article: Article) -> Extraction:
        return self.assemble(article, self.nlp(self.make_doc(article)))

    def extract_many(
        self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 32
    ) -> Iterator[Extraction]:
        """Extractions in input order, streamed through `nlp.pipe`."""
        pending: deque[Article] = deque()

        def docs() -> Iterator[Doc]:
            for article in articles:
                pending.append(article)
                yield self.make_doc(article)

        for doc in self.nlp.pipe(docs(), n_process=n_process, batch_size=batch_size):
            yield self.assemble(pending.popleft(), doc)

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
            group["surface"].append(ent.text)
            group["identifiers"].update(ent._.identifiers or {})
            if ent._.role and not group["role"]:
                group["role"] = ent._.role
            group["mentions"].append(Mention(ent.start_char, ent.end_char, ent.text, _sentence(ent)))
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
