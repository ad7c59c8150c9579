"""Extraction on a Dask distributed cluster: a mapper for `pipeline.ingest`.

Why: extraction (`pipeline.read_one`) is pure and CPU-bound, so it spreads
over machines; writing stays in the client process, in the same batches and
transactions as a local ingest, so the store ends up exactly as a serial
ingest leaves it. Results come back in input order, with a bounded number of
tasks in flight so a corpus of any size never sits in memory at once.

Workers need accordgraph installed (the same version) and must see the files
at the same absolute paths as the client (a shared filesystem): paths are
sent, not file contents.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

from .errors import AccordgraphError, InputError

IN_FLIGHT = 512
_INSTALL = "Install it with `pip install 'accordgraph[cluster]'`."


def dask_mapper(address: str, workers: int = 2, timeout: float = 30.0) -> Callable[[Callable, list[str]], Iterator]:
    """A mapper running `fn(path)` for each path on the cluster at `address`, in order.

    `address` is a scheduler address (`tcp://HOST:8786`), or `local` to start
    a LocalCluster of `workers` processes on this machine, listening on
    127.0.0.1 only and without a dashboard.
    """
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise AccordgraphError(f"--dask needs the dask distributed package. {_INSTALL}") from None
    if address != "local" and ":" not in address:
        raise InputError(f"Not a Dask scheduler address: {address!r}. Give tcp://HOST:8786 (from `dask scheduler`), or `local`.")

    def mapper(fn: Callable, items: list[str]) -> Iterator:
        with _client(address, workers, timeout) as client:
            yield from _ordered(client, fn, [os.path.abspath(p) for p in items])

    return mapper


@contextmanager
def _client(address: str, workers: int, timeout: float):
    from distributed import Client, LocalCluster

    if address == "local":
        # the scheduler always opens an HTTP port (health, metrics): a free one, on loopback, without the dashboard
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address="127.0.0.1:0", scheduler_kwargs={"dashboard": False},
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as e:
        raise AccordgraphError(f"Cannot reach the Dask scheduler at {address}: {e}. Start one with `dask scheduler`, or use --dask local.") from None
    with client:
        yield client


def _ordered(client, fn: Callable, items: Iterable[str], in_flight: int = IN_FLIGHT) -> Iterator:
    """Submit `fn` over `items`, at most `in_flight` at a time; yield results in input order."""
    todo = iter(items)
    pending: deque = deque()

    def submit_next() -> None:
        path = next(todo, None)
        if path is not None:
            pending.append((path, client.submit(fn, path, pure=False)))

    for _ in range(in_flight):
        submit_next()
    try:
        while pending:
            path, future = pending.popleft()
            try:
                result = future.result()
            except Exception as e:  # raised on a worker: the worker's setup, not the document
                raise AccordgraphError(f"{path}: extraction failed on the Dask cluster ({type(e).__name__}: {e}). "
                                       "Workers need accordgraph installed and the files at the same paths (a shared filesystem).") from None
            submit_next()
            yield result
    finally:
        if pending:
            client.cancel([f for _, f in pending])
