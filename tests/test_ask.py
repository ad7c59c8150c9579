"""`ask`: plain-English questions read by patterns, answered with citations, never guessed.

The table below asks the seed store 30 differently worded questions and
declines 7; then CQ1-CQ10 are answered three ways (CLI through `ask`, the
library, the shipped SPARQL in plain rdflib on the exported Turtle) on the seed
and on the corpus, and the three must agree. Corpus answers are never written
down here: only agreement, and the parameters are read from the data.
"""

from __future__ import annotations

import calendar
import gc
import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from typer.testing import CliRunner

from accordgraph import queries
from accordgraph.ask import Answer, QuestionNotUnderstood, ask
from accordgraph.cli import app
from accordgraph.errors import InputError, UnknownTermError
from accordgraph.export import write_export
from accordgraph.network import filter_network, generate_network, hubs, shortest_path
from accordgraph.pipeline import ingest
from accordgraph.store import Store
from accordgraph.vocabulary import load_vocabulary

from .conftest import ROOT, SEED

runner = CliRunner()
CQ1 = {("EU", "2025-05-13"), ("USA", "2019"), ("DNK", "2025-01"), ("GBR", "2025-04"), ("NLD", None)}
CQ5 = ["USA", "DNK", "GBR", "EU", "NLD"]


def _build(path: Path, sources: list[Path]) -> tuple[Path, Graph]:
    """A store built and closed (so CLI and library both open it read-only), and its Turtle in rdflib."""
    s = Store(path / "store")
    ingest(sources, s, workers=2)
    write_export(s, "turtle", path / "g.ttl")
    del s
    gc.collect()
    g = Graph()
    g.parse(path / "g.ttl", format="turtle")
    return path / "store", g


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("ask-seed"), [SEED])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """data/corpus ingested once for this module (the only module that needs it)."""
    return _build(tmp_path_factory.mktemp("ask-corpus"), [ROOT / "data" / "corpus"])


def lib(path: Path) -> Store:
    return Store(path, read_only=True)


def rows(a: Answer, *cols: str) -> set:
    return {tuple(r[c] for c in cols) if len(cols) > 1 else r[cols[0]] for r in a.table.rows}


