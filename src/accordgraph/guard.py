"""Read-only SPARQL: refuse anything that writes or reaches outside the store.

A query is parsed (never grepped) with rdflib's SPARQL parser; updates,
SERVICE, and FROM / FROM NAMED dataset clauses are refused before anything
runs, because pyoxigraph and rdflib would otherwise fetch remote data.
"""

from __future__ import annotations

from .errors import QueryRefused


def check_query(text: str) -> str:
    """Return the query form (SELECT, ASK, CONSTRUCT, DESCRIBE) or raise QueryRefused."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except ParseException:
        try:
            parseUpdate(text)
        except ParseException as e:
            raise QueryRefused(f"Not a valid SPARQL query: {e.msg} (line {e.lineno}, column {e.col}). Check the syntax.") from None
        raise QueryRefused("Updates are refused: `accordgraph sparql` is read-only. Use `ingest` or `remove` to change the store.") from None
    body = parsed[1]
    if "datasetClause" in body:
        raise QueryRefused("FROM and FROM NAMED are refused: queries run on the store only. Drop the dataset clause; use GRAPH ?g { } to select documents.")
    if _has_service(body):
        raise QueryRefused("SERVICE is refused: accordgraph does not query other endpoints on your behalf. Run that part against the endpoint yourself.")
    return body.name.replace("Query", "").upper()


def _has_service(node) -> bool:
    name = getattr(node, "name", None)
    if name == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_has_service(v) for v in node.values())
    if isinstance(node, (list, tuple)):
        return any(_has_service(v) for v in node)
    return False
