"""Fuzzing (issue 8, item 5): only typed errors, never a crash.

Hypothesis feeds `extract_text` arbitrary text salted with the words the
rules look for, and feeds the record-to-RDF mapping (and the store's writer)
arbitrary records. Invalid records may only fail as pydantic ValidationError;
everything else must come out as a graph the store takes whole.
"""

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from accordgraph.documents import from_string
from accordgraph.errors import AccordgraphError
from accordgraph.extractor import extract
from accordgraph.mapping import generate_document_graph
from accordgraph.records import DOMAINS, EVENT_KINDS, INSTRUMENTS, ExtractionRecord
from accordgraph.store import IngestItem, Store

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "Japan", "Denmark", "the EU", "Ukr\u0430ine", "United States", "US", "U.S.", "JAXA", "NASA", "both sides", "seven countries",
    " and ", ", ", ". ", "\n", "\n\n", " signed ", " will sign ", " agreed ", " a memorandum of understanding ",
    " letter of intent ", " joint statement ", " on quantum technology ", " semiconductors ", " in Tokyo ",
    " on 22 January 2025", " in May 2025", " 2019", " on Tuesday", " --05-13 ", " by 2050", " 31 February 2025",
    " Minister ", " Prime Minister Kishida ", " €5 million ", " $1.2 billion per year ", " under the Horizon Europe programme ",
    "---\ntitle: x\npublished: 2025-05-13\n---\n", "TOKYO, Jan 22 (Wire) - ", "\u202e", "\u200b", "(", ")", "\"", "\\",
    "量子", "مذكرة", "Москва",
]
TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=20)), max_size=40).map("".join)


@FAST
@given(TEXT)
def test_extract_returns_a_record_or_a_typed_error(text):
    try:
        record = extract(from_string(text))
    except AccordgraphError:
        return
    assert isinstance(record, ExtractionRecord)
    ExtractionRecord.model_validate(record.to_json_dict())  # what it returns is a valid record


@FAST
@given(TEXT)
def test_evidence_offsets_point_into_the_text(text):
    d = from_string(text)
    record = extract(d)
    for item in [*record.agreements, *record.events]:
        for e in item.evidence:
            assert d.text[e.start:e.end] == e.text


CODES = st.sampled_from(["JPN", "DNK", "EU", "USA", "JAXA", "KOR", "XXX", "", " ", "J P N", "<a>", 'x" } DROP ALL #'])
DATES = st.one_of(st.sampled_from(["2025", "2025-01", "2025-01-22", "--05-13", "2025-13-40", "", "soon"]), st.text(max_size=12))
SURROGATE = st.text(st.characters(categories=["Cs"]), min_size=1, max_size=2)  # "\ud800" from a JSON record
LOOSE = st.one_of(st.none(), st.text(max_size=40), SURROGATE)
EVIDENCE = st.fixed_dictionaries({"start": st.integers(-5, 10**6), "end": st.integers(-5, 10**6), "text": st.text(max_size=60)})
AGREEMENT = st.fixed_dictionaries(
    {"parties": st.lists(CODES, max_size=4)},
    optional={
        "party_countries": st.lists(CODES, max_size=3),
        "name": LOOSE, "place": LOOSE,
        "instrument": st.sampled_from([*INSTRUMENTS, "treaty ", "mou"]),
        "status": st.sampled_from(["signed", "planned", "ongoing", "negotiating", "rumoured"]),
        "domains": st.lists(st.sampled_from([*DOMAINS, "alchemy"]), max_size=3),
        "signed": st.one_of(st.none(), DATES),
        "signatories": st.lists(st.fixed_dictionaries({"name": st.text(max_size=30)}, optional={"party": st.one_of(st.none(), CODES), "post": LOOSE}), max_size=3),
        "programmes": st.lists(st.one_of(st.sampled_from(["Horizon Europe", "Artemis", "ITER"]), st.text(max_size=20)), max_size=3),
        "funding": st.lists(st.fixed_dictionaries({"amount": st.floats(allow_nan=True, allow_infinity=True), "currency": st.text(max_size=5)},
                                                  optional={"per": LOOSE, "party": st.one_of(st.none(), CODES)}), max_size=2),
        "evidence": st.lists(EVIDENCE, max_size=3),
        "confidence": st.one_of(st.none(), st.floats(-1, 2)),
    },
)
EVENT = st.fixed_dictionaries({}, optional={
    "kind": st.sampled_from([*EVENT_KINDS, "party"]), "status": st.sampled_from(["held", "planned", "cancelled"]),
    "parties": st.lists(CODES, max_size=3), "date": st.one_of(st.none(), DATES), "place": LOOSE,
    "label": st.one_of(st.none(), st.text(max_size=40)),  # lone surrogates too: they must give typed errors
    "evidence": st.lists(EVIDENCE, max_size=2)})
RECORD = st.fixed_dictionaries(
    {"document": st.text(max_size=30)},
    optional={"published": st.one_of(st.none(), DATES), "title": LOOSE,
              "agreements": st.lists(AGREEMENT, max_size=3), "events": st.lists(EVENT, max_size=2)},
)


@FAST
@given(RECORD, st.text(min_size=1, max_size=30), st.one_of(st.none(), st.text(max_size=40)))
def test_any_record_maps_to_a_graph_the_store_takes_whole(data, doc_id, url):
    try:
        record = ExtractionRecord.model_validate(data)
    except ValidationError:
        return
    graph = generate_document_graph(record, doc_id, "h", url)
    store = Store(memory=True)
    try:
        store.ingest([IngestItem(doc_id, "h", record, url)])
    except AccordgraphError:  # a typed refusal, and nothing written
        assert len(store) == 0
        return
    stored = len(list(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(graph.identifier)))))
    assert stored == len(graph)
    assert store.documents() == {doc_id: "h"}


@pytest.mark.parametrize("data", [
    {"document": "d", "events": [{"label": "\ud800"}]},
    {"document": "d", "agreements": [{"parties": ["JPN", "DNK"], "signatories": [{"name": "\ud800"}]}]},
])
def test_a_lone_surrogate_in_a_record_is_a_typed_error(data):
    try:
        record = ExtractionRecord.model_validate(data)
    except ValidationError:
        return
    try:
        generate_document_graph(record, "d.txt")
    except AccordgraphError:
        pass
