"""CQ1-CQ7 answered three ways on the seed: library, CLI, and the shipped SPARQL in plain rdflib."""

import json

import pytest
from rdflib import Graph, Literal
from typer.testing import CliRunner

from accordgraph import queries
from accordgraph.cli import app

CQ1 = {("EU", "2025-05-13"), ("USA", "2019"), ("DNK", "2025-01"), ("GBR", "2025-04"), ("NLD", None)}


@pytest.fixture(scope="module")
def rdflib_graph(seed_turtle) -> Graph:
    g = Graph()
    g.parse(seed_turtle, format="turtle")
    return g


def sparql(g: Graph, name: str, **bindings):
    text = queries.query_text(name)
    return list(g.query(text, initBindings={k: Literal(v) for k, v in bindings.items()}))


def cli_json(store, *args):
    out = CliRunner().invoke(app, [*args, "--store", str(store.path), "--format", "json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.output)["rows"]


def test_cq1_bilateral_quantum_accords_of_japan(seed_store, rdflib_graph):
    lib = {(r["partnerCode"], r["signed"]) for r in queries.bilateral_accords(seed_store, "Japan", "quantum")}
    cli = {(next(p for p in r["parties"] if p != "JPN"), r["signed"]) for r in cli_json(seed_store, "accords", "--country", "japan", "--domain", "quantum", "--bilateral")}
    rq = {(str(r.partnerCode), str(r.signed) if r.signed else None) for r in sparql(rdflib_graph, "cq01", countryCode="JPN", domainKey="quantum")}
    assert lib == cli == rq == CQ1


def test_cq2_signatories_of_the_japan_eu_letter(seed_store, rdflib_graph):
    lib = {(r["name"], r["partyCode"], r["place"]) for r in queries.signatories(seed_store, "Japan", "EU")}
    rq = {(str(r.name), str(r.partyCode), str(r.place)) for r in sparql(rdflib_graph, "cq02", countryA="JPN", countryB="EU")}
    assert lib == rq == {("Minoru Kiuchi", "JPN", "Tokyo"), ("Henna Virkkunen", "EU", "Tokyo")}


def test_cq3_programmes(seed_store, rdflib_graph):
    lib = set(queries.programmes(seed_store, "JPN", "EU").column("programme"))
    rq = {str(r.programme) for r in sparql(rdflib_graph, "cq03", countryA="JPN", countryB="EU")}
    assert lib == rq == {"SIP", "Horizon Europe"}


@pytest.mark.parametrize("period,expected", [
    ("2025-01", {"DNK–JPN"}), ("2025", {"DNK–JPN", "GBR–JPN", "EU–JPN"}), ("2025-05", {"EU–JPN"}), ("2019-05", set()),
])
def test_cq4_signed_in_a_period(seed_store, rdflib_graph, period, expected):
    lib = {r["label"].split()[0] for r in queries.signed_in(seed_store, period)}
    rq = {str(r.label).split()[0] for r in sparql(rdflib_graph, "cq04", period=period)}
    assert lib == rq == expected


def test_cq5_partners_in_order_of_first_agreement(seed_store, rdflib_graph):
    lib = queries.partners(seed_store, "Japan", "quantum").column("partnerCode")
    rows = sparql(rdflib_graph, "cq05", countryCode="JPN", domainKey="quantum")
    rq = [str(r.partnerCode) for r in rows]  # the query's own ORDER BY: undated ("~") last
    assert lib == rq == ["USA", "DNK", "GBR", "EU", "NLD"]
    assert queries.partners(seed_store, "Japan", "quantum").rows[-1]["first"] is None


def test_cq6_planned_events(seed_store, rdflib_graph):
    lib = {(r["kind"], r["date"], r["place"]) for r in queries.planned_events(seed_store)}
    rq = {(str(r.kind), str(r.date), str(r.place) if r.place else None) for r in sparql(rdflib_graph, "cq06")}
    assert lib == rq == {("workshop", "2025", None), ("ministerial_meeting", "2026", "Brussels")}


def test_cq7_evidence_of_the_denmark_signing(seed_store, rdflib_graph):
    lib = queries.evidence(seed_store, "Japan", "Denmark", "2025-01")
    rq = sparql(rdflib_graph, "cq07", countryA="JPN", countryB="DNK", period="2025-01")
    assert {(r["start"], r["end"]) for r in lib} == {(int(r.start), int(r.end)) for r in rq}
    row = lib.rows[0]
    from .conftest import SEED
    assert SEED.read_text()[row["start"]:row["end"]] == row["text"]
    assert "Denmark in January 2025" in row["text"]


def test_cq8_funding(seed_store):
    rows = queries.funding(seed_store).rows
    assert [(r["amount"], r["currency"], r["per"], r["funderCode"]) for r in rows] == [(250_000_000.0, "JPY", "project", "JPN")]


def test_unknown_country_is_an_input_error_with_a_suggestion(seed_store):
    from accordgraph.errors import UnknownTermError
    with pytest.raises(UnknownTermError, match="Japan"):
        queries.bilateral_accords(seed_store, "Japna", "quantum")


def test_country_with_no_accords_gets_a_plain_empty_answer(seed_store):
    t = queries.bilateral_accords(seed_store, "Peru", "quantum")
    assert t.rows == [] and "No bilateral" in t.message