TABLE = [  # (question, kind, check on the Answer)
    ("which bilateral quantum accords does Japan hold and when were they signed", "cq01", lambda a: rows(a, "partnerCode", "signed") == CQ1),
    ("Japan's bilateral quantum technology agreements?", "cq01", lambda a: rows(a, "partnerCode", "signed") == CQ1),
    ("List JPN bilateral quantum accords", "cq01", lambda a: rows(a, "partnerCode", "signed") == CQ1),
    ("What bilateral accords on quantum does the Japanese government hold?", "cq01", lambda a: rows(a, "partnerCode", "signed") == CQ1),
    ("Which bilateral quantum accords did Japan sign in 2025?", "cq01", lambda a: rows(a, "partnerCode") == {"DNK", "GBR", "EU"}),
    ("who signed the Japan-EU letter of intent", "cq02", lambda a: rows(a, "name", "partyCode") == {("Minoru Kiuchi", "JPN"), ("Henna Virkkunen", "EU")}),
    ("Who signed the LoI between the European Union and Japan?", "cq02", lambda a: rows(a, "place") == {"Tokyo"} and len(a.table) == 2),
    ("In what post did the signatories of the EU–Japan accord sign?", "cq02", lambda a: len(rows(a, "post")) == 2),
    ("which programmes carry Japan's cooperation with the EU", "cq03", lambda a: rows(a, "programme") == {"SIP", "Horizon Europe"}),
    ("Through which programs is the Japan–EU cooperation carried out?", "cq03", lambda a: rows(a, "programme") == {"SIP", "Horizon Europe"}),
    ("what was signed in May 2025", "cq04", lambda a: rows(a, "signed") == {"2025-05-13"}),
    ("Which accords were signed in January 2025?", "cq04", lambda a: rows(a, "signed") == {"2025-01"}),
    ("What agreements were concluded in 2025?", "cq04", lambda a: rows(a, "signed") == {"2025-01", "2025-04", "2025-05-13"}),
    ("Which accords were signed in May 2019?", "cq04", lambda a: a.table.rows == [] and "No accords" in a.message),
    ("What did Japan sign in 2019?", "cq04", lambda a: rows(a, "signed") == {"2019"}),
    ("What did Korea sign in 2023?", "cq04", lambda a: a.table.rows == [] and a.parameters["parties"] == ["KOR"]),
    ("With whom does Japan cooperate on quantum technology?", "cq05", lambda a: [r["partnerCode"] for r in a.table.rows] == CQ5),
    ("who works with Japan on quantum", "cq05", lambda a: [r["partnerCode"] for r in a.table.rows] == CQ5),
    ("Who are Japan's partners?", "cq05", lambda a: [r["partnerCode"] for r in a.table.rows] == CQ5),
    ("who works with India on semiconductors", "cq05", lambda a: a.table.rows == [] and "India" in a.message),
    ("what is planned", "cq06", lambda a: rows(a, "kind", "date", "place") == {("workshop", "2025", None), ("ministerial_meeting", "2026", "Brussels")}),
    ("Which events are scheduled in 2026?", "cq06", lambda a: rows(a, "kind") == {"ministerial_meeting"}),
    ("what is the evidence that Japan and Denmark signed in January 2025", "cq07",
     lambda a: any("Denmark in January 2025" in r["text"] for r in a.table.rows)),
    ("Show the sources for the Japan-EU accord", "cq07", lambda a: len(a.table) == 3 and rows(a, "document") == {SEED.name}),
    ("which funding is committed", "cq08", lambda a: rows(a, "amount", "currency", "per", "funderCode") == {(250_000_000.0, "JPY", "project", "JPN")}),
    ("How much money has Japan committed?", "cq08", lambda a: len(a.table) == 1),
    ("which country is the hub of quantum accords", "cq09", lambda a: a.table.rows[0]["party"] == "JPN" and "Japan is the hub" in a.message),
    ("Which party has the most partners?", "cq09", lambda a: a.table.rows[0]["party"] == "JPN"),
    ("how is the United States connected to the EU", "cq10", lambda a: [r["from"] for r in a.table.rows] + [a.table.rows[-1]["to"]] == ["USA", "JPN", "EU"]),
    ("What is the path between America and the European Union?", "cq10", lambda a: "through Japan" in a.message),
    ("Which parties are farthest apart?", "cq10", lambda a: len(a.table) == 2 and a.table.rows[0]["to"] == "JPN"),
    ("Which accords does Japan hold with the Netherlands?", "accords", lambda a: [r["parties"] for r in a.table.rows] == [["JPN", "NLD"]]),
    ("List all accords", "accords", lambda a: len(a.table) == 5),
    ("Which quantum accords were signed since 2025?", "accords", lambda a: rows(a, "signed") == {"2025-01", "2025-04", "2025-05-13"}),
]
DECLINED = [
    "what is the weather in Tokyo",
    "why did Japan sign with the EU",
    "tell me a joke",
    "who signed?",
    "will China sign a quantum accord",
    "   ",
    "how is Japan connected",
]


@pytest.mark.parametrize("question,kind,check", TABLE, ids=[q for q, _, _ in TABLE])
def test_ask_answers_the_question(seed, question, kind, check):
    a = ask(lib(seed[0]), question)
    assert a.kind == kind, a.understood
    assert check(a), (a.message, a.table.rows)


def test_the_table_holds_at_least_25_differently_worded_questions():
    assert len({q.lower() for q, _, _ in TABLE}) >= 25 and len(DECLINED) >= 5


@pytest.mark.parametrize("question,kind,check", [t for t in TABLE if t[1] not in ("cq09", "cq10")][:12], ids=lambda x: x if isinstance(x, str) else "")
def test_every_accord_answer_cites_sentences_found_at_their_offsets(seed, question, kind, check):
    a = ask(lib(seed[0]), question)
    text = SEED.read_text(encoding="utf-8")
    assert a.citations or not a.table.rows
    for c in a.citations:
        assert c.document == SEED.name and text[c.start:c.end] == c.text


