"""Crash safety (issue 8, item 4): kill -9 at any moment loses nothing already stored.

`accordgraph ingest` is killed with SIGKILL at seeded random moments, 100
times; after each kill the store opens and every document in it is whole
(its graph as large as when ingested alone) and every merged accord points
at claims that exist. A killed export leaves the old file as it was, and a
second writer is told the store is locked (exit 2).
"""

import gc
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from .conftest import ROOT

# A zygote: imports accordgraph and warms its vocabularies once, then forks one
# child per ingest, so a kill can land anywhere in the ingest itself rather
# than in interpreter start-up. It never opens a store, so forking is safe.
ZYGOTE = r"""
import os, sys
from accordgraph.cli import app
from accordgraph.extractor import extract_text
extract_text("Japan and Denmark signed a memorandum on quantum technology on 22 January 2025.")
print("ready", flush=True)
for line in sys.stdin:
    store, corpus = line.split()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            app(["ingest", corpus, "--store", store, "--batch", "2"])
        except SystemExit as e:
            os._exit(e.code if isinstance(e.code, int) else 1)
        os._exit(0)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(status, flush=True)
"""
KILLS = 100
CLI_EVERY = 10  # every tenth kill hits a full `accordgraph ingest` process instead


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """About 20 small documents from data/corpus."""
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    folder.mkdir()
    files = sorted(p for p in (ROOT / "data" / "corpus").iterdir() if p.suffix in (".txt", ".md"))[:20]
    assert len(files) == 20
    for p in files:
        shutil.copy(p, folder / p.name)
    return folder


def alone_counts(corpus: Path) -> dict[str, int]:
    """Triples in each document's graph when it is ingested alone."""
    from accordgraph.namespaces import document_iri
    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    counts = {}
    for p in sorted(corpus.iterdir()):
        s = Store(memory=True)
        ingest([p], s)
        counts[p.name] = len(list(s.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(document_iri(p.name))))))
    return counts


def check_whole(path: Path, expected: dict[str, int]) -> int:
    """Open the store and check every document is whole and every accord consistent; returns documents stored."""
    from accordgraph.namespaces import ID, document_iri
    from accordgraph.store import Store

    gc.collect()
    store = Store(path)
    try:
        docs = store.documents()
        for doc_id in docs:
            graph = ox.NamedNode(str(document_iri(doc_id)))
            n = len(list(store.oxigraph.quads_for_pattern(None, None, None, graph)))
            assert n == expected[doc_id], f"{doc_id}: {n} triples stored, {expected[doc_id]} when ingested alone"
        doc_graphs = {g.value for g in store.oxigraph.named_graphs() if g.value.startswith(str(ID["doc/"]))}
        assert doc_graphs == {str(document_iri(d)) for d in docs}, "a document graph without its document node"
        missing = list(store.select("SELECT ?a ?c WHERE { ?a a ag:Agreement ; ag:claim ?c FILTER NOT EXISTS { ?c a ag:AgreementClaim } }"))
        assert not missing, f"merged accords point at claims that are gone: {missing[:3]}"
        orphans = list(store.select("SELECT ?c WHERE { ?c a ag:AgreementClaim FILTER NOT EXISTS { ?a ag:claim ?c } }"))
        assert not orphans, f"claims no merged accord stands for: {orphans[:3]}"
        sources = {r["d"].value for r in store.select("SELECT DISTINCT ?d WHERE { ?a a ag:Agreement ; prov:wasDerivedFrom ?d }")}
        assert sources <= doc_graphs, f"accords derived from documents not stored: {sorted(sources - doc_graphs)[:3]}"
        return len(docs)
    finally:
        del store
        gc.collect()


