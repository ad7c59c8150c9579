"""Exports other tools can read: JSON-LD with the published context, GraphML for Gephi, CSV per accord."""

from __future__ import annotations

import csv
import io
import json
import os

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from accordgraph.errors import InputError
from accordgraph.export import jsonld_context, serialize, write_atomic, write_export
from accordgraph.network import generate_network
from accordgraph.vocabulary import load_vocabulary

from .conftest import ROOT

W3C = {"ag": "https://w3id.org/accordgraph/ontology#", "skos": "http://www.w3.org/2004/02/skos/core#",
       "prov": "http://www.w3.org/ns/prov#", "dcterms": "http://purl.org/dc/terms/"}


def test_the_published_context_file_maps_the_prefixes():
    published = json.loads((ROOT / "ontology" / "context.jsonld").read_text())["@context"]
    assert published == jsonld_context() and W3C.items() <= published.items()


def test_jsonld_uses_the_context_inline_and_compact_iris(seed_store):
    doc = json.loads(serialize(seed_store, "jsonld"))
    assert doc["@context"] == jsonld_context()  # inline: nothing to fetch
    text = json.dumps(doc)
    assert all(f'"{p}:' in text for p in ("ag", "skos", "prov", "dcterms"))


def test_jsonld_round_trips_to_isomorphic_graphs_without_the_network(seed_store, monkeypatch):
    import urllib.request

    def offline(*a, **k):
        raise AssertionError("a remote context was fetched")

    monkeypatch.setattr(urllib.request, "urlopen", offline)
    original = Dataset()
    original.parse(data=seed_store.dump(ox.RdfFormat.N_QUADS).decode(), format="nquads")
    back = Dataset()
    back.parse(data=serialize(seed_store, "jsonld").decode(), format="json-ld")
    names = lambda d: {g.identifier for g in d.graphs() if len(g)}  # noqa: E731
    assert names(back) == names(original) and len(names(original)) > 2
    for n in names(original):
        assert isomorphic(original.graph(n), back.graph(n)), n


def test_graphml_loads_in_networkx_with_labelled_nodes_and_accord_edges(seed_store):
    g = nx.read_graphml(io.BytesIO(serialize(seed_store, "graphml")))
    vocab = load_vocabulary()
    assert len(g) and all(g.nodes[n]["label"] == vocab.parties[n].name for n in g)
    multi = generate_network(seed_store)
    assert sorted(a for *_, d in g.edges(data=True) for a in d["accords"].split(",")) == sorted(k for *_, k in multi.edges(keys=True))
    eu = g.edges["EU", "JPN"]
    assert eu["domains"] == "quantum" and eu["signed"] == "2025-05-13" and eu["weight"] == 1
    assert all(len(d["accords"].split(",")) == len(d["signed"].split(",")) == d["weight"] for *_, d in g.edges(data=True))


def test_csv_has_one_row_per_accord(seed_store):
    rows = list(csv.DictReader(io.StringIO(serialize(seed_store, "csv").decode())))
    n = int(next(seed_store.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ag:Agreement }"))["n"].value)
    assert len(rows) == n == len({r["accord"] for r in rows}) == 5
    assert {r["parties"] for r in rows} >= {"EU;JPN", "DNK;JPN"} and {"signed", "domains", "sources"} <= set(rows[0])


def test_unknown_format_is_refused(seed_store):
    with pytest.raises(InputError, match="Choose one of"):
        serialize(seed_store, "xlsx")


def test_writes_are_atomic_and_leave_no_temporary_files(seed_store, tmp_path):
    target = tmp_path / "out" / "g.jsonld"
    n = write_export(seed_store, "jsonld", target)
    assert n == target.stat().st_size and json.loads(target.read_text())
    assert write_atomic(b"new", target) == 3 and target.read_bytes() == b"new"
    assert os.listdir(target.parent) == ["g.jsonld"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "g.ttl"
    target.write_text("old")
    with pytest.raises(InputError, match="Cannot write"):
        write_atomic(b"x", target / "not-a-dir" / "f.ttl")
    assert target.read_text() == "old"
