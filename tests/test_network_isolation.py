"""Nothing we do reaches the network on someone else's behalf (issue 8, item 1).

A listener on 127.0.0.1 counts every connection. Queries naming it (SERVICE,
FROM, FROM NAMED, LOAD), every export and its re-reading, JSON-LD with a
remote @context, SHACL validation with owl:imports, and ingesting HTML that
links to it must leave the count at zero. The first tests show the listener
does count what pyoxigraph and rdflib fetch when nothing stops them.
"""

import http.server
import json
import threading

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL
from typer.testing import CliRunner

from accordgraph.cli import app
from accordgraph.errors import InputError


class _Listener(http.server.ThreadingHTTPServer):
    """Counts every TCP connection and answers any request with a tiny JSON-LD context."""

    daemon_threads = True

    def __init__(self):
        self.connections = []
        super().__init__(("127.0.0.1", 0), _Handler)

    def verify_request(self, request, client_address):
        self.connections.append(client_address)
        return True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"@context": {"x": "http://example.org/x"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    srv = _Listener()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """A store whose data names a local URL (a document's `url:`), closed for the CLI to open."""
    import gc

    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    root = tmp_path_factory.mktemp("net")
    (root / "d.txt").write_text("---\ntitle: t\npublished: 2025-05-13\nurl: http://127.0.0.1:9/article\n---\n"
                                "Japan and Denmark signed a memorandum of cooperation on quantum technology on 22 January 2025.\n")
    store = Store(root / "s")
    ingest([root / "d.txt"], store)
    del store
    gc.collect()
    return root / "s"


# -- the listener sees what an unguarded library fetches --------------------------------------------


def test_unguarded_pyoxigraph_fetches_service_and_load(listener):
    store = ox.Store()
    with pytest.raises(RuntimeError):  # the listener is no SPARQL endpoint, but it was asked
        list(store.query(f"SELECT * WHERE {{ SERVICE <{listener.url}/sparql> {{ ?s ?p ?o }} }}"))
    store.update(f"LOAD <{listener.url}/data.jsonld>")
    assert len(listener.connections) >= 2


def test_unguarded_rdflib_fetches_a_remote_jsonld_context(listener):
    Graph().parse(data=json.dumps({"@context": f"{listener.url}/ctx", "@id": "http://a/b", "x": "1"}), format="json-ld")
    assert listener.connections


# -- queries ---------------------------------------------------------------------------------------


def _queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE SILENT <{url}/sparql> {{ ?a ?p ?o }} }} }}",
        f"ASK {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{url}/g.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}/g.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"LOAD <{url}/g.ttl>",
        f"LOAD SILENT <{url}/g.ttl> INTO GRAPH <http://a/g>",
    ]


@pytest.mark.parametrize("i", range(7))
def test_queries_naming_the_listener_are_refused_and_fetch_nothing(listener, store_dir, i):
    query = _queries(listener.url)[i]
    out = CliRunner().invoke(app, ["sparql", query, "--store", str(store_dir)])
    assert out.exit_code == 2 and "refused" in out.output, out.output
    from accordgraph.queries import run_sparql
    from accordgraph.store import Store

    with pytest.raises(InputError):
        run_sparql(Store(store_dir, read_only=True), query)  # in this process, no sandbox
    assert listener.connections == []


# -- exports and reading them back ------------------------------------------------------------------


def test_every_export_and_its_rereading_fetch_nothing(listener, store_dir, tmp_path):
    from accordgraph.export import FORMATS, write_export
    from accordgraph.guard import check_jsonld, parse_jsonld
    from accordgraph.store import Store

    store = Store(store_dir, read_only=True)
    readers = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "rdfxml": "xml"}
    for fmt in FORMATS:
        out = tmp_path / f"g.{fmt}"
        write_export(store, fmt, out)
        data = out.read_bytes()
        assert data
        if fmt == "jsonld":
            check_jsonld(data)  # never a remote @context in what we write
            assert len(parse_jsonld(data)) > 0
            list(ox.parse(data, format=ox.RdfFormat.JSON_LD))
        elif fmt in readers:
            g = Graph() if fmt not in ("nquads", "trig") else __import__("rdflib").Dataset()
            g.parse(data=data, format=readers[fmt], publicID=listener.url + "/base")
            list(ox.parse(data, format=RDF[fmt], base_iri=listener.url + "/base"))
    assert listener.connections == []


