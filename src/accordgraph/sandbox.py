"""Run a user's SPARQL query with a deadline and a row cap.

pyoxigraph has no query timeout, and a query runs in Rust until it ends, so
the only way to stop a runaway query (a cross product, a regular expression
over long strings) is to end the process running it. `run_limited` runs the
query in a child process that opens the store read-only, collects at most
`max_rows` rows and sends them back; the parent waits `timeout` seconds and
then kills the child (SIGKILL), which leaves the store untouched because the
child never opened it for writing.

A store on disk is opened afresh by a new interpreter (`python -m
accordgraph.sandbox`: nothing inherited from this process, its threads or
its main script); an in-memory store can only be shared by forking. This
module imports nothing heavy, so the child starts quickly.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import pickle
import subprocess
import sys
from typing import Any, Optional

import pyoxigraph as ox

from .errors import AccordgraphError, QueryRefused, StoreError

# ("select", columns, rows, truncated) | ("ask", bool) | ("graph", n-triples bytes, truncated)
Answer = tuple


def execute(store: Any, text: str, form: str, prefixes: dict, max_rows: int) -> Answer:
    """Run a checked query (see `guard.check_query`) here and collect a bounded answer.

    `store` is a pyoxigraph Store or anything with its `query` method.
    """
    try:
        result = store.query(text, prefixes=prefixes, use_default_graph_as_union=True)
        if form == "ASK":
            return ("ask", bool(result))
        if form in ("CONSTRUCT", "DESCRIBE"):
            triples = list(itertools.islice(result, max_rows + 1))
            return ("graph", ox.serialize(triples[:max_rows], format=ox.RdfFormat.N_TRIPLES), len(triples) > max_rows)
        columns = [v.value for v in result.variables]
        rows = []
        for sol in itertools.islice(result, max_rows + 1):
            rows.append({c: _value(sol[c]) for c in columns})
        return ("select", columns, rows[:max_rows], len(rows) > max_rows)
    except SyntaxError as e:
        raise QueryRefused(f"The store could not run the query: {e}. Check the syntax.") from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryRefused(f"The query failed while running: {e}. Check the query, or narrow it.") from None


def _value(term) -> Optional[str]:
    if term is None:
        return None
    return term.value if hasattr(term, "value") else str(term)


def run_limited(store: Any, text: str, form: str, prefixes: dict, max_rows: int, timeout: float) -> Answer:
    """`execute` in a child process killed after `timeout` seconds (QueryRefused then).

    `store` is an accordgraph Store: on disk (a fresh `python -m
    accordgraph.sandbox` opens `store.path` read-only) or in memory (a
    forked child reads the copy it inherits).
    """
    request = (text, form, prefixes, max_rows)
    if getattr(store, "path", None) is not None:
        status, payload = _in_subprocess(str(store.path), request, timeout)
    elif "fork" in mp.get_all_start_methods():
        status, payload = _in_fork(store.oxigraph, request, timeout)
    else:  # no way to share a memory store with a child here
        return execute(store.oxigraph, *request)
    if status == "error":
        raise payload
    return payload


def _timed_out(timeout: float) -> QueryRefused:
    return QueryRefused(f"The query timed out after {timeout:g} s and was stopped; add LIMIT or narrow the query "
                        "(or allow more time with --timeout).")


def _died(code: Optional[int], detail: str = "") -> QueryRefused:
    why = f" ({detail})" if detail else "; it may have run out of memory"
    return QueryRefused(f"The query process ended without an answer (exit code {code}){why}. Add LIMIT or narrow the query.")


def _in_subprocess(path: str, request: tuple, timeout: float) -> tuple:
    """A fresh interpreter, so nothing of this process (threads, open stores, __main__) is inherited."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # so the child imports this accordgraph
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-m", "accordgraph.sandbox", path], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        out, err = proc.communicate(pickle.dumps(request), timeout=timeout)
    except subprocess.TimeoutExpired:
        raise _timed_out(timeout) from None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    try:
        return pickle.loads(out)
    except Exception:  # noqa: BLE001 - a crashed child leaves no answer
        lines = err.decode("utf-8", "replace").strip().splitlines()
        raise _died(proc.returncode, lines[-1] if lines else "") from None


def _in_fork(store: ox.Store, request: tuple, timeout: float) -> tuple:
    ctx = mp.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_answer, args=(sender, store, request), daemon=True, name="accordgraph-query")
    proc.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise _timed_out(timeout)
        try:
            return receiver.recv()
        except EOFError:
            proc.join(5)
            raise _died(proc.exitcode) from None
    finally:
        proc.join(0.5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        receiver.close()


def _answer(sender, store: Any, request: tuple) -> None:
    """In a forked child: run the query on the inherited store, send the answer or the error."""
    try:
        sender.send(_outcome(store, request))
    finally:
        sender.close()


def _outcome(store: Any, request: tuple) -> tuple:
    try:
        if isinstance(store, str):
            try:
                store = ox.Store.read_only(store)
            except OSError as e:
                raise StoreError(f"Cannot open the store at {store} to query it: {e}. Check --store.") from None
        return ("ok", execute(store, *request))
    except AccordgraphError as e:
        return ("error", e)
    except Exception as e:  # noqa: BLE001 - anything else still reaches the user as one line
        return ("error", QueryRefused(f"The query failed: {type(e).__name__}: {e}. Check the query."))


def _main() -> None:
    """`python -m accordgraph.sandbox STORE_PATH`: a pickled request on stdin, the pickled outcome on stdout."""
    request = pickle.loads(sys.stdin.buffer.read())
    sys.stdout.buffer.write(pickle.dumps(_outcome(sys.argv[1], request)))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _main()
