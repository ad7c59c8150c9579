"""SHACL validation of the store against ontology/shapes.ttl.

A failed validation is a result, not an exception: `validate` returns
pySHACL's triple (conforms, results graph, results text).

Validation never reaches the network: both graphs are handed to pySHACL
already parsed (a string would be read as a path or URL), and `owl:imports`
is never followed, even when a graph carries one (the ontology imports ORG,
PROV and SKOS from w3.org).
"""

from __future__ import annotations

from importlib import resources

from rdflib import Graph

from .errors import InputError
from .store import Store


def shapes_graph() -> Graph:
    g = Graph()
    g.parse(data=(resources.files("accordgraph") / "ontology" / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


def validate_graph(data: Graph) -> tuple[bool, Graph, str]:
    """Validate an rdflib graph (the union of the store, or any export)."""
    from pyshacl import validate as shacl

    if not isinstance(data, Graph):
        raise InputError(f"validate_graph takes an rdflib Graph, not {type(data).__name__}: parse the file first "
                         "(pySHACL would read a string as a path or URL and fetch it).")
    conforms, results, text = shacl(data, shacl_graph=shapes_graph(), inference="none", advanced=True, do_owl_imports=False)
    return bool(conforms), results, text


def validate(store: Store) -> tuple[bool, Graph, str]:
    """Validate everything in the store, all graphs taken together."""
    import pyoxigraph as ox

    g = Graph()
    g.parse(data=store.dump(ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return validate_graph(g)


_SYNTAX = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".rdf": "xml", ".xml": "xml"}


def validate_file(path) -> tuple[bool, Graph, str]:
    """Validate an RDF file (syntax from its suffix), e.g. an export or a graph made by hand."""
    from pathlib import Path

    import pyoxigraph as ox

    p = Path(path)
    fmt = _SYNTAX.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{p}: unknown RDF syntax {p.suffix!r}. Use one of {', '.join(sorted(_SYNTAX))}.")
    try:
        quads = ox.parse(path=str(p), format=ox.RdfFormat.from_extension(p.suffix.lstrip(".")) or ox.RdfFormat.TURTLE)
        data = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    except (OSError, SyntaxError, ValueError) as e:
        raise InputError(f"{p}: cannot read it as RDF ({str(e).splitlines()[0]}). Check the file, or export it again.") from None
    g = Graph()
    g.parse(data=data, format="nt")
    return validate_graph(g)
