"""Status and modality of an accord mention (modality.py): signed, planned, negotiating, or nothing."""

from accordgraph.extractor import extract

from .conftest import doc


def statuses(text, published="2025-01-18"):
    return [a.status for a in extract(doc(text, published)).agreements]


def test_an_inverted_modal_is_not_a_signing():
    assert "signed" not in statuses("Only then can the EU and Mexico sign the digital agreement.")
    assert "signed" not in statuses("Japan and India can sign the digital agreement next year.")


def test_a_modal_in_a_later_clause_leaves_the_signing_done():
    assert statuses("Japan and India signed the digital agreement, which can be extended.") == ["signed"]


def test_announced_rather_than_signed_is_no_signing():
    assert "signed" not in statuses("The US and Mexico cooperate on semiconductors under a partnership. That cooperation "
                                    "was announced rather than signed as a treaty.")
