"""Reading what a document's head says about it."""

from accordgraph.documents import place_date_line


def test_a_place_and_date_line_of_its_own_names_the_city():
    assert place_date_line("# List of outcomes\n\nColombo, 5 April 2025\n\nThe following were exchanged:", 1500) == "Colombo"
    assert place_date_line("Joint Declaration\n\nSt. John's, 12 June 2023\n\nWe, the leaders", 1500) == "St. John's"


def test_a_weekday_or_a_masthead_is_not_the_place():
    assert place_date_line("Wednesday, December 14, 2022\n\nText.", 1500) is None
    assert place_date_line("Bucharest Ledger - Saturday, 18 June 2022\n\nText.", 1500) is None
    assert place_date_line("PRESS RELEASE\nNew Delhi, 16 January 2024\n", 1500) == "New Delhi"


def test_a_date_and_place_line_dates_and_places_the_release():
    from accordgraph.documents import from_string
    d = from_string("---\ntitle: Memorandum Signed\n---\nMemorandum Signed\n\n18 July 2022, Baku\n\nOn 18 July, the presidents met.\n")
    assert (d.dateline, d.release_place) == ("2022-07-18", "Baku")


def test_a_plain_text_without_front_matter_takes_its_day_from_a_publication_line():
    from accordgraph.documents import from_string
    for line in ["Published: 5 June 2023 10:32 BST", "By Jane Doe | June 5, 2023", "Posted on 2023-06-05 by admin", "05.06.2023 - Press release"]:
        assert from_string(f"Japan, India sign chip pact\n{line}\n\nJapan and India signed a memorandum on Monday.\n").published == "2023-06-05"
    assert from_string("Japan, India sign chip pact\n\nThe pact of 5 June 2023 was signed in Tokyo by the two ministers on Monday.\n").published is None


def test_a_capital_in_capitals_before_a_colon_or_an_agency_is_a_dateline():
    from accordgraph.documents import from_string
    assert from_string("NEW DELHI: India and Japan signed a memorandum on Monday.").dateline_city == "New Delhi"
    assert from_string("NEW DELHI, June 5 (PTI) India and Japan on Monday signed a memorandum.").dateline_city == "New Delhi"
    assert from_string("NOTE: India and Japan signed a memorandum on Monday.").dateline_city is None
