"""Extraction records to RDF: one named graph per document, stable IRIs.

The same document always yields the same IRIs, so ingesting it twice changes
nothing. Each agreement in a document becomes an `ag:AgreementClaim` linked to
the sentences it was read from; the merged `ag:Agreement` nodes are computed
from all claims by `merge`.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from .dates import precision_of
from .namespaces import (AG, DCTERMS, FOAF, ID, ORG, OWL, PRECISION, PROV, RDF, RDFS, SKOS, WD, XSD,
                         concept_iri, digest, document_iri, party_iri, slug)
from .records import Agreement, Event, ExtractionRecord
from .vocabulary import Vocabulary, load_vocabulary

DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def date_literal(value: str) -> Literal:
    """A partial ISO date as a typed literal whose datatype carries its precision."""
    if value.startswith("--"):
        return Literal(value, datatype=XSD.gMonthDay)
    return Literal(value, datatype=DATATYPES[precision_of(value)])


def claim_iri(doc_id: str, a: Agreement) -> URIRef:
    return ID["claim/" + digest(doc_id, ",".join(a.parties), ",".join(sorted(a.domains)), a.signed or "", a.status, a.instrument)]


def person_iri(name: str, party: str | None) -> URIRef:
    """People are one node per normalised name and party, never by name alone."""
    return ID["person/" + slug(" ".join(name.lower().split())) + "-" + slug(party or "unknown")]


def generate_document_graph(record: ExtractionRecord, doc_id: str, sha256: str = "", url: str | None = None) -> Graph:
    """The named graph of one document: the document, its claims and events."""
    g = Graph(identifier=document_iri(doc_id))
    vocab = load_vocabulary()
    doc = document_iri(doc_id)
    g.add((doc, RDF.type, AG.Document))
    g.add((doc, DCTERMS.identifier, Literal(doc_id)))
    g.add((doc, RDFS.label, Literal(doc_id)))
    if record.title:
        g.add((doc, DCTERMS.title, Literal(record.title)))
    if record.published:
        g.add((doc, DCTERMS.issued, date_literal(record.published)))
    if url:
        g.add((doc, DCTERMS.source, Literal(url)))
    if sha256:
        g.add((doc, AG.sha256, Literal(sha256)))
    for a in record.agreements:
        _add_claim(g, vocab, doc, doc_id, a)
    for i, e in enumerate(record.events):
        _add_event(g, vocab, doc, doc_id, i, e)
    return g


def _add_party(g: Graph, vocab: Vocabulary, code: str) -> URIRef:
    """The party's IRI. A party of the shipped vocabulary is described once, in the
    vocabulary graph (a description repeated in every document's graph would come
    back once per document from a store's union view); any other is described here."""
    node = party_iri(code)
    if code not in vocab.parties:
        describe_party(g, vocab, code)
    else:  # the code stays with the document, so its claims can be read from its own graph
        g.add((node, SKOS.notation, Literal(code)))
    return node


def describe_party(g: Graph, vocab: Vocabulary, code: str) -> URIRef:
    """Type, label, codes, the state it acts for, and its Wikidata link."""
    node = party_iri(code)
    p = vocab.parties.get(code)
    kind = p.kind if p else "agency"
    g.add((node, RDF.type, AG.Country if kind == "country" else AG.Bloc if kind == "bloc" else AG.Agency))
    g.add((node, RDF.type, AG.Party))
    g.add((node, RDFS.label, Literal(p.name if p else code, lang="en")))
    g.add((node, SKOS.notation, Literal(code)))
    if p:
        g.add((node, AG.partyKind, Literal(p.kind)))
        if p.kind in ("country", "bloc"):
            g.add((node, AG.countryCode, Literal(p.code)))
        else:
            g.add((node, AG.actsFor, party_iri(p.country)))
            g.add((node, ORG.subOrganizationOf, party_iri(p.country)))
        if p.alpha2:
            g.add((node, AG.alpha2, Literal(p.alpha2)))
        if p.wikidata:
            g.add((node, OWL.sameAs, WD[p.wikidata]))
    return node


def _evidence(g: Graph, doc: URIRef, doc_id: str, subject: URIRef, items) -> None:
    for ev in items:
        node = ID[f"evidence/{digest(doc_id)}-{ev.start}-{ev.end}"]
        g.add((subject, AG.evidence, node))
        g.add((node, RDF.type, AG.Evidence))
        g.add((node, PROV.wasQuotedFrom, doc))
        g.add((node, AG.startOffset, Literal(ev.start)))
        g.add((node, AG.endOffset, Literal(ev.end)))
        g.add((node, PROV.value, Literal(ev.text)))


def _add_claim(g: Graph, vocab: Vocabulary, doc: URIRef, doc_id: str, a: Agreement) -> URIRef:
    c = claim_iri(doc_id, a)
    g.add((c, RDF.type, AG.AgreementClaim))
    g.add((c, PROV.wasDerivedFrom, doc))
    label = "–".join(a.parties) + f" {a.instrument.replace('_', ' ')}"
    g.add((c, RDFS.label, Literal(a.name or label)))
    for code in a.parties:
        g.add((c, AG.party, _add_party(g, vocab, code)))
    for code in a.party_countries:
        g.add((c, AG.partyCountry, _add_party(g, vocab, code)))
    if a.name:
        g.add((c, DCTERMS.title, Literal(a.name)))
    g.add((c, AG.instrument, concept_iri("instrument", a.instrument)))
    g.add((c, AG.status, concept_iri("status", a.status)))
    for d in a.domains:
        g.add((c, AG.domain, concept_iri("domain", d)))
    if a.signed:
        g.add((c, AG.signedDate, date_literal(a.signed)))
        g.add((c, AG.datePrecision, PRECISION[precision_of(a.signed)]))
    if a.place:
        g.add((c, AG.signingPlace, Literal(a.place)))
    for s in a.signatories:
        person = person_iri(s.name, s.party)
        sig = ID["signature/" + digest(str(c), s.name)]
        g.add((c, AG.signature, sig))
        g.add((sig, RDF.type, AG.Signature))
        g.add((sig, AG.signatory, person))
        g.add((person, RDF.type, FOAF.Person))
        g.add((person, FOAF.name, Literal(s.name)))
        if s.party:
            g.add((sig, AG.actingFor, _add_party(g, vocab, s.party)))
        if s.post:
            g.add((sig, AG.postTitle, Literal(s.post)))
            post = ID["post/" + slug(s.post) + "-" + slug(s.party or "unknown")]
            g.add((post, RDF.type, ORG.Post))
            g.add((post, RDFS.label, Literal(s.post)))
            g.add((person, ORG.holds, post))
            if s.party:
                g.add((post, ORG.postIn, party_iri(s.party)))
    for name in a.programmes:
        prog = vocab.programmes.get(name)
        node = ID["programme/" + slug(prog.code if prog else name)]
        g.add((c, AG.programme, node))
        g.add((node, RDF.type, AG.Programme))
        g.add((node, RDFS.label, Literal(prog.code if prog else name)))
        if prog:
            g.add((node, SKOS.altLabel, Literal(prog.name)))
            if prog.wikidata:
                g.add((node, OWL.sameAs, WD[prog.wikidata]))
    for i, f in enumerate(a.funding):
        node = ID[f"funding/{digest(str(c))}-{i}"]
        g.add((c, AG.funding, node))
        g.add((node, RDF.type, AG.FundingCommitment))
        g.add((node, AG.amount, Literal(f"{f.amount:.2f}", datatype=XSD.decimal)))
        g.add((node, AG.currency, Literal(f.currency)))
        if f.per:
            g.add((node, AG.per, Literal(f.per)))
        if f.party:
            g.add((node, AG.funder, _add_party(g, vocab, f.party)))
    if a.confidence is not None:
        g.add((c, AG.confidence, Literal(f"{a.confidence:.2f}", datatype=XSD.decimal)))
    _evidence(g, doc, doc_id, c, a.evidence)
    return c


def _add_event(g: Graph, vocab: Vocabulary, doc: URIRef, doc_id: str, i: int, e: Event) -> None:
    node = ID["event/" + digest(doc_id, i, e.label or "", e.date or "")]
    g.add((node, RDF.type, AG.Event))
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, RDFS.label, Literal(e.label or e.kind.replace("_", " "))))
    g.add((node, AG.eventKind, concept_iri("event-kind", e.kind)))
    g.add((node, AG.eventStatus, Literal(e.status)))
    for code in e.parties:
        g.add((node, AG.party, _add_party(g, vocab, code)))
    if e.date:
        g.add((node, AG.eventDate, date_literal(e.date)))
        g.add((node, AG.datePrecision, PRECISION[precision_of(e.date)]))
    if e.place:
        g.add((node, AG.eventPlace, Literal(e.place)))
    _evidence(g, doc, doc_id, node, e.evidence)


