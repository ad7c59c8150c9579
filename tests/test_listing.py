"""Accords told as lists and tables (listing.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc

TABLE = """The Prime Minister of Malaysia, Dato' Seri Anwar Ibrahim, is on an official visit to India. Prime Minister Narendra \
Modi and Prime Minister Anwar Ibrahim held talks in New Delhi.

S.No. | Document | Exchanged on the Malaysian side by | Exchanged on the Indian side by
1. | MoU on the Recruitment, Employment and Repatriation of Workers | Mr. Steven Sim Chee Keong, Minister of Human Resources | Dr. S. Jaishankar, External Affairs Minister
2. | MoU on Cooperation in the field of Digital Technologies | Mr. Gobind Singh Deo, Minister of Digital | Dr. S. Jaishankar, External Affairs Minister
3. | MoU on Cooperation in the fields of Youth and Sports | Dato' Seri Utama Haji Mohamad Haji Hasan, Minister of Foreign Affairs | Dr. S. Jaishankar, External Affairs Minister
"""


def test_a_table_of_documents_exchanged_gives_its_technology_rows_with_their_signatories():
    found = extract(doc(TABLE, "2024-08-20")).agreements
    assert [(sorted(a.party_countries), a.instrument, a.domains) for a in found] == \
        [(["IND", "MYS"], "memorandum_of_understanding", ["digital"])]
    assert [(s.name, s.post) for s in found[0].signatories] == \
        [("Gobind Singh Deo", "Minister of Digital"), ("S. Jaishankar", "External Affairs Minister")]


def test_an_honorific_that_spells_an_agency_code_is_no_party():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span

    text = "The Prime Minister of Malaysia, Dato' Seri Anwar Ibrahim, is on an official visit to India."
    assert "CHE" not in analyse(Span(0, len(text), text)).codes()
