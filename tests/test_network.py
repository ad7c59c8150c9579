"""The partner network: analytics on tiny inline graphs, and CQ9/CQ10 on the seed three ways."""

from __future__ import annotations

import networkx as nx
from rdflib import Graph, Literal

from accordgraph import queries
from accordgraph.network import (communities, farthest_pair, filter_network, generate_network, hubs, partners_of,
                                 path_accords, shortest_path, timeline)


def net(*accords: tuple[str, list[str], str, str], order: int = 1) -> nx.MultiGraph:
    """A network from (accord id, parties, domains, signed) rows, edges added in the given order (or reversed)."""
    from itertools import combinations

    g = nx.MultiGraph()
    for accord, parties, domains, signed in accords[::order]:
        for p in parties:
            g.add_node(p, label=p.title())
        for a, b in combinations(sorted(parties), 2):
            g.add_edge(a, b, key=accord, accord=accord, domains=domains, signed=signed, instrument="agreement", status="signed")
    return g


SQUARE = [("ab", ["A", "B"], "quantum", "2019"), ("bd", ["B", "D"], "quantum", "2025-01"),
          ("ac", ["A", "C"], "space", "2025-05-13"), ("cd", ["C", "D"], "space", ""), ("de", ["D", "E"], "ai", "2023")]


def test_shortest_path_is_the_alphabetically_first_of_equal_paths_whatever_the_order():
    assert shortest_path(net(*SQUARE), "A", "D") == shortest_path(net(*SQUARE, order=-1), "A", "D") == ["A", "B", "D"]
    assert shortest_path(net(*SQUARE), "A", "Z") == [] and shortest_path(net(*SQUARE, ("xy", ["X", "Y"], "", "")), "A", "X") == []


def test_path_accords_names_the_accords_of_every_hop():
    g = net(*SQUARE, ("ab2", ["A", "B"], "ai", "2024"))
    assert path_accords(g, ["A", "B", "D"]) == [
        {"from": "A", "to": "B", "accords": ["ab", "ab2"], "domains": ["ai", "quantum"], "signed": ["2019", "2024"]},
        {"from": "B", "to": "D", "accords": ["bd"], "domains": ["quantum"], "signed": ["2025-01"]},
    ]


def test_farthest_pair_is_in_the_largest_component():
    path, hops = farthest_pair(net(*SQUARE, ("xy", ["X", "Y"], "", "")))
    assert (path, hops) == (["A", "B", "D", "E"], 3)


def test_hubs_rank_by_partners_then_betweenness():
    rows = hubs(net(*SQUARE))
    assert [r["party"] for r in rows[:3]] == ["D", "B", "C"]  # B and C lie on more paths than A and rows[0]["degree"] == 3 and rows[0]["accords"] == 3


def test_filter_by_domain_and_dates_at_their_precision():
    g = net(*SQUARE)
    assert sorted(k for *_, k in filter_network(g, domain="quantum").edges(keys=True)) == ["ab", "bd"]
    assert sorted(k for *_, k in filter_network(g, since="2025").edges(keys=True)) == ["ac", "bd"]  # undated cd left out
    assert sorted(k for *_, k in filter_network(g, since="2025-03").edges(keys=True)) == ["ac"]
    assert sorted(k for *_, k in filter_network(g, until="2023").edges(keys=True)) == ["ab", "de"]


def test_partners_timeline_and_communities():
    g = net(*SQUARE, ("xy", ["X", "Y"], "", ""))
    assert partners_of(g, "D") == ["B", "C", "E"] and partners_of(g, "Q") == []
    assert [r["accord"] for r in timeline(g)] == ["ab", "de", "bd", "ac", "cd", "xy"]
    assert ["X", "Y"] in communities(g)


def test_cq9_hub_of_quantum_on_the_seed_three_ways(seed_store, seed_turtle):
    library = {r["party"]: r["degree"] for r in hubs(filter_network(generate_network(seed_store), "quantum"), top=100)}
    ox_sparql = {r["code"]: r["degree"] for r in queries.hubs_sparql(seed_store, "quantum")}
    g = Graph().parse(seed_turtle, format="turtle")
    rdflib_sparql = {str(r.code): int(r.degree) for r in g.query(queries.query_text("cq09"), initBindings={"domainKey": Literal("quantum")})}
    assert library == ox_sparql == rdflib_sparql
    assert max(library, key=library.get) == "JPN" and library["JPN"] == 5


def test_cq10_united_states_to_the_eu_goes_through_japan_three_ways(seed_store, seed_turtle):
    g = Graph().parse(seed_turtle, format="turtle")
    edges = nx.MultiGraph()
    edges.add_edges_from((str(r.a), str(r.b), str(r.accord)) for r in g.query(queries.query_text("cq10")))
    network = generate_network(seed_store)
    assert shortest_path(network, "USA", "EU") == shortest_path(edges, "USA", "EU") == ["USA", "JPN", "EU"]
    assert sorted(map(sorted, network.edges())) == sorted(map(sorted, edges.edges()))


def test_the_network_labels_every_party(seed_store):
    g = generate_network(seed_store)
    assert g.nodes["JPN"]["label"] == "Japan" and all(d["label"] for _, d in g.nodes(data=True))
