"""Exports: RDF in every common syntax, CSV (one row per accord) and GraphML.

`serialize_*` return bytes; `write_export` writes to a temporary file in the
target folder, flushes it and renames it over the target, so a killed export
leaves any earlier file intact.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .store import Store

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "rdfxml": ox.RdfFormat.RDF_XML,
}
FORMATS = (*RDF_FORMATS, "jsonld", "csv", "graphml")


def serialize(store: Store, fmt: str) -> bytes:
    """The whole store in one of FORMATS."""
    if fmt in RDF_FORMATS:
        return store.dump(RDF_FORMATS[fmt])
    if fmt == "jsonld":
        return serialize_jsonld(store)
    if fmt == "csv":
        return serialize_csv(store)
    if fmt == "graphml":
        return serialize_graphml(store)
    raise InputError(f"Unknown export format {fmt!r}. Choose one of: {', '.join(FORMATS)}.")


def serialize_csv(store: Store) -> bytes:
    """One row per accord: id, label, parties, instrument, status, date, place, domains, sources."""
    from .queries import accords

    t = accords(store)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(t.columns)
    for r in t.rows:
        w.writerow([";".join(v) if isinstance(v, list) else ("" if v is None else v) for v in (r[c] for c in t.columns)])
    return buf.getvalue().encode("utf-8")


def serialize_graphml(store: Store) -> bytes:
    """The partner network as GraphML for Gephi: parties as nodes labelled with their names, one edge
    per pair of parties carrying its accord ids, domains and dates (in the same order) and a weight."""
    import networkx as nx

    from .network import generate_network

    g = nx.Graph()
    multi = generate_network(store)
    for n in sorted(multi.nodes):
        g.add_node(n, label=multi.nodes[n].get("label", n), code=n)
    for a, b in sorted({tuple(sorted(e)) for e in multi.edges()}):
        edges = sorted(multi.get_edge_data(a, b).values(), key=lambda d: (d["signed"] or "~", d["accord"]))
        dated = [d["signed"] for d in edges if d["signed"] and not d["signed"].startswith("--")]
        g.add_edge(a, b, weight=len(edges), accords=",".join(d["accord"] for d in edges),
                   domains=",".join(sorted({x for d in edges for x in d["domains"].split(",") if x})),
                   signed=",".join(d["signed"] for d in edges), first_signed=min(dated, default=""))
    buf = io.BytesIO()
    nx.write_graphml(g, buf)
    return buf.getvalue()


def jsonld_context() -> dict:
    """The published JSON-LD context (ontology/context.jsonld): compact IRIs for ag:, skos:, prov:, dcterms: and more."""
    import json
    from importlib import resources

    return json.loads((resources.files("accordgraph") / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def serialize_jsonld(store: Store) -> bytes:
    """JSON-LD with the per-document graphs, compacted with the published context.

    The context is written inline (it is the content of ontology/context.jsonld),
    so reading the file back never fetches anything remote.
    """
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=store.dump(ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return ds.serialize(format="json-ld", context=jsonld_context()).encode("utf-8")


def write_export(store: Store, fmt: str, path: str | Path) -> int:
    """Write an export atomically; returns the number of bytes written."""
    return write_atomic(serialize(store, fmt), path)


def write_atomic(data: bytes, path: str | Path) -> int:
    """Write bytes to a temporary file beside `path`, flush it and rename it over `path`."""
    target, tmp = Path(path), None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise InputError(f"Cannot write {target}: {e.strerror}. Choose a writable path with -o.") from None
    return len(data)
