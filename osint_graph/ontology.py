"""Read `ontology/osint.ttl` into a `Schema`: labels, relationship types, properties.

The ontology is the single source of truth (DESIGN.md): the LadybugDB DDL, the
Neo4j constraints, the RDF export and the schema docs are all derived from the
`Schema` returned here.  The reading rules are written at the top of osint.ttl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import OWL, RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.collection import Collection

from osint_graph.resources import ontology_path

OSINT = Namespace("https://w3id.org/osint-graph/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")

# XSD types to the small set of value types both stores understand.
XSD_TYPES = {
    XSD.string: "string",
    XSD.integer: "int",
    XSD.int: "int",
    XSD.long: "int",
    XSD.double: "float",
    XSD.decimal: "float",
    XSD.float: "float",
    XSD.boolean: "bool",
    XSD.date: "date",
    XSD.dateTime: "datetime",
}


@dataclass(frozen=True, slots=True)
class Property:
    name: str  # camelCase
    type: str  # string | int | float | bool | date | datetime
    iri: str
    multi: bool = False
    comment: str = ""


@dataclass(frozen=True, slots=True)
class NodeType:
    label: str  # CamelCase
    iri: str
    properties: tuple[Property, ...]
    parents: tuple[str, ...] = ()  # IRIs of superclasses (incl. PROV-O ones)
    comment: str = ""

    def property(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)


@dataclass(frozen=True, slots=True)
class RelType:
    type: str  # UPPER_SNAKE
    iri: str
    pairs: tuple[tuple[str, str], ...]  # (from label, to label)
    properties: tuple[Property, ...] = ()
    parent: str | None = None  # IRI of the PROV-O super-property, if any
    comment: str = ""
    storage: str = "both"  # adjacency an embedded store keeps: "both" or "fwd" (osint:storageDirection)


@dataclass(frozen=True, slots=True)
class Schema:
    nodes: dict[str, NodeType] = field(default_factory=dict)
    rels: dict[str, RelType] = field(default_factory=dict)
    namespace: str = str(OSINT)

    @property
    def labels(self) -> list[str]:
        return list(self.nodes)

    def descendants(self, label: str) -> list[str]:
        """Concrete labels at or below an abstract-class name (e.g. 'Source')."""
        iri = self.namespace + label
        return [n.label for n in self.nodes.values() if n.iri == iri or iri in n.parents]

    def entity_labels(self) -> list[str]:
        return self.descendants("Entity")


def upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def local_name(iri: URIRef | str) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _classes_of(g: Graph, node) -> list[URIRef]:
    """A class IRI, or the members of an owl:unionOf blank node."""
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return [m for m in Collection(g, union)]
    return [node]


def _ancestors(g: Graph, cls: URIRef) -> set[URIRef]:
    seen: set[URIRef] = set()
    todo = [cls]
    while todo:
        for parent in g.objects(todo.pop(), RDFS.subClassOf):
            if isinstance(parent, URIRef) and parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _is_true(g: Graph, subject, annotation) -> bool:
    value = g.value(subject, annotation)
    return value is not None and str(value).lower() == "true"


STORAGE_DIRECTIONS = ("both", "fwd")


def _storage(g: Graph, prop: URIRef) -> str:
    value = str(g.value(prop, OSINT.storageDirection) or "both")
    if value not in STORAGE_DIRECTIONS:
        raise ValueError(f"{local_name(prop)}: storageDirection must be one of {STORAGE_DIRECTIONS}, not {value!r}")
    return value


def load_schema(path: str | Path | None = None) -> Schema:
    """Parse an ontology file into a Schema (default: the project's osint.ttl)."""
    g = Graph()
    g.parse(str(path or ontology_path()), format="turtle")
    ns = str(OSINT)

    classes = [c for c in g.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef) and str(c).startswith(ns)]
    ancestors = {c: _ancestors(g, c) for c in classes}
    concrete = sorted((c for c in classes if not _is_true(g, c, OSINT.abstract)), key=str)

    def expand(cls: URIRef) -> list[URIRef]:
        """A class and its concrete subclasses (abstract classes stand for them)."""
        return [c for c in concrete if c == cls or cls in ancestors[c]]

    node_props: dict[URIRef, list[Property]] = {c: [] for c in concrete}
    rel_props: dict[URIRef, list[Property]] = {}
    for prop in sorted(g.subjects(RDF.type, OWL.DatatypeProperty), key=str):
        rng = g.value(prop, RDFS.range)
        spec = Property(
            name=local_name(prop),
            type=XSD_TYPES.get(rng, "string"),
            iri=str(prop),
            multi=_is_true(g, prop, OSINT.multiValued),
            comment=str(g.value(prop, RDFS.comment) or ""),
        )
        for domain in g.objects(prop, RDFS.domain):
            for cls in _classes_of(g, domain):
                for label_cls in expand(cls):
                    node_props[label_cls].append(spec)
        for rel in g.objects(prop, OSINT.propertyOf):
            rel_props.setdefault(rel, []).append(spec)

    nodes: dict[str, NodeType] = {}
    for cls in concrete:
        props = sorted(node_props[cls], key=lambda p: (p.name != "id", p.name))
        nodes[local_name(cls)] = NodeType(
            label=local_name(cls),
            iri=str(cls),
            properties=tuple(props),
            parents=tuple(sorted(str(a) for a in ancestors[cls])),
            comment=str(g.value(cls, RDFS.comment) or ""),
        )

    rels: dict[str, RelType] = {}
    for prop in sorted(g.subjects(RDF.type, OWL.ObjectProperty), key=str):
        if not str(prop).startswith(ns):
            continue
        froms = [c for d in g.objects(prop, RDFS.domain) for x in _classes_of(g, d) for c in expand(x)]
        tos = [c for r in g.objects(prop, RDFS.range) for x in _classes_of(g, r) for c in expand(x)]
        same = _is_true(g, prop, OSINT.sameLabel)
        pairs = tuple((local_name(a), local_name(b)) for a in froms for b in tos if not same or a == b)
        if not pairs:
            raise ValueError(f"{local_name(prop)}: an object property needs a domain and a range of node classes")
        parent = g.value(prop, RDFS.subPropertyOf)
        name = upper_snake(local_name(prop))
        rels[name] = RelType(
            type=name,
            iri=str(prop),
            pairs=pairs,
            properties=tuple(sorted(rel_props.get(prop, []), key=lambda p: p.name)),
            parent=str(parent) if parent is not None else None,
            comment=str(g.value(prop, RDFS.comment) or ""),
            storage=_storage(g, prop),
        )
    return Schema(nodes=nodes, rels=rels, namespace=ns)


@lru_cache(maxsize=1)
def default_schema() -> Schema:
    return load_schema()
