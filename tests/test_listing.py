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


def test_a_table_takes_the_day_and_city_of_the_sentence_that_announced_it():
    text = ("Prime Minister Narendra Modi and Prime Minister Anwar Ibrahim held talks at Hyderabad House, New Delhi, on 20 "
            "August 2024, after which the two leaders witnessed the exchange of the following documents.\n\n"
            "I. Memoranda of Understanding\n\n" + TABLE.split("\n\n", 1)[1])
    found = extract(doc(text, "2024-08-22")).agreements
    assert [(a.signed, a.place) for a in found] == [("2024-08-20", "New Delhi")]


def test_a_list_takes_the_news_day_of_the_sentence_before_its_lead_in_not_an_older_date():
    text = ("President Barack Obama hosted the leaders of Denmark, Finland, Iceland, Norway and Sweden at the White House on "
            "13 May 2016, the second meeting after the gathering in Stockholm on 4 September 2013. The outcomes include the following:\n\n"
            "- **Joint statement.** Denmark, Finland, Iceland, Norway, Sweden and the United States issued a joint statement on "
            "clean energy and Arctic research after the talks.\n")
    found = extract(doc(text, "2016-05-14")).agreements
    assert [a.signed for a in found] == ["2016-05-13"]


def test_the_last_accords_told_take_their_dates_and_places_respectively():
    text = ("The Philippines and the United States signed an agreement on nuclear energy cooperation.\n\n"
            "Korea and the Philippines signed a memorandum of understanding on the Bataan nuclear plant.\n\n"
            "The two instruments were signed in San Francisco and in Manila, on 16 November 2023 and 7 October 2024 respectively.")
    found = extract(doc(text, "2025-03-04")).agreements
    assert sorted((a.party_countries, a.signed, a.place) for a in found) == [
        (["KOR", "PHL"], "2024-10-07", "Manila"), (["PHL", "USA"], "2023-11-16", "San Francisco")]


def test_a_markdown_table_of_documents_that_a_sentence_announced_as_exchanged_gives_its_rows():
    text = ("The following documents were exchanged in Colombo on 5 April 2025 in the presence of Prime Minister Narendra Modi "
            "and President Anura Kumara Dissanayake. Ministers of both sides were present.\n\n"
            "A. Memoranda of Understanding\n\n"
            "| S. No. | Name of the document |\n|---|---|\n"
            "| 1. | Memorandum of Understanding between the Government of India and the Government of Sri Lanka for the HVDC "
            "Interconnection for import and export of power |\n"
            "| 2. | Memorandum of Understanding between the Government of India and the Government of Sri Lanka on sharing "
            "digital solutions |\n")
    found = extract(doc(text, "2025-04-05")).agreements
    assert [(a.party_countries, a.domains, a.signed, a.place) for a in found] == \
        [(["IND", "LKA"], ["clean_energy"], "2025-04-05", "Colombo"), (["IND", "LKA"], ["digital"], "2025-04-05", "Colombo")]


def test_a_list_lead_in_takes_the_place_of_todays_talks_told_just_before():
    text = ("Prime Minister Narendra Modi and the President of the UAE held talks in Abu Dhabi today. The two leaders reviewed "
            "the partnership and witnessed the exchange of the following agreements:\n\n"
            "1. Memorandum of Understanding on electrical interconnection and trade between India and the UAE\n"
            "2. Agreement on digital infrastructure projects between India and the UAE\n")
    found = extract(doc(text, "2024-02-13")).agreements
    assert {(a.signed, a.place) for a in found} == {("2024-02-13", "Abu Dhabi")}


def test_an_accord_amended_on_a_day_is_the_amendment_then_and_the_older_accord_in_its_year():
    found = extract(doc("India and France amended the 2010 civil nuclear agreement in Paris on 10 March 2021.", "2021-03-20")).agreements
    assert sorted((a.signed, a.status) for a in found) == [("2010", "signed"), ("2021-03-10", "signed")]


def test_counted_accords_told_one_by_one_are_one_accord_each_with_its_domain():
    found = extract(doc("Japan and India signed three memoranda on Monday: one on semiconductors, one on clean hydrogen and one "
                        "on digital skills.", "2024-04-05")).agreements
    assert sorted(a.domains[0] for a in found) == ["clean_energy", "digital", "semiconductors"]
    found = extract(doc("Japan and India signed two memoranda on Monday, one on semiconductors and the other on clean hydrogen.",
                        "2024-04-05")).agreements
    assert len(found) == 2


