"""The machine a benchmark ran on, and bench/RESULTS.md: every figure beside its target."""

from __future__ import annotations

import datetime as dt
import os
import platform
from importlib import metadata
from pathlib import Path

TARGETS = {
    "cq1_ms": 20, "cq1_cli_s": 0.6, "vs_rdflib": 20, "ingest_mb_s_core": 1.0,
    "export_tps": 200_000, "peak_rss_mb": 1500, "help_s": 0.3,
}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0) if Path("/proc/meminfo").exists() else 0
    libs = {}
    for name in ("accordgraph", "pyoxigraph", "rdflib", "networkx", "pydantic", "typer"):
        try:
            libs[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            libs[name] = "-"
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_mb": mem, "python": platform.python_version(),
            "os": platform.platform(), "libs": libs, "date": dt.datetime.now().isoformat(timespec="seconds")}


def _ms(x) -> str:
    return f"{x * 1000:,.1f} ms" if x < 10 else f"{x:,.1f} s"


def _q(res: dict, key: str) -> tuple[str, float | None]:
    """A query figure as text (with its number of runs) and its median in seconds."""
    if "timeout_s" in res:
        return f"> {res['timeout_s']:.0f} s (stopped)", None
    if "error" in res:
        return f"error: {res['error'][:60]}", None
    q = res[key]
    note = f" ({q['runs']} runs)" if q["warm"] else " (1 cold run)"
    return _ms(q["median_s"]) + note, q["median_s"]


def _ok(value, target, lower_is_better=True) -> str:
    if value is None:
        return "not met" if lower_is_better else "-"
    return "met" if (value <= target if lower_is_better else value >= target) else "not met"


def write_markdown(r: dict, path: Path) -> None:
    m = r["machine"]
    lines = [
        "# accordgraph benchmark", "",
        f"Run {m['date']} on {m['cpu']}, {m['cores']} cores, {m['ram_mb'] / 1024:.1f} GB RAM; Python {m['python']}; "
        + ", ".join(f"{k} {v}" for k, v in m["libs"].items()) + f". {'Quick run' if r['quick'] else 'Full run'}, "
        f"wall time {r['wall_s'] / 60:.1f} min. Medians of warm runs unless said; targets are shown, never asserted.", "",
        "| measure | size | accordgraph | rdflib's engine | ratio | target | |", "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for label, g in r["graphs"].items():
        n = g["ours"].get("triples", g["meta"].get("quads", 0))
        size = f"{label} ({n:,} quads)"
        for key, name in (("cq1", "CQ1 in-process (JPN, quantum, bilateral)"), ("group_by", "GROUP BY accords per party")):
            ours, o = _q(g["ours"], key)
            theirs, t = _q(g["rdflib"], key)
            if t is not None and o:
                ratio = f"{t / o:,.0f}x"
            elif t is None and o and "timeout_s" in g["rdflib"]:
                ratio = f"> {g['rdflib']['timeout_s'] / o:,.0f}x"
            else:
                ratio = "-"
            target = f"< {TARGETS['cq1_ms']} ms, >= {TARGETS['vs_rdflib']}x" if key == "cq1" else f">= {TARGETS['vs_rdflib']}x"
            met = []
            if key == "cq1" and label == "1M":
                met.append(_ok(o, TARGETS["cq1_ms"] / 1000))
            if t is not None and o:
                met.append(_ok(t / o, TARGETS["vs_rdflib"], lower_is_better=False))
            lines.append(f"| {name} | {size} | {ours} | {theirs} | {ratio} | {target} | {', '.join(met)} |")
        cli = g["cli_cq1"]["median_s"]
        lines.append(f"| CQ1 as a CLI call (`accords --bilateral`, cold) | {size} | {_ms(cli)} ({g['cli_cq1']['runs']} runs) | | | "
                     f"< {TARGETS['cq1_cli_s']} s | {_ok(cli, TARGETS['cq1_cli_s']) if label == '1M' else ''} |")
        if "parse_s" in g["rdflib"]:
            lines.append(f"| load the graph | {size} | bulk_load {g['meta']['bulk_load_s']:.1f} s | parse N-Triples "
                         f"{g['rdflib']['parse_s']:.1f} s | {g['rdflib']['parse_s'] / g['meta']['bulk_load_s']:,.0f}x | | |")
    e = r["export"]
    if "quads" in e:
        for fmt in ("turtle", "nquads"):
            tps = e[fmt]["triples_per_s"]
            lines.append(f"| export {fmt} ({e[fmt]['bytes'] / 1e6:,.0f} MB) | {e['size']} | {tps:,.0f} triples/s | | | "
                         f">= {TARGETS['export_tps']:,} /s | {_ok(tps, TARGETS['export_tps'], False)} |")
        lines.append(f"| peak memory (RSS): open, export turtle + nquads | {e['size']} | {e['peak_rss_mb']:,.0f} MB | | | "
                     f"< {TARGETS['peak_rss_mb']:,} MB | {_ok(e['peak_rss_mb'], TARGETS['peak_rss_mb'])} |")
    last = list(r["graphs"])[-1]
    g = r["graphs"][last]
    if "peak_rss_mb" in g["rdflib"] and "peak_rss_mb" in g["ours"]:
        lines.append(f"| peak memory (RSS): open the graph, CQ1 and GROUP BY | {last} | {g['ours']['peak_rss_mb']:,.0f} MB | "
                     f"{g['rdflib']['peak_rss_mb']:,.0f} MB | | < {TARGETS['peak_rss_mb']:,} MB | "
                     f"{_ok(g['ours']['peak_rss_mb'], TARGETS['peak_rss_mb'])} |")
    for key, res in r["ingest"].items():
        if "mb_per_s" not in res:
            lines.append(f"| ingest {key} | {res['corpus_mb']} MB corpus | {res.get('error') or res} | | | | |")
            continue
        workers = int(key.rsplit("-", 1)[1][:-1])
        per_core = res["mb_per_s"] / workers
        sample = f"; sample: first {res['bytes'] / 1e6:.1f} MB ({res['files']} files)" if res["sampled"] else f" ({res['files']} files)"
        lines.append(f"| ingest, {workers} worker{'s' if workers > 1 else ''}{sample} | {res['corpus_mb']} MB corpus | "
                     f"{res['mb_per_s']:.3f} MB/s ({per_core:.3f} per core, {res['seconds']:.0f} s) | | | "
                     f">= {TARGETS['ingest_mb_s_core']} MB/s per core | {_ok(per_core, TARGETS['ingest_mb_s_core'], False)} |")
    h = r["cli_help"]["median_s"]
    lines.append(f"| `accordgraph --help` | | {_ms(h)} ({r['cli_help']['runs']} runs) | | | < {TARGETS['help_s']} s | "
                 f"{_ok(h, TARGETS['help_s'])} |")
    lines += ["", "Data: synthetic graphs made by accordgraph's own mapping and merge from seeded records "
              "(bench/synth_graph.py), and a seeded template news corpus (bench/synth_corpus.py); both under "
              "bench/out/. rdflib runs the same cq01.rq (initBindings) on an in-memory Graph of the union of all "
              "graphs; a query that runs past its budget is run fewer times, and said so.", ""]
    path.write_text("\n".join(lines))
