"""Programmes, funding and names an accord carries (details.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def test_a_programme_named_in_apposition_is_the_accord_s():
    text = ("ProSAVANA, a triangular programme between Japan, Brazil and Mozambique to modernise farming, was created by a "
            "cooperation agreement on agricultural technology the three governments signed in 2009.")
    found = extract(doc(text, "2025-01-10")).agreements
    assert [a.programmes for a in found] == [["ProSAVANA"]]