def generate_vocabulary_graph() -> Graph:
    """The shipped vocabularies: every known party, and the concept schemes
    (instruments, statuses, domains, event kinds) as SKOS."""
    vocab = load_vocabulary()
    g = Graph(identifier=URIRef(str(ID["graph/vocabulary"])))
    schemes = {
        "instrument": (AG.InstrumentScheme, {k: v.get("label", k) for k, v in vocab.instruments.items() if "label" in v}),
        "status": (AG.StatusScheme, {k: k for k in ("signed", "planned", "ongoing", "negotiating")}),
        "domain": (AG.DomainScheme, {k: v.get("label", k) for k, v in vocab.domains.items()}),
        "event-kind": (AG.EventKindScheme, {k: k.replace("_", " ") for k in ("ministerial_meeting", "workshop", "summit", "call_for_proposals", "other")}),
    }
    for code in vocab.parties:
        describe_party(g, vocab, code)
    for scheme, (scheme_iri, concepts) in schemes.items():
        g.add((scheme_iri, RDF.type, SKOS.ConceptScheme))
        for key, label in concepts.items():
            node = concept_iri(scheme, key)
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.inScheme, scheme_iri))
            g.add((node, SKOS.prefLabel, Literal(label, lang="en")))
            g.add((node, SKOS.notation, Literal(key)))
            broader = vocab.domains.get(key, {}).get("broader") if scheme == "domain" else None
            if broader:
                g.add((node, SKOS.broader, concept_iri("domain", broader)))
            else:
                g.add((node, SKOS.topConceptOf, scheme_iri))
    return g


__all__ = ["generate_document_graph", "generate_vocabulary_graph", "date_literal", "claim_iri"]
