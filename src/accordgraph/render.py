"""Output rendering: a query's Table or an `ask` Answer as a readable table, JSON or CSV text.

Pure functions that return the exact text the CLI prints, so the formats can be
tested without a terminal; the caller says how wide the table may be and whether
it may carry terminal styles, since only the CLI knows where the text goes.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ask import Answer
    from .results import Table


def render_table(table: Table, fmt: str, width: int = 200, color: bool = False) -> str:
    """A Table as a readable table, JSON or CSV (\\r\\n rows); a plain message when it has no rows."""
    if fmt == "json":
        return json.dumps({"columns": table.columns, "rows": table.rows, "message": table.message}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(table.columns)
        for r in table.rows:
            w.writerow([_cell(r.get(c)) for c in table.columns])
        return out.getvalue()
    if not table.rows:
        return (table.message or "No results.") + "\n"
    from rich.console import Console
    from rich.table import Table as RichTable

    console = Console(file=io.StringIO(), width=width, force_terminal=color)
    t = RichTable(show_lines=False, header_style="bold")
    for c in table.columns:
        t.add_column(c, overflow="fold", no_wrap=c not in ("text", "label", "post"))
    for r in table.rows:
        t.add_row(*[_cell(r.get(c)) if r.get(c) is not None or c != "signed" else "unknown" for c in table.columns])
    console.print(t)
    return console.file.getvalue()


def render_answer(answer: Answer, fmt: str, width: int = 200, color: bool = False) -> str:
    """JSON: the whole answer; CSV: its rows; table: what was understood, the rows, numbered citations."""
    if fmt == "json":
        return answer.model_dump_json(indent=2) + "\n"
    if fmt == "csv":
        return render_table(answer.table, fmt)
    parts = [f"{answer.understood}.\n{answer.message}\n"]
    if answer.table.rows:
        parts.append(render_table(answer.table, fmt, width, color))
    parts += [f"[{i}] {c.document} {c.start}-{c.end} ({c.accord}): {c.text}\n" for i, c in enumerate(answer.citations, 1)]
    return "".join(parts)


def _cell(v) -> str:
    """A value as one table or CSV cell: empty for None, lists joined with semicolons."""
    if v is None:
        return ""
    if isinstance(v, list):
        return ";".join(map(str, v))
    return str(v)
