"""One accord per real-world agreement, across documents.

Claims (what each document says) are grouped into `ag:Agreement` nodes: the
same party countries, overlapping domains, compatible instruments, and dates
that agree at least to the month. The merged date is the finest one every
source agrees with; sources that disagree on the day are kept as a flagged
`ag:Conflict`, never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from rdflib import Graph, Literal, URIRef

from .dates import agrees, precision_of
from .mapping import date_literal
from .records import GENERIC_INSTRUMENTS, STATUS_RANK
from .namespaces import AG, GRAPH_ACCORDS, ID, PRECISION, PROV, RDF, RDFS, concept_iri, digest, party_iri

GENERIC = GENERIC_INSTRUMENTS


@dataclass(frozen=True)
class Claim:
    """What one document says about one accord (read back from the store)."""

    iri: str
    document: str
    parties: tuple[str, ...]
    countries: tuple[str, ...]
    instrument: str
    status: str
    domains: tuple[str, ...]
    signed: Optional[str] = None
    place: Optional[str] = None
    name: Optional[str] = None
    links: tuple[tuple[str, str], ...] = ()  # (property IRI, object IRI) carried to the accord


@dataclass
class Cluster:
    claims: list[Claim] = field(default_factory=list)

    def compatible(self, c: Claim) -> bool:
        for o in self.claims:
            if o.countries != c.countries:
                return False
            if o.domains and c.domains and not set(o.domains) & set(c.domains):
                return False
            if o.instrument not in GENERIC and c.instrument not in GENERIC and o.instrument != c.instrument:
                return False
            if o.signed and c.signed and not agrees(o.signed[:7], c.signed[:7]):
                return False
        return True


def cluster_claims(claims: Iterable[Claim]) -> list[Cluster]:
    """Group claims into accords; deterministic whatever the input order."""
    clusters: list[Cluster] = []
    ordered = sorted(claims, key=lambda c: (c.countries, -len(c.signed or ""), c.iri))
    for c in ordered:
        for cl in clusters:
            if cl.compatible(c):
                cl.claims.append(c)
                break
        else:
            clusters.append(Cluster([c]))
    return clusters


def merged_date(values: list[str]) -> tuple[Optional[str], bool]:
    """The finest date every source agrees with, and whether sources conflict."""
    values = [v for v in values if v]
    if not values:
        return None, False
    best = max(values, key=len)
    if all(agrees(best, v) for v in values):
        return best, False
    common = values[0]
    for v in values[1:]:
        n = 0
        while n < min(len(common), len(v)) and common[n] == v[n]:
            n += 1
        common = common[:n]
    for cut in (10, 7, 4):
        if len(common) >= cut:
            return common[:cut], True
    return None, True


def accords_graph_iri(countries: tuple[str, ...]) -> URIRef:
    """The merged graph holding every accord between exactly these party countries."""
    return URIRef(f"{GRAPH_ACCORDS}/{digest(','.join(countries))}")


def generate_accords_graph(claims: Iterable[Claim], countries: tuple[str, ...]) -> Graph:
    """The merged graph of one set of party countries: one `ag:Agreement` per cluster."""
    g = Graph(identifier=accords_graph_iri(countries))
    seen: set[str] = set()
    for cl in cluster_claims(claims):
        first = cl.claims[0]
        domains = sorted({d for c in cl.claims for d in c.domains})
        dated = sorted({c.signed[:4] for c in cl.claims if c.signed})
        key = digest(",".join(first.countries), dated[0] if dated else "undated", domains[0] if domains else "")
        while key in seen:
            key = digest(key)
        seen.add(key)
        node = ID["accord/" + key]
        g.add((node, RDF.type, AG.Agreement))
        parties = sorted({p for c in cl.claims for p in c.parties})
        specific = sorted({c.instrument for c in cl.claims if c.instrument not in GENERIC})
        instrument = specific[0] if specific else ("agreement" if any(c.instrument == "agreement" for c in cl.claims) else "unspecified")
        status = max((c.status for c in cl.claims), key=STATUS_RANK.__getitem__)
        name = next((c.name for c in cl.claims if c.name), None)
        g.add((node, RDFS.label, Literal(name or "–".join(first.countries) + " " + instrument.replace("_", " "))))
        for p in parties:
            g.add((node, AG.party, party_iri(p)))
        for p in first.countries:
            g.add((node, AG.partyCountry, party_iri(p)))
        g.add((node, AG.instrument, concept_iri("instrument", instrument)))
        g.add((node, AG.status, concept_iri("status", status)))
        for d in domains:
            g.add((node, AG.domain, concept_iri("domain", d)))
        if status == "signed":
            date, conflict = merged_date([c.signed for c in cl.claims if c.signed])
            if date:
                g.add((node, AG.signedDate, date_literal(date)))
                g.add((node, AG.datePrecision, PRECISION[precision_of(date)]))
            if conflict:
                cf = ID["conflict/" + key + "-signedDate"]
                g.add((node, AG.conflict, cf))
                g.add((cf, RDF.type, AG.Conflict))
                g.add((cf, AG.onProperty, AG.signedDate))
                for v in sorted({c.signed for c in cl.claims if c.signed}):
                    g.add((cf, AG.conflictingValue, date_literal(v)))
        place = next((c.place for c in cl.claims if c.place), None)
        if place:
            g.add((node, AG.signingPlace, Literal(place)))
        for c in cl.claims:
            g.add((node, AG.claim, URIRef(c.iri)))
            g.add((node, PROV.wasDerivedFrom, URIRef(c.document)))
            for prop, obj in c.links:
                g.add((node, URIRef(prop), URIRef(obj)))
    return g
