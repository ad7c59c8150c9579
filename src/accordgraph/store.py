"""The persistent store: pyoxigraph on disk, one named graph per document.

Writes go through single SPARQL updates, which pyoxigraph applies as one
transaction: a document and the merged accords it touches are replaced
together or not at all. Opening a store never re-parses anything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

import pyoxigraph as ox
from rdflib import Graph

from .errors import InputError, NotFound, StoreError
from .mapping import generate_document_graph, generate_vocabulary_graph
from .merge import Claim, accords_graph_iri, generate_accords_graph
from .namespaces import AG_IRI, GRAPH_VOCABULARY, document_iri
from .records import ExtractionRecord

DEFAULT_STORE = ".accordgraph"
PREFIXES = {
    "ag": AG_IRI, "id": "https://w3id.org/accordgraph/id/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/", "xsd": "http://www.w3.org/2001/XMLSchema#",
    "foaf": "http://xmlns.com/foaf/0.1/", "org": "http://www.w3.org/ns/org#", "owl": "http://www.w3.org/2002/07/owl#",
    "time": "http://www.w3.org/2006/time#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}
_CARRIED = ("signature", "programme", "funding", "evidence")


def store_path(path: Optional[str | Path] = None) -> Path:
    """`--store`, else $ACCORDGRAPH_STORE, else ./.accordgraph."""
    return Path(path or os.environ.get("ACCORDGRAPH_STORE") or DEFAULT_STORE)


@dataclass(frozen=True)
class IngestItem:
    """One document ready to store: its id, content hash, url and record."""

    doc_id: str
    sha256: str
    record: ExtractionRecord
    url: Optional[str] = None


class Store:
    """An accordgraph store on disk (or in memory with path=None and memory=True)."""

    def __init__(self, path: Optional[str | Path] = None, read_only: bool = False, memory: bool = False):
        self.path = None if memory else store_path(path)
        try:
            if memory:
                self._ox = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"No store at {self.path}. Run `accordgraph ingest PATH` first, or give --store DIR.")
                self._ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(f"The store at {self.path} is locked by another accordgraph process. Wait for it to finish, or use another --store.") from None
            raise StoreError(f"Cannot open the store at {self.path}: {e}. Check the folder, or give another --store.") from None
        except RuntimeError as e:  # RocksDB reports files changing under a reader as "Corruption"
            raise StoreError(f"Cannot read the store at {self.path}: {e}. If another process is writing it, retry when it has "
                             "finished; otherwise restore the store from a backup or re-ingest.") from None

    @property
    def oxigraph(self) -> ox.Store:
        return self._ox

    def __len__(self) -> int:
        return len(self._ox)

    def documents(self, ids: Optional[Iterable[str]] = None) -> dict[str, str]:
        """doc id -> sha256 of every stored document, or of those among `ids` (an ingest batch)."""
        only = "" if ids is None else "VALUES ?d { %s }" % " ".join(f"<{document_iri(i)}>" for i in ids)
        q = "SELECT ?id ?h WHERE { %s GRAPH ?g { ?d a ag:Document ; dcterms:identifier ?id . OPTIONAL { ?d ag:sha256 ?h } } }" % only
        return {r["id"].value: (r["h"].value if r["h"] else "") for r in self.select(q)}

    def select(self, query: str, bindings: Optional[dict] = None, union: bool = True) -> Iterator[ox.QuerySolution]:
        """Run a trusted SELECT (the caller has checked it) over the union of graphs."""
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        return iter(self._ox.query(query, prefixes=PREFIXES, use_default_graph_as_union=union, substitutions=subs))

    def ingest(self, items: Iterable[IngestItem]) -> dict[str, int]:
        """Store documents; unchanged ones are skipped, changed ones replaced.

        All of `items` is written in one transaction together with the merged
        accords they touch. Returns counts of added, replaced and unchanged.
        """
        items = list(items)
        known = self.documents(it.doc_id for it in items)
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        graphs: list[Graph] = []
        replaced: list[str] = []
        for it in items:
            if known.get(it.doc_id) == it.sha256 and it.sha256:
                counts["unchanged"] += 1
                continue
            counts["replaced" if it.doc_id in known else "added"] += 1
            if it.doc_id in known:
                replaced.append(it.doc_id)
            graphs.append(generate_document_graph(it.record, it.doc_id, it.sha256, it.url))
        if not graphs:
            return counts
        self._write(graphs, drop=[str(document_iri(d)) for d in replaced] + [str(g.identifier) for g in graphs])
        return counts

    def remove(self, doc_id: str) -> int:
        """Retract one document and everything only it supported; returns triples removed."""
        docs = self.documents()
        if doc_id not in docs:
            match = [d for d in docs if Path(d).stem == Path(doc_id).stem or d == Path(doc_id).name]
            if len(match) != 1:
                raise NotFound(f"No stored document {doc_id!r}. `accordgraph stats --format json` lists the stored documents.")
            doc_id = match[0]
        before = len(self._ox)
        self._write([], drop=[str(document_iri(doc_id))])
        return before - len(self._ox)

    def _write(self, graphs: list[Graph], drop: list[str]) -> None:
        drop_set = set(drop)
        affected = set(self._claim_keys(drop_set))
        quads = [list(_quads(g)) for g in graphs]  # converted once: read for their claims, then written
        new_claims = [c for q in quads for c in _claims_of_quads(q)]
        affected |= {c.countries for c in new_claims}
        kept = [c for c in self.claims(affected) if c.document not in drop_set]
        parts = [f"DROP SILENT GRAPH <{iri}>" for iri in sorted(drop_set)]
        parts += [f"DROP SILENT GRAPH <{accords_graph_iri(k)}>" for k in sorted(affected)]
        body = [_quads_block(g.identifier, q) for g, q in zip(graphs, quads)]
        if not self._ox.contains_named_graph(ox.NamedNode(str(GRAPH_VOCABULARY))):
            body.append(_graph_block(generate_vocabulary_graph()))
        for key in sorted(affected):
            claims = [c for c in kept + new_claims if c.countries == key]
            if claims:
                body.append(_graph_block(generate_accords_graph(claims, key)))
        if body:
            parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
        try:
            self._ox.update(" ;\n".join(parts))
        except OSError as e:
            raise StoreError(f"Writing to the store at {self.path} failed: {e}. Nothing was changed.") from None

    def _claim_keys(self, graphs: set[str]) -> list[tuple[str, ...]]:
        if not graphs:
            return []
        out = []
        for g in graphs:
            q = "SELECT ?g ?c (GROUP_CONCAT(?code; separator=',') AS ?k) WHERE { GRAPH ?g { ?c a ag:AgreementClaim ; ag:partyCountry/skos:notation ?code } } GROUP BY ?g ?c"
            for r in self.select(q, {"g": ox.NamedNode(g)}, union=False):
                out.append(tuple(sorted(r["k"].value.split(","))))
        return out

    def claims(self, keys: Optional[set[tuple[str, ...]]] = None) -> list[Claim]:
        """Every stored claim, or those whose party countries are one of `keys`.

        With `keys`, only the claims linked from those keys' merged graphs are
        read, so a write costs what it touches, not the size of the store.
        """
        only = ""
        if keys is not None:
            graphs = " ".join(f"<{accords_graph_iri(k)}>" for k in sorted(keys))
            lq = "SELECT ?c WHERE { VALUES ?g { %s } GRAPH ?g { ?a ag:claim ?c } }" % graphs
            linked = sorted({r["c"].value for r in self.select(lq, union=False)})
            if not linked:
                return []
            only = "VALUES ?c { %s }" % " ".join(f"<{c}>" for c in linked)
        q = """SELECT ?c ?doc (GROUP_CONCAT(DISTINCT ?p; separator=',') AS ?parties)
                 (GROUP_CONCAT(DISTINCT ?pc; separator=',') AS ?countries)
                 (SAMPLE(?ins) AS ?instrument) (SAMPLE(?st) AS ?status)
                 (GROUP_CONCAT(DISTINCT STR(?dom); separator=',') AS ?domains)
                 (SAMPLE(?date) AS ?signed) (SAMPLE(?pl) AS ?place) (SAMPLE(?nm) AS ?name)
          WHERE { GRAPH ?doc { %s ?c a ag:AgreementClaim ; ag:party/skos:notation ?p ; ag:partyCountry/skos:notation ?pc ;
                  ag:instrument ?ins ; ag:status ?st .
                  OPTIONAL { ?c ag:domain ?dom } OPTIONAL { ?c ag:signedDate ?date }
                  OPTIONAL { ?c ag:signingPlace ?pl } OPTIONAL { ?c dcterms:title ?nm } } }
          GROUP BY ?c ?doc""" % only
        links: dict[str, list[tuple[str, str]]] = {}
        lq = "SELECT ?c ?p ?o WHERE { %s GRAPH ?g { ?c a ag:AgreementClaim ; ?p ?o . VALUES ?p { %s } } }" % (only, " ".join(f"ag:{p}" for p in _CARRIED))
        out = []
        rows = list(self.select(q, union=False))
        if rows:
            for r in self.select(lq, union=False):
                links.setdefault(r["c"].value, []).append((r["p"].value, r["o"].value))
        for r in rows:
            countries = tuple(sorted(r["countries"].value.split(",")))
            if keys is not None and countries not in keys:
                continue
            val = lambda k: r[k].value if r[k] is not None else None  # noqa: E731
            key = lambda iri: iri.rsplit("/", 1)[-1]  # noqa: E731
            out.append(Claim(
                iri=r["c"].value, document=r["doc"].value, parties=tuple(sorted(r["parties"].value.split(","))),
                countries=countries, instrument=key(val("instrument")), status=key(val("status")),
                domains=tuple(sorted(key(x) for x in (val("domains") or "").split(",") if x)), signed=val("signed"),
                place=val("place"), name=val("name"), links=tuple(sorted(links.get(r["c"].value, []))),
            ))
        return out

    def dump(self, fmt: ox.RdfFormat, graph: Optional[str] = None) -> bytes:
        """Serialise the store (all graphs for quad formats, their union otherwise)."""
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            return self._ox.dump(format=fmt)
        union = ox.Store()
        union.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in self._ox)
        return union.dump(format=fmt, from_graph=ox.DefaultGraph())

    def flush(self) -> None:
        if self.path is not None:
            self._ox.flush()


def claims_of_graph(g: Graph) -> list[Claim]:
    """The claims of one not-yet-stored document graph, as `Store.claims` reads them."""
    return _claims_of_quads(_quads(g))


def _claims_of_quads(quads: Iterable[ox.Quad]) -> list[Claim]:
    mem = Store(memory=True)
    mem._ox.extend(quads)
    return mem.claims()


def _quads(g: Graph) -> Iterator[ox.Quad]:
    gname = ox.NamedNode(str(g.identifier))
    for s, p, o in g:
        yield ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), gname)


def _ox_term(t):
    """An rdflib term as a pyoxigraph term, whose text form escapes what N-Triples and SPARQL need.

    rdflib's `n3()` writes a literal holding a newline as a Turtle long string,
    which N-Triples refuses and which breaks when the text ends in a backslash
    and a quote; pyoxigraph writes every literal on one line, escaped.
    """
    from rdflib import BNode, Literal

    if isinstance(t, Literal):
        try:
            if t.language:
                return ox.Literal(str(t), language=t.language)
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)) if t.datatype else None)
        except ValueError:  # a lone surrogate ("\ud800" in a JSON record) is not text RDF can hold
            raise InputError(f"A value is not valid Unicode text: {str(t)[:60]!r}. Fix the record it came from.") from None
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    return ox.NamedNode(str(t))


def _graph_block(g: Graph) -> str:
    return _quads_block(g.identifier, _quads(g))


def _quads_block(name, quads: Iterable[ox.Quad]) -> str:
    lines = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"GRAPH <{name}> {{\n{lines}\n}}"
