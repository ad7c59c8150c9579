"""The competency questions and the accord listing, as functions over a store.

Each function runs a SPARQL file shipped in `accordgraph/queries/` with the
user's values bound as RDF terms (never formatted into the query text) and
returns a `Table`. The same files answer the same questions in any SPARQL
engine over the exported Turtle.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Optional

import pyoxigraph as ox

from .errors import NotFound
from .results import Table
from .store import Store
from .vocabulary import load_vocabulary

ID_BASE = "https://w3id.org/accordgraph/id/"
ID_PREFIX = ID_BASE + "accord/"


@cache
def query_text(name: str) -> str:
    """The text of a shipped query, e.g. `query_text("cq01")`."""
    return (resources.files("accordgraph") / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _lit(value: str) -> ox.Literal:
    return ox.Literal(value)


def _val(term) -> Optional[str]:
    if term is None:
        return None
    return term.value


def _run(store: Store, name: str, columns: list[str], **bindings: str) -> Table:
    subs = {k: _lit(v) for k, v in bindings.items() if v is not None}
    rows = []
    for sol in store.select(query_text(name), subs):
        rows.append({c: _val(sol[c]) for c in columns})
    return Table(columns=columns, rows=rows)


def _code(country: str) -> str:
    return load_vocabulary().party(country).code


def _domain(domain: str) -> str:
    return load_vocabulary().domain(domain)


def short_id(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def bilateral_accords(store: Store, country: str, domain: str) -> Table:
    """CQ1: a country's bilateral accords in a domain, with their dates.

    >>> bilateral_accords(store, "Japan", "quantum")  # doctest: +SKIP
    """
    cols = ["accord", "partnerCode", "partnerLabel", "instrument", "status", "signed", "place"]
    t = _run(store, "cq01", cols, countryCode=_code(country), domainKey=_domain(domain))
    for r in t.rows:
        r["accord"] = short_id(r["accord"])
    t.rows.sort(key=lambda r: (r["signed"] is None, r["signed"] or "", r["partnerCode"]))
    if not t.rows:
        t.message = f"No bilateral {domain} accords of {country} in the store."
    return t


def signatories(store: Store, a: str, b: str, instrument: Optional[str] = None) -> Table:
    """CQ2: who signed the accords between two parties, for whom, in what post, where."""
    cols = ["accord", "instrument", "name", "partyCode", "post", "place"]
    t = _run(store, "cq02", cols, countryA=_code(a), countryB=_code(b), instrument=instrument)
    for r in t.rows:
        r["accord"] = short_id(r["accord"])
    if not t.rows:
        t.message = f"No signatories recorded for accords between {a} and {b}."
    return t


def programmes(store: Store, a: str, b: str) -> Table:
    """CQ3: programmes through which the cooperation of two parties is carried out."""
    t = _run(store, "cq03", ["accord", "programme"], countryA=_code(a), countryB=_code(b))
    for r in t.rows:
        r["accord"] = short_id(r["accord"])
    if not t.rows:
        t.message = f"No programmes recorded for accords between {a} and {b}."
    return t


def signed_in(store: Store, period: str) -> Table:
    """CQ4: accords signed in a period ("2025", "2025-01", "2025-05-13")."""
    from .dates import find_dates
    from .records import check_partial_date

    try:
        check_partial_date(period)
    except ValueError:
        found = find_dates(period)
        if not found:
            from .errors import InputError
            raise InputError(f"Cannot read the period {period!r}. Use 2025, 2025-01, 2025-05-13 or 'May 2025'.") from None
        period = found[0].value
    t = _run(store, "cq04", ["accord", "label", "signed", "instrument"], period=period)
    for r in t.rows:
        r["accord"] = short_id(r["accord"])
    if not t.rows:
        t.message = f"No accords signed in {period}."
    return t


def partners(store: Store, country: str, domain: Optional[str] = None) -> Table:
    """CQ5: partners of a country in a domain (any domain when None), in order of first agreement.

    A date without a year (`--05-13`) never counts as a first agreement.
    """
    if domain is None:
        return _partners_any(store, country)
    t = _run(store, "cq05", ["partnerCode", "partnerLabel", "first", "accords"], countryCode=_code(country), domainKey=_domain(domain))
    for r in t.rows:
        r["first"] = None if r["first"] in (None, "", "~") else r["first"]
        r["accords"] = int(r["accords"])
    t.rows.sort(key=lambda r: (r["first"] is None, r["first"] or "", r["partnerCode"]))
    if not t.rows:
        t.message = f"{country} has no {domain} partners in the store."
    return t


def _partners_any(store: Store, country: str) -> Table:
    """CQ5 over every accord of a country, whatever its domain."""
    code, vocab = _code(country), load_vocabulary()
    found: dict[str, dict] = {}
    for r in accords(store, country=code).rows:
        dated = r["signed"] if r["signed"] and not r["signed"].startswith("--") else None
        for p in r["parties"]:
            if p == code:
                continue
            row = found.setdefault(p, {"partnerCode": p, "partnerLabel": vocab.parties[p].name if p in vocab.parties else p,
                                       "first": None, "accords": 0})
            row["accords"] += 1
            if dated and (row["first"] is None or dated < row["first"]):
                row["first"] = dated
    rows = sorted(found.values(), key=lambda r: (r["first"] is None, r["first"] or "", r["partnerCode"]))
    t = Table(columns=["partnerCode", "partnerLabel", "first", "accords"], rows=rows)
    if not rows:
        t.message = f"{country} has no partners in the store."
    return t


def planned_events(store: Store) -> Table:
    """CQ6: planned events, when and where (`event` is the id `sources` takes)."""
    t = _run(store, "cq06", ["event", "label", "kind", "date", "place", "parties"])
    for r in t.rows:
        r["event"] = "event/" + short_id(r["event"])
    if not t.rows:
        t.message = "No planned events in the store."
    return t


def evidence(store: Store, a: str, b: str, period: str = "") -> Table:
    """CQ7: the documents, sentences and offsets behind two parties' signing in a period."""
    t = _run(store, "cq07", ["accord", "signed", "document", "start", "end", "text"], countryA=_code(a), countryB=_code(b), period=period)
    for r in t.rows:
        r["accord"] = short_id(r["accord"])
        r["start"], r["end"] = int(r["start"]), int(r["end"])
    if not t.rows:
        t.message = f"No evidence of an accord between {a} and {b} signed in {period or 'any period'}."
    return t


