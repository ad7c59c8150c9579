"""Ingest: files to records to the store, serially or over a process pool.

Extraction is pure and runs in workers; writing stays in this process, one
transaction per batch, so a parallel ingest stores exactly what a serial one
does and a killed ingest leaves each document wholly present or absent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from .documents import iter_paths, load
from .errors import InputError
from .extractor import extract
from .store import IngestItem, Store


@dataclass
class IngestReport:
    """What an ingest did: counts, skipped files with reasons, store size."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    triples: int = 0


def read_one(path: str) -> tuple[str, Optional[IngestItem], Optional[str]]:
    """Load and extract one file: (path, item, error message)."""
    try:
        doc = load(path)
        return path, IngestItem(doc.id, doc.sha256, extract(doc), doc.url), None
    except InputError as e:
        return path, None, str(e)


def ingest(paths: Iterable[str | Path], store: Store, workers: int = 1, batch: int = 200,
           progress: Optional[Callable[[int, int], None]] = None,
           mapper: Optional[Callable[[Callable, list[str]], Iterable]] = None) -> IngestReport:
    """Read every supported file under `paths` into `store`.

    Bad files are skipped with their reason (the rest still goes in); stored
    documents whose content is unchanged are left as they are. `mapper(fn,
    files)`, when given, runs the extraction instead of this process or its
    pool (e.g. `cluster.dask_mapper`) and must yield results in file order.
    """
    files = [str(p) for p in iter_paths(paths)]
    if not files:
        raise InputError("No .txt, .md or .html files found in the paths given.")
    report = IngestReport()
    pending: list[IngestItem] = []
    seen: set[str] = set()

    def flush() -> None:
        counts = store.ingest(pending)
        report.added += counts["added"]
        report.replaced += counts["replaced"]
        report.unchanged += counts["unchanged"]
        pending.clear()

    for done, (path, item, error) in enumerate(mapper(read_one, files) if mapper else _map(read_one, files, workers), 1):
        if error:
            report.skipped.append((path, error))
        elif item.doc_id in seen:
            report.skipped.append((path, f"{path}: another file named {item.doc_id} was ingested in this run; rename one."))
        else:
            seen.add(item.doc_id)
            pending.append(item)
        if len(pending) >= batch:
            flush()
        if progress:
            progress(done, len(files))
    if pending:
        flush()
    store.flush()
    report.triples = len(store)
    return report


def _map(fn, items: list[str], workers: int):
    if workers <= 1 or len(items) < 2:
        yield from map(fn, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, items, chunksize=max(1, len(items) // (workers * 8)))
