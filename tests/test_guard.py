import pytest

from accordgraph.errors import QueryRefused
from accordgraph.guard import check_query


@pytest.mark.parametrize("query", [
    "INSERT DATA { <a:a> <a:b> <a:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL",
    "LOAD <http://127.0.0.1:9/x.ttl>",
    "CLEAR DEFAULT",
    "SELECT * FROM <http://127.0.0.1:9/x> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://127.0.0.1:9/x> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { { SELECT * WHERE { SERVICE SILENT <http://x/> { ?s ?p ?o } } } } }",
])
def test_writes_and_remote_access_are_refused_before_running(query):
    with pytest.raises(QueryRefused):
        check_query(query)


@pytest.mark.parametrize("query,form", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"), ("ASK { ?s ?p ?o }", "ASK"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"), ("DESCRIBE <a:b>", "DESCRIBE"),
])
def test_read_queries_pass(query, form):
    assert check_query(query) == form


def test_injection_through_a_parameter_is_just_an_unknown_value(seed_store):
    from accordgraph.errors import UnknownTermError
    from accordgraph.queries import accords
    for hostile in ['x" } DROP ALL #', "> } INSERT {"]:
        with pytest.raises(UnknownTermError):
            accords(seed_store, country=hostile)
