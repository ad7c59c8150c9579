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
