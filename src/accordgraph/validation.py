"""SHACL validation of the store against ontology/shapes.ttl.

A failed validation is a result, not an exception: `validate` returns
pySHACL's triple (conforms, results graph, results text).
"""

from __future__ import annotations

from importlib import resources

from rdflib import Graph

from .store import Store


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(data=(resources.files("accordgraph") / "ontology" / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def validate_graph(data: Graph) -> tuple[bool, Graph, str]:
    """Validate an rdflib graph (the union of the store, or any export)."""
    from pyshacl import validate as shacl

    conforms, results, text = shacl(data, shacl_graph=shapes_graph(), inference="none", advanced=True)
    return bool(conforms), results, text


def validate(store: Store) -> tuple[bool, Graph, str]:
    """Validate everything in the store, all graphs taken together."""
    import pyoxigraph as ox

    g = Graph()
    g.parse(data=store.dump(ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return validate_graph(g)
