"""Runaway queries stop (issue 8, item 3): a deadline and a row cap on `sparql`.

pyoxigraph cannot interrupt a query, so `sparql` runs it in a child process
that is killed at the deadline. Shown on a cross product and on a regular
expression over long strings across a cross product; the fast path stays fast.
"""

import time

import pytest
from typer.testing import CliRunner

from accordgraph.cli import app
from accordgraph.errors import QueryRefused
from accordgraph.queries import run_sparql

CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CROSS_ROWS = "SELECT ?a ?b ?c ?d ?e ?f WHERE { ?a ?b ?c . ?d ?e ?f }"
REGEX = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?x ?y ?z FILTER(REGEX(CONCAT(STR(?o), STR(?z), "%s"), "(a+)+b")) }' % ("a" * 30_000)


@pytest.mark.parametrize("query", [CROSS, REGEX], ids=["cross-product", "catastrophic-regex"])
def test_a_runaway_query_is_stopped_at_the_deadline(seed_store, query):
    t = time.monotonic()
    with pytest.raises(QueryRefused, match=r"timed out after 1 s.*add LIMIT or narrow the query"):
        run_sparql(seed_store, query, timeout=1)
    assert time.monotonic() - t < 10


def test_the_cli_says_timed_out_and_exits_2(seed_store):
    t = time.monotonic()
    out = CliRunner().invoke(app, ["sparql", CROSS, "--timeout", "1", "--store", str(seed_store.path)])
    assert out.exit_code == 2 and "timed out after 1 s" in out.output and "Traceback" not in out.output
    assert time.monotonic() - t < 10


def test_a_stopped_query_leaves_the_store_as_it_was(seed_store):
    before = len(seed_store)
    with pytest.raises(QueryRefused):
        run_sparql(seed_store, CROSS, timeout=0.5)
    assert len(seed_store) == before and run_sparql(seed_store, "ASK { ?s ?p ?o }", timeout=10) is True


def test_a_cross_product_stops_at_the_row_cap(seed_store):
    t = run_sparql(seed_store, CROSS_ROWS, max_rows=50, timeout=30)
    assert len(t.rows) == 50 and t.message.startswith("Stopped at 50 rows")


def test_construct_stops_at_the_row_cap_and_says_so(seed_store):
    data = run_sparql(seed_store, "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }", max_rows=20, timeout=30)
    lines = data.decode().strip().splitlines()
    assert len(lines) == 21 and lines[-1] == "# Stopped at 20 triples; add LIMIT or narrow the query."


def test_cli_row_cap_option(seed_store):
    out = CliRunner().invoke(app, ["sparql", CROSS_ROWS, "--max-rows", "7", "--format", "json", "--store", str(seed_store.path)])
    assert out.exit_code == 0, out.output
    import json

    assert len(json.loads(out.output)["rows"]) == 7


def test_a_memory_store_is_stopped_too():
    from accordgraph.extractor import extract_text
    from accordgraph.store import IngestItem, Store

    s = Store(memory=True)
    s.ingest([IngestItem("m.txt", "h", extract_text("Japan and Denmark signed a memorandum on quantum technology on 22 January 2025."))])
    with pytest.raises(QueryRefused, match="timed out"):
        run_sparql(s, CROSS, timeout=0.5)
    assert run_sparql(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", timeout=10).rows[0]["n"] == str(len(s))


def test_answers_are_the_same_in_and_out_of_the_sandbox(seed_store):
    q = "SELECT ?a ?l WHERE { ?a a ag:Agreement ; rdfs:label ?l } ORDER BY ?a"
    assert run_sparql(seed_store, q) == run_sparql(seed_store, q, timeout=30)
    assert run_sparql(seed_store, "ASK { ?a a ag:Agreement }", timeout=30) is True


def test_errors_in_the_child_come_back_as_one_line(seed_store):
    with pytest.raises(QueryRefused, match="could not run the query"):
        run_sparql(seed_store, "SELECT * WHERE { ?s nope:x ?o }", timeout=30)  # unknown prefix: rdflib parses, oxigraph refuses


def test_the_fast_path_stays_fast(seed_store):
    """A trivial query costs one short-lived interpreter (about 0.1 s here), never seconds."""
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ag:Agreement }"
    run_sparql(seed_store, q, timeout=30)  # warm the file cache
    t = time.monotonic()
    for _ in range(3):
        run_sparql(seed_store, q, timeout=30)
    assert (time.monotonic() - t) / 3 < 1.0


class _Endless:
    """An engine whose answer never ends, and which fails if read past the cap (+1 to know it was cut)."""

    path = None

    def __init__(self, cap):
        self.cap, self.read = cap, 0

    @property
    def oxigraph(self):
        return self

    def query(self, text, **kw):
        import pyoxigraph as ox

        engine = self

        class Solutions:
            variables = [ox.Variable("s")]

            def __iter__(self):
                while True:
                    engine.read += 1
                    assert engine.read <= engine.cap + 1, "read past the row cap"
                    yield {"s": ox.Literal(str(engine.read))}

        return Solutions()


def test_the_row_cap_stops_reading_not_just_printing():
    engine = _Endless(100)
    t = run_sparql(engine, "SELECT ?s WHERE { ?s ?p ?o }", max_rows=100)
    assert len(t.rows) == 100 and t.message.startswith("Stopped at 100 rows") and engine.read == 101
