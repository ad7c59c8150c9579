"""A remote SPARQL 1.1 endpoint that answers like a `Store`.

Why: a graph of a decade of news outgrows one process, and a team shares one
server. `EndpointStore` offers the read side of `Store` (`select`, `len`,
`documents`, and `oxigraph.query` in pyoxigraph's shape), so every function in
`queries` runs unchanged against an Oxigraph server (`accordgraph serve`),
Fuseki, GraphDB or Virtuoso, over the SPARQL 1.1 Protocol: HTTP POST with
`application/sparql-query`, answers as `application/sparql-results+json` (or
an RDF format for CONSTRUCT and DESCRIBE), parsed into pyoxigraph terms.

Bound values cannot travel as substitutions over HTTP, so they go into the
query as a VALUES block at the start of its WHERE group, each term written by
pyoxigraph's own term classes (which escape quotes, newlines and `>`): a
user's value stays one RDF term, never query text.

The endpoint answers from its default graph. accordgraph keeps each document
in its own named graph, so the server must make its default graph the union
of all graphs (`oxigraph serve-read-only --union-default-graph`, which
`accordgraph serve` passes; Fuseki: `tdb2:unionDefaultGraph true`).
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from typing import Iterator, Optional
from urllib.parse import urlsplit

import pyoxigraph as ox

from .errors import InputError, QueryRefused, StoreError
from .store import PREFIXES, Store

ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "application/n-triples;q=0.8, text/turtle;q=0.7")
MAX_BYTES = 256 * 2**20
_HINT = "Oxigraph: http://HOST:7878/query; Fuseki: http://HOST:3030/DATASET/sparql; GraphDB: http://HOST:7200/repositories/REPO"


class EndpointStore:
    """The read side of a `Store`, answered by a SPARQL 1.1 endpoint at `url`.

    >>> from accordgraph.queries import accords
    >>> accords(EndpointStore("http://127.0.0.1:7878/query"), country="Japan")  # doctest: +SKIP
    """

    path = None

    def __init__(self, url: str, timeout: float = 60.0, max_bytes: int = MAX_BYTES):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"Not an HTTP(S) SPARQL endpoint URL: {url!r}. Give the query URL, e.g. {_HINT}.")
        self.url, self.timeout, self.max_bytes = url, timeout, max_bytes

    def __repr__(self) -> str:
        return f"EndpointStore({self.url!r})"

    @property
    def oxigraph(self) -> "EndpointStore":
        """Itself: `query` takes pyoxigraph.Store.query's arguments, so `run_sparql` runs unchanged."""
        return self

    def __len__(self) -> int:
        """Quads in the named graphs, as `len(Store)` counts them (accordgraph writes no default graph)."""
        return int(next(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))["n"].value)

    documents = Store.documents  # the same query, answered by the endpoint

    def select(self, query: str, bindings: Optional[dict] = None, union: bool = True) -> Iterator[ox.QuerySolution]:
        """Run a trusted SELECT with `bindings` (variable name -> term or str) injected as VALUES.

        `union` is accepted for `Store.select`'s signature; the endpoint's own
        setting decides what its default graph is (see the module docstring).
        """
        result = self.query(query, prefixes=PREFIXES, substitutions=bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryRefused(f"The endpoint {self.url} did not answer the SELECT with solutions. Check that the URL is a SPARQL query endpoint ({_HINT}).")
        return iter(result)

    def query(self, query: str, prefixes: Optional[dict] = None, use_default_graph_as_union: bool = True,
              substitutions: Optional[dict] = None):
        """Like pyoxigraph.Store.query: solutions (SELECT), a boolean (ASK) or a list of triples."""
        head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items())
        text = head + (with_values(query, substitutions) if substitutions else query)
        ctype, body = self._post(text)
        media = ctype.split(";")[0].strip().lower()
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media)
            if results_format is not None:
                return ox.parse_query_results(body, format=results_format)
            rdf_format = ox.RdfFormat.N_TRIPLES if media == "text/plain" else ox.RdfFormat.from_media_type(media)
            if rdf_format is not None:
                return list(ox.parse(body, format=rdf_format))
        except (SyntaxError, ValueError) as e:
            raise StoreError(f"The endpoint {self.url} sent an answer that cannot be read ({media}): {e}. Check that the URL is a SPARQL query endpoint ({_HINT}).") from None
        raise StoreError(f"The endpoint {self.url} answered in {media or 'no declared format'}, not SPARQL results or RDF. Check that the URL is a SPARQL query endpoint ({_HINT}).")

    def _post(self, text: str) -> tuple[str, bytes]:
        req = urllib.request.Request(self.url, data=text.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query; charset=utf-8", "Accept": ACCEPT, "User-Agent": "accordgraph"})
        try:
            with _OPENER.open(req, timeout=self.timeout) as resp:
                body = resp.read(self.max_bytes + 1)
                ctype = resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            raise _http_error(self.url, e) from None
        except urllib.error.URLError as e:
            raise StoreError(f"Cannot reach the SPARQL endpoint {self.url}: {e.reason}. Start it (`accordgraph serve`), or check --endpoint.") from None
        except (TimeoutError, OSError) as e:
            raise StoreError(f"The SPARQL endpoint {self.url} failed to answer within {self.timeout:g} s ({e}). Narrow the query, or check the server.") from None
        if len(body) > self.max_bytes:
            raise StoreError(f"The answer from {self.url} is over {self.max_bytes // 2**20} MiB. Add LIMIT, or narrow the query.")
        return ctype, body


def with_values(query: str, bindings: dict) -> str:
    """`query` with `bindings` as a VALUES block opening its WHERE group.

    Each value is serialised by pyoxigraph (`str(ox.Literal(v))`), so quotes,
    braces and `#` in a value stay inside one literal.
    """
    names, terms = [], []
    for name, value in bindings.items():
        if not re.fullmatch(r"\w+", name):
            raise InputError(f"Not a SPARQL variable name: {name!r}. Bind plain names such as 'countryCode'.")
        if isinstance(value, (ox.NamedNode, ox.Literal)):
            term = value
        elif isinstance(value, str):
            term = ox.Literal(value)
        else:
            raise InputError(f"Cannot bind ?{name} to {value!r} over HTTP: only IRIs and literals can be sent. Bind an IRI or a literal.")
        names.append(f"?{name}")
        terms.append(str(term))
    at = _where_brace(query) + 1
    return f"{query[:at]} VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}{query[at:]}"


_TOKEN = re.compile(r'''
    (?P<skip>\#[^\n]*                                  # comment
      | """(?:[^"\\]|\\.|"(?!""))*""" | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
      | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'       # strings
      | <[^<>"{}|^`\\\s]*>                             # IRIs
      | [?$]\w+)                                       # variables
    | (?P<word>[A-Za-z_][\w.-]*(?::[\w.:%-]*)? | :[\w.:%-]*)
    | (?P<brace>[{}])
    | (?P<other>.)''', re.X | re.S)


def _where_brace(query: str) -> int:
    """Offset of the `{` that opens the query's WHERE group (outside strings, IRIs, comments)."""
    depth, first, after_where, seen_where = 0, None, None, False
    for m in _TOKEN.finditer(query):
        if m.lastgroup == "word" and depth == 0 and m.group().upper() == "WHERE":
            seen_where = True
        elif m.lastgroup == "brace":
            if m.group() == "{":
                if depth == 0:
                    first = m.start() if first is None else first
                    if seen_where and after_where is None:
                        after_where = m.start()
                depth += 1
            else:
                depth -= 1
    where = after_where if after_where is not None else first
    if where is None:
        raise QueryRefused("The query has no WHERE group to bind values in. Check the query.")
    return where


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Refuse redirects: a POST would be replayed as a GET without its query, or sent elsewhere."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _http_error(url: str, e: urllib.error.HTTPError) -> Exception:
    try:
        detail = e.read(400).decode("utf-8", "replace").strip().splitlines()
    except OSError:
        detail = []
    said = f": {detail[0]}" if detail else ""
    if 300 <= e.code < 400:
        return StoreError(f"The endpoint {url} redirects to {e.headers.get('Location')}. Give that URL as --endpoint.")
    if e.code == 400:
        return QueryRefused(f"The endpoint {url} refused the query (HTTP 400{said}). Check the syntax.")
    return StoreError(f"The endpoint {url} answered HTTP {e.code} {e.reason}{said}. Check the URL ({_HINT}).")