@pytest.mark.parametrize("question", DECLINED)
def test_a_question_it_cannot_read_is_declined_with_the_forms(seed, question):
    with pytest.raises(QuestionNotUnderstood, match="nothing was guessed") as e:
        ask(lib(seed[0]), question)
    assert "who signed the COUNTRY-COUNTRY" in str(e.value)
    out = runner.invoke(app, ["ask", question, "--store", str(seed[0])])
    assert out.exit_code == 2 and "Forms it reads" in out.output and "Traceback" not in out.output


@pytest.mark.parametrize("question,error,hint", [
    ("who works with Japna on quantum", UnknownTermError, "Did you mean Japan"),
    ("who works with India on nanotech", UnknownTermError, "Valid domains"),
    ("what was signed last year", InputError, "relative period"),
    ("what was signed on 13 May", InputError, "no year"),
    ("which quantum and space accords does Japan hold", InputError, "several domains"),
])
def test_unknown_terms_get_a_plain_error_not_a_guess(seed, question, error, hint):
    with pytest.raises(error, match=hint):
        ask(lib(seed[0]), question)


def test_ask_cli_prints_table_json_and_csv(seed):
    q = "who signed the Japan-EU letter of intent"
    table = runner.invoke(app, ["ask", q, "--store", str(seed[0])])
    assert table.exit_code == 0 and "CQ2" in table.output and "Minoru Kiuchi" in table.output and "[1] " + SEED.name in table.output
    data = json.loads(runner.invoke(app, ["ask", q, "--store", str(seed[0]), "--format", "json"]).output)
    assert data["kind"] == "cq02" and data["citations"][0]["document"] == SEED.name and {"start", "end", "text"} <= set(data["citations"][0])
    csv = runner.invoke(app, ["ask", q, "--store", str(seed[0]), "--format", "csv"]).output.splitlines()
    assert csv[0].startswith("accord,instrument,name") and len(csv) == 3


def test_answer_table_to_pandas(seed):
    pd = pytest.importorskip("pandas")
    df = ask(lib(seed[0]), "who works with Japan on quantum").table.to_pandas()
    assert isinstance(df, pd.DataFrame) and list(df["partnerCode"]) == CQ5


# ---------------------------------------------------------------- CQ1-CQ10, three faces

