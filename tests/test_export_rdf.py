"""RDF export: parses with rdflib, uses the ontology's IRIs and PROV-O, conforms to ontology/shapes.ttl."""

from __future__ import annotations

import pytest
from fixtures.demo import write_demo
from pyshacl import validate
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from osint_graph.export import ego_subgraph, export_graph, read_graph
from osint_graph.export.rdf import node_iri, to_rdf
from osint_graph.ontology import OSINT, PROV, default_schema
from osint_graph.resources import ontology_path
from osint_graph.store.ladybug_store import LadybugStore

SHAPES = ontology_path().parent / "shapes.ttl"
LADY_R = node_iri("vessel:imo-9161003")


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.lbug"
    write_demo(str(path))
    with LadybugStore(path, read_only=True) as store:
        return read_graph(store)


@pytest.fixture(scope="module")
def shapes():
    return Graph().parse(SHAPES, format="turtle")


def conforms(data: Graph, shapes: Graph) -> tuple[bool, str]:
    ok, _, text = validate(data, shacl_graph=shapes)
    return ok, text


@pytest.mark.parametrize("suffix, fmt", [("x.ttl", "turtle"), ("x.jsonld", "json-ld")])
def test_both_serialisations_parse_to_the_same_triples(graph, suffix, fmt):
    text = export_graph(graph, "rdf", out=suffix).text
    parsed = Graph().parse(data=text, format=fmt)
    assert len(parsed) == len(to_rdf(graph)) > 0
    # every triple, literals with their datatypes and full precision (rdflib's own Turtle writer
    # rounds doubles to 7 digits; the direct writer and JSON-LD do not)
    assert set(parsed) == set(to_rdf(graph))


def test_the_turtle_writer_escapes_what_turtle_needs_escaped():
    import networkx as nx

    from osint_graph.export.rdf import turtle

    text = 'He said "no"\nthen left\\ \t at 3 a.m. ; . # not a comment'
    graph = nx.MultiDiGraph()
    graph.add_node("claim:a b/c?d#e", label="Claim", text=text, startOffset=7, hedged=True)
    parsed = Graph().parse(data=turtle(graph), format="turtle")
    assert set(parsed) == set(to_rdf(graph))
    subject = node_iri("claim:a b/c?d#e")
    assert parsed.value(subject, OSINT.text) == Literal(text)
    assert parsed.value(subject, OSINT.startOffset) == Literal(7, datatype=XSD.integer)


def test_the_export_conforms_to_the_shapes(graph, shapes):
    ok, report = conforms(to_rdf(graph), shapes)
    assert ok, report


def test_an_about_subgraph_conforms_too(graph, shapes):
    ok, report = conforms(to_rdf(ego_subgraph(graph, "Lady R", depth=1)), shapes)
    assert ok, report


def test_the_shapes_catch_broken_provenance(graph, shapes):
    rdf = to_rdf(graph)
    claim = next(rdf.subjects(RDF.type, OSINT.Claim))
    rdf.remove((claim, OSINT.derivedFrom, None))
    rdf.remove((claim, OSINT.text, None))
    port = node_iri("port:locode-KPNJN")
    rdf.set((port, OSINT.latitude, Literal(123.0, datatype=XSD.double)))
    prop = next(rdf.subjects(RDF.type, OSINT.Proposition))
    rdf.set((prop, OSINT.grade, Literal(7, datatype=XSD.integer)))
    ok, report = conforms(rdf, shapes)
    assert not ok
    for path in ("derivedFrom", "text", "latitude", "grade"):
        assert f"osint:{path}" in report or f"ontology#{path}" in report


def test_classes_properties_and_prov(graph):
    rdf = to_rdf(graph)
    schema = default_schema()
    assert (LADY_R, RDF.type, URIRef(schema.nodes["Vessel"].iri)) in rdf
    assert (LADY_R, OSINT.imo, Literal("9161003")) in rdf
    claim = next(rdf.subjects(RDF.type, OSINT.Claim))
    assert (claim, RDF.type, PROV.Entity) in rdf
    assert (node_iri("outlet:reuters"), RDF.type, PROV.Agent) in rdf
    assert next(rdf.subjects(RDF.type, PROV.Activity), None) is not None
    # Each relationship type that is a sub-property of a PROV-O property is asserted both ways.
    for rel in schema.rels.values():
        if not rel.parent:
            continue
        for s, o in rdf.subject_objects(URIRef(rel.iri)):
            assert (s, URIRef(rel.parent), o) in rdf
    article = next(rdf.objects(claim, OSINT.derivedFrom))
    assert (claim, PROV.wasDerivedFrom, article) in rdf
    # Typed literals.
    assert next(rdf.objects(claim, OSINT.startOffset)).datatype == XSD.integer
    assert next(rdf.objects(claim, OSINT.hedged)).datatype == XSD.boolean
    assert next(rdf.objects(node_iri("port:locode-KPNJN"), OSINT.latitude)).datatype == XSD.double
    assert next(rdf.objects(article, OSINT.published)).datatype == XSD.date


def test_attribution_positions_are_on_reified_statements(graph):
    rdf = to_rdf(graph)
    positions = {
        (rdf.value(st, RDF.subject), rdf.value(st, RDF.object), int(rdf.value(st, OSINT.position)))
        for st in rdf.subjects(RDF.predicate, OSINT.attributedTo)
    }
    kirby = {(o, p) for s, o, p in positions if (s, OSINT.attributedTo, node_iri("person:john-kirby")) in rdf}
    assert (node_iri("person:john-kirby"), 0) in kirby and (node_iri("organization:white-house"), 1) in kirby


def test_labels_wgs84_coordinates_and_typed_dates(graph, shapes):
    from osint_graph.export.rdf import GEO

    rdf = to_rdf(graph)
    assert rdf.value(LADY_R, RDFS.label) == Literal("Lady R")
    assert all(rdf.value(s, RDFS.label) is not None for s in set(rdf.subjects(OSINT.id, None)))
    rajin = node_iri("port:locode-KPNJN")
    assert (rajin, RDF.type, GEO.SpatialThing) in rdf
    assert (rdf.value(rajin, GEO.lat).toPython(), rdf.value(rajin, GEO.long).toPython()) == (42.2556, 130.2831)
    shipment = next(rdf.subjects(RDF.type, OSINT.Shipment))
    start, end = rdf.value(shipment, OSINT.startDate), rdf.value(shipment, OSINT.endDate)
    assert (start.datatype, end.datatype) == (XSD.date, XSD.date)
    assert (str(start), str(end)) == ("2023-09-07", "2023-10-01")
    dated_claims = [c for c in rdf.subjects(RDF.type, OSINT.Claim) if rdf.value(c, OSINT.startDate) is not None]
    assert dated_claims
    # A missing label or an end before the start breaks the shapes.
    rdf.remove((LADY_R, RDFS.label, None))
    rdf.set((shipment, OSINT.endDate, Literal("2023-01-01", datatype=XSD.date)))
    ok, report = conforms(rdf, shapes)
    assert not ok and "label" in report and "startDate" in report
