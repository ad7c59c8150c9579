"""Pictures: written, non-empty, PNG or SVG by suffix, the same bytes every time."""

from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest
from typer.testing import CliRunner

from accordgraph.cli import app
from accordgraph.errors import InputError, UnknownTermError
from accordgraph.plot import generate_plot, serialize_network_plot, serialize_timeline_plot, write_plot

from .conftest import SEED

runner = CliRunner()


@pytest.mark.parametrize("kind", ["network", "timeline"])
@pytest.mark.parametrize("suffix,magic", [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_pictures_are_written_by_suffix(seed_store, tmp_path, kind, suffix, magic):
    out = tmp_path / f"{kind}.{suffix}"
    n = write_plot(seed_store, kind, out)
    assert n == out.stat().st_size > 10_000 and out.read_bytes().startswith(magic)


@pytest.mark.parametrize("kind", ["network", "timeline"])
def test_the_same_store_gives_the_same_bytes(seed_store, kind):
    assert generate_plot(seed_store, kind, "svg") == generate_plot(seed_store, kind, "svg")
    assert generate_plot(seed_store, kind, "png") == generate_plot(seed_store, kind, "png")


def multi(order: int = 1) -> nx.MultiGraph:
    g = nx.MultiGraph()
    rows = [("a1", "JPN", "USA", "quantum"), ("a2", "EU", "JPN", "quantum"), ("a3", "JPN", "USA", "space"), ("a4", "DNK", "JPN", "")]
    for k, a, b, d in rows[::order]:
        for p in (a, b):
            g.add_node(p, label=p)
        g.add_edge(a, b, key=k, accord=k, domains=d, signed="2025", instrument="agreement", status="signed")
    return g


def test_the_layout_does_not_depend_on_the_order_accords_arrive_in():
    assert serialize_network_plot(multi(), "svg") == serialize_network_plot(multi(-1), "svg")


def test_the_timeline_places_each_precision_and_lists_the_undated_apart():
    rows = [{"accord": "d", "parties": ["EU", "JPN"], "signed": "2025-05-13", "domains": ["quantum"], "instrument": "letter_of_intent"},
            {"accord": "m", "parties": ["DNK", "JPN"], "signed": "2025-01", "domains": ["quantum"], "instrument": "unspecified"},
            {"accord": "y", "parties": ["JPN", "USA"], "signed": "2019", "domains": ["quantum", "space"], "instrument": "joint_statement"},
            {"accord": "u", "parties": ["JPN", "NLD"], "signed": None, "domains": [], "instrument": "joint_research_programme"},
            {"accord": "md", "parties": ["EU", "KAZ"], "signed": "--11-07", "domains": ["clean_energy"], "instrument": "partnership"}]
    svg = serialize_timeline_plot(rows, "svg").decode()  # matplotlib keeps each text as a comment beside its glyphs
    assert "Undated (2)" in svg and "11-07 of an unknown year" in svg and "JPN–NLD: joint research programme" in svg
    assert svg.count("JPN–USA") == 2 and "EU–JPN" in svg and "DNK–JPN" in svg  # the 2019 accord in both its lanes


def test_bad_suffix_and_unknown_domain_are_refused(seed_store, tmp_path):
    with pytest.raises(InputError, match=r"\.png or \.svg"):
        write_plot(seed_store, "network", tmp_path / "n.gif")
    with pytest.raises(UnknownTermError, match="quantum"):
        generate_plot(seed_store, "network", "png", domain="quantom")
    assert not list(tmp_path.iterdir())


def test_an_empty_selection_still_draws_and_says_so(seed_store):
    assert generate_plot(seed_store, "network", "svg", domain="biotech").count(b"No accords") == 1


def test_plot_commands(tmp_path):
    store = str(tmp_path / "s")
    assert runner.invoke(app, ["ingest", str(SEED), "--store", store]).exit_code == 0
    for kind in ("network", "timeline"):
        out = runner.invoke(app, ["plot", kind, "-o", str(tmp_path / f"{kind}.svg"), "--domain", "quantum", "--since", "2019", "--store", store])
        assert out.exit_code == 0 and (tmp_path / f"{kind}.svg").stat().st_size > 0, out.output
    bad = runner.invoke(app, ["plot", "timeline", "-o", str(tmp_path / "t.jpeg"), "--store", store])
    assert bad.exit_code == 2 and "error:" in bad.output and "Traceback" not in bad.output


def test_importing_the_package_and_plot_module_leaves_matplotlib_unloaded():
    code = "import sys, accordgraph.plot, accordgraph.cli; assert 'matplotlib' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
