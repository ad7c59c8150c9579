import sys, time, pyoxigraph as ox
from accordgraph.store import Store
s = Store(sys.argv[1], read_only=True)
subs = {ox.Variable("countryCode"): ox.Literal("JPN"), ox.Variable("domainKey"): ox.Literal("quantum")}
qs = [
 "SELECT * WHERE { ?c ag:countryCode? ?countryCode }",
 "SELECT * WHERE { ?a a ag:Agreement ; ag:partyCountry <https://w3id.org/accordgraph/id/party/JPN> }",
 "SELECT * WHERE { ?a ag:domain/skos:broader* ?dom . ?dom skos:notation ?domainKey }",
 "SELECT * WHERE { ?c ag:countryCode? ?countryCode . ?a a ag:Agreement ; ag:partyCountry ?c ; ag:domain/skos:broader* ?dom . ?dom skos:notation ?domainKey }",
 "SELECT * WHERE { ?c ag:countryCode? ?countryCode . ?a a ag:Agreement ; ag:partyCountry ?c ; ag:domain ?d . ?d skos:broader* ?dom . ?dom skos:notation ?domainKey }",
 "SELECT * WHERE { ?c ag:countryCode? ?countryCode . ?a a ag:Agreement ; ag:partyCountry ?c ; ag:partyCountry ?p . FILTER(?p != ?c) ?p ag:countryCode? ?pc . FILTER(isLiteral(?pc)) }",
 "SELECT * WHERE { ?c ag:countryCode? ?countryCode . ?a a ag:Agreement ; ag:partyCountry ?c ; ag:partyCountry ?p . FILTER(?p != ?c) ?p rdfs:label? ?pc . FILTER(isLiteral(?pc)) }",
 "SELECT * WHERE { ?c ag:countryCode? ?countryCode . ?a a ag:Agreement ; ag:partyCountry ?c ; ag:instrument/skos:notation ?i ; ag:status/skos:notation ?st }",
]
for q in qs:
    t = time.perf_counter()
    rows = list(s.oxigraph.query(q, prefixes={"ag": "https://w3id.org/accordgraph/ontology#", "skos": "http://www.w3.org/2004/02/skos/core#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}, use_default_graph_as_union=True, substitutions={k: v for k, v in subs.items() if "?" + k.value in q}))
    print(len(rows), round((time.perf_counter() - t) * 1000, 1), "ms", q[:150], flush=True)
for q in ["SELECT (COUNT(*) AS ?n) WHERE { ?a ag:partyCountry <https://w3id.org/accordgraph/id/party/JPN> }",
          "SELECT (COUNT(*) AS ?n) WHERE { ?a a ag:Agreement }",
          "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a ag:partyCountry <https://w3id.org/accordgraph/id/party/JPN> } }",
          "SELECT (COUNT(*) AS ?n) WHERE { ?a ag:partyCountry <https://w3id.org/accordgraph/id/party/JPN> . ?a a ag:Agreement }",
          "SELECT (COUNT(*) AS ?n) WHERE { ?a a ag:Agreement . ?a ag:partyCountry <https://w3id.org/accordgraph/id/party/JPN> }",
          "SELECT (COUNT(*) AS ?n) WHERE { ?a ag:partyCountry <https://w3id.org/accordgraph/id/party/JPN> ; ag:domain ?d }"]:
    for i in range(3):
        t = time.perf_counter()
        rows = list(s.oxigraph.query(q, prefixes={"ag": "https://w3id.org/accordgraph/ontology#"}, use_default_graph_as_union=True))
        dt = time.perf_counter() - t
    print(rows[0]["n"].value, round(dt * 1000, 1), "ms", q[:150], flush=True)