def funding(store: Store) -> Table:
    """CQ8: funding committed, by whom, for which accord."""
    t = _run(store, "cq08", ["accord", "label", "amount", "currency", "per", "funderCode", "domains"])
    for r in t.rows:
        r["accord"] = short_id(r["accord"])
        r["amount"] = float(r["amount"])
    if not t.rows:
        t.message = "No funding commitments in the store."
    return t


def sources(store: Store, subject: str) -> Table:
    """The sentences an accord or event was read from: document, offsets, text.

    `subject` is an accord id (as `accords` lists it), `event/<id>` (as
    `planned_events` lists it) or a full IRI; it is bound, never formatted in.
    """
    iri = subject if subject.startswith("http") else (ID_BASE + subject if subject.startswith("event/") else ID_PREFIX + subject)
    q = """SELECT DISTINCT ?subject ?document ?start ?end ?text WHERE {
      ?subject ag:evidence ?ev . ?ev ag:startOffset ?start ; ag:endOffset ?end ; prov:value ?text ;
          prov:wasQuotedFrom/dcterms:identifier ?document .
    } ORDER BY ?document ?start"""
    cols = ["document", "start", "end", "text"]
    rows = [{c: _val(s[c]) for c in cols} for s in store.select(q, {"subject": ox.NamedNode(iri)})]
    for r in rows:
        r["start"], r["end"] = int(r["start"]), int(r["end"])
    return Table(columns=cols, rows=rows, message=None if rows else f"No sentences recorded for {subject}.")


def hubs_sparql(store: Store, domain: str) -> Table:
    """CQ9 by SPARQL: parties by number of distinct partners in a domain."""
    t = _run(store, "cq09", ["code", "label", "degree"], domainKey=_domain(domain))
    for r in t.rows:
        r["degree"] = int(r["degree"])
    if not t.rows:
        t.message = f"No {domain} accords in the store."
    return t


