import sys, time, pyoxigraph as ox
from accordgraph.store import Store
from accordgraph.queries import query_text
s = Store(sys.argv[1], read_only=True)
HEAD = query_text("cq01").split("SELECT", 1)[0]
SEL = "SELECT DISTINCT ?countryCode ?domainKey ?accord ?partnerCode ?partnerLabel ?instrument ?status ?signed ?place WHERE {\n"
TAIL = """  OPTIONAL { ?accord ag:signedDate ?signed }
  OPTIONAL { ?accord ag:signingPlace ?place }
}
ORDER BY (COALESCE(STR(?signed), "~")) ?partnerCode"""
BODY = """  ?accord a ag:Agreement ; ag:partyCountry ?c ; ag:partyCountry ?p ;
          ag:instrument/skos:notation ?instrument ; ag:status/skos:notation ?status ;
          ag:domain/skos:broader* ?dom .
  ?dom skos:notation ?domainKey .
  FILTER(?p != ?c)
  FILTER NOT EXISTS { ?accord ag:partyCountry ?third . FILTER(?third != ?c && ?third != ?p) }
"""
V = {
 "v1_subq": SEL + "  { SELECT DISTINCT ?c ?countryCode WHERE { ?c ag:countryCode ?countryCode } }\n" + BODY +
   "  { SELECT DISTINCT ?p ?partnerCode ?partnerLabel WHERE { ?p ag:countryCode ?partnerCode ; rdfs:label ?partnerLabel } }\n" + TAIL,
 "v2_split": SEL + "  { SELECT DISTINCT ?c ?countryCode WHERE { ?c ag:countryCode ?countryCode } }\n" + BODY +
   "  { SELECT DISTINCT ?p ?partnerCode WHERE { ?p ag:countryCode ?partnerCode } }\n  { SELECT DISTINCT ?p ?partnerLabel WHERE { ?p ag:countryCode [] ; rdfs:label ?partnerLabel } }\n" + TAIL,
 "v3_zero_or_one": SEL + "  ?c ag:countryCode? ?countryCode .\n" + BODY +
   "  ?p ag:countryCode? ?partnerCode . FILTER(isLiteral(?partnerCode))\n  ?p rdfs:label? ?partnerLabel . FILTER(isLiteral(?partnerLabel))\n" + TAIL,
}
if len(sys.argv) > 2 and sys.argv[2] == "v0":
    V["v0"] = query_text("cq01")
subs = {ox.Variable("countryCode"): ox.Literal("JPN"), ox.Variable("domainKey"): ox.Literal("quantum")}
for name, q in V.items():
    for i in range(3):
        t = time.perf_counter()
        rows = list(s.oxigraph.query(HEAD + q, use_default_graph_as_union=True, substitutions=subs))
        dt = time.perf_counter() - t
    print(name, len(rows), round(dt * 1000, 1), "ms", sorted(str(r["accord"].value)[-12:] + r["partnerCode"].value + r["partnerLabel"].value for r in rows)[:2], flush=True)
