"""The command line as users see it: help everywhere, exit codes, one-line errors."""

import json

import pytest
from typer.testing import CliRunner

from accordgraph.cli import app

from .conftest import SEED

runner = CliRunner()
COMMANDS = ["ingest", "extract", "accords", "explain", "sparql", "export", "validate", "stats", "remove", "eval",
            "ask", "plot", "plot network", "plot timeline"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    out = runner.invoke(app, [*command.split(), "--help"])
    assert out.exit_code == 0 and "Example:" in out.output


def test_extract_prints_the_extraction_format():
    out = runner.invoke(app, ["extract", str(SEED), "--format", "json"])
    assert out.exit_code == 0
    data = json.loads(out.output)
    assert {tuple(a["parties"]) for a in data["agreements"]} >= {("EU", "JPN"), ("JPN", "USA")}


def bad(args, expect="error:"):
    out = runner.invoke(app, args)
    assert out.exit_code == 2, out.output
    assert expect in out.output and "Traceback" not in out.output
    return out.output


def test_missing_file_exits_2(tmp_path):
    bad(["extract", str(tmp_path / "missing.txt")], "No such file")


def test_binary_file_exits_2(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(b"\x00\x01\x02binary")
    bad(["extract", str(f)], "binary")


def test_empty_and_mis_encoded_files_exit_2(tmp_path):
    (tmp_path / "e.txt").write_text("")
    (tmp_path / "w.txt").write_bytes("Japan signed in M\xfcnchen".encode("latin-1"))
    bad(["extract", str(tmp_path / "e.txt")], "empty")
    bad(["extract", str(tmp_path / "w.txt")], "UTF-8")


def test_ingest_skips_bad_files_and_keeps_the_good(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "bad.txt").write_bytes(b"\x00\x00")
    (tmp_path / "docs" / "good.txt").write_text(SEED.read_text())
    out = runner.invoke(app, ["ingest", str(tmp_path / "docs"), "--store", str(tmp_path / "s")])
    assert out.exit_code == 0 and "skipped" in out.output and "added 1" in out.output


def test_unknown_country_exits_2_with_a_suggestion(seed_store):
    text = bad(["accords", "--country", "Japn", "--store", str(seed_store.path)], "Did you mean Japan")
    assert len(text.strip().splitlines()) == 1


def test_update_query_exits_2(seed_store):
    bad(["sparql", "DELETE WHERE { ?s ?p ?o }", "--store", str(seed_store.path)], "read-only")


def test_sparql_select_runs(seed_store):
    out = runner.invoke(app, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a a ag:Agreement }", "--store", str(seed_store.path), "--format", "json"])
    assert out.exit_code == 0 and json.loads(out.output)["rows"] == [{"n": "5"}]


def test_validate_exits_0_on_the_seed(seed_store):
    assert runner.invoke(app, ["validate", "--store", str(seed_store.path)]).exit_code == 0


def test_export_turtle_to_a_file(seed_store, tmp_path):
    out = runner.invoke(app, ["export", "--format", "turtle", "-o", str(tmp_path / "g.ttl"), "--store", str(seed_store.path)])
    assert out.exit_code == 0 and (tmp_path / "g.ttl").stat().st_size > 1000


def test_unknown_export_format_exits_2(seed_store):
    bad(["export", "--format", "xlsx", "--store", str(seed_store.path)], "Choose one of")


def test_empty_answer_is_success_said_plainly(seed_store):
    out = runner.invoke(app, ["accords", "--country", "Peru", "--store", str(seed_store.path)])
    assert out.exit_code == 0 and "No accords match" in out.output


def test_explain_shows_sentences_behind_an_accord(seed_store):
    rows = json.loads(runner.invoke(app, ["accords", "--country", "Denmark", "--store", str(seed_store.path), "--format", "json"]).output)["rows"]
    out = runner.invoke(app, ["explain", rows[0]["accord"], "--store", str(seed_store.path), "--format", "json"])
    assert out.exit_code == 0 and "Denmark in January 2025" in out.output
    bad(["explain", "nope", "--store", str(seed_store.path)], "No accord")


def test_validate_a_file_exits_1_when_a_shape_breaks(seed_store, tmp_path):
    good = tmp_path / "good.ttl"
    assert runner.invoke(app, ["export", "--format", "turtle", "-o", str(good), "--store", str(seed_store.path)]).exit_code == 0
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0
    broken = tmp_path / "broken.ttl"
    text = good.read_text()
    broken.write_text("\n".join(l for l in text.splitlines() if "ontology#status>" not in l and "ag:status" not in l))
    out = runner.invoke(app, ["validate", str(broken)])
    assert out.exit_code == 1 and "status" in out.output