_ACCORDS = """
SELECT ?country ?domainKey ?accord ?label ?instrument ?status ?signed ?place
       (GROUP_CONCAT(DISTINCT ?code; separator=",") AS ?parties)
       (GROUP_CONCAT(DISTINCT ?dk; separator=",") AS ?domains)
       (COUNT(DISTINCT ?doc) AS ?sources) (COUNT(DISTINCT ?cf) AS ?conflicts)
WHERE {
  %s
  ?accord a ag:Agreement ; rdfs:label ?label ; ag:instrument/skos:notation ?instrument ;
          ag:status/skos:notation ?status ; ag:partyCountry ?pc ; prov:wasDerivedFrom ?doc .
  { SELECT DISTINCT ?pc ?code WHERE { ?pc ag:countryCode ?code } }
  OPTIONAL { ?accord ag:signedDate ?signed }
  OPTIONAL { ?accord ag:signingPlace ?place }
  OPTIONAL { ?accord ag:domain/skos:notation ?dk }
  OPTIONAL { ?accord ag:conflict ?cf }
}
GROUP BY ?country ?domainKey ?accord ?label ?instrument ?status ?signed ?place
"""
# Oxigraph's union default graph repeats a party's code once per document describing the party
# (thousands of times at a million triples): the `?` path and the DISTINCT subquery read it once.
_BY_COUNTRY = "?cc ag:countryCode? ?country . ?accord ag:partyCountry ?cc ."
_BY_DOMAIN = "?accord ag:domain/skos:broader* ?dom . ?dom skos:notation ?domainKey ."


def _period(value: Optional[str], option: str) -> Optional[str]:
    """A date bound as ISO at its precision ("2025", "2025-01", "May 2025"), or an InputError."""
    if not value:
        return None
    from .dates import find_dates
    from .errors import InputError
    from .records import check_partial_date

    try:
        return check_partial_date(value.strip())
    except ValueError:
        found = find_dates(value)
        if len(found) == 1 and not found[0].value.startswith("--"):
            return found[0].value
    raise InputError(f"Cannot read {option} {value!r} as a date. Use 2025, 2025-01, 2025-05-13 or 'May 2025'.")


def accords(store: Store, country: Optional[str] = None, domain: Optional[str] = None, bilateral: bool = False,
            since: Optional[str] = None, until: Optional[str] = None) -> Table:
    """Accords with parties, instrument, date, place, sources; filters combine.

    `since`/`until` compare dates at their own precision: an accord dated
    2025 is within `--since 2025-03` only if its year could be (it is kept),
    and a date-less accord is left out whenever a date filter is given.
    """
    since, until = _period(since, "--since"), _period(until, "--until")
    fragments = []
    subs = {}
    if country:
        fragments.append(_BY_COUNTRY)
        subs["country"] = _lit(_code(country))
    if domain:
        fragments.append(_BY_DOMAIN)
        subs["domainKey"] = _lit(_domain(domain))
    cols = ["accord", "label", "parties", "instrument", "status", "signed", "place", "domains", "sources", "conflicts"]
    rows = []
    for sol in store.select(_ACCORDS % "\n  ".join(fragments), subs):
        r = {c: _val(sol[c]) for c in cols}
        r["accord"] = short_id(r["accord"])
        r["parties"] = sorted(r["parties"].split(","))
        r["domains"] = sorted(x for x in (r["domains"] or "").split(",") if x)
        r["sources"], r["conflicts"] = int(r["sources"]), int(r["conflicts"])
        if bilateral and len(r["parties"]) != 2:
            continue
        if since and (not r["signed"] or r["signed"] < since[: len(r["signed"])]):
            continue
        if until and (not r["signed"] or r["signed"][: len(until)] > until):
            continue
        rows.append(r)
    rows.sort(key=lambda r: (r["signed"] is None, r["signed"] or "", r["label"]))
    t = Table(columns=cols, rows=rows)
    if not rows:
        t.message = "No accords match." + ("" if len(store) else " The store is empty: run `accordgraph ingest PATH` first.")
    return t


