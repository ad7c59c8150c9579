"""Read-only, local-only queries, and user values that stay values.

Item 1 of issue 8: every write and every remote access is refused before
the store sees the query. Item 2: a country, domain, date or id from a user
reaches a query as a bound term (or not at all), so hostile text comes back
as "unknown" / "not found", exit 2, and the store is unchanged.
"""

import pytest
from typer.testing import CliRunner

from accordgraph.cli import app
from accordgraph.errors import QueryRefused
from accordgraph.guard import check_query

from .conftest import SEED

URL = "http://127.0.0.1:9/x"
HOSTILE = ['x" } DROP ALL #', "> } INSERT {", "x' } ; DELETE WHERE { ?s ?p ?o } #", "<http://127.0.0.1:9/> ; LOAD <http://127.0.0.1:9/>"]


@pytest.mark.parametrize("query", [
    "INSERT DATA { <a:a> <a:b> <a:c> }",
    "DELETE DATA { <a:a> <a:b> <a:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "WITH <a:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "DROP ALL", "DROP GRAPH <a:g>", "CLEAR DEFAULT", "CLEAR ALL", "CREATE GRAPH <a:g>",
    "ADD DEFAULT TO <a:g>", "MOVE <a:g> TO DEFAULT", "COPY DEFAULT TO <a:g>",
    f"LOAD <{URL}.ttl>", f"LOAD SILENT <{URL}.ttl> INTO GRAPH <a:g>",
    f"DROP ALL ; LOAD <{URL}.ttl>",
    f"SELECT * FROM <{URL}> WHERE {{ ?s ?p ?o }}",
    f"SELECT * FROM NAMED <{URL}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    f"ASK FROM <{URL}> {{ ?s ?p ?o }}",
    f"CONSTRUCT {{ ?s ?p ?o }} FROM <{URL}> WHERE {{ ?s ?p ?o }}",
    f"DESCRIBE ?s FROM <{URL}> WHERE {{ ?s ?p ?o }}",
    f"SELECT * WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ SERVICE SILENT <{URL}> {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ BIND(<{URL}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ {{ SELECT * WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }} }} }} }}",
    f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE <{URL}> {{ ?a ?p ?o }} }} }}",
    f"SELECT * WHERE {{ ?a ?b ?c MINUS {{ SERVICE <{URL}> {{ ?a ?p ?o }} }} }}",
    f"ASK {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}",
    f"CONSTRUCT WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}",
    # written so that a grep would miss it: a codepoint escape, and lower case
    f"SELECT * WHERE {{ \\u0053ERVICE <{URL}> {{ ?s ?p ?o }} }}",
    f"select * where {{ service <{URL}> {{ ?s ?p ?o }} }}",
    # text two parsers could split differently (a carriage return ending a comment for one of them)
    f"SELECT * WHERE {{ ?s ?p ?o # x \r SERVICE <{URL}> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
])
def test_writes_and_remote_access_are_refused_before_running(query):
    with pytest.raises(QueryRefused):
        check_query(query)


@pytest.mark.parametrize("query,words", [
    ("DELETE WHERE { ?s ?p ?o }", "read-only"), (f"LOAD <{URL}>", "read-only"),
    (f"SELECT * FROM <{URL}> WHERE {{ ?s ?p ?o }}", "FROM"),
    (f"SELECT * WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}", "SERVICE"),
    ("SELEKT * WHERE { ?s ?p ?o }", "Not a valid SPARQL query"),
])
def test_refusals_say_what_and_what_to_do(query, words):
    with pytest.raises(QueryRefused, match=words):
        check_query(query)


@pytest.mark.parametrize("query,form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"), ("ASK { ?s ?p ?o }", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"), ("DESCRIBE <a:b>", "DESCRIBE"),
    ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", "SELECT"),
    ('SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }', "SELECT"),  # the word inside a string is just text
])
def test_read_queries_pass(query, form):
    assert check_query(query) == form


class _Spy:
    """A store whose engine records every query it is asked to run."""

    path = None

    def __init__(self):
        self.ran = []

    @property
    def oxigraph(self):
        return self

    def query(self, text, **kw):
        self.ran.append(text)
        return iter(())


