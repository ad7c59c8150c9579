"""The command line: each command is one library call plus formatting.

Only this module prints or exits: library errors (AccordgraphError) become a
one-line message and exit code 2; a negative verdict (validate, eval below
--min-f1) is exit 1. Heavy modules are imported inside the commands that use
them, so `accordgraph --help` stays fast.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import AccordgraphError

app = typer.Typer(
    help="Turn news about international technology agreements into a knowledge graph you can query.\n\n"
         "Example: accordgraph ingest seeds/ && accordgraph accords --country Japan --domain quantum --bilateral",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
plot_app = typer.Typer(help="Pictures of the partner network and of accords over time.\n\n"
                              "Example: accordgraph plot network -o network.png", no_args_is_help=True)
app.add_typer(plot_app, name="plot")


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


StoreOpt = typer.Option(None, "--store", help="Store folder (else $ACCORDGRAPH_STORE, else ./.accordgraph).")
FmtOpt = typer.Option(Fmt.table, "--format", "-f", help="Output: table, json or csv.")
EndpointOpt = typer.Option(None, "--endpoint", help="Ask this SPARQL 1.1 endpoint instead of the store, e.g. http://127.0.0.1:7878/query.")


def _fail(e: Exception, code: int = 2) -> None:
    typer.echo(f"error: {e}", err=True)
    raise typer.Exit(code)


def _open(store: Optional[Path], read_only: bool = True):
    from .store import Store

    return Store(store, read_only=read_only)


def _source(store: Optional[Path], endpoint: Optional[str]):
    """The store, or a SPARQL endpoint that answers like one (--endpoint)."""
    if not endpoint:
        return _open(store)
    from .endpoint import EndpointStore
    from .errors import InputError

    if store is not None:
        raise InputError("Give --store or --endpoint, not both: --store reads a folder, --endpoint asks a server.")
    return EndpointStore(endpoint)


def _emit(table, fmt: Fmt) -> None:
    """Print a Table as a readable table, JSON or CSV; say so plainly when empty."""
    from .render import render_table

    typer.echo(render_table(table, fmt.value, **_screen(fmt)), nl=False, color=True)


def _screen(fmt: Fmt) -> dict:
    """The width and styling a rich table gets on this stdout: the terminal's, else 200 columns."""
    if fmt != Fmt.table:
        return {}
    from rich.console import Console

    console = Console() if sys.stdout.isatty() else Console(width=200)
    return {"width": console.width, "color": console.is_terminal}


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., help="Files (.txt, .md, .html) or folders."),
           store: Optional[Path] = StoreOpt,
           workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Extraction processes."),
           batch: int = typer.Option(200, "--batch", min=1, help="Documents per transaction."),
           dask: Optional[str] = typer.Option(None, "--dask", help="Extract on a Dask cluster: tcp://HOST:8786, or `local` (--workers processes).")):
    """Read documents into the store; unchanged ones are skipped, changed ones replaced.

    Example: accordgraph ingest seeds/ data/corpus --workers 2
    """
    from .pipeline import ingest as run

    try:
        s = _open(store, read_only=False)
        bar = _progress() if sys.stderr.isatty() else None
        from .cluster import dask_mapper

        mapper = dask_mapper(dask, workers=workers) if dask else None
        report = run(paths, s, workers=workers, batch=batch, progress=bar, mapper=mapper)
    except AccordgraphError as e:
        _fail(e)
    for path, why in report.skipped:
        typer.echo(f"skipped: {why}", err=True)
    typer.echo(f"added {report.added}, replaced {report.replaced}, unchanged {report.unchanged}, "
               f"skipped {len(report.skipped)}; the store holds {report.triples} triples")
    if report.skipped and not (report.added or report.replaced or report.unchanged):
        raise typer.Exit(2)


def _progress():
    def show(done: int, total: int) -> None:
        width = 30
        fill = int(width * done / total)
        sys.stderr.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show


@app.command()
def extract(paths: List[Path] = typer.Argument(..., help="Files or folders to read."),
            format: str = typer.Option("json", "--format", "-f", help="json (extraction-format.md) or table.")):
    """Print extraction records without touching the store.

    Example: accordgraph extract seeds/000_11b4c00c540b0393.txt --format json
    """
    from .extractor import extract_paths

    try:
        records = extract_paths(paths)
    except AccordgraphError as e:
        _fail(e)
    out = [r.to_json_dict() for r in records]
    if format == "json":
        typer.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))
    else:
        for r in records:
            for a in r.agreements:
                typer.echo(f"{Path(r.document).name}\t{'-'.join(a.parties)}\t{a.instrument}\t{a.status}\t{a.signed or ''}\t{','.join(a.domains)}")


