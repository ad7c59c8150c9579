"""`accordgraph serve`: the Oxigraph SPARQL server, read-only, on 127.0.0.1 only.

Why an existing engine: the `oxigraph` package from PyPI ships the server
binary built on the same storage as pyoxigraph, so it opens our store as it
is, speaks the SPARQL 1.1 Protocol, and needs no server code of ours. We
start it read-only (`serve-read-only`: updates answer 403), bound to the
loopback interface only (put a reverse proxy with authentication in front to
share it), with its default graph the union of the named graphs (each
document is one graph), a query timeout, and without `--cors`, so web pages
from other origins cannot read answers through a user's browser.

Read-only opening while another process writes the store is undefined
behaviour in the engine: stop ingests while serving, or serve a copy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable, Optional

from .errors import AccordgraphError, InputError, StoreError
from .store import store_path

HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30


def oxigraph_binary() -> str:
    """The `oxigraph` server binary: beside this Python (a venv's bin/), else on PATH."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        raise AccordgraphError("The oxigraph server is not installed. Install it with `pip install 'accordgraph[cluster]'` (the `oxigraph` package).")
    return found


def serve_command(store: Optional[str | Path], port: int = DEFAULT_PORT, timeout: int = DEFAULT_TIMEOUT,
                  binary: Optional[str] = None) -> list[str]:
    """The command line that serves `store` read-only on 127.0.0.1:`port` with a `timeout`-second query limit."""
    path = store_path(store)
    if not (path / "CURRENT").exists():
        raise StoreError(f"No store at {path}. Run `accordgraph ingest PATH` first, or give --store DIR.")
    if not 1 <= port <= 65535:
        raise InputError(f"Port {port} is out of range. Give --port between 1 and 65535 (default {DEFAULT_PORT}).")
    if timeout < 1:
        raise InputError(f"Timeout {timeout} s is too short. Give --timeout of 1 second or more (default {DEFAULT_TIMEOUT}).")
    return [binary or oxigraph_binary(), "serve-read-only", "--location", str(path), "--bind", f"{HOST}:{port}",
            "--union-default-graph", "--timeout-s", str(int(timeout))]


def endpoint_url(port: int = DEFAULT_PORT) -> str:
    """Where the served store answers SPARQL queries (give it to --endpoint)."""
    return f"http://{HOST}:{port}/query"


def _interrupt(signum, frame):  # noqa: ARG001 - signal handler signature
    raise KeyboardInterrupt


def serve(store: Optional[str | Path] = None, port: int = DEFAULT_PORT, timeout: int = DEFAULT_TIMEOUT,
          announce: Optional[Callable[[str], None]] = None) -> int:
    """Run the server until it stops (Ctrl-C stops it); returns its exit code (0 after Ctrl-C).

    `announce(url)` is called with the query URL once the command is checked,
    just before the server starts.
    """
    cmd = serve_command(store, port, timeout)
    if announce:
        announce(endpoint_url(port))
    import signal
    import threading

    restore = {}
    if threading.current_thread() is threading.main_thread():
        # Ctrl-C must stop the server even when the shell started us with SIGINT ignored
        # (background jobs, CI runners); SIGTERM stops it the same way.
        for sig, handler in ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, _interrupt)):
            restore[sig] = signal.signal(sig, handler)
    try:
        return subprocess.run(cmd, stdin=subprocess.DEVNULL).returncode
    except KeyboardInterrupt:
        return 0
    except OSError as e:
        raise AccordgraphError(f"Cannot start {cmd[0]}: {e}. Reinstall it with `pip install 'accordgraph[cluster]'`.") from None
    finally:
        for sig, handler in restore.items():
            signal.signal(sig, handler)
