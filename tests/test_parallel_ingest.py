"""An ingest over a process pool stores exactly the graph a serial ingest stores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from accordgraph.pipeline import ingest
from accordgraph.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def _quads(store: Store) -> set[str]:
    return set(store.dump(ox.RdfFormat.N_QUADS).decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))[:12]
    out = tmp_path_factory.mktemp("docs")
    for p in files:
        shutil.copy(p, out / p.name)
    return out


def test_two_workers_store_the_same_quads_as_one(folder, tmp_path):
    serial, parallel = Store(tmp_path / "serial"), Store(tmp_path / "parallel")
    a = ingest([folder], serial, workers=1)
    b = ingest([folder], parallel, workers=2, batch=5)
    assert (a.added, a.skipped) == (b.added, b.skipped) and a.added == 12
    assert len(serial) > 0
    assert _quads(serial) == _quads(parallel)


def test_parallel_reingest_changes_nothing(folder, tmp_path):
    store = Store(tmp_path / "s")
    ingest([folder], store, workers=2)
    before = _quads(store)
    report = ingest([folder], store, workers=2)
    assert report.unchanged == 12 and report.added == 0
    assert _quads(store) == before
