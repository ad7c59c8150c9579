"""The date and place of a signing told by its surroundings (occasion.py)."""

from accordgraph.extractor import extract

from .conftest import doc


def test_a_timeline_entry_dates_and_places_the_signing_told_after_its_day():
    text = ("## 2018\n\n- **3 October 2018.** Bremen, 69th International Astronautical Congress. At a press briefing, the "
            "heads of CNES, DLR and JAXA sign a joint statement on a Mars moon rover.\n\n"
            "## 2021\n\n- **2021.** CNES and JAXA sign an implementing arrangement on the rover.\n")
    found = {a.instrument: (a.signed, a.place) for a in extract(doc(text, "2023-06-23")).agreements}
    assert found["joint_statement"] == ("2018-10-03", "Bremen")
    assert found["implementing_arrangement"] == ("2021", None)  # the entry before does not carry over


def test_the_visit_in_the_sentence_before_places_the_exchange():
    text = ("Prime Minister Narendra Modi and the President of the UAE held talks in Abu Dhabi today. The two leaders "
            "witnessed the exchange of a memorandum of understanding on digital payments between India and the UAE.")
    found = extract(doc(text, "2024-02-13")).agreements
    assert [a.place for a in found] == ["Abu Dhabi"]


def test_a_visit_on_another_day_does_not_place_the_signing():
    text = ("Modi held talks in Abu Dhabi on 15 July 2023. India and the UAE signed a memorandum on digital payments "
            "in February 2024.")
    found = extract(doc(text, "2024-02-13")).agreements
    assert all(a.place is None for a in found)
