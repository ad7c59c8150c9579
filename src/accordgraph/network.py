"""The partner network: a networkx projection of the accords, and its analytics.

Nodes are parties (by code, with their label), edges are accords (a
MultiGraph: two parties with three accords have three edges), each edge
carrying the accord id, its domains, date and instrument. Every function takes
the graph first and returns plain values.
"""

from __future__ import annotations

from itertools import combinations
from typing import Optional

import networkx as nx

from .store import Store

_EDGES = """
SELECT ?accord ?instrument ?status ?signed (GROUP_CONCAT(DISTINCT ?code; separator=",") AS ?parties)
       (GROUP_CONCAT(DISTINCT ?dk; separator=",") AS ?domains) WHERE {
  ?accord a ag:Agreement ; ag:instrument/skos:notation ?instrument ; ag:status/skos:notation ?status ;
          ag:partyCountry/ag:countryCode ?code .
  OPTIONAL { ?accord ag:signedDate ?signed }
  OPTIONAL { ?accord ag:domain/skos:notation ?dk }
} GROUP BY ?accord ?instrument ?status ?signed
"""
_LABELS = "SELECT DISTINCT ?code ?label WHERE { ?p ag:countryCode ?code ; rdfs:label ?label }"


def generate_network(store: Store) -> nx.MultiGraph:
    """The party network of every accord in the store."""
    g = nx.MultiGraph()
    labels = {s["code"].value: s["label"].value for s in store.select(_LABELS)}
    for s in store.select(_EDGES):
        parties = sorted(s["parties"].value.split(","))
        domains = sorted(x for x in (s["domains"].value if s["domains"] else "").split(",") if x)
        attrs = dict(
            accord=s["accord"].value.rsplit("/", 1)[-1], instrument=s["instrument"].value, status=s["status"].value,
            signed=s["signed"].value if s["signed"] else "", domains=",".join(domains),
        )
        for p in parties:
            g.add_node(p, label=labels.get(p, p))
        for a, b in combinations(parties, 2):
            g.add_edge(a, b, key=attrs["accord"], **attrs)
    return g


def filter_network(g: nx.MultiGraph, domain: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None) -> nx.MultiGraph:
    """The sub-network of accords in a domain and date range (dates at their own precision)."""
    from .vocabulary import load_vocabulary

    keep = set(load_vocabulary().narrower(domain)) if domain else None
    h = nx.MultiGraph()
    h.add_nodes_from(g.nodes(data=True))
    for a, b, k, d in g.edges(keys=True, data=True):
        if keep is not None and not keep & set(d["domains"].split(",")):
            continue
        if (since or until) and not d["signed"]:
            continue
        if since and d["signed"] < since[: len(d["signed"])]:
            continue
        if until and d["signed"][: len(until)] > until:
            continue
        h.add_edge(a, b, key=k, **d)
    h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0])
    return h


def partners_of(g: nx.MultiGraph, party: str) -> list[str]:
    """Distinct partners of a party, sorted."""
    return sorted(set(g.neighbors(party))) if party in g else []


def hubs(g: nx.MultiGraph, top: int = 10) -> list[dict]:
    """Parties by number of distinct partners, with betweenness centrality."""
    simple = nx.Graph(g)
    between = nx.betweenness_centrality(simple) if len(simple) > 2 else {n: 0.0 for n in simple}
    rows = [{"party": n, "label": g.nodes[n].get("label", n), "degree": simple.degree(n), "accords": g.degree(n),
             "betweenness": round(between.get(n, 0.0), 4)} for n in simple]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["party"]))
    return rows[:top]


def shortest_path(g: nx.MultiGraph, a: str, b: str) -> list[str]:
    """The parties on a fewest-accords path from a to b ([] when not connected).

    Of several equally short paths the alphabetically first is returned, so the
    answer does not depend on the order the store listed the accords in.
    """
    try:
        return min(nx.all_shortest_paths(nx.Graph(g), a, b))
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []


def path_accords(g: nx.MultiGraph, path: list[str]) -> list[dict]:
    """One row per hop of a path: the two parties and the accords joining them."""
    rows = []
    for a, b in zip(path, path[1:]):
        edges = sorted(g.get_edge_data(a, b, default={}).values(), key=lambda d: (d["signed"] or "~", d["accord"]))
        rows.append({"from": a, "to": b, "accords": [d["accord"] for d in edges],
                     "domains": sorted({x for d in edges for x in d["domains"].split(",") if x}),
                     "signed": [d["signed"] for d in edges]})
    return rows


def farthest_pair(g: nx.MultiGraph) -> tuple[list[str], int]:
    """CQ10's pair: the two parties of the largest component joined through the most others, and the path."""
    simple = nx.Graph(g)
    best: tuple[list[str], int] = ([], 0)
    for comp in sorted(nx.connected_components(simple), key=lambda c: (-len(c), sorted(c))):
        lengths = dict(nx.all_pairs_shortest_path_length(simple.subgraph(comp)))
        for a in sorted(lengths):
            for b in sorted(lengths[a]):
                if a < b and lengths[a][b] > best[1]:
                    best = (shortest_path(g, a, b), lengths[a][b])
        break
    return best


def communities(g: nx.MultiGraph) -> list[list[str]]:
    """Groups of parties that work mostly with each other (greedy modularity)."""
    simple = nx.Graph(g)
    if simple.number_of_edges() == 0:
        return [[n] for n in sorted(simple)]
    return [sorted(c) for c in nx.algorithms.community.greedy_modularity_communities(simple)]


def timeline(g: nx.MultiGraph) -> list[dict]:
    """Accords in date order (undated last), one row per accord."""
    seen = {}
    for a, b, k, d in g.edges(keys=True, data=True):
        row = seen.setdefault(k, {"accord": k, "signed": d["signed"], "domains": d["domains"], "instrument": d["instrument"], "parties": set()})
        row["parties"].update((a, b))
    rows = [dict(r, parties=sorted(r["parties"])) for r in seen.values()]
    return sorted(rows, key=lambda r: (not r["signed"], r["signed"], r["accord"]))