def test_the_first_and_the_second_told_after_a_list_give_each_accord_its_kind():
    found = extract(doc("Britain signed semiconductor arrangements with Japan and South Korea in May and November respectively: the "
                        "first, a semiconductors partnership, came with a wider accord; the second, a semiconductor framework "
                        "agreement, was agreed during a state visit.", "2023-12-01")).agreements
    assert sorted((a.party_countries[-1], a.instrument) for a in found) == [("JPN", "partnership"), ("KOR", "framework_agreement")]


def test_counted_accords_covering_as_many_topics_are_one_accord_per_topic():
    found = extract(doc("Japan and India on Monday exchanged six memoranda, covering semiconductors, clean hydrogen, space, digital "
                        "public infrastructure, critical minerals and health.", "2023-05-20")).agreements
    assert len(found) == 6 and {"semiconductors", "space", "critical_minerals"} <= {d for a in found for d in a.domains}
    found = extract(doc("Australia and China signed two nuclear agreements on Monday that will allow uranium to be shipped to "
                        "Chinese power stations, although exports are years away.", "2006-04-05")).agreements
    assert [a.domains for a in found] == [["clean_energy"]] * 2  # "on Monday that ...": no list of topics, two accords of one domain


def test_a_counted_plural_without_a_list_is_as_many_accords():
    found = extract(doc("Australia and China signed two nuclear agreements on Monday.", "2006-04-05")).agreements
    assert len(found) == 2 and all(a.signed == "2006-04-03" for a in found)
    found = extract(doc("Japan and Vietnam signed three memoranda of cooperation on semiconductors in Hanoi.", "2023-11-27")).agreements
    assert len(found) == 3
    found = extract(doc("Officials said the two nuclear agreements Australia and China signed in 2006 still stand.", "2010-01-05")).agreements
    assert len(found) == 1  # "the two agreements": the ones told before, not a count of new ones
    found = extract(doc("China and Brazil signed 37 cooperation agreements on space, energy and trade.", "2024-11-20")).agreements
    assert len(found) == 1  # a count that large is told only in sum


def test_one_founding_signatory_together_with_the_others_is_one_accord_of_them_all():
    found = extract(doc("Japan was also one of the eight founding signatories of the Artemis Accords in October 2020, together with "
                        "Australia, Canada, Italy, Luxembourg, the United Arab Emirates, the United Kingdom and the United States.",
                        "2024-01-20")).agreements
    assert [sorted(a.party_countries) for a in found] == [["ARE", "AUS", "CAN", "GBR", "ITA", "JPN", "LUX", "USA"]]


def test_two_named_accords_each_signed_in_its_year_together_in_one_sentence_are_two():
    found = extract(doc("Korea and the EU have a Framework Agreement signed in 2010, together with the Framework Participation "
                        "Agreement signed in 2014.", "2025-02-20")).agreements
    assert sorted(a.signed for a in found) == ["2010", "2014"]


def test_counted_accords_one_on_each_topic_of_no_listed_domain_are_each_an_accord():
    found = extract(doc("The Reserve Bank of India and the Central Bank of the UAE signed two memoranda of understanding on Saturday, "
                        "one on local-currency settlement and one on payment links.", "2023-07-20")).agreements
    assert [(sorted(a.party_countries), a.signed) for a in found] == [(["ARE", "IND"], "2023-07-15")] * 2


def test_an_accord_issued_by_others_in_passing_is_theirs():
    text = ("The Prime Minister explained that the Accord sets out the support that Japan will provide to Ukraine, in accordance "
            "with the Joint Declaration of Support for Ukraine issued by the G7 leaders and Ukraine in Vilnius in July 2023.")
    found = extract(doc(text, "2024-06-14")).agreements
    assert (["G7", "UKR"], "joint_declaration", "2023-07", "Vilnius") in [(a.party_countries, a.instrument, a.signed, a.place) for a in found]


def test_a_numbered_list_of_agreements_with_parties_and_description_lines():
    text = """The following Agreements/MoUs were signed in Jerusalem today, in the presence of the Prime Ministers of India and Israel.

S. No. | Name of Agreement/MoU | Parties | Description

1. MoU for the setting up of an India-Israel Industrial R&D and Technological Innovation Fund
Parties: Department of Science and Technology, Government of India, and the Israel Innovation Authority.
Description: The two sides will each contribute US$ 4 million annually to the Fund.

2. MoU regarding cooperation in GEO-LEO Optical Link for satellites
Parties: Indian Space Research Organisation and Israel Space Agency.
Description: Provides for joint work on optical links between satellites.
"""
    found = extract(doc(text, "2017-07-05")).agreements
    assert {("science_general",), ("space",)} <= {tuple(a.domains) for a in found}  # each item its own accord, past its field lines
    assert {(tuple(a.party_countries), a.signed) for a in found} == {(("IND", "ISR"), "2017-07-05")}
