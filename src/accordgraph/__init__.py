"""accordgraph: news about international technology agreements, as a knowledge graph.

The public surface. Names load on first use, so `import accordgraph` and the
CLI's `--help` stay fast.

>>> import accordgraph as ag
>>> store = ag.Store(".accordgraph")                      # doctest: +SKIP
>>> ag.ingest(["seeds/"], store)                         # doctest: +SKIP
>>> ag.bilateral_accords(store, "Japan", "quantum").to_pandas()   # doctest: +SKIP
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_WHERE = {
    # documents and extraction
    "Document": "documents", "load": "documents", "from_string": "documents",
    "extract": "extractor", "extract_text": "extractor", "extract_paths": "extractor",
    "ExtractionRecord": "records", "Agreement": "records", "Event": "records", "Signatory": "records",
    "Funding": "records", "Evidence": "records",
    # store and ingest
    "Store": "store", "ingest": "pipeline", "IngestReport": "pipeline",
    # beyond one machine: SPARQL endpoints, the Oxigraph server, Dask
    "EndpointStore": "endpoint", "serve": "server", "serve_command": "server", "dask_mapper": "cluster",
    # questions
    "accords": "queries", "bilateral_accords": "queries", "signatories": "queries", "programmes": "queries",
    "signed_in": "queries", "partners": "queries", "planned_events": "queries", "evidence": "queries",
    "funding": "queries", "hubs_sparql": "queries", "explain": "queries", "stats": "queries",
    "run_sparql": "queries", "query_text": "queries", "conflicts": "queries", "sources": "queries", "Table": "results",
    "ask": "ask", "Answer": "ask", "Citation": "ask", "QuestionNotUnderstood": "ask",
    # network
    "generate_network": "network", "filter_network": "network", "partners_of": "network", "hubs": "network",
    "shortest_path": "network", "farthest_pair": "network", "communities": "network", "timeline": "network",
    "path_accords": "network",
    # exports, validation, evaluation
    "serialize": "export", "write_export": "export", "jsonld_context": "export", "write_atomic": "export",
    "write_plot": "plot", "generate_plot": "plot", "serialize_network_plot": "plot", "serialize_timeline_plot": "plot", "validate": "validation", "validate_graph": "validation",
    "evaluate": "evaluation", "score": "evaluation", "load_gold": "evaluation",
    # vocabularies and errors
    "load_vocabulary": "vocabulary",
    "AccordgraphError": "errors", "InputError": "errors", "UnknownTermError": "errors", "QueryRefused": "errors",
    "StoreError": "errors", "NotFound": "errors",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'accordgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
