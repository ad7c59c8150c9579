"""Print Oxigraph's query plan with row counts and times, one line per operator.

Profiling aid for queries over a store: the plan shows which joins run as
hash joins over whole predicates and where a party's repeated description
multiplies the rows. Uses the `oxigraph` CLI installed beside pyoxigraph.

    python bench/explain.py STORE_DIR QUERY.rq
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def walk(node: dict, depth: int = 0) -> None:
    print(f"{'  ' * depth}{node.get('name', '')[:150]}  rows={node.get('number of results')} "
          f"t={node.get('duration in seconds', 0) * 1000:.2f}ms")
    for child in node.get("children", []):
        walk(child, depth + 1)


def main(store: str, query: str) -> None:
    cli = Path(sys.executable).parent / "oxigraph"
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "plan.json"
        subprocess.run([str(cli), "query", "-l", store, "--query-file", query, "--union-default-graph",
                        "--results-format", "tsv", "-r", str(Path(tmp) / "out.tsv"), "--explain-file", str(plan),
                        "--stats"], check=True)
        walk(json.loads(plan.read_text())["plan"])


if __name__ == "__main__":
    main(*sys.argv[1:3])