@pytest.mark.slow
def test_ingest_killed_at_random_moments_leaves_each_document_whole_or_absent(corpus, tmp_path):
    expected = alone_counts(corpus)
    rng = random.Random(8)
    store = tmp_path / "s"
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    started = time.monotonic()
    try:
        assert zygote.stdout.readline().strip() == "ready"

        def run_in_zygote(delay=None):
            """One ingest, killed after `delay` seconds (or left to finish); returns its wait status."""
            zygote.stdin.write(f"{store} {corpus}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            if delay is not None:
                time.sleep(delay)
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass  # it finished first
            return int(zygote.stdout.readline())

        t = time.monotonic()
        assert run_in_zygote() == 0  # one whole run, to learn how long an ingest takes
        full = time.monotonic() - t
        assert check_whole(store, expected) == len(expected)
        shutil.rmtree(store)
        cli = [str(Path(sys.executable).with_name("accordgraph")), "ingest", str(corpus), "--store", str(store), "--batch", "2"]
        partial = 0
        for i in range(1, KILLS + 1):
            if i % CLI_EVERY == 0:
                proc = subprocess.Popen(cli, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(rng.uniform(0.3, 0.6 + full))
                proc.send_signal(signal.SIGKILL)
                proc.wait()
            else:
                run_in_zygote(rng.uniform(0, full))
            n = check_whole(store, expected)
            partial += 0 < n < len(expected)
            if n == len(expected) or rng.random() < 0.2:
                shutil.rmtree(store)  # start again, so the next kills land in writes too
    finally:
        zygote.stdin.close()
        zygote.wait(10)
    print(f"\n{KILLS} kills, {partial} left a partly ingested store, {time.monotonic() - started:.0f} s (one ingest: {full:.2f} s)")
    assert partial >= KILLS // 4  # most kills landed in the middle of an ingest


# -- exports ---------------------------------------------------------------------------------------

# Run in a subprocess: every way of opening a file for writing is made to write half of what it is
# given, say so, and sleep, so the kill lands in the middle of writing whatever the export's method.
PAUSED_EXPORT = r"""
import builtins, io, os, sys, time
from accordgraph.export import write_export
from accordgraph.store import Store

class Half:
    def __init__(self, f):
        self._f = f
    def write(self, data):
        half = len(data) // 2
        self._f.write(data[:half]); self._f.flush(); os.fsync(self._f.fileno())
        print("half", flush=True); time.sleep(60)
        return self._f.write(data[half:])
    def __getattr__(self, name):
        return getattr(self._f, name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self._f.__exit__(*exc)

def wrap(real):
    def opener(*args, **kwargs):
        f = real(*args, **kwargs)
        mode = args[1] if len(args) > 1 else kwargs.get("mode", "r")
        return Half(f) if isinstance(mode, str) and ("w" in mode or "a" in mode) else f
    return opener

builtins.open = io.open = wrap(io.open)
os.fdopen = wrap(os.fdopen)
write_export(Store(sys.argv[1], read_only=True), sys.argv[2], sys.argv[3])
"""


@pytest.mark.parametrize("fmt", ["turtle", "jsonld"])
def test_a_killed_export_leaves_the_old_file_intact(seed_store, tmp_path, fmt):
    target = tmp_path / "accords.out"
    target.write_bytes(b"the previous export\n")
    proc = subprocess.Popen([sys.executable, "-c", PAUSED_EXPORT, str(seed_store.path), fmt, str(target)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "half", proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()
    assert target.read_bytes() == b"the previous export\n"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != target.name]
    assert all(name.startswith(".accords.out.") for name in leftovers)  # a hidden temporary, never the target


# -- locking ---------------------------------------------------------------------------------------

HOLD = "import sys, time\nfrom accordgraph.store import Store\ns = Store(sys.argv[1])\nprint('holding', flush=True)\ntime.sleep(60)\n"


@pytest.mark.parametrize("command", [["ingest", str(ROOT / "seeds")], ["remove", "x.txt"]])
def test_a_second_writer_is_told_the_store_is_locked(tmp_path, command):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / "s")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        cli = str(Path(sys.executable).with_name("accordgraph"))
        out = subprocess.run([cli, *command, "--store", str(tmp_path / "s")], capture_output=True, text=True, timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert out.returncode == 2, out.stderr
    assert "is locked by another accordgraph process" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
