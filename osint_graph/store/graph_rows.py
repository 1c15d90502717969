"""Turn resolved `Extraction` records into a `GraphBatch` of nodes and relationships.

One function per kind of record, so that a reader can see exactly which
nodes and edges an article produces.  Both stores write these batches.

No look-ups here: resolution (osint_graph/resolve.py) has already given every entity its
canonical id and its gazetteer columns (`Entity.attributes`), and the article its outlet
(`Extraction.outlet`); this module only maps them onto the schema's properties.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime

from osint_graph.daterange import bounds
from osint_graph.model import Claim, Entity, Extraction, Fact, entity_id, slug, span_id
from osint_graph.ontology import Schema, default_schema
from osint_graph.store.base import GraphBatch, Rel
from osint_graph.store.search import name_keys

SOURCE_LABELS = ("Outlet", "Organization", "Person", "Country")
FACT_LABELS = {"port_call": "PortCall", "shipment": "Shipment", "trip_count": "TripCount"}
IDENTIFIER_PROPS = ("imo", "mmsi", "locode", "iso2")
# Gazetteer columns (Entity.attributes) -> node properties (only those the label's schema has are kept).
ATTRIBUTE_PROPS = {
    "flag": "flag", "vessel_type": "vesselType", "country": "country", "lat": "latitude", "lon": "longitude",
    "kind": "kind", "reliability": "reliability", "category": "category", "calibre": "calibre",
    "role": "role", "organization": "organization", "url": "url",
}  # fmt: skip
FLOAT_PROPS = {"latitude", "longitude"}
# Canonical keys made from an identifier ("locode-RUVYP", "imo-9123456") are no display name.
IDENTIFIER_KEY_RE = re.compile(r"^(?:imo|mmsi|locode|iso2)-", re.IGNORECASE)


def date_bounds(value: str | None) -> dict[str, date]:
    """`startDate` and `endDate` of a claim's or fact's `date` (see osint_graph.daterange): typed
    values both stores can compare and range over; nothing when the text is not a date."""
    days = bounds(value)
    return {"startDate": days[0], "endDate": days[1]} if days else {}


class BatchBuilder:
    """Accumulates the rows of many extractions into one batch."""

    def __init__(self, schema: Schema | None = None, ingested_at: datetime | None = None):
        self.schema = schema or default_schema()
        self.batch = GraphBatch()
        self.ingested_at = (ingested_at or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
        self._labels = {label.lower(): label for label in self.schema.nodes}

    def label_of(self, entity: str) -> str:
        """Entity ids are '<type>:<key>' (model.entity_id): the type names the label."""
        return self._labels[entity.split(":", 1)[0]]

    def add(self, extraction: Extraction) -> None:
        run = self._run(extraction)
        self._article(extraction)
        for entity in extraction.entities:
            self._entity(entity)
            for mention in entity.mentions:
                self._record(
                    "Mention",
                    span_id("mention", extraction.article.id, mention.start, mention.end),
                    extraction,
                    run,
                    {
                        "text": mention.text,
                        "startOffset": mention.start,
                        "endOffset": mention.end,
                        "sentence": mention.sentence,
                    },
                )
                self.batch.add_rel(
                    "REFERS_TO",
                    Rel(
                        "Mention",
                        span_id("mention", extraction.article.id, mention.start, mention.end),
                        self.label_of(entity.id),
                        entity.id,
                    ),
                )
        for figure in extraction.figures:
            self._record(
                "Figure",
                figure.id,
                extraction,
                run,
                {
                    "text": figure.text,
                    "startOffset": figure.start,
                    "endOffset": figure.end,
                    "sentence": figure.sentence,
                    "value": figure.value,
                    "unit": figure.unit,
                    "qualifier": figure.qualifier,
                    "calibre": figure.attributes.get("calibre"),
                },
            )
        for claim in extraction.claims:
            self._claim(claim, extraction, run)
        for fact in extraction.facts:
            self._fact(fact, extraction, run)

    # -- pieces -------------------------------------------------------------
    def _run(self, extraction: Extraction) -> str:
        run = f"run:{extraction.extractor}@{extraction.extractor_version}"
        self.batch.add_node(
            "ExtractionRun",
            {"id": run, "extractor": extraction.extractor, "extractorVersion": extraction.extractor_version},
        )
        return run

    def _article(self, extraction: Extraction) -> None:
        article = extraction.article
        self.batch.add_node(
            "Article",
            {
                "id": article.id,
                "title": article.title,
                "url": article.url,
                "outlet": article.outlet,
                "published": article.published,
                "language": article.language,
                "text": article.text,
                "sourceFile": article.source,
                "ingestedAt": self.ingested_at,
            },
        )
        if article.outlet:
            # An unresolved extraction (a test's, a benchmark's) has no outlet entity: key it by name.
            outlet = extraction.outlet or Entity(entity_id("Outlet", slug(article.outlet)), "Outlet", article.outlet)
            self._entity(outlet)
            self.batch.add_rel("PUBLISHED_BY", Rel("Article", article.id, "Outlet", outlet.id))

    def _entity(self, entity: Entity) -> None:
        label = self.label_of(entity.id)
        node = self.schema.nodes[label]
        props = {"id": entity.id, "name": entity.name, "aliases": sorted(set(entity.aliases) - {entity.name})}
        for key in IDENTIFIER_PROPS:
            if key in entity.identifiers and node.property(key):
                props[key] = entity.identifiers[key]
        if entity.role and node.property("role"):
            props["role"] = entity.role
        for column, prop in ATTRIBUTE_PROPS.items():
            value = entity.attributes.get(column)
            if value and node.property(prop):
                props[prop] = float(value) if prop in FLOAT_PROPS else value
        props["nameKeys"] = name_keys([props["name"], *props["aliases"]])
        self.batch.add_node(label, props)

    def _referenced(self, entity: str, name: str | None = None) -> None:
        """A node for an entity that an edge points to but the extraction did not list.

        An attribution "according to officials in Seoul" names South Korea without the
        country being a mention of the article; its ATTRIBUTED_TO edge still needs an end
        node, or the whole batch fails to write (issue 15, case 1). Resolution gives such
        entities their gazetteer names where it can; here the name is the canonical key's.
        """
        label = self.label_of(entity)
        if entity in self.batch.nodes.get(label, {}):
            return
        key = entity.split(":", 1)[1]
        display = name if IDENTIFIER_KEY_RE.match(key) else key.replace("-", " ").title()
        self.batch.add_node(label, {"id": entity, "name": display or key, "aliases": []})

    def _record(self, label: str, record_id: str, extraction: Extraction, run: str, props: dict) -> None:
        self.batch.add_node(
            label,
            {
                "id": record_id,
                "article": extraction.article.id,
                "extractor": extraction.extractor,
                "extractorVersion": extraction.extractor_version,
                "ingestedAt": self.ingested_at,
                **props,
            },
        )
        self.batch.add_rel("DERIVED_FROM", Rel(label, record_id, "Article", extraction.article.id))
        self.batch.add_rel("GENERATED_BY", Rel(label, record_id, "ExtractionRun", run))

    def _claim(self, claim: Claim, extraction: Extraction, run: str) -> None:
        chain = [a.name for a in claim.attribution]
        self._record(
            "Claim",
            claim.id,
            extraction,
            run,
            {
                "text": claim.text,
                "startOffset": claim.start,
                "endOffset": claim.end,
                "sentence": claim.sentence,
                "kind": claim.kind,
                "hedged": claim.hedged,
                "negated": claim.negated,
                "stance": claim.stance,
                "date": claim.date,
                **date_bounds(claim.date),
                "attribution": chain,
                "origin": chain[-1] if chain else extraction.article.outlet,
            },
        )
        for position, link in enumerate(claim.attribution):
            if link.entity and self.label_of(link.entity) in SOURCE_LABELS:
                self._referenced(link.entity, link.name)
                self.batch.add_rel(
                    "ATTRIBUTED_TO",
                    Rel(
                        "Claim",
                        claim.id,
                        self.label_of(link.entity),
                        link.entity,
                        {"position": position, "verb": link.verb},
                    ),
                )
        for index, entity in enumerate(claim.entities):
            self._referenced(entity)
            self.batch.add_rel(
                "CONCERNS",
                Rel(
                    "Claim",
                    claim.id,
                    self.label_of(entity),
                    entity,
                    {"edgeRole": "subject" if index == 0 else "mentioned"},
                ),
            )
        for figure in claim.figures:
            self.batch.add_rel("HAS_FIGURE", Rel("Claim", claim.id, "Figure", figure))

    def _fact(self, fact: Fact, extraction: Extraction, run: str) -> None:
        label = FACT_LABELS[fact.kind]
        self.batch.add_node(
            label,
            {
                "id": fact.id,
                "date": fact.date,
                **date_bounds(fact.date),
                "quantity": fact.quantity,
                "unit": fact.unit,
                "item": fact.item,
                "extractor": extraction.extractor,
                "extractorVersion": extraction.extractor_version,
                "ingestedAt": self.ingested_at,
            },
        )
        self.batch.add_rel("GENERATED_BY", Rel(label, fact.id, "ExtractionRun", run))
        for claim in fact.claims:
            self.batch.add_rel("SUPPORTED_BY", Rel(label, fact.id, "Claim", claim))
        for entity in (fact.vessel, fact.port, fact.origin, fact.destination):
            if entity:
                self._referenced(entity)
        if fact.vessel:
            self.batch.add_rel("INVOLVES", Rel(label, fact.id, "Vessel", fact.vessel))
        if fact.port and label == "PortCall":
            self.batch.add_rel("AT_PORT", Rel(label, fact.id, "Port", fact.port))
        if label == "Shipment":
            for rel_type, place in (("SHIPPED_FROM", fact.origin), ("SHIPPED_TO", fact.destination)):
                if place:
                    self.batch.add_rel(rel_type, Rel(label, fact.id, self.label_of(place), place))


def batch_of(extractions: Iterable[Extraction], schema: Schema | None = None) -> GraphBatch:
    builder = BatchBuilder(schema)
    for extraction in extractions:
        builder.add(extraction)
    return builder.batch
