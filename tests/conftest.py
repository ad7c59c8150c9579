"""Shared fixtures: the seed article, a store built from it, and tiny inline documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accordgraph.documents import from_string

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_11b4c00c540b0393.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    path = SHARED / "gold" / "000_11b4c00c540b0393.json"
    if not path.exists():
        path = ROOT / "tests" / "data" / "seed_gold.json"
    return json.loads(path.read_text())


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """A store holding the seed article (built once per test session)."""
    from accordgraph.pipeline import ingest
    from accordgraph.store import Store

    import gc

    path = tmp_path_factory.mktemp("seed-store")
    writer = Store(path)
    ingest([SEED], writer)
    del writer  # close the writer: readers (the CLI, a server) then share the store safely
    gc.collect()
    yield Store(path, read_only=True)


@pytest.fixture(scope="session")
def seed_turtle(seed_store, tmp_path_factory) -> Path:
    from accordgraph.export import write_export

    out = tmp_path_factory.mktemp("export") / "g.ttl"
    write_export(seed_store, "turtle", out)
    return out


def doc(text: str, published: str | None = "2025-05-13", name: str = "t.txt"):
    """An inline document with a front-matter publication date."""
    head = f"---\ntitle: test\npublished: {published}\n---\n" if published else ""
    return from_string(head + text, doc_id=name)