@app.command()
def accords(country: Optional[str] = typer.Option(None, "--country", "-c", help="Name, alias or code: Japan, JPN, JP."),
            domain: Optional[str] = typer.Option(None, "--domain", "-d", help="Domain key, e.g. quantum."),
            bilateral: bool = typer.Option(False, "--bilateral", help="Only accords with exactly two parties."),
            since: Optional[str] = typer.Option(None, "--since", help="Signed on or after (2025, 2025-01, 2025-05-13)."),
            until: Optional[str] = typer.Option(None, "--until", help="Signed on or before, same forms."),
            store: Optional[Path] = StoreOpt, fmt: Fmt = FmtOpt, endpoint: Optional[str] = EndpointOpt):
    """List accords with parties, instrument, date and place.

    Example: accordgraph accords --country Japan --domain quantum --bilateral
    """
    from .queries import accords as run

    try:
        _emit(run(_source(store, endpoint), country=country, domain=domain, bilateral=bilateral, since=since, until=until), fmt)
    except AccordgraphError as e:
        _fail(e)


@app.command()
def explain(accord_id: str = typer.Argument(..., metavar="ID", help="An accord id from `accordgraph accords`."),
            store: Optional[Path] = StoreOpt, fmt: Fmt = FmtOpt):
    """Show every document, sentence and offset behind one accord.

    Example: accordgraph explain 3f2a9c0b1d4e
    """
    from .queries import explain as run

    try:
        _emit(run(_open(store), accord_id), fmt)
    except AccordgraphError as e:
        _fail(e)


@app.command()
def ask(question: str = typer.Argument(..., help='A question in plain English, e.g. "who works with India on semiconductors".'),
        store: Optional[Path] = StoreOpt, fmt: Fmt = FmtOpt, endpoint: Optional[str] = EndpointOpt):
    """Answer a plain-English question of the competency-question kinds, citing the sentences behind it.

    A question it cannot read is declined (exit 2) with the forms it can read; nothing is guessed.

    Example: accordgraph ask "which bilateral quantum accords does Japan hold and when were they signed"
    """
    from .ask import ask as run

    try:
        answer = run(_source(store, endpoint), question)
    except AccordgraphError as e:
        _fail(e)
    _emit_answer(answer, fmt)


def _emit_answer(answer, fmt: Fmt) -> None:
    """Print an Answer: what was understood, its rows and citations (table), its rows (CSV), or all of it (JSON)."""
    from .render import render_answer

    typer.echo(render_answer(answer, fmt.value, **_screen(fmt)), nl=False, color=True)


@app.command()
def sparql(query: str = typer.Argument(..., help="A SPARQL query, or @file.rq to read one."),
           store: Optional[Path] = StoreOpt, fmt: Fmt = FmtOpt, endpoint: Optional[str] = EndpointOpt,
           timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Stop the query after this many seconds."),
           max_rows: int = typer.Option(10_000, "--max-rows", min=1, help="Return at most this many rows (or triples).")):
    """Run a read-only SPARQL query on the store (updates, SERVICE, FROM are refused).

    The query runs in a separate process, stopped after --timeout seconds;
    answers stop at --max-rows rows.

    Example: accordgraph sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?a a ag:Agreement }'
    """
    from .queries import run_sparql

    try:
        text = _read_query(query)
        result = run_sparql(_source(store, endpoint), text, max_rows=max_rows, timeout=timeout)
    except AccordgraphError as e:
        _fail(e)
    if isinstance(result, bytes):
        sys.stdout.write(result.decode("utf-8"))
    elif isinstance(result, bool):
        typer.echo("true" if result else "false")
    else:
        _emit(result, fmt)
        if result.rows and result.message and fmt != Fmt.json:
            typer.echo(result.message, err=True)


def _read_query(query: str) -> str:
    from .errors import InputError

    if query.startswith("@"):
        path = Path(query[1:])
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"Cannot read the query file {path}: {getattr(e, 'strerror', None) or e}. Give @path/to/query.rq.") from None
    return query