def cli_rows(path: Path, question: str) -> list[dict]:
    out = runner.invoke(app, ["ask", question, "--store", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    return json.loads(out.output)["table"]["rows"]


def rq(g: Graph, name: str, **bindings) -> list:
    return list(g.query(queries.query_text(name), initBindings={k: Literal(v) for k, v in bindings.items()}))


def s(term) -> str | None:
    return None if term is None else str(term)


def name(code: str) -> str:
    return load_vocabulary().parties[code].name


def words(period: str) -> str:
    return period if len(period) == 4 else f"{calendar.month_name[int(period[5:7])]} {period[:4]}"


def three_faces(path: Path, g: Graph, cq: str, **p) -> tuple:
    """(CLI through ask, library, shipped SPARQL in rdflib), each reduced to comparable values."""
    store = lib(path)
    if cq == "cq01":
        key = lambda r: (r["partnerCode"], r["signed"])  # noqa: E731
        return ({key(r) for r in cli_rows(path, f"which bilateral {p['d']} accords does {name(p['c'])} hold")},
                {key(r) for r in queries.bilateral_accords(store, p["c"], p["d"])},
                {(s(r.partnerCode), s(r.signed)) for r in rq(g, "cq01", countryCode=p["c"], domainKey=p["d"])})
    if cq == "cq02":
        key = lambda r: (r["name"], r["partyCode"], r["post"], r["place"])  # noqa: E731
        return ({key(r) for r in cli_rows(path, f"who signed the {name(p['a'])}-{name(p['b'])} accords")},
                {key(r) for r in queries.signatories(store, p["a"], p["b"])},
                {(s(r.name), s(r.partyCode), s(r.post), s(r.place)) for r in rq(g, "cq02", countryA=p["a"], countryB=p["b"])})
    if cq == "cq03":
        return ({r["programme"] for r in cli_rows(path, f"which programmes carry {name(p['a'])}'s cooperation with {name(p['b'])}")},
                set(queries.programmes(store, p["a"], p["b"]).column("programme")),
                {s(r.programme) for r in rq(g, "cq03", countryA=p["a"], countryB=p["b"])})
    if cq == "cq04":
        key = lambda r: (r["label"], r["signed"])  # noqa: E731
        return ({key(r) for r in cli_rows(path, f"what was signed in {words(p['period'])}")},
                {key(r) for r in queries.signed_in(store, p["period"])},
                {(s(r.label), s(r.signed)) for r in rq(g, "cq04", period=p["period"])})
    if cq == "cq05":
        key = lambda r: (r["partnerCode"], r["first"])  # noqa: E731
        return ([key(r) for r in cli_rows(path, f"who works with {name(p['c'])} on {p['d'].replace('_', ' ')}")],
                [key(r) for r in queries.partners(store, p["c"], p["d"])],
                [(s(r.partnerCode), None if str(r.first) == "~" else s(r.first)) for r in rq(g, "cq05", countryCode=p["c"], domainKey=p["d"])])
    if cq == "cq06":
        key = lambda r: (r["label"], r["kind"], r["date"], r["place"], frozenset((r["parties"] or "").split(",")))  # noqa: E731
        return ({key(r) for r in cli_rows(path, "what is planned")}, {key(r) for r in queries.planned_events(store)},
                {(s(r.label), s(r.kind), s(r.date), s(r.place), frozenset(str(r.parties or "").split(","))) for r in rq(g, "cq06")})
    if cq == "cq07":
        key = lambda r: (r["document"], r["start"], r["end"])  # noqa: E731
        return ({key(r) for r in cli_rows(path, f"what is the evidence that {name(p['a'])} and {name(p['b'])} signed in {words(p['period'])}")},
                {key(r) for r in queries.evidence(store, p["a"], p["b"], p["period"])},
                {(s(r.document), int(r.start), int(r.end)) for r in rq(g, "cq07", countryA=p["a"], countryB=p["b"], period=p["period"])})
    if cq == "cq08":
        key = lambda r: (r["label"], float(r["amount"]), r["currency"], r["funderCode"])  # noqa: E731
        return ({key(r) for r in cli_rows(path, "which funding is committed")}, {key(r) for r in queries.funding(store)},
                {(s(r.label), float(r.amount), s(r.currency), s(r.funderCode)) for r in rq(g, "cq08")})
    if cq == "cq09":  # degrees of every party; the CLI shows the top ten of the same ranking
        top = cli_rows(path, f"which country is the hub of {p['d'].replace('_', ' ')} accords")
        library = {r["party"]: r["degree"] for r in hubs(filter_network(generate_network(store), p["d"]), top=10_000)}
        sparql = {s(r.code): int(r.degree) for r in rq(g, "cq09", domainKey=p["d"])}
        assert library == sparql and {r["party"]: r["degree"] for r in top}.items() <= sparql.items()
        best = hubs(filter_network(generate_network(store), p["d"]), top=1)[0]["party"]  # ties broken by betweenness
        return top[0]["party"], best, {k for k, v in sparql.items() if v == max(sparql.values())}
    if cq == "cq10":  # the path: the SPARQL gives the edges, networkx (the same function) the fewest-accords path
        import networkx as nx

        hops = cli_rows(path, f"how is {name(p['a'])} connected to {name(p['b'])}")
        edges = nx.MultiGraph()
        edges.add_edges_from((s(r.a), s(r.b), s(r.accord)) for r in rq(g, "cq10"))
        return ([h["from"] for h in hops] + [hops[-1]["to"]] if hops else [],
                shortest_path(generate_network(store), p["a"], p["b"]), shortest_path(edges, p["a"], p["b"]))
    raise AssertionError(cq)


SEED_CASES = [
    ("cq01", {"c": "JPN", "d": "quantum"}), ("cq02", {"a": "JPN", "b": "EU"}), ("cq03", {"a": "JPN", "b": "EU"}),
    ("cq04", {"period": "2025"}), ("cq04", {"period": "2025-01"}), ("cq05", {"c": "JPN", "d": "quantum"}), ("cq06", {}),
    ("cq07", {"a": "JPN", "b": "DNK", "period": "2025-01"}), ("cq08", {}), ("cq09", {"d": "quantum"}),
    ("cq10", {"a": "USA", "b": "EU"}),
]


@pytest.mark.parametrize("cq,params", SEED_CASES, ids=[f"{c}-{'-'.join(p.values())}" for c, p in SEED_CASES])
def test_cli_library_and_sparql_agree_on_the_seed(seed, cq, params):
    cli, library, sparql = three_faces(*seed, cq, **params)
    if cq == "cq09":
        assert cli == library == "JPN" and sparql == {"JPN"}
    elif cq == "cq10":
        assert cli == library == sparql == ["USA", "JPN", "EU"]
    else:
        assert cli == library == sparql and cli


def corpus_cases(path: Path, g: Graph) -> list[tuple[str, dict]]:
    """Parameters read from the corpus store itself: busiest domains and their busiest parties,
    pairs with signatures, programmes and dated signings, busiest periods, far-apart parties."""
    store = lib(path)
    all_accords = queries.accords(store).rows
    by_domain = sorted(queries.stats(store)["by_domain"].items(), key=lambda kv: (-kv[1], kv[0]))
    named = lambda code: code in load_vocabulary().parties  # noqa: E731
    cases = []
    for d, _ in by_domain[:3]:
        counts = {}
        for r in all_accords:
            if d in r["domains"]:
                for c in filter(named, r["parties"]):
                    counts[c] = counts.get(c, 0) + 1
        c = min(counts, key=lambda k: (-counts[k], k))
        cases += [("cq01", {"c": c, "d": d}), ("cq05", {"c": c, "d": d})]
    cases += [("cq09", {"d": d}) for d, _ in by_domain]
    pairs = lambda q: sorted({tuple(sorted((str(r.a), str(r.b)))) for r in g.query(q) if named(str(r.a)) and named(str(r.b))})  # noqa: E731
    head = "PREFIX ag: <https://w3id.org/accordgraph/ontology#> SELECT ?a ?b WHERE { ?x a ag:Agreement ; ag:partyCountry/ag:countryCode ?a, ?b . %s FILTER(STR(?a) < STR(?b)) }"
    cases += [("cq02", {"a": a, "b": b}) for a, b in pairs(head % "?x ag:signature ?s .")[:4]]
    cases += [("cq03", {"a": a, "b": b}) for a, b in pairs(head % "?x ag:programme ?p .")[:3]]
    dated = [r for r in all_accords if r["signed"] and not r["signed"].startswith("--") and len(r["parties"]) == 2 and all(map(named, r["parties"]))]
    for r in dated[:: max(1, len(dated) // 4)][:4]:
        cases.append(("cq07", {"a": r["parties"][0], "b": r["parties"][1], "period": r["signed"][:7] if len(r["signed"]) >= 7 else r["signed"]}))
    years = sorted({r["signed"][:4] for r in dated}, key=lambda y: -sum(1 for r in dated if r["signed"].startswith(y)))
    months = sorted({r["signed"][:7] for r in dated if len(r["signed"]) >= 7})
    cases += [("cq04", {"period": y}) for y in years[:2]] + [("cq04", {"period": m}) for m in months[-2:]]
    cases += [("cq06", {}), ("cq08", {})]
    from accordgraph.network import farthest_pair
    net = generate_network(store)
    path, _ = farthest_pair(net)
    ends = [(path[0], path[-1])] if path else []
    top = [h["party"] for h in hubs(net, 3)]
    cases += [("cq10", {"a": a, "b": b}) for a, b in ends + [(top[0], path[-1])] if named(a) and named(b)]
    return cases


def test_cli_library_and_sparql_agree_on_the_corpus(corpus):
    path, g = corpus
    cases = corpus_cases(path, g)
    assert {cq for cq, _ in cases} == {f"cq{i:02d}" for i in range(1, 11)}
    answered = 0
    for cq, params in cases:
        cli, library, sparql = three_faces(path, g, cq, **params)
        if cq == "cq09":
            assert cli == library and cli in sparql, (cq, params, cli, sparql)
        else:
            assert cli == library == sparql, (cq, params, cli, library, sparql)
        answered += bool(cli)
    assert answered >= 0.8 * len(cases)  # the agreement is not that of empty answers


def test_ask_is_the_package_function_however_it_was_imported(seed):
    import accordgraph as ag
    import accordgraph.ask as module

    assert ag.ask(lib(seed[0]), "what is planned").kind == module(lib(seed[0]), "what is planned").kind == "cq06"
