"""A real Oxigraph server over a store: same answers as the embedded store, and locked down.

The server runs `oxigraph serve-read-only` (the `oxigraph` package) exactly as
`accordgraph serve` builds it, on a free loopback port, over a store that was
written, closed, and is then opened read-only by both the server and the test.
"""

from __future__ import annotations

import gc
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from accordgraph import queries as q
from accordgraph.cli import app
from accordgraph.endpoint import EndpointStore, with_values
from accordgraph.errors import AccordgraphError, InputError, QueryRefused, StoreError
from accordgraph.server import endpoint_url, oxigraph_binary, serve_command
from accordgraph.store import Store

from .conftest import ROOT, SEED

HOSTILE = 'x" } DROP ALL #'
runner = CliRunner()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: str, body: str, ctype: str = "application/sparql-query", headers: dict | None = None, method: str = "POST"):
    req = urllib.request.Request(url, data=body.encode() if body else None, method=method,
                                 headers={"Content-Type": ctype, "Accept": "application/sparql-results+json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def wait_until_up(proc: subprocess.Popen, url: str, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"the oxigraph server exited with {proc.returncode}: {log.read_text()}")
        try:
            if post(url, "ASK {}")[0] == 200:
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"the oxigraph server did not answer within {seconds} s: {log.read_text()}")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """Seed article and part of the corpus in a store, written and then closed (an open writable store is locked)."""
    from accordgraph.pipeline import ingest

    corpus = ROOT / "data" / "corpus"
    path = tmp_path_factory.mktemp("served") / "store"
    store = Store(path)
    ingest([SEED, *sorted(corpus.glob("0[01]*")), corpus / "058_bilateral_rd_funds.txt"], store)
    del store
    gc.collect()
    return path


@pytest.fixture(scope="module")
def binary() -> str:
    try:
        found = oxigraph_binary()
        subprocess.run([found, "--version"], check=True, capture_output=True, timeout=30)
    except (AccordgraphError, OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"the oxigraph server binary cannot run here: {e}")
    return found


@pytest.fixture(scope="module")
def server(store_dir, binary, tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("log") / "oxigraph.log"
    with log.open("w") as out:
        proc = subprocess.Popen(serve_command(store_dir, port, timeout=10), stdout=out, stderr=out)
    url = endpoint_url(port)
    try:
        wait_until_up(proc, url, log)
        yield {"url": url, "port": port, "proc": proc, "base": f"http://127.0.0.1:{port}"}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def embedded(store_dir) -> Store:
    return Store(store_dir, read_only=True)


@pytest.fixture(scope="module")
def remote(server) -> EndpointStore:
    return EndpointStore(server["url"])


# same answers -----------------------------------------------------------------

@pytest.mark.parametrize("kwargs", [{}, {"country": "Japan"}, {"domain": "quantum"}, {"country": "US", "bilateral": True},
                                    {"since": "2024-01", "until": "2025"}])
def test_accords_are_the_same_from_the_server(embedded, remote, kwargs):
    local = q.accords(embedded, **kwargs)
    assert local.rows, kwargs
    assert q.accords(remote, **kwargs).rows == local.rows


@pytest.mark.parametrize("fn,args", [
    (q.bilateral_accords, ("Japan", "quantum")), (q.bilateral_accords, ("United States", "semiconductors")),
    (q.signatories, ("Japan", "Denmark")), (q.programmes, ("Japan", "Denmark")), (q.partners, ("Japan", "quantum")), (q.signed_in, ("2025",)),
    (q.evidence, ("Japan", "Denmark")), (q.planned_events, ()), (q.funding, ()), (q.hubs_sparql, ("quantum",)),
])
def test_competency_questions_are_the_same_from_the_server(embedded, remote, fn, args):
    key = lambda rows: sorted(json.dumps(r, sort_keys=True) for r in rows)  # noqa: E731
    local = fn(embedded, *args)
    assert local.rows or fn in (q.signatories, q.programmes)
    assert key(fn(remote, *args).rows) == key(local.rows)


def test_bilateral_accords_from_the_server_are_not_empty(remote):
    assert q.bilateral_accords(remote, "Japan", "quantum").rows


@pytest.mark.parametrize("question", ["which bilateral quantum accords does Japan hold, and when were they signed?",
                                      "which country is the hub of quantum accords?", "who works with Japan?"])
def test_ask_answers_the_same_from_the_server(embedded, remote, question):
    ask = pytest.importorskip("accordgraph.ask").ask
    local = ask(embedded, question)
    assert local.table.rows and ask(remote, question).model_dump() == local.model_dump()


def test_run_sparql_select_ask_construct_are_the_same(embedded, remote):
    select = "SELECT ?a ?label WHERE { ?a a ag:Agreement ; rdfs:label ?label } ORDER BY ?a"
    assert q.run_sparql(remote, select).rows == q.run_sparql(embedded, select).rows
    assert q.run_sparql(remote, "ASK { ?a a ag:Agreement }") is True
    construct = "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a ag:Agreement ; rdfs:label ?l }"
    lines = lambda b: sorted(b.decode().splitlines())  # noqa: E731
    assert lines(q.run_sparql(remote, construct)) == lines(q.run_sparql(embedded, construct))


def test_size_documents_stats_and_explain_are_the_same(embedded, remote):
    assert len(remote) == len(embedded) > 0
    assert remote.documents() == embedded.documents()
    assert q.stats(remote) == q.stats(embedded)
    first = q.accords(embedded).rows[0]["accord"]
    assert q.explain(remote, first).rows == q.explain(embedded, first).rows


# bound values stay values --------------------------------------------------------

def test_hostile_value_comes_back_as_one_literal(remote, embedded):
    before = len(remote)
    rows = list(remote.select("SELECT ?v WHERE { }", {"v": HOSTILE}))
    assert [r["v"] for r in rows] == [ox.Literal(HOSTILE)]
    assert list(remote.select(q.query_text("cq04"), {"period": ox.Literal(HOSTILE)})) == []
    assert len(remote) == before == len(embedded)


@pytest.mark.parametrize("value", [HOSTILE, "a'''b\"\"\"c", "line\nbreak\\", "} ; DROP ALL ; SELECT * {", "#"])
def test_hostile_values_are_escaped_into_one_term(value):
    mem = ox.Store()
    mem.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o")))
    text = with_values("SELECT ?v ?o WHERE { ?s ?p ?o }", {"v": value})
    assert [(r["v"], r["o"]) for r in mem.query(text)] == [(ox.Literal(value), ox.Literal("o"))]
    assert len(mem) == 1


def test_iris_cannot_carry_query_text():
    with pytest.raises(ValueError):
        ox.NamedNode("http://x/> } DROP ALL #")
    with pytest.raises(InputError, match="only IRIs and literals"):
        with_values("SELECT * WHERE { }", {"v": ox.BlankNode()})
    with pytest.raises(InputError, match="variable name"):
        with_values("SELECT * WHERE { }", {"v) {} DROP ALL #": "x"})


@pytest.mark.parametrize("query,expected", [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { VALUES"),
    ("# a { comment\nSELECT * { ?s ?p '{' }", "SELECT * { VALUES"),
    ('SELECT ("{" AS ?x) ?where WHERE { ?s <urn:x{> ?o }', "WHERE { VALUES"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "WHERE { VALUES"),
    ("PREFIX ex: <urn:x#>\nSELECT * { ?s ex:WHERE ?o { SELECT ?s WHERE { ?s ?p ?o } } }", "SELECT * { VALUES"),
])
def test_values_open_the_outer_where_group(query, expected):
    assert expected in with_values(query, {"v": "1"})


# the server is locked down ----------------------------------------------------------

def _listening(port: int) -> list[str]:
    """Local addresses of sockets listening on `port` (from /proc/net/tcp and tcp6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, hexport = local.split(":")
            if state == "0A" and int(hexport, 16) == port:
                found.append(addr)
    return found


def test_server_listens_on_loopback_only(server):
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read listening sockets from")
    assert _listening(server["port"]) == ["0100007F"]  # 127.0.0.1, and nothing on 0.0.0.0 or IPv6
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:  # learn this host's outward address; sends nothing
        try:
            s.connect(("10.255.255.255", 1))
            outward = s.getsockname()[0]
        except OSError:
            outward = None
    if outward and not outward.startswith("127."):
        with pytest.raises(OSError):
            socket.create_connection((outward, server["port"]), timeout=2).close()


def test_the_command_binds_loopback_without_cors_and_with_a_timeout(store_dir):
    cmd = serve_command(store_dir, 7999, timeout=12, binary="oxigraph")
    assert cmd[1] == "serve-read-only" and cmd[cmd.index("--bind") + 1] == "127.0.0.1:7999"
    assert "--union-default-graph" in cmd and cmd[cmd.index("--timeout-s") + 1] == "12" and "--cors" not in cmd


def test_server_refuses_updates(server, remote):
    before = len(remote)
    base = server["base"]
    assert post(base + "/update", "DROP ALL", "application/sparql-update")[0] == 403
    assert post(base + "/update", "update=DROP+ALL", "application/x-www-form-urlencoded")[0] == 403
    assert post(base + "/store?default", "<urn:a> <urn:b> <urn:c> .", "application/n-triples")[0] in (403, 405)
    assert post(base + "/store?default", "", "application/n-triples", method="DELETE")[0] in (403, 405)
    assert post(server["url"], "DROP ALL")[0] == 400  # an update sent as a query does not parse
    assert len(remote) == before


def test_server_sends_no_cors_headers(server):
    status, headers, _ = post(server["url"], "ASK {}", headers={"Origin": "https://evil.example"})
    assert status == 200
    assert not any(k.lower().startswith("access-control-") for k in headers)
    req = urllib.request.Request(server["url"], method="OPTIONS", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            headers = dict(r.headers)
    except urllib.error.HTTPError as e:
        headers = dict(e.headers)
    assert not any(k.lower().startswith("access-control-") for k in headers)


# errors say what to do ----------------------------------------------------------------

def test_endpoint_errors_are_one_line_and_say_what_to_do(server):
    with pytest.raises(QueryRefused, match="HTTP 400"):
        EndpointStore(server["url"]).query("SELEC")
    with pytest.raises(StoreError, match="HTTP 404.*Check the URL"):
        EndpointStore(server["base"] + "/nope").query("ASK {}")
    with pytest.raises(StoreError, match="Cannot reach"):
        EndpointStore(f"http://127.0.0.1:{free_port()}/query").query("ASK {}")
    with pytest.raises(InputError, match="HTTP"):
        EndpointStore("file:///etc/passwd")


# the command line ----------------------------------------------------------------------

def test_cli_accords_and_sparql_from_the_endpoint(server, store_dir):
    args = ["accords", "--country", "Japan", "--format", "json"]
    local = runner.invoke(app, args + ["--store", str(store_dir)])
    remote = runner.invoke(app, args + ["--endpoint", server["url"]])
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.output) == json.loads(local.output)
    out = runner.invoke(app, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a a ag:Agreement }", "--format", "json", "--endpoint", server["url"]])
    assert out.exit_code == 0 and json.loads(out.output)["rows"][0]["n"] == str(len(q.accords(EndpointStore(server["url"])).rows))


def test_cli_ask_from_the_endpoint(server, store_dir):
    pytest.importorskip("accordgraph.ask")
    args = ["ask", "who works with Japan?", "--format", "json"]
    local = runner.invoke(app, args + ["--store", str(store_dir)])
    remote = runner.invoke(app, args + ["--endpoint", server["url"]])
    assert remote.exit_code == 0, remote.output
    assert json.loads(remote.output) == json.loads(local.output) and json.loads(local.output)["table"]["rows"]


def test_cli_refuses_updates_and_bad_endpoints(server, store_dir):
    out = runner.invoke(app, ["sparql", "DROP ALL", "--endpoint", server["url"]])
    assert out.exit_code == 2 and "read-only" in out.output
    out = runner.invoke(app, ["accords", "--endpoint", server["url"], "--store", str(store_dir)])
    assert out.exit_code == 2 and "not both" in out.output
    out = runner.invoke(app, ["accords", "--endpoint", f"http://127.0.0.1:{free_port()}/query"])
    assert out.exit_code == 2 and "Cannot reach" in out.output and "Traceback" not in out.output


def test_cli_serve_runs_the_server_and_stops_on_ctrl_c(store_dir, binary):
    port = free_port()
    cmd = [sys.executable, "-c", "from accordgraph.cli import app; app()", "serve", "--store", str(store_dir), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if post(endpoint_url(port), "ASK {}")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        assert proc.poll() is None, proc.communicate()
        assert q.accords(EndpointStore(endpoint_url(port))).rows
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/query" in err


def test_cli_serve_without_a_store_says_so(tmp_path):
    out = runner.invoke(app, ["serve", "--store", str(tmp_path / "none")])
    assert out.exit_code == 2 and "No store" in out.output
