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
    """The partner network as GraphML (parties as labelled nodes, accords as edges) for Gephi."""
    import networkx as nx

    from .network import generate_network

    g = nx.Graph()
    multi = generate_network(store)
    for n, d in multi.nodes(data=True):
        g.add_node(n, label=d.get("label", n), code=n)
    for a, b, d in multi.edges(data=True):
        if g.has_edge(a, b):
            g[a][b]["weight"] += 1
            g[a][b]["accords"] += "," + d["accord"]
            g[a][b]["domains"] = ",".join(sorted(set(g[a][b]["domains"].split(",")) | set(d["domains"].split(","))))
        else:
            g.add_edge(a, b, weight=1, accords=d["accord"], domains=d["domains"], first_signed=d["signed"])
    buf = io.BytesIO()
    nx.write_graphml(g, buf)
    return buf.getvalue()


def serialize_jsonld(store: Store) -> bytes:
    """JSON-LD (expanded, with the per-document graphs) via rdflib; no remote context is fetched."""
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=store.dump(ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return ds.serialize(format="json-ld", auto_compact=False).encode("utf-8")


def write_export(store: Store, fmt: str, path: str | Path) -> int:
    """Write an export atomically; returns the number of bytes written."""
    data = serialize(store, fmt)
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        raise InputError(f"Cannot write {target}: {e.strerror}. Choose a writable path with -o.") from None
    return len(data)
