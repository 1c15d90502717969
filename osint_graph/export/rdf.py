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

import re
from collections.abc import Iterator
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
PREFIXES = {"osint": OSINT, "prov": PROV, "node": ID, "rel": REL, "rdf": Namespace(str(RDF)),
            "rdfs": Namespace(str(RDFS)), "xsd": XSD, "geo": GEO}  # fmt: skip
# prefixes Turtle output writes vocabulary terms with (node and statement IRIs are written whole:
# their local parts are quoted ids, not plain names)
VOCABULARY_PREFIXES = [(p, str(ns)) for p, ns in PREFIXES.items() if p not in ("node", "rel")]
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


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


def triples(graph: nx.MultiDiGraph, schema: Schema | None = None) -> Iterator[tuple[URIRef, URIRef, Any]]:
    """Every triple of the export, a node's triples one after the other (then the edges')."""
    schema = schema or default_schema()
    for node, data in graph.nodes(data=True):
        spec = schema.nodes.get(data.get("label"))
        if spec is None:
            continue
        subject = node_iri(node)
        yield subject, RDF.type, URIRef(spec.iri)
        for parent in spec.parents:
            if parent not in SKIP_CLASSES:
                yield subject, RDF.type, URIRef(parent)
        for key, value in data.items():
            prop = spec.property(key)
            if prop is None or value is None:
                continue
            for item in value if isinstance(value, (list, tuple)) else [value]:
                if item is not None and item != "":
                    yield subject, URIRef(prop.iri), literal(item, prop)
        yield subject, RDFS.label, Literal(display_name(graph, node))
        if data.get("latitude") is not None and data.get("longitude") is not None:
            yield subject, RDF.type, GEO.SpatialThing
            yield subject, GEO.lat, Literal(float(data["latitude"]), datatype=XSD.double)
            yield subject, GEO.long, Literal(float(data["longitude"]), datatype=XSD.double)
    for start, end, key, data in graph.edges(keys=True, data=True):
        rel = schema.rels.get(key)
        if rel is None:
            continue
        s, o, p = node_iri(start), node_iri(end), URIRef(rel.iri)
        yield s, p, o
        if rel.parent:
            yield s, URIRef(rel.parent), o
        props = {k: v for k, v in data.items() if k != "type" and v is not None}
        if props:
            statement = REL[quote(f"{key}|{start}|{end}", safe="")]
            yield statement, RDF.type, RDF.Statement
            yield statement, RDF.subject, s
            yield statement, RDF.predicate, p
            yield statement, RDF.object, o
            by_name = {prop.name: prop for prop in rel.properties}
            for name, value in props.items():
                if name in by_name:
                    yield statement, URIRef(by_name[name].iri), literal(value, by_name[name])


def to_rdf(graph: nx.MultiDiGraph, schema: Schema | None = None) -> Graph:
    """The export as an rdflib Graph (for JSON-LD, SHACL validation and Python use)."""
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    for triple in triples(graph, schema):
        g.add(triple)
    return g


def turtle(graph: nx.MultiDiGraph, schema: Schema | None = None) -> str:
    """The export as Turtle, written triple by triple without building an rdflib Graph.

    rdflib's Turtle serializer looked up a prefix for every term (a 489-article store, 490,110
    triples: 118 s through an rdflib Graph and its serializer, 16.7 s here, one run); here a
    subject's triples come one after the other (`triples`), so each becomes one block
    `s p o ; p o .`, vocabulary IRIs are written with their prefix and every other term as
    rdflib writes it alone (`n3()`: escaping, datatypes). The same triples as `to_rdf`
    (tests/test_export_rdf.py parses both back and compares them).
    """
    out = [f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in PREFIXES.items()]
    out.append("")
    terms: dict[URIRef, str] = {}

    def term(value: Any) -> str:
        if isinstance(value, URIRef):
            text = terms.get(value)
            if text is None:
                text = terms[value] = _prefixed(value) or value.n3()
            return text
        if isinstance(value, Literal) and value.datatype is not None:
            return f"{_literal_text(value)}^^{term(value.datatype)}"
        return value.n3()

    subject = None
    for s, p, o in triples(graph, schema):
        if s != subject:
            if subject is not None:
                out[-1] += " ."
            subject = s
            out.append(f"{term(s)} {term(p)} {term(o)}")
        else:
            out[-1] += f" ;\n    {term(p)} {term(o)}"
    if subject is not None:
        out[-1] += " ."
    return "\n".join(out) + "\n"


def _prefixed(iri: URIRef) -> str | None:
    """`prefix:local` for a vocabulary IRI whose local part is a plain name, else None."""
    for prefix, namespace in VOCABULARY_PREFIXES:
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if _LOCAL_NAME.fullmatch(local):
                return f"{prefix}:{local}"
    return None


def _literal_text(value: Literal) -> str:
    """A typed literal's quoted lexical form (rdflib's escaping), without its datatype."""
    return Literal(str(value)).n3()


def rdf_format(out: str | Path | None, requested: str | None) -> str:
    """turtle or json-ld: the option wins, else the file suffix, else Turtle."""
    if requested:
        return FORMATS[requested.lower()]
    if out:
        return SUFFIXES.get(Path(str(out)).suffix.lower(), "turtle")
    return "turtle"


def export_text(graph: nx.MultiDiGraph, fmt: str, schema: Schema | None = None) -> str:
    """The export in `fmt` ("turtle" or "json-ld", `rdf_format`): Turtle written directly
    (`turtle`), JSON-LD through rdflib with the same prefixes as its context."""
    if fmt != "json-ld":
        return turtle(graph, schema)
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    return to_rdf(graph, schema).serialize(format="json-ld", context=context, indent=1)
