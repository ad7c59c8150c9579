"""One graph across many documents: merge, refine dates, keep conflicts, link entities."""

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, SKOS

from accordgraph import queries
from accordgraph.merge import Claim, cluster_claims, merged_date
from accordgraph.pipeline import ingest
from accordgraph.store import Store

YEAR_ONLY = """---
title: Quantum ties
published: 2020-03-01
---
Japan and the United States signed a joint statement on quantum cooperation in 2019, officials recalled.
"""
DAY = """---
title: Tokyo statement
published: 2019-12-20
---
Japan and the United States signed a joint statement on quantum cooperation on 19 December 2019 in Tokyo.
"""
OTHER_DAY = DAY.replace("19 December 2019", "16 December 2019")


def store_of(tmp_path, **docs) -> Store:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text)
    store = Store(tmp_path / "store")
    ingest([folder], store)
    return store


def test_year_and_day_reports_are_one_accord_with_the_day(tmp_path):
    store = store_of(tmp_path, a=YEAR_ONLY, b=DAY)
    rows = queries.accords(store, country="Japan", domain="quantum").rows
    assert len(rows) == 1
    assert rows[0]["signed"] == "2019-12-19" and rows[0]["sources"] == 2 and rows[0]["conflicts"] == 0
    cq1 = queries.bilateral_accords(store, "Japan", "quantum").rows
    assert [(r["partnerCode"], r["signed"]) for r in cq1] == [("USA", "2019-12-19")]


def test_disagreeing_days_are_kept_as_a_flagged_conflict(tmp_path):
    store = store_of(tmp_path, b=DAY, c=OTHER_DAY)
    rows = queries.accords(store, country="Japan").rows
    assert len(rows) == 1 and rows[0]["conflicts"] == 1 and rows[0]["signed"] == "2019-12"
    found = queries.conflicts(store).rows
    assert {(r["value"], r["document"]) for r in found} == {("2019-12-19", "b.txt"), ("2019-12-16", "c.txt")}


def test_merged_date_is_the_finest_all_sources_agree_with():
    assert merged_date(["2019", "2019-12", "2019-12-19"]) == ("2019-12-19", False)
    assert merged_date(["2019-12-21", "2019-12-24"]) == ("2019-12", True)
    assert merged_date([]) == (None, False)


def test_clustering_does_not_depend_on_input_order():
    claims = [
        Claim("c1", "d1", ("JPN", "USA"), ("JPN", "USA"), "joint_statement", "signed", ("quantum",), "2019"),
        Claim("c2", "d2", ("JPN", "USA"), ("JPN", "USA"), "unspecified", "signed", ("quantum",), "2019-12-19"),
        Claim("c3", "d3", ("JPN", "USA"), ("JPN", "USA"), "agreement", "signed", ("space",), "2023-01-13"),
    ]
    a = sorted(sorted(c.iri for c in cl.claims) for cl in cluster_claims(claims))
    b = sorted(sorted(c.iri for c in cl.claims) for cl in cluster_claims(list(reversed(claims))))
    assert a == b == [["c1", "c2"], ["c3"]]


def test_countries_link_to_wikidata_and_iso_codes(seed_turtle):
    g = Graph()
    g.parse(seed_turtle)
    japan = URIRef("https://w3id.org/accordgraph/id/party/JPN")
    assert (japan, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q17")) in g
    assert str(g.value(japan, URIRef("https://w3id.org/accordgraph/ontology#alpha2"))) == "JP"


def test_narrower_domains_sit_under_broader_ones(seed_turtle):
    g = Graph()
    g.parse(seed_turtle)
    sensing = URIRef("https://w3id.org/accordgraph/id/domain/quantum_sensing")
    assert (sensing, SKOS.broader, URIRef("https://w3id.org/accordgraph/id/domain/quantum")) in g


def test_people_merge_by_name_and_party_not_by_name_alone():
    from accordgraph.mapping import person_iri
    assert person_iri("Minoru  Kiuchi", "JPN") == person_iri("minoru kiuchi", "JPN")
    assert person_iri("Minoru Kiuchi", "JPN") != person_iri("Minoru Kiuchi", "KOR")


def test_ingest_folder_twice_is_isomorphic_and_export_still_validates(tmp_path):
    from accordgraph.validation import validate
    store = store_of(tmp_path, a=YEAR_ONLY, b=DAY, c=OTHER_DAY)
    before = set(store.oxigraph)
    ingest([tmp_path / "docs"], store)
    assert set(store.oxigraph) == before
    assert validate(store)[0]