@pytest.mark.parametrize("query", [f"LOAD <{URL}>", f"SELECT * WHERE {{ SERVICE <{URL}> {{ ?s ?p ?o }} }}",
                                   f"SELECT * FROM <{URL}> WHERE {{ ?s ?p ?o }}", "DROP ALL"])
@pytest.mark.parametrize("timeout", [None, 5])
def test_run_sparql_refuses_before_the_store_sees_the_query(query, timeout):
    from accordgraph.queries import run_sparql

    spy = _Spy()
    with pytest.raises(QueryRefused):
        run_sparql(spy, query, timeout=timeout)
    assert spy.ran == []


# -- item 2: user values are bound terms -------------------------------------------------------------


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """A store on disk holding the seed, closed again so CLI calls can open it for writing."""
    import gc

    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    path = tmp_path_factory.mktemp("bound") / "s"
    store = Store(path)
    ingest([SEED], store)
    del store
    gc.collect()
    return path


def snapshot(path):
    """Every quad of the store, sorted: equal snapshots mean an unchanged store."""
    import gc

    from accordgraph.store import Store

    gc.collect()  # a CLI call run in this process may still hold its store in a traceback
    s = Store(path, read_only=True)
    quads = sorted(str(q) for q in s.oxigraph)
    del s
    gc.collect()
    assert quads, "the store under test is empty"
    return quads




@pytest.mark.parametrize("args,words", [
    *[pytest.param(["accords", "--country", h], "Unknown country", id=f"country-{i}") for i, h in enumerate(HOSTILE)],
    *[pytest.param(["accords", "--domain", h], "Unknown domain", id=f"domain-{i}") for i, h in enumerate(HOSTILE)],
    *[pytest.param(["remove", h], "No stored document", id=f"remove-{i}") for i, h in enumerate(HOSTILE)],
    *[pytest.param(["explain", h], "No accord", id=f"explain-{i}")
      for i, h in enumerate(HOSTILE)],
    *[pytest.param(["accords", opt, h], "date", id=f"{opt[2:]}-{i}")
      for i, h in enumerate(HOSTILE) for opt in ("--since", "--until")],
])
def test_hostile_values_are_unknown_exit_2_and_leave_the_store_unchanged(store_dir, args, words):
    before = snapshot(store_dir)
    out = CliRunner().invoke(app, [*args, "--store", str(store_dir)])
    assert out.exception is None or isinstance(out.exception, SystemExit), repr(out.exception)
    assert out.exit_code == 2, out.output
    assert words in out.output and "Traceback" not in out.output
    del out  # its traceback may still hold the command's writable store, which RocksDB compacts while a reader opens it
    assert snapshot(store_dir) == before


def test_user_values_never_enter_query_text(seed_store, monkeypatch):
    """The hostile value is looked up, bound, or compared in Python; never spliced into SPARQL."""
    from accordgraph import queries
    from accordgraph.errors import AccordgraphError

    texts = []
    real = type(seed_store).select

    def spy(self, query, bindings=None, union=True):
        texts.append(query)
        return real(self, query, bindings, union)

    monkeypatch.setattr(type(seed_store), "select", spy)
    mark = 'zz9"}>marker'
    calls = [
        lambda: queries.accords(seed_store, since=mark), lambda: queries.accords(seed_store, until=mark),
        lambda: queries.accords(seed_store, country="Korea", domain="telecom"),
        lambda: queries.explain(seed_store, "zz9marker"), lambda: seed_store.remove(mark),
        lambda: queries.signed_in(seed_store, mark), lambda: queries.signed_in(seed_store, "1999"),
        lambda: queries.bilateral_accords(seed_store, mark, "quantum"), lambda: queries.bilateral_accords(seed_store, "Korea", "telecom"),
        lambda: queries.partners(seed_store, "Denmark", "telecom"), lambda: queries.signatories(seed_store, "Korea", "Denmark"),
        lambda: queries.evidence(seed_store, "Korea", "Denmark", "1999"),
    ]
    for call in calls:
        try:
            call()
        except AccordgraphError:
            pass
    values = ("zz9", "Korea", "KOR", "Denmark", "DNK", "telecom", "1999")
    assert len(texts) >= 8 and not [t for t in texts if any(v in t for v in values)]
