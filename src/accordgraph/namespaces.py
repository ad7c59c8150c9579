"""Every RDF term accordgraph writes, through one module.

`AG` is a closed `DefinedNamespace`: a misspelt term raises instead of minting
a new IRI. W3C terms come from rdflib's own closed namespaces (ORG, PROV,
SKOS, DCTERMS, TIME, FOAF, OWL). `ID` mints identifiers for data.
"""

from __future__ import annotations

import hashlib
import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

AG_IRI = "https://w3id.org/accordgraph/ontology#"
ID_IRI = "https://w3id.org/accordgraph/id/"
WD = Namespace("http://www.wikidata.org/entity/")
ID = Namespace(ID_IRI)


class AG(DefinedNamespace):
    """The accordgraph ontology (ontology/accordgraph.ttl)."""

    _NS = Namespace(AG_IRI)
    _fail = True

    # classes
    Agreement: URIRef  # an accord, merged over every document that reports it
    AgreementClaim: URIRef  # what one document says about one accord
    Party: URIRef
    Country: URIRef
    Bloc: URIRef
    Agency: URIRef  # an agency, university, region or institute acting for a state
    Signature: URIRef  # a person signing for a party, in a post
    Programme: URIRef
    FundingCommitment: URIRef
    Event: URIRef
    Document: URIRef
    Evidence: URIRef  # a sentence span of a document
    Conflict: URIRef
    # properties of agreements and claims
    party: URIRef
    partyCountry: URIRef
    instrument: URIRef
    status: URIRef
    domain: URIRef
    signedDate: URIRef
    datePrecision: URIRef
    signingPlace: URIRef
    signature: URIRef
    signatory: URIRef
    actingFor: URIRef
    postTitle: URIRef
    programme: URIRef
    funding: URIRef
    amount: URIRef
    currency: URIRef
    per: URIRef
    funder: URIRef
    evidence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    confidence: URIRef
    claim: URIRef  # Agreement -> AgreementClaim
    conflict: URIRef
    conflictingValue: URIRef
    onProperty: URIRef
    # events
    eventKind: URIRef
    eventStatus: URIRef
    eventDate: URIRef
    eventPlace: URIRef
    # parties and documents
    countryCode: URIRef  # ISO 3166-1 alpha-3 or bloc code
    alpha2: URIRef
    actsFor: URIRef  # agency -> state or bloc
    partyKind: URIRef
    sha256: URIRef
    # concept schemes
    InstrumentScheme: URIRef
    StatusScheme: URIRef
    DomainScheme: URIRef
    EventKindScheme: URIRef


GRAPH_ACCORDS = ID["graph/accords"]  # prefix: one merged graph per set of party countries
GRAPH_VOCABULARY = ID["graph/vocabulary"]

PRECISION = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}


def slug(text: str) -> str:
    """A readable, IRI-safe fragment of a name."""
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:60] or "x"


def digest(*parts: object) -> str:
    """A short stable hash of the parts (used in minted IRIs)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def party_iri(code: str) -> URIRef:
    return ID["party/" + re.sub(r"[^A-Za-z0-9]+", "_", code)]


def concept_iri(scheme: str, key: str) -> URIRef:
    return ID[f"{scheme}/{key}"]


def document_iri(doc_id: str) -> URIRef:
    return ID["doc/" + slug(doc_id) + "-" + digest(doc_id)[:6]]


__all__ = ["AG", "ID", "WD", "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD",
           "GRAPH_ACCORDS", "GRAPH_VOCABULARY", "PRECISION"]
