"""accordgraph's benchmark: `make bench` (full) or `python bench/run.py --quick`.

Builds synthetic graphs (10k, 100k, 1M triples) and a synthetic news corpus
(1, 10, 100 MB) under bench/out/, measures our store against rdflib's own
SPARQL engine on the same data, the CLI, ingest, export and memory, and writes
bench/results.json and bench/RESULTS.md with the machine and the targets.
Targets are shown, never asserted: the tests do not depend on timings.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from report import machine, write_markdown  # noqa: E402

PY = sys.executable
CLI = str(Path(PY).parent / "accordgraph")
INGEST_CAP_S = 75  # an ingest run expected to take longer is run on a sample of the corpus


def child(*args: str, timeout: float) -> dict:
    """Run one bench/child.py task; a task over its time is reported as such, not fatal."""
    try:
        res = subprocess.run([PY, str(HERE / "child.py"), *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"timeout_s": timeout}
    if res.returncode != 0:
        return {"error": res.stderr.strip().splitlines()[-1] if res.stderr.strip() else f"exit {res.returncode}"}
    return json.loads(res.stdout.strip().splitlines()[-1])


def cli_times(args: list[str], runs: int) -> dict:
    """Median wall time of a whole CLI call (interpreter start included) over `runs` runs."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([CLI, *args], capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
    times.sort()
    return {"median_s": times[len(times) // 2], "runs": runs}


def build_graph(label: str, target: int) -> tuple[Path, Path, dict]:
    """The synthetic graph as N-Quads, loaded into a store, and its union as N-Triples (for rdflib)."""
    import pyoxigraph as ox

    from accordgraph.export import write_export
    from accordgraph.store import Store
    from synth_graph import generate_graph

    nq, store_dir, nt = OUT / f"graph-{label}.nq", OUT / f"store-{label}", OUT / f"graph-{label}.nt"
    meta_path = OUT / f"graph-{label}.json"
    if not (meta_path.exists() and nq.exists() and store_dir.exists() and nt.exists()):
        t = time.perf_counter()
        meta = generate_graph(target, nq)
        meta["generate_s"] = time.perf_counter() - t
        subprocess.run(["rm", "-rf", str(store_dir)], check=True)
        t = time.perf_counter()
        store = Store(store_dir)
        store.oxigraph.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        store.flush()
        meta["bulk_load_s"] = time.perf_counter() - t
        write_export(store, "ntriples", nt)
        del store
        meta_path.write_text(json.dumps(meta))
    return store_dir, nt, json.loads(meta_path.read_text())


def bench_graphs(sizes: dict[str, int], rdflib_budget: dict[str, float]) -> dict:
    out = {}
    for label, target in sizes.items():
        print(f"[graph {label}] building", flush=True)
        store_dir, nt, meta = build_graph(label, target)
        print(f"[graph {label}] ours", flush=True)
        ours = child("ours", str(store_dir), "7", timeout=900)
        print(f"[graph {label}] rdflib", flush=True)
        budget = rdflib_budget[label]
        theirs = child("rdflib", str(nt), str(budget), timeout=budget + 240)
        print(f"[graph {label}] cli", flush=True)
        cli = cli_times(["accords", "--country", "JPN", "--domain", "quantum", "--bilateral", "--store", str(store_dir)], 5)
        out[label] = {"meta": meta, "ours": ours, "rdflib": theirs, "cli_cq1": cli}
    return out


def bench_ingest(sizes: list[float], full: float) -> dict:
    from synth_corpus import corpus

    paths = corpus(OUT / "corpus", full)
    sizes_b = [p.stat().st_size for p in paths]
    out: dict = {}
    rate = {1: None, 2: None}  # MB/s measured so far, to decide whether a run fits
    for mb in sizes:
        for workers in (1, 2):
            want = int(mb * 1_000_000)
            if rate[workers] and want / 1e6 / rate[workers] > INGEST_CAP_S:
                want = int(rate[workers] * INGEST_CAP_S * 0.8 * 1e6)
            chosen, total = [], 0
            for p, b in zip(paths, sizes_b):
                if total >= want:
                    break
                chosen.append(str(p))
                total += b
            listfile = OUT / f"ingest-{mb}-{workers}.txt"
            listfile.write_text("\n".join(chosen))
            store = OUT / f"ingest-store-{mb}-{workers}"
            subprocess.run(["rm", "-rf", str(store)], check=True)
            print(f"[ingest {mb} MB, {workers} worker(s)] {total / 1e6:.1f} MB", flush=True)
            res = child("ingest", str(listfile), str(store), str(workers), timeout=INGEST_CAP_S * 4)
            res["corpus_mb"] = mb
            res["sampled"] = total < mb * 1_000_000 * 0.98
            if "mb_per_s" in res:
                rate[workers] = res["mb_per_s"]
            out[f"{mb}MB-{workers}w"] = res
            subprocess.run(["rm", "-rf", str(store)], check=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="10k/100k triples and 1/10 MB only")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    started = time.perf_counter()
    if args.quick:
        sizes = {"10k": 10_000, "100k": 100_000}
        corpus_mb = [1, 10]
    else:
        sizes = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
        corpus_mb = [1, 10, 100]
    results = {"machine": machine(), "quick": args.quick}
    print("[cli] --help", flush=True)
    results["cli_help"] = cli_times(["--help"], 7)
    results["graphs"] = bench_graphs(sizes, {"10k": 60, "100k": 120, "1M": 200})
    largest = list(sizes)[-1]
    print(f"[export {largest}]", flush=True)
    results["export"] = {"size": largest, **child("export", str(OUT / f"store-{largest}"), str(OUT), timeout=600)}
    for f in OUT.glob("export.*"):
        f.unlink()
    results["ingest"] = bench_ingest(corpus_mb, max(corpus_mb))
    results["wall_s"] = time.perf_counter() - started
    (HERE / "results.json").write_text(json.dumps(results, indent=2))
    write_markdown(results, HERE / "RESULTS.md")
    print((HERE / "RESULTS.md").read_text())


if __name__ == "__main__":
    main()
