"""RDF (Turtle, JSON-LD) with the ontology's own IRIs and PROV-O provenance.

- a node is `<https://w3id.org/osint-graph/id/{url-quoted id}>`, typed with its
  class IRI and the class's ancestors (the abstract osint classes and the
  PROV-O classes: prov:Entity, prov:Agent, prov:Activity);
- a property is a triple with the Property IRI and a typed literal (xsd:integer,
  xsd:double, xsd:boolean, xsd:date, xsd:dateTime, plain strings); a list is one
  triple per value;
- a relationship is a triple with the RelType IRI and, when the type is a
  sub-property of a PROV-O property (RelType.parent), the PROV-O triple too, so
  a PROV-only consumer sees `prov:wasDerivedFrom` etc. without reasoning;
- every node has an `rdfs:label` (its display name), so RDF browsers show names, not IRIs;
- a place with coordinates is also a `geo:SpatialThing` with W3C WGS84 `geo:lat` and
  `geo:long` (xsd:double, the same values as osint:latitude/longitude);
- dates are typed: `published`, and `startDate`/`endDate` of claims and facts are
  xsd:date (the ontology's `date` stays a string: it may be an interval);
- relationship properties (the position of an attribution link, the rule of a
  SAME_AS) hang on an `rdf:Statement` with a deterministic IRI under `.../rel/`.

`ontology/shapes.ttl` holds the SHACL shapes this output satisfies.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from osint_graph.export.graph import display_name
from osint_graph.ontology import OSINT, PROV, Property, Schema, default_schema

BASE = "https://w3id.org/osint-graph/id/"
ID = Namespace(BASE)
REL = Namespace(BASE + "rel/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
XSD_OF = {"int": XSD.integer, "float": XSD.double, "bool": XSD.boolean, "date": XSD.date, "datetime": XSD.dateTime}
FORMATS = {"turtle": "turtle", "ttl": "turtle", "json-ld": "json-ld", "jsonld": "json-ld"}
SUFFIXES = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld"}
SKIP_CLASSES = {str(OSINT.Node)}  # every node is one; saying so on each adds nothing


def node_iri(node_id: str) -> URIRef:
    return URIRef(BASE + quote(str(node_id), safe=""))


def literal(value: Any, prop: Property | None) -> Literal:
    kind = prop.type if prop else "string"
    if kind == "date" and isinstance(value, datetime):
        value = value.date()
    if kind == "date" and isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if kind == "datetime" and isinstance(value, datetime):
        return Literal(value.isoformat(), datatype=XSD.dateTime)
    if kind == "int":
        return Literal(int(value), datatype=XSD.integer)
    if kind == "float":
        return Literal(float(value), datatype=XSD.double)
    if kind == "bool":
        return Literal(bool(value), datatype=XSD.boolean)
    if kind in XSD_OF:
        return Literal(str(value), datatype=XSD_OF[kind])
    return Literal(str(value))


def to_rdf(graph: nx.MultiDiGraph, schema: Schema | None = None) -> Graph:
    schema = schema or default_schema()
    g = Graph()
    g.bind("osint", OSINT)
    g.bind("prov", PROV)
    g.bind("node", ID)
    g.bind("rel", REL)
    g.bind("xsd", XSD)
    g.bind("geo", GEO)
    for node, data in graph.nodes(data=True):
        spec = schema.nodes.get(data.get("label"))
        if spec is None:
            continue
        subject = node_iri(node)
        g.add((subject, RDF.type, URIRef(spec.iri)))
        for parent in spec.parents:
            if parent not in SKIP_CLASSES:
                g.add((subject, RDF.type, URIRef(parent)))
        for key, value in data.items():
            prop = spec.property(key)
            if prop is None or value is None:
                continue
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if item is not None and item != "":
                    g.add((subject, URIRef(prop.iri), literal(item, prop)))
        g.add((subject, RDFS.label, Literal(display_name(graph, node))))
        if data.get("latitude") is not None and data.get("longitude") is not None:
            g.add((subject, RDF.type, GEO.SpatialThing))
            g.add((subject, GEO.lat, Literal(float(data["latitude"]), datatype=XSD.double)))
            g.add((subject, GEO.long, Literal(float(data["longitude"]), datatype=XSD.double)))
    for start, end, key, data in graph.edges(keys=True, data=True):
        rel = schema.rels.get(key)
        if rel is None:
            continue
        s, o, p = node_iri(start), node_iri(end), URIRef(rel.iri)
        g.add((s, p, o))
        if rel.parent:
            g.add((s, URIRef(rel.parent), o))
        props = {k: v for k, v in data.items() if k != "type" and v is not None}
        if props:
            statement = REL[quote(f"{key}|{start}|{end}", safe="")]
            g.add((statement, RDF.type, RDF.Statement))
            g.add((statement, RDF.subject, s))
            g.add((statement, RDF.predicate, p))
            g.add((statement, RDF.object, o))
            by_name = {prop.name: prop for prop in rel.properties}
            for name, value in props.items():
                if name in by_name:
                    g.add((statement, URIRef(by_name[name].iri), literal(value, by_name[name])))
    return g


def rdf_format(out: str | Path | None, requested: str | None) -> str:
    """turtle or json-ld: the option wins, else the file suffix, else Turtle."""
    if requested:
        return FORMATS[requested.lower()]
    if out:
        return SUFFIXES.get(Path(str(out)).suffix.lower(), "turtle")
    return "turtle"


def serialize(rdf: Graph, fmt: str) -> str:
    if fmt == "json-ld":
        context = {
            "osint": str(OSINT), "prov": str(PROV), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD),
            "geo": str(GEO), "node": BASE, "rel": str(REL),
        }  # fmt: skip
        return rdf.serialize(format="json-ld", context=context, indent=1)
    return rdf.serialize(format="turtle")
