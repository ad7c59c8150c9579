from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from accordgraph.documents import load
from accordgraph.extractor import extract
from accordgraph.mapping import date_literal, generate_document_graph
from accordgraph.namespaces import AG
from accordgraph.validation import validate_graph

from .conftest import SEED


def test_date_datatype_carries_precision():
    assert date_literal("2025-05-13").datatype == XSD.date
    assert date_literal("2025-01").datatype == XSD.gYearMonth
    assert date_literal("2019").datatype == XSD.gYear
    assert date_literal("--05-30").datatype == XSD.gMonthDay


def test_same_document_same_iris():
    doc = load(SEED)
    a = generate_document_graph(extract(doc), doc.id, doc.sha256)
    b = generate_document_graph(extract(load(SEED)), doc.id, doc.sha256)
    assert set(a) == set(b) and a.identifier == b.identifier


def test_every_claim_links_to_its_sentences():
    doc = load(SEED)
    g = generate_document_graph(extract(doc), doc.id, doc.sha256)
    for claim in g.subjects(RDF.type, AG.AgreementClaim):
        ev = list(g.objects(claim, AG.evidence))
        assert ev
        for e in ev:
            start, end = int(g.value(e, AG.startOffset)), int(g.value(e, AG.endOffset))
            assert doc.text[start:end] == str(g.value(e, URIRef("http://www.w3.org/ns/prov#value")))


def test_seed_export_conforms_and_a_broken_graph_does_not(seed_turtle):
    g = Graph()
    g.parse(seed_turtle, format="turtle")
    assert validate_graph(g)[0]
    accord = next(g.subjects(RDF.type, AG.Agreement))
    g.remove((accord, AG.status, None))
    date_node = next(g.subjects(AG.signedDate, None))
    g.remove((date_node, AG.datePrecision, None))
    conforms, _, text = validate_graph(g)
    assert not conforms and "status" in text and "datePrecision" in text
