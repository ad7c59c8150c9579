"""Regenerate the README's "How good is it" section from a fresh evaluation.

Usage: python -m accordgraph.readme_figures data/gold/test README.md
The section sits between two HTML comment markers, so nothing else changes.
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from .evaluation import evaluate
from .report import render_readme_section

BEGIN, END = "<!-- quality:begin -->", "<!-- quality:end -->"


def update_readme(gold_dir: str, readme: str) -> str:
    """Write the figures of `gold_dir` into `readme` between the markers; returns the block."""
    block = render_readme_section(evaluate(gold_dir), date.today().isoformat())
    path = Path(readme)
    text = path.read_text(encoding="utf-8")
    new = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), f"{BEGIN}\n{block}\n{END}", text, flags=re.S)
    path.write_text(new, encoding="utf-8")
    return block


if __name__ == "__main__":  # pragma: no cover
    print(update_readme(sys.argv[1], sys.argv[2]))