@app.command()
def export(format: str = typer.Option(..., "--format", "-f", help="turtle, ntriples, trig, nquads, jsonld, csv, graphml, rdfxml."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (atomically); else standard output."),
           store: Optional[Path] = StoreOpt):
    """Export the whole graph for other tools (triple stores, Gephi, spreadsheets).

    Example: accordgraph export --format turtle -o accords.ttl
    """
    from .export import serialize, write_export

    try:
        s = _open(store)
        if output:
            n = write_export(s, format, output)
            typer.echo(f"wrote {n} bytes to {output}", err=True)
        else:
            sys.stdout.buffer.write(serialize(s, format))
    except AccordgraphError as e:
        _fail(e)


@app.command()
def validate(file: Optional[Path] = typer.Argument(None, help="An RDF file (Turtle, N-Triples, TriG, N-Quads) to check instead of the store."),
             store: Optional[Path] = StoreOpt):
    """SHACL-validate the store (or an exported file) against ontology/shapes.ttl; exit 1 on violations.

    Example: accordgraph validate   or   accordgraph validate accords.ttl
    """
    from .validation import validate as run
    from .validation import validate_file

    try:
        conforms, _, text = validate_file(file) if file else run(_open(store))
    except AccordgraphError as e:
        _fail(e)
    if conforms:
        typer.echo(f"{file or 'The store'} conforms to the shapes.")
    else:
        typer.echo(text)
        raise typer.Exit(1)


@app.command()
def stats(store: Optional[Path] = StoreOpt, fmt: Fmt = FmtOpt):
    """Documents, triples, agreements, parties and accords by domain.

    Example: accordgraph stats --format json
    """
    from .queries import stats as run

    try:
        data = run(_open(store))
    except AccordgraphError as e:
        _fail(e)
    if fmt == Fmt.json:
        typer.echo(json.dumps(data, indent=2))
        return
    for k, v in data.items():
        if k == "document_ids":
            continue
        typer.echo(f"{k:<12} {', '.join(f'{d} {n}' for d, n in v.items()) if isinstance(v, dict) else v}")


@app.command()
def remove(document: str = typer.Argument(..., help="A stored document's file name, e.g. 000_11b4c00c540b0393.txt."),
           store: Optional[Path] = StoreOpt):
    """Retract one document and everything only it supported.

    Example: accordgraph remove 000_11b4c00c540b0393.txt
    """
    try:
        n = _open(store, read_only=False).remove(document)
    except AccordgraphError as e:
        _fail(e)
    typer.echo(f"removed {document}: {n} triples retracted")


@app.command("eval")
def eval_(gold_dir: Path = typer.Argument(..., help="Folder of gold records, e.g. data/gold/test."),
          fmt: Fmt = FmtOpt,
          min_f1: Optional[float] = typer.Option(None, "--min-f1", help="Exit 1 when country-level F1 is below this."),
          corpus_root: Path = typer.Option(Path("."), "--corpus-root", help="Folder the gold `document` paths are relative to."),
          verbose: bool = typer.Option(False, "--verbose", "-v", help="List misses, spurious records and wrong fields.")):
    """Score the extractor against gold records (precision, recall, F1, fields).

    Example: accordgraph eval data/gold/test --min-f1 0.8
    """
    from .evaluation import evaluate
    from .report import render_eval

    try:
        result = evaluate(gold_dir, corpus_root)
    except AccordgraphError as e:
        _fail(e)
    typer.echo(json.dumps(result, indent=2) if fmt == Fmt.json else render_eval(result, verbose))
    if min_f1 is not None and result["countries"]["f1"] < min_f1:
        raise typer.Exit(1)


@app.command()
def serve(store: Optional[Path] = StoreOpt,
          port: int = typer.Option(7878, "--port", "-p", min=1, max=65535, help="Port on 127.0.0.1."),
          timeout: int = typer.Option(30, "--timeout", min=1, help="Seconds one query may run.")):
    """Serve the store read-only as a SPARQL 1.1 endpoint on 127.0.0.1 (the Oxigraph server).

    Example: accordgraph serve --port 7878, then accordgraph accords --endpoint http://127.0.0.1:7878/query
    """
    from .server import serve as run

    try:
        code = run(store, port, timeout, announce=lambda url: typer.echo(f"read-only SPARQL endpoint: {url} (Ctrl-C stops it)", err=True))
    except AccordgraphError as e:
        _fail(e)
    if code:
        _fail(f"the oxigraph server stopped with code {code} (its message is above). If port {port} is in use, give another --port.")


PlotOut = typer.Option(..., "--output", "-o", help="The picture to write: a .png or .svg file.")
PlotDomain = typer.Option(None, "--domain", "-d", help="Only accords in this domain, e.g. quantum.")
PlotSince = typer.Option(None, "--since", help="Only accords signed on or after (2025, 2025-01, 2025-05-13).")
PlotUntil = typer.Option(None, "--until", help="Only accords signed on or before, same forms.")


def _plot(kind: str, output: Path, domain: Optional[str], since: Optional[str], until: Optional[str], store: Optional[Path]) -> None:
    from .plot import write_plot

    try:
        n = write_plot(_open(store), kind, output, domain=domain, since=since, until=until)
    except AccordgraphError as e:
        _fail(e)
    typer.echo(f"wrote {n} bytes to {output}", err=True)


@plot_app.command("network")
def plot_network(output: Path = PlotOut, domain: Optional[str] = PlotDomain, since: Optional[str] = PlotSince,
                 until: Optional[str] = PlotUntil, store: Optional[Path] = StoreOpt):
    """Draw the partner network: parties as nodes, accords as edges coloured by domain.

    Example: accordgraph plot network --domain quantum -o quantum-network.png
    """
    _plot("network", output, domain, since, until, store)


@plot_app.command("timeline")
def plot_timeline(output: Path = PlotOut, domain: Optional[str] = PlotDomain, since: Optional[str] = PlotSince,
                  until: Optional[str] = PlotUntil, store: Optional[Path] = StoreOpt):
    """Draw the accords over time, one lane per domain, at the precision of their dates; undated ones listed apart.

    Example: accordgraph plot timeline --since 2015 -o timeline.svg
    """
    _plot("timeline", output, domain, since, until, store)


def main() -> None:  # pragma: no cover
    app()
