"""One benchmark task in a fresh process, printed as one JSON line on stdout.

Run by bench/run.py, so that each task starts cold, its peak memory (RSS) is
its own, and a task that runs too long can be stopped without losing the rest.

    python bench/child.py rdflib GRAPH.nt BUDGET_S   # parse + CQ1 + GROUP BY in rdflib's engine
    python bench/child.py ours STORE RUNS            # CQ1 + GROUP BY in-process on our store
    python bench/child.py export STORE OUTDIR        # turtle and nquads exports, peak RSS
    python bench/child.py ingest LIST STORE WORKERS  # pipeline.ingest over the files listed
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

COUNTRY, DOMAIN = "JPN", "quantum"
# Codes are read DISTINCT first: Oxigraph's union default graph repeats them per source document.
GROUP_BY = """PREFIX ag: <https://w3id.org/accordgraph/ontology#>
SELECT ?code (COUNT(DISTINCT ?a) AS ?accords) WHERE {
  ?a a ag:Agreement ; ag:partyCountry ?p .
  { SELECT DISTINCT ?p ?code WHERE { ?p ag:countryCode ?code } }
} GROUP BY ?code ORDER BY DESC(?accords) ?code"""


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM, which (unlike ru_maxrss) starts afresh at exec."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, runs: int, budget: float = float("inf")) -> dict:
    """Median of `runs` warm runs after one warm-up, stopping early when `budget` seconds are spent."""
    start = time.perf_counter()
    rows = fn()
    times = [time.perf_counter() - start]  # the warm-up counts only when the budget allows no more
    warm = []
    while len(warm) < runs and time.perf_counter() - start < budget:
        t = time.perf_counter()
        rows = fn()
        warm.append(time.perf_counter() - t)
    use = warm or times
    return {"median_s": statistics.median(use), "runs": len(use), "rows": rows, "warm": bool(warm)}


def task_rdflib(nt: str, budget: float) -> dict:
    from rdflib import Graph, Literal

    from accordgraph.queries import query_text

    t = time.perf_counter()
    g = Graph()
    g.parse(nt, format="nt")
    parse_s = time.perf_counter() - t
    binds = {"countryCode": Literal(COUNTRY), "domainKey": Literal(DOMAIN)}
    cq1 = timed(lambda: len(list(g.query(query_text("cq01"), initBindings=binds))), 5, budget / 2)
    grp = timed(lambda: len(list(g.query(GROUP_BY))), 5, budget / 2)
    return {"triples": len(g), "parse_s": parse_s, "cq1": cq1, "group_by": grp, "peak_rss_mb": peak_rss_mb()}


def task_ours(store_dir: str, runs: int) -> dict:
    from accordgraph.queries import bilateral_accords
    from accordgraph.store import Store

    store = Store(store_dir, read_only=True)
    cq1 = timed(lambda: len(bilateral_accords(store, COUNTRY, DOMAIN).rows), runs)
    grp = timed(lambda: len(list(store.oxigraph.query(GROUP_BY, use_default_graph_as_union=True))), runs)
    return {"triples": len(store), "cq1": cq1, "group_by": grp, "peak_rss_mb": peak_rss_mb()}


def task_export(store_dir: str, outdir: str) -> dict:
    from accordgraph.export import write_export
    from accordgraph.store import Store

    store = Store(store_dir, read_only=True)
    n = len(store)
    out = {"quads": n}
    for fmt in ("turtle", "nquads"):
        t = time.perf_counter()
        size = write_export(store, fmt, Path(outdir) / f"export.{fmt}")
        dt = time.perf_counter() - t
        out[fmt] = {"seconds": dt, "bytes": size, "triples_per_s": n / dt}
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def task_ingest(listfile: str, store_dir: str, workers: int) -> dict:
    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    paths = Path(listfile).read_text().split("\n")
    paths = [p for p in paths if p]
    size = sum(Path(p).stat().st_size for p in paths)
    store = Store(store_dir)
    t = time.perf_counter()
    report = ingest(paths, store, workers=workers)
    dt = time.perf_counter() - t
    return {"files": len(paths), "bytes": size, "seconds": dt, "mb_per_s": size / 1e6 / dt, "added": report.added,
            "skipped": len(report.skipped), "triples": report.triples, "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str]) -> None:
    task, args = argv[0], argv[1:]
    if task == "rdflib":
        out = task_rdflib(args[0], float(args[1]))
    elif task == "ours":
        out = task_ours(args[0], int(args[1]))
    elif task == "export":
        out = task_export(args[0], args[1])
    elif task == "ingest":
        out = task_ingest(args[0], args[1], int(args[2]))
    else:
        raise SystemExit(f"unknown task {task!r}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
