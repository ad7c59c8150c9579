"""Every export format reads back to the same graph, in rdflib and in pyoxigraph (issue 8, item 6).

The store holds a document whose title, file name, url and evidence carry
quotes, a newline, backslashes and Japanese, Arabic and Cyrillic text; each
export must re-parse to a graph isomorphic to the store's, with those
literals intact.
"""

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from accordgraph.export import write_export
from accordgraph.guard import parse_jsonld

NAME = "東京_قمة_Москва.txt"
TITLE = 'Japan–Denmark "quantum" pact \\ 量子技術 \\\\ اتفاقية \\n Соглашение'
URL = 'http://example.org/a?b="c"&d=\\e'
SENTENCE = ('Japan and\nDenmark signed a "memorandum of cooperation" on quantum technology (量子技術協力覚書, '
            "مذكرة تعاون, меморандум) in Tokyo on 22 January 2025, with a backslash \\ and \"quotes\" and 'single' ones.")
TEXT = f"---\ntitle: {TITLE}\npublished: 2025-05-13\nurl: {URL}\n---\n{SENTENCE}\n"
QUADS = {"nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}
TRIPLES = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
RDFLIB = {"turtle": "turtle", "ntriples": "nt", "rdfxml": "xml", "nquads": "nquads", "trig": "trig"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    root = tmp_path_factory.mktemp("roundtrip")
    (root / "docs").mkdir()
    (root / "docs" / NAME).write_text(TEXT, encoding="utf-8")
    s = Store(root / "s")
    report = ingest([root / "docs"], s)
    assert report.added == 1, report.skipped
    return s


def test_the_hard_literals_are_in_the_store(store):
    values = {q.object.value for q in store.oxigraph if isinstance(q.object, ox.Literal)}
    assert {NAME, TITLE, URL, SENTENCE} <= values


def _expected_rdflib(store, quads: bool):
    ds = Dataset()
    ds.parse(data=store.dump(ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    if quads:
        return ds
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _same_dataset(x: Dataset, y: Dataset) -> bool:
    names = lambda d: {g.identifier for g in d.graphs() if len(g)}  # noqa: E731
    return names(x) == names(y) and all(isomorphic(x.graph(n), y.graph(n)) for n in names(x))


def _literals(graph) -> set:
    return {str(o) for o in graph.objects() if isinstance(o, Literal)} if isinstance(graph, Graph) and not isinstance(graph, Dataset) \
        else {str(q[2]) for q in graph.quads((None, None, None, None)) if isinstance(q[2], Literal)}


@pytest.mark.parametrize("fmt", [*TRIPLES, *QUADS])
def test_export_reparses_isomorphic_in_rdflib(store, tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    write_export(store, fmt, out)
    data = out.read_bytes()
    quads = fmt in QUADS
    if fmt == "jsonld":
        back = parse_jsonld(data)
    else:
        back = Dataset() if quads else Graph()
        back.parse(data=data.decode("utf-8"), format=RDFLIB[fmt])
    expected = _expected_rdflib(store, quads)
    assert _same_dataset(back, expected) if quads else isomorphic(back, expected)
    assert {NAME, TITLE, URL, SENTENCE} <= _literals(back)


@pytest.mark.parametrize("fmt", [*TRIPLES, *QUADS])
def test_export_reparses_identically_in_pyoxigraph(store, tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    write_export(store, fmt, out)
    fmt_ox = {**TRIPLES, **QUADS}[fmt]
    back = {str(q) for q in ox.parse(out.read_bytes(), format=fmt_ox)}
    if fmt in QUADS:
        expected = {str(q) for q in store.oxigraph}
    else:
        expected = {str(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())) for q in store.oxigraph}
    assert back == expected  # no blank nodes in the store, so isomorphic means equal
    literals = {q.object.value for q in ox.parse(out.read_bytes(), format=fmt_ox) if isinstance(q.object, ox.Literal)}
    assert {NAME, TITLE, URL, SENTENCE} <= literals


def test_evidence_offsets_still_point_at_the_sentence(store):
    from accordgraph.documents import from_string

    doc = from_string(TEXT, doc_id=NAME)
    rows = list(store.select("SELECT ?s ?e ?t WHERE { ?ev ag:startOffset ?s ; ag:endOffset ?e ; prov:value ?t }"))
    assert rows and all(doc.text[int(r["s"].value):int(r["e"].value)] == r["t"].value for r in rows)
