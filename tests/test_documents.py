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


_LAYOUT = """<html><head><title>Two Nations Sign Space Accord</title></head><body>
<table><tr><td colspan="2"><a href="/">Home</a> | <a href="/news">News</a></td></tr>
<tr><td class="main"><h1>Two Nations Sign Space Accord</h1>
<p class="dateline"><b>LIMA, March 3</b> - Staff reports</p>
<p>Peru and Japan signed a space cooperation agreement yesterday in Lima, officials said on Tuesday after the ceremony.</p>
<h2>A long road</h2><p>The two governments had discussed the accord for several years before the text was settled.</p></td>
<td class="side"><p>Most read</p></td></tr></table></body></html>"""


def test_a_page_laid_out_in_a_table_keeps_its_headline_dateline_and_paragraphs_apart(tmp_path):
    from accordgraph.documents import load
    from accordgraph.text import sentences
    (tmp_path / "page.html").write_text(_LAYOUT)
    said = [s.text for s in sentences(load(tmp_path / "page.html").text)]
    assert any(s.startswith("Peru and Japan signed") for s in said)
    assert not any("Accord" in s and "Peru" in s for s in said)  # the headline is not glued to the lead


def test_a_table_of_data_stays_a_table(tmp_path):
    from accordgraph.documents import load
    rows = "".join(f"<tr><td>{i}</td><td>Memorandum on topic {i}</td><td>Ministry {i}</td></tr>" for i in range(1, 4))
    page = f"<html><body><article><h1>Documents signed</h1><p>The following documents were signed in Lima on 3 March 2024 between the two governments of the region.</p><table>{rows}</table></article></body></html>"
    (tmp_path / "list.html").write_text(page)
    assert "Memorandum on topic 2" in load(tmp_path / "list.html").text
    assert "|" in load(tmp_path / "list.html").text


def test_a_shows_masthead_is_no_dateline_city():
    from accordgraph.documents import from_string
    d = from_string("---\ntitle: Ep. 58\npublished: 2020-10-16\n---\nORBITAL POLICY PODCAST — EPISODE 58\n\nMAYA: Welcome.\n")
    assert d.dateline_city is None
    assert from_string("---\ntitle: t\n---\nSEOUL — Korea and Japan signed a memorandum.\n").dateline_city == "Seoul"
