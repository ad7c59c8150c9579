"""Tables of accords with named columns (trackers.py), on tiny inline documents."""

from accordgraph.extractor import extract
from accordgraph.trackers import cells, tracker_columns

from .conftest import doc

TRACKER = """# Tracker: Korea's digital agreements

| Partner | Agreement | Signed | Signed at | Signed by | In force |
| --- | --- | --- | --- | --- | --- |
| Singapore | Korea-Singapore Digital Partnership Agreement (KSDPA) | 21 Nov 2022 | Singapore | Minister Ahn Duk-geun; Minister Gan Kim Yong | 14 Jan 2023 |
| Chile | Digital Economy Partnership Agreement accession | May 2024 | — | — | — |
| Japan | Talks on a digital partnership | — | — | — | — |
"""


def test_the_header_says_which_cell_holds_what():
    cols = tracker_columns("| Partner | Agreement | Signed | Signed at | Signed by | In force |")
    assert (cols.who, cols.what, cols.signed, cols.where, cols.by, cols.width) == (0, 1, 2, 3, 4, 6)
    assert tracker_columns("| Year | Event |") is None
    assert cells("| a | **b** |") == ["a", "b"]


def test_each_row_with_a_signing_date_is_an_accord_of_the_partner_and_the_party_the_page_is_about():
    found = extract(doc(TRACKER, "2024-06-01")).agreements
    rows = [(sorted(a.party_countries), a.signed, a.place, [s.name for s in a.signatories]) for a in found]
    assert rows == [(["KOR", "SGP"], "2022-11-21", "Singapore", ["Ahn Duk-geun", "Gan Kim Yong"]), (["CHL", "KOR"], "2024-05", None, [])]


def test_a_table_of_states_joining_a_led_accord_binds_each_to_its_leader():
    text = ("# Europe and the Artemis Accords\n\nThe Artemis Accords are NASA's principles for exploring the Moon.\n\n"
            "| Country | Signed | Where |\n| --- | --- | --- |\n| France | 07.06.2022 | Washington |\n| Ukraine | 11.2020 | - |\n")
    found = extract(doc(text, "2024-01-10")).agreements
    assert sorted((sorted(a.party_countries), a.signed) for a in found) == [(["FRA", "USA"], "2022-06-07"), (["UKR", "USA"], "2020-11")]


def test_a_rows_accord_cell_names_the_accord_only_when_it_is_a_proper_name():
    text = ("# Tracker: Canada's quantum agreements\n\n| Partner | Agreement | Signed |\n| --- | --- | --- |\n"
            "| United Kingdom | Joint statement on quantum cooperation | 27 Nov 2023 |\n"
            "| Japan | Canada-Japan Quantum Science Arrangement (CJQSA) | May 2024 |\n")
    assert [a.name for a in extract(doc(text, "2024-09-30")).agreements] == [None, "Canada-Japan Quantum Science Arrangement"]
