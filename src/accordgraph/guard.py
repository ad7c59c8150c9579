"""Read-only, local-only: refuse anything that writes or reaches outside the store.

A SPARQL query is parsed (never grepped) with rdflib's SPARQL parser; updates
(LOAD among them), SERVICE, and FROM / FROM NAMED dataset clauses are refused
before anything runs, because pyoxigraph fetches SERVICE and LOAD URLs and
rdflib fetches those and FROM graphs. Text the parser cannot read is refused
too, so a query that two parsers would read differently never runs.

JSON-LD read by accordgraph goes through `parse_jsonld`, which refuses a
remote `@context` or `@import` (rdflib would download it, and offers no
switch to stop that) instead of fetching it.
"""

from __future__ import annotations

import json
from typing import Any, Union

from .errors import InputError, QueryRefused


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
        raise QueryRefused("Updates are refused: `accordgraph sparql` is read-only (no INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, "
                           "ADD, MOVE or COPY). Use `ingest` or `remove` to change the store.") from None
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


JsonLd = Union[dict, list]


def check_jsonld(data: Union[str, bytes, JsonLd]) -> JsonLd:
    """The parsed JSON of a JSON-LD document, refused if reading it would fetch anything.

    Every `@context` at any depth (top level, nested node, scoped term
    definition) must be inline: an object, null, or a list of those. A
    string there is a URL (or a path) to download, and `@import` names one too.
    """
    try:
        doc = json.loads(data) if isinstance(data, (str, bytes)) else data
    except ValueError as e:
        raise InputError(f"Not valid JSON-LD: {e}. Check the file is the JSON-LD export.") from None
    remote = _remote_context(doc)
    if remote:
        raise InputError(f"JSON-LD with a remote context ({remote[:80]!r}) is refused: accordgraph never fetches contexts. "
                         "Put the context inline (e.g. the content of ontology/context.jsonld).")
    return doc


def _remote_context(node: Any) -> str:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if key == "@import":
                    return str(value)
                if key == "@context":
                    for ctx in value if isinstance(value, list) else [value]:
                        if not (ctx is None or isinstance(ctx, dict)):
                            return str(ctx)
                stack.append(value)
    return ""


def parse_jsonld(data: Union[str, bytes, JsonLd], base: str | None = None):
    """An rdflib Dataset from JSON-LD, with nothing fetched (see `check_jsonld`)."""
    from rdflib import Dataset

    doc = check_jsonld(data)
    ds = Dataset()
    ds.parse(data=doc, format="json-ld", base=base)
    return ds