def explain(store: Store, accord_id: str) -> Table:
    """Every document, sentence and offset behind one accord, and the claim each supports."""
    iri = accord_id if accord_id.startswith("http") else ID_PREFIX + accord_id.strip()
    q = """SELECT ?accord ?claim ?document ?start ?end ?text ?status ?signed WHERE {
      ?accord ag:claim ?claim . ?claim ag:evidence ?ev ; ag:status/skos:notation ?status .
      OPTIONAL { ?claim ag:signedDate ?signed }
      ?ev ag:startOffset ?start ; ag:endOffset ?end ; prov:value ?text ; prov:wasQuotedFrom/dcterms:identifier ?document .
    } ORDER BY ?document ?start"""
    cols = ["claim", "document", "start", "end", "text", "status", "signed"]
    try:
        node = ox.NamedNode(iri)
    except ValueError:  # not even an IRI: certainly no accord of ours
        raise NotFound(f"No accord {accord_id!r}. `accordgraph accords` lists accords with their ids.") from None
    rows = [{c: _val(s[c]) for c in cols} for s in store.select(q, {"accord": node})]
    if not rows:
        raise NotFound(f"No accord {accord_id!r}. `accordgraph accords` lists accords with their ids.")
    for r in rows:
        r["claim"] = short_id(r["claim"])
        r["start"], r["end"] = int(r["start"]), int(r["end"])
    return Table(columns=cols, rows=rows)


def stats(store: Store) -> dict:
    """Counts: documents, triples, agreements, claims, parties, events, by domain."""
    q = """SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ag:Agreement }"""
    n = lambda query: int(next(store.select(query))["n"].value)  # noqa: E731
    by_domain = {
        s["k"].value: int(s["n"].value)
        for s in store.select("SELECT ?k (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ag:Agreement ; ag:domain/skos:notation ?k } GROUP BY ?k ORDER BY DESC(?n)")
    }
    docs = store.documents()
    return {
        "documents": len(docs),
        "triples": len(store),
        "agreements": n(q),
        "claims": n("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ag:AgreementClaim }"),
        "parties": n("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?a a ag:Agreement ; ag:party ?p }"),
        "events": n("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ag:Event }"),
        "conflicts": n("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?a ag:conflict ?c }"),
        "by_domain": by_domain,
        "document_ids": sorted(docs),
    }


MAX_ROWS = 10_000


def run_sparql(store: Store, text: str, max_rows: int = MAX_ROWS, timeout: Optional[float] = None):
    """A user's read-only query: a Table (SELECT), a bool (ASK) or N-Triples bytes (CONSTRUCT/DESCRIBE).

    The query is checked before it runs (see `guard`); answers stop at
    `max_rows` rows (or triples), with a message saying so. With `timeout`
    (seconds) a local store is queried in a child process that is killed at
    the deadline (see `sandbox`), raising QueryRefused; without it the query
    runs in this process. A remote endpoint enforces its own timeout.
    """
    from .guard import check_query
    from .sandbox import execute, run_limited

    form = check_query(text)
    if timeout is not None and isinstance(store.oxigraph, ox.Store):
        answer = run_limited(store, text, form, _prefixes(), max_rows, timeout)
    else:
        answer = execute(store.oxigraph, text, form, _prefixes(), max_rows)
    stop = f"Stopped at {max_rows} {'triples' if answer[0] == 'graph' else 'rows'}; add LIMIT or narrow the query."
    if answer[0] == "ask":
        return answer[1]
    if answer[0] == "graph":
        return answer[1] + (f"# {stop}\n".encode() if answer[2] else b"")
    _, columns, rows, truncated = answer
    return Table(columns=columns, rows=rows, message=stop if truncated else (None if rows else "No results."))


def _prefixes() -> dict:
    from .store import PREFIXES
    return PREFIXES


def conflicts(store: Store) -> Table:
    """Accords whose sources disagree: the property, each value, and the document that gave it."""
    t = _run(store, "conflicts", ["accord", "label", "property", "value", "document"])
    for r in t.rows:
        r["accord"] = short_id(r["accord"])
        r["property"] = r["property"].rsplit("#", 1)[-1]
    if not t.rows:
        t.message = "No conflicting sources in the store."
    return t
