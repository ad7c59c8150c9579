"""People who stand for a state (persons.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def test_he_stands_for_the_state_of_the_person_named_just_before():
    text = ("In Kuala Lumpur on Sunday, U.S. President Donald Trump signed memoranda of understanding on critical minerals "
            "with Malaysia and Thailand. On Tuesday in Tokyo, he and Japan's new prime minister, Sanae Takaichi, signed a "
            "framework on critical minerals and rare earths.")
    got = sorted(a.party_countries for a in extract(doc(text, "2025-10-31")).agreements)
    assert got == [["JPN", "USA"], ["MYS", "USA"], ["THA", "USA"]]


def test_a_short_name_the_document_gave_someone_else_is_not_a_leader():
    text = ("Prime Minister Benjamin Netanyahu signed for Israel. The UAE was represented by its foreign minister, Sheikh Abdullah "
            "bin Zayed Al Nahyan, and Bahrain by Foreign Minister Abdullatif Al Zayani. Speaking before the signing, Sheikh "
            "Abdullah thanked Netanyahu for halting plans to annex parts of the West Bank, a condition the UAE had cited when the "
            "deal was announced.")
    assert all("MYS" not in a.party_countries for a in extract(doc(text, "2020-09-15")).agreements)
