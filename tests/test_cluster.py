"""Extraction on a Dask cluster stores exactly what a serial ingest stores."""

from __future__ import annotations

import gc
import logging
import socket

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from accordgraph.cli import app
from accordgraph.errors import AccordgraphError, InputError
from accordgraph.pipeline import ingest, read_one
from accordgraph.store import Store

from .conftest import ROOT, SEED

distributed = pytest.importorskip("distributed", reason="dask distributed is in the dev extra: pip install -e '.[dev]'")
from accordgraph.cluster import dask_mapper  # noqa: E402

CORPUS = ROOT / "data" / "corpus"
FILES = [SEED, *sorted(CORPUS.glob("00*"))]  # .txt, .md and .html


def nquads(store: Store) -> set[str]:
    return set(store.dump(ox.RdfFormat.N_QUADS).decode().splitlines())


@pytest.fixture(scope="module")
def cluster():
    # collect earlier tests' garbage here: pyoxigraph objects must be freed on the thread that made them,
    # and the in-process cluster's threads would otherwise run the collector
    gc.collect()
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                                  silence_logs=logging.ERROR) as c:
        yield c


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> set[str]:
    store = Store(tmp_path_factory.mktemp("serial") / "s")
    ingest(FILES, store, batch=3)
    return nquads(store)


def test_dask_ingest_stores_what_a_serial_ingest_stores(cluster, serial, tmp_path):
    store = Store(tmp_path / "s")
    report = ingest(FILES, store, batch=3, mapper=dask_mapper(cluster.scheduler_address))
    assert report.added == len(FILES) and not report.skipped
    assert not any(line.startswith("_:") or " _:" in line for line in serial)  # so N-Quads lines compare as they are
    assert nquads(store) == serial


def test_dask_results_come_back_in_input_order(cluster):
    paths = [str(p) for p in FILES]
    results = list(dask_mapper(cluster.scheduler_address)(read_one, paths))
    assert [r[1].doc_id for r in results] == [p.name for p in FILES]


def test_a_second_dask_ingest_changes_nothing(cluster, tmp_path):
    store = Store(tmp_path / "s")
    mapper = dask_mapper(cluster.scheduler_address)
    ingest(FILES[:3], store, mapper=mapper)
    assert ingest(FILES[:3], store, mapper=mapper).unchanged == 3


def test_a_file_the_workers_cannot_see_is_a_clear_error(cluster, tmp_path):
    missing = tmp_path / "gone.txt"
    with pytest.raises(AccordgraphError, match="gone.txt: extraction failed on the Dask cluster.*same paths"):
        list(dask_mapper(cluster.scheduler_address)(read_one, [str(missing)]))


def test_bad_and_unreachable_schedulers_say_what_to_do():
    with pytest.raises(InputError, match="tcp://HOST:8786"):
        dask_mapper("somewhere")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(AccordgraphError, match="Cannot reach the Dask scheduler.*dask scheduler"):
        list(dask_mapper(f"tcp://127.0.0.1:{port}", timeout=2)(read_one, [str(SEED)]))


def test_cli_ingest_on_a_local_dask_cluster(serial, tmp_path):
    runner = CliRunner()
    out = runner.invoke(app, ["ingest", *map(str, FILES), "--store", str(tmp_path / "s"), "--batch", "3", "--dask", "local", "--workers", "1"])
    assert out.exit_code == 0, out.output
    assert f"added {len(FILES)}" in out.output
    assert nquads(Store(tmp_path / "s", read_only=True)) == serial