RDF = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
       "trig": ox.RdfFormat.TRIG, "rdfxml": ox.RdfFormat.RDF_XML}


# -- JSON-LD ---------------------------------------------------------------------------------------


def _remote_jsonld(url: str) -> list:
    return [
        {"@context": f"{url}/ctx", "@id": "http://a/b", "x": "1"},
        {"@context": [{"y": "http://a/y"}, f"{url}/ctx"], "@id": "http://a/b", "y": "1"},
        {"@context": {"@import": f"{url}/ctx"}, "@id": "http://a/b"},
        {"@context": {"t": {"@id": "http://a/t", "@context": f"{url}/ctx"}}, "@id": "http://a/b", "t": {"x": "1"}},
        {"@graph": [{"@context": f"{url}/ctx", "@id": "http://a/b", "x": "1"}]},
        [{"@context": "ctx.jsonld", "@id": "http://a/b"}],  # relative: a file next to the base
    ]


@pytest.mark.parametrize("i", range(6))
def test_jsonld_with_a_remote_context_is_refused_unfetched(listener, i):
    from accordgraph.guard import parse_jsonld

    doc = _remote_jsonld(listener.url)[i]
    with pytest.raises(InputError, match="remote context"):
        parse_jsonld(json.dumps(doc), base=listener.url + "/")
    assert listener.connections == []


def test_jsonld_with_an_inline_context_is_read():
    from accordgraph.guard import parse_jsonld

    ds = parse_jsonld({"@context": {"x": "http://a/x"}, "@id": "http://a/b", "x": "1"})
    assert len(ds) == 1


# -- SHACL -----------------------------------------------------------------------------------------


def test_validation_never_follows_owl_imports(listener, monkeypatch):
    from accordgraph import validation

    target = URIRef(listener.url + "/ontology.ttl")
    real = validation.shapes_graph

    def shapes_with_import():
        g = Graph(identifier=URIRef("http://a/shapes"))
        g += real()
        g.add((g.identifier, OWL.imports, target))
        return g

    monkeypatch.setattr(validation, "shapes_graph", shapes_with_import)
    data = Graph(identifier=URIRef("http://a/data"))
    data.add((data.identifier, OWL.imports, target))
    conforms, _, _ = validation.validate_graph(data)
    assert conforms and listener.connections == []


def test_validation_refuses_a_url_instead_of_a_graph(listener):
    from accordgraph.validation import validate_graph

    with pytest.raises(InputError, match="rdflib Graph"):
        validate_graph(listener.url + "/data.ttl")
    assert listener.connections == []


# -- documents -------------------------------------------------------------------------------------


def test_ingesting_html_that_links_out_fetches_nothing(listener, tmp_path):
    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    u = listener.url
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.html").write_text(f"""<!DOCTYPE html SYSTEM "{u}/x.dtd">
<html><head><link rel="stylesheet" href="{u}/s.css"><script src="{u}/a.js"></script>
<meta http-equiv="refresh" content="0; url={u}/r"><base href="{u}/"></head>
<body><img src="{u}/i.png"><iframe src="{u}/f"></iframe>
<article><h1>Japan and Denmark sign quantum memorandum</h1>
<p>Japan and Denmark signed a memorandum of cooperation on quantum technology in Tokyo on 22 January 2025.</p>
<p>The text is at <a href="{u}/text">the ministry</a>.</p></article></body></html>""")
    report = ingest([tmp_path / "docs"], Store(tmp_path / "s"))
    assert report.added == 1 and listener.connections == []


def test_validating_a_file_with_external_entities_fetches_nothing(listener, tmp_path):
    from accordgraph.errors import AccordgraphError
    from accordgraph.validation import validate_file

    u = listener.url
    (tmp_path / "x.rdf").write_text(f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF SYSTEM "{u}/dtd" [<!ENTITY e SYSTEM "{u}/entity">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
<rdf:Description rdf:about="http://example.org/a"><ex:p>&e;</ex:p></rdf:Description></rdf:RDF>""")
    (tmp_path / "x.ttl").write_text(f"@base <{u}/> . @prefix owl: <http://www.w3.org/2002/07/owl#> . <onto> owl:imports <{u}/more.ttl> .")
    for name in ("x.rdf", "x.ttl"):
        try:
            validate_file(tmp_path / name)
        except AccordgraphError:
            pass
    assert listener.connections == []
