"""Programmes, funding and names an accord carries (details.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def test_a_programme_named_in_apposition_is_the_accord_s():
    text = ("ProSAVANA, a triangular programme between Japan, Brazil and Mozambique to modernise farming, was created by a "
            "cooperation agreement on agricultural technology the three governments signed in 2009.")
    found = extract(doc(text, "2025-01-10")).agreements
    assert [a.programmes for a in found] == [["ProSAVANA"]]


def test_a_headline_case_sentence_is_not_the_accords_name():
    from accordgraph.details import name_of
    assert name_of("Morocco And Germany Sign Green Hydrogen Agreement In Rabat") is None
    assert name_of("Britain Signs Treaty") is None
    assert name_of("Japan and the EU signed the Tokyo Statement on Quantum Cooperation on Monday.") == "Tokyo Statement on Quantum Cooperation"
