import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from accordgraph.errors import NotFound, StoreError
from accordgraph.pipeline import ingest
from accordgraph.store import Store

from .conftest import SEED

OTHER = """---
title: Korea and Australia sign minerals memorandum
published: 2024-03-06
---
South Korea and Australia signed a memorandum of understanding on critical minerals supply chains on Tuesday in Canberra.
"""


def dataset(store: Store) -> Dataset:
    import pyoxigraph as ox

    ds = Dataset()
    ds.parse(data=store.dump(ox.RdfFormat.N_QUADS).decode(), format="nquads")
    return ds


def same_dataset(x: Dataset, y: Dataset) -> bool:
    """Same named graphs, each isomorphic (rdflib's graph isomorphism)."""
    names = lambda d: {g.identifier for g in d.graphs() if len(g)}  # noqa: E731
    return names(x) == names(y) and all(isomorphic(x.graph(n), y.graph(n)) for n in names(x))


def test_ingesting_twice_changes_nothing(tmp_path):
    store = Store(tmp_path / "s")
    first = ingest([SEED], store)
    n = len(store)
    second = ingest([SEED], store)
    assert first.added == 1 and second.unchanged == 1 and len(store) == n


def test_remove_leaves_the_store_as_if_never_ingested(tmp_path):
    (tmp_path / "b.txt").write_text(OTHER)
    a, ab = Store(tmp_path / "a"), Store(tmp_path / "ab")
    ingest([SEED], a)
    ingest([SEED, tmp_path / "b.txt"], ab)
    assert len(ab) > len(a)
    ab.remove("b.txt")
    assert same_dataset(dataset(a), dataset(ab))


def test_changed_document_replaces_its_graph(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text(OTHER)
    store = Store(tmp_path / "s")
    ingest([f], store)
    f.write_text(OTHER.replace("critical minerals supply chains", "hydrogen"))
    report = ingest([f], store)
    assert report.replaced == 1
    from accordgraph.queries import accords
    assert [r["domains"] for r in accords(store).rows] == [["clean_energy"]]


def test_removing_an_unknown_document_says_so(tmp_path):
    store = Store(tmp_path / "s")
    with pytest.raises(NotFound, match="No stored document"):
        store.remove("nope.txt")


def test_a_second_writer_gets_a_clear_locked_message(tmp_path):
    import subprocess
    import sys

    holder = Store(tmp_path / "s")  # holds the lock while this test runs
    code = f"from accordgraph.store import Store\nStore({str(tmp_path / 's')!r})"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "locked" in out.stderr
    del holder


def test_opening_a_missing_store_read_only_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="accordgraph ingest"):
        Store(tmp_path / "none", read_only=True)
